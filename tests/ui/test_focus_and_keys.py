"""Focus and keys: after sign-in the keyboard is in the calendar grid (T, N and the arrows work at
once), every view puts the cursor somewhere defined when shown, and Help > Keyboard shortcuts lists
every command the role may use with its keys, made from the action registry.

Keys are pressed with QTest on whatever has the focus, as a keyboard would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from clinic_desktop.domain.access import Role
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.application import apply_look
from clinic_desktop.ui.dialogs.booking import BookingDialog
from clinic_desktop.ui.dialogs.shortcuts import ShortcutsDialog, menu_path, mnemonic
from clinic_desktop.ui.keys import first_focus
from clinic_desktop.ui.main_window import VIEWS, MainWindow
from clinic_desktop.ui.settings import UiSettings

PASSWORD = "correct horse battery"
USERS = {"Ana": Role.RECEPTION, "Dr Ruiz": Role.PROVIDER, "Mara": Role.MANAGER}
NATIVE = QKeySequence.SequenceFormat.NativeText
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def clinic(demo_services: ClinicServices) -> ClinicServices:
    for name, role in USERS.items():
        demo_services.users.add(name, role, PASSWORD, 1 if role is Role.PROVIDER else None)
    return demo_services


@pytest.fixture
def open_as(
    qtbot: QtBot, clinic: ClinicServices, qsettings: QSettings
) -> Iterator[Callable[[str], MainWindow]]:
    made: list[MainWindow] = []
    apply_look(QApplication.instance())  # type: ignore[arg-type]

    def open_window(name: str) -> MainWindow:
        clinic.users.sign_in(name, PASSWORD)
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


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focus, key, modifier)


def test_after_sign_in_the_keys_work_in_the_calendar_grid_at_once(
    qtbot: QtBot, clinic: ClinicServices, open_as: Callable[[str], MainWindow]
) -> None:
    window = open_as("Ana")
    calendar, grid = window.calendar, window.calendar.grid
    assert window.current_view == "calendar"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is grid, timeout=5_000)
    today = clinic.schedule.today()
    column, minutes = grid.slot
    press(qtbot, Qt.Key.Key_Right)  # the next provider's column
    press(qtbot, Qt.Key.Key_Down)  # a slot later, unless an appointment is there (then it is selected)
    assert grid.slot[0] == column + 1 and grid.slot_chosen
    assert grid.slot[1] > minutes or grid.selected_id is not None
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # the next day
    assert calendar.day == today + timedelta(days=1) and QApplication.focusWidget() is grid
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        press(qtbot, Qt.Key.Key_T)  # back to today
    assert calendar.day == today
    press(qtbot, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: isinstance(calendar.booking, BookingDialog), timeout=5_000)
    dialog = calendar.booking
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.book_button.isEnabled(), timeout=10_000)
    dialog.reject()


def test_after_signing_in_on_the_lock_screen_the_grid_has_the_keys_again(
    qtbot: QtBot, open_as: Callable[[str], MainWindow]
) -> None:
    window = open_as("Dr Ruiz")
    window.lock()
    form = window.lock_screen.form
    form.name.setText("Dr Ruiz")
    form.password.setText(PASSWORD)
    qtbot.keyClick(form.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.calendar.grid, timeout=5_000)
    with qtbot.waitSignal(window.calendar.loaded, timeout=10_000):
        press(qtbot, Qt.Key.Key_T)


def test_every_view_takes_the_focus_where_its_work_starts(
    qtbot: QtBot, open_as: Callable[[str], MainWindow]
) -> None:
    window = open_as("Mara")  # the manager sees every view
    expected: dict[str, Callable[[], QWidget]] = {
        "calendar": lambda: window.calendar.grid,
        "patients": lambda: window.patients.search,
        "recalls": lambda: window.recalls.table,
    }
    for number, spec in enumerate(VIEWS, 1):
        press(qtbot, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_view == spec.key
        view = window.views[spec.key]
        qtbot.waitUntil(lambda v=view: QApplication.focusWidget() is first_focus(v), timeout=5_000)  # type: ignore[misc]
        focus = QApplication.focusWidget()
        assert focus is not None and view.isAncestorOf(focus), spec.key
        if spec.key in expected:
            assert focus is expected[spec.key](), spec.key
        qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=20_000)


@pytest.mark.parametrize("name", list(USERS))
def test_the_shortcuts_sheet_lists_every_command_the_role_may_use(
    qtbot: QtBot, open_as: Callable[[str], MainWindow], name: str
) -> None:
    window = open_as(name)
    press(qtbot, Qt.Key.Key_F1)
    qtbot.waitUntil(
        lambda: isinstance(getattr(window, "shortcuts_dialog", None), ShortcutsDialog), timeout=5_000
    )
    sheet: ShortcutsDialog = window.shortcuts_dialog
    assert sheet.isVisible()
    listed = sheet.listed()
    registry = window.registry
    offered = [key for key in registry.all() if registry.allowed(key)]
    assert len(listed) == len(offered)
    for key in offered:
        action = registry[key]
        keys = action.shortcut().toString(NATIVE)
        row = (action.text().replace("&", ""), keys or menu_path(action))
        assert row in listed, row
        assert row[1], f"{row[0]} cannot be reached from the keyboard"
    commands = [command for command, _ in listed]
    assert ("Book appointment…", "Ctrl+B") in listed
    assert ("Keyboard shortcuts", QKeySequence("F1").toString(NATIVE)) in listed
    hidden = [registry[k].text().replace("&", "") for k in registry.all() if not registry.allowed(k)]
    assert not set(hidden) & set(commands)  # nothing the role may not use
    if name == "Ana":
        assert "Users…" not in commands and "Audit trail" not in commands
    if name == "Mara":
        assert ("Users…", "Alt+F, U") in listed  # no shortcut of its own: through the File menu
    qtbot.keyClick(sheet.tree, Qt.Key.Key_Escape)
    assert not sheet.isVisible()


def test_mnemonics_are_read_as_the_menus_underline_them() -> None:
    assert mnemonic("&File") == "F" and mnemonic("S&witch user…") == "W"
    assert mnemonic("Tom && Jerry") == "" and mnemonic("Save &As") == "A"
