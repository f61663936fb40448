"""Schema 7: on PostgreSQL the database itself refuses a double booking (and the search index
compares its tokens byte by byte, as on SQLite).

Several workstations write to one PostgreSQL database at once, each in its own READ COMMITTED
transaction: the application's check ("is this provider free then?") can pass on two of them before
either commits. Exclusion constraints (``btree_gist``) close that gap: no two bookings of the same
provider, nor of the same room, may have overlapping time ranges while both hold their time (every
status but cancelled, as ``AppointmentStatus.occupies_time`` says at this version). The second
writer's INSERT waits for the first to commit and is then refused with SQLSTATE 23P01, which the
store turns into a ConflictError.

SQLite needs no such constraint and has none: it admits one writer at a time, and the booking
services check inside a BEGIN IMMEDIATE write transaction, so nobody can commit between the check
and the write. On SQLite this step only records the version.

The patient search reads its index by prefix ranges (token >= 'smi' AND token < 'smj'), which hold
every token starting with the prefix only in byte order: SQLite's, but not necessarily that of a
PostgreSQL database created with a language's collation (en_US.UTF-8 skips the colon of 'p:212...').
So the token column gets COLLATE "C" (its index is rebuilt with it).
"""

from __future__ import annotations

from peewee import Database, IntegrityError, SqliteDatabase
from playhouse.migrate import SchemaMigrator

from clinic_desktop.domain.errors import SchemaError
from clinic_desktop.domain.words import QT_TR_NOOP

# The statuses that held time at this version (all but 'cancelled'), frozen here as the step is.
OCCUPYING = ("booked", "confirmed", "arrived", "in_room", "completed", "no_show")
# The constraints' names, as store/models.py has them (the store reads them back from a refusal).
PROVIDER_CONSTRAINT = "appointment_provider_no_overlap"
ROOM_CONSTRAINT = "appointment_room_no_overlap"


def statements() -> list[str]:
    """The DDL, in order. tsrange: start_at and end_at are timestamps without a zone (UTC at rest);
    a range is half-open, [start, end), so back-to-back bookings do not overlap."""
    holding = "status IN ({})".format(", ".join(f"'{s}'" for s in OCCUPYING))
    return [
        # A trusted extension since PostgreSQL 13: a database owner may create it, no superuser needed.
        "CREATE EXTENSION IF NOT EXISTS btree_gist",
        f'ALTER TABLE "appointment" ADD CONSTRAINT "{PROVIDER_CONSTRAINT}" EXCLUDE USING gist '
        f'("provider_id" WITH =, tsrange("start_at", "end_at") WITH &&) WHERE ({holding})',
        f'ALTER TABLE "appointment" ADD CONSTRAINT "{ROOM_CONSTRAINT}" EXCLUDE USING gist '
        f'("room_id" WITH =, tsrange("start_at", "end_at") WITH &&) '
        f'WHERE ({holding} AND "room_id" IS NOT NULL)',
        'ALTER TABLE "patient_token" ALTER COLUMN "token" TYPE VARCHAR(96) COLLATE "C"',
    ]


def upgrade(database: Database, migrator: SchemaMigrator) -> None:
    if isinstance(database, SqliteDatabase):
        return
    create_extension, *rest = statements()
    try:
        with database.atomic():
            database.execute_sql(create_extension)
    except Exception as exc:  # the driver's error: not installed, or not allowed
        raise SchemaError(
            QT_TR_NOOP(
                "The PostgreSQL server lacks the btree_gist extension that keeps bookings from "
                "overlapping (it ships with PostgreSQL's contrib modules), or this database's owner "
                "may not create it. Ask the server's administrator to run CREATE EXTENSION "
                "btree_gist. ({problem})"
            ),
            problem=str(exc),
        ) from exc
    *constraints, byte_order = rest
    database.execute_sql(byte_order)
    for statement, what in zip(constraints, ("provider", "room"), strict=True):
        try:
            with database.atomic():
                database.execute_sql(statement)
        except IntegrityError as exc:
            later = _first_overlap(database, f"{what}_id")
            raise SchemaError(_double_booked(what, later), later=later) from exc


def _first_overlap(database: Database, column: str) -> int | None:
    """The first booking that overlaps an earlier one of the same resource: one ordered pass, as
    `check` makes it."""
    holding = ", ".join(f"'{s}'" for s in OCCUPYING)
    row = database.execute_sql(
        f"SELECT id FROM (SELECT id, start_at, MAX(end_at) OVER (PARTITION BY {column}"  # noqa: S608
        " ORDER BY start_at, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prior_end"
        f" FROM appointment WHERE status IN ({holding}) AND {column} IS NOT NULL) AS ordered"
        " WHERE prior_end > start_at ORDER BY id LIMIT 1"
    ).fetchone()
    return int(row[0]) if row else None


def _double_booked(what: str, later: int | None) -> str:
    """Why the upgrade was undone: bookings double-booking a provider or a room (naming the later
    of a pair when there is one), as a marked template with the field ``later``."""
    if what == "provider":
        return (
            QT_TR_NOOP(
                "The database holds bookings that double-book the same provider (appointment {later} and an "
                "earlier one); the upgrade was undone. Open it with the previous version, move or cancel one "
                "of each pair (`check` lists them all), then open it again."
            )
            if later
            else QT_TR_NOOP(
                "The database holds bookings that double-book the same provider; the upgrade was undone. "
                "Open it with the previous version, move or cancel one of each pair (`check` lists them "
                "all), then open it again."
            )
        )
    return (
        QT_TR_NOOP(
            "The database holds bookings that double-book the same room (appointment {later} and an "
            "earlier one); the upgrade was undone. Open it with the previous version, move or cancel one "
            "of each pair (`check` lists them all), then open it again."
        )
        if later
        else QT_TR_NOOP(
            "The database holds bookings that double-book the same room; the upgrade was undone. "
            "Open it with the previous version, move or cancel one of each pair (`check` lists them "
            "all), then open it again."
        )
    )
