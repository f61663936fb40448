"""Weekly working hours: blocks of wall-clock time per weekday.

A provider's week is a list of blocks per weekday ("08:00-12:00,13:00-17:00": a lunch break is the
gap between blocks). Blocks are wall-clock times in the clinic zone, so 08:00 stays 08:00 in summer
and winter. The calendar issue adds effective date ranges, extra sessions and time off on top.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from clinic_desktop.domain.clinic_time import minutes_of, parse_clock
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.words import QT_TR_NOOP, Text

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # the codes typed on the command line
# The names people read (the English ones are also typed: parse_weekday takes them).
WEEKDAY_NAMES = (
    Text(QT_TR_NOOP("Monday")),
    Text(QT_TR_NOOP("Tuesday")),
    Text(QT_TR_NOOP("Wednesday")),
    Text(QT_TR_NOOP("Thursday")),
    Text(QT_TR_NOOP("Friday")),
    Text(QT_TR_NOOP("Saturday")),
    Text(QT_TR_NOOP("Sunday")),
)
# Short names, as a change of hours is named ("Mon-Fri").
WEEKDAY_SHORT = (
    Text(QT_TR_NOOP("Mon")),
    Text(QT_TR_NOOP("Tue")),
    Text(QT_TR_NOOP("Wed")),
    Text(QT_TR_NOOP("Thu")),
    Text(QT_TR_NOOP("Fri")),
    Text(QT_TR_NOOP("Sat")),
    Text(QT_TR_NOOP("Sun")),
)


def parse_weekday(text: str) -> int:
    """'mon'..'sun' or the full English name to 0..6, Monday first as in datetime.weekday()."""
    key = text.strip().lower()
    for index, (short, full) in enumerate(zip(WEEKDAYS, WEEKDAY_NAMES, strict=True)):
        if key in (short, full.lower()):
            return index
    raise ValidationError(
        QT_TR_NOOP("'{text}' is not a weekday. Use one of {days}."), text=text, days=", ".join(WEEKDAYS)
    )


def parse_weekdays(text: str) -> list[int]:
    """One day, a range or a list, or ranges in a list ('mon', 'mon-fri', 'mon,wed,fri',
    'mon-wed,fri') to the weekdays 0..6 in week order, each once. A range runs forward within the
    week (Monday first); anything else is refused naming the part that is wrong."""
    days: set[int] = set()
    parts = [p.strip() for p in text.split(",")]
    if not any(parts):
        raise ValidationError(
            QT_TR_NOOP("Say which weekday. Write one day (mon), a range (mon-fri) or a list (mon,wed,fri).")
        )
    for part in parts:
        ends = [e.strip() for e in part.split("-")]
        if not part or len(ends) > 2 or not all(ends):
            raise ValidationError(
                QT_TR_NOOP(
                    "'{part}' in '{text}' is not a day or a range of days. Write one day (mon), a range "
                    "(mon-fri) or a list (mon,wed,fri)."
                ),
                part=part,
                text=text,
            )
        try:
            first, last = parse_weekday(ends[0]), parse_weekday(ends[-1])
        except ValidationError:
            wrong = next(
                e for e in ends if e.lower() not in WEEKDAYS + tuple(n.lower() for n in WEEKDAY_NAMES)
            )
            raise ValidationError(
                QT_TR_NOOP(
                    "'{wrong}' in '{text}' is not a weekday: use {days}. Write one day (mon), a range "
                    "(mon-fri) or a list (mon,wed,fri)."
                ),
                wrong=wrong,
                text=text,
                days=", ".join(WEEKDAYS),
            ) from None
        if last < first:
            raise ValidationError(
                QT_TR_NOOP(
                    "'{part}' runs backwards: a range goes from Monday towards Sunday, such as {example}."
                ),
                part=part,
                example=f"{WEEKDAYS[last]}-{WEEKDAYS[first]}",
            )
        days.update(range(first, last + 1))
    return sorted(days)


@dataclass(frozen=True, order=True)
class TimeBlock:
    start: time
    end: time

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValidationError(
                QT_TR_NOOP("A working block must end after it starts ({block})."),
                block=f"{self.start:%H:%M}-{self.end:%H:%M}",
            )

    @property
    def minutes(self) -> int:
        return minutes_of(self.end) - minutes_of(self.start)

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


def parse_blocks(text: str) -> list[TimeBlock]:
    """'08:00-12:00,13:00-17:00' to sorted, non-overlapping blocks; '' means not working."""
    blocks: list[TimeBlock] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        if part.count("-") != 1:
            raise ValidationError(
                QT_TR_NOOP("'{part}' is not a block of time. Write it as 08:00-12:00."), part=part
            )
        start_text, end_text = part.split("-")
        blocks.append(TimeBlock(parse_clock(start_text), parse_clock(end_text)))
    return normalise_blocks(blocks)


def normalise_blocks(blocks: list[TimeBlock]) -> list[TimeBlock]:
    ordered = sorted(blocks)
    for earlier, later in zip(ordered, ordered[1:], strict=False):
        if later.start < earlier.end:
            raise ValidationError(
                QT_TR_NOOP("Working blocks {earlier} and {later} overlap."),
                earlier=str(earlier),
                later=str(later),
            )
    return ordered


def format_blocks(blocks: list[TimeBlock]) -> str:
    return ",".join(str(b) for b in blocks)
