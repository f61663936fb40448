"""The migration ladder on a real schema-1 database, and the guards around it."""

import sqlite3
from pathlib import Path

import pytest

from clinic_desktop.domain.errors import SchemaError
from clinic_desktop.services import ClinicServices
from clinic_desktop.store.connection import open_database
from clinic_desktop.store.migrations import SCHEMA_VERSION, current_version, migrate_database, steps

FIXTURE = Path(__file__).parent / "fixtures" / "schema_v1.sql"


def make_v1(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.executescript(FIXTURE.read_text(encoding="utf-8"))
    conn.close()


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        lines = list(conn.iterdump())
    conn.close()
    return lines


def test_every_version_has_a_step() -> None:
    assert set(steps()) == set(range(2, SCHEMA_VERSION + 1))


def test_new_database_is_created_at_the_newest_version(db_path: Path) -> None:
    database, location = open_database(str(db_path))
    result = migrate_database(database, location.path)
    assert (result.from_version, result.to_version, result.backup) == (0, SCHEMA_VERSION, None)
    assert current_version(database) == SCHEMA_VERSION
    assert migrate_database(database, location.path).changed is False
    database.close()


def test_version_1_is_upgraded_keeping_data_and_a_copy(db_path: Path) -> None:
    make_v1(db_path)
    original = db_path.read_bytes()
    services = ClinicServices.open(str(db_path))
    try:
        migration = services.migration
        assert migration is not None and (migration.from_version, migration.to_version) == (1, SCHEMA_VERSION)
        # the copy taken before migrating is the untouched schema-1 database
        assert migration.backup is not None and migration.backup.exists()
        with sqlite3.connect(migration.backup) as copy:
            assert copy.execute("SELECT value FROM database_info").fetchone()[0] == "1"
            columns = [r[1] for r in copy.execute("PRAGMA table_info(provider)")]
            assert "colour" not in columns
        copy.close()
        assert len(original) > 0
        # data survived, new columns have their defaults, the database is sound
        info = services.clinic.info()
        assert info.schema_version == SCHEMA_VERSION
        assert info.timezone == "Europe/Vienna"
        assert info.counts["appointments"] == 1 and info.counts["patients"] == 1
        provider = services.resources.providers()[0]
        assert (provider.name, provider.colour) == ("Dr Lind", "#1f7a8c")
        assert services.resources.types()[0].colour == "#7a8a9c"
        assert services.clinic.check() == []
        # schema 3 added full records and the search index, built on first open
        assert [h.record.mrn for h in services.patients.search("ortega ines")] == ["M0000001"]
        record = services.patients.get(1)
        assert (record.preferred_name, record.external_id, record.anticoagulant) == ("", "", False)
        indexes = {r[1] for r in services.store.database.execute_sql("PRAGMA index_list(provider)")}
        assert "provider_name" in indexes  # the rebuilt table kept its unique index
    finally:
        services.close()


def test_a_newer_database_is_refused_untouched(db_path: Path) -> None:
    make_v1(db_path)
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE database_info SET value = '99'")
    conn.close()
    before = dump(db_path)
    with pytest.raises(SchemaError, match="newer version"):
        ClinicServices.open(str(db_path))
    assert dump(db_path) == before
    assert not list(db_path.parent.glob("*.bak"))


def test_a_foreign_database_is_refused(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE holiday_photos (id INTEGER)")
    conn.close()
    with pytest.raises(SchemaError, match="not a clinic database"):
        ClinicServices.open(str(db_path))


def test_a_failing_step_rolls_back_everything(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_v1(db_path)
    import clinic_desktop.store.migrations as migrations

    def broken(database: object, migrator: object) -> None:
        raise RuntimeError("disk unplugged")

    real = migrations.steps()
    monkeypatch.setattr(migrations, "steps", lambda: {**real, 2: broken})
    database, location = open_database(str(db_path))
    with pytest.raises(RuntimeError):
        migrate_database(database, location.path)
    assert current_version(database) == 1
    database.close()
