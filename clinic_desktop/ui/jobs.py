"""The window's one home for work that runs on its own: the follow-up proposals refresh, the
automatic backup and the outbox's sending (shared docs/architecture.md, "Scheduled and outbound
work has a home"; `messages send` is the same work for servers).

Each job is a service call ``work(token, progress)`` run off the GUI thread through
``Operations``, on a timer (a first run soon after start, then every so often) or when asked
(``run_now``), one at a time per job, and only while its ``enabled`` says so (not while the
window is locked, not in smoke runs, not for a role that may not). Stopping (the lock, closing)
cancels what is running through its ``CancelToken``: the work stops at its next safe point and
returns, writing nothing half-way; nothing is raised out of a callback to stop it.

The runner says what happened through signals keyed by the job's name, so a view shows a job's
progress and result without owning it (the recall list, the outbox)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.services.jobs import CancelToken, Progress
from clinic_desktop.ui.operations import Operations

log = logging.getLogger(__name__)

Work = Callable[[CancelToken, Progress], object]


@dataclass
class _Job:
    key: str
    work: Work
    enabled: Callable[[], bool]
    first: QTimer | None = None
    every: QTimer | None = None
    token: CancelToken | None = None  # the running one's
    timers: list[QTimer] = field(default_factory=list)


class JobRunner(QObject):
    started = Signal(str)
    progress = Signal(str, int, int)  # key, done, total (emitted from the worker thread)
    finished = Signal(str, object)  # key, what the work returned (None: cancelled, or nothing)
    failed = Signal(str, object)  # key, the ClinicError it ended with

    def __init__(self, operations: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._jobs: dict[str, _Job] = {}

    def add(
        self,
        key: str,
        work: Work,
        first_ms: int | None = None,
        every_ms: int | None = None,
        enabled: Callable[[], bool] = lambda: True,
    ) -> None:
        job = _Job(key, work, enabled)
        if first_ms is not None:
            job.first = QTimer(self)
            job.first.setSingleShot(True)
            job.first.setInterval(first_ms)
            job.first.timeout.connect(lambda: self.run_now(key))
        if every_ms is not None:
            job.every = QTimer(self)
            job.every.setInterval(every_ms)
            job.every.timeout.connect(lambda: self.run_now(key))
        self._jobs[key] = job

    def timer(self, key: str, first: bool = False) -> QTimer | None:
        job = self._jobs[key]
        return job.first if first else job.every

    def start(self) -> None:
        """Start every job's timers (the first runs come after their delay)."""
        for job in self._jobs.values():
            for timer in (job.first, job.every):
                if timer is not None:
                    timer.start()

    def stop(self) -> None:
        """Stop the timers and tell what is running to stop."""
        for job in self._jobs.values():
            for timer in (job.first, job.every):
                if timer is not None:
                    timer.stop()
            self.cancel(job.key)

    def cancel(self, key: str) -> None:
        token = self._jobs[key].token
        if token is not None:
            token.cancel()

    def running(self, key: str) -> bool:
        return self._jobs[key].token is not None

    def run_now(self, key: str) -> bool:
        """Run the job now (off the GUI thread); False when it is running or not enabled."""
        job = self._jobs[key]
        if job.token is not None or not job.enabled():
            return False
        token = job.token = CancelToken()
        report = self.progress

        def progress(done: int, total: int) -> None:
            report.emit(key, done, total)

        def done(result: object) -> None:
            job.token = None
            self.finished.emit(key, None if token.cancelled else result)

        def failed(error: ClinicError) -> None:
            job.token = None
            self.failed.emit(key, error)

        self.started.emit(key)
        self._operations.run(f"job/{key}", lambda: job.work(token, progress), done, failed)
        return True
