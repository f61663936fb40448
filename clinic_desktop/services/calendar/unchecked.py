"""The calendar's internal interface: what the use cases share that asks no permission.

Callers have checked permission. Every method here runs inside a use case that asked already
(AppointmentService's, FollowUpService's), or in the follow-up engine's background refresh, which
needs none: it runs on a timer whoever is signed in, or nobody while the window is locked, and only
keeps proposals (slots are times, not health records). Nothing here is a use case of its own: the
checked ones are AppointmentService's (services/appointments.py), which reaches this as
``appointments.unchecked``; the follow-up engine uses it for its slot search."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from clinic_desktop.domain.availability import DayOff, ProviderCalendar
from clinic_desktop.domain.entities import AppointmentType, ScheduleEntry
from clinic_desktop.domain.errors import NotFoundError
from clinic_desktop.domain.words import QT_TR_NOOP, Text
from clinic_desktop.services.calendar.holiday_cache import public_holidays
from clinic_desktop.services.calendar.slots import SLOT_SEARCH_DAYS, Slot, SlotSearch

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices


class UncheckedCalendar:
    """The calendar's reads without a permission check: callers have checked permission."""

    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    def provider_calendar(self, provider_id: int | None, first: date, last: date) -> ProviderCalendar:
        """What decides a provider's working time from first to last; with no provider, only what
        every provider shares (closures and public holidays). The checked use cases build their
        rules from it."""
        if provider_id is None:
            closures = tuple(self._s.store.calendar.closures(first, last))
            return ProviderCalendar(closures=closures, holidays=self._holidays(first, last))
        return self.provider_calendars([provider_id], first, last)[provider_id]

    def provider_calendars(
        self, provider_ids: Sequence[int], first: date, last: date
    ) -> dict[int, ProviderCalendar]:
        """``provider_calendar`` for several providers at once: their working time and the
        clinic's closures read in one statement (a round trip to a PostgreSQL server each, issue
        22), the public holidays worked out once."""
        closures: list[DayOff] = []
        hours = self._s.store.calendar.working_time(provider_ids, first, last, closures)
        days = self._holidays(first, last)
        return {
            p: ProviderCalendar(
                weekly=tuple(weekly),
                extra=tuple(extra),
                time_off=tuple(time_off),
                closures=tuple(closures),
                holidays=days,
            )
            for p, (weekly, extra, time_off) in hours.items()
        }

    def _holidays(self, first: date, last: date) -> dict[date, str]:
        """The public holidays from first to last where the clinic is (none without a country)."""
        country, subdivision = self._s.holiday_place
        days: dict[date, str] = {}
        if country:
            for year in range(first.year, last.year + 1):
                found = public_holidays(country, subdivision, year)
                days.update({d: name for d, name in found.items() if first <= d <= last})
        return days

    def appointment_type(self, name: str) -> AppointmentType:
        """The type called ``name`` (any case): a lookup of the clinic's set-up."""
        wanted = name.strip().casefold()
        for kind in self._s.store.types.list():
            if kind.name.casefold() == wanted:
                return kind
        known = ", ".join(t.name for t in self._s.store.types.list()) or Text(QT_TR_NOOP("none yet"))
        raise NotFoundError(
            QT_TR_NOOP("There is no appointment type called '{name}'. Types: {types}."),
            name=name,
            types=known,
        )

    def entry(self, appointment_id: int) -> ScheduleEntry:
        """One appointment with its names: the rules name the booking in the way with it, from
        inside use cases that asked already."""
        found = self._s.store.appointments.entries([appointment_id])
        if not found:
            raise NotFoundError(QT_TR_NOOP("There is no appointment with id {id}."), id=appointment_id)
        return found[0]

    def describe(self, appointment_id: int, with_provider: bool = False) -> Text:
        entry = self.entry(appointment_id)
        clinic_time = self._s.time
        start = clinic_time.to_local(entry.appointment.start)
        end = clinic_time.to_local(entry.appointment.end)
        when = {"start": f"{start:%H:%M}", "end": f"{end:%H:%M}", "day": f"{start:%Y-%m-%d}"}
        if with_provider:
            return Text(
                QT_TR_NOOP("{patient} with {provider} at {start}-{end} on {day}"),
                patient=entry.patient_name,
                provider=entry.provider_name,
                **when,
            )
        return Text(QT_TR_NOOP("{patient} at {start}-{end} on {day}"), patient=entry.patient_name, **when)

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
        """The next free starts for a type with several providers at once, (provider id, how many)
        each, inside working hours, from a day. ``spacing`` (minutes) spreads the slots found over
        the day instead of returning back-to-back ones; ``held`` are intervals per provider to treat
        as booked (slots already offered to someone else). With ``others_until_first`` the providers
        after the first are searched only up to the day of the first provider's earliest slot (the
        follow-up engine prefers the usual provider; another one only matters sooner). The type may
        be given by name or as read already.

        Searched a window at a time: nearly every search ends in the first window, so the bookings
        of the months after it are never read."""
        with self._s.store.read_transaction():
            kind = type_name if isinstance(type_name, AppointmentType) else self.appointment_type(type_name)
            search = SlotSearch(self._s, self.provider_calendars)
            return search.find(wanted, kind, from_day, spacing, days, held, others_until_first)
