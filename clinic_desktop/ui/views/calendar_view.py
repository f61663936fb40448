"""The calendar: a day of every provider side by side, one provider's week, or a month of counts.

Only the visible range is loaded, in one background job per change (the newest wins, so paging
with the arrow keys never shows a stale range). Every change the grid asks for — book, move,
resize, a status, a cancellation — goes to the appointment service off the GUI thread; a refusal
is shown in the receptionist's words and the block snaps back; success reloads the visible range.
"""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import AppointmentStatus, Indication
from clinic_desktop.domain.entities import Provider, ScheduleEntry
from clinic_desktop.domain.errors import ClinicError, OverrideRequiredError
from clinic_desktop.domain.hours import TimeBlock
from clinic_desktop.domain.setup import SetupStatus
from clinic_desktop.domain.signing import is_linked_provider
from clinic_desktop.domain.words import shown
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingResult
from clinic_desktop.ui.appearance import theme
from clinic_desktop.ui.dates import (
    display_day,
    display_full_date,
    display_medium_date,
    display_month_year,
    long_date_pattern,
    pydate,
)
from clinic_desktop.ui.dialogs.override import ask_override_reason
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.models.patient_list_model import muted_brush
from clinic_desktop.ui.names import name_table
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.views.calendar_grid import CalendarGrid, GridColumn
from clinic_desktop.ui.views.calendar_header import MODES, CalendarHeader
from clinic_desktop.ui.widgets.setup_needed import SetupNeeded

if TYPE_CHECKING:
    from clinic_desktop.ui.dialogs.booking import BookingDialog

Index = QModelIndex | QPersistentModelIndex
WEEKDAY_HEADINGS = (
    QT_TRANSLATE_NOOP("CalendarView", "Mon"),
    QT_TRANSLATE_NOOP("CalendarView", "Tue"),
    QT_TRANSLATE_NOOP("CalendarView", "Wed"),
    QT_TRANSLATE_NOOP("CalendarView", "Thu"),
    QT_TRANSLATE_NOOP("CalendarView", "Fri"),
    QT_TRANSLATE_NOOP("CalendarView", "Sat"),
    QT_TRANSLATE_NOOP("CalendarView", "Sun"),
)


def appointments_text(count: int) -> str:
    """'1 appointment', '3 appointments'."""
    if count == 1:
        return QCoreApplication.translate("CalendarView", "1 appointment")
    return QCoreApplication.translate("CalendarView", "{count} appointments").format(count=count)


@dataclass(frozen=True)
class RangeData:
    """What one background load brings back for the visible range."""

    first: date
    providers: list[Provider]
    columns: list[GridColumn]
    entries: list[ScheduleEntry]
    counts: dict[date, int]
    clinic_time: ClinicTime
    now: datetime
    closed: dict[date, str] = field(default_factory=dict)  # month view: days nobody works, and why
    setup: SetupStatus | None = None  # what the clinic still lacks before it can book


@dataclass(frozen=True)
class BookingPlace:
    """Where a booking opened from the calendar starts: the chosen slot, or the shown day and whose
    time it shows (the dialog then finds the first free time there, from now at the earliest)."""

    day: date
    providers: tuple[int, ...] = ()  # whose time: a chosen column, the week's provider, the day's
    start: datetime | None = None  # the slot a person chose (UTC)


def month_start(day: date) -> date:
    first = day.replace(day=1)
    return first - timedelta(days=first.weekday())


class MonthModel(QAbstractTableModel):
    """Six weeks of days, Monday first, each with the number of (not cancelled) appointments."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.month = date.today().replace(day=1)
        self.today: date | None = None
        self.counts: dict[date, int] = {}
        self.closed: dict[date, str] = {}

    def set_month(
        self, month: date, counts: dict[date, int], today: date | None, closed: dict[date, str] | None = None
    ) -> None:
        self.beginResetModel()
        self.month = month.replace(day=1)
        self.counts = dict(counts)
        self.closed = dict(closed or {})
        self.today = today
        self.endResetModel()

    def day_at(self, index: Index) -> date:
        return month_start(self.month) + timedelta(days=index.row() * 7 + index.column())

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("CalendarView", WEEKDAY_HEADINGS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < 6 and 0 <= index.column() < 7):
            return None
        day = self.day_at(index)
        count = self.counts.get(day, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            booked = appointments_text(count) if count else ""
            return f"{day.day}\n{booked}"
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{display_full_date(day)}: {appointments_text(count)}"
            return f"{tip}\n{shown(self.closed[day])}" if day in self.closed else tip
        if role == Qt.ItemDataRole.AccessibleTextRole:  # what a screen reader says of the cell
            booked = (
                appointments_text(count)
                if count
                else QCoreApplication.translate("CalendarView", "no appointments")
            )
            words = f"{display_full_date(day)}, {booked}"
            if day == self.today:
                words = QCoreApplication.translate("CalendarView", "Today, {day}").format(day=words)
            return f"{words}. {shown(self.closed[day])}" if day in self.closed else words
        if role == Qt.ItemDataRole.BackgroundRole and day in self.closed:
            app = QApplication.instance()  # the same shade as closed time in the day and week grids
            if isinstance(app, QApplication):
                return QBrush(app.palette().color(QPalette.ColorRole.AlternateBase).darker(104))
        if role == Qt.ItemDataRole.UserRole:
            return day
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.FontRole and day == self.today:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and day.month != self.month.month:
            return muted_brush()
        return None


def month_table(model: MonthModel) -> QTableView:
    """The month view's table: a week a row, a day a cell, stretched to the view."""
    table = QTableView()
    table.setObjectName("monthTable")
    name_table(
        table,
        QCoreApplication.translate("CalendarView", "Month"),
        QCoreApplication.translate("CalendarView", "A week a row, a day a cell: Enter opens the day"),
    )
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


class CalendarView(CalendarHeader, QWidget):
    loaded = Signal(int)  # number of appointments loaded for the visible range
    day_changed = Signal(object)
    chart_requested = Signal(int)  # patient id
    setup_requested = Signal(str)  # the set-up page that adds what the clinic lacks to book

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._operations = operations
        self._day = services.schedule.today()
        self.mode = "day"
        self.provider_id: int | None = None
        self.entries: list[ScheduleEntry] = []
        self.counts: dict[date, int] = {}
        self.providers: list[Provider] = []
        self.clinic_time = ClinicTime()
        self.booking: BookingDialog | None = None

        self.title = QLabel(QCoreApplication.translate("CalendarView", "Calendar"))
        theme(self.title, "viewTitle")
        self.summary = QLabel(QCoreApplication.translate("CalendarView", "Loading…"))
        self.summary.setObjectName("viewSummary")
        self.notice = QLabel("")
        self.notice.setWordWrap(True)
        self.notice.hide()

        header = self._build_header()

        self.grid = CalendarGrid()
        self.grid.book_requested.connect(self.open_booking)
        self.grid.move_requested.connect(self.move_appointment)
        self.grid.status_requested.connect(self.change_status)
        self.grid.today_requested.connect(self.go_today)
        self.grid.open_requested.connect(self._open_chart)

        self.month_model = MonthModel(self)
        self.month_table = month_table(self.month_model)
        self.month_table.doubleClicked.connect(self._month_day_opened)
        self.month_table.activated.connect(self._month_day_opened)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.month_table)
        # Until the clinic can book: what is missing, instead of an empty grid.
        self.setup_needed = SetupNeeded()
        self.setup_needed.open_page.connect(self.setup_requested)
        self.stack.addWidget(self.setup_needed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)
        self._show_date()
        self.reset_session()

    def reset_session(self) -> None:
        """Whoever signed in: a provider account starts on its own day and its own week."""
        session = self._services.session
        own = session.provider_id if session is not None and is_linked_provider(session) else None
        self.own_provider_id = own
        if own is not None:
            self.provider_id = own
            found = self.provider_combo.findData(own)
            if found >= 0:
                self.provider_combo.blockSignals(True)
                self.provider_combo.setCurrentIndex(found)
                self.provider_combo.blockSignals(False)
        self.mine.blockSignals(True)
        self.mine.setChecked(own is not None)
        self.mine.blockSignals(False)
        self.mine.setVisible(own is not None and self.mode == "day")

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

    def shift(self, steps: int) -> None:
        """Page by the shown period: a day, a week or a month."""
        if self.mode == "week":
            self.set_day(self._day + timedelta(days=7 * steps))
        elif self.mode == "month":
            month_index = self._day.year * 12 + self._day.month - 1 + steps
            year, month = divmod(month_index, 12)
            last = _calendar.monthrange(year, month + 1)[1]
            self.set_day(date(year, month + 1, min(self._day.day, last)))
        else:
            self.set_day(self._day + timedelta(days=steps))

    def go_today(self) -> None:
        self.set_day(self._services.schedule.today())

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(mode)
        self.mode = mode
        for button in self.mode_buttons.buttons():
            button.setChecked(button.objectName() == f"mode_{mode}")
        self.provider_combo.setVisible(mode == "week")
        self.mine.setVisible(mode == "day" and self.own_provider_id is not None)
        self.stack.setCurrentWidget(self.month_table if mode == "month" else self.grid)
        self._show_date()
        self.refresh()

    def _date_edited(self, value: QDate) -> None:
        self.set_day(pydate(value))

    def _provider_chosen(self, index: int) -> None:
        chosen = self.provider_combo.itemData(index)
        if chosen is not None and chosen != self.provider_id:
            self.provider_id = int(chosen)
            if self.mode == "week":
                self.refresh()

    def _month_day_opened(self, index: QModelIndex) -> None:
        if index.isValid():
            self._day = self.month_model.day_at(index)
            self.set_mode("day")
            self.day_changed.emit(self._day)

    # --- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the visible range only, off the GUI thread (dates written as the setting says now)."""
        self.summary.setText(QCoreApplication.translate("CalendarView", "Loading…"))
        self.date_edit.setDisplayFormat(long_date_pattern())
        services, day, mode, provider_id = self._services, self._day, self.mode, self.provider_id
        only = self.own_provider_id if self.mine.isChecked() else None
        self._operations.run("calendar", lambda: _load(services, day, mode, provider_id, only), self._show)

    def _show(self, data: RangeData) -> None:
        self.clinic_time = data.clinic_time
        if data.setup is not None and not data.setup.can_book:
            self.setup_needed.show_status(data.setup, self._services.may(Permission.SETTINGS))
            self.stack.setCurrentWidget(self.setup_needed)
            self.summary.setText(QCoreApplication.translate("CalendarView", "Not ready to book yet"))
            self.loaded.emit(0)
            return
        if self.stack.currentWidget() is self.setup_needed:
            self.stack.setCurrentWidget(self.month_table if self.mode == "month" else self.grid)
        self._fill_providers(data.providers)
        self.entries = data.entries
        self.counts = data.counts
        if self.mode == "month":
            self.month_model.set_month(
                self._day, data.counts, data.clinic_time.local_date(data.now), data.closed
            )
            total = sum(v for d, v in data.counts.items() if d.month == self._day.month)
            self.summary.setText(f"{display_month_year(self._day)}: {appointments_text(total)}")
        else:
            self.grid.set_data(data.columns, data.clinic_time, data.now)
            if self.mode == "week" and data.columns:
                first, last = (display_medium_date(c.day) for c in (data.columns[0], data.columns[-1]))
                who = self.provider_combo.currentText()
                self.summary.setText(f"{who} · {first} – {last} · {_summary(data.entries)}")
            else:
                self.summary.setText(f"{display_full_date(self._day)} · {_summary(data.entries)}")
        self.loaded.emit(len(data.entries) if self.mode != "month" else sum(data.counts.values()))

    def _fill_providers(self, providers: list[Provider]) -> None:
        if [p.id for p in providers] == [p.id for p in self.providers]:
            return
        self.providers = providers
        self.provider_combo.blockSignals(True)
        self.provider_combo.clear()
        for provider in providers:
            self.provider_combo.addItem(provider.name, provider.id)
        if self.provider_id is None and providers:
            self.provider_id = providers[0].id
        found = self.provider_combo.findData(self.provider_id)
        self.provider_combo.setCurrentIndex(max(found, 0))
        self.provider_combo.blockSignals(False)

    # --- changes --------------------------------------------------------------------------------

    def first_focus(self) -> QWidget:
        """Shown, the calendar takes the keys: T, N and the arrows work at once."""
        return self.month_table if self.mode == "month" else self.grid

    def booking_place(self) -> BookingPlace:
        """Where a booking starts: the slot chosen in the grid (after a selected appointment: its
        end, as N does), else the day shown and the providers shown on it."""
        grid = self.grid
        only = self.own_provider_id if self.mine.isChecked() else None
        if self.mode == "month" or not grid.columns:
            chosen = only if only is not None else self.provider_id if self.mode == "week" else None
            return BookingPlace(self._day, (chosen,) if chosen is not None else ())
        column, minutes = grid.slot
        shown = grid.columns[column]
        if grid.slot_chosen:
            selected = grid.block(grid.selected_id) if grid.selected_id is not None else None
            minutes = selected.end if selected is not None else minutes
            return BookingPlace(shown.day, (shown.provider_id,), grid.start_utc(column, minutes))
        if self.mode == "week":
            return BookingPlace(self._day, (shown.provider_id,))
        working = [c.provider_id for c in grid.columns if c.working] or [c.provider_id for c in grid.columns]
        return BookingPlace(self._day, tuple(working))

    def open_booking(
        self,
        provider_id: int | None = None,
        start: datetime | None = None,
        *,
        patient_id: int | None = None,
        indication: Indication | None = None,
        search: str = "",
        parent: QWidget | None = None,
    ) -> BookingDialog:
        """The booking dialog: at ``start`` with ``provider_id`` (the grid's N or double-click),
        else where the calendar is (``booking_place``); for the patient given, if any."""
        if provider_id is not None:
            day = self.clinic_time.local_date(start) if start is not None else self._day
            place = BookingPlace(day, (provider_id,), start)
        else:
            place = self.booking_place()
        dialog = _booking_dialog()(
            self._services,
            self._operations,
            provider_id,
            place.start,
            parent=parent or self,
            patient_id=patient_id,
            day=place.day,
            providers=place.providers,
            indication=indication,
            search=search,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.booked.connect(lambda _ids: self.refresh())
        dialog.finished.connect(lambda _result: setattr(self, "booking", None))
        self.booking = dialog
        dialog.open()
        return dialog

    def series_choice(self, entry: ScheduleEntry) -> str | None:
        """For a block of a recurring series: move 'one' or 'following'; None when cancelled."""
        box = QMessageBox(self)
        box.setWindowTitle(QCoreApplication.translate("CalendarView", "Recurring appointment"))
        box.setText(
            QCoreApplication.translate(
                "CalendarView",
                "{patient}'s appointment is part of a series. Move only this one, or this one and every "
                "later one by the same amount?",
            ).format(patient=entry.patient_name)
        )
        one = box.addButton(
            QCoreApplication.translate("CalendarView", "Only this one"), QMessageBox.ButtonRole.AcceptRole
        )
        following = box.addButton(
            QCoreApplication.translate("CalendarView", "This and following"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(one)
        box.exec()
        clicked = box.clickedButton()
        return "one" if clicked is one else "following" if clicked is following else None

    def move_appointment(
        self,
        appointment_id: int,
        start: datetime,
        minutes: int,
        provider_id: int,
        reason: str = "",
        scope: str | None = None,
    ) -> None:
        appointments = self._services.appointments
        block = self.grid.block(appointment_id)
        entry = block.entry if block is not None else None
        same_shape = (
            entry is not None
            and entry.appointment.provider_id == provider_id
            and minutes == int((entry.appointment.end - entry.appointment.start).total_seconds() // 60)
        )
        if scope is None and entry is not None and entry.appointment.series_id is not None and same_shape:
            scope = self.series_choice(entry)
            if scope is None:
                self.grid.snap_back(appointment_id)
                return
        chosen = scope or "one"

        def work() -> BookingResult:
            if chosen == "following":
                return appointments.move_following(appointment_id, start, override_reason=reason)
            return appointments.move(appointment_id, start, minutes, provider_id, override_reason=reason)

        def refused(error: ClinicError) -> None:
            if isinstance(error, OverrideRequiredError) and not reason:
                given = ask_override_reason(self, error)
                if given is not None:
                    self.move_appointment(appointment_id, start, minutes, provider_id, given, chosen)
                    return
                self.grid.snap_back(appointment_id)
                return
            self.grid.snap_back(appointment_id)
            QMessageBox.warning(
                self,
                QCoreApplication.translate("CalendarView", "The appointment was not moved"),
                error.message,
            )

        self._operations.run(f"calendar-move-{appointment_id}", work, self._changed, refused)

    def change_status(self, appointment_id: int, status: AppointmentStatus) -> None:
        appointments = self._services.appointments
        if status is AppointmentStatus.CANCELLED:
            reason, ok = QInputDialog.getText(
                self,
                QCoreApplication.translate("CalendarView", "Cancel appointment"),
                QCoreApplication.translate(
                    "CalendarView", "Why is the appointment cancelled? (kept on record)"
                ),
            )
            if not ok:
                return
            work: Any = lambda: appointments.cancel(appointment_id, reason)  # noqa: E731
        else:
            work = lambda: appointments.set_status(appointment_id, status)  # noqa: E731
        self._operations.run(
            f"calendar-status-{appointment_id}",
            work,
            self._changed,
            self._status_refused,
        )

    def _status_refused(self, error: ClinicError) -> None:
        QMessageBox.warning(
            self, QCoreApplication.translate("CalendarView", "The appointment was not changed"), error.message
        )

    def _changed(self, result: object) -> None:
        warnings = result.warnings if isinstance(result, BookingResult) else []
        self.notice.setText(" ".join(shown(warning) for warning in warnings))
        self.notice.setVisible(bool(warnings))
        self.refresh()

    def _open_chart(self, appointment_id: int) -> None:
        found = next((e for e in self.entries if e.appointment.id == appointment_id), None)
        if found is not None:
            self.chart_requested.emit(found.appointment.patient_id)


# The day's or week's summary counts these: "2 arrived · 1 in room".
SUMMARY_STATUSES = {
    AppointmentStatus.ARRIVED: QT_TRANSLATE_NOOP("CalendarView", "{count} arrived"),
    AppointmentStatus.IN_ROOM: QT_TRANSLATE_NOOP("CalendarView", "{count} in room"),
    AppointmentStatus.COMPLETED: QT_TRANSLATE_NOOP("CalendarView", "{count} completed"),
}


def _summary(entries: list[ScheduleEntry]) -> str:
    active = [e for e in entries if e.appointment.status is not AppointmentStatus.CANCELLED]
    parts = [appointments_text(len(active))]
    for status, words in SUMMARY_STATUSES.items():
        count = sum(1 for e in entries if e.appointment.status is status)
        if count:
            parts.append(QCoreApplication.translate("CalendarView", words).format(count=count))
    cancelled = len(entries) - len(active)
    if cancelled:
        parts.append(QCoreApplication.translate("CalendarView", "{count} cancelled").format(count=cancelled))
    return " · ".join(parts)


def _booking_dialog() -> type[BookingDialog]:
    """Imported when first opened: the calendar is on screen without it (issue 22)."""
    from clinic_desktop.ui.dialogs.booking import BookingDialog

    return BookingDialog


def _load(
    services: ClinicServices, day: date, mode: str, provider_id: int | None, only: int | None = None
) -> RangeData:
    """One background job per visible range; service calls only. ``only``: the day of this provider
    alone (a provider's own day)."""
    if not services.setup.can_book():
        status = services.setup.status()
        return RangeData(day, [], [], [], {}, services.time, services.now(), setup=status)
    providers = [p for p in services.resources.providers() if p.active]
    clinic_time = services.time
    now = services.now()
    columns: list[GridColumn] = []
    entries: list[ScheduleEntry] = []
    counts: dict[date, int] = {}
    if mode == "day":
        schedule = services.schedule.day(day)
        entries = [e for e in schedule.entries if only is None or e.appointment.provider_id == only]
        for provider in providers:
            if only is not None and provider.id != only:
                continue
            hours: list[TimeBlock] = services.appointments.availability(provider.id, day)
            mine = tuple(e for e in entries if e.appointment.provider_id == provider.id)
            subtitle = (
                provider.credentials if hours else QCoreApplication.translate("CalendarView", "Not working")
            )
            columns.append(
                GridColumn(provider.id, day, provider.name, subtitle, provider.colour, tuple(hours), mine)
            )
    elif mode == "week":
        chosen = next((p for p in providers if p.id == provider_id), providers[0] if providers else None)
        first = day - timedelta(days=day.weekday())
        if chosen is not None:
            for schedule in services.schedule.days(first, 7, chosen.id):
                current = schedule.day
                hours = services.appointments.availability(chosen.id, current)
                entries += schedule.entries
                columns.append(
                    GridColumn(
                        chosen.id,
                        current,
                        f"{display_day(current)}",
                        "" if hours else QCoreApplication.translate("CalendarView", "Not working"),
                        chosen.colour,
                        tuple(hours),
                        tuple(schedule.entries),
                    )
                )
    else:
        first = month_start(day)
        for schedule in services.schedule.days(first, 42):
            counts[schedule.day] = len(schedule.active)
        closed = services.appointments.closed_days(first, first + timedelta(days=41))
        return RangeData(day, providers, columns, entries, counts, clinic_time, now, closed)
    return RangeData(day, providers, columns, entries, counts, clinic_time, now)
