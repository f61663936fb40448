"""Schema 2: providers and appointment types get a display colour for the calendar."""

from __future__ import annotations

from peewee import CharField, Database
from playhouse.migrate import SchemaMigrator, migrate


def upgrade(database: Database, migrator: SchemaMigrator) -> None:
    migrate(
        migrator.add_column("provider", "colour", CharField(max_length=7, default="#1f7a8c")),
        migrator.add_column("appointment_type", "colour", CharField(max_length=7, default="#7a8a9c")),
    )
