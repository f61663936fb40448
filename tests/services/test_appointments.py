"""Booking rules: no double booking, overrides for closed time, series, moves, cancels, free slots."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.errors import ConflictError, DoubleBookingError, ValidationError
from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.services import ClinicServices, Clock
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.services.patients import PatientInput
from tests.conftest import FIXED_NOW, NewDatabase  # 2026-11-23 10:00 New York


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    s = services
    for key, value in (("timezone", "America/New_York"), ("country", "US"), ("subdivision", "NY")):
        s.clinic.set_setting(key, value)
    lind = s.resources.add_provider("Dr Lind")
    okafor = s.resources.add_provider("Dr Okafor")
    for provider in (lind, okafor):
        for day in range(5):
            s.resources.set_hours(provider.id, day, parse_blocks("08:00-12:00,13:00-17:00"))
    s.resources.add_room("Room 1", "exam")
    s.resources.add_room("Procedure room", "procedure")
    s.resources.add_type("Consultation", 30)
    s.resources.add_type("Bladder procedure", 30, "procedure", "overactive_bladder")
    for given, family in (("Ines", "Ortega"), ("Carl", "Berg")):
        s.patients.add(PatientInput(given, family, "1980-04-02"))
    return s


def at(s: ClinicServices, text: str) -> datetime:
    return s.time.parse_local(text)


def book(s: ClinicServices, start: str, patient: int = 1, provider: int = 1, **extra: object) -> list[int]:
    kind = str(extra.pop("type_name", "Consultation"))
    request = BookingRequest(patient, provider, kind, at(s, start), **extra)  # type: ignore[arg-type]
    return [a.id for a in s.appointments.book(request).appointments]


def count(s: ClinicServices) -> int:
    return s.clinic.info().counts["appointments"]


def test_a_provider_clash_is_refused_naming_the_booking(clinic: ClinicServices) -> None:
    book(clinic, "2026-12-01T09:00")
    with pytest.raises(ConflictError) as refused:
        book(clinic, "2026-12-01T09:15", patient=2)
    assert str(refused.value) == "Dr Lind already has Ines Ortega at 09:00-09:30 on 2026-12-01."
    assert count(clinic) == 1
    book(clinic, "2026-12-01T09:30", patient=2)  # back to back is fine
    assert count(clinic) == 2


def test_a_room_clash_is_refused(clinic: ClinicServices) -> None:
    book(clinic, "2026-12-01T09:00", room_id=1)
    with pytest.raises(
        ConflictError, match="Room 1 is already taken: Dr Lind has Ines Ortega at 09:00-09:30"
    ):
        book(clinic, "2026-12-01T09:10", patient=2, provider=2, room_id=1)
    # the procedure type finds its kind of room by itself, and refuses when none is free
    book(clinic, "2026-12-02T09:00", type_name="Bladder procedure")
    with pytest.raises(ConflictError, match="Every procedure room is taken"):
        book(clinic, "2026-12-02T09:00", patient=2, provider=2, type_name="Bladder procedure")
    with pytest.raises(ValidationError, match="needs a procedure room; Room 1 is a exam room"):
        book(clinic, "2026-12-03T09:00", type_name="Bladder procedure", room_id=1)


def test_closed_time_needs_an_override_reason(clinic: ClinicServices) -> None:
    with pytest.raises(ValidationError, match="outside Dr Lind's working hours. Give an override reason"):
        book(clinic, "2026-12-01T12:15")
    with pytest.raises(ValidationError, match="public holiday \\(Christmas Day\\)"):
        book(clinic, "2026-12-25T09:00")
    clinic.appointments.add_time_off(1, date(2026, 12, 7), date(2026, 12, 8), "conference")
    with pytest.raises(ValidationError, match="provider is off on 2026-12-08 \\(conference\\)"):
        book(clinic, "2026-12-08T09:00")
    assert count(clinic) == 0
    request = BookingRequest(
        1, 1, "Consultation", at(clinic, "2026-12-01T12:15"), override_reason="urgent review"
    )
    result = clinic.appointments.book(request)
    assert "outside Dr Lind's working hours" in result.warnings[0]


def test_the_same_patient_twice_at_once_is_only_a_warning(clinic: ClinicServices) -> None:
    book(clinic, "2026-12-01T09:00")
    result = clinic.appointments.book(BookingRequest(1, 2, "Consultation", at(clinic, "2026-12-01T09:00")))
    assert result.appointments and "also booked then" in result.warnings[0]


def test_the_past_is_refused(clinic: ClinicServices) -> None:
    with pytest.raises(ValidationError, match="in the past"):
        book(clinic, "2026-11-23T09:00")


def test_a_series_keeps_nine_oclock_across_daylight_saving(clinic: ClinicServices) -> None:
    ids = book(clinic, "2027-01-04T09:00", every_weeks=12, count=4)
    entries = clinic.store.appointments.entries(ids)
    local = [clinic.time.to_local(e.appointment.start) for e in entries]
    assert [d.strftime("%Y-%m-%d %H:%M") for d in local] == [
        "2027-01-04 09:00", "2027-03-29 09:00", "2027-06-21 09:00", "2027-09-13 09:00",
    ]  # fmt: skip
    assert [e.appointment.start.hour for e in entries] == [14, 13, 13, 13]  # UTC: winter then summer
    series = clinic.store.calendar.series(ids[0])
    assert [a.id for a in series] == ids


def test_a_series_with_one_clash_books_nothing(clinic: ClinicServices) -> None:
    book(clinic, "2027-03-29T09:00", patient=2)
    with pytest.raises(ConflictError, match="already has Carl Berg at 09:00-09:30 on 2027-03-29"):
        book(clinic, "2027-01-04T09:00", every_weeks=12, count=4)
    assert count(clinic) == 1


def test_move_and_cancel(clinic: ClinicServices) -> None:
    first = book(clinic, "2026-12-01T09:00")[0]
    second = book(clinic, "2026-12-01T10:00", patient=2)[0]
    with pytest.raises(ConflictError, match="already has Carl Berg"):
        clinic.appointments.move(first, at(clinic, "2026-12-01T10:15"))
    moved = clinic.appointments.move(first, at(clinic, "2026-12-01T11:00"), duration=45)
    assert clinic.time.to_local(moved.appointments[0].end).strftime("%H:%M") == "11:45"
    with pytest.raises(ValidationError, match="Say why"):
        clinic.appointments.cancel(second, " ")
    clinic.appointments.cancel(second, "patient unwell")
    assert clinic.appointments.entry(second).appointment.status is AppointmentStatus.CANCELLED
    clinic.appointments.move(first, at(clinic, "2026-12-01T10:00"))  # the cancelled slot is free again
    with pytest.raises(ValidationError, match="was cancelled"):
        clinic.appointments.set_status(second, AppointmentStatus.ARRIVED)
    assert clinic.clinic.check() == []


def test_free_slots_skip_bookings_lunch_and_closed_days(clinic: ClinicServices) -> None:
    book(clinic, "2026-11-24T08:00")
    slots = clinic.appointments.free_slots(1, "Consultation", date(2026, 11, 24), count=10)
    local = [clinic.time.to_local(x.start).strftime("%Y-%m-%d %H:%M") for x in slots]
    assert local[:3] == ["2026-11-24 08:30", "2026-11-24 09:00", "2026-11-24 09:30"]
    assert "2026-11-24 12:00" not in local and "2026-11-24 11:30" in local
    later = clinic.appointments.free_slots(1, "Consultation", date(2026, 11, 26), count=1)  # Thanksgiving
    assert clinic.time.to_local(later[0].start).strftime("%Y-%m-%d %H:%M") == "2026-11-27 08:00"
    today = clinic.appointments.free_slots(1, "Consultation", date(2026, 11, 23), count=1)
    assert clinic.time.to_local(today[0].start).strftime("%H:%M") == "10:00"  # not before now


def test_free_slots_for_a_room_bound_type_wait_for_a_free_room_of_its_kind(clinic: ClinicServices) -> None:
    second = clinic.resources.add_room("Procedure room 2", "procedure").id
    first = next(r.id for r in clinic.resources.rooms() if r.name == "Procedure room")
    chen = clinic.resources.add_provider("Dr Chen").id
    clinic.resources.set_hours(chen, 1, parse_blocks("08:00-12:00"))
    # 08:00-08:30 both procedure rooms are taken (by Dr Okafor and Dr Chen); the first until 09:00.
    # (Three patients: one patient's two toxin treatments half an hour apart would need a reason.)
    third = clinic.patients.add(PatientInput("Ana", "Diaz", "1975-01-09")).record.id
    book(clinic, "2026-11-24T08:00", patient=2, provider=2, type_name="Bladder procedure", room_id=first)
    book(clinic, "2026-11-24T08:30", patient=third, provider=2, type_name="Bladder procedure", room_id=first)
    book(clinic, "2026-11-24T08:00", patient=1, provider=chen, type_name="Bladder procedure", room_id=second)
    slots = clinic.appointments.free_slots(1, "Bladder procedure", date(2026, 11, 24), count=3)
    local = [(clinic.time.to_local(x.start).strftime("%H:%M"), x.room_id) for x in slots]
    assert local == [("08:30", second), ("09:00", first), ("09:30", first)]
    assert clinic.appointments.free_slots(1, "Consultation", date(2026, 11, 24), count=1)[0].room_id is None


def test_closed_days_are_those_nobody_works_with_the_reason(clinic: ClinicServices) -> None:
    clinic.appointments.add_closure(date(2026, 12, 24), date(2026, 12, 24), "staff training")
    clinic.appointments.add_time_off(1, date(2026, 12, 22), date(2026, 12, 23), "course")
    clinic.appointments.add_time_off(2, date(2026, 12, 23), date(2026, 12, 23), "leave")
    closed = clinic.appointments.closed_days(date(2026, 11, 23), date(2026, 12, 27))
    assert closed[date(2026, 11, 26)] == "2026-11-26 is a public holiday (Thanksgiving Day)"
    assert closed[date(2026, 11, 28)] == "Nobody is working"  # a Saturday
    assert closed[date(2026, 12, 24)] == "The clinic is closed on 2026-12-24 (staff training)"
    assert closed[date(2026, 12, 23)] == "Nobody is working"  # both away, for different reasons
    assert date(2026, 12, 22) not in closed  # Dr Okafor works
    assert date(2026, 11, 24) not in closed
    assert set(closed) >= {date(2026, 12, 25), date(2026, 12, 26), date(2026, 12, 27)}


def blind_first_check(
    s: ClinicServices, monkeypatch: pytest.MonkeyPatch, column: str, times: int = 1
) -> None:
    """The first ``times`` clash checks of ``column`` see nothing, as when another workstation's
    booking is committed between this one's check and its write (asked alone, or with the
    booking's other holders in one statement: clashes_at)."""
    real, real_at = s.store.calendar.clashes, s.store.calendar.clashes_at
    missed = [0]

    def check(what: str, *args: Any, **kwargs: Any) -> list[int]:
        if what == column and missed[0] < times:
            missed[0] += 1
            return []
        return real(what, *args, **kwargs)

    def check_at(*args: Any, **kwargs: Any) -> dict[str, list[int]]:
        found = real_at(*args, **kwargs)
        if column in found and missed[0] < times:
            missed[0] += 1
            found[column] = []
        return found

    monkeypatch.setattr(s.store.calendar, "clashes", check)
    monkeypatch.setattr(s.store.calendar, "clashes_at", check_at)


@pytest.mark.parametrize("backend", ["postgresql"])  # SQLite: no check passes while another writes
@pytest.mark.parametrize(
    ("column", "second", "message"),
    [
        ("provider", {"patient": 2}, "Dr Lind already has Ines Ortega at 09:00-09:30 on 2026-12-01."),
        (
            "room",
            {"patient": 2, "provider": 2, "room_id": 1},
            "Room 1 is already taken: Dr Lind has Ines Ortega at 09:00-09:30 on 2026-12-01.",
        ),
    ],
    ids=["provider", "room"],
)
def test_an_overlap_the_database_refuses_is_named_like_any_clash(
    clinic: ClinicServices, monkeypatch: pytest.MonkeyPatch, column: str, second: dict[str, Any], message: str
) -> None:
    book(clinic, "2026-12-01T09:00", room_id=1)
    blind_first_check(clinic, monkeypatch, column)
    with pytest.raises(ConflictError) as refused:
        book(clinic, "2026-12-01T09:15", **second)
    # the exclusion constraint refused the write; the second try's check named the booking
    assert type(refused.value) is ConflictError and str(refused.value) == message
    assert count(clinic) == 1
    other = book(clinic, "2026-12-01T10:00", patient=2)[0]
    blind_first_check(clinic, monkeypatch, "provider")
    with pytest.raises(ConflictError, match="Dr Lind already has Ines Ortega at 09:00-09:30"):
        clinic.appointments.move(other, at(clinic, "2026-12-01T09:20"))
    assert clinic.appointments.entry(other).appointment.start == at(clinic, "2026-12-01T10:00")


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_write_refused_again_and_again_says_another_workstation_took_the_time(
    clinic: ClinicServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    book(clinic, "2026-12-01T09:00")
    blind_first_check(clinic, monkeypatch, "provider", times=99)
    with pytest.raises(DoubleBookingError) as refused:
        book(clinic, "2026-12-01T09:15", patient=2)
    assert str(refused.value) == "That time was just booked for the same provider from another workstation."
    assert isinstance(refused.value, ConflictError) and count(clinic) == 1


RACE = """
import sys
from clinic_desktop.services import ClinicServices, Clock
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.domain.errors import ClinicError
from datetime import datetime, timezone
s = ClinicServices.open(sys.argv[1], Clock(datetime(2026, 11, 23, 15, tzinfo=timezone.utc)))
patient = int(sys.argv[2])
try:
    s.appointments.book(BookingRequest(patient, 1, "Consultation", s.time.parse_local("2026-12-01T09:00")))
    print("booked")
except ClinicError as error:
    print("refused", error)
"""


def test_eight_workstations_booking_one_slot_exactly_one_wins(new_database: NewDatabase) -> None:
    db = new_database("race")
    s = ClinicServices.open(db, Clock(FIXED_NOW))
    s.clinic.set_setting("timezone", "America/New_York")
    provider = s.resources.add_provider("Dr Lind")
    s.resources.set_hours(provider.id, 1, parse_blocks("08:00-17:00"))
    s.resources.add_type("Consultation", 30)
    ids = [s.patients.add(PatientInput(f"Pat{i}", "Race", "1970-01-01")).record.id for i in range(8)]
    s.close()
    root = Path(__file__).parents[2]
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", RACE, db, str(pid)], stdout=subprocess.PIPE, text=True, cwd=root
        )
        for pid in ids
    ]
    results = [r.communicate(timeout=120)[0].strip() for r in runs]
    assert sorted(r.split()[0] for r in results) == ["booked"] + ["refused"] * 7, results
    assert all("already has" in r for r in results if r.startswith("refused"))
    s = ClinicServices.open(db)
    assert s.clinic.info().counts["appointments"] == 1
    assert s.clinic.check() == []
    s.close()


def test_cli_book_move_cancel_list_timeoff_slots(db_path: Path) -> None:
    from tests.cli.test_cli import run

    db = str(db_path)
    now = ["--db", db, "--now", "2026-11-23T10:00"]
    run(*now, "demo", "--patients", "60", "--providers", "1", "--years", "1")
    code, out, err = run(*now, "slots", "free", "--provider", "1", "--type", "Consultation", "--from",
                         "2026-12-01", "--count", "2", "--json")  # fmt: skip
    slots = json.loads(out)
    assert code == 0 and len(slots) == 2 and {"start", "end", "provider_id", "room_id"} <= set(slots[0])
    code, out, err = run(*now, "appointments", "book", "--patient", "1", "--provider", "1", "--type",
                         "consultation", "--start", slots[0]["start"][:16], "--json")  # fmt: skip
    booked = json.loads(out)
    assert code == 0 and len(booked) == 1 and booked[0]["start"] == slots[0]["start"]
    assert set(booked[0]) == {"id", "patient_id", "provider_id", "room_id", "type", "start", "end", "status"}
    code, out, err = run(*now, "appointments", "book", "--patient", "2", "--provider", "1", "--type",
                         "Consultation", "--start", slots[0]["start"][:16])  # fmt: skip
    assert code == 1 and out == "" and "already has" in err and " at " in err
    aid = str(booked[0]["id"])
    code, out, err = run(*now, "appointments", "move", aid, "--start", slots[1]["start"][:16], "--json")
    assert code == 0 and json.loads(out)["start"] == slots[1]["start"]
    code, out, err = run(*now, "appointments", "cancel", aid, "--reason", "patient unwell", "--json")
    assert code == 0 and json.loads(out)["status"] == "cancelled"
    code, out, _ = run(*now, "appointments", "list", "--patient", "1", "--json")
    assert code == 0 and booked[0]["id"] in [a["id"] for a in json.loads(out)]
    code, out, err = run(*now, "timeoff", "add", "--provider", "1", "--from", "2026-12-07",
                         "--to", "2026-12-08", "--reason", "conference", "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["reason"] == "conference"
    code, out, err = run(*now, "appointments", "book", "--patient", "1", "--provider", "1", "--type",
                         "Consultation", "--start", "2026-12-08T09:00")  # fmt: skip
    assert code == 1 and "off on 2026-12-08 (conference)" in err and "override reason" in err
    assert run(*now, "check")[0] == 0


def test_moving_this_and_following_keeps_the_series_rhythm_across_dst(clinic: ClinicServices) -> None:
    ids = book(clinic, "2027-01-04T09:00", every_weeks=12, count=4)
    result = clinic.appointments.move_following(ids[1], at(clinic, "2027-03-29T10:30"))
    assert [a.id for a in result.appointments] == ids[1:]
    local = [clinic.time.to_local(e.appointment.start) for e in clinic.store.appointments.entries(ids)]
    assert [d.strftime("%Y-%m-%d %H:%M") for d in local] == [
        "2027-01-04 09:00", "2027-03-29 10:30", "2027-06-21 10:30", "2027-09-13 10:30",
    ]  # fmt: skip
    # a clash with any of them moves none of them
    book(clinic, "2027-06-21T11:30", patient=2)
    with pytest.raises(ConflictError, match="already has Carl Berg at 11:30-12:00 on 2027-06-21"):
        clinic.appointments.move_following(ids[1], at(clinic, "2027-03-29T11:30"))
    assert clinic.time.to_local(clinic.store.calendar.get(ids[3]).start).strftime("%H:%M") == "10:30"


def test_cancelling_this_and_following(clinic: ClinicServices) -> None:
    ids = book(clinic, "2027-01-04T09:00", every_weeks=12, count=4)
    cancelled = clinic.appointments.cancel_following(ids[2], "stopped treatment")
    assert [a.id for a in cancelled] == ids[2:]
    statuses = [clinic.store.calendar.get(i).status for i in ids]
    assert statuses == [AppointmentStatus.BOOKED] * 2 + [AppointmentStatus.CANCELLED] * 2
    single = book(clinic, "2027-02-01T09:00")[0]
    assert [a.id for a in clinic.appointments.cancel_following(single, "moved away")] == [single]


def test_cli_series_book_move_and_cancel_following(db_path: Path) -> None:
    from tests.cli.test_cli import run

    now = ["--db", str(db_path), "--now", "2026-11-23T10:00"]
    run(*now, "demo", "--patients", "20", "--providers", "1", "--years", "1")
    code, out, err = run(*now, "appointments", "book", "--patient", "1", "--provider", "1",
                         "--type", "Review", "--start", "2027-01-04T07:40", "--every-weeks", "12",
                         "--count", "3", "--override-reason", "early slot", "--json")  # fmt: skip
    series = json.loads(out)
    assert code == 0 and [a["start"][11:16] for a in series] == ["07:40"] * 3
    code, out, err = run(*now, "appointments", "move", str(series[1]["id"]), "--start", "2027-03-29T07:45",
                         "--following", "--override-reason", "early slot", "--json")  # fmt: skip
    moved = json.loads(out)
    assert code == 0 and [a["start"][11:16] for a in moved] == ["07:45", "07:45"]
    code, out, err = run(*now, "appointments", "cancel", str(series[1]["id"]), "--reason", "stopped",
                         "--following", "--json")  # fmt: skip
    assert code == 0 and [a["status"] for a in json.loads(out)] == ["cancelled", "cancelled"]
