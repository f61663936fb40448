"""The recall list's table: its model (one row per patient and indication due, with the slot kept
for them, filtered by name and sorted by a heading), and the view that hands typing on to the
search box."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QTableView

from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.patients import fold
from clinic_desktop.domain.words import shown
from clinic_desktop.services.followups import RecallRow
from clinic_desktop.services.phones import display_phone
from clinic_desktop.ui.dates import display_medium_date
from clinic_desktop.ui.dialogs.proposals import day_text, slot_text, window_text
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.models.cells import Cell, Look
from clinic_desktop.ui.models.columns import ColumnTableModel
from clinic_desktop.ui.models.patient_list_model import alert_colour
from clinic_desktop.ui.views.patient_chart import method_label

Index = QModelIndex | QPersistentModelIndex
NOTHING = "—"
# The brief's order, but the phone before the contact preference: it is what reception dials.
COLUMNS = (
    QT_TRANSLATE_NOOP("RecallsView", "Patient"), QT_TRANSLATE_NOOP("RecallsView", "Indication"),
    QT_TRANSLATE_NOOP("RecallsView", "Last treated"), QT_TRANSLATE_NOOP("RecallsView", "Due"),
    QT_TRANSLATE_NOOP("RecallsView", "Overdue"), QT_TRANSLATE_NOOP("RecallsView", "Proposed slot"),
    QT_TRANSLATE_NOOP("RecallsView", "Phone"), QT_TRANSLATE_NOOP("RecallsView", "Contact by"),
    QT_TRANSLATE_NOOP("RecallsView", "Last contact attempt"),
)  # fmt: skip
PATIENT, INDICATION, LAST, DUE, OVERDUE, PROPOSED, PHONE, CONTACT, ATTEMPT = range(len(COLUMNS))
# Preferred widths; on a narrower screen the widest give way (their text elides), down to a floor
# that keeps the dates, the proposed time and the phone number whole. The last column stretches.
COLUMN_WIDTHS = (165, 165, 115, 135, 85, 300, 130, 105, 170)
COLUMN_FLOORS = (150, 0, 110, 135, 85, 210, 125, 0, 0)
CAUTION_MARK = "⚠ "
FIRST_ROWS = 64  # the rows a first screen shows (a tall screen's); their texts come with the data
ROW_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 2  # the patient's name, accents and case folded (the filter)
Cells = tuple[Cell, ...]  # what each column of a row shows (row_cells)
_ANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        ROW_ROLE,
        SORT_ROLE,
        FOLDED_ROLE,
    )
)  # data() answers these; the others Qt asks for at every cell it draws get None at once


# A row's status as the tooltip says it (services/followups.py RecallRow.status).
RECALL_STATUSES = {
    "overdue": QT_TRANSLATE_NOOP("RecallsView", "overdue"),
    "due": QT_TRANSLATE_NOOP("RecallsView", "due"),
    "upcoming": QT_TRANSLATE_NOOP("RecallsView", "upcoming"),
}


def days_text(days: int) -> str:
    """'1 day', '12 days'."""
    if days == 1:
        return QCoreApplication.translate("RecallsView", "1 day")
    return QCoreApplication.translate("RecallsView", "{days} days").format(days=days)


def cell_text(row: RecallRow, column: int, clinic_time: ClinicTime, today: date, region: str) -> str:
    """A cell's text as shown (pure: the worker that reads the list works out the first screen's)."""
    if column == PATIENT:
        return f"{CAUTION_MARK}{row.patient_name}" if row.caution else row.patient_name
    if column == INDICATION:
        return shown(row.indication.label)
    if column == LAST:
        return day_text(row.last_treatment, today)
    if column == DUE:
        return window_text(row.due_from, row.due_by, today)
    if column == OVERDUE:
        if row.days_overdue > 0:
            return days_text(row.days_overdue)
        ahead = (row.due_from - today).days
        if ahead <= 0:
            return QCoreApplication.translate("RecallsView", "Due now")
        if ahead == 1:
            return QCoreApplication.translate("RecallsView", "Due in 1 day")
        return QCoreApplication.translate("RecallsView", "Due in {days} days").format(days=ahead)
    if column == PROPOSED:
        return slot_text(clinic_time, row.proposed) if row.proposed else NOTHING
    if column == CONTACT:
        return method_label(row.preferred_contact) if row.preferred_contact else NOTHING
    if column == PHONE:
        return display_phone(row.phone, region) or NOTHING
    return shown(row.last_attempt) if row.last_attempt else NOTHING


def row_cells(row: RecallRow, clinic_time: ClinicTime, today: date, region: str) -> Cells:
    """What each column of a row shows, and how: the patient to treat with caution (⚠) and the
    days overdue are bold red."""
    return tuple(
        (
            cell_text(row, column, clinic_time, today, region),
            Look.ALERT
            if (column == OVERDUE and row.days_overdue > 0) or (column == PATIENT and row.caution)
            else Look.PLAIN,
        )
        for column in range(len(COLUMNS))
    )


def first_cells(
    rows: Sequence[RecallRow], clinic_time: ClinicTime, today: date, region: str, count: int = FIRST_ROWS
) -> list[Cells]:
    """The cells of the rows a first screen shows, in the service's order: worked out with the
    data, off the GUI thread, rather than in the table's first paint (a phone number formatted,
    dates and slots worded, for every cell in view: 20-30 ms of the GUI thread in the turn the list
    arrived, issue 22). A list sorted by a column works its first screen out as before, in its
    first paint."""
    return [row_cells(row, clinic_time, today, region) for row in rows[:count]]


class RecallModel(ColumnTableModel):
    """The recall rows as read (a few thousand at most: the list is due-soon patients only), those
    whose patient's name holds the typed text (accents and case ignored), in the order of the
    heading clicked (the service's, most overdue first, when none is).

    It filters and sorts them itself, rather than through a QSortFilterProxyModel: a proxy
    between the table and the model doubled the calls into Python at every cell painted (each
    mapped to the model through its index(), rowCount() and columnCount()), and sorted by asking
    data() for two keys at every comparison. Each row's cells (row_cells) are worked out once,
    with the data for the first screen (first_cells) and at the row's first paint for the others,
    and the table's delegate (ui/widgets/record_delegate.py) reads them with cell()."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(QCoreApplication.translate("RecallsView", title) for title in COLUMNS)
        self.rows: list[RecallRow] = []  # every row read, in the service's order
        self._cells: list[Cells | None] = []  # each row's cells once worked out, by place in rows
        self._shown: list[int] = []  # the places in rows of the rows shown, in the table's order
        self._folded: list[str] | None = None  # each row's folded name, once a name is typed
        self._typed = ""  # the name typed, folded
        self._sort_column = -1  # -1: the service's order
        self._descending = False
        self.clinic_time = ClinicTime()
        self.today = date(1970, 1, 1)
        self.region = "US"

    def set_rows(
        self,
        rows: list[RecallRow],
        clinic_time: ClinicTime,
        today: date,
        region: str,
        cells: Sequence[Cells] = (),
    ) -> None:
        """The rows, and ``cells``: the first rows' cells already worked out (first_cells)."""
        self.beginResetModel()
        self.rows = list(rows)
        self._cells = [*cells[: len(self.rows)], *[None] * (len(self.rows) - len(cells))]
        self._folded = None
        self.clinic_time, self.today, self.region = clinic_time, today, region
        self._shown = self._arranged()
        self.endResetModel()

    def shown(self) -> int:
        return len(self._shown)

    def shown_rows(self) -> list[RecallRow]:
        """The rows shown, in the table's order."""
        rows = self.rows
        return [rows[place] for place in self._shown]

    def row_at(self, number: int) -> RecallRow | None:
        """The row shown at ``number``, if there is one."""
        return self.rows[self._shown[number]] if 0 <= number < len(self._shown) else None

    def text(self, row: RecallRow, column: int) -> str:
        return cell_text(row, column, self.clinic_time, self.today, self.region)

    def cell(self, row: int, column: int) -> Cell:
        """What a cell shows (the delegate's one question per cell painted)."""
        if not 0 <= row < len(self._shown):
            return None, Look.PLAIN
        place = self._shown[row]
        cells = self._cells[place]
        if cells is None:
            cells = self._cells[place] = row_cells(
                self.rows[place], self.clinic_time, self.today, self.region
            )
        return cells[column]

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

    # --- filtered and sorted --------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        """Show only the rows whose patient's name holds ``text`` (accents and case ignored; text,
        not a pattern); the rows still shown stay selected."""
        typed = fold(text.strip())
        if typed != self._typed:
            self._typed = typed
            self._rearrange()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The table's heading clicked (-1: no column, the service's order); the selection stays
        on the same rows. Rows with equal keys keep the service's order, either way up."""
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) != (self._sort_column, self._descending):
            self._sort_column, self._descending = column, descending
            self._rearrange()

    def _arranged(self) -> list[int]:
        """The places of the rows to show, in their order."""
        places: list[int] = list(range(len(self.rows)))
        if self._typed:
            if self._folded is None:
                self._folded = [fold(row.patient_name) for row in self.rows]
            folded, typed = self._folded, self._typed
            places = [place for place in places if typed in folded[place]]
        column = self._sort_column
        if 0 <= column < len(COLUMNS):
            rows = self.rows
            keys = {place: self.sort_key(rows[place], column) for place in places}
            places.sort(key=keys.__getitem__, reverse=self._descending)
        return places

    def _rearrange(self) -> None:
        """The rows shown again, the persistent indexes (the selection, the current row) moved
        with their rows, or dropped with them when filtered out."""
        self.layoutAboutToBeChanged.emit()
        before = self._shown
        self._shown = self._arranged()
        number = {place: at for at, place in enumerate(self._shown)}
        for persistent in self.persistentIndexList():
            at = number.get(before[persistent.row()], -1) if 0 <= persistent.row() < len(before) else -1
            self.changePersistentIndex(
                persistent, self.index(at, persistent.column()) if at >= 0 else QModelIndex()
            )
        self.layoutChanged.emit()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not self.holds(index):
            return None
        place, column = self._shown[index.row()], index.column()
        row = self.rows[place]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(index.row(), column)[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == FOLDED_ROLE:
            return fold(row.patient_name)
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
            review = QCoreApplication.translate(
                "RecallsView", "Ctrl+Shift+R books a review instead of the treatment"
            )
            return f"{shown(row.caution)}\n{review}"
        if column == PROPOSED:
            if row.proposed is None:
                return QCoreApplication.translate(
                    "RecallsView",
                    "No slot kept for this patient yet: Enter or Ctrl+Enter finds free slots now",
                )
            reasons = "\n".join(f"• {shown(r)}" for r in row.proposed.reasons)
            books = QCoreApplication.translate("RecallsView", "Enter books it")
            return f"{slot_text(self.clinic_time, row.proposed)}\n{reasons}\n{books}"
        if column == DUE:
            return QCoreApplication.translate("RecallsView", "Due {from_day} to {by_day} ({status})").format(
                from_day=display_medium_date(row.due_from),
                by_day=display_medium_date(row.due_by),
                status=QCoreApplication.translate("RecallsView", RECALL_STATUSES.get(row.status, row.status)),
            )
        return self.text(row, column)


class RecallTable(QTableView):
    typed = Signal(str)

    def keyboardSearch(self, search: str) -> None:
        self.typed.emit(search)  # typing in the list goes on typing in the search box
