"""Work that can grow with the data runs off the GUI thread; the result comes back as a signal.

A view asks ``operations.run(key, work, on_done)``. Only the newest request per key delivers its
result: a view that loads day after day as the user presses the arrow keys never shows a stale day.
Refusals (ClinicError) go to ``on_error`` with their message; bugs are logged and reported.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from clinic_desktop.domain.errors import ClinicError

log = logging.getLogger(__name__)


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
    failed = Signal(str)

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
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        self._counter += 1
        ticket = self._counter
        self._latest[key] = ticket
        relay = _Relay()
        self._relays.add(relay)

        def deliver(result: Any, error: BaseException | None) -> None:
            self._relays.discard(relay)
            if not self._relays:
                self.busy_changed.emit(False)
            if self._latest.get(key) != ticket:
                return  # a newer request for the same view has been made
            try:
                if error is None:
                    on_done(result)
                    return
                if isinstance(error, ClinicError):
                    message = error.message
                else:
                    log.error("background work failed", exc_info=error)
                    message = f"Something went wrong while loading: {error}"
                (on_error or self.failed.emit)(message)
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
