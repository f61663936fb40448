"""Schema 6: the indications each provider treats; an index for each patient's latest treatment per
indication; follow-up plans per patient, the recall list's
contact attempts and snoozes, and the proposals the background refresh keeps (the models as they
were at this version)."""

from __future__ import annotations

from peewee import (
    AutoField,
    CharField,
    Database,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)
from playhouse.migrate import SchemaMigrator


class _Base(Model):
    class Meta:
        legacy_table_names = False


class _Patient(_Base):
    id = AutoField()

    class Meta:
        table_name = "patient"


class _Provider(_Base):
    id = AutoField()

    class Meta:
        table_name = "provider"


class _Room(_Base):
    id = AutoField()

    class Meta:
        table_name = "room"


class _FollowUpPlan(_Base):
    id = AutoField()
    patient = ForeignKeyField(_Patient, on_delete="CASCADE")
    indication = CharField(max_length=32)
    target_days = IntegerField()
    tolerance_days = IntegerField()
    notes = TextField(default="")
    updated_at = DateTimeField()

    class Meta:
        table_name = "follow_up_plan"
        indexes = ((("patient", "indication"), True),)


class _RecallEvent(_Base):
    id = AutoField()
    patient = ForeignKeyField(_Patient, on_delete="CASCADE", index=False)
    indication = CharField(max_length=32)
    kind = CharField(max_length=16)
    until = DateField(null=True)
    note = TextField(default="")
    by = CharField(max_length=80, default="")
    at = DateTimeField()

    class Meta:
        table_name = "recall_event"
        indexes = ((("patient", "indication", "at"), False),)


class _FollowUpProposal(_Base):
    id = AutoField()
    patient = ForeignKeyField(_Patient, on_delete="CASCADE")
    indication = CharField(max_length=32)
    rank = IntegerField()
    start_at = DateTimeField()
    end_at = DateTimeField()
    provider = ForeignKeyField(_Provider, on_delete="CASCADE", index=False)
    room = ForeignKeyField(_Room, null=True, on_delete="CASCADE", index=False)
    type_name = CharField(max_length=80)
    score = IntegerField()
    reasons = TextField()
    computed_at = DateTimeField()

    class Meta:
        table_name = "follow_up_proposal"


NEW_TABLES: list[type[Model]] = [_FollowUpPlan, _RecallEvent, _FollowUpProposal]


def upgrade(database: Database, migrator: SchemaMigrator) -> None:
    database.execute_sql("ALTER TABLE provider ADD COLUMN indications TEXT NOT NULL DEFAULT ''")
    database.execute_sql(
        'CREATE INDEX "treatment_patient_id_indication_performed_on" '
        'ON "treatment" ("patient_id", "indication", "performed_on")'
    )
    with database.bind_ctx([_Patient, _Provider, _Room, *NEW_TABLES]):
        database.create_tables(NEW_TABLES)
