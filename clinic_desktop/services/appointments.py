"""Booking, moving and cancelling: the calendar's use cases, and the rule that nobody is double-booked.

Every write takes the write lock first (Store.write_transaction: BEGIN IMMEDIATE on SQLite), then
checks for clashes, then writes, so two workstations booking the same slot at the same moment
cannot both succeed. A clash of provider or room is refused, naming the booking in the way;
outside working hours, on a holiday or a day off needs an override reason; the same patient
booked twice at once is allowed with a warning (a consultation and a procedure may overlap).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from clinic_desktop.domain.availability import ProviderCalendar, series_starts
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.entities import Appointment, AppointmentType, ScheduleEntry, require_minutes
from clinic_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from clinic_desktop.domain.hours import TimeBlock
from clinic_desktop.domain.patients import PatientStatus

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

SLOT_STEP_MINUTES = 5
SLOT_SEARCH_DAYS = 90


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

    # --- working time ---------------------------------------------------------------------------

    def provider_calendar(self, provider_id: int, first: date, last: date) -> ProviderCalendar:
        import holidays

        store = self._s.store
        settings = store.settings.get()
        days: dict[date, str] = {}
        if settings.country:
            found = holidays.country_holidays(
                settings.country, subdiv=settings.subdivision or None, years=range(first.year, last.year + 1)
            )
            days = {d: str(name) for d, name in found.items() if first <= d <= last}
        return ProviderCalendar(
            weekly=tuple(store.calendar.weekly(provider_id)),
            extra=tuple(store.calendar.extra_sessions(provider_id, first, last)),
            time_off=tuple(store.calendar.time_off(provider_id, first, last)),
            closures=tuple(store.calendar.closures(first, last)),
            holidays=days,
        )

    def availability(self, provider_id: int, day: date) -> list[TimeBlock]:
        with self._s.store.read_transaction():
            self._s.store.providers.get(provider_id)
            return self.provider_calendar(provider_id, day, day).blocks(day)

    def add_time_off(self, provider_id: int, first: date, last: date, reason: str = "") -> None:
        if last < first:
            raise ValidationError("Time off must end on or after the day it starts.")
        store = self._s.store
        with store.write_transaction():
            store.providers.get(provider_id)
            store.calendar.add_time_off(provider_id, first, last, reason.strip())

    def add_closure(self, first: date, last: date, reason: str = "") -> None:
        if last < first:
            raise ValidationError("A closure must end on or after the day it starts.")
        store = self._s.store
        with store.write_transaction():
            store.calendar.add_closure(first, last, reason.strip())

    # --- booking --------------------------------------------------------------------------------

    def appointment_type(self, name: str) -> AppointmentType:
        wanted = name.strip().casefold()
        for kind in self._s.store.types.list():
            if kind.name.casefold() == wanted:
                return kind
        known = ", ".join(t.name for t in self._s.store.types.list()) or "none yet"
        raise NotFoundError(f"There is no appointment type called '{name}'. Types: {known}.")

    def book(self, request: BookingRequest) -> BookingResult:
        """Book one appointment, or a series ('every 12 weeks x 4') at the same local wall-clock time."""
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
            patient = store.patients.get(request.patient_id)
            if patient.status in (PatientStatus.MERGED, PatientStatus.DECEASED):
                raise ValidationError(
                    f"{patient.display_name} ({patient.mrn}) is {patient.status.value}; "
                    "book the current record."
                )
            provider = store.providers.get(request.provider_id)
            warnings: list[str] = []
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
                    )
                )  # fmt: skip
            self._require_override(warnings, request.override_reason)
            if len(booked) > 1:
                store.calendar.set_series([a.id for a in booked], booked[0].id)
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
        store = self._s.store
        clinic_time = self._s.time
        if start < self._s.now():
            raise ValidationError(
                f"{clinic_time.to_local(start):%Y-%m-%d %H:%M} is in the past; move it to a later time."
            )
        with store.write_transaction():
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
            day = clinic_time.local_date(start)
            calendar = self.provider_calendar(provider.id, day, day)
            warnings = self._check(
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
        return BookingResult([moved], [w.removeprefix("!") for w in warnings])

    def cancel(self, appointment_id: int, reason: str) -> Appointment:
        if not reason.strip():
            raise ValidationError(
                "Say why the appointment is cancelled (for the record and the recall list)."
            )
        return self.set_status(appointment_id, AppointmentStatus.CANCELLED, reason.strip())

    def set_status(self, appointment_id: int, status: AppointmentStatus, reason: str = "") -> Appointment:
        store = self._s.store
        with store.write_transaction():
            current = store.calendar.get(appointment_id)
            if current.status is AppointmentStatus.CANCELLED and status is not AppointmentStatus.CANCELLED:
                raise ValidationError(f"Appointment {appointment_id} was cancelled; book a new one instead.")
            return store.calendar.set_status(appointment_id, status, reason)

    def for_patient(self, patient_id: int) -> list[ScheduleEntry]:
        with self._s.store.read_transaction():
            self._s.store.patients.get(patient_id)
            return self._s.store.appointments.for_patient(patient_id)

    def entry(self, appointment_id: int) -> ScheduleEntry:
        found = self._s.store.appointments.entries([appointment_id])
        if not found:
            raise NotFoundError(f"There is no appointment with id {appointment_id}.")
        return found[0]

    # --- the rules --------------------------------------------------------------------------------

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
                entry = self.entry(clash[0])
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
        entry = self.entry(appointment_id)
        clinic_time = self._s.time
        start = clinic_time.to_local(entry.appointment.start)
        end = clinic_time.to_local(entry.appointment.end)
        who = f" with {entry.provider_name}" if with_provider else ""
        return f"{entry.patient_name}{who} at {start:%H:%M}-{end:%H:%M} on {start:%Y-%m-%d}"

    @staticmethod
    def _require_override(warnings: list[str], reason: str) -> None:
        serious = [w for w in warnings if not w.startswith("!")]
        if serious and not reason.strip():
            raise ValidationError(" ".join(serious) + " Give an override reason to book it anyway.")

    # --- free slots -----------------------------------------------------------------------------

    def free_slots(self, provider_id: int, type_name: str, from_day: date, count: int = 5) -> list[Slot]:
        """The next free starts for this type with this provider, inside working hours, from a day."""
        store = self._s.store
        clinic_time = self._s.time
        kind = self.appointment_type(type_name)
        length = timedelta(minutes=kind.minutes)
        now = self._s.now()
        last_day = from_day + timedelta(days=SLOT_SEARCH_DAYS)
        found: list[Slot] = []
        with store.read_transaction():
            store.providers.get(provider_id)
            calendar = self.provider_calendar(provider_id, from_day, last_day)
            window_start = clinic_time.day_bounds(from_day)[0]
            window_end = clinic_time.day_bounds(last_day)[1]
            busy = store.calendar.busy(provider_id, window_start, window_end)
            rooms = [r.id for r in store.rooms.list() if kind.room_kind and r.kind == kind.room_kind]
            room_busy = store.calendar.room_busy(rooms, window_start, window_end) if rooms else {}
            day = from_day
            index = 0
            while day <= last_day and len(found) < count:
                for block in calendar.blocks(day):
                    cursor = clinic_time.at(day, block.start)
                    block_end = clinic_time.at(day, block.end)
                    cursor = max(cursor, _round_up(now))
                    while cursor + length <= block_end and len(found) < count:
                        while index < len(busy) and busy[index][1] <= cursor:
                            index += 1
                        overlapping = next(
                            (b for b in busy[index:] if b[0] < cursor + length and b[1] > cursor), None
                        )
                        if overlapping is not None:
                            cursor = _round_up(overlapping[1])
                            continue
                        room = _free_room(room_busy, cursor, cursor + length) if rooms else None
                        if rooms and room is None:
                            cursor += timedelta(minutes=SLOT_STEP_MINUTES)
                            continue
                        found.append(Slot(cursor, cursor + length, provider_id, room))
                        cursor += length
                day += timedelta(days=1)
        return found


def _round_up(instant: datetime) -> datetime:
    step = SLOT_STEP_MINUTES * 60
    seconds = int(instant.timestamp())
    rounded = -(-seconds // step) * step
    return instant + timedelta(seconds=rounded - seconds) - timedelta(microseconds=instant.microsecond)


def _free_room(
    busy: dict[int, list[tuple[datetime, datetime]]], start: datetime, end: datetime
) -> int | None:
    for room, spans in busy.items():
        if all(e <= start or s >= end for s, e in spans):
            return room
    return None
