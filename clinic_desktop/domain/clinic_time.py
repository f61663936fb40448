"""The one place where clinic-local wall-clock time and UTC instants meet.

The database holds UTC instants. People see and type clinic-local wall-clock time in the clinic's
IANA time zone (a setting). What recurs ("every 12 weeks at 09:00") is computed in local time and
then converted, so a series keeps its 09:00 across daylight-saving changes.

Two local times need a decision:
- a time that does not exist (the hour skipped when clocks go forward) is refused, because booking
  a patient at 02:30 on that night is always a typing mistake;
- a time that happens twice (the hour repeated when clocks go back) means the first occurrence
  (``fold=0``), as most calendars do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property, lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.words import QT_TR_NOOP

DEFAULT_TIMEZONE = "UTC"


def validate_timezone(name: str) -> str:
    """Return the canonical IANA name, or refuse with a message naming the bad value."""
    candidate = name.strip()
    if not candidate or candidate.startswith(("/", ".")) or ".." in candidate:
        raise ValidationError(
            QT_TR_NOOP("'{name}' is not a time zone. Use an IANA name such as Europe/Vienna."), name=name
        )
    try:
        ZoneInfo(candidate)
    except (ZoneInfoNotFoundError, ValueError):
        hint = _suggest_timezone(candidate)
        if hint:
            raise ValidationError(
                QT_TR_NOOP(
                    "'{name}' is not a known time zone. Use an IANA name such as Europe/Vienna. "
                    "Did you mean {hint}?"
                ),
                name=name,
                hint=hint,
            ) from None
        raise ValidationError(
            QT_TR_NOOP("'{name}' is not a known time zone. Use an IANA name such as Europe/Vienna."),
            name=name,
        ) from None
    return candidate


def _suggest_timezone(name: str) -> str | None:
    lowered = name.lower().replace(" ", "_")
    for zone in sorted(available_timezones()):
        if zone.lower() == lowered or zone.lower().endswith("/" + lowered):
            return zone
    return None


def utc_now() -> datetime:
    return datetime.now(UTC)


def ensure_utc(instant: datetime) -> datetime:
    """An aware instant in UTC; a naive value is a programming error, never guessed."""
    if instant.tzinfo is None:
        raise ValueError("naive datetime given where an instant was expected")
    return instant.astimezone(UTC)


@dataclass(frozen=True)
class ClinicTime:
    """Conversions at the edges, for one clinic time zone."""

    timezone: str = DEFAULT_TIMEZONE

    @cached_property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def localize(self, wall: datetime) -> datetime:
        """Attach the clinic zone to a naive wall-clock time; refuse a time skipped by DST."""
        if wall.tzinfo is not None:
            return wall.astimezone(self.zone)
        aware = wall.replace(tzinfo=self.zone, fold=0)
        round_trip = aware.astimezone(UTC).astimezone(self.zone)
        if round_trip.replace(tzinfo=None) != wall:
            raise ValidationError(
                QT_TR_NOOP(
                    "{time} does not exist in {zone}: the clocks go forward then. Choose a time outside "
                    "that hour."
                ),
                time=f"{wall:%Y-%m-%d %H:%M}",
                zone=self.timezone,
            )
        return aware

    def to_utc(self, wall: datetime) -> datetime:
        """The UTC instant of a clinic-local wall-clock time."""
        return self.localize(wall).astimezone(UTC)

    def to_local(self, instant: datetime) -> datetime:
        """Clinic-local aware time of a UTC instant."""
        return ensure_utc(instant).astimezone(self.zone)

    def local_date(self, instant: datetime) -> date:
        return self.to_local(instant).date()

    def at(self, day: date, clock: time) -> datetime:
        """The UTC instant of a wall-clock time on a local date."""
        return self.to_utc(datetime.combine(day, clock))

    def seconds_at(self, day: date, clock: time) -> int:
        """at() as whole seconds since the epoch, remembered: a free-slot search asks for the same
        few working-hour bounds on the same days for every provider and every patient."""
        return _seconds_at(self, day, clock)

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        """UTC [start, end) of a local calendar day; 23 or 25 hours long on DST change days."""
        start = datetime.combine(day, time(0)).replace(tzinfo=self.zone).astimezone(UTC)
        end = datetime.combine(day + timedelta(days=1), time(0)).replace(tzinfo=self.zone).astimezone(UTC)
        return start, end

    def iso(self, instant: datetime) -> str:
        """ISO 8601 in clinic-local time with its UTC offset, as the command line prints it."""
        return self.to_local(instant).isoformat(timespec="seconds")

    def parse_local(self, text: str) -> datetime:
        """A person's local date-time ('2026-12-01T10:00' or '2026-12-01 10:00') as a UTC instant.

        A value with an explicit offset is taken as that instant.
        """
        value = parse_datetime_text(text)
        if value.tzinfo is not None:
            return value.astimezone(UTC)
        return self.to_utc(value)

    def today(self, now: datetime) -> date:
        return self.local_date(now)


# The years a person may type: a clinic's records and plans fall well inside them, and every
# calculation made from such a date (a day later, three months back, a horizon of weeks) stays
# inside what the calendar and the databases can hold, instead of failing at year 9999.
FIRST_YEAR, LAST_YEAR = 1900, 2200


def _in_range(value: date, text: str) -> None:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValidationError(
            QT_TR_NOOP("'{text}' is out of range: give a date between {first} and {last}."),
            text=text,
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )


def parse_datetime_text(text: str) -> datetime:
    raw = text.strip()
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise ValidationError(
            QT_TR_NOOP(
                "'{text}' is not a date and time. Write it as YYYY-MM-DDTHH:MM, e.g. 2026-12-01T10:00."
            ),
            text=text,
        ) from None
    _in_range(value.date(), text)
    return value


def parse_date(text: str) -> date:
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            QT_TR_NOOP("'{text}' is not a date. Write it as YYYY-MM-DD, e.g. 2026-12-01."), text=text
        ) from None
    _in_range(value, text)
    return value


def parse_clock(text: str) -> time:
    """A wall-clock time of day, 'HH:MM' (24-hour)."""
    raw = text.strip()
    try:
        hours, minutes = raw.split(":")
        if len(minutes) != 2 or not hours.isdigit() or not minutes.isdigit():
            raise ValueError
        return time(int(hours), int(minutes))
    except ValueError:
        raise ValidationError(
            QT_TR_NOOP("'{text}' is not a time of day. Write it as HH:MM, e.g. 08:30."), text=text
        ) from None


def minutes_of(clock: time) -> int:
    return clock.hour * 60 + clock.minute


def clock_of(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


@lru_cache(maxsize=8192)
def _seconds_at(clinic_time: ClinicTime, day: date, clock: time) -> int:
    return int(clinic_time.at(day, clock).timestamp())
