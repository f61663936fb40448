"""Live refresh: when another workstation changes the clinic, the open view shows it within about
two seconds.

A timer asks the store's change marker each second: on SQLite the database's data_version (a
per-connection counter that moves when any other connection commits; no table is read, so it costs
microseconds however large the clinic), on PostgreSQL the count of NOTIFYs heard on a listening
connection (every write transaction notifies at commit), read without blocking.
A change is held back while the person is in the middle of something — a mouse button down (a
drag in the calendar) or a dialog open (a booking being typed) — and delivered when they are done,
so nothing they are doing is lost or moved under them.

A database server that cannot be reached is said once (``unavailable``, the window's banner) when
the poll first finds it so, even while nobody is working; when it answers again the poll counts a
change (what was committed meanwhile was not heard) and the view reloads."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from clinic_desktop.domain.errors import DatabaseUnavailableError

POLL_MS = 1000  # a change shows within about two seconds: one poll, then the view's own load


class LiveRefresh(QObject):
    changed = Signal()  # something was committed elsewhere; the view may reload
    unavailable = Signal(object)  # the database server cannot be reached (the error); once per outage

    def __init__(self, marker: Callable[[], int | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._marker = marker
        self._lost = False
        self._last = self._read()
        self._pending = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        if self._last is not None:  # a database that notifies instead is not polled
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _read(self) -> int | None:
        try:
            value = self._marker()
        except DatabaseUnavailableError as exc:
            if not self._lost:
                self._lost = True
                self.unavailable.emit(exc)
            return self._last if hasattr(self, "_last") else None
        except Exception:  # anything else is reported by the next real query, not here
            return self._last if hasattr(self, "_last") else None
        self._lost = False
        return value

    def poll(self) -> None:
        current = self._read()
        if current is not None and current != self._last:
            self._last = current
            self._pending = True
        if self._pending and not self.busy():
            self._pending = False
            self.changed.emit()

    @staticmethod
    def busy() -> bool:
        """The person is in the middle of something: a button held (dragging) or a dialog open."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return False
        return bool(app.mouseButtons()) or app.activeModalWidget() is not None
