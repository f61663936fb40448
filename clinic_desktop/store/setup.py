"""The clinic's set-up at rest, as the window edits it: providers, rooms and types changed or
removed, weekly hours with their dates, extra sessions, time off and closures listed and removed,
bookings marked as outside hours, stock adjustments, and the clinic's own measures changed.

Adding providers, rooms, types, time off and closures stays where it was (repositories.py,
calendar.py); this module holds what the window's set-up pages need besides."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from peewee import fn

from clinic_desktop.domain.availability import DatedBlock
from clinic_desktop.domain.clinic_time import clock_of, minutes_of
from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.entities import AppointmentType, Room
from clinic_desktop.domain.errors import ConflictError, NotFoundError
from clinic_desktop.domain.hours import TimeBlock
from clinic_desktop.domain.stock import StockAdjustment
from clinic_desktop.domain.words import QT_TR_NOOP
from clinic_desktop.domain.working_time import Absence, ExtraSession, HoursEntry
from clinic_desktop.store import models as m
from clinic_desktop.store.patients import as_date


def _block(start_minute: Any, end_minute: Any) -> TimeBlock:
    return TimeBlock(clock_of(int(start_minute)), clock_of(int(end_minute)))


def _taken(model: Any, name: str, other_than: int) -> bool:
    return bool(
        model.select().where((fn.LOWER(model.name) == name.lower()) & (model.id != other_than)).exists()
    )


class SetupRecords:
    # --- providers, rooms, types ------------------------------------------------------------------

    def change_provider(
        self,
        provider_id: int,
        name: str,
        credentials: str,
        colour: str,
        active: bool,
        indications: tuple[Indication, ...],
    ) -> None:
        if _taken(m.Provider, name, provider_id):
            raise ConflictError(QT_TR_NOOP("There is already a provider called {name}."), name=name)
        m.Provider.update(
            name=name,
            credentials=credentials,
            colour=colour,
            active=active,
            indications=",".join(i.value for i in indications),
        ).where(m.Provider.id == provider_id).execute()

    def change_room(self, room_id: int, name: str, kind: str) -> None:
        if _taken(m.Room, name, room_id):
            raise ConflictError(QT_TR_NOOP("There is already a room called {name}."), name=name)
        m.Room.update(name=name, kind=kind).where(m.Room.id == room_id).execute()

    def room_bookings(self, room_id: int) -> int:
        return int(m.Appointment.select().where(m.Appointment.room == room_id).count())

    def remove_room(self, room_id: int) -> None:
        m.FollowUpProposal.delete().where(m.FollowUpProposal.room == room_id).execute()
        m.Room.delete().where(m.Room.id == room_id).execute()

    def change_type(
        self,
        type_id: int,
        name: str,
        minutes: int,
        room_kind: str | None,
        indication: Indication | None,
        colour: str,
        is_treatment: bool,
    ) -> None:
        if _taken(m.AppointmentType, name, type_id):
            raise ConflictError(QT_TR_NOOP("There is already an appointment type called {name}."), name=name)
        m.AppointmentType.update(
            name=name,
            minutes=minutes,
            room_kind=room_kind,
            indication=indication.value if indication else None,
            colour=colour,
            is_treatment=is_treatment,
        ).where(m.AppointmentType.id == type_id).execute()

    def type_bookings(self, type_id: int) -> int:
        return int(m.Appointment.select().where(m.Appointment.appointment_type == type_id).count())

    def remove_type(self, type_id: int) -> None:
        m.AppointmentType.delete().where(m.AppointmentType.id == type_id).execute()

    def appointment_type(self, type_id: int) -> AppointmentType:
        row = m.AppointmentType.get_or_none(m.AppointmentType.id == type_id)
        if row is None:
            raise NotFoundError(QT_TR_NOOP("There is no appointment type with id {id}."), id=type_id)
        return AppointmentType(
            int(row.id),
            str(row.name),
            int(row.minutes),
            row.room_kind or None,
            Indication(row.indication) if row.indication else None,
            str(row.colour),
            bool(row.is_treatment),
        )

    def room(self, room_id: int) -> Room:
        row = m.Room.get_or_none(m.Room.id == room_id)
        if row is None:
            raise NotFoundError(QT_TR_NOOP("There is no room with id {id}."), id=room_id)
        return Room(int(row.id), str(row.name), str(row.kind))

    # --- weekly hours with their dates ------------------------------------------------------------

    def hours(self, provider_id: int) -> list[HoursEntry]:
        h = m.WorkingHours
        rows = (
            h.select()
            .where(h.provider == provider_id)
            .order_by(h.weekday, h.effective_from.asc(nulls="first"), h.start_minute)
        )
        return [
            HoursEntry(
                int(r.id),
                provider_id,
                DatedBlock(
                    int(r.weekday),
                    _block(r.start_minute, r.end_minute),
                    as_date(r.effective_from) if r.effective_from else None,
                    as_date(r.effective_to) if r.effective_to else None,
                ),
            )
            for r in rows
        ]

    def providers_with_hours_from(self, day: date) -> set[int]:
        """Providers with a weekly block still in force on or after ``day``."""
        h = m.WorkingHours
        rows: Any = h.select(h.provider).where(h.effective_to.is_null() | (h.effective_to >= day)).distinct()
        return {int(r.provider_id) for r in rows}

    def end_hours(self, entry_id: int, last: date) -> None:
        m.WorkingHours.update(effective_to=last).where(m.WorkingHours.id == entry_id).execute()

    def remove_hours(self, entry_ids: Sequence[int]) -> None:
        if entry_ids:
            m.WorkingHours.delete().where(m.WorkingHours.id.in_(list(entry_ids))).execute()

    def add_hours(self, provider_id: int, block: DatedBlock) -> None:
        m.WorkingHours.create(
            provider=provider_id,
            weekday=block.weekday,
            start_minute=minutes_of(block.block.start),
            end_minute=minutes_of(block.block.end),
            effective_from=block.effective_from,
            effective_to=block.effective_to,
        )

    # --- extra sessions, time off, closures ---------------------------------------------------------

    def extra_sessions(self, provider_id: int, since: date) -> list[ExtraSession]:
        e = m.ExtraSession
        rows = (
            e.select().where((e.provider == provider_id) & (e.day >= since)).order_by(e.day, e.start_minute)
        )
        return [
            ExtraSession(int(r.id), provider_id, as_date(r.day), _block(r.start_minute, r.end_minute))
            for r in rows
        ]

    def extra_session(self, session_id: int) -> ExtraSession:
        r: Any = m.ExtraSession.get_or_none(m.ExtraSession.id == session_id)
        if r is None:
            raise NotFoundError(QT_TR_NOOP("There is no extra session with id {id}."), id=session_id)
        return ExtraSession(
            int(r.id), int(r.provider_id), as_date(r.day), _block(r.start_minute, r.end_minute)
        )

    def add_extra_session(self, provider_id: int, day: date, block: TimeBlock) -> int:
        row = m.ExtraSession.create(
            provider=provider_id,
            day=day,
            start_minute=minutes_of(block.start),
            end_minute=minutes_of(block.end),
        )
        return int(row.id)

    def remove_extra_session(self, session_id: int) -> None:
        m.ExtraSession.delete().where(m.ExtraSession.id == session_id).execute()

    def time_off(self, provider_id: int | None, since: date) -> list[Absence]:
        t = m.TimeOff
        query: Any = t.select().where(t.end_date >= since)
        if provider_id is not None:
            query = query.where(t.provider == provider_id)
        return [
            Absence(int(r.id), int(r.provider_id), as_date(r.start_date), as_date(r.end_date), str(r.reason))
            for r in query.order_by(t.start_date, t.id)
        ]

    def time_off_entry(self, entry_id: int) -> Absence:
        r: Any = m.TimeOff.get_or_none(m.TimeOff.id == entry_id)
        if r is None:
            raise NotFoundError(QT_TR_NOOP("There is no time off with id {id}."), id=entry_id)
        return Absence(
            int(r.id), int(r.provider_id), as_date(r.start_date), as_date(r.end_date), str(r.reason)
        )

    def remove_time_off(self, entry_id: int) -> None:
        m.TimeOff.delete().where(m.TimeOff.id == entry_id).execute()

    def closures(self, since: date) -> list[Absence]:
        c = m.ClinicClosure
        rows = c.select().where(c.end_date >= since).order_by(c.start_date, c.id)
        return [
            Absence(int(r.id), None, as_date(r.start_date), as_date(r.end_date), str(r.reason)) for r in rows
        ]

    def closure(self, entry_id: int) -> Absence:
        r = m.ClinicClosure.get_or_none(m.ClinicClosure.id == entry_id)
        if r is None:
            raise NotFoundError(QT_TR_NOOP("There is no closure with id {id}."), id=entry_id)
        return Absence(int(r.id), None, as_date(r.start_date), as_date(r.end_date), str(r.reason))

    def remove_closure(self, entry_id: int) -> None:
        m.ClinicClosure.delete().where(m.ClinicClosure.id == entry_id).execute()

    def mark_outside_hours(self, appointment_ids: Sequence[int], note: str) -> None:
        """Kept bookings say why they are outside working hours (an existing reason stays)."""
        if appointment_ids:
            a = m.Appointment
            a.update(override_reason=note).where(
                a.id.in_(list(appointment_ids)) & (a.override_reason == "")
            ).execute()

    # --- stock ------------------------------------------------------------------------------------

    def adjust_lot(
        self, lot_id: int, vials: int, reason: str, by: str, at: datetime
    ) -> StockAdjustment | None:
        """Add the adjustment and change the lot's count in one statement each; None (nothing
        written) when the lot has fewer vials left than ``-vials`` at this moment. The condition is
        the UPDATE's own, so two workstations taking the last vials at once cannot both succeed."""
        lot = m.Lot
        left = lot.vials_received - lot.vials_used + lot.vials_adjusted
        changed = (
            lot.update(vials_adjusted=lot.vials_adjusted + vials)
            .where((lot.id == lot_id) & (left + vials >= 0))
            .execute()
        )
        if not changed:
            return None
        row = m.StockAdjustment.create(lot=lot_id, vials=vials, reason=reason, by=by, at=at)
        return StockAdjustment(int(row.id), lot_id, vials, reason, by, at)

    def adjustments(self, lot_id: int) -> list[StockAdjustment]:
        s = m.StockAdjustment
        return [
            StockAdjustment(int(r.id), lot_id, int(r.vials), str(r.reason), str(r.by), r.at)
            for r in s.select().where(s.lot == lot_id).order_by(s.at, s.id)
        ]

    # --- the clinic's own measures ------------------------------------------------------------------

    def change_measure(
        self, code: str, label: str, low: Decimal, high: Decimal, unit: str, lower_is_better: bool
    ) -> None:
        m.ClinicMeasure.update(
            label=label, low=low, high=high, unit=unit, lower_is_better=lower_is_better
        ).where(m.ClinicMeasure.code == code).execute()

    def measure_scores(self, code: str) -> tuple[int, Decimal | None, Decimal | None]:
        """How many scores are recorded with the measure, and their lowest and highest values."""
        o = m.Outcome
        count, low, high = (
            o.select(fn.COUNT(o.id), fn.MIN(o.value), fn.MAX(o.value))
            .where(o.measure == code)
            .scalar(as_tuple=True)
        )
        return (
            int(count or 0),
            Decimal(str(low)) if low is not None else None,
            Decimal(str(high)) if high is not None else None,
        )

    def remove_measure(self, code: str) -> None:
        m.ClinicMeasure.delete().where(m.ClinicMeasure.code == code).execute()
