from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from clinic_desktop.domain.date_formats import Clock, DateFormat
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.application import apply_look
from clinic_desktop.ui.dates import use_clock, use_date_format
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.settings import UiSettings


@pytest.fixture(autouse=True)
def _clinic_writing() -> Iterator[None]:
    """Each test starts with the window's date format and clock at their defaults (this
    computer's dates, the 24-hour clock): a window opened for the demo clinic (New York: the
    12-hour clock) must not leave its clock to the next test."""
    yield
    use_date_format(DateFormat.LOCALE)
    use_clock(Clock.H24, "")


@pytest.fixture(autouse=True)
def _window_in_english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The tests read the window's English texts: start-up (run_gui) follows the system's language
    by default, so a developer's Spanish desktop must not turn them Spanish; a test installs a
    catalogue itself (test_translations.py), and none outlives its test."""
    from PySide6.QtCore import QCoreApplication

    from clinic_desktop.ui import languages

    monkeypatch.setattr(languages, "system_language", lambda: "en")
    yield
    app = QCoreApplication.instance()
    if app is not None:
        languages.remove_translators(app)


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, demo_services: ClinicServices, qsettings: QSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    apply_look(QApplication.instance())  # type: ignore[arg-type]
    win = MainWindow(demo_services, UiSettings(qsettings))
    win.quiet = True
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.operations.pending == 0, timeout=10_000)
    yield win
    win.operations.wait()
