"""A visit's status flow (domain/flow.py says which steps exist): cancelling (one visit or the rest of a
series), arrived, sent to a room, completed, each stamped with when it happened; and the flow board,
the clinic day as the front desk follows it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from clinic_desktop.domain import flow
from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.entities import Appointment, ScheduleEntry
from clinic_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from clinic_desktop.domain.words import QT_TR_NOOP, Text
from clinic_desktop.services.calendar.rules import CalendarRules
from clinic_desktop.services.phrases import Joined

# The board's summary, a count per lane ("3 expected").
LANE_COUNTS: dict[flow.Lane, str] = {
    flow.Lane.EXPECTED: QT_TR_NOOP("{count} expected"),
    flow.Lane.WAITING: QT_TR_NOOP("{count} waiting"),
    flow.Lane.IN_ROOM: QT_TR_NOOP("{count} in room"),
    flow.Lane.DONE: QT_TR_NOOP("{count} done"),
}


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
    def summary(self) -> Text:
        """'12 appointments · 3 expected · 2 waiting · 1 in room · 6 done · 1 cancelled'."""
        total = len(self.rows)
        parts = [
            Text(QT_TR_NOOP("{count} appointment"), count=total)
            if total == 1
            else Text(QT_TR_NOOP("{count} appointments"), count=total)
        ]
        for lane in flow.Lane:
            found = len(self.lane(lane))
            if found:
                parts.append(Text(LANE_COUNTS[lane], count=found))
        if self.cancelled:
            parts.append(Text(QT_TR_NOOP("{count} cancelled"), count=self.cancelled))
        return Joined(parts, " · ")


class StatusFlow(CalendarRules):
    def cancel_following(self, appointment_id: int, reason: str) -> list[Appointment]:
        """Cancel this appointment and the later ones of its series (a patient stopping treatment)."""
        self._s.require(Permission.SCHEDULE)
        if not reason.strip():
            raise ValidationError(
                QT_TR_NOOP("Say why the appointments are cancelled (for the record and the recall list).")
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
                QT_TR_NOOP("Say why the appointment is cancelled (for the record and the recall list).")
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
                    raise NotFoundError(QT_TR_NOOP("There is no room with id {id}."), id=room_id)
                clash = store.calendar.clashes("room", room_id, current.start, current.end, [appointment_id])
                if clash:
                    entry = self.unchecked.entry(clash[0])
                    booked = self.unchecked.describe(clash[0])
                    raise ConflictError(
                        QT_TR_NOOP("{room} is in use: {provider} has {booking}."),
                        room=room.name,
                        provider=entry.provider_name,
                        booking=booked,
                    )
                store.calendar.set_room(appointment_id, room_id)
            store.calendar.stamp(appointment_id, AppointmentStatus.IN_ROOM, self._s.now())
            roomed = store.calendar.set_status(appointment_id, AppointmentStatus.IN_ROOM)
            self._record_status(current, roomed)
            return roomed

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
