"""How the window writes a date: a clinic setting, because 03/04/1980 is the 4th of March at a
desk in New York and the 3rd of April at one in London, and a date of birth read the wrong way
finds the wrong patient.

Four choices: the computer's own (its locale's short date, always with a four-digit year),
US month/day/year, UK and European day/month/year, and ISO 8601 year-month-day. Files the
software writes for machines (CSV, JSON, iCalendar, FHIR) stay ISO whatever is chosen.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from clinic_desktop.domain.errors import ValidationError


class DateFormat(StrEnum):
    LOCALE = "locale"
    US = "us"
    UK = "uk"
    ISO = "iso"

    @property
    def label(self) -> str:
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
    DateFormat.LOCALE: "This computer's format",
    DateFormat.US: "US: month/day/year",
    DateFormat.UK: "UK and Europe: day/month/year",
    DateFormat.ISO: "ISO: year-month-day",
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


def parse_date_format(text: str) -> DateFormat:
    try:
        return DateFormat(text.strip().lower())
    except ValueError:
        known = ", ".join(f.value for f in DateFormat)
        raise ValidationError(f"'{text}' is not a date format. Formats: {known}.") from None


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
