"""A bar chart drawn with QPainter (QtCharts is not part of PySide6-Essentials).

One bar per category, or per category a group of bars side by side, or a stack; upright (months
along the bottom) or lying (long names down the side). What it takes care of, so that a report
reads on screen and on paper alike:

- labelled axes: the value axis with round ticks and its title, the categories with theirs;
- a value on every bar where it fits (a stack's total at its end, its parts inside when they fit);
- many categories: upright labels turn 45 degrees, then thin out; lying charts ask for the height
  they need (the view scrolls), and long names are elided with the full name in the tooltip;
- colours from one colour-blind-friendly palette (Okabe-Ito), axes and text from the QPalette;
- words for every bar: a tooltip under the mouse and ``describe()`` for screen readers.

``render_to`` draws into any painter (the widget, an image, a PDF page): sizes come from the
font's metrics on the painter's device and a pixel unit of 1/96 inch, so a printed chart is the
same picture as the one on screen. Where each part goes is bar_chart_geometry's, the drawing
bar_chart_painting's; this module holds the data, the words and the widget.

A screen reader hears ``describe()`` as the chart's description and every bar as a child named by
``bar_text`` ("Dec 2025 — Visits: 42"), its value alone as the child's value (ui/accessible.py).
The chart's own words are in the window's language (context "BarChart"); the categories, series
and titles are the caller's, in it already.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from clinic_desktop.ui.accessible import ItemWords, PaintedItems, painted
from clinic_desktop.ui.widgets.bar_chart_geometry import (
    Bar,
    ChartLayout,
    arrange,
    legend_rows,
    nice_ticks,
    place_bars,
    two_lines,
)
from clinic_desktop.ui.widgets.bar_chart_painting import ChartPainting

# The geometry's names said from here too, where the chart's users (and tests) look for them.
__all__ = [
    "SERIES_COLOURS",
    "Bar",
    "BarChart",
    "BarSeries",
    "ChartLayout",
    "nice_ticks",
    "number_locale",
    "number_text",
    "two_lines",
]

# Okabe & Ito (2008), "Color Universal Design": told apart with any colour vision; the black of
# the set is left out (it reads as an axis), the blue comes first (the clinic's usual accent).
SERIES_COLOURS = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#7f6d00")
LYING_ROW_PX = 22  # the least height a lying chart gives one category (one bar)
LYING_BAR_PX = 16  # ... and each bar of a group (about a line of text: its value label fits)


@dataclass(frozen=True)
class BarSeries:
    name: str
    values: tuple[float, ...]


def nothing_to_show() -> str:
    """What an empty chart says when its caller gives no words of its own."""
    return QCoreApplication.translate("BarChart", "Nothing to show.")


def number_locale() -> QLocale:
    """The user's locale for numbers (thousands grouped); the C locale groups nothing, so a bare
    environment (the test platform) gets English digits grouped by commas."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def number_text(value: float) -> str:
    locale = number_locale()
    if float(value).is_integer():
        return str(locale.toString(int(value)))
    return str(locale.toString(float(value), "f", 1))


@painted()
class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: tuple[str, ...] = ()
        self.series: tuple[BarSeries, ...] = ()
        self.stacked = False
        self.horizontal = False
        self.percent = False
        self.value_title = ""
        self.category_title = ""
        self.empty_text = nothing_to_show()
        self.value_text: Callable[[float], str] = self._default_text
        # No setMinimumSize: it would override minimumSizeHint, which grows with the categories.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName(QCoreApplication.translate("BarChart", "Bar chart"))
        self.accessible_items = PaintedItems(
            self, self._bar_rect, name=QCoreApplication.translate("BarChart", "Bar chart")
        )

    # --- data -------------------------------------------------------------------------------------

    def set_data(
        self,
        categories: Sequence[str],
        series: Sequence[BarSeries],
        *,
        stacked: bool = False,
        horizontal: bool = False,
        percent: bool = False,
        value_title: str = "",
        category_title: str = "",
        empty_text: str = "",
        value_text: Callable[[float], str] | None = None,
    ) -> None:
        """Categories along one axis, each series a value per category (percent: fractions);
        ``empty_text``: what an empty chart says ("Nothing to show." when not given)."""
        for s in series:
            if len(s.values) != len(categories):
                raise ValueError(
                    f"series {s.name!r} has {len(s.values)} values for {len(categories)} categories"
                )
        self.categories = tuple(categories)
        self.series = tuple(series)
        self.stacked, self.horizontal, self.percent = stacked, horizontal, percent
        self.value_title, self.category_title = value_title, category_title
        self.empty_text = empty_text or nothing_to_show()
        self.value_text = value_text or self._default_text
        self.setAccessibleDescription(self.describe())
        self.accessible_items.sync(
            [
                ((c, s), partial(self._bar_words, c, s))
                for c in range(len(self.categories) if self.has_data else 0)
                for s in range(len(self.series))
            ]
        )
        self.setToolTip("" if self.has_data else self.empty_text)
        self.updateGeometry()
        self.update()

    def clear(self, message: str) -> None:
        self.set_data((), (), empty_text=message)

    @property
    def has_data(self) -> bool:
        return bool(self.categories) and any(any(v for v in s.values) for s in self.series)

    def _default_text(self, value: float) -> str:
        if self.percent:
            return f"{value * 100:.1f}%"
        return number_text(value)

    def tick_text(self, value: float, step: float) -> str:
        if self.percent:
            digits = 0 if round(step * 100, 9).is_integer() else 1
            return f"{value * 100:.{digits}f}%"
        return number_text(value)

    def total(self, category: int) -> float:
        return sum(s.values[category] for s in self.series)

    def bar_text(self, category: int, series: int) -> str:
        """One bar in words: what it is and its value (and its stack's total)."""
        value = self.series[series].values[category]
        name = self.series[series].name
        text = f"{self.categories[category]} — {name}: {self.value_text(value)}"
        if self.stacked and len(self.series) > 1:
            total = QCoreApplication.translate("BarChart", "(total {total})").format(
                total=self.value_text(self.total(category))
            )
            text += f" {total}"
        return text

    def describe(self) -> str:
        """The whole chart in words (screen readers; the tooltip of an empty chart)."""
        if not self.has_data:
            return self.empty_text
        parts = []
        for i, s in enumerate(self.series):
            values = ", ".join(
                f"{c} {self.value_text(v)}" for c, v in zip(self.categories, s.values, strict=True)
            )
            parts.append(f"{s.name}: {values}" if len(self.series) > 1 or s.name else values)
            if i >= 7:
                break
        axis = (
            QCoreApplication.translate("BarChart", "{values} by {categories}").format(
                values=self.value_title, categories=self.category_title.lower()
            )
            if self.category_title
            else self.value_title
        )
        return (
            QCoreApplication.translate("BarChart", "Bar chart of {what}.").format(what=axis)
            + " "
            + "; ".join(parts)
        )

    def colour(self, series: int) -> QColor:
        return QColor(SERIES_COLOURS[series % len(SERIES_COLOURS)])

    # --- size -------------------------------------------------------------------------------------

    def _row_px(self) -> float:
        bars = 1 if self.stacked else max(1, len(self.series))
        return max(LYING_ROW_PX, bars * LYING_BAR_PX + 8)

    def minimumSizeHint(self) -> QSize:
        """Lying charts need height for their categories, upright ones width: the view scrolls."""
        fm = QFontMetricsF(self.font())
        n = len(self.categories)
        if self.horizontal:
            # The rows, the legend over them, the ticks and the axis title under them, the margins.
            height = n * self._row_px() + 2.5 * fm.height() + 32 + self._legend_height(fm)
            return QSize(360, max(220, math.ceil(height)))
        bars = 1 if self.stacked else max(1, len(self.series))
        return QSize(max(360, math.ceil(n * (bars * 6 + 6) + 120)), 220)

    def sizeHint(self) -> QSize:
        hint = self.minimumSizeHint()
        return QSize(max(hint.width(), 720), max(hint.height(), 320))

    def _legend_height(self, fm: QFontMetricsF) -> float:
        rows = legend_rows(self, max(self.width(), 360) - 16, fm, 1.0)
        return len(rows) * (fm.height() + 4) + (4 if rows else 0)

    # --- geometry ---------------------------------------------------------------------------------

    def arrange(self, rect: QRectF, fm: QFontMetricsF, px: float = 1.0) -> ChartLayout:
        """Where everything goes inside ``rect`` (bar_chart_geometry.arrange)."""
        return arrange(self, rect, fm, px)

    def bars(self, rect: QRectF | QRect, fm: QFontMetricsF | None = None, px: float = 1.0) -> list[Bar]:
        """Every bar drawn into ``rect`` (for painting, tooltips and tests)."""
        if not self.has_data:
            return []
        metrics = fm or QFontMetricsF(self.font())
        return place_bars(self, self.arrange(QRectF(rect), metrics, px))

    # --- painting ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        self.render_to(painter, QRectF(self.rect()))
        painter.end()

    def render_to(self, painter: QPainter, rect: QRectF | QRect, font: QFont | None = None) -> None:
        """Draw the chart into ``rect`` of any painter (the widget, an image, a PDF page)."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(font or self.font())
        device = painter.device()
        px = max(1.0, device.logicalDpiX() / 96) if device is not None else 1.0
        fm = QFontMetricsF(painter.font(), device) if device is not None else QFontMetricsF(painter.font())
        area = QRectF(rect)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if not self.has_data:
            painter.setPen(muted)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            painter.restore()
            return
        lay = self.arrange(area, fm, px)
        ChartPainting(self, painter, lay, area, fm, text, muted).draw(place_bars(self, lay))
        painter.restore()

    # --- words for each bar -----------------------------------------------------------------------

    def _bar_words(self, category: int, series: int) -> ItemWords:
        return ItemWords(
            self.bar_text(category, series), value=self.value_text(self.series[series].values[category])
        )

    def _bar_rect(self, key: Hashable) -> QRect | None:
        found = next((b for b in self.bars(QRectF(self.rect())) if (b.category, b.series) == key), None)
        return found.rect.toAlignedRect() if found is not None else None

    def bar_at(self, point: QPointF) -> Bar | None:
        for bar in self.bars(QRectF(self.rect())):
            hit = QRectF(bar.rect)
            if hit.height() < 4:  # a thin bar is still found
                hit.adjust(0, -2, 0, 2)
            if hit.width() < 4:
                hit.adjust(-2, 0, 2, 0)
            if hit.contains(point):
                return bar
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(QPointF(event.pos()))
            if bar is not None:
                QToolTip.showText(event.globalPos(), self.bar_text(bar.category, bar.series), self)
            elif self.has_data:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.empty_text, self)
            return True
        return super().event(event)
