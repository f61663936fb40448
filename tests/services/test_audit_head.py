"""The audit trail's head under several desks writing at once (issue 22, "Short critical sections
on PostgreSQL").

Each entry is sealed against the head read with the key records, without a lock, and one statement
moves the head on only if it is still that one and adds the entry only then (store/audit.py); a
desk whose head was moved by another meanwhile seals its entry again against the head read with its
lock. Sealing is slowed here (it is where the race lives: between reading the head and writing after
it), so that every desk reads the same head before any writes: on PostgreSQL all but one must miss
and seal again, and the trail must still come out whole, its ids consecutive, each entry after the
one before it. SQLite's writers run one at a time (BEGIN IMMEDIATE), so none misses there. The
clinic runs on the real clock (audit times have fractions of a second before they are cut).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from clinic_desktop.domain.audit import AuditEntry
from clinic_desktop.services import ClinicServices, Clock
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
    sealed, append_after = AuditRecords.sealed, AuditRecords._append_after
    misses: list[int] = []

    def slow_sealed(self: AuditRecords, *args: Any, **kwargs: Any) -> AuditEntry:
        time.sleep(SLOW_SEAL)
        return sealed(self, *args, **kwargs)

    def counted(self: AuditRecords, head: tuple[int, str], entry: AuditEntry) -> bool:
        written = append_after(self, head, entry)
        if not written:
            misses.append(entry.id)
        return written

    monkeypatch.setattr(AuditRecords, "sealed", slow_sealed)
    monkeypatch.setattr(AuditRecords, "_append_after", counted)
    before = clinic.store.audit.count()
    results, errors = at_once(clinic, lambda desk, n: desk.resources.add_room(f"Room {n}"), DESKS)
    assert errors == [] and len(results) == DESKS
    entries = list(clinic.store.audit.in_order())
    assert [e.id for e in entries] == list(range(1, before + DESKS + 1))  # consecutive, none lost
    assert sorted(e.entity_id for e in entries[before:]) == sorted(str(r.id) for r in results)
    assert clinic.store.audit.head() == (entries[-1].id, entries[-1].hash)
    verdict = clinic.audit.verify()
    assert verdict.intact and verdict.verified == before + DESKS, verdict.message
    if backend == "postgresql":
        assert len(misses) >= DESKS - 1  # they read one head at once: only one could write after it
    else:
        assert misses == []  # one writer at a time: the head read is always the head


def test_the_heads_lock_is_held_only_until_the_commit(clinic: ClinicServices, backend: str) -> None:
    """A change and its entry: on PostgreSQL the statement that locks the head (moving it on) is
    the last before COMMIT, and no SELECT ... FOR UPDATE is sent; on SQLite the entry follows the
    head's conditional move, both inside the one writer's transaction."""
    with counting(clinic.store.database) as sent:
        clinic.resources.add_room("Room A")
    calls = [" ".join(sql.split()) for sql in sent.calls]
    assert not any("FOR UPDATE" in sql for sql in calls), sent.describe()
    assert calls[-1] == "COMMIT", sent.describe()
    if backend == "postgresql":
        assert calls[-2].startswith('WITH moved AS (UPDATE "database_info"'), sent.describe()
        assert sum("database_info" in sql and "UPDATE" in sql for sql in calls) == 1, sent.describe()
    else:
        assert calls[-3].startswith('UPDATE "database_info"'), sent.describe()
        assert calls[-2].startswith('INSERT INTO "audit_entry"'), sent.describe()
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
