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
change (what was committed meanwhile was not heard) and the view reloads.

The marker is read on a thread of its own, never on the GUI thread (issue 22): a server that must
be reached again would hold the window for as long as connecting takes. It is one thread for as
long as the window watches, so that SQLite's per-connection counter is read on the same connection
each time; ``release`` closes that connection when the watching ends for good."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from clinic_desktop.domain.errors import DatabaseUnavailableError

POLL_MS = 1000  # a change shows within about two seconds: one poll, then the view's own load


class LiveRefresh(QObject):
    changed = Signal()  # something was committed elsewhere; the view may reload
    unavailable = Signal(object)  # the database server cannot be reached (the error); once per outage
    _read_off_thread = Signal(object)  # from the reading thread: the marker, or what it raised

    def __init__(
        self,
        marker: Callable[[], int | None],
        parent: QObject | None = None,
        release: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._marker = marker
        self._release = release
        self._lost = False
        self._last: int | None = None  # the marker as last read; None before the first answer
        self._pending = False
        self._reading = False
        self._reader: ThreadPoolExecutor | None = None
        self._read_off_thread.connect(self._arrived)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll_off_thread)

    def start(self) -> None:
        self.timer.start()
        self._poll_off_thread()  # the first read: what the next are compared with

    def stop(self) -> None:
        self.timer.stop()

    def close(self) -> None:
        """Watching ends for good (the window closes): the reading thread's connection is closed."""
        self.timer.stop()
        reader, self._reader = self._reader, None
        if reader is not None:
            if self._release is not None:
                reader.submit(self._release)
            reader.shutdown(wait=False)

    def _poll_off_thread(self) -> None:
        if self._reading:
            return  # the last read has not come back yet (a server being reached again)
        if self._reader is None:
            self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="live-refresh")
        self._reading = True
        self._reader.submit(lambda: self._read_off_thread.emit(self._answer()))

    def _answer(self) -> int | None | Exception:
        try:
            return self._marker()
        except Exception as exc:  # judged on the GUI thread (_judge)
            return exc

    @Slot(object)
    def _arrived(self, answer: int | None | Exception) -> None:
        self._reading = False
        if self.timer.isActive():  # not while stopped (the lock): resumed, it reads again
            self._judge(answer)

    @property
    def last(self) -> int | None:
        """The marker as last read; None before the first answer and while it cannot be read."""
        return None if self._lost else self._last

    def poll(self) -> None:
        """Read the marker here and now (tests; the timer reads it on its own thread)."""
        self._judge(self._answer())

    def _judge(self, answer: int | None | Exception) -> None:
        if isinstance(answer, DatabaseUnavailableError):
            if not self._lost:
                self._lost = True
                self.unavailable.emit(answer)
        elif not isinstance(answer, Exception) and answer is not None:  # others: the next query says
            heard_again, self._lost = self._lost, False
            if self._last is None:  # the first answer: what the next are compared with
                self._pending = self._pending or heard_again  # what was committed meanwhile was not heard
            elif answer != self._last:
                self._pending = True
            self._last = answer
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
