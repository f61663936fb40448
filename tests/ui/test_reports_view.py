"""The Reports view with the demo clinic: it loads off the GUI thread, each tab shows its own chart
and table, the provider filter narrows them, CSV holds what the table shows, the PDF holds the
title and the figures; the bar chart draws, labels and describes its bars; the table model is a
well-behaved QAbstractItemModel."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QKeySequence, QPainter

from clinic_desktop.services import ClinicServices
from clinic_desktop.services.reports import Column, ReportKind, Table
from clinic_desktop.ui.dates import pydate
from clinic_desktop.ui.main_window import VIEWS, MainWindow
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.views.reports_view import ReportsView, ReportTableModel
from clinic_desktop.ui.widgets.bar_chart import BarChart, BarSeries, nice_ticks

TIMEOUT = 15_000


@pytest.fixture
def view(qtbot, demo_services: ClinicServices) -> Iterator[ReportsView]:  # type: ignore[no-untyped-def]
    operations = Operations(demo_services.end_thread)
    widget = ReportsView(demo_services, operations)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=TIMEOUT):
        widget.refresh()
    yield widget
    operations.wait()


def switch(qtbot, view: ReportsView, kind: ReportKind) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        view.choose(kind)


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_the_view_loads_the_last_twelve_months_of_treatments(view: ReportsView) -> None:
    assert pydate(view.first.date()) == date(2025, 12, 1)
    assert pydate(view.last.date()) == date(2026, 11, 23)  # today in the demo clinic
    report = view.report
    assert report is not None and report.kind is ReportKind.TREATMENTS
    assert view.chart.has_data and len(view.chart.categories) == 12 and view.chart.stacked
    assert view.model.rowCount() == 13  # twelve months and the total
    assert view.model.data(view.model.index(12, 0)) == "Total"
    assert view.heading.text() == "Treatments per indication per month"
    assert "treatments" in view.summary.text()
    assert view.provider.count() == 3  # all providers, then the demo's two
    assert view.actions_["csv"].isEnabled() and view.actions_["pdf"].isEnabled()


def test_switching_reports_changes_the_charts_data(qtbot, view: ReportsView) -> None:  # type: ignore[no-untyped-def]
    months = view.chart.categories
    switch(qtbot, view, ReportKind.ATTENDANCE)
    assert view.report is not None and view.report.kind is ReportKind.ATTENDANCE
    names = {view.provider.itemText(i) for i in range(1, view.provider.count())}
    assert set(view.chart.categories) == names and view.chart.categories != months
    assert [s.name for s in view.chart.series] == ["Cancellation rate", "No-show rate"]
    assert view.chart.horizontal and view.chart.percent
    assert view.model.headerData(4, Qt.Orientation.Horizontal) == "Cancellation rate"
    switch(qtbot, view, ReportKind.UNITS)
    assert [s.name for s in view.chart.series] == ["Given", "Wasted"]
    assert view.heading.text() == "Units used per product and lot"
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        view._turn(1)  # Ctrl+PgDown
    assert view.kind is ReportKind.WASTE
    view.choose(ReportKind.TREATMENTS)  # read before: shown at once
    assert view.chart.categories == months


def test_the_provider_filter_narrows_the_report(qtbot, view: ReportsView) -> None:  # type: ignore[no-untyped-def]
    switch(qtbot, view, ReportKind.ATTENDANCE)
    everyone = len(view.chart.categories)
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        view.provider.setCurrentIndex(1)
    report = view.report
    assert report is not None and report.scope.provider_id == view.provider.currentData()
    assert everyone == 2 and view.chart.categories == (view.provider.currentText(),)
    assert view.provider.currentText() in view.scope_label.text()


def test_a_new_range_is_read_and_a_backwards_one_refused(qtbot, view: ReportsView) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        view.set_range(date(2026, 9, 1), date(2026, 11, 23))
    assert view.chart.categories == ("Sep 2026", "Oct 2026", "Nov 2026")
    view.set_range(date(2026, 11, 1), date(2026, 10, 1))
    assert "starts after it ends" in view.status.text()


def test_a_range_without_data_says_so(qtbot, view: ReportsView) -> None:  # type: ignore[no-untyped-def]
    switch(qtbot, view, ReportKind.UNITS)
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        view.set_range(date(2020, 1, 1), date(2020, 3, 31))
    assert not view.chart.has_data and view.model.rowCount() == 0 and view.table.isHidden()
    assert view.status.text() == "No units were charted in this range."
    assert view.chart.toolTip() == view.status.text()


def test_csv_export_writes_what_the_table_shows(qtbot, view: ReportsView, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    switch(qtbot, view, ReportKind.RESPONDERS)
    assert view.actions_["csv"].shortcut() == QKeySequence("Ctrl+E")
    path = tmp_path / "responders.csv"
    with qtbot.waitSignal(view.exported, timeout=TIMEOUT) as signal:
        view.export_csv(str(path))
    assert signal.args == [str(path)]
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == view.model.shown()
    assert rows[0][0] == "Indication" and rows[1][0] == "Chronic migraine"
    assert "Exported" in view.status.text()


def test_pdf_export_holds_the_title_the_range_and_the_figures(
    qtbot, view: ReportsView, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    switch(qtbot, view, ReportKind.ATTENDANCE)
    path = tmp_path / "attendance.pdf"
    with qtbot.waitSignal(view.exported, timeout=TIMEOUT):
        view.export_pdf(str(path))
    reader = pypdf.PdfReader(str(path))
    text = words(" ".join(page.extract_text() for page in reader.pages))
    assert "No-shows and cancellations per provider" in text
    assert "1 Dec 2025 to 23 Nov 2026" in text
    total = view.model.shown()[-1]  # All providers: appointments, ..., rates
    assert total[0] == "All providers"
    for figure in (total[1], total[4], total[6]):
        assert figure in text
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points


def test_the_table_model_is_well_behaved(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ReportTableModel()
    model.set_table(
        Table(
            (Column("Month"), Column("Treatments", "count"), Column("Share", "rate")),
            (("Oct 2026", 3, 0.25), ("Nov 2026", 5, None), ("Total", 8, 0.5)),
            total_rows=1,
        )
    )
    qtmodeltester.check(model)
    assert model.data(model.index(1, 2)) == "—" and model.data(model.index(0, 2)) == "25.0%"
    assert model.data(model.index(2, 0), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole) is None
    right = model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole)
    assert right & int(Qt.AlignmentFlag.AlignRight)


# --- the chart widget -----------------------------------------------------------------------------


def render(chart: BarChart, width: int = 700, height: int = 360) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    chart.render_to(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def test_the_bar_chart_draws_stacks_in_proportion_and_says_each_bar(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_data(
        ("Oct 2026", "Nov 2026"),
        [BarSeries("Migraine", (30, 10)), BarSeries("Dystonia", (10, 0))],
        stacked=True,
        value_title="Treatments",
        category_title="Month",
    )
    bars = chart.bars(QRectF(0, 0, 600, 300))
    heights = {(b.category, b.series): b.rect.height() for b in bars}
    assert heights[(0, 0)] == pytest.approx(3 * heights[(1, 0)])
    assert heights[(0, 1)] == pytest.approx(heights[(1, 0)]) and heights[(1, 1)] == 0
    assert chart.bar_text(0, 1) == "Oct 2026 — Dystonia: 10 (total 40)"
    assert "Migraine: Oct 2026 30, Nov 2026 10" in chart.describe()
    assert chart.accessibleDescription() == chart.describe()
    chart.resize(600, 300)
    middle = next(b for b in chart.bars(QRectF(chart.rect())) if (b.category, b.series) == (0, 0))
    assert chart.bar_at(middle.rect.center()) == middle
    assert chart.bar_at(QPointF(2, 2)) is None
    image = render(chart)
    blue = QColor("#0072b2")
    assert any(image.pixelColor(x, y) == blue for x in range(0, 700, 3) for y in range(0, 360, 3))


def test_many_categories_and_long_names_still_fit(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = BarChart()
    qtbot.addWidget(chart)
    labels = tuple(f"Lot C{1000 + i}C2 of a very long product name" for i in range(60))
    chart.set_data(labels, [BarSeries("Given", tuple(float(i) for i in range(60)))])
    layout = chart.arrange(QRectF(0, 0, 700, 360), QFontMetricsF(chart.font()))
    assert layout.rotated and layout.every > 1  # turned and thinned, not overlapping
    assert layout.plot.height() > 60
    chart.set_data(labels, [BarSeries("Given", tuple(float(i) for i in range(60)))], horizontal=True)
    assert chart.minimumSizeHint().height() >= 60 * 22  # lying: the view scrolls
    render(chart, 700, 1500)
    chart.clear("Nothing charted in this range.")
    assert not chart.has_data and chart.describe() == "Nothing charted in this range."
    render(chart)


def test_value_ticks_are_round() -> None:
    assert nice_ticks(1070) == (0, 250, 500, 750, 1000, 1250)
    assert nice_ticks(0.052) == pytest.approx((0, 0.02, 0.04, 0.06))
    assert nice_ticks(0) == (0.0, 1.0)


# --- in the window --------------------------------------------------------------------------------


def test_reports_is_a_view_of_the_main_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    spec = next(s for s in VIEWS if s.key == "reports")
    assert spec.shortcut == "Ctrl+5" and spec.title == "Reports"
    with qtbot.waitSignal(window.reports.loaded, timeout=TIMEOUT):
        window.registry["view_reports"].trigger()
    assert window.current_view == "reports" and window.stack.currentWidget() is window.reports
    assert window.reports.chart.has_data
