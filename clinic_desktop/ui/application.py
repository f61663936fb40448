"""Starting the GUI: the QApplication, its theme, icon and language, signing in, the main window.

Nobody sees the window before someone has signed in: the composition root (app.py) hands over
services with no session, and run_gui asks for one first: the first run's "Create the clinic's
manager account" when the database has no accounts yet, else the sign-in dialog. Services that
already have a session (a smoke run signed in from CLINIC_USER/CLINIC_PASSWORD, or tests and
in-process scripts running as the software itself) go straight to the window.

The window's start (app.py) hands over the clinic still to be opened (ui/clinic_opening.py): the
sign-in dialog is on screen first, with only what it needs loaded (Qt, its own module, the look and
the language); the clinic is opened and the main window's code loaded on a thread of their own
while the person types (issue 22).
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from clinic_desktop import APP_NAME, APP_TITLE, __version__
from clinic_desktop.ui import preload
from clinic_desktop.ui.appearance import Appearance, apply_appearance
from clinic_desktop.ui.clinic_opening import ClinicOpening
from clinic_desktop.ui.dialogs.sign_in import FirstRunDialog, SignInDialog
from clinic_desktop.ui.garbage import GuiThreadCollector
from clinic_desktop.ui.languages import install_translator
from clinic_desktop.ui.settings import UiSettings

if TYPE_CHECKING:
    from clinic_desktop.services import ClinicServices
    from clinic_desktop.ui.main_window import MainWindow

NEEDS_MANAGER = 2  # the sign-in dialog's result where the clinic turned out to have no accounts yet


def preload_window() -> None:
    """Start loading the main window's code on a thread of its own (ui/preload.py), so that the
    sign-in dialog is on screen first and the rest loads while the person types; open_window waits
    for what the window needs if the person was quicker."""
    preload.start()


def start_opening(opening: ClinicOpening) -> None:
    """Open the clinic, then load the window's code, on the opening's thread (once the dialog is up)."""
    preload.qt_modules_first()  # here, on the GUI thread (ui/preload.py)
    opening.start()


def window_class() -> type[MainWindow]:
    return preload.window_class()


# How long a thread may keep Python's interpreter lock while another waits for it (CPython's
# default is 5 ms). The GUI thread lets go of the lock at nearly every call into Qt, and a worker
# reading rows or a background job (the follow-up proposals, the messages) takes it each time and
# keeps it until the switch interval: a table's repaint took 52 ms beside a busy worker at 5 ms,
# 27 ms at 1 ms (15 ms alone), and the worker got no less done (issue 22).
SWITCH_INTERVAL_S = 0.001


def ensure_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName(APP_TITLE)
    return app


def apply_look(app: QApplication, settings: UiSettings | None = None, with_icon: bool = True) -> None:
    """The font (at least 11 pt, readable across the desk), palette and theme: this
    workstation's text size and palette when ``settings`` are given (ui/appearance.py), else the
    normal size and the standard palette. ``with_icon``: the application's icon too (drawing it
    loads the SVG renderer: the start sets it once the sign-in dialog is on screen)."""
    chosen = Appearance.parse(settings.text_size, settings.palette) if settings else Appearance()
    apply_appearance(app, chosen)
    if with_icon:
        set_application_icon(app)


def set_application_icon(app: QApplication) -> None:
    from clinic_desktop.ui.icons import icon

    app.setWindowIcon(icon("app"))


def run_gui(
    services: ClinicServices | ClinicOpening,
    smoke: bool = False,
    qsettings: QSettings | None = None,
    user: str | None = None,
    until: str = "all",
    signing_in: float | None = None,
) -> int:
    """Open the main window; with smoke, build and render every view once, report, and exit.

    With nobody signed in (services.session None, or the clinic still to be opened: a
    ClinicOpening) someone signs in first (``user`` prefills the name); cancelling that quits
    (exit 0), and so does a clinic that could not be opened (the opening's ``error`` says why). A
    smoke run never shows a dialog: it must come signed in, except ``until="sign-in"``, which
    shows the sign-in dialog as a person first sees it (before the clinic is open), reports and
    exits. ``until="first-view"`` exits once the first view is drawn; ``signing_in``: how long the
    smoke run's sign-in took (the argon2id check), reported beside the window's own time.
    """
    started = time.perf_counter()
    app = ensure_application()
    settings = UiSettings(qsettings)
    apply_look(app, settings, with_icon=False)  # this workstation's text size and palette, before any window
    if app.findChild(GuiThreadCollector) is None:
        GuiThreadCollector(app)  # workers must never collect Qt objects (ui/garbage.py)
    install_translator(app, settings.language)  # before the first dialog: texts translate when made
    QTimer.singleShot(0, lambda: set_application_icon(app))  # once the first dialog is up
    if smoke and until == "sign-in":
        return smoke_sign_in(app, services, settings, user, started)
    signing_in_now = isinstance(services, ClinicOpening) or services.session is None
    if signing_in_now and smoke:
        print("smoke: nobody is signed in (set CLINIC_USER and CLINIC_PASSWORD).", file=sys.stderr)
        return 1
    after_sign_in = time.perf_counter()
    window = open_window(services, settings, user, smoke)
    if window is None:
        return 0
    if smoke:
        started = time.perf_counter() if signing_in_now else after_sign_in
        return smoke_test(app, window, started, until, signing_in)
    return int(app.exec())


def smoke_sign_in(
    app: QApplication,
    services: ClinicServices | ClinicOpening,
    settings: UiSettings,
    user: str | None,
    started: float,
) -> int:
    """`gui --smoke --until sign-in`: the sign-in dialog (or the first run's) on screen, drawn once."""
    dialog = start_dialog(services, settings, user)
    dialog.show()
    app.processEvents()
    image = dialog.grab()
    shown = time.perf_counter() - started
    dialog.close()
    dialog.deleteLater()
    if image.isNull():
        print("smoke: the sign-in dialog did not render", file=sys.stderr)
        return 1
    print(f"Start-up time: {shown:.3f} s to the sign-in dialog on screen.")
    return 0


def start_dialog(
    clinic: ClinicServices | ClinicOpening, settings: UiSettings, user: str | None = None
) -> FirstRunDialog | SignInDialog:
    """The first run's "Create the clinic's manager account" where the clinic has no accounts yet,
    else the sign-in dialog with ``user`` (CLINIC_USER or --user), else whoever signed in last here,
    offered. The clinic still opening: the sign-in dialog unless its database is new (should it
    turn out to have no accounts, sign_in_at_start puts the first run's dialog in its place)."""
    if isinstance(clinic, ClinicOpening):
        facts = clinic.facts
        first_run = clinic.new_clinic or (facts is not None and not facts.has_accounts)
    else:
        first_run = not clinic.users.has_accounts()
    if first_run:
        return FirstRunDialog(clinic)
    return SignInDialog(clinic, user or settings.last_user)


def open_window(
    services: ClinicServices | ClinicOpening,
    settings: UiSettings,
    user: str | None = None,
    smoke: bool = False,
) -> MainWindow | None:
    """Sign someone in if nobody is (None: they quit instead), then show the main window. After
    the first run's manager account, the set-up checklist follows over the window (it can be left
    for later: the calendar says what the clinic still needs)."""
    if isinstance(services, ClinicOpening):
        if not sign_in_at_start(services, settings, user):
            return None
        facts = services.facts
        first_run = facts is not None and not facts.has_accounts
        clinic = services.wait()  # open: the sign-in needed it
        read = facts.fresh_settings() if facts is not None and not first_run else None
    else:
        clinic = services
        first_run = clinic.session is None and not clinic.users.has_accounts()
        if clinic.session is None and not sign_in_at_start(clinic, settings, user):
            return None
        read = None
    window = window_class()(clinic, settings, clinic=read)
    window.remember = not smoke
    window.quiet = smoke
    window.build_the_others = not smoke
    window.show()
    if first_run and not smoke:
        window.set_up_clinic()
    return window


def sign_in_at_start(
    services: ClinicServices | ClinicOpening, settings: UiSettings, user: str | None = None
) -> bool:
    """The first run's manager account, or the sign-in dialog; True once someone is signed in.
    The name offered is ``user`` (CLINIC_USER or --user), else whoever signed in last here.

    Given the clinic still opening, the dialog is on screen first and the opening starts once it
    is up; a clinic that cannot be opened closes the dialog (False: the opening's ``error`` says
    why), and one that turns out to have no accounts gets the first run's dialog instead."""
    opening = services if isinstance(services, ClinicOpening) else None
    while True:
        if opening is not None and opening.error is not None:
            return False
        dialog = start_dialog(services, settings, user)
        if opening is None:
            QTimer.singleShot(0, preload_window)  # once the dialog is up: the window loads while they type
            result = dialog.exec()
        else:
            result = _exec_while_opening(dialog, opening)
        if result != NEEDS_MANAGER:
            break
        dialog.deleteLater()
    accepted = result == QDialog.DialogCode.Accepted
    session = dialog.session
    dialog.deleteLater()
    clinic = opening.services if opening is not None else cast("ClinicServices", services)
    if not accepted or session is None or clinic is None or clinic.session is None:
        return False
    settings.last_user = session.name
    settings.sync()
    return True


def _exec_while_opening(dialog: FirstRunDialog | SignInDialog, opening: ClinicOpening) -> int:
    """Run the start-up dialog while the clinic opens behind it: refused, the dialog closes; no
    accounts yet where the sign-in dialog is up, it gives way (NEEDS_MANAGER)."""

    def opened() -> None:
        facts = opening.facts
        if opening.error is not None:
            dialog.reject()
        elif isinstance(dialog, SignInDialog) and facts is not None and not facts.has_accounts:
            dialog.done(NEEDS_MANAGER)

    opening.ready.connect(opened)
    QTimer.singleShot(0, lambda: start_opening(opening))  # once the dialog is up
    try:
        return dialog.exec()
    finally:
        opening.ready.disconnect(opened)


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


def on_screen(window: QWidget) -> QPixmap:
    """The window as the event loop drew it: the screen's own pixels where the platform gives them
    (offscreen, X11), else the window rendered anew. Reading what was drawn, rather than drawing it
    again to look, keeps a second paint of the whole view out of what the smoke run times."""
    screen = window.screen()
    shot = screen.grabWindow(window.winId()) if screen is not None else QPixmap()
    return shot if not shot.isNull() else window.grab()


def smoke_test(
    app: QApplication, window: MainWindow, started: float, until: str = "all", signing_in: float | None = None
) -> int:
    """Show each view (the first only, ``until="first-view"``), wait for its data, render it;
    exit 0 if all of that worked."""
    first_render = None
    shown = window.allowed_views()  # the views the signed-in role is offered
    if until == "first-view":
        shown = [window.current_view or shown[0]]
    for key in shown:
        if key != window.current_view:  # the first is shown (and loading) already
            window.show_view(key)
        wait_for_background_work(window)
        image = on_screen(window)
        if image.isNull():
            print(f"smoke: view {key} did not render", file=sys.stderr)
            return 1
        if first_render is None:
            first_render = time.perf_counter() - started
    elapsed = time.perf_counter() - started
    if window.failures:
        print(f"smoke: {len(window.failures)} view(s) failed: {window.failures[0]}", file=sys.stderr)
        return 1
    every = "" if until == "first-view" else f"; {elapsed:.3f} s to render all {len(shown)} views"
    print(f"Start-up time: {first_render or elapsed:.3f} s to the first rendered view{every}.")
    if signing_in is not None:
        print(
            f"Signed in in {signing_in:.3f} s (the argon2id password check); first view drawn "
            f"{first_render or elapsed:.3f} s after signing in."
        )
    window.close()
    return 0
