"""How the calendar draws a visit: text that reads on every type colour (WCAG 2.1 AA), statuses
told apart by shape and not only by colour, a current-time line that never covers a name, a
10-minute visit on one whole line, and header subtitles that can be read (and the reports' bar
labels, by the same rule)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPalette
from pytestqt.qtbot import QtBot

from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.colours import AA_TEXT, BLACK, contrast_ratio, hex_colour, muted_text
from clinic_desktop.domain.entities import Appointment, ScheduleEntry
from clinic_desktop.domain.hours import TimeBlock
from clinic_desktop.domain.setup import seed_types
from clinic_desktop.services import demo, resources
from clinic_desktop.ui.views.calendar_grid import NOW_COLOUR, Badge, CalendarGrid, GridColumn, block_look

DAY = date(2026, 11, 24)
ZONE = ClinicTime("America/New_York")
# Every colour an appointment type gets without the clinic choosing one: the demo clinic's, the
# types the set-up suggests (consultation, review, one per indication) and the defaults of the
# command line and the database.
SETUP_SEEDS = {t.colour for t in seed_types([])}
TYPE_COLOURS = sorted(
    {t.colour for t in demo.ALL_TYPES}
    | SETUP_SEEDS
    | {"#7a8a9c", "#1f7a8c"}
    | set(resources.PROVIDER_PALETTE)
)
LIGHT_BASE, DARK_BASE = "#ffffff", "#1e1e1e"
MARKED = (
    AppointmentStatus.BOOKED,
    AppointmentStatus.ARRIVED,
    AppointmentStatus.IN_ROOM,
    AppointmentStatus.COMPLETED,
    AppointmentStatus.NO_SHOW,
)


def entry(
    number: int, start: str, minutes: int, status: AppointmentStatus, colour: str = "#bcbd22"
) -> ScheduleEntry:
    begins = ZONE.to_utc(datetime.combine(DAY, time.fromisoformat(start)))
    visit = Appointment(number, number, 1, None, 1, begins, begins + timedelta(minutes=minutes), status)
    return ScheduleEntry(visit, f"Patient Number{number}", "Dr Lind", "Bladder procedure", colour, None)


@pytest.fixture
def grid(qtbot: QtBot) -> Iterator[CalendarGrid]:
    view = CalendarGrid()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    yield view


def show(grid: CalendarGrid, entries: list[ScheduleEntry], now: datetime | None = None) -> QImage:
    """One provider's column with these visits; the grid scrolled to 09:00 and painted."""
    working = (TimeBlock(time(8), time(18)),)
    grid.set_data([GridColumn(1, DAY, "Dr Lind", "MD, neurologist", "#0072b2", working, tuple(entries))],
                  ZONE, now or datetime(2026, 11, 20, 12, tzinfo=UTC))  # fmt: skip
    grid.scroll_to_minutes(9 * 60)
    return grid.viewport().grab().toImage()


def inked(image: QImage, area: QRectF, ink: str) -> set[tuple[int, int]]:
    """The pixels in ``area`` (relative to it) drawn in the ink colour, or near it."""
    target = QColor(ink)
    found = set()
    box = area.toAlignedRect() & QRect(0, 0, image.width(), image.height())
    for y in range(box.top(), box.bottom() + 1):
        for x in range(box.left(), box.right() + 1):
            pixel = image.pixelColor(x, y)
            near = (
                abs(pixel.red() - target.red())
                + abs(pixel.green() - target.green())
                + abs(pixel.blue() - target.blue())
            )
            if near < 90:
                found.add((x - box.left(), y - box.top()))
    return found


@pytest.mark.parametrize("base", [LIGHT_BASE, DARK_BASE])
def test_every_type_colour_reads_in_every_status(base: str) -> None:
    for colour in TYPE_COLOURS:
        for status in AppointmentStatus:
            look = block_look(colour, status, base)
            assert look.ratio == contrast_ratio(look.fill, look.text) >= AA_TEXT, (colour, status, look)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.builds(hex_colour, st.integers(0, 255), st.integers(0, 255), st.integers(0, 255)),
    st.sampled_from(list(AppointmentStatus)),
    st.sampled_from([LIGHT_BASE, DARK_BASE, "#f5f5f5", "#2b2b2b"]),
)
def test_any_colour_a_clinic_picks_reads_in_any_status(
    colour: str, status: AppointmentStatus, base: str
) -> None:
    look = block_look(colour, status, base)
    assert contrast_ratio(look.fill, look.text) >= AA_TEXT


def test_yellow_and_orange_blocks_are_drawn_with_black_text(grid: CalendarGrid) -> None:
    for number, colour in enumerate(("#bcbd22", "#ff7f0e"), start=1):
        image = show(grid, [entry(number, "09:30", 30, AppointmentStatus.BOOKED, colour)])
        (block,) = grid.blocks()
        rect = grid.block_rect(block).adjusted(5, 3, -5, -3)
        assert block_look(colour, AppointmentStatus.BOOKED, LIGHT_BASE).text == BLACK
        assert len(inked(image, rect, "#000000")) > 40  # the name and time, in black
        assert len(inked(image, rect, "#ffffff")) < 5  # and not in white, as before


def test_each_status_is_marked_by_shape_not_only_by_colour(grid: CalendarGrid) -> None:
    looks = {s: block_look("#1f77b4", s, LIGHT_BASE) for s in MARKED}
    marks = {s: (look.badge, look.bar, look.hatched) for s, look in looks.items()}
    assert marks[AppointmentStatus.BOOKED] == (None, False, False)  # booked is plain
    assert len(set(marks.values())) == len(MARKED)
    assert marks[AppointmentStatus.COMPLETED][0] is Badge.DONE
    assert marks[AppointmentStatus.NO_SHOW] == (Badge.NO_SHOW, False, True)
    # drawn: the same visit in each status, in a 30-minute and in a 10-minute block; the ink in
    # the block's first characters (where the shapes are) differs for every pair, in both
    for minutes in (30, 10):
        shapes = {}
        for status in MARKED:
            image = show(grid, [entry(1, "09:30", minutes, status, "#1f77b4")])
            (block,) = grid.blocks()
            rect = grid.block_rect(block)
            head = QRectF(rect.left(), rect.top(), 22, min(rect.height(), 22))
            shapes[status] = frozenset(inked(image, head, looks[status].text))
        assert len(set(shapes.values())) == len(MARKED), minutes


def test_the_now_line_passes_under_the_blocks_and_its_time_is_in_the_gutter(grid: CalendarGrid) -> None:
    now = ZONE.to_utc(datetime.combine(DAY, time(9, 40)))
    image = show(grid, [entry(1, "09:30", 30, AppointmentStatus.IN_ROOM, "#bcbd22")], now)
    (block,) = grid.blocks()
    rect = grid.block_rect(block)
    y = grid.y_of(9 * 60 + 40)
    assert rect.top() < y < rect.bottom()
    red = NOW_COLOUR.name()
    assert not inked(image, rect.adjusted(1, 1, -1, -1), red)  # nothing of it over the block
    gutter = QRectF(0, y - 4, 50, 8)
    assert len(inked(image, gutter, red)) > 50  # the time tab
    # in free time the line shows across the column
    image = show(grid, [entry(2, "09:00", 20, AppointmentStatus.COMPLETED, "#bcbd22")], now)
    free, y = grid.column_rect(0), grid.y_of(9 * 60 + 40)
    line = QRectF(free.left() + 4, y - 2, free.width() - 8, 4)
    assert len(inked(image, line, red)) > free.width() / 2


def test_a_ten_minute_block_holds_the_time_and_name_on_one_whole_line(grid: CalendarGrid) -> None:
    short = entry(7, "10:00", 10, AppointmentStatus.BOOKED, "#bcbd22")  # black text on yellow
    image = show(grid, [short])
    (block,) = grid.blocks()
    assert grid.block_lines(block, two_lines=False) == ("10:00 Patient Number7 · Bladder procedure", "")
    metrics = QFontMetricsF(grid.font())
    name_only = metrics.horizontalAdvance("10:00 Patient Number7 · Bladder")
    assert grid.one_line(block, metrics, name_only + 200) == "10:00 Patient Number7 · Bladder procedure"
    assert grid.one_line(block, metrics, name_only - 10) == "10:00 Patient Number7"  # the name stays whole
    rect = grid.block_rect(block)
    around = QRectF(rect.left(), rect.top() - 8, rect.width(), rect.height() + 16)
    ink = inked(image, around, "#000000")
    rows = {y for _x, y in ink}
    assert ink and len(rows) >= 7  # a line of text of readable height
    top, bottom = rect.top() - around.top(), rect.bottom() - around.top()
    assert min(rows) >= top and max(rows) <= bottom  # nothing cut at the block's edges or beyond


def test_the_header_subtitle_is_readable(grid: CalendarGrid) -> None:
    palette = grid.palette()
    window = palette.color(QPalette.ColorRole.Window).name()
    muted = muted_text(palette.color(QPalette.ColorRole.WindowText).name(), window)
    assert contrast_ratio(muted, window) >= AA_TEXT
    image = show(grid, [])
    header = QRectF(grid.column_rect(0).left(), 20, grid.column_rect(0).width(), 20)
    assert len(inked(image, header, muted)) > 30  # "MD, neurologist" in the readable grey


def test_the_report_bars_label_their_values_readably() -> None:
    from clinic_desktop.domain.colours import text_colour
    from clinic_desktop.ui.widgets.bar_chart import SERIES_COLOURS

    for colour in SERIES_COLOURS:  # the values written inside the reports' bars
        assert contrast_ratio(colour, text_colour(colour)) >= AA_TEXT, colour


def test_only_the_visits_in_sight_are_drawn(grid: CalendarGrid, monkeypatch: pytest.MonkeyPatch) -> None:
    """A busy day is hundreds of visits, most scrolled out of sight: a repaint draws (measures,
    elides) those in the part painted, and the others when they are scrolled into it."""
    from clinic_desktop.ui.views.calendar_paint import GridPainting

    drawn: list[int] = []
    paint_block = GridPainting._paint_block

    def counted(self: GridPainting, painter, block, rect, *args, **kwargs):  # type: ignore[no-untyped-def]
        drawn.append(block.id)
        return paint_block(self, painter, block, rect, *args, **kwargs)

    monkeypatch.setattr(GridPainting, "_paint_block", counted)
    morning = [
        entry(n, f"{8 + n // 4:02d}:{15 * (n % 4):02d}", 15, AppointmentStatus.BOOKED) for n in range(8)
    ]
    evening = [
        entry(100 + n, f"{16 + n // 4:02d}:{15 * (n % 4):02d}", 15, AppointmentStatus.BOOKED)
        for n in range(8)
    ]
    grid.resize(900, 300)  # the morning in sight, the late afternoon not
    show(grid, morning + evening)
    drawn.clear()
    grid.viewport().repaint()
    assert drawn and set(drawn) <= {e.appointment.id for e in morning}
    grid.scroll_to_minutes(16 * 60)
    drawn.clear()
    grid.viewport().repaint()
    assert {e.appointment.id for e in evening} & set(drawn)
    assert not {e.appointment.id for e in morning[:4]} & set(drawn)
