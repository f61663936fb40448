"""A first start, run by tests/test_packaging.py with an installed copy's Python (outside the source
tree): `clinic-desktop` with no arguments, as the applications menu starts it. It prints, as one
JSON line, which modal dialog opened first and its title, what the clinic database in the user's
data folder held while the dialog asked (its schema and how many accounts and patients), having
closed the dialog, and the exit status. Nothing else is done to the application: the test then
looks at what it left (no database without a manager)."""

from __future__ import annotations

import json
import os
import sqlite3

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from clinic_desktop.app import main
from clinic_desktop.store.connection import default_database_path
from clinic_desktop.ui.application import ensure_application

seen: dict[str, object] = {}


def look() -> None:
    dialog = QApplication.activeModalWidget()
    if dialog is None:
        QTimer.singleShot(20, look)
        return
    seen["dialog"] = type(dialog).__name__
    seen["title"] = dialog.windowTitle()
    path = default_database_path()
    seen["database"] = str(path)
    opening = getattr(dialog, "opening", None)
    if opening is not None and not opening.done:  # the clinic opens behind the dialog: look once it is
        QTimer.singleShot(20, look)
        return
    if path.exists():
        with sqlite3.connect(path) as db:
            seen["asking"] = {
                "schema": int(
                    db.execute("SELECT value FROM database_info WHERE key = 'schema_version'").fetchone()[0]
                ),
                "accounts": db.execute("SELECT COUNT(*) FROM user_account").fetchone()[0],
                "patients": db.execute("SELECT COUNT(*) FROM patient").fetchone()[0],
            }
    dialog.reject()


def give_up() -> None:
    print(json.dumps({"error": "no dialog within a minute", **seen}), flush=True)
    os._exit(9)


ensure_application()
QTimer.singleShot(0, look)
QTimer.singleShot(60_000, give_up)
seen["exit"] = main([])
print(json.dumps(seen), flush=True)
