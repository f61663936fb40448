"""The outbox (reception and managers): what is queued, sent, failed or withdrawn, newest first;
a failed message tried again (Retry) or a queued one withdrawn (Cancel message); Send now runs
the window's messages job at once; a manager edits the templates from here.

The list reads through ``Operations`` and reloads when the messages job has run, after each
change made here, and when another workstation changed something (live refresh)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.domain.messages import Channel, MessageState, OutboxEntry
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.dates import display_day, display_time
from clinic_desktop.ui.jobs import JobRunner
from clinic_desktop.ui.models.columns import ColumnTableModel
from clinic_desktop.ui.models.patient_list_model import alert_colour
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.widgets.record_table import ColumnFitter, set_up_record_table

Index = QModelIndex | QPersistentModelIndex
MESSAGES_JOB = "messages"
COLUMNS = ("Due", "Patient", "Message", "By", "State", "Tries", "Sent", "Why / what happened")
DUE, PATIENT, KIND, CHANNEL, STATE, TRIES, SENT, REASON = range(len(COLUMNS))
COLUMN_WIDTHS = (160, 170, 175, 65, 95, 50, 160, 300)
COLUMN_FLOORS = (160, 140, 160, 60, 90, 45, 160, 0)
ENTRY_ROLE = Qt.ItemDataRole.UserRole
SHOWN = 2000  # the newest; older messages stay in the database and the command line's list
STATES = (("All messages", None), ("Queued", MessageState.QUEUED), ("Sent", MessageState.SENT),
          ("Failed", MessageState.FAILED), ("Withdrawn", MessageState.WITHDRAWN))  # fmt: skip


class OutboxModel(ColumnTableModel):
    columns = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[OutboxEntry] = []
        self.clinic_time = ClinicTime()

    def set_rows(self, rows: list[OutboxEntry], clinic_time: ClinicTime) -> None:
        self.beginResetModel()
        self.rows, self.clinic_time = list(rows), clinic_time
        self.endResetModel()

    def shown(self) -> int:
        return len(self.rows)

    def _when(self, instant: Any) -> str:
        if instant is None:
            return "—"
        local = self.clinic_time.to_local(instant)
        return f"{display_day(local.date())} {display_time(local)}"

    def text(self, entry: OutboxEntry, column: int) -> str:
        if column == DUE:
            return self._when(entry.due_at)
        if column == PATIENT:
            return entry.patient_name
        if column == KIND:
            return entry.template.label + (" (booked)" if entry.converted_appointment_id else "")
        if column == CHANNEL:
            return "Text" if entry.channel is Channel.SMS else "Email"
        if column == STATE:
            return entry.state.label
        if column == TRIES:
            return str(entry.attempts)
        if column == SENT:
            return self._when(entry.sent_at)
        if entry.state is MessageState.QUEUED and entry.attempts:
            return f"Next try {self._when(entry.next_attempt_at)}: {entry.last_error}"
        return entry.last_error or ("Waiting for its time" if entry.state is MessageState.QUEUED else "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.holds(index):
            return None
        entry = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(entry, index.column())
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.ForegroundRole and entry.state is MessageState.FAILED:
            return QBrush(alert_colour())
        return None


@dataclass(frozen=True)
class _Loaded:
    rows: list[OutboxEntry]
    clinic_time: ClinicTime


class OutboxView(QWidget):
    loaded = Signal(int)
    templates_opened = Signal(object)  # the template editor (tests reach it)

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        jobs: JobRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._operations = operations
        self._jobs = jobs
        self.title = QLabel("Outbox")
        self.title.setObjectName("viewTitle")
        self.summary = QLabel("Loading…")
        self.summary.setObjectName("viewSummary")
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(16)
        header.addWidget(self.summary, 1)

        self.state = QComboBox()
        for text, state in STATES:
            self.state.addItem(text, state.value if state else "")
        self.state.currentIndexChanged.connect(lambda _i: self.refresh())
        state_label = QLabel("&Show:")
        state_label.setBuddy(self.state)
        self.send_now = QPushButton("&Send now")
        self.send_now.setToolTip("Send what is due now (it also goes every few minutes on its own)")
        self.send_now.clicked.connect(self.send)
        self.retry = QPushButton("&Retry")
        self.retry.setToolTip("Send a failed message again, after checking it did not reach the patient")
        self.retry.clicked.connect(self.retry_selected)
        self.cancel = QPushButton("&Cancel message")
        self.cancel.setToolTip("Withdraw a queued or failed message: it will not be sent")
        self.cancel.clicked.connect(self.cancel_selected)
        self.templates = QPushButton("&Templates…")
        self.templates.setToolTip("What each message says, in each language (a manager's)")
        self.templates.clicked.connect(self.open_templates)
        tools = QHBoxLayout()
        tools.addWidget(state_label)
        tools.addWidget(self.state)
        tools.addSpacing(16)
        for button in (self.send_now, self.retry, self.cancel):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.templates)

        self.model = OutboxModel(self)
        self.table = QTableView()
        set_up_record_table(self.table, self.model, "outboxTable", fixed_rows=True, spoken="Messages")
        self.column_fitter = ColumnFitter(self.table, COLUMN_WIDTHS, COLUMN_FLOORS)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.status = QLabel("")
        self.status.setObjectName("outboxStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(header)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        if jobs is not None:
            jobs.finished.connect(self._job_finished)
            jobs.failed.connect(self._job_failed)
        self._enable()

    # --- loading -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        state = self.state.currentData()
        services = self._services

        def work() -> _Loaded:
            rows = services.messages.outbox(state=MessageState(state) if state else None, limit=SHOWN)
            return _Loaded(rows, services.time)

        self._operations.run("outbox", work, self._show, self._failed)

    def _show(self, loaded: _Loaded) -> None:
        current = self.current()
        self.model.set_rows(loaded.rows, loaded.clinic_time)
        counts = {s: sum(1 for e in loaded.rows if e.state is s) for s in MessageState}
        parts = [
            f"{counts[s]} {s.value}" for s in (MessageState.QUEUED, MessageState.SENT, MessageState.FAILED)
        ]
        self.summary.setText(
            " · ".join(parts) if self.state.currentData() == "" else f"{len(loaded.rows)} shown"
        )
        if current is not None:
            for number, entry in enumerate(self.model.rows):
                if entry.id == current.id:
                    self.table.selectRow(number)
        self._enable()
        self.loaded.emit(len(loaded.rows))

    def _failed(self, error: ClinicError) -> None:
        self.status.setText(error.message)

    def current(self) -> OutboxEntry | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        entry = self.model.data(self.model.index(index.row(), 0), ENTRY_ROLE)
        return entry if isinstance(entry, OutboxEntry) else None

    def select_message(self, message_id: int) -> bool:
        for number, entry in enumerate(self.model.rows):
            if entry.id == message_id:
                self.table.setCurrentIndex(self.model.index(number, 0))
                self.table.selectRow(number)
                return True
        return False

    def _enable(self) -> None:
        entry = self.current()
        self.retry.setEnabled(entry is not None and entry.state is MessageState.FAILED)
        self.cancel.setEnabled(
            entry is not None and entry.state in (MessageState.QUEUED, MessageState.FAILED)
        )
        self.send_now.setEnabled(self._jobs is not None and not self._jobs.running(MESSAGES_JOB))
        self.templates.setVisible(self._services.may(Permission.SETTINGS))

    # --- acting --------------------------------------------------------------------------------------

    def send(self) -> bool:
        if self._jobs is None or not self._jobs.run_now(MESSAGES_JOB):
            return False
        self.status.setText("Sending what is due…")
        self._enable()
        return True

    def _job_finished(self, key: str, report: object) -> None:
        if key != MESSAGES_JOB:
            return
        sent = getattr(report, "sent", None)
        if sent is not None:
            problems = " ".join(getattr(report, "problems", []))
            failed, waiting = getattr(report, "failed", 0), getattr(report, "waiting", 0)
            said = f"Sent {sent}, failed {failed}, waiting {waiting}."
            self.status.setText(f"{said} {problems}" if problems else said)
        self._enable()
        if self.isVisible():
            self.refresh()

    def _job_failed(self, key: str, error: ClinicError) -> None:
        if key == MESSAGES_JOB:
            self.status.setText(f"The messages could not be sent: {error.message}")
            self._enable()

    def retry_selected(self) -> None:
        entry = self.current()
        if entry is not None:
            self._change(
                lambda: self._services.messages.retry(entry.id), "is queued again: it goes at the next send"
            )

    def cancel_selected(self) -> None:
        entry = self.current()
        if entry is not None:
            self._change(lambda: self._services.messages.cancel(entry.id), "is withdrawn")

    def _change(self, work: Any, said: str) -> None:
        def done(entry: OutboxEntry) -> None:
            self.status.setText(f"{entry.template.label} to {entry.patient_name} {said}.")
            self.refresh()

        self._operations.run("outbox/change", work, done, self._failed)

    def open_templates(self) -> QWidget:
        from clinic_desktop.ui.dialogs.message_templates import TemplatesDialog

        dialog = TemplatesDialog(self._services, self._operations, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.templates_opened.emit(dialog)
        return dialog
