"""Dates between Python and Qt's date widgets, in one place (PySide6's stubs type neither
QDate(date) nor QDate.toPython(), so each view wrote its own conversion)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
