"""The follow-up engine: the floor, daylight saving, holidays, time off, a full calendar, preferences,
the dose window, a proposal taken by another workstation, and the recall list."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.domain.treatment_record import SiteDose
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.services.followups import Proposal, ProposalTakenError
from clinic_desktop.services.patients import PatientInput

ONA = Product.ONABOTULINUMTOXINA
MIGRAINE = Indication.CHRONIC_MIGRAINE


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    """New York, two providers who treat migraine (Mon-Fri 08:00-12:00, 13:00-17:00), now Mon 23 Nov 2026
    10:00; patient 1 was treated by Dr Lind on Tue 1 Sep 2026 at 09:00 (day 83 is 23 Nov)."""
    s = services
    for key, value in (("timezone", "America/New_York"), ("country", "US"), ("subdivision", "NY")):
        s.clinic.set_setting(key, value)
    lind = s.resources.add_provider("Dr Lind", indications=[MIGRAINE])
    okafor = s.resources.add_provider("Dr Okafor", indications=[MIGRAINE, Indication.CERVICAL_DYSTONIA])
    s.resources.add_provider("Dr Spine", indications=[Indication.LOWER_LIMB_SPASTICITY])
    for provider in (lind, okafor):
        for day in range(5):
            s.resources.set_hours(provider.id, day, parse_blocks("08:00-12:00,13:00-17:00"))
    s.resources.add_type("Migraine treatment", 30, None, "chronic_migraine")
    s.patients.add(PatientInput("Ines", "Ortega", "1980-04-02", preferred_times=""))
    s.patients.add(PatientInput("Carl", "Berg", "1975-01-01"))
    s.treatments.add_lot(ONA, "C1", date(2027, 6, 30), 50)
    treat(s, 1, "2026-09-01T09:00")
    return s


def treat(s: ClinicServices, patient: int, local: str, units: str = "155", provider: int = 1) -> None:
    template = s.treatments.protocol("PREEMPT")
    sites = template.sites if units == "155" else (SiteDose("trapezius", Side.LEFT, Decimal(units), 4),)
    draft = TreatmentDraft(
        patient,
        provider,
        s.time.parse_local(local),
        MIGRAINE,
        ONA,
        "C1",
        sites,
        template.name,
        waste_units=Decimal(0),
    )
    s.treatments.record(draft, "test setup")


def local(s: ClinicServices, p: Proposal) -> datetime:
    return s.time.to_local(p.start).replace(tzinfo=None)


def test_a_slot_83_days_after_is_never_proposed_however_free_the_calendar(clinic: ClinicServices) -> None:
    window = clinic.followups.plan(1).window
    assert window.floor == date(2026, 11, 24) and window.due_from == date(2026, 11, 24)
    proposals = clinic.followups.propose(1, 5)
    assert proposals and all(local(clinic, p).date() >= date(2026, 11, 24) for p in proposals)
    assert local(clinic, proposals[0]).date() == date(2026, 11, 24)  # the first day allowed
    assert proposals[0].provider_id == 1 and "Same provider as last time (Dr Lind)" in proposals[0].reasons


def test_never_in_the_past_and_a_holiday_is_skipped(clinic: ClinicServices) -> None:
    clinic.clock.local_text = "2026-11-25T16:50"  # the day before Thanksgiving, nearly closing time
    days = {local(clinic, p).date() for p in clinic.followups.propose(1, 8)}
    assert date(2026, 11, 26) not in days and min(days) >= date(2026, 11, 27)


def test_daylight_saving_keeps_the_usual_local_time(clinic: ClinicServices) -> None:
    # Treated at 09:00 in summer time (EDT); proposals in winter (EST) still at local wall-clock times.
    best = clinic.followups.propose(1, 1)[0]
    assert local(clinic, best).hour * 60 + local(clinic, best).minute >= 8 * 60
    assert "At their usual time (09:00)" in best.reasons
    assert local(clinic, best).time().isoformat() == "09:00:00"


def test_time_off_moves_the_proposal_to_the_other_provider_with_the_reason(clinic: ClinicServices) -> None:
    clinic.appointments.add_time_off(1, date(2026, 11, 24), date(2027, 1, 31), "sabbatical")
    best = clinic.followups.propose(1, 3)
    assert best[0].provider_id == 2 and "Dr Okafor also treats this" in best[0].reasons
    assert all(p.provider_id == 2 for p in best)


def test_a_full_calendar_pushes_proposals_to_the_next_open_days(clinic: ClinicServices) -> None:
    for provider in (1, 2):  # both fully booked for the first four days the patient is due
        for day in (24, 25, 27, 30):
            clinic.appointments.book(
                BookingRequest(
                    2,
                    provider,
                    "Migraine treatment",
                    clinic.time.parse_local(f"2026-11-{day}T08:00"),
                    duration=240,
                    override_reason="block",
                )  # fmt: skip
            )
            clinic.appointments.book(
                BookingRequest(
                    2,
                    provider,
                    "Migraine treatment",
                    clinic.time.parse_local(f"2026-11-{day}T13:00"),
                    duration=240,
                    override_reason="block",
                )  # fmt: skip
            )
    proposals = clinic.followups.propose(1, 3)
    assert min(local(clinic, p).date() for p in proposals) == date(2026, 12, 1)


def test_the_patients_stated_preference_ranks_afternoons_first(clinic: ClinicServices) -> None:
    record = clinic.patients.get(1)
    clinic.patients.update(
        record.id, PatientInput("Ines", "Ortega", "1980-04-02", preferred_times="afternoons")
    )
    best = clinic.followups.propose(1, 3)
    assert all(local(clinic, p).hour >= 13 for p in best)
    assert "In the afternoon, as they prefer" in best[0].reasons


def test_the_dose_window_holds_back_a_proposal(clinic: ClinicServices) -> None:
    # 246 U on 15 Oct for another indication: 155 U more before 15 Jan would pass 400 U in 3 months.
    draft = TreatmentDraft(
        1, 2, clinic.time.parse_local("2026-10-15T09:00"), Indication.CERVICAL_DYSTONIA, ONA, "C1",
        (SiteDose("splenius capitis", Side.LEFT, Decimal(246), 4),), waste_units=Decimal(0),
    )  # fmt: skip
    clinic.treatments.record(draft, "test setup")
    proposals = clinic.followups.propose(1, 3, MIGRAINE)
    assert proposals and all(local(clinic, p).date() >= date(2027, 1, 15) for p in proposals)
    assert any("Not before 15 Jan 2027" in r and "would pass 400 U" in r for r in proposals[0].reasons)


def test_a_proposal_another_workstation_took_is_refused_and_the_next_is_offered(
    clinic: ClinicServices,
) -> None:
    first = clinic.followups.propose(1, 3)[0]
    clinic.appointments.book(BookingRequest(2, first.provider_id, "Migraine treatment", first.start))
    with pytest.raises(ProposalTakenError) as taken:
        clinic.followups.book(first)
    assert "That slot was just taken" in str(taken.value) and "Next proposal:" in str(taken.value)
    assert taken.value.proposals and taken.value.proposals[0].start != first.start
    result = clinic.followups.book(taken.value.proposals[0])
    assert result.appointments[0].patient_id == 1
    assert clinic.clinic.check() == []


def test_the_recall_list_shows_who_is_due_without_a_booking(clinic: ClinicServices, tmp_path: Path) -> None:
    treat(clinic, 2, "2026-08-10T10:00", provider=2)  # due from 2 Nov, by 16 Nov: overdue
    rows = clinic.followups.recalls()
    assert [(r.patient_id, r.status) for r in rows] == [(2, "overdue"), (1, "upcoming")]
    overdue = rows[0]
    assert overdue.due_from == date(2026, 11, 2) and overdue.days_overdue == 7
    assert [r.patient_id for r in clinic.followups.recalls(provider_id=1)] == [1]
    assert clinic.followups.recalls(indication=Indication.CERVICAL_DYSTONIA) == []
    assert clinic.followups.refresh() == 2
    rows = clinic.followups.recalls()
    assert all(r.proposed is not None for r in rows)
    assert rows[0].proposed is not None and rows[1].proposed is not None
    assert (rows[0].proposed.provider_id, rows[0].proposed.start) != (
        rows[1].proposed.provider_id,
        rows[1].proposed.start,
    )
    clinic.followups.mark(2, MIGRAINE, "left_message", "voicemail", by="reception")
    assert clinic.followups.recalls()[0].last_attempt.startswith("Left a message on 2026-11-23 (reception)")
    path = tmp_path / "recalls.csv"
    assert clinic.followups.export_csv(clinic.followups.recalls(), str(path)) == 2
    lines = list(csv.DictReader(path.open(encoding="utf-8")))
    assert [line["patient_id"] for line in lines] == ["2", "1"] and lines[0]["proposed_start"]
    clinic.followups.mark(2, MIGRAINE, "snoozed", by="reception", until=date(2026, 12, 7))
    assert [r.patient_id for r in clinic.followups.recalls()] == [1]
    with pytest.raises(ValidationError, match="after today"):
        clinic.followups.mark(1, MIGRAINE, "snoozed", until=date(2026, 11, 23))
    proposal, _ = clinic.followups.book_choice(1, 1)
    assert proposal.patient_id == 1
    assert [r.patient_id for r in clinic.followups.recalls(include_snoozed=True)] == [2]


def test_a_patients_own_interval_never_goes_below_the_floor(clinic: ClinicServices) -> None:
    with pytest.raises(ValidationError, match="cannot be shorter than 84 days"):
        clinic.followups.set_interval(1, MIGRAINE, 70, 7)
    clinic.followups.set_interval(1, MIGRAINE, 120, 14)
    assert clinic.followups.plan(1).window.due_from == date(2026, 12, 30)
    assert min(local(clinic, p).date() for p in clinic.followups.propose(1, 3)) >= date(2026, 12, 30)


def test_nothing_to_follow_up_says_so(clinic: ClinicServices) -> None:
    with pytest.raises(ValidationError, match="has no treatment yet"):
        clinic.followups.propose(2)
    assert clinic.followups.plan(1).window.due_from - timedelta(days=84) == date(2026, 9, 1)


def test_the_refresh_offers_each_slot_to_one_patient_only(clinic: ClinicServices) -> None:
    for n in range(20):  # twenty more patients of Dr Lind, all due
        patient = clinic.patients.add(PatientInput(f"Pat{n}", "Due", "1970-01-01")).record.id
        treat(clinic, patient, "2026-08-24T09:00")
    assert clinic.followups.refresh() == 21
    firsts = [(r.proposed.provider_id, r.proposed.start) for r in clinic.followups.recalls() if r.proposed]
    assert len(firsts) == 21 and len(set(firsts)) == 21
