"""Working time and free time: a provider's hours on a day, the days nobody works, a provider's time
off and the clinic's closures (settings, so a manager's), and the free-slot use cases (the search
itself is calendar/slots.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.entities import AppointmentType
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.hours import TimeBlock
from clinic_desktop.domain.words import QT_TR_NOOP, Text
from clinic_desktop.services.calendar.rules import CalendarRules
from clinic_desktop.services.calendar.slots import SLOT_SEARCH_DAYS, Slot


class Availability(CalendarRules):
    def availability(self, provider_id: int, day: date) -> list[TimeBlock]:
        self._s.require(Permission.SCHEDULE)
        with self._s.store.read_transaction():
            self._s.store.providers.get(provider_id)
            return self.unchecked.provider_calendar(provider_id, day, day).blocks(day)

    def closed_days(self, first: date, last: date) -> dict[date, str]:
        """The days in [first, last] on which no active provider works, each with the reason in
        words (a public holiday, a clinic closure, or simply nobody's working day): what the month
        view shades."""
        self._s.require(Permission.SCHEDULE)
        with self._s.store.read_transaction():
            providers = [p.id for p in self._s.store.providers.list() if p.active]
            calendars = list(self.unchecked.provider_calendars(providers, first, last).values())
        closed: dict[date, str] = {}
        day = first
        while day <= last:
            if not any(c.blocks(day) for c in calendars):
                reasons = [c.why_closed(day) for c in calendars]
                shared = (
                    reasons[0] if reasons and reasons[0] and all(r == reasons[0] for r in reasons) else None
                )
                closed[day] = _sentence(shared) if shared else Text(QT_TR_NOOP("Nobody is working"))
            day += timedelta(days=1)
        return closed

    def add_time_off(self, provider_id: int, first: date, last: date, reason: str = "") -> None:
        """A provider's days away: part of the clinic's set-up (working hours), so a manager's."""
        self._s.require(Permission.SETTINGS)
        if last < first:
            raise ValidationError(QT_TR_NOOP("Time off must end on or after the day it starts."))
        store = self._s.store
        with store.write_transaction():
            store.providers.get(provider_id)
            new_id = store.calendar.add_time_off(provider_id, first, last, reason.strip())
            after = {"provider_id": provider_id, "first": first, "last": last, "reason": reason.strip()}
            self._s.record("create", "time_off", new_id, None, after)

    def add_closure(self, first: date, last: date, reason: str = "") -> None:
        self._s.require(Permission.SETTINGS)
        if last < first:
            raise ValidationError(QT_TR_NOOP("A closure must end on or after the day it starts."))
        store = self._s.store
        with store.write_transaction():
            new_id = store.calendar.add_closure(first, last, reason.strip())
            self._s.record(
                "create", "closure", new_id, None, {"first": first, "last": last, "reason": reason.strip()}
            )

    # --- free slots -----------------------------------------------------------------------------

    def free_slots(self, provider_id: int, type_name: str, from_day: date, count: int = 5) -> list[Slot]:
        """The next free starts for this type with this provider, inside working hours, from a day.

        Searched two weeks at a time: nearly every search ends in the first window, so the
        bookings of the months after it are never read."""
        self._s.require(Permission.SCHEDULE)
        return self.unchecked.free_slots_for([(provider_id, count)], type_name, from_day)[provider_id]

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
        """free_slots for several providers at once, (provider id, how many) each; the options are
        UncheckedCalendar.free_slots_for's (calendar/unchecked.py)."""
        self._s.require(Permission.SCHEDULE)
        return self.unchecked.free_slots_for(
            wanted, type_name, from_day, spacing, days, held, others_until_first
        )


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:]
