"""The calendar's records: working-time exceptions, and appointments as bookings are made."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from peewee import JOIN, SQL, NodeList, SqliteDatabase, fn

from clinic_desktop.domain.clinic_time import clock_of, minutes_of
from clinic_desktop.domain.codes import AppointmentStatus, Indication
from clinic_desktop.domain.entities import MAX_APPOINTMENT_MINUTES, Appointment
from clinic_desktop.domain.errors import NotFoundError
from clinic_desktop.domain.hours import TimeBlock
from clinic_desktop.domain.words import QT_TR_NOOP
from clinic_desktop.store import models as m
from clinic_desktop.store import read_ahead
from clinic_desktop.store.patients import as_date

if TYPE_CHECKING:  # loaded by the reads that make them: not every command reads working time or flow
    from clinic_desktop.domain.availability import DatedBlock, DayOff
    from clinic_desktop.domain.flow import StatusTimes, WaitlistEntry

# The two keys of PostgreSQL's advisory locks that hold a provider's and a room's time (hold()).
LOCK_PROVIDER, LOCK_ROOM = 7101, 7102


def appointment(row: Any) -> Appointment:
    return Appointment(
        id=int(row.id),
        patient_id=int(row.patient_id),
        provider_id=int(row.provider_id),
        room_id=int(row.room_id) if row.room_id is not None else None,
        type_id=int(row.appointment_type_id),
        start=row.start_at,
        end=row.end_at,
        status=AppointmentStatus(row.status),
        notes=str(row.notes),
        cancel_reason=str(row.cancel_reason),
        series_id=int(row.series_id) if row.series_id is not None else None,
    )


ACTIVE = [s.value for s in AppointmentStatus if s.occupies_time]
# A visit still to happen or happening: not cancelled, not a no-show, not completed.
NOT_OVER = [
    s.value
    for s in (
        AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED, AppointmentStatus.ARRIVED,
        AppointmentStatus.IN_ROOM,
    )
]  # fmt: skip
# No booking is longer than this (domain rule), so whatever overlaps [start, end) starts after
# start - LONGEST: the (resource, start_at) indexes then read a few rows, not the whole history.
LONGEST = timedelta(minutes=MAX_APPOINTMENT_MINUTES)
TICK = timedelta(seconds=1)  # instants are whole seconds: start_at < end == start_at <= end - 1 s


@dataclass(frozen=True)
class TreatmentVisit:
    """A toxin-treatment visit as the interval rule needs it: when, for whom, for what."""

    appointment_id: int
    patient_id: int
    start: datetime  # UTC
    indication: Indication | None


def instant(value: Any) -> datetime:
    """A stored UTC instant as an aware datetime: SQLite hands back text, PostgreSQL a datetime."""
    if isinstance(value, str):
        return _parse_instant(value)
    assert isinstance(value, datetime)
    return value.replace(tzinfo=UTC)


@lru_cache(maxsize=16_384)
def _parse_instant(text: str) -> datetime:
    # Bookings start on a five-minute grid, so a day's rows repeat the same few dozen instants:
    # parsing each once makes reading a busy week several times cheaper. Datetimes are immutable.
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


STATUS_OF = {status.value: status for status in AppointmentStatus}


@lru_cache(maxsize=32)
def _busy_sql(dialect: str, resource: str, how_many: int) -> str:
    """The SQL of busy() / room_busy() for one shape, built by peewee once: building it costs about
    a millisecond, as much as running it, and a free-slot search runs it a dozen times.
    Parameters, in order: the resource ids, _window(start, end), then ACTIVE. Cached per kind of
    database (dialect), whose parameter marks, quoting and date arithmetic differ.

    The instants come back as whole seconds since the epoch, computed by the database: the
    free-slot scan compares and adds integers, and converting a busy week's thousand text stamps
    to datetimes in Python cost more than the query and the scan together."""
    a = m.Appointment
    anything = datetime(2000, 1, 1, tzinfo=UTC)  # stands for the parameters; only the text is kept
    column = a.provider if resource == "provider" else a.room
    where = (
        column.in_(list(range(how_many)))
        & a.start_at.between(anything, anything)
        & (a.end_at > anything)
        & a.status.in_(ACTIVE)
    )
    selected = [column, _epoch_seconds(dialect, a.start_at), _epoch_seconds(dialect, a.end_at)]
    # In (resource, start) order: the order of the (resource, start_at) index, so nothing is sorted.
    sql: str = a.select(*selected).where(where).order_by(column, a.start_at).sql()[0]
    return sql


def _epoch_seconds(dialect: str, field: Any) -> Any:
    """A stored UTC instant as whole seconds since 1970, in the database's own SQL."""
    if "Postgres" in dialect:
        return fn.EXTRACT(NodeList((SQL("EPOCH FROM"), field))).cast("BIGINT")
    if sqlite3.sqlite_version_info >= (3, 38):  # unixepoch() costs a third of strftime('%s')
        return fn.unixepoch(field)
    return fn.strftime(SQL("'%s'"), field).cast("INTEGER")


def _date(day: date) -> Any:
    return m.TimeOff.start_date.db_value(day)


def _window(start: datetime, end: datetime) -> list[Any]:
    """The bounded-overlap parameters of [start, end): start_at BETWEEN start - LONGEST AND
    end - TICK, and end_at > start (LONGEST and TICK above say why)."""
    value = m.Appointment.start_at.db_value
    return [value(start - LONGEST), value(end - TICK), value(start)]


def working_time_statement(
    provider_ids: Sequence[int], first: date, last: date, with_closures: bool
) -> tuple[str, list[Any]]:
    """working_time's statement and its parameters: the three tables side by side in a UNION ALL,
    each row saying which it is (kind, provider, weekday, start minute, end minute, first date, last
    date, reason); with the clinic's closures too (kind 3) where ``with_closures``."""
    mark = m.db.param
    ids = ", ".join([mark] * len(provider_ids))
    params: list[Any] = [*provider_ids, *provider_ids, _date(first), _date(last)]
    params += [*provider_ids, _date(last), _date(first)]
    closed = ""
    if with_closures:
        closed = (
            " UNION ALL SELECT 3, NULL, NULL, NULL, NULL, start_date, end_date, reason"
            f" FROM clinic_closure WHERE start_date <= {mark} AND end_date >= {mark}"
        )
        params += [_date(last), _date(first)]
    sql = (
        "SELECT 0, provider_id, weekday, start_minute, end_minute, effective_from, effective_to,"
        f" CAST(NULL AS TEXT) FROM working_hours WHERE provider_id IN ({ids})"
        " UNION ALL SELECT 1, provider_id, NULL, start_minute, end_minute, day, NULL, NULL"
        f" FROM extra_session WHERE provider_id IN ({ids}) AND day >= {mark} AND day <= {mark}"
        " UNION ALL SELECT 2, provider_id, NULL, NULL, NULL, start_date, end_date, reason"
        f" FROM time_off WHERE provider_id IN ({ids}) AND start_date <= {mark} AND end_date >= {mark}"
        + closed
    )
    return sql, params


def _working_time_found(
    rows: Sequence[Sequence[Any]], provider_ids: Sequence[int], closures: list[DayOff] | None
) -> dict[int, tuple[list[DatedBlock], list[tuple[date, TimeBlock]], list[DayOff]]]:
    """working_time's answer from its statement's rows."""
    from clinic_desktop.domain.availability import DatedBlock, DayOff

    found: dict[int, tuple[list[DatedBlock], list[tuple[date, TimeBlock]], list[DayOff]]] = {
        p: ([], [], []) for p in provider_ids
    }
    for kind, provider, weekday, begin, finish, since, until, reason in rows:
        if kind == 3 and closures is not None:
            closures.append(DayOff(as_date(since), as_date(until), str(reason)))
            continue
        held = found[int(provider)]
        if kind == 0:
            held[0].append(
                DatedBlock(
                    int(weekday),
                    TimeBlock(clock_of(int(begin)), clock_of(int(finish))),
                    as_date(since) if since else None,
                    as_date(until) if until else None,
                )
            )
        elif kind == 1:
            held[1].append((as_date(since), TimeBlock(clock_of(int(begin)), clock_of(int(finish)))))
        else:
            held[2].append(DayOff(as_date(since), as_date(until), str(reason)))
    return found


def _clashes_among(
    near: Sequence[tuple[int, int, datetime, datetime]],
    start: datetime,
    end: datetime,
    asked: Sequence[tuple[str, int]],
    exclude: Sequence[int],
) -> dict[str, list[int]]:
    """clashes_at's answer from the bookings read ahead near ``start`` (store/booking_reads.py):
    each row (the holder's place in ``asked``, id, start, end) of a booking that occupies time,
    starting within LONGEST of ``start`` either way. The same test as clashes_at's statement:
    starting from start - LONGEST to end - TICK, ending after start, not excluded; by holder, in
    start order. The instants compared are aware (``instant``); the statement's bounds are whole
    seconds, the stored instants too, so comparing with ``start`` itself finds the same rows."""
    low, high = start - LONGEST, end - TICK
    found: dict[str, list[int]] = {column: [] for column, _ in asked}
    for number, appointment_id, begins, ends in sorted(near, key=lambda r: (r[0], r[2], r[1])):
        if low <= instant(begins) <= high and instant(ends) > start and appointment_id not in exclude:
            found[asked[number][0]].append(int(appointment_id))
    return found


@lru_cache(maxsize=2)
def _insert_sql() -> str:
    """A booking's INSERT with its id given (PostgreSQL: read ahead), every column in the model's
    order: written once (peewee builds an INSERT in as long as the server takes to run it)."""
    fields = m.Appointment._meta.sorted_fields
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    return f'INSERT INTO "appointment" ({columns}) VALUES ({", ".join(["%s"] * len(fields))})'


class CalendarRecords:
    # --- working time -----------------------------------------------------------------------------

    # These reads run for every provider a free-slot search or a follow-up proposal looks at, so
    # their SQL is written once here (plain, portable) rather than built by peewee on every call,
    # which costs as much as running it.

    def working_time(
        self, provider_ids: Sequence[int], first: date, last: date, closures: list[DayOff] | None = None
    ) -> dict[int, tuple[list[DatedBlock], list[tuple[date, TimeBlock]], list[DayOff]]]:
        """Each provider's weekly hours, extra sessions and time off from first to last, for one
        provider or several, in one statement (a follow-up proposal asks five at once; a booking
        one): the three tables side by side in a UNION ALL, each row saying which it is. Three
        statements were three round trips to a PostgreSQL server on every booking and proposal.
        Given ``closures`` (a list), the clinic's closures from first to last are read in the same
        statement and added to it (a booking's provider calendar: one round trip, where it was two)."""
        if not provider_ids:
            if closures is not None:
                closures += self.closures(first, last)
            return {}
        rows = read_ahead.take(("working time", tuple(provider_ids), first, last, closures is not None))
        if rows is read_ahead.MISSING:
            statement = working_time_statement(provider_ids, first, last, closures is not None)
            rows = m.execute_prepared(*statement).fetchall()
        return _working_time_found(rows, provider_ids, closures)

    def read_ahead_booking(
        self, patient_id: int, provider_id: int, start: datetime, day: date, now: datetime
    ) -> None:
        """PostgreSQL: what booking one appointment reads next, in one round trip (store/booking_reads.py)."""
        from clinic_desktop.store.booking_reads import read_ahead_booking

        read_ahead_booking(patient_id, provider_id, start, day, now)

    def hold(self, provider_id: int, room_id: int | None = None, room_kind: str | None = None) -> None:
        """PostgreSQL: take the booking's provider, then its room (``room_id``, or every room of
        ``room_kind`` in id order), for the rest of the write transaction, in one statement and
        always in that order. Two desks booking the same time then take turns before their checks
        (the second sees the first's booking and names it) instead of meeting the provider's and
        the room's exclusion constraints in opposite orders, which deadlocked one run in ten.
        Nothing is waited for here: the locks go with the transaction's next statement, in its
        round trip (ClinicPostgresqlDatabase.execute_with_next), and are held before it runs.
        SQLite needs nothing: its write transaction already runs alone (BEGIN IMMEDIATE)."""
        if isinstance(m.db.obj, SqliteDatabase):
            return
        sql = "SELECT pg_advisory_xact_lock(%s, %s)"
        params: list[Any] = [LOCK_PROVIDER, provider_id]
        if room_id is not None:
            sql += ", pg_advisory_xact_lock(%s, %s)"
            params += [LOCK_ROOM, room_id]
        elif room_kind:
            sql += (
                ", (SELECT COUNT(*) FROM (SELECT pg_advisory_xact_lock(%s, id) FROM room"
                " WHERE kind = %s ORDER BY id) AS rooms)"
            )
            params += [LOCK_ROOM, room_kind]
        m.db.execute_with_next(sql, params)

    def add_extra_session(self, provider_id: int, day: date, block: TimeBlock) -> None:
        m.ExtraSession.create(
            provider=provider_id,
            day=day,
            start_minute=minutes_of(block.start),
            end_minute=minutes_of(block.end),
        )

    def add_time_off(self, provider_id: int, first: date, last: date, reason: str) -> int:
        """The new entry's id (what the audit trail names)."""
        row = m.TimeOff.create(provider=provider_id, start_date=first, end_date=last, reason=reason)
        return int(row.id)

    def closures(self, first: date, last: date) -> list[DayOff]:
        from clinic_desktop.domain.availability import DayOff

        mark = m.db.param
        rows = m.db.execute_sql(
            "SELECT start_date, end_date, reason FROM clinic_closure"
            f" WHERE start_date <= {mark} AND end_date >= {mark}",
            [_date(last), _date(first)],
        ).fetchall()
        return [DayOff(as_date(a), as_date(b), str(reason)) for a, b, reason in rows]

    def add_closure(self, first: date, last: date, reason: str) -> int:
        row = m.ClinicClosure.create(start_date=first, end_date=last, reason=reason)
        return int(row.id)

    # --- bookings ---------------------------------------------------------------------------------

    def get(self, appointment_id: int) -> Appointment:
        row = m.Appointment.get_or_none(m.Appointment.id == appointment_id)
        if row is None:
            raise NotFoundError(QT_TR_NOOP("There is no appointment with id {id}."), id=appointment_id)
        return appointment(row)

    def add(
        self,
        patient_id: int,
        provider_id: int,
        room_id: int | None,
        type_id: int,
        start: datetime,
        end: datetime,
        now: datetime,
        notes: str = "",
        override_reason: str = "",
        series_id: int | None = None,
        booked_by: str = "",
    ) -> Appointment:
        """The new booking. Where its id was read ahead (a booking on PostgreSQL: store/read_ahead.py)
        the INSERT goes with the transaction's next statement, in its round trip, its answer not
        awaited; a refusal (the exclusion constraints) arrives with that statement's."""
        values = dict(
            patient=patient_id, provider=provider_id, room=room_id, appointment_type=type_id, start_at=start,
            end_at=end, status=AppointmentStatus.BOOKED.value, notes=notes, override_reason=override_reason,
            series_id=series_id, booked_by=booked_by, created_at=now,
        )  # fmt: skip
        known = read_ahead.take(("appointment id",))
        if known is read_ahead.MISSING:
            return appointment(m.Appointment.create(**values))
        m.check_values(m.Appointment, values)  # as Appointment.insert checks: refused before anything is sent
        row = m.Appointment(id=known, **values)
        fields = m.Appointment._meta.sorted_fields
        m.db.execute_with_next(_insert_sql(), [f.db_value(row.__data__.get(f.name)) for f in fields])
        return appointment(row)

    def set_series(self, appointment_ids: Sequence[int], series_id: int) -> None:
        m.Appointment.update(series_id=series_id).where(m.Appointment.id.in_(list(appointment_ids))).execute()

    def move(
        self,
        appointment_id: int,
        start: datetime,
        end: datetime,
        provider_id: int,
        room_id: int | None,
        reason: str,
    ) -> Appointment:
        m.Appointment.update(
            start_at=start, end_at=end, provider=provider_id, room=room_id, override_reason=reason
        ).where(m.Appointment.id == appointment_id).execute()
        return self.get(appointment_id)

    def set_room(self, appointment_id: int, room_id: int | None) -> None:
        m.Appointment.update(room=room_id).where(m.Appointment.id == appointment_id).execute()

    def set_status(self, appointment_id: int, status: AppointmentStatus, reason: str = "") -> Appointment:
        values: dict[str, Any] = {"status": status.value}
        if status is AppointmentStatus.CANCELLED:
            values["cancel_reason"] = reason
        m.Appointment.update(**values).where(m.Appointment.id == appointment_id).execute()
        return self.get(appointment_id)

    def following_in_series(self, appointment_id: int) -> list[Appointment]:
        """This appointment and the later, still active ones of its recurring series, in order."""
        current = self.get(appointment_id)
        row = m.Appointment.get_by_id(appointment_id)
        if row.series_id is None:
            return [current]
        rows = (
            m.Appointment.select()
            .where(
                (m.Appointment.series_id == row.series_id)
                & (m.Appointment.start_at >= current.start)
                & m.Appointment.status.in_(ACTIVE)
            )
            .order_by(m.Appointment.start_at)
        )
        return [appointment(r) for r in rows]

    def series(self, series_id: int) -> list[Appointment]:
        rows = (
            m.Appointment.select()
            .where(m.Appointment.series_id == series_id)
            .order_by(m.Appointment.start_at)
        )
        return [appointment(r) for r in rows]

    def treatment_visits(self, patient_ids: Sequence[int], since: datetime) -> list[TreatmentVisit]:
        """These patients' toxin-treatment visits (of a type that is a treatment) starting from
        ``since`` on and not over yet (booked, confirmed, arrived or in a room), in start order:
        the doses planned, which the 84-day floor counts beside the ones charted."""
        if not patient_ids:
            return []
        a, kind = m.Appointment, m.AppointmentType
        rows: Any = (
            a.select(a.id, a.patient, a.start_at, kind.indication)
            .join(kind, on=(a.appointment_type == kind.id))
            .where(
                a.patient.in_(list(patient_ids))
                & (a.start_at >= since)
                & a.status.in_(NOT_OVER)
                & (kind.is_treatment == True)  # noqa: E712
            )
            .order_by(a.start_at, a.id)
            .tuples()
        )
        return [
            TreatmentVisit(int(visit_id), int(patient), instant(start), Indication(code) if code else None)
            for visit_id, patient, start, code in rows
        ]

    def clashes(
        self, column: str, value: int, start: datetime, end: datetime, exclude: Sequence[int] = ()
    ) -> list[int]:
        """Ids of bookings holding this provider/room/patient at some moment of [start, end)."""
        field = getattr(m.Appointment, column)
        query = (
            m.Appointment.select(m.Appointment.id)
            .where(
                (field == value)
                & m.Appointment.start_at.between(start - LONGEST, end - TICK)
                & (m.Appointment.end_at > start)
                & m.Appointment.status.in_(ACTIVE)
            )
            .order_by(m.Appointment.start_at)
        )
        if exclude:
            query = query.where(m.Appointment.id.not_in(list(exclude)))
        return [int(r.id) for r in query]

    def clashes_at(
        self,
        start: datetime,
        end: datetime,
        holders: Sequence[tuple[str, int | None]],
        exclude: Sequence[int] = (),
    ) -> dict[str, list[int]]:
        """``clashes`` for several holders at once, e.g. (("provider", 3), ("room", None),
        ("patient", 12)), in one statement (a UNION ALL of one branch per holder, each read by its
        (holder, start_at) index): ids of the bookings holding each at some moment of [start,
        end), in start order, by holder. A holder given as None is not asked. A booking's checks
        of its provider, room and patient were three statements: three round trips to a
        PostgreSQL server (issue 22)."""
        asked = [(column, value) for column, value in holders if value is not None]
        near = read_ahead.take(("bookings near", tuple(asked), start))
        if near is not read_ahead.MISSING and end - start <= LONGEST:
            return _clashes_among(near, start, end, asked, exclude)
        mark = m.db.param
        statuses = ", ".join([mark] * len(ACTIVE))
        excluded = f' AND "id" NOT IN ({", ".join([mark] * len(exclude))})' if exclude else ""
        branches: list[str] = []
        params: list[Any] = []
        for number, (column, value) in enumerate(asked):
            branches.append(
                f'SELECT {number}, "id", "start_at" FROM "appointment" WHERE "{column}_id" = {mark}'
                f' AND "start_at" BETWEEN {mark} AND {mark} AND "end_at" > {mark}'
                f' AND "status" IN ({statuses}){excluded}'
            )
            params += [value, *_window(start, end), *ACTIVE, *exclude]
        found: dict[str, list[int]] = {column: [] for column, _ in asked}
        if not branches:
            return found
        rows = m.execute_prepared(" UNION ALL ".join(branches) + " ORDER BY 1, 3, 2", params).fetchall()
        for number, appointment_id, _ in rows:
            found[asked[int(number)][0]].append(int(appointment_id))
        return found

    def busy(self, provider_id: int, start: datetime, end: datetime) -> list[tuple[int, int]]:
        """The provider's booked intervals overlapping [start, end), in order (for free-slot search),
        as (start, end) in whole seconds since the epoch (UTC)."""
        return self.resources_busy("provider", [provider_id], start, end)[provider_id]

    def room_busy(
        self, room_ids: Sequence[int], start: datetime, end: datetime
    ) -> dict[int, list[tuple[int, int]]]:
        return self.resources_busy("room", room_ids, start, end)

    def resources_busy(
        self, resource: str, ids: Sequence[int], start: datetime, end: datetime
    ) -> dict[int, list[tuple[int, int]]]:
        """The booked intervals of several providers or rooms (``resource``) overlapping [start, end),
        per id, in start order, as (start, end) in whole seconds since the epoch (UTC).

        Read straight from the cursor: a busy week is a thousand rows, and peewee's per-row
        conversion would cost ten times the query."""
        found: dict[int, list[tuple[int, int]]] = {r: [] for r in ids}
        if not ids:
            return found
        sql = _busy_sql(type(m.db.obj).__name__, resource, len(ids))
        params = [*ids, *_window(start, end), *ACTIVE]
        # In (owner, start) order: each owner's rows are one run. The stamps arrive as integers.
        for owner, rows in groupby(m.db.execute_sql(sql, params).fetchall(), key=itemgetter(0)):
            found[int(owner)] = [row[1:] for row in rows]
        return found

    # --- patient flow -----------------------------------------------------------------------------

    def stamp(self, appointment_id: int, status: AppointmentStatus, at: datetime | None) -> None:
        """Record (or, undoing a step, clear) the instant a visit entered a status."""
        from clinic_desktop.domain.flow import STAMPS

        column = STAMPS.get(status)
        if column is not None:
            m.Appointment.update({column: at}).where(m.Appointment.id == appointment_id).execute()

    def status_times(self, appointment_ids: Sequence[int]) -> dict[int, StatusTimes]:
        from clinic_desktop.domain.flow import StatusTimes

        if not appointment_ids:
            return {}
        a = m.Appointment
        rows = a.select(a.id, a.arrived_at, a.roomed_at, a.completed_at).where(
            a.id.in_(list(appointment_ids))
        )
        return {int(r.id): StatusTimes(r.arrived_at, r.roomed_at, r.completed_at) for r in rows}

    # --- the waiting list -------------------------------------------------------------------------

    def add_waitlist(
        self,
        patient_id: int,
        provider_id: int | None,
        type_id: int | None,
        earliest: date,
        latest: date | None,
        note: str,
        now: datetime,
    ) -> WaitlistEntry:
        row = m.Waitlist.create(
            patient=patient_id, provider=provider_id, appointment_type=type_id, earliest=earliest,
            latest=latest, note=note, created_at=now,
        )  # fmt: skip
        return self.waitlist_entry(int(row.id))

    def waitlist_entry(self, waitlist_id: int) -> WaitlistEntry:
        found = self._waitlist(m.Waitlist.id == waitlist_id)
        if not found:
            raise NotFoundError(QT_TR_NOOP("There is no waiting-list entry with id {id}."), id=waitlist_id)
        return found[0]

    def open_waitlist(self) -> list[WaitlistEntry]:
        """Open requests, oldest first (the order in which freed slots are offered)."""
        return self._waitlist(m.Waitlist.resolved_at.is_null())

    def resolve_waitlist(self, waitlist_id: int, at: datetime) -> None:
        m.Waitlist.update(resolved_at=at).where(m.Waitlist.id == waitlist_id).execute()

    def patient_waitlist(self, patient_id: int) -> list[WaitlistEntry]:
        """Every request of one patient, open or resolved, oldest first (the complete record)."""
        return self._waitlist(m.Waitlist.patient == patient_id)

    def _waitlist(self, where: Any) -> list[WaitlistEntry]:
        from clinic_desktop.domain.flow import WaitlistEntry

        w, kind = m.Waitlist, m.AppointmentType
        query: Any = (
            w.select(
                w.id, w.patient, w.provider, w.appointment_type, w.earliest, w.latest, w.note,
                w.created_at, w.resolved_at, m.Patient.given_name, m.Patient.family_name,
                m.Provider.name.alias("provider_name"), kind.name.alias("type_name"), kind.minutes,
            )
            .join(m.Patient, on=(w.patient == m.Patient.id))
            .switch(w)
            .join(m.Provider, join_type=JOIN.LEFT_OUTER, on=(w.provider == m.Provider.id))
            .switch(w)
            .join(kind, join_type=JOIN.LEFT_OUTER, on=(w.appointment_type == kind.id))
            .where(where)
            .order_by(w.created_at, w.id)
            .dicts()
        )  # fmt: skip
        rows: list[dict[str, Any]] = list(query)
        return [
            WaitlistEntry(
                id=int(r["id"]),
                patient_id=int(r["patient"]),
                patient_name=f"{r['given_name']} {r['family_name']}",
                provider_id=int(r["provider"]) if r["provider"] is not None else None,
                provider_name=str(r["provider_name"]) if r["provider"] is not None else None,
                type_id=int(r["appointment_type"]) if r["appointment_type"] is not None else None,
                type_name=str(r["type_name"]) if r["appointment_type"] is not None else None,
                type_minutes=int(r["minutes"]) if r["appointment_type"] is not None else None,
                earliest=as_date(r["earliest"]),
                latest=as_date(r["latest"]) if r["latest"] is not None else None,
                note=str(r["note"]),
                created_at=r["created_at"],
                resolved_at=r["resolved_at"],
            )
            for r in rows
        ]
