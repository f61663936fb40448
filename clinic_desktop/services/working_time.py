"""When providers work, as the clinic manager changes it: weekly hours from a date on, extra
sessions, time off, clinic closures (domain/working_time.py has the rules).

Every change is a manager's (Permission.SETTINGS), checked and written in one write transaction
with its audit entry. A change that takes working time away from booked patients is refused,
naming them (OutsideHoursError), unless ``keep_bookings`` says to go ahead: the bookings then stay
where they are, their override reason saying they are outside hours and why, each with an audit
entry of its own in the patient's trail. Reading the lists needs no permission beyond being
signed in: the calendar shows working time to everyone."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.availability import DayOff, ProviderCalendar
from clinic_desktop.domain.entities import ScheduleEntry
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.hours import TimeBlock, normalise_blocks
from clinic_desktop.domain.words import QT_TR_NOOP, Text
from clinic_desktop.domain.working_time import (
    Absence,
    Booked,
    ExtraSession,
    HoursEntry,
    OutsideHoursError,
    apply_plan,
    check_absence,
    outside_hours_note,
    plan_hours,
    stranded,
    weekdays_text,
)

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

LOOK_AHEAD = timedelta(days=3 * 366)  # bookings are made at most this far ahead (series: a year)
Change = Callable[[ProviderCalendar], ProviderCalendar]


class WorkingTimeService:
    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    # --- weekly hours -----------------------------------------------------------------------------

    def hours(self, provider_id: int) -> list[HoursEntry]:
        """Every stored block of the provider's weekly hours, past versions included."""
        self._s.require(Permission.SCHEDULE)
        store = self._s.store
        with store.read_transaction():
            store.providers.get(provider_id)
            return store.setup.hours(provider_id)

    def set_hours(
        self,
        provider_id: int,
        weekdays: Iterable[int],
        blocks: Sequence[TimeBlock],
        since: date | None = None,
        keep_bookings: bool = False,
    ) -> list[HoursEntry]:
        """Work ``blocks`` on ``weekdays`` from ``since`` on (None: always); no blocks: not working
        those days. "Mon-Fri 08:00-17:00" is one call."""
        self._s.require(Permission.SETTINGS)
        days = sorted(set(weekdays))
        ordered = normalise_blocks(list(blocks))
        store = self._s.store
        with store.write_transaction():
            provider = store.providers.get(provider_id)
            entries = store.setup.hours(provider_id)
            plan = plan_hours(entries, days, ordered, since)
            if not plan.end and not plan.remove and not plan.add:
                return entries
            weekly = tuple(apply_plan(entries, plan))
            hours = ", ".join(str(b) for b in ordered) if ordered else Text(QT_TR_NOOP("not working"))
            what = (
                Text(
                    QT_TR_NOOP("{provider}'s hours ({days} {hours} from {since})"),
                    provider=provider.name,
                    days=weekdays_text(days),
                    hours=hours,
                    since=f"{since:%Y-%m-%d}",
                )
                if since
                else Text(
                    QT_TR_NOOP("{provider}'s hours ({days} {hours})"),
                    provider=provider.name,
                    days=weekdays_text(days),
                    hours=hours,
                )
            )
            kept = self._check([provider_id], lambda c: replace(c, weekly=weekly), what, keep_bookings, since)
            for entry_id, last in plan.end:
                store.setup.end_hours(entry_id, last)
            store.setup.remove_hours(plan.remove)
            for block in plan.add:
                store.setup.add_hours(provider_id, block)
            after = store.setup.hours(provider_id)
            self._s.record(
                "change", "hours", provider_id,
                {"provider_id": provider_id, "hours": _hours_text(entries, days)},
                {"provider_id": provider_id, "hours": _hours_text(after, days),
                 "bookings_outside_hours": [b.appointment_id for b in kept]},
            )  # fmt: skip
            return after

    # --- extra sessions ---------------------------------------------------------------------------

    def extra_sessions(self, provider_id: int) -> list[ExtraSession]:
        """The provider's extra sessions from today on."""
        self._s.require(Permission.SCHEDULE)
        store = self._s.store
        with store.read_transaction():
            store.providers.get(provider_id)
            return store.setup.extra_sessions(provider_id, self._today())

    def add_extra_session(self, provider_id: int, day: date, block: TimeBlock) -> ExtraSession:
        """A one-off session on a day (a Saturday clinic, a longer day before a holiday)."""
        self._s.require(Permission.SETTINGS)
        if day < self._today():
            raise ValidationError(
                QT_TR_NOOP("{day} has passed; an extra session is for a day to come."), day=f"{day:%Y-%m-%d}"
            )
        store = self._s.store
        with store.write_transaction():
            store.providers.get(provider_id)
            for other in store.setup.extra_sessions(provider_id, day):
                if other.day == day and other.block.start < block.end and block.start < other.block.end:
                    raise ValidationError(
                        QT_TR_NOOP("There is already an extra session {block} on {day}; change that one."),
                        block=str(other.block),
                        day=f"{day:%Y-%m-%d}",
                    )
            new_id = store.setup.add_extra_session(provider_id, day, block)
            session = ExtraSession(new_id, provider_id, day, block)
            self._s.record("create", "extra_session", new_id, None, _session_values(session))
            return session

    def remove_extra_session(self, session_id: int, keep_bookings: bool = False) -> None:
        self._s.require(Permission.SETTINGS)
        store = self._s.store
        with store.write_transaction():
            session = store.setup.extra_session(session_id)
            provider = store.providers.get(session.provider_id)

            def without(calendar: ProviderCalendar) -> ProviderCalendar:
                rest = list(calendar.extra)
                if (session.day, session.block) in rest:
                    rest.remove((session.day, session.block))
                return replace(calendar, extra=tuple(rest))

            what = Text(
                QT_TR_NOOP("Removing {provider}'s extra session {block} on {day}"),
                provider=provider.name,
                block=str(session.block),
                day=f"{session.day:%Y-%m-%d}",
            )
            self._check([session.provider_id], without, what, keep_bookings, session.day, session.day)
            store.setup.remove_extra_session(session_id)
            self._s.record("delete", "extra_session", session_id, _session_values(session), None)

    # --- time off ---------------------------------------------------------------------------------

    def time_off(self, provider_id: int | None = None) -> list[Absence]:
        """Time off that has not ended yet (one provider's, or everyone's)."""
        self._s.require(Permission.SCHEDULE)
        with self._s.store.read_transaction():
            return self._s.store.setup.time_off(provider_id, self._today())

    def add_time_off(
        self, provider_id: int, first: date, last: date, reason: str = "", keep_bookings: bool = False
    ) -> Absence:
        self._s.require(Permission.SETTINGS)
        cleaned = check_absence(first, last, reason, Text(QT_TR_NOOP("Time off")))
        store = self._s.store
        with store.write_transaction():
            provider = store.providers.get(provider_id)
            off = DayOff(first, last, cleaned)
            what = (
                Text(
                    QT_TR_NOOP("{provider}'s time off on {day}"),
                    provider=provider.name,
                    day=f"{first:%Y-%m-%d}",
                )
                if first == last
                else Text(
                    QT_TR_NOOP("{provider}'s time off from {first} to {last}"),
                    provider=provider.name,
                    first=f"{first:%Y-%m-%d}",
                    last=f"{last:%Y-%m-%d}",
                )
            )
            kept = self._check(
                [provider_id],
                lambda c: replace(c, time_off=(*c.time_off, off)),
                what,
                keep_bookings,
                first,
                last,
            )
            new_id = store.calendar.add_time_off(provider_id, first, last, cleaned)
            absence = Absence(new_id, provider_id, first, last, cleaned)
            self._s.record(
                "create", "time_off", new_id, None,
                {**_absence_values(absence), "bookings_outside_hours": [b.appointment_id for b in kept]},
            )  # fmt: skip
            return absence

    def remove_time_off(self, entry_id: int) -> None:
        """Removing time off gives working time back: no booking can be left outside by it."""
        self._s.require(Permission.SETTINGS)
        store = self._s.store
        with store.write_transaction():
            absence = store.setup.time_off_entry(entry_id)
            store.setup.remove_time_off(entry_id)
            self._s.record("delete", "time_off", entry_id, _absence_values(absence), None)

    # --- clinic closures --------------------------------------------------------------------------

    def closures(self) -> list[Absence]:
        """Closures that have not ended yet."""
        self._s.require(Permission.SCHEDULE)
        with self._s.store.read_transaction():
            return self._s.store.setup.closures(self._today())

    def add_closure(self, first: date, last: date, reason: str = "", keep_bookings: bool = False) -> Absence:
        """The whole clinic closed (a training day, building works); public holidays of the
        clinic's country and region need no entry (the holiday calendar knows them)."""
        self._s.require(Permission.SETTINGS)
        cleaned = check_absence(first, last, reason, Text(QT_TR_NOOP("A closure")))
        store = self._s.store
        with store.write_transaction():
            closed = DayOff(first, last, cleaned)
            everyone = [p.id for p in store.providers.list() if p.active]
            what = (
                Text(QT_TR_NOOP("Closing the clinic on {day}"), day=f"{first:%Y-%m-%d}")
                if first == last
                else Text(
                    QT_TR_NOOP("Closing the clinic from {first} to {last}"),
                    first=f"{first:%Y-%m-%d}",
                    last=f"{last:%Y-%m-%d}",
                )
            )
            kept = self._check(
                everyone,
                lambda c: replace(c, closures=(*c.closures, closed)),
                what,
                keep_bookings,
                first,
                last,
            )
            new_id = store.calendar.add_closure(first, last, cleaned)
            absence = Absence(new_id, None, first, last, cleaned)
            self._s.record(
                "create", "closure", new_id, None,
                {**_absence_values(absence), "bookings_outside_hours": [b.appointment_id for b in kept]},
            )  # fmt: skip
            return absence

    def remove_closure(self, entry_id: int) -> None:
        self._s.require(Permission.SETTINGS)
        store = self._s.store
        with store.write_transaction():
            absence = store.setup.closure(entry_id)
            store.setup.remove_closure(entry_id)
            self._s.record("delete", "closure", entry_id, _absence_values(absence), None)

    # --- the bookings a change would leave outside working time -----------------------------------

    def _check(
        self,
        provider_ids: Sequence[int],
        change: Change,
        what: str,
        keep_bookings: bool,
        first: date | None = None,
        last: date | None = None,
    ) -> list[Booked]:
        """The bookings to come (from ``first`` to ``last``, else all) of these providers that the
        change leaves outside working time. Refused (OutsideHoursError) unless ``keep_bookings``;
        kept, each is marked and audited. Runs inside the caller's write transaction."""
        store, clinic_time = self._s.store, self._s.time
        now = self._s.now()
        start = max(now, clinic_time.day_bounds(first)[0]) if first else now
        end = clinic_time.day_bounds(last)[1] if last else now + LOOK_AHEAD
        if end <= start:
            return []
        found: list[tuple[Booked, ScheduleEntry]] = []
        for provider_id in provider_ids:
            entries = [
                e
                for e in store.appointments.schedule(start, end, provider_id)
                if e.appointment.status.occupies_time
            ]
            if not entries:
                continue
            local = [
                (clinic_time.to_local(e.appointment.start), clinic_time.to_local(e.appointment.end), e)
                for e in entries
            ]
            days = [s.date() for s, _, _ in local]
            before = self._s.appointments.provider_calendar(provider_id, min(days), max(days))
            booked = {
                e.appointment.id: (
                    Booked(
                        e.appointment.id, s.replace(tzinfo=None), f.replace(tzinfo=None), _describe(s, f, e)
                    ),
                    e,
                )
                for s, f, e in local
            }
            for lost in stranded([b for b, _ in booked.values()], before, change(before)):
                found.append(booked[lost.appointment_id])
        found.sort(key=lambda pair: pair[0].start)
        if not found:
            return []
        kept = [b for b, _ in found]
        if not keep_bookings:
            raise OutsideHoursError(what, kept)
        note = str(outside_hours_note(what, self._today()))  # stored: the English
        store.setup.mark_outside_hours([b.appointment_id for b in kept], note)
        for marked, entry in found:
            self._s.record(
                "change", "appointment", marked.appointment_id, {"override_reason": ""},
                {"override_reason": note}, patient_id=entry.appointment.patient_id,
            )  # fmt: skip
        return kept

    def _today(self) -> date:
        return self._s.time.local_date(self._s.now())


def _describe(start: Any, end: Any, entry: ScheduleEntry) -> Text:
    return Text(
        QT_TR_NOOP("{patient} {start}-{end} with {provider}"),
        patient=entry.patient_name,
        start=f"{start:%a %Y-%m-%d %H:%M}",
        end=f"{end:%H:%M}",
        provider=entry.provider_name,
    )


def _hours_text(entries: Sequence[HoursEntry], days: Sequence[int]) -> list[str]:
    """A weekday's blocks as the trail shows them: 'Mon 08:00-12:00 from 2026-12-01'."""
    texts = []
    for entry in entries:
        block = entry.block
        if block.weekday not in days:
            continue
        dates = (f" from {block.effective_from:%Y-%m-%d}" if block.effective_from else "") + (
            f" to {block.effective_to:%Y-%m-%d}" if block.effective_to else ""
        )
        texts.append(f"{weekdays_text([block.weekday])} {block.block}{dates}")
    return texts


def _session_values(session: ExtraSession) -> dict[str, Any]:
    return {"provider_id": session.provider_id, "day": session.day, "block": str(session.block)}


def _absence_values(absence: Absence) -> dict[str, Any]:
    values: dict[str, Any] = {"first": absence.first, "last": absence.last, "reason": absence.reason}
    if absence.provider_id is not None:
        values = {"provider_id": absence.provider_id, **values}
    return values
