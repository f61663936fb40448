"""Schema 14: personal access tokens for scripts (domain/tokens.py, issue 22).

One new table, ``access_token``: the account it signs in as (deleted with it), the SHA-256 of its
secret, when it was made, when it expires, when it was revoked and last used for a write.
"""

from __future__ import annotations

from peewee import AutoField, CharField, Database, ForeignKeyField, Model
from playhouse.migrate import SchemaMigrator

from clinic_desktop.store.models import UtcDateTimeField


class _Base(Model):
    class Meta:
        legacy_table_names = False


class _UserAccount(_Base):
    id = AutoField()

    class Meta:
        table_name = "user_account"


class _AccessToken(_Base):
    id = AutoField()
    user = ForeignKeyField(_UserAccount, on_delete="CASCADE", backref="+")
    digest = CharField(max_length=64)
    created_at = UtcDateTimeField()
    expires_at = UtcDateTimeField()
    revoked_at = UtcDateTimeField(null=True)
    last_used_at = UtcDateTimeField(null=True)

    class Meta:
        table_name = "access_token"


def upgrade(database: Database, migrator: SchemaMigrator) -> None:
    with database.bind_ctx([_UserAccount, _AccessToken]):
        database.create_tables([_AccessToken])  # IF NOT EXISTS: safe to repeat
