"""Where the toxin went, drawn on a simple body chart with QPainter (no image files).

A provider checks a chart at a glance: one dot per injection site on the muscle it names, the units
beside it in a label column (leader lines keep crowded faces readable), and every view that holds
sites marked with its count so nothing sits unseen on another view. A muscle the map does not know
is listed in a box in the corner rather than dropped. Front views show the patient facing you (their
right on your left); back views and the legs are seen from behind (their left on your left); the
drawing says which side is which.

``render_to`` draws into any painter, so the same picture prints (every view with sites on one
page) and is tested on a QImage.

A screen reader hears every site, on whichever view it is drawn, as a child of the drawing:
"left frontalis, 5 units" (ui/accessible.py); the sites on other views are offscreen.

Its words are in the window's language (context "InjectionMap"): the views, the sides, the units.
A view is known in the code by its English title (VIEWS), shown through ``view_title``. The
muscles are named as charted, the clinic's own words, and are not translated.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, partial

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QTabBar, QToolTip, QVBoxLayout, QWidget

from clinic_desktop.domain.codes import Side
from clinic_desktop.domain.treatment_record import SiteDose
from clinic_desktop.domain.units import format_units
from clinic_desktop.ui.accessible import ItemWords, PaintedItems, painted
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP

HEAD_FRONT = QT_TRANSLATE_NOOP("InjectionMap", "Head and neck — front")
HEAD_BACK = QT_TRANSLATE_NOOP("InjectionMap", "Head and neck — back")
ARMS = QT_TRANSLATE_NOOP("InjectionMap", "Arms")
LEGS = QT_TRANSLATE_NOOP("InjectionMap", "Legs")
BLADDER = QT_TRANSLATE_NOOP("InjectionMap", "Bladder")
VIEWS: tuple[str, ...] = (HEAD_FRONT, HEAD_BACK, ARMS, LEGS, BLADDER)
VIEW_TABS = {
    HEAD_FRONT: QT_TRANSLATE_NOOP("InjectionMap", "Head front"),
    HEAD_BACK: QT_TRANSLATE_NOOP("InjectionMap", "Head back"),
    ARMS: ARMS,
    LEGS: LEGS,
    BLADDER: BLADDER,
}
# How each view is seen, said on the drawing: which of the patient's sides is on the viewer's left.
VIEW_NOTES = {
    HEAD_FRONT: QT_TRANSLATE_NOOP("InjectionMap", "Facing you"),
    HEAD_BACK: QT_TRANSLATE_NOOP("InjectionMap", "Seen from behind"),
    ARMS: QT_TRANSLATE_NOOP("InjectionMap", "Front, palms forward"),
    LEGS: QT_TRANSLATE_NOOP("InjectionMap", "Seen from behind"),
    BLADDER: "",
}
# A site's side in a sentence ("frontalis (left)").
SIDE_WORDS = {
    Side.LEFT: QT_TRANSLATE_NOOP("InjectionMap", "left"),
    Side.RIGHT: QT_TRANSLATE_NOOP("InjectionMap", "right"),
    Side.BILATERAL: QT_TRANSLATE_NOOP("InjectionMap", "both sides"),
    Side.MIDLINE: QT_TRANSLATE_NOOP("InjectionMap", "midline"),
}


def view_title(view: str) -> str:
    """A view's title in the window's language ("Head and neck — front")."""
    return QCoreApplication.translate("InjectionMap", view)


def view_tab(view: str) -> str:
    """A view's short name, its tab's ("Head front")."""
    return QCoreApplication.translate("InjectionMap", VIEW_TABS[view])


def side_words(side: Side | str) -> str:
    """'left', 'both sides' ... in the window's language (a value the map does not know: as it is)."""
    value = side.value if isinstance(side, Side) else str(side)
    try:
        return QCoreApplication.translate("InjectionMap", SIDE_WORDS[Side(value)])
    except ValueError:
        return value


def units_words(units: Decimal) -> str:
    """'5 units', '1 unit'."""
    if units == 1:
        return QCoreApplication.translate("InjectionMap", "1 unit")
    return QCoreApplication.translate("InjectionMap", "{count} units").format(count=format_units(units))


def points_words(points: int, spoken: bool = False) -> str:
    """'3 points' (``spoken``: '3 injection points')."""
    if spoken:
        one, more = (
            QCoreApplication.translate("InjectionMap", "1 injection point"),
            QCoreApplication.translate("InjectionMap", "{count} injection points"),
        )
    else:
        one, more = (
            QCoreApplication.translate("InjectionMap", "1 point"),
            QCoreApplication.translate("InjectionMap", "{count} points"),
        )
    return (one if points == 1 else more).format(count=points)


ASPECT = {HEAD_FRONT: 0.85, HEAD_BACK: 0.85, ARMS: 0.95, LEGS: 0.7, BLADDER: 1.0}  # width / height

PAPER = QColor("#fbfaf8")
SKIN = QColor("#efe6dc")
OUTLINE = QColor("#8a8f98")
FEATURE = QColor("#b5b0aa")
SITE_COLOUR = QColor("#1565c0")
SELECTED_COLOUR = QColor("#ef6c00")
HINT_COLOUR = QColor("#9aa3ad")
TEXT_COLOUR = QColor("#1d232b")
MUTED_TEXT = QColor("#5f6873")
HIT_RADIUS = 11.0  # pixels around a dot or a region point that count as clicking it

# --- where each muscle is -----------------------------------------------------------------------

REGIONS: dict[str, tuple[str, float, float]] = {}
"""'muscle:side' -> (view, x, y), x and y from 0 to 1 across the view's drawing of the body."""


def region_key(muscle: str, side: Side | str) -> str:
    value = side.value if isinstance(side, Side) else str(side)
    return f"{' '.join(muscle.split()).casefold()}:{value.casefold()}"


def _pair(view: str, muscle: str, x: float, y: float, viewer_left: Side) -> None:
    """A paired muscle: ``viewer_left`` side at (x, y), the other mirrored at (1 - x, y)."""
    other = Side.RIGHT if viewer_left is Side.LEFT else Side.LEFT
    REGIONS[region_key(muscle, viewer_left)] = (view, x, y)
    REGIONS[region_key(muscle, other)] = (view, 1 - x, y)


def _mid(view: str, muscle: str, x: float, y: float) -> None:
    REGIONS[region_key(muscle, Side.MIDLINE)] = (view, x, y)


# Head and neck from the front: the patient's right is on the viewer's left.
for _muscle, _x, _y in (
    ("frontalis", 0.42, 0.17),
    ("corrugator", 0.455, 0.245),
    ("temporalis", 0.34, 0.22),
    ("masseter", 0.37, 0.43),
    ("sternocleidomastoid", 0.455, 0.60),
    ("scalenes", 0.40, 0.71),
):
    _pair(HEAD_FRONT, _muscle, _x, _y, Side.RIGHT)
_mid(HEAD_FRONT, "frontalis", 0.5, 0.14)
_mid(HEAD_FRONT, "procerus", 0.5, 0.28)

# Head and neck from behind: the patient's left is on the viewer's left.
for _muscle, _x, _y in (
    ("occipitalis", 0.41, 0.37),
    ("splenius capitis", 0.445, 0.555),
    ("cervical paraspinal", 0.474, 0.635),
    ("levator scapulae", 0.38, 0.72),
    ("trapezius", 0.24, 0.80),
):
    _pair(HEAD_BACK, _muscle, _x, _y, Side.LEFT)
_mid(HEAD_BACK, "cervical paraspinal", 0.5, 0.70)

# Arms from the front, palms forward: the right arm on the viewer's left, centred at x = 0.25;
# + x is towards the body (medial, ulnar side), - x away from it (lateral, radial side).
ARM_CENTRE = 0.25
for _muscle, _dx, _y in (
    ("axilla", 0.095, 0.15),
    ("biceps brachii", 0.0, 0.28),
    ("brachialis", 0.03, 0.40),
    ("brachioradialis", -0.045, 0.52),
    ("pronator teres", 0.03, 0.53),
    ("forearm flexors", 0.0, 0.585),
    ("flexor carpi radialis", -0.035, 0.64),
    ("flexor carpi ulnaris", 0.04, 0.64),
    ("flexor digitorum superficialis", 0.0, 0.695),
    ("flexor digitorum profundus", 0.025, 0.755),
    ("flexor pollicis longus", -0.025, 0.80),
):
    _pair(ARMS, _muscle, ARM_CENTRE + _dx, _y, Side.RIGHT)

# Legs from behind: the left leg on the viewer's left, centred at x = 0.31; + x is medial.
LEG_CENTRE = 0.31
for _muscle, _dx, _y in (
    ("hamstrings", 0.0, 0.18),
    ("gastrocnemius", 0.0, 0.425),
    ("gastrocnemius (medial head)", 0.05, 0.48),
    ("gastrocnemius (lateral head)", -0.05, 0.48),
    ("soleus", 0.0, 0.60),
    ("tibialis posterior", 0.0, 0.69),
    ("flexor digitorum longus", 0.03, 0.77),
    ("flexor hallucis longus", -0.03, 0.81),
):
    _pair(LEGS, _muscle, LEG_CENTRE + _dx, _y, Side.LEFT)

_mid(BLADDER, "detrusor", 0.5, 0.40)
_pair(BLADDER, "detrusor", 0.33, 0.44, Side.RIGHT)


def known_muscles() -> list[str]:
    """Every muscle the map can place, for completing what a provider types."""
    return sorted({key.rsplit(":", 1)[0] for key in REGIONS})


def points_for(muscle: str, side: Side) -> list[tuple[str, float, float]]:
    """Where a site is drawn: bilateral is both sides; a midline-only region takes any side; a paired
    muscle charted on the midline sits between its two sides."""

    def get(s: Side) -> tuple[str, float, float] | None:
        return REGIONS.get(region_key(muscle, s))

    exact = get(side) if side is not Side.BILATERAL else None
    if exact is not None:
        return [exact]
    left, right, middle = get(Side.LEFT), get(Side.RIGHT), get(Side.MIDLINE)
    if side is Side.BILATERAL and left and right:
        return [right, left]
    if side is Side.MIDLINE and left and right:
        return [(left[0], 0.5, (left[2] + right[2]) / 2)]
    if middle is not None:
        return [middle]
    return []


def site_label(site: SiteDose) -> str:
    units = f"{format_units(site.units)} U"
    if site.side is Side.BILATERAL:
        return QCoreApplication.translate("InjectionMap", "{units} both sides").format(units=units)
    return units


def spoken_site(site: SiteDose) -> str:
    """A site as a screen reader says it: "left frontalis, 5 units"; "frontalis, both sides, 20
    units" (the units of both sides together, as charted); "procerus, midline, 5 units"."""
    units = units_words(site.units)
    if site.side is Side.LEFT:
        words = QCoreApplication.translate("InjectionMap", "left {muscle}, {units}")
    elif site.side is Side.RIGHT:
        words = QCoreApplication.translate("InjectionMap", "right {muscle}, {units}")
    else:
        words = QCoreApplication.translate("InjectionMap", "{muscle}, {side}, {units}")
    return words.format(muscle=site.muscle, side=side_words(site.side), units=units)


def spoken_site_details(site: SiteDose) -> str:
    """The injection points, and where the site is drawn (or that the map cannot place it)."""
    points = points_words(site.injection_points, spoken=True)
    views = list(dict.fromkeys(where for where, _x, _y in points_for(site.muscle, site.side)))
    if views:
        drawn = QCoreApplication.translate("InjectionMap", "{points}, drawn on {views}")
    else:
        drawn = QCoreApplication.translate("InjectionMap", "{points}, not on the map")
    return drawn.format(points=points, views=", ".join(view_tab(v) for v in views))


def _site_words(site: SiteDose) -> ItemWords:
    return ItemWords(spoken_site(site), spoken_site_details(site))


def site_description(site: SiteDose) -> str:
    """'frontalis (left) — 5 U, 2 points'."""
    points = points_words(site.injection_points)
    return f"{site.muscle} ({side_words(site.side)}) — {format_units(site.units)} U, {points}"


# --- the drawings -------------------------------------------------------------------------------


# Shapes are built at this size and scaled down when drawn: QPainterPath.united() flattens curves
# with an absolute tolerance, which would turn a head drawn 1 unit wide into a pentagon.
SHAPE_SCALE = 1000.0


def _poly(points: Sequence[tuple[float, float]], closed: bool = True) -> QPainterPath:
    """A smooth outline through the points (midpoint quadratic curves)."""
    path = QPainterPath()
    pts = [QPointF(x * SHAPE_SCALE, y * SHAPE_SCALE) for x, y in points]
    if len(pts) < 3:
        return path
    count = len(pts) if closed else len(pts) - 1
    start = (pts[0] + pts[1]) / 2 if closed else pts[0]
    path.moveTo(start)
    for i in range(1, count + 1):
        corner = pts[i % len(pts)]
        after = pts[(i + 1) % len(pts)]
        if not closed and i == count:
            path.lineTo(corner)
            break
        path.quadTo(corner, (corner + after) / 2)
    if closed:
        path.closeSubpath()
    return path


def _ellipse(cx: float, cy: float, rx: float, ry: float) -> QPainterPath:
    path = QPainterPath()
    k = SHAPE_SCALE
    path.addEllipse(QPointF(cx * k, cy * k), rx * k, ry * k)
    return path


def _mirror(points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    return [(1 - x, y) for x, y in points]


def _head_and_shoulders() -> QPainterPath:
    head = _ellipse(0.5, 0.30, 0.19, 0.235)
    neck = _poly([(0.42, 0.46), (0.58, 0.46), (0.595, 0.72), (0.405, 0.72)])
    torso = _poly(
        [
            (0.41, 0.64), (0.59, 0.64), (0.80, 0.72), (0.93, 0.80), (0.97, 0.92), (0.975, 1.0),
            (0.025, 1.0), (0.03, 0.92), (0.07, 0.80), (0.20, 0.72),
        ]
    )  # fmt: skip
    body = torso.united(neck).united(head)
    body = body.united(_ellipse(0.305, 0.32, 0.025, 0.055)).united(_ellipse(0.695, 0.32, 0.025, 0.055))
    return body


def _arm(points_right: bool) -> QPainterPath:
    """One arm hanging, palm forward; drawn for the viewer's left and mirrored for the right."""
    c = ARM_CENTRE
    outline = [
        (c + 0.06, 0.04), (c + 0.085, 0.10), (c + 0.075, 0.28), (c + 0.065, 0.45), (c + 0.075, 0.56),
        (c + 0.045, 0.84), (c + 0.055, 0.93), (c + 0.02, 0.985), (c - 0.03, 0.97), (c - 0.035, 0.84),
        (c - 0.075, 0.56), (c - 0.07, 0.45), (c - 0.08, 0.28), (c - 0.075, 0.09), (c - 0.02, 0.035),
    ]  # fmt: skip
    return _poly(_mirror(outline) if points_right else outline)


def _leg(points_right: bool) -> QPainterPath:
    c = LEG_CENTRE
    outline = [
        (c - 0.12, 0.0), (c + 0.16, 0.0), (c + 0.13, 0.20), (c + 0.08, 0.36), (c + 0.10, 0.48),
        (c + 0.07, 0.66), (c + 0.04, 0.86), (c + 0.05, 0.97), (c - 0.05, 0.985), (c - 0.05, 0.90),
        (c - 0.04, 0.86), (c - 0.07, 0.66), (c - 0.10, 0.48), (c - 0.08, 0.36), (c - 0.12, 0.20),
    ]  # fmt: skip
    return _poly(_mirror(outline) if points_right else outline)


def _bladder() -> QPainterPath:
    return _poly(
        [
            (0.5, 0.12), (0.78, 0.18), (0.86, 0.42), (0.74, 0.66), (0.58, 0.76), (0.54, 0.86),
            (0.46, 0.86), (0.42, 0.76), (0.26, 0.66), (0.14, 0.42), (0.22, 0.18),
        ]
    )  # fmt: skip


@cache
def _features(view: str) -> tuple[QPainterPath, ...]:
    """Thin lines that say which way the body faces: a face, the spine, a knee crease, the ureters
    (made once a view: the paths never change, only the transform they are drawn with)."""
    lines: list[QPainterPath] = []

    def line(*points: tuple[float, float]) -> None:
        k = SHAPE_SCALE
        path = QPainterPath(QPointF(points[0][0] * k, points[0][1] * k))
        for x, y in points[1:]:
            path.lineTo(QPointF(x * k, y * k))
        lines.append(path)

    if view == HEAD_FRONT:
        line((0.39, 0.265), (0.425, 0.255), (0.465, 0.262))
        line((0.535, 0.262), (0.575, 0.255), (0.61, 0.265))
        lines.append(_ellipse(0.43, 0.30, 0.028, 0.011))
        lines.append(_ellipse(0.57, 0.30, 0.028, 0.011))
        line((0.5, 0.315), (0.484, 0.385), (0.516, 0.385))
        line((0.455, 0.44), (0.5, 0.448), (0.545, 0.44))
        line((0.44, 0.79), (0.26, 0.77))
        line((0.56, 0.79), (0.74, 0.77))
    elif view == HEAD_BACK:
        line((0.5, 0.58), (0.5, 1.0))
        line((0.44, 0.40), (0.5, 0.43), (0.56, 0.40))
        for x in (0.30, 0.70):
            lines.append(_poly([(x - 0.06, 0.86), (x + 0.06, 0.85), (x + 0.05, 0.99), (x - 0.03, 0.99)]))
    elif view == ARMS:
        for c in (ARM_CENTRE, 1 - ARM_CENTRE):
            line((c - 0.05, 0.455), (c + 0.05, 0.455))
    elif view == LEGS:
        for c in (LEG_CENTRE, 1 - LEG_CENTRE):
            line((c - 0.06, 0.355), (c + 0.06, 0.355))
    elif view == BLADDER:
        line((0.28, 0.02), (0.30, 0.20), (0.40, 0.58))
        line((0.72, 0.02), (0.70, 0.20), (0.60, 0.58))
        line((0.40, 0.58), (0.60, 0.58), (0.5, 0.74), (0.40, 0.58))
        line((0.5, 0.86), (0.5, 0.99))
    return tuple(lines)


@cache
def _outlines(view: str) -> tuple[QPainterPath, ...]:
    """The view's body outlines, made once a view (joining the shapes into one outline took tens
    of milliseconds at every repaint: issue 22)."""
    if view in (HEAD_FRONT, HEAD_BACK):
        return (_head_and_shoulders(),)
    if view == ARMS:
        return (_arm(False), _arm(True))
    if view == LEGS:
        return (_leg(False).united(_leg(True)),)
    return (_bladder(),)


# --- laying out one view ------------------------------------------------------------------------


@dataclass
class _Dot:
    index: int  # into the sites
    point: QPointF
    column: int = 0  # -1: label on the left, 1: on the right
    label_rect: QRectF | None = None


@dataclass
class _Scene:
    body: QRectF
    dots: list[_Dot]
    regions: list[tuple[str, str, QPointF]]  # muscle, side, where (free region points only)
    column_width: float
    title_rect: QRectF


def _fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
    """Small grey muscle names, bold units, a bold title."""
    small = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    small.setPointSizeF(max(size - 2, 7.0))
    units = QFont(base)
    units.setPointSizeF(max(size - 1, 8.0))
    units.setBold(True)
    title = QFont(base)
    title.setPointSizeF(size)
    title.setBold(True)
    return small, units, title


class MapPainter:
    """Lays out and draws one view of the sites into a rectangle of any paint device."""

    def __init__(self, sites: Sequence[SiteDose], base_font: QFont, scale: float = 1.0) -> None:
        self.sites = list(sites)
        self.scale = scale
        self.lists_unplaced = True  # the unplaced box is drawn under this view (not on a printed grid)
        self.small, self.units, self.title = _fonts(base_font)

    def metrics(self, font: QFont, device: object | None) -> QFontMetricsF:
        return QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)  # type: ignore[call-overload]

    def label_height(self, device: object | None) -> float:
        return self.metrics(self.small, device).height() + self.metrics(self.units, device).height()

    def scene(self, view: str, rect: QRectF, device: object | None = None, title: bool = True) -> _Scene:
        s = self.scale
        title_h = self.metrics(self.title, device).height() + 6 * s if title else 0.0
        title_rect = QRectF(rect.left() + 8 * s, rect.top() + 4 * s, rect.width() - 16 * s, title_h)
        small_height = self.metrics(self.small, device).height()
        reserve = small_height + 8 * s  # the "Seen from behind" line
        missing = len(self.unplaced()) if self.lists_unplaced else 0
        if missing:  # the box listing sites the map cannot place sits under the drawing
            reserve += small_height * (missing + 1) + 14 * s
        area = rect.adjusted(6 * s, title_h + small_height + 8 * s, -6 * s, -reserve)  # room for "Left"
        column = max(min(area.width() * 0.24, 190 * s), 40 * s)
        room_w = max(area.width() - 2 * column, 10.0)
        room_h = max(area.height(), 10.0)
        aspect = ASPECT[view]
        width = min(room_w, room_h * aspect)
        height = width / aspect
        body = QRectF(area.center().x() - width / 2, area.top() + (room_h - height) / 2, width, height)
        dots: list[_Dot] = []
        taken: list[QPointF] = []
        for index, site in enumerate(self.sites):
            for where, x, y in points_for(site.muscle, site.side):
                if where == view:
                    point = QPointF(body.left() + x * body.width(), body.top() + y * body.height())
                    dots.append(_Dot(index, point))
                    taken.append(point)
        regions = []
        for key, (where, x, y) in REGIONS.items():
            if where != view:
                continue
            point = QPointF(body.left() + x * body.width(), body.top() + y * body.height())
            if any(_distance(point, t) < 4 * s for t in taken):
                continue
            muscle, side = key.rsplit(":", 1)
            regions.append((muscle, side, point))
        scene = _Scene(body, dots, regions, column, title_rect)
        self._place_labels(scene, area, device)
        return scene

    def _place_labels(self, scene: _Scene, area: QRectF, device: object | None) -> None:
        s = self.scale
        height = self.label_height(device) + 2 * s
        middle = scene.body.center().x()
        left = [d for d in scene.dots if d.point.x() < middle - 1]
        right = [d for d in scene.dots if d.point.x() > middle + 1]
        for dot in scene.dots:
            if dot not in left and dot not in right:
                (left if len(left) < len(right) else right).append(dot)
        for side, dots in ((-1, left), (1, right)):
            dots.sort(key=lambda d: d.point.y())
            tops: list[float] = []
            bottom_limit = area.bottom()
            for dot in dots:
                top = max(dot.point.y() - height / 2, area.top())
                if tops:
                    top = max(top, tops[-1] + height)
                tops.append(top)
            overflow = (tops[-1] + height - bottom_limit) if tops else 0
            if overflow > 0:
                for i in range(len(tops) - 1, -1, -1):
                    limit = bottom_limit - height * (len(tops) - i)
                    tops[i] = min(tops[i], limit)
            x = area.left() if side < 0 else scene.body.right() + 4 * s
            width = scene.body.left() - 4 * s - area.left() if side < 0 else area.right() - x
            for dot, top in zip(dots, tops, strict=True):
                dot.column = side
                dot.label_rect = QRectF(x, top, max(width, 10.0), height - 2 * s)

    # --- drawing --------------------------------------------------------------------------------

    def draw(
        self,
        painter: QPainter,
        view: str,
        rect: QRectF,
        selected: int | None = None,
        hints: bool = False,
        title: bool = True,
    ) -> _Scene:
        s = self.scale
        device = painter.device()
        scene = self.scene(view, rect, device, title)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        body = scene.body
        transform = QTransform()
        transform.translate(body.left(), body.top())
        transform.scale(body.width() / SHAPE_SCALE, body.height() / SHAPE_SCALE)
        if title:
            painter.setFont(self.title)
            painter.setPen(TEXT_COLOUR)
            painter.drawText(
                scene.title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, view_title(view)
            )
        self._draw_body(painter, view, transform)
        self._draw_sides(painter, view, body)
        if hints:
            painter.setPen(QPen(HINT_COLOUR, 1.2 * s))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for _muscle, _side, point in scene.regions:
                painter.drawEllipse(point, 3.5 * s, 3.5 * s)
        self._draw_labels(painter, scene, selected)
        painter.restore()
        return scene

    def _draw_body(self, painter: QPainter, view: str, transform: QTransform) -> None:
        s = self.scale
        outline = QPen(OUTLINE, 1.6 * s)
        outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if view == ARMS:  # the chest between the arms, fading out below the armpits
            chest = transform.map(_poly([(0.3, 0.05), (0.7, 0.05), (0.66, 0.5), (0.34, 0.5)]))
            box = chest.boundingRect()
            fade = QLinearGradient(box.topLeft(), box.bottomLeft())
            fade.setColorAt(0.0, SKIN)
            fade.setColorAt(0.55, SKIN)
            fade.setColorAt(1.0, QColor(SKIN.red(), SKIN.green(), SKIN.blue(), 0))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(fade))
            painter.drawPath(chest)
            shoulders = transform.map(_poly([(0.18, 0.09), (0.32, 0.03), (0.68, 0.03), (0.82, 0.09)], False))
            painter.setPen(outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(shoulders)
        painter.setPen(outline)
        painter.setBrush(SKIN)
        for path in _outlines(view):
            painter.drawPath(transform.map(path))
        painter.setPen(QPen(FEATURE, 1.1 * s))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for path in _features(view):
            painter.drawPath(transform.map(path))

    def _draw_sides(self, painter: QPainter, view: str, body: QRectF) -> None:
        """'Right' and 'Left' over the body, and how the view is seen, so sides are never guessed."""
        if view == BLADDER:
            return
        s = self.scale
        right, left = (
            QCoreApplication.translate("InjectionMap", "Right"),
            QCoreApplication.translate("InjectionMap", "Left"),
        )
        viewer_left, viewer_right = (right, left) if view in (HEAD_FRONT, ARMS) else (left, right)
        painter.setFont(self.small)
        painter.setPen(MUTED_TEXT)
        fm = self.metrics(self.small, painter.device())
        top = body.top() - fm.height() - 2 * s
        row = QRectF(body.left(), top, body.width(), fm.height())
        painter.drawText(row, Qt.AlignmentFlag.AlignLeft, viewer_left)
        painter.drawText(row, Qt.AlignmentFlag.AlignRight, viewer_right)
        note = QCoreApplication.translate("InjectionMap", VIEW_NOTES[view]) if VIEW_NOTES[view] else ""
        if note:
            below = QRectF(body.left() - 40 * s, body.bottom() + 2 * s, body.width() + 80 * s, fm.height())
            painter.drawText(below, Qt.AlignmentFlag.AlignHCenter, note)

    def _draw_labels(self, painter: QPainter, scene: _Scene, selected: int | None) -> None:
        s = self.scale
        device = painter.device()
        small_fm = self.metrics(self.small, device)
        radius = 5.5 * s
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for dot in scene.dots:  # leader lines under everything
            if dot.label_rect is None:
                continue
            rect = dot.label_rect
            end = QPointF(rect.right() if dot.column < 0 else rect.left(), rect.center().y())
            colour = SELECTED_COLOUR if dot.index == selected else QColor(120, 140, 170)
            painter.setPen(QPen(colour, 1.0 * s))
            painter.drawLine(dot.point, end)
        for dot in scene.dots:
            chosen = dot.index == selected
            if chosen:
                painter.setPen(QPen(SELECTED_COLOUR, 2.5 * s))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(dot.point, radius + 3.5 * s, radius + 3.5 * s)
            painter.setPen(QPen(QColor("white"), 1.5 * s))
            painter.setBrush(SITE_COLOUR)
            painter.drawEllipse(dot.point, radius, radius)
        for dot in scene.dots:
            if dot.label_rect is None:
                continue
            site = self.sites[dot.index]
            rect = dot.label_rect
            align = Qt.AlignmentFlag.AlignRight if dot.column < 0 else Qt.AlignmentFlag.AlignLeft
            name_rect = QRectF(rect.left(), rect.top(), rect.width(), small_fm.height())
            units_rect = QRectF(
                rect.left(), name_rect.bottom(), rect.width(), rect.height() - small_fm.height()
            )
            if dot.index == selected:
                painter.fillRect(rect, QColor(239, 108, 0, 40))
            painter.setFont(self.small)
            painter.setPen(MUTED_TEXT)
            name = small_fm.elidedText(site.muscle, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(name_rect, align | Qt.AlignmentFlag.AlignVCenter, name)
            painter.setFont(self.units)
            painter.setPen(SELECTED_COLOUR.darker(120) if dot.index == selected else SITE_COLOUR.darker(130))
            painter.drawText(units_rect, align | Qt.AlignmentFlag.AlignVCenter, site_label(site))

    def unplaced(self) -> list[int]:
        return [i for i, site in enumerate(self.sites) if not points_for(site.muscle, site.side)]

    def draw_unplaced(self, painter: QPainter, rect: QRectF) -> None:
        """The sites the map cannot place, listed in the bottom-left corner of ``rect``."""
        missing = self.unplaced()
        if not missing:
            return
        s = self.scale
        fm = self.metrics(self.small, painter.device())
        lines = [QCoreApplication.translate("InjectionMap", "Not on the map:")]
        lines += [site_description(self.sites[i]) for i in missing]
        width = min(max(fm.horizontalAdvance(text) for text in lines) + 16 * s, rect.width() - 8 * s)
        height = fm.height() * len(lines) + 10 * s
        box = QRectF(rect.left() + 4 * s, rect.bottom() - height - 4 * s, width, height)
        painter.save()
        painter.setPen(QPen(OUTLINE, 1.0 * s))
        painter.setBrush(QColor(255, 248, 225, 235))
        painter.drawRoundedRect(box, 4 * s, 4 * s)
        painter.setFont(self.small)
        y = box.top() + 5 * s
        for number, text in enumerate(lines):
            painter.setPen(TEXT_COLOUR if number == 0 else MUTED_TEXT)
            row = QRectF(box.left() + 8 * s, y, box.width() - 16 * s, fm.height())
            painter.drawText(
                row, Qt.AlignmentFlag.AlignLeft, fm.elidedText(text, Qt.TextElideMode.ElideRight, row.width())
            )
            y += fm.height()
        painter.restore()


def _distance(a: QPointF, b: QPointF) -> float:
    return math.hypot(a.x() - b.x(), a.y() - b.y())


def views_with_sites(sites: Sequence[SiteDose]) -> dict[str, int]:
    """How many sites each view shows (a bilateral site counts once)."""
    counts = dict.fromkeys(VIEWS, 0)
    for site in sites:
        for view in {where for where, _x, _y in points_for(site.muscle, site.side)}:
            counts[view] += 1
    return counts


def device_scale(painter: QPainter) -> float:
    """Pen widths and dot sizes are given for a 96 dpi screen; a printer page has many more dots."""
    device = painter.device()
    dpi = device.logicalDpiY() if device is not None else 96
    return max(dpi / 96.0, 0.5)


def render_sites(
    painter: QPainter, rect: QRectF, sites: Sequence[SiteDose], base_font: QFont, heading: str = ""
) -> None:
    """Every view that holds sites, in a grid on one page, with the heading on top."""
    scale = device_scale(painter)
    drawer = MapPainter(sites, base_font, scale)
    painter.save()
    painter.fillRect(rect, QColor("white"))
    area = QRectF(rect)
    if heading:
        painter.setFont(drawer.title)
        painter.setPen(TEXT_COLOUR)
        fm = drawer.metrics(drawer.title, painter.device())
        head = QRectF(
            area.left() + 8 * scale, area.top() + 6 * scale, area.width() - 16 * scale, fm.height() * 2
        )
        painter.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, heading)
        area.setTop(head.bottom() + 6 * scale)
    drawer.lists_unplaced = False
    missing = len(drawer.unplaced())
    box = QRectF(area)
    if missing:
        small_height = drawer.metrics(drawer.small, painter.device()).height()
        area.setBottom(area.bottom() - small_height * (missing + 1) - 16 * scale)
    counts = views_with_sites(sites)
    shown = [view for view in VIEWS if counts[view]]
    if not shown:
        painter.setFont(drawer.units)
        painter.setPen(MUTED_TEXT)
        painter.drawText(
            area,
            Qt.AlignmentFlag.AlignCenter,
            QCoreApplication.translate("InjectionMap", "No injection sites charted"),
        )
    else:
        columns = 1 if len(shown) == 1 else 2
        rows = math.ceil(len(shown) / columns)
        cell_w, cell_h = area.width() / columns, area.height() / rows
        for number, view in enumerate(shown):
            cell = QRectF(
                area.left() + (number % columns) * cell_w,
                area.top() + (number // columns) * cell_h,
                cell_w,
                cell_h,
            ).adjusted(4 * scale, 4 * scale, -4 * scale, -4 * scale)
            painter.setPen(QPen(QColor("#d7d2cc"), 1.0 * scale))
            painter.setBrush(PAPER)
            painter.drawRoundedRect(cell, 6 * scale, 6 * scale)
            drawer.draw(painter, view, cell)
    drawer.draw_unplaced(painter, box)
    painter.restore()


# --- the widget ---------------------------------------------------------------------------------


@painted()
class _Canvas(QWidget):
    def __init__(self, owner: InjectionMap) -> None:
        super().__init__(owner)
        self.owner = owner
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 260)
        self.accessible_items = PaintedItems(
            self, self._site_rect, name=QCoreApplication.translate("InjectionMap", "Injection sites")
        )

    def _site_rect(self, key: Hashable) -> QRect | None:
        """Where a site is drawn on the shown view: its dot(s) and its label (None: elsewhere)."""
        found = QRectF()
        for dot in self.scene().dots:
            if dot.index == key:
                found = found.united(QRectF(dot.point.x() - HIT_RADIUS, dot.point.y() - HIT_RADIUS,
                                            2 * HIT_RADIUS, 2 * HIT_RADIUS))  # fmt: skip
                if dot.label_rect is not None:
                    found = found.united(dot.label_rect)
        return found.toAlignedRect() if not found.isEmpty() else None

    def sizeHint(self) -> QSize:
        return QSize(420, 400)

    def scene(self) -> _Scene:
        drawer = MapPainter(self.owner.sites, self.font())
        return drawer.scene(self.owner.view, QRectF(self.rect()), self, title=True)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), PAPER)
        drawer = MapPainter(self.owner.sites, self.font())
        rect = QRectF(self.rect())
        drawer.draw(painter, self.owner.view, rect, self.owner.selected, self.owner.editable)
        if not self.owner.sites:
            painter.setFont(drawer.small)
            painter.setPen(MUTED_TEXT)
            hint = (
                QCoreApplication.translate("InjectionMap", "Click a grey circle to add a site")
                if self.owner.editable
                else QCoreApplication.translate("InjectionMap", "No sites charted")
            )
            painter.drawText(
                rect.adjusted(0, 0, 0, -6), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, hint
            )
        drawer.draw_unplaced(painter, rect)
        painter.setPen(QPen(QColor("#d7d2cc"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def hit(self, position: QPointF) -> tuple[int | None, tuple[str, str] | None]:
        scene = self.scene()
        best: tuple[float, int] | None = None
        for dot in scene.dots:
            distance = _distance(dot.point, position)
            inside = dot.label_rect is not None and dot.label_rect.contains(position)
            if distance <= HIT_RADIUS or inside:
                score = 0.0 if distance <= HIT_RADIUS else HIT_RADIUS
                if best is None or distance + score < best[0]:
                    best = (distance + score, dot.index)
        if best is not None:
            return best[1], None
        near = [(r, _distance(r[2], position)) for r in scene.regions]
        near = [item for item in near if item[1] <= HIT_RADIUS]
        if near:
            (muscle, side, _point), _d = min(near, key=lambda item: item[1])
            return None, (muscle, side)
        return None, None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        index, region = self.hit(event.position())
        if index is not None:
            self.owner.site_clicked.emit(index)
        elif region is not None and self.owner.editable:
            self.owner.region_clicked.emit(*region)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index, region = self.hit(event.position())
        clickable = index is not None or (region is not None and self.owner.editable)
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index, region = self.hit(QPointF(event.pos()))
            if index is not None:
                QToolTip.showText(event.globalPos(), site_description(self.owner.sites[index]), self)
            elif region is not None:
                muscle, side = region
                where = f"{muscle} ({side_words(side)})"
                if self.owner.editable:
                    where = QCoreApplication.translate("InjectionMap", "Add a site: {site}").format(
                        site=where
                    )
                QToolTip.showText(event.globalPos(), where, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class InjectionMap(QWidget):
    """The body chart: a view selector over a drawing of the chosen view with the sites on it."""

    site_clicked = Signal(int)  # index into the sites given to set_sites
    region_clicked = Signal(str, str)  # muscle, side: a free point on the map (when editable)

    def __init__(self, parent: QWidget | None = None, editable: bool = True) -> None:
        super().__init__(parent)
        self.sites: list[SiteDose] = []
        self.selected: int | None = None
        self.editable = editable
        self.view = VIEWS[0]
        self.tabs = QTabBar()
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        for view in VIEWS:
            number = self.tabs.addTab(view_tab(view))
            self.tabs.setTabToolTip(number, view_title(view))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.canvas = _Canvas(self)
        self.setAccessibleName(QCoreApplication.translate("InjectionMap", "Injection map"))
        self._name_canvas()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.tabs)
        layout.addWidget(self.canvas, 1)

    def prepare(self) -> None:
        """Make the body's outlines now, in a turn of their own, rather than in the first paint
        (the head's take a few milliseconds, once a program: ``_outlines``)."""
        for view in (HEAD_FRONT, HEAD_BACK):  # the views most charting opens on
            _outlines(view)

    def set_sites(self, sites: Sequence[SiteDose], keep_view: bool = False) -> None:
        """Draw these sites. The first view that holds any is shown, unless ``keep_view`` and the
        shown view still holds some (editing one unit does not jump to another view)."""
        self.sites = list(sites)
        if self.selected is not None and self.selected >= len(self.sites):
            self.selected = None
        counts = views_with_sites(self.sites)
        for number, view in enumerate(VIEWS):
            count = counts[view]
            self.tabs.setTabText(number, f"{view_tab(view)} · {count}" if count else view_tab(view))
        if not (keep_view and counts[self.view]):
            first = next((v for v in VIEWS if counts[v]), None)
            if first is not None:
                self.show_view(first)
        self.canvas.setToolTip("")
        self.canvas.accessible_items.sync(
            [(i, partial(_site_words, site)) for i, site in enumerate(self.sites)]
        )
        self.canvas.accessible_items.set_current(self.selected)
        self._name_canvas()
        self.canvas.update()

    def set_selected(self, index: int | None) -> None:
        """Ring the site's dot, switching to a view that shows it."""
        self.selected = index
        if index is not None and 0 <= index < len(self.sites):
            site = self.sites[index]
            views = [where for where, _x, _y in points_for(site.muscle, site.side)]
            if views and self.view not in views:
                self.show_view(views[0])
        self.canvas.accessible_items.set_current(self.selected)
        self.canvas.update()

    def show_view(self, view: str) -> None:
        self.view = view
        self.tabs.setCurrentIndex(VIEWS.index(view))
        self._name_canvas()
        self.canvas.update()

    def _tab_changed(self, number: int) -> None:
        if 0 <= number < len(VIEWS):
            self.view = VIEWS[number]
            self._name_canvas()
            self.canvas.update()

    def _name_canvas(self) -> None:
        """The drawing's name says the view shown; its description, how many sites and where."""
        self.canvas.setAccessibleName(
            QCoreApplication.translate("InjectionMap", "Injection sites, {view}").format(
                view=view_title(self.view)
            )
        )
        counts = views_with_sites(self.sites)
        where = "; ".join(f"{view_tab(v)}: {n}" for v, n in counts.items() if n)
        total = (
            QCoreApplication.translate("InjectionMap", "1 site")
            if len(self.sites) == 1
            else QCoreApplication.translate("InjectionMap", "{count} sites").format(count=len(self.sites))
        )
        self.canvas.setAccessibleDescription(f"{total} ({where})" if where else total)

    # --- where things are, for tests and keyboard users -----------------------------------------

    def dot_position(self, index: int) -> QPoint | None:
        """Where site ``index`` is drawn on the canvas in the shown view (its first dot)."""
        for dot in self.canvas.scene().dots:
            if dot.index == index:
                return dot.point.toPoint()
        return None

    def region_position(self, muscle: str, side: Side | str) -> QPoint | None:
        value = side.value if isinstance(side, Side) else side
        for name, where, point in self.canvas.scene().regions:
            if name == " ".join(muscle.split()).casefold() and where == value:
                return point.toPoint()
        return None

    # --- printing --------------------------------------------------------------------------------

    def render_to(self, painter: QPainter, rect: QRectF, heading: str = "") -> None:
        """Every view with sites on one page (an image, a PDF, a printer)."""
        render_sites(painter, rect, self.sites, self.font(), heading)

    def print_map(self, parent: QWidget | None = None, heading: str = "") -> bool:
        """Ask where to print, then print the map on one page. False when cancelled."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from clinic_desktop.printing.pages import private_output

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent or self)
        dialog.setWindowTitle(QCoreApplication.translate("InjectionMap", "Print injection map"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        private_output(printer)  # the heading names the patient
        painter = QPainter(printer)
        try:
            page = printer.pageRect(QPrinter.Unit.DevicePixel)
            self.render_to(painter, QRectF(0, 0, page.width(), page.height()), heading)
        finally:
            painter.end()
        return True
