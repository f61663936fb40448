"""Paper: page sizes and margins, PDF files, and the Qt application text layout needs."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from clinic_desktop import APP_TITLE, private_files

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

MARGIN_MM = 18
PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def default_paper() -> str:
    """US Letter where the locale measures in inches, A4 elsewhere."""
    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if imperial else "a4"


def page_layout(
    paper: str | None = None, margin_mm: float = MARGIN_MM, landscape: bool = False
) -> QPageLayout:
    """A4 or US Letter (``paper``; the locale's when None) with even margins."""
    size = QPageSize(PAPERS[paper or default_paper()])
    margins = QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, margins, QPageLayout.Unit.Millimeter)


LAYOUT_DPI = 96  # documents are laid out at screen resolution (HTML pixels mean what they say)


def write_pdf(path: str | Path, title: str, layout: QPageLayout, paint: Callable[[QPdfWriter], int]) -> int:
    """A PDF file painted by ``paint`` (which returns its pages), written beside the target first
    and renamed over it, so a failure never leaves half a file nor spoils an earlier one. Qt writes
    into a file made owner-only before it (a day list, a report or an aftercare sheet names
    patients), and keeps its mode. A folder that is missing or read-only is OSError, before any
    drawing."""
    with private_files.replacing(path) as partial:
        writer = QPdfWriter(str(partial))
        writer.setPageLayout(layout)
        writer.setResolution(300)
        writer.setCreator(APP_TITLE)
        writer.setTitle(title)
        pages = paint(writer)
        del writer  # closes the file
    return pages


def private_output(printer: QPrinter) -> None:
    """Before painting on a printer: when the person chose to print to a file (the print dialog's
    "Print to File"), that file names patients, so it is made owner-only first; Qt then writes
    into it and keeps its mode. A file that cannot be made is OSError, before any drawing."""
    name = printer.outputFileName()
    if name:
        private_files.create_file(name)


def save_pdf(
    document: QTextDocument, path: str | Path, layout: QPageLayout | None = None, footer: str = ""
) -> int:
    """The document as a PDF with our page painter (footer, "Page i of n"). Returns its pages."""
    title = document.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
    return write_pdf(
        path, title, layout or page_layout(), lambda writer: paint_pages(document, writer, footer)
    )


def paint_pages(document: QTextDocument, device: QPagedPaintDevice, footer: str = "") -> int:
    """Lay the document out on the device's pages and paint them, each with a footer line (the
    text given, and "Page i of n"). Used for PDF files, printers and print preview alike.

    Qt's own QTextDocument.print_ adds a fixed 2 cm margin inside the page margins and a bare page
    number; a dense list needs the paper, and a page that says which list it belongs to."""
    copy = document.clone()
    ruler = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    ruler.setDotsPerMeterX(dots_per_metre)
    ruler.setDotsPerMeterY(dots_per_metre)
    copy.documentLayout().setPaintDevice(ruler)
    resolution = device.logicalDpiY()  # QPdfWriter's and QPrinter's resolution
    scale = resolution / LAYOUT_DPI
    paint = device.pageLayout().paintRectPixels(resolution)
    width, height = paint.width() / scale, paint.height() / scale
    font = QFont(copy.defaultFont())
    # In layout pixels (the painter scales them to the device): a point size would be taken at
    # the device's resolution and then scaled again.
    font.setPixelSize(round(max(6.0, font.pointSizeF() - 1) * LAYOUT_DPI / 72))
    footer_height = QFontMetricsF(font, ruler).height() * 2
    copy.setPageSize(QSizeF(width, height - footer_height))
    pages = int(copy.pageCount())
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or file could not be opened")
    try:
        painter.scale(scale, scale)
        body = height - footer_height
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * body)
            copy.drawContents(painter, QRectF(0, page * body, width, body))
            painter.restore()
            painter.setFont(font)
            painter.setPen(QColor("#555555"))
            line = QRectF(0, height - footer_height / 2, width, footer_height / 2)
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, footer)
            painter.drawText(
                line,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"Page {page + 1} of {pages}",
            )
    finally:
        painter.end()
    return pages


def ensure_application() -> QGuiApplication:
    """The Qt application text layout and fonts need. The command line has none: it gets an
    off-screen one (no window, no display needed)."""
    app = QGuiApplication.instance()
    if app is None:
        arguments = [sys.argv[0] if sys.argv else APP_TITLE]
        if not os.environ.get("QT_QPA_PLATFORM"):
            arguments += ["-platform", "offscreen"]
        app = QGuiApplication(arguments)
    assert isinstance(app, QGuiApplication)
    return app
