"""One outcome measure over time, drawn with QPainter (QtCharts is not part of PySide6-Essentials).

What a clinician reads off it at a glance: the scores joined in date order, when the patient was
treated and with how many units, and for headache days the baseline, the "responder" zone (50% or
more fewer days than baseline, domain/outcomes.py) and the 15-day line under which migraine counts
as episodic. ``render_to`` draws into any painter, so the same picture prints and is tested on a
QImage. Its words are in the window's language (context "OutcomeGraph"); a measure's name and unit
come from the domain and are shown through ``shown``.

A screen reader hears the summary (``describe``) and, as the graph's children, every score ("3
March 2026: 14 days") and every treatment ("Treatment on 1 March 2026: 155 U"), ui/accessible.py.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import partial

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from clinic_desktop.domain.outcomes import EPISODIC_BELOW, HEADACHE_DAYS, RESPONDER_REDUCTION, Measure, Score
from clinic_desktop.domain.words import shown
from clinic_desktop.ui.accessible import ItemWords, PaintedItems, Speaker, painted
from clinic_desktop.ui.dates import display_date

SERIES_COLOUR = QColor("#1f6fb2")
TREATMENT_COLOUR = QColor("#8e44ad")
RESPONDER_COLOUR = QColor(46, 125, 50)
EPISODIC_COLOUR = QColor("#c26a00")
POINT_RADIUS = 4.5
NICE_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500)


@dataclass(frozen=True)
class TreatmentMark:
    """A treatment on the time axis, labelled with what was given ("155 U")."""

    day: date
    label: str = ""


@dataclass(frozen=True)
class Frame:
    """Where things go for one rectangle: the plot area and the ranges it spans."""

    plot: QRectF
    first: date
    last: date
    low: float
    high: float

    def x(self, day: date) -> float:
        span = max((self.last - self.first).days, 1)
        return self.plot.left() + self.plot.width() * (day - self.first).days / span

    def y(self, value: float) -> float:
        return self.plot.bottom() - self.plot.height() * (value - self.low) / (self.high - self.low)


def number_text(value: Decimal | float) -> str:
    number = Decimal(str(value))
    return f"{number.normalize():f}" if number != number.to_integral() else str(int(number))


def _value_ticks(low: float, high: float) -> list[float]:
    span = high - low
    step = next((s for s in NICE_STEPS if span / s <= 6), NICE_STEPS[-1])
    first = int(low // step) * step
    ticks: list[float] = []
    value = float(first)
    while value <= high + 1e-9:
        if value >= low - 1e-9:
            ticks.append(value)
        value += step
    return ticks


def _month_starts(first: date, last: date, every: int) -> list[date]:
    day = date(first.year, first.month, 1)
    if day < first:
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    found: list[date] = []
    while day <= last:
        if (day.month - 1) % every == 0:
            found.append(day)
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return found


def spoken_day(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _mark_words(mark: TreatmentMark) -> ItemWords:
    if mark.label:
        name = QCoreApplication.translate("OutcomeGraph", "Treatment on {day}: {units}").format(
            day=spoken_day(mark.day), units=mark.label
        )
    else:
        name = QCoreApplication.translate("OutcomeGraph", "Treatment on {day}").format(
            day=spoken_day(mark.day)
        )
    return ItemWords(name, value=mark.label)


@painted()
class OutcomeGraph(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measure: Measure | None = None
        self.scores: list[Score] = []
        self.marks: list[TreatmentMark] = []
        self.baseline: Decimal | None = None
        self.empty_hint = ""
        self.setMinimumSize(420, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(QCoreApplication.translate("OutcomeGraph", "Outcome graph"))
        self.accessible_items = PaintedItems(
            self, self._item_rect, name=QCoreApplication.translate("OutcomeGraph", "Outcome graph")
        )

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    def set_data(
        self,
        measure: Measure | None,
        scores: Sequence[Score],
        treatment_days: Sequence[date | TreatmentMark | tuple[date, str]] = (),
        baseline: Decimal | None = None,
    ) -> None:
        """The measure's scores (any order), the treatments to mark (a day, or a day with a label
        such as "155 U") and, for headache days, the baseline the responder zone is drawn from."""
        self.measure = measure
        self.scores = sorted(scores, key=lambda s: s.day)
        marks: list[TreatmentMark] = []
        for item in treatment_days:
            if isinstance(item, TreatmentMark):
                marks.append(item)
            elif isinstance(item, tuple):
                marks.append(TreatmentMark(item[0], item[1]))
            else:
                marks.append(TreatmentMark(item))
        self.marks = sorted(marks, key=lambda m: m.day)
        self.baseline = baseline
        self.setToolTip(self.describe())
        self.setAccessibleDescription(self.describe())
        self.accessible_items.sync(self.spoken_items())
        self.update()

    def value_words(self, value: Decimal) -> str:
        """A score with its unit: "14 days", "1 day", "7/10", "52 points"."""
        number = number_text(value)
        unit = shown(self.measure.unit) if self.measure is not None else ""
        if not unit:
            return number
        if unit.startswith("/"):
            return f"{number}{unit}"
        if value == 1 and unit.endswith("s"):
            unit = unit[:-1]
        return f"{number} {unit}"

    def spoken_items(self) -> list[tuple[Hashable, Speaker]]:
        """Every score, then every treatment, in date order: what a screen reader lists."""
        if self.measure is None:
            return []
        things: list[tuple[Hashable, Speaker]] = [
            (("score", i), partial(self._score_words, score)) for i, score in enumerate(self.scores)
        ]
        things += [(("treatment", i), partial(_mark_words, mark)) for i, mark in enumerate(self.marks)]
        return things

    def _score_words(self, score: Score) -> ItemWords:
        value = self.value_words(score.value)
        return ItemWords(f"{spoken_day(score.day)}: {value}", value=value)

    def _item_rect(self, key: Hashable) -> QRect | None:
        if self.measure is None or not self.scores or not isinstance(key, tuple):
            return None
        kind, index = key
        frame = self.frame(self.rect())
        if kind == "score" and 0 <= index < len(self.scores):
            score = self.scores[index]
            reach = POINT_RADIUS + 2
            x, y = frame.x(score.day), frame.y(float(score.value))
            return QRectF(x - reach, y - reach, 2 * reach, 2 * reach).toAlignedRect()
        if kind == "treatment" and 0 <= index < len(self.marks):
            x = frame.x(self.marks[index].day)
            return QRectF(x - 3, frame.plot.top(), 6, frame.plot.height()).toAlignedRect()
        return None

    @property
    def headache_days(self) -> bool:
        return self.measure is not None and self.measure.code == HEADACHE_DAYS

    def describe(self) -> str:
        """What the graph shows, in words (tooltip and screen readers)."""
        if self.measure is None:
            return QCoreApplication.translate("OutcomeGraph", "No measure chosen")
        if not self.scores:
            return QCoreApplication.translate("OutcomeGraph", "No scores for {measure} yet").format(
                measure=shown(self.measure.label)
            )
        values = ", ".join(f"{display_date(s.day)}: {number_text(s.value)}" for s in self.scores[-6:])
        return f"{shown(self.measure.label)} — {values}"

    # --- geometry ---------------------------------------------------------------------------------

    def _value_range(self) -> tuple[float, float]:
        assert self.measure is not None
        low, high = float(self.measure.low), float(self.measure.high)
        if high - low <= 31:
            return low, high
        top = max([float(s.value) for s in self.scores] + [float(self.baseline or 0), low + 1])
        step = next((s for s in NICE_STEPS if (top - low) * 1.15 / s <= 6), NICE_STEPS[-1])
        return low, min(high, low + step * -(-((top - low) * 1.15) // step))

    def _day_range(self) -> tuple[date, date]:
        days = [s.day for s in self.scores] + [m.day for m in self.marks]
        first, last = min(days), max(days)
        span = (last - first).days
        pad = timedelta(days=15 if span == 0 else max(7, round(span * 0.05)))
        return first - pad, last + pad

    def frame(self, rect: QRect | QRectF, metrics: QFontMetricsF | None = None) -> Frame:
        """The plot area inside ``rect`` (below the legend, right of the value labels)."""
        fm = metrics or QFontMetricsF(self.font())
        area = QRectF(rect)
        low, high = self._value_range()
        widest = max(fm.horizontalAdvance(number_text(v)) for v in _value_ticks(low, high))
        legend_height = self._legend_height(area.width() - 16, fm)
        top = area.top() + 8 + legend_height + fm.height() + 6  # legend, then the unit over the axis
        plot = QRectF(
            area.left() + widest + 16,
            top,
            area.width() - widest - 16 - 14,
            area.bottom() - fm.height() - 12 - top,
        )
        first, last = self._day_range()
        return Frame(plot, first, last, low, high)

    def map_point(self, score: Score, rect: QRect | QRectF) -> QPointF:
        """Where a score is drawn when the graph is rendered into ``rect``."""
        frame = self.frame(rect)
        return QPointF(frame.x(score.day), frame.y(float(score.value)))

    # --- painting ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        self.render_to(painter, QRectF(self.rect()))
        painter.end()

    def render_to(self, painter: QPainter, rect: QRect | QRectF) -> None:
        """Draw the graph into ``rect`` of any painter (the widget, an image, a printer page)."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        area = QRectF(rect)
        text = self.palette().color(QPalette.ColorRole.Text)
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if self.measure is None or not self.scores:
            self._draw_empty(painter, area, muted)
            painter.restore()
            return
        fm = QFontMetricsF(painter.font())
        frame = self.frame(area, fm)
        self._draw_legend(painter, area, fm, text)
        self._draw_axes(painter, frame, fm, text, muted)
        if self.headache_days:
            self._draw_migraine_guides(painter, frame, fm)
        self._draw_treatments(painter, frame, fm)
        self._draw_series(painter, frame, fm, text)
        painter.restore()

    def _draw_empty(self, painter: QPainter, area: QRectF, muted: QColor) -> None:
        if self.measure is None:
            message = QCoreApplication.translate("OutcomeGraph", "Choose a measure to see its graph.")
        else:
            message = QCoreApplication.translate("OutcomeGraph", "No scores for {measure} yet.").format(
                measure=shown(self.measure.label)
            )
        if self.empty_hint:
            message += "\n" + self.empty_hint
        painter.setPen(muted)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, message)

    def _legend_items(self) -> list[tuple[str, str]]:
        assert self.measure is not None
        items = [("series", shown(self.measure.label))]
        if self.marks:
            items.append(("treatment", QCoreApplication.translate("OutcomeGraph", "Treatment (units given)")))
        if self.headache_days:
            if self.baseline is not None:
                baseline = QCoreApplication.translate("OutcomeGraph", "Baseline {days} days").format(
                    days=number_text(self.baseline)
                )
                items.append(("baseline", baseline))
                items.append(
                    (
                        "responder",
                        QCoreApplication.translate("OutcomeGraph", "Responder zone (50% or more fewer days)"),
                    )
                )
            items.append(
                (
                    "episodic",
                    QCoreApplication.translate("OutcomeGraph", "Under {days} days: episodic").format(
                        days=EPISODIC_BELOW
                    ),
                )
            )
        return items

    def _legend_rows(self, width: float, fm: QFontMetricsF) -> list[list[tuple[str, str, float]]]:
        rows: list[list[tuple[str, str, float]]] = [[]]
        used = 0.0
        for kind, label in self._legend_items():
            item_width = 26 + fm.horizontalAdvance(label) + 18
            if rows[-1] and used + item_width > width:
                rows.append([])
                used = 0.0
            rows[-1].append((kind, label, item_width))
            used += item_width
        return rows

    def _legend_height(self, width: float, fm: QFontMetricsF) -> float:
        return len(self._legend_rows(width, fm)) * (fm.height() + 4)

    def _draw_legend(self, painter: QPainter, area: QRectF, fm: QFontMetricsF, text: QColor) -> None:
        y = area.top() + 8
        for row in self._legend_rows(area.width() - 16, fm):
            x = area.left() + 8
            middle = y + fm.height() / 2
            for kind, label, item_width in row:
                self._legend_symbol(painter, kind, x, middle)
                painter.setPen(text)
                painter.drawText(QPointF(x + 26, y + fm.ascent()), label)
                x += item_width
            y += fm.height() + 4

    def _legend_symbol(self, painter: QPainter, kind: str, x: float, middle: float) -> None:
        if kind == "series":
            painter.setPen(QPen(SERIES_COLOUR, 2))
            painter.drawLine(QPointF(x, middle), QPointF(x + 20, middle))
            painter.setBrush(SERIES_COLOUR)
            painter.drawEllipse(QPointF(x + 10, middle), 3.5, 3.5)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        elif kind == "treatment":
            painter.setPen(QPen(TREATMENT_COLOUR, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x + 10, middle - 7), QPointF(x + 10, middle + 7))
        elif kind == "baseline":
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Text), 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, middle), QPointF(x + 20, middle))
        elif kind == "responder":
            band = QColor(RESPONDER_COLOUR)
            band.setAlpha(60)
            painter.fillRect(QRectF(x, middle - 6, 20, 12), band)
        elif kind == "episodic":
            painter.setPen(QPen(EPISODIC_COLOUR, 1.5, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, middle), QPointF(x + 20, middle))

    def _draw_axes(
        self, painter: QPainter, frame: Frame, fm: QFontMetricsF, text: QColor, muted: QColor
    ) -> None:
        assert self.measure is not None
        plot = frame.plot
        grid = QColor(muted)
        grid.setAlpha(60)
        for value in _value_ticks(frame.low, frame.high):
            y = frame.y(value)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            label = number_text(value)
            painter.drawText(
                QPointF(plot.left() - 8 - fm.horizontalAdvance(label), y + fm.ascent() / 2 - 1), label
            )
        unit = shown(self.measure.unit or self.measure.label)
        painter.setPen(muted)
        painter.drawText(QPointF(plot.left() - 8, plot.top() - 6), unit)
        painter.setPen(QPen(text, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        for day, label in self._date_ticks(frame, fm):
            x = frame.x(day)
            painter.setPen(QPen(text, 1))
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            width = fm.horizontalAdvance(label)
            left = min(max(x - width / 2, plot.left() - 12), plot.right() + 12 - width)
            painter.drawText(QPointF(left, plot.bottom() + 6 + fm.ascent()), label)

    def _date_ticks(self, frame: Frame, fm: QFontMetricsF) -> list[tuple[date, str]]:
        """Month starts ("Mar", with the year on the first and on January), thinned until the
        labels fit; weeks when the whole graph spans less than ten weeks."""
        span = (frame.last - frame.first).days
        room = frame.plot.width()
        if span < 70:
            first = frame.first + timedelta(days=(7 - frame.first.weekday()) % 7)
            days = [first + timedelta(days=7 * i) for i in range(span // 7 + 1)]
            days = [d for d in days if d <= frame.last]
            labels = [f"{d.day} {d:%b}" for d in days]
            if days and len(days) * (fm.horizontalAdvance("28 Mar") + 12) > room:
                days, labels = days[::2], labels[::2]
            return list(zip(days, labels, strict=True))
        for every in (1, 2, 3, 6, 12):
            days = _month_starts(frame.first, frame.last, every)
            labels = [f"{d:%b %Y}" if i == 0 or d.month == 1 else f"{d:%b}" for i, d in enumerate(days)]
            needed = sum(fm.horizontalAdvance(label) + 14 for label in labels)
            if needed <= room:
                return list(zip(days, labels, strict=True))
        return [(d, f"{d:%Y}") for d in _month_starts(frame.first, frame.last, 12)]

    def _draw_migraine_guides(self, painter: QPainter, frame: Frame, fm: QFontMetricsF) -> None:
        """The responder zone (shaded, its label at the bottom left), the baseline (dashed, labelled
        above its line at the right) and the episodic threshold (dotted, labelled below its line)."""
        plot = frame.plot
        if self.baseline is not None:
            limit = float(self.baseline * (1 - RESPONDER_REDUCTION))
            band = QColor(RESPONDER_COLOUR)
            band.setAlpha(45)
            top = frame.y(limit)
            painter.fillRect(QRectF(plot.left(), top, plot.width(), plot.bottom() - top), band)
            label = QCoreApplication.translate("OutcomeGraph", "responder zone: {days} days or fewer").format(
                days=number_text(limit)
            )
            self._guide_label(
                painter, fm, label, plot.left() + 6, plot.bottom() - 4, RESPONDER_COLOUR.darker(140)
            )
            y = frame.y(float(self.baseline))
            text = self.palette().color(QPalette.ColorRole.Text)
            painter.setPen(QPen(text, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            label = QCoreApplication.translate("OutcomeGraph", "baseline {days} days").format(
                days=number_text(self.baseline)
            )
            self._guide_label(painter, fm, label, plot.right() - fm.horizontalAdvance(label) - 6, y - 4, text)
        y = frame.y(EPISODIC_BELOW)
        painter.setPen(QPen(EPISODIC_COLOUR, 1.5, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        label = QCoreApplication.translate("OutcomeGraph", "under {days}: episodic").format(
            days=EPISODIC_BELOW
        )
        x = plot.right() - fm.horizontalAdvance(label) - 6
        self._guide_label(painter, fm, label, x, y + fm.ascent() + 3, EPISODIC_COLOUR.darker(120))

    def _guide_label(
        self, painter: QPainter, fm: QFontMetricsF, label: str, x: float, baseline: float, colour: QColor
    ) -> None:
        """Text on a see-through patch of the background, readable over lines and the band."""
        background = self.palette().color(QPalette.ColorRole.Base)
        background.setAlpha(200)
        box = QRectF(x - 3, baseline - fm.ascent() - 1, fm.horizontalAdvance(label) + 6, fm.height() + 1)
        painter.fillRect(box, background)
        painter.setPen(colour)
        painter.drawText(QPointF(x, baseline), label)

    def _draw_treatments(self, painter: QPainter, frame: Frame, fm: QFontMetricsF) -> None:
        plot = frame.plot
        previous_right = -1e9
        row = 0
        for mark in self.marks:
            x = frame.x(mark.day)
            painter.setPen(QPen(TREATMENT_COLOUR, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            if not mark.label:
                continue
            width = fm.horizontalAdvance(mark.label)
            row = row + 1 if x + 3 < previous_right and row < 2 else 0  # stagger labels that touch
            box = QRectF(x + 3, plot.top() + 2 + row * (fm.height() + 1), width + 6, fm.height())
            background = self.palette().color(QPalette.ColorRole.Base)
            background.setAlpha(220)
            painter.fillRect(box, background)
            painter.setPen(TREATMENT_COLOUR)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, mark.label)
            previous_right = box.right()

    def _draw_series(self, painter: QPainter, frame: Frame, fm: QFontMetricsF, text: QColor) -> None:
        points = [QPointF(frame.x(s.day), frame.y(float(s.value))) for s in self.scores]
        if len(points) > 1:
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            painter.setPen(QPen(SERIES_COLOUR, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Base), 1.5))
        painter.setBrush(QBrush(SERIES_COLOUR))
        for point in points:
            painter.drawEllipse(point, POINT_RADIUS, POINT_RADIUS)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if len(points) > 20:
            return
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        bold = QFontMetricsF(font)
        painter.setPen(text)
        for score, point in zip(self.scores, points, strict=True):
            label = number_text(score.value)
            width = bold.horizontalAdvance(label)
            above = point.y() - POINT_RADIUS - 4 > frame.plot.top() + bold.height()
            y = point.y() - POINT_RADIUS - 4 if above else point.y() + POINT_RADIUS + 4 + bold.ascent()
            painter.drawText(QPointF(point.x() - width / 2, y), label)
