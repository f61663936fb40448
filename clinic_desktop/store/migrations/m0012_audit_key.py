"""Schema 12: an audit trail that cannot be silently rewritten (issue 18).

Each account counts its password changes (compared, with its role and switch, with its last
audited change), and the trail is indexed by entity and id (signing in reads the account's last
audited change). The trail's key is not made here: the first change saved after the upgrade makes
it (services/audit.py), so that the key is made where someone works, never by a migration run
with nobody signed in."""

from __future__ import annotations

from peewee import Database
from playhouse.migrate import SchemaMigrator


def upgrade(database: Database, migrator: SchemaMigrator) -> None:
    # Plain SQL on both engines: SQLite adds the column without rebuilding the table. Each change
    # is skipped where it is already there (a database that has it but whose recorded version is
    # older, as the migration tests make), like schema 8's CREATE TABLE IF NOT EXISTS.
    if "password_changes" not in {c.name for c in database.get_columns("user_account")}:
        database.execute_sql(
            "ALTER TABLE user_account ADD COLUMN password_changes INTEGER NOT NULL DEFAULT 0"
        )
    database.execute_sql(
        'CREATE INDEX IF NOT EXISTS "audit_entry_entity_entity_id" ON "audit_entry" ("entity", "entity_id")'
    )
