"""The injection sites as a table: muscle, side, units and injection points per row; the totals
are computed, never typed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.codes import Side
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.domain.treatment_record import SiteDose, total_points, total_units
from clinic_desktop.domain.treatments import site_units
from clinic_desktop.domain.units import format_units
from clinic_desktop.ui.dialogs.treatment.labels import SIDE_LABELS, side_label
from clinic_desktop.ui.models.patient_list_model import alert_colour
from clinic_desktop.ui.names import name_table
from clinic_desktop.ui.widgets.injection_map import known_muscles

Index = QModelIndex | QPersistentModelIndex
MUSCLE, SIDE, UNITS, POINTS = range(4)


class _SideDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for side in SIDE_LABELS:
            combo.addItem(side_label(side), side.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.UserRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)
            model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class _MuscleDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        completer = QCompleter(known_muscles(), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor


@dataclass
class SitesRead:
    """What the table holds: the sites that read, the table row of each, and the rows that do not."""

    sites: list[SiteDose] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class SitesEditor(QWidget):
    """Muscle, side, units and injection points per row; the totals are computed, never typed."""

    changed = Signal()
    row_selected = Signal(int)  # table row, -1 for none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("InjectionSites", "Muscle or region"),
                QCoreApplication.translate("InjectionSites", "Side"),
                QCoreApplication.translate("InjectionSites", "Units"),
                QCoreApplication.translate("InjectionSites", "Points"),
            ]
        )
        name_table(
            self.table,
            QCoreApplication.translate("InjectionSites", "Injection sites"),
            QCoreApplication.translate(
                "InjectionSites", "A muscle or region a row: its side, units and points"
            ),
        )
        self.table.setItemDelegateForColumn(MUSCLE, _MuscleDelegate(self.table))
        self.table.setItemDelegateForColumn(SIDE, _SideDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        heading = self.table.horizontalHeader()
        heading.setSectionResizeMode(MUSCLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((SIDE, 100), (UNITS, 64), (POINTS, 66)):
            heading.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, width)
        self.table.itemChanged.connect(lambda _item: self._changed())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton(QCoreApplication.translate("InjectionSites", "Add site"))
        self.add_button.setToolTip(
            QCoreApplication.translate("InjectionSites", "Add a row (or click a grey circle on the map)")
        )
        self.add_button.clicked.connect(lambda: self.add_site("", Side.LEFT, None, 1, edit=True))
        self.remove_button = QPushButton(QCoreApplication.translate("InjectionSites", "Remove site"))
        self.remove_button.setToolTip(
            QCoreApplication.translate("InjectionSites", "Remove the selected row (Delete)")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        remove = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)
        self.total = QLabel("")
        self.total.setObjectName("sitesTotal")
        self.total.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {alert_colour().name()};")
        self.problem.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        self._quiet = False
        self.read = SitesRead()
        self._changed()

    def set_sites(self, sites: Sequence[SiteDose]) -> None:
        self._quiet = True
        self.table.setRowCount(0)
        for site in sites:
            self._append(site.muscle, site.side, site.units, site.injection_points)
        self._quiet = False
        self._changed()

    def _append(self, muscle: str, side: Side, units: Decimal | None, points: int) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, MUSCLE, QTableWidgetItem(muscle))
        side_item = QTableWidgetItem(side_label(side))
        side_item.setData(Qt.ItemDataRole.UserRole, side.value)
        self.table.setItem(row, SIDE, side_item)
        units_item = QTableWidgetItem(format_units(units) if units is not None else "")
        units_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, UNITS, units_item)
        points_item = QTableWidgetItem()
        points_item.setData(Qt.ItemDataRole.EditRole, points)
        points_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, POINTS, points_item)
        return row

    def add_site(
        self, muscle: str, side: Side, units: Decimal | None, points: int = 1, edit: bool = False
    ) -> int:
        """A new row; with ``edit`` the first empty cell is opened for typing."""
        self._quiet = True
        row = self._append(muscle, side, units, points)
        self._quiet = False
        self._changed()
        self.select_row(row)
        if edit:
            column = MUSCLE if not muscle else UNITS
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.setCurrentCell(row, column)
            item = self.table.item(row, column)
            if item is not None:
                self.table.editItem(item)
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self._changed()

    def select_row(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.selectRow(row)
            item = self.table.item(row, MUSCLE)
            if item is not None:
                self.table.scrollToItem(item)

    def set_read_only(self, read_only: bool) -> None:
        if read_only:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _read(self) -> SitesRead:
        read = SitesRead()
        for row in range(self.table.rowCount()):
            muscle = self._cell(row, MUSCLE)
            units_text = self._cell(row, UNITS)
            if not muscle and not units_text:
                continue  # a row added and not yet filled in
            side_item = self.table.item(row, SIDE)
            side = Side(side_item.data(Qt.ItemDataRole.UserRole)) if side_item is not None else Side.LEFT
            points_item = self.table.item(row, POINTS)
            points = int(points_item.data(Qt.ItemDataRole.EditRole) or 0) if points_item is not None else 1
            try:
                if not muscle:
                    raise ClinicError(
                        QCoreApplication.translate("InjectionSites", "name the muscle or region")
                    )
                if not units_text:
                    raise ClinicError(
                        QCoreApplication.translate(
                            "InjectionSites", "enter the units given in the {muscle}"
                        ).format(muscle=muscle)
                    )
                units = site_units(units_text, f"{muscle} ({side_label(side).lower()})")
                read.sites.append(SiteDose(muscle, side, units, points))
                read.rows.append(row)
            except ClinicError as exc:
                read.problems.append(
                    QCoreApplication.translate("InjectionSites", "Row {row}: {problem}").format(
                        row=row + 1, problem=exc.message
                    )
                )
        return read

    def _changed(self) -> None:
        if self._quiet:
            return
        self.read = self._read()
        sites = self.read.sites
        points = total_points(sites)
        total = (
            QCoreApplication.translate("InjectionSites", "Total {units} U · 1 injection point")
            if points == 1
            else QCoreApplication.translate("InjectionSites", "Total {units} U · {count} injection points")
        )
        self.total.setText(total.format(units=format_units(total_units(sites)), count=points))
        self.problem.setText(" ".join(self.read.problems))
        self.problem.setVisible(bool(self.read.problems))
        self.changed.emit()

    def _selection_changed(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        self.row_selected.emit(min(rows) if rows else -1)

    def site_index_of_row(self, row: int) -> int | None:
        return self.read.rows.index(row) if row in self.read.rows else None
