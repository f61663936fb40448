"""Schema 3: full patient records (preferred name, contact preferences, address, emergency contact,
referrer, notes, external id, bleeding risk, merges), the clinical summary tables, and the patient
search index. The tables are declared here as they were at schema 3, so that later model changes
cannot alter what this step creates; the search index is filled by the services on first open.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    Database,
    DateField,
    DateTimeField,
    ForeignKeyField,
    Model,
    SqliteDatabase,
    TextField,
)
from playhouse.migrate import SchemaMigrator

TEXT_COLUMNS = (
    ("preferred_name", "VARCHAR(80)"),
    ("phone_alt", "VARCHAR(32)"),
    ("address", "TEXT"),
    ("preferred_contact", "VARCHAR(16)"),
    ("preferred_times", "VARCHAR(120)"),
    ("emergency_contact", "VARCHAR(200)"),
    ("referring_physician", "VARCHAR(200)"),
    ("notes", "TEXT"),
    ("bleeding_risk", "VARCHAR(200)"),
)


class _Patient(Model):
    id = AutoField()

    class Meta:
        table_name = "patient"


class _PatientToken(Model):
    id = AutoField()
    patient = ForeignKeyField(_Patient, on_delete="CASCADE", index=False)
    token = CharField(max_length=96)

    class Meta:
        table_name = "patient_token"
        indexes = ((("token", "patient"), False), (("patient",), False))


class _Condition(Model):
    id = AutoField()
    patient = ForeignKeyField(_Patient, on_delete="CASCADE")
    indication = CharField(max_length=40)
    icd10 = CharField(max_length=10, null=True)
    noted_on = DateField(null=True)
    notes = TextField(default="")

    class Meta:
        table_name = "condition"


class _Allergy(Model):
    id = AutoField()
    patient = ForeignKeyField(_Patient, on_delete="CASCADE")
    substance = CharField(max_length=120)
    reaction = CharField(max_length=200, default="")
    severity = CharField(max_length=20, default="")

    class Meta:
        table_name = "allergy"


class _Medication(Model):
    id = AutoField()
    patient = ForeignKeyField(_Patient, on_delete="CASCADE")
    name = CharField(max_length=120)
    dose = CharField(max_length=120, default="")
    anticoagulant = BooleanField(default=False)

    class Meta:
        table_name = "medication"


class _Consent(Model):
    id = AutoField()
    patient = ForeignKeyField(_Patient, on_delete="CASCADE")
    kind = CharField(max_length=80)
    signed_on = DateField()
    expires_on = DateField(null=True)
    notes = TextField(default="")

    class Meta:
        table_name = "consent"


class _ContactLog(Model):
    id = AutoField()
    patient = ForeignKeyField(_Patient, on_delete="CASCADE")
    at = DateTimeField()
    method = CharField(max_length=16)
    note = TextField()
    by = CharField(max_length=80, default="")

    class Meta:
        table_name = "contact_log"


class _PatientMerge(Model):
    id = AutoField()
    survivor = ForeignKeyField(_Patient, on_delete="RESTRICT")
    merged = ForeignKeyField(_Patient, on_delete="RESTRICT")
    merged_mrn = CharField(max_length=20)
    at = DateTimeField()
    by = CharField(max_length=80, default="")
    moved = TextField(default="")

    class Meta:
        table_name = "patient_merge"


NEW_TABLES = [_PatientToken, _Condition, _Allergy, _Medication, _Consent, _ContactLog, _PatientMerge]


def upgrade(database: Database, migrator: SchemaMigrator) -> None:
    # ADD COLUMN ... NOT NULL DEFAULT is plain SQL on both engines and, unlike a peewee
    # add_column, does not rebuild a 50,000-row table on SQLite.
    for name, kind in TEXT_COLUMNS:
        database.execute_sql(f"ALTER TABLE patient ADD COLUMN {name} {kind} NOT NULL DEFAULT ''")
    false = "0" if isinstance(database, SqliteDatabase) else "FALSE"
    boolean = "INTEGER" if isinstance(database, SqliteDatabase) else "BOOLEAN"
    database.execute_sql(f"ALTER TABLE patient ADD COLUMN anticoagulant {boolean} NOT NULL DEFAULT {false}")
    database.execute_sql("ALTER TABLE patient ADD COLUMN external_id VARCHAR(64)")
    database.execute_sql("ALTER TABLE patient ADD COLUMN merged_into INTEGER")
    database.execute_sql('CREATE UNIQUE INDEX "patient_external_id" ON "patient" ("external_id")')
    database.execute_sql('CREATE INDEX "patient_date_of_birth" ON "patient" ("date_of_birth")')
    database.execute_sql('DROP INDEX "patient_family_name"')
    database.execute_sql(
        'CREATE INDEX "patient_family_name_given_name_status" '
        'ON "patient" ("family_name", "given_name", "status")'
    )
    with database.bind_ctx(NEW_TABLES):
        database.create_tables(NEW_TABLES)
