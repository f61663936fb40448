"""Dates between Python and Qt's date widgets, and how the window writes a date and a time, in one
place.

PySide6's stubs type neither QDate(date) nor QDate.toPython(), so each view wrote its own conversion.
How a date is written is the clinic's setting (domain/date_formats.py: the computer's own format,
US month/day, UK day/month, or ISO); the window follows it through ``display_date`` and
``date_pattern`` (set at start and whenever the setting changes, like Qt's own QLocale.setDefault).
The clock (12- or 24-hour, or the clinic's country's) follows the same way through ``display_time``
and ``time_pattern``; both ask domain/date_formats.py, which the printouts and messages ask too.
Days and months written in words (Tue 24 Nov) are in the window's language (``use_language``, set
with the window's catalogue, ui/languages.py): English through domain/date_formats.py, another
language through Qt's own CLDR names for it, in the clinic's order. Files written for machines stay
ISO and do not come here."""

from __future__ import annotations

from datetime import date, datetime, time
from functools import cache

from PySide6.QtCore import QDate, QLocale

from clinic_desktop.domain.date_formats import (
    Clock,
    DateFormat,
    Writing,
    day_and_month,
    format_span,
    format_time,
    four_digit_year,
    full_date,
    hour_label,
    long_date,
    medium_date,
    month_day,
    order_of,
    qt_long_pattern,
    qt_medium_pattern,
    resolve_clock,
    short_day,
)
from clinic_desktop.domain.hours import TimeBlock


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _Chosen:
    """The clinic's date format for this window (one per application, as the setting is one per
    clinic), and the window's language (one per workstation)."""

    format = DateFormat.LOCALE
    clock = Clock.H24  # resolved: 12 or 24
    language = "en"


ENGLISH = "en"
# Qt's date patterns of the dates written in words, for a window in another language than English
# (whose words domain/date_formats.py writes): by kind, the US order, ISO's and the others'.
WORD_PATTERNS: dict[str, tuple[str, str, str]] = {
    "long": ("ddd MMM d, yyyy", "ddd yyyy-MM-dd", "ddd d MMM yyyy"),
    "short_day": ("ddd MMM d", "ddd d MMM", "ddd d MMM"),
    "medium": ("MMM d, yyyy", "yyyy-MM-dd", "d MMM yyyy"),
    "full": ("dddd, MMMM d, yyyy", "dddd d MMMM yyyy", "dddd d MMMM yyyy"),
    "month_day": ("MMM d", "d MMM", "d MMM"),
    "day_and_month": ("dddd, MMMM d", "dddd d MMMM", "dddd d MMMM"),
    "month_year": ("MMMM yyyy", "MMMM yyyy", "MMMM yyyy"),
    "weekday": ("ddd", "ddd", "ddd"),
}
# Where a language writes a date in words with words of its own between (Spanish: "de").
LANGUAGE_PATTERNS: dict[str, dict[str, str]] = {
    "es": {
        "full": "dddd, d 'de' MMMM 'de' yyyy",
        "day_and_month": "dddd, d 'de' MMMM",
        "month_year": "MMMM 'de' yyyy",
    },
}


def use_language(code: str) -> None:
    """Write days and months in words in this language ("en", "es", "fr"): the window's, set
    when its catalogue is installed (ui/languages.py)."""
    _Chosen.language = code or ENGLISH


def window_locale() -> QLocale:
    """The window's language as a QLocale, for a date field's names of days and months (in
    English, the default locale, as before)."""
    return QLocale(_Chosen.language) if _Chosen.language != ENGLISH else QLocale()


def _in_words(kind: str, day: date) -> str | None:
    """``day`` written in words in the window's language; None in English (the domain's)."""
    if _Chosen.language == ENGLISH:
        return None
    order = date_order()
    us, iso, others = WORD_PATTERNS[kind]
    pattern = us if order is DateFormat.US else iso if order is DateFormat.ISO else others
    if order is not DateFormat.US:
        pattern = LANGUAGE_PATTERNS.get(_Chosen.language, {}).get(kind, pattern)
    return QLocale(_Chosen.language).toString(qdate(day), pattern)


def use_date_format(chosen: DateFormat | str) -> None:
    """Follow the clinic's setting (an unknown value falls back to the computer's own)."""
    try:
        _Chosen.format = DateFormat(chosen)
    except ValueError:
        _Chosen.format = DateFormat.LOCALE


def date_pattern(chosen: DateFormat | None = None) -> str:
    """The Qt date pattern of a format (default: the clinic's), for labels and QDateEdit. A computer
    with no locale of its own (the POSIX "C" locale) writes ISO dates."""
    which = chosen or _Chosen.format
    if which.qt_pattern:
        return which.qt_pattern
    return _computer_pattern()


@cache
def _system_locale() -> QLocale:
    """The computer's locale, read once: it does not change while the window runs, and the list
    views write a date with it in every cell they paint (issue 22)."""
    return QLocale.system()


@cache
def _computer_pattern() -> str:
    system = _system_locale()
    if system.language() == QLocale.Language.C:
        return str(DateFormat.ISO.qt_pattern)
    return four_digit_year(system.dateFormat(QLocale.FormatType.ShortFormat))


@cache
def _computer_order() -> DateFormat:
    return order_of(_computer_pattern())


def display_date(day: date, chosen: DateFormat | None = None) -> str:
    """A date as the clinic writes it: 04/03/1980 (US), 03/04/1980 (UK), 1980-04-03 (ISO)."""
    return _system_locale().toString(qdate(day), date_pattern(chosen))


def use_clock(chosen: Clock | str, country: str) -> None:
    """Follow the clinic's clock: 12- or 24-hour, or its country's (with no country, this
    computer's)."""
    _Chosen.clock = resolve_clock(chosen, country, computer_clock())


def computer_clock() -> Clock:
    """The clock this computer's locale writes (its short time format has AM/PM or not)."""
    system = QLocale.system()
    if system.language() == QLocale.Language.C:
        return Clock.H24
    pattern = system.timeFormat(QLocale.FormatType.ShortFormat).split("'")[::2]  # not quoted text
    return Clock.H12 if any("a" in part.lower() for part in pattern) else Clock.H24


def clock() -> Clock:
    """The clock the window writes with (resolved: 12 or 24)."""
    return _Chosen.clock


def time_pattern() -> str:
    """The clinic's clock as a Qt time format, for QTimeEdit and QDateTimeEdit."""
    return _Chosen.clock.qt_pattern


def display_time(moment: time | datetime, seconds: bool = False) -> str:
    """A time of day as the clinic writes it: '2:30 PM' or '14:30'."""
    return format_time(moment, _Chosen.clock, seconds)


def display_hour(hour: int) -> str:
    """An hour on the calendar's scale: '9 AM' or '09:00'."""
    return hour_label(hour, _Chosen.clock)


def display_span(start: time | datetime, end: time | datetime, dash: str = "–") -> str:
    return format_span(start, end, _Chosen.clock, dash)


def date_order() -> DateFormat:
    """The order the clinic's dates are written in (the computer's own: its locale's order)."""
    if _Chosen.format is not DateFormat.LOCALE:
        return _Chosen.format
    return _computer_order()


def display_long_date(day: date) -> str:
    """'Mon Dec 7, 2026' (US), 'Mon 7 Dec 2026' (UK), 'Mon 2026-12-07' (ISO)."""
    return _in_words("long", day) or long_date(day, date_order())


def display_day(day: date) -> str:
    """'Mon Dec 7' (US), 'Mon 7 Dec' (the others)."""
    return _in_words("short_day", day) or short_day(day, date_order())


def display_datetime(moment: datetime, long: bool = True) -> str:
    """A date and a time of day: 'Mon Dec 7, 2026 2:30 PM', 'Mon 7 Dec 2026 14:30'."""
    day = display_long_date(moment.date()) if long else display_date(moment.date())
    return f"{day} {display_time(moment)}"


def long_date_pattern() -> str:
    """display_long_date as a Qt date format (QDateEdit)."""
    return qt_long_pattern(date_order())


def datetime_pattern() -> str:
    """A date and time field's Qt format: the long date and the clinic's clock."""
    return f"{long_date_pattern()}  {time_pattern()}"


def display_medium_date(day: date) -> str:
    """'Dec 7, 2026' (US), '7 Dec 2026' (UK), '2026-12-07' (ISO)."""
    return _in_words("medium", day) or medium_date(day, date_order())


def display_full_date(day: date) -> str:
    """'Monday, December 7, 2026' (US), 'Monday 7 December 2026' (the others)."""
    return _in_words("full", day) or full_date(day, date_order())


def window_writing() -> Writing:
    """The window's date order and clock, for what it prints (the recall letters)."""
    return Writing(date_order(), _Chosen.clock)


def display_day_and_month(day: date) -> str:
    """'Tuesday, November 24' (US), 'Tuesday 24 November' (the others)."""
    return _in_words("day_and_month", day) or day_and_month(day, date_order())


def medium_date_pattern() -> str:
    """display_medium_date as a Qt date format (QDateEdit)."""
    return qt_medium_pattern(date_order())


def display_block(block: TimeBlock) -> str:
    """A working block as the clinic writes times: '8:00 AM-12:00 PM' or '08:00-12:00' (typed, and
    saved, as 24-hour HH:MM-HH:MM whatever the clock)."""
    return format_span(block.start, block.end, _Chosen.clock, "-")


def display_month_day(day: date) -> str:
    """'Nov 24' (US), '24 Nov' (the others)."""
    return _in_words("month_day", day) or month_day(day, date_order())


def display_month_year(day: date) -> str:
    """'November 2026': the month view's."""
    return _in_words("month_year", day) or f"{day:%B %Y}"


def display_weekday(day: date) -> str:
    """'Tue': a day of the week, short."""
    return _in_words("weekday", day) or f"{day:%a}"
