"""A chart's short tables fit their columns to what they hold (ui/views/chart_base.py fit_columns):
each column as wide as its heading or its widest text among the first rows, measured with the
table's font, the last one stretching."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from clinic_desktop.ui.views.chart_base import FIT_ROWS, TextTableModel, fit_columns, text_table


def test_columns_fit_their_widest_text_and_heading(qtbot: QtBot) -> None:
    model = TextTableModel(["Date", "Product and dose given", "Provider", "Notes"])
    long_product = "Onabotulinumtoxin A, 195 U in 39 points (follow the pain)"
    rows = [["2026-11-18", "Botox 155 U", "Dr Lind", "—"] for _ in range(10)]
    rows[4][1] = long_product
    rows[6][2] = "Dr Annabel Fitzgerald-Whitmore"
    model.set_rows(rows, alerts={4}, muted={6})
    table = text_table(model)
    qtbot.addWidget(table)
    table.resize(1200, 300)
    table.show()
    qtbot.waitExposed(table)
    fit_columns(table)
    metrics = QFontMetrics(table.font())
    widths = [table.columnWidth(column) for column in range(4)]
    assert widths[1] >= metrics.horizontalAdvance(long_product) + 16  # the widest text, whole
    assert widths[2] >= metrics.horizontalAdvance("Dr Annabel Fitzgerald-Whitmore") + 16
    assert widths[0] < widths[2] < widths[1]
    assert min(widths[:3]) >= 90  # no column narrower than a date
    heading = table.horizontalHeader()
    assert widths[1] >= heading.sectionSizeHint(1)  # and never narrower than its heading
    # as Qt's own measure of the same rows would have them, within its margins
    table.resizeColumnToContents(1)
    assert abs(widths[1] - 16 - table.columnWidth(1)) <= 2


def test_only_the_first_rows_are_measured(qtbot: QtBot) -> None:
    model = TextTableModel(["Date", "Notes", "Last"])
    rows = [["2026-11-18", "short", "x"] for _ in range(FIT_ROWS + 20)]
    rows[-1][1] = "a very long note far down a long record " * 3
    model.set_rows(rows)
    table = text_table(model)
    qtbot.addWidget(table)
    table.show()
    qtbot.waitExposed(table)
    fit_columns(table)
    assert table.columnWidth(1) < QFontMetrics(table.font()).horizontalAdvance(rows[-1][1])
