"""The recall list: who is due (or overdue) for re-treatment and has no booking, worked from the
keyboard while on the phone.

Each row carries the slot the background refresh keeps for the patient; Enter books it, Ctrl+Enter
offers the five best slots with their reasons. A patient who should not simply be rebooked (a lapsed
consent, NICE's stopping advice: RecallRow.caution, worded by the service for the reader) is marked
⚠; Enter on that row first says why and offers a review instead (Ctrl+Shift+R), and only a second
Enter books the treatment anyway. A call that reaches nobody is logged (Ctrl+L), a
patient who asks to wait is snoozed (Ctrl+D), and the list can be exported as CSV or printed as
recall letters. Everything that reads or writes the database runs through ``Operations`` (the list
is one query, but proposals and the refresh read the calendar) and the list reloads after each
write, so what is shown is what the database says.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QBrush, QFont, QKeyEvent, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpacerItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.entities import Provider
from clinic_desktop.domain.errors import ClinicError, OverrideRequiredError
from clinic_desktop.domain.patients import fold
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingResult
from clinic_desktop.services.followups import (
    LAPSED_AFTER_DAYS,
    MARK_KINDS,
    Proposal,
    ProposalTakenError,
    RecallRow,
)
from clinic_desktop.services.phones import display_phone
from clinic_desktop.ui.dialogs.override import ask_override_reason
from clinic_desktop.ui.dialogs.proposals import (
    ContactDialog,
    ProposalsDialog,
    SnoozeDialog,
    day_text,
    indication_words,
    slot_text,
    window_text,
    workstation_user,
)
from clinic_desktop.ui.icons import icon
from clinic_desktop.ui.jobs import JobRunner
from clinic_desktop.ui.models.columns import ColumnTableModel
from clinic_desktop.ui.models.patient_list_model import alert_colour
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.views.patient_chart import method_label
from clinic_desktop.ui.widgets.flow_layout import FlowLayout
from clinic_desktop.ui.widgets.provider_filter import ALL, fill_provider_filter
from clinic_desktop.ui.widgets.record_table import ColumnFitter, Selection, set_up_record_table

Index = QModelIndex | QPersistentModelIndex
NOTHING = "—"
REFRESH_KEY = "followups-refresh"
# The brief's order, but the phone before the contact preference: it is what reception dials.
COLUMNS = (
    "Patient", "Indication", "Last treated", "Due", "Overdue", "Proposed slot", "Phone", "Contact by",
    "Last contact attempt",
)  # fmt: skip
PATIENT, INDICATION, LAST, DUE, OVERDUE, PROPOSED, PHONE, CONTACT, ATTEMPT = range(len(COLUMNS))
# Preferred widths; on a narrower screen the widest give way (their text elides), down to a floor
# that keeps the dates, the proposed time and the phone number whole. The last column stretches.
COLUMN_WIDTHS = (165, 165, 115, 135, 85, 300, 130, 105, 170)
COLUMN_FLOORS = (150, 0, 110, 135, 85, 210, 125, 0, 0)
CAUTION_MARK = "⚠ "
ROW_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


# --- the table ------------------------------------------------------------------------------------


class RecallModel(ColumnTableModel):
    """The recall rows as read (a few thousand at most: the list is due-soon patients only)."""

    columns = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RecallRow] = []
        self.clinic_time = ClinicTime()
        self.today = date(1970, 1, 1)
        self.region = "US"

    def set_rows(self, rows: list[RecallRow], clinic_time: ClinicTime, today: date, region: str) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.clinic_time, self.today, self.region = clinic_time, today, region
        self.endResetModel()

    def shown(self) -> int:
        return len(self.rows)

    def text(self, row: RecallRow, column: int) -> str:
        if column == PATIENT:
            return f"{CAUTION_MARK}{row.patient_name}" if row.caution else row.patient_name
        if column == INDICATION:
            return row.indication.label
        if column == LAST:
            return day_text(row.last_treatment, self.today)
        if column == DUE:
            return window_text(row.due_from, row.due_by, self.today)
        if column == OVERDUE:
            if row.days_overdue > 0:
                return f"{row.days_overdue} day{'s' if row.days_overdue != 1 else ''}"
            ahead = (row.due_from - self.today).days
            return "Due now" if ahead <= 0 else f"Due in {ahead} day{'s' if ahead != 1 else ''}"
        if column == PROPOSED:
            return slot_text(self.clinic_time, row.proposed) if row.proposed else NOTHING
        if column == CONTACT:
            return method_label(row.preferred_contact) if row.preferred_contact else NOTHING
        if column == PHONE:
            return display_phone(row.phone, self.region) or NOTHING
        return row.last_attempt or NOTHING

    def sort_key(self, row: RecallRow, column: int) -> Any:
        if column == PATIENT:
            return fold(row.patient_name)
        if column in (LAST, DUE):
            return (row.last_treatment if column == LAST else row.due_from).toordinal()
        if column == OVERDUE:
            return row.days_overdue if row.days_overdue > 0 else -max(0, (row.due_from - self.today).days)
        if column == PROPOSED:
            return row.proposed.start.timestamp() if row.proposed else float("inf")
        return fold(self.text(row, column))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.holds(index):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if (column == OVERDUE and row.days_overdue > 0) or (column == PATIENT and row.caution):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(alert_colour())
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def _tip(self, row: RecallRow, column: int) -> str:
        if column == PATIENT and row.caution:
            return f"{row.caution}\nCtrl+Shift+R books a review instead of the treatment"
        if column == PROPOSED:
            if row.proposed is None:
                return "No slot kept for this patient yet: Enter or Ctrl+Enter finds free slots now"
            reasons = "\n".join(f"• {r}" for r in row.proposed.reasons)
            return f"{slot_text(self.clinic_time, row.proposed)}\n{reasons}\nEnter books it"
        if column == DUE:
            return f"Due {row.due_from:%d %b %Y} to {row.due_by:%d %b %Y} ({row.status})"
        return self.text(row, column)


class RecallFilter(QSortFilterProxyModel):
    """Rows whose patient name holds the typed text (accents and case ignored)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = fold(text.strip())
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._text:
            return True
        model = self.sourceModel()
        row = model.data(model.index(source_row, PATIENT, source_parent), ROW_ROLE)
        return isinstance(row, RecallRow) and self._text in fold(row.patient_name)


# --- letters --------------------------------------------------------------------------------------


def letter_html(
    row: RecallRow, clinic_name: str, today: date, clinic_time: ClinicTime, address: str = ""
) -> str:
    what = escape(indication_words(row.indication))
    name = escape(row.patient_name)
    clinic = escape(clinic_name)
    address_lines = "<br>".join(escape(line.strip()) for line in address.replace(",", "\n").splitlines())
    tense = "was" if row.due_from < today else "is"
    parts = [
        f"<p align='right'><b>{clinic}</b><br>{today:%d %B %Y}</p>",
        f"<p>{name}<br>{address_lines}</p>" if address_lines else "",
        f"<p style='margin-top: 24px'>Dear {name},</p>",
        f"<p>It is time to book your next {what} treatment. Your last one was on "
        f"{row.last_treatment:%d %B %Y}, and the next {tense} due from {row.due_from:%d %B %Y}: "
        "the effect of each treatment fades after a few months, so booking on time helps keep "
        "the pain from coming back.</p>",
    ]
    if row.proposed is not None:
        local = clinic_time.to_local(row.proposed.start)
        slot = f"{local:%A} {local.day} {local:%B %Y} at {local:%H:%M}"
        parts.append(
            f"<p>We have proposed <b>{escape(slot)} with {escape(row.proposed.provider_name)}</b>. "
            "Please call us to confirm it, or to choose another time: the time is only held for you "
            "once you have confirmed it.</p>"
        )
    else:
        parts.append("<p>Please call us to book a time that suits you.</p>")
    parts.append(
        "<p>If you have already booked, or have decided not to continue the treatment, please let "
        "us know so that we do not write again.</p>"
        f"<p style='margin-top: 24px'>Kind regards,<br><br>{clinic}</p>"
    )
    return "".join(parts)


def letters_document(
    rows: list[RecallRow],
    clinic_name: str = "",
    today: date | None = None,
    clinic_time: ClinicTime | None = None,
    addresses: dict[int, str] | None = None,
) -> QTextDocument:
    """One recall letter per row, each on its own page, ready to print."""
    day = today or date.today()
    zone = clinic_time or ClinicTime()
    found = addresses or {}
    pages = []
    for number, row in enumerate(rows):
        brk = " style='page-break-after: always'" if number < len(rows) - 1 else ""
        letter = letter_html(row, clinic_name, day, zone, found.get(row.patient_id, ""))
        pages.append(f"<div{brk}>{letter}</div>")
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(11)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(f"<html><body>{''.join(pages)}</body></html>")
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, "Recall letters")
    return document


# --- the view -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Loaded:
    rows: list[RecallRow]
    providers: list[Provider]
    clinic_time: ClinicTime
    today: date
    region: str


class RecallTable(QTableView):
    typed = Signal(str)

    def keyboardSearch(self, search: str) -> None:
        self.typed.emit(search)  # typing in the list goes on typing in the search box


class RecallsView(QWidget):
    loaded = Signal(int)  # rows shown (after the name filter)
    chart_requested = Signal(int)  # patient id
    changed = Signal()  # a booking, a note or a snooze was written
    proposals_refreshed = Signal(int)  # patients given proposals
    proposals_shown = Signal(object)  # the ProposalsDialog opened (for tests)

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        parent: QWidget | None = None,
        jobs: JobRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._operations = operations
        # The refresh is a background job (ui/jobs.py): the window's runner, or one of its own.
        if jobs is None:
            jobs = JobRunner(operations, self)
            add_followups_job(jobs, services)
        self._jobs = jobs
        jobs.progress.connect(self._job_progress)
        jobs.finished.connect(self._job_finished)
        jobs.failed.connect(self._job_failed)
        self._today = date(1970, 1, 1)
        self._clinic_time = ClinicTime()
        self._clinic_name = ""
        self._keep: tuple[int, Indication] | None = None  # the row to keep selected across reloads
        self._warned: tuple[int, Indication] | None = None  # a ⚠ row whose caution Enter has shown
        self.dialog: QDialog | None = None

        self.title = QLabel("Recalls")
        self.title.setObjectName("viewTitle")
        self.summary = QLabel("Loading…")
        self.summary.setObjectName("viewSummary")
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(16)
        header.addWidget(self.summary)
        header.addStretch(1)

        self.search = QLineEdit()
        self.search.setPlaceholderText("Filter by name")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(160)
        self.search.textChanged.connect(self._name_filter)
        self.search.returnPressed.connect(self._enter_list)
        self.provider = QComboBox()
        self.provider.addItem("All providers", ALL)
        self.provider.setToolTip("Patients whose last treatment was with this provider")
        self.provider.setMinimumContentsLength(16)
        self.indication = QComboBox()
        self.indication.addItem("All indications", ALL)
        for indication in Indication:
            self.indication.addItem(indication.label, indication.value)
        self.snoozed = QCheckBox("Include &snoozed")
        self.snoozed.setToolTip("Also show patients snoozed until a later date")
        self.provider.currentIndexChanged.connect(lambda _i: self.refresh())
        self.indication.currentIndexChanged.connect(lambda _i: self.refresh())
        self.snoozed.toggled.connect(lambda _on: self.refresh())
        self.lapsed = QCheckBox("Include &lapsed")
        self.lapsed.setToolTip(
            f"Also show patients overdue by more than {LAPSED_AFTER_DAYS} days "
            "(they need a new consultation rather than a recall)"
        )
        self.lapsed.toggled.connect(lambda _on: self.refresh())
        provider_label = QLabel("&Provider:")
        provider_label.setBuddy(self.provider)
        indication_label = QLabel("&Indication:")
        indication_label.setBuddy(self.indication)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addSpacing(12)
        filters.addWidget(provider_label)
        filters.addWidget(self.provider)
        filters.addSpacing(8)
        filters.addWidget(indication_label)
        filters.addWidget(self.indication)
        filters.addSpacing(8)
        filters.addWidget(self.snoozed)
        filters.addWidget(self.lapsed)

        self.actions_: dict[str, QAction] = {}
        # The buttons wrap onto a second line where the window is narrow (a 1366 px laptop).
        self.toolbar_row = QWidget()
        self.toolbar = FlowLayout(self.toolbar_row, spacing=6)
        self.toolbar.setContentsMargins(0, 0, 0, 0)
        self._action("book", "Book proposal", "Enter", "Book the proposed slot (none kept: show the choices)")
        self._action("propose", "Propose…", "Ctrl+Return", "The five best free slots, with their reasons")
        # Ctrl+Shift+L: Ctrl+L is the window's (Lock now), and one key on two actions fires neither.
        self._action("contact", "Log contact…", "Ctrl+Shift+L", "Called, left a message or declined")
        self._action("snooze", "Snooze…", "Ctrl+D", "Leave the patient off the list until a date")
        self._action(
            "review",
            "Book review instead",
            "Ctrl+Shift+R",
            "Book a review with the provider, not the treatment",
        )
        self._action("chart", "Open chart", "Ctrl+O", "Open the selected patient's chart (double-click)")
        self.toolbar.addItem(QSpacerItem(10, 1))
        self._action("export", "Export CSV…", "Ctrl+E", "Save the rows shown as a spreadsheet (CSV)")
        # Ctrl+Shift+P: Ctrl+P is the window's (the day list), and one key on two actions fires neither.
        self._action("letters", "Print recall letters…", "Ctrl+Shift+P", "One letter per selected patient")
        self.toolbar.addItem(QSpacerItem(10, 1))
        self._action(
            "refresh", "Refresh proposals", "Shift+F5", "Find a slot again for everyone due in 4 weeks"
        )
        self.actions_["book"].setShortcut(QKeySequence())  # Enter is the table's own key (below)
        handlers = {
            "book": self.book_selected,
            "propose": self.propose_selected,
            "contact": self.log_contact,
            "snooze": self.snooze,
            "review": self.book_review_selected,
            "chart": self.open_chart,
            "export": self.export_csv,
            "letters": self.print_letters,
            "refresh": self.refresh_proposals,
        }
        for key, handler in handlers.items():
            self.actions_[key].triggered.connect(lambda _c=False, h=handler: h())

        self.model = RecallModel(self)
        self.proxy = RecallFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = RecallTable()
        heading = set_up_record_table(
            self.table, self.proxy, "recallTable", Selection.ExtendedSelection, fixed_rows=True
        )
        heading.setSortIndicatorClearable(True)
        heading.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's order: most overdue
        self.table.setSortingEnabled(True)
        self.column_fitter = ColumnFitter(self.table, COLUMN_WIDTHS, COLUMN_FLOORS)  # all in view at 1366×768
        self.table.doubleClicked.connect(lambda _index: self.open_chart())
        self.table.typed.connect(self._typed_in_table)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())

        self.empty = QLabel("")
        self.empty.setObjectName("placeholderText")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.status = QLabel("")
        self.status.setObjectName("recallStatus")
        self.status.setWordWrap(True)
        self.hint = QLabel(
            "Enter books the proposed slot · Ctrl+Enter other slots · Ctrl+Shift+L log a call · "
            "Ctrl+D snooze · ⚠ Ctrl+Shift+R books a review instead · Ctrl+O or double-click opens the chart"
        )
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.hint.setWordWrap(True)  # on two lines on a laptop's screen rather than widen the window

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.toolbar_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.hint)
        self._enable()

    def _action(self, key: str, text: str, shortcut: str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setIconText(text)  # keep the "…" that says a dialog follows (buttons drop it otherwise)
        action.setObjectName(f"recalls_{key}")
        keys = QKeySequence(shortcut)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{tip} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")
        self.addAction(action)
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addWidget(button)
        self.actions_[key] = action
        return action

    # --- loading --------------------------------------------------------------------------------

    def _filters(self) -> tuple[int | None, Indication | None, bool, bool]:
        provider = self.provider.currentData()
        indication = self.indication.currentData()
        return (
            int(provider) if provider not in (None, ALL) else None,
            Indication(indication) if indication not in (None, ALL) else None,
            self.snoozed.isChecked(),
            self.lapsed.isChecked(),
        )

    def refresh(self) -> None:
        """Read the list again with the filters chosen (on show, after writes, when data changed)."""
        provider, indication, snoozed, lapsed = self._filters()
        services = self._services

        def work() -> _Loaded:
            rows = services.followups.recalls(
                provider, indication, include_snoozed=snoozed, include_lapsed=lapsed
            )
            patients = services.patients
            providers = services.resources.providers()
            return _Loaded(rows, providers, services.time, patients.today(), patients.region)

        if not self.model.rows:
            self.summary.setText("Loading…")
        self._operations.run("recalls", work, self._show, self._failed)
        self._operations.run("recalls/clinic", lambda: services.clinic.settings().name, self._named)

    def _named(self, name: str) -> None:
        self._clinic_name = name

    def _show(self, loaded: _Loaded) -> None:
        keep = self._keep or self._current_key()
        self._today, self._clinic_time = loaded.today, loaded.clinic_time
        fill_provider_filter(self.provider, loaded.providers)
        self.model.set_rows(loaded.rows, loaded.clinic_time, loaded.today, loaded.region)
        self._keep = None
        self._shown(keep)

    def _shown(self, keep: tuple[int, Indication] | None = None) -> None:
        # Only counted here: without a name filter the rows shown are the model's, in another order
        # (reading thousands back through the proxy blocked the window for a third of a second).
        rows = self.shown_rows() if self.search.text().strip() else list(self.model.rows)
        overdue = sum(1 for r in rows if r.days_overdue > 0)
        due = sum(1 for r in rows if r.status != "upcoming")
        upcoming = len(rows) - due
        text = f"{due} due or overdue, {overdue} overdue"
        if upcoming:
            text += f" · {upcoming} due in the next 4 weeks"
        if self.search.text().strip() and len(rows) != self.model.rowCount():
            text += f" (name filter: {len(rows)} of {self.model.rowCount()})"
        self.summary.setText(text)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if not rows:
            self.empty.setText(
                f"No one matches “{self.search.text().strip()}”."
                if self.search.text().strip() and self.model.rowCount()
                else "No one is due for a follow-up with these filters: every due patient is booked."
            )
        self._select(keep)
        self._enable()
        self.loaded.emit(len(rows))

    def _failed(self, error: ClinicError) -> None:
        self.summary.setText("Could not load the recall list")
        self.status.setText(error.message)
        self._operations.failed.emit(error)

    def shown_rows(self) -> list[RecallRow]:
        """The rows as shown: filtered by name, in the table's order."""
        rows = []
        for number in range(self.proxy.rowCount()):
            row = self.proxy.data(self.proxy.index(number, 0), ROW_ROLE)
            if isinstance(row, RecallRow):
                rows.append(row)
        return rows

    # --- selection ------------------------------------------------------------------------------

    def current_row(self) -> RecallRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.proxy.data(self.proxy.index(index.row(), 0), ROW_ROLE)
        return row if isinstance(row, RecallRow) else None

    def selected_rows(self) -> list[RecallRow]:
        rows = []
        for index in sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row()):
            row = self.proxy.data(index, ROW_ROLE)
            if isinstance(row, RecallRow):
                rows.append(row)
        return rows

    def _current_key(self) -> tuple[int, Indication] | None:
        row = self.current_row()
        return (row.patient_id, row.indication) if row is not None else None

    def select_patient(self, patient_id: int, indication: Indication | None = None) -> bool:
        for number in range(self.proxy.rowCount()):
            row = self.proxy.data(self.proxy.index(number, 0), ROW_ROLE)
            if (
                isinstance(row, RecallRow)
                and row.patient_id == patient_id
                and (indication is None or row.indication is indication)
            ):
                index = self.proxy.index(number, 0)
                self.table.setCurrentIndex(index)
                self.table.selectRow(number)
                self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
                return True
        return False

    def _select(self, keep: tuple[int, Indication] | None) -> None:
        if keep is not None and self.select_patient(*keep):
            return
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
            self.table.selectRow(0)

    def _current_changed(self) -> None:
        self._warned = None
        self._enable()

    def _enable(self) -> None:
        row = self.current_row()
        for key in ("book", "propose", "contact", "snooze", "chart"):
            self.actions_[key].setEnabled(row is not None)
        self.actions_["review"].setEnabled(row is not None and bool(row.caution))
        self.actions_["export"].setEnabled(self.proxy.rowCount() > 0)
        self.actions_["letters"].setEnabled(self.proxy.rowCount() > 0)
        self.actions_["refresh"].setEnabled(not self.refreshing)

    def _name_filter(self, text: str) -> None:
        keep = self._current_key()
        self.proxy.set_text(text)
        self._shown(keep)

    def _enter_list(self) -> None:
        if self.proxy.rowCount():
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _typed_in_table(self, text: str) -> None:
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search.end(False)
        self.search.insert(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.propose_selected()
            else:
                self.book_selected()
            return True
        return super().eventFilter(watched, event)

    # --- booking --------------------------------------------------------------------------------

    def book_selected(self) -> None:
        """Enter: book the kept proposal; a row without one opens the choices instead."""
        row = self.current_row()
        if row is None:
            return
        key = (row.patient_id, row.indication)
        if row.caution and self._warned != key:  # say why first; a second Enter books anyway
            self._warned = key
            self._say(
                f"{row.patient_name}: {row.caution}. Ctrl+Shift+R books a review instead; Enter again "
                "books the treatment anyway.",
                alert=True,
            )
            return
        self._warned = None
        proposal = row.proposed
        if proposal is None:
            self.propose_selected()
            return
        self._book(row, proposal)

    def book_review_selected(self) -> None:
        """Ctrl+Shift+R: the clinic's review with the provider, instead of the treatment due."""
        row = self.current_row()
        if row is None:
            return
        followups = self._services.followups
        by = workstation_user()
        self._say(f"Booking a review for {row.patient_name}…")
        self.actions_["review"].setEnabled(False)
        self._operations.run(
            "recalls/write",
            lambda: followups.book_review(row.patient_id, row.indication, by),
            lambda result: self._review_booked(row, result),
            self._refused,
        )

    def _review_booked(self, row: RecallRow, result: BookingResult) -> None:
        start = self._clinic_time.to_local(result.appointments[0].start)
        self._say(f"Booked a review for {row.patient_name}: {start:%a %d %b %H:%M}.")
        self._written()

    def _book(self, row: RecallRow, proposal: Proposal, reason: str = "") -> None:
        followups = self._services.followups
        by = workstation_user()
        self._say(f"Booking {row.patient_name}: {slot_text(self._clinic_time, proposal)}…")
        self.actions_["book"].setEnabled(False)
        self._operations.run(
            "recalls/write",
            lambda: followups.book(proposal, by, reason),
            lambda _result: self._booked(row, proposal),
            lambda error: self._not_booked(row, proposal, error, reason),
        )

    def _booked(self, row: RecallRow, proposal: Proposal) -> None:
        self._say(f"Booked {row.patient_name}: {slot_text(self._clinic_time, proposal)}.")
        self._written()

    def _not_booked(self, row: RecallRow, proposal: Proposal, error: ClinicError, reason: str) -> None:
        """The slot was taken: the fresh proposals; too early now: ask why it is booked anyway."""
        if isinstance(error, ProposalTakenError):
            self._say(f"{row.patient_name}: {error.message}", alert=True)
            self.open_proposals(row, error.proposals, error.message)
            self.refresh()
            return
        if isinstance(error, OverrideRequiredError) and not reason:
            given = self.ask_override_reason(error)
            if given is not None:
                self._book(row, proposal, given)
                return
        self._refused(error)

    def ask_override_reason(self, error: OverrideRequiredError) -> str | None:
        """Why the proposal is booked anyway (a method, so a test can answer it)."""
        return ask_override_reason(self, error)

    def propose_selected(self) -> ProposalsDialog | None:
        row = self.current_row()
        return self.open_proposals(row) if row is not None else None

    def open_proposals(
        self, row: RecallRow, proposals: list[Proposal] | None = None, message: str = ""
    ) -> ProposalsDialog:
        """The five best slots for the row's patient (or the fresh ones after a taken slot)."""
        dialog = ProposalsDialog(
            self._services, self._operations, row.patient_id, row.indication, proposals, message, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.booked.connect(lambda _result: self._booked_in_dialog(row, dialog))
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        self.proposals_shown.emit(dialog)
        return dialog

    def _booked_in_dialog(self, row: RecallRow, dialog: ProposalsDialog) -> None:
        chosen = dialog.selected()
        slot = f": {slot_text(dialog.clinic_time, chosen)}" if chosen is not None else ""
        self._say(f"Booked {row.patient_name}{slot}.")
        self._written()

    # --- notes and snoozes ----------------------------------------------------------------------

    def log_contact(self, kind: str | None = None, note: str = "") -> ContactDialog | None:
        """Log a recall call; without a kind, ask how it went (the dialog is returned for tests)."""
        row = self.current_row()
        if row is None:
            return None
        if kind is not None:
            self._mark(row, kind, note)
            return None
        dialog = ContactDialog(row.patient_name, indication_words(row.indication), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._mark(row, dialog.kind(), dialog.note_text()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def snooze(self, until: date | None = None, note: str = "") -> SnoozeDialog | None:
        """Snooze the selected recall until a date; without one, ask (default: two weeks on)."""
        row = self.current_row()
        if row is None:
            return None
        if until is not None:
            self._mark(row, "snoozed", note, until)
            return None
        dialog = SnoozeDialog(row.patient_name, self._today, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._mark(row, "snoozed", dialog.note_text(), dialog.until_date()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _mark(self, row: RecallRow, kind: str, note: str, until: date | None = None) -> None:
        followups = self._services.followups
        by = workstation_user()
        self._operations.run(
            "recalls/write",
            lambda: followups.mark(row.patient_id, row.indication, kind, note, by, until),
            lambda _none: self._marked(row, kind, until),
            self._refused,
        )

    def _marked(self, row: RecallRow, kind: str, until: date | None) -> None:
        what = MARK_KINDS.get(kind, kind)
        if until is not None:
            self._say(f"{row.patient_name} snoozed until {day_text(until, self._today)}.")
        else:
            self._say(f"{row.patient_name}: “{what}” logged.")
            self._keep = (row.patient_id, row.indication)
        self._written()

    def _written(self) -> None:
        self.changed.emit()
        self.refresh()

    def _refused(self, error: ClinicError) -> None:
        self._say(error.message, alert=True)
        self._enable()

    def _say(self, text: str, alert: bool = False) -> None:
        self.status.setStyleSheet(f"color: {alert_colour().name()}; font-weight: bold;" if alert else "")
        self.status.setText(text)

    # --- the rest -------------------------------------------------------------------------------

    def open_chart(self) -> None:
        row = self.current_row()
        if row is not None:
            self.chart_requested.emit(row.patient_id)

    def export_csv(self, path: str | None = None) -> None:
        """The rows shown, as CSV (the service writes it; the file dialog asks where)."""
        rows = self.shown_rows()
        if not rows:
            return
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self, "Export recall list", f"recalls-{self._today:%Y-%m-%d}.csv", "CSV files (*.csv)"
            )
            if not path:
                return
            if not path.lower().endswith(".csv"):
                path += ".csv"
        followups = self._services.followups
        target = path
        self._operations.run(
            "recalls/export",
            lambda: followups.export_csv(rows, target),
            lambda count: self._say(f"Exported {count} row{'s' if count != 1 else ''} to {target}."),
            self._refused,
        )

    def letter_rows(self) -> list[RecallRow]:
        """Letters go to the selected patients, or to everyone shown when one row is merely current."""
        selected = self.selected_rows()
        return selected if len(selected) > 1 else self.shown_rows()

    def print_letters(self, rows: list[RecallRow] | None = None) -> None:
        chosen = rows if rows is not None else self.letter_rows()
        if not chosen:
            return
        patients = self._services.patients
        ids = sorted({r.patient_id for r in chosen})
        self._say(f"Preparing {len(chosen)} letter{'s' if len(chosen) != 1 else ''}…")
        self._operations.run(
            "recalls/letters",
            lambda: {pid: patients.get(pid).address for pid in ids},
            lambda addresses: self._print(chosen, addresses),
            self._refused,
        )

    def _print(self, rows: list[RecallRow], addresses: dict[int, str]) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from clinic_desktop.printing.pages import page_layout, private_output

        document = letters_document(rows, self._clinic_name, self._today, self._clinic_time, addresses)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout())
        printer.setDocName(f"recall-letters-{self._today:%Y-%m-%d}")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(f"Print {len(rows)} recall letter{'s' if len(rows) != 1 else ''}")
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                private_output(printer)
            except OSError as exc:
                self._say(f"The letters could not be printed: {exc.strerror or exc}", alert=True)
                return
            document.print_(printer)
            self._say(f"{len(rows)} recall letter{'s' if len(rows) != 1 else ''} sent to the printer.")
        else:
            self._say("")

    # --- the background refresh -----------------------------------------------------------------

    @property
    def refreshing(self) -> bool:
        return self._jobs.running(REFRESH_KEY)

    def refresh_proposals(self) -> bool:
        """Find proposals again for everyone due soon, off the GUI thread, progress shown below the
        list. False when one is already running."""
        if not self._jobs.run_now(REFRESH_KEY):
            return False
        self._say("Refreshing follow-up proposals…")
        self._enable()
        return True

    def stop_refresh(self) -> None:
        """The window is closing or locking: the refresh stops between two patients, writing nothing."""
        self._jobs.cancel(REFRESH_KEY)

    @Slot(str, int, int)
    def _job_progress(self, key: str, done: int, total: int) -> None:
        if key == REFRESH_KEY and self.refreshing:
            self._say(f"Refreshing follow-up proposals… {done} of {total} patients")

    def _job_finished(self, key: str, count: object) -> None:
        if key != REFRESH_KEY:
            return
        self._enable()
        if not isinstance(count, int):
            return  # stopped (the lock, closing): nothing was written
        self._say(f"Follow-up proposals updated ({count} patient{'s' if count != 1 else ''}).")
        self.proposals_refreshed.emit(count)
        self.refresh()

    def _job_failed(self, key: str, error: ClinicError) -> None:
        if key == REFRESH_KEY:
            self._refresh_failed(error)

    def _refresh_failed(self, error: ClinicError) -> None:
        self._say(f"The proposals could not be refreshed: {error.message}", alert=True)
        self._enable()


def add_followups_job(
    jobs: JobRunner,
    services: ClinicServices,
    first_ms: int | None = None,
    every_ms: int | None = None,
    enabled: Callable[[], bool] = lambda: True,
) -> None:
    """The follow-up proposals refresh as a job of ``jobs`` (the window's, with its timers)."""
    jobs.add(
        REFRESH_KEY,
        lambda token, progress: services.followups.refresh(progress=progress, cancel=token),
        first_ms,
        every_ms,
        enabled,
    )
