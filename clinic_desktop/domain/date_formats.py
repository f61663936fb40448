"""How people are shown a date and a time of day: two clinic settings, because 03/04/1980 is the
4th of March at a desk in New York and the 3rd of April at one in London (a date of birth read the
wrong way finds the wrong patient), and 2:30 PM is what a New York receptionist reads where a
Viennese one reads 14:30.

Dates, four choices: the computer's own (its locale's short date, always with a four-digit year),
US month/day/year, UK and European day/month/year, and ISO 8601 year-month-day. The clock, three:
as the clinic's country writes it, 12-hour (2:30 PM) or 24-hour (14:30). Every view, printout and
message meant for a person asks ``format_date``, ``format_time`` and ``format_datetime`` here; files
the software writes for machines (CSV, JSON, iCalendar, FHIR) stay ISO 8601 whatever is chosen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.words import QT_TR_NOOP, Text


class DateFormat(StrEnum):
    LOCALE = "locale"
    US = "us"
    UK = "uk"
    ISO = "iso"

    @property
    def label(self) -> Text:
        return _LABELS[self]

    @property
    def pattern(self) -> str | None:
        """The strftime pattern; None for the computer's own (the window asks its locale)."""
        return _PATTERNS[self]

    @property
    def qt_pattern(self) -> str | None:
        """The same as a Qt date format (QDateEdit.setDisplayFormat)."""
        return _QT_PATTERNS[self]


_LABELS = {
    DateFormat.LOCALE: Text(QT_TR_NOOP("This computer's format")),
    DateFormat.US: Text(QT_TR_NOOP("US: month/day/year")),
    DateFormat.UK: Text(QT_TR_NOOP("UK and Europe: day/month/year")),
    DateFormat.ISO: Text(QT_TR_NOOP("ISO: year-month-day")),
}
_PATTERNS = {
    DateFormat.LOCALE: None,
    DateFormat.US: "%m/%d/%Y",
    DateFormat.UK: "%d/%m/%Y",
    DateFormat.ISO: "%Y-%m-%d",
}
_QT_PATTERNS = {
    DateFormat.LOCALE: None,
    DateFormat.US: "MM/dd/yyyy",
    DateFormat.UK: "dd/MM/yyyy",
    DateFormat.ISO: "yyyy-MM-dd",
}


def long_date(day: date, chosen: DateFormat) -> str:
    """A date with its weekday and month in words, in the format's order: 'Mon Dec 7, 2026' (US),
    'Mon 7 Dec 2026' (UK and the computer's own), 'Mon 2026-12-07' (ISO)."""
    if chosen is DateFormat.US:
        return f"{day:%a %b} {day.day}, {day.year}"
    if chosen is DateFormat.ISO:
        return f"{day:%a} {day:%Y-%m-%d}"
    return f"{day:%a} {day.day} {day:%b %Y}"


def short_day(day: date, chosen: DateFormat) -> str:
    """A day of the coming weeks, no year: 'Mon Dec 7' (US), 'Mon 7 Dec' (the others)."""
    if chosen is DateFormat.US:
        return f"{day:%a %b} {day.day}"
    return f"{day:%a} {day.day} {day:%b}"


def medium_date(day: date, chosen: DateFormat) -> str:
    """A date with its month in a word, no weekday: 'Dec 7, 2026' (US), '7 Dec 2026' (the others but
    ISO: 2026-12-07)."""
    if chosen is DateFormat.US:
        return f"{day:%b} {day.day}, {day.year}"
    if chosen is DateFormat.ISO:
        return f"{day:%Y-%m-%d}"
    return f"{day.day} {day:%b %Y}"


def full_date(day: date, chosen: DateFormat) -> str:
    """'Monday, December 7, 2026' (US), 'Monday 7 December 2026' (the others)."""
    return f"{day:%A}{',' if chosen is DateFormat.US else ''} {written_date(day, chosen)}"


def month_day(day: date, chosen: DateFormat) -> str:
    """A day of the year in words, no year or weekday: 'Nov 24' (US), '24 Nov' (the others)."""
    return f"{day:%b} {day.day}" if chosen is DateFormat.US else f"{day.day} {day:%b}"


def day_and_month(day: date, chosen: DateFormat) -> str:
    """A day of this week in words: 'Tuesday, November 24' (US), 'Tuesday 24 November'."""
    if chosen is DateFormat.US:
        return f"{day:%A}, {day:%B} {day.day}"
    return f"{day:%A} {day.day} {day:%B}"


def qt_long_pattern(chosen: DateFormat) -> str:
    """long_date as a Qt date format (QDateEdit.setDisplayFormat)."""
    return {DateFormat.US: "ddd MMM d, yyyy", DateFormat.ISO: "ddd yyyy-MM-dd"}.get(chosen, "ddd d MMM yyyy")


def qt_medium_pattern(chosen: DateFormat) -> str:
    """medium_date as a Qt date format (a range's two date fields, where a weekday is too wide)."""
    return {DateFormat.US: "MMM d, yyyy", DateFormat.ISO: "yyyy-MM-dd"}.get(chosen, "d MMM yyyy")


def parse_date_format(text: str) -> DateFormat:
    try:
        return DateFormat(text.strip().lower())
    except ValueError:
        known = ", ".join(f.value for f in DateFormat)
        raise ValidationError(
            QT_TR_NOOP("'{text}' is not a date format. Formats: {known}."), text=text, known=known
        ) from None


def format_date(day: date, chosen: DateFormat) -> str:
    """A date as the clinic writes it (the computer's own format is the window's to apply: here
    it falls back to ISO, which nobody misreads)."""
    return day.strftime(chosen.pattern or "%Y-%m-%d")


def four_digit_year(qt_pattern: str) -> str:
    """A locale's short date pattern with the year written out: 'M/d/yy' -> 'M/d/yyyy'. A date of
    birth in 1925 and one in 2025 must not look alike."""
    if "yyyy" in qt_pattern:
        return qt_pattern
    return qt_pattern.replace("yy", "yyyy") if "yy" in qt_pattern else qt_pattern


def order_of(qt_pattern: str) -> DateFormat:
    """Which order a locale's short date pattern writes (M/d/yy: US, d.M.yy: UK and Europe,
    yyyy-MM-dd: ISO), for the long forms of the computer's own format."""
    letters = [c for c in qt_pattern if c in "dMy"]
    first = letters[0] if letters else "d"
    return {"M": DateFormat.US, "y": DateFormat.ISO}.get(first, DateFormat.UK)


# --- the clock ------------------------------------------------------------------------------------


class Clock(StrEnum):
    LOCALE = "locale"
    H12 = "12"
    H24 = "24"

    @property
    def label(self) -> Text:
        return _CLOCK_LABELS[self]

    @property
    def qt_pattern(self) -> str:
        """The time of day as a Qt time format (QTimeEdit, QDateTimeEdit); the country's clock is
        resolved first (``resolve_clock``)."""
        return "h:mm AP" if self is Clock.H12 else "HH:mm"


_CLOCK_LABELS = {
    Clock.LOCALE: Text(QT_TR_NOOP("As the clinic's country writes it")),
    Clock.H12: Text(QT_TR_NOOP("12-hour: 2:30 PM")),
    Clock.H24: Text(QT_TR_NOOP("24-hour: 14:30")),
}


def parse_clock_choice(text: str) -> Clock:
    cleaned = text.strip().lower().removesuffix("h").removesuffix("-hour")
    try:
        return Clock(cleaned)
    except ValueError:
        known = ", ".join(c.value for c in Clock)
        raise ValidationError(
            QT_TR_NOOP("'{text}' is not a clock. Clocks: {known}."), text=text, known=known
        ) from None


def country_clock(country: str) -> Clock | None:
    """The clock a country writes times in, or None for no country (or one CLDR does not know).

    Source: the Unicode Common Locale Data Repository (CLDR, https://cldr.unicode.org), read through
    Babel: the short time format of the country's most likely locale ('und_US' -> en_US 'h:mm a':
    12-hour; 'und_GB' -> en_GB 'HH:mm': 24-hour). CLDR is what the operating systems' own locales
    are made from, so the clinic's country gives the clock its computers would."""
    if not country:
        return None
    from babel import Locale, UnknownLocaleError  # imported where it is read: its data is large

    try:
        pattern = Locale.parse(f"und_{country.strip().upper()}").time_formats["short"].pattern
    except (UnknownLocaleError, ValueError, KeyError):
        return None
    return Clock.H12 if ("h" in pattern or "K" in pattern) else Clock.H24


def resolve_clock(chosen: Clock | str, country: str, fallback: Clock = Clock.H24) -> Clock:
    """The clock to write with: the setting, or for 'locale' the clinic's country's clock; with no
    country, ``fallback`` (the window passes its computer's, elsewhere ISO 8601's 24 hours)."""
    try:
        clock = Clock(chosen)
    except ValueError:
        clock = Clock.LOCALE
    if clock is not Clock.LOCALE:
        return clock
    found = country_clock(country)
    if found is not None:
        return found
    return fallback if fallback is not Clock.LOCALE else Clock.H24


def format_time(moment: time | datetime, clock: Clock, seconds: bool = False) -> str:
    """A time of day for a person: '2:30 PM' (12-hour), '14:30' (24-hour; also for an unresolved
    'locale': resolve it first); with ``seconds``, '2:30:05 PM' and '14:30:05'."""
    tail = f":{moment.second:02d}" if seconds else ""
    if clock is Clock.H12:
        hour = moment.hour % 12 or 12
        return f"{hour}:{moment.minute:02d}{tail} {'AM' if moment.hour < 12 else 'PM'}"
    return f"{moment.hour:02d}:{moment.minute:02d}{tail}"


def hour_label(hour: int, clock: Clock) -> str:
    """An hour on a time scale (the calendar's gutter): '9 AM', '12 PM' (12-hour), '09:00'."""
    if clock is Clock.H12:
        return f"{hour % 12 or 12} {'AM' if hour % 24 < 12 else 'PM'}"
    return f"{hour % 24:02d}:00"


def format_span(start: time | datetime, end: time | datetime, clock: Clock, dash: str = "–") -> str:
    """'9:00 AM–9:30 AM', '09:00–09:30'."""
    return f"{format_time(start, clock)}{dash}{format_time(end, clock)}"


def format_datetime(moment: datetime, chosen: DateFormat, clock: Clock, long: bool = True) -> str:
    """A date and a time of day: 'Mon Dec 7, 2026 2:30 PM' (US), 'Mon 7 Dec 2026 14:30' (UK);
    ``long=False`` writes the date in figures (12/07/2026 2:30 PM)."""
    day = long_date(moment.date(), chosen) if long else format_date(moment.date(), chosen)
    return f"{day} {format_time(moment, clock)}"


def country_date_order(country: str) -> DateFormat | None:
    """The order a country writes dates in (CLDR's short date of its most likely locale, read
    through Babel as ``country_clock``: en_US 'M/d/yy' -> US, en_GB 'dd/MM/y' -> UK, sv_SE
    'y-MM-dd' -> ISO), or None for no country."""
    if not country:
        return None
    from babel import Locale, UnknownLocaleError

    try:
        pattern = Locale.parse(f"und_{country.strip().upper()}").date_formats["short"].pattern
    except (UnknownLocaleError, ValueError, KeyError):
        return None
    return order_of(pattern)


def written_date(day: date, chosen: DateFormat) -> str:
    """A date in words, as a letter heads it: 'December 7, 2026' (US), '7 December 2026'."""
    if chosen is DateFormat.US:
        return f"{day:%B} {day.day}, {day.year}"
    return f"{day.day} {day:%B %Y}"


@dataclass(frozen=True)
class Writing:
    """How dates and times are written for people where there is no window to ask (a printout
    made from the command line, a message to a patient): a date order (US, UK or ISO) and a clock
    (12 or 24), both resolved. The default is ISO 8601's: year-month-day and the 24-hour clock,
    which nobody misreads."""

    order: DateFormat = DateFormat.ISO
    clock: Clock = Clock.H24

    def figures(self, day: date) -> str:
        return format_date(day, self.order)

    def long_date(self, day: date) -> str:
        return long_date(day, self.order)

    def words(self, day: date) -> str:
        return written_date(day, self.order)

    def day_words(self, day: date) -> str:
        """'Monday, December 7, 2026' (US), 'Monday 7 December 2026'."""
        return full_date(day, self.order)

    def clock_time(self, moment: time | datetime) -> str:
        return format_time(moment, self.clock)

    def span(self, start: time | datetime, end: time | datetime, dash: str = "–") -> str:
        return format_span(start, end, self.clock, dash)

    def stamp(self, moment: datetime) -> str:
        """A date in figures and a time: '12/07/2026 2:30 PM', '07/12/2026 14:30'."""
        return format_datetime(moment, self.order, self.clock, long=False)


#: ISO 8601's order and clock: what paper says when no setting is given.
PLAIN = Writing()


def writing_for(date_format: DateFormat | str, clock: Clock | str, country: str) -> Writing:
    """The clinic's settings resolved for paper and messages: 'locale' is the clinic's country's
    (CLDR), and with no country ISO 8601's year-month-day and 24-hour clock."""
    try:
        order = DateFormat(date_format)
    except ValueError:
        order = DateFormat.LOCALE
    if order is DateFormat.LOCALE:
        order = country_date_order(country) or DateFormat.ISO
    return Writing(order, resolve_clock(clock, country))
