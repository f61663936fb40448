"""Reading the clinic's schedule: the day list the shell and the command line show, each
toxin-treatment visit booked too early flagged (services/treatment_interval.py).

Every role schedules (Permission.SCHEDULE), so the check only refuses a locked window or a
signed-out session: the schedule names patients."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.entities import ScheduleEntry
from clinic_desktop.services.treatment_interval import TreatmentIntervals

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
        self._intervals = TreatmentIntervals(services)

    def day(self, day: date, provider_id: int | None = None) -> DaySchedule:
        """Appointments starting on a clinic-local date, in start order (23/25-hour days included)."""
        return self.days(day, 1, provider_id)[0]

    def days(self, first: date, count: int, provider_id: int | None = None) -> list[DaySchedule]:
        """Consecutive clinic-local days (a week, a month) in one query: what the week and month
        views show, without a round trip per day."""
        self._s.require(Permission.SCHEDULE)
        clinic_time = self._s.time
        last = first + timedelta(days=count - 1)
        start, end = clinic_time.day_bounds(first)[0], clinic_time.day_bounds(last)[1]
        store = self._s.store
        with store.read_transaction():
            entries = store.appointments.schedule(start, end, provider_id)
            today = clinic_time.local_date(self._s.now())
            lapsed = store.patients.expired_consent_patients(
                sorted({e.appointment.patient_id for e in entries}), today
            )
            early = self._intervals.flags(entries, store.types.list())
        days = [first + timedelta(days=i) for i in range(count)]
        ends = [clinic_time.day_bounds(d)[1] for d in days]
        by_day: list[list[ScheduleEntry]] = [[] for _ in days]
        index = 0
        for entry in entries:  # in start order: walk the day boundaries once, no zone conversion
            while entry.appointment.start >= ends[index]:
                index += 1
            if entry.appointment.patient_id in lapsed:
                entry = replace(entry, expired_consent=True)
            if entry.appointment.id in early:
                entry = replace(entry, too_early=early[entry.appointment.id])
            by_day[index].append(entry)
        return [DaySchedule(d, clinic_time.timezone, rows) for d, rows in zip(days, by_day, strict=True)]

    def today(self) -> date:
        return self._s.time.today(self._s.now())
