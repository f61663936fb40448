"""The window's views down its left side, as wide as its longest title needs.

A fixed width cut "Registro de auditoría" short in the Spanish window, and any title at large
text; the list measures its titles in bold (the current one is bold) with the font in force and
takes that width, never less than the English window's 190 px, again whenever the font or the
style changes (View > Appearance…)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QListWidget

MIN_WIDTH = 190
# Beside the text: the item's 4 px marker and 12 px padding each side (resources/theme.qss), the
# icon's gap, the list's right border and a little air.
SIDES = 4 + 12 + 12 + 8 + 1 + 12


class NavigationList(QListWidget):
    def fit_width(self) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        texts = [self.item(row).text() for row in range(self.count())]
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        self.setFixedWidth(max(MIN_WIDTH, widest + self.iconSize().width() + SIDES))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_width()
