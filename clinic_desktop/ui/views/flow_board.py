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

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain import flow
from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.colours import legible, muted_text
from clinic_desktop.domain.entities import ScheduleEntry
from clinic_desktop.domain.words import shown
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import FlowBoard
from clinic_desktop.ui.appearance import theme
from clinic_desktop.ui.dates import display_full_date
from clinic_desktop.ui.dialogs.waitlist import WaitlistOfferDialog
from clinic_desktop.ui.icons import icon
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.names import set_name
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.slices import Slice, build
from clinic_desktop.ui.views.flow_actions import FlowActionsMixin
from clinic_desktop.ui.views.flow_cards import ID_ROLE, LEVEL_ROLE, CardDelegate, card_item
from clinic_desktop.ui.widgets.filter_row import wrapping_row

# Kept importable from here (the tests read a card's wait level with it).
__all__ = ["LEVEL_ROLE", "FlowBoardView"]

# The steps that happen at the desk, with the patient there: offered on the day itself only.
AT_THE_DESK = frozenset({AppointmentStatus.ARRIVED, AppointmentStatus.IN_ROOM})

REFRESH_MS = 60_000
CARDS_A_TURN = 12

# The buttons (and context-menu entries): label, target status, tooltip.
STEPS = (
    (QT_TRANSLATE_NOOP("FlowBoard", "Check in"), AppointmentStatus.ARRIVED,
     QT_TRANSLATE_NOOP("FlowBoard", "Check the selected patient in (Enter)")),
    (QT_TRANSLATE_NOOP("FlowBoard", "To room"), AppointmentStatus.IN_ROOM,
     QT_TRANSLATE_NOOP("FlowBoard", "Send the selected patient to a room (Enter)")),
    (QT_TRANSLATE_NOOP("FlowBoard", "Complete"), AppointmentStatus.COMPLETED,
     QT_TRANSLATE_NOOP("FlowBoard", "Mark the visit completed (Enter)")),
    (QT_TRANSLATE_NOOP("FlowBoard", "No show"), AppointmentStatus.NO_SHOW, ""),
)  # fmt: skip
# The days named in the title, by how far from today.
NAMED_DAYS = {
    0: QT_TRANSLATE_NOOP("FlowBoard", "Today · {day}"),
    1: QT_TRANSLATE_NOOP("FlowBoard", "Tomorrow · {day}"),
    -1: QT_TRANSLATE_NOOP("FlowBoard", "Yesterday · {day}"),
}


class FlowBoardView(FlowActionsMixin, QWidget):
    loaded = Signal(int)  # number of (non-cancelled) appointments on the board
    offers_shown = Signal(object)  # the WaitlistOfferDialog opened after a cancellation
    BUILDS_IN_SLICES = True  # the window builds it a slice per idle turn (ui/main_views.py)

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        key: str = "today",
        parent: QWidget | None = None,
        slices: list[Slice] | None = None,  # given, only its skeleton is built now (ui/slices.py)
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

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        steps = (
            lambda: self._add_header(layout),
            lambda: layout.addLayout(self._build_actions()),
            lambda: self._add_pages(layout),
            self._finish,
        )
        build(steps, slices)

    def _add_header(self, layout: QVBoxLayout) -> None:
        layout.addLayout(self._build_header())
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)

    def _add_pages(self, layout: QVBoxLayout) -> None:
        self.lanes_page = self._build_lanes()
        self._build_empty_page()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.lanes_page)
        self.pages.addWidget(self.empty)
        layout.addWidget(self.pages, 1)

    def _finish(self) -> None:
        for child in self.findChildren(QWidget):
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus:
                child.installEventFilter(self)  # the day keys work wherever the focus is on the board
        self.setFocusProxy(self.lanes[flow.Lane.EXPECTED])
        self.timer.start()
        self._show_title()
        self._update_buttons()

    def _build_header(self) -> QHBoxLayout:
        """The day's buttons, the title, the summary and the closed-day notice."""
        self.title = QLabel(QCoreApplication.translate("FlowBoard", "Today"))
        theme(self.title, "viewTitle")
        self.summary = QLabel(QCoreApplication.translate("FlowBoard", "Loading…"))
        self.summary.setObjectName("viewSummary")
        self.previous_button = QPushButton(icon("previous"), "")
        set_name(
            self.previous_button,
            QCoreApplication.translate("FlowBoard", "Previous day"),
            tip=QCoreApplication.translate("FlowBoard", "Previous day (Alt+Left or Page Up)"),
        )
        self.previous_button.clicked.connect(lambda: self.shift(-1))
        self.next_button = QPushButton(icon("next"), "")
        set_name(
            self.next_button,
            QCoreApplication.translate("FlowBoard", "Next day"),
            tip=QCoreApplication.translate("FlowBoard", "Next day (Alt+Right or Page Down)"),
        )
        self.next_button.clicked.connect(lambda: self.shift(1))
        self.today_button = QPushButton(icon("go-today"), QCoreApplication.translate("FlowBoard", "Today"))
        self.today_button.setToolTip(QCoreApplication.translate("FlowBoard", "Back to today (T)"))
        self.today_button.clicked.connect(self.go_today)
        header = QHBoxLayout()  # the day's buttons first: they stay put as the title changes length
        for widget in (self.previous_button, self.next_button, self.today_button):
            header.addWidget(widget)
        header.addSpacing(12)
        header.addWidget(self.title)
        header.addStretch(1)
        # Under the title, as in the calendar: a long day never widens the window.
        self.summary.setWordWrap(True)
        # A day the clinic is closed, with visits booked all the same.
        self.notice = QLabel("")
        self.notice.setObjectName("closedNotice")
        self.notice.setWordWrap(True)
        banner = legible("#fde7b0")
        self.notice.setStyleSheet(
            f"background: {banner.background}; color: {banner.text}; padding: 6px 10px; font-weight: 600;"
        )
        self.notice.hide()
        return header

    def _build_actions(self) -> QHBoxLayout:
        """The steps for the selected visit (Check in, To room, ...), Cancel, Undo and Waitlist; the
        steps wrap onto a second line where the window is narrow (Spanish or French on a laptop)."""
        self.buttons: dict[AppointmentStatus, QPushButton] = {}
        for label, status, tip in STEPS:
            button = QPushButton(QCoreApplication.translate("FlowBoard", label))
            button.setToolTip(QCoreApplication.translate("FlowBoard", tip) if tip else "")
            button.clicked.connect(lambda _=False, s=status: self.set_selected_status(s))
            self.buttons[status] = button
        self.cancel_button = QPushButton(QCoreApplication.translate("FlowBoard", "Cancel visit…"))
        self.cancel_button.setToolTip(
            QCoreApplication.translate(
                "FlowBoard", "Cancel the selected visit and offer its slot to the waiting list"
            )
        )
        self.cancel_button.clicked.connect(lambda: self.cancel_selected())
        self.undo_button = QPushButton(QCoreApplication.translate("FlowBoard", "Undo step"))
        self.undo_button.setToolTip(
            QCoreApplication.translate(
                "FlowBoard", "Take the selected visit one step back (after a mis-click)"
            )
        )
        self.undo_button.clicked.connect(self.undo_selected)
        self.waitlist_button = QPushButton(
            icon("recalls"), QCoreApplication.translate("FlowBoard", "Waitlist…")
        )
        self.waitlist_button.setToolTip(
            QCoreApplication.translate("FlowBoard", "Patients waiting for an earlier or any slot")
        )
        self.waitlist_button.clicked.connect(self.open_waitlist)
        self.hint = QLabel(QCoreApplication.translate("FlowBoard", "Enter: next step"))
        self.hint.setToolTip(
            QCoreApplication.translate("FlowBoard", "Enter: the next step for the selected patient")
        )
        self.hint.setContentsMargins(6, 0, 0, 0)  # a little apart from the buttons
        steps = [*self.buttons.values(), self.cancel_button, self.undo_button, self.hint]
        self.steps_row = wrapping_row(steps, spacing=6)
        actions = QHBoxLayout()
        actions.addWidget(self.steps_row, 1)
        actions.addWidget(self.waitlist_button, 0, Qt.AlignmentFlag.AlignTop)
        return actions

    def _build_lanes(self) -> QWidget:
        """Expected, Waiting, In room, Done: a list of cards each, under its title."""
        self.lanes: dict[flow.Lane, QListWidget] = {}
        self.lane_titles: dict[flow.Lane, QLabel] = {}
        board = QHBoxLayout()
        for lane in flow.Lane:
            column = QVBoxLayout()
            heading = QLabel(shown(lane.label))
            heading.setObjectName("laneTitle")
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            listing = lane_list(lane)
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
        return lanes

    def _build_empty_page(self) -> None:
        """Instead of four empty lanes: nothing booked (or closed), in words."""
        self.empty = QWidget()
        self.empty.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keeps the focus (and the day keys)
        self.empty_title = QLabel("")
        theme(self.empty_title, "placeholderTitle")
        self.empty_text = QLabel("")
        theme(self.empty_text, "placeholderText")
        self.empty_text.setWordWrap(True)
        empty = QVBoxLayout(self.empty)
        empty.addStretch(1)
        empty.addWidget(self.empty_title)
        empty.addWidget(self.empty_text)
        empty.addStretch(2)

    # --- loading --------------------------------------------------------------------------------

    @property
    def day(self) -> date:
        return self._day

    def _show_title(self) -> None:
        today = self._services.schedule.today()
        named = NAMED_DAYS.get((self._day - today).days)
        day = display_full_date(self._day)
        self.title.setText(QCoreApplication.translate("FlowBoard", named).format(day=day) if named else day)
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
                listing.addItem(card_item(row, clinic_time, board))
            listing.blockSignals(False)
            self.lane_titles[lane].setText(f"{shown(lane.label)} ({len(rows)})")
            listing.setAccessibleName(lane_words(shown(lane.label), len(rows)))
        self._selected = None
        if selected is not None and selected in self._statuses:
            self.select_visit(selected)
        self._show_emptiness(board, closed)
        self.summary.setText(shown(board.summary))
        self._update_buttons()
        self.loaded.emit(len(board.rows))

    def _show_emptiness(self, board: FlowBoard, closed: str | None) -> None:
        """Nothing booked: say so (and why, when the clinic is closed) instead of empty lanes."""
        when = display_full_date(board.day)
        keys = QCoreApplication.translate(
            "FlowBoard",
            "Alt+Left and Alt+Right (or Page Up and Page Down) change the day; T comes back to today.",
        )
        if board.rows:
            self._turn_to(self.lanes_page, self.lanes[flow.Lane.EXPECTED])
            self.notice.setText(closed_yet_booked(shown(closed), len(board.rows)) if closed else "")
            self.notice.setVisible(bool(closed))
            return
        self.notice.hide()
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window).name()
        quiet = muted_text(palette.color(QPalette.ColorRole.WindowText).name(), window)
        self.empty_text.setStyleSheet(f"color: {quiet};")  # quieter than the title, yet readable
        if closed:
            self.empty_title.setText(
                QCoreApplication.translate("FlowBoard", "The clinic is closed on {day}").format(day=when)
            )
            nothing = QCoreApplication.translate("FlowBoard", "{why}. Nothing is booked.").format(
                why=shown(closed)
            )
            self.empty_text.setText(f"{nothing}\n{keys}")
        else:
            self.empty_title.setText(
                QCoreApplication.translate("FlowBoard", "Nothing is booked on {day}").format(day=when)
            )
            self.empty_text.setText(f"{cancelled_words(board.cancelled)}{keys}")
        self._turn_to(self.empty, self.empty)

    def _turn_to(self, page: QWidget, focus: QWidget) -> None:
        """Show a page; the focus, when it was on the page going away, goes to ``focus`` on the new
        one (the stack would leave it on the page itself, where no key works)."""
        focused = QApplication.focusWidget()
        had_focus = focused is not None and (focused is self.pages or self.pages.isAncestorOf(focused))
        self.pages.setCurrentWidget(page)
        if had_focus:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

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


def lane_list(lane: flow.Lane) -> QListWidget:
    """A lane's list of cards, laid out a few cards a turn (a busy day's 250 cards at once held the
    window up when the board was shown or refreshed)."""
    listing = QListWidget()
    listing.setObjectName(f"lane_{lane.value}")
    listing.setAccessibleName(shown(lane.label))
    listing.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    listing.setItemDelegate(CardDelegate(listing))
    listing.setResizeMode(QListView.ResizeMode.Adjust)
    listing.setLayoutMode(QListView.LayoutMode.Batched)
    listing.setBatchSize(CARDS_A_TURN)
    listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    listing.setWordWrap(True)
    listing.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return listing


def lane_words(lane: str, count: int) -> str:
    """A lane as a screen reader names it: 'Waiting, 2 patients'."""
    if count == 1:
        return QCoreApplication.translate("FlowBoard", "{lane}, 1 patient").format(lane=lane)
    return QCoreApplication.translate("FlowBoard", "{lane}, {count} patients").format(lane=lane, count=count)


def cancelled_words(count: int) -> str:
    """Before the day keys on an empty day: '2 cancelled, none still booked. ' (nothing if none)."""
    if not count:
        return ""
    return (
        QCoreApplication.translate("FlowBoard", "{count} cancelled, none still booked.").format(count=count)
        + " "
    )


def closed_yet_booked(closed: str, count: int) -> str:
    """The notice of a closed day with visits booked: 'Public holiday, yet 2 visits are booked.'"""
    if count == 1:
        return QCoreApplication.translate("FlowBoard", "{closed}, yet 1 visit is booked.").format(
            closed=closed
        )
    return QCoreApplication.translate("FlowBoard", "{closed}, yet {count} visits are booked.").format(
        closed=closed, count=count
    )


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
