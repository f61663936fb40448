"""Schema 10: what setting a clinic up in the window needs.

- Weekly hours with effective dates: a weekday's block may end on a date and a changed one start
  the day after with the same start time, so the unique index (provider, weekday, start_minute)
  gives way to a plain one on (provider, weekday); the service keeps blocks from overlapping.
- Stock adjustments with a reason (domain/stock.py): a table of them, and on each lot the sum of
  its adjustments (``vials_adjusted``, 0 for every existing lot), so that the vials left are
  read from the lot alone as before.
"""

from __future__ import annotations

from peewee import AutoField, CharField, Database, ForeignKeyField, IntegerField, Model
from playhouse.migrate import SchemaMigrator, migrate

from clinic_desktop.store.models import UtcDateTimeField


class _Base(Model):
    class Meta:
        legacy_table_names = False


class _Lot(_Base):
    id = AutoField()

    class Meta:
        table_name = "lot"


class _StockAdjustment(_Base):
    id = AutoField()
    lot = ForeignKeyField(_Lot, on_delete="CASCADE")
    vials = IntegerField()
    reason = CharField(max_length=200)
    by = CharField(max_length=80, default="")
    at = UtcDateTimeField()

    class Meta:
        table_name = "stock_adjustment"


def upgrade(database: Database, migrator: SchemaMigrator) -> None:
    """Each change made only where it is missing (a database rebuilt by hand, or by a test, from a
    newer one may already have some of them)."""
    indexes = database.get_indexes("working_hours")
    operations = [
        migrator.drop_index("working_hours", index.name)
        for index in indexes
        if index.unique and index.columns == ["provider_id", "weekday", "start_minute"]
    ]
    if not any(index.columns == ["provider_id", "weekday"] for index in indexes):
        operations.append(migrator.add_index("working_hours", ("provider_id", "weekday"), False))
    if "vials_adjusted" not in {column.name for column in database.get_columns("lot")}:
        operations.append(migrator.add_column("lot", "vials_adjusted", IntegerField(default=0)))
    migrate(*operations)
    with database.bind_ctx([_Lot, _StockAdjustment]):
        database.create_tables([_StockAdjustment])  # IF NOT EXISTS
