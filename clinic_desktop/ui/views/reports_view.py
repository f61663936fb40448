"""Reports for the clinic manager: a date range and a provider at the top, the report chosen from
tabs, its bar chart and below it the same numbers as a table; exported as CSV (Ctrl+E) or as a
PDF (Ctrl+Shift+E), or printed.

The numbers come from ``ReportsService`` (the database counts them) off the GUI thread through
``Operations``; a report once read is kept until the range, the provider or F5 asks again, so
going back and forth between tabs is instant. The chart, the table, the CSV and the PDF all show
one ``Table``/``Chart`` of the report, so they cannot disagree; the PDF draws the chart with the
widget's own paint code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPalette,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop import APP_TITLE
from clinic_desktop.domain.entities import Provider
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.domain.words import shown
from clinic_desktop.printing import pages as paper
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.reports import AnyReport, Chart, ReportKind, Table
from clinic_desktop.ui.appearance import readable_ink, theme
from clinic_desktop.ui.dates import display_date, display_medium_date, medium_date_pattern, pydate, qdate
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.models.patient_list_model import alert_colour
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.widgets.bar_chart import BarChart, BarSeries
from clinic_desktop.ui.widgets.provider_filter import ALL, fill_provider_filter
from clinic_desktop.ui.widgets.record_table import ColumnFitter, Selection, set_up_record_table

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

Index = QModelIndex | QPersistentModelIndex
LOAD_KEY = "reports"
FILTER_DELAY_MS = 300  # typing a date changes it a digit at a time: read once the typing pauses
# The tabs, in the order a manager reads the clinic: activity, stock, money lost, the schedule,
# the recall list, results.
TABS: tuple[tuple[ReportKind, str], ...] = (
    (ReportKind.TREATMENTS, QT_TRANSLATE_NOOP("ReportsView", "Treatments")),
    (ReportKind.UNITS, QT_TRANSLATE_NOOP("ReportsView", "Units by lot")),
    (ReportKind.WASTE, QT_TRANSLATE_NOOP("ReportsView", "Waste (JW/JZ)")),
    (ReportKind.ATTENDANCE, QT_TRANSLATE_NOOP("ReportsView", "No-shows && cancellations")),
    (ReportKind.RECALLS, QT_TRANSLATE_NOOP("ReportsView", "Recall conversion")),
    (ReportKind.RESPONDERS, QT_TRANSLATE_NOOP("ReportsView", "Responders")),
)
NUMERIC = ("count", "units", "rate")
PDF_MARGIN_MM = 15


def show_chart(widget: BarChart, chart: Chart) -> None:
    """The service's Qt-free chart, handed to the widget (its words in the window's language)."""
    widget.set_data(
        [shown(category) for category in chart.categories],
        [BarSeries(shown(s.name), s.values) for s in chart.series],
        stacked=chart.stacked,
        horizontal=chart.horizontal,
        percent=chart.percent,
        value_title=shown(chart.value_title),
        category_title=shown(chart.category_title),
        empty_text=shown(chart.empty_text),
    )


# --- the table ------------------------------------------------------------------------------------


class ReportTableModel(QAbstractTableModel):
    """A report's table as shown (a few hundred rows at most: the rows are months, lots,
    providers or indications). The totals at the bottom are bold."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = Table((), ())

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.table.columns):
            return None
        column = self.table.columns[section]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return shown(column.title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if column.kind in NUMERIC else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.table.rows):
            return None
        row, column = index.row(), index.column()
        if not 0 <= column < len(self.table.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return shown(self.table.text(row, column))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            kind = self.table.columns[column].kind
            side = Qt.AlignmentFlag.AlignRight if kind in NUMERIC else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_total(row):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def is_total(self, row: int) -> bool:
        return row >= len(self.table.rows) - self.table.total_rows

    def shown(self) -> list[list[str]]:
        """Header and rows, as the view shows them (what the CSV must hold)."""
        header = [str(self.headerData(c, Qt.Orientation.Horizontal)) for c in range(self.columnCount())]
        rows = [
            [str(self.data(self.index(r, c))) for c in range(self.columnCount())]
            for r in range(self.rowCount())
        ]
        return [header, *rows]


# --- paper ----------------------------------------------------------------------------------------


def pdf_layout() -> QPageLayout:
    return paper.page_layout("a4", PDF_MARGIN_MM)


def paper_chart(chart: Chart, font: QFont) -> BarChart:
    """A chart widget (never shown) that draws in black on white whatever the screen's palette."""
    widget = BarChart()
    palette = QPalette(widget.palette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Text, QColor("#000000"))
        palette.setColor(group, QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6b6b6b"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, QColor("#ffffff"))
    widget.setPalette(palette)
    widget.setFont(font)
    show_chart(widget, chart)
    return widget


def paint_report(device: QPagedPaintDevice, report: AnyReport, clinic_name: str, printed: date) -> int:
    """The report on paper: its title, the clinic, range and provider, the chart (the widget's
    paint code) and the table, over as many pages as the table needs (its header repeated).
    Sizes are in points and in a 1/96-inch unit, so any resolution gives the same page.
    Returns the number of pages."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(QCoreApplication.translate("ReportsView", "The file could not be written."))
    try:
        return _paint_pages(painter, device, report, clinic_name, printed)
    finally:
        painter.end()


@dataclass(frozen=True)
class _Type:
    """The paper's fonts, their metrics on the device and the two inks; px is a 1/96-inch unit."""

    px: float
    body: QFont
    title: QFont
    bold: QFont
    fm: QFontMetricsF
    bold_fm: QFontMetricsF
    title_fm: QFontMetricsF
    ink: QColor
    grey: QColor

    @staticmethod
    def on(device: QPagedPaintDevice) -> _Type:
        body = QFont()
        body.setPointSizeF(9)
        title_font = QFont(body)
        title_font.setPointSizeF(15)
        title_font.setBold(True)
        bold = QFont(body)
        bold.setBold(True)
        return _Type(
            px=device.logicalDpiX() / 96,
            body=body,
            title=title_font,
            bold=bold,
            fm=QFontMetricsF(body, device),
            bold_fm=QFontMetricsF(bold, device),
            title_fm=QFontMetricsF(title_font, device),
            ink=QColor("#000000"),
            grey=QColor("#555555"),
        )


class _PaperTable:
    """A report's table on paper: column widths fitted to the page, its header and its rows."""

    def __init__(self, painter: QPainter, page: QRectF, type_: _Type, table: Table) -> None:
        self.painter = painter
        self.page = page
        self.type = type_
        self.table = table
        self.columns = table.columns
        self.titles = [shown(column.title) for column in table.columns]
        self.texts = [[shown(text) for text in row] for row in table.texts()]
        px, fm, bold_fm = type_.px, type_.fm, type_.bold_fm
        # Column widths: each column's widest text (the header may wrap over two lines), scaled
        # down to the page when together they are wider.
        self.gap = 10 * px
        natural = []
        for c, title in enumerate(self.titles):
            header = max((bold_fm.horizontalAdvance(w) for w in title.split()), default=0.0)
            first_total = len(self.texts) - table.total_rows
            cells = max(
                (
                    (bold_fm if n >= first_total else fm).horizontalAdvance(r[c])
                    for n, r in enumerate(self.texts)
                ),
                default=0.0,
            )
            natural.append(max(header, cells, bold_fm.horizontalAdvance(title) / 2) + self.gap)
        scale = min(1.0, page.width() / max(sum(natural), 1.0))
        self.widths = [w * scale for w in natural]
        self.header_height = 2 * bold_fm.height() + 6 * px
        self.row_height = fm.height() + 5 * px

    def _header_rect(self, x: float, y: float, width: float) -> QRectF:
        return QRectF(x, y, width - self.gap / 2, self.header_height - 4 * self.type.px)

    def draw_header(self, y: float) -> float:
        painter, page, px, ink = self.painter, self.page, self.type.px, self.type.ink
        painter.setFont(self.type.bold)
        painter.setPen(ink)
        x = page.left()
        for column, title, width in zip(self.columns, self.titles, self.widths, strict=True):
            side = Qt.AlignmentFlag.AlignRight if column.kind in NUMERIC else Qt.AlignmentFlag.AlignLeft
            painter.drawText(
                self._header_rect(x, y, width),
                int(side | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap),
                title,
            )
            x += width
        y += self.header_height
        painter.setPen(QPen(ink, px))
        painter.drawLine(
            QPointF(page.left(), y - 2 * px), QPointF(page.left() + sum(self.widths), y - 2 * px)
        )
        return y

    def draw_row(self, number: int, y: float) -> None:
        painter, page, type_ = self.painter, self.page, self.type
        texts, gap = self.texts, self.gap
        total = number >= len(texts) - self.table.total_rows
        painter.setFont(type_.bold if total else type_.body)
        metrics = type_.bold_fm if total else type_.fm
        painter.setPen(type_.ink)
        x = page.left()
        for c, (column, width) in enumerate(zip(self.columns, self.widths, strict=True)):
            text = metrics.elidedText(texts[number][c], Qt.TextElideMode.ElideRight, width - gap / 2)
            side = Qt.AlignmentFlag.AlignRight if column.kind in NUMERIC else Qt.AlignmentFlag.AlignLeft
            painter.drawText(
                QRectF(x, y, width - gap / 2, self.row_height),
                int(side | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            x += width
        if total and number == len(texts) - self.table.total_rows:
            painter.setPen(QPen(type_.grey, type_.px * 0.75))
            painter.drawLine(QPointF(page.left(), y), QPointF(page.left() + sum(self.widths), y))


def _paint_heading(
    painter: QPainter, page: QRectF, type_: _Type, report: AnyReport, clinic_name: str, printed: date
) -> tuple[float, Chart]:
    """Page 1's title, clinic, range, provider and the chart; returns where the table starts
    and the chart (its text for an empty report)."""
    px, fm = type_.px, type_.fm
    y = page.top()
    painter.setFont(type_.title)
    painter.setPen(type_.ink)
    painter.drawText(QPointF(page.left(), y + type_.title_fm.ascent()), shown(report.title))
    y += type_.title_fm.height() + 4 * px
    painter.setFont(type_.body)
    painter.setPen(type_.grey)
    scope = shown(report.scope.describe())
    for line in (
        f"{clinic_name} · {scope}" if clinic_name else scope,
        QCoreApplication.translate("ReportsView", "Printed {date} by {app}").format(
            date=display_medium_date(printed), app=APP_TITLE
        ),
    ):
        painter.drawText(QPointF(page.left(), y + fm.ascent()), line)
        y += fm.height() + 2 * px
    y += 8 * px
    chart = report.chart()
    widget = paper_chart(chart, type_.body)
    needed = widget.minimumSizeHint().height() * px  # a lying chart of many rows asks for more
    chart_height = min(page.height() * 0.75, max(page.height() * 0.3, needed))
    widget.render_to(painter, QRectF(page.left(), y, page.width(), chart_height), type_.body)
    widget.deleteLater()
    y += chart_height + 14 * px
    return y, chart


def _paint_pages(
    painter: QPainter, device: QPagedPaintDevice, report: AnyReport, clinic_name: str, printed: date
) -> int:
    type_ = _Type.on(device)
    page = QRectF(0, 0, device.width(), device.height())
    sheet = _PaperTable(painter, page, type_, report.table())
    footer = type_.fm.height() + 4 * type_.px
    # Page 1: the heading and the chart; the table follows, on this page and the next ones.
    y, chart = _paint_heading(painter, page, type_, report, clinic_name, printed)
    rows_left = list(range(len(sheet.texts)))
    pages = 1
    bottom = page.bottom() - footer
    if not rows_left:
        painter.setFont(type_.body)
        painter.setPen(type_.grey)
        painter.drawText(QPointF(page.left(), y + type_.fm.ascent()), shown(chart.empty_text))
    while rows_left:
        if y + sheet.header_height + sheet.row_height > bottom:
            _footer(painter, page, type_.fm, pages, type_.grey)
            device.newPage()
            pages += 1
            y = page.top()
        y = sheet.draw_header(y)
        while rows_left and y + sheet.row_height <= bottom:
            sheet.draw_row(rows_left.pop(0), y)
            y += sheet.row_height
        if rows_left:
            y = bottom + 1  # the next page
    _footer(painter, page, type_.fm, pages, type_.grey)
    return pages


def _footer(painter: QPainter, page: QRectF, fm: QFontMetricsF, number: int, colour: QColor) -> None:
    painter.setFont(QFont(painter.font()))
    painter.setPen(colour)
    label = QCoreApplication.translate("ReportsView", "Page {number}").format(number=number)
    painter.drawText(QPointF(page.right() - fm.horizontalAdvance(label), page.bottom() - fm.descent()), label)


def write_pdf(report: AnyReport, path: str | Path, clinic_name: str = "", printed: date | None = None) -> int:
    """The report as an A4 PDF, written beside the target and moved into place. Returns pages."""
    when = printed or date.today()
    return paper.write_pdf(
        path,
        shown(report.title),
        pdf_layout(),
        lambda writer: paint_report(writer, report, clinic_name, when),
    )


# --- the view -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Loaded:
    report: AnyReport
    providers: list[Provider]
    clinic_name: str
    today: date


class _Exports:
    """ReportsView's CSV, PDF and printing of the report shown (its own class: the view is long)."""

    if TYPE_CHECKING:
        report: AnyReport | None
        exported: SignalInstance
        _services: ClinicServices
        _operations: Operations
        _clinic_name: str
        _today: date

        def _say(self, text: str, alert: bool = False) -> None: ...

    def _file_name(self, suffix: str) -> str:
        assert self.report is not None
        scope = self.report.scope
        return f"{self.report.kind.value}-{display_date(scope.first)}-to-{display_date(scope.last)}.{suffix}"

    def _ask_path(self, caption: str, suffix: str, kinds: str) -> str | None:
        parent = cast(QWidget, self)
        path, _filter = QFileDialog.getSaveFileName(parent, caption, self._file_name(suffix), kinds)
        if not path:
            return None
        return path if path.lower().endswith(f".{suffix}") else f"{path}.{suffix}"

    def export_csv(self, path: str | None = None) -> None:
        """The report's table as CSV (the service writes it, off the GUI thread)."""
        report = self.report
        if report is None:
            return
        target = path or self._ask_path(
            QCoreApplication.translate("ReportsView", "Export report as CSV"),
            "csv",
            QCoreApplication.translate("ReportsView", "CSV files (*.csv)"),
        )
        if not target:
            return
        reports = self._services.reports
        self._operations.run(
            "reports/export",
            lambda: reports.write_csv(report, target),
            lambda count: self._exported(
                target,
                (
                    QCoreApplication.translate("ReportsView", "Exported 1 row to {file}.")
                    if count == 1
                    else QCoreApplication.translate("ReportsView", "Exported {count} rows to {file}.")
                ).format(count=count, file=target),
            ),
            lambda error: self._say(
                QCoreApplication.translate("ReportsView", "The CSV could not be written: {reason}").format(
                    reason=error.message
                ),
                alert=True,
            ),
        )

    def export_pdf(self, path: str | None = None) -> None:
        """The report as an A4 PDF: the chart, drawn by the same code as on screen, and the table
        (on the GUI thread: the painting uses Qt's fonts; a report is a page or two)."""
        report = self.report
        if report is None:
            return
        target = path or self._ask_path(
            QCoreApplication.translate("ReportsView", "Export report as PDF"),
            "pdf",
            QCoreApplication.translate("ReportsView", "PDF files (*.pdf)"),
        )
        if not target:
            return
        try:
            pages = write_pdf(report, target, self._clinic_name, self._today)
        except OSError as error:
            self._say(
                QCoreApplication.translate("ReportsView", "The PDF could not be written: {reason}").format(
                    reason=error
                ),
                alert=True,
            )
            return
        self._exported(
            target,
            (
                QCoreApplication.translate("ReportsView", "Exported 1 page to {file}.")
                if pages == 1
                else QCoreApplication.translate("ReportsView", "Exported {count} pages to {file}.")
            ).format(count=pages, file=target),
        )

    def _exported(self, path: str, said: str) -> None:
        self._say(said)
        self.exported.emit(path)

    def print_report(self) -> None:
        report = self.report
        if report is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(pdf_layout())
        printer.setDocName(self._file_name("pdf").removesuffix(".pdf"))
        dialog = QPrintDialog(printer, cast(QWidget, self))
        dialog.setWindowTitle(
            QCoreApplication.translate("ReportsView", "Print {report}").format(
                report=shown(report.title).lower()
            )
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                paper.private_output(printer)
                paint_report(printer, report, self._clinic_name, self._today)
            except OSError as error:
                self._say(
                    QCoreApplication.translate(
                        "ReportsView", "The report could not be printed: {reason}"
                    ).format(reason=error),
                    alert=True,
                )
                return
            self._say(
                QCoreApplication.translate("ReportsView", "{report} sent to the printer.").format(
                    report=shown(report.title)
                )
            )


class ReportsView(_Exports, QWidget):
    loaded = Signal(object)  # the report shown
    exported = Signal(str)  # the path of a CSV or PDF written

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._operations = operations
        self._cache: dict[tuple[ReportKind, date, date, int | None], AnyReport] = {}
        self._ranged = False  # the dates are set (the first load sets the default range)
        self._sized = False  # the splitter's first sizes are set
        self.report: AnyReport | None = None
        self._clinic_name = ""
        self._today = date.today()
        header = self._build_header()
        filters = self._build_filters()
        self._build_actions(header)  # beside the title: the filters' row keeps its room in every language
        self._build_tabs()
        self._build_report()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addSpacing(4)
        layout.addWidget(self.tabs)
        layout.addSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.scope_label)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)

        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(FILTER_DELAY_MS)
        self._pending.timeout.connect(self.load)
        self.first.dateChanged.connect(lambda _d: self._filters_changed())
        self.last.dateChanged.connect(lambda _d: self._filters_changed())
        self.provider.currentIndexChanged.connect(lambda _i: self._filters_changed(at_once=True))
        self._enable()

    def _build_header(self) -> QHBoxLayout:
        """The view's title and the summary beside it."""
        self.title = QLabel(QCoreApplication.translate("ReportsView", "Reports"))
        theme(self.title, "viewTitle")
        self.summary = QLabel(QCoreApplication.translate("ReportsView", "Loading…"))
        self.summary.setObjectName("viewSummary")
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(16)
        header.addWidget(self.summary, 1)
        return header

    def _build_filters(self) -> QHBoxLayout:
        """The range, the provider and "Last 12 months"."""
        self.first = self._date_edit(
            QCoreApplication.translate("ReportsView", "First day of the range (clinic dates, included)")
        )
        self.last = self._date_edit(
            QCoreApplication.translate("ReportsView", "Last day of the range (included)")
        )
        self.provider = QComboBox()
        self.provider.addItem(QCoreApplication.translate("ReportsView", "All providers"), ALL)
        self.provider.setToolTip(
            QCoreApplication.translate(
                "ReportsView", "Only this provider's treatments, appointments and patients"
            )
        )
        self.provider.setMinimumContentsLength(18)
        first_label = QLabel(QCoreApplication.translate("ReportsView", "&From:"))
        first_label.setBuddy(self.first)
        last_label = QLabel(QCoreApplication.translate("ReportsView", "&To:"))
        last_label.setBuddy(self.last)
        provider_label = QLabel(QCoreApplication.translate("ReportsView", "&Provider:"))
        provider_label.setBuddy(self.provider)
        filters = QHBoxLayout()
        filters.addWidget(first_label)
        filters.addWidget(self.first)
        filters.addSpacing(8)
        filters.addWidget(last_label)
        filters.addWidget(self.last)
        filters.addSpacing(16)
        filters.addWidget(provider_label)
        filters.addWidget(self.provider)
        self.last_year = QToolButton()
        self.last_year.setText(QCoreApplication.translate("ReportsView", "Last 12 months"))
        self.last_year.setToolTip(
            QCoreApplication.translate(
                "ReportsView", "The last twelve calendar months, this one included, up to today"
            )
        )
        self.last_year.clicked.connect(self.reset_range)
        filters.addSpacing(8)
        filters.addWidget(self.last_year)
        filters.addStretch(1)
        return filters

    def _build_actions(self, row: QHBoxLayout) -> None:
        """Export CSV, Export PDF and Print at the end of ``row``, and the keys that turn tabs."""
        self.actions_: dict[str, QAction] = {}
        self._action(
            "csv",
            QCoreApplication.translate("ReportsView", "Export CSV…"),
            "Ctrl+E",
            QCoreApplication.translate("ReportsView", "Save the table as a spreadsheet (CSV)"),
            row,
        )
        self._action(
            "pdf",
            QCoreApplication.translate("ReportsView", "Export PDF…"),
            "Ctrl+Shift+E",
            QCoreApplication.translate("ReportsView", "Save the chart and the table as an A4 PDF"),
            row,
        )
        # Ctrl+P is the window's (print the day list): two actions on one key would be ambiguous.
        self._action(
            "print",
            QCoreApplication.translate("ReportsView", "Print…"),
            "",
            QCoreApplication.translate("ReportsView", "Print the chart and the table"),
            row,
        )
        self.actions_["csv"].triggered.connect(lambda _c=False: self.export_csv())
        self.actions_["pdf"].triggered.connect(lambda _c=False: self.export_pdf())
        self.actions_["print"].triggered.connect(lambda _c=False: self.print_report())
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            turn = QAction(self)
            turn.setShortcut(QKeySequence(keys))
            turn.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            turn.triggered.connect(lambda _c=False, s=step: self._turn(s))
            self.addAction(turn)

    def _build_tabs(self) -> None:
        """One tab per report."""
        self.tabs = QTabBar()
        self.tabs.setObjectName("reportTabs")
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(True)
        for kind, label in TABS:
            index = self.tabs.addTab(QCoreApplication.translate("ReportsView", label))
            self.tabs.setTabData(index, kind.value)
            self.tabs.setTabToolTip(
                index,
                QCoreApplication.translate(
                    "ReportsView", "{report} (Ctrl+PgDown / Ctrl+PgUp: next / previous)"
                ).format(report=shown(kind.heading)),
            )
        self.tabs.currentChanged.connect(lambda _i: self.load())

    def _build_report(self) -> None:
        """The report's heading and scope, its chart above its table, and the status line."""
        self.heading = QLabel("")
        self.heading.setObjectName("reportHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.scope_label = QLabel("")
        self.scope_label.setStyleSheet("color: palette(placeholder-text);")

        self.chart = BarChart()
        self.chart.setObjectName("reportChart")
        self.chart.clear(QCoreApplication.translate("ReportsView", "Loading…"))
        self.chart_area = QScrollArea()
        self.chart_area.setWidget(self.chart)
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setFrameShape(QScrollArea.Shape.NoFrame)

        self.model = ReportTableModel(self)
        self.table = QTableView()
        set_up_record_table(
            self.table,
            self.model,
            "reportTable",
            Selection.ExtendedSelection,
            spoken=QCoreApplication.translate("ReportsView", "Report"),
        )
        self.column_fitter = ColumnFitter(self.table)  # the columns fit the view; long text elides

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.chart_area)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.status = QLabel("")
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)

    def _date_edit(self, tip: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(medium_date_pattern())
        edit.setToolTip(tip)
        edit.setMinimumDate(QDate(1990, 1, 1))
        edit.setMaximumDate(QDate(2199, 12, 31))
        return edit

    def _action(self, key: str, text: str, shortcut: str, tip: str, row: QHBoxLayout) -> QAction:
        action = QAction(text, self)
        action.setIconText(text)  # keep the "…" that says a dialog follows
        action.setObjectName(f"reports_{key}")
        keys = QKeySequence(shortcut)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        said = keys.toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({said})" if said else tip)
        self.addAction(action)
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        row.addWidget(button)
        self.actions_[key] = action
        return action

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # the chart three fifths, the table the rest
            self._sized = True
            height = max(self.splitter.height(), 400)
            self.splitter.setSizes([round(height * 0.6), round(height * 0.4)])
        focus = self.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.tabs.setFocus(Qt.FocusReason.OtherFocusReason)  # so that the view's keys work at once

    # --- what is chosen -------------------------------------------------------------------------

    @property
    def kind(self) -> ReportKind:
        return ReportKind(str(self.tabs.tabData(max(self.tabs.currentIndex(), 0))))

    def choose(self, kind: ReportKind) -> None:
        for index in range(self.tabs.count()):
            if self.tabs.tabData(index) == kind.value:
                self.tabs.setCurrentIndex(index)
                return

    def _turn(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def set_range(self, first: date, last: date) -> None:
        """Choose the dates (and read the report once, not once per date)."""
        for edit, day in ((self.first, first), (self.last, last)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)
        self._ranged = True
        self._filters_changed(at_once=True)

    def reset_range(self) -> None:
        self._ranged = False
        self.load()

    def _provider_id(self) -> int | None:
        chosen = self.provider.currentData()
        return int(chosen) if chosen not in (None, ALL) else None

    def _filters_changed(self, at_once: bool = False) -> None:
        if at_once:
            self._pending.stop()
            self.load()
        else:
            self._pending.start()

    # --- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read again (shown, F5): the data may have changed since."""
        self._cache.clear()
        self.load()

    def load(self) -> None:
        """Show the chosen report for the chosen range and provider, reading it unless kept."""
        self._pending.stop()
        kind = self.kind
        provider = self._provider_id()
        services = self._services
        ranged = self._ranged
        first, last = pydate(self.first.date()), pydate(self.last.date())
        if ranged and first > last:
            self._say(
                QCoreApplication.translate(
                    "ReportsView", "The range starts after it ends: choose a later “To” date."
                ),
                alert=True,
            )
            return
        kept = self._cache.get((kind, first, last, provider)) if ranged else None
        if kept is not None:
            self._show_report(kept)
            return

        def work() -> tuple[date, date, _Loaded]:
            start, end = (first, last) if ranged else services.reports.default_range()
            report = services.reports.build(kind, start, end, provider)
            providers = services.resources.providers()
            return (
                start,
                end,
                _Loaded(report, providers, services.clinic.settings().name, services.patients.today()),
            )

        self.summary.setText(QCoreApplication.translate("ReportsView", "Loading…"))
        self._enable(busy=True)
        self._operations.run(LOAD_KEY, work, self._loaded, self._failed)

    def _loaded(self, result: tuple[date, date, _Loaded]) -> None:
        first, last, loaded = result
        if not self._ranged:
            for edit, day in ((self.first, first), (self.last, last)):
                edit.blockSignals(True)
                edit.setDate(qdate(day))
                edit.blockSignals(False)
            self._ranged = True
        self._clinic_name, self._today = loaded.clinic_name, loaded.today
        fill_provider_filter(self.provider, loaded.providers)
        report = loaded.report
        scope = report.scope
        self._cache[(report.kind, scope.first, scope.last, scope.provider_id)] = report
        if report.kind is self.kind:
            self._show_report(report)

    def _show_report(self, report: AnyReport) -> None:
        self.report = report
        chart = report.chart()
        show_chart(self.chart, chart)
        title = shown(report.title)
        self.chart.setAccessibleName(
            QCoreApplication.translate("ReportsView", "Bar chart: {report}").format(report=title)
        )
        self.model.set_table(report.table())
        self._fit_columns()
        self.heading.setText(title)
        self.scope_label.setText(scope_text(report))
        rows = self.model.rowCount() - self.model.table.total_rows
        self.summary.setText(shown(report.headline()))
        self.table.setVisible(self.model.rowCount() > 0)
        self._say("" if rows else shown(chart.empty_text))
        self._enable()
        self.loaded.emit(report)

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        widths = [min(max(header.sectionSize(c), 64), 320) for c in range(self.model.columnCount())]
        self.column_fitter.set_preferred(widths)  # as wide as their contents, within the view

    def _failed(self, error: ClinicError) -> None:
        self.summary.setText(QCoreApplication.translate("ReportsView", "Could not read the report"))
        self._say(error.message, alert=True)
        self._enable()

    def _enable(self, busy: bool = False) -> None:
        ready = self.report is not None and not busy
        for key in ("csv", "pdf", "print"):
            self.actions_[key].setEnabled(ready)

    def _say(self, text: str, alert: bool = False) -> None:
        self.status.setStyleSheet(
            f"color: {readable_ink(alert_colour().name())}; font-weight: bold;" if alert else ""
        )
        self.status.setText(text)


def scope_text(report: AnyReport) -> str:
    """The range and provider, with what a reader needs to read the numbers right beside them."""
    scope = shown(report.scope.describe())
    kind = report.kind
    if kind is ReportKind.UNITS or kind is ReportKind.WASTE:
        note = QCoreApplication.translate(
            "ReportsView", "{scope} · units of different products are never added together"
        )
    elif kind is ReportKind.ATTENDANCE:
        note = QCoreApplication.translate(
            "ReportsView", "{scope} · rates are shares of every appointment in the range"
        )
    elif kind is ReportKind.RECALLS:
        note = QCoreApplication.translate(
            "ReportsView",
            "{scope} · a proposal counts once per patient and indication; booked from the recall list",
        )
    elif kind is ReportKind.RESPONDERS:
        note = QCoreApplication.translate(
            "ReportsView", "{scope} · responder: 50% or more better than baseline by the range's end"
        )
    else:
        return scope
    return note.format(scope=scope)
