"""Schema 8: user accounts and the audit trail (the models as they were at this version).

An existing clinic has no accounts yet: the command line's ``init --manager NAME`` (or the window's
first-run dialog) creates the manager before anything else runs (services/users.py)."""

from __future__ import annotations

from peewee import AutoField, BooleanField, CharField, Database, IntegerField, Model, TextField
from playhouse.migrate import SchemaMigrator

from clinic_desktop.store.models import UtcDateTimeField


class _Base(Model):
    class Meta:
        legacy_table_names = False


class _UserAccount(_Base):
    id = AutoField()
    name = CharField(max_length=64, unique=True)
    name_key = CharField(max_length=64, unique=True)
    role = CharField(max_length=16)
    password_hash = TextField()
    active = BooleanField(default=True)
    failed_sign_ins = IntegerField(default=0)
    locked_until = UtcDateTimeField(null=True)
    created_at = UtcDateTimeField()

    class Meta:
        table_name = "user_account"


class _AuditEntry(_Base):
    id = IntegerField(primary_key=True)
    at = UtcDateTimeField(index=True)
    user = CharField(max_length=64, index=True)
    action = CharField(max_length=32)
    entity = CharField(max_length=32)
    entity_id = CharField(max_length=64)
    patient_id = IntegerField(null=True, index=True)
    before = TextField(null=True)
    after = TextField(null=True)
    hash = CharField(max_length=64)

    class Meta:
        table_name = "audit_entry"


def upgrade(database: Database, migrator: SchemaMigrator) -> None:
    with database.bind_ctx([_UserAccount, _AuditEntry]):
        database.create_tables([_UserAccount, _AuditEntry])
