"""`gui` where there is no clinic database yet (no file, or an empty one) keeps a database only once
the window's first run has made its manager account, as `init --manager` does on the command line:
a first run closed before that leaves nothing behind (an empty file stays empty), and a smoke run
is refused there with the command line's words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clinic_desktop.app import main
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.dialogs.sign_in import FirstRunDialog
from clinic_desktop.ui.main_window import MainWindow

PASSWORD = "correct horse battery"


def when_up(find: Callable[[], object | None], act: Callable[[object], None]) -> None:
    """Act on a widget once it is up: the start-up dialog and the window run their own event loops
    (the dialog's exec, the application's), so the test acts from a timer inside them."""

    def poll() -> None:
        widget = find()
        if widget is None:
            QTimer.singleShot(20, poll)
            return
        act(widget)

    QTimer.singleShot(0, poll)


def first_run_dialog() -> object | None:
    return QApplication.activeModalWidget()


def idle_main_window() -> object | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible() and widget.operations.pending == 0:
            return widget
    return None


@pytest.fixture
def no_session_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLINIC_USER", raising=False)
    monkeypatch.delenv("CLINIC_PASSWORD", raising=False)


@pytest.mark.usefixtures("no_session_in_environment")
@pytest.mark.parametrize("empty", [False, True], ids=["no file", "empty file"])
def test_a_first_run_closed_before_the_manager_exists_leaves_no_database(
    qtbot: QtBot, tmp_path: Path, empty: bool
) -> None:
    db = tmp_path / "site" / "clinic.db"
    if empty:
        db.parent.mkdir()
        db.touch()
    seen: list[str] = []

    def quit_first_run(dialog: object) -> None:
        assert isinstance(dialog, FirstRunDialog)
        seen.append(dialog.heading.text())
        dialog.quit_button.click()

    when_up(first_run_dialog, quit_first_run)
    assert main(["--db", str(db), "gui"]) == 0
    assert seen == ["Create the clinic's manager account"]
    if empty:
        assert db.stat().st_size == 0 and [p.name for p in db.parent.iterdir()] == ["clinic.db"]
    else:
        assert not db.parent.exists()


@pytest.mark.usefixtures("no_session_in_environment")
def test_a_first_run_that_makes_the_manager_keeps_the_clinic(qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "clinic.db"

    def make_manager(dialog: object) -> None:
        assert isinstance(dialog, FirstRunDialog)
        dialog.name.setText("Mara")
        dialog.password.setText(PASSWORD)
        dialog.repeat.setText(PASSWORD)
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)  # Enter creates the account, signs in

    def close_window(window: object) -> None:
        assert isinstance(window, MainWindow)
        window.close()  # the last window: the application's event loop ends, as a person's close does

    when_up(first_run_dialog, make_manager)
    when_up(idle_main_window, close_window)
    assert main(["--db", str(db), "gui"]) == 0
    clinic = ClinicServices.open(str(db))
    try:
        assert [u.name for u in clinic.users.list()] == ["Mara"]
    finally:
        clinic.close()


@pytest.mark.parametrize("empty", [False, True], ids=["no file", "empty file"])
def test_a_smoke_run_where_there_is_no_clinic_is_refused_as_a_command_is(
    tmp_path: Path, empty: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "site" / "clinic.db"
    if empty:
        db.parent.mkdir()
        db.touch()
    assert main(["--db", str(db), "gui", "--smoke"]) == 1
    words = (
        f"{db} is an empty file, not a clinic database; it was left untouched."
        if empty
        else f"There is no clinic database at {db}."
    )
    assert capsys.readouterr().err == (
        f"{words} Create it, with its manager account, first: clinic-desktop --db {db} init --manager NAME\n"
    )
    assert (db.stat().st_size == 0) if empty else not db.parent.exists()
