"""Two desks booking toxin-treatment visits for one patient at once take turns (issue 20): the
second sees the first's visit, so two visits two days apart cannot both be booked without a
reason, on either engine.

Latency is injected where the race lives, between the interval check and the write: on
PostgreSQL a trigger makes every appointment INSERT wait at the server (pg_sleep), on SQLite the
store's insert is slowed in Python. The last test is the control: without the patient lock
(store.patients.lock) the PostgreSQL desks both pass the check and both book.
"""

from __future__ import annotations

import pytest

from clinic_desktop.domain.errors import OverrideRequiredError
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingRequest, BookingResult
from clinic_desktop.store.calendar import CalendarRecords
from clinic_desktop.store.patients import PatientRecords
from tests.desks import at_once
from tests.services.test_booking_interval import LAST, chart, set_up
from tests.services.test_concurrent_charting import SLOW_INSERT, slowed

TWO_DAYS_APART = ("2027-02-12T09:00", "2027-02-14T09:00")  # day 84 and day 86 after the injection


@pytest.fixture
def clinic(services: ClinicServices, backend: str, monkeypatch: pytest.MonkeyPatch) -> ClinicServices:
    s = set_up(services, weekdays=range(7))
    chart(s, f"{LAST}T09:00")
    if backend == "postgresql":
        with s.store.database.atomic():
            s.store.database.execute_sql(
                "CREATE FUNCTION slow_insert() RETURNS trigger LANGUAGE plpgsql AS "
                f"$$ BEGIN PERFORM pg_sleep({SLOW_INSERT}); RETURN NEW; END $$"
            )
            s.store.database.execute_sql(
                "CREATE TRIGGER slow_appointment BEFORE INSERT ON appointment "
                "FOR EACH ROW EXECUTE FUNCTION slow_insert()"
            )
    else:
        monkeypatch.setattr(CalendarRecords, "add", slowed(CalendarRecords.add))
    return s


def book_both(s: ClinicServices) -> tuple[list[BookingResult], list[Exception]]:
    def book(desk: ClinicServices, n: int) -> BookingResult:
        request = BookingRequest(1, 1, "Botox migraine", desk.time.parse_local(TWO_DAYS_APART[n]))
        return desk.appointments.book(request)

    return at_once(s, book, 2)


def test_two_desks_booking_visits_two_days_apart_at_once_one_needs_a_reason(
    clinic: ClinicServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The patient's lock on its own (as for two providers): the provider's hold left out.
    monkeypatch.setattr(CalendarRecords, "hold", lambda self, *args, **kwargs: None)
    booked, refused = book_both(clinic)
    assert len(booked) == 1 and len(refused) == 1
    [error] = refused
    assert isinstance(error, OverrideRequiredError), repr(error)
    first = clinic.time.local_date(booked[0].appointments[0].start)
    assert f"has a toxin treatment booked on {first:%Y-%m-%d}" in error.message  # the other desk's
    assert len(clinic.appointments.for_patient(1)) == 1
    assert clinic.audit.chain_verdict().broken is None


@pytest.mark.parametrize("backend", ["postgresql"])
def test_without_the_patient_lock_the_postgresql_desks_do_book_both(
    clinic: ClinicServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The control: the same race with lock() doing nothing books both visits, so the test above
    would fail if booking stopped taking the lock. The provider's hold (CalendarRecords.hold,
    which makes desks booking one provider take turns) is left out too: both visits are with the
    same provider, and the patient's lock must hold on its own, as for two providers."""
    monkeypatch.setattr(PatientRecords, "lock", lambda self, patient_id: None)
    monkeypatch.setattr(CalendarRecords, "hold", lambda self, *args, **kwargs: None)
    booked, refused = book_both(clinic)
    assert len(booked) == 2 and not refused
    assert len(clinic.appointments.for_patient(1)) == 2
