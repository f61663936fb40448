"""A layout that places its widgets in a row and wraps them onto the next line when the row is
full: alert chips that wrap instead of widening the window past a laptop's screen.

Qt has no such layout of its own; this is its documented example, "Flow Layout"
(https://doc.qt.io/qt-6/qtwidgets-layouts-flowlayout-example.html), in Python: the height follows
the width (heightForWidth), and the minimum width is that of the widest single item. The height
for the last width asked is kept until the layout is invalidated, as Qt's own layouts keep theirs:
a layout whose height follows its width is asked again on every layout pass of the window around
it, each view's in the window's stack among them (issue 22)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self._height_for: tuple[int, int] | None = None  # (width, height) last worked out
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def __del__(self) -> None:
        while self.takeAt(0) is not None:
            pass

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        self._height_for = None
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def invalidate(self) -> None:
        self._height_for = None
        super().invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        known = self._height_for
        if known is not None and known[0] == width:
            return known[1]
        height = self._arrange(QRect(0, 0, width, 0), move=False)
        self._height_for = (width, height)
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Lay the items out left to right, wrapping at the right edge, each centred on its line's
        height (a label level with the buttons beside it); returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[tuple[QLayoutItem, int, int]]] = [[]]
        x = area.x()
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            width = max(min(hint.width(), area.width()), item.minimumSize().width())
            height = item.heightForWidth(width) if item.hasHeightForWidth() else hint.height()
            if x > area.x() and x + width > area.right() + 1:
                x = area.x()
                lines.append([])
            lines[-1].append((item, width, height))
            x += width + self._gap
        y = area.y()
        for number, line in enumerate(lines):
            tallest = max((height for _item, _width, height in line), default=0)
            x = area.x()
            for item, width, height in line:
                if move:
                    item.setGeometry(QRect(QPoint(x, y + (tallest - height) // 2), QSize(width, height)))
                x += width + self._gap
            y += tallest + (self._gap if number < len(lines) - 1 and line else 0)
        return y - rect.y() + margins.bottom()
