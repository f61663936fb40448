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
same picture as the one on screen.

A screen reader hears ``describe()`` as the chart's description and every bar as a child named by
``bar_text`` ("Dec 2025 — Visits: 42"), its value alone as the child's value (ui/accessible.py).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QEvent, QLocale, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from clinic_desktop.domain.colours import text_colour
from clinic_desktop.ui.accessible import ItemWords, PaintedItems, painted

# Okabe & Ito (2008), "Color Universal Design": told apart with any colour vision; the black of
# the set is left out (it reads as an axis), the blue comes first (the clinic's usual accent).
SERIES_COLOURS = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#7f6d00")
NICE = (1.0, 2.0, 2.5, 5.0)
MAX_TICKS = 6
CATEGORY_LABEL_EM = 30  # a category label is elided beyond this many average character widths
LABEL_SHARE = 0.35  # ... or beyond this share of the chart's width (lying charts)
HEADROOM = 1.05  # the value axis reaches at least this far over the highest bar
LYING_ROW_PX = 22  # the least height a lying chart gives one category (one bar)
LYING_BAR_PX = 16  # ... and each bar of a group (about a line of text: its value label fits)


@dataclass(frozen=True)
class BarSeries:
    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class Bar:
    """One drawn bar (a stack's segment, a group's member): where, and what it stands for."""

    category: int
    series: int
    value: float
    rect: QRectF


@dataclass(frozen=True)
class _Layout:
    plot: QRectF
    top: float  # the value axis' top value
    ticks: tuple[float, ...]
    rotated: bool  # upright charts: category labels at 45 degrees
    wrapped: bool  # upright charts: category labels on two lines ("Dec" over "2025")
    every: int  # draw every n-th category label
    legend: list[list[tuple[int, float]]]  # rows of (series, item width)
    legend_top: float
    px: float
    label_limit: float  # category labels are elided to this width


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


def two_lines(label: str) -> tuple[str, str]:
    """A label broken at the space nearest its middle ("Dec 2025" -> "Dec", "2025")."""
    spaces = [i for i, ch in enumerate(label) if ch == " "]
    if not spaces:
        return label, ""
    cut = min(spaces, key=lambda i: abs(i - len(label) / 2))
    return label[:cut], label[cut + 1 :]


def nice_ticks(high: float) -> tuple[float, ...]:
    """0, then round steps (1, 2, 2.5, 5 times a power of ten) up to the first at or over ``high``."""
    if high <= 0:
        return (0.0, 1.0)
    raw = high / (MAX_TICKS - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next((n * power for n in NICE if n * power >= raw), 10 * power)
    count = math.ceil(high / step - 1e-9)
    return tuple(round(i * step, 12) for i in range(count + 1))


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
        self.empty_text = "Nothing to show."
        self.value_text: Callable[[float], str] = self._default_text
        # No setMinimumSize: it would override minimumSizeHint, which grows with the categories.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName("Bar chart")
        self.accessible_items = PaintedItems(self, self._bar_rect, name="Bar chart")

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
        empty_text: str = "Nothing to show.",
        value_text: Callable[[float], str] | None = None,
    ) -> None:
        """Categories along one axis, each series a value per category (percent: fractions)."""
        for s in series:
            if len(s.values) != len(categories):
                raise ValueError(
                    f"series {s.name!r} has {len(s.values)} values for {len(categories)} categories"
                )
        self.categories = tuple(categories)
        self.series = tuple(series)
        self.stacked, self.horizontal, self.percent = stacked, horizontal, percent
        self.value_title, self.category_title, self.empty_text = value_title, category_title, empty_text
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
            text += f" (total {self.value_text(self.total(category))})"
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
            f"{self.value_title} by {self.category_title.lower()}"
            if self.category_title
            else self.value_title
        )
        return f"Bar chart of {axis}. " + "; ".join(parts)

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
        rows = self._legend_rows(max(self.width(), 360) - 16, fm, 1.0)
        return len(rows) * (fm.height() + 4) + (4 if rows else 0)

    # --- geometry ---------------------------------------------------------------------------------

    def _high(self) -> float:
        if not self.series or not self.categories:
            return 0.0
        if self.stacked:
            return max(self.total(i) for i in range(len(self.categories)))
        return max(max(s.values) for s in self.series)

    def _legend_rows(self, width: float, fm: QFontMetricsF, px: float) -> list[list[tuple[int, float]]]:
        if len(self.series) < 2:
            return []
        rows: list[list[tuple[int, float]]] = [[]]
        used = 0.0
        for i, s in enumerate(self.series):
            item = 18 * px + fm.horizontalAdvance(s.name) + 18 * px
            if rows[-1] and used + item > width:
                rows.append([])
                used = 0.0
            rows[-1].append((i, item))
            used += item
        return rows

    def _label(self, text: str, fm: QFontMetricsF, limit: float) -> str:
        return fm.elidedText(text, Qt.TextElideMode.ElideRight, limit)

    def arrange(self, rect: QRectF, fm: QFontMetricsF, px: float = 1.0) -> _Layout:
        """Where everything goes inside ``rect``: the legend on top, the axes' labels and titles
        round the plot; the value axis ends at a round tick over the highest bar (or stack)."""
        pad = 8 * px
        legend = self._legend_rows(rect.width() - 2 * pad, fm, px)
        legend_top = rect.top() + pad
        top = legend_top + len(legend) * (fm.height() + 4 * px) + (4 * px if legend else 0)
        ticks = nice_ticks(self._high() * HEADROOM)
        step = ticks[1] - ticks[0]
        tick_width = max(fm.horizontalAdvance(self.tick_text(t, step)) for t in ticks)
        title_room = fm.height() + 6 * px
        value_room = fm.height() + 4 * px  # a value label beyond the bar's end
        limit = min(fm.averageCharWidth() * CATEGORY_LABEL_EM, rect.width() * LABEL_SHARE)
        labels = [self._label(c, fm, limit) for c in self.categories]
        widest = max((fm.horizontalAdvance(label) for label in labels), default=0.0)
        if self.horizontal:
            left = rect.left() + pad + (title_room if self.category_title else 0) + widest + 8 * px
            widest_value = max(
                (fm.horizontalAdvance(self.value_text(v)) for v in self._end_values()), default=0.0
            )
            right = rect.right() - pad - max(widest_value + 8 * px, tick_width / 2)
            bottom = rect.bottom() - pad - fm.height() - 6 * px - (title_room if self.value_title else 0)
            plot = QRectF(left, top + fm.height() / 2, max(right - left, 10.0), 0)
            plot.setBottom(max(bottom, plot.top() + 10))
            return _Layout(plot, ticks[-1], ticks, False, False, 1, legend, legend_top, px, limit)
        left = rect.left() + pad + (title_room if self.value_title else 0) + tick_width + 8 * px
        right = rect.right() - pad - 4 * px
        plot_width = max(right - left, 10.0)
        slot = plot_width / max(len(self.categories), 1)
        rotated = wrapped = False
        every = 1
        if widest > slot - 6 * px:
            halves = [two_lines(label) for label in labels]
            wrapped = (
                all(" " in label for label in labels)
                and max(fm.horizontalAdvance(part) for pair in halves for part in pair) <= slot - 6 * px
            )
            rotated = not wrapped
        if rotated:
            # At 45 degrees, labels a line apart along the axis do not touch; thin them beyond that.
            every = max(1, math.ceil((fm.height() * 1.5) / max(slot, 1e-9)))
            below = (widest + fm.height()) * math.sqrt(0.5) + 6 * px
        elif wrapped:
            below = 2 * fm.height() + 6 * px
        else:
            below = fm.height() + 6 * px
        bottom = rect.bottom() - pad - below - (title_room if self.category_title else 0)
        plot = QRectF(left, top + value_room, plot_width, 0)
        plot.setBottom(max(bottom, plot.top() + 10))
        return _Layout(plot, ticks[-1], ticks, rotated, wrapped, every, legend, legend_top, px, limit)

    def _end_values(self) -> list[float]:
        if self.stacked:
            return [self.total(i) for i in range(len(self.categories))]
        return [v for s in self.series for v in s.values]

    def bars(self, rect: QRectF | QRect, fm: QFontMetricsF | None = None, px: float = 1.0) -> list[Bar]:
        """Every bar drawn into ``rect`` (for painting, tooltips and tests)."""
        if not self.has_data:
            return []
        metrics = fm or QFontMetricsF(self.font())
        lay = self.arrange(QRectF(rect), metrics, px)
        return self._bars(lay)

    def _bars(self, lay: _Layout) -> list[Bar]:
        plot, n = lay.plot, len(self.categories)
        along = plot.height() if self.horizontal else plot.width()
        slot = along / n
        groups = 1 if self.stacked else len(self.series)
        share = 0.7 if groups == 1 else 0.85  # a group's bars fuller: each is thinner
        thickness = min(slot * share, 56 * lay.px * (1 if self.stacked else 0.75) * groups)
        bar = thickness / groups
        found: list[Bar] = []
        length = plot.width() if self.horizontal else plot.height()
        for c in range(n):
            start = (plot.top() if self.horizontal else plot.left()) + slot * c + (slot - thickness) / 2
            base = 0.0
            for s, series in enumerate(self.series):
                value = series.values[c]
                size = length * value / lay.top if lay.top else 0.0
                offset = 0.0 if self.stacked else bar * s
                if self.horizontal:
                    r = QRectF(plot.left() + base, start + offset, size, bar)
                else:
                    r = QRectF(start + offset, plot.bottom() - base - size, bar, size)
                found.append(Bar(c, s, value, r))
                if self.stacked:
                    base += size
        return found

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
        self._draw_legend(painter, lay, area, fm, text)
        self._draw_value_axis(painter, lay, area, fm, text, muted)
        bars = self._bars(lay)
        self._draw_bars(painter, bars, lay)
        self._draw_category_axis(painter, lay, area, fm, text)
        self._draw_values(painter, bars, lay, fm, text)
        painter.restore()

    def _draw_legend(
        self, painter: QPainter, lay: _Layout, area: QRectF, fm: QFontMetricsF, text: QColor
    ) -> None:
        y = lay.legend_top
        px = lay.px
        for row in lay.legend:
            x = area.left() + 8 * px
            for series, width in row:
                swatch = QRectF(x, y + (fm.height() - 12 * px) / 2, 12 * px, 12 * px)
                painter.fillRect(swatch, self.colour(series))
                painter.setPen(text)
                painter.drawText(QPointF(x + 18 * px, y + fm.ascent()), self.series[series].name)
                x += width
            y += fm.height() + 4 * px

    def _draw_value_axis(
        self, painter: QPainter, lay: _Layout, area: QRectF, fm: QFontMetricsF, text: QColor, muted: QColor
    ) -> None:
        plot, px = lay.plot, lay.px
        grid = QColor(muted)
        grid.setAlpha(70)
        step = lay.ticks[1] - lay.ticks[0]
        for tick in lay.ticks:
            label = self.tick_text(tick, step)
            share = tick / lay.top if lay.top else 0.0
            painter.setPen(QPen(grid, px))
            if self.horizontal:
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
        if not self.value_title:
            return
        painter.setPen(text)
        title = self.value_title
        if self.horizontal:
            y = area.bottom() - 8 * px - fm.descent()
            width = fm.horizontalAdvance(title)
            painter.drawText(QPointF(plot.center().x() - width / 2, y), title)
        else:
            title = fm.elidedText(title, Qt.TextElideMode.ElideRight, plot.height())
            width = fm.horizontalAdvance(title)
            painter.save()
            painter.translate(area.left() + 8 * px + fm.ascent(), plot.center().y() + width / 2)
            painter.rotate(-90)
            painter.drawText(QPointF(0, 0), title)
            painter.restore()

    def _draw_category_axis(
        self, painter: QPainter, lay: _Layout, area: QRectF, fm: QFontMetricsF, text: QColor
    ) -> None:
        plot, px, n = lay.plot, lay.px, len(self.categories)
        painter.setPen(text)
        if self.horizontal:
            slot = plot.height() / n
            for c, name in enumerate(self.categories):
                label = self._label(name, fm, lay.label_limit)
                width = fm.horizontalAdvance(label)
                y = plot.top() + slot * (c + 0.5) + fm.ascent() / 2 - px
                painter.drawText(QPointF(plot.left() - 8 * px - width, y), label)
            if self.category_title:
                title = fm.elidedText(self.category_title, Qt.TextElideMode.ElideRight, plot.height())
                width = fm.horizontalAdvance(title)
                painter.save()
                painter.translate(area.left() + 8 * px + fm.ascent(), plot.center().y() + width / 2)
                painter.rotate(-90)
                painter.drawText(QPointF(0, 0), title)
                painter.restore()
            return
        slot = plot.width() / n
        for c, name in enumerate(self.categories):
            if c % lay.every:
                continue
            label = self._label(name, fm, lay.label_limit)
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
        if self.category_title:
            width = fm.horizontalAdvance(self.category_title)
            y = area.bottom() - 8 * px - fm.descent()
            painter.drawText(QPointF(plot.center().x() - width / 2, y), self.category_title)

    def _draw_bars(self, painter: QPainter, bars: list[Bar], lay: _Layout) -> None:
        edge = QPen(self.palette().color(QPalette.ColorRole.Base), lay.px * 0.75)
        for bar in bars:
            if bar.rect.width() <= 0 or bar.rect.height() <= 0:
                continue
            painter.setPen(edge if self.stacked else Qt.PenStyle.NoPen)
            painter.setBrush(self.colour(bar.series))
            painter.drawRect(bar.rect)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_values(
        self, painter: QPainter, bars: list[Bar], lay: _Layout, fm: QFontMetricsF, text: QColor
    ) -> None:
        """Each bar's value beyond its end where it fits; a stack's total beyond it and its parts
        inside them where they fit (in white or black, whichever reads on the colour)."""
        px = lay.px
        bold = QFont(painter.font())
        bold.setBold(True)
        plain = QFont(painter.font())
        bold_fm = (
            QFontMetricsF(bold, painter.device()) if painter.device() is not None else QFontMetricsF(bold)
        )
        if self.stacked:
            for c in range(len(self.categories)):
                mine = [b for b in bars if b.category == c]
                total = self.total(c)
                if total <= 0 or not mine:
                    continue
                outer = mine[0].rect
                for b in mine[1:]:
                    outer = outer.united(b.rect) if b.rect.width() > 0 and b.rect.height() > 0 else outer
                painter.setFont(bold)
                self._end_label(painter, self.value_text(total), outer, bold_fm, text, px, lay)
                if sum(1 for b in mine if b.value > 0) > 1:
                    painter.setFont(plain)
                    for b in mine:
                        self._inside_label(painter, b, fm, px)
            painter.setFont(plain)
            return
        painter.setFont(bold)
        for b in bars:
            if b.value > 0 or not self.percent:
                self._end_label(painter, self.value_text(b.value), b.rect, bold_fm, text, px, lay)
        painter.setFont(plain)

    def _end_label(
        self,
        painter: QPainter,
        label: str,
        rect: QRectF,
        fm: QFontMetricsF,
        text: QColor,
        px: float,
        lay: _Layout,
    ) -> None:
        width = fm.horizontalAdvance(label)
        painter.setPen(text)
        if self.horizontal:
            # A group's labels sit one under the other: they may not reach past their bar.
            spare = 6 * px if self.stacked or len(self.series) == 1 else px
            if fm.height() > rect.height() + spare:
                return  # rows too thin to label: the tooltip and the table carry the value
            y = rect.center().y() + fm.ascent() / 2 - px
            painter.drawText(QPointF(rect.right() + 4 * px, y), label)
        else:
            slot = lay.plot.width() / max(len(self.categories), 1)
            room = rect.width() + (slot - rect.width() * (1 if self.stacked else len(self.series))) * 0.9
            if width > room:
                return  # too narrow: the tooltip and the table carry the value
            painter.drawText(
                QPointF(rect.center().x() - width / 2, rect.top() - 3 * px - fm.descent()), label
            )

    def _inside_label(self, painter: QPainter, bar: Bar, fm: QFontMetricsF, px: float) -> None:
        if bar.value <= 0:
            return
        label = self.value_text(bar.value)
        width = fm.horizontalAdvance(label)
        if width + 6 * px > bar.rect.width() or fm.height() + 2 * px > bar.rect.height():
            return
        colour = self.colour(bar.series)
        painter.setPen(QColor(text_colour(colour.name())))  # black or white, the contrast rule's choice
        painter.drawText(bar.rect, Qt.AlignmentFlag.AlignCenter, label)

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
