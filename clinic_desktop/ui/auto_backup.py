"""The automatic daily backup, taken by the open application off the GUI thread.

A few seconds after start-up, and then every hour, the window asks the backup service whether a
backup is due (the last one 24 hours old); the service takes it and applies the retention. An
hourly question rather than a 24-hour timer: a computer that sleeps overnight, or a window left
open for a week, still gets its backup the day it is due.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.operations import Operations

FIRST_MS = 5_000  # after start-up: the first view loads first
EVERY_MS = 60 * 60 * 1000


class AutoBackup(QObject):
    finished = Signal(object)  # the BackupReport, or None when none was due
    failed = Signal(object)  # the ClinicError

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        enabled: Callable[[], bool] = lambda: True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._operations = operations
        self._enabled = enabled
        self._running = False
        self.first = QTimer(self)
        self.first.setSingleShot(True)
        self.first.setInterval(FIRST_MS)
        self.first.timeout.connect(self.check)
        self.hourly = QTimer(self)
        self.hourly.setInterval(EVERY_MS)
        self.hourly.timeout.connect(self.check)

    def start(self) -> None:
        self.first.start()
        self.hourly.start()

    def stop(self) -> None:
        self.first.stop()
        self.hourly.stop()

    def check(self) -> bool:
        """Ask for a backup if one is due (off the GUI thread); False if not asked now."""
        if self._running or not self._enabled():
            return False
        self._running = True
        backups = self._services.backup
        self._operations.run("auto-backup", backups.auto_backup_if_due, self._done, self._failed)
        return True

    def _done(self, report: object) -> None:
        self._running = False
        self.finished.emit(report)

    def _failed(self, error: ClinicError) -> None:
        self._running = False
        self.failed.emit(error)
