"""A layout that places its widgets in a row and wraps them onto the next line when the row is
full: alert chips that wrap instead of widening the window past a laptop's screen.

Qt has no such layout of its own; this is its documented example, "Flow Layout"
(https://doc.qt.io/qt-6/qtwidgets-layouts-flowlayout-example.html), in Python: the height follows
the width (heightForWidth), and the minimum width is that of the widest single item.

The arrangement for each width asked is kept until the layout is invalidated (an item added,
taken, shown, hidden or resized), as Qt's own layouts keep theirs: a layout whose height follows
its width is asked again, at a few widths, on every layout pass of the window around it, each
view's in the window's stack among them, and the items are placed again only when the rectangle
changed. Worked out afresh each time, the rows of filters froze the window for tens of
milliseconds when a view was shown (issue 22)."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget

KEPT_WIDTHS = 8  # arrangements kept (Qt asks at a few widths; a window resized by hand, at many)


class Arrangement(NamedTuple):
    height: int
    places: list[tuple[QLayoutItem, QRect]]


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        # Each width's arrangement (its height; each item's place, from the top left corner), and
        # the rectangle the items were last placed in, until the layout is invalidated.
        self._arranged: dict[int, Arrangement] = {}
        self._placed: QRect | None = None
        self.arrangements = 0  # how many were worked out (the tests see the cache work)
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
        self._forget()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def invalidate(self) -> None:
        self._forget()
        super().invalidate()

    def _forget(self) -> None:
        self._arranged.clear()
        self._placed = None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrangement(width).height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        if self._placed == rect:
            return  # nothing changed since the items were placed there
        corner = rect.topLeft()
        for item, place in self._arrangement(rect.width()).places:
            item.setGeometry(place.translated(corner))
        self._placed = QRect(rect)

    def _arrangement(self, width: int) -> Arrangement:
        known = self._arranged.get(width)
        if known is None:
            if len(self._arranged) >= KEPT_WIDTHS:
                self._arranged.clear()
            known = self._arranged[width] = self._arrange(width)
            self.arrangements += 1
        return known

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, width: int) -> Arrangement:
        """Lay the items out left to right, wrapping at the right edge, each centred on its line's
        height (a label level with the buttons beside it): the height used, and each visible
        item's place in a rectangle of that width whose top left corner is (0, 0)."""
        margins = self.contentsMargins()
        area = QRect(0, 0, width, 0).adjusted(margins.left(), margins.top(), -margins.right(), 0)
        lines: list[list[tuple[QLayoutItem, int, int]]] = [[]]
        x = area.x()
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            item_width = max(min(hint.width(), area.width()), item.minimumSize().width())
            height = item.heightForWidth(item_width) if item.hasHeightForWidth() else hint.height()
            if x > area.x() and x + item_width > area.right() + 1:
                x = area.x()
                lines.append([])
            lines[-1].append((item, item_width, height))
            x += item_width + self._gap
        places: list[tuple[QLayoutItem, QRect]] = []
        y = area.y()
        for number, line in enumerate(lines):
            tallest = max((height for _item, _width, height in line), default=0)
            x = area.x()
            for item, item_width, height in line:
                top = y + (tallest - height) // 2
                places.append((item, QRect(QPoint(x, top), QSize(item_width, height))))
                x += item_width + self._gap
            y += tallest + (self._gap if number < len(lines) - 1 and line else 0)
        return Arrangement(y + margins.bottom(), places)
