"""One clinic day's appointments, every provider, in start order.

The day is loaded off the GUI thread; moving day by day with the keyboard stays instant and only
the newest day asked for is shown. The full calendar grid (provider columns, drag to move) builds
on this view's loading and model.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.schedule import DaySchedule
from clinic_desktop.ui.icons import icon
from clinic_desktop.ui.models.schedule_model import ScheduleModel
from clinic_desktop.ui.operations import Operations


class DayScheduleView(QWidget):
    loaded = Signal(int)  # number of appointments shown
    day_changed = Signal(object)

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        title: str,
        key: str,
        follow_today: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._operations = operations
        self._key = key
        self._follow_today = follow_today
        self._day = services.schedule.today()

        self.title = QLabel(title)
        self.title.setObjectName("viewTitle")
        self.summary = QLabel("Loading…")
        self.summary.setObjectName("viewSummary")

        self.previous_button = QPushButton(icon("previous"), "")
        self.previous_button.setToolTip("Previous day (Alt+Left)")
        self.previous_button.clicked.connect(lambda: self.shift(-1))
        self.next_button = QPushButton(icon("next"), "")
        self.next_button.setToolTip("Next day (Alt+Right)")
        self.next_button.clicked.connect(lambda: self.shift(1))
        self.today_button = QPushButton(icon("go-today"), "Today")
        self.today_button.setToolTip("Go to today (Ctrl+T)")
        self.today_button.clicked.connect(self.go_today)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dddd d MMMM yyyy")
        self.date_edit.setMinimumWidth(230)
        self.date_edit.dateChanged.connect(self._date_edited)

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(16)
        if not follow_today:
            for widget in (self.previous_button, self.date_edit, self.next_button, self.today_button):
                header.addWidget(widget)
        header.addStretch(1)
        header.addWidget(self.summary)

        self.model = ScheduleModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        heading = self.table.horizontalHeader()
        heading.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        heading.setStretchLastSection(True)
        heading.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in enumerate((120, 200, 240, 210, 150)):
            self.table.setColumnWidth(column, width)
        self.empty = QLabel("")
        self.empty.setObjectName("placeholderText")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(header)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self._show_date()

    # --- navigation -----------------------------------------------------------------------------

    @property
    def day(self) -> date:
        return self._day

    def set_day(self, day: date) -> None:
        if day != self._day:
            self._day = day
            self._show_date()
            self.day_changed.emit(day)
        self.refresh()

    def shift(self, days: int) -> None:
        self.set_day(self._day + timedelta(days=days))

    def go_today(self) -> None:
        self.set_day(self._services.schedule.today())

    def _show_date(self) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(self._day.year, self._day.month, self._day.day))
        self.date_edit.blockSignals(False)
        if self._follow_today:
            self.title.setText(f"Today · {self._day:%A %d %B %Y}")

    def _date_edited(self, value: QDate) -> None:
        self.set_day(date(value.year(), value.month(), value.day()))

    # --- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._follow_today:
            today = self._services.schedule.today()
            if today != self._day:
                self._day = today
                self._show_date()
        day = self._day
        services = self._services
        self.summary.setText("Loading…")
        self._operations.run(self._key, lambda: (services.schedule.day(day), services.time), self._show)

    def _show(self, result: tuple[DaySchedule, ClinicTime]) -> None:
        schedule, clinic_time = result
        self.model.set_schedule(schedule.entries, clinic_time)
        active = schedule.active
        parts = [f"{len(active)} appointment{'s' if len(active) != 1 else ''}"]
        for status in (AppointmentStatus.ARRIVED, AppointmentStatus.IN_ROOM, AppointmentStatus.COMPLETED):
            count = schedule.count(status)
            if count:
                parts.append(f"{count} {status.label.lower()}")
        cancelled = schedule.count(AppointmentStatus.CANCELLED)
        if cancelled:
            parts.append(f"{cancelled} cancelled")
        self.summary.setText(" · ".join(parts))
        if schedule.entries:
            self.empty.hide()
            self.table.show()
        else:
            self.table.hide()
            closed = "No appointments booked for this day."
            self.empty.setText(closed)
            self.empty.show()
        self.loaded.emit(len(schedule.entries))
