from datetime import UTC, date, datetime, timedelta

import pytest
from peewee import IntegrityError, OperationalError

from clinic_desktop.domain.errors import ConcurrentWriteError, ConflictError
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.demo import PATIENT_FIELDS
from clinic_desktop.store import models as m


def _patient(pid: int = 1) -> tuple[object, ...]:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    return (pid, f"M{pid:07d}", "Ines", "Ortega", date(1980, 4, 2), "female", "", "", "active", now, now)


def test_instants_are_stored_as_utc_and_read_back_aware(services: ClinicServices) -> None:
    services.store.bulk.insert("patient", PATIENT_FIELDS, [_patient()])
    row = m.Patient.get_by_id(1)
    assert row.created_at == datetime(2026, 1, 1, tzinfo=UTC)
    assert row.created_at.tzinfo is not None
    raw = services.store.database.execute_sql("SELECT created_at FROM patient").fetchone()[0]
    assert str(raw) == "2026-01-01 00:00:00"  # naive UTC: text on SQLite, a datetime on PostgreSQL


def test_naive_datetimes_are_refused_at_the_door(services: ClinicServices) -> None:
    with pytest.raises(ValueError, match="naive"):
        m.UtcDateTimeField().db_value(datetime(2026, 1, 1, 9, 0))


def test_write_transaction_rolls_back_as_a_whole(services: ClinicServices) -> None:
    store = services.store
    with pytest.raises(ConflictError), store.write_transaction():
        store.providers.add("Dr Lind")
        store.providers.add("dr lind")  # same name, different case
    assert store.providers.list() == []


def test_overlaps_found_for_provider_and_room_but_not_cancelled(
    services: ClinicServices, backend: str
) -> None:
    store = services.store
    provider = services.resources.add_provider("Dr Lind")
    room = services.resources.add_room("Room 1")
    kind = services.resources.add_type("Review", 15)
    store.bulk.insert("patient", PATIENT_FIELDS, [_patient(1), _patient(2)])
    t0 = datetime(2026, 11, 3, 14, 0, tzinfo=UTC)
    rows = [
        (1, 1, provider.id, room.id, kind.id, t0, t0 + timedelta(minutes=30), "booked", t0),
        (
            2,
            2,
            provider.id,
            None,
            kind.id,
            t0 + timedelta(minutes=15),
            t0 + timedelta(minutes=45),
            "booked",
            t0,
        ),
        (
            3,
            2,
            provider.id,
            room.id,
            kind.id,
            t0 + timedelta(hours=2),
            t0 + timedelta(hours=3),
            "cancelled",
            t0,
        ),
        (4, 1, provider.id, room.id, kind.id, t0 + timedelta(hours=2), t0 + timedelta(hours=3), "booked", t0),
        # back to back is not an overlap
        (5, 1, provider.id, room.id, kind.id, t0 + timedelta(hours=3), t0 + timedelta(hours=4), "booked", t0),
    ]
    fields = (
        "id",
        "patient",
        "provider",
        "room",
        "appointment_type",
        "start_at",
        "end_at",
        "status",
        "created_at",
    )
    if backend == "postgresql":
        # The database itself refuses the overlap (an exclusion constraint), even from a bulk load.
        with pytest.raises(IntegrityError, match="appointment_provider_no_overlap"):
            store.bulk.insert("appointment", fields, rows)
        store.bulk.insert("appointment", fields, [r for r in rows if r[0] != 2])
        assert store.appointments.overlaps() == []
        assert services.clinic.check() == []
        return
    store.bulk.insert("appointment", fields, rows)
    assert store.appointments.overlaps() == [("provider", 1, 2)]
    problems = services.clinic.check()
    assert problems == ["Appointments 1 and 2 double-book the same provider."]


@pytest.mark.parametrize("backend", ["sqlite"])  # PostgreSQL refuses overlapping rows themselves
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_ordered_scan_finds_every_overlap_a_pairwise_comparison_finds(
    services: ClinicServices, seed: int
) -> None:
    """Legacy data (bookings written before the check existed): many overlapping chains, nested
    bookings, back-to-back ones and cancelled ones, compared with the obvious quadratic answer."""
    import random

    store = services.store
    providers = [services.resources.add_provider(f"Dr {n}").id for n in ("Lind", "Reyes", "Okafor")]
    rooms = [services.resources.add_room(f"Room {n}").id for n in (1, 2)]
    kind = services.resources.add_type("Review", 15)
    store.bulk.insert("patient", PATIENT_FIELDS, [_patient(1)])
    chance = random.Random(seed)
    t0 = datetime(2026, 11, 3, 14, 0, tzinfo=UTC)
    rows = []
    for booking in range(1, 401):
        start = t0 + timedelta(minutes=5 * chance.randrange(200))
        end = start + timedelta(minutes=chance.choice((5, 15, 30, 60, 240)))
        status = chance.choice(("booked",) * 6 + ("completed", "cancelled"))
        room = chance.choice([None, *rooms])
        rows.append((booking, 1, chance.choice(providers), room, kind.id, start, end, status, t0))
    fields = ("id", "patient", "provider", "room", "appointment_type", "start_at", "end_at", "status")
    store.bulk.insert("appointment", (*fields, "created_at"), rows)

    found = store.appointments.overlaps()
    held = {r[0]: r for r in rows if r[7] != "cancelled"}
    for what, column in (("provider", 2), ("room", 3)):
        order = sorted((r for r in held.values() if r[column] is not None), key=lambda r: (r[5], r[0]))
        expected = {
            later[0]
            for i, later in enumerate(order)
            if any(e[column] == later[column] and e[6] > later[5] for e in order[:i])
        }
        pairs = [(first, second) for kind_, first, second in found if kind_ == what]
        assert [second for _, second in pairs] == sorted(expected)  # each offender once, by id
        for first, second in pairs:  # and the earlier one named really overlaps it
            a, b = held[first], held[second]
            assert a[column] == b[column] and (a[5], a[0]) < (b[5], b[0]) and a[6] > b[5]
    assert len(found) > 50  # the data really was full of overlaps


def test_bulk_insert_fills_model_defaults(services: ClinicServices) -> None:
    provider = services.resources.add_provider("Dr Lind")
    kind = services.resources.add_type("Review", 15)
    services.store.bulk.insert("patient", PATIENT_FIELDS, [_patient()])
    t0 = datetime(2026, 11, 3, 14, 0, tzinfo=UTC)
    fields = ("patient", "provider", "appointment_type", "start_at", "end_at", "created_at")
    assert services.store.bulk.insert("appointment", fields, [(1, provider.id, kind.id, t0, t0, t0)]) == 1
    row = m.Appointment.get()
    assert (row.status, row.notes, row.room_id) == ("booked", "", None)


class _DriverError(Exception):
    def __init__(self, pgcode: str) -> None:
        super().__init__("deadlock detected")
        self.pgcode = pgcode


@pytest.mark.parametrize("pgcode", ["40P01", "40001"])
def test_a_deadlock_or_serialization_failure_is_a_conflict_to_try_again(
    services: ClinicServices, pgcode: str
) -> None:
    """PostgreSQL's "do it again" refusals (concurrent inserts checked by one exclusion constraint
    can deadlock) reach the person as a conflict, not as an internal error; booking retries them."""
    store = services.store
    with (
        pytest.raises(ConcurrentWriteError, match="Another workstation was saving"),
        store.write_transaction(),
    ):
        store.providers.add("Dr Lind")
        raise OperationalError(_DriverError(pgcode)) from _DriverError(pgcode)
    assert store.providers.list() == []
