"""The free-slot search: the next free starts of a visit type with one or more providers, inside
their working hours, the rooms the type needs free too.

Asks no permission: it is reached through ``UncheckedCalendar.free_slots_for`` (calendar/unchecked.py),
whose callers have checked. Slots are times, not health records."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from clinic_desktop.domain.availability import ProviderCalendar
from clinic_desktop.domain.entities import AppointmentType
from clinic_desktop.domain.errors import NotFoundError
from clinic_desktop.domain.words import QT_TR_NOOP

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

SLOT_STEP_MINUTES = 5
SLOT_SEARCH_DAYS = 90
SLOT_WINDOW_DAYS = 14


@dataclass(frozen=True)
class Slot:
    start: datetime
    end: datetime
    provider_id: int
    room_id: int | None


class SlotSearch:
    """One search over the calendar (callers have checked permission); ``calendars`` gives
    providers' working-time rules (UncheckedCalendar.provider_calendars)."""

    def __init__(
        self,
        services: ClinicServices,
        calendars: Callable[[Sequence[int], date, date], dict[int, ProviderCalendar]],
    ) -> None:
        self._s = services
        self._calendars = calendars

    def find(
        self,
        wanted: Sequence[tuple[int, int]],
        kind: AppointmentType,
        from_day: date,
        spacing: int = 0,
        days: int = SLOT_SEARCH_DAYS,
        held: Mapping[int, Sequence[tuple[datetime, datetime]]] | None = None,
        others_until_first: bool = False,
    ) -> dict[int, list[Slot]]:
        """The free slots of ``kind`` for several providers, (provider id, how many) each, from a day
        (UncheckedCalendar.free_slots_for says what the options do): what they share (the type, the
        rooms, settings, closures and holidays) is read once."""
        store = self._s.store
        with store.read_transaction():
            known = {p.id for p in store.providers.list()}
            for provider_id, _ in wanted:
                if provider_id not in known:
                    raise NotFoundError(QT_TR_NOOP("There is no provider with id {id}."), id=provider_id)
            rooms = [r.id for r in store.rooms.list() if kind.room_kind and r.kind == kind.room_kind]
            end = from_day + timedelta(days=days)
            calendars = self._calendars([p for p, _ in wanted], from_day, end)
            found: dict[int, list[Slot]] = {p: [] for p, _ in wanted}
            # Window by window (a week when slots are spread an hour apart, as a week nearly always
            # has enough; two weeks when back to back), the bookings of every provider still
            # searching read in one statement; the first provider first, so its earliest slot
            # bounds the others' search when others_until_first.
            step = 7 if spacing else SLOT_WINDOW_DAYS
            limit = end
            first = from_day
            while first <= end:
                last = min(first + timedelta(days=step - 1), end)
                searching = [
                    (index, p, n)
                    for index, (p, n) in enumerate(wanted)
                    if len(found[p]) < n and first <= (end if index == 0 else limit)
                ]
                if not searching:
                    break
                window_start = self._s.time.day_bounds(first)[0]
                window_end = self._s.time.day_bounds(last)[1]
                busy = store.calendar.resources_busy(
                    "provider", [p for _, p, _ in searching], window_start, window_end
                )
                room_busy = store.calendar.resources_busy("room", rooms, window_start, window_end)
                for index, provider_id, count in searching:
                    if index > 0 and first > limit:
                        continue
                    slots = found[provider_id]
                    slots += self._slots_between(
                        provider_id,
                        kind,
                        rooms,
                        calendars[provider_id],
                        first,
                        min(last, end if index == 0 else limit),
                        count - len(slots),
                        spacing,
                        busy[provider_id],
                        room_busy,
                        (held or {}).get(provider_id, ()),
                    )
                    if index == 0 and others_until_first and slots:
                        limit = min(limit, self._s.time.local_date(slots[0].start))
                first = last + timedelta(days=1)
        return found

    def _slots_between(
        self,
        provider_id: int,
        kind: AppointmentType,
        rooms: list[int],
        calendar: ProviderCalendar,
        first: date,
        last: date,
        count: int,
        spacing: int,
        busy: list[tuple[int, int]],
        room_busy: dict[int, list[tuple[int, int]]],
        held: Sequence[tuple[datetime, datetime]] = (),
    ) -> list[Slot]:
        """The scan itself, in whole seconds since the epoch (UTC): bookings come from the database
        as integers (``busy``: the provider's, ``room_busy``: the rooms the type may use), so a full
        week is walked with integer comparisons; only the slots found become datetimes."""
        clinic_time = self._s.time
        length = kind.minutes * 60
        gap = max(length, spacing * 60)
        step = SLOT_STEP_MINUTES * 60
        now = _seconds_up(self._s.now().timestamp())
        if held:
            window_start = clinic_time.day_bounds(first)[0]
            window_end = clinic_time.day_bounds(last)[1]
            busy = sorted(
                [*busy, *((int(h[0].timestamp()), int(h[1].timestamp())) for h in held
                          if h[0] < window_end and h[1] > window_start)]
            )  # fmt: skip
        found: list[Slot] = []
        index = 0
        booked = len(busy)
        # The bookings' starts and ends as two lists: the loop below is the hot path of every
        # proposal, and indexing a flat list is cheaper than a tuple inside a list.
        starts = [b[0] for b in busy]
        ends = [b[1] for b in busy]
        day = first
        while day <= last and len(found) < count:
            for block in calendar.blocks(day):
                cursor = max(clinic_time.seconds_at(day, block.start), now)
                latest = clinic_time.seconds_at(day, block.end) - length  # the last start that fits
                while cursor <= latest:
                    # busy is in start order: skip what ended before the cursor; then only the next
                    # booking can overlap (any later one starts later still). One pass in all.
                    while index < booked and ends[index] <= cursor:
                        index += 1
                    if index < booked and starts[index] < cursor + length:
                        cursor = ends[index]  # > cursor, or the skip above would have passed it
                        if cursor % step:  # (inline: this line runs once per booking passed)
                            cursor += step - cursor % step
                        continue
                    room = None
                    if rooms:
                        room, freed = _free_room(room_busy, cursor, cursor + length)
                        if room is None:
                            cursor = max(_seconds_up(freed), cursor + step)
                            continue
                    found.append(Slot(_utc(cursor), _utc(cursor + length), provider_id, room))
                    if len(found) == count:
                        return found
                    cursor += gap
            day += timedelta(days=1)
        return found


def _seconds_up(seconds: float) -> int:
    """Whole epoch seconds rounded up to the slot grid (what _round_up does to a datetime)."""
    step = SLOT_STEP_MINUTES * 60
    return -(-int(seconds) // step) * step


def _utc(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def _free_room(busy: dict[int, list[tuple[int, int]]], start: int, end: int) -> tuple[int | None, int]:
    """A room of these free for [start, end), or None and the first moment one of them frees up
    (epoch seconds, as the scan).

    Each room's bookings never overlap one another, so in start order only the last one starting
    before ``end`` can reach into the slot (bisect), and its end is when that room is free again."""
    frees_at = []
    for room, spans in busy.items():
        before = bisect_left(spans, (end,))
        if before == 0 or spans[before - 1][1] <= start:
            return room, start
        frees_at.append(spans[before - 1][1])
    return None, min(frees_at, default=end)
