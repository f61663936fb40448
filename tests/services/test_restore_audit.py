"""A restore is in the restored database's audit trail from the moment that database is in place:
the entry is written into it before the swap (SQLite: into the checked copy about to be put in
place; PostgreSQL: in the transaction that replaces the tables), so a restore killed right after
the swap is still on the record, and a restore that runs to its end is recorded exactly once.

Both engines, on the real clock."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from clinic_desktop.domain.audit import AuditEntry
from clinic_desktop.services import ClinicServices, Clock
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.store import backup as store_backup
from clinic_desktop.store.migrations import SCHEMA_VERSION

V1_FIXTURE = Path(__file__).resolve().parent.parent / "store" / "fixtures" / "schema_v1.sql"


class Killed(BaseException):
    """The process ends here (as on SIGKILL: nothing after it runs, no except clause catches it)."""


@pytest.fixture
def clinic(db_url: str) -> Iterator[ClinicServices]:
    s = ClinicServices.open(db_url, Clock())
    yield s
    s.close()


def add_patient(s: ClinicServices, n: int) -> None:
    # Its own MRN: PostgreSQL on the real clock would otherwise trip issue 18's temporary MRN.
    s.patients.add(PatientInput("Ines", f"Ortega{n}", "1980-04-02"), mrn=f"M{n:07d}")


def restores(s: ClinicServices) -> list[AuditEntry]:
    return [e for e in s.audit.entries() if e.action == "restore"]


def backup_of(s: ClinicServices, folder: Path) -> Path:
    target = folder / f"backup{s.backup.suffix}"
    s.backup.backup(target)
    return target


def the_swap(kind: str) -> str:
    """The store function whose return means the database in place is the restored one."""
    return "restore_sqlite" if kind == "sqlite" else "restore_postgresql"


def test_a_restore_is_recorded_once_after_the_backups_own_trail(
    clinic: ClinicServices, tmp_path: Path
) -> None:
    s = clinic
    add_patient(s, 1)
    target = backup_of(s, tmp_path)
    trail_in_backup = [(e.id, e.hash) for e in s.audit.entries()]
    add_patient(s, 2)  # after the backup: gone with the restore, and so is its entry

    report = s.backup.restore(target)
    entries = s.audit.entries()
    assert [e.action for e in entries].count("restore") == 1
    newest = entries[0]
    assert newest.action == "restore" and newest.entity == "database" and newest.user == "system"
    assert newest.after == {
        "file": str(target),
        "backup_schema_version": SCHEMA_VERSION,
        "schema_version": SCHEMA_VERSION,
        "previous": report.previous,
    }
    assert [(e.id, e.hash) for e in entries[1:]] == trail_in_backup  # the backup's trail, then this
    assert newest.id == trail_in_backup[0][0] + 1
    assert s.clinic.check() == []


@pytest.mark.parametrize("kill_after", ["the swap", "the upgrade"])
def test_a_restore_killed_right_after_the_swap_is_on_the_record(
    clinic: ClinicServices, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kill_after: str
) -> None:
    s = clinic
    add_patient(s, 1)
    target = backup_of(s, tmp_path)
    add_patient(s, 2)
    if kill_after == "the swap":
        swap: Callable[..., Any] = getattr(store_backup, the_swap(s.backup.kind))

        def swap_then_die(*args: Any, **kwargs: Any) -> Any:
            swap(*args, **kwargs)
            raise Killed

        monkeypatch.setattr(store_backup, the_swap(s.backup.kind), swap_then_die)
    else:  # the database is in place and upgraded; killed before anything else is written

        def die(*_args: Any, **_kwargs: Any) -> None:
            raise Killed

        monkeypatch.setattr(s.patients, "ensure_index", die)
    with pytest.raises(Killed):
        s.backup.restore(target)

    after = ClinicServices.open(db_url, Clock())  # what the next start finds
    try:
        assert after.clinic.info().counts["patients"] == 1  # the restored clinic is in place
        [entry] = restores(after)
        assert entry.after is not None and entry.after["file"] == str(target)
        assert after.clinic.check() == []  # and its trail is whole
    finally:
        after.close()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_an_old_backup_is_upgraded_and_recorded_before_it_is_put_in_place(
    clinic: ClinicServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A backup from before the audit trail (schema 1): the checked copy is upgraded, and gets its
    trail with the restore as its first entry, before it replaces the database in use."""
    old = tmp_path / "schema1.db"
    with sqlite3.connect(old) as connection:
        connection.executescript(V1_FIXTURE.read_text(encoding="utf-8"))
    connection.close()
    swap = store_backup.put_back_sqlite
    seen: list[tuple[int, str]] = []

    def look_then_swap(database: Any, staged: Path) -> None:
        with sqlite3.connect(staged) as copy:  # the copy about to be put in place
            version = copy.execute("SELECT value FROM database_info WHERE key = 'schema_version'").fetchone()
            seen.extend(copy.execute("SELECT id, action FROM audit_entry ORDER BY id").fetchall())
        copy.close()
        assert int(version[0]) == SCHEMA_VERSION
        swap(database, staged)

    monkeypatch.setattr(store_backup, "put_back_sqlite", look_then_swap)
    report = clinic.backup.restore(old)
    assert (report.migrated_from, report.schema_version) == (1, SCHEMA_VERSION)
    assert seen == [(1, "restore")]
    [entry] = restores(clinic)
    assert entry.id == 1 and entry.after is not None and entry.after["backup_schema_version"] == 1
    assert clinic.clinic.check() == []


@pytest.mark.parametrize("backend", ["sqlite"])
def test_other_threads_keep_the_open_clinic_while_the_copy_is_prepared(
    clinic: ClinicServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the restoring thread has the models bound to the copy it prepares, another thread of
    the same process (the window's) reads the clinic in use: the binding is the restoring thread's
    alone. The two meet at a barrier inside the preparation, so the read surely falls in it."""
    import threading

    from clinic_desktop.services import backup as backup_service
    from clinic_desktop.store import models as m

    s = clinic
    add_patient(s, 1)
    target = backup_of(s, tmp_path)
    add_patient(s, 2)
    meeting = threading.Barrier(2, timeout=30)
    seen: dict[str, int] = {}
    upgrade = backup_service.migrate_database

    def upgrade_and_meet(database: Any, *args: Any) -> Any:
        done = upgrade(database, *args)
        if args:  # the database in use, after the swap: nothing to meet for
            return done
        seen["restoring thread"] = m.Patient.select().count()  # the copy: the backup's one patient
        meeting.wait()  # the other thread reads now...
        meeting.wait()  # ...and has read
        return done

    def window_thread() -> None:
        meeting.wait()
        try:
            seen["other thread"] = s.clinic.info().counts["patients"]
        finally:
            s.end_thread()
            meeting.wait()

    monkeypatch.setattr(backup_service, "migrate_database", upgrade_and_meet)
    other = threading.Thread(target=window_thread)
    other.start()
    s.backup.restore(target)
    other.join(30)
    assert seen == {"restoring thread": 1, "other thread": 2}
    assert s.clinic.info().counts["patients"] == 1 and len(restores(s)) == 1
