"""The recall list says why a patient should not simply be rebooked (issue 20): a lapsed consent,
said to everyone; NICE TA260's stopping advice, said as "review with provider" with its reason to
a provider and without it to reception; and it books a review instead of the treatment. On both
engines, as reception and as a provider, and in recall_json / the CSV."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.domain.treatment_record import SiteDose
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.domain.users import Session
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.followups import CONSENT_LAPSED, REVIEW_WITH_PROVIDER
from clinic_desktop.services.patients import PatientInput

ONA = Product.ONABOTULINUMTOXINA
MIGRAINE, DYSTONIA = Indication.CHRONIC_MIGRAINE, Indication.CERVICAL_DYSTONIA
INES, MARIA, TOM = 1, 2, 3
NICE = (
    "Review with provider: Under 30% fewer headache days after 2 treatment cycles (10%): NICE TA260 "
    "advises stopping"
)


def treat(s: ClinicServices, patient: int, local: str, indication: Indication = MIGRAINE) -> None:
    template = s.treatments.protocol("PREEMPT")
    sites = template.sites if indication is MIGRAINE else (SiteDose("trapezius", Side.LEFT, Decimal(50), 4),)
    s.treatments.record(TreatmentDraft(patient, 1, s.time.parse_local(local), indication, ONA, "C1", sites))


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    """Dr Lind, weekdays; Ines's consent lapsed; Maria's headache days fell 10% over two cycles (NICE
    says stop); Tom is simply due. Now: Mon 23 Nov 2026 10:00, New York."""
    s = services
    s.clinic.set_setting("timezone", "America/New_York")
    s.resources.add_provider("Dr Lind")
    for weekday in range(5):
        s.resources.set_hours(1, weekday, parse_blocks("08:00-17:00"))
    s.resources.add_type("Migraine treatment", 30, indication=MIGRAINE)
    s.resources.add_type("Dystonia treatment", 30, indication=DYSTONIA)
    s.resources.add_type("Review", 15)
    s.treatments.add_lot(ONA, "C1", date(2027, 6, 30), 20)
    for given, family in (("Ines", "Ortega"), ("Maria", "Nunez"), ("Tom", "Baker")):
        s.patients.add(PatientInput(given, family, "1975-01-30"))
    s.patients.add_consent(INES, "toxin treatment", "2025-01-10", "2026-01-10")
    treat(s, INES, "2026-08-13T09:00")
    s.treatments.add_outcome(MARIA, "headache_days", 20, date(2026, 5, 1))
    treat(s, MARIA, "2026-05-21T09:00")
    treat(s, MARIA, "2026-08-27T10:00")
    s.treatments.add_outcome(MARIA, "headache_days", 18, date(2026, 9, 15))
    treat(s, TOM, "2026-08-20T11:00", DYSTONIA)
    return s


def cautions(s: ClinicServices) -> dict[int, str]:
    return {r.patient_id: r.caution for r in s.followups.recalls()}


def as_role(s: ClinicServices, role: Role) -> None:
    s.session = Session(role.value, role)


def test_reception_is_told_why_without_the_clinical_detail(clinic: ClinicServices) -> None:
    as_role(clinic, Role.RECEPTION)
    assert cautions(clinic) == {INES: CONSENT_LAPSED, MARIA: REVIEW_WITH_PROVIDER, TOM: ""}
    assert "headache" not in REVIEW_WITH_PROVIDER and "NICE" not in REVIEW_WITH_PROVIDER


@pytest.mark.parametrize("role", [Role.PROVIDER, Role.MANAGER])
def test_a_clinician_reads_the_stopping_advice_itself(clinic: ClinicServices, role: Role) -> None:
    as_role(clinic, role)
    assert cautions(clinic) == {INES: CONSENT_LAPSED, MARIA: NICE, TOM: ""}


def test_both_cautions_together_and_in_json_and_csv(clinic: ClinicServices, tmp_path: Path) -> None:
    clinic.patients.add_consent(MARIA, "toxin treatment", "2025-02-01", "2026-02-01")
    as_role(clinic, Role.RECEPTION)
    rows = {r.patient_id: r for r in clinic.followups.recalls()}
    assert rows[MARIA].caution == f"{CONSENT_LAPSED} · {REVIEW_WITH_PROVIDER}"
    assert clinic.followups.recall_json(rows[MARIA])["caution"] == rows[MARIA].caution
    assert clinic.followups.recall_json(rows[TOM])["caution"] is None
    target = tmp_path / "recalls.csv"
    clinic.followups.export_csv(list(rows.values()), str(target))
    written = {
        int(line["patient_id"]): line["caution"] for line in csv.DictReader(target.open(encoding="utf-8"))
    }
    assert written == {INES: CONSENT_LAPSED, MARIA: rows[MARIA].caution, TOM: ""}


def test_a_review_is_booked_instead_of_the_treatment(clinic: ClinicServices) -> None:
    as_role(clinic, Role.RECEPTION)
    result = clinic.followups.book_review(MARIA, MIGRAINE)
    [visit] = result.appointments
    entry = clinic.appointments.entry(visit.id)
    assert (entry.type_name, entry.provider_name) == ("Review", "Dr Lind")
    assert visit.start >= clinic.now()
    assert MARIA not in cautions(clinic)  # booked: off the list
    as_role(clinic, Role.MANAGER)
    log = [e for e in clinic.audit.entries(patient_id=MARIA) if e.entity == "contact_log"]
    assert log[0].after is not None and log[0].after["kind"] == "booked"
    note = str(log[0].after["note"])
    assert note.startswith("Review booked ") and note.endswith(" with Dr Lind instead of the treatment")
    with pytest.raises(ValidationError, match="Tom Baker has no chronic migraine treatment to review"):
        clinic.followups.book_review(TOM, MIGRAINE)


def test_without_a_review_type_booking_one_is_refused_in_words(services: ClinicServices) -> None:
    s = services
    s.resources.add_type("Consultation", 30)
    s.resources.add_type("Migraine treatment", 30, indication=MIGRAINE)
    with pytest.raises(ValidationError, match="no review appointment type: add one called Review"):
        s.followups.review_type()
    s.resources.add_type("Follow-up review", 20)  # found by the word, not a treatment
    assert s.followups.review_type().name == "Follow-up review"


def statements_of(s: ClinicServices) -> list[str]:
    """The SQL each statement of the recall list runs (transaction control left out)."""
    from clinic_desktop.store import models as m

    seen: list[str] = []
    database = m.db.obj
    original = database.execute_sql

    def recorded(sql: str, *rest: object, **extra: object) -> object:
        if (
            not sql.lstrip()
            .upper()
            .startswith(("BEGIN", "COMMIT", "SAVEPOINT", "RELEASE", "ROLLBACK", "SET"))
        ):
            seen.append(sql)
        return original(sql, *rest, **extra)

    database.execute_sql = recorded
    try:
        s.followups.recalls()
    finally:
        del database.execute_sql
    return seen


def test_the_cautions_are_two_statements_however_many_patients_and_diaries(clinic: ClinicServices) -> None:
    """What keeps the cautions cheap on a large clinic (benchmarks/bench.py, the recall list): one
    statement for the lapsed consents and one for what NICE's stopping rule reads (per 500
    patients), never a statement per patient nor a whole diary read back."""
    before = statements_of(clinic)
    clinic.treatments.add_lot(ONA, "C9", date(2027, 6, 30), 60)
    sites = clinic.treatments.protocol("PREEMPT").sites
    for family in ("Ash", "Birch", "Cedar", "Dale", "Elm", "Fir"):  # more migraine patients, longer diaries
        patient = clinic.patients.add(PatientInput("Pat", family, "1980-02-01")).record.id
        for month in range(1, 6):
            clinic.treatments.add_outcome(patient, "headache_days", 20 - month, date(2026, month, 3))
        for local in ("2026-05-21T09:00", "2026-08-24T09:00"):
            when = clinic.time.parse_local(local)
            clinic.treatments.record(TreatmentDraft(patient, 1, when, MIGRAINE, ONA, "C9", sites))
        clinic.treatments.add_outcome(patient, "headache_days", 14, date(2026, 9, 15))  # 7% fewer: NICE
    after = statements_of(clinic)
    assert len(after) == len(before)
    reading_diaries = [sql for sql in after if "outcome" in sql]
    assert len(reading_diaries) == 1 and "MAX(o.recorded_on)" in reading_diaries[0]
    assert len([sql for sql in after if "consent" in sql]) == 1
    found = cautions(clinic)
    assert len([c for c in found.values() if c.startswith("Review with provider: Under 30%")]) == 7
    assert found[INES] == CONSENT_LAPSED
