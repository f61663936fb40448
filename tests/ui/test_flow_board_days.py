"""The Today board shows one day, named in its header, and pages through days with the calendar's
keys (Alt+Left / Alt+Right), Page Up / Page Down and T for today, typed on the board inside the
window (whose own Alt+Left pages the calendar); a day with nothing booked says so, a closed day
says why, and a day other than today offers no check-in."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from clinic_desktop.domain import flow
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.views.flow_board import FlowBoardView

TIMEOUT = 10_000
MONDAY = date(2026, 11, 23)  # the tests' today (FIXED_NOW)
EMPTY_WEDNESDAY = date(2026, 11, 25)  # nothing booked in the demo clinic


def open_board(window: MainWindow, qtbot: QtBot) -> FlowBoardView:
    board = window.today
    with qtbot.waitSignal(board.loaded, timeout=TIMEOUT):
        window.show_view("today")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is board.lanes[flow.Lane.EXPECTED], timeout=TIMEOUT)
    return board


def press(qtbot: QtBot, board: FlowBoardView, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    focused = QApplication.focusWidget()
    assert isinstance(focused, QWidget) and board.isAncestorOf(focused)
    with qtbot.waitSignal(board.loaded, timeout=TIMEOUT):
        qtbot.keyClick(focused, key, modifier)


def test_the_keys_page_the_board_from_day_to_day(window: MainWindow, qtbot: QtBot) -> None:
    board = open_board(window, qtbot)
    assert board.day == MONDAY and board.title.text() == "Today · Monday 23 November 2026"
    assert board.pages.currentWidget() is board.lanes_page and not board.today_button.isEnabled()

    press(qtbot, board, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert board.day == MONDAY + timedelta(days=1)
    assert board.title.text() == "Tomorrow · Tuesday 24 November 2026"
    # the window's Alt+Right (next day in the calendar) did not take the key
    assert window.current_view == "today" and window.calendar.day == MONDAY
    shown = sum(board.lanes[lane].count() for lane in flow.Lane)
    assert shown == len(window.services.schedule.day(board.day).active)

    press(qtbot, board, Qt.Key.Key_PageDown)
    assert board.day == EMPTY_WEDNESDAY and board.title.text() == "Wednesday 25 November 2026"
    assert board.pages.currentWidget() is board.empty
    assert board.empty_title.text() == "Nothing is booked on Wednesday 25 November 2026"

    press(qtbot, board, Qt.Key.Key_T)
    assert board.day == MONDAY and board.pages.currentWidget() is board.lanes_page

    press(qtbot, board, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert board.day == date(2026, 11, 22) and board.title.text() == "Yesterday · Sunday 22 November 2026"
    assert board.empty_title.text() == "The clinic is closed on Sunday 22 November 2026"
    assert board.empty_text.text().startswith("Nobody is working. Nothing is booked.")
    assert board.pages.currentWidget() is board.empty and board.today_button.isEnabled()

    press(qtbot, board, Qt.Key.Key_PageUp)
    assert board.day == date(2026, 11, 21)
    # and the buttons beside the title
    with qtbot.waitSignal(board.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(board.next_button, Qt.MouseButton.LeftButton)
    assert board.day == date(2026, 11, 22)
    with qtbot.waitSignal(board.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(board.today_button, Qt.MouseButton.LeftButton)
    assert board.day == MONDAY and window.current_view == "today"


def test_another_day_offers_no_check_in_and_a_closed_day_with_bookings_says_so(
    window: MainWindow, qtbot: QtBot
) -> None:
    services = window.services
    patient = services.patients.list_ids()[0]
    start = services.time.parse_local(f"{EMPTY_WEDNESDAY}T09:00")
    visit = services.appointments.book(BookingRequest(patient, 1, "Consultation", start)).appointments[0].id
    services.appointments.add_closure(EMPTY_WEDNESDAY, EMPTY_WEDNESDAY, "Staff training")
    board = open_board(window, qtbot)
    press(qtbot, board, Qt.Key.Key_PageDown)
    press(qtbot, board, Qt.Key.Key_PageDown)
    assert board.day == EMPTY_WEDNESDAY and board.pages.currentWidget() is board.lanes_page
    assert board.notice.isVisible()
    assert (
        board.notice.text() == "The clinic is closed on 2026-11-25 (Staff training), yet 1 visit is booked."
    )
    expected = board.lanes[flow.Lane.EXPECTED]
    qtbot.mouseClick(
        expected.viewport(), Qt.MouseButton.LeftButton, pos=expected.visualItemRect(expected.item(0)).center()
    )
    assert board.selected_id == visit
    assert not board.buttons[AppointmentStatus.ARRIVED].isEnabled()  # checked in on the day only
    assert not board.buttons[AppointmentStatus.COMPLETED].isEnabled()
    assert board.cancel_button.isEnabled()  # a visit still to come can be cancelled
    qtbot.keyClick(expected, Qt.Key.Key_Return)  # Enter's next step is check-in: not offered
    assert services.appointments.entry(visit).appointment.status is AppointmentStatus.BOOKED
    assert window.operations.pending == 0


def test_on_the_real_clock_the_board_opens_on_today_and_comes_back_to_it(qtbot: QtBot, db_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from clinic_desktop.services import ClinicServices, Clock
    from clinic_desktop.ui.operations import Operations

    services = ClinicServices.open(str(db_path), Clock())  # the real clock: fractions of a second
    operations = Operations(services.end_thread)
    board = FlowBoardView(services, operations)
    qtbot.addWidget(board)
    try:
        with qtbot.waitSignal(board.loaded, timeout=TIMEOUT):
            board.show()
            board.refresh()
        today = services.time.local_date(datetime.now().astimezone())
        assert board.day == today and board.title.text().startswith("Today · ")
        assert board.pages.currentWidget() is board.empty  # a new clinic has nothing booked
        with qtbot.waitSignal(board.loaded, timeout=TIMEOUT):
            qtbot.keyClick(board.empty, Qt.Key.Key_PageDown)
        assert board.day == today + timedelta(days=1) and board.title.text().startswith("Tomorrow · ")
        with qtbot.waitSignal(board.loaded, timeout=TIMEOUT):
            qtbot.keyClick(board.empty, Qt.Key.Key_T)
        assert board.day == today
    finally:
        board.timer.stop()
        operations.wait()
        services.close()
