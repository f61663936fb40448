"""The window started from the applications menu (no terminal) on a clinic database it cannot open
says why in a dialog as well as on stderr: an installed older version on a database a newer one
upgraded is the case an upgrade across workstations meets."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from clinic_desktop.app import main
from clinic_desktop.services import ClinicServices
from clinic_desktop.store.migrations import SCHEMA_VERSION


def newer_database(path: Path) -> Path:
    ClinicServices.open(str(path)).close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "UPDATE database_info SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),)
        )
    connection.close()
    return path


def test_a_database_the_window_cannot_open_is_said_in_a_dialog(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = newer_database(tmp_path / "clinic.db")
    seen: list[tuple[str, str, str]] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # the sign-in dialog comes first, closed once refused
            QTimer.singleShot(20, read_and_close)
            return
        seen.append((box.windowTitle(), box.text(), box.informativeText()))
        box.button(QMessageBox.StandardButton.Close).click()

    QTimer.singleShot(0, read_and_close)
    assert main(["--db", str(db)]) == 1
    assert len(seen) == 1
    title, text, detail = seen[0]
    assert text == "The clinic database could not be opened."
    assert f"schema {SCHEMA_VERSION + 1}" in detail and "Update the software" in detail
    assert detail in capsys.readouterr().err  # and on stderr, for a terminal
    assert schema_of(db) == SCHEMA_VERSION + 1  # untouched


def test_without_a_screen_the_refusal_is_on_stderr_only(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A terminal session with no display (ssh): no dialog could be shown, none is tried."""
    db = newer_database(tmp_path / "clinic.db")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert main(["--db", str(db)]) == 1
    assert "newer version of the software" in capsys.readouterr().err
    assert QApplication.activeModalWidget() is None


def schema_of(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(
            connection.execute("SELECT value FROM database_info WHERE key = 'schema_version'").fetchone()[0]
        )
    finally:
        connection.close()
