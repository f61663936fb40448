"""Reading the clinic's schedule: the day list the shell and the command line show."""

from __future__ import annotations

from dataclasses import dataclass
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
        with self._s.store.read_transaction():
            entries = self._s.store.appointments.schedule(start, end, provider_id)
        return DaySchedule(day, clinic_time.timezone, entries)

    def today(self) -> date:
        return self._s.time.today(self._s.now())
