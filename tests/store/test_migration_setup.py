"""Schema 10 (the set-up in the window): a database as schema 9 left it is upgraded on both engines,
keeping its lots and hours; afterwards a weekday's block may end on a date and start again, changed,
the next day, and a lot's count can be adjusted."""

from __future__ import annotations

from datetime import date

from clinic_desktop.domain.codes import Product
from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.services import ClinicServices
from clinic_desktop.store.migrations import SCHEMA_VERSION, VERSION_KEY
from tests.conftest import NewDatabase


def as_of_schema_9(location: str) -> None:
    """A clinic with a provider's Monday hours and a lot, put back to schema 9's shape: the unique
    hours index, no adjustments table, no adjusted count on the lot."""
    s = ClinicServices.open(location)
    lind = s.resources.add_provider("Dr Lind")
    s.resources.set_hours(lind.id, 0, parse_blocks("08:00-12:00"))
    s.treatments.add_lot(Product.ONABOTULINUMTOXINA, "C1", date(2027, 6, 30), 5)
    database = s.store.database
    database.execute_sql('DROP TABLE "stock_adjustment"')
    database.execute_sql('ALTER TABLE "lot" DROP COLUMN "vials_adjusted"')
    database.execute_sql('DROP INDEX "working_hours_provider_id_weekday"')
    database.execute_sql(
        'CREATE UNIQUE INDEX "working_hours_provider_id_weekday_start_minute"'
        ' ON "working_hours" ("provider_id", "weekday", "start_minute")'
    )
    s.store.set_info_value(VERSION_KEY, "9")
    s.close()


def test_schema_9_is_upgraded_keeping_lots_and_hours(new_database: NewDatabase) -> None:
    location = new_database("old")
    as_of_schema_9(location)
    s = ClinicServices.open(location)
    try:
        assert s.migration is not None and (s.migration.from_version, s.migration.to_version) == (
            9,
            SCHEMA_VERSION,
        )
        lot = s.treatments.lots()[0]
        assert (lot.lot_number, lot.vials_adjusted, lot.vials_left) == ("C1", 0, 5)
        assert [str(b.block.block) for b in s.working_time.hours(1)] == ["08:00-12:00"]
        # The same 08:00 start, changed from a date on: two rows the old unique index refused.
        s.working_time.set_hours(1, [0], parse_blocks("08:00-11:00"), date(2027, 1, 4))
        assert [(str(b.block.block), b.block.effective_to) for b in s.working_time.hours(1)] == [
            ("08:00-12:00", date(2027, 1, 3)),
            ("08:00-11:00", None),
        ]
        assert s.stock.adjust(lot.id, -1, "broken").vials_left == 4
        assert s.clinic.check() == []
    finally:
        s.close()
