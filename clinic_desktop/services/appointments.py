"""Booking, moving and cancelling: the calendar's use cases, and the rule that nobody is double-booked.

Every write takes the write lock first (Store.write_transaction: BEGIN IMMEDIATE on SQLite), then
checks for clashes, then writes, so two workstations booking the same slot at the same moment
cannot both succeed. On PostgreSQL writers do not wait for each other: there the database's
exclusion constraints (store/migrations/m0007) refuse the second overlapping write, and the use
case runs again, so that its check names the booking in the way (_again_on_overlap).
A clash of provider or room is refused, naming the booking in the way;
outside working hours, on a holiday or a day off needs an override reason, and so does a
toxin-treatment visit before the patient's first safe day (the 84-day floor and the 400 U window,
services/treatment_interval.py: the same rules as charting); the same patient booked twice at
once is allowed with a warning (a consultation and a procedure may overlap). A refusal that a
reason would overcome is an OverrideRequiredError, carrying what the reason would override.

Booking, moving and moving a series lock the patient first (store.patients.lock), so two desks
booking or charting one patient take turns and the second sees the first's visit.

Every use case asks for the scheduling permission first (reception, providers and managers have it;
the clinic's own closures and a provider's time off are clinic settings), and every booking, move,
cancellation and status change is written to the audit trail inside its own write transaction, so
a refused or retried booking leaves no entry behind.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

from clinic_desktop.domain import flow
from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.availability import ProviderCalendar, series_starts
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.entities import Appointment, AppointmentType, ScheduleEntry, require_minutes
from clinic_desktop.domain.errors import (
    ConcurrentWriteError,
    ConflictError,
    NotFoundError,
    OverrideRequiredError,
    ValidationError,
)
from clinic_desktop.domain.hours import TimeBlock
from clinic_desktop.domain.patients import PatientStatus
from clinic_desktop.services.treatment_interval import TreatmentIntervals

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

SLOT_STEP_MINUTES = 5
SLOT_SEARCH_DAYS = 90
SLOT_WINDOW_DAYS = 14
# A refused write is tried again this many times in all: each try sees every booking committed
# before it began, so only a burst of other workstations booking the same time could exhaust it.
OVERLAP_ATTEMPTS = 3
T = TypeVar("T")


@dataclass
class BookingRequest:
    patient_id: int
    provider_id: int
    type_name: str
    start: datetime  # UTC instant of the first appointment
    duration: int | None = None
    room_id: int | None = None
    every_weeks: int | None = None
    count: int | None = None
    override_reason: str = ""
    notes: str = ""


@dataclass(frozen=True)
class BookingResult:
    appointments: list[Appointment]
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Slot:
    start: datetime
    end: datetime
    provider_id: int
    room_id: int | None


class AppointmentService:
    def __init__(self, services: ClinicServices) -> None:
        self._s = services
        self._intervals = TreatmentIntervals(services)

    # --- working time ---------------------------------------------------------------------------

    def provider_calendar(self, provider_id: int | None, first: date, last: date) -> ProviderCalendar:
        """What decides a provider's working time from first to last; with no provider, only what
        every provider shares (closures and public holidays). Not a use case of its own (no
        permission asked): the checked use cases below build their rules from it."""
        store = self._s.store
        settings = store.settings.get()
        days: dict[date, str] = {}
        if settings.country:
            for year in range(first.year, last.year + 1):
                found = public_holidays(settings.country, settings.subdivision, year)
                days.update({d: name for d, name in found.items() if first <= d <= last})
        closures = tuple(store.calendar.closures(first, last))
        if provider_id is None:
            return ProviderCalendar(closures=closures, holidays=days)
        weekly, extra, time_off = store.calendar.working_time([provider_id], first, last)[provider_id]
        return ProviderCalendar(
            weekly=tuple(weekly),
            extra=tuple(extra),
            time_off=tuple(time_off),
            closures=closures,
            holidays=days,
        )

    def availability(self, provider_id: int, day: date) -> list[TimeBlock]:
        self._s.require(Permission.SCHEDULE)
        with self._s.store.read_transaction():
            self._s.store.providers.get(provider_id)
            return self.provider_calendar(provider_id, day, day).blocks(day)

    def closed_days(self, first: date, last: date) -> dict[date, str]:
        """The days in [first, last] on which no active provider works, each with the reason in
        words (a public holiday, a clinic closure, or simply nobody's working day): what the month
        view shades."""
        self._s.require(Permission.SCHEDULE)
        with self._s.store.read_transaction():
            providers = [p.id for p in self._s.store.providers.list() if p.active]
            calendars = [self.provider_calendar(p, first, last) for p in providers]
        closed: dict[date, str] = {}
        day = first
        while day <= last:
            if not any(c.blocks(day) for c in calendars):
                reasons = [c.why_closed(day) for c in calendars]
                shared = (
                    reasons[0] if reasons and reasons[0] and all(r == reasons[0] for r in reasons) else None
                )
                closed[day] = _sentence(shared) if shared else "Nobody is working"
            day += timedelta(days=1)
        return closed

    def add_time_off(self, provider_id: int, first: date, last: date, reason: str = "") -> None:
        """A provider's days away: part of the clinic's set-up (working hours), so a manager's."""
        self._s.require(Permission.SETTINGS)
        if last < first:
            raise ValidationError("Time off must end on or after the day it starts.")
        store = self._s.store
        with store.write_transaction():
            store.providers.get(provider_id)
            new_id = store.calendar.add_time_off(provider_id, first, last, reason.strip())
            after = {"provider_id": provider_id, "first": first, "last": last, "reason": reason.strip()}
            self._s.record("create", "time_off", new_id, None, after)

    def add_closure(self, first: date, last: date, reason: str = "") -> None:
        self._s.require(Permission.SETTINGS)
        if last < first:
            raise ValidationError("A closure must end on or after the day it starts.")
        store = self._s.store
        with store.write_transaction():
            new_id = store.calendar.add_closure(first, last, reason.strip())
            self._s.record(
                "create", "closure", new_id, None, {"first": first, "last": last, "reason": reason.strip()}
            )

    # --- booking --------------------------------------------------------------------------------

    def appointment_type(self, name: str) -> AppointmentType:
        """The type called ``name`` (any case): a lookup of the clinic's set-up, not a use case."""
        wanted = name.strip().casefold()
        for kind in self._s.store.types.list():
            if kind.name.casefold() == wanted:
                return kind
        known = ", ".join(t.name for t in self._s.store.types.list()) or "none yet"
        raise NotFoundError(f"There is no appointment type called '{name}'. Types: {known}.")

    def book(self, request: BookingRequest) -> BookingResult:
        """Book one appointment, or a series ('every 12 weeks x 4') at the same local wall-clock time."""
        self._s.require(Permission.SCHEDULE)
        return self._again_on_overlap(lambda: self._book(request))

    def _book(self, request: BookingRequest) -> BookingResult:
        store = self._s.store
        clinic_time = self._s.time
        kind = self.appointment_type(request.type_name)
        minutes = require_minutes(request.duration or kind.minutes)
        first_local = clinic_time.to_local(request.start).replace(tzinfo=None)
        if request.every_weeks or request.count:
            starts = [
                clinic_time.to_utc(s)
                for s in series_starts(first_local, request.every_weeks or 0, request.count or 0)
            ]
        else:
            starts = [request.start]
        now = self._s.now()
        if starts[0] < now:
            raise ValidationError(
                f"{clinic_time.to_local(starts[0]):%Y-%m-%d %H:%M} is in the past; "
                "appointments are booked from now on."
            )
        with store.write_transaction():
            # First: another desk booking or charting this patient waits until this booking is
            # saved, and the treatment visits counted below then hold what it wrote.
            store.patients.lock(request.patient_id)
            patient = store.patients.get(request.patient_id)
            if patient.status in (PatientStatus.MERGED, PatientStatus.DECEASED):
                raise ValidationError(
                    f"{patient.display_name} ({patient.mrn}) is {patient.status.value}; "
                    "book the current record."
                )
            provider = store.providers.get(request.provider_id)
            store.calendar.hold(provider.id, request.room_id, kind.room_kind)  # provider, then room
            warnings = self._intervals.booking_refusals(patient.id, patient.display_name, kind, starts)
            booked: list[Appointment] = []
            calendar = self.provider_calendar(
                provider.id, clinic_time.local_date(starts[0]), clinic_time.local_date(starts[-1])
            )
            for start in starts:
                end = start + timedelta(minutes=minutes)
                room = self._room_for(kind, request.room_id, start, end)
                warnings += self._check(
                    provider.id, provider.name, room, request.patient_id, start, end, calendar, []
                )
                booked.append(
                    store.calendar.add(
                        request.patient_id, provider.id, room, kind.id, start, end, now,
                        notes=request.notes.strip(), override_reason=request.override_reason.strip(),
                        booked_by=self._person(),
                    )
                )  # fmt: skip
            self._require_override(warnings, request.override_reason)
            if len(booked) > 1:
                store.calendar.set_series([a.id for a in booked], booked[0].id)
                booked = [replace(a, series_id=booked[0].id) for a in booked]
            self._s.messages.appointments_booked(booked)  # its confirmation and reminders (issue 23)
            # Last, after every insert: the trail's head is locked until commit (PostgreSQL), and
            # holding it while inserting could make another workstation's booking wait on this
            # one and this one on it.
            for a in booked:
                after = appointment_values(a)
                if request.override_reason.strip():
                    after["override_reason"] = request.override_reason.strip()
                    if _overridden(warnings):
                        after["overridden"] = _overridden(warnings)
                self._s.record("create", "appointment", a.id, None, after, a.patient_id)
        return BookingResult(booked, [w.removeprefix("!") for w in warnings])

    def move(
        self,
        appointment_id: int,
        start: datetime,
        duration: int | None = None,
        provider_id: int | None = None,
        override_reason: str = "",
    ) -> BookingResult:
        """Move (and optionally resize or hand to another provider) one booking, with the same checks."""
        self._s.require(Permission.SCHEDULE)
        return self._again_on_overlap(
            lambda: self._move(appointment_id, start, duration, provider_id, override_reason)
        )

    def _move(
        self,
        appointment_id: int,
        start: datetime,
        duration: int | None,
        provider_id: int | None,
        override_reason: str,
    ) -> BookingResult:
        store = self._s.store
        clinic_time = self._s.time
        if start < self._s.now():
            raise ValidationError(
                f"{clinic_time.to_local(start):%Y-%m-%d %H:%M} is in the past; move it to a later time."
            )
        with store.write_transaction():
            # The patient first (as booking does), then the appointment as it is now.
            store.patients.lock(store.calendar.get(appointment_id).patient_id)
            current = store.calendar.get(appointment_id)
            if current.status in (
                AppointmentStatus.CANCELLED,
                AppointmentStatus.COMPLETED,
                AppointmentStatus.NO_SHOW,
            ):
                raise ValidationError(
                    f"Appointment {appointment_id} is {current.status.label.lower()}; it cannot be moved."
                )
            minutes = require_minutes(duration or int((current.end - current.start).total_seconds() // 60))
            end = start + timedelta(minutes=minutes)
            provider = store.providers.get(provider_id or current.provider_id)
            store.calendar.hold(provider.id, current.room_id)  # provider, then room
            day = clinic_time.local_date(start)
            calendar = self.provider_calendar(provider.id, day, day)
            warnings = self._visit_refusals(current.patient_id, current.type_id, [start], [appointment_id])
            warnings += self._check(
                provider.id,
                provider.name,
                current.room_id,
                current.patient_id,
                start,
                end,
                calendar,
                [appointment_id],
            )
            self._require_override(warnings, override_reason)
            moved = store.calendar.move(
                appointment_id, start, end, provider.id, current.room_id, override_reason.strip()
            )
            self._record_move(current, moved, override_reason, warnings)
        return BookingResult([moved], [w.removeprefix("!") for w in warnings])

    def move_following(
        self, appointment_id: int, start: datetime, override_reason: str = ""
    ) -> BookingResult:
        """Move this appointment and every later one of its series by the same wall-clock shift, so
        the series keeps its rhythm and its local time across daylight-saving changes. All or none."""
        self._s.require(Permission.SCHEDULE)
        return self._again_on_overlap(lambda: self._move_following(appointment_id, start, override_reason))

    def _move_following(self, appointment_id: int, start: datetime, override_reason: str) -> BookingResult:
        store = self._s.store
        clinic_time = self._s.time

        def wall(instant: datetime) -> datetime:
            return clinic_time.to_local(instant).replace(tzinfo=None)

        with store.write_transaction():
            store.patients.lock(store.calendar.get(appointment_id).patient_id)  # first, as booking does
            current = store.calendar.get(appointment_id)
            members = store.calendar.following_in_series(appointment_id)
            shift = wall(start) - wall(current.start)
            plan = [(a, clinic_time.to_utc(wall(a.start) + shift), a.end - a.start) for a in members]
            if plan[0][1] < self._s.now():
                raise ValidationError(
                    f"{wall(plan[0][1]):%Y-%m-%d %H:%M} is in the past; move it to a later time."
                )
            provider = store.providers.get(current.provider_id)
            calendar = self.provider_calendar(
                provider.id, clinic_time.local_date(plan[0][1]), clinic_time.local_date(plan[-1][1])
            )
            ids = [a.id for a in members]
            warnings = self._visit_refusals(current.patient_id, current.type_id, [p[1] for p in plan], ids)
            for a, new_start, length in plan:
                warnings += self._check(
                    provider.id,
                    provider.name,
                    a.room_id,
                    a.patient_id,
                    new_start,
                    new_start + length,
                    calendar,
                    ids,
                )
            self._require_override(warnings, override_reason)
            moved = [
                store.calendar.move(a.id, s, s + length, a.provider_id, a.room_id, override_reason.strip())
                for a, s, length in plan
            ]
            for before, after in zip(members, moved, strict=True):
                self._record_move(before, after, override_reason, warnings)
        return BookingResult(moved, [w.removeprefix("!") for w in warnings])

    def cancel_following(self, appointment_id: int, reason: str) -> list[Appointment]:
        """Cancel this appointment and the later ones of its series (a patient stopping treatment)."""
        self._s.require(Permission.SCHEDULE)
        if not reason.strip():
            raise ValidationError(
                "Say why the appointments are cancelled (for the record and the recall list)."
            )
        store = self._s.store
        with store.write_transaction():
            members = store.calendar.following_in_series(appointment_id)
            cancelled = [
                store.calendar.set_status(a.id, AppointmentStatus.CANCELLED, reason.strip()) for a in members
            ]
            for before, after in zip(members, cancelled, strict=True):
                self._record_status(before, after)
            return cancelled

    def cancel(self, appointment_id: int, reason: str) -> Appointment:
        self._s.require(Permission.SCHEDULE)
        if not reason.strip():
            raise ValidationError(
                "Say why the appointment is cancelled (for the record and the recall list)."
            )
        return self.set_status(appointment_id, AppointmentStatus.CANCELLED, reason.strip())

    def set_status(self, appointment_id: int, status: AppointmentStatus, reason: str = "") -> Appointment:
        """Move a visit along (domain.flow says which steps exist) and stamp when it happened:
        arrived, roomed, completed. Undoing a step clears the stamp of the step undone."""
        self._s.require(Permission.SCHEDULE)
        store = self._s.store
        with store.write_transaction():
            current = store.calendar.get(appointment_id)
            flow.check_change(appointment_id, current.status, status)
            if status is not current.status:
                if flow.is_undo(current.status, status):
                    store.calendar.stamp(appointment_id, current.status, None)
                else:
                    store.calendar.stamp(appointment_id, status, self._s.now())
            changed = store.calendar.set_status(appointment_id, status, reason)
            self._record_status(current, changed)
            return changed

    def send_to_room(self, appointment_id: int, room_id: int | None) -> Appointment:
        """The patient goes in: into the room chosen at the desk (None keeps the booked one). The
        room must be free for the rest of the visit, as at booking."""
        self._s.require(Permission.SCHEDULE)
        return self._again_on_overlap(lambda: self._send_to_room(appointment_id, room_id))

    def _send_to_room(self, appointment_id: int, room_id: int | None) -> Appointment:
        store = self._s.store
        with store.write_transaction():
            current = store.calendar.get(appointment_id)
            flow.check_change(appointment_id, current.status, AppointmentStatus.IN_ROOM)
            if room_id is not None and room_id != current.room_id:
                room = next((r for r in store.rooms.list() if r.id == room_id), None)
                if room is None:
                    raise NotFoundError(f"There is no room with id {room_id}.")
                clash = store.calendar.clashes("room", room_id, current.start, current.end, [appointment_id])
                if clash:
                    entry = self._entry(clash[0])
                    raise ConflictError(
                        f"{room.name} is in use: {entry.provider_name} has {self._describe(clash[0])}."
                    )
                store.calendar.set_room(appointment_id, room_id)
            store.calendar.stamp(appointment_id, AppointmentStatus.IN_ROOM, self._s.now())
            roomed = store.calendar.set_status(appointment_id, AppointmentStatus.IN_ROOM)
            self._record_status(current, roomed)
            return roomed

    def for_patient(self, patient_id: int) -> list[ScheduleEntry]:
        self._s.require(Permission.SCHEDULE)
        with self._s.store.read_transaction():
            self._s.store.patients.get(patient_id)
            return self._s.store.appointments.for_patient(patient_id)

    def entries(self, appointment_ids: list[int]) -> list[ScheduleEntry]:
        """These appointments with the names shown beside them (patient, provider, type, room)."""
        self._s.require(Permission.SCHEDULE)
        return self._s.store.appointments.entries(appointment_ids)

    def entry(self, appointment_id: int) -> ScheduleEntry:
        self._s.require(Permission.SCHEDULE)
        return self._entry(appointment_id)

    def _entry(self, appointment_id: int) -> ScheduleEntry:
        """One appointment with its names, unchecked: the rules below name the booking in the way
        from inside use cases that asked already."""
        found = self._s.store.appointments.entries([appointment_id])
        if not found:
            raise NotFoundError(f"There is no appointment with id {appointment_id}.")
        return found[0]

    # --- the day's flow ---------------------------------------------------------------------------

    def flow_board(self, day: date) -> FlowBoard:
        """The clinic day as the front desk follows it: who is expected, waiting (and for how
        long), in a room, done; cancelled visits are only counted."""
        self._s.require(Permission.SCHEDULE)
        clinic_time = self._s.time
        store = self._s.store
        start, end = clinic_time.day_bounds(day)
        now = self._s.now()
        with store.read_transaction():
            entries = store.appointments.schedule(start, end)
            times = store.calendar.status_times([e.appointment.id for e in entries])
        rows: list[FlowRow] = []
        cancelled = 0
        for entry in entries:
            lane = flow.lane_of(entry.appointment.status)
            if lane is None:
                cancelled += 1
                continue
            stamps = times.get(entry.appointment.id, flow.StatusTimes())
            waiting = flow.minutes_between(stamps.arrived_at, now) if lane is flow.Lane.WAITING else None
            in_room = flow.minutes_between(stamps.roomed_at, now) if lane is flow.Lane.IN_ROOM else None
            rows.append(FlowRow(entry, lane, stamps, waiting, in_room, entry.room_name))
        return FlowBoard(day, now, clinic_time.timezone, rows, cancelled)

    # --- the waiting list -----------------------------------------------------------------------

    def add_to_waitlist(
        self,
        patient_id: int,
        earliest: date,
        latest: date | None = None,
        provider_id: int | None = None,
        type_name: str | None = None,
        note: str = "",
    ) -> flow.WaitlistEntry:
        self._s.require(Permission.SCHEDULE)
        if latest is not None and latest < earliest:
            raise ValidationError("The latest date must be on or after the earliest date.")
        store = self._s.store
        kind = self.appointment_type(type_name) if type_name else None
        with store.write_transaction():
            patient = store.patients.get(patient_id)
            if patient.status in (PatientStatus.MERGED, PatientStatus.DECEASED):
                raise ValidationError(
                    f"{patient.display_name} ({patient.mrn}) is {patient.status.value}; "
                    "add the current record."
                )
            if provider_id is not None:
                store.providers.get(provider_id)
            type_id = kind.id if kind else None
            added = store.calendar.add_waitlist(
                patient_id, provider_id, type_id, earliest, latest, note.strip(), self._s.now()
            )
            self._s.record("create", "waitlist", added.id, None, waitlist_values(added), patient_id)
            return added

    def waitlist(self) -> list[flow.WaitlistEntry]:
        """Open requests, oldest first."""
        self._s.require(Permission.SCHEDULE)
        with self._s.store.read_transaction():
            return self._s.store.calendar.open_waitlist()

    def remove_from_waitlist(self, waitlist_id: int) -> None:
        """Close a request (kept, with the time, for the record)."""
        self._s.require(Permission.SCHEDULE)
        store = self._s.store
        with store.write_transaction():
            entry = store.calendar.waitlist_entry(waitlist_id)
            if entry.resolved_at is not None:
                raise ValidationError(f"{entry.patient_name} is no longer on the waiting list.")
            self._resolve_waitlist(entry, "removed")

    def offers_for(self, appointment_id: int) -> list[flow.WaitlistEntry]:
        """Who on the waiting list could take the slot this (cancelled) appointment frees:
        same provider or any, the day within their dates, their visit type short enough.
        Oldest request first. A slot already past offers nobody."""
        self._s.require(Permission.SCHEDULE)
        store = self._s.store
        clinic_time = self._s.time
        with store.read_transaction():
            freed = store.calendar.get(appointment_id)
            if freed.start < self._s.now():
                return []
            default = next((t.minutes for t in store.types.list() if t.id == freed.type_id), 0)
            slot = int((freed.end - freed.start).total_seconds() // 60)
            day = clinic_time.local_date(freed.start)
            return [
                w
                for w in store.calendar.open_waitlist()
                if w.patient_id != freed.patient_id
                and w.fits(freed.provider_id, day, slot, default)
                and not store.calendar.clashes("patient", w.patient_id, freed.start, freed.end)
            ]

    def book_from_waitlist(self, waitlist_id: int, appointment_id: int) -> BookingResult:
        """Book a waiting patient into the slot a cancelled appointment freed, and close the request."""
        self._s.require(Permission.SCHEDULE)
        return self._again_on_overlap(lambda: self._book_from_waitlist(waitlist_id, appointment_id))

    def _book_from_waitlist(self, waitlist_id: int, appointment_id: int) -> BookingResult:
        store = self._s.store
        with store.write_transaction():
            entry = store.calendar.waitlist_entry(waitlist_id)
            if entry.resolved_at is not None:
                raise ValidationError(f"{entry.patient_name} is no longer on the waiting list.")
            freed = store.calendar.get(appointment_id)
            type_name = entry.type_name or next(t.name for t in store.types.list() if t.id == freed.type_id)
            note = f"From the waiting list. {entry.note}".strip()
            result = self.book(
                BookingRequest(entry.patient_id, freed.provider_id, type_name, freed.start, notes=note)
            )
            self._resolve_waitlist(entry, "booked", result.appointments[0].id)
        return result

    def _resolve_waitlist(
        self, entry: flow.WaitlistEntry, how: str, appointment_id: int | None = None
    ) -> None:
        """Close a request and say so in the trail (inside the caller's write transaction)."""
        self._s.store.calendar.resolve_waitlist(entry.id, self._s.now())
        after: dict[str, Any] = {"resolved": how}
        if appointment_id is not None:
            after["appointment_id"] = appointment_id
        self._s.record("change", "waitlist", entry.id, {"resolved": None}, after, entry.patient_id)

    # --- the trail ----------------------------------------------------------------------------------

    def _person(self) -> str:
        """The name of the person signed in, for the booking's own "booked by"; empty when the
        software itself acts (a script, the demo)."""
        session = self._s.session
        return session.name if session is not None and session.role is not None else ""

    def _record_move(
        self, before: Appointment, after: Appointment, override_reason: str, warnings: list[str]
    ) -> None:
        """A move's entry: where and when the booking was, and is now (and what a reason overrode)."""
        self._s.messages.appointment_changed(before, after)  # its messages follow (issue 23)
        now = _placement(after)
        if override_reason.strip():
            now["override_reason"] = override_reason.strip()
            if _overridden(warnings):
                now["overridden"] = _overridden(warnings)
        self._s.record("change", "appointment", after.id, _placement(before), now, after.patient_id)

    def _record_status(self, before: Appointment, after: Appointment) -> None:
        """A status change's entry (a cancellation with its reason); nothing when nothing changed."""
        self._s.messages.appointment_changed(before, after)  # its messages follow (issue 23)
        was: dict[str, Any] = {"status": before.status.value}
        now: dict[str, Any] = {"status": after.status.value}
        if before.room_id != after.room_id:
            was["room_id"], now["room_id"] = before.room_id, after.room_id
        if after.status is AppointmentStatus.CANCELLED:
            was["cancel_reason"], now["cancel_reason"] = before.cancel_reason, after.cancel_reason
        if was != now:
            self._s.record("change", "appointment", after.id, was, now, after.patient_id)

    # --- the rules --------------------------------------------------------------------------------

    def _again_on_overlap(self, use_case: Callable[[], T]) -> T:
        """Run a booking use case; if the database refused its write as overlapping a booking that
        another workstation committed after this one's check (PostgreSQL's exclusion constraint:
        DoubleBookingError), or as a deadlock with another workstation booking the same time
        (ConcurrentWriteError), run it again. The check then sees that booking and refuses with the
        usual message naming it, or a type that needs a room takes another one. Inside an outer
        write transaction (booking from the waiting list) the outer use case runs again instead."""
        for attempt in range(OVERLAP_ATTEMPTS):
            try:
                return use_case()
            except ConcurrentWriteError:
                if attempt + 1 == OVERLAP_ATTEMPTS or self._s.store.in_transaction():
                    raise
        raise AssertionError("unreachable")

    def _room_for(
        self, kind: AppointmentType, room_id: int | None, start: datetime, end: datetime
    ) -> int | None:
        store = self._s.store
        rooms = store.rooms.list()
        if room_id is not None:
            room = next((r for r in rooms if r.id == room_id), None)
            if room is None:
                raise NotFoundError(f"There is no room with id {room_id}.")
            if kind.room_kind and room.kind != kind.room_kind:
                raise ValidationError(
                    f"{kind.name} needs a {kind.room_kind} room; {room.name} is a {room.kind} room."
                )
            return room.id
        if not kind.room_kind:
            return None
        suitable = [r for r in rooms if r.kind == kind.room_kind]
        for room in suitable:
            if not store.calendar.clashes("room", room.id, start, end):
                return room.id
        if not suitable:
            raise ValidationError(f"{kind.name} needs a {kind.room_kind} room and the clinic has none.")
        raise ConflictError(
            f"Every {kind.room_kind} room is taken at {self._s.time.to_local(start):%H:%M on %Y-%m-%d}."
        )

    def _check(
        self,
        provider_id: int,
        provider_name: str,
        room_id: int | None,
        patient_id: int,
        start: datetime,
        end: datetime,
        calendar: ProviderCalendar,
        exclude: list[int],
    ) -> list[str]:
        """Refuse a clash of provider or room; return the warnings (those needing an override
        reason first, marked '!' internally when they need none)."""
        store = self._s.store
        clinic_time = self._s.time
        clash = store.calendar.clashes("provider", provider_id, start, end, exclude)
        if clash:
            raise ConflictError(f"{provider_name} already has {self._describe(clash[0])}.")
        if room_id is not None:
            clash = store.calendar.clashes("room", room_id, start, end, exclude)
            if clash:
                entry = self._entry(clash[0])
                raise ConflictError(
                    f"{entry.room_name} is already taken: "
                    f"{entry.provider_name} has {self._describe(clash[0])}."
                )
        warnings = []
        local_start, local_end = clinic_time.to_local(start), clinic_time.to_local(end)
        closed = calendar.why_closed(local_start.date())
        if closed:
            warnings.append(f"{closed[0].upper()}{closed[1:]}.")
        elif not calendar.covers(local_start.replace(tzinfo=None), local_end.replace(tzinfo=None)):
            warnings.append(
                f"{local_start:%H:%M}-{local_end:%H:%M} on {local_start:%Y-%m-%d} "
                f"is outside {provider_name}'s working hours."
            )
        same_patient = store.calendar.clashes("patient", patient_id, start, end, exclude)
        if same_patient:
            warnings.append(
                f"!The patient is also booked then: {self._describe(same_patient[0], with_provider=True)}."
            )
        return warnings

    def _describe(self, appointment_id: int, with_provider: bool = False) -> str:
        entry = self._entry(appointment_id)
        clinic_time = self._s.time
        start = clinic_time.to_local(entry.appointment.start)
        end = clinic_time.to_local(entry.appointment.end)
        who = f" with {entry.provider_name}" if with_provider else ""
        return f"{entry.patient_name}{who} at {start:%H:%M}-{end:%H:%M} on {start:%Y-%m-%d}"

    def _visit_refusals(
        self, patient_id: int, type_id: int, starts: Sequence[datetime], exclude: Sequence[int]
    ) -> list[str]:
        """The interval rules for booked visits moving to ``starts`` (TreatmentIntervals)."""
        store = self._s.store
        kind = next((t for t in store.types.list() if t.id == type_id), None)
        if kind is None or not kind.is_treatment:
            return []
        name = store.patients.get(patient_id).display_name
        return self._intervals.booking_refusals(patient_id, name, kind, starts, exclude)

    @staticmethod
    def _require_override(warnings: list[str], reason: str) -> None:
        serious = _overridden(warnings)
        if serious and not reason.strip():
            raise OverrideRequiredError(
                " ".join(serious) + " Give an override reason to book it anyway.", serious
            )

    # --- free slots -----------------------------------------------------------------------------

    def free_slots(self, provider_id: int, type_name: str, from_day: date, count: int = 5) -> list[Slot]:
        """The next free starts for this type with this provider, inside working hours, from a day.

        Searched two weeks at a time: nearly every search ends in the first window, so the
        bookings of the months after it are never read."""
        self._s.require(Permission.SCHEDULE)
        return self._free_slots_for([(provider_id, count)], type_name, from_day)[provider_id]

    def free_slots_for(
        self,
        wanted: Sequence[tuple[int, int]],
        type_name: str | AppointmentType,
        from_day: date,
        spacing: int = 0,
        days: int = SLOT_SEARCH_DAYS,
        held: Mapping[int, Sequence[tuple[datetime, datetime]]] | None = None,
        others_until_first: bool = False,
    ) -> dict[int, list[Slot]]:
        """free_slots for several providers at once, (provider id, how many) each: what they share
        (the type, the rooms, settings, closures and holidays) is read once. ``spacing`` (minutes)
        spreads the slots found over the day instead of returning back-to-back ones; ``held`` are
        intervals per provider to treat as booked (slots already offered to someone else). With
        ``others_until_first`` the providers after the first are searched only up to the day of the
        first provider's earliest slot (the follow-up engine prefers the usual provider; another one
        only matters sooner). The type may be given by name or as read already."""
        self._s.require(Permission.SCHEDULE)
        return self._free_slots_for(wanted, type_name, from_day, spacing, days, held, others_until_first)

    def _free_slots_for(
        self,
        wanted: Sequence[tuple[int, int]],
        type_name: str | AppointmentType,
        from_day: date,
        spacing: int = 0,
        days: int = SLOT_SEARCH_DAYS,
        held: Mapping[int, Sequence[tuple[datetime, datetime]]] | None = None,
        others_until_first: bool = False,
    ) -> dict[int, list[Slot]]:
        """free_slots_for without asking who is signed in: also the follow-up engine's search,
        whose own entry points asked (and whose background refresh runs whoever is signed in,
        or nobody while the window is locked). Slots are times, not health records."""
        store = self._s.store
        with store.read_transaction():
            kind = type_name if isinstance(type_name, AppointmentType) else self.appointment_type(type_name)
            known = {p.id for p in store.providers.list()}
            for provider_id, _ in wanted:
                if provider_id not in known:
                    raise NotFoundError(f"There is no provider with id {provider_id}.")
            rooms = [r.id for r in store.rooms.list() if kind.room_kind and r.kind == kind.room_kind]
            end = from_day + timedelta(days=days)
            shared = self.provider_calendar(None, from_day, end)
            hours = store.calendar.working_time([p for p, _ in wanted], from_day, end)
            calendars = {
                p: replace(shared, weekly=tuple(w), extra=tuple(x), time_off=tuple(t))
                for p, (w, x, t) in hours.items()
            }
            found: dict[int, list[Slot]] = {p: [] for p, _ in wanted}
            # Window by window (a week when slots are spread an hour apart, as a week nearly always
            # has enough; two weeks when back to back), the bookings of every provider still
            # searching read in one statement; the first provider first, so its earliest slot
            # bounds the others' search when others_until_first.
            step = 7 if spacing else SLOT_WINDOW_DAYS
            limit = end
            first = from_day
            while first <= end:
                last = min(first + timedelta(days=step - 1), end)
                searching = [
                    (index, p, n)
                    for index, (p, n) in enumerate(wanted)
                    if len(found[p]) < n and first <= (end if index == 0 else limit)
                ]
                if not searching:
                    break
                window_start = self._s.time.day_bounds(first)[0]
                window_end = self._s.time.day_bounds(last)[1]
                busy = store.calendar.resources_busy(
                    "provider", [p for _, p, _ in searching], window_start, window_end
                )
                room_busy = store.calendar.resources_busy("room", rooms, window_start, window_end)
                for index, provider_id, count in searching:
                    if index > 0 and first > limit:
                        continue
                    slots = found[provider_id]
                    slots += self._slots_between(
                        provider_id,
                        kind,
                        rooms,
                        calendars[provider_id],
                        first,
                        min(last, end if index == 0 else limit),
                        count - len(slots),
                        spacing,
                        busy[provider_id],
                        room_busy,
                        (held or {}).get(provider_id, ()),
                    )
                    if index == 0 and others_until_first and slots:
                        limit = min(limit, self._s.time.local_date(slots[0].start))
                first = last + timedelta(days=1)
        return found

    def _slots_between(
        self,
        provider_id: int,
        kind: AppointmentType,
        rooms: list[int],
        calendar: ProviderCalendar,
        first: date,
        last: date,
        count: int,
        spacing: int,
        busy: list[tuple[int, int]],
        room_busy: dict[int, list[tuple[int, int]]],
        held: Sequence[tuple[datetime, datetime]] = (),
    ) -> list[Slot]:
        """The scan itself, in whole seconds since the epoch (UTC): bookings come from the database
        as integers (``busy``: the provider's, ``room_busy``: the rooms the type may use), so a full
        week is walked with integer comparisons; only the slots found become datetimes."""
        clinic_time = self._s.time
        length = kind.minutes * 60
        gap = max(length, spacing * 60)
        step = SLOT_STEP_MINUTES * 60
        now = _seconds_up(self._s.now().timestamp())
        if held:
            window_start = clinic_time.day_bounds(first)[0]
            window_end = clinic_time.day_bounds(last)[1]
            busy = sorted(
                [*busy, *((int(h[0].timestamp()), int(h[1].timestamp())) for h in held
                          if h[0] < window_end and h[1] > window_start)]
            )  # fmt: skip
        found: list[Slot] = []
        index = 0
        booked = len(busy)
        # The bookings' starts and ends as two lists: the loop below is the hot path of every
        # proposal, and indexing a flat list is cheaper than a tuple inside a list.
        starts = [b[0] for b in busy]
        ends = [b[1] for b in busy]
        day = first
        while day <= last and len(found) < count:
            for block in calendar.blocks(day):
                cursor = max(clinic_time.seconds_at(day, block.start), now)
                latest = clinic_time.seconds_at(day, block.end) - length  # the last start that fits
                while cursor <= latest:
                    # busy is in start order: skip what ended before the cursor; then only the next
                    # booking can overlap (any later one starts later still). One pass in all.
                    while index < booked and ends[index] <= cursor:
                        index += 1
                    if index < booked and starts[index] < cursor + length:
                        cursor = ends[index]  # > cursor, or the skip above would have passed it
                        if cursor % step:  # (inline: this line runs once per booking passed)
                            cursor += step - cursor % step
                        continue
                    room = None
                    if rooms:
                        room, freed = _free_room(room_busy, cursor, cursor + length)
                        if room is None:
                            cursor = max(_seconds_up(freed), cursor + step)
                            continue
                    found.append(Slot(_utc(cursor), _utc(cursor + length), provider_id, room))
                    if len(found) == count:
                        return found
                    cursor += gap
            day += timedelta(days=1)
        return found


def appointment_values(a: Appointment) -> dict[str, Any]:
    """An appointment as its audit entry keeps it (instants as ISO 8601 in UTC)."""
    return {
        "patient_id": a.patient_id,
        "provider_id": a.provider_id,
        "room_id": a.room_id,
        "type_id": a.type_id,
        "start": a.start.isoformat(),
        "end": a.end.isoformat(),
        "status": a.status.value,
        "notes": a.notes,
        "cancel_reason": a.cancel_reason,
        "series_id": a.series_id,
    }


def _placement(a: Appointment) -> dict[str, Any]:
    """What a move changes: when, with whom, where."""
    return {
        "start": a.start.isoformat(),
        "end": a.end.isoformat(),
        "provider_id": a.provider_id,
        "room_id": a.room_id,
    }


def waitlist_values(w: flow.WaitlistEntry) -> dict[str, Any]:
    return {
        "patient_id": w.patient_id,
        "provider_id": w.provider_id,
        "type_id": w.type_id,
        "earliest": w.earliest.isoformat(),
        "latest": w.latest.isoformat() if w.latest else None,
        "note": w.note,
    }


@lru_cache(maxsize=64)
def public_holidays(country: str, subdivision: str, year: int) -> dict[date, str]:
    """A year's public holidays for the clinic's place (the `holidays` package; building its
    calendar costs milliseconds, so each year is built once)."""
    import holidays

    found = holidays.country_holidays(country, subdiv=subdivision or None, years=year)
    return {d: str(name) for d, name in found.items()}


def _overridden(warnings: list[str]) -> list[str]:
    """The warnings that need an override reason (those that need none are marked '!')."""
    return [w for w in warnings if not w.startswith("!")]


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:]


def _seconds_up(seconds: float) -> int:
    """Whole epoch seconds rounded up to the slot grid (what _round_up does to a datetime)."""
    step = SLOT_STEP_MINUTES * 60
    return -(-int(seconds) // step) * step


def _utc(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def _free_room(busy: dict[int, list[tuple[int, int]]], start: int, end: int) -> tuple[int | None, int]:
    """A room of these free for [start, end), or None and the first moment one of them frees up
    (epoch seconds, as the scan).

    Each room's bookings never overlap one another, so in start order only the last one starting
    before ``end`` can reach into the slot (bisect), and its end is when that room is free again."""
    frees_at = []
    for room, spans in busy.items():
        before = bisect_left(spans, (end,))
        if before == 0 or spans[before - 1][1] <= start:
            return room, start
        frees_at.append(spans[before - 1][1])
    return None, min(frees_at, default=end)


@dataclass(frozen=True)
class FlowRow:
    entry: ScheduleEntry
    lane: flow.Lane
    times: flow.StatusTimes
    waiting_minutes: int | None  # while arrived: now - arrived_at
    room_minutes: int | None  # while in a room: now - roomed_at
    room_name: str | None


@dataclass(frozen=True)
class FlowBoard:
    day: date
    now: datetime
    timezone: str
    rows: list[FlowRow]
    cancelled: int = 0

    def lane(self, lane: flow.Lane) -> list[FlowRow]:
        return [r for r in self.rows if r.lane is lane]

    def count(self, status: AppointmentStatus) -> int:
        return sum(1 for r in self.rows if r.entry.appointment.status is status)

    @property
    def summary(self) -> str:
        """'12 appointments · 3 expected · 2 waiting · 1 in room · 6 done · 1 cancelled'."""
        total = len(self.rows)
        parts = [f"{total} appointment{'s' if total != 1 else ''}"]
        for lane in flow.Lane:
            found = len(self.lane(lane))
            if found:
                parts.append(f"{found} {lane.label.lower()}")
        if self.cancelled:
            parts.append(f"{self.cancelled} cancelled")
        return " · ".join(parts)
