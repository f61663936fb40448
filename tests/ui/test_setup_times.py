"""Times of day on the set-up pages follow the clinic's clock (issue 25): with a 12-hour clock the
weekly hours and an extra session show "8:00 AM" and take "9:00 AM" / "5:30 pm" typed, with a
24-hour one "08:00" and "17:30"; either form is read whatever the clock and shown back in the
clinic's, and a bare "5:30" under a 12-hour clock is asked about rather than guessed. Typed into
the real fields, saved through the real buttons.

The clinic: New York, dates written ISO, now Monday 23 November 2026; Dr Lind has no hours yet;
Mara, the manager, is signed in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clinic_desktop.domain.users import SYSTEM
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.application import apply_look
from clinic_desktop.ui.dialogs.setup.absences_page import ExtraSessionsPage
from clinic_desktop.ui.dialogs.setup.clinic_page import ClinicPage
from clinic_desktop.ui.dialogs.setup.common import TimeField
from clinic_desktop.ui.dialogs.setup.dialogs import _PagesDialog
from clinic_desktop.ui.dialogs.setup.hours_page import HoursPage
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.settings import UiSettings
from tests.ui.setup_steps import (
    TIMEOUT,
    choose,
    click,
    go_to,
    open_settings,
    refused,
    saved,
    tick,
    type_date,
    type_into,
)

PASSWORD = "correct horse battery"
NEXT_MONDAY = date(2026, 11, 30)


def settings_window(
    qtbot: QtBot, services: ClinicServices, qsettings: QSettings, clock: str
) -> Iterator[_PagesDialog]:
    clinic = {"name": "Riverside Pain Clinic", "timezone": "America/New_York", "date_format": "iso"}
    services.clinic.set_settings({**clinic, "clock": clock})
    services.resources.add_provider("Dr Lind", "MD")
    services.users.create_first_manager("Mara", PASSWORD)
    services.users.sign_in("Mara", PASSWORD)
    apply_look(QApplication.instance())  # type: ignore[arg-type]
    window = MainWindow(services, UiSettings(qsettings))  # takes the clinic's clock
    window.quiet = True
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=TIMEOUT)
    yield open_settings(qtbot, window)
    window.operations.wait()
    services.session = SYSTEM


@pytest.fixture
def twelve_hour(qtbot: QtBot, services: ClinicServices, qsettings: QSettings) -> Iterator[_PagesDialog]:
    yield from settings_window(qtbot, services, qsettings, "12")


@pytest.fixture
def twenty_four_hour(qtbot: QtBot, services: ClinicServices, qsettings: QSettings) -> Iterator[_PagesDialog]:
    yield from settings_window(qtbot, services, qsettings, "24")


def leave(qtbot: QtBot, field: TimeField) -> str:
    """Tab out of a time field; what it shows then."""
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    return field.text()


def test_a_12_hour_clinic_types_and_reads_its_weekly_hours_with_am_and_pm(
    qtbot: QtBot, twelve_hour: _PagesDialog, services: ClinicServices
) -> None:
    page = go_to(qtbot, twelve_hour, HoursPage)
    hours = page.hours
    assert (hours.start.text(), hours.end.text()) == ("8:00 AM", "5:00 PM")
    assert (hours.break_start.text(), hours.break_end.text()) == ("12:00 PM", "1:00 PM")
    assert hours.start.placeholderText() == "e.g. 9:00 AM"
    tick(qtbot, [page.weekdays.boxes[0], page.weekdays.boxes[2]])  # Monday and Wednesday
    type_into(qtbot, hours.start, "5:30")  # morning or afternoon? asked, not guessed
    message = refused(qtbot, page, lambda: click(qtbot, page.apply_button))
    assert message == "Start: Is 5:30 in the morning or the afternoon? Write 5:30 AM or 5:30 PM."
    type_into(qtbot, hours.start, "9:00 AM")
    type_into(qtbot, hours.end, "17:30")  # the 24-hour form is read too, and shown back in the clinic's
    assert leave(qtbot, hours.end) == "5:30 PM"
    tick(qtbot, [hours.has_break])
    type_into(qtbot, hours.break_start, "12:30 pm")
    type_into(qtbot, hours.break_end, "1:15 p.m.")
    type_date(qtbot, page.from_date, NEXT_MONDAY)
    said = saved(qtbot, page, lambda: click(qtbot, page.apply_button))
    assert said == "Dr Lind: Mon, Wed 9:00 AM-12:30 PM, 1:15 PM-5:30 PM from 2026-11-30."
    entries = services.working_time.hours(1)
    blocks = {(e.block.weekday, e.block.block.start, e.block.block.end) for e in entries}
    assert blocks == {
        (day, start, end)
        for day in (0, 2)
        for start, end in ((time(9, 0), time(12, 30)), (time(13, 15), time(17, 30)))
    }
    qtbot.waitUntil(lambda: page.model.shown() == 4, timeout=TIMEOUT)
    assert page.model.data(page.model.index(0, 1)) == "9:00 AM-12:30 PM"


def test_a_12_hour_clinic_adds_an_extra_session_in_the_afternoon(
    qtbot: QtBot, twelve_hour: _PagesDialog, services: ClinicServices
) -> None:
    page = go_to(qtbot, twelve_hour, ExtraSessionsPage)
    assert (page.start.text(), page.end.text()) == ("9:00 AM", "1:00 PM")
    type_date(qtbot, page.day, date(2026, 11, 28))
    type_into(qtbot, page.start, "noonish")
    assert refused(qtbot, page, lambda: click(qtbot, page.add_button)) == (
        "Start: 'noonish' is not a time of day. Write it as 9:00 AM or 5:30 PM."
    )
    type_into(qtbot, page.start, "2 PM")
    type_into(qtbot, page.end, "6:30 PM")
    said = saved(qtbot, page, lambda: qtbot.keyClick(page.end, Qt.Key.Key_Return))
    assert said == "Extra session 2:00 PM-6:30 PM on 2026-11-28 added."
    (session,) = services.working_time.extra_sessions(1)
    assert (session.block.start, session.block.end) == (time(14, 0), time(18, 30))


def test_a_24_hour_clinic_types_and_reads_its_hours_as_hh_mm(
    qtbot: QtBot, twenty_four_hour: _PagesDialog, services: ClinicServices
) -> None:
    page = go_to(qtbot, twenty_four_hour, HoursPage)
    hours = page.hours
    assert (hours.start.text(), hours.end.text()) == ("08:00", "17:00")
    assert hours.start.placeholderText() == "e.g. 09:00"
    tick(qtbot, [page.weekdays.boxes[0]])
    type_into(qtbot, hours.start, "5:30")  # a 24-hour clock: the morning, no question
    assert leave(qtbot, hours.start) == "05:30"
    type_into(qtbot, hours.start, "09:00")
    type_into(qtbot, hours.end, "5:30 PM")  # read, and shown back as the clinic writes it
    assert leave(qtbot, hours.end) == "17:30"
    type_date(qtbot, page.from_date, NEXT_MONDAY)
    said = saved(qtbot, page, lambda: click(qtbot, page.apply_button))
    assert said == "Dr Lind: Mon 09:00-17:30 from 2026-11-30."
    (entry,) = services.working_time.hours(1)
    assert (entry.block.block.start, entry.block.block.end) == (time(9, 0), time(17, 30))
    qtbot.waitUntil(lambda: page.model.shown() == 1, timeout=TIMEOUT)
    assert page.model.data(page.model.index(0, 1)) == "09:00-17:30"
    # Sessions too: 24-hour fields, a time past 23:59 refused in the clock's own example.
    sessions = go_to(qtbot, twenty_four_hour, ExtraSessionsPage)
    assert (sessions.start.text(), sessions.end.text()) == ("09:00", "13:00")
    type_into(qtbot, sessions.end, "25:00")
    assert refused(qtbot, sessions, lambda: click(qtbot, sessions.add_button)) == (
        "End: '25:00' is not a time of day. Write it as 08:30 or 17:30."
    )


def test_switching_the_clock_on_the_clinic_page_changes_the_hours_fields(
    qtbot: QtBot, twenty_four_hour: _PagesDialog
) -> None:
    hours = go_to(qtbot, twenty_four_hour, HoursPage).hours
    assert hours.end.text() == "17:00"
    clinic = go_to(qtbot, twenty_four_hour, ClinicPage)
    choose(qtbot, clinic.clock, "12-hour")
    saved(qtbot, clinic, lambda: click(qtbot, clinic.save_button))
    go_to(qtbot, twenty_four_hour, HoursPage)
    assert (hours.start.text(), hours.end.text()) == ("8:00 AM", "5:00 PM")
    assert hours.start.placeholderText() == "e.g. 9:00 AM"
