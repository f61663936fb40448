"""Work that runs on its own (the window's background jobs, `messages send` from cron): how it is
told to stop. A token, not an exception raised out of a callback: the work asks ``cancelled`` at
the places where stopping is safe (between patients, between messages) and returns what it has
done, writing nothing half-way."""

from __future__ import annotations

import threading
from collections.abc import Callable

Progress = Callable[[int, int], None]  # done, total


class CancelToken:
    """Set once, from any thread; read by the work between its steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def wait(self, seconds: float) -> bool:
        """Pause the work for up to ``seconds``, ending early when cancelled; True if cancelled."""
        return self._event.wait(seconds)
