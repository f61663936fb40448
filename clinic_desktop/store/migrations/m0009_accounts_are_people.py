"""Schema 9: a provider's user account is one provider record, and a treatment may name the
physician who supervised it (domain/signing.py says why).

- ``user_account.provider_id``: the provider record a provider account is (null for reception and
  managers, and for provider accounts made before this version: the account is told at its next
  sign-in that a manager must link it, and cannot chart until then). A unique index over the
  active accounts' links keeps one provider record to at most one active account, even when two
  managers link at the same moment at two workstations (the second is refused by the database).
- ``treatment.supervised_by_id``: the supervising physician of a nurse injector's treatment, a
  separate field beside the provider who gave it and signed it; null for every earlier treatment.

Plain ALTER TABLE ... ADD COLUMN (nullable, no default) on both engines: SQLite adds such a column
without rebuilding the table, and allows its REFERENCES clause since the default is NULL."""

from __future__ import annotations

from peewee import Database
from playhouse.migrate import SchemaMigrator

#: The unique index over the active accounts' provider links (store/models.py names it too).
ACTIVE_LINK_INDEX = "user_account_active_provider"


#: (table, column): the columns this step adds, each a nullable link to a provider record.
COLUMNS = (("user_account", "provider_id"), ("treatment", "supervised_by_id"))


def upgrade(database: Database, migrator: SchemaMigrator) -> None:
    for table, column in COLUMNS:
        if column in {c.name for c in database.get_columns(table)}:
            continue  # a database made by a build that already had it (the step is safe to repeat)
        database.execute_sql(
            f'ALTER TABLE "{table}" ADD COLUMN "{column}" INTEGER NULL '
            'REFERENCES "provider" ("id") ON DELETE RESTRICT'
        )
    database.execute_sql(
        f'CREATE UNIQUE INDEX IF NOT EXISTS "{ACTIVE_LINK_INDEX}" ON "user_account" ("provider_id") '
        'WHERE "active" AND "provider_id" IS NOT NULL'
    )
