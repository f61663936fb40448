"""The migration ladder on a real schema-1 database, and the guards around it."""

import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.errors import ConflictError, SchemaError
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.demo import PATIENT_FIELDS
from clinic_desktop.store import models as m
from clinic_desktop.store.backup import archive_version, backup_folder
from clinic_desktop.store.connection import open_database
from clinic_desktop.store.migrations import (
    SCHEMA_VERSION,
    VERSION_KEY,
    current_version,
    migrate_database,
    steps,
)
from tests.conftest import NewDatabase

T0 = datetime(2026, 11, 3, 14, 0, tzinfo=UTC)

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


# --- PostgreSQL: the same ladder, and the step that lets the database refuse a double booking ---

PG_FIXTURE = Path(__file__).parent / "fixtures" / "schema_v1_postgresql.sql"
EXCLUSIONS = (
    "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
    " WHERE conrelid = 'appointment'::regclass AND contype = 'x' ORDER BY conname"
)


TOKEN_COLLATION = (
    "SELECT collation_name FROM information_schema.columns"
    " WHERE table_name = 'patient_token' AND column_name = 'token'"
)


def exclusions(services: ClinicServices) -> list[tuple[str, str]]:
    return [(str(a), str(b)) for a, b in services.store.database.execute_sql(EXCLUSIONS).fetchall()]


def token_collation(services: ClinicServices) -> str | None:
    found = services.store.database.execute_sql(TOKEN_COLLATION).fetchone()[0]
    return str(found) if found is not None else None


def as_of_schema_6(location: str, fill: Callable[[ClinicServices], None] = lambda s: None) -> None:
    """A PostgreSQL database as schema 6 left it (no exclusion constraints yet), filled by ``fill``."""
    services = ClinicServices.open(location)
    for name in (m.PROVIDER_OVERLAP, m.ROOM_OVERLAP):
        services.store.database.execute_sql(f'ALTER TABLE appointment DROP CONSTRAINT "{name}"')
    services.store.database.execute_sql(
        'ALTER TABLE patient_token ALTER COLUMN token TYPE VARCHAR(96) COLLATE "default"'
    )
    fill(services)
    services.store.set_info_value(VERSION_KEY, "6")
    services.close()


@pytest.mark.parametrize("backend", ["postgresql"])
def test_version_1_is_upgraded_on_postgresql_too(new_database: NewDatabase) -> None:
    location = new_database("v1", empty=True)
    database, _ = open_database(location)
    database.execute_sql(PG_FIXTURE.read_text(encoding="utf-8"))
    database.close()
    services = ClinicServices.open(location)
    try:
        migration = services.migration
        assert migration is not None and (migration.from_version, migration.to_version) == (1, SCHEMA_VERSION)
        # Before the upgrade, a pg_dump of the database as it was, in its backup folder.
        assert migration.backup is not None and migration.backup.name.startswith("schema1-")
        assert migration.backup.parent == backup_folder(services.store.location)
        assert archive_version(migration.backup) == 1
        info = services.clinic.info()
        assert (info.schema_version, info.timezone) == (SCHEMA_VERSION, "Europe/Vienna")
        assert info.counts["appointments"] == 1 and info.counts["patients"] == 1
        provider = services.resources.providers()[0]
        assert (provider.name, provider.colour, provider.active) == ("Dr Lind", "#1f7a8c", True)
        assert services.clinic.check() == []
        assert [h.record.mrn for h in services.patients.search("ortega ines")] == ["M0000001"]
        record = services.patients.get(1)
        assert (record.preferred_name, record.external_id, record.anticoagulant) == ("", "", False)
        assert [name for name, _ in exclusions(services)] == [m.PROVIDER_OVERLAP, m.ROOM_OVERLAP]
        assert token_collation(services) == "C"
    finally:
        services.close()


@pytest.mark.parametrize("backend", ["postgresql"])
def test_schema_7_gives_a_migrated_database_the_constraints_of_a_new_one(new_database: NewDatabase) -> None:
    new = ClinicServices.open(new_database("new"))
    expected = exclusions(new)
    assert token_collation(new) == "C"
    new.close()
    assert [name for name, _ in expected] == [m.PROVIDER_OVERLAP, m.ROOM_OVERLAP]
    assert "'cancelled'" not in expected[0][1] and "'no_show'" in expected[0][1]
    location = new_database("old")
    as_of_schema_6(location)
    old = ClinicServices.open(location)
    try:
        assert old.migration is not None and (old.migration.from_version, old.migration.to_version) == (
            6,
            SCHEMA_VERSION,
        )
        assert exclusions(old) == expected
        assert token_collation(old) == "C"
    finally:
        old.close()


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_database_holding_a_double_booking_is_not_upgraded(new_database: NewDatabase) -> None:
    def two_overlapping_bookings(services: ClinicServices) -> None:
        provider = services.resources.add_provider("Dr Lind")
        kind = services.resources.add_type("Review", 30)
        services.store.bulk.insert("patient", PATIENT_FIELDS, [(1, "M0000001", "Ines", "Ortega",
                                   date(1980, 4, 2), "female", "", "", "active", T0, T0)])  # fmt: skip
        rows = [(1, provider.id, kind.id, T0 + timedelta(minutes=m), T0 + timedelta(minutes=m + 30), T0)
                for m in (0, 15)]  # fmt: skip
        fields = ("id", "patient", "provider", "appointment_type", "start_at", "end_at", "created_at")
        services.store.bulk.insert("appointment", fields, [(i, *row) for i, row in enumerate(rows, 1)])

    location = new_database("old")
    as_of_schema_6(location, two_overlapping_bookings)
    with pytest.raises(SchemaError, match=r"double-book the same provider \(appointment 2 and an earlier"):
        ClinicServices.open(location)
    database, _ = open_database(location)
    assert current_version(database) == 6
    database.close()


def test_the_frozen_step_holds_time_for_the_statuses_the_domain_says() -> None:
    from clinic_desktop.store.migrations import m0007_no_double_booking as step

    assert set(step.OCCUPYING) == {s.value for s in AppointmentStatus if s.occupies_time}
    assert (step.PROVIDER_CONSTRAINT, step.ROOM_CONSTRAINT) == (m.PROVIDER_OVERLAP, m.ROOM_OVERLAP)


def test_schema_9_links_accounts_to_providers_and_keeps_older_provider_accounts_unlinked(
    new_database: NewDatabase, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A schema-8 clinic (climbed from schema 1 to 8) with a provider account: schema 9 adds the
    link (null: a manager links it, services/users.py), 'supervised by' on treatments, and the
    database's own refusal of a second active account for one provider record."""
    import clinic_desktop.store.migrations as ladder

    location = new_database("v1", empty=True)
    if backend == "sqlite":
        make_v1(Path(location))
    else:
        database, _ = open_database(location)
        database.execute_sql(PG_FIXTURE.read_text(encoding="utf-8"))
        database.close()
    monkeypatch.setattr(ladder, "SCHEMA_VERSION", 8)
    services = ClinicServices.open(location)
    database = services.store.database
    assert current_version(database) == 8
    database.execute_sql(
        "INSERT INTO user_account (name, name_key, role, password_hash, active, failed_sign_ins, created_at) "
        f"VALUES ('lind', 'lind', 'provider', 'x', {'TRUE' if backend != 'sqlite' else 1}, 0, '2026-01-01')"
    )
    services.close()
    monkeypatch.undo()
    upgraded = ClinicServices.open(location)
    try:
        assert upgraded.migration is not None and upgraded.migration.from_version == 8
        assert current_version(upgraded.store.database) == SCHEMA_VERSION
        (account,) = upgraded.store.users.list()
        assert (account.name, account.provider_id) == ("lind", None)  # asked at the next sign-in
        assert {c.name for c in upgraded.store.database.get_columns("treatment")} >= {"supervised_by_id"}
        upgraded.store.users.update(account.id, provider=1)
        assert upgraded.store.users.get(account.id).provider_id == 1
        with upgraded.store.write_transaction():  # the index refuses a second active link itself
            upgraded.store.users.add("other", Role.PROVIDER, "x", T0)
        other = upgraded.store.users.by_name("other")
        assert other is not None
        refused = pytest.raises(ConflictError, match="one provider is at most one active account")
        with refused, upgraded.store.write_transaction():
            upgraded.store.users.update(other[0].id, provider=1)
        assert upgraded.store.users.get(account.id).provider_id == 1
    finally:
        upgraded.close()
