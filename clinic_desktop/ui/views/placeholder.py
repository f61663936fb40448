"""A view a later release fills: says plainly what is coming, shows nothing invented."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from clinic_desktop.ui.icons import icon


class PlaceholderView(QWidget):
    def __init__(self, title: str, icon_name: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        picture = QLabel()
        picture.setPixmap(icon(icon_name).pixmap(64, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(title)
        heading.setObjectName("placeholderTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QLabel(text)
        self.body.setObjectName("placeholderText")
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QLabel("")
        self.detail.setObjectName("placeholderText")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (picture, heading, self.body, self.detail):
            layout.addWidget(widget)
        layout.addStretch(3)

    def refresh(self) -> None:
        """Placeholders hold no data of their own; the window may set ``detail``."""
