"""What every page of the patient's chart builds on: the tab declaration (``ChartTab``), the
page base class (``ChartPage``, which saves off the GUI thread and says when the chart must be read
again), the facts a page needs besides the chart (``ClinicFacts``), and the small pieces the pages
share (text tables, inline messages, value labels).

The chart window (patient_chart.py) and its pages (chart_treatments.py, chart_outcomes.py,
chart_weights.py and the pages in patient_chart.py) import this module; it imports none of them,
so the window can import its pages and no module imports back the one importing it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableView,
    QWidget,
)
from shiboken6 import isValid

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientChart
from clinic_desktop.ui import patient_words
from clinic_desktop.ui.dates import display_date, display_datetime
from clinic_desktop.ui.models.columns import ColumnTableModel
from clinic_desktop.ui.models.patient_list_model import alert_colour, muted_brush
from clinic_desktop.ui.operations import Operations

Index = QModelIndex | QPersistentModelIndex
NOTHING = "—"


@dataclass(frozen=True)
class ClinicFacts:
    """What pages need besides the chart, read off-thread with it: phone region, zone, today."""

    region: str = "US"
    time: ClinicTime = ClinicTime()
    today: date = date(1970, 1, 1)


class ChartPageLike(Protocol):
    def show_chart(self, chart: PatientChart) -> None: ...


@dataclass(frozen=True)
class ChartTab:
    key: str
    title: str
    factory: Callable[[ClinicServices, Operations, PatientChart], QWidget]
    needs: Permission | None = None  # the tab is only built for a role with this permission


# --- small pieces -------------------------------------------------------------------------------


class TextTableModel(ColumnTableModel):
    """A short table of text (a patient's appointments, consents, contacts); alert rows in red,
    muted rows (cancelled, superseded) in the disabled text colour. ``headers`` are shown as given:
    the page translates them."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(headers)
        self._rows: list[list[str]] = []
        self._alerts: set[int] = set()
        self._muted: set[int] = set()

    def set_rows(
        self, rows: Sequence[Sequence[str]], alerts: set[int] | None = None, muted: set[int] | None = None
    ) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self._alerts = set(alerts or ())
        self._muted = set(muted or ())
        self.endResetModel()

    def shown(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.holds(index):
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[row][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if row in self._alerts:
                return QBrush(alert_colour())
            if row in self._muted:
                return muted_brush()
        return None


def text_table(model: TextTableModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    heading = table.horizontalHeader()
    heading.setStretchLastSection(True)
    heading.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    # Columns fitted to the first rows, not to every row of a long record (fit_columns measured
    # each cell of a busy patient's tables on the GUI thread: a quarter of a second). A column's
    # width reads the rows, so the rows' header says how many (QTableView::sizeHintForColumn).
    table.verticalHeader().setResizeContentsPrecision(64)
    return table


FIT_ROWS = 64  # the rows a column's width is measured on (text_table's rows' header says as much)


def fit_columns(table: QTableView) -> None:
    """Short tables: size columns to what they hold (the last one stretches): each as wide as its
    heading or the widest text of its first rows, measured here with the table's font. Qt's
    resizeColumnsToContents asked the model seven questions a cell through the item delegate and
    laid each text out: 30-50 ms on the GUI thread for a busy patient's treatments (issue 22)."""
    model = table.model()
    metrics = QFontMetrics(table.font())
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1) + 1
    heading = table.horizontalHeader()
    rows = min(model.rowCount(), FIT_ROWS)
    last = model.columnCount() - 1
    for column in range(last + 1):
        texts = (model.data(model.index(row, column)) for row in range(rows))
        widest = max((metrics.horizontalAdvance(text) for text in texts if isinstance(text, str)), default=0)
        width = max(widest + margin, heading.sectionSizeHint(column))
        table.setColumnWidth(column, width if column == last else max(width + 16, 90))


def value_label(selectable: bool = True) -> QLabel:
    label = QLabel(NOTHING)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def or_nothing(text: str) -> str:
    return text.strip() or NOTHING


def local_text(clinic_time: ClinicTime, instant: datetime, with_time: bool = True) -> str:
    """An instant in the clinic's wall-clock time, in its date format and clock."""
    aware = instant if instant.tzinfo is not None else instant.replace(tzinfo=UTC)
    local = clinic_time.to_local(aware)
    return display_datetime(local, long=False) if with_time else display_date(local.date())


def method_label(value: str) -> str:
    """'sms' -> 'SMS', 'phone' -> 'Phone', in the window's language (ui/patient_words.py)."""
    return patient_words.method_label(value)


class ChartPage(QWidget):
    """A chart tab. ``facts`` is set by the window before each ``show_chart``."""

    changed = Signal()  # something was written: read the chart again

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.operations = operations
        self.facts = ClinicFacts()
        self.patient_id: int | None = None

    def show_chart(self, chart: PatientChart) -> None:
        self.patient_id = chart.record.id

    def write(
        self,
        key: str,
        work: Callable[[], object],
        save_button: QPushButton,
        message: InlineMessage,
        confirmation: str,
        after: Callable[[], None],
    ) -> None:
        """Save off the GUI thread; confirm and tell the window to re-read the chart, or show why not.
        A page closed meanwhile stays quiet: the write itself went through."""
        save_button.setEnabled(False)

        def done(_result: object) -> None:
            if not isValid(self):
                return
            save_button.setEnabled(True)
            after()
            message.confirm(confirmation)
            self.changed.emit()

        def refused(error: ClinicError) -> None:
            if not isValid(self):
                return
            save_button.setEnabled(True)
            message.refuse(error.message)

        self.operations.run(key, work, done, refused)


class InlineMessage(QLabel):
    """A refusal in red, or a quiet confirmation, under a form."""

    def __init__(self) -> None:
        super().__init__("")
        self.setWordWrap(True)
        self.hide()

    def refuse(self, message: str) -> None:
        self.setStyleSheet(f"color: {alert_colour().name()}; font-weight: bold;")
        self.setText(message)
        self.show()

    def confirm(self, message: str) -> None:
        self.setStyleSheet("color: palette(placeholder-text);")
        self.setText(message)
        self.show()
