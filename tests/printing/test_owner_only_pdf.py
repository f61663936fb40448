"""PDF files are written into an owner-only temporary file (Qt's writer keeps its mode) that takes
the target's name at the end, under the usual umask 022; printing to a file does the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPainter, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from clinic_desktop.printing.pages import page_layout, paint_pages, private_output, write_pdf
from tests.owner_only import assert_owner_only, mode, partials, umask_022  # noqa: F401

pytestmark = pytest.mark.usefixtures("umask_022")


def test_a_pdf_is_owner_only_while_it_is_drawn_and_after(tmp_path: Path) -> None:
    target = tmp_path / "day-list.pdf"
    target.write_bytes(b"yesterday's list")
    assert mode(target) == 0o644
    seen: list[tuple[str, int]] = []

    def paint(writer: QPdfWriter) -> int:
        painter = QPainter(writer)
        painter.drawText(100, 100, "09:00 Ines Ortega")
        painter.end()
        (partial,) = partials(tmp_path)
        seen.append((partial.name, mode(partial)))
        return 1

    assert write_pdf(target, "Day list", page_layout("a4"), paint) == 1
    assert seen and seen[0][0].startswith(".day-list.pdf.") and seen[0][1] == 0o600
    assert target.read_bytes().startswith(b"%PDF")
    assert_owner_only(target)
    assert partials(tmp_path) == []


def test_printing_to_a_file_makes_it_owner_only_first(tmp_path: Path) -> None:
    target = tmp_path / "printout.pdf"
    target.write_bytes(b"an older printout")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFileName(str(target))
    document = QTextDocument()
    document.setPlainText("Ines Ortega, aftercare")
    private_output(printer)
    assert_owner_only(target)
    paint_pages(document, printer)
    assert target.read_bytes().startswith(b"%PDF")
    assert_owner_only(target)
    on_paper = QPrinter(QPrinter.PrinterMode.HighResolution)  # to a printer: no file to make
    private_output(on_paper)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["printout.pdf"]
