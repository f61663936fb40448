"""Find a patient in a keystroke: the whole list, or ranked hits for what is typed.

Built for the reception desk, keyboard first: Ctrl+F lands in the search box, typing searches
(after a short pause, off the GUI thread), Down moves into the list, Enter opens the chart, Up from
the first row goes back to the box, and typing in the list goes on typing in the box.
The list itself is ids plus a lazily filled page cache (``PatientListModel``), so 50,000 patients
open as fast as 300.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.appearance import theme
from clinic_desktop.ui.icons import icon
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.models.patient_list_model import (
    PATIENT_ID_ROLE,
    SORT_KEYS,
    STATUS_FILTERS,
    PatientListModel,
    Row,
)
from clinic_desktop.ui.names import name_clear_button, name_table, set_name
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.slices import Slice, build
from clinic_desktop.ui.widgets.record_table import set_up_record_table

SEARCH_LIMIT = 200
DEBOUNCE_MS = 150
SEARCH_PLACEHOLDER = QT_TRANSLATE_NOOP("PatientsView", "Name, phone, date of birth or MRN")
# How many patients the list shows, by the status filter's choice: (one, more than one).
COUNT_WORDS: dict[str, tuple[str, str]] = {
    "All": (
        QT_TRANSLATE_NOOP("PatientsView", "{count} patient"),
        QT_TRANSLATE_NOOP("PatientsView", "{count} patients"),
    ),
    "Active": (
        QT_TRANSLATE_NOOP("PatientsView", "{count} active patient"),
        QT_TRANSLATE_NOOP("PatientsView", "{count} active patients"),
    ),
    "Inactive": (
        QT_TRANSLATE_NOOP("PatientsView", "{count} inactive patient"),
        QT_TRANSLATE_NOOP("PatientsView", "{count} inactive patients"),
    ),
    "Deceased": (
        QT_TRANSLATE_NOOP("PatientsView", "{count} deceased patient"),
        QT_TRANSLATE_NOOP("PatientsView", "{count} deceased patients"),
    ),
}
COLUMN_WIDTHS = (110, 290, 170, 170, 100)  # the last column (alerts) stretches
SORT_KEY_COLUMNS = {key: column for column, key in SORT_KEYS.items()}


class PatientTable(QTableView):
    """A table that hands typed text to the search box instead of jumping to a matching row
    (which would read every row of a 50,000-row list)."""

    typed = Signal(str)

    def keyboardSearch(self, search: str) -> None:
        self.typed.emit(search)


class PatientsView(QWidget):
    loaded = Signal(int)  # rows shown
    chart_opened = Signal(int)  # patient id
    BUILDS_IN_SLICES = True  # the window builds it a slice per idle turn (ui/main_views.py)
    RELOADS_WHEN_CHANGED = True  # shown again, read again only if the clinic changed (main_views.py)

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        parent: QWidget | None = None,
        slices: list[Slice] | None = None,
    ) -> None:
        """Built whole; or, given ``slices``, its skeleton, the rest left there (ui/slices.py)."""
        super().__init__(parent)
        self._services = services
        self._operations = operations
        self._searched = ""  # the text the rows shown were searched for ("" = the whole list)
        self._open_single = False  # Enter was pressed before the hits came: open a lone hit
        self._selected: int | None = None  # patient to keep selected across reloads
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self._search_now())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        steps = (
            lambda: layout.addLayout(self._build_header()),
            lambda: layout.addWidget(self._build_table(), 1),
            lambda: self._build_footer(layout),
        )
        build(steps, slices)

    def _build_footer(self, layout: QVBoxLayout) -> None:
        self.empty = QLabel("")
        theme(self.empty, "placeholderText")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.hint = QLabel(
            QCoreApplication.translate(
                "PatientsView",
                "Down moves into the list · Enter or double-click opens the chart · "
                "Ctrl+F finds a patient from anywhere",
            )
        )
        theme(self.hint, "placeholderText")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.hint)

    def _build_header(self) -> QHBoxLayout:
        """The title, the search, which patients are shown and how many."""
        self.title = QLabel(QCoreApplication.translate("PatientsView", "Patients"))
        theme(self.title, "viewTitle")
        self.search = QLineEdit()
        self.search.setObjectName("patientSearch")
        self.search.setPlaceholderText(QCoreApplication.translate("PatientsView", SEARCH_PLACEHOLDER))
        self.search.setClearButtonEnabled(True)
        set_name(
            self.search,
            QCoreApplication.translate(
                "PatientsView", "Search patients by name, date of birth, MRN or phone"
            ),
        )
        name_clear_button(self.search, QCoreApplication.translate("PatientsView", "Clear the search"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition).setText(
            QCoreApplication.translate("PatientsView", "Search")
        )
        self.search.setMinimumWidth(380)
        self.search.setToolTip(
            QCoreApplication.translate(
                "PatientsView", "Find a patient (Ctrl+F). Down moves into the list, Enter opens the chart."
            )
        )
        self.search.textChanged.connect(self._text_changed)
        self.search.returnPressed.connect(self._return_pressed)
        self.search.installEventFilter(self)
        self.status_filter = QComboBox()
        for choice in STATUS_FILTERS:
            self.status_filter.addItem(QCoreApplication.translate("PatientList", choice), choice)
        self.status_filter.setToolTip(
            QCoreApplication.translate("PatientsView", "Which patients the list shows")
        )
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        status_label = QLabel(QCoreApplication.translate("PatientsView", "&Show:"))
        status_label.setBuddy(self.status_filter)
        self.count = QLabel("")
        self.count.setObjectName("viewSummary")

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(16)
        header.addWidget(self.search, 1)
        header.addSpacing(12)
        header.addWidget(status_label)
        header.addWidget(self.status_filter)
        header.addSpacing(16)
        header.addWidget(self.count)
        return header

    def _build_table(self) -> PatientTable:
        """The patients, read a page at a time, sorted by name until a heading is clicked."""
        patients = self._services.patients
        self.model = PatientListModel(patients.rows, patients.list_ids, self._operations.run, parent=self)
        self.model.ids_loaded.connect(self._shown)
        self.model.failed.connect(self._failed)
        self.table = PatientTable()
        heading = set_up_record_table(self.table, self.model, "patientTable", fixed_rows=True)
        name_table(
            self.table,
            QCoreApplication.translate("PatientsView", "Patients"),
            QCoreApplication.translate("PatientsView", "Enter opens the chart of the patient highlighted"),
        )
        heading.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        heading.setSortIndicatorClearable(True)
        heading.setSortIndicator(SORT_KEY_COLUMNS["name"], Qt.SortOrder.AscendingOrder)
        heading.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.setSortingEnabled(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._activated)
        self.table.typed.connect(self._typed_in_table)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        return self.table

    # --- public ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list (or the current search) again: records may have changed elsewhere."""
        patients = self._services.patients
        self._operations.run(
            "patients/clinic", lambda: (patients.region, patients.today()), self._clinic_loaded
        )
        if self.search.text().strip():
            self._search_now(fresh=True)
        else:
            self._show_list(fresh=True)

    def reset(self) -> None:
        """Forget what the last person searched for and selected (another user signed in at this
        workstation: what they looked up is not the next one's business) and read the list again."""
        self._debounce.stop()
        self._open_single = False
        self._selected = None
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self.refresh()

    def reset_session(self) -> None:
        """Someone else signed in: the previous person's search and selection do not stay."""
        self.search.clear()
        self.table.setCurrentIndex(QModelIndex())
        self.table.clearSelection()

    def showEvent(self, event: QShowEvent) -> None:
        """Coming to this view means finding someone: the cursor waits in the search box."""
        super().showEvent(event)
        if not self.table.hasFocus():
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def first_focus(self) -> QWidget:
        """Shown, the cursor waits in the search box (ui/keys.first_focus)."""
        return self.search

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def pending_search(self) -> str:
        """Text typed whose hits have not arrived yet ("" when the list shows what was typed)."""
        text = self.search.text().strip()
        return text if text and (self._debounce.isActive() or text != self._searched) else ""

    def selected_patient(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.model.data(index, PATIENT_ID_ROLE)
        return int(value) if value is not None else None

    def open_selected(self) -> None:
        patient = self.selected_patient()
        if patient is not None:
            self.chart_opened.emit(patient)

    # --- loading --------------------------------------------------------------------------------

    def _clinic_loaded(self, result: tuple[str, date]) -> None:
        self.model.set_clinic(*result)

    def _statuses(self) -> list[str] | None:
        return STATUS_FILTERS.get(str(self.status_filter.currentData()))

    def _show_list(self, fresh: bool = False) -> None:
        self._debounce.stop()
        self._searched = ""
        self.count.setText(QCoreApplication.translate("PatientsView", "Loading…"))
        self.model.reload(fresh=fresh)
        heading = self.table.horizontalHeader()
        column = SORT_KEY_COLUMNS[self.model.sort_key]
        order = self._model_order()
        if (heading.sortIndicatorSection(), heading.sortIndicatorOrder()) != (column, order):
            heading.setSortIndicator(column, order)

    def _model_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder

    def _text_changed(self, text: str) -> None:
        if text.strip():
            self._debounce.start()
        else:
            self._open_single = False
            self._show_list()

    def _search_now(self, fresh: bool = False) -> None:
        self._debounce.stop()
        text = self.search.text().strip()
        if not text:
            self._show_list()
            return
        self._searched = text
        patients = self._services.patients
        statuses = self._statuses()

        def work() -> list[Row]:
            hits = patients.search(text, SEARCH_LIMIT)
            return [
                (h.record, h.expired_consent)
                for h in hits
                if statuses is None or h.record.status.value in statuses
            ]

        self.count.setText(QCoreApplication.translate("PatientsView", "Searching…"))
        self.model.load_rows(work, fresh=fresh)

    def _shown(self, rows: int) -> None:
        listing = self.model.listing
        heading = self.table.horizontalHeader()
        if listing:
            one, more = COUNT_WORDS.get(str(self.status_filter.currentData()), COUNT_WORDS["All"])
            words = QCoreApplication.translate("PatientsView", one if rows == 1 else more)
            self.count.setText(words.format(count=f"{rows:,}"))
        else:
            if heading.sortIndicatorSection() != -1:
                heading.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # rank order, no column's
            count = f"{rows}+" if rows >= SEARCH_LIMIT else str(rows)
            self.count.setText(
                QCoreApplication.translate("PatientsView", "{count} found").format(count=count)
                if rows
                else QCoreApplication.translate("PatientsView", "None found")
            )
        self.table.setVisible(rows > 0)
        self.empty.setVisible(rows == 0)
        if rows == 0:
            self.empty.setText(
                QCoreApplication.translate(
                    "PatientsView",
                    "No patient matches “{text}”. Try the family name, a date of birth "
                    "(1980-04-02), the last digits of a phone number, or the MRN.",
                ).format(text=self._searched)
                if not listing
                else QCoreApplication.translate("PatientsView", "No patients to show.")
            )
        self._reselect(listing)
        self.loaded.emit(rows)
        if self._open_single and not listing:
            self._open_single = False
            if rows == 1:
                self.open_selected()
            elif rows:
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reselect(self, listing: bool) -> None:
        """Keep the patient selected before a reload; hits start on the best one."""
        row = self.model.row_of(self._selected) if listing and self._selected is not None else -1
        if row < 0 and self.model.rowCount() and not listing:
            row = 0
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _failed(self, error: ClinicError) -> None:
        self.count.setText(QCoreApplication.translate("PatientsView", "Could not load"))
        self.count.setToolTip(error.message)
        self._operations.failed.emit(error)

    # --- user actions ---------------------------------------------------------------------------

    def _filter_changed(self, _index: int) -> None:
        self.model.set_statuses(self._statuses())
        if self.search.text().strip():
            self._search_now()
        elif not self.model.listing:
            self._show_list()

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column == -1 or column in SORT_KEYS:
            return
        # Phone and alerts are not sort orders the database keeps; put the arrow back.
        heading = self.table.horizontalHeader()
        back, back_order = -1, Qt.SortOrder.AscendingOrder
        if self.model.listing:
            back = SORT_KEY_COLUMNS[self.model.sort_key]
            back_order = self._model_order()
        heading.blockSignals(True)
        heading.setSortIndicator(back, back_order)
        heading.blockSignals(False)

    def _return_pressed(self) -> None:
        if self._debounce.isActive() or self.search.text().strip() != self._searched:
            self._open_single = True
            self._search_now()
        elif self.model.rowCount() == 1 and self._searched:
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.open_selected()
        elif self.model.rowCount():
            self._enter_list()

    def _enter_list(self) -> None:
        if not self.model.rowCount():
            return
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _activated(self, index: QModelIndex) -> None:
        value = self.model.data(index, PATIENT_ID_ROLE)
        if value is not None:
            self.chart_opened.emit(int(value))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            value = self.model.data(current, PATIENT_ID_ROLE)
            self._selected = int(value) if value is not None else None

    def _typed_in_table(self, text: str) -> None:
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search.end(False)
        self.search.insert(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                self._enter_list()
                return True
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected()  # Enter opens on every platform (macOS would not activate)
                return True
            if (
                watched is self.table
                and key == Qt.Key.Key_Up
                and self.table.currentIndex().row() <= 0
                and not event.modifiers()
            ):
                self.focus_search()
                return True
        return super().eventFilter(watched, event)
