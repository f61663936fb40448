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

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpacerItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.entities import Provider
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.domain.words import shown
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.followups import (
    LAPSED_AFTER_DAYS,
    RecallRow,
)
from clinic_desktop.ui.appearance import theme
from clinic_desktop.ui.icons import icon
from clinic_desktop.ui.jobs import JobRunner
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.names import name_clear_button, name_table, set_name
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.slices import Slice, build
from clinic_desktop.ui.views.recall_actions import REFRESH_KEY, RecallActions
from clinic_desktop.ui.views.recall_table import (
    COLUMN_FLOORS,
    COLUMN_WIDTHS,
    Cells,
    RecallModel,
    RecallTable,
    first_cells,
)
from clinic_desktop.ui.widgets.filter_row import CompactComboBox, labelled, wrapping_row
from clinic_desktop.ui.widgets.flow_layout import FlowLayout
from clinic_desktop.ui.widgets.provider_filter import ALL, fill_provider_filter
from clinic_desktop.ui.widgets.record_table import ColumnFitter, Selection, set_up_record_table

# --- the view -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Loaded:
    rows: list[RecallRow]
    providers: list[Provider]
    clinic_time: ClinicTime
    today: date
    region: str
    cells: list[Cells]  # the first screen's cells, worked out with the data


def read_recalls(
    services: ClinicServices, provider: int | None, indication: Indication | None, snoozed: bool, lapsed: bool
) -> _Loaded:
    """The list as a worker reads it, and the cells of its first screen (first_cells)."""
    rows = services.followups.recalls(provider, indication, include_snoozed=snoozed, include_lapsed=lapsed)
    patients = services.patients
    today, region = patients.today(), patients.region
    cells = first_cells(rows, services.time, today, region)  # not in the first paint, on the GUI thread
    return _Loaded(rows, services.resources.providers(), services.time, today, region, cells)


# The list's commands: key, text, shortcut, tooltip (buttons in this order; a gap after the chart's
# and after the letters').
ACTIONS = (
    ("book", QT_TRANSLATE_NOOP("RecallsView", "Book proposal"), "Enter",
     QT_TRANSLATE_NOOP("RecallsView", "Book the proposed slot (none kept: show the choices)")),
    ("propose", QT_TRANSLATE_NOOP("RecallsView", "Propose…"), "Ctrl+Return",
     QT_TRANSLATE_NOOP("RecallsView", "The five best free slots, with their reasons")),
    # Ctrl+Shift+L: Ctrl+L is the window's (Lock now), and one key on two actions fires neither.
    ("contact", QT_TRANSLATE_NOOP("RecallsView", "Log contact…"), "Ctrl+Shift+L",
     QT_TRANSLATE_NOOP("RecallsView", "Called, left a message or declined")),
    ("snooze", QT_TRANSLATE_NOOP("RecallsView", "Snooze…"), "Ctrl+D",
     QT_TRANSLATE_NOOP("RecallsView", "Leave the patient off the list until a date")),
    ("review", QT_TRANSLATE_NOOP("RecallsView", "Book review instead"), "Ctrl+Shift+R",
     QT_TRANSLATE_NOOP("RecallsView", "Book a review with the provider, not the treatment")),
    ("chart", QT_TRANSLATE_NOOP("RecallsView", "Open chart"), "Ctrl+O",
     QT_TRANSLATE_NOOP("RecallsView", "Open the selected patient's chart (double-click)")),
    ("export", QT_TRANSLATE_NOOP("RecallsView", "Export CSV…"), "Ctrl+E",
     QT_TRANSLATE_NOOP("RecallsView", "Save the rows shown as a spreadsheet (CSV)")),
    # Ctrl+Shift+P: Ctrl+P is the window's (the day list), and one key on two actions fires neither.
    ("letters", QT_TRANSLATE_NOOP("RecallsView", "Print recall letters…"), "Ctrl+Shift+P",
     QT_TRANSLATE_NOOP("RecallsView", "One letter per selected patient")),
    ("refresh", QT_TRANSLATE_NOOP("RecallsView", "Refresh proposals"), "Shift+F5",
     QT_TRANSLATE_NOOP("RecallsView", "Find a slot again for everyone due in 4 weeks")),
)  # fmt: skip


class RecallsView(RecallActions):
    """The list, its filters and its selection; what it does with the rows is RecallActions'
    (and its signals changed, proposals_refreshed and proposals_shown)."""

    loaded = Signal(int)  # rows shown (after the name filter)
    chart_requested = Signal(int)  # patient id
    BUILDS_IN_SLICES = True  # the window builds it a slice per idle turn (ui/main_views.py)
    RELOADS_WHEN_CHANGED = True  # shown again, read again only if the clinic changed (main_views.py)

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        parent: QWidget | None = None,
        jobs: JobRunner | None = None,
        slices: list[Slice] | None = None,
    ) -> None:
        """Built whole; or, given ``slices``, its skeleton, the rest left there (ui/slices.py)."""
        super().__init__(parent)
        self._services = services
        self._operations = operations
        # The refresh is a background job (ui/jobs.py): the window's runner, or one of its own.
        if jobs is None:
            jobs = JobRunner(operations, self)
            add_followups_job(jobs, services)
        self._jobs = jobs
        self._today = date(1970, 1, 1)
        self._clinic_time = ClinicTime()
        self._clinic_name = ""
        self._keep: tuple[int, Indication] | None = None  # the row to keep selected across reloads
        self._warned: tuple[int, Indication] | None = None  # a ⚠ row whose caution Enter has shown
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        steps = (
            lambda: layout.addLayout(self._build_header()),
            lambda: layout.addWidget(self._build_filters()),
            lambda: layout.addWidget(self._build_toolbar()),
            lambda: layout.addWidget(self._build_table(), 1),
            lambda: self._finish(layout),
        )
        build(steps, slices)

    def _finish(self, layout: QVBoxLayout) -> None:
        self._build_footer()
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.hint)
        self._enable()
        # Once there is a list to report to: a refresh may run while the view is being built.
        self._jobs.progress.connect(self._job_progress)
        self._jobs.finished.connect(self._job_finished)
        self._jobs.failed.connect(self._job_failed)

    def _build_header(self) -> QHBoxLayout:
        self.title = QLabel(QCoreApplication.translate("RecallsView", "Recalls"))
        theme(self.title, "viewTitle")
        self.summary = QLabel(QCoreApplication.translate("RecallsView", "Loading…"))
        self.summary.setObjectName("viewSummary")
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(16)
        header.addWidget(self.summary)
        header.addStretch(1)
        return header

    def _build_filters(self) -> QWidget:
        """Name, provider, indication and the two checkboxes, wrapping onto a second line where the
        window is narrow (a 1366 px laptop, Spanish or French words) rather than widen it."""
        self.search = QLineEdit()
        self.search.setPlaceholderText(QCoreApplication.translate("RecallsView", "Filter by name"))
        self.search.setClearButtonEnabled(True)
        set_name(self.search, QCoreApplication.translate("RecallsView", "Filter recalls by patient name"))
        name_clear_button(self.search, QCoreApplication.translate("RecallsView", "Clear the filter"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition).setText(
            QCoreApplication.translate("RecallsView", "Search")
        )
        self.search.setMinimumWidth(240)
        self.search.textChanged.connect(self._name_filter)
        self.search.returnPressed.connect(self._enter_list)
        self.provider = CompactComboBox(16)
        self.provider.addItem(QCoreApplication.translate("RecallsView", "All providers"), ALL)
        self.provider.setToolTip(
            QCoreApplication.translate("RecallsView", "Patients whose last treatment was with this provider")
        )
        self.indication = CompactComboBox(18)
        self.indication.addItem(QCoreApplication.translate("RecallsView", "All indications"), ALL)
        for indication in Indication:
            self.indication.addItem(shown(indication.label), indication.value)
        self.snoozed = QCheckBox(QCoreApplication.translate("RecallsView", "Include &snoozed"))
        self.snoozed.setToolTip(
            QCoreApplication.translate("RecallsView", "Also show patients snoozed until a later date")
        )
        self.provider.currentIndexChanged.connect(lambda _i: self.refresh())
        self.indication.currentIndexChanged.connect(lambda _i: self.refresh())
        self.snoozed.toggled.connect(lambda _on: self.refresh())
        self.lapsed = QCheckBox(QCoreApplication.translate("RecallsView", "Include &lapsed"))
        self.lapsed.setToolTip(
            QCoreApplication.translate(
                "RecallsView",
                "Also show patients overdue by more than {days} days (they need a new consultation rather "
                "than a recall)",
            ).format(days=LAPSED_AFTER_DAYS)
        )
        self.lapsed.toggled.connect(lambda _on: self.refresh())
        provider_label = QLabel(QCoreApplication.translate("RecallsView", "&Provider:"))
        indication_label = QLabel(QCoreApplication.translate("RecallsView", "&Indication:"))
        self.filters_row = wrapping_row(
            (
                self.search,
                labelled(provider_label, self.provider),
                labelled(indication_label, self.indication),
                self.snoozed,
                self.lapsed,
            )
        )
        return self.filters_row

    def _build_toolbar(self) -> QWidget:
        self.actions_: dict[str, QAction] = {}
        # The buttons wrap onto a second line where the window is narrow (a 1366 px laptop).
        self.toolbar_row = QWidget()
        self.toolbar = FlowLayout(self.toolbar_row, spacing=6)
        self.toolbar.setContentsMargins(0, 0, 0, 0)
        for key, text, shortcut, tip in ACTIONS:
            self._action(key, text, shortcut, tip)
            if key in ("chart", "letters"):
                self.toolbar.addItem(QSpacerItem(10, 1))
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
        return self.toolbar_row

    def _build_table(self) -> RecallTable:
        self.model = RecallModel(self)  # filtered by name and sorted by a heading itself
        self.table = RecallTable()
        heading = set_up_record_table(
            self.table, self.model, "recallTable", Selection.ExtendedSelection, fixed_rows=True
        )
        name_table(
            self.table,
            QCoreApplication.translate("RecallsView", "Patients due a recall"),
            QCoreApplication.translate("RecallsView", "Most overdue first; Enter opens the chart"),
        )
        heading.setSortIndicatorClearable(True)
        heading.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's order: most overdue
        self.table.setSortingEnabled(True)
        self.column_fitter = ColumnFitter(self.table, COLUMN_WIDTHS, COLUMN_FLOORS)  # all in view at 1366×768
        self.table.doubleClicked.connect(lambda _index: self.open_chart())
        self.table.typed.connect(self._typed_in_table)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        return self.table

    def _build_footer(self) -> None:
        self.empty = QLabel("")
        theme(self.empty, "placeholderText")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.status = QLabel("")
        self.status.setObjectName("recallStatus")
        self.status.setWordWrap(True)
        self.hint = QLabel(
            QCoreApplication.translate(
                "RecallsView",
                "Enter books the proposed slot · Ctrl+Enter other slots · Ctrl+Shift+L log a call · Ctrl+D "
                "snooze · ⚠ Ctrl+Shift+R books a review instead · Ctrl+O or double-click opens the chart",
            )
        )
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.hint.setWordWrap(True)  # on two lines on a laptop's screen rather than widen the window

    def reset_session(self) -> None:
        """Someone else signed in (the main window asks every view): the filters back to their
        defaults without a reload each, the typed name and the selection gone."""
        filters = (self.provider, self.indication, self.snoozed, self.lapsed)
        for widget in filters:
            widget.blockSignals(True)
        self.search.clear()
        self.provider.setCurrentIndex(0)
        self.indication.setCurrentIndex(0)
        self.snoozed.setChecked(False)
        self.lapsed.setChecked(False)
        for widget in filters:
            widget.blockSignals(False)
        self.table.clearSelection()

    def _action(self, key: str, text: str, shortcut: str, tip: str) -> QAction:
        """A command of the list: ``text`` and ``tip`` as declared (ACTIONS), translated here."""
        text, tip = (
            QCoreApplication.translate("RecallsView", text),
            QCoreApplication.translate("RecallsView", tip),
        )
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
        services, filters = self._services, self._filters()
        if not self.model.rows:
            self.summary.setText(QCoreApplication.translate("RecallsView", "Loading…"))
        self._operations.run("recalls", lambda: read_recalls(services, *filters), self._show, self._failed)
        self._operations.run("recalls/clinic", lambda: services.clinic.settings().name, self._named)

    def _named(self, name: str) -> None:
        self._clinic_name = name

    def _show(self, loaded: _Loaded) -> None:
        keep = self._keep or self._current_key()
        self._today, self._clinic_time = loaded.today, loaded.clinic_time
        fill_provider_filter(self.provider, loaded.providers)
        self.model.set_rows(loaded.rows, loaded.clinic_time, loaded.today, loaded.region, loaded.cells)
        self._keep = None
        self._shown(keep)

    def _shown(self, keep: tuple[int, Indication] | None = None) -> None:
        rows = self.shown_rows()
        total = len(self.model.rows)
        overdue = sum(1 for r in rows if r.days_overdue > 0)
        due = sum(1 for r in rows if r.status != "upcoming")
        upcoming = len(rows) - due
        text = QCoreApplication.translate("RecallsView", "{due} due or overdue, {overdue} overdue").format(
            due=due, overdue=overdue
        )
        if upcoming:
            text += " · " + QCoreApplication.translate(
                "RecallsView", "{count} due in the next 4 weeks"
            ).format(count=upcoming)
        if self.search.text().strip() and len(rows) != total:
            text += " " + QCoreApplication.translate(
                "RecallsView", "(name filter: {shown} of {total})"
            ).format(shown=len(rows), total=total)
        self.summary.setText(text)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if not rows:
            typed = self.search.text().strip()
            self.empty.setText(
                QCoreApplication.translate("RecallsView", "No one matches “{text}”.").format(text=typed)
                if typed and total
                else QCoreApplication.translate(
                    "RecallsView",
                    "No one is due for a follow-up with these filters: every due patient is booked.",
                )
            )
        self._select(keep)
        self._enable()
        self.loaded.emit(len(rows))

    def _failed(self, error: ClinicError) -> None:
        self.summary.setText(QCoreApplication.translate("RecallsView", "Could not load the recall list"))
        self.status.setText(error.message)
        self._operations.failed.emit(error)

    def shown_rows(self) -> list[RecallRow]:
        """The rows as shown: filtered by name, in the table's order."""
        return self.model.shown_rows()

    def open_chart(self) -> None:
        row = self.current_row()
        if row is not None:
            self.chart_requested.emit(row.patient_id)

    # --- selection ------------------------------------------------------------------------------

    def current_row(self) -> RecallRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_rows(self) -> list[RecallRow]:
        rows = []
        for index in sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row()):
            row = self.model.row_at(index.row())
            if row is not None:
                rows.append(row)
        return rows

    def _current_key(self) -> tuple[int, Indication] | None:
        row = self.current_row()
        return (row.patient_id, row.indication) if row is not None else None

    def select_patient(self, patient_id: int, indication: Indication | None = None) -> bool:
        for number, row in enumerate(self.model.shown_rows()):
            if row.patient_id == patient_id and (indication is None or row.indication is indication):
                index = self.model.index(number, 0)
                self.table.setCurrentIndex(index)
                self.table.selectRow(number)
                self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
                return True
        return False

    def _select(self, keep: tuple[int, Indication] | None) -> None:
        if keep is not None and self.select_patient(*keep):
            return
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.selectRow(0)

    def _current_changed(self) -> None:
        self._warned = None
        self._enable()

    def _enable(self) -> None:
        row = self.current_row()
        for key in ("book", "propose", "contact", "snooze", "chart"):
            self.actions_[key].setEnabled(row is not None)
        self.actions_["review"].setEnabled(row is not None and bool(row.caution))
        self.actions_["export"].setEnabled(self.model.rowCount() > 0)
        self.actions_["letters"].setEnabled(self.model.rowCount() > 0)
        self.actions_["refresh"].setEnabled(not self.refreshing)

    def _name_filter(self, text: str) -> None:
        keep = self._current_key()
        self.model.set_text(text)
        self._shown(keep)

    def _enter_list(self) -> None:
        if self.model.rowCount():
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
