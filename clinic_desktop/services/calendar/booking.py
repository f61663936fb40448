"""Booking, moving and moving a series: each takes the write lock, locks the patient first (two desks
booking or charting one patient take turns), checks for clashes and the interval rules, then writes,
and runs again when the database refused an overlapping write (CalendarRules._again_on_overlap)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.availability import series_starts
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.entities import Appointment, ScheduleEntry, require_minutes
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.patients import PatientStatus
from clinic_desktop.domain.words import QT_TR_NOOP, Text
from clinic_desktop.services.calendar.rules import (
    CalendarRules,
    appointment_values,
    overridden,
    overridden_words,
    status_word,
)


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
    warnings: list[Text] = field(default_factory=list)  # shown in the window's language


class Booking(CalendarRules):
    def book(self, request: BookingRequest) -> BookingResult:
        """Book one appointment, or a series ('every 12 weeks x 4') at the same local wall-clock time."""
        self._s.require(Permission.SCHEDULE)
        return self._again_on_overlap(lambda: self._book(request))

    def _book(self, request: BookingRequest) -> BookingResult:
        store = self._s.store
        clinic_time = self._s.time
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
                QT_TR_NOOP("{time} is in the past; appointments are booked from now on."),
                time=f"{clinic_time.to_local(starts[0]):%Y-%m-%d %H:%M}",
            )
        with store.write_transaction():
            # First: another desk booking or charting this patient waits until this booking is
            # saved, and the treatment visits counted below then hold what it wrote.
            store.patients.lock(request.patient_id)
            if len(starts) == 1:  # PostgreSQL: what follows is read in one round trip, with the lock
                store.calendar.read_ahead_booking(
                    request.patient_id, request.provider_id, starts[0], clinic_time.local_date(starts[0]), now
                )
            kind = self.unchecked.appointment_type(request.type_name)
            minutes = require_minutes(request.duration or kind.minutes)
            patient = store.patients.get(request.patient_id)
            if patient.status in (PatientStatus.MERGED, PatientStatus.DECEASED):
                merged = patient.status is PatientStatus.MERGED
                raise ValidationError(
                    QT_TR_NOOP("{name} ({mrn}) is merged; book the current record.")
                    if merged
                    else QT_TR_NOOP("{name} ({mrn}) is deceased; book the current record."),
                    name=patient.display_name,
                    mrn=patient.mrn,
                )
            provider = store.providers.get(request.provider_id)
            store.calendar.hold(provider.id, request.room_id, kind.room_kind)  # provider, then room
            warnings = self._intervals.booking_refusals(patient.id, patient.display_name, kind, starts)
            booked: list[Appointment] = []
            calendar = self.unchecked.provider_calendar(
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
            self._s.messages.appointments_booked(booked, patient)  # confirmation, reminders (issue 23)
            # Last, after every insert: the trail's head is locked until commit (PostgreSQL), and
            # holding it while inserting could make another workstation's booking wait on this
            # one and this one on it.
            for a in booked:
                after = appointment_values(a)
                if request.override_reason.strip():
                    after["override_reason"] = request.override_reason.strip()
                    if overridden(warnings):
                        after["overridden"] = overridden_words(warnings)
                self._s.record("create", "appointment", a.id, None, after, a.patient_id)
        return BookingResult(booked, warnings)

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
                QT_TR_NOOP("{time} is in the past; move it to a later time."),
                time=f"{clinic_time.to_local(start):%Y-%m-%d %H:%M}",
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
                    QT_TR_NOOP("Appointment {id} is {status}; it cannot be moved."),
                    id=appointment_id,
                    status=status_word(current.status),
                )
            minutes = require_minutes(duration or int((current.end - current.start).total_seconds() // 60))
            end = start + timedelta(minutes=minutes)
            provider = store.providers.get(provider_id or current.provider_id)
            store.calendar.hold(provider.id, current.room_id)  # provider, then room
            day = clinic_time.local_date(start)
            calendar = self.unchecked.provider_calendar(provider.id, day, day)
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
        return BookingResult([moved], warnings)

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
                    QT_TR_NOOP("{time} is in the past; move it to a later time."),
                    time=f"{wall(plan[0][1]):%Y-%m-%d %H:%M}",
                )
            provider = store.providers.get(current.provider_id)
            calendar = self.unchecked.provider_calendar(
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
        return BookingResult(moved, warnings)

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
        return self.unchecked.entry(appointment_id)
