"""Signing in at the window, following the role, and the automatic lock (issue 11).

The window is built for a person who signed in (services.users.sign_in, as ui/application.py does
after its dialog). The idle time is shortened through the watcher's documented hook
(``window.idle.set_interval_ms``) so a lock takes a fraction of a second, not five minutes.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from clinic_desktop.domain.access import Permission, Role
from clinic_desktop.domain.errors import PermissionDeniedError
from clinic_desktop.domain.users import MAX_FAILED_SIGN_INS
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.application import apply_look, sign_in_at_start
from clinic_desktop.ui.dialogs.sign_in import FirstRunDialog, SignInDialog
from clinic_desktop.ui.main_window import VIEWS, MainWindow
from clinic_desktop.ui.settings import UiSettings
from clinic_desktop.ui.views.patient_chart import PatientChartWindow

PASSWORD = "correct horse battery"
OpenWindow = Callable[[str], MainWindow]
USERS = {"Ana": Role.RECEPTION, "Dr Ruiz": Role.PROVIDER, "Mara": Role.MANAGER}


@pytest.fixture
def clinic(demo_services: ClinicServices) -> ClinicServices:
    """The demo clinic with one account per role (made by the software itself)."""
    for name, role in USERS.items():  # Dr Ruiz's account is the demo's provider 1
        demo_services.users.add(name, role, PASSWORD, 1 if role is Role.PROVIDER else None)
    return demo_services


@pytest.fixture
def open_window(qtbot: QtBot, clinic: ClinicServices, qsettings: QSettings) -> Iterator[OpenWindow]:
    """Sign a user in and open the window for them, as the application does after its dialog."""
    made: list[MainWindow] = []
    apply_look(QApplication.instance())  # type: ignore[arg-type]

    def open_as(name: str) -> MainWindow:
        clinic.users.sign_in(name, PASSWORD)
        window = MainWindow(clinic, UiSettings(qsettings))
        window.quiet = True
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=10_000)
        made.append(window)
        return window

    yield open_as
    for window in made:
        window.operations.wait()


def sign_in_on_lock_screen(qtbot: QtBot, window: MainWindow, name: str, password: str = PASSWORD) -> None:
    form = window.lock_screen.form
    form.name.setText(name)
    form.password.setText(password)
    qtbot.keyClick(form.password, Qt.Key.Key_Return)  # Enter signs in
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=10_000)


def open_a_chart(qtbot: QtBot, window: MainWindow) -> PatientChartWindow:
    patient = window.services.patients.list_ids()[0]
    chart = window.open_chart(patient)
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=10_000)
    return chart


# --- starting: the first run and the sign-in dialog ------------------------------------------------


def test_the_first_run_creates_the_manager_and_signs_in(qtbot: QtBot, services: ClinicServices) -> None:
    services.session = None  # as the composition root hands the services over
    assert not services.users.has_accounts()
    dialog = FirstRunDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.heading.text() == "Create the clinic's manager account"
    dialog.name.setText("Mara")
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    dialog.submit()
    assert "at least 8 characters" in dialog.message.text()
    assert not services.users.has_accounts()
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD + "!")
    dialog.submit()
    assert "differ" in dialog.message.text() and not services.users.has_accounts()
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD)
    with qtbot.waitSignal(dialog.created, timeout=10_000):
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert services.session is not None
    assert (services.session.name, services.session.role) == ("Mara", Role.MANAGER)
    assert dialog.session == services.session
    assert [(u.name, u.role) for u in services.users.list()] == [("Mara", Role.MANAGER)]


def _answer_the_start_dialog(fill: Callable[[object], None]) -> None:
    """Act on the modal start-up dialog once it is up (it runs its own event loop)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        fill(dialog)

    QTimer.singleShot(0, act)


def test_start_up_asks_for_the_manager_account_on_a_new_database(
    qtbot: QtBot, services: ClinicServices, qsettings: QSettings
) -> None:
    services.session = None
    seen: list[str] = []

    def fill(dialog: object) -> None:
        assert isinstance(dialog, FirstRunDialog)
        seen.append(type(dialog).__name__)
        dialog.name.setText("Mara")
        dialog.password.setText(PASSWORD)
        dialog.repeat.setText(PASSWORD)
        dialog.submit()

    _answer_the_start_dialog(fill)
    settings = UiSettings(qsettings)
    assert sign_in_at_start(services, settings) is True
    assert seen == ["FirstRunDialog"]
    assert services.session is not None and services.session.name == "Mara"
    assert settings.last_user == "Mara"  # offered at the next start on this workstation


def test_start_up_signs_in_with_the_last_name_offered_and_cancelling_quits(
    qtbot: QtBot, clinic: ClinicServices, qsettings: QSettings
) -> None:
    clinic.session = None
    settings = UiSettings(qsettings)
    settings.last_user = "Dr Ruiz"
    offered: list[str] = []

    def cancel(dialog: object) -> None:
        assert isinstance(dialog, SignInDialog)
        offered.append(dialog.form.name.text())
        dialog.quit_button.click()

    _answer_the_start_dialog(cancel)
    assert sign_in_at_start(clinic, settings) is False
    assert offered == ["Dr Ruiz"] and clinic.session is None

    def sign_in(dialog: object) -> None:
        assert isinstance(dialog, SignInDialog)
        offered.append(dialog.form.name.text())
        dialog.form.password.setText(PASSWORD)
        dialog.form.submit()

    _answer_the_start_dialog(sign_in)
    assert sign_in_at_start(clinic, settings, user="Ana") is True  # CLINIC_USER wins over the last name
    assert offered[-1] == "Ana"
    assert clinic.session is not None and clinic.session.role is Role.RECEPTION
    assert settings.last_user == "Ana"


def test_a_wrong_password_keeps_the_dialog_open_and_five_lock_the_account(
    qtbot: QtBot, clinic: ClinicServices
) -> None:
    clinic.session = None
    dialog = SignInDialog(clinic, "Ana")
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    assert form.password.hasFocus() or not QApplication.focusWidget()  # the name is there already
    form.submit()  # an empty password is not an attempt
    assert form.message.text() == "Type your password."
    for _attempt in range(MAX_FAILED_SIGN_INS):
        form.password.setText("not the password")
        with qtbot.waitSignal(form.refused, timeout=10_000) as refused:
            qtbot.keyClick(form.password, Qt.Key.Key_Return)
        assert refused.args == ["Wrong user name or password."]
        assert form.message.text() == "Wrong user name or password."
        assert dialog.isVisible() and form.password.text() == "" and clinic.session is None
    form.password.setText(PASSWORD)  # even the right password: the account is locked now
    with qtbot.waitSignal(form.refused, timeout=10_000) as refused:
        form.submit()
    assert "locked" in refused.args[0] and "A manager can unlock it sooner" in refused.args[0]
    assert "locked" in form.message.text()
    assert dialog.isVisible() and dialog.session is None and clinic.session is None


# --- following the role ----------------------------------------------------------------------------

# action -> the roles it is offered to (the main window's part of docs/cli.md's "Roles")
OFFERED = {
    "view_calendar": {"Ana", "Dr Ruiz", "Mara"},
    "view_patients": {"Ana", "Dr Ruiz", "Mara"},
    "view_recalls": {"Ana", "Dr Ruiz", "Mara"},
    "view_today": {"Ana", "Dr Ruiz", "Mara"},
    "view_reports": {"Mara"},
    "new_patient": {"Ana", "Dr Ruiz", "Mara"},
    "import_patients": {"Ana", "Dr Ruiz", "Mara"},
    "print_day_list": {"Ana", "Dr Ruiz", "Mara"},
    "export": {"Ana", "Dr Ruiz", "Mara"},
    "backup_restore": {"Mara"},
    "lock_now": {"Ana", "Dr Ruiz", "Mara"},
    "switch_user": {"Ana", "Dr Ruiz", "Mara"},
    "sign_out": {"Ana", "Dr Ruiz", "Mara"},
}


@pytest.mark.parametrize("name", list(USERS))
def test_the_window_offers_only_what_the_role_may_do(
    qtbot: QtBot, open_window: OpenWindow, name: str
) -> None:
    window = open_window(name)
    assert window.user_label.text() == f"Signed in as {name} ({USERS[name].value})"
    for key, offered_to in OFFERED.items():
        action = window.registry[key]
        assert action.isVisible() is (name in offered_to), (name, key)
        assert action.isEnabled() is (name in offered_to), (name, key)
    hidden = {spec.key for row, spec in enumerate(VIEWS) if window.navigation.item(row).isHidden()}
    work_views = {"calendar", "patients", "recalls", "today", "reports"}
    assert hidden & work_views == ({"reports"} if name != "Mara" else set())
    for key in window.allowed_views():  # every view offered loads without a refusal
        window.show_view(key)
        qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=10_000)
    assert window.failures == []
    window.show_view("calendar")
    window.show_view("reports")  # not offered: nothing happens
    assert window.current_view == ("reports" if name == "Mara" else "calendar")
    # what is hidden is refused by the services too
    if name != "Mara":
        with pytest.raises(PermissionDeniedError, match="needs the manager role"):
            window.services.require(Permission.BACKUPS)


def test_a_remembered_view_the_role_may_not_use_is_not_restored(
    qtbot: QtBot, open_window: OpenWindow, qsettings: QSettings
) -> None:
    UiSettings(qsettings).last_view = "reports"  # a manager used this workstation last
    window = open_window("Ana")
    assert window.current_view == "calendar"
    assert window.stack.currentWidget() is window.calendar


# --- the lock ----------------------------------------------------------------------------------


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_idle_time_locks_the_window_and_the_same_user_gets_it_back(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window("Ana")
    window.show_view("patients")
    window.patients.search.setText("Orte")
    chart = open_a_chart(qtbot, window)
    assert chart.isVisible()
    assert window.idle.interval_ms == 5 * 60_000  # the clinic's default: 5 minutes
    window.idle.set_interval_ms(200)
    with qtbot.waitSignal(window.locked_changed, timeout=5_000) as changed:
        pass
    assert changed.args == [True] and window.locked
    assert window.lock_screen.isVisible()
    assert "Locked — sign in to continue" in window.lock_screen.status.text()
    assert window.lock_screen.form.name.text() == "Ana"  # only the password to type
    for view in window.views.values():
        assert not view.isVisible()
    assert not window.navigation.isVisible() and not window.toolbar.isVisible()
    assert not chart.isVisible()
    assert window.services.session is None
    with pytest.raises(PermissionDeniedError, match="Sign in first"):
        window.services.require(Permission.SCHEDULE)
    assert not window.registry["new_patient"].isEnabled()  # no shortcut reaches behind the lock
    assert window.registry["quit"].isEnabled()
    assert not window.live.timer.isActive()  # live refresh paused
    assert window.user_label.text() == "Locked"

    sign_in_on_lock_screen(qtbot, window, "Ana")
    assert window.services.session is not None and window.services.session.name == "Ana"
    assert window.patients.isVisible() and window.current_view == "patients"
    assert window.patients.search.text() == "Orte"  # as it was
    assert chart.isVisible() and window.charts == {chart.patient_id: chart}
    assert window.registry["new_patient"].isEnabled()
    assert window.live.timer.isActive()
    assert window.idle.counting
    chart.close()


def test_a_wrong_password_on_the_lock_screen_keeps_it_locked(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("Ana")
    window.lock()
    form = window.lock_screen.form
    form.password.setText("not the password")
    with qtbot.waitSignal(form.refused, timeout=10_000):
        form.submit()
    assert form.message.text() == "Wrong user name or password."
    assert window.locked and window.lock_screen.isVisible() and window.services.session is None


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_different_user_starts_a_fresh_session(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("Ana")
    window.show_view("patients")
    window.patients.search.setText("Orte")
    chart = open_a_chart(qtbot, window)
    closed: list[int] = []
    chart.closed.connect(closed.append)
    assert not window.registry["backup_restore"].isVisible()
    window.lock()
    assert window.lock_screen.form.name.text() == "Ana"
    sign_in_on_lock_screen(qtbot, window, "Mara")
    assert window.services.session is not None and window.services.session.role is Role.MANAGER
    assert closed == [chart.patient_id] and window.charts == {}  # the previous person's chart
    assert window.patients.search.text() == ""
    assert window.registry["backup_restore"].isVisible()  # the manager's actions
    assert not window.navigation.item([s.key for s in VIEWS].index("reports")).isHidden()
    assert window.user_label.text() == "Signed in as Mara (manager)"
    window.lock()
    sign_in_on_lock_screen(qtbot, window, "Ana")
    assert not window.registry["backup_restore"].isVisible()  # and back to reception's


def test_input_postpones_the_lock(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("Ana")
    window.show_view("patients")
    window.idle.set_interval_ms(400)
    qtbot.waitUntil(lambda: window.idle.listening, timeout=2_000)
    for _ in range(8):  # typing for 1.2 s, never idle for 400 ms
        qtbot.keyClick(window.patients.search, "a")
        last_key = time.monotonic()
        assert not window.idle.listening  # heard: it steps aside for a moment (rearm_ms) ...
        qtbot.wait(150)
        assert window.idle.listening  # ... and listens again
    assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)  # then left alone: it locks
    assert time.monotonic() - last_key >= 0.4  # never before the idle time has passed
    assert window.services.session is None


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_lock_now_is_ctrl_l_and_in_the_file_menu(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("Dr Ruiz")
    action = window.registry["lock_now"]
    assert action.shortcut() == QKeySequence("Ctrl+L")
    file_menu = window.menuBar().actions()[0].menu()
    entries = [a.text().replace("&", "") for a in file_menu.actions()]
    assert {"Lock now", "Switch user…", "Sign out"} <= set(entries)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    qtbot.keyClick(window.calendar, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked and window.services.session is None
    sign_in_on_lock_screen(qtbot, window, "Dr Ruiz")
    window.show_view("recalls")  # a view with shortcuts of its own: Ctrl+L is still the lock's
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=10_000)
    window.recalls.table.setFocus()
    qtbot.keyClick(window.recalls.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    sign_in_on_lock_screen(qtbot, window, "Dr Ruiz")
    chart = open_a_chart(qtbot, window)  # and from a chart window, in front of the main one
    chart.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is chart, timeout=5_000)
    qtbot.keyClick(chart, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked and not chart.isVisible()


def test_the_lock_comes_with_a_modal_dialog_open_and_puts_it_away(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window("Ana")
    form = window.new_patient()  # a window-modal form (open()): kept for the same person
    form.edits["given_name"].setText("Zelda")
    assert form.isVisible()
    window.idle.set_interval_ms(200)
    box = QMessageBox(QMessageBox.Icon.Question, "Question", "Move the appointment?", parent=window)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    result = box.exec()  # nobody answers; the idle time passes inside the dialog's own loop
    assert window.locked
    assert result != QMessageBox.StandardButton.Yes  # the question was withdrawn, not answered
    assert not box.isVisible() and not form.isVisible()
    shown: list[QMessageBox] = []
    QTimer.singleShot(0, lambda: shown.append(QMessageBox(window)))
    qtbot.waitUntil(lambda: bool(shown), timeout=2_000)
    shown[0].show()  # a window that opens while locked is put away at once
    qtbot.waitUntil(lambda: not shown[0].isVisible(), timeout=2_000)
    sign_in_on_lock_screen(qtbot, window, "Ana")
    assert form.isVisible() and form.edits["given_name"].text() == "Zelda"
    assert not shown[0].isVisible()  # a message shown to nobody stays away
    form.reject()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_sign_out_closes_everything_and_even_the_same_user_starts_afresh(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window("Ana")
    window.show_view("patients")
    window.patients.search.setText("Orte")
    open_a_chart(qtbot, window)
    window.registry["sign_out"].trigger()
    assert window.locked and window.charts == {} and window.services.session is None
    assert window.lock_screen.form.name.text() == ""  # nobody's name offered
    sign_in_on_lock_screen(qtbot, window, "Ana")
    assert window.patients.search.text() == ""
    assert window.user_label.text() == "Signed in as Ana (reception)"


def test_switch_user_offers_an_empty_name(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("Mara")
    window.registry["switch_user"].trigger()
    assert window.locked and window.lock_screen.form.name.text() == ""
    assert window.lock_screen.form.name.hasFocus() or QApplication.focusWidget() is None
    sign_in_on_lock_screen(qtbot, window, "Dr Ruiz")
    assert window.user_label.text() == "Signed in as Dr Ruiz (provider)"
    assert not window.registry["backup_restore"].isVisible()


def test_the_idle_time_is_the_clinics_setting(
    qtbot: QtBot, clinic: ClinicServices, open_window: OpenWindow
) -> None:
    clinic.clinic.set_setting("idle_lock_minutes", "10")
    window = open_window("Ana")
    assert window.idle.interval_ms == 10 * 60_000
    clinic.session = clinic.users.sign_in("Mara", PASSWORD)
    clinic.clinic.set_setting("idle_lock_minutes", "2")
    window.lock()
    sign_in_on_lock_screen(qtbot, window, "Ana")
    assert window.idle.interval_ms == 2 * 60_000  # read again at each sign-in
