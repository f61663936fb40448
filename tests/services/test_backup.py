"""Backups that restore: checked copies taken while in use, restores that check first and keep the
current database, older backups migrated, automatic daily backups with retention.

The tests without a ``backend`` mark run on SQLite and on PostgreSQL (tests/services/conftest.py);
those about SQLite files (damage, an old schema's file, other connections) on SQLite only.
"""

from __future__ import annotations

import sqlite3
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from clinic_desktop.domain.backups import RetentionPolicy, parse_backup_name
from clinic_desktop.domain.errors import SchemaError, ValidationError
from clinic_desktop.services import ClinicServices, Clock
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.store.migrations import SCHEMA_VERSION
from tests.conftest import FIXED_NOW

V1_FIXTURE = Path(__file__).resolve().parent.parent / "store" / "fixtures" / "schema_v1.sql"
only_sqlite = pytest.mark.parametrize("backend", ["sqlite"])
only_postgresql = pytest.mark.parametrize("backend", ["postgresql"])


def backup_file(services: ClinicServices, folder: Path, name: str = "backup") -> Path:
    return folder / f"{name}{services.backup.suffix}"


def counts(services: ClinicServices) -> dict[str, int]:
    return services.clinic.info().counts


def kept_files(services: ClinicServices) -> list[Path]:
    """Where a restore keeps the database it replaces: beside a SQLite file, or a PostgreSQL dump
    in the backup folder."""
    location = services.store.location
    if location.kind == "sqlite":
        assert location.path is not None
        return sorted(location.path.parent.glob(f"{location.path.stem}-before-restore-*"))
    folder = services.backup.folder()
    return sorted(folder.glob("before-restore-*")) if folder.is_dir() else []


def add_patient(services: ClinicServices, given: str = "Restore", family: str = "Probe") -> int:
    return services.patients.add(PatientInput(given, family, "1980-04-02")).record.id


# --- both engines -------------------------------------------------------------------------------


def test_a_backup_is_checked_and_says_what_it_holds(demo_services: ClinicServices, tmp_path: Path) -> None:
    target = backup_file(demo_services, tmp_path)
    report = demo_services.backup.backup(target)
    assert report.file == str(target) and target.is_file()
    assert report.size == target.stat().st_size > 0
    assert report.schema_version == SCHEMA_VERSION
    assert report.counts == counts(demo_services) and report.counts["patients"] == 300
    checked = demo_services.backup.verify(target)
    assert checked.schema_version == SCHEMA_VERSION
    if demo_services.backup.kind == "sqlite":
        assert checked.counts == report.counts
        header = target.read_bytes()[:20]
        assert header[18:20] == b"\x01\x01"  # a single self-contained file, not WAL
        assert not target.with_name(target.name + "-wal").exists()
    # no temporary file is left beside it
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_restore_gives_back_the_backup_and_keeps_the_database_it_replaces(
    demo_services: ClinicServices, tmp_path: Path
) -> None:
    s = demo_services
    target = backup_file(s, tmp_path)
    before = s.backup.backup(target).counts
    late = add_patient(s)
    assert counts(s)["patients"] == before["patients"] + 1

    report = s.backup.restore(target)
    assert (report.schema_version, report.migrated_from, report.created) == (
        SCHEMA_VERSION,
        SCHEMA_VERSION,
        False,
    )
    assert report.counts == before == counts(s)
    assert s.clinic.check() == []
    assert [h.record.id for h in s.patients.search("restore probe")] == []  # the index is the backup's
    kept = kept_files(s)
    assert report.previous is not None and [str(p) for p in kept] == [report.previous]

    # ...and the kept database undoes the restore
    s.backup.restore(report.previous)
    assert counts(s)["patients"] == before["patients"] + 1
    assert [h.record.id for h in s.patients.search("restore probe")] == [late]


def test_a_backup_of_a_newer_version_is_refused_and_nothing_changes(
    services: ClinicServices, tmp_path: Path
) -> None:
    add_patient(services)
    target = backup_file(services, tmp_path, "newer")
    if services.backup.kind == "sqlite":
        services.backup.backup(target)
        with sqlite3.connect(target) as newer:
            newer.execute("UPDATE database_info SET value = '99' WHERE key = 'schema_version'")
        newer.close()
    else:  # a dump of a database that a newer version wrote
        with services.store.write_transaction():
            services.store.set_info_value("schema_version", "99")
        url = services.store.location.url
        assert url is not None
        subprocess.run(["pg_dump", "-Fc", f"--file={target}", f"--dbname={url}"], check=True)
        with services.store.write_transaction():
            services.store.set_info_value("schema_version", str(SCHEMA_VERSION))
    add_patient(services, "After", "Backup")
    with pytest.raises(SchemaError, match="newer version of the software \\(schema 99"):
        services.backup.restore(target)
    assert counts(services)["patients"] == 2
    assert kept_files(services) == []


def test_files_that_are_not_backups_of_this_clinic_are_refused(
    services: ClinicServices, tmp_path: Path
) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a database\n", encoding="utf-8")
    backups = services.backup
    with pytest.raises(ValidationError, match="not a"):
        backups.restore(text)
    with pytest.raises(ValidationError, match="There is no file"):
        backups.restore(tmp_path / "missing.db")
    if backups.kind == "sqlite":
        other = tmp_path / "other.db"
        with sqlite3.connect(other) as connection:
            connection.execute("CREATE TABLE t (x)")
        connection.close()
        with pytest.raises(ValidationError, match="not a clinic database"):
            backups.restore(other)
        dump = tmp_path / "clinic.dump"
        dump.write_bytes(b"PGDMP" + bytes(200))
        with pytest.raises(
            ValidationError, match="is a PostgreSQL backup; this clinic database is a SQLite file"
        ):
            backups.restore(dump)
    else:
        sqlite_file = tmp_path / "clinic.db"
        sqlite_file.write_bytes(b"SQLite format 3\x00" + bytes(100))
        with pytest.raises(ValidationError, match="this clinic is on PostgreSQL"):
            backups.restore(sqlite_file)
    assert kept_files(services) == []
    assert services.clinic.check() == []


def test_restore_onto_a_database_this_run_created_keeps_nothing(
    demo_services: ClinicServices,
    new_database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    target = backup_file(demo_services, tmp_path)
    expected = demo_services.backup.backup(target).counts
    fresh = ClinicServices.open(new_database("fresh", empty=True), Clock(FIXED_NOW))
    try:
        assert fresh.migration is not None and fresh.migration.from_version == 0
        report = fresh.backup.restore(target)
        assert (report.created, report.previous) == (True, None)
        assert counts(fresh) == expected
        assert fresh.clinic.check() == []
        assert kept_files(fresh) == []
    finally:
        fresh.close()


def test_a_restore_that_cannot_be_upgraded_puts_the_previous_database_back(
    services: ClinicServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backend: str
) -> None:
    target = backup_file(services, tmp_path)
    services.backup.backup(target)
    add_patient(services)

    def broken(*_args: object) -> None:
        raise SchemaError("step 7 failed")

    monkeypatch.setattr("clinic_desktop.services.backup.migrate_database", broken)
    # SQLite upgrades the checked copy before it is put in place; PostgreSQL after, and undoes it.
    undone = (
        "the database in use was not replaced" if backend == "sqlite" else "previous database was put back"
    )
    with pytest.raises(SchemaError, match=f"could not be upgraded .*step 7 failed.*{undone}"):
        services.backup.restore(target)
    if backend == "sqlite":
        assert kept_files(services) == []  # refused before anything was kept or replaced
    assert counts(services)["patients"] == 1
    assert services.clinic.check() == []


def test_automatic_backups_daily_with_retention(services: ClinicServices) -> None:
    backups = services.backup
    backups.policy = RetentionPolicy(daily=3, weekly=2, monthly=1)
    start = FIXED_NOW
    taken = []
    for day in range(10):
        now = start + timedelta(days=day)
        report = backups.auto_backup_if_due(now)
        assert report is not None and report.automatic
        assert backups.auto_backup_if_due(now + timedelta(hours=23)) is None  # not due again that day
        taken.append(services.time.to_local(now).replace(tzinfo=None, second=0, microsecond=0))
    names = sorted(p.name for p in backups.folder().iterdir())
    left = sorted(t for t in (parse_backup_name(n) for n in names) if t is not None)
    assert left == sorted(backups.policy.keep(taken))
    assert len(left) < 10 and left[-1] == taken[-1]
    assert [e.taken_at for e in backups.backups()] == sorted(
        (e.taken_at for e in backups.backups()), reverse=True
    )
    # the newest one restores
    assert backups.verify(backups.backups()[0].path).schema_version == SCHEMA_VERSION


def test_other_files_in_the_backup_folder_are_left_alone(services: ClinicServices) -> None:
    folder = services.backup.folder()
    folder.mkdir(parents=True)
    mine = folder / f"before-the-upgrade{services.backup.suffix}"
    mine.write_bytes(b"x")
    services.backup.policy = RetentionPolicy(daily=1, weekly=0, monthly=0)
    for day in range(3):
        services.backup.auto_backup_if_due(FIXED_NOW + timedelta(days=day))
    assert mine.exists()
    assert len(services.backup.backups()) == 1


# --- SQLite files -------------------------------------------------------------------------------


@only_sqlite
def test_a_damaged_file_is_refused_before_anything_is_replaced(
    services: ClinicServices, tmp_path: Path
) -> None:
    for n in range(40):
        add_patient(services, f"Given{n}", f"Family{n}")
    target = services.backup.backup(tmp_path / "good.db").file
    with sqlite3.connect(target) as good:
        page = good.execute("PRAGMA page_size").fetchone()[0]
        root = good.execute("SELECT rootpage FROM sqlite_master WHERE name = 'patient'").fetchone()[0]
    good.close()
    damaged = tmp_path / "damaged.db"
    data = bytearray(Path(target).read_bytes())
    start = (root - 1) * page + 8  # scribble over the patient table's page, after its header
    data[start : start + 800] = b"\xff" * 800
    damaged.write_bytes(bytes(data))
    with pytest.raises(ValidationError, match="damaged|cannot be read"):
        services.backup.restore(damaged)
    assert counts(services)["patients"] == 40
    assert kept_files(services) == []
    assert [p for p in tmp_path.iterdir() if p.name.endswith(".restoring")] == []


@only_sqlite
def test_an_old_schema_backup_is_migrated_as_on_open(services: ClinicServices, tmp_path: Path) -> None:
    old = tmp_path / "schema1.db"
    with sqlite3.connect(old) as connection:
        connection.executescript(V1_FIXTURE.read_text(encoding="utf-8"))
    connection.close()
    original = old.read_bytes()
    report = services.backup.restore(old)
    assert (report.migrated_from, report.schema_version) == (1, SCHEMA_VERSION)
    assert services.clinic.info().schema_version == SCHEMA_VERSION
    assert services.clinic.check() == []
    assert [h.record.mrn for h in services.patients.search("ortega ines")] == ["M0000001"]
    assert services.time.timezone == "Europe/Vienna"  # the restored settings, not cached ones
    assert old.read_bytes() == original  # the backup itself is never changed


@only_sqlite
def test_other_connections_see_the_restored_clinic_and_keep_writing_to_it(
    services: ClinicServices, db_path: Path, tmp_path: Path
) -> None:
    """Another workstation's connection, open across the restore, reads and writes the restored
    database. (One process binds the models to the database it opened last, so the workstation
    that restores, and records the restore in the audit trail, is opened after the other one; the
    other's own connection is used through raw SQL.)"""
    target = services.backup.backup(tmp_path / "empty-clinic.db").file
    other = ClinicServices.open(str(db_path), Clock(FIXED_NOW))  # another workstation
    restorer = ClinicServices.open(str(db_path), Clock(FIXED_NOW))  # this one
    try:
        add_patient(restorer, "Gone", "Soon")
        connection = other.store.database

        def patients_seen_by_other() -> int:
            return int(connection.execute_sql("SELECT COUNT(*) FROM patient").fetchone()[0])

        assert patients_seen_by_other() == 1
        restorer.backup.restore(target)
        assert patients_seen_by_other() == 0
        # written into the restored database, not a lost file
        connection.execute_sql("INSERT INTO database_info (key, value) VALUES ('probe', 'after restore')")
        assert restorer.store.info_value("probe") == "after restore"
        add_patient(restorer, "After", "Restore")
        assert patients_seen_by_other() == 1
        assert restorer.clinic.check() == []
    finally:
        restorer.close()
        other.close()


@only_sqlite
def test_a_backup_does_not_wait_for_nor_copy_an_open_write(
    services: ClinicServices, db_path: Path, tmp_path: Path
) -> None:
    add_patient(services, "Committed", "Before")
    writer = sqlite3.connect(db_path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE patient SET given_name = 'Uncommitted'")
        report = services.backup.backup(tmp_path / "during.db")
        writer.execute("COMMIT")
    finally:
        writer.close()
    with sqlite3.connect(report.file) as copy:
        assert copy.execute("SELECT given_name FROM patient").fetchall() == [("Committed",)]
    copy.close()


@only_sqlite
def test_the_database_in_use_is_neither_overwritten_nor_restored_from(
    services: ClinicServices, db_path: Path
) -> None:
    with pytest.raises(ValidationError, match="is the database in use"):
        services.backup.backup(db_path)
    with pytest.raises(ValidationError, match="is the database in use"):
        services.backup.restore(db_path)
    with pytest.raises(ValidationError, match="does not exist"):
        services.backup.backup(db_path.parent / "no-such-folder" / "b.db")


@only_sqlite
def test_migration_backups_use_the_same_checked_copy(services: ClinicServices, tmp_path: Path) -> None:
    old = tmp_path / "upgrade-me.db"
    with sqlite3.connect(old) as connection:
        connection.executescript(V1_FIXTURE.read_text(encoding="utf-8"))
    connection.close()
    opened = ClinicServices.open(str(old))
    try:
        migration = opened.migration
        assert migration is not None and migration.backup is not None
        assert migration.backup.read_bytes()[18:20] == b"\x01\x01"  # copy_sqlite: one file
    finally:
        opened.close()
    assert services.backup.verify(migration.backup).schema_version == 1


# --- PostgreSQL tools -----------------------------------------------------------------------------


@only_postgresql
def test_without_pg_dump_the_backup_says_what_to_install(
    services: ClinicServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("shutil.which", lambda _name: None)
    with pytest.raises(SchemaError, match="pg_dump was not found .* Install the PostgreSQL client tools"):
        services.backup.backup(tmp_path / "b.dump")
    assert list(tmp_path.iterdir()) == []
