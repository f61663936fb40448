"""The main window's background work: the follow-up proposals, the automatic backup and the
outbox as jobs of the window's runner (ui/jobs.py), with live refresh paused under the lock.

Jobs run while someone is signed in, never in smoke runs (the window's ``quiet``); what they end
with, or fail with, is said in the status bar (not a dialog that would take the keyboard from
reception).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.errors import ClinicError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from clinic_desktop.services import ClinicServices
    from clinic_desktop.ui.jobs import JobRunner
    from clinic_desktop.ui.live_refresh import LiveRefresh

BACKUP_JOB = "backup"
# As ui/views/outbox_view.py and recall_actions.py name them (not imported: those views' code loads
# when they are first shown, ui/preload.py).
MESSAGES_JOB = "messages"
FOLLOWUPS_JOB = "followups-refresh"

Timing = tuple[int, int]  # first run after (ms), then every (ms)


class JobsMixin:
    """MainWindow's part that wires, pauses and reports its background jobs."""

    if TYPE_CHECKING:
        services: ClinicServices
        jobs: JobRunner
        live: LiveRefresh
        quiet: bool
        locked: bool

        def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)

    def _add_jobs(self, followups: Timing, backup: Timing, messages: Timing) -> None:
        """The follow-up proposals (recalls), the automatic backup and sending what the outbox
        holds; each also waits for the role that may do it."""
        services = self.services
        self.jobs.add(
            FOLLOWUPS_JOB,
            lambda token, progress: services.followups.refresh(progress=progress, cancel=token),
            *followups,
            lambda: self._may_run_jobs() and services.may(Permission.RECALLS),
        )
        self.jobs.add(
            BACKUP_JOB,
            lambda _token, _progress: services.backup.auto_backup_if_due(),
            *backup,
            self._may_run_jobs,
        )
        self.jobs.add(
            MESSAGES_JOB, lambda token, progress: services.messages.send_due(token, progress), *messages,
            lambda: self._may_run_jobs() and services.may(Permission.MESSAGES),
        )  # fmt: skip
        self.jobs.finished.connect(self._job_finished)
        self.jobs.failed.connect(self._job_failed)

    def _may_run_jobs(self) -> bool:
        """Background jobs run while someone is signed in, never in smoke runs (quiet)."""
        return not self.quiet and not self.locked

    def _job_finished(self, key: str, result: object) -> None:
        if key == FOLLOWUPS_JOB and isinstance(result, int):  # None: stopped, nothing written
            self._proposals_refreshed(result)
        elif key == BACKUP_JOB and result is not None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainJobs", "Automatic backup taken: {file}").format(
                    file=getattr(result, "file", "")
                ),
                10_000,
            )
        elif key == MESSAGES_JOB:
            sent = getattr(result, "sent", 0)
            if isinstance(sent, int) and sent:
                said = (
                    QCoreApplication.translate("MainJobs", "1 message sent to patients")
                    if sent == 1
                    else QCoreApplication.translate("MainJobs", "{count} messages sent to patients").format(
                        count=sent
                    )
                )
                self.statusBar().showMessage(said, 10_000)

    def _job_failed(self, key: str, error: ClinicError) -> None:
        """Kept in the status bar (not a dialog that would take the keyboard from reception)."""
        if key == BACKUP_JOB:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainJobs", "The automatic backup failed: {reason}").format(
                    reason=error.message
                )
            )
        elif key == MESSAGES_JOB:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainJobs", "The messages to patients could not be sent: {reason}"
                ).format(reason=error.message)
            )

    def _proposals_refreshed(self, count: int) -> None:
        said = (
            QCoreApplication.translate("MainJobs", "Follow-up proposals updated (1 patient)")
            if count == 1
            else QCoreApplication.translate(
                "MainJobs", "Follow-up proposals updated ({count} patients)"
            ).format(count=count)
        )
        self.statusBar().showMessage(said, 10_000)

    def _pause_background(self) -> None:
        self.live.stop()
        self.jobs.stop()  # what runs is told to stop (its token), and writes nothing half-way

    def _resume_background(self) -> None:
        self.live.start()
        self.jobs.start()
