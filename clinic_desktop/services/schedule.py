"""Reading the clinic's schedule: the day list the shell and the command line show."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.entities import ScheduleEntry

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices


@dataclass(frozen=True)
class DaySchedule:
    day: date
    timezone: str
    entries: list[ScheduleEntry]

    def count(self, status: AppointmentStatus) -> int:
        return sum(1 for e in self.entries if e.appointment.status is status)

    @property
    def active(self) -> list[ScheduleEntry]:
        return [e for e in self.entries if e.appointment.status is not AppointmentStatus.CANCELLED]


class ScheduleService:
    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    def day(self, day: date, provider_id: int | None = None) -> DaySchedule:
        """Appointments starting on a clinic-local date, in start order (23/25-hour days included)."""
        clinic_time = self._s.time
        start, end = clinic_time.day_bounds(day)
        store = self._s.store
        with store.read_transaction():
            entries = store.appointments.schedule(start, end, provider_id)
            today = clinic_time.local_date(self._s.now())
            lapsed = store.clinical.expired_consent_patients(
                sorted({e.appointment.patient_id for e in entries}), today
            )
        if lapsed:
            entries = [
                replace(e, expired_consent=True) if e.appointment.patient_id in lapsed else e for e in entries
            ]
        return DaySchedule(day, clinic_time.timezone, entries)

    def today(self) -> date:
        return self._s.time.today(self._s.now())
