"""Opening the window fast (issue 22): the sign-in dialog is on screen before the clinic is opened
and with nothing of the services, the store or the main window loaded; the clinic opens behind it
(its name fills the heading, a password typed at once waits for it off the GUI thread, a clinic
without accounts gets the first run's dialog, one that cannot be opened closes it); after signing
in only the first view is built; what reads the database does it off the GUI thread. The figures
live in the benchmark (benchmarks/moments.py); these tests pin the behaviour."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clinic_desktop import APP_TITLE
from clinic_desktop.domain.access import Role
from clinic_desktop.domain.errors import SchemaError
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui import import_hook, main_jobs
from clinic_desktop.ui.application import sign_in_at_start
from clinic_desktop.ui.clinic_opening import ClinicOpening
from clinic_desktop.ui.dialogs.sign_in import FirstRunDialog, SignInDialog
from clinic_desktop.ui.live_refresh import LiveRefresh
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.settings import UiSettings
from clinic_desktop.ui.views.outbox_view import MESSAGES_JOB
from clinic_desktop.ui.views.recall_actions import REFRESH_KEY

PASSWORD = "correct horse battery"
# Loaded only once the dialog is up (the clinic, the window; the SVG renderer draws the application's
# icon once it is, in the same smoke run).
NOT_BEFORE_THE_DIALOG = (
    "peewee",
    "psycopg2",
    "clinic_desktop.services",
    "clinic_desktop.store.connection",
    "clinic_desktop.cli.commands",
    "clinic_desktop.ui.main_window",
    "fhir.resources",
    "holidays",
)
PROBE = """
import json, sys
import PySide6.QtCore as core
from clinic_desktop.app import main
code = main(["--db", sys.argv[1], "gui", "--smoke", "--until", "sign-in"])
loaded = [m for m in json.loads(sys.argv[2]) if m in sys.modules]
print(json.dumps({"exit": code, "loaded": loaded, "qt_namespace_built": "Qt" in core.__dict__}))
"""


def test_the_sign_in_dialog_is_shown_with_none_of_the_clinic_or_the_window_loaded(db_path: Path) -> None:
    """In a fresh interpreter, as the applications menu starts it: the dialog is drawn having
    loaded neither the database's code nor the window's (they load behind it), nor built the enums
    of Qt's Qt namespace (a fifth of the dialog's own start-up)."""
    ClinicServices.open(str(db_path)).close()
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(db_path.parent)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(db_path), json.dumps(NOT_BEFORE_THE_DIALOG)],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"exit": 0, "loaded": [], "qt_namespace_built": False}


def _slow_opening(services: ClinicServices) -> tuple[ClinicOpening, threading.Event]:
    """An opening that waits for ``go`` before it hands over the services (a slow disk, a server)."""
    go = threading.Event()

    def open_slowly() -> ClinicServices:
        go.wait(10)
        return services

    return ClinicOpening(open_slowly), go


def test_a_password_typed_before_the_clinic_is_open_signs_in_once_it_is(
    qtbot: QtBot, demo_services: ClinicServices
) -> None:
    demo_services.users.add("Ana", Role.RECEPTION, PASSWORD)
    demo_services.session = None
    opening, go = _slow_opening(demo_services)
    dialog = SignInDialog(opening, "Ana")
    qtbot.addWidget(dialog)
    dialog.show()
    opening.start()
    assert dialog.heading.text() == APP_TITLE  # the clinic's name is not read yet
    dialog.form.password.setText(PASSWORD)
    dialog.form.submit()
    assert dialog.form.message.text() == "Signing in…" and not dialog.form.password.isEnabled()
    with qtbot.waitSignal(dialog.form.signed_in, timeout=10_000):
        go.set()
    assert demo_services.session is not None and demo_services.session.name == "Ana"
    assert dialog.heading.text() == demo_services.clinic.settings().name
    dialog.operations.wait()


def test_a_clinic_without_accounts_gets_the_first_run_dialog_in_the_sign_in_dialog_s_place(
    qtbot: QtBot, services: ClinicServices, qsettings: QSettings
) -> None:
    services.session = None
    assert not services.users.has_accounts()
    opening, go = _slow_opening(services)
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SignInDialog) and not seen:
            seen.append("SignInDialog")
            go.set()  # the clinic opens: it has no accounts
        elif isinstance(dialog, FirstRunDialog):
            seen.append("FirstRunDialog")
            dialog.quit_button.click()
            return
        QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)
    assert sign_in_at_start(opening, UiSettings(qsettings)) is False  # quit at the first run's dialog
    assert seen == ["SignInDialog", "FirstRunDialog"]


def test_a_clinic_that_cannot_be_opened_closes_the_sign_in_dialog(qtbot: QtBot, qsettings: QSettings) -> None:
    def refuse() -> ClinicServices:
        raise SchemaError("This database was made by a newer version of the software.")

    opening = ClinicOpening(refuse)
    assert sign_in_at_start(opening, UiSettings(qsettings)) is False
    assert isinstance(opening.error, SchemaError) and opening.settle() is None


def test_only_the_first_view_is_built_when_the_window_opens(window: MainWindow) -> None:
    assert list(window.views) == [window.current_view] == ["calendar"]
    window.show_view("patients")
    assert list(window.views) == ["calendar", "patients"]
    assert window.stack.currentWidget() is window.patients is window.views["patients"]


def test_the_window_s_jobs_are_the_views_jobs() -> None:
    """The window declares its jobs' keys without loading the views' code: the same keys."""
    assert (main_jobs.FOLLOWUPS_JOB, main_jobs.MESSAGES_JOB) == (REFRESH_KEY, MESSAGES_JOB)


def test_the_lock_screen_names_the_clinic_as_the_window_does(window: MainWindow) -> None:
    name = window.services.clinic.settings().name
    assert window.lock_screen.clinic.text() == name and window.windowTitle().endswith(name)
    window._show_title("Lindenhof Pain Clinic")  # as a rename heard from another workstation
    assert window.lock_screen.clinic.text() == "Lindenhof Pain Clinic"


def test_live_refresh_reads_the_marker_off_the_gui_thread(qtbot: QtBot) -> None:
    readers: list[threading.Thread] = []

    def marker() -> int:
        readers.append(threading.current_thread())
        return len(readers) // 2  # moves every other read

    live = LiveRefresh(marker)
    fired: list[bool] = []
    live.changed.connect(lambda: fired.append(True))
    live.timer.setInterval(20)
    live.start()
    qtbot.waitUntil(lambda: bool(fired), timeout=5_000)
    live.close()
    assert threading.main_thread() not in readers
    assert len({thread.ident for thread in readers}) == 1  # one thread: SQLite's counter is per connection


@pytest.mark.parametrize(
    "module", ["clinic_desktop.ui.main_window", "clinic_desktop.domain.errors", "sys", "PySide6.QtCore"]
)
def test_the_lighter_import_hook_answers_as_pyside_s_own(module: str) -> None:
    """PySide's check reads a module's source and looks for "PySide6" in it; the lighter one reads
    the file's bytes: the same answer, for a module that uses PySide, one that does not, one built
    in and one compiled."""
    import importlib
    import inspect

    loaded = importlib.import_module(module)
    try:
        expected = "PySide6" in inspect.getsource(loaded)
    except (OSError, TypeError):
        expected = False
    assert import_hook.uses_pyside(loaded) is expected
    assert import_hook.lighten() is True  # in place (once), in this PySide6
