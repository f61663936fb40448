"""The database and the copies the store makes of it are readable by their owner only, under the
usual umask 022: a new SQLite file and its -wal and -shm, an older too-open file and its side files
(made owner-only on opening), the folders made for it, and the copy taken before an upgrade (a
SQLite file beside the database; a pg_dump archive in the backup folder), owner-only from the
moment the temporary file it is written into exists."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from clinic_desktop import private_files
from clinic_desktop.services import ClinicServices
from clinic_desktop.store.backup import backup_folder
from clinic_desktop.store.connection import open_database
from clinic_desktop.store.migrations import migrate_database
from tests.conftest import NewDatabase
from tests.owner_only import (  # noqa: F401
    assert_owner_only,
    assert_private_folders,
    mode,
    partials,
    umask_022,
)

pytestmark = pytest.mark.usefixtures("umask_022")

FIXTURES = Path(__file__).parent / "fixtures"


def side_files(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]


def test_a_new_database_its_side_files_and_its_folders_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "clinic" / "data" / "clinic.db"
    database, location = open_database(str(path))
    try:
        migrate_database(database, location.path)
        assert all(p.exists() for p in side_files(path))  # WAL, while it is open
        assert_owner_only(path, *side_files(path))
        assert_private_folders(tmp_path / "clinic", tmp_path / "clinic" / "data")
    finally:
        database.close()


def test_a_database_left_readable_by_an_older_version_is_made_owner_only_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "clinic.db"
    older = sqlite3.connect(path)  # as SQLite makes it under umask 022: 0644, and its side files
    with closing(older):
        older.execute("PRAGMA journal_mode = wal")
        older.execute("CREATE TABLE note (text TEXT)")
        older.execute("INSERT INTO note VALUES ('kept')")
        older.commit()
        assert [mode(p) for p in (path, *side_files(path))] == [0o644, 0o644, 0o644]
        database, _ = open_database(str(path))
        try:
            assert database.execute_sql("SELECT text FROM note").fetchone()[0] == "kept"
            assert_owner_only(path, *side_files(path))
        finally:
            database.close()


@pytest.fixture
def temporary_modes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The mode of every temporary file a copy is written into: when it is made, and when the
    writer (SQLite's backup, pg_dump) has finished with it, just before it is renamed."""
    seen: list[int] = []
    real = private_files.replacing

    @contextmanager
    def spy(target: str | Path) -> Iterator[Path]:
        with real(target) as temporary:
            seen.append(mode(temporary))
            yield temporary
            assert temporary.stat().st_size > 0
            seen.append(mode(temporary))

    monkeypatch.setattr(private_files, "replacing", spy)
    return seen


def make_v1(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.executescript((FIXTURES / "schema_v1.sql").read_text(encoding="utf-8"))


def test_the_copy_before_an_upgrade_is_owner_only_sqlite(tmp_path: Path, temporary_modes: list[int]) -> None:
    path = tmp_path / "clinic.db"
    make_v1(path)
    services = ClinicServices.open(str(path))
    try:
        migration = services.migration
        assert migration is not None and migration.backup is not None
        assert migration.backup.parent == tmp_path and migration.backup.name.startswith("clinic.db.schema1-")
        assert_owner_only(path, migration.backup)
        assert temporary_modes == [0o600, 0o600]
        assert partials(tmp_path) == []
    finally:
        services.close()


@pytest.mark.parametrize("backend", ["postgresql"])
def test_the_copy_before_an_upgrade_is_owner_only_postgresql(
    new_database: NewDatabase, temporary_modes: list[int]
) -> None:
    location = new_database("v1", empty=True)
    database, _ = open_database(location)
    database.execute_sql((FIXTURES / "schema_v1_postgresql.sql").read_text(encoding="utf-8"))
    database.close()
    services = ClinicServices.open(location)
    try:
        migration = services.migration
        assert migration is not None and migration.backup is not None
        folder = backup_folder(services.store.location)
        assert migration.backup.parent == folder
        assert_owner_only(migration.backup)
        # The folders made for it, from the user's data folder down (the tests' own XDG_DATA_HOME).
        assert_private_folders(folder, folder.parent, folder.parent.parent)
        assert temporary_modes == [0o600, 0o600]  # pg_dump wrote into it and kept its mode
    finally:
        services.close()
