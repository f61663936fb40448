"""Work that can grow with the data runs off the GUI thread; the result comes back as a signal.

A view asks ``operations.run(key, work, on_done, on_error)``. Only the newest request per key
delivers its result: a view that loads day after day as the user presses the arrow keys never shows
a stale day. A refusal goes to ``on_error`` as the exception itself (a ClinicError subclass), so the
view decides what to do by its type (an OverrideRequiredError asks for a reason, a
DatabaseUnavailableError shows the banner) and shows ``error.message``; it never reads the text to
decide. A bug is logged with its traceback and reported the same way, as a FailedError whose cause
is the exception. Without ``on_error`` the error goes to the ``failed`` signal (the window shows it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.domain.words import QT_TR_NOOP

log = logging.getLogger(__name__)


class FailedError(ClinicError):
    """Background work failed unexpectedly (a bug, logged with its traceback): reported in words
    like a refusal; ``__cause__`` is the exception itself."""


ErrorHandler = Callable[[ClinicError], None]


class _Relay(QObject):
    finished = Signal(object, object)  # result, error


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay, cleanup: Callable[[], None]) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self._cleanup = cleanup

    def run(self) -> None:
        try:
            result, error = self._work(), None
        except Exception as exc:
            result, error = None, exc
        finally:
            self._cleanup()
        self._relay.finished.emit(result, error)


class Operations(QObject):
    """Runs callables on a small private thread pool and hands results back to the GUI thread."""

    busy_changed = Signal(bool)
    failed = Signal(object)  # a ClinicError no view took (run without on_error)

    def __init__(self, thread_cleanup: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._cleanup = thread_cleanup
        self._latest: dict[str, int] = {}
        self._relays: set[_Relay] = set()
        self._counter = 0

    def run(
        self,
        key: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: ErrorHandler | None = None,
    ) -> None:
        self._counter += 1
        ticket = self._counter
        self._latest[key] = ticket
        relay = _Relay()
        self._relays.add(relay)

        def deliver(result: Any, error: BaseException | None) -> None:
            self._relays.discard(relay)
            try:
                if not self._relays:
                    self.busy_changed.emit(False)
                if self._latest.get(key) != ticket:
                    return  # a newer request for the same view has been made
                if error is None:
                    on_done(result)
                    return
                (on_error or self.failed.emit)(as_clinic_error(error))
            except RuntimeError as exc:
                if "deleted" not in str(exc):
                    raise
                # The window that asked was closed while its work ran: there is nobody to tell.

        relay.finished.connect(deliver)
        if len(self._relays) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(work, relay, self._cleanup))

    @property
    def pending(self) -> int:
        return len(self._relays)

    def wait(self, msecs: int = 5000) -> bool:
        return bool(self._pool.waitForDone(msecs))


def as_clinic_error(error: BaseException) -> ClinicError:
    """A refusal as it is; anything else logged (it is a bug) and wrapped as a FailedError."""
    if isinstance(error, ClinicError):
        return error
    log.error("background work failed", exc_info=error)
    failed = FailedError(QT_TR_NOOP("Something went wrong while loading: {problem}"), problem=str(error))
    failed.__cause__ = error
    return failed
