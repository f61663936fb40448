"""Two desks charting one patient at once take turns (issue 18): the second sees the first's
treatment, so the 84-day floor and the 400 U window hold on both engines.

Latency is injected where the race lives, between the rule check and the write: on PostgreSQL a
trigger makes every treatment INSERT wait at the server (pg_sleep), on SQLite the store's insert
is slowed in Python. Without the patient lock (store.patients.lock) the PostgreSQL desks all
pass the check before any has written: the last test shows the race is real and these tests
would catch it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.safety import Rule
from clinic_desktop.domain.treatment_record import SiteDose
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.services.treatments import ClinicalRuleError, RecordResult
from clinic_desktop.store.patients import PatientRecords
from clinic_desktop.store.treatments import TreatmentRecords
from tests.desks import at_once

ONA = Product.ONABOTULINUMTOXINA
DESKS = 8
SLOW_INSERT = 0.2  # seconds a treatment's insert (or update) waits, checks done, before it is written


@pytest.fixture
def clinic(services: ClinicServices, backend: str, monkeypatch: pytest.MonkeyPatch) -> ClinicServices:
    s = services
    s.clinic.set_setting("timezone", "America/New_York")
    s.resources.add_provider("Dr Lind")
    s.patients.add(PatientInput("Ines", "Ortega", "1980-04-02"))
    s.treatments.add_lot(ONA, "C5551", date(2027, 6, 30), 40)
    slow_treatment_inserts(s, backend, monkeypatch)
    return s


def slow_treatment_inserts(s: ClinicServices, backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if backend == "postgresql":
        with s.store.database.atomic():
            s.store.database.execute_sql(
                "CREATE FUNCTION slow_insert() RETURNS trigger LANGUAGE plpgsql AS "
                f"$$ BEGIN PERFORM pg_sleep({SLOW_INSERT}); RETURN NEW; END $$"
            )
            s.store.database.execute_sql(
                "CREATE TRIGGER slow_treatment BEFORE INSERT OR UPDATE ON treatment "
                "FOR EACH ROW EXECUTE FUNCTION slow_insert()"
            )
        return
    for name in ("add", "update"):  # charting inserts a treatment; amending updates it
        monkeypatch.setattr(TreatmentRecords, name, slowed(getattr(TreatmentRecords, name)))


def slowed(write: Callable[..., Any]) -> Callable[..., Any]:
    def slow(*args: Any, **kwargs: Any) -> Any:
        time.sleep(SLOW_INSERT)
        return write(*args, **kwargs)

    return slow


def draft(s: ClinicServices, local: str, units: str | None = None) -> TreatmentDraft:
    """PREEMPT (155 U), or one site of ``units``, for patient 1 by provider 1."""
    template = s.treatments.protocol("PREEMPT")
    sites = template.sites if units is None else (SiteDose("trapezius", Side.LEFT, Decimal(units), 4),)
    return TreatmentDraft(
        1, 1, s.time.parse_local(local), Indication.CHRONIC_MIGRAINE, ONA, "C5551", sites,
        protocol=template.name if units is None else "",
    )  # fmt: skip


def chart_all(s: ClinicServices, drafts: list[TreatmentDraft]) -> tuple[list[RecordResult], list[Exception]]:
    def chart(desk: ClinicServices, n: int) -> RecordResult:
        return desk.treatments.record(drafts[n])

    return at_once(s, chart, len(drafts))


def rules(error: Exception) -> set[Rule]:
    assert isinstance(error, ClinicalRuleError), repr(error)
    return {f.rule for f in error.findings}


def test_eight_desks_charting_preempt_for_one_patient_on_one_day_store_exactly_one(
    clinic: ClinicServices,
) -> None:
    stored, refused = chart_all(clinic, [draft(clinic, "2026-11-23T09:00")] * DESKS)
    assert len(stored) == 1 and len(refused) == DESKS - 1
    assert all(rules(e) == {Rule.INTERVAL} for e in refused)
    assert all("Only 0 days since the last toxin injection on 2026-11-23" in str(e) for e in refused)
    kept = clinic.treatments.for_patient(1)
    assert [t.id for t in kept] == [stored[0].treatment.id]
    assert clinic.treatments.lots(ONA)[0].vials_used == 2  # one PREEMPT's two vials, not sixteen
    assert clinic.audit.chain_verdict().broken is None


def test_two_250_unit_doses_84_days_apart_charted_at_once_store_exactly_one(
    clinic: ClinicServices,
) -> None:
    doses = [draft(clinic, "2026-08-31T09:00", "250"), draft(clinic, "2026-11-23T09:00", "250")]
    stored, refused = chart_all(clinic, doses)
    assert len(stored) == 1 and len(refused) == 1
    assert rules(refused[0]) == {Rule.DOSE_WINDOW}  # 84 days apart: the interval itself is kept
    assert "500 U of onabotulinumtoxinA" in str(refused[0])
    assert [t.total_units for t in clinic.treatments.for_patient(1)] == [Decimal(250)]


def test_two_amendments_at_once_the_second_sees_the_first_and_records_the_override(
    clinic: ClinicServices,
) -> None:
    """Two 150 U treatments 84 days apart; each desk corrects one to 250 U. Either correction alone
    keeps the window at 400 U; the second, checked after the first is saved, makes 500 U, so its
    reason is stored as the override of the 400 U rule (an amendment always has a reason)."""
    first = clinic.treatments.record(draft(clinic, "2026-08-31T09:00", "150")).treatment
    second = clinic.treatments.record(draft(clinic, "2026-11-23T09:00", "150")).treatment
    corrected = (SiteDose("trapezius", Side.LEFT, Decimal(250), 4),)

    def amend(desk: ClinicServices, n: int) -> object:
        treatment = (first, second)[n]
        return desk.treatments.amend(treatment.id, {"sites": corrected}, "units corrected", "Dr Lind")

    amended, refused = at_once(clinic, amend, 2)
    assert len(amended) == 2 and not refused
    kept = clinic.treatments.for_patient(1)
    assert [t.total_units for t in kept] == [Decimal(250), Decimal(250)]
    assert [(o.rule, o.reason) for t in kept for o in t.overrides] == [("dose_window", "units corrected")]


@pytest.mark.parametrize("backend", ["postgresql"])
def test_without_the_patient_lock_the_postgresql_desks_do_break_the_floor(
    clinic: ClinicServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The control: the same race with lock() doing nothing stores more than one treatment, so the
    tests above would fail if charting stopped taking the lock."""
    monkeypatch.setattr(PatientRecords, "lock", lambda self, patient_id: None)
    stored, _ = chart_all(clinic, [draft(clinic, "2026-11-23T09:00")] * DESKS)
    assert len(stored) > 1
    assert len(clinic.treatments.for_patient(1)) == len(stored)
