"""Booking from anywhere, keyboard only (issue 20's acceptance).

Reception signs in and the window is up; from then on the tests only press keys (QTest, through
qtbot.keyClick to whatever has the focus, as a keyboard would) and wait for the window to show what
they pressed for; every key press is counted. The booking is then looked up through the services.

- From the calendar: Ctrl+B, the patient's name, Enter (choose them), Enter (book the first
  proposal): the name + 3 keys, within the name + 4 asked for.
- From the patient list: Ctrl+F, the name, Ctrl+B, Enter: the name + 3.
- From the recall list and a chart: Ctrl+B opens the same dialog with their patient chosen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from clinic_desktop.domain.access import Role
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.application import apply_look
from clinic_desktop.ui.dialogs.booking import BookingDialog
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.settings import UiSettings

PASSWORD = "correct horse battery"
LARRY = 186  # the demo's Larry Edwards (seed 7): chronic migraine, overdue, nothing booked
NAME = "Larry Edwards"
DAY = "2026-11-25"  # a Wednesday after the fixed "now" (Monday 23 November 2026, 10:00)


class Keyboard:
    """Presses keys on whatever has the keyboard focus, and counts them."""

    def __init__(self, qtbot: QtBot) -> None:
        self._qtbot = qtbot
        self.count = 0

    def _focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self._qtbot.keyClick(self._focus(), key, modifier)
        self.count += 1

    def type(self, text: str) -> None:
        for character in text:
            self._qtbot.keyClicks(self._focus(), character)
            self.count += 1


@pytest.fixture
def clinic(demo_services: ClinicServices) -> ClinicServices:
    demo_services.users.add("Ana", Role.RECEPTION, PASSWORD)
    return demo_services


@pytest.fixture
def signed_in(
    qtbot: QtBot, clinic: ClinicServices, qsettings: QSettings
) -> Iterator[Callable[[], MainWindow]]:
    """Ana signs in; the window opens for her and is the active window, as after the sign-in dialog."""
    made: list[MainWindow] = []
    apply_look(QApplication.instance())  # type: ignore[arg-type]

    def open_window() -> MainWindow:
        clinic.users.sign_in("Ana", PASSWORD)
        window = MainWindow(clinic, UiSettings(qsettings))
        window.quiet = True
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
        qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=20_000)
        made.append(window)
        return window

    yield open_window
    for window in made:
        window.operations.wait()


def future_bookings(s: ClinicServices, patient: int) -> list[tuple[datetime, str]]:
    return sorted(
        (e.appointment.start, e.type_name)
        for e in s.appointments.for_patient(patient)
        if e.appointment.start > s.now()
    )


def chart_openings(s: ClinicServices, patient: int) -> int:
    """How often the patient's chart was opened, by the audit trail (read from the store:
    reception may not read the trail through the services)."""
    with s.store.read_transaction():
        entries = s.store.audit.find(patient, None, None, None, None, None)
    return sum(1 for e in entries if e.action == "open")


def booking_dialog(qtbot: QtBot, window: MainWindow) -> BookingDialog:
    qtbot.waitUntil(lambda: isinstance(window.calendar.booking, BookingDialog), timeout=5_000)
    dialog = window.calendar.booking
    assert isinstance(dialog, BookingDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    return dialog


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_from_the_calendar_the_follow_up_takes_the_name_plus_four_keys(
    qtbot: QtBot, clinic: ClinicServices, signed_in: Callable[[], MainWindow]
) -> None:
    expected = clinic.followups.propose(LARRY, 3)[0]  # what the engine will offer first
    assert future_bookings(clinic, LARRY) == []
    window = signed_in()
    keys = Keyboard(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.calendar.grid, timeout=5_000)
    keys.press(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = booking_dialog(qtbot, window)
    keys.type(NAME)
    keys.press(Qt.Key.Key_Return)  # Larry, the first hit
    qtbot.waitUntil(lambda: dialog.choices.hasFocus(), timeout=20_000)  # his proposals, the first highlighted
    with qtbot.waitSignal(dialog.booked, timeout=10_000):
        keys.press(Qt.Key.Key_Return)  # book it
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert keys.count <= len(NAME) + 4
    assert keys.count == len(NAME) + 3
    assert future_bookings(clinic, LARRY) == [(expected.start, "Migraine treatment")]


@pytest.mark.qt_log_ignore("This plugin does not support")
@pytest.mark.parametrize("wait_for_the_list", [False, True], ids=["typing-on", "after-the-hits"])
def test_from_the_patient_list_the_follow_up_takes_the_name_plus_four_keys(
    qtbot: QtBot, clinic: ClinicServices, signed_in: Callable[[], MainWindow], wait_for_the_list: bool
) -> None:
    """Ctrl+B straight after the name (its hits still on the way) or once the list shows them."""
    expected = clinic.followups.propose(LARRY, 3)[0]
    window = signed_in()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.patients.search, timeout=5_000)
    keys.type(NAME)
    if wait_for_the_list:
        qtbot.waitUntil(lambda: window.patients.count.text() == "1 found", timeout=10_000)
    keys.press(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = booking_dialog(qtbot, window)
    qtbot.waitUntil(lambda: dialog.choices.hasFocus(), timeout=20_000)
    assert dialog.patient_id == LARRY
    with qtbot.waitSignal(dialog.booked, timeout=10_000):
        keys.press(Qt.Key.Key_Return)
    assert keys.count <= len(NAME) + 4
    assert future_bookings(clinic, LARRY) == [(expected.start, "Migraine treatment")]


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_from_the_recall_list_ctrl_b_books_the_selected_recall(
    qtbot: QtBot, clinic: ClinicServices, signed_in: Callable[[], MainWindow]
) -> None:
    first = clinic.followups.recalls()[0]  # the most overdue: the row the list starts on
    expected = clinic.followups.propose(first.patient_id, 3, first.indication)[0]
    window = signed_in()
    keys = Keyboard(qtbot)
    with qtbot.waitSignal(window.recalls.loaded, timeout=20_000):
        keys.press(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.recalls.table, timeout=5_000)
    keys.press(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = booking_dialog(qtbot, window)
    qtbot.waitUntil(lambda: dialog.choices.hasFocus(), timeout=20_000)
    assert dialog.patient_id == first.patient_id
    assert dialog.type.currentData().name == expected.type_name  # the treatment due, not a consultation
    with qtbot.waitSignal(dialog.booked, timeout=10_000):
        keys.press(Qt.Key.Key_Return)
    assert keys.count == 3
    assert future_bookings(clinic, first.patient_id) == [(expected.start, expected.type_name)]


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_from_a_chart_ctrl_b_and_its_button_book_for_its_patient(
    qtbot: QtBot, clinic: ClinicServices, signed_in: Callable[[], MainWindow]
) -> None:
    window = signed_in()
    chart = window.open_chart(LARRY)
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=10_000)
    qtbot.waitUntil(lambda: chart.chart is not None, timeout=10_000)  # every tab shown (one per turn)
    chart.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is chart, timeout=5_000)
    assert chart.book_button.isVisible()
    qtbot.keyClick(chart, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = booking_dialog(qtbot, window)
    assert dialog.parent() is chart  # over the chart it was asked from
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
    assert dialog.patient_id == LARRY and dialog.choices.proposals
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    chart.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is chart, timeout=5_000)
    qtbot.mouseClick(chart.book_button, Qt.MouseButton.LeftButton)
    dialog = booking_dialog(qtbot, window)
    qtbot.waitUntil(lambda: dialog.choices.hasFocus(), timeout=20_000)
    assert dialog.patient_id == LARRY
    first = dialog.choices.proposals[0]
    page = chart.pages["appointments"]
    assert page.upcoming_label.text() == "Upcoming: none booked"  # type: ignore[attr-defined]
    opened = chart_openings(clinic, LARRY)
    # The chart shows the booking at once: read again on a worker, then its tabs filled one per
    # turn of the event loop (a test machine running the suite on both cores: allow it time).
    with qtbot.waitSignal(chart.loaded, timeout=30_000):
        qtbot.keyClick(dialog.choices, Qt.Key.Key_Return)
    assert page.upcoming_label.text() == "Upcoming (1)"  # type: ignore[attr-defined]
    assert future_bookings(clinic, LARRY) == [(first.start, "Migraine treatment")]
    assert chart_openings(clinic, LARRY) == opened  # read again, not a new opening in the audit trail


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_ctrl_b_opens_at_the_slot_chosen_in_the_calendar(
    qtbot: QtBot, clinic: ClinicServices, signed_in: Callable[[], MainWindow]
) -> None:
    window = signed_in()
    calendar, grid = window.calendar, window.calendar.grid
    keys = Keyboard(qtbot)
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        keys.press(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # Tuesday
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        keys.press(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # Wednesday 25th
    assert QApplication.focusWidget() is grid
    second = grid.columns[1].provider_id
    start = grid.slot[1]
    keys.press(Qt.Key.Key_Right)  # the second provider's column
    keys.press(Qt.Key.Key_Down)  # 15 minutes later
    keys.press(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = booking_dialog(qtbot, window)
    qtbot.waitUntil(lambda: dialog.book_button.isEnabled(), timeout=10_000)
    assert dialog.provider.currentData() == second
    minutes = start + 15
    assert dialog.local_start() == datetime(2026, 11, 25, minutes // 60, minutes % 60)
    dialog.reject()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_ctrl_b_opens_at_the_first_free_time_of_the_day_shown_never_in_the_past(
    qtbot: QtBot, clinic: ClinicServices, signed_in: Callable[[], MainWindow]
) -> None:
    providers = [p.id for p in clinic.resources.providers()]
    today = clinic.schedule.today()

    def first_free(day: str | None) -> tuple[int, datetime]:
        found = clinic.appointments.free_slots_for(
            [(p, 1) for p in providers],
            "Consultation",
            today if day is None else datetime.fromisoformat(day).date(),
        )
        slot = min((s for p in providers for s in found[p]), key=lambda s: s.start)
        return slot.provider_id, clinic.time.to_local(slot.start).replace(tzinfo=None)

    on_wednesday, from_now = first_free(DAY), first_free(None)
    window = signed_in()
    calendar = window.calendar
    keys = Keyboard(qtbot)
    for _ in range(2):
        with qtbot.waitSignal(calendar.loaded, timeout=10_000):
            keys.press(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    keys.press(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = booking_dialog(qtbot, window)
    qtbot.waitUntil(lambda: dialog.book_button.isEnabled(), timeout=10_000)
    assert (dialog.provider.currentData(), dialog.local_start()) == on_wednesday
    keys.press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    window.activateWindow()  # what the desktop does when the dialog closes (offscreen: by hand)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is calendar.grid, timeout=5_000)
    for _ in range(9):  # a week before today: past
        with qtbot.waitSignal(calendar.loaded, timeout=10_000):
            keys.press(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert calendar.day < today
    keys.press(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = booking_dialog(qtbot, window)
    qtbot.waitUntil(lambda: dialog.book_button.isEnabled(), timeout=10_000)
    assert (dialog.provider.currentData(), dialog.local_start()) == from_now
    assert clinic.time.to_utc(dialog.local_start()) >= clinic.now()
    dialog.reject()
