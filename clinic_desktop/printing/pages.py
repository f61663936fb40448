"""Paper: page sizes and margins, PDF files, and the Qt application text layout needs.

Two ways to put text on pages. ``paint_pages`` lets one QTextDocument flow over them (a letter, a
report). ``paint_printout`` lays out a list in blocks that are never split (an appointment's lines
stay on one page): Qt's text documents ignore CSS's page-break-inside, so the blocks are laid out
one by one and a page is turned before a block that does not fit. Each section of a printout (one
provider's list) starts a page, repeats its column headings on every page, and names itself in
the footers of its own pages.

What the pages themselves say ("Page 2 of 3") is in the window's language (context "PrintedPages"),
English from the command line."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSizeF, Qt
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


@lru_cache(maxsize=1)
def default_paper() -> str:
    """US Letter where the locale measures in inches, A4 elsewhere. Asked once (the system locale's
    first reading took 30 ms on the GUI thread when the day list's dialog opened: ui/preload.py
    asks it while the person signs in)."""
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


def not_opened() -> str:
    """Why nothing was printed when Qt could not start painting on the device."""
    return QCoreApplication.translate("PrintedPages", "the printer or file could not be opened")


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
    text given, and "Page i of n"; each further line of the text on a line of its own beneath,
    such as the day list's audit anchor). Used for PDF files, printers and print preview alike.

    Qt's own QTextDocument.print_ adds a fixed 2 cm margin inside the page margins and a bare page
    number; a dense list needs the paper, and a page that says which list it belongs to."""
    copy = document.clone()
    ruler = layout_ruler()
    copy.documentLayout().setPaintDevice(ruler)
    resolution = device.logicalDpiY()  # QPdfWriter's and QPrinter's resolution
    scale = resolution / LAYOUT_DPI
    paint = device.pageLayout().paintRectPixels(resolution)
    width, height = paint.width() / scale, paint.height() / scale
    font = _footer_font(copy.defaultFont().pointSizeF())
    line_height, footer_height = _footer_lines(font, ruler, [footer])
    copy.setPageSize(QSizeF(width, height - footer_height))
    pages = int(copy.pageCount())
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(not_opened())
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
            _paint_footer(painter, font, width, height, line_height, footer, page, pages)
    finally:
        painter.end()
    return pages


@dataclass(frozen=True)
class Section:
    """A part of a printout that starts on a new page: ``heading`` (HTML) opens it, ``repeat``
    (HTML, e.g. the column headings) tops each of its later pages, and each of ``blocks`` (HTML)
    is kept whole on one page. ``footer`` names what its pages show."""

    footer: str
    heading: str = ""
    repeat: str = ""
    blocks: tuple[str, ...] = ()


@dataclass(frozen=True)
class Printout:
    """A list to print: its sections in order, in ``point_size`` text."""

    title: str
    sections: tuple[Section, ...]
    point_size: float = 9

    def parts(self) -> Iterator[str]:
        for section in self.sections:
            yield section.heading
            yield from section.blocks

    def toPlainText(self) -> str:  # noqa: N802 - QTextDocument's name, for code that reads either
        """Everything the printout says, as plain text (what a test or a search reads)."""
        ensure_application()
        text = []
        for html in self.parts():
            document = QTextDocument()
            document.setHtml(html)
            text.append(document.toPlainText())
        return "\n".join(text)


@dataclass(frozen=True)
class _Placed:
    """One laid-out piece on one page: its document, where it goes, and which slice of it shows
    (all of it, unless a single block is taller than a page and has to run over)."""

    page: int
    top: float
    document: QTextDocument
    clip_top: float
    height: float


@dataclass(frozen=True)
class _Pages:
    placed: list[_Placed]
    footers: list[str]  # per page


def block_document(html: str, font: QFont, width: float, ruler: QImage) -> QTextDocument:
    """One piece of a printout laid out ``width`` layout pixels wide against ``ruler``."""
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.documentLayout().setPaintDevice(ruler)
    page = f"<html><body>{html}</body></html>"
    document.setHtml(page)
    document.setTextWidth(width)
    return document


def _new_page(
    placed: list[_Placed], footers: list[str], footer: str, top: QTextDocument | None
) -> tuple[int, float]:
    """Start a page with ``footer`` and ``top`` (a heading, or the section's repeated heading) at
    the top of it; returns the page and where below ``top`` the next block goes."""
    footers.append(footer)
    page = len(footers) - 1
    if top is None:
        return page, 0.0
    placed.append(_Placed(page, 0, top, 0, top.size().height()))
    return page, top.size().height()


def lay_out(printout: Printout, width: float, height: float, ruler: QImage) -> _Pages:
    """Place the printout's pieces on pages ``width`` x ``height`` (layout pixels): a block that
    does not fit below what is on the page goes to the top of the next, under the section's
    repeated headings; the section's heading stays with its first block."""
    font = QFont()
    font.setPointSizeF(printout.point_size)
    placed: list[_Placed] = []
    footers: list[str] = []
    for section in printout.sections:
        heading = block_document(section.heading, font, width, ruler) if section.heading else None
        repeat = block_document(section.repeat, font, width, ruler) if section.repeat else None
        page, y = _new_page(placed, footers, section.footer, heading)
        first = True
        for html in section.blocks:
            block = block_document(html, font, width, ruler)
            size = block.size().height()
            if y + size > height and not first:
                page, y = _new_page(placed, footers, section.footer, repeat)
            first = False
            # Taller than what is left of a fresh page (a rare wall of notes): it runs over.
            shown = 0.0
            while size - shown > height - y and height - y >= 1:
                placed.append(_Placed(page, y, block, shown, height - y))
                shown += height - y
                page, y = _new_page(placed, footers, section.footer, None)
            placed.append(_Placed(page, y, block, shown, size - shown))
            y += size - shown
    return _Pages(placed, footers or [""])


@dataclass(frozen=True)
class LaidOut:
    """A printout laid out ahead of painting, for pages of one size (layout pixels, the footer's
    lines left out of ``height``): what a window lays out on a worker thread so that painting its
    print preview is all the GUI thread does (issue 22)."""

    printout: Printout
    width: float
    height: float
    pages: _Pages


def _page_size(layout: QPageLayout, resolution: int) -> tuple[float, float]:
    """The paintable page in layout pixels, for a device of ``resolution`` dots per inch."""
    paint = layout.paintRectPixels(resolution)
    scale = resolution / LAYOUT_DPI
    return paint.width() / scale, paint.height() / scale


def lay_out_ahead(printout: Printout, layout: QPageLayout, resolution: int) -> LaidOut:
    """Lay the printout out for pages of ``layout`` on a device of ``resolution`` dpi: callable on
    a worker thread; its documents are handed to the application's thread, which paints them."""
    ruler = layout_ruler()
    width, height = _page_size(layout, resolution)
    font = _footer_font(printout.point_size)
    _, footer_height = _footer_lines(font, ruler, [s.footer for s in printout.sections])
    pages = lay_out(printout, width, height - footer_height, ruler)
    app = QCoreApplication.instance()
    if app is not None:
        for document in {id(p.document): p.document for p in pages.placed}.values():
            document.moveToThread(app.thread())
    return LaidOut(printout, width, height - footer_height, pages)


def paint_printout(printout: Printout, device: QPagedPaintDevice, ahead: LaidOut | None = None) -> int:
    """Lay the printout out on the device's pages and paint them, each with its section's footer
    and "Page i of n". For PDF files, printers and print preview alike. Returns the pages.
    ``ahead``: the printout already laid out for these pages (lay_out_ahead), used where it fits."""
    ruler = layout_ruler()
    resolution = device.logicalDpiY()
    scale = resolution / LAYOUT_DPI
    width, height = _page_size(device.pageLayout(), resolution)
    font = _footer_font(printout.point_size)
    line_height, footer_height = _footer_lines(font, ruler, [s.footer for s in printout.sections])
    fits = ahead is not None and ahead.printout is printout
    if ahead is not None and fits and (ahead.width, ahead.height) == (width, height - footer_height):
        pages = ahead.pages
    else:
        pages = lay_out(printout, width, height - footer_height, ruler)
    total = len(pages.footers)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(not_opened())
    try:
        painter.scale(scale, scale)
        for page in range(total):
            if page:
                device.newPage()
            for piece in (p for p in pages.placed if p.page == page):
                painter.save()
                painter.translate(0, piece.top - piece.clip_top)
                piece.document.drawContents(painter, QRectF(0, piece.clip_top, width, piece.height))
                painter.restore()
            _paint_footer(painter, font, width, height, line_height, pages.footers[page], page, total)
    finally:
        painter.end()
    return total


def save_printout(printout: Printout, path: str | Path, layout: QPageLayout | None = None) -> int:
    """The printout as a PDF file (owner-only, written whole or not at all). Returns its pages."""
    return write_pdf(
        path, printout.title, layout or page_layout(), lambda writer: paint_printout(printout, writer)
    )


def layout_ruler() -> QImage:
    """An image at LAYOUT_DPI that text is laid out against (page pixels then mean what HTML says)."""
    ensure_application()
    ruler = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    ruler.setDotsPerMeterX(dots_per_metre)
    ruler.setDotsPerMeterY(dots_per_metre)
    return ruler


def _footer_font(point_size: float) -> QFont:
    font = QFont()
    # In layout pixels (the painter scales them to the device): a point size would be taken at
    # the device's resolution and then scaled again.
    font.setPixelSize(round(max(6.0, point_size - 1) * LAYOUT_DPI / 72))
    # No ligatures: a footer may hold a code to copy (the audit anchor), whose "ff" must stay two letters.
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def _footer_lines(font: QFont, ruler: QImage, footers: list[str]) -> tuple[float, float]:
    """(one footer line's height, the whole footer's): a blank line above as many lines as the
    longest footer has (a footer's further lines, such as the day list's audit anchor, go beneath
    its first)."""
    line = QFontMetricsF(font, ruler).height()
    most = max((text.count("\n") + 1 for text in footers), default=1)
    return line, line * (1 + most)


def _paint_footer(
    painter: QPainter,
    font: QFont,
    width: float,
    height: float,
    line_height: float,
    text: str,
    page: int,
    pages: int,
) -> None:
    """The footer's first line and "Page i of n" on one line, its further lines beneath it, each
    cut short in the middle where the paper is too narrow."""
    painter.setFont(font)
    painter.setPen(QColor("#555555"))
    metrics = QFontMetricsF(font)
    lines = text.split("\n")
    number = QCoreApplication.translate("PrintedPages", "Page {page} of {pages}").format(
        page=page + 1, pages=pages
    )
    for index, words in enumerate(lines):
        line = QRectF(0, height - (len(lines) - index) * line_height, width, line_height)
        room = width - (metrics.horizontalAdvance(number) + 12 if index == 0 else 0)
        shown = metrics.elidedText(words, Qt.TextElideMode.ElideMiddle, room)
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
        if index == 0:
            painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, number)


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
