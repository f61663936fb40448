"""How every list of records in the window looks and behaves: whole rows selected, read-only,
alternating rows without a grid, one line per row, no row numbers, left-aligned headings that a
person can resize with the last column taking the rest, and columns that give way (eliding)
rather than run off the side of a small screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from clinic_desktop.ui.names import name_table
from clinic_desktop.ui.widgets.record_delegate import CellSource, RecordDelegate

Selection = QAbstractItemView.SelectionMode


def set_up_record_table(
    table: QTableView,
    model: QAbstractItemModel,
    name: str,
    selection: Selection = Selection.SingleSelection,
    fixed_rows: bool = False,
    spoken: str = "",
) -> QHeaderView:
    """Give ``table`` its model and the record-list look; returns its column header. ``fixed_rows``:
    every row the same height (long lists scroll without measuring rows). ``spoken``: the table's
    name for a screen reader ("Patients"), its headers named after it. A model that keeps what its
    cells show (``cell()``) has them drawn with one call each (RecordDelegate) and new rows painted
    once (PaintOnce)."""
    table.setObjectName(name)
    name_table(table, spoken)
    table.setModel(model)
    if isinstance(model, CellSource):
        table.setItemDelegate(RecordDelegate(model, table))
        PaintOnce(table, model)
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


class PaintOnce(QObject):
    """New rows (a model reset) are painted once, after Qt has laid the table out for them.

    Left to itself, a QTableView paints new rows, then lays them out in a zero-timer turn (the
    vertical scroll bar appearing narrows the viewport), and the columns that narrowing resizes
    (the last one stretched, a ColumnFitter's fitted) it repaints in a zero-timer turn of their
    own: the whole table painted two or three times. Here the table is laid out at once, and its
    viewport's painting held from the reset until the turn after the last column resized (the
    release's timer restarted then, after the table's own timer for it), then done once."""

    def __init__(self, table: QTableView, model: QAbstractItemModel) -> None:
        super().__init__(table)
        self._table = table
        self._viewport = table.viewport()
        self._holding = False
        self._release = QTimer(self)
        self._release.setSingleShot(True)
        self._release.setInterval(0)
        self._release.timeout.connect(self._paint)
        model.modelAboutToBeReset.connect(self._hold)
        model.modelReset.connect(self._laid_out)
        table.horizontalHeader().sectionResized.connect(self._resized)

    def _hold(self) -> None:
        if not self._holding and self._viewport.updatesEnabled():
            self._holding = True
            self._viewport.setUpdatesEnabled(False)

    def _laid_out(self) -> None:
        if self._holding:
            if self._table.isVisible():
                # now, not in a timer's turn: what it changes (the scroll bar shown, the columns
                # resized) comes in the next turn's posted events, before the release's timer
                self._table.doItemsLayout()
            self._release.start()

    def _resized(self, *_section: int) -> None:
        if self._holding:
            self._release.start()  # again, after the table's timer for the resized column

    def _paint(self) -> None:
        self._holding = False
        self._viewport.setUpdatesEnabled(True)  # and paints it, once


def fitted_widths(
    preferred: Sequence[int], available: int, minimum: int = 48, floors: Sequence[int] = ()
) -> list[int]:
    """Column widths that fit ``available`` pixels: the preferred ones when they fit; otherwise the
    widest columns are cut to one common width (their text elides) and the narrow ones, dates and
    numbers, keep theirs. No column goes below ``minimum``, nor below its own floor (``floors``,
    by position: what must stay whole, a phone number or a proposed time)."""
    if sum(preferred) <= available:
        return list(preferred)
    lowest = [
        max(minimum, min(w, f)) for w, f in zip(preferred, [*floors, *[0] * len(preferred)], strict=False)
    ]

    def widths(cap: int) -> list[int]:
        return [max(low, min(w, cap)) for w, low in zip(preferred, lowest, strict=True)]

    low, high = 0, max(preferred)  # the largest common cap that fits
    while low < high:
        middle = (low + high + 1) // 2
        if sum(widths(middle)) <= available:
            low = middle
        else:
            high = middle - 1
    return widths(low)


class ColumnFitter(QObject):
    """Keeps a table's columns within its width, so none is off to the side at 1366×768: each
    column has a preferred width (set here, or by the person dragging its edge) and, when they
    do not all fit, the widest give way (fitted_widths). The last column takes what is left."""

    def __init__(self, table: QTableView, preferred: Sequence[int] = (), floors: Sequence[int] = ()) -> None:
        super().__init__(table)
        self._floors = list(floors)
        self._table = table
        self._viewport = table.viewport()
        self._preferred = list(preferred)
        self._fitting = False
        self._viewport.installEventFilter(self)  # its width is what the columns share
        table.horizontalHeader().sectionResized.connect(self._resized_by_hand)
        self.fit()

    def set_preferred(self, widths: Sequence[int]) -> None:
        self._preferred = list(widths)
        self.fit()

    def fit(self) -> None:
        table = self._table
        columns = table.horizontalHeader().count()
        if not self._preferred or columns == 0:
            return
        preferred = (self._preferred + [self._preferred[-1]] * columns)[:columns]
        # the stretched last column is never narrower than the header's default section (Qt keeps
        # it so), so it is not cut below it either: the columns before it give way instead
        default = table.horizontalHeader().defaultSectionSize()
        preferred[-1] = max(preferred[-1], default)
        floors = (self._floors + [0] * columns)[:columns]
        floors[-1] = max(floors[-1], default)
        widths = fitted_widths(preferred, max(table.viewport().width(), 1), floors=floors)
        self._fitting = True
        try:
            for column, width in enumerate(widths[:-1]):  # the last one stretches
                table.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def _resized_by_hand(self, column: int, _old: int, new: int) -> None:
        if (
            not self._fitting
            and column < len(self._preferred)
            and column < self._table.horizontalHeader().count() - 1
        ):
            self._preferred[column] = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.fit()
        return super().eventFilter(watched, event)
