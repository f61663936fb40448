"""Schema 4: the calendar's resources in time: weekly templates with date ranges, extra sessions,
providers' time off, clinic closures; appointments remember their series and any override reason,
and when the patient arrived, was roomed and was done; the waiting list."""

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


class _Provider(Model):
    id = AutoField()

    class Meta:
        table_name = "provider"


class _TimeOff(Model):
    id = AutoField()
    provider = ForeignKeyField(_Provider, on_delete="CASCADE")
    start_date = DateField()
    end_date = DateField()
    reason = CharField(max_length=200, default="")

    class Meta:
        table_name = "time_off"


class _ClinicClosure(Model):
    id = AutoField()
    start_date = DateField()
    end_date = DateField()
    reason = CharField(max_length=200, default="")

    class Meta:
        table_name = "clinic_closure"


class _ExtraSession(Model):
    id = AutoField()
    provider = ForeignKeyField(_Provider, on_delete="CASCADE")
    day = DateField()
    start_minute = IntegerField()
    end_minute = IntegerField()

    class Meta:
        table_name = "extra_session"


class _Patient(Model):
    id = AutoField()

    class Meta:
        table_name = "patient"


class _AppointmentType(Model):
    id = AutoField()

    class Meta:
        table_name = "appointment_type"


class _Waitlist(Model):
    id = AutoField()
    patient = ForeignKeyField(_Patient, on_delete="CASCADE")
    provider = ForeignKeyField(_Provider, null=True, on_delete="CASCADE")
    appointment_type = ForeignKeyField(_AppointmentType, null=True, on_delete="SET NULL")
    earliest = DateField()
    latest = DateField(null=True)
    note = TextField(default="")
    created_at = DateTimeField()
    resolved_at = DateTimeField(null=True, index=True)

    class Meta:
        table_name = "waitlist"


NEW_TABLES = [_TimeOff, _ClinicClosure, _ExtraSession, _Waitlist]


def upgrade(database: Database, migrator: SchemaMigrator) -> None:
    database.execute_sql("ALTER TABLE working_hours ADD COLUMN effective_from DATE")
    database.execute_sql("ALTER TABLE working_hours ADD COLUMN effective_to DATE")
    database.execute_sql("ALTER TABLE appointment ADD COLUMN series_id INTEGER")
    database.execute_sql("ALTER TABLE appointment ADD COLUMN override_reason TEXT NOT NULL DEFAULT ''")
    for column in ("arrived_at", "roomed_at", "completed_at"):
        database.execute_sql(f"ALTER TABLE appointment ADD COLUMN {column} TIMESTAMP")
    database.execute_sql('CREATE INDEX "appointment_series_id" ON "appointment" ("series_id")')
    with database.bind_ctx(NEW_TABLES):
        database.create_tables(NEW_TABLES)
