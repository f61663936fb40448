"""The application's icons, from the compiled Qt resource (resources/ -> resources_rc.py).

The line icons are drawn in one slate colour that reads on light backgrounds; on a dark palette
they are re-coloured lighter so that they keep their contrast.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QFile, QIODevice, QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

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
    return _icon(name, palette_is_dark())


@cache
def _icon(name: str, dark: bool) -> QIcon:
    from PySide6.QtSvg import QSvgRenderer  # when first drawn: the sign-in dialog needs none (issue 22)

    svg = read_resource(f":/icons/{name}.svg")
    if dark and name != "app":
        svg = svg.replace(LINE_COLOUR.encode(), LINE_COLOUR_ON_DARK.encode())
    renderer = QSvgRenderer(QByteArray(svg))
    result = QIcon()
    for size in (*SIZES, 64, 128, 256) if name == "app" else SIZES:
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(QColor(0, 0, 0, 0))  # transparent (not Qt.transparent: see ui/dialogs/sign_in.py)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result


def stylesheet() -> str:
    return read_resource(":/theme.qss").decode("utf-8")
