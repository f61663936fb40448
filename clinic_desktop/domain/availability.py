"""When a provider can be booked: one rule, asked by the calendar, free-slot search and follow-ups.

A provider works the blocks of their weekly template for that weekday (templates may be limited
to a date range), plus any extra sessions that day, unless they are off (time off), the clinic is
closed, or it is a public holiday of the clinic's country/subdivision (`holidays` package). All
times are clinic-local wall-clock times; callers convert with ClinicTime.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from dateutil.rrule import WEEKLY, rrule

from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.hours import TimeBlock
from clinic_desktop.domain.words import QT_TR_NOOP, Text


@dataclass(frozen=True)
class DatedBlock:
    """A weekly block valid from/to a date (either open)."""

    weekday: int
    block: TimeBlock
    effective_from: date | None = None
    effective_to: date | None = None

    def applies(self, day: date) -> bool:
        return (
            day.weekday() == self.weekday
            and (self.effective_from is None or self.effective_from <= day)
            and (self.effective_to is None or day <= self.effective_to)
        )


@dataclass(frozen=True)
class DayOff:
    start: date
    end: date
    reason: str = ""

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class ProviderCalendar:
    """What decides one provider's working time, for the days asked about."""

    weekly: tuple[DatedBlock, ...] = ()
    extra: tuple[tuple[date, TimeBlock], ...] = ()
    time_off: tuple[DayOff, ...] = ()
    closures: tuple[DayOff, ...] = ()
    holidays: dict[date, str] = field(default_factory=dict)

    def why_closed(self, day: date) -> Text | None:
        """Why nobody should be booked that day, in words, or None when it is a normal day."""
        when = f"{day:%Y-%m-%d}"
        if day in self.holidays:
            return Text(
                QT_TR_NOOP("{day} is a public holiday ({holiday})"), day=when, holiday=self.holidays[day]
            )
        for closure in self.closures:
            if closure.covers(day):
                if closure.reason:
                    return Text(
                        QT_TR_NOOP("the clinic is closed on {day} ({reason})"),
                        day=when,
                        reason=closure.reason,
                    )
                return Text(QT_TR_NOOP("the clinic is closed on {day}"), day=when)
        for off in self.time_off:
            if off.covers(day):
                if off.reason:
                    return Text(
                        QT_TR_NOOP("the provider is off on {day} ({reason})"), day=when, reason=off.reason
                    )
                return Text(QT_TR_NOOP("the provider is off on {day}"), day=when)
        return None

    def blocks(self, day: date) -> list[TimeBlock]:
        """Working blocks of that day, sorted and merged; none on a closed day."""
        if self.why_closed(day) is not None:
            return []
        found = [b.block for b in self.weekly if b.applies(day)] + [b for d, b in self.extra if d == day]
        return merge_blocks(found)

    def covers(self, start: datetime, end: datetime) -> bool:
        """Does [start, end) (local wall-clock, one day) lie inside one working block?"""
        if end.date() != start.date():
            return False
        return any(b.start <= start.time() and end.time() <= b.end for b in self.blocks(start.date()))


def merge_blocks(blocks: list[TimeBlock]) -> list[TimeBlock]:
    merged: list[TimeBlock] = []
    for block in sorted(blocks):
        if merged and block.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = TimeBlock(last.start, max(last.end, block.end))
        else:
            merged.append(block)
    return merged


MAX_SERIES = 52


def series_starts(first: datetime, every_weeks: int, count: int) -> list[datetime]:
    """Wall-clock starts of a recurring series ('every 12 weeks x 4'), computed in local time so
    that 09:00 stays 09:00 across daylight-saving changes (dateutil rrule)."""
    if first.tzinfo is not None:
        raise ValueError("series are computed on naive local wall-clock times")
    if not 1 <= every_weeks <= 104:
        raise ValidationError(QT_TR_NOOP("A series repeats every 1 to 104 weeks."))
    if not 1 <= count <= MAX_SERIES:
        raise ValidationError(QT_TR_NOOP("A series has 1 to {most} appointments."), most=MAX_SERIES)
    return list(rrule(WEEKLY, interval=every_weeks, count=count, dtstart=first))
