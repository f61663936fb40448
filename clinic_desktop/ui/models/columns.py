"""The part every list-of-records table model repeats: rows under fixed column titles."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class ColumnTableModel(QAbstractTableModel):
    """A flat table: ``columns`` are the header titles, ``shown()`` the number of rows.

    The titles are shown as given (already in the window's language), unless ``context`` is set:
    then each is looked up in the catalogues under that context when shown, so a table can declare
    them once as ``QT_TRANSLATE_NOOP(context, "Title")`` (docs/translating.md)."""

    columns: Sequence[str] = ()
    context: str = ""

    def shown(self) -> int:
        raise NotImplementedError

    def holds(self, index: Index) -> bool:
        """Whether ``index`` is a cell of this table (what data() asks first)."""
        return index.isValid() and 0 <= index.row() < self.shown() and 0 <= index.column() < len(self.columns)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.shown()

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            title = self.columns[section]
            return QCoreApplication.translate(self.context, title) if self.context else title
        return None
