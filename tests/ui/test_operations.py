"""Background work: a result for a closed window is dropped quietly; a refusal reaches the view as
the exception itself, a bug as a FailedError with its cause (and a log entry)."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject, Signal

from clinic_desktop.domain.errors import OverrideRequiredError, ValidationError
from clinic_desktop.ui.operations import FailedError, Operations


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


class Catcher(QObject):
    caught = Signal(object)


def test_a_refusal_reaches_on_error_as_the_exception_itself(qtbot) -> None:  # type: ignore[no-untyped-def]
    operations = Operations(lambda: None)
    catcher = Catcher()
    refusal = OverrideRequiredError("Outside Dr Lind's working hours.", ["outside hours"])

    def refuse() -> None:
        raise refusal

    with qtbot.waitSignal(catcher.caught, timeout=5000) as got:
        operations.run("view", refuse, lambda _r: None, catcher.caught.emit)
    assert got.args == [refusal]  # the same object: its type and its reasons, not only words


def test_a_bug_is_logged_and_reported_as_a_failed_error_with_its_cause(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    operations = Operations(lambda: None)
    catcher = Catcher()
    bug = KeyError("provider")

    def broken() -> None:
        raise bug

    with qtbot.waitSignal(catcher.caught, timeout=5000) as got:
        operations.run("view", broken, lambda _r: None, catcher.caught.emit)
    (error,) = got.args
    assert isinstance(error, FailedError) and error.__cause__ is bug
    assert error.message == "Something went wrong while loading: 'provider'"
    assert "background work failed" in caplog.text


def test_without_on_error_the_window_gets_the_exception_through_failed(qtbot) -> None:  # type: ignore[no-untyped-def]
    operations = Operations(lambda: None)
    refusal = ValidationError("No such day.")

    def refuse() -> None:
        raise refusal

    with qtbot.waitSignal(operations.failed, timeout=5000) as got:
        operations.run("view", refuse, lambda _r: None)
    assert got.args == [refusal]
