"""A day's appointments as a table: time, provider, patient, type, room, status.

A day holds at most a few hundred rows, so the model keeps them; the rows are fetched off the GUI
thread by the view and handed in with ``set_schedule``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.entities import ScheduleEntry

COLUMNS = ("Time", "Provider", "Patient", "Type", "Room", "Status")
Index = QModelIndex | QPersistentModelIndex


class ScheduleModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[ScheduleEntry] = []
        self._time = ClinicTime()

    def set_schedule(self, entries: list[ScheduleEntry], clinic_time: ClinicTime) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._time = clinic_time
        self.endResetModel()

    def entry(self, row: int) -> ScheduleEntry:
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        appointment = entry.appointment
        column = index.column()
        cancelled = appointment.status is AppointmentStatus.CANCELLED
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                start = self._time.to_local(appointment.start)
                end = self._time.to_local(appointment.end)
                return f"{start:%H:%M}–{end:%H:%M}"
            return (
                None,
                entry.provider_name,
                f"{entry.patient_name}  ⚠ consent expired" if entry.expired_consent else entry.patient_name,
                entry.type_name,
                entry.room_name or "",
                appointment.status.label,
            )[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 3:
            return QColor(entry.type_colour)
        if role == Qt.ItemDataRole.ForegroundRole and cancelled:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                return QBrush(app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.FontRole and cancelled:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            extra = (
                f"\nCancelled: {appointment.cancel_reason}" if cancelled and appointment.cancel_reason else ""
            )
            return f"{entry.patient_name} with {entry.provider_name}: {entry.type_name}{extra}"
        if role == Qt.ItemDataRole.UserRole:
            return appointment.id
        return None
