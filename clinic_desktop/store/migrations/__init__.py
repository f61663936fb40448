"""The schema version and the migration ladder.

A new database is created from the models at ``SCHEMA_VERSION``. An older one climbs the ladder one
step at a time (``m0002`` upgrades version 1 to 2, and so on), all steps in one transaction, after a
copy of the file has been taken beside it. A database newer than this software is refused rather
than touched. The steps are modules of this package, so they ship inside the wheel.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from peewee import Database, SqliteDatabase

from clinic_desktop import private_files
from clinic_desktop.domain.errors import SchemaError
from clinic_desktop.domain.words import QT_TR_NOOP
from clinic_desktop.store.models import ALL_MODELS, DatabaseInfo, postgresql_ddl, put

if TYPE_CHECKING:
    from playhouse.migrate import SchemaMigrator

    from clinic_desktop.store.connection import DatabaseLocation

SCHEMA_VERSION = 14
VERSION_KEY = "schema_version"

Step = Callable[[Database, "SchemaMigrator"], None]


@dataclass(frozen=True)
class MigrationResult:
    from_version: int
    to_version: int
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_version != self.to_version


def steps() -> dict[int, Step]:
    """Each module ``mNNNN_*.py`` here upgrades to version NNNN through its ``upgrade``."""
    found: dict[int, Step] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("m") and info.name[1:5].isdigit():
            module: ModuleType = importlib.import_module(f"{__name__}.{info.name}")
            found[int(info.name[1:5])] = module.upgrade
    return found


def current_version(database: Database) -> int:
    """0 for an empty database; the recorded version otherwise."""
    if not database.table_exists(DatabaseInfo._meta.table_name):
        if database.get_tables():
            raise SchemaError(
                QT_TR_NOOP("This file holds a database that is not a clinic database; it was left untouched.")
            )
        return 0
    row = DatabaseInfo.get_or_none(DatabaseInfo.key == VERSION_KEY)
    return int(row.value) if row is not None else 0


def set_version(version: int) -> None:
    put(DatabaseInfo, VERSION_KEY, str(version))


def migrator_for(database: Database) -> SchemaMigrator:
    # Imported here: playhouse's migrator (and the engines' extensions it loads) is needed only
    # when a database is upgraded, not each time one is opened.
    from playhouse.migrate import PostgresqlMigrator, SqliteMigrator

    if isinstance(database, SqliteDatabase):
        return SqliteMigrator(database)
    return PostgresqlMigrator(database)


def migrate_database(
    database: Database, file_path: Path | None = None, location: DatabaseLocation | None = None
) -> MigrationResult:
    """Bring the database to SCHEMA_VERSION: create it when empty, else climb the ladder."""
    version = current_version(database)
    if version > SCHEMA_VERSION:
        raise SchemaError(
            QT_TR_NOOP(
                "This database was written by a newer version of the software (schema "
                "{version}; this version knows up to {known}). Update the software "
                "before opening it."
            ),
            version=version,
            known=SCHEMA_VERSION,
        )
    if version == SCHEMA_VERSION:
        return MigrationResult(version, version, None)
    if version == 0:
        with database.atomic():
            database.create_tables(ALL_MODELS)
            if not isinstance(database, SqliteDatabase):
                create_postgresql_extras(database)
            set_version(SCHEMA_VERSION)
        return MigrationResult(0, SCHEMA_VERSION, None)

    backup = backup_before_migration(database, file_path, version, location)
    ladder = steps()
    missing = [v for v in range(version + 1, SCHEMA_VERSION + 1) if v not in ladder]
    if missing:
        raise SchemaError(
            QT_TR_NOOP("No migration step to schema {schema}; this installation is incomplete."),
            schema=missing[0],
        )
    migrator = migrator_for(database)
    sqlite = isinstance(database, SqliteDatabase)
    if sqlite:
        # SQLite changes a column by rebuilding its table; foreign keys are checked once at the
        # end instead of failing half-way (the pragma only works outside a transaction).
        database.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        with database.atomic():
            for target in range(version + 1, SCHEMA_VERSION + 1):
                ladder[target](database, migrator)
                set_version(target)
            if sqlite and database.execute_sql("PRAGMA foreign_key_check").fetchall():
                raise SchemaError(
                    QT_TR_NOOP("The upgrade would leave rows pointing to missing records; it was undone.")
                )
    finally:
        if sqlite:
            database.execute_sql("PRAGMA foreign_keys = ON")
    return MigrationResult(version, SCHEMA_VERSION, backup)


def create_postgresql_extras(database: Database) -> None:
    """What the models cannot declare, on a new PostgreSQL database (models.postgresql_ddl says why)."""
    extension, *rest = postgresql_ddl()
    try:
        with database.atomic():
            database.execute_sql(extension)
    except Exception as exc:  # the driver's own error: the extension is not installed, or not allowed
        raise SchemaError(
            QT_TR_NOOP(
                "The PostgreSQL server lacks the btree_gist extension that keeps "
                "bookings from overlapping (it ships with PostgreSQL's contrib "
                "modules), or this database's owner may not create it. Ask the "
                "server's administrator to run CREATE EXTENSION btree_gist. ({problem})"
            ),
            problem=str(exc),
        ) from exc
    for statement in rest:
        database.execute_sql(statement)


def backup_before_migration(
    database: Database, file_path: Path | None, version: int, location: DatabaseLocation | None = None
) -> Path | None:
    """A consistent copy, named after the version it holds, before any change: a SQLite file's
    beside it; a PostgreSQL database's (pg_dump) in its backup folder. Without pg_dump the upgrade
    is refused (the refusal says what to install): no upgrade runs without a way back."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    if not isinstance(database, SqliteDatabase):
        if location is None or location.url is None:
            return None
        from clinic_desktop.store.backup import backup_folder, backup_postgresql

        dump = backup_folder(location) / f"schema{version}-{stamp}.dump"
        private_files.make_folder(dump.parent)
        backup_postgresql(database, location.url, dump)
        return dump
    if file_path is None or str(file_path) == ":memory:":
        return None
    target = file_path.with_name(f"{file_path.name}.schema{version}-{stamp}.bak")
    from clinic_desktop.store.backup import copy_sqlite  # here: store.backup imports this package

    return copy_sqlite(database.connection(), target)
