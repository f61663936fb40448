"""The recall list's table: its model (one row per patient and indication due, with the slot kept
for them), the name filter, and the view that hands typing on to the search box."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
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


def first_texts(
    rows: Sequence[RecallRow], clinic_time: ClinicTime, today: date, region: str, count: int = FIRST_ROWS
) -> dict[tuple[int, int], str]:
    """The texts of the rows a first screen shows, in the service's order, by (row, column): worked
    out with the data, off the GUI thread, rather than in the table's first paint (a phone number
    formatted, dates and slots worded, for every cell in view: 20-30 ms of the GUI thread in the
    turn the list arrived, issue 22). A list sorted by a column works its first screen out as before."""
    return {
        (number, column): cell_text(row, column, clinic_time, today, region)
        for number, row in enumerate(rows[:count])
        for column in range(len(COLUMNS))
    }


class RecallModel(ColumnTableModel):
    """The recall rows as read (a few thousand at most: the list is due-soon patients only)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(QCoreApplication.translate("RecallsView", title) for title in COLUMNS)
        self.rows: list[RecallRow] = []
        self._texts: dict[tuple[int, int], str] = {}  # each cell's text as first shown, until set_rows
        self.clinic_time = ClinicTime()
        self.today = date(1970, 1, 1)
        self.region = "US"

    def set_rows(
        self,
        rows: list[RecallRow],
        clinic_time: ClinicTime,
        today: date,
        region: str,
        texts: dict[tuple[int, int], str] | None = None,
    ) -> None:
        """The rows, and ``texts``: cells' texts already worked out for them (first_texts)."""
        self.beginResetModel()
        self.rows = list(rows)
        self._texts = dict(texts) if texts else {}
        self.clinic_time, self.today, self.region = clinic_time, today, region
        self.endResetModel()

    def shown(self) -> int:
        return len(self.rows)

    def text(self, row: RecallRow, column: int) -> str:
        return cell_text(row, column, self.clinic_time, self.today, self.region)

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
        if role not in _ANSWERED or not self.holds(index):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            # Worked out once a cell: Qt asks again at every repaint (a selection moving, a hover).
            cell = (index.row(), column)
            text = self._texts.get(cell)
            if text is None:
                text = self._texts[cell] = self.text(row, column)
            return text
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


class RecallFilter(QSortFilterProxyModel):
    """Rows whose patient name holds the typed text (accents and case ignored): Qt's own filter on
    the folded names, so that a reload with no name typed asks Python nothing per row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(FOLDED_ROLE)
        self.setFilterKeyColumn(PATIENT)

    def set_text(self, text: str) -> None:
        self.setFilterFixedString(fold(text.strip()))


class RecallTable(QTableView):
    typed = Signal(str)

    def keyboardSearch(self, search: str) -> None:
        self.typed.emit(search)  # typing in the list goes on typing in the search box
