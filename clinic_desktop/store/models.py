"""The schema at its newest version, as peewee models bound to a DatabaseProxy.

The proxy is initialised once by ``open_database``; nothing here assumes SQLite, so PostgreSQL
runs the same models. Instants are stored as UTC without a zone (``UtcDateTimeField``), at whole
seconds so that text comparison in SQLite orders them correctly.

Changing a model means adding a migration step in ``store/migrations`` and raising
``SCHEMA_VERSION`` there.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import cache
from typing import Any

import peewee
from peewee import (
    SQL,
    AutoField,
    BooleanField,
    CharField,
    Database,
    DatabaseProxy,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    SqliteDatabase,
    TextField,
)

from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.text import NUL, check_text

_bound_here = threading.local()
# The proxy's own slot for the database it stands for (peewee declares it on DatabaseProxy and Proxy).
_PROXIED = next(c.__dict__["obj"] for c in DatabaseProxy.__mro__ if "obj" in c.__dict__)


class ClinicDatabaseProxy(DatabaseProxy):
    """The models' database: the one open_database binds for the whole process, or, for the
    calling thread only and for a moment, another one (``bound_here``). A restore prepares the copy
    it is about to put in place (migrated, the restore written into its audit trail) with the same
    models and repositories as the open clinic, while the window's other threads keep using it."""

    @property
    def obj(self) -> Any:
        here = getattr(_bound_here, "database", None)
        return here if here is not None else _PROXIED.__get__(self)

    @obj.setter
    def obj(self, value: Any) -> None:
        _PROXIED.__set__(self, value)


@contextmanager
def bound_here(database: Database) -> Iterator[Database]:
    """The models use ``database`` in the calling thread until the block ends."""
    previous = getattr(_bound_here, "database", None)
    _bound_here.database = database
    try:
        yield database
    finally:
        _bound_here.database = previous


db = ClinicDatabaseProxy()
# What peewee wraps its own statements in: the driver's exceptions re-raised as peewee's.
_DRIVER_ERRORS_AS_PEEWEES: Any = getattr(peewee, "__exception_wrapper__")  # noqa: B009
ROWS_PER_STATEMENT = 500


def execute_prepared(sql: str, params: Sequence[Any] = ()) -> Any:
    """Run ``sql`` (%s or ? placeholders, as ``db.param``) as a prepared statement where the
    database keeps them per connection and it pays (PostgreSQL: store/prepared.py); elsewhere as
    any statement (SQLite's driver keeps its own compiled statements)."""
    run = getattr(db.obj, "execute_prepared", None)
    return run(sql, params) if run is not None else db.execute_sql(sql, params)


def insert_rows(database: Database, cursor: Any, sql: str, rows: list[Any]) -> None:
    """Run ``INSERT INTO t (a, b) VALUES (?, ?)`` for many rows, the fast way on each engine.

    SQLite: one prepared statement stepped once per row (executemany). psycopg2's executemany
    instead sends every row as a statement of its own and waits for each answer (the small demo
    clinic took five seconds), so on PostgreSQL the rows go several hundred to a statement.
    The driver's errors become peewee's (IntegrityError ...), as for every other statement."""
    with _DRIVER_ERRORS_AS_PEEWEES:
        if isinstance(database, SqliteDatabase) or not rows:
            cursor.executemany(sql, rows)
            return
        head, _, values = sql.rpartition(" VALUES ")
        for start in range(0, len(rows), ROWS_PER_STATEMENT):
            part = rows[start : start + ROWS_PER_STATEMENT]
            flat = [v for row in part for v in row]
            cursor.execute(f"{head} VALUES {', '.join([values] * len(part))}", flat)


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
    """Every model's base. Whatever is written through a model (insert, update, insert_many, and
    so create and save) has its text checked first (check_values): no longer than its column, no
    NUL character, refused in plain words before any statement is sent. Raw SQL writers
    (BulkWriter, insert_rows) write the software's own generated rows; text a person typed or a
    file brought goes through a model, or through check_values itself."""

    class Meta:
        database = db
        legacy_table_names = False

    @classmethod
    def insert(cls, data: Any = None, /, **values: Any) -> Any:
        check_values(cls, data if isinstance(data, Mapping) else {}, values)
        return super().insert(data, **values)

    @classmethod
    def update(cls, data: Any = None, /, **values: Any) -> Any:
        check_values(cls, data if isinstance(data, Mapping) else {}, values)
        return super().update(data, **values)

    @classmethod
    def insert_many(cls, rows: Iterable[Any], fields: Any = None) -> Any:
        rows = list(rows)
        for row in rows:
            if isinstance(row, Mapping):
                check_values(cls, row)
            elif fields is not None:
                check_values(cls, dict(zip(fields, row, strict=False)))
        return super().insert_many(rows, fields)


# How a refusal names a column ("The family name can be at most 80 characters."): the field's name
# in words, after its table's when the field's own name says too little ("room name"). A patient's
# own fields stand alone: the record a receptionist fills in.
_TABLE_WORDS = {
    "patient": "", "patient_token": "search", "contact_log": "contact", "patient_merge": "merge",
    "treatment_site": "injection site", "treatment_amendment": "amendment", "clinical_override": "override",
    "clinic_protocol": "protocol", "clinic_measure": "measure", "recall_event": "recall",
    "follow_up_proposal": "proposal", "user_account": "user", "database_info": "database information",
    "clinic_closure": "closure", "waitlist": "waiting list", "outbox_message": "message",
    "message_consent": "consent", "message_template": "template",
}  # fmt: skip
_FIELD_WORDS = {
    "phone": "phone number", "phone_alt": "second phone number", "email": "email address",
    "preferred_times": "best times to call", "bleeding_risk": "bleeding risk note", "token": "word",
}  # fmt: skip
_WHOLE_LABELS = {
    "mrn": "MRN", "merged_mrn": "MRN", "external_id": "external id", "icd10": "ICD-10 code",
    "name_key": "user name", "by": "name of who recorded it", "created_by": "name of who charted it",
    "signed_by": "name of who signed it", "booked_by": "name of who booked it",
}  # fmt: skip


def column_label(model: Any, name: str) -> str:
    """A column as a person calls it, for messages."""
    whole = _WHOLE_LABELS.get(name)
    if whole is not None:
        return whole
    table = model._meta.table_name
    words = _FIELD_WORDS.get(name, name.replace("_", " "))
    prefix = _TABLE_WORDS.get(table, table.replace("_", " "))
    return words if not prefix or words.startswith(prefix) else f"{prefix} {words}"


@cache
def _text_columns(model: Any) -> dict[str, tuple[str, int | None]]:
    """Field name -> (label, width) for the model's text columns (width None: unbounded)."""
    return {
        f.name: (column_label(model, f.name), getattr(f, "max_length", None))
        for f in model._meta.sorted_fields
        if isinstance(f, (CharField, TextField))
    }


def check_values(model: Any, *mappings: Mapping[Any, Any]) -> None:
    """Refuse (ValidationError, nothing written) a text value longer than its column or holding a
    NUL character. Keys are field names or fields, as peewee takes them; values that are not text
    (numbers, dates, expressions) are left to the database."""
    columns = _text_columns(model)
    for values in mappings:
        for key, value in values.items():
            if not isinstance(value, str):
                continue
            name = key if isinstance(key, str) else getattr(key, "name", "")
            column = columns.get(name)
            if column is not None:
                check_text(column[0], value, column[1])
            elif NUL in value:
                check_text(column_label(model, name), value)


class DatabaseInfo(BaseModel):
    """Internal facts about the database itself, such as its schema version."""

    key = CharField(primary_key=True, max_length=64)
    value = TextField()

    class Meta:
        table_name = "database_info"


#: database_info: the smallest id of the patients an import registered whose search words may not
#: all be written yet (absent: every patient is indexed; store/patient_import.py). Every opening of
#: the clinic reads it (services/context.py), so it lives here rather than with the import.
INDEX_PENDING = "search_index_pending_from"


class Setting(BaseModel):
    """Clinic settings as key/value pairs (time zone, country, subdivision, name)."""

    key = CharField(primary_key=True, max_length=64)
    value = TextField()


def put(model: Any, key: str, value: str) -> None:
    """Insert or overwrite one row of a key/value table (DatabaseInfo, Setting).

    INSERT ... ON CONFLICT DO UPDATE, which SQLite (3.24+) and PostgreSQL both speak; peewee's
    ``.replace()`` is SQLite's INSERT OR REPLACE, which PostgreSQL does not have."""
    model.insert(key=key, value=value).on_conflict(
        conflict_target=[model.key], update={model.value: value}
    ).execute()


class Provider(BaseModel):
    id = AutoField()
    name = CharField(max_length=120, unique=True)
    credentials = CharField(max_length=60, default="")
    colour = CharField(max_length=7, default="#1f7a8c")
    active = BooleanField(default=True)
    indications = TextField(default="")  # codes it treats, comma-separated; blank: every indication


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
    effective_from = DateField(null=True)
    effective_to = DateField(null=True)

    class Meta:
        # Not unique (schema 10): the same 08:00 block may be kept until a date and start again,
        # changed, the day after; the service keeps a weekday's blocks from overlapping.
        indexes = ((("provider", "weekday"), False),)


class TimeOff(BaseModel):
    id = AutoField()
    provider = ForeignKeyField(Provider, backref="time_off", on_delete="CASCADE")
    start_date = DateField()
    end_date = DateField()
    reason = CharField(max_length=200, default="")


class ClinicClosure(BaseModel):
    id = AutoField()
    start_date = DateField()
    end_date = DateField()
    reason = CharField(max_length=200, default="")


class ExtraSession(BaseModel):
    id = AutoField()
    provider = ForeignKeyField(Provider, backref="extra_sessions", on_delete="CASCADE")
    day = DateField()
    start_minute = IntegerField()
    end_minute = IntegerField()


class Patient(BaseModel):
    id = AutoField()
    mrn = CharField(max_length=20, unique=True)
    given_name = CharField(max_length=80)
    family_name = CharField(max_length=80)
    preferred_name = CharField(max_length=80, default="")
    date_of_birth = DateField(index=True)
    sex = CharField(max_length=16, default="")
    phone = CharField(max_length=32, default="")  # E.164, e.g. +12125550123
    phone_alt = CharField(max_length=32, default="")
    email = CharField(max_length=120, default="")
    address = TextField(default="")
    preferred_contact = CharField(max_length=16, default="")
    preferred_times = CharField(max_length=120, default="")
    language = CharField(max_length=8, default="")  # ISO 639-1, for printed sheets; blank: the clinic's
    emergency_contact = CharField(max_length=200, default="")
    referring_physician = CharField(max_length=200, default="")
    status = CharField(max_length=16, default="active")
    notes = TextField(default="")
    external_id = CharField(max_length=64, null=True, unique=True)
    anticoagulant = BooleanField(default=False)
    bleeding_risk = CharField(max_length=200, default="")
    merged_into = IntegerField(null=True)
    created_at = UtcDateTimeField()
    updated_at = UtcDateTimeField()

    class Meta:
        # Covers the patient list (ordered by name, filtered by status) without touching the rows.
        indexes = ((("family_name", "given_name", "status"), False),)


class PatientToken(BaseModel):
    """The search index: folded name words ('n' kind), phone digit prefixes and reversed
    suffixes. Plain B-tree prefix ranges, the same on SQLite and PostgreSQL (see services/patients)."""

    id = AutoField()
    patient = ForeignKeyField(Patient, on_delete="CASCADE", index=False)
    token = CharField(max_length=96)

    class Meta:
        indexes = ((("token", "patient"), False), (("patient",), False))


class Condition(BaseModel):
    id = AutoField()
    patient = ForeignKeyField(Patient, backref="conditions", on_delete="CASCADE")
    indication = CharField(max_length=40)
    icd10 = CharField(max_length=10, null=True)
    noted_on = DateField(null=True)
    notes = TextField(default="")


class Allergy(BaseModel):
    id = AutoField()
    patient = ForeignKeyField(Patient, backref="allergies", on_delete="CASCADE")
    substance = CharField(max_length=120)
    reaction = CharField(max_length=200, default="")
    severity = CharField(max_length=20, default="")


class Medication(BaseModel):
    id = AutoField()
    patient = ForeignKeyField(Patient, backref="medications", on_delete="CASCADE")
    name = CharField(max_length=120)
    dose = CharField(max_length=120, default="")
    anticoagulant = BooleanField(default=False)


class Consent(BaseModel):
    id = AutoField()
    patient = ForeignKeyField(Patient, backref="consents", on_delete="CASCADE")
    kind = CharField(max_length=80)
    signed_on = DateField()
    expires_on = DateField(null=True)
    notes = TextField(default="")


class PatientWeight(BaseModel):
    """A weighing (domain/weights.py): kilograms on a clinic-local day. Every one is kept; the
    newest on or before a day is that day's weight (schema 13)."""

    id = AutoField()
    patient = ForeignKeyField(Patient, backref="weights", on_delete="CASCADE", index=False)
    measured_on = DateField()
    kg = DecimalField(max_digits=5, decimal_places=2, auto_round=True)
    recorded_by = CharField(max_length=80, default="")
    recorded_at = UtcDateTimeField()

    class Meta:
        indexes = ((("patient", "measured_on"), False),)


class ContactLog(BaseModel):
    id = AutoField()
    patient = ForeignKeyField(Patient, backref="contacts", on_delete="CASCADE")
    at = UtcDateTimeField()
    method = CharField(max_length=16)
    note = TextField()
    by = CharField(max_length=80, default="")


class PatientMerge(BaseModel):
    """A record of two patient records made one: who survived, what was moved, when."""

    id = AutoField()
    survivor = ForeignKeyField(Patient, on_delete="RESTRICT")
    merged = ForeignKeyField(Patient, on_delete="RESTRICT")
    merged_mrn = CharField(max_length=20)
    at = UtcDateTimeField()
    by = CharField(max_length=80, default="")
    moved = TextField(default="")  # "appointments=3, consents=1, ..."


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
    series_id = IntegerField(null=True, index=True)  # the first appointment's id in a recurring series
    override_reason = TextField(default="")  # why it was booked outside hours or on a closed day
    arrived_at = UtcDateTimeField(null=True)  # checked in at the desk
    roomed_at = UtcDateTimeField(null=True)  # sent to a room
    completed_at = UtcDateTimeField(null=True)

    class Meta:
        indexes = (
            (("provider", "start_at"), False),
            (("room", "start_at"), False),
            (("patient", "start_at"), False),
            (("start_at",), False),
        )


class Waitlist(BaseModel):
    """A patient waiting for an earlier or any slot; open until booked or removed (resolved_at)."""

    id = AutoField()
    patient = ForeignKeyField(Patient, backref="waitlist", on_delete="CASCADE")
    provider = ForeignKeyField(Provider, null=True, on_delete="CASCADE")  # none: any provider
    appointment_type = ForeignKeyField(AppointmentType, null=True, on_delete="SET NULL")  # none: any
    earliest = DateField()
    latest = DateField(null=True)
    note = TextField(default="")
    created_at = UtcDateTimeField()
    resolved_at = UtcDateTimeField(null=True, index=True)


# --- treatment charting (schema 5) ---------------------------------------------------------------


def _units(**extra: Any) -> DecimalField:
    """Units of a toxin: up to 99999.9, one decimal place, exact (a Decimal, never a float)."""
    return DecimalField(max_digits=6, decimal_places=1, auto_round=True, **extra)


class Lot(BaseModel):
    """A delivery of one product's vials: its lot number, expiry and how many vials are left."""

    id = AutoField()
    product = CharField(max_length=32)
    lot_number = CharField(max_length=40)
    expires_on = DateField()
    vials_received = IntegerField()
    vials_used = IntegerField(default=0)
    units_per_vial = IntegerField()
    received_at = UtcDateTimeField()
    vials_adjusted = IntegerField(default=0)  # the sum of its StockAdjustments (schema 10)

    class Meta:
        indexes = ((("product", "lot_number"), True),)


class StockAdjustment(BaseModel):
    """A change to a lot's count of vials other than charting, with its reason (domain/stock.py)."""

    id = AutoField()
    lot = ForeignKeyField(Lot, backref="adjustments", on_delete="CASCADE")
    vials = IntegerField()
    reason = CharField(max_length=200)
    by = CharField(max_length=80, default="")
    at = UtcDateTimeField()


class Reconstitution(BaseModel):
    """An opened vial: its lot, the diluent volume and when (a reconstituted vial lasts 24 hours)."""

    id = AutoField()
    lot = ForeignKeyField(Lot, on_delete="RESTRICT")
    diluent_ml = DecimalField(max_digits=5, decimal_places=2, auto_round=True)
    at = UtcDateTimeField()
    by = CharField(max_length=80, default="")


class Treatment(BaseModel):
    """One charted treatment. Its total is computed from its sites; once signed it changes only by
    appended amendments (TreatmentAmendment), never by a silent edit."""

    id = AutoField()
    patient = ForeignKeyField(Patient, backref="treatments", on_delete="RESTRICT", index=False)
    provider = ForeignKeyField(Provider, on_delete="RESTRICT")
    appointment = ForeignKeyField(Appointment, null=True, on_delete="SET NULL")
    performed_at = UtcDateTimeField()
    performed_on = DateField()  # clinic-local date: what the 84-day and 3-month rules count
    indication = CharField(max_length=32)
    protocol = CharField(max_length=80, default="")
    product = CharField(max_length=32)
    lot = ForeignKeyField(Lot, on_delete="RESTRICT")
    reconstitution = ForeignKeyField(Reconstitution, null=True, on_delete="SET NULL")
    diluent_ml = DecimalField(max_digits=5, decimal_places=2, auto_round=True, null=True)
    total_units = _units()
    waste_units = _units(default=0)
    guidance = CharField(max_length=24, default="none")
    consent_checked = BooleanField(default=False)
    aftercare_given = BooleanField(default=False)
    notes = TextField(default="")
    created_at = UtcDateTimeField()
    created_by = CharField(max_length=80, default="")
    signed_at = UtcDateTimeField(null=True)
    signed_by = CharField(max_length=80, default="")
    # A nurse injector's supervising physician (domain/signing.py): beside the provider, never
    # instead of them.
    supervised_by = ForeignKeyField(
        Provider, null=True, on_delete="RESTRICT", index=False, backref="+", column_name="supervised_by_id"
    )
    # The weight its dose was checked against (schema 13): units per kg on its record.
    weight_kg = DecimalField(max_digits=5, decimal_places=2, auto_round=True, null=True)

    class Meta:
        indexes = (
            (("patient", "performed_on"), False),
            (("performed_on",), False),
            # The recall list: each patient's latest treatment per indication, read from the index alone.
            (("patient", "indication", "performed_on"), False),
        )


class TreatmentSite(BaseModel):
    id = AutoField()
    treatment = ForeignKeyField(Treatment, backref="sites", on_delete="CASCADE")
    position = IntegerField()
    muscle = CharField(max_length=80)
    side = CharField(max_length=16)
    units = _units()
    injection_points = IntegerField(default=1)


class AdverseEvent(BaseModel):
    id = AutoField()
    treatment = ForeignKeyField(Treatment, backref="adverse_events", on_delete="CASCADE")
    kind = CharField(max_length=120)
    severity = CharField(max_length=16)
    onset = DateField()
    resolved = DateField(null=True)
    notes = TextField(default="")


class TreatmentAmendment(BaseModel):
    """A correction to a signed treatment: what changed (before and after, JSON), why, who, when."""

    id = AutoField()
    treatment = ForeignKeyField(Treatment, backref="amendments", on_delete="CASCADE")
    at = UtcDateTimeField()
    by = CharField(max_length=80, default="")
    reason = TextField()
    changes = TextField()  # JSON: {field: {"before": ..., "after": ...}}


class ClinicalOverride(BaseModel):
    """A clinical rule a provider overrode for a treatment, with who and why."""

    id = AutoField()
    treatment = ForeignKeyField(Treatment, backref="overrides", on_delete="CASCADE")
    rule = CharField(max_length=32)
    message = TextField()
    reason = TextField()
    by = CharField(max_length=80, default="")
    at = UtcDateTimeField()


class ClinicProtocol(BaseModel):
    """A protocol template the clinic added (the built-in ones live in domain/protocols.py)."""

    id = AutoField()
    name = CharField(max_length=80, unique=True)
    indication = CharField(max_length=32)
    product = CharField(max_length=32)
    sites = TextField()  # JSON list of {muscle, side, units, injection_points}
    follow_the_pain = TextField(null=True)  # JSON or null
    source = TextField(default="")
    updated_at = UtcDateTimeField()


class ClinicMeasure(BaseModel):
    """An outcome measure the clinic added beside the built-in ones (domain/outcomes.py)."""

    code = CharField(primary_key=True, max_length=32)
    label = CharField(max_length=80)
    low = DecimalField(max_digits=8, decimal_places=2)
    high = DecimalField(max_digits=8, decimal_places=2)
    unit = CharField(max_length=20, default="")
    lower_is_better = BooleanField(default=True)


class Outcome(BaseModel):
    """One score: headache days in a month, MIDAS, HIT-6, pain, or a clinic measure."""

    id = AutoField()
    patient = ForeignKeyField(Patient, backref="outcomes", on_delete="CASCADE", index=False)
    measure = CharField(max_length=32)
    value = DecimalField(max_digits=8, decimal_places=2, auto_round=True)
    recorded_on = DateField()
    treatment = ForeignKeyField(Treatment, null=True, on_delete="SET NULL")
    notes = TextField(default="")
    by = CharField(max_length=80, default="")
    created_at = UtcDateTimeField()

    class Meta:
        indexes = ((("patient", "measure", "recorded_on"), False),)


# --- follow-ups and recalls (schema 6) -----------------------------------------------------------


class FollowUpPlan(BaseModel):
    """A patient's own re-treatment interval for an indication (instead of the indication's)."""

    id = AutoField()
    patient = ForeignKeyField(Patient, on_delete="CASCADE")
    indication = CharField(max_length=32)
    target_days = IntegerField()
    tolerance_days = IntegerField()
    notes = TextField(default="")
    updated_at = UtcDateTimeField()

    class Meta:
        indexes = ((("patient", "indication"), True),)


class RecallEvent(BaseModel):
    """Reception working the recall list: a call, a message left, declined, snoozed until a date."""

    id = AutoField()
    patient = ForeignKeyField(Patient, on_delete="CASCADE", index=False)
    indication = CharField(max_length=32)
    kind = CharField(max_length=16)
    until = DateField(null=True)  # snoozed until
    note = TextField(default="")
    by = CharField(max_length=80, default="")
    at = UtcDateTimeField()

    class Meta:
        indexes = ((("patient", "indication", "at"), False),)


class FollowUpProposal(BaseModel):
    """A proposed follow-up slot kept by the background refresh, so reception sees it unasked."""

    id = AutoField()
    patient = ForeignKeyField(Patient, on_delete="CASCADE")
    indication = CharField(max_length=32)
    rank = IntegerField()
    start_at = UtcDateTimeField()
    end_at = UtcDateTimeField()
    provider = ForeignKeyField(Provider, on_delete="CASCADE", index=False)
    room = ForeignKeyField(Room, null=True, on_delete="CASCADE", index=False)
    type_name = CharField(max_length=80)
    score = IntegerField()
    reasons = TextField()  # JSON list of sentences
    computed_at = UtcDateTimeField()


class UserAccount(BaseModel):
    """A person who signs in: reception, provider or manager (domain/access.py). The password is
    kept only as an argon2id hash (services/users.py)."""

    id = AutoField()
    name = CharField(max_length=64, unique=True)
    name_key = CharField(max_length=64, unique=True)  # lower case: names are unique ignoring case
    role = CharField(max_length=16)
    password_hash = TextField()
    active = BooleanField(default=True)
    failed_sign_ins = IntegerField(default=0)
    locked_until = UtcDateTimeField(null=True)
    created_at = UtcDateTimeField()
    # The provider record a provider account is (domain/signing.py); null for the other roles.
    provider = ForeignKeyField(Provider, null=True, on_delete="RESTRICT", index=False, backref="+")
    # How often the password was changed through the software: with the role and the switch,
    # compared with the account's last audited change (services/audit.py, schema 12).
    password_changes = IntegerField(default=0)

    class Meta:
        table_name = "user_account"


# One provider record is at most one active account: the database itself refuses a second link
# (two managers at two workstations linking at once), as store/migrations/m0009 adds it.
ACTIVE_LINK_INDEX = "user_account_active_provider"
UserAccount.add_index(
    SQL(f'CREATE UNIQUE INDEX IF NOT EXISTS "{ACTIVE_LINK_INDEX}" ON "user_account" ("provider_id") '
        'WHERE "active" AND "provider_id" IS NOT NULL')
)  # fmt: skip


class AccessToken(BaseModel):
    """A personal access token (domain/tokens.py): the SHA-256 of its secret, never the secret;
    it acts as its user's account as that account is when it is used."""

    id = AutoField()
    user = ForeignKeyField(UserAccount, on_delete="CASCADE", backref="+")
    digest = CharField(max_length=64)
    created_at = UtcDateTimeField()
    expires_at = UtcDateTimeField()
    revoked_at = UtcDateTimeField(null=True)
    last_used_at = UtcDateTimeField(null=True)

    class Meta:
        table_name = "access_token"


class AuditEntry(BaseModel):
    """The audit trail, append-only and hash-chained (domain/audit.py): ids run 1, 2, 3, ... and
    each hash covers the entry and the one before it (keyed with the clinic's secret from
    AUDIT_KEYED_FROM on). The last id and hash are also kept in database_info (AUDIT_HEAD), so
    that removing the newest entries is noticed too. Indexed by entity and its id: signing in
    reads the account's last audited change."""

    id = IntegerField(primary_key=True)
    at = UtcDateTimeField(index=True)
    user = CharField(max_length=64, index=True)
    action = CharField(max_length=32)
    entity = CharField(max_length=32)
    entity_id = CharField(max_length=64)
    patient_id = IntegerField(null=True, index=True)  # the patient the entry concerns, if any
    before = TextField(null=True)  # canonical JSON
    after = TextField(null=True)
    hash = CharField(max_length=64)

    class Meta:
        table_name = "audit_entry"
        indexes = ((("entity", "entity_id"), False),)


# --- messages to patients (issue 23; domain/messages.py) -----------------------------------------


class OutboxMessage(BaseModel):
    """One message to a patient: queued in the transaction of the change that causes it, claimed
    ("sending") before it goes out, then sent, failed or withdrawn. ``key`` is unique: the same
    message is never queued twice (domain/messages.message_key)."""

    id = AutoField()
    key = CharField(max_length=160, unique=True)
    patient = ForeignKeyField(Patient, on_delete="CASCADE", index=False)
    appointment = ForeignKeyField(Appointment, null=True, on_delete="SET NULL")
    kind = CharField(max_length=16)
    change = CharField(max_length=16, default="")  # a confirmation's booked / moved / cancelled
    channel = CharField(max_length=8)
    indication = CharField(max_length=32, null=True)  # a recall invitation's
    due_at = UtcDateTimeField()
    next_attempt_at = UtcDateTimeField()
    state = CharField(max_length=16, default="queued")
    attempts = IntegerField(default=0)
    last_error = TextField(default="")
    provider_message_id = CharField(max_length=200, default="")
    created_at = UtcDateTimeField()
    sent_at = UtcDateTimeField(null=True)
    claimed_at = UtcDateTimeField(null=True)
    claimed_by = CharField(max_length=200, default="")  # host and process that is sending it
    # A recall invitation's offered slot, pencilled in for the patient until hold_until.
    slot_start = UtcDateTimeField(null=True)
    slot_end = UtcDateTimeField(null=True)
    slot_provider = IntegerField(null=True)
    slot_room = IntegerField(null=True)
    slot_type = CharField(max_length=120, default="")
    hold_until = UtcDateTimeField(null=True)
    converted_appointment = IntegerField(null=True)  # the booking an invitation became

    class Meta:
        table_name = "outbox_message"
        indexes = ((("state", "next_attempt_at"), False), (("patient", "created_at"), False))


class MessageConsent(BaseModel):
    """What a patient agreed to be contacted by, one row per change (the latest counts): who
    recorded it, when, and from where (the desk, the command line, a reply STOP)."""

    id = AutoField()
    patient = ForeignKeyField(Patient, on_delete="CASCADE", index=False)
    channel = CharField(max_length=8)
    agreed = BooleanField()
    source = CharField(max_length=40, default="")
    by = CharField(max_length=80, default="")
    at = UtcDateTimeField()

    class Meta:
        table_name = "message_consent"
        indexes = ((("patient", "channel", "at"), False),)


class MessageTemplate(BaseModel):
    """A message template the clinic changed (the others are domain/messages' defaults)."""

    id = AutoField()
    name = CharField(max_length=16)
    channel = CharField(max_length=8)
    language = CharField(max_length=8)
    subject = CharField(max_length=200, default="")
    body = TextField()
    updated_at = UtcDateTimeField()
    by = CharField(max_length=80, default="")

    class Meta:
        table_name = "message_template"
        indexes = ((("name", "channel", "language"), True),)


ALL_MODELS: list[type[BaseModel]] = [
    DatabaseInfo,
    Setting,
    Provider,
    Room,
    AppointmentType,
    WorkingHours,
    Patient,
    Appointment,
    PatientToken,
    Condition,
    Allergy,
    Medication,
    Consent,
    PatientWeight,
    ContactLog,
    PatientMerge,
    TimeOff,
    ClinicClosure,
    ExtraSession,
    Waitlist,
    Lot,
    StockAdjustment,
    Reconstitution,
    Treatment,
    TreatmentSite,
    AdverseEvent,
    TreatmentAmendment,
    ClinicalOverride,
    ClinicProtocol,
    ClinicMeasure,
    Outcome,
    FollowUpPlan,
    RecallEvent,
    FollowUpProposal,
    UserAccount,
    AccessToken,
    AuditEntry,
    OutboxMessage,
    MessageConsent,
    MessageTemplate,
]

# Tables whose rows belong to one patient: a merge moves them all to the surviving record.
PATIENT_OWNED: list[type[BaseModel]] = [
    Appointment,
    Condition,
    Allergy,
    Medication,
    Consent,
    PatientWeight,
    ContactLog,
    Waitlist,
    Treatment,
    Outcome,
    FollowUpPlan,
    RecallEvent,
    FollowUpProposal,
    OutboxMessage,
    MessageConsent,
]


# --- what the models cannot declare -----------------------------------------------------------------

# PostgreSQL only, each for a reason:
# - Exclusion constraints: no two bookings that hold time may overlap for one provider, nor for one
#   room; the database refuses the second (SQLSTATE 23P01) even when two workstations' checks passed
#   at the same moment. SQLite has no equivalent and needs none: one writer at a time, and the
#   booking services check inside BEGIN IMMEDIATE. store/migrations/m0007 explains more.
# - The search index's tokens in byte order (COLLATE "C"): its prefix ranges ("token >= 'smi' AND
#   token < 'smj'") hold every token that starts with the prefix only in byte order, which SQLite
#   always uses; a PostgreSQL database's default collation may be a language's (en_US.UTF-8 skips
#   the colon of 'p:212...' and sorts case-blind).
PROVIDER_OVERLAP = "appointment_provider_no_overlap"
ROOM_OVERLAP = "appointment_room_no_overlap"


def postgresql_ddl() -> list[str]:
    """The DDL a new PostgreSQL database gets after its tables (a migrated one got it step by step)."""
    holding = "status IN ({})".format(", ".join(f"'{s.value}'" for s in AppointmentStatus if s.occupies_time))
    return [
        "CREATE EXTENSION IF NOT EXISTS btree_gist",
        f'ALTER TABLE "appointment" ADD CONSTRAINT "{PROVIDER_OVERLAP}" EXCLUDE USING gist '
        f'("provider_id" WITH =, tsrange("start_at", "end_at") WITH &&) WHERE ({holding})',
        f'ALTER TABLE "appointment" ADD CONSTRAINT "{ROOM_OVERLAP}" EXCLUDE USING gist '
        f'("room_id" WITH =, tsrange("start_at", "end_at") WITH &&) '
        f'WHERE ({holding} AND "room_id" IS NOT NULL)',
        'ALTER TABLE "patient_token" ALTER COLUMN "token" TYPE VARCHAR(96) COLLATE "C"',
    ]
