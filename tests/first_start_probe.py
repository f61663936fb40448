"""A first start, run by tests/test_packaging.py with an installed copy's Python (outside the source
tree): `clinic-desktop` with no arguments, as the applications menu starts it. It prints, as one
JSON line, which modal dialog opened first and its title, having closed it, and the exit status.
Nothing else is done to the application: the test then reads the database it left."""

from __future__ import annotations

import json
import os

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from clinic_desktop.app import main
from clinic_desktop.ui.application import ensure_application

seen: dict[str, object] = {}


def look() -> None:
    dialog = QApplication.activeModalWidget()
    if dialog is None:
        QTimer.singleShot(20, look)
        return
    seen["dialog"] = type(dialog).__name__
    seen["title"] = dialog.windowTitle()
    dialog.reject()


def give_up() -> None:
    print(json.dumps({"error": "no dialog within a minute", **seen}), flush=True)
    os._exit(9)


ensure_application()
QTimer.singleShot(0, look)
QTimer.singleShot(60_000, give_up)
seen["exit"] = main([])
print(json.dumps(seen), flush=True)
