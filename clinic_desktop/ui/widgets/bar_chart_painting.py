"""A bar chart drawn into any painter (the widget, an image, a PDF page) in the places
ui.widgets.bar_chart_geometry found: the legend, the value axis with its grid, the bars, the
category axis, and the values on the bars. The colours of axes and text come from the chart's
QPalette, the bars' from its series colours."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen

from clinic_desktop.domain.colours import text_colour
from clinic_desktop.ui.widgets.bar_chart_geometry import Bar, ChartLayout, category_label, two_lines

if TYPE_CHECKING:
    from clinic_desktop.ui.widgets.bar_chart import BarChart


class ChartPainting:
    """One drawing of ``chart`` by ``painter`` into ``area`` laid out as ``lay``."""

    def __init__(
        self,
        chart: BarChart,
        painter: QPainter,
        lay: ChartLayout,
        area: QRectF,
        fm: QFontMetricsF,
        text: QColor,
        muted: QColor,
    ) -> None:
        self.chart = chart
        self.painter = painter
        self.lay = lay
        self.area = area
        self.fm = fm
        self.text = text
        self.muted = muted

    def draw(self, bars: list[Bar]) -> None:
        self.legend()
        self.value_axis()
        self.bars(bars)
        self.category_axis()
        self.values(bars)

    def legend(self) -> None:
        chart, painter, fm, lay = self.chart, self.painter, self.fm, self.lay
        y = lay.legend_top
        px = lay.px
        for row in lay.legend:
            x = self.area.left() + 8 * px
            for series, width in row:
                swatch = QRectF(x, y + (fm.height() - 12 * px) / 2, 12 * px, 12 * px)
                painter.fillRect(swatch, chart.colour(series))
                painter.setPen(self.text)
                painter.drawText(QPointF(x + 18 * px, y + fm.ascent()), chart.series[series].name)
                x += width
            y += fm.height() + 4 * px

    def value_axis(self) -> None:
        chart, painter, fm, lay, text = self.chart, self.painter, self.fm, self.lay, self.text
        plot, px = lay.plot, lay.px
        grid = QColor(self.muted)
        grid.setAlpha(70)
        step = lay.ticks[1] - lay.ticks[0]
        for tick in lay.ticks:
            label = chart.tick_text(tick, step)
            share = tick / lay.top if lay.top else 0.0
            painter.setPen(QPen(grid, px))
            if chart.horizontal:
                x = plot.left() + plot.width() * share
                painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
                painter.setPen(text)
                width = fm.horizontalAdvance(label)
                painter.drawText(QPointF(x - width / 2, plot.bottom() + 4 * px + fm.ascent()), label)
            else:
                y = plot.bottom() - plot.height() * share
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
                painter.setPen(text)
                width = fm.horizontalAdvance(label)
                painter.drawText(QPointF(plot.left() - 6 * px - width, y + fm.ascent() / 2 - px), label)
        painter.setPen(QPen(text, px))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        if not chart.value_title:
            return
        painter.setPen(text)
        title = chart.value_title
        if chart.horizontal:
            y = self.area.bottom() - 8 * px - fm.descent()
            width = fm.horizontalAdvance(title)
            painter.drawText(QPointF(plot.center().x() - width / 2, y), title)
        else:
            self._upright_title(title)

    def _upright_title(self, title: str) -> None:
        """An axis title turned to read upwards, left of the plot."""
        painter, fm, plot, px = self.painter, self.fm, self.lay.plot, self.lay.px
        title = fm.elidedText(title, Qt.TextElideMode.ElideRight, plot.height())
        width = fm.horizontalAdvance(title)
        painter.save()
        painter.translate(self.area.left() + 8 * px + fm.ascent(), plot.center().y() + width / 2)
        painter.rotate(-90)
        painter.drawText(QPointF(0, 0), title)
        painter.restore()

    def category_axis(self) -> None:
        chart, painter, fm, lay = self.chart, self.painter, self.fm, self.lay
        plot, px, n = lay.plot, lay.px, len(chart.categories)
        painter.setPen(self.text)
        if chart.horizontal:
            slot = plot.height() / n
            for c, name in enumerate(chart.categories):
                label = category_label(name, fm, lay.label_limit)
                width = fm.horizontalAdvance(label)
                y = plot.top() + slot * (c + 0.5) + fm.ascent() / 2 - px
                painter.drawText(QPointF(plot.left() - 8 * px - width, y), label)
            if chart.category_title:
                self._upright_title(chart.category_title)
            return
        slot = plot.width() / n
        for c, name in enumerate(chart.categories):
            if c % lay.every:
                continue
            label = category_label(name, fm, lay.label_limit)
            width = fm.horizontalAdvance(label)
            x = plot.left() + slot * (c + 0.5)
            if lay.rotated:
                painter.save()
                painter.translate(x + fm.ascent() / 3, plot.bottom() + 6 * px)
                painter.rotate(-45)
                painter.drawText(QPointF(-width, fm.ascent() / 2), label)
                painter.restore()
            elif lay.wrapped:
                for line, part in enumerate(two_lines(label)):
                    y = plot.bottom() + 4 * px + fm.ascent() + line * fm.height()
                    painter.drawText(QPointF(x - fm.horizontalAdvance(part) / 2, y), part)
            else:
                painter.drawText(QPointF(x - width / 2, plot.bottom() + 4 * px + fm.ascent()), label)
        if chart.category_title:
            width = fm.horizontalAdvance(chart.category_title)
            y = self.area.bottom() - 8 * px - fm.descent()
            painter.drawText(QPointF(plot.center().x() - width / 2, y), chart.category_title)

    def bars(self, bars: list[Bar]) -> None:
        chart, painter = self.chart, self.painter
        edge = QPen(chart.palette().color(QPalette.ColorRole.Base), self.lay.px * 0.75)
        for bar in bars:
            if bar.rect.width() <= 0 or bar.rect.height() <= 0:
                continue
            painter.setPen(edge if chart.stacked else Qt.PenStyle.NoPen)
            painter.setBrush(chart.colour(bar.series))
            painter.drawRect(bar.rect)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def values(self, bars: list[Bar]) -> None:
        """Each bar's value beyond its end where it fits; a stack's total beyond it and its parts
        inside them where they fit (in white or black, whichever reads on the colour)."""
        chart, painter = self.chart, self.painter
        bold = QFont(painter.font())
        bold.setBold(True)
        plain = QFont(painter.font())
        bold_fm = (
            QFontMetricsF(bold, painter.device()) if painter.device() is not None else QFontMetricsF(bold)
        )
        if chart.stacked:
            for c in range(len(chart.categories)):
                mine = [b for b in bars if b.category == c]
                total = chart.total(c)
                if total <= 0 or not mine:
                    continue
                outer = mine[0].rect
                for b in mine[1:]:
                    outer = outer.united(b.rect) if b.rect.width() > 0 and b.rect.height() > 0 else outer
                painter.setFont(bold)
                self._end_label(chart.value_text(total), outer, bold_fm)
                if sum(1 for b in mine if b.value > 0) > 1:
                    painter.setFont(plain)
                    for b in mine:
                        self._inside_label(b)
            painter.setFont(plain)
            return
        painter.setFont(bold)
        for b in bars:
            if b.value > 0 or not chart.percent:
                self._end_label(chart.value_text(b.value), b.rect, bold_fm)
        painter.setFont(plain)

    def _end_label(self, label: str, rect: QRectF, fm: QFontMetricsF) -> None:
        chart, painter, px = self.chart, self.painter, self.lay.px
        width = fm.horizontalAdvance(label)
        painter.setPen(self.text)
        if chart.horizontal:
            # A group's labels sit one under the other: they may not reach past their bar.
            spare = 6 * px if chart.stacked or len(chart.series) == 1 else px
            if fm.height() > rect.height() + spare:
                return  # rows too thin to label: the tooltip and the table carry the value
            y = rect.center().y() + fm.ascent() / 2 - px
            painter.drawText(QPointF(rect.right() + 4 * px, y), label)
        else:
            slot = self.lay.plot.width() / max(len(chart.categories), 1)
            room = rect.width() + (slot - rect.width() * (1 if chart.stacked else len(chart.series))) * 0.9
            if width > room:
                return  # too narrow: the tooltip and the table carry the value
            painter.drawText(
                QPointF(rect.center().x() - width / 2, rect.top() - 3 * px - fm.descent()), label
            )

    def _inside_label(self, bar: Bar) -> None:
        if bar.value <= 0:
            return
        fm, px = self.fm, self.lay.px
        label = self.chart.value_text(bar.value)
        width = fm.horizontalAdvance(label)
        if width + 6 * px > bar.rect.width() or fm.height() + 2 * px > bar.rect.height():
            return
        colour = self.chart.colour(bar.series)
        # Black or white, the contrast rule's choice.
        self.painter.setPen(QColor(text_colour(colour.name())))
        self.painter.drawText(bar.rect, Qt.AlignmentFlag.AlignCenter, label)
