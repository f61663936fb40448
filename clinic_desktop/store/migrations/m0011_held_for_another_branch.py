"""Schema 11: no change in this branch. The number is another branch's (merged first); this step
keeps the ladder whole here and is removed when the branches meet (messages then take the next
number)."""

from __future__ import annotations

from peewee import Database
from playhouse.migrate import SchemaMigrator


def upgrade(database: Database, migrator: SchemaMigrator) -> None:
    """Nothing to change."""
