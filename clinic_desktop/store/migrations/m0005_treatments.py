"""Schema 5: treatment charting: lots and reconstituted vials, treatments with their sites, adverse
events, amendments and overridden rules, the clinic's own protocol templates and outcome measures,
and outcome scores (new tables, the models as they were at this version); a patient's language for
printed sheets such as the aftercare advice."""

from __future__ import annotations

from typing import Any

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    Database,
    DateField,
    DateTimeField,
    DecimalField,
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


class _Appointment(_Base):
    id = AutoField()

    class Meta:
        table_name = "appointment"


def _units(**extra: Any) -> DecimalField:
    """Units of a toxin: up to 99999.9, one decimal place, exact (a Decimal, never a float)."""
    return DecimalField(max_digits=6, decimal_places=1, auto_round=True, **extra)


class _Lot(_Base):
    """A delivery of one product's vials: its lot number, expiry and how many vials are left."""

    id = AutoField()
    product = CharField(max_length=32)
    lot_number = CharField(max_length=40)
    expires_on = DateField()
    vials_received = IntegerField()
    vials_used = IntegerField(default=0)
    units_per_vial = IntegerField()
    received_at = DateTimeField()

    class Meta:
        table_name = "lot"
        indexes = ((("product", "lot_number"), True),)


class _Reconstitution(_Base):
    """An opened vial: its lot, the diluent volume and when (a reconstituted vial lasts 24 hours)."""

    id = AutoField()
    lot = ForeignKeyField(_Lot, on_delete="RESTRICT")
    diluent_ml = DecimalField(max_digits=5, decimal_places=2, auto_round=True)
    at = DateTimeField()
    by = CharField(max_length=80, default="")

    class Meta:
        table_name = "reconstitution"


class _Treatment(_Base):
    """One charted treatment. Its total is computed from its sites; once signed it changes only by
    appended amendments (_TreatmentAmendment), never by a silent edit."""

    id = AutoField()
    patient = ForeignKeyField(_Patient, backref="treatments", on_delete="RESTRICT", index=False)
    provider = ForeignKeyField(_Provider, on_delete="RESTRICT")
    appointment = ForeignKeyField(_Appointment, null=True, on_delete="SET NULL")
    performed_at = DateTimeField()
    performed_on = DateField()  # clinic-local date: what the 84-day and 3-month rules count
    indication = CharField(max_length=32)
    protocol = CharField(max_length=80, default="")
    product = CharField(max_length=32)
    lot = ForeignKeyField(_Lot, on_delete="RESTRICT")
    reconstitution = ForeignKeyField(_Reconstitution, null=True, on_delete="SET NULL")
    diluent_ml = DecimalField(max_digits=5, decimal_places=2, auto_round=True, null=True)
    total_units = _units()
    waste_units = _units(default=0)
    guidance = CharField(max_length=24, default="none")
    consent_checked = BooleanField(default=False)
    aftercare_given = BooleanField(default=False)
    notes = TextField(default="")
    created_at = DateTimeField()
    created_by = CharField(max_length=80, default="")
    signed_at = DateTimeField(null=True)
    signed_by = CharField(max_length=80, default="")

    class Meta:
        table_name = "treatment"
        indexes = ((("patient", "performed_on"), False), (("performed_on",), False))


class _TreatmentSite(_Base):
    id = AutoField()
    treatment = ForeignKeyField(_Treatment, backref="sites", on_delete="CASCADE")
    position = IntegerField()
    muscle = CharField(max_length=80)
    side = CharField(max_length=16)
    units = _units()
    injection_points = IntegerField(default=1)

    class Meta:
        table_name = "treatment_site"


class _AdverseEvent(_Base):
    id = AutoField()
    treatment = ForeignKeyField(_Treatment, backref="adverse_events", on_delete="CASCADE")
    kind = CharField(max_length=120)
    severity = CharField(max_length=16)
    onset = DateField()
    resolved = DateField(null=True)
    notes = TextField(default="")

    class Meta:
        table_name = "adverse_event"


class _TreatmentAmendment(_Base):
    """A correction to a signed treatment: what changed (before and after, JSON), why, who, when."""

    id = AutoField()
    treatment = ForeignKeyField(_Treatment, backref="amendments", on_delete="CASCADE")
    at = DateTimeField()
    by = CharField(max_length=80, default="")
    reason = TextField()
    changes = TextField()  # JSON: {field: {"before": ..., "after": ...}}

    class Meta:
        table_name = "treatment_amendment"


class _ClinicalOverride(_Base):
    """A clinical rule a provider overrode for a treatment, with who and why."""

    id = AutoField()
    treatment = ForeignKeyField(_Treatment, backref="overrides", on_delete="CASCADE")
    rule = CharField(max_length=32)
    message = TextField()
    reason = TextField()
    by = CharField(max_length=80, default="")
    at = DateTimeField()

    class Meta:
        table_name = "clinical_override"


class _ClinicProtocol(_Base):
    """A protocol template the clinic added (the built-in ones live in domain/protocols.py)."""

    id = AutoField()
    name = CharField(max_length=80, unique=True)
    indication = CharField(max_length=32)
    product = CharField(max_length=32)
    sites = TextField()  # JSON list of {muscle, side, units, injection_points}
    follow_the_pain = TextField(null=True)  # JSON or null
    source = TextField(default="")
    updated_at = DateTimeField()

    class Meta:
        table_name = "clinic_protocol"


class _ClinicMeasure(_Base):
    """An outcome measure the clinic added beside the built-in ones (domain/outcomes.py)."""

    code = CharField(primary_key=True, max_length=32)
    label = CharField(max_length=80)
    low = DecimalField(max_digits=8, decimal_places=2)
    high = DecimalField(max_digits=8, decimal_places=2)
    unit = CharField(max_length=20, default="")
    lower_is_better = BooleanField(default=True)

    class Meta:
        table_name = "clinic_measure"


class _Outcome(_Base):
    """One score: headache days in a month, MIDAS, HIT-6, pain, or a clinic measure."""

    id = AutoField()
    patient = ForeignKeyField(_Patient, backref="outcomes", on_delete="CASCADE", index=False)
    measure = CharField(max_length=32)
    value = DecimalField(max_digits=8, decimal_places=2, auto_round=True)
    recorded_on = DateField()
    treatment = ForeignKeyField(_Treatment, null=True, on_delete="SET NULL")
    notes = TextField(default="")
    by = CharField(max_length=80, default="")
    created_at = DateTimeField()

    class Meta:
        table_name = "outcome"
        indexes = ((("patient", "measure", "recorded_on"), False),)


NEW_TABLES: list[type[Model]] = [
    _Lot,
    _Reconstitution,
    _Treatment,
    _TreatmentSite,
    _AdverseEvent,
    _TreatmentAmendment,
    _ClinicalOverride,
    _ClinicProtocol,
    _ClinicMeasure,
    _Outcome,
]


def upgrade(database: Database, migrator: SchemaMigrator) -> None:
    database.execute_sql("ALTER TABLE patient ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT ''")
    with database.bind_ctx([_Patient, _Provider, _Appointment, *NEW_TABLES]):
        database.create_tables(NEW_TABLES)
