"""A booking's reads, read ahead in one statement on PostgreSQL (store/booking_reads.py, issue 22),
find exactly what the reads themselves find: the patient, the provider, the appointment types,
the provider's working time with the clinic's closures, the provider's and the patient's clashes,
the patient's consents and open recall invitations. Compared on the demo clinic, over patients with
and without consents and invitations, providers with time off, extra sessions and a closure, and
times that clash and times that do not. SQLite reads nothing ahead (no round trip to save)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest

from clinic_desktop.domain.availability import DayOff
from clinic_desktop.domain.hours import TimeBlock
from clinic_desktop.domain.outbox import Channel, MessageKind
from clinic_desktop.services import ClinicServices
from clinic_desktop.store import models as m
from clinic_desktop.store import read_ahead
from clinic_desktop.store.connection import is_sqlite
from clinic_desktop.store.repositories import Store
from tests.round_trips import counting

MINUTES = 30


def answers(store: Store, patient: int, provider: int, start: datetime, day: date, now: datetime) -> Any:
    """What booking one appointment at ``start`` reads, read by the store's own reads."""
    closures: list[DayOff] = []
    hours = store.calendar.working_time([provider], day, day, closures)
    holders = (("provider", provider), ("room", None), ("patient", patient))
    return (
        store.types.list(),
        store.patients.get(patient),
        store.providers.get(provider),
        hours,
        closures,
        store.calendar.clashes_at(start, start + timedelta(minutes=MINUTES), holders),
        store.outbox.consents_and_invitations(patient, now),
    )


def read_both_ways(
    clinic: ClinicServices, patient: int, provider: int, start: datetime, now: datetime, later: datetime
) -> tuple[Any, Any, tuple[int, int]]:
    """(the reads' answers, the answers read ahead at ``now`` and taken at ``later``, the round trips
    of reading ahead and of the reads after it)."""
    store = clinic.store
    day = clinic.time.local_date(start)
    with store.write_transaction():
        store.patients.lock(patient)
        plain = answers(store, patient, provider, start, day, later)
    with store.write_transaction():
        store.patients.lock(patient)
        with counting(store.database) as reading_ahead:
            store.calendar.read_ahead_booking(patient, provider, start, day, now)
        with counting(store.database) as reading:
            ahead = answers(store, patient, provider, start, day, later)
        kept_id = read_ahead.take(("appointment id",))
        assert (kept_id is read_ahead.MISSING) == is_sqlite(store.database)  # PostgreSQL: the new id
    return plain, ahead, (reading_ahead.round_trips, reading.round_trips)


def invite(patient: int, provider: int, slot: datetime, hold_until: datetime, now: datetime) -> None:
    """An open recall invitation for ``patient``, its slot held until ``hold_until``."""
    m.OutboxMessage.create(
        key=f"recall-{patient}-{slot:%Y%m%d%H%M}", patient=patient, kind=MessageKind.RECALL.value,
        channel=Channel.SMS.value, due_at=now, next_attempt_at=now, state="sent", created_at=now,
        sent_at=now, slot_start=slot, slot_end=slot + timedelta(minutes=MINUTES), slot_provider=provider,
        slot_type="Consultation", hold_until=hold_until,
    )  # fmt: skip


@pytest.fixture
def clinic(demo_services: ClinicServices) -> ClinicServices:
    return demo_services


def test_what_is_read_ahead_is_what_the_reads_find(clinic: ClinicServices, backend: str) -> None:
    store = clinic.store
    now = clinic.now()
    today = clinic.time.local_date(now)
    providers = [p.id for p in clinic.resources.providers()]
    first = providers[0]
    # The provider's day off, an extra session and a closure, on days the cases below ask about.
    clinic.appointments.add_time_off(first, today + timedelta(days=3), today + timedelta(days=4), "Congress")
    with store.write_transaction():
        store.calendar.add_extra_session(first, today + timedelta(days=6), TimeBlock(time(18), time(20)))
    clinic.appointments.add_closure(today + timedelta(days=8), today + timedelta(days=8), "Inventory")
    # Booked days: starts that clash with a provider's booking and with a patient's.
    booked = [e for d in clinic.schedule.days(today + timedelta(days=1), 14) for e in d.entries][:12]
    assert booked, "the demo clinic has bookings in the next two weeks"
    # A patient with consents and two invitations: one held past ``later``, one that runs out between.
    patient = booked[0].appointment.patient_id
    clinic.messages.set_consent(patient, sms=True, source="phone")
    slot = now + timedelta(days=10)
    invite(patient, first, slot, now + timedelta(days=2), now)
    invite(patient, first, slot + timedelta(days=1), now + timedelta(seconds=30), now)
    later = now + timedelta(minutes=1)  # the booking's messages read a little after its start
    cases = [(e.appointment.patient_id, e.appointment.provider_id, e.appointment.start) for e in booked]
    cases += [(patient, first, now.replace(microsecond=0) + timedelta(days=d, hours=2)) for d in (3, 6, 8)]
    cases += [(patient, other, booked[0].appointment.start) for other in providers[1:3]]
    seen = {"clash": 0, "invitations": 0, "consents": 0, "time off": 0, "closure": 0, "extra": 0}
    for who, provider, start in cases:
        plain, ahead, round_trips = read_both_ways(clinic, who, provider, start, now, later)
        assert ahead == plain, (who, provider, start)
        assert round_trips == ((1, 0) if backend == "postgresql" else (0, 6))  # SQLite: as before
        seen["clash"] += bool(plain[5]["provider"] or plain[5]["patient"])
        seen["consents"] += bool(plain[6][0])
        seen["invitations"] += len(plain[6][1])
        seen["time off"] += bool(plain[3][provider][2])
        seen["extra"] += bool(plain[3][provider][1])
        seen["closure"] += bool(plain[4])
    assert all(seen.values()), seen  # every kind of answer was compared
    # The invitation held only 30 seconds was open at the read ahead, not a minute later.
    assert seen["invitations"] == sum(1 for who, _, _ in cases if who == patient)


def test_nothing_is_read_ahead_for_a_patient_or_provider_not_there(clinic: ClinicServices) -> None:
    store = clinic.store
    start = datetime(2030, 1, 7, 15, tzinfo=UTC)
    with store.write_transaction():
        store.calendar.read_ahead_booking(999_999, 1, start, start.date(), clinic.now())
        assert read_ahead.take(("patient", 999_999)) is read_ahead.MISSING
        assert read_ahead.take(("appointment id",)) is read_ahead.MISSING


def test_what_was_read_ahead_ends_with_its_transaction(clinic: ClinicServices, backend: str) -> None:
    store = clinic.store
    patient, provider = 1, clinic.resources.providers()[0].id
    start = clinic.now() + timedelta(days=2)
    with store.write_transaction():
        store.calendar.read_ahead_booking(patient, provider, start, start.date(), clinic.now())
    # A later transaction reads the patient from the database, not from the one before.
    store.patients.update(patient, {"given_name": "Renamed"}, clinic.now())
    with store.write_transaction():
        assert store.patients.get(patient).given_name == "Renamed"
        assert read_ahead.take(("provider", provider)) is read_ahead.MISSING


def test_a_booking_on_the_real_clock_reads_ahead_and_lets_the_invitation_go(
    demo_services: ClinicServices, db_url: str, backend: str
) -> None:
    """On the real clock (instants with fractions of a second; the booking's messages read the
    clock again after its start): a patient's open recall invitation is read ahead, still open,
    and converted by the booking; on PostgreSQL the whole booking is three round trips."""
    from clinic_desktop.services import Clock
    from clinic_desktop.services.appointments import BookingRequest

    desk = ClinicServices.open(db_url, Clock())
    try:
        now = desk.now()
        provider = desk.resources.providers()[0].id
        kind = next(t for t in desk.resources.types() if t.indication is None)
        day = desk.time.local_date(now) + timedelta(days=2)
        slot = desk.appointments.free_slots(provider, kind.name, day, 1)[0]
        patient = desk.patients.search("a")[0].record.id
        invite(patient, provider, slot.start + timedelta(days=7), now + timedelta(days=1), now)
        (invitation,) = [e.id for e in desk.store.outbox.open_invitations(now, patient)]
        desk.audit_keys.current_key()  # checked against the trail once, at the first write
        with counting(desk.store.database) as sent:
            booked = desk.appointments.book(BookingRequest(patient, provider, kind.name, slot.start))
        (appointment,) = booked.appointments
        assert desk.messages.get(invitation).converted_appointment_id == appointment.id
        assert desk.store.calendar.get(appointment.id) == appointment  # as written, with the id read ahead
        assert sent.round_trips == (3 if backend == "postgresql" else 13), sent.describe()
        assert desk.audit.verify().intact
    finally:
        desk.close()
