"""The schema at its newest version, as peewee models bound to a DatabaseProxy.

The proxy is initialised once by ``open_database``; nothing here assumes SQLite, so PostgreSQL
runs the same models. Instants are stored as UTC without a zone (``UtcDateTimeField``), at whole
seconds so that text comparison in SQLite orders them correctly.

Changing a model means adding a migration step in ``store/migrations`` and raising
``SCHEMA_VERSION`` there.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

db = DatabaseProxy()


class UtcDateTimeField(DateTimeField):
    """An aware UTC instant in, an aware UTC instant out; naive UTC at rest."""

    def db_value(self, value: Any) -> Any:
        if isinstance(value, datetime):
            if value.tzinfo is None:
                raise ValueError("refusing to store a naive datetime as an instant")
            value = value.astimezone(UTC).replace(tzinfo=None, microsecond=0)
        return super().db_value(value)

    def python_value(self, value: Any) -> Any:
        parsed = super().python_value(value)
        if isinstance(parsed, datetime) and parsed.tzinfo is None:
            return parsed.replace(tzinfo=UTC)
        return parsed


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class DatabaseInfo(BaseModel):
    """Internal facts about the database itself, such as its schema version."""

    key = CharField(primary_key=True, max_length=64)
    value = TextField()

    class Meta:
        table_name = "database_info"


class Setting(BaseModel):
    """Clinic settings as key/value pairs (time zone, country, subdivision, name)."""

    key = CharField(primary_key=True, max_length=64)
    value = TextField()


class Provider(BaseModel):
    id = AutoField()
    name = CharField(max_length=120, unique=True)
    credentials = CharField(max_length=60, default="")
    colour = CharField(max_length=7, default="#1f7a8c")
    active = BooleanField(default=True)


class Room(BaseModel):
    id = AutoField()
    name = CharField(max_length=120, unique=True)
    kind = CharField(max_length=32, default="exam")


class AppointmentType(BaseModel):
    id = AutoField()
    name = CharField(max_length=120, unique=True)
    minutes = IntegerField()
    room_kind = CharField(max_length=32, null=True)
    indication = CharField(max_length=40, null=True)
    colour = CharField(max_length=7, default="#7a8a9c")
    is_treatment = BooleanField(default=False)


class WorkingHours(BaseModel):
    """One block of a provider's weekly template, in wall-clock minutes after local midnight."""

    id = AutoField()
    provider = ForeignKeyField(Provider, backref="hours", on_delete="CASCADE")
    weekday = IntegerField()
    start_minute = IntegerField()
    end_minute = IntegerField()

    class Meta:
        indexes = ((("provider", "weekday", "start_minute"), True),)


class Patient(BaseModel):
    id = AutoField()
    mrn = CharField(max_length=20, unique=True)
    given_name = CharField(max_length=80)
    family_name = CharField(max_length=80, index=True)
    date_of_birth = DateField()
    sex = CharField(max_length=16, default="")
    phone = CharField(max_length=32, default="")
    email = CharField(max_length=120, default="")
    status = CharField(max_length=16, default="active")
    created_at = UtcDateTimeField()
    updated_at = UtcDateTimeField()


class Appointment(BaseModel):
    id = AutoField()
    # The composite (resource, start_at) indexes below serve lookups by resource as well, so the
    # single-column foreign-key indexes would only tempt the planner away from them.
    patient = ForeignKeyField(Patient, backref="appointments", on_delete="RESTRICT", index=False)
    provider = ForeignKeyField(Provider, backref="appointments", on_delete="RESTRICT", index=False)
    room = ForeignKeyField(Room, backref="appointments", null=True, on_delete="RESTRICT", index=False)
    appointment_type = ForeignKeyField(AppointmentType, backref="appointments", on_delete="RESTRICT")
    start_at = UtcDateTimeField()
    end_at = UtcDateTimeField()
    status = CharField(max_length=16, default="booked")
    notes = TextField(default="")
    cancel_reason = TextField(default="")
    booked_by = CharField(max_length=80, default="")
    created_at = UtcDateTimeField()

    class Meta:
        indexes = (
            (("provider", "start_at"), False),
            (("room", "start_at"), False),
            (("patient", "start_at"), False),
            (("start_at",), False),
        )


ALL_MODELS: list[type[BaseModel]] = [
    DatabaseInfo,
    Setting,
    Provider,
    Room,
    AppointmentType,
    WorkingHours,
    Patient,
    Appointment,
]
