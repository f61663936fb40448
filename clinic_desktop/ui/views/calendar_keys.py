"""The calendar grid at the keyboard: arrows move between blocks and free slots, N books, T goes
to today, Delete cancels, Enter opens, + and - (or Ctrl and the wheel) zoom."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QKeyEvent,
    QWheelEvent,
)

from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.ui.views.calendar_blocks import (
    MAX_HOUR_HEIGHT,
    MIN_HOUR_HEIGHT,
    SLOT_MINUTES,
    Block,
)
from clinic_desktop.ui.views.calendar_geometry import GridGeometry


class GridKeys(GridGeometry):
    """The calendar grid's keys and zoom."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

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
