"""The outbox (reception and managers): what is queued, sent, failed or withdrawn, newest first;
a failed message tried again (Retry) or a queued one withdrawn (Cancel message); Send now runs
the window's messages job at once; a manager edits the templates from here.

The list reads through ``Operations`` and reloads when the messages job has run, after each
change made here, and when another workstation changed something (live refresh)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
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
from clinic_desktop.domain.outbox import Channel, MessageState, OutboxEntry
from clinic_desktop.domain.words import shown
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.appearance import theme
from clinic_desktop.ui.dates import display_day, display_time
from clinic_desktop.ui.jobs import JobRunner
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.models.columns import ColumnTableModel
from clinic_desktop.ui.models.patient_list_model import alert_colour
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.widgets.record_table import ColumnFitter, set_up_record_table

Index = QModelIndex | QPersistentModelIndex
MESSAGES_JOB = "messages"
# The column titles have a context of their own: "Sent" is a time here, a state in the filter.
COLUMNS = (
    QT_TRANSLATE_NOOP("OutboxColumns", "Due"), QT_TRANSLATE_NOOP("OutboxColumns", "Patient"),
    QT_TRANSLATE_NOOP("OutboxColumns", "Message"), QT_TRANSLATE_NOOP("OutboxColumns", "By"),
    QT_TRANSLATE_NOOP("OutboxColumns", "State"), QT_TRANSLATE_NOOP("OutboxColumns", "Tries"),
    QT_TRANSLATE_NOOP("OutboxColumns", "Sent"), QT_TRANSLATE_NOOP("OutboxColumns", "Why / what happened"),
)  # fmt: skip
DUE, PATIENT, KIND, CHANNEL, STATE, TRIES, SENT, REASON = range(len(COLUMNS))
COLUMN_WIDTHS = (160, 170, 175, 65, 95, 50, 160, 300)
COLUMN_FLOORS = (160, 140, 160, 60, 90, 45, 160, 0)
ENTRY_ROLE = Qt.ItemDataRole.UserRole
SHOWN = 2000  # the newest; older messages stay in the database and the command line's list
STATES = (
    (QT_TRANSLATE_NOOP("OutboxView", "All messages"), None),
    (QT_TRANSLATE_NOOP("OutboxView", "Queued"), MessageState.QUEUED),
    (QT_TRANSLATE_NOOP("OutboxView", "Sent"), MessageState.SENT),
    (QT_TRANSLATE_NOOP("OutboxView", "Failed"), MessageState.FAILED),
    (QT_TRANSLATE_NOOP("OutboxView", "Withdrawn"), MessageState.WITHDRAWN),
)
# The summary's counts: "6 queued · 0 sent · 0 failed".
COUNTED = (
    (MessageState.QUEUED, QT_TRANSLATE_NOOP("OutboxView", "{count} queued")),
    (MessageState.SENT, QT_TRANSLATE_NOOP("OutboxView", "{count} sent")),
    (MessageState.FAILED, QT_TRANSLATE_NOOP("OutboxView", "{count} failed")),
)


class OutboxModel(ColumnTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(QCoreApplication.translate("OutboxColumns", title) for title in COLUMNS)
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
            kind = shown(entry.template.label)
            if entry.converted_appointment_id:
                return QCoreApplication.translate("OutboxView", "{message} (booked)").format(message=kind)
            return kind
        if column == CHANNEL:
            if entry.channel is Channel.SMS:
                return QCoreApplication.translate("OutboxView", "Text")
            return QCoreApplication.translate("OutboxView", "Email")
        if column == STATE:
            return shown(entry.state.label)
        if column == TRIES:
            return str(entry.attempts)
        if column == SENT:
            return self._when(entry.sent_at)
        if entry.state is MessageState.QUEUED and entry.attempts:
            return QCoreApplication.translate("OutboxView", "Next try {when}: {problem}").format(
                when=self._when(entry.next_attempt_at), problem=shown(entry.last_error)
            )
        if entry.last_error:
            return shown(entry.last_error)
        if entry.state is MessageState.QUEUED:
            return QCoreApplication.translate("OutboxView", "Waiting for its time")
        return ""

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
        self.title = QLabel(QCoreApplication.translate("OutboxView", "Outbox"))
        theme(self.title, "viewTitle")
        self.summary = QLabel(QCoreApplication.translate("OutboxView", "Loading…"))
        self.summary.setObjectName("viewSummary")
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(16)
        header.addWidget(self.summary, 1)

        tools = self._build_tools()

        self.model = OutboxModel(self)
        self.table = QTableView()
        set_up_record_table(
            self.table,
            self.model,
            "outboxTable",
            fixed_rows=True,
            spoken=QCoreApplication.translate("OutboxView", "Messages"),
        )
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

    def _build_tools(self) -> QHBoxLayout:
        """Which messages to show, Send now, Retry, Cancel message, and the manager's Templates…."""
        self.state = QComboBox()
        for text, state in STATES:
            self.state.addItem(QCoreApplication.translate("OutboxView", text), state.value if state else "")
        self.state.currentIndexChanged.connect(lambda _i: self.refresh())
        state_label = QLabel(QCoreApplication.translate("OutboxView", "&Show:"))
        state_label.setBuddy(self.state)
        self.send_now = QPushButton(QCoreApplication.translate("OutboxView", "&Send now"))
        self.send_now.setToolTip(
            QCoreApplication.translate(
                "OutboxView", "Send what is due now (it also goes every few minutes on its own)"
            )
        )
        self.send_now.clicked.connect(self.send)
        self.retry = QPushButton(QCoreApplication.translate("OutboxView", "&Retry"))
        self.retry.setToolTip(
            QCoreApplication.translate(
                "OutboxView", "Send a failed message again, after checking it did not reach the patient"
            )
        )
        self.retry.clicked.connect(self.retry_selected)
        self.cancel = QPushButton(QCoreApplication.translate("OutboxView", "&Cancel message"))
        self.cancel.setToolTip(
            QCoreApplication.translate(
                "OutboxView", "Withdraw a queued or failed message: it will not be sent"
            )
        )
        self.cancel.clicked.connect(self.cancel_selected)
        self.templates = QPushButton(QCoreApplication.translate("OutboxView", "&Templates…"))
        self.templates.setToolTip(
            QCoreApplication.translate("OutboxView", "What each message says, in each language (a manager's)")
        )
        self.templates.clicked.connect(self.open_templates)
        tools = QHBoxLayout()
        tools.addWidget(state_label)
        tools.addWidget(self.state)
        tools.addSpacing(16)
        for button in (self.send_now, self.retry, self.cancel):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.templates)
        return tools

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
            QCoreApplication.translate("OutboxView", words).format(count=counts[s]) for s, words in COUNTED
        ]
        self.summary.setText(
            " · ".join(parts)
            if self.state.currentData() == ""
            else QCoreApplication.translate("OutboxView", "{count} shown").format(count=len(loaded.rows))
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
        self.status.setText(QCoreApplication.translate("OutboxView", "Sending what is due…"))
        self._enable()
        return True

    def _job_finished(self, key: str, report: object) -> None:
        if key != MESSAGES_JOB:
            return
        sent = getattr(report, "sent", None)
        if sent is not None:
            problems = " ".join(shown(problem) for problem in getattr(report, "problems", []))
            failed, waiting = getattr(report, "failed", 0), getattr(report, "waiting", 0)
            said = QCoreApplication.translate(
                "OutboxView", "Sent {sent}, failed {failed}, waiting {waiting}."
            ).format(sent=sent, failed=failed, waiting=waiting)
            self.status.setText(f"{said} {problems}" if problems else said)
        self._enable()
        if self.isVisible():
            self.refresh()

    def _job_failed(self, key: str, error: ClinicError) -> None:
        if key == MESSAGES_JOB:
            self.status.setText(
                QCoreApplication.translate("OutboxView", "The messages could not be sent: {reason}").format(
                    reason=error.message
                )
            )
            self._enable()

    def retry_selected(self) -> None:
        entry = self.current()
        if entry is not None:
            self._change(
                lambda: self._services.messages.retry(entry.id),
                QT_TRANSLATE_NOOP(
                    "OutboxView", "{message} to {patient} is queued again: it goes at the next send."
                ),
            )

    def cancel_selected(self) -> None:
        entry = self.current()
        if entry is not None:
            self._change(
                lambda: self._services.messages.cancel(entry.id),
                QT_TRANSLATE_NOOP("OutboxView", "{message} to {patient} is withdrawn."),
            )

    def _change(self, work: Any, said: str) -> None:
        """Run ``work``; then say ``said`` (declared with QT_TRANSLATE_NOOP) of the message."""

        def done(entry: OutboxEntry) -> None:
            self.status.setText(
                QCoreApplication.translate("OutboxView", said).format(
                    message=shown(entry.template.label), patient=entry.patient_name
                )
            )
            self.refresh()

        self._operations.run("outbox/change", work, done, self._failed)

    def open_templates(self) -> QWidget:
        from clinic_desktop.ui.dialogs.message_templates import TemplatesDialog

        dialog = TemplatesDialog(self._services, self._operations, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.templates_opened.emit(dialog)
        return dialog
