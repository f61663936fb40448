"""Desks booking the same time take turns, provider first, then room (issue 22).

Eight desks book the one procedure room at the same minute, half of them with Dr Lind and half
with Dr Okafor, let go at once behind a barrier, each insert slowed at the server (PostgreSQL: a
trigger that calls pg_sleep; SQLite: the store's insert, patched) so that their checks and writes
surely overlap. On PostgreSQL each booking now takes its provider's and then its room's advisory
lock before its checks (store/calendar.py, hold), so the desks wait for each other in one order:
exactly one books, every other is refused at its first try naming what is in the way, and no desk
deadlocks or has to run its booking again. (Before, the checks all passed together and the
exclusion constraints refused the losers, which ran again, or deadlocked when two desks met the
provider's and the room's constraints in opposite orders.) SQLite's BEGIN IMMEDIATE gives the same
turns."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from clinic_desktop.domain.errors import ConflictError
from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import AppointmentService, BookingRequest
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.store.calendar import CalendarRecords
from tests.desks import at_once

DESKS = 8
SLOW_INSERT = 0.2  # seconds an appointment's insert waits, checks done, before it is written


@pytest.fixture
def clinic(services: ClinicServices, backend: str, monkeypatch: pytest.MonkeyPatch) -> ClinicServices:
    s = services
    s.clinic.set_setting("timezone", "America/New_York")
    for name in ("Dr Lind", "Dr Okafor"):
        provider = s.resources.add_provider(name)
        s.resources.set_hours(provider.id, 1, parse_blocks("08:00-17:00"))  # Tuesdays
    s.resources.add_room("Procedure room", "procedure")
    s.resources.add_type("Bladder procedure", 30, "procedure", "overactive_bladder")
    for i in range(DESKS):
        s.patients.add(PatientInput(f"Pat{i}", "Race", "1970-01-01"))
    if backend == "postgresql":
        with s.store.database.atomic():
            s.store.database.execute_sql(
                "CREATE FUNCTION slow_booking() RETURNS trigger LANGUAGE plpgsql AS "
                f"$$ BEGIN PERFORM pg_sleep({SLOW_INSERT}); RETURN NEW; END $$"
            )
            s.store.database.execute_sql(
                "CREATE TRIGGER slow_booking BEFORE INSERT ON appointment "
                "FOR EACH ROW EXECUTE FUNCTION slow_booking()"
            )
    else:
        monkeypatch.setattr(CalendarRecords, "add", slowed(CalendarRecords.add))
    return s


def slowed(write: Callable[..., Any]) -> Callable[..., Any]:
    def slow(*args: Any, **kwargs: Any) -> Any:
        time.sleep(SLOW_INSERT)
        return write(*args, **kwargs)

    return slow


def test_desks_booking_one_room_at_once_take_turns_and_never_run_again(
    clinic: ClinicServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    tries: list[int] = []
    lock = threading.Lock()
    real = AppointmentService._book

    def counted(self: AppointmentService, request: BookingRequest) -> Any:
        with lock:
            tries.append(request.patient_id)
        return real(self, request)

    monkeypatch.setattr(AppointmentService, "_book", counted)
    start = clinic.time.parse_local("2026-12-01T09:00")

    def desk(s: ClinicServices, number: int) -> list[int]:
        provider = 1 + number % 2  # Dr Lind and Dr Okafor in turn
        request = BookingRequest(number + 1, provider, "Bladder procedure", start)
        return [a.id for a in s.appointments.book(request).appointments]

    booked, refused = at_once(clinic, desk, DESKS)

    assert len(booked) == 1 and len(booked[0]) == 1, (booked, refused)
    assert all(isinstance(e, ConflictError) for e in refused), refused
    winner = clinic.appointments.entry(booked[0][0])
    name = winner.patient_name
    for error in refused:
        assert error.message in (
            f"{winner.provider_name} already has {name} at 09:00-09:30 on 2026-12-01.",
            "Every procedure room is taken at 09:00 on 2026-12-01.",
        ), error.message
    assert sorted(tries) == list(range(1, DESKS + 1))  # each desk's booking ran once: no retry
    assert clinic.clinic.info().counts["appointments"] == 1
    assert clinic.clinic.check() == []
