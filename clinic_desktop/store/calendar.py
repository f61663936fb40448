"""The calendar's records: working-time exceptions, and appointments as bookings are made."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from clinic_desktop.domain.availability import DatedBlock, DayOff
from clinic_desktop.domain.clinic_time import clock_of, minutes_of
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.entities import Appointment
from clinic_desktop.domain.errors import NotFoundError
from clinic_desktop.domain.hours import TimeBlock
from clinic_desktop.store import models as m
from clinic_desktop.store.patients import as_date


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
    )


ACTIVE = [s.value for s in AppointmentStatus if s.occupies_time]


class CalendarRecords:
    # --- working time -----------------------------------------------------------------------------

    def weekly(self, provider_id: int) -> list[DatedBlock]:
        rows = m.WorkingHours.select().where(m.WorkingHours.provider == provider_id)
        return [
            DatedBlock(
                int(r.weekday),
                TimeBlock(clock_of(int(r.start_minute)), clock_of(int(r.end_minute))),
                as_date(r.effective_from) if r.effective_from else None,
                as_date(r.effective_to) if r.effective_to else None,
            )
            for r in rows
        ]

    def extra_sessions(self, provider_id: int, first: date, last: date) -> list[tuple[date, TimeBlock]]:
        rows = m.ExtraSession.select().where(
            (m.ExtraSession.provider == provider_id) & m.ExtraSession.day.between(first, last)
        )
        return [
            (as_date(r.day), TimeBlock(clock_of(int(r.start_minute)), clock_of(int(r.end_minute))))
            for r in rows
        ]

    def add_extra_session(self, provider_id: int, day: date, block: TimeBlock) -> None:
        m.ExtraSession.create(
            provider=provider_id,
            day=day,
            start_minute=minutes_of(block.start),
            end_minute=minutes_of(block.end),
        )

    def time_off(self, provider_id: int, first: date, last: date) -> list[DayOff]:
        rows = m.TimeOff.select().where(
            (m.TimeOff.provider == provider_id)
            & (m.TimeOff.start_date <= last)
            & (m.TimeOff.end_date >= first)
        )
        return [DayOff(as_date(r.start_date), as_date(r.end_date), str(r.reason)) for r in rows]

    def add_time_off(self, provider_id: int, first: date, last: date, reason: str) -> DayOff:
        m.TimeOff.create(provider=provider_id, start_date=first, end_date=last, reason=reason)
        return DayOff(first, last, reason)

    def closures(self, first: date, last: date) -> list[DayOff]:
        rows = m.ClinicClosure.select().where(
            (m.ClinicClosure.start_date <= last) & (m.ClinicClosure.end_date >= first)
        )
        return [DayOff(as_date(r.start_date), as_date(r.end_date), str(r.reason)) for r in rows]

    def add_closure(self, first: date, last: date, reason: str) -> DayOff:
        m.ClinicClosure.create(start_date=first, end_date=last, reason=reason)
        return DayOff(first, last, reason)

    # --- bookings ---------------------------------------------------------------------------------

    def get(self, appointment_id: int) -> Appointment:
        row = m.Appointment.get_or_none(m.Appointment.id == appointment_id)
        if row is None:
            raise NotFoundError(f"There is no appointment with id {appointment_id}.")
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
        row = m.Appointment.create(
            patient=patient_id, provider=provider_id, room=room_id, appointment_type=type_id, start_at=start,
            end_at=end, status=AppointmentStatus.BOOKED.value, notes=notes, override_reason=override_reason,
            series_id=series_id, booked_by=booked_by, created_at=now,
        )  # fmt: skip
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

    def set_status(self, appointment_id: int, status: AppointmentStatus, reason: str = "") -> Appointment:
        values: dict[str, Any] = {"status": status.value}
        if status is AppointmentStatus.CANCELLED:
            values["cancel_reason"] = reason
        m.Appointment.update(**values).where(m.Appointment.id == appointment_id).execute()
        return self.get(appointment_id)

    def series(self, series_id: int) -> list[Appointment]:
        rows = (
            m.Appointment.select()
            .where(m.Appointment.series_id == series_id)
            .order_by(m.Appointment.start_at)
        )
        return [appointment(r) for r in rows]

    def clashes(
        self, column: str, value: int, start: datetime, end: datetime, exclude: Sequence[int] = ()
    ) -> list[int]:
        """Ids of bookings holding this provider/room/patient at some moment of [start, end)."""
        field = getattr(m.Appointment, column)
        query = (
            m.Appointment.select(m.Appointment.id)
            .where(
                (field == value)
                & (m.Appointment.start_at < end)
                & (m.Appointment.end_at > start)
                & m.Appointment.status.in_(ACTIVE)
            )
            .order_by(m.Appointment.start_at)
        )
        if exclude:
            query = query.where(m.Appointment.id.not_in(list(exclude)))
        return [int(r.id) for r in query]

    def busy(self, provider_id: int, start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
        """The provider's booked intervals overlapping [start, end), in order (for free-slot search)."""
        query = (
            m.Appointment.select(m.Appointment.start_at, m.Appointment.end_at)
            .where(
                (m.Appointment.provider == provider_id)
                & (m.Appointment.start_at < end)
                & (m.Appointment.end_at > start)
                & m.Appointment.status.in_(ACTIVE)
            )
            .order_by(m.Appointment.start_at)
        )
        return [(r.start_at, r.end_at) for r in query]

    def room_busy(
        self, room_ids: Sequence[int], start: datetime, end: datetime
    ) -> dict[int, list[tuple[datetime, datetime]]]:
        found: dict[int, list[tuple[datetime, datetime]]] = {r: [] for r in room_ids}
        if not room_ids:
            return found
        query = m.Appointment.select(m.Appointment.room, m.Appointment.start_at, m.Appointment.end_at).where(
            m.Appointment.room.in_(list(room_ids))
            & (m.Appointment.start_at < end)
            & (m.Appointment.end_at > start)
            & m.Appointment.status.in_(ACTIVE)
        )
        row: Any
        for row in query:
            found[int(row.room_id)].append((row.start_at, row.end_at))
        return found
