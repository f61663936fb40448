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

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import Enum
from functools import partial

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMenu, QToolTip, QWidget

from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.colours import BLACK, blend, legible, muted_text
from clinic_desktop.domain.entities import ScheduleEntry
from clinic_desktop.domain.hours import TimeBlock
from clinic_desktop.ui.accessible import ItemWords, PaintedItems, painted

HEADER_HEIGHT = 40  # at the readable 11 pt; in proportion for larger text (header_height)
GUTTER_WIDTH = 58  # likewise (gutter_width)
SNAP_MINUTES = 5
SLOT_MINUTES = 15
RESIZE_MARGIN = 6
MIN_HOUR_HEIGHT = 32
MAX_HOUR_HEIGHT = 240
HOUR_HEIGHT = 96  # at the readable 11 pt: 16 px for the shortest (10-minute) visit, one line
HOUR_HEIGHT_POINTS = 11.0  # the text size HOUR_HEIGHT is made for; larger text, taller rows

# What a receptionist can set from the block's menu, in the order of a visit.
STATUS_CHOICES = (
    AppointmentStatus.CONFIRMED,
    AppointmentStatus.ARRIVED,
    AppointmentStatus.IN_ROOM,
    AppointmentStatus.COMPLETED,
    AppointmentStatus.NO_SHOW,
)
FINISHED = (AppointmentStatus.CANCELLED, AppointmentStatus.COMPLETED, AppointmentStatus.NO_SHOW)

BAR_WIDTH = 4  # the marker along the left edge of a patient who is here (arrived, in a room)
HATCH_STEP = 7
FADED = 0.4  # a finished visit's type colour over the grid's base: done and no-show step back
GHOST = 0.18  # where a dragged block came from, and a cancelled visit when shown
NOW_COLOUR = QColor("#c62828")
FOCUS_FRAME = 2  # px: the frame round the grid while it has the keyboard focus


class Badge(Enum):
    """The shape drawn before a block's first line: a status told without relying on colour."""

    ARRIVED = "dot"
    IN_ROOM = "triangle"
    DONE = "tick"
    NO_SHOW = "cross"


BADGES = {
    AppointmentStatus.ARRIVED: Badge.ARRIVED,
    AppointmentStatus.IN_ROOM: Badge.IN_ROOM,
    AppointmentStatus.COMPLETED: Badge.DONE,
    AppointmentStatus.NO_SHOW: Badge.NO_SHOW,
}


@dataclass(frozen=True)
class BlockLook:
    """How one appointment's block is drawn: colours as #rrggbb, and the status's marks."""

    fill: str
    text: str
    border: str
    ratio: float  # the text's contrast with the fill (WCAG 2.1)
    badge: Badge | None = None
    bar: bool = False
    hatched: bool = False
    struck: bool = False


def block_look(type_colour: str, status: AppointmentStatus, base: str, ghost: bool = False) -> BlockLook:
    """The block of a visit of this type and status on a grid whose free time is ``base``.

    Booked and confirmed visits are plain, in the type's colour. A patient who is here gets a bar
    down the left edge and a dot (arrived) or a triangle (in a room); a finished visit fades
    towards the grid, with a tick (done) or hatched with a cross and a dashed edge (no-show); a
    cancelled one (shown on request) is a ghost with its words struck through. Whatever the
    colour, the text is black or white as the contrast rule chooses (domain/colours.py)."""
    opacity = 1.0
    if ghost or status is AppointmentStatus.CANCELLED:
        opacity = GHOST
    elif status in (AppointmentStatus.COMPLETED, AppointmentStatus.NO_SHOW):
        opacity = FADED
    chosen = legible(blend(type_colour, base, opacity))
    return BlockLook(
        fill=chosen.background,
        text=chosen.text,
        border=blend(BLACK, chosen.background, 0.3),
        ratio=chosen.ratio,
        badge=None if ghost else BADGES.get(status),
        bar=status in (AppointmentStatus.ARRIVED, AppointmentStatus.IN_ROOM) and not ghost,
        hatched=status is AppointmentStatus.NO_SHOW and not ghost,
        struck=status is AppointmentStatus.CANCELLED,
    )


@dataclass(frozen=True)
class GridColumn:
    """One column: whose time on which day, and when that person works (clinic-local blocks)."""

    provider_id: int
    day: date
    title: str
    subtitle: str = ""
    colour: str = "#1f7a8c"
    working: tuple[TimeBlock, ...] = ()
    entries: tuple[ScheduleEntry, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Block:
    """Where an appointment is drawn: column, local minutes from midnight, lane among overlaps."""

    entry: ScheduleEntry
    column: int
    start: int
    end: int
    lane: int = 0
    lanes: int = 1

    @property
    def id(self) -> int:
        return self.entry.appointment.id


class _Drag(Enum):
    MOVE = "move"
    RESIZE = "resize"


@dataclass
class _DragState:
    block: Block
    mode: _Drag
    press: QPointF
    active: bool = False
    column: int = 0
    start: int = 0
    end: int = 0


def _minutes(clock: datetime | time) -> int:
    return clock.hour * 60 + clock.minute


def _draw_elided(painter: QPainter, rect: QRectF, align: Qt.AlignmentFlag, text: str) -> None:
    elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
    painter.drawText(rect, align, elided)


def _fit_font(font: QFont, height: float) -> None:
    """Shrink ``font`` (not below 7 pt) until one line of it fits ``height`` pixels."""
    while font.pointSizeF() > 7 and QFontMetricsF(font).height() > height:
        font.setPointSizeF(max(font.pointSizeF() - 0.5, 7))


def _paint_badge(painter: QPainter, badge: Badge, rect: QRectF, ink: QColor) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if badge in (Badge.ARRIVED, Badge.IN_ROOM):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        if badge is Badge.ARRIVED:
            painter.drawEllipse(rect)
        else:
            painter.drawPolygon(QPolygonF([rect.topLeft(), QPointF(rect.right(), rect.center().y()),
                                           rect.bottomLeft()]))  # fmt: skip
    else:
        pen = QPen(ink, max(1.5, rect.width() / 4.5))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        x, y, w, h = rect.left(), rect.top(), rect.width(), rect.height()
        if badge is Badge.DONE:
            painter.drawPolyline(
                QPolygonF(
                    [
                        QPointF(x, y + h * 0.55),
                        QPointF(x + w * 0.38, y + h * 0.9),
                        QPointF(x + w, y + h * 0.1),
                    ]
                )
            )
        else:
            painter.drawLine(rect.topLeft(), rect.bottomRight())
            painter.drawLine(rect.bottomLeft(), rect.topRight())
    painter.restore()


def _lay_out(cluster: list[tuple[int, int, ScheduleEntry, int]], column: int) -> list[Block]:
    lanes = max((c[3] for c in cluster), default=0) + 1
    return [Block(entry, column, start, end, lane, lanes) for start, end, entry, lane in cluster]


@painted()
class CalendarGrid(QAbstractScrollArea):
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
        self._drag: _DragState | None = None
        self._pending: dict[int, tuple[int, int, int]] = {}  # dropped, awaiting the service
        self.verticalScrollBar().setSingleStep(20)
        self.accessible_items = PaintedItems(
            self, self._item_rect, name="Calendar", focusable=True, cursor=self.spoken_slot
        )

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
                first, last = min(first, _minutes(block.start)), max(last, _minutes(block.end))
            for entry in column.entries:
                start = _minutes(self.clinic_time.to_local(entry.appointment.start))
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
                start = _minutes(self.clinic_time.to_local(entry.appointment.start))
                spans.append((start, min(start + max(self._duration(entry), 5), 24 * 60), entry))
            spans.sort(key=lambda s: (s[0], s[1]))
            cluster: list[tuple[int, int, ScheduleEntry, int]] = []
            cluster_end = -1
            lane_ends: list[int] = []
            for start, end, entry in spans:
                if cluster and start >= cluster_end:
                    blocks.extend(_lay_out(cluster, index))
                    cluster, lane_ends, cluster_end = [], [], -1
                lane = next((i for i, lane_end in enumerate(lane_ends) if lane_end <= start), len(lane_ends))
                if lane == len(lane_ends):
                    lane_ends.append(end)
                else:
                    lane_ends[lane] = end
                cluster.append((start, end, entry, lane))
                cluster_end = max(cluster_end, end)
            blocks.extend(_lay_out(cluster, index))
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
                return max(_minutes(local) - 60, 0)
        starts = [_minutes(b.start) for c in self.columns for b in c.working]
        return min(starts) if starts else 8 * 60

    # --- geometry -------------------------------------------------------------------------------

    @property
    def _content_height(self) -> int:
        return (self.last_hour - self.first_hour) * self.hour_height

    def _update_scroll_range(self) -> None:
        visible = max(self.viewport().height() - self.header_height, 0)
        bar = self.verticalScrollBar()
        bar.setRange(0, max(self._content_height - visible, 0))
        bar.setPageStep(max(visible, 1))

    def column_rect(self, index: int) -> QRectF:
        """A column's body in viewport coordinates (below the header)."""
        width = max(self.viewport().width() - self.gutter_width, 1) / max(len(self.columns), 1)
        return QRectF(self.gutter_width + index * width, self.header_height, width, self.viewport().height())

    def y_of(self, minutes: int) -> float:
        offset = (minutes - self.first_hour * 60) * self.hour_height / 60
        return self.header_height + offset - self.verticalScrollBar().value()

    def minutes_at(self, y: float) -> int:
        raw = (y - self.header_height + self.verticalScrollBar().value()) * 60 / self.hour_height
        return int(self.first_hour * 60 + raw)

    def column_at(self, x: float) -> int | None:
        if x < self.gutter_width or not self.columns:
            return None
        width = self.column_rect(0).width()
        index = int((x - self.gutter_width) // width)
        return index if 0 <= index < len(self.columns) else None

    def block_rect(
        self, block: Block, column: int | None = None, start: int | None = None, end: int | None = None
    ) -> QRectF:
        area = self.column_rect(block.column if column is None else column)
        lane_width = (area.width() - 6) / block.lanes
        top = self.y_of(block.start if start is None else start)
        bottom = self.y_of(block.end if end is None else end)
        left = area.left() + 2 + block.lane * lane_width
        return QRectF(left, top + 1, lane_width - 2, max(bottom - top - 2, 6))

    def point_at(self, column: int, minutes: int) -> QPoint:
        """Where, in viewport coordinates, a time in a column is; scrolls it into view first."""
        self.ensure_visible(minutes, minutes + SLOT_MINUTES)
        area = self.column_rect(column)
        return QPoint(int(area.center().x()), int(self.y_of(minutes) + 2))

    def ensure_visible(self, start: int, end: int) -> None:
        top, bottom = self.y_of(start), self.y_of(end)
        bar = self.verticalScrollBar()
        if top < self.header_height:
            bar.setValue(bar.value() - int(self.header_height - top) - 8)
        elif bottom > self.viewport().height():
            bar.setValue(bar.value() + int(bottom - self.viewport().height()) + 8)

    def scroll_to_minutes(self, minutes: int) -> None:
        self.verticalScrollBar().setValue(int((minutes - self.first_hour * 60) * self.hour_height / 60))

    def block_at(self, point: QPointF) -> Block | None:
        for block in reversed(self._blocks):
            if self._shown_rect(block).contains(point):
                return block
        return None

    def _shown_rect(self, block: Block) -> QRectF:
        pending = self._pending.get(block.id)
        if pending is not None:
            return self.block_rect(block, *pending)
        return self.block_rect(block)

    def start_utc(self, column: int, minutes: int) -> datetime:
        day = self.columns[column].day
        minutes = max(0, min(minutes, 24 * 60 - SNAP_MINUTES))
        return self.clinic_time.at(day, time(minutes // 60, minutes % 60))

    # --- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        closed = palette.color(QPalette.ColorRole.AlternateBase).darker(104)
        line = palette.color(QPalette.ColorRole.Mid)
        text = palette.color(QPalette.ColorRole.Text)
        painter.fillRect(self.viewport().rect(), closed)
        top_minutes, bottom_minutes = self.first_hour * 60, self.last_hour * 60
        painter.setClipRect(QRectF(0, self.header_height, self.viewport().width(), self.viewport().height()))
        for index, column in enumerate(self.columns):
            area = self.column_rect(index)
            for hours in column.working:
                top, bottom = self.y_of(_minutes(hours.start)), self.y_of(_minutes(hours.end))
                painter.fillRect(QRectF(area.left(), top, area.width(), bottom - top), base)
        faint = QColor(line)
        faint.setAlpha(70)
        for minutes in range(top_minutes, bottom_minutes + 1, SLOT_MINUTES):
            y = self.y_of(minutes)
            painter.setPen(QPen(line if minutes % 60 == 0 else faint, 1))
            painter.drawLine(QPointF(self.gutter_width, y), QPointF(self.viewport().width(), y))
            if minutes % 60 == 0 and minutes < bottom_minutes:
                painter.setPen(text)
                painter.drawText(
                    QRectF(0, y - 2, self.gutter_width - 8, painter.fontMetrics().height()),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    f"{minutes // 60:02d}:00",
                )
        painter.setPen(QPen(line, 1))
        for index in range(len(self.columns)):
            x = self.column_rect(index).left()
            painter.drawLine(QPointF(x, self.header_height), QPointF(x, self.viewport().height()))
        self._paint_cursor(painter)
        self._paint_now_line(painter)
        for block in self._blocks:
            if self._drag is not None and self._drag.active and self._drag.block.id == block.id:
                self._paint_block(painter, block, self.block_rect(block), ghost=True)
                continue
            self._paint_block(painter, block, self._shown_rect(block))
        if self._drag is not None and self._drag.active:
            drag = self._drag
            rect = self.block_rect(drag.block, drag.column, drag.start, drag.end)
            self._paint_block(painter, drag.block, rect, label=self._drag_label(drag))
        self._paint_now_marker(painter)
        painter.setClipping(False)
        self._paint_header(painter)
        self._paint_focus_frame(painter)
        painter.end()

    def _paint_focus_frame(self, painter: QPainter) -> None:
        """Where the keys go is always in sight: with the focus, the grid is framed in the
        highlight colour (the ring round a selected block says what is selected, focus or not)."""
        if not self.hasFocus():
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), FOCUS_FRAME))
        inset = FOCUS_FRAME / 2
        painter.drawRect(QRectF(self.viewport().rect()).adjusted(inset, inset, -inset, -inset))

    def _paint_cursor(self, painter: QPainter) -> None:
        if not self.columns or not self.hasFocus() or self.selected_id is not None:
            return
        column, minutes = self.slot
        area = self.column_rect(column)
        rect = QRectF(area.left() + 1, self.y_of(minutes), area.width() - 2, self.hour_height / 4)
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        fill = QColor(colour)
        fill.setAlpha(50)
        painter.fillRect(rect, fill)
        painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
        painter.drawRect(rect)

    def _drag_label(self, drag: _DragState) -> str:
        day = self.columns[drag.column].day
        start, end = drag.start, drag.end
        return f"{day:%a %d} {start // 60:02d}:{start % 60:02d}–{end // 60:02d}:{end % 60:02d}"

    def _paint_block(
        self, painter: QPainter, block: Block, rect: QRectF, ghost: bool = False, label: str = ""
    ) -> None:
        """A block in its type's colour with text that reads on it (WCAG AA, domain/colours.py),
        and its status told by shape as well as shade: a marker bar and a dot (arrived) or a
        triangle (in room), a tick on a faded block (done), a cross on a hatched one (no-show)."""
        entry = block.entry
        status = entry.appointment.status
        look = block_look(
            entry.type_colour, status, self.palette().color(QPalette.ColorRole.Base).name(), ghost
        )
        fill, ink = QColor(look.fill), QColor(look.text)
        border = QPen(QColor(look.border), 1)
        if look.hatched:
            border = QPen(ink, 1.2, Qt.PenStyle.DashLine)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        if ghost:
            return
        if look.hatched:
            self._hatch(painter, rect, ink)
        if look.bar:
            painter.fillRect(QRectF(rect.left() + 1, rect.top() + 1, BAR_WIDTH, rect.height() - 2), ink)
        if block.id == self.selected_id:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2.5))
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        font.setStrikeOut(look.struck)
        left = rect.left() + 4 + (BAR_WIDTH + 1 if look.bar else 0)
        inner = QRectF(left, rect.top() + 1, rect.right() - 3 - left, rect.height() - 2)
        two_lines = QFontMetricsF(font).height() * 2 <= inner.height()
        if not two_lines:
            _fit_font(font, rect.height())  # one line, as large as the block's height allows
        painter.setFont(font)
        first, second = self.block_lines(block, label, two_lines)
        line = painter.fontMetrics().height()
        row = QRectF(inner.left(), inner.top(), inner.width(), line if two_lines else rect.height())
        if not two_lines:
            row.moveTop(rect.top())
        if look.badge is not None:
            size = min(line, row.height()) * 0.62
            mark = QRectF(row.left(), row.center().y() - size / 2, size, size)
            _paint_badge(painter, look.badge, mark, ink)
            row.setLeft(mark.right() + 4)
        painter.setPen(ink)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if not two_lines and not label:
            first = self.one_line(block, QFontMetricsF(painter.font()), row.width())
        _draw_elided(painter, row, align, first)
        if two_lines:
            below = QRectF(inner.left(), inner.top() + line, inner.width(), line)
            _draw_elided(painter, below, align, second)
        if entry.expired_consent:
            corner = QRectF(rect.right() - 9, rect.top() + 2, 7, 7)
            painter.setPen(QPen(ink, 1))
            painter.setBrush(QColor("#e69f00"))
            painter.drawEllipse(corner)

    def block_lines(self, block: Block, label: str = "", two_lines: bool = True) -> tuple[str, str]:
        """The words on a block: the patient, then the time, type and status (not when booked);
        a block too short for two lines gets one: the time, the patient and the type (the type
        left out where it would cut the name; whatever still does not fit elides at the end)."""
        entry = block.entry
        status = entry.appointment.status
        start = self.clinic_time.to_local(entry.appointment.start)
        marker = "⚠ " if entry.expired_consent or entry.too_early else ""
        if label:
            return label, ""
        if not two_lines:  # the type last: where the block is narrow, it is what elides
            return f"{start:%H:%M} {marker}{entry.patient_name} · {entry.type_name}", ""
        shown = status not in (AppointmentStatus.BOOKED,)
        tail = f" · {status.label}" if shown else ""
        return f"{marker}{entry.patient_name}", f"{start:%H:%M} {entry.type_name}{tail}"

    def one_line(self, block: Block, metrics: QFontMetricsF, width: float) -> str:
        """A one-line block's words for ``width`` pixels: the time, the patient and the type, the
        type only when the whole name and a word of the type fit (the name is never cut for it)."""
        full, _ = self.block_lines(block, two_lines=False)
        name = full.rsplit(" · ", 1)[0]
        wanted = f"{name} · {block.entry.type_name[:8]}…"
        return full if metrics.horizontalAdvance(wanted) <= width else name

    @staticmethod
    def _hatch(painter: QPainter, rect: QRectF, ink: QColor) -> None:
        """Diagonal lines across a no-show, faint enough to read the text over."""
        painter.save()
        path = QPainterPath()
        path.addRoundedRect(rect, 3, 3)
        painter.setClipPath(path, Qt.ClipOperation.IntersectClip)
        faint = QColor(ink)
        faint.setAlpha(45)
        painter.setPen(QPen(faint, 1))
        x = rect.left() - rect.height()
        while x < rect.right():
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()))
            x += HATCH_STEP
        painter.restore()

    def _paint_now_line(self, painter: QPainter) -> None:
        """The current time across today's columns, drawn before the blocks, so it shows in free
        time and passes under every block instead of over its text."""
        y = self._now_y()
        if y is None:
            return
        painter.setPen(QPen(NOW_COLOUR, 2))
        for index, column in enumerate(self.columns):
            if column.day == self._today():
                area = self.column_rect(index)
                painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))

    def _paint_now_marker(self, painter: QPainter) -> None:
        """The current time in the time gutter, as a small tab with the clock time on it."""
        y = self._now_y()
        if y is None or self.now is None:
            return
        local = self.clinic_time.to_local(self.now)
        look = legible(NOW_COLOUR.name())
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() - 2, 7))
        font.setBold(True)
        painter.setFont(font)
        height = painter.fontMetrics().height() + 2
        tab = QRectF(2, y - height / 2, self.gutter_width - 4, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(look.background))
        painter.drawRoundedRect(tab, 3, 3)
        painter.setPen(QColor(look.text))
        painter.drawText(tab, Qt.AlignmentFlag.AlignCenter, f"{local:%H:%M}")

    def _today(self) -> date | None:
        return self.clinic_time.to_local(self.now).date() if self.now is not None else None

    def _now_y(self) -> float | None:
        """Where now is, when a column shows today and now is within the hours shown."""
        if self.now is None or not any(c.day == self._today() for c in self.columns):
            return None
        minutes = _minutes(self.clinic_time.to_local(self.now))
        if not self.first_hour * 60 <= minutes <= self.last_hour * 60:
            return None
        y = self.y_of(minutes)
        return y if y >= self.header_height else None

    def _paint_header(self, painter: QPainter) -> None:
        palette = self.palette()
        width = self.viewport().width()
        painter.fillRect(QRectF(0, 0, width, self.header_height), palette.color(QPalette.ColorRole.Window))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(QPointF(0, self.header_height - 0.5), QPointF(width, self.header_height - 0.5))
        today = self.clinic_time.to_local(self.now).date() if self.now else None
        for index, column in enumerate(self.columns):
            area = self.column_rect(index)
            cell = QRectF(area.left(), 0, area.width(), self.header_height)
            painter.fillRect(
                QRectF(cell.left() + 1, self.header_height - 4, cell.width() - 2, 3), QColor(column.colour)
            )
            font = QFont(self.font())
            font.setBold(column.day == today and len({c.day for c in self.columns}) > 1)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            inner = cell.adjusted(6, 3, -6, -6)
            _draw_elided(
                painter, inner, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, column.title
            )
            if column.subtitle:
                font.setBold(False)
                font.setPointSizeF(max(font.pointSizeF() - 1.5, 7))
                painter.setFont(font)
                # Quieter than the name, yet readable (WCAG AA), on light and dark palettes alike.
                window, words = (
                    palette.color(r).name()
                    for r in (QPalette.ColorRole.Window, QPalette.ColorRole.WindowText)
                )
                painter.setPen(QColor(muted_text(words, window)))
                bottom = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
                _draw_elided(painter, inner, bottom, column.subtitle)

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
                mode = _Drag.RESIZE if rect.bottom() - point.y() <= RESIZE_MARGIN else _Drag.MOVE
                self._drag = _DragState(
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
        if drag.mode is _Drag.RESIZE:
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

    def tooltip_text(self, block: Block) -> str:
        """Everything a block may have had to cut short: who, when, what, where, and alerts."""
        entry = block.entry
        start = self.clinic_time.to_local(entry.appointment.start)
        end = self.clinic_time.to_local(entry.appointment.end)
        lines = [
            f"{entry.patient_name}",
            f"{start:%H:%M}-{end:%H:%M}  {entry.type_name}",
            f"{entry.provider_name}" + (f" · {entry.room_name}" if entry.room_name else ""),
            f"Status: {entry.appointment.status.label}",
        ]
        if entry.expired_consent:
            lines.append("⚠ Consent expired: renew it before treating")
        if entry.too_early:
            lines.append(f"⚠ {entry.too_early}")
        if entry.appointment.notes:
            lines.append(entry.appointment.notes)
        return "\n".join(lines)

    # --- what a screen reader hears -------------------------------------------------------------

    def _several_days(self) -> bool:
        return len({c.day for c in self.columns}) > 1

    def spoken_name(self, block: Block) -> str:
        """A block in words, complete on its own: "09:00 to 09:30, Laura Wright, Spasticity
        treatment, Dr Lind, arrived" (in a week, the day first), and its warnings."""
        entry = block.entry
        visit = entry.appointment
        start = self.clinic_time.to_local(visit.start)
        end = self.clinic_time.to_local(visit.end)
        parts = [f"{start:%A} {start.day} {start:%B}"] if self._several_days() else []
        parts += [
            f"{start:%H:%M} to {end:%H:%M}",
            entry.patient_name,
            entry.type_name,
            entry.provider_name,
            visit.status.label.lower(),
        ]
        if entry.expired_consent:
            parts.append("consent expired")
        if entry.too_early:
            parts.append("booked too early")
        return ", ".join(parts)

    def _spoken(self, block: Block) -> ItemWords:
        return ItemWords(self.spoken_name(block), self.spoken_details(block))

    def spoken_details(self, block: Block) -> str:
        """What the tooltip adds: the room, the warnings in full, the notes."""
        entry = block.entry
        details = [f"Room: {entry.room_name}"] if entry.room_name else []
        if entry.expired_consent:
            details.append("Consent expired: renew it before treating")
        if entry.too_early:
            details.append(entry.too_early)
        if entry.appointment.notes:
            details.append(entry.appointment.notes)
        return ". ".join(details)

    def spoken_slot(self) -> str:
        """Where the keyboard is over free time: "10:15, Dr Lind, free" (in a week, the day)."""
        if not self.columns:
            return ""
        index, minutes = self.slot
        column = self.columns[min(index, len(self.columns) - 1)]
        day = column.day
        where = f"{day:%A} {day.day} {day:%B}" if self._several_days() else column.title
        clock = time(minutes // 60 % 24, minutes % 60)
        working = any(_minutes(b.start) <= minutes < _minutes(b.end) for b in column.working)
        return f"{clock:%H:%M}, {where}, {'free' if working else 'outside working hours'}"

    def _item_rect(self, key: Hashable) -> QRect | None:
        """Where a block is drawn, in the grid's coordinates (the viewport sits inside it)."""
        found = self.block(key) if isinstance(key, int) else None
        if found is None:
            return None
        return self._shown_rect(found).toAlignedRect().translated(self.viewport().pos())

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.block_at(QPointF(event.pos())) if event.pos().y() > self.header_height else None
            if found is not None:
                QToolTip.showText(event.globalPos(), self.tooltip_text(found), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

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
            action = menu.addAction(status.label)
            action.setCheckable(True)
            action.setChecked(status is current)
            action.setEnabled(current is not AppointmentStatus.CANCELLED and status is not current)
            action.triggered.connect(self._emitter(entry.appointment.id, status))
        menu.addSeparator()
        cancel = menu.addAction("Cancel appointment…")
        cancel.setEnabled(current not in FINISHED)
        cancel.triggered.connect(self._emitter(entry.appointment.id, AppointmentStatus.CANCELLED))
        return menu

    def _emitter(self, appointment_id: int, status: AppointmentStatus) -> Callable[..., None]:
        return lambda *_: self.status_requested.emit(appointment_id, status)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

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

    def zoom(self, steps: int) -> None:
        keep = self.minutes_at(self.header_height)
        self.hour_height = max(MIN_HOUR_HEIGHT, min(MAX_HOUR_HEIGHT, int(self.hour_height * 1.25**steps)))
        self._update_scroll_range()
        self.scroll_to_minutes(keep)
        self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if not self.columns or not plain:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            slot, on_block = self.slot, self.accessible_items.current_key is not None
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._step_vertical(-1 if key == Qt.Key.Key_Up else 1)
            else:
                self._step_column(-1 if key == Qt.Key.Key_Left else 1)
            if self.slot != slot and not on_block:
                self.accessible_items.cursor_moved()  # leaving a block announced the grid already
        elif key == Qt.Key.Key_T:
            self.today_requested.emit()
        elif key == Qt.Key.Key_N:
            column, minutes = self.slot
            if self.selected_id is not None:
                found = self.block(self.selected_id)
                minutes = found.end if found else minutes
            self.book_requested.emit(self.columns[column].provider_id, self.start_utc(column, minutes))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected_id is not None:
            self.status_requested.emit(self.selected_id, AppointmentStatus.CANCELLED)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1)
        elif key == Qt.Key.Key_Minus:
            self.zoom(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id is not None:
            self.open_requested.emit(self.selected_id)
        else:
            super().keyPressEvent(event)

    def _slot(self, minutes: int) -> int:
        return max(0, minutes // SLOT_MINUTES * SLOT_MINUTES)

    def _column_blocks(self, column: int) -> list[Block]:
        return sorted((b for b in self._blocks if b.column == column), key=lambda b: (b.start, b.lane))

    def _step_vertical(self, step: int) -> None:
        self.slot_chosen = True
        column, minutes = self.slot
        ordered = self._column_blocks(column)
        if self.selected_id is not None:
            ids = [b.id for b in ordered]
            if self.selected_id in ids:
                index = ids.index(self.selected_id) + step
                if 0 <= index < len(ordered):
                    self.select_block(ordered[index].id)
                    return
                found = ordered[ids.index(self.selected_id)]
                # The slot first: leaving the block announces the grid, whose name says the slot.
                self.slot = (column, found.end if step > 0 else max(found.start - SLOT_MINUTES, 0))
                self.select_block(None)
                self.ensure_visible(self.slot[1], self.slot[1] + SLOT_MINUTES)
                self.viewport().update()
                return
        target = minutes + step * SLOT_MINUTES
        landing = next((b for b in ordered if b.start <= target < b.end), None)
        if landing is not None:
            self.select_block(landing.id)
            return
        self.slot = (column, max(0, min(target, 24 * 60 - SLOT_MINUTES)))
        self.ensure_visible(self.slot[1], self.slot[1] + SLOT_MINUTES)
        self.viewport().update()

    def _step_column(self, step: int) -> None:
        self.slot_chosen = True
        column, minutes = self.slot
        column = max(0, min(column + step, len(self.columns) - 1))
        self.slot = (column, minutes)
        landing = next((b for b in self._column_blocks(column) if b.start <= minutes < b.end), None)
        if landing is not None:
            self.select_block(landing.id)
            self.slot = (column, minutes)
        else:
            self.select_block(None)
        self.viewport().update()
