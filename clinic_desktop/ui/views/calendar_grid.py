"""The painted time grid: rows are clinic-local time, columns are providers (a day) or days (a week).

The grid only shows and asks: it never calls a service. Its owner (CalendarView) loads the visible
range off the GUI thread and hands it in with ``set_data``; a drag, a double-click or a status
chosen from the context menu comes out as a signal, and the owner decides what happens. A drag
that the service refuses is put back with ``snap_back`` — until then the block waits where it was
dropped, so the grid never flickers while the move is being checked.

A screen reader hears each appointment (``spoken_name``): the grid's accessible children are its
blocks in the order the arrow keys visit them, the block the keyboard is on is the focus child and
is announced as the arrows move, and over free time the grid's own name says which slot the
keyboard is on (ui/accessible.py says how, and why this way).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMenu, QWidget

from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.entities import ScheduleEntry
from clinic_desktop.domain.words import shown
from clinic_desktop.ui.accessible import PaintedItems, painted
from clinic_desktop.ui.views.calendar_blocks import (
    FINISHED,
    FOCUS_FRAME,
    GUTTER_WIDTH,
    HEADER_HEIGHT,
    HOUR_HEIGHT,
    HOUR_HEIGHT_POINTS,
    MIN_HOUR_HEIGHT,
    NOW_COLOUR,
    RESIZE_MARGIN,
    SNAP_MINUTES,
    STATUS_CHOICES,
    Badge,
    Block,
    DragMode,
    DragState,
    GridColumn,
    block_look,
    lay_out,
    local_minutes,
)
from clinic_desktop.ui.views.calendar_keys import GridKeys
from clinic_desktop.ui.views.calendar_paint import GridPainting
from clinic_desktop.ui.views.calendar_words import GridWords

# Kept importable from here (the calendar view and the tests read them here).
__all__ = ["FOCUS_FRAME", "NOW_COLOUR", "Badge", "Block", "CalendarGrid", "GridColumn", "block_look"]


@painted()
class CalendarGrid(GridPainting, GridKeys, GridWords, QAbstractScrollArea):
    """The grid itself: its data, selection, the mouse (select, drag, resize, double-click) and
    the status menu; geometry, painting, keys and words are its parts (calendar_*.py)."""

    book_requested = Signal(int, object)  # provider id, UTC start
    move_requested = Signal(int, object, int, int)  # appointment id, UTC start, minutes, provider id
    status_requested = Signal(int, object)  # appointment id, AppointmentStatus (CANCELLED: ask why)
    open_requested = Signal(int)  # appointment id (double-click on a block)
    today_requested = Signal()
    selection_changed = Signal(object)  # ScheduleEntry or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarGrid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.columns: list[GridColumn] = []
        self.clinic_time = ClinicTime()
        self.now: datetime | None = None
        self.first_hour = 7
        self.last_hour = 19
        self._text_scale = self._scale_of_text()
        self.hour_height = round(HOUR_HEIGHT * self._text_scale)  # rows grow with the text
        self.header_height, self.gutter_width = HEADER_HEIGHT, GUTTER_WIDTH
        self._size_for_text()
        self.show_cancelled = False
        self.selected_id: int | None = None
        self.slot: tuple[int, int] = (0, 8 * 60)  # column, local minutes: the slot N books
        self.slot_chosen = False  # a person put the slot there (click, arrows): booking starts at it
        self._blocks: list[Block] = []
        self._drag: DragState | None = None
        self._pending: dict[int, tuple[int, int, int]] = {}  # dropped, awaiting the service
        self.verticalScrollBar().setSingleStep(20)
        self.accessible_items = PaintedItems(
            self,
            self._item_rect,
            name=QCoreApplication.translate("CalendarGrid", "Calendar"),
            focusable=True,
            cursor=self.spoken_slot,
        )

    def _scale_of_text(self) -> float:
        """How much larger the grid's text is than the size its rows were made for (never less)."""
        size = self.font().pointSizeF()
        return max(size / HOUR_HEIGHT_POINTS, 1.0) if size > 0 else 1.0

    def _size_for_text(self) -> None:
        """The header (a name and a subtitle) and the time gutter ("10:00") in proportion to
        the text, so neither is cut off at a large size."""
        self.header_height = round(HEADER_HEIGHT * self._text_scale)
        self.gutter_width = round(GUTTER_WIDTH * self._text_scale)

    def changeEvent(self, event: QEvent) -> None:
        """Larger text (ui/appearance.py, live) makes the rows taller in proportion, keeping any
        zoom, so a short visit still has room for a line of the larger text."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            scale = self._scale_of_text()
            if scale != self._text_scale:
                keep = self.minutes_at(self.header_height)
                ratio, self._text_scale = scale / self._text_scale, scale
                self._size_for_text()
                self.hour_height = max(MIN_HOUR_HEIGHT, round(self.hour_height * ratio))
                self._update_scroll_range()
                self.scroll_to_minutes(keep)
                self.viewport().update()

    # --- data -----------------------------------------------------------------------------------

    def set_data(self, columns: list[GridColumn], clinic_time: ClinicTime, now: datetime) -> None:
        keep_scroll = bool(self.columns) and [c.day for c in columns] == [c.day for c in self.columns]
        self.columns = columns
        self.clinic_time = clinic_time
        self.now = now
        self._pending.clear()
        self._drag = None
        self._fit_hours()
        self._layout_blocks()
        if self.selected_id is not None and self.block(self.selected_id) is None:
            self.select_block(None)
        col, minutes = self.slot
        self.slot = (min(col, max(len(columns) - 1, 0)), minutes)
        self.slot_chosen = self.slot_chosen and keep_scroll  # another day: nothing chosen on it yet
        self._update_scroll_range()
        if not keep_scroll:
            self.scroll_to_minutes(self._opening_minutes())
        self.viewport().update()

    def snap_back(self, appointment_id: int | None = None) -> None:
        """Put dropped blocks back where the data says they are (the service refused the move)."""
        if appointment_id is None:
            self._pending.clear()
        else:
            self._pending.pop(appointment_id, None)
        self.viewport().update()

    def blocks(self) -> list[Block]:
        return list(self._blocks)

    def block(self, appointment_id: int) -> Block | None:
        return next((b for b in self._blocks if b.id == appointment_id), None)

    def selected_entry(self) -> ScheduleEntry | None:
        found = self.block(self.selected_id) if self.selected_id is not None else None
        return found.entry if found else None

    def select_block(self, appointment_id: int | None) -> None:
        if appointment_id == self.selected_id:
            return
        self.selected_id = appointment_id
        found = self.block(appointment_id) if appointment_id is not None else None
        if found is not None:
            self.slot = (found.column, found.start)
            self.slot_chosen = True
            self.ensure_visible(found.start, found.end)
        self.viewport().update()
        self.accessible_items.set_current(found.id if found else None)
        self.selection_changed.emit(found.entry if found else None)

    def _fit_hours(self) -> None:
        """07:00-19:00, widened to show any working block or appointment outside it."""
        first, last = 7 * 60, 19 * 60
        for column in self.columns:
            for block in column.working:
                first, last = min(first, local_minutes(block.start)), max(last, local_minutes(block.end))
            for entry in column.entries:
                start = local_minutes(self.clinic_time.to_local(entry.appointment.start))
                end = start + self._duration(entry)
                first, last = min(first, start), max(last, min(end, 24 * 60))
        self.first_hour = first // 60
        self.last_hour = min(24, -(-last // 60))

    def _duration(self, entry: ScheduleEntry) -> int:
        return int((entry.appointment.end - entry.appointment.start).total_seconds() // 60)

    def _layout_blocks(self) -> None:
        """Overlapping appointments share their column side by side, in lanes."""
        blocks: list[Block] = []
        for index, column in enumerate(self.columns):
            spans = []
            for entry in column.entries:
                if entry.appointment.status is AppointmentStatus.CANCELLED and not self.show_cancelled:
                    continue
                start = local_minutes(self.clinic_time.to_local(entry.appointment.start))
                spans.append((start, min(start + max(self._duration(entry), 5), 24 * 60), entry))
            spans.sort(key=lambda s: (s[0], s[1]))
            cluster: list[tuple[int, int, ScheduleEntry, int]] = []
            cluster_end = -1
            lane_ends: list[int] = []
            for start, end, entry in spans:
                if cluster and start >= cluster_end:
                    blocks.extend(lay_out(cluster, index))
                    cluster, lane_ends, cluster_end = [], [], -1
                lane = next((i for i, lane_end in enumerate(lane_ends) if lane_end <= start), len(lane_ends))
                if lane == len(lane_ends):
                    lane_ends.append(end)
                else:
                    lane_ends[lane] = end
                cluster.append((start, end, entry, lane))
                cluster_end = max(cluster_end, end)
            blocks.extend(lay_out(cluster, index))
        self._blocks = blocks
        reading = sorted(blocks, key=lambda b: (b.column, b.start, b.lane))  # as the arrows go
        self.accessible_items.sync([(b.id, partial(self._spoken, b)) for b in reading])
        self.accessible_items.set_current(self.selected_id)

    def _opening_minutes(self) -> int:
        """A day opens an hour before now (the desk works from now on); a week opens at the start of
        the working day, so the whole morning of every day is in view."""
        if self.now is not None and len({c.day for c in self.columns}) == 1:
            local = self.clinic_time.to_local(self.now)
            if any(c.day == local.date() for c in self.columns):
                return max(local_minutes(local) - 60, 0)
        starts = [local_minutes(b.start) for c in self.columns for b in c.working]
        return min(starts) if starts else 8 * 60

    # --- events ---------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scroll_range()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()  # the focus frame and the slot cursor

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        point = event.position()
        found = self.block_at(point) if point.y() > self.header_height else None
        if found is not None:
            self.select_block(found.id)
            if event.button() == Qt.MouseButton.LeftButton and found.entry.appointment.status not in FINISHED:
                rect = self._shown_rect(found)
                mode = DragMode.RESIZE if rect.bottom() - point.y() <= RESIZE_MARGIN else DragMode.MOVE
                self._drag = DragState(
                    found, mode, point, column=found.column, start=found.start, end=found.end
                )
            return
        column = self.column_at(point.x())
        on_time = column is not None and point.y() > self.header_height
        if column is not None and on_time:
            self.slot = (column, self._slot(self.minutes_at(point.y())))
            self.slot_chosen = True
        self._leave_block_for_slot(on_time)

    def _leave_block_for_slot(self, moved: bool) -> None:
        """No block selected now; the slot cursor is where it is. A screen reader hears it once:
        leaving a block announces the grid (its name says the slot), moving over free time
        announces the grid's new name."""
        was_on_block = self.accessible_items.current_key is not None
        self.select_block(None)
        self.viewport().update()
        if moved and not was_on_block:
            self.accessible_items.cursor_moved()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        drag = self._drag
        if drag is None:
            hovered = self.block_at(point)
            near_edge = (
                hovered is not None and self._shown_rect(hovered).bottom() - point.y() <= RESIZE_MARGIN
            )
            cursor = Qt.CursorShape.SizeVerCursor if near_edge else Qt.CursorShape.ArrowCursor
            self.viewport().setCursor(cursor)
            return
        if not drag.active:
            distance = (point - drag.press).manhattanLength()
            if distance < QApplication.startDragDistance():
                return
            drag.active = True
        delta = round((point.y() - drag.press.y()) * 60 / self.hour_height / SNAP_MINUTES) * SNAP_MINUTES
        block = drag.block
        if drag.mode is DragMode.RESIZE:
            drag.end = max(block.end + delta, block.start + SNAP_MINUTES)
        else:
            length = block.end - block.start
            drag.start = max(0, min(block.start + delta, 24 * 60 - length))
            drag.end = drag.start + length
            column = self.column_at(point.x())
            if column is not None:
                drag.column = column
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or not drag.active:
            self.viewport().update()
            return
        block = drag.block
        if (drag.column, drag.start, drag.end) != (block.column, block.start, block.end):
            self._pending[block.id] = (drag.column, drag.start, drag.end)
            self.move_requested.emit(
                block.id,
                self.start_utc(drag.column, drag.start),
                drag.end - drag.start,
                self.columns[drag.column].provider_id,
            )
        self.viewport().update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        if point.y() <= self.header_height:
            return
        found = self.block_at(point)
        if found is not None:
            self.open_requested.emit(found.id)
            return
        column = self.column_at(point.x())
        if column is None:
            return
        minutes = self._slot(self.minutes_at(point.y()))
        self.slot = (column, minutes)
        self.slot_chosen = True
        self.book_requested.emit(self.columns[column].provider_id, self.start_utc(column, minutes))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        found = self.block_at(QPointF(event.pos()))
        if found is None:
            return
        self.select_block(found.id)
        menu = self.status_menu(found.entry)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def status_menu(self, entry: ScheduleEntry) -> QMenu:
        """The block's menu: the visit's next statuses, then Cancel (which asks why)."""
        menu = QMenu(self)
        current = entry.appointment.status
        for status in STATUS_CHOICES:
            action = menu.addAction(shown(status.label))
            action.setCheckable(True)
            action.setChecked(status is current)
            action.setEnabled(current is not AppointmentStatus.CANCELLED and status is not current)
            action.triggered.connect(self._emitter(entry.appointment.id, status))
        menu.addSeparator()
        cancel = menu.addAction(QCoreApplication.translate("CalendarGrid", "Cancel appointment…"))
        cancel.setEnabled(current not in FINISHED)
        cancel.triggered.connect(self._emitter(entry.appointment.id, AppointmentStatus.CANCELLED))
        return menu

    def _emitter(self, appointment_id: int, status: AppointmentStatus) -> Callable[..., None]:
        return lambda *_: self.status_requested.emit(appointment_id, status)
