"""The audit trail's head under several desks writing at once (issue 22, "Short critical sections
on PostgreSQL").

A writer reads the head last, locked, with the key records (store/audit.py, keying), seals its
entry against it, and the entry goes with the COMMIT, in its round trip: the head is held for that
one round trip, and a second desk waits for it instead of writing after a head gone stale. Sealing
is slowed here (it is where the race lived: between reading the head and writing after it): on
PostgreSQL the desks must take turns holding the head, and the trail must come out whole, its ids
consecutive, each entry after the one before it. SQLite's writers run one at a time (BEGIN
IMMEDIATE). A desk that read the head without the lock (an import seals its entries ahead) still
finds out when it went stale, and seals again. The clinic runs on the real clock (audit times have
fractions of a second before they are cut).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from peewee import DatabaseError

from clinic_desktop.domain.audit import AuditEntry
from clinic_desktop.services import ClinicServices, Clock
from clinic_desktop.store import audit as audit_records
from clinic_desktop.store.audit import AuditRecords
from tests.desks import at_once
from tests.round_trips import counting

DESKS = 6
SLOW_SEAL = 0.2  # seconds each entry's sealing takes, head read, before it is written


@pytest.fixture
def clinic(db_url: str) -> Iterator[ClinicServices]:
    services = ClinicServices.open(db_url, Clock())  # the real clock
    services.resources.add_provider("Dr Lind")  # the trail is keyed from its first entry
    yield services
    services.close()


def test_desks_writing_at_once_keep_the_trail_whole(
    clinic: ClinicServices, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    sealed = AuditRecords.sealed
    sealing: list[tuple[float, float]] = []

    def slow_sealed(self: AuditRecords, *args: Any, **kwargs: Any) -> AuditEntry:
        began = time.monotonic()
        time.sleep(SLOW_SEAL)
        entry = sealed(self, *args, **kwargs)
        sealing.append((began, time.monotonic()))
        return entry

    monkeypatch.setattr(AuditRecords, "sealed", slow_sealed)
    before = clinic.store.audit.count()
    results, errors = at_once(clinic, lambda desk, n: desk.resources.add_room(f"Room {n}"), DESKS)
    assert errors == [] and len(results) == DESKS
    entries = list(clinic.store.audit.in_order())
    assert [e.id for e in entries] == list(range(1, before + DESKS + 1))  # consecutive, none lost
    assert sorted(e.entity_id for e in entries[before:]) == sorted(str(r.id) for r in results)
    assert clinic.store.audit.head() == (entries[-1].id, entries[-1].hash)
    verdict = clinic.audit.verify()
    assert verdict.intact and verdict.verified == before + DESKS, verdict.message
    # Each desk sealed once (none had to seal again), and they took turns: the head was held.
    assert len(sealing) == DESKS
    ordered = sorted(sealing)
    assert all(ended <= began for (_, ended), (began, _) in zip(ordered, ordered[1:], strict=False))


def test_the_head_is_taken_last_and_held_one_round_trip(clinic: ClinicServices, backend: str) -> None:
    """A change and its entry: on PostgreSQL the head is read locked (FOR UPDATE) in the last
    statement before the COMMIT, and the entry (the head moved on with it, in one statement) goes
    with the COMMIT, in the same round trip; on SQLite the entry follows the head's conditional
    move, both inside the one writer's transaction."""
    with counting(clinic.store.database) as sent:
        clinic.resources.add_room("Room A")
    calls = [" ".join(sql.split()) for sql in sent.calls]
    if backend == "postgresql":
        prepared = getattr(clinic.store.database, "_preparing", {})  # a prepared statement's own text
        said = [prepared.get(sql.split()[1], sql) if sql.startswith("EXECUTE ") else sql for sql in calls]
        locking = [i for i, sql in enumerate(said) if "FOR UPDATE" in sql]
        assert locking == [len(calls) - 2], sent.describe()  # the head, last
        assert calls[-1].startswith('WITH moved AS (UPDATE "database_info"'), sent.describe()
        assert calls[-1].endswith("; COMMIT"), sent.describe()
        assert sum("database_info" in sql and "UPDATE" in sql for sql in calls) == 1, sent.describe()
    else:
        assert not any("FOR UPDATE" in sql for sql in calls), sent.describe()
        assert calls[-1] == "COMMIT", sent.describe()
        assert calls[-3].startswith('UPDATE "database_info"'), sent.describe()
        assert calls[-2].startswith('INSERT INTO "audit_entry"'), sent.describe()
    assert clinic.audit.verify().intact


def test_an_entry_for_a_held_head_that_moved_after_all_saves_nothing(
    clinic: ClinicServices, backend: str
) -> None:
    """The entry sent with the COMMIT is written only after the head it was sealed against; were
    the head anywhere else (it cannot be while it is held: this is the guard), the statement fails
    and the whole change is rolled back: nothing is ever committed without its entry."""
    if backend != "postgresql":
        with clinic.store.write_transaction():
            clinic.store.audit.keying(lock=True)
            assert audit_records._seen.head[2] is None  # SQLite: its writer holds everything already
        return
    key = clinic.audit_keys.current_key()
    rooms = len(clinic.resources.rooms())
    with pytest.raises(DatabaseError, match="the audit trail moved"), clinic.store.write_transaction():
        clinic.store.rooms.add("Room Z", "procedure")
        clinic.store.audit.keying(lock=True)
        last, _, held_by = audit_records._seen.head
        assert held_by is clinic.store.outermost_transaction()
        audit_records._seen.head = (last, "not-the-head", held_by)
        clinic.store.audit.append(clinic.real_now(), "test", "create", "room", "0", None, None, None, key=key)
    assert len(clinic.resources.rooms()) == rooms
    assert clinic.audit.verify().intact


def test_an_entry_after_a_head_moved_elsewhere_follows_it(
    clinic: ClinicServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The head this desk read went stale (another desk, another thread, wrote after it in
    between): its entry is sealed again against the head as it is, and the chain holds."""
    append_after = AuditRecords._append_after
    tried: list[bool] = []

    def counted(self: AuditRecords, head: tuple[int, str], entry: AuditEntry) -> bool:
        tried.append(append_after(self, head, entry))
        return tried[-1]

    key = clinic.audit_keys.current_key()
    clinic.store.audit.keying()  # this desk reads the head ...
    results, errors = at_once(clinic, lambda desk, n: desk.resources.add_room("Room B"), 1)  # ... moved
    assert errors == [] and len(results) == 1
    monkeypatch.setattr(AuditRecords, "_append_after", counted)
    with clinic.store.write_transaction():  # ... and this desk writes after the head it read
        clinic.store.audit.append(
            clinic.real_now(), "test", "note", "room", "0", None, None, None, key=key
        )  # fmt: skip
    entries = list(clinic.store.audit.in_order())
    assert [e.id for e in entries] == list(range(1, len(entries) + 1))
    assert (entries[-2].entity_id, entries[-1].action) == (str(results[0].id), "note")
    assert tried[0] is False  # the head it read was refused: sealed again after the locked head
    assert clinic.audit.verify().intact


def test_a_head_read_locked_by_a_transaction_that_ended_holds_nothing(clinic: ClinicServices) -> None:
    """The next transaction's entry is not sent unawaited on the word of a lock that has gone: it
    moves the head only if the head is still where it was read (and seals again if not)."""
    key = clinic.audit_keys.current_key()
    with clinic.store.write_transaction():
        clinic.store.audit.keying(lock=True)  # read locked ... and the transaction ends, no entry
    at_once(clinic, lambda desk, n: desk.resources.add_room("Room C"), 1)  # another desk moves it on
    with clinic.store.write_transaction():
        clinic.store.audit.append(clinic.real_now(), "test", "note", "room", "0", None, None, None, key=key)
    entries = list(clinic.store.audit.in_order())
    assert [e.id for e in entries] == list(range(1, len(entries) + 1))
    assert entries[-1].action == "note" and clinic.audit.verify().intact
