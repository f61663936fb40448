"""Starting the GUI: the QApplication, its theme and icon, the main window."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from clinic_desktop import APP_NAME, APP_TITLE, __version__
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.icons import icon, stylesheet
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.settings import UiSettings

READABLE_POINT_SIZE = 11  # readable from across a reception desk


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


def apply_look(app: QApplication) -> None:
    font = QFont(app.font())
    if 0 < font.pointSizeF() < READABLE_POINT_SIZE:
        font.setPointSizeF(READABLE_POINT_SIZE)
        app.setFont(font)
    app.setWindowIcon(icon("app"))
    app.setStyleSheet(stylesheet())


def run_gui(services: ClinicServices, smoke: bool = False, qsettings: QSettings | None = None) -> int:
    """Open the main window; with smoke, build and render every view once, report, and exit."""
    started = time.perf_counter()
    app = ensure_application()
    apply_look(app)
    window = MainWindow(services, UiSettings(qsettings))
    window.remember = not smoke
    window.quiet = smoke
    window.show()
    if smoke:
        return smoke_test(app, window, started)
    return int(app.exec())


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
    for key in window.views:
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
        f"{elapsed:.3f} s to render all {len(window.views)} views."
    )
    window.close()
    return 0
