"""The 84-day floor and the 400 U window at booking time (issue 20), on both engines: booking,
a series, a move, a series moved and the follow-up engine's booking of a toxin-treatment visit
before the patient's first safe day need an override reason, which is stored and audited; the
visits already booked count; the calendar and the day list flag a visit booked too early."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.errors import OverrideRequiredError, ValidationError
from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.domain.treatment_record import SiteDose
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.services import ClinicServices, Clock
from clinic_desktop.services.appointments import BookingRequest, BookingResult
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.services.treatments import ClinicalOverrideError, ClinicalRuleError
from tests.conftest import NewDatabase

ONA = Product.ONABOTULINUMTOXINA
LAST = "2026-11-20"  # a Friday: the last injection, before the tests' now (2026-11-23)
DAY_83 = "2027-02-11"  # Thursday
DAY_84 = "2027-02-12"  # Friday
REFUSED_83 = (
    "Ines Ortega's last toxin injection was on 2026-11-20; the first safe day for the next is "
    "2027-02-12. Give an override reason to book it anyway."
)


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    return set_up(services, weekdays=range(5))


def set_up(s: ClinicServices, weekdays: range) -> ClinicServices:
    s.clinic.set_setting("timezone", "America/New_York")
    s.resources.add_provider("Dr Lind")
    for day in weekdays:
        s.resources.set_hours(1, day, parse_blocks("08:00-12:00,13:00-17:00"))
    s.resources.add_type("Consultation", 30)
    s.resources.add_type("Botox migraine", 30, indication="chronic_migraine")
    s.resources.add_type("Botox neck", 30, indication="cervical_dystonia")
    for given, family in (("Ines", "Ortega"), ("Carl", "Berg")):
        s.patients.add(PatientInput(given, family, "1980-04-02"))
    s.treatments.add_lot(ONA, "C5551", date(2027, 6, 30), 40)
    return s


def chart(s: ClinicServices, local: str, units: str = "155", patient: int = 1, **extra: object) -> None:
    template = s.treatments.protocol("PREEMPT")
    sites = template.sites if units == "155" else (SiteDose("trapezius", Side.LEFT, Decimal(units), 4),)
    values: dict[str, object] = {
        "patient_id": patient,
        "provider_id": 1,
        "performed_at": s.time.parse_local(local),
        "indication": Indication.CHRONIC_MIGRAINE,
        "product": ONA,
        "lot_number": "C5551",
        "sites": sites,
    } | extra
    s.treatments.record(TreatmentDraft(**values))  # type: ignore[arg-type]


def book(
    s: ClinicServices, local: str, kind: str = "Botox migraine", patient: int = 1, **extra: object
) -> BookingResult:
    request = BookingRequest(patient, 1, kind, s.time.parse_local(local), **extra)  # type: ignore[arg-type]
    return s.appointments.book(request)


def booked_ids(s: ClinicServices, patient: int = 1) -> list[int]:
    return [
        e.appointment.id
        for e in s.appointments.for_patient(patient)
        if e.appointment.status.value != "cancelled"
    ]


def stored_reason(s: ClinicServices, appointment_id: int, patient: int = 1) -> str:
    return s.store.patient_record.appointment_details(patient)[appointment_id].override_reason


def audited(s: ClinicServices, appointment_id: int) -> list[dict[str, object]]:
    return [
        e.after or {}
        for e in s.audit.entries(patient_id=1)
        if e.entity == "appointment" and e.entity_id == str(appointment_id)
    ]


def test_a_treatment_visit_on_day_83_needs_a_reason_and_on_day_84_does_not(clinic: ClinicServices) -> None:
    chart(clinic, f"{LAST}T09:00")
    with pytest.raises(OverrideRequiredError) as refused:
        book(clinic, f"{DAY_83}T09:00")
    assert refused.value.message == REFUSED_83
    assert refused.value.reasons == (REFUSED_83.removesuffix(" Give an override reason to book it anyway."),)
    assert booked_ids(clinic) == []  # nothing half-done
    on_time = book(clinic, f"{DAY_84}T09:00")
    assert on_time.warnings == []
    assert stored_reason(clinic, on_time.appointments[0].id) == ""
    # A consultation is no dose: the day after the injection books without a word.
    assert book(clinic, "2026-11-24T09:00", kind="Consultation").warnings == []


def test_the_reason_is_stored_and_audited_with_what_it_overrode(clinic: ClinicServices) -> None:
    chart(clinic, f"{LAST}T09:00")
    result = book(clinic, f"{DAY_83}T09:00", override_reason="Pain back early; Dr Lind agreed")
    appointment = result.appointments[0]
    assert result.warnings == [REFUSED_83.removesuffix(" Give an override reason to book it anyway.")]
    assert stored_reason(clinic, appointment.id) == "Pain back early; Dr Lind agreed"
    [entry] = audited(clinic, appointment.id)
    assert entry["override_reason"] == "Pain back early; Dr Lind agreed"
    assert entry["overridden"] == result.warnings
    assert clinic.audit.chain_verdict().broken is None


def test_a_series_is_checked_member_by_member(clinic: ClinicServices) -> None:
    chart(clinic, f"{LAST}T09:00")
    with pytest.raises(OverrideRequiredError, match="first safe day for the next is 2027-02-12"):
        book(clinic, f"{DAY_83}T09:00", every_weeks=12, count=3)
    series = book(clinic, f"{DAY_84}T09:00", every_weeks=12, count=3)
    assert len(series.appointments) == 3 and series.warnings == []
    # Every 4 weeks: each visit comes 28 days after the one before it, booked in the same series.
    with pytest.raises(OverrideRequiredError) as refused:
        book(clinic, "2027-09-03T09:00", every_weeks=4, count=2)
    assert "Ines Ortega has a toxin treatment booked on 2027-09-03; the first safe day for the next is " in (
        refused.value.message
    )
    assert len(booked_ids(clinic)) == 3


def test_visits_already_booked_count_on_either_side_and_cancelled_ones_do_not(clinic: ClinicServices) -> None:
    first = book(clinic, "2026-12-01T09:00").appointments[0]  # no injection charted yet: a first treatment
    with pytest.raises(OverrideRequiredError) as after:
        book(clinic, "2026-12-03T09:00")
    assert after.value.reasons == (
        "Ines Ortega has a toxin treatment booked on 2026-12-01; the first safe day for the next is "
        "2027-02-23.",
    )
    with pytest.raises(OverrideRequiredError) as before:
        book(clinic, "2026-11-30T09:00", kind="Botox neck")
    assert before.value.reasons == (
        "Ines Ortega has a toxin treatment booked on 2026-12-01, only 1 day after 2026-11-30; treatments "
        "are at least 84 days apart.",
    )
    assert book(clinic, "2026-12-03T09:00", patient=2).warnings == []  # another patient
    clinic.appointments.cancel(first.id, "patient moved away")
    assert book(clinic, "2026-12-03T10:00").warnings == []


def test_a_move_before_the_first_safe_day_needs_a_reason(clinic: ClinicServices) -> None:
    chart(clinic, f"{LAST}T09:00")
    visit = book(clinic, f"{DAY_84}T09:00").appointments[0]
    with pytest.raises(OverrideRequiredError) as refused:
        clinic.appointments.move(visit.id, clinic.time.parse_local(f"{DAY_83}T10:00"))
    assert refused.value.message == REFUSED_83
    assert clinic.appointments.entry(visit.id).appointment.start == visit.start  # not moved
    moved = clinic.appointments.move(
        visit.id, clinic.time.parse_local(f"{DAY_83}T10:00"), override_reason="only day she can come"
    )
    assert moved.appointments[0].start == clinic.time.parse_local(f"{DAY_83}T10:00")
    assert stored_reason(clinic, visit.id) == "only day she can come"
    change = audited(clinic, visit.id)[0]  # newest first
    assert change["override_reason"] == "only day she can come" and change["overridden"] == moved.warnings
    # Its own old place never counts against it: moving it back to day 84 needs nothing.
    assert clinic.appointments.move(visit.id, clinic.time.parse_local(f"{DAY_84}T09:00")).warnings == []


def test_moving_a_series_checks_every_new_place(clinic: ClinicServices) -> None:
    chart(clinic, f"{LAST}T09:00")
    series = book(clinic, f"{DAY_84}T09:00", every_weeks=12, count=2).appointments
    earlier = clinic.time.parse_local(f"{DAY_83}T09:00")
    with pytest.raises(OverrideRequiredError, match="2027-02-12"):
        clinic.appointments.move_following(series[0].id, earlier)
    moved = clinic.appointments.move_following(series[0].id, earlier, override_reason="conference week")
    assert [f"{clinic.time.to_local(a.start):%Y-%m-%d %H:%M}" for a in moved.appointments] == [
        "2027-02-11 09:00",
        "2027-05-06 09:00",  # the wall-clock time kept across the change to summer time
    ]
    assert [stored_reason(clinic, a.id) for a in series] == ["conference week"] * 2
    later = clinic.time.parse_local(f"{DAY_84}T11:00")
    assert clinic.appointments.move_following(series[0].id, later).warnings == []


def test_the_follow_up_engine_books_a_proposal_become_too_early_only_with_a_reason(
    clinic: ClinicServices,
) -> None:
    chart(clinic, f"{LAST}T09:00")
    proposal = clinic.followups.propose(1, 1)[0]
    assert clinic.time.local_date(proposal.start) >= date(2027, 2, 12)  # never proposed too early
    start = clinic.time.parse_local(f"{DAY_83}T09:00")
    stale = replace(proposal, start=start, end=start + timedelta(minutes=30))  # kept, then overtaken
    with pytest.raises(OverrideRequiredError, match="first safe day for the next is 2027-02-12"):
        clinic.followups.book(stale)
    result = clinic.followups.book(stale, override_reason="recall agreed early")
    assert stored_reason(clinic, result.appointments[0].id) == "recall agreed early"
    assert audited(clinic, result.appointments[0].id)[0]["override_reason"] == "recall agreed early"
    on_time = replace(stale, start=start + timedelta(days=1), end=start + timedelta(days=1, minutes=30))
    with pytest.raises(OverrideRequiredError, match="has a toxin treatment booked on 2027-02-11"):
        clinic.followups.book(on_time)  # the one just booked counts now
    clinic.appointments.cancel(result.appointments[0].id, "booked in error")
    assert clinic.followups.book(on_time).warnings == []  # day 84


def test_the_400_unit_window_is_checked_against_the_known_planned_dose(clinic: ClinicServices) -> None:
    """A patient given 300 U for migraine: the dose planned for the next migraine visit is 300 U,
    and on day 84 it makes 600 U within 3 months. A first treatment has no known dose."""
    chart(clinic, f"{LAST}T09:00", units="300")
    with pytest.raises(OverrideRequiredError) as refused:
        book(clinic, f"{DAY_84}T09:00")
    [reason] = refused.value.reasons
    assert reason.startswith(
        "The dose planned (300 U, as at Ines Ortega's last chronic migraine treatment): "
    )
    assert "600 U of onabotulinumtoxinA" in reason
    assert book(clinic, "2027-03-01T09:00").warnings == []  # three months on: 300 U alone
    # Cervical dystonia was never treated: its dose is not known, only the floor applies.
    assert book(clinic, "2027-06-01T09:00", kind="Botox neck").warnings == []


def test_day_83_and_84_on_the_real_clock(new_database: NewDatabase) -> None:
    """No fixed now: the injection an hour ago, the visits 83 and 84 clinic-local days on."""
    s = ClinicServices.open(new_database("real_clock"), Clock())
    try:
        set_up(s, weekdays=range(7))
        injected = s.now() - timedelta(hours=1)
        chart(s, s.time.to_local(injected).replace(tzinfo=None).isoformat(timespec="seconds"))
        today = s.time.local_date(injected)

        def morning(days: int) -> str:
            return f"{today + timedelta(days=days):%Y-%m-%d}T10:00"

        with pytest.raises(OverrideRequiredError) as refused:
            book(s, morning(83))
        assert (
            f"first safe day for the next is {today + timedelta(days=84):%Y-%m-%d}" in refused.value.message
        )
        assert book(s, morning(84)).warnings == []
    finally:
        s.close()


def test_the_schedule_and_the_day_list_flag_a_visit_booked_too_early(clinic: ClinicServices) -> None:
    chart(clinic, f"{LAST}T09:00")
    early = book(clinic, f"{DAY_83}T09:00", override_reason="agreed").appointments[0]
    on_time = book(clinic, f"{DAY_84}T09:00", patient=2).appointments[0]  # Carl: never injected
    flag = "Too early: last dose 20 Nov 2026, safe from 12 Feb 2027"
    [entry] = clinic.schedule.day(date(2027, 2, 11)).entries
    assert (entry.appointment.id, entry.too_early) == (early.id, flag)
    assert clinic.schedule.day(date(2027, 2, 12)).entries[0].too_early == ""
    [row] = clinic.day_lists.day_list(date(2027, 2, 11)).rows
    assert row.too_early == flag
    assert clinic.day_lists.day_list(date(2027, 2, 11), reception=True).rows[0].too_early == flag
    # The second of two visits booked two days apart is the early one; the first is not.
    second = book(clinic, "2027-02-16T09:00", patient=2, override_reason="trial").appointments[0]
    flags = {e.appointment.id: e.too_early for e in clinic.schedule.days(date(2027, 2, 12), 5).pop().entries}
    assert flags == {second.id: "Too early: treatment booked 12 Feb 2027, safe from 07 May 2027"}
    assert clinic.schedule.day(date(2027, 2, 12)).entries[0].appointment.id == on_time.id
    assert clinic.schedule.day(date(2027, 2, 12)).entries[0].too_early == ""


def test_a_charting_refusal_a_reason_would_lift_is_an_override_required_error(clinic: ClinicServices) -> None:
    chart(clinic, f"{LAST}T09:00")
    with pytest.raises(ClinicalOverrideError) as early:
        chart(clinic, "2026-11-23T09:00")
    assert isinstance(early.value, OverrideRequiredError) and isinstance(early.value, ClinicalRuleError)
    assert early.value.reasons == tuple(f.message for f in early.value.findings)
    clinic.treatments.add_lot(ONA, "OLD1", date(2026, 11, 1), 2)
    with pytest.raises(ClinicalRuleError) as expired:  # an expired lot: no reason lifts it
        chart(clinic, "2026-11-23T09:00", lot_number="OLD1")
    assert not isinstance(expired.value, OverrideRequiredError)
    assert isinstance(expired.value, ValidationError)
