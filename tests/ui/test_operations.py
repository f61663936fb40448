"""Background work whose window was closed before the result arrived: dropped quietly."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject, Signal

from clinic_desktop.ui.operations import Operations


class Asker(QObject):
    answered = Signal(object)
    refused = Signal(str)


def test_a_result_for_a_closed_window_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    operations = Operations(lambda: None)
    release = threading.Event()
    asker = Asker()
    operations.run("view", lambda: release.wait(5) and 42, asker.answered.emit, asker.refused.emit)
    shiboken6.delete(asker)  # the window goes while its load is still running
    release.set()
    operations.wait()
    qtbot.waitUntil(lambda: operations.pending == 0, timeout=5000)  # delivered without raising


def test_a_live_asker_still_gets_its_result(qtbot) -> None:  # type: ignore[no-untyped-def]
    operations = Operations(lambda: None)
    asker = Asker()
    with qtbot.waitSignal(asker.answered, timeout=5000) as got:
        operations.run("view", lambda: 42, asker.answered.emit)
    assert got.args == [42]
