"""The application's icons, from the compiled Qt resource (resources/ -> resources_rc.py).

The line icons are drawn in one slate colour that reads on light backgrounds; on a dark palette
they are re-coloured lighter so that they keep their contrast. The colour is chosen when an icon
is drawn, not when it is made (``LineIconEngine``): switching to a dark palette while the window
is open (View > Appearance…) re-colours every icon already on screen.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QFile, QIODevice, QRect, QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyleOption

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

from clinic_desktop.ui import resources_rc  # noqa: F401  (registers :/ resources)

LINE_COLOUR = "#4a5a70"
LINE_COLOUR_ON_DARK = "#b4c2d6"
SIZES = (16, 20, 24, 32, 48)


def read_resource(path: str) -> bytes:
    file = QFile(path)
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(path)
    try:
        return bytes(file.readAll().data())
    finally:
        file.close()


def palette_is_dark() -> bool:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def icon(name: str) -> QIcon:
    """The named icon; a line icon follows the palette in force each time it is drawn."""
    if name == "app":
        return _icon(name, False)
    return QIcon(LineIconEngine(name))


@cache
def _renderer(name: str, dark: bool) -> QSvgRenderer:
    from PySide6.QtSvg import QSvgRenderer  # when first drawn: the sign-in dialog needs none (issue 22)

    svg = read_resource(f":/icons/{name}.svg")
    if dark and name != "app":
        svg = svg.replace(LINE_COLOUR.encode(), LINE_COLOUR_ON_DARK.encode())
    return QSvgRenderer(QByteArray(svg))


@cache
def _pixmap(name: str, dark: bool, width: int, height: int) -> QPixmap:
    pixmap = QPixmap(QSize(max(width, 1), max(height, 1)))
    pixmap.fill(QColor(0, 0, 0, 0))  # transparent (not Qt.transparent: see ui/dialogs/sign_in.py)
    painter = QPainter(pixmap)
    _renderer(name, dark).render(painter)
    painter.end()
    return pixmap


@cache
def _icon(name: str, dark: bool) -> QIcon:
    """The icon drawn once in one colour (the application's own icon, and tests)."""
    result = QIcon()
    for size in (*SIZES, 64, 128, 256) if name == "app" else SIZES:
        result.addPixmap(_pixmap(name, dark, size, size))
    return result


class LineIconEngine(QIconEngine):
    """A line icon drawn at the size asked, in the colour the palette in force needs; disabled,
    it is greyed as Qt's style greys any icon."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def clone(self) -> QIconEngine:
        return LineIconEngine(self.name)

    def key(self) -> str:
        return "clinic-line-icon"

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:  # noqa: N802
        return [QSize(size, size) for size in SIZES]

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802
        side = min(size.width(), size.height())
        return QSize(side, side)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802
        side = round(min(size.width(), size.height()) * scale)
        drawn = QPixmap(_pixmap(self.name, palette_is_dark(), side, side))
        if mode == QIcon.Mode.Disabled and isinstance(QApplication.instance(), QApplication):
            drawn = QApplication.style().generatedIconPixmap(mode, drawn, QStyleOption())
        drawn.setDevicePixelRatio(scale)
        return drawn

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))


def stylesheet() -> str:
    return read_resource(":/theme.qss").decode("utf-8")
