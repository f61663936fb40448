"""Where things are on the calendar grid: columns, times and blocks in viewport coordinates,
and back (hit-testing), with the scrolling that brings a time into view."""

from __future__ import annotations

from collections.abc import Hashable
from datetime import datetime, time

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF

from clinic_desktop.ui.views.calendar_blocks import (
    SLOT_MINUTES,
    SNAP_MINUTES,
    Block,
    GridBase,
)


class GridGeometry(GridBase):
    """The calendar grid's geometry: from minutes and columns to pixels and back."""

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

    def _item_rect(self, key: Hashable) -> QRect | None:
        """Where a block is drawn, in the grid's coordinates (the viewport sits inside it)."""
        found = self.block(key) if isinstance(key, int) else None
        if found is None:
            return None
        return self._shown_rect(found).toAlignedRect().translated(self.viewport().pos())

    def _slot(self, minutes: int) -> int:
        return max(0, minutes // SLOT_MINUTES * SLOT_MINUTES)
