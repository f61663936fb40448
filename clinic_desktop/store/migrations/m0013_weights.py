"""Schema 13: children's doses by weight (domain/safety.py, "Children").

- A table of weighings (``patient_weight``): kilograms on a day, every one kept, indexed by patient
  and day; an existing clinic has none yet (a child's next treatment asks for one).
- On each treatment, the weight its dose was checked against (``weight_kg``; null for every
  treatment charted before, whose weight was never recorded).
"""

from __future__ import annotations

from peewee import AutoField, CharField, Database, DateField, DecimalField, ForeignKeyField, Model
from playhouse.migrate import SchemaMigrator, migrate

from clinic_desktop.store.models import UtcDateTimeField


class _Base(Model):
    class Meta:
        legacy_table_names = False


class _Patient(_Base):
    id = AutoField()

    class Meta:
        table_name = "patient"


class _PatientWeight(_Base):
    id = AutoField()
    patient = ForeignKeyField(_Patient, on_delete="CASCADE", index=False)
    measured_on = DateField()
    kg = DecimalField(max_digits=5, decimal_places=2, auto_round=True)
    recorded_by = CharField(max_length=80, default="")
    recorded_at = UtcDateTimeField()

    class Meta:
        table_name = "patient_weight"
        indexes = ((("patient", "measured_on"), False),)


def upgrade(database: Database, migrator: SchemaMigrator) -> None:
    """Each change made only where it is missing (a database rebuilt by hand, or by a test, from a
    newer one may already have some of them)."""
    if "weight_kg" not in {column.name for column in database.get_columns("treatment")}:
        migrate(
            migrator.add_column(
                "treatment", "weight_kg", DecimalField(max_digits=5, decimal_places=2, null=True)
            )
        )
    with database.bind_ctx([_Patient, _PatientWeight]):
        database.create_tables([_PatientWeight])  # IF NOT EXISTS, with its index
