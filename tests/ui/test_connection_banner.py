"""A lost database connection: one banner instead of a dialog per failed load, retries until the
database answers, then the banner goes and the view reloads."""

from __future__ import annotations

from clinic_desktop.domain.errors import UNAVAILABLE, DatabaseUnavailableError, ValidationError
from clinic_desktop.ui.main_window import MainWindow


def test_a_lost_connection_shows_a_banner_and_recovers(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.quiet = False  # a dialog would block here: the banner must be used instead
    answers = [DatabaseUnavailableError("server closed the connection unexpectedly")]

    def ping() -> None:
        if answers:
            raise answers.pop()

    monkeypatch.setattr(window.services.clinic, "ping", ping)
    window._reconnect.setInterval(50)
    window.operations.failed.emit(DatabaseUnavailableError("server closed the connection unexpectedly"))
    assert window.banner.isVisible() and "cannot be reached" in window.banner.text()
    assert window._reconnect.isActive()
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=5_000)  # first retry fails, then back
    assert answers == [] and not window._reconnect.isActive()
    assert "again" in window.statusBar().currentMessage()


def test_a_poll_finding_the_database_gone_shows_the_banner(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Nobody is working, the server goes away: the next poll says so (no dialog), and the
    reconnect check takes it from there."""
    window.quiet = False

    def gone() -> int:
        raise DatabaseUnavailableError("server closed the connection unexpectedly")

    monkeypatch.setattr(window.live, "_marker", gone)
    window.live.poll()
    assert window.banner.isVisible() and "cannot be reached" in window.banner.text()
    assert window._reconnect.isActive()


def test_the_banner_is_for_the_error_type_not_for_words_that_look_like_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    lookalike = ValidationError(f"{UNAVAILABLE}, says a message that is not a lost connection.")
    window.operations.failed.emit(lookalike)
    assert not window.banner.isVisible() and not window._reconnect.isActive()
    assert window.failures == [lookalike.message]  # shown as any refusal is
