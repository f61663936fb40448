"""The day's flow (which status may follow which, when each step happened, the board) and the
waiting list (who is offered a freed slot, and booking them into it)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from clinic_desktop.domain import flow
from clinic_desktop.domain.codes import AppointmentStatus as S
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.services import ClinicServices, Clock
from clinic_desktop.services.patients import PatientInput
from tests.conftest import FIXED_NOW  # 2026-11-23 10:00 New York
from tests.services.test_appointments import at, book, clinic  # noqa: F401  (the small clinic)


def test_allowed_and_refused_steps() -> None:
    assert flow.can_change(S.BOOKED, S.ARRIVED)
    assert flow.can_change(S.CONFIRMED, S.NO_SHOW)
    assert flow.can_change(S.ARRIVED, S.IN_ROOM)
    assert flow.can_change(S.IN_ROOM, S.COMPLETED)
    assert flow.can_change(S.ARRIVED, S.BOOKED)  # undo a mis-click
    assert not flow.can_change(S.BOOKED, S.COMPLETED)
    assert not flow.can_change(S.IN_ROOM, S.CANCELLED)
    assert not flow.can_change(S.CANCELLED, S.BOOKED)
    with pytest.raises(ValidationError) as refused:
        flow.check_change(7, S.BOOKED, S.COMPLETED)
    assert str(refused.value) == (
        "Appointment 7 is booked; it cannot be marked completed. "
        "It can be marked confirmed, arrived, cancelled, no show."
    )
    assert [flow.wait_level(m) for m in (None, 15, 16, 30, 31)] == ["ok", "ok", "amber", "amber", "red"]


def test_set_status_refuses_an_impossible_change_and_stamps_times(clinic: ClinicServices) -> None:  # noqa: F811
    visit = book(clinic, "2026-11-23T10:30")[0]
    with pytest.raises(ValidationError, match="is booked; it cannot be marked completed"):
        clinic.appointments.set_status(visit, S.COMPLETED)
    clinic.appointments.set_status(visit, S.ARRIVED)
    times = clinic.store.calendar.status_times([visit])[visit]
    assert times.arrived_at == FIXED_NOW and times.roomed_at is None
    clinic.clock = Clock(FIXED_NOW + timedelta(minutes=20))
    clinic.appointments.set_status(visit, S.IN_ROOM)
    clinic.clock = Clock(FIXED_NOW + timedelta(minutes=50))
    clinic.appointments.set_status(visit, S.COMPLETED)
    times = clinic.store.calendar.status_times([visit])[visit]
    assert times.roomed_at == FIXED_NOW + timedelta(minutes=20)
    assert times.completed_at == FIXED_NOW + timedelta(minutes=50)
    with pytest.raises(ValidationError, match="is completed; it cannot be marked arrived"):
        clinic.appointments.set_status(visit, S.ARRIVED)
    # one step back clears the stamp of the step undone
    clinic.appointments.set_status(visit, S.IN_ROOM)
    assert clinic.store.calendar.status_times([visit])[visit].completed_at is None


def test_flow_board_counts_waiting_minutes_on_the_clinic_clock(clinic: ClinicServices) -> None:  # noqa: F811
    first = book(clinic, "2026-11-23T10:30")[0]
    second = book(clinic, "2026-11-23T11:00", patient=2)[0]
    third = book(clinic, "2026-11-23T11:30", patient=2, provider=2)[0]
    clinic.appointments.set_status(first, S.ARRIVED)
    clinic.appointments.set_status(second, S.ARRIVED)
    clinic.clock = Clock(FIXED_NOW + timedelta(minutes=10))
    clinic.appointments.set_status(second, S.IN_ROOM)
    clinic.appointments.cancel(third, "unwell")
    clinic.clock = Clock(FIXED_NOW + timedelta(minutes=22))
    board = clinic.appointments.flow_board(date(2026, 11, 23))
    rows = {r.entry.appointment.id: r for r in board.rows}
    assert set(rows) == {first, second}  # the cancelled visit is only counted
    assert rows[first].lane is flow.Lane.WAITING and rows[first].waiting_minutes == 22
    assert rows[second].lane is flow.Lane.IN_ROOM and rows[second].room_minutes == 12
    assert rows[second].waiting_minutes is None
    assert board.summary == "2 appointments · 1 waiting · 1 in room · 1 cancelled"


def test_offers_after_a_cancellation_fit_provider_dates_and_length(clinic: ClinicServices) -> None:  # noqa: F811
    s = clinic
    s.resources.add_type("Long review", 60)
    for given in ("Ada", "Bo", "Cy", "Di", "Ed"):
        s.patients.add(PatientInput(given, "Wait", "1970-01-01"))
    freed = book(s, "2026-12-01T09:00")[0]  # Dr Lind, 30 minutes
    day = date(2026, 12, 1)
    oldest = s.appointments.add_to_waitlist(3, day - timedelta(days=5), note="mornings")
    s.clock = Clock(FIXED_NOW + timedelta(minutes=1))
    same_provider = s.appointments.add_to_waitlist(4, day, day, provider_id=1, type_name="Consultation")
    s.appointments.add_to_waitlist(5, day, provider_id=2)  # another provider
    s.appointments.add_to_waitlist(6, day + timedelta(days=1))  # not before the 2nd
    s.appointments.add_to_waitlist(7, day, type_name="Long review")  # 60 minutes do not fit in 30
    with pytest.raises(ValidationError, match="latest date must be on or after"):
        s.appointments.add_to_waitlist(3, day, day - timedelta(days=1))
    s.appointments.cancel(freed, "patient unwell")
    offers = s.appointments.offers_for(freed)
    assert [o.id for o in offers] == [oldest.id, same_provider.id]  # oldest request first
    assert offers[0].patient_name == "Ada Wait" and offers[1].provider_name == "Dr Lind"
    assert len(s.appointments.waitlist()) == 5


def test_booking_an_offer_fills_the_slot_and_resolves_the_request(clinic: ClinicServices) -> None:  # noqa: F811
    freed = book(clinic, "2026-12-01T09:00")[0]
    request = clinic.appointments.add_to_waitlist(2, date(2026, 11, 30), note="any morning")
    clinic.appointments.cancel(freed, "moved away")
    result = clinic.appointments.book_from_waitlist(request.id, freed)
    booked = result.appointments[0]
    assert (booked.patient_id, booked.provider_id, booked.start) == (2, 1, at(clinic, "2026-12-01T09:00"))
    assert booked.notes == "From the waiting list. any morning"
    assert clinic.appointments.waitlist() == []
    assert clinic.appointments.offers_for(freed) == []
    with pytest.raises(ValidationError, match="no longer on the waiting list"):
        clinic.appointments.book_from_waitlist(request.id, freed)
    # removing closes a request too
    other = clinic.appointments.add_to_waitlist(1, date(2026, 12, 1))
    clinic.appointments.remove_from_waitlist(other.id)
    assert clinic.appointments.waitlist() == []


def test_to_room_takes_the_chosen_room_if_it_is_free(clinic: ClinicServices) -> None:  # noqa: F811
    from clinic_desktop.domain.errors import ConflictError

    room_1, procedure = (r.id for r in sorted(clinic.resources.rooms(), key=lambda r: r.name != "Room 1"))
    first = book(clinic, "2026-11-23T10:30", patient=1, provider=1, room_id=room_1)[0]
    second = book(clinic, "2026-11-23T10:30", patient=2, provider=2, room_id=procedure)[0]
    for visit in (first, second):
        clinic.appointments.set_status(visit, S.ARRIVED)
    with pytest.raises(ConflictError, match="Room 1 is in use: Dr Lind has Ines Ortega"):
        clinic.appointments.send_to_room(second, room_1)
    assert clinic.appointments.entry(second).appointment.status is S.ARRIVED
    kept = clinic.appointments.send_to_room(first, None)  # keeps the booked room
    assert (kept.room_id, kept.status) == (room_1, S.IN_ROOM)
