"""The application icon in every size and format the installers need, from resources/icons/app.svg.

    python packaging/icons.py resources/icons/app.svg build/packaging/icons

writes clinic-desktop-SIZE.png for the freedesktop hicolor theme (16 to 512 pixels, drawn by Qt's
SVG renderer at each size rather than scaled from one bitmap), clinic-desktop.svg (the scalable
one), clinic-desktop.ico (Windows: the executable, the installer and its shortcuts) and
clinic-desktop.icns (macOS: the .app), the last two written by Pillow from the PNGs. Run in the
build environment (PySide6 and Pillow), with QT_QPA_PLATFORM=offscreen where there is no display.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

NAME = "clinic-desktop"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512, 1024)  # 1024: the .icns's 512@2x
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_pngs(svg: Path, folder: Path) -> dict[int, Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG image Qt can draw")
    written = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = folder / f"{NAME}-{size}.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"Could not write {path}")
        written[size] = path
    del app
    return written


def write_ico_and_icns(pngs: dict[int, Path], folder: Path) -> None:
    from PIL import Image

    largest = Image.open(pngs[max(pngs)])
    # Pillow's ICO writer takes the sizes to include and scales the largest image to each; the
    # small ones are given as drawn at that size instead (sharper than scaled down).
    largest.save(
        folder / f"{NAME}.ico",
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[Image.open(pngs[size]) for size in ICO_SIZES if size in pngs],
    )
    largest.save(folder / f"{NAME}.icns", format="ICNS")  # its sizes are scaled from 1024


def main(argv: list[str]) -> int:
    svg, folder = Path(argv[0]), Path(argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, folder / f"{NAME}.svg")
    pngs = render_pngs(svg, folder)
    write_ico_and_icns(pngs, folder)
    print(f"Icons: {', '.join(sorted(p.name for p in folder.iterdir()))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
