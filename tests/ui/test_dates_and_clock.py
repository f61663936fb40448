"""Dates and times in the window follow the clinic's settings (issue 25): the demo clinic is in New
York, so its country's clock is the 12-hour one; switching the setting on the clinic page changes
the calendar's hour labels, its date field and the booking dialog's time field at once."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clinic_desktop.ui.dialogs.booking import BookingDialog
from clinic_desktop.ui.dialogs.setup.clinic_page import ClinicPage
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.views.calendar_view import CalendarView
from tests.ui.setup_steps import choose, go_to, open_settings, saved
from tests.ui.test_calendar_view import show_day

TIMEOUT = 10_000


def painted_hours(calendar: CalendarView) -> tuple[str, ...]:
    calendar.grid.viewport().repaint()  # painted now, offscreen too
    return calendar.grid.painted_hours


def booking_time_field(qtbot: QtBot, window: MainWindow) -> tuple[str, str]:
    """The booking dialog's date and time field: its format and what it shows."""
    window.book()
    qtbot.waitUntil(lambda: isinstance(window.calendar.booking, BookingDialog), timeout=TIMEOUT)
    dialog = window.calendar.booking
    assert isinstance(dialog, BookingDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=TIMEOUT)
    shown = (dialog.when.displayFormat(), dialog.when.text())
    dialog.reject()
    qtbot.waitUntil(lambda: window.calendar.booking is None or not dialog.isVisible(), timeout=TIMEOUT)
    return shown


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_switching_the_clock_changes_the_calendars_hours_and_the_booking_time_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    calendar = show_day(window, qtbot)
    hours = painted_hours(calendar)
    assert "9 AM" in hours and "2 PM" in hours and "14:00" not in hours  # New York: 12-hour
    pattern, text = booking_time_field(qtbot, window)
    assert pattern.endswith("h:mm AP") and text.endswith(("AM", "PM"))

    dialog = open_settings(qtbot, window)
    page = go_to(qtbot, dialog, ClinicPage)
    choose(qtbot, page.clock, "24-hour")
    choose(qtbot, page.date_format, "UK")
    assert "14:30" in page.preview.text() and "03/04/1980" in page.preview.text()
    saved(qtbot, page, page.save_button.click)
    dialog.close()
    qtbot.waitUntil(lambda: "14:00" in painted_hours(calendar), timeout=TIMEOUT)
    hours = painted_hours(calendar)
    assert "09:00" in hours and not any(h.endswith(("AM", "PM")) for h in hours)
    assert calendar.date_edit.text() == "Wed 25 Nov 2026"  # the UK order, day before month
    pattern, text = booking_time_field(qtbot, window)
    assert pattern.endswith("HH:mm") and not text.endswith(("AM", "PM"))

    dialog = open_settings(qtbot, window)
    page = go_to(qtbot, dialog, ClinicPage)
    choose(qtbot, page.clock, "12-hour")
    choose(qtbot, page.date_format, "US")
    saved(qtbot, page, page.save_button.click)
    dialog.close()
    qtbot.waitUntil(lambda: "2 PM" in painted_hours(calendar), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: calendar.date_edit.text() == "Wed Nov 25, 2026", timeout=TIMEOUT)
    assert "14:00" not in painted_hours(calendar)
