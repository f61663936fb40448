"""Repositories: the only code that queries the models. They return domain values.

Each method is one statement or a short sequence; transactions are owned by the services that
call them (``Store.write_transaction``), so a use case commits or rolls back as a whole.
"""

from __future__ import annotations

import threading
from collections import namedtuple
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, date, datetime
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from peewee import (
    JOIN,
    SQL,
    Database,
    DatabaseError,
    DateField,
    IntegrityError,
    InterfaceError,
    OperationalError,
    SqliteDatabase,
    fn,
)

from clinic_desktop.domain import clinic_settings
from clinic_desktop.domain.clinic_time import clock_of, minutes_of
from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.entities import (
    Appointment,
    AppointmentType,
    ClinicSettings,
    Provider,
    Room,
    ScheduleEntry,
    WeeklyHours,
    frozen,
)
from clinic_desktop.domain.errors import (
    ConcurrentWriteError,
    ConflictError,
    DatabaseUnavailableError,
    DoubleBookingError,
    NotFoundError,
)
from clinic_desktop.domain.hours import TimeBlock
from clinic_desktop.domain.words import QT_TR_NOOP, Text
from clinic_desktop.store import models as m
from clinic_desktop.store import read_ahead
from clinic_desktop.store.audit import AuditRecords, UserRecords
from clinic_desktop.store.calendar import STATUS_OF, CalendarRecords, instant
from clinic_desktop.store.connection import DatabaseLocation, connection_lost, forget_connection
from clinic_desktop.store.faults import damaged, engine_fault
from clinic_desktop.store.patients import PatientRecords

if TYPE_CHECKING:
    from clinic_desktop.store.clinical_records import ClinicalRecords
    from clinic_desktop.store.day_list import DayListRecords
    from clinic_desktop.store.followups import FollowUpRecords
    from clinic_desktop.store.messages import OutboxRecords
    from clinic_desktop.store.patient_import import PatientImportRecords
    from clinic_desktop.store.patient_record import PatientRecordReads
    from clinic_desktop.store.reports import ReportRecords
    from clinic_desktop.store.setup import SetupRecords
    from clinic_desktop.store.tokens import TokenRecords
    from clinic_desktop.store.treatments import TreatmentRecords

# --- conversion from rows to domain values -------------------------------------------------------


def _provider(row: Any) -> Provider:
    return Provider(
        id=int(row.id),
        name=str(row.name),
        credentials=str(row.credentials),
        colour=str(row.colour),
        active=bool(row.active),
        indications=tuple(Indication(code) for code in str(row.indications).split(",") if code),
    )


def _room(row: Any) -> Room:
    return Room(id=int(row.id), name=str(row.name), kind=str(row.kind))


def _type(row: Any) -> AppointmentType:
    return AppointmentType(
        id=int(row.id),
        name=str(row.name),
        minutes=int(row.minutes),
        room_kind=row.room_kind,
        indication=Indication(row.indication) if row.indication else None,
        colour=str(row.colour),
        is_treatment=bool(row.is_treatment),
    )


@lru_cache(maxsize=32)
def _all_sql(model: Any, dialect: str) -> str:
    """SELECT every row of a small table, by name: built by peewee once per database kind (building
    costs as much as running it, and the lists of providers, rooms and types are read all day)."""
    sql: str = model.select().order_by(model.name).sql()[0]
    return sql


# Per thread (each has its own connection): the small tables read so far in the current read
# transaction. One use case reads the providers, rooms and types several times (a follow-up
# proposal: five); inside one transaction they cannot change, so once is enough.
_reading = threading.local()


def _all(model: Any) -> list[Any]:
    """Every row, straight from the cursor as light named tuples (the converters above read
    attributes): peewee's model instances cost more than the query for these short lists.
    Remembered until the read transaction ends (see Store.read_transaction)."""
    memo: dict[Any, list[Any]] | None = getattr(_reading, "tables", None)
    if memo is not None and model in memo:
        return list(memo[model])
    kept = read_ahead.take(("every row", model))
    if kept is not read_ahead.MISSING:
        return list(kept)
    cursor = m.execute_prepared(_all_sql(model, type(m.db.obj).__name__))
    row = _row_type(tuple(d[0] for d in cursor.description))
    rows = [row._make(values) for values in cursor.fetchall()]
    if memo is not None:
        memo[model] = rows
    return list(rows)


@lru_cache(maxsize=32)
def _row_type(columns: tuple[str, ...]) -> Any:
    return namedtuple("Row", columns)


def _count(model: Any) -> int:
    """COUNT(*) straight on the table; peewee's .count() wraps a subquery that SQLite cannot shortcut."""
    return int(model.select(fn.COUNT(SQL("*"))).scalar())


CHANGES_CHANNEL = "clinic_changes"  # PostgreSQL NOTIFY channel of committed writes (live refresh)


# --- repositories ---------------------------------------------------------------------------------


class SettingsRepository:
    """The clinic settings, one row per setting someone has set, its value as text; every key of
    domain/clinic_settings.py's table is read and written alike (the table says its type)."""

    def get(self) -> ClinicSettings:
        """The settings; read once per read transaction, like the other small tables (_all): a
        use case asks for the time zone, the country and the date order, each from here."""
        memo: dict[Any, Any] | None = getattr(_reading, "tables", None)
        if memo is not None and "setting" in memo:
            values = memo["setting"]
        else:
            values = dict(m.db.execute_sql('SELECT "key", "value" FROM setting').fetchall())
            if memo is not None:
                memo["setting"] = values
        return ClinicSettings(**clinic_settings.decode(values))

    def explicit_keys(self) -> set[str]:
        """The settings someone has set (the others are defaults)."""
        return {str(row.key) for row in m.Setting.select(m.Setting.key)}

    def set(self, key: str, value: str) -> None:
        m.put(m.Setting, key, value)


class ProviderRepository:
    def add(
        self,
        name: str,
        credentials: str = "",
        colour: str = "#1f7a8c",
        indications: tuple[Indication, ...] = (),
    ) -> Provider:
        if m.Provider.select().where(fn.LOWER(m.Provider.name) == name.lower()).exists():
            raise ConflictError(QT_TR_NOOP("There is already a provider called {name}."), name=name)
        row = m.Provider.create(
            name=name,
            credentials=credentials,
            colour=colour,
            indications=",".join(i.value for i in indications),
        )
        return _provider(row)

    def set_indications(self, provider_id: int, indications: tuple[Indication, ...]) -> None:
        m.Provider.update(indications=",".join(i.value for i in indications)).where(
            m.Provider.id == provider_id
        ).execute()

    def list(self) -> list[Provider]:
        return [_provider(r) for r in _all(m.Provider)]

    def get(self, provider_id: int) -> Provider:
        row = read_ahead.take(("provider", provider_id))
        if row is read_ahead.MISSING:
            row = m.Provider.get_or_none(m.Provider.id == provider_id)
        if row is None:
            raise NotFoundError(QT_TR_NOOP("There is no provider with id {id}."), id=provider_id)
        return _provider(row)

    def count(self) -> int:
        return _count(m.Provider)


class RoomRepository:
    def add(self, name: str, kind: str) -> Room:
        if m.Room.select().where(fn.LOWER(m.Room.name) == name.lower()).exists():
            raise ConflictError(QT_TR_NOOP("There is already a room called {name}."), name=name)
        return _room(m.Room.create(name=name, kind=kind))

    def list(self) -> list[Room]:
        return [_room(r) for r in _all(m.Room)]

    def kinds(self) -> set[str]:
        return {str(r.kind) for r in m.Room.select(m.Room.kind).distinct()}


class AppointmentTypeRepository:
    def add(
        self,
        name: str,
        minutes: int,
        room_kind: str | None,
        indication: Indication | None,
        colour: str,
        is_treatment: bool,
    ) -> AppointmentType:
        if m.AppointmentType.select().where(fn.LOWER(m.AppointmentType.name) == name.lower()).exists():
            raise ConflictError(QT_TR_NOOP("There is already an appointment type called {name}."), name=name)
        row = m.AppointmentType.create(
            name=name,
            minutes=minutes,
            room_kind=room_kind,
            indication=indication.value if indication else None,
            colour=colour,
            is_treatment=is_treatment,
        )
        return _type(row)

    def list(self) -> list[AppointmentType]:
        return [_type(r) for r in _all(m.AppointmentType)]


class HoursRepository:
    def set_day(self, provider_id: int, weekday: int, blocks: Sequence[TimeBlock]) -> None:
        m.WorkingHours.delete().where(
            (m.WorkingHours.provider == provider_id) & (m.WorkingHours.weekday == weekday)
        ).execute()
        for block in blocks:
            m.WorkingHours.create(
                provider=provider_id,
                weekday=weekday,
                start_minute=minutes_of(block.start),
                end_minute=minutes_of(block.end),
            )

    def week(self, provider_id: int, on: date | None = None) -> list[WeeklyHours]:
        """The provider's weekly blocks; with ``on``, only those in force that day (hours have
        effective dates since schema 10)."""
        h = m.WorkingHours
        query = h.select().where(h.provider == provider_id)
        if on is not None:
            query = query.where(
                (h.effective_from.is_null() | (h.effective_from <= on))
                & (h.effective_to.is_null() | (h.effective_to >= on))
            )
        rows = query.order_by(h.weekday, h.start_minute)
        by_day: dict[int, list[TimeBlock]] = {d: [] for d in range(7)}
        for r in rows:
            by_day[int(r.weekday)].append(
                TimeBlock(clock_of(int(r.start_minute)), clock_of(int(r.end_minute)))
            )
        return [WeeklyHours(provider_id, d, tuple(b)) for d, b in by_day.items()]


class AppointmentRepository:
    def count(self) -> int:
        return _count(m.Appointment)

    def __init__(self) -> None:
        self._range_sql: dict[bool, str] = {}

    def schedule(self, start: datetime, end: datetime, provider_id: int | None = None) -> list[ScheduleEntry]:
        """Appointments starting in [start, end), in start order, with the names a day list shows.

        The calendar asks this for every day it shows, so the SQL is built once per shape and
        reused with new parameters (peewee's query building would otherwise cost as much as the
        query)."""
        a = m.Appointment
        one = provider_id is not None
        sql = self._range_sql.get(one)
        if sql is None:
            where = (a.start_at >= start) & (a.start_at < end)
            if one:
                where &= a.provider == provider_id
            sql = self._query(where).sql()[0]
            self._range_sql[one] = sql
        params: list[Any] = [a.start_at.db_value(start), a.start_at.db_value(end)]
        if one:
            params.append(provider_id)
        return self._rows(sql, params)

    def entries(self, appointment_ids: list[int]) -> list[ScheduleEntry]:
        """These appointments with the names a message or list shows beside them."""
        return self._entries(m.Appointment.id.in_(appointment_ids)) if appointment_ids else []

    def for_patient(self, patient_id: int) -> list[ScheduleEntry]:
        """A patient's appointments, past and future, in start order."""
        return self._entries(m.Appointment.patient == patient_id)

    def _entries(self, where: Any) -> list[ScheduleEntry]:
        sql, params = self._query(where).sql()
        return self._rows(sql, list(params))

    def _query(self, where: Any) -> Any:
        a = m.Appointment
        return (
            a.select(
                a.id,
                a.patient,
                a.provider,
                a.room,
                a.appointment_type,
                a.start_at,
                a.end_at,
                a.status,
                a.notes,
                a.cancel_reason,
                a.series_id,
                m.Patient.given_name,
                m.Patient.family_name,
                m.Provider.name,
                m.AppointmentType.name,
                m.AppointmentType.colour,
                m.Room.name,
            )
            .join(m.Patient, on=(a.patient == m.Patient.id))
            .switch(a)
            .join(m.Provider, on=(a.provider == m.Provider.id))
            .switch(a)
            .join(m.AppointmentType, on=(a.appointment_type == m.AppointmentType.id))
            .switch(a)
            .join(m.Room, JOIN.LEFT_OUTER, on=(a.room == m.Room.id))
            .where(where)
            .order_by(a.start_at, m.Provider.name, a.id)
        )

    def _rows(self, sql: str, params: list[Any]) -> list[ScheduleEntry]:
        # Straight from the cursor: peewee's per-column conversion of every row costs more than the
        # query itself on a busy day; the two instants are converted here instead, and the values
        # (already checked when written) go in through frozen() rather than the dataclasses'
        # __init__, which sets each field through object.__setattr__ (3x the cost, measured with
        # benchmarks/bench.py: a provider's week of 150 bookings spent half its time there).
        entries = []
        row: Any
        for row in m.db.execute_sql(sql, params).fetchall():
            (aid, patient, provider, room, type_id, start_at, end_at, status, notes, reason, series) = row[
                :11
            ]
            (given, family, provider_name, type_name, colour, room_name) = row[11:]
            appointment = frozen(
                Appointment,
                {
                    "id": aid,
                    "patient_id": patient,
                    "provider_id": provider,
                    "room_id": room,
                    "type_id": type_id,
                    "start": instant(start_at),
                    "end": instant(end_at),
                    "status": STATUS_OF[status],
                    "notes": notes,
                    "cancel_reason": reason,
                    "series_id": series,
                },
            )
            entries.append(
                frozen(
                    ScheduleEntry,
                    {
                        "appointment": appointment,
                        "patient_name": f"{given} {family}",
                        "provider_name": provider_name,
                        "type_name": type_name,
                        "type_colour": colour,
                        "room_name": room_name,
                        "expired_consent": False,
                        "too_early": "",
                    },
                )
            )
        return entries

    def overlaps(self) -> list[tuple[str, int, int]]:
        """Pairs of bookings that hold the same provider or room at once: (what, earlier, later),
        each resource's pairs in the order of the later booking's id.

        One ordered scan per resource (ORDER BY resource, start), linear in the number of bookings
        however many overlap: a booking overlaps an earlier one exactly when it starts before the
        latest end among the bookings that started before it, and the booking holding that end is
        the earlier one named. (Looking each offender's partner up instead cost one indexed search
        per overlap: 27 minutes for a clinic with 13,000 overlapping legacy bookings.) Instants are
        compared as stored (whole-second text on SQLite, timestamps on PostgreSQL), which orders
        them as time does.
        """
        found: list[tuple[str, int, int]] = []
        for what, column in (("provider", "provider_id"), ("room", "room_id")):
            scan = (
                f"SELECT id, {column}, start_at, end_at FROM appointment"  # noqa: S608 - fixed names
                f" WHERE status <> 'cancelled' AND {column} IS NOT NULL ORDER BY {column}, start_at, id"
            )
            pairs: list[tuple[str, int, int]] = []
            resource: Any = None
            latest_end: Any = None
            holder = 0
            for booking, held, start, end in m.db.execute_sql(scan):
                if held != resource:
                    resource, latest_end, holder = held, end, booking
                    continue
                if start < latest_end:
                    pairs.append((what, int(holder), int(booking)))
                if end > latest_end:
                    latest_end, holder = end, booking
            found += sorted(pairs, key=lambda pair: pair[2])
        return found


class BulkWriter:
    """Fast inserts for generated data (the demo clinic): one prepared statement, many rows.

    Values arrive as domain values (aware UTC datetimes, dates, ints, strings) and are converted
    here to what the engine stores, with no per-row ORM work: 250,000 appointments in seconds.
    """

    def __init__(self, database: Database) -> None:
        self._database = database
        self._sqlite = isinstance(database, SqliteDatabase)

    def insert(self, model_name: str, fields: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        """Insert plain tuples (ids included); returns the number of rows written."""
        model = _MODELS[model_name]
        columns = [getattr(model, f) for f in fields]
        # Model defaults live in Python, not in the schema: add the columns not given.
        defaults = [
            f
            for f in model._meta.sorted_fields
            if f.name not in fields and f.default is not None and not callable(f.default)
        ]
        columns += defaults
        tail = tuple(f.default for f in defaults)
        if tail:
            rows = (tuple(row) + tail for row in rows)
        instants = [i for i, c in enumerate(columns) if isinstance(c, m.UtcDateTimeField)]
        dates = [i for i, c in enumerate(columns) if isinstance(c, DateField)]
        quote_chars: str = self._database.quote
        left, right = quote_chars[0], quote_chars[-1]

        def quote(name: str) -> str:
            return f"{left}{name}{right}"

        sql = "INSERT INTO {} ({}) VALUES ({})".format(
            quote(model._meta.table_name),
            ", ".join(quote(c.column_name) for c in columns),
            ", ".join([self._database.param] * len(columns)),
        )
        total = 0
        cursor = self._database.cursor()
        # Generated rows repeat the same instants and days many times over: each is converted once.
        seen: tuple[dict[Any, Any], dict[Any, Any]] = ({}, {})  # instants, days
        for chunk in _chunks(rows, 20_000):
            if instants or dates:
                chunk = [self._convert(row, instants, dates, seen) for row in chunk]
            m.insert_rows(self._database, cursor, sql, chunk)
            total += len(chunk)
        if "id" in fields and not self._sqlite:
            # SQLite numbers the next row after the largest id; a PostgreSQL serial column counts on
            # from its sequence, which rows given their own ids did not advance.
            table = quote(model._meta.table_name)
            self._database.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), MAX(id)) FROM {table}"
                " HAVING MAX(id) IS NOT NULL"
            )
        return total

    def _convert(
        self,
        row: Sequence[Any],
        instants: list[int],
        dates: list[int],
        seen: tuple[dict[Any, Any], dict[Any, Any]],
    ) -> list[Any]:
        values = list(row)
        seen_instants, seen_days = seen
        for i in instants:
            value = values[i]
            if value is not None:
                stored = seen_instants.get(value)
                if stored is None:
                    naive = value.astimezone(UTC).replace(tzinfo=None, microsecond=0)
                    stored = seen_instants[value] = naive.isoformat(" ") if self._sqlite else naive
                values[i] = stored
        if self._sqlite:
            for i in dates:
                value = values[i]
                if value is not None:
                    stored = seen_days.get(value)
                    if stored is None:
                        stored = seen_days[value] = value.isoformat()
                    values[i] = stored
        return values


def _chunks(rows: Iterable[Sequence[Any]], size: int) -> Iterator[list[Sequence[Any]]]:
    chunk: list[Sequence[Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_MODELS: dict[str, Any] = {
    "provider": m.Provider,
    "room": m.Room,
    "appointment_type": m.AppointmentType,
    "working_hours": m.WorkingHours,
    "patient": m.Patient,
    "appointment": m.Appointment,
    "condition": m.Condition,
    "allergy": m.Allergy,
    "medication": m.Medication,
    "consent": m.Consent,
    "patient_weight": m.PatientWeight,
    "lot": m.Lot,
    "reconstitution": m.Reconstitution,
    "treatment": m.Treatment,
    "treatment_site": m.TreatmentSite,
    "outcome": m.Outcome,
}


# PostgreSQL's "do it again" refusals: a deadlock (two writers each waiting for the other, as
# concurrent inserts checked by one exclusion constraint can be), a serialization failure.
RETRYABLE = ("40P01", "40001")


def _driver_error(error: Exception) -> Any:
    """The driver's own exception behind peewee's (psycopg2 has pgcode, psycopg 3 sqlstate)."""
    for cause in (error.__cause__, error.__context__, *error.args):
        if getattr(cause, "pgcode", None) or getattr(cause, "sqlstate", None):
            return cause
    return None


def _sqlstate(error: Exception) -> str | None:
    cause = _driver_error(error)
    return None if cause is None else str(getattr(cause, "pgcode", None) or cause.sqlstate)


def _overlap_refused(error: IntegrityError) -> str | None:
    """'provider' or 'room' when PostgreSQL's exclusion constraint refused an overlapping booking
    (SQLSTATE 23P01), naming the constraint; None for any other integrity error."""
    if _sqlstate(error) != "23P01":
        return None
    name = getattr(getattr(_driver_error(error), "diag", None), "constraint_name", None) or ""
    return "room" if name == m.ROOM_OVERLAP else "provider"


class Store:
    """The repositories over one open database; handed to the services, never imported by them."""

    def __init__(self, database: Database, location: DatabaseLocation) -> None:
        self.database = database
        self.location = location
        self.settings = SettingsRepository()
        self.providers = ProviderRepository()
        self.rooms = RoomRepository()
        self.types = AppointmentTypeRepository()
        self.hours = HoursRepository()
        self.patients = PatientRecords()
        self.appointments = AppointmentRepository()
        self.calendar = CalendarRecords()
        self.audit = AuditRecords()
        self.users = UserRecords()
        self.bulk = BulkWriter(database)
        self._listener: Any = None  # PostgreSQL: the connection that LISTENs (change_marker)
        self._heard = 0
        self._listener_lost = False  # dropped after a loss: the next one counts as a change
        self._sqlite = isinstance(database, SqliteDatabase)

    # The repositories most use cases never touch are made, and their modules imported, when first
    # used: a command or the sign-in dialog does not load the charting, reporting or set-up code.

    @cached_property
    def treatments(self) -> TreatmentRecords:
        from clinic_desktop.store.treatments import TreatmentRecords

        return TreatmentRecords()

    @cached_property
    def followups(self) -> FollowUpRecords:
        from clinic_desktop.store.followups import FollowUpRecords

        return FollowUpRecords()

    @cached_property
    def patient_import(self) -> PatientImportRecords:
        """An import's staging tables (issue 18; store/patient_import.py)."""
        from clinic_desktop.store.patient_import import PatientImportRecords

        return PatientImportRecords()

    @cached_property
    def clinical(self) -> ClinicalRecords:
        """The clinical summary and the contact log (store/clinical_records.py)."""
        from clinic_desktop.store.clinical_records import ClinicalRecords

        return ClinicalRecords()

    @cached_property
    def day_list(self) -> DayListRecords:
        from clinic_desktop.store.day_list import DayListRecords

        return DayListRecords()

    @cached_property
    def patient_record(self) -> PatientRecordReads:
        """The complete record (right of access)."""
        from clinic_desktop.store.patient_record import PatientRecordReads

        return PatientRecordReads()

    @cached_property
    def reports(self) -> ReportRecords:
        from clinic_desktop.store.reports import ReportRecords

        return ReportRecords()

    @cached_property
    def setup(self) -> SetupRecords:
        """What the window's set-up pages change (store/setup.py)."""
        from clinic_desktop.store.setup import SetupRecords

        return SetupRecords()

    @cached_property
    def tokens(self) -> TokenRecords:
        """Personal access tokens (store/tokens.py)."""
        from clinic_desktop.store.tokens import TokenRecords

        return TokenRecords()

    @cached_property
    def outbox(self) -> OutboxRecords:
        """Messages to patients, consent, templates (store/messages.py)."""
        from clinic_desktop.store.messages import OutboxRecords

        return OutboxRecords()

    def info_values(self, *keys: str) -> dict[str, str]:
        """Several database_info values in one statement (those present)."""
        rows = m.DatabaseInfo.select().where(m.DatabaseInfo.key.in_(keys))
        return {str(row.key): str(row.value) for row in rows}

    @contextmanager
    def write_transaction(self) -> Iterator[None]:
        """One use case's writes, all or nothing. On SQLite the write lock is taken up front
        (BEGIN IMMEDIATE) so that checks made inside see no concurrent writer. On PostgreSQL
        writers run side by side (READ COMMITTED); what must never overlap is guarded by the
        database itself, and its refusals arrive as DoubleBookingError / ConcurrentWriteError,
        which the booking services answer by running the use case again."""
        reading = getattr(_reading, "tables", None)
        _reading.tables = None  # what is written may be a small table: read it afresh
        read_ahead.forget()
        try:
            if isinstance(self.database, SqliteDatabase):
                with self.database.atomic("IMMEDIATE"):
                    yield
            elif self.database.in_transaction():  # inside another use case's: a savepoint
                with self._connection_guard(), self.database.atomic():
                    yield
                    self.database.execute_sql(f"NOTIFY {CHANGES_CHANNEL}")
            else:
                # Live refresh at the other workstations: the NOTIFY is delivered at commit and
                # dropped on rollback wherever it stands in the transaction, so it goes with BEGIN,
                # in the same round trip (ClinicPostgresqlDatabase.begin).
                with self._connection_guard(), self.database.atomic(then=f"NOTIFY {CHANGES_CHANNEL}"):
                    yield
        except IntegrityError as exc:
            overlap = _overlap_refused(exc)
            if overlap:
                raise DoubleBookingError(
                    QT_TR_NOOP("That time was just booked for the same provider from another workstation.")
                    if overlap == "provider"
                    else QT_TR_NOOP("That time was just booked for the same room from another workstation.")
                ) from exc
            raise ConflictError(
                QT_TR_NOOP("The change clashes with what is already recorded ({problem})."), problem=str(exc)
            ) from exc
        except OperationalError as exc:
            fault = engine_fault(exc, self.location)  # PostgreSQL's full disk (SQLite's is raised as one)
            if fault is not None:
                raise fault from exc
            if _sqlstate(exc) in RETRYABLE or (
                isinstance(self.database, SqliteDatabase) and "locked" in str(exc)
            ):
                # SQLite: another process kept the write lock past the busy timeout.
                raise ConcurrentWriteError(
                    QT_TR_NOOP(
                        "Another workstation was saving at the same moment, so nothing was saved; try again."
                    )
                ) from exc
            raise
        except DatabaseError as exc:  # PostgreSQL's damaged page (data_corrupted) is an internal error
            fault = engine_fault(exc, self.location)
            if fault is not None:
                raise fault from exc
            raise
        finally:
            _reading.tables = {} if reading is not None else None
            read_ahead.forget()  # the answers read ahead were this transaction's

    def in_transaction(self) -> bool:
        return bool(self.database.in_transaction())

    def outermost_transaction(self) -> object | None:
        """The calling thread's outermost open transaction (peewee's own object, the same for the
        whole of it), None outside one: what "once per write transaction" is counted by."""
        stack = self.database._state.transactions  # type: ignore[attr-defined]
        return stack[0] if stack else None

    @contextmanager
    def read_transaction(self) -> Iterator[None]:
        """One consistent snapshot for a use case's reads. Inside another read transaction it adds
        nothing (a read needs no savepoint); the small tables read in it are remembered (_all)."""
        if getattr(_reading, "tables", None) is not None or self.database.in_transaction():
            # Inside a write transaction its reads need no savepoint of their own (SAVEPOINT and
            # RELEASE were two round trips around every read a booking's checks made).
            yield
            return
        _reading.tables = {}
        # PostgreSQL's default (READ COMMITTED) gives each statement a snapshot of its own; a
        # SQLite read transaction sees one state of the database throughout. Asked for in BEGIN
        # itself: one round trip, not BEGIN and SET TRANSACTION.
        begin = {} if self._sqlite else {"isolation_level": "REPEATABLE READ"}
        try:
            with self._connection_guard(), self.database.atomic(**begin):
                yield
        finally:
            _reading.tables = None

    @contextmanager
    def _connection_guard(self) -> Iterator[None]:
        """A lost server connection (PostgreSQL) ends as DatabaseUnavailableError with the dead
        connection dropped (by the outermost transaction), so that the next use case connects
        again. The transaction it was in never committed: nothing is half-saved. (Live refresh's
        listening connection finds out for itself at its next poll.)"""
        try:
            yield
        except DatabaseUnavailableError:
            forget_connection(self.database)
            raise
        except (OperationalError, InterfaceError) as exc:  # anything the database class let through
            if self._sqlite or not connection_lost(exc):
                raise
            forget_connection(self.database)
            raise DatabaseUnavailableError(str(exc)) from exc

    def ping(self) -> None:
        """One round trip to the database (the window's reconnect check)."""
        with self._connection_guard():
            self.database.execute_sql("SELECT 1").fetchone()

    def change_marker(self) -> int | None:
        """A value that changes when another connection (another workstation, or a worker thread of
        this one) commits: what live refresh polls. SQLite's data_version is per connection and
        cheap (no table is read). PostgreSQL: the count of NOTIFYs heard (see _notifications)."""
        if isinstance(self.database, SqliteDatabase):
            return int(self.database.execute_sql("PRAGMA data_version").fetchone()[0])
        return self._notifications()

    def _notifications(self) -> int:
        """PostgreSQL: how many change notifications this workstation has heard. Every write
        transaction sends NOTIFY on CHANGES_CHANNEL (delivered when it commits, never when it rolls
        back); a connection of its own listens, read without blocking (poll). A listening
        connection found lost is opened again at once, and that counts as a change (what was
        committed meanwhile was not heard); if none can be opened, DatabaseUnavailableError."""
        import psycopg2

        listener = self._listener
        try:
            if listener is not None:
                try:
                    listener.poll()
                except psycopg2.Error as exc:
                    if not connection_lost(exc, listener):
                        raise
                    self._drop_listener()
                    self._listener_lost = True
                    listener = None
            if listener is None:
                listener = self._listener = self._listen()
                if self._listener_lost:
                    self._listener_lost = False
                    self._heard += 1
                listener.poll()
            while listener.notifies:
                listener.notifies.pop()
                self._heard += 1
        except psycopg2.Error as exc:
            self._drop_listener()
            if connection_lost(exc, listener):
                self._listener_lost = True
                raise DatabaseUnavailableError(str(exc)) from exc
            raise
        return self._heard

    def _listen(self) -> Any:
        import psycopg2

        params = dict(self.database.connect_params)
        connection = psycopg2.connect(dbname=self.database.database, **params)
        try:
            connection.autocommit = True
            connection.cursor().execute(f"LISTEN {CHANGES_CHANNEL}")
        except BaseException:
            connection.close()
            raise
        return connection

    def _drop_listener(self) -> None:
        if self._listener is not None:
            with suppress(Exception):  # already gone with the server: nothing left to close
                self._listener.close()
            self._listener = None

    def optimize(self) -> None:
        """Refresh the query planner's statistics after a large load. Both engines plan by them:
        PostgreSQL's autovacuum would gather them too, but only a minute or so later, and the
        first screens after a demo or an import are opened at once. On PostgreSQL only the
        clinic's own tables (ANALYZE alone would read the system catalogues too)."""
        if self._sqlite:
            self.database.execute_sql("ANALYZE")
        else:
            tables = ", ".join(f'"{model._meta.table_name}"' for model in m.ALL_MODELS)
            self.database.execute_sql(f"ANALYZE {tables}")

    def info_value(self, key: str) -> str | None:
        row = m.DatabaseInfo.get_or_none(m.DatabaseInfo.key == key)
        return str(row.value) if row is not None else None

    def set_info_value(self, key: str, value: str) -> None:
        m.put(m.DatabaseInfo, key, value)

    def patient_count(self) -> int:
        return _count(m.Patient)

    def counts(self) -> dict[str, int]:
        """How many patients, providers, appointments and treatments there are, in one statement,
        each a COUNT(*) straight on its table: what `info` shows, without loading the treatments'
        repository (and the dose rules it brings) only to count them."""
        tables = {"patients": m.Patient, "providers": m.Provider, "appointments": m.Appointment,
                  "treatments": m.Treatment}  # fmt: skip
        counted = ", ".join(f'(SELECT COUNT(*) FROM "{model._meta.table_name}")' for model in tables.values())
        row = self.database.execute_sql(f"SELECT {counted}").fetchone()
        return {name: int(count) for name, count in zip(tables, row, strict=True)}

    def is_empty(self) -> bool:
        return not (m.Provider.select().exists() or m.Patient.select().exists())

    def integrity_problems(self) -> list[str]:
        """The database engine's own checks: page integrity and foreign keys (SQLite). A damaged
        file is not one problem among others: DatabaseDamagedError, naming what SQLite found and
        the backup to restore. PostgreSQL has nothing to ask here: it enforces foreign keys on
        every write (SQLite only while the connection says so), and a damaged page fails the
        statement that reads it."""
        problems: list[str] = []
        if isinstance(self.database, SqliteDatabase):
            found = [" ".join(str(r[0]).split()) for r in self.database.execute_sql("PRAGMA integrity_check")]
            if found != ["ok"]:
                listed = "; ".join(found[:3])
                detail = (
                    Text(
                        QT_TR_NOOP("SQLite's integrity check found: {found}; and {more} more"),
                        found=listed,
                        more=len(found) - 3,
                    )
                    if len(found) > 3
                    else Text(QT_TR_NOOP("SQLite's integrity check found: {found}"), found=listed)
                )
                raise damaged(detail, self.location)
            for table, rowid, parent, _ in self.database.execute_sql("PRAGMA foreign_key_check").fetchall():
                problems.append(
                    Text(
                        QT_TR_NOOP("Row {row} of {table} points to a missing {parent}."),
                        row=rowid,
                        table=table,
                        parent=parent,
                    )
                )
        return problems

    def end_thread(self) -> None:
        """Close the calling thread's connection (each thread has its own); live refresh's
        listening connection is the workstation's and stays, so that no notification is missed."""
        if not self.database.is_closed():
            self.database.close()

    def close(self) -> None:
        self._drop_listener()
        self.end_thread()
