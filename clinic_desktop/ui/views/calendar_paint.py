"""How the calendar grid is painted: working hours, the hour lines, the blocks in their type's
colour with their status told by shape as well as shade, the now line, the header and the focus
frame."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)

from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.colours import legible, muted_text
from clinic_desktop.domain.words import shown
from clinic_desktop.ui.dates import display_hour, display_span, display_time, display_weekday
from clinic_desktop.ui.views.calendar_blocks import (
    BAR_WIDTH,
    FOCUS_FRAME,
    HATCH_STEP,
    NOW_COLOUR,
    SLOT_MINUTES,
    Badge,
    Block,
    DragState,
    block_look,
    local_minutes,
)
from clinic_desktop.ui.views.calendar_geometry import GridGeometry


def _draw_elided(painter: QPainter, rect: QRectF, align: Qt.AlignmentFlag, text: str) -> None:
    elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
    painter.drawText(rect, align, elided)


# A font's line height, and the size a font shrinks to for a height, worked out once (each block
# of a busy day asked again at every repaint, measuring fonts at each half point: issue 22).
_LINE_HEIGHTS: dict[str, float] = {}
_FITTED: dict[tuple[str, float], float] = {}
KEPT_FONTS = 512


def _line_height(font: QFont) -> float:
    key = font.key()
    height = _LINE_HEIGHTS.get(key)
    if height is None:
        if len(_LINE_HEIGHTS) >= KEPT_FONTS:
            _LINE_HEIGHTS.clear()
        height = _LINE_HEIGHTS[key] = QFontMetricsF(font).height()
    return height


def _fit_font(font: QFont, height: float) -> None:
    """Shrink ``font`` (not below 7 pt) until one line of it fits ``height`` pixels."""
    key = (font.key(), height)
    size = _FITTED.get(key)
    if size is None:
        probe = QFont(font)
        while probe.pointSizeF() > 7 and QFontMetricsF(probe).height() > height:
            probe.setPointSizeF(max(probe.pointSizeF() - 0.5, 7))
        if len(_FITTED) >= KEPT_FONTS:
            _FITTED.clear()
        size = _FITTED[key] = probe.pointSizeF()
    font.setPointSizeF(size)


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


class GridPainting(GridGeometry):
    """The calendar grid's painting (paintEvent and what it draws)."""

    painted_hours: tuple[str, ...] = ()  # the gutter's hour labels as last painted (tests read them)

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
                top, bottom = self.y_of(local_minutes(hours.start)), self.y_of(local_minutes(hours.end))
                painter.fillRect(QRectF(area.left(), top, area.width(), bottom - top), base)
        faint = QColor(line)
        faint.setAlpha(70)
        labels: list[str] = []
        for minutes in range(top_minutes, bottom_minutes + 1, SLOT_MINUTES):
            y = self.y_of(minutes)
            painter.setPen(QPen(line if minutes % 60 == 0 else faint, 1))
            painter.drawLine(QPointF(self.gutter_width, y), QPointF(self.viewport().width(), y))
            if minutes % 60 == 0 and minutes < bottom_minutes:
                painter.setPen(text)
                painter.drawText(
                    QRectF(0, y - 2, self.gutter_width - 8, painter.fontMetrics().height()),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    self.hour_text(minutes),
                )
                labels.append(self.hour_text(minutes))
        self.painted_hours = tuple(labels)
        painter.setPen(QPen(line, 1))
        for index in range(len(self.columns)):
            x = self.column_rect(index).left()
            painter.drawLine(QPointF(x, self.header_height), QPointF(x, self.viewport().height()))
        self._paint_cursor(painter)
        self._paint_now_line(painter)
        # Only the blocks in the part to be painted (a busy clinic's day is some hundreds of
        # blocks, most of them scrolled out of sight; each one's text is measured and elided).
        exposed = QRectF(event.rect())
        for block in self._blocks:
            if self._drag is not None and self._drag.active and self._drag.block.id == block.id:
                rect = self.block_rect(block)
                if rect.intersects(exposed):
                    self._paint_block(painter, block, rect, ghost=True)
                continue
            rect = self._shown_rect(block)
            if rect.intersects(exposed):
                self._paint_block(painter, block, rect)
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

    def _drag_label(self, drag: DragState) -> str:
        day = self.columns[drag.column].day
        start, end = drag.start, drag.end
        start_at, end_at = time(start // 60 % 24, start % 60), time(end // 60 % 24, end % 60)
        return f"{display_weekday(day)} {day.day} {display_span(start_at, end_at)}"

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
        two_lines = _line_height(font) * 2 <= inner.height()
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

    @staticmethod
    def hour_text(minutes: int) -> str:
        """The gutter's label of the hour starting ``minutes`` after midnight, in the clinic's
        clock: '2 PM' or '14:00'."""
        return display_hour(minutes // 60)

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
            return f"{display_time(start)} {marker}{entry.patient_name} · {entry.type_name}", ""
        with_status = status not in (AppointmentStatus.BOOKED,)
        tail = f" · {shown(status.label)}" if with_status else ""
        return f"{marker}{entry.patient_name}", f"{display_time(start)} {entry.type_name}{tail}"

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
        said = display_time(local)
        while QFontMetricsF(font).horizontalAdvance(said) > self.gutter_width - 8 and font.pointSizeF() > 5.5:
            font.setPointSizeF(font.pointSizeF() - 0.5)  # "10:30 AM" in the gutter's width
        painter.setFont(font)
        height = painter.fontMetrics().height() + 2
        tab = QRectF(2, y - height / 2, self.gutter_width - 4, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(look.background))
        painter.drawRoundedRect(tab, 3, 3)
        painter.setPen(QColor(look.text))
        painter.drawText(tab, Qt.AlignmentFlag.AlignCenter, said)

    def _today(self) -> date | None:
        return self.clinic_time.to_local(self.now).date() if self.now is not None else None

    def _now_y(self) -> float | None:
        """Where now is, when a column shows today and now is within the hours shown."""
        if self.now is None or not any(c.day == self._today() for c in self.columns):
            return None
        minutes = local_minutes(self.clinic_time.to_local(self.now))
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
