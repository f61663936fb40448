"""Drawing a long record table's cells with one question to its model per cell.

Qt's own delegate asks the model for seven roles at every cell it draws (font, alignment,
foreground, check state, decoration, text, background), each a call from C++ into Python's
``data()``: most of what a repaint of the patient list or the recall list cost on the GUI thread
(issue 22). A model that keeps what each cell shows (its text, worked out once when the row
arrived, and its look) answers ``cell(row, column)`` instead, and this delegate fills the style
option from that answer exactly as the base class would from the roles: the same pixels, a third
of the calls. The model's ``data()`` still answers every role (screen readers, tooltips, tests).
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from clinic_desktop.ui.models.cells import Cell, Look
from clinic_desktop.ui.models.patient_list_model import alert_colour, muted_brush


@runtime_checkable
class CellSource(Protocol):
    def cell(self, row: int, column: int) -> Cell:
        """What the cell at (row, column) of the table shows: what data() would say of it."""
        ...


HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
TEXT = QPalette.ColorRole.Text
LINE_SEPARATOR = "\u2028"  # what the base's displayText puts for a newline


class RecordDelegate(QStyledItemDelegate):
    """The base delegate, but the cell's text and look come from ``source.cell`` in one call."""

    def __init__(self, source: CellSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cell = source.cell

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        # What QStyledItemDelegate::initStyleOption does with the roles these models answer; the
        # others (alignment, check state, decoration, background) are None in them, which leaves
        # the option as the view made it.
        text, look = self._cell(index.row(), index.column())
        option.index = index  # type: ignore[assignment]  # a QModelIndex: Qt paints from one
        if look == Look.ALERT:
            font = QFont(option.font)
            font.setBold(True)
            option.font = font
            option.fontMetrics = QFontMetrics(font)
            self._foreground(option, QBrush(alert_colour()))
        elif look == Look.MUTED:
            brush = muted_brush()
            if brush is not None:
                self._foreground(option, brush)
        if text is not None:
            option.features |= HAS_DISPLAY
            option.text = text.replace("\n", LINE_SEPARATOR) if "\n" in text else text

    @staticmethod
    def _foreground(option: QStyleOptionViewItem, brush: QBrush) -> None:
        palette = option.palette
        palette.setBrush(TEXT, brush)
        option.palette = palette
