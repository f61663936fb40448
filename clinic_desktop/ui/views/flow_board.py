"""The day's patient flow for the front desk: Expected, Waiting, In room, Done.

A receptionist checks a patient in, sends them to a room and completes the visit from here, by
button, context menu or Enter (the next step for the selected patient). The board loads off the
GUI thread, refreshes every minute (so waiting times tick on) and after every action. Cancelling
a visit offers its freed slot to the waiting list.

It opens on today and shows one day at a time, named in its header: the arrows beside it, Alt+Left
and Alt+Right (as in the calendar) or Page Up and Page Down go a day back or on, T comes back to
today. Another day is for looking ahead (Monday's list on a Friday) or tidying up (yesterday's
no-shows): checking in and sending to a room happen on the day itself, so they are offered today
only. A day with nothing booked says so, and a day the clinic is closed says why.

A screen reader hears each lane by its name and count ("Waiting, 2 patients") and each card in
words that do not lean on colour ("09:40, Laura Wright, Review, Dr Lind, waiting 35 minutes, a very
long wait"): the lanes are Qt's own list views, which speak an item's AccessibleTextRole and
announce the current card as it changes.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter, QPalette, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain import flow
from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.colours import legible, muted_text
from clinic_desktop.domain.entities import Room, ScheduleEntry
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import FlowBoard, FlowRow
from clinic_desktop.ui.dialogs.waitlist import WaitlistDialog, WaitlistOfferDialog
from clinic_desktop.ui.icons import icon
from clinic_desktop.ui.operations import Operations

ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2
TYPE_COLOUR_ROLE = Qt.ItemDataRole.UserRole + 3

# Light fills for a long wait, with the text colour the contrast rule gives them (WCAG AA):
# readable on light and dark palettes alike.
LEVEL_COLOURS = {
    flow.WaitLevel.AMBER: "#ffe3a3",
    flow.WaitLevel.RED: "#f7b8b8",
}
TYPE_STRIP = 5  # the visit type's colour down a card's left edge, as on the calendar
# The steps that happen at the desk, with the patient there: offered on the day itself only.
AT_THE_DESK = frozenset({AppointmentStatus.ARRIVED, AppointmentStatus.IN_ROOM})

REFRESH_MS = 60_000
FOCUS_RING = 2  # px: the ring round the card the keys act on, while its lane has the focus
# A long wait in words, for those who cannot see the amber and the red.
LEVEL_WORDS = {flow.WaitLevel.AMBER: "a long wait", flow.WaitLevel.RED: "a very long wait"}

# The buttons (and context-menu entries): label, target status.
STEPS = (
    ("Check in", AppointmentStatus.ARRIVED),
    ("To room", AppointmentStatus.IN_ROOM),
    ("Complete", AppointmentStatus.COMPLETED),
    ("No show", AppointmentStatus.NO_SHOW),
)


class _CardDelegate(QStyledItemDelegate):
    """Each patient a block: a little air around the text and a rule under it (a style sheet on
    the items would hide the amber and red waiting colours)."""

    PAD = 4
    INDENT = TYPE_STRIP + 4  # the text starts right of the type's colour strip

    def _shifted(self, option: QStyleOptionViewItem) -> QStyleOptionViewItem:
        shifted = QStyleOptionViewItem(option)
        shifted.rect = option.rect.adjusted(self.INDENT, 0, 0, 0)
        return shifted

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(self._shifted(option), index)
        return QSize(size.width() + self.INDENT, size.height() + 2 * self.PAD)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        rect = option.rect
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(background, QBrush):
            painter.fillRect(rect, background)
        super().paint(painter, self._shifted(option), index)
        painter.save()
        colour = index.data(TYPE_COLOUR_ROLE)
        if colour:
            painter.fillRect(rect.left() + 1, rect.top() + 2, TYPE_STRIP, rect.height() - 4, QColor(colour))
        painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if option.state & QStyle.StateFlag.State_HasFocus:
            # The card the keys act on, in every style (Fusion draws no focus rectangle after a
            # click), distinct from the selection (which stays when the lane loses the focus): in
            # the text's colour, which reads on the selection's highlight and on amber and red.
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Text), FOCUS_RING))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = FOCUS_RING / 2
            painter.drawRect(QRectF(rect).adjusted(inset, inset, -inset, -inset))
        painter.restore()


class FlowBoardView(QWidget):
    loaded = Signal(int)  # number of (non-cancelled) appointments on the board
    offers_shown = Signal(object)  # the WaitlistOfferDialog opened after a cancellation

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        key: str = "today",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._operations = operations
        self._key = key
        self._day: date = services.schedule.today()
        self._selected: int | None = None
        self._statuses: dict[int, AppointmentStatus] = {}
        self._rooms_booked: dict[int, int | None] = {}
        self._entries: dict[int, ScheduleEntry] = {}
        self.board: FlowBoard | None = None
        self.offer_dialog: WaitlistOfferDialog | None = None

        self._following_today = True  # on today, and stays on it when the date turns over
        self._closed: str | None = None  # why the clinic is closed on the day shown

        self.title = QLabel("Today")
        self.title.setObjectName("viewTitle")
        self.summary = QLabel("Loading…")
        self.summary.setObjectName("viewSummary")
        self.previous_button = QPushButton(icon("previous"), "")
        self.previous_button.setToolTip("Previous day (Alt+Left or Page Up)")
        self.previous_button.clicked.connect(lambda: self.shift(-1))
        self.next_button = QPushButton(icon("next"), "")
        self.next_button.setToolTip("Next day (Alt+Right or Page Down)")
        self.next_button.clicked.connect(lambda: self.shift(1))
        self.today_button = QPushButton(icon("go-today"), "Today")
        self.today_button.setToolTip("Back to today (T)")
        self.today_button.clicked.connect(self.go_today)
        header = QHBoxLayout()  # the day's buttons first: they stay put as the title changes length
        for widget in (self.previous_button, self.next_button, self.today_button):
            header.addWidget(widget)
        header.addSpacing(12)
        header.addWidget(self.title)
        header.addStretch(1)
        self.summary.setWordWrap(
            True
        )  # under the title, as in the calendar: a long day never widens the window
        # A day the clinic is closed, with visits booked all the same.
        self.notice = QLabel("")
        self.notice.setObjectName("closedNotice")
        self.notice.setWordWrap(True)
        banner = legible("#fde7b0")
        self.notice.setStyleSheet(
            f"background: {banner.background}; color: {banner.text}; padding: 6px 10px; font-weight: 600;"
        )
        self.notice.hide()

        self.buttons: dict[AppointmentStatus, QPushButton] = {}
        actions = QHBoxLayout()
        for label, status in STEPS:
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, s=status: self.set_selected_status(s))
            self.buttons[status] = button
            actions.addWidget(button)
        self.buttons[AppointmentStatus.ARRIVED].setToolTip("Check the selected patient in (Enter)")
        self.buttons[AppointmentStatus.IN_ROOM].setToolTip("Send the selected patient to a room (Enter)")
        self.buttons[AppointmentStatus.COMPLETED].setToolTip("Mark the visit completed (Enter)")
        self.cancel_button = QPushButton("Cancel visit…")
        self.cancel_button.setToolTip("Cancel the selected visit and offer its slot to the waiting list")
        self.cancel_button.clicked.connect(lambda: self.cancel_selected())
        self.undo_button = QPushButton("Undo step")
        self.undo_button.setToolTip("Take the selected visit one step back (after a mis-click)")
        self.undo_button.clicked.connect(self.undo_selected)
        self.waitlist_button = QPushButton(icon("recalls"), "Waitlist…")
        self.waitlist_button.setToolTip("Patients waiting for an earlier or any slot")
        self.waitlist_button.clicked.connect(self.open_waitlist)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.undo_button)
        self.hint = QLabel("Enter: next step")
        self.hint.setToolTip("Enter: the next step for the selected patient")
        actions.addSpacing(12)
        actions.addWidget(self.hint)
        actions.addStretch(1)
        actions.addWidget(self.waitlist_button)

        self.lanes: dict[flow.Lane, QListWidget] = {}
        self.lane_titles: dict[flow.Lane, QLabel] = {}
        board = QHBoxLayout()
        for lane in flow.Lane:
            column = QVBoxLayout()
            heading = QLabel(lane.label)
            heading.setObjectName("laneTitle")
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            listing = QListWidget()
            listing.setObjectName(f"lane_{lane.value}")
            listing.setAccessibleName(lane.label)
            listing.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            listing.setItemDelegate(_CardDelegate(listing))
            listing.setResizeMode(QListView.ResizeMode.Adjust)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            listing.setWordWrap(True)
            listing.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            listing.customContextMenuRequested.connect(lambda pos, w=listing: self._context_menu(w, pos))
            listing.currentItemChanged.connect(lambda cur, _prev, w=listing: self._picked(w, cur))
            column.addWidget(heading)
            column.addWidget(listing, 1)
            board.addLayout(column, 1)
            self.lanes[lane] = listing
            self.lane_titles[lane] = heading

        lanes = QWidget()
        lanes.setLayout(board)
        board.setContentsMargins(0, 0, 0, 0)
        # Instead of four empty lanes: nothing booked (or closed), in words.
        self.empty = QWidget()
        self.empty.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keeps the focus (and the day keys)
        self.empty_title = QLabel("")
        self.empty_title.setObjectName("placeholderTitle")
        self.empty_text = QLabel("")
        self.empty_text.setObjectName("placeholderText")
        self.empty_text.setWordWrap(True)
        empty = QVBoxLayout(self.empty)
        empty.addStretch(1)
        empty.addWidget(self.empty_title)
        empty.addWidget(self.empty_text)
        empty.addStretch(2)
        self.pages = QStackedWidget()
        self.pages.addWidget(lanes)
        self.pages.addWidget(self.empty)
        self.lanes_page = lanes

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addLayout(actions)
        layout.addWidget(self.pages, 1)
        for child in self.findChildren(QWidget):
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus:
                child.installEventFilter(self)  # the day keys work wherever the focus is on the board
        self.setFocusProxy(self.lanes[flow.Lane.EXPECTED])

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self._show_title()
        self._update_buttons()

    # --- loading --------------------------------------------------------------------------------

    @property
    def day(self) -> date:
        return self._day

    def _show_title(self) -> None:
        today = self._services.schedule.today()
        named = {
            today: "Today",
            today + timedelta(days=1): "Tomorrow",
            today - timedelta(days=1): "Yesterday",
        }
        prefix = named.get(self._day)
        self.title.setText(f"{prefix} · {self._day:%A %d %B %Y}" if prefix else f"{self._day:%A %d %B %Y}")
        self.today_button.setEnabled(self._day != today)

    def set_day(self, day: date) -> None:
        """Show another day (the selection is that day's, so it is let go)."""
        if day != self._day:
            self._day = day
            self._selected = None
        self._following_today = day == self._services.schedule.today()
        self.refresh()

    def shift(self, days: int) -> None:
        self.set_day(self._day + timedelta(days=days))

    def go_today(self) -> None:
        self.set_day(self._services.schedule.today())

    def reset_session(self) -> None:
        """Someone else signed in: they start on today (the window asks every view this)."""
        self._following_today = True
        self._day = self._services.schedule.today()
        self._selected = None

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self._following_today:
            self._day = self._services.schedule.today()
        self._show_title()
        day = self._day
        services = self._services

        def work() -> tuple[FlowBoard, ClinicTime, str | None]:
            board = services.appointments.flow_board(day)
            closed = services.appointments.closed_days(day, day).get(day)
            return board, services.time, closed

        self._operations.run(self._key, work, self._show)

    def _show(self, result: tuple[FlowBoard, ClinicTime, str | None]) -> None:
        board, clinic_time, closed = result
        if board.day != self._day:
            return  # a day paged past while it loaded
        self.board = board
        self._closed = closed
        self._statuses = {r.entry.appointment.id: r.entry.appointment.status for r in board.rows}
        self._rooms_booked = {r.entry.appointment.id: r.entry.appointment.room_id for r in board.rows}
        self._entries = {r.entry.appointment.id: r.entry for r in board.rows}
        selected = self._selected
        for lane, listing in self.lanes.items():
            listing.blockSignals(True)
            listing.clear()
            rows = board.lane(lane)
            # Expected: next first. Done: the latest first, so what just happened is in sight.
            for row in reversed(rows) if lane is flow.Lane.DONE else rows:
                listing.addItem(self._card(row, clinic_time, board))
            listing.blockSignals(False)
            self.lane_titles[lane].setText(f"{lane.label} ({len(rows)})")
            listing.setAccessibleName(f"{lane.label}, {len(rows)} patient{'' if len(rows) == 1 else 's'}")
        self._selected = None
        if selected is not None and selected in self._statuses:
            self.select_visit(selected)
        self._show_emptiness(board, closed)
        self.summary.setText(board.summary)
        self._update_buttons()
        self.loaded.emit(len(board.rows))

    def _show_emptiness(self, board: FlowBoard, closed: str | None) -> None:
        """Nothing booked: say so (and why, when the clinic is closed) instead of empty lanes."""
        when = f"{board.day:%A %d %B %Y}"
        keys = "Alt+Left and Alt+Right (or Page Up and Page Down) change the day; T comes back to today."
        if board.rows:
            self._turn_to(self.lanes_page, self.lanes[flow.Lane.EXPECTED])
            count = len(board.rows)
            booked = f"{count} visit is" if count == 1 else f"{count} visits are"
            self.notice.setText(f"{closed}, yet {booked} booked." if closed else "")
            self.notice.setVisible(bool(closed))
            return
        self.notice.hide()
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window).name()
        quiet = muted_text(palette.color(QPalette.ColorRole.WindowText).name(), window)
        self.empty_text.setStyleSheet(f"color: {quiet};")  # quieter than the title, yet readable
        if closed:
            self.empty_title.setText(f"The clinic is closed on {when}")
            self.empty_text.setText(f"{closed}. Nothing is booked.\n{keys}")
        else:
            self.empty_title.setText(f"Nothing is booked on {when}")
            cancelled = f"{board.cancelled} cancelled, none still booked. " if board.cancelled else ""
            self.empty_text.setText(f"{cancelled}{keys}")
        self._turn_to(self.empty, self.empty)

    def _turn_to(self, page: QWidget, focus: QWidget) -> None:
        """Show a page; the focus, when it was on the page going away, goes to ``focus`` on the new
        one (the stack would leave it on the page itself, where no key works)."""
        focused = QApplication.focusWidget()
        had_focus = focused is not None and (focused is self.pages or self.pages.isAncestorOf(focused))
        self.pages.setCurrentWidget(page)
        if had_focus:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _card(self, row: FlowRow, clinic_time: ClinicTime, board: FlowBoard) -> QListWidgetItem:
        visit = row.entry.appointment
        start = clinic_time.to_local(visit.start)
        lines = [
            f"{start:%H:%M}  {row.entry.patient_name}",
            f"{row.entry.provider_name} · {row.entry.type_name}",
        ]
        spoken = [f"{start:%H:%M}", row.entry.patient_name, row.entry.type_name, row.entry.provider_name]
        level = flow.WaitLevel.OK
        if row.lane is flow.Lane.EXPECTED:
            late = flow.minutes_between(visit.start, board.now) or 0
            lines.append(visit.status.label + (f" · {late} min late" if late > 0 else ""))
            spoken.append(visit.status.label.lower() + (f", {_minutes(late)} late" if late > 0 else ""))
        elif row.lane is flow.Lane.WAITING:
            level = flow.wait_level(row.waiting_minutes)
            waited = row.waiting_minutes
            lines.append(f"Waiting {waited} min" if waited is not None else "Waiting")
            spoken.append(f"waiting {_minutes(waited)}" if waited is not None else "waiting")
            if level in LEVEL_WORDS:
                spoken.append(LEVEL_WORDS[level])
        elif row.lane is flow.Lane.IN_ROOM:
            room = row.room_name or "No room set"
            lines.append(f"{room} · {row.room_minutes} min" if row.room_minutes is not None else room)
            minutes = f", {_minutes(row.room_minutes)}" if row.room_minutes is not None else ""
            spoken.append(f"in room: {room}{minutes}")
        else:
            lines.append(visit.status.label)
            spoken.append(visit.status.label.lower())
        item = QListWidgetItem("\n".join(lines))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, ", ".join(spoken))
        item.setData(ID_ROLE, visit.id)
        item.setData(STATUS_ROLE, visit.status.value)
        item.setData(LEVEL_ROLE, level.value)
        item.setData(TYPE_COLOUR_ROLE, row.entry.type_colour)
        item.setToolTip(f"{row.entry.patient_name}\n{row.entry.type_name}\n{visit.status.label}")
        fill = LEVEL_COLOURS.get(level)
        if fill is not None:
            look = legible(fill)
            item.setBackground(QBrush(QColor(look.background)))
            item.setForeground(QBrush(QColor(look.text)))
        return item

    # --- selection ------------------------------------------------------------------------------

    @property
    def selected_id(self) -> int | None:
        return self._selected

    def item_for(self, appointment_id: int) -> tuple[flow.Lane, QListWidgetItem] | None:
        for lane, listing in self.lanes.items():
            for row in range(listing.count()):
                item = listing.item(row)
                if item.data(ID_ROLE) == appointment_id:
                    return lane, item
        return None

    def select_visit(self, appointment_id: int) -> None:
        found = self.item_for(appointment_id)
        if found is None:
            return
        lane, item = found
        listing = self.lanes[lane]
        listing.setCurrentItem(item)
        self._picked(listing, item)

    def _picked(self, listing: QListWidget, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self._selected = int(item.data(ID_ROLE))
        for other in self.lanes.values():
            if other is not listing:
                other.blockSignals(True)
                other.clearSelection()
                other.setCurrentRow(-1)
                other.blockSignals(False)
        self._update_buttons()

    def _status(self) -> AppointmentStatus | None:
        return self._statuses.get(self._selected) if self._selected is not None else None

    def _allowed(self, status: AppointmentStatus) -> bool:
        """May the selected visit go to ``status`` from the board now? As the visit's life allows
        (domain/flow.py); at the desk (check in, to room) on the day itself; a day still to come
        can only be cancelled."""
        current = self._status()
        if current is None or status not in flow.FORWARD[current]:
            return False
        today = self._services.schedule.today()
        if status in AT_THE_DESK:
            return self._day == today
        return self._day <= today or status is AppointmentStatus.CANCELLED

    def _update_buttons(self) -> None:
        current = self._status()
        for status, button in self.buttons.items():
            button.setEnabled(self._allowed(status))
        self.cancel_button.setEnabled(self._allowed(AppointmentStatus.CANCELLED))
        self.undo_button.setEnabled(
            current is not None
            and bool(flow.UNDO.get(current))
            and self._day <= self._services.schedule.today()
        )

    # --- actions --------------------------------------------------------------------------------

    def advance_selected(self) -> None:
        """Enter: the next step for the selected patient (check in, to room, complete)."""
        current = self._status()
        if current is not None and current in flow.NEXT_STEP and self._allowed(flow.NEXT_STEP[current]):
            self.set_selected_status(flow.NEXT_STEP[current])

    def undo_selected(self) -> None:
        current = self._status()
        if current is None or not flow.UNDO.get(current):
            return
        # Back to where it most likely came from: the nearest earlier status in the visit's life.
        order = list(AppointmentStatus)
        choices = sorted(flow.UNDO[current], key=order.index)
        self.set_selected_status(choices[-1])

    def pick_room(self, rooms: list[Room], booked: int | None) -> int | None | bool:
        """Which room the patient goes to: a room id, None to keep the booked one, False to stay."""
        if not rooms:
            return None
        names = [f"{r.name} ({r.kind})" for r in rooms]
        current = next((i for i, r in enumerate(rooms) if r.id == booked), 0)
        chosen, ok = QInputDialog.getItem(
            self, "To room", "Which room does the patient go to?", names, current, False
        )
        if not ok:
            return False
        return rooms[names.index(chosen)].id

    def send_selected_to_room(self) -> None:
        """To room: ask which room (the booked one first), then the service checks it is free."""
        appointment_id = self._selected
        if appointment_id is None:
            return
        services = self._services
        booked = self._rooms_booked.get(appointment_id)

        def chosen(rooms: list[Room]) -> None:
            room = self.pick_room(rooms, booked)
            if room is False:
                return
            self._operations.run(
                f"{self._key}-action",
                lambda: services.appointments.send_to_room(
                    appointment_id, room if isinstance(room, int) else None
                ),
                lambda _result: self.refresh(),
                self._room_refused,
            )

        self._operations.run(f"{self._key}-rooms", services.resources.rooms, chosen)

    def _room_refused(self, error: ClinicError) -> None:
        QMessageBox.warning(self, "Not sent to the room", error.message)

    def set_selected_status(self, status: AppointmentStatus) -> None:
        appointment_id = self._selected
        if appointment_id is None:
            return
        if status is AppointmentStatus.IN_ROOM:
            self.send_selected_to_room()
            return
        services = self._services
        self._operations.run(
            f"{self._key}-action",
            lambda: services.appointments.set_status(appointment_id, status),
            lambda _result: self.refresh(),
        )

    def cancel_selected(self, reason: str | None = None) -> None:
        """Cancel the selected visit (asking why), then offer its slot to the waiting list."""
        appointment_id = self._selected
        if appointment_id is None:
            return
        if reason is None:
            entry = self._entries.get(appointment_id)
            who = entry.patient_name if entry else "this patient"
            reason, ok = QInputDialog.getText(self, "Cancel visit", f"Why is {who}'s visit cancelled?")
            if not ok or not reason.strip():
                return
        services = self._services
        why = reason

        def work() -> tuple[ScheduleEntry, list[flow.WaitlistEntry], ClinicTime]:
            services.appointments.cancel(appointment_id, why)
            return (
                services.appointments.entry(appointment_id),
                services.appointments.offers_for(appointment_id),
                services.time,
            )

        self._operations.run(f"{self._key}-action", work, self._cancelled)

    def _cancelled(self, result: tuple[ScheduleEntry, list[flow.WaitlistEntry], ClinicTime]) -> None:
        freed, offers, clinic_time = result
        self.refresh()
        if not offers:
            return
        dialog = WaitlistOfferDialog(self._services, self._operations, freed, offers, clinic_time, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.booked.connect(lambda _result: self.refresh())
        dialog.destroyed.connect(lambda: setattr(self, "offer_dialog", None))
        self.offer_dialog = dialog
        dialog.open()
        self.offers_shown.emit(dialog)

    def open_waitlist(self) -> WaitlistDialog:
        dialog = WaitlistDialog(self._services, self._operations, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _context_menu(self, listing: QListWidget, pos: QPoint) -> None:
        item = listing.itemAt(pos)
        if item is None:
            return
        listing.setCurrentItem(item)
        self._picked(listing, item)
        menu = QMenu(self)
        for status, button in self.buttons.items():
            menu.addAction(button.text(), partial(self.set_selected_status, status)).setEnabled(
                button.isEnabled()
            )
        menu.addSeparator()
        menu.addAction(self.undo_button.text(), self.undo_selected).setEnabled(self.undo_button.isEnabled())
        menu.addAction(self.cancel_button.text(), lambda: self.cancel_selected()).setEnabled(
            self.cancel_button.isEnabled()
        )
        menu.exec(listing.viewport().mapToGlobal(pos))

    # --- keys ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) or not isinstance(
            event, QKeyEvent
        ):
            return super().eventFilter(watched, event)
        step = _day_step(event)
        if step is not None:
            # Claimed before the window's shortcuts (its Alt+Left pages the calendar).
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()
            elif step == 0:
                self.go_today()
            else:
                self.shift(step)
            return True
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if kind == QEvent.Type.KeyPress and enter and plain and isinstance(watched, QListWidget):
            self.advance_selected()
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        """Shown: the keys act on the board at once (the focus goes to the first lane, unless it is
        on the board already)."""
        super().showEvent(event)
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            self.lanes[flow.Lane.EXPECTED].setFocus(Qt.FocusReason.OtherFocusReason)


def _minutes(count: int) -> str:
    return f"{count} minute{'' if count == 1 else 's'}"


def _day_step(event: QKeyEvent) -> int | None:
    """The day a key asks for: -1 (Alt+Left, Page Up), +1 (Alt+Right, Page Down), 0 (T: today)."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    key = event.key()
    if modifiers == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
        return -1 if key == Qt.Key.Key_Left else 1
    if modifiers == Qt.KeyboardModifier.NoModifier:
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            return -1 if key == Qt.Key.Key_PageUp else 1
        if key == Qt.Key.Key_T:
            return 0
    return None
