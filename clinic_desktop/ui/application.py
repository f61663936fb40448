"""Starting the GUI: the QApplication, its theme and icon, signing in, the main window.

Nobody sees the window before someone has signed in: the composition root (app.py) hands over
services with no session, and run_gui asks for one first: the first run's "Create the clinic's
manager account" when the database has no accounts yet, else the sign-in dialog. Services that
already have a session (a smoke run signed in from CLINIC_USER/CLINIC_PASSWORD, or tests and
in-process scripts running as the software itself) go straight to the window.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from clinic_desktop import APP_NAME, APP_TITLE, __version__
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.appearance import Appearance, apply_appearance
from clinic_desktop.ui.dialogs.sign_in import FirstRunDialog, SignInDialog
from clinic_desktop.ui.garbage import GuiThreadCollector
from clinic_desktop.ui.icons import icon
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.settings import UiSettings


def ensure_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName(APP_TITLE)
    return app


def apply_look(app: QApplication, settings: UiSettings | None = None) -> None:
    """The font (at least 11 pt, readable across the desk), palette and theme: this
    workstation's text size and palette when ``settings`` are given (ui/appearance.py), else the
    normal size and the standard palette."""
    chosen = Appearance.parse(settings.text_size, settings.palette) if settings else Appearance()
    apply_appearance(app, chosen)
    app.setWindowIcon(icon("app"))


def run_gui(
    services: ClinicServices, smoke: bool = False, qsettings: QSettings | None = None, user: str | None = None
) -> int:
    """Open the main window; with smoke, build and render every view once, report, and exit.

    With nobody signed in (services.session None) someone signs in first (``user`` prefills the
    name); cancelling that quits (exit 0). A smoke run never shows a dialog: it must come signed in.
    """
    started = time.perf_counter()
    app = ensure_application()
    settings = UiSettings(qsettings)
    apply_look(app, settings)  # this workstation's text size and palette, before any window
    if app.findChild(GuiThreadCollector) is None:
        GuiThreadCollector(app)  # workers must never collect Qt objects (ui/garbage.py)
    if services.session is None and smoke:
        print("smoke: nobody is signed in (set CLINIC_USER and CLINIC_PASSWORD).", file=sys.stderr)
        return 1
    signing_in = services.session is None
    window = open_window(services, settings, user, smoke)
    if window is None:
        return 0
    if smoke:
        return smoke_test(app, window, time.perf_counter() if signing_in else started)
    return int(app.exec())


def open_window(
    services: ClinicServices, settings: UiSettings, user: str | None = None, smoke: bool = False
) -> MainWindow | None:
    """Sign someone in if nobody is (None: they quit instead), then show the main window. After
    the first run's manager account, the set-up checklist follows over the window (it can be left
    for later: the calendar says what the clinic still needs)."""
    first_run = services.session is None and not services.users.has_accounts()
    if services.session is None and not sign_in_at_start(services, settings, user):
        return None
    window = MainWindow(services, settings)
    window.remember = not smoke
    window.quiet = smoke
    window.show()
    if first_run and not smoke:
        window.set_up_clinic()
    return window


def sign_in_at_start(services: ClinicServices, settings: UiSettings, user: str | None = None) -> bool:
    """The first run's manager account, or the sign-in dialog; True once someone is signed in.
    The name offered is ``user`` (CLINIC_USER or --user), else whoever signed in last here."""
    if not services.users.has_accounts():
        dialog: FirstRunDialog | SignInDialog = FirstRunDialog(services)
    else:
        dialog = SignInDialog(services, user or settings.last_user)
    accepted = dialog.exec() == FirstRunDialog.DialogCode.Accepted
    session = dialog.session
    dialog.deleteLater()
    if not accepted or session is None or services.session is None:
        return False
    settings.last_user = session.name
    settings.sync()
    return True


def wait_for_background_work(window: MainWindow, limit_ms: int = 30_000) -> None:
    """Run the event loop until the window's background loads are done (or the limit passes).

    A local QEventLoop, not QApplication.processEvents() in a loop: PySide6 6.12 on Python 3.11
    mis-counts references to None on each processEvents() call, which aborts after thousands.
    """
    loop = QEventLoop()
    window.operations.busy_changed.connect(lambda busy: loop.quit() if not busy else None)
    QTimer.singleShot(limit_ms, loop.quit)
    if window.operations.pending:
        loop.exec()
    loop.processEvents()


def smoke_test(app: QApplication, window: MainWindow, started: float) -> int:
    """Show each view, wait for its data, render it; exit 0 if all of that worked."""
    first_render = None
    shown = window.allowed_views()  # the views the signed-in role is offered
    for key in shown:
        window.show_view(key)
        wait_for_background_work(window)
        image = window.grab()
        if image.isNull():
            print(f"smoke: view {key} did not render", file=sys.stderr)
            return 1
        if first_render is None:
            first_render = time.perf_counter() - started
    elapsed = time.perf_counter() - started
    if window.failures:
        print(f"smoke: {len(window.failures)} view(s) failed: {window.failures[0]}", file=sys.stderr)
        return 1
    print(
        f"Start-up time: {first_render or elapsed:.3f} s to the first rendered view; "
        f"{elapsed:.3f} s to render all {len(shown)} views."
    )
    window.close()
    return 0
