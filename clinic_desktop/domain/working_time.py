"""Changing when a provider works: weekly hours from a date on, extra sessions, time off, closures.

Weekly hours have effective dates (domain/availability.py, DatedBlock): "from 1 March, Mondays
09:00-13:00" keeps February's Mondays as they were, ends the blocks that ran on past 28 February
there, and drops blocks that were to start on or after 1 March (they are replaced). A change with
no date replaces the weekday's blocks for all time.

A change that takes working time away (fewer hours, time off, a closure, an extra session removed)
may leave booked patients outside the provider's time. The rule: such a change is refused, naming
those bookings, unless the person says to go ahead; the bookings then stay where they are, marked as
outside working hours (their override reason says why and since when), so reception sees them and
nobody's appointment silently disappears or moves.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from clinic_desktop.domain.availability import DatedBlock, ProviderCalendar
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.hours import WEEKDAY_NAMES, WEEKDAY_SHORT, TimeBlock, normalise_blocks
from clinic_desktop.domain.words import QT_TR_NOOP, Text, joined

MAX_LISTED = 8  # a refusal names this many bookings, then says how many more


@dataclass(frozen=True)
class HoursEntry:
    """One stored block of a provider's weekly hours."""

    id: int
    provider_id: int
    block: DatedBlock


@dataclass(frozen=True)
class ExtraSession:
    id: int
    provider_id: int
    day: date
    block: TimeBlock


@dataclass(frozen=True)
class Absence:
    """A provider's time off (provider_id set) or a clinic closure (provider_id None)."""

    id: int
    provider_id: int | None
    first: date
    last: date
    reason: str = ""


@dataclass(frozen=True)
class HoursPlan:
    """What a change of weekly hours does to the stored blocks."""

    end: list[tuple[int, date]]  # (entry id, new effective_to)
    remove: list[int]  # entry ids
    add: list[DatedBlock]


def plan_hours(
    entries: Sequence[HoursEntry], weekdays: Iterable[int], blocks: Sequence[TimeBlock], since: date | None
) -> HoursPlan:
    """The stored blocks to end, to remove and to add so that ``weekdays`` are worked in
    ``blocks`` from ``since`` on (None: always). No blocks: not working those days from then."""
    days = sorted(set(weekdays))
    if not days:
        raise ValidationError(QT_TR_NOOP("Choose at least one weekday."))
    for day in days:
        if not 0 <= day <= 6:
            raise ValidationError(QT_TR_NOOP("{day} is not a weekday (0 is Monday, 6 is Sunday)."), day=day)
    ordered = normalise_blocks(list(blocks))
    end: list[tuple[int, date]] = []
    remove: list[int] = []
    for entry in entries:
        block = entry.block
        if block.weekday not in days:
            continue
        if since is None or (block.effective_from is not None and block.effective_from >= since):
            remove.append(entry.id)
        elif block.effective_to is None or block.effective_to >= since:
            end.append((entry.id, since - timedelta(days=1)))
    add = [DatedBlock(day, b, since, None) for day in days for b in ordered]
    return HoursPlan(end, remove, add)


def apply_plan(entries: Sequence[HoursEntry], plan: HoursPlan) -> list[DatedBlock]:
    """The weekly blocks as they will be once the plan is carried out."""
    ends = dict(plan.end)
    kept = [
        DatedBlock(e.block.weekday, e.block.block, e.block.effective_from, ends[e.id])
        if e.id in ends
        else e.block
        for e in entries
        if e.id not in plan.remove
    ]
    return kept + plan.add


def weekdays_text(days: Iterable[int]) -> Text:
    """[0, 1, 2, 3, 4] -> 'Mon-Fri'; [0, 2, 4] -> 'Mon, Wed, Fri' (how a change is named)."""
    chosen = sorted(set(days))
    if len(chosen) > 2 and chosen == list(range(chosen[0], chosen[-1] + 1)):
        return joined((WEEKDAY_SHORT[chosen[0]], WEEKDAY_SHORT[chosen[-1]]), "-")
    return joined(WEEKDAY_SHORT[d] for d in chosen)


def weekday_name(day: int) -> Text:
    return WEEKDAY_NAMES[day]


@dataclass(frozen=True)
class Booked:
    """A booking as the working-time check sees it: local wall-clock start and end."""

    appointment_id: int
    start: datetime  # clinic-local, naive
    end: datetime
    description: str  # "Ines Ortega, Mon 2026-11-30 09:00-09:30 with Dr Lind"


def stranded(bookings: Iterable[Booked], before: ProviderCalendar, after: ProviderCalendar) -> list[Booked]:
    """The bookings inside working time before the change and outside it after (one already
    outside, booked with an override reason, is not the change's doing)."""
    return [b for b in bookings if before.covers(b.start, b.end) and not after.covers(b.start, b.end)]


class OutsideHoursError(ValidationError):
    """A change of working time would leave these bookings outside it; nothing was changed. The
    window asks what to do; saying "go ahead" keeps the bookings, marked as outside hours."""

    def __init__(self, what: str, bookings: Sequence[Booked]) -> None:
        listed = joined((b.description for b in bookings[:MAX_LISTED]), "; ")
        more = len(bookings) - MAX_LISTED
        count = len(bookings)
        if count == 1:
            super().__init__(
                QT_TR_NOOP(
                    "{what} would leave 1 booking outside working hours: {listed}. Keep the hours as they "
                    "are, or go ahead: the bookings then stay, marked as outside hours."
                ),
                what=what,
                listed=listed,
            )
        elif more > 0:
            super().__init__(
                QT_TR_NOOP(
                    "{what} would leave {count} bookings outside working hours: {listed}; and {more} more. "
                    "Keep the hours as they are, or go ahead: the bookings then stay, marked as outside "
                    "hours."
                ),
                what=what,
                count=count,
                listed=listed,
                more=more,
            )
        else:
            super().__init__(
                QT_TR_NOOP(
                    "{what} would leave {count} bookings outside working hours: {listed}. Keep the hours as "
                    "they are, or go ahead: the bookings then stay, marked as outside hours."
                ),
                what=what,
                count=count,
                listed=listed,
            )
        self.bookings = list(bookings)


def outside_hours_note(what: str, on: date) -> str:
    """The override reason a kept booking gets."""
    return f"Outside working hours since {on:%Y-%m-%d}: {what}"


def check_absence(first: date, last: date, reason: str, what: str) -> str:
    """Time off or a closure: it ends on or after the day it starts; the cleaned reason."""
    if last < first:
        raise ValidationError(QT_TR_NOOP("{what} must end on or after the day it starts."), what=what)
    if (last - first).days > 366:
        raise ValidationError(
            QT_TR_NOOP("{what} is at most a year long; enter longer absences year by year."), what=what
        )
    return " ".join(reason.split())  # its width is the column's, checked by the store (domain/text.py)
