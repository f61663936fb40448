"""How every list of records in the window looks and behaves: whole rows selected, read-only,
alternating rows without a grid, one line per row, no row numbers, left-aligned headings that a
person can resize with the last column taking the rest."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Selection = QAbstractItemView.SelectionMode


def set_up_record_table(
    table: QTableView,
    model: QAbstractItemModel,
    name: str,
    selection: Selection = Selection.SingleSelection,
    fixed_rows: bool = False,
) -> QHeaderView:
    """Give ``table`` its model and the record-list look; returns its column header. ``fixed_rows``:
    every row the same height (long lists scroll without measuring rows)."""
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    if fixed_rows:
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    heading = table.horizontalHeader()
    heading.setStretchLastSection(True)
    heading.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    heading.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return heading
