"""Dates between Python and Qt's date widgets, and how the window writes a date, in one place.

PySide6's stubs type neither QDate(date) nor QDate.toPython(), so each view wrote its own conversion.
How a date is written is the clinic's setting (domain/date_formats.py: the computer's own format,
US month/day, UK day/month, or ISO); the window follows it through ``display_date`` and
``date_pattern`` (set at start and whenever the setting changes, like Qt's own QLocale.setDefault).
Files written for machines stay ISO and do not come here."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from clinic_desktop.domain.date_formats import DateFormat, four_digit_year


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _Chosen:
    """The clinic's date format for this window (one per application, as the setting is one per
    clinic)."""

    format = DateFormat.LOCALE


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
    system = QLocale.system()
    if system.language() == QLocale.Language.C:
        return str(DateFormat.ISO.qt_pattern)
    return four_digit_year(system.dateFormat(QLocale.FormatType.ShortFormat))


def display_date(day: date, chosen: DateFormat | None = None) -> str:
    """A date as the clinic writes it: 04/03/1980 (US), 03/04/1980 (UK), 1980-04-03 (ISO)."""
    return QLocale.system().toString(qdate(day), date_pattern(chosen))
