"""Where a bar chart's parts go inside a rectangle: the legend's rows, the value axis' round ticks,
the plot, the category labels (straight, on two lines, or at 45 degrees and thinned out) and each
bar. Sizes come from the font's metrics and a pixel unit ``px`` of 1/96 inch, so the same chart
lays out alike on screen and on paper. The chart itself (its data) is ui.widgets.bar_chart."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

if TYPE_CHECKING:
    from clinic_desktop.ui.widgets.bar_chart import BarChart

NICE = (1.0, 2.0, 2.5, 5.0)
MAX_TICKS = 6
CATEGORY_LABEL_EM = 30  # a category label is elided beyond this many average character widths
LABEL_SHARE = 0.35  # ... or beyond this share of the chart's width (lying charts)
HEADROOM = 1.05  # the value axis reaches at least this far over the highest bar


@dataclass(frozen=True)
class Bar:
    """One drawn bar (a stack's segment, a group's member): where, and what it stands for."""

    category: int
    series: int
    value: float
    rect: QRectF


@dataclass(frozen=True)
class ChartLayout:
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


def category_label(text: str, fm: QFontMetricsF, limit: float) -> str:
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, limit)


def legend_rows(chart: BarChart, width: float, fm: QFontMetricsF, px: float) -> list[list[tuple[int, float]]]:
    """The legend's items (a swatch and a series' name) in rows no wider than ``width``."""
    if len(chart.series) < 2:
        return []
    rows: list[list[tuple[int, float]]] = [[]]
    used = 0.0
    for i, s in enumerate(chart.series):
        item = 18 * px + fm.horizontalAdvance(s.name) + 18 * px
        if rows[-1] and used + item > width:
            rows.append([])
            used = 0.0
        rows[-1].append((i, item))
        used += item
    return rows


def highest(chart: BarChart) -> float:
    """The highest bar, or stack."""
    if not chart.series or not chart.categories:
        return 0.0
    if chart.stacked:
        return max(chart.total(i) for i in range(len(chart.categories)))
    return max(max(s.values) for s in chart.series)


def end_values(chart: BarChart) -> list[float]:
    """The values written beyond the bars' ends: each bar's, or each stack's total."""
    if chart.stacked:
        return [chart.total(i) for i in range(len(chart.categories))]
    return [v for s in chart.series for v in s.values]


def arrange(chart: BarChart, rect: QRectF, fm: QFontMetricsF, px: float = 1.0) -> ChartLayout:
    """Where everything goes inside ``rect``: the legend on top, the axes' labels and titles
    round the plot; the value axis ends at a round tick over the highest bar (or stack)."""
    pad = 8 * px
    legend = legend_rows(chart, rect.width() - 2 * pad, fm, px)
    legend_top = rect.top() + pad
    top = legend_top + len(legend) * (fm.height() + 4 * px) + (4 * px if legend else 0)
    ticks = nice_ticks(highest(chart) * HEADROOM)
    step = ticks[1] - ticks[0]
    tick_width = max(fm.horizontalAdvance(chart.tick_text(t, step)) for t in ticks)
    title_room = fm.height() + 6 * px
    value_room = fm.height() + 4 * px  # a value label beyond the bar's end
    limit = min(fm.averageCharWidth() * CATEGORY_LABEL_EM, rect.width() * LABEL_SHARE)
    labels = [category_label(c, fm, limit) for c in chart.categories]
    widest = max((fm.horizontalAdvance(label) for label in labels), default=0.0)
    if chart.horizontal:
        left = rect.left() + pad + (title_room if chart.category_title else 0) + widest + 8 * px
        widest_value = max(
            (fm.horizontalAdvance(chart.value_text(v)) for v in end_values(chart)), default=0.0
        )
        right = rect.right() - pad - max(widest_value + 8 * px, tick_width / 2)
        bottom = rect.bottom() - pad - fm.height() - 6 * px - (title_room if chart.value_title else 0)
        plot = QRectF(left, top + fm.height() / 2, max(right - left, 10.0), 0)
        plot.setBottom(max(bottom, plot.top() + 10))
        return ChartLayout(plot, ticks[-1], ticks, False, False, 1, legend, legend_top, px, limit)
    left = rect.left() + pad + (title_room if chart.value_title else 0) + tick_width + 8 * px
    right = rect.right() - pad - 4 * px
    plot_width = max(right - left, 10.0)
    slot = plot_width / max(len(chart.categories), 1)
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
    bottom = rect.bottom() - pad - below - (title_room if chart.category_title else 0)
    plot = QRectF(left, top + value_room, plot_width, 0)
    plot.setBottom(max(bottom, plot.top() + 10))
    return ChartLayout(plot, ticks[-1], ticks, rotated, wrapped, every, legend, legend_top, px, limit)


def place_bars(chart: BarChart, lay: ChartLayout) -> list[Bar]:
    """Every bar in the plot: a category's slot holds its stack, or its group side by side."""
    plot, n = lay.plot, len(chart.categories)
    along = plot.height() if chart.horizontal else plot.width()
    slot = along / n
    groups = 1 if chart.stacked else len(chart.series)
    share = 0.7 if groups == 1 else 0.85  # a group's bars fuller: each is thinner
    thickness = min(slot * share, 56 * lay.px * (1 if chart.stacked else 0.75) * groups)
    bar = thickness / groups
    found: list[Bar] = []
    length = plot.width() if chart.horizontal else plot.height()
    for c in range(n):
        start = (plot.top() if chart.horizontal else plot.left()) + slot * c + (slot - thickness) / 2
        base = 0.0
        for s, series in enumerate(chart.series):
            value = series.values[c]
            size = length * value / lay.top if lay.top else 0.0
            offset = 0.0 if chart.stacked else bar * s
            if chart.horizontal:
                r = QRectF(plot.left() + base, start + offset, size, bar)
            else:
                r = QRectF(start + offset, plot.bottom() - base - size, bar, size)
            found.append(Bar(c, s, value, r))
            if chart.stacked:
                base += size
    return found
