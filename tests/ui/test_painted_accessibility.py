"""Painted widgets speak: what a screen reader finds in the calendar grid (day, week, month), the
flow board's lanes, the injection map and the charts, what it hears as the arrow keys move, and
that the keyboard's focus is always visible on them.

The offscreen test platform has no screen reader: accessibility is switched on by hand and
``QAccessible.updateAccessibility`` (where every announcement goes to the platform's bridge) is
listened to, so a test hears what Orca or NVDA would be told.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QPalette
from pytestqt.qtbot import QtBot

from clinic_desktop.domain import date_formats, flow
from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import AppointmentStatus, Side
from clinic_desktop.domain.entities import Appointment, ScheduleEntry
from clinic_desktop.domain.hours import TimeBlock
from clinic_desktop.domain.outcomes import BUILTIN_MEASURES, Score
from clinic_desktop.domain.treatment_record import SiteDose
from clinic_desktop.services import ClinicServices, Clock
from clinic_desktop.ui.accessible import PaintedItem
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.views.calendar_grid import FOCUS_FRAME, CalendarGrid, GridColumn
from clinic_desktop.ui.views.flow_board import FlowBoardView
from clinic_desktop.ui.widgets.bar_chart import BarChart, BarSeries
from clinic_desktop.ui.widgets.injection_map import HEAD_BACK, HEAD_FRONT, InjectionMap
from clinic_desktop.ui.widgets.outcome_graph import OutcomeGraph, TreatmentMark
from tests.conftest import FIXED_NOW
from tests.ui.test_calendar_view import DAY as CALENDAR_DAY
from tests.ui.test_calendar_view import book, show_day
from tests.ui.test_flow_board import first_expected

NAME = QAccessible.Text.Name
DAY = date(2026, 11, 24)  # a Tuesday
ZONE = ClinicTime("America/New_York")
WORKING = (TimeBlock(time(8), time(18)),)
NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


@dataclass(frozen=True)
class Heard:
    """One announcement: what kind, about which object, and the name it says."""

    kind: QAccessible.Event
    target: QObject
    name: str


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Heard]]:
    """Accessibility on (as when a screen reader runs), and every announcement made, in order."""
    QAccessible.setActive(True)
    found: list[Heard] = []
    bridge = QAccessible.updateAccessibility

    def listen(event: QAccessibleEvent) -> None:
        told = event.accessibleInterface()
        found.append(Heard(event.type(), event.object(), told.text(NAME) if told is not None else ""))
        bridge(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", listen)
    yield found
    QAccessible.setActive(False)


def interface(widget: QObject) -> QAccessibleInterface:
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None
    return found


def children(widget: QObject) -> list[QAccessibleInterface]:
    parent = interface(widget)
    found = [parent.child(i) for i in range(parent.childCount())]
    assert all(child is not None and child.isValid() for child in found)
    return found


def names(widget: QObject) -> list[str]:
    return [child.text(NAME) for child in children(widget)]


# --- the calendar grid ----------------------------------------------------------------------------


def visit(
    number: int,
    start: str,
    minutes: int,
    status: AppointmentStatus,
    patient: str,
    provider: tuple[int, str] = (1, "Dr Lind"),
    kind: str = "Spasticity treatment",
    day: date = DAY,
) -> ScheduleEntry:
    begins = ZONE.to_utc(datetime.combine(day, time.fromisoformat(start)))
    booked = Appointment(
        number, number, provider[0], None, 1, begins, begins + timedelta(minutes=minutes), status
    )
    return ScheduleEntry(booked, patient, provider[1], kind, "#0072b2", "Room 2")


LAURA = visit(1, "09:00", 30, AppointmentStatus.ARRIVED, "Laura Wright")
OMAR = visit(2, "10:00", 20, AppointmentStatus.BOOKED, "Omar Haddad", kind="Review")
BEA = visit(3, "09:00", 30, AppointmentStatus.CONFIRMED, "Bea Lopez", (2, "Dr Moss"), "Chronic migraine")
GONE = visit(4, "11:00", 30, AppointmentStatus.CANCELLED, "Ivy Cancelled")


def day_columns(*, lind: tuple[ScheduleEntry, ...] = (LAURA, OMAR, GONE)) -> list[GridColumn]:
    return [
        GridColumn(1, DAY, "Dr Lind", "MD", "#0072b2", WORKING, lind),
        GridColumn(2, DAY, "Dr Moss", "NP", "#009e73", WORKING, (BEA,)),
    ]


@pytest.fixture
def grid(qtbot: QtBot) -> Iterator[CalendarGrid]:
    view = CalendarGrid()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    yield view


def focus(qtbot: QtBot, widget: QObject) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)  # type: ignore[attr-defined]
    qtbot.waitUntil(widget.hasFocus)  # type: ignore[attr-defined]


def test_each_appointment_of_a_day_is_a_child_named_in_words(grid: CalendarGrid, heard: list[Heard]) -> None:
    grid.set_data(day_columns(), ZONE, NOW)
    grid.clearFocus()  # with the focus, the grid's name also says where the keyboard is
    assert interface(grid).role() == QAccessible.Role.List
    assert interface(grid).text(NAME) == "Calendar"
    # In the order the arrow keys visit them: down Dr Lind's column, then Dr Moss's. A cancelled
    # visit is not drawn, so not said.
    assert names(grid) == [
        "09:00 to 09:30, Laura Wright, Spasticity treatment, Dr Lind, arrived",
        "10:00 to 10:20, Omar Haddad, Review, Dr Lind, booked",
        "09:00 to 09:30, Bea Lopez, Chronic migraine, Dr Moss, confirmed",
    ]
    first = children(grid)[0]
    assert first.role() == QAccessible.Role.ListItem
    assert first.text(QAccessible.Text.Description) == "Room: Room 2"
    assert first.parent().object() is grid and interface(grid).indexOfChild(first) == 0
    # Where it is drawn, on screen: a screen magnifier follows it, a click there finds it.
    block = grid.block(LAURA.appointment.id)
    assert block is not None
    drawn = grid.viewport().mapToGlobal(grid.block_rect(block).center().toPoint())
    assert first.rect().contains(drawn)
    assert interface(grid).childAt(drawn.x(), drawn.y()).text(NAME) == first.text(NAME)
    assert any(h.kind == QAccessible.Event.ObjectReorder and h.target is grid for h in heard)


def test_a_week_names_the_day_of_each_appointment(grid: CalendarGrid, heard: list[Heard]) -> None:
    monday, wednesday = DAY - timedelta(days=1), DAY + timedelta(days=1)
    later = visit(5, "14:15", 45, AppointmentStatus.IN_ROOM, "Ana Silva", day=wednesday)
    week = [
        GridColumn(1, monday + timedelta(days=n), f"{monday + timedelta(days=n):%a %d %b}", "", "#0072b2",
                   WORKING, (LAURA,) if n == 1 else (later,) if n == 2 else ())
        for n in range(7)
    ]  # fmt: skip
    grid.set_data(week, ZONE, NOW)
    assert names(grid) == [
        "Tuesday 24 November, 09:00 to 09:30, Laura Wright, Spasticity treatment, Dr Lind, arrived",
        "Wednesday 25 November, 14:15 to 15:00, Ana Silva, Spasticity treatment, Dr Lind, in room",
    ]


def test_the_real_calendar_has_one_child_per_appointment_of_the_day(
    window: MainWindow, qtbot: QtBot, heard: list[Heard]
) -> None:
    services = window.services
    patients = services.patients.list_ids()
    for number, (local, provider) in enumerate((("09:00", 1), ("09:30", 2), ("11:00", 1), ("11:00", 2))):
        book(services, f"{CALENDAR_DAY}T{local}", provider, patients[number])
    services.appointments.set_status(book(services, f"{CALENDAR_DAY}T14:00", 1, patients[4]),
                                     AppointmentStatus.CONFIRMED)  # fmt: skip
    calendar = show_day(window, qtbot, CALENDAR_DAY)
    entries = [e for e in services.schedule.day(CALENDAR_DAY).entries if e.appointment.status.occupies_time]
    assert len(entries) == 5

    def said(entry: ScheduleEntry) -> str:
        start = services.time.to_local(entry.appointment.start)
        end = services.time.to_local(entry.appointment.end)
        when = date_formats.format_span(start, end, date_formats.Clock.H12, " to ")  # New York: 12-hour
        words = f"{when}, {entry.patient_name}, {entry.type_name}, "
        words += f"{entry.provider_name}, {entry.appointment.status.label.lower()}"
        return (
            words
            + (", consent expired" if entry.expired_consent else "")
            + (", booked too early" if entry.too_early else "")
        )

    assert sorted(names(calendar.grid)) == sorted(said(e) for e in entries)
    assert len(children(calendar.grid)) == len(calendar.grid.blocks())

    # The week of the first provider: the same visits of theirs, each with its day first.
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        calendar.set_mode("week")
    assert {c.provider_id for c in calendar.grid.columns} == {1}
    theirs = [e for e in calendar.entries if e.appointment.status.occupies_time]
    assert len(theirs) >= 3 and {e.appointment.provider_id for e in theirs} == {1}

    def on_the_day(entry: ScheduleEntry) -> str:
        start = services.time.to_local(entry.appointment.start)
        return f"{start:%A} {start.day} {start:%B}, {said(entry)}"

    assert sorted(names(calendar.grid)) == sorted(on_the_day(e) for e in theirs)
    assert len(children(calendar.grid)) == len(calendar.grid.blocks())


def test_the_focused_appointment_follows_the_arrows_and_is_announced(
    grid: CalendarGrid, qtbot: QtBot, heard: list[Heard]
) -> None:
    grid.set_data(day_columns(), ZONE, NOW)
    focus(qtbot, grid)
    grid.slot = (0, 8 * 60 + 45)
    heard.clear()
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # 09:00: Laura Wright's visit
    laura = "09:00 to 09:30, Laura Wright, Spasticity treatment, Dr Lind, arrived"
    assert interface(grid).focusChild().text(NAME) == laura
    assert [(h.kind, h.name) for h in heard] == [(QAccessible.Event.Focus, laura)]
    assert isinstance(heard[0].target, PaintedItem)
    state = interface(grid).focusChild().state()
    assert state.focused and state.selected and state.focusable
    assert not children(grid)[1].state().focused

    qtbot.keyClick(grid, Qt.Key.Key_Down)  # the next visit in the column: Omar Haddad's
    omar = "10:00 to 10:20, Omar Haddad, Review, Dr Lind, booked"
    assert interface(grid).focusChild().text(NAME) == omar
    assert heard[-1].kind == QAccessible.Event.Focus and heard[-1].name == omar

    qtbot.keyClick(grid, Qt.Key.Key_Right)  # Dr Moss at 10:00: free time
    assert grid.selected_id is None
    assert interface(grid).focusChild().object() is grid  # the grid itself, no appointment
    assert interface(grid).text(NAME) == "Calendar, 10:00, Dr Moss, free"
    assert [(h.kind, h.name) for h in heard[-1:]] == [
        (QAccessible.Event.Focus, "Calendar, 10:00, Dr Moss, free")
    ]

    heard.clear()
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # on over free time: the grid's name says where
    assert [(h.kind, h.name) for h in heard] == [
        (QAccessible.Event.NameChanged, "Calendar, 10:15, Dr Moss, free")
    ]
    grid.slot = (1, 17 * 60 + 45)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert heard[-1].name == "Calendar, 18:00, Dr Moss, outside working hours"

    qtbot.keyClick(grid, Qt.Key.Key_Left)  # Dr Lind at 18:00: nothing booked
    grid.slot = (1, 8 * 60 + 45)
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # Bea Lopez at 09:00
    assert heard[-1].name == "09:00 to 09:30, Bea Lopez, Chronic migraine, Dr Moss, confirmed"
    qtbot.keyClick(grid, Qt.Key.Key_Left)  # across to Dr Lind at 09:00: Laura Wright again
    assert heard[-1].name == laura and interface(grid).focusChild().text(NAME) == laura


def test_a_refresh_keeps_the_child_and_announces_its_new_status(
    grid: CalendarGrid, qtbot: QtBot, heard: list[Heard]
) -> None:
    grid.set_data(day_columns(), ZONE, NOW)
    focus(qtbot, grid)
    grid.select_block(OMAR.appointment.id)
    before = interface(grid).focusChild()
    here = dataclasses.replace(OMAR.appointment, status=AppointmentStatus.ARRIVED)
    arrived = dataclasses.replace(OMAR, appointment=here, expired_consent=True)
    heard.clear()
    grid.set_data(day_columns(lind=(LAURA, arrived)), ZONE, NOW)  # another desk checked him in
    after = interface(grid).focusChild()
    assert after.object() is before.object()  # the same child: the screen reader stays on it
    name = "10:00 to 10:20, Omar Haddad, Review, Dr Lind, arrived, consent expired"
    assert after.text(NAME) == name
    assert "Consent expired: renew it before treating" in after.text(QAccessible.Text.Description)
    assert [(h.kind, h.name) for h in heard] == [(QAccessible.Event.NameChanged, name)]

    item = children(grid)[0].object()
    ids = [QAccessible.uniqueId(child) for child in children(grid)]  # as the platform's bridge knows them
    grid.set_data(day_columns(lind=(arrived,)), ZONE, NOW)  # Laura Wright's visit moved away
    assert len(children(grid)) == 2
    assert heard[-1].kind == QAccessible.Event.ObjectReorder and heard[-1].target is grid
    assert isinstance(item, PaintedItem) and item.gone
    assert not QAccessible.accessibleInterface(ids[0]).isValid()  # no longer valid to the bridge
    with qtbot.waitSignal(item.destroyed):
        pass  # then Qt lets it go, and its interface with it
    assert QAccessible.accessibleInterface(ids[0]) is None
    assert QAccessible.accessibleInterface(ids[1]).text(NAME) == name  # kept, same id


def test_without_a_screen_reader_a_refresh_makes_nothing_to_say(grid: CalendarGrid) -> None:
    assert not QAccessible.isActive()
    grid.set_data(day_columns(), ZONE, NOW)
    grid.select_block(LAURA.appointment.id)
    grid.set_data(day_columns(), ZONE, NOW)
    assert grid.findChildren(PaintedItem) == []  # no words worked out, no items made
    assert len(names(grid)) == 3  # until something asks
    assert len(grid.findChildren(PaintedItem)) == 3


def test_a_closed_grid_takes_its_childrens_interfaces_with_it(qtbot: QtBot, heard: list[Heard]) -> None:
    grid = CalendarGrid()
    grid.set_data(day_columns(), ZONE, NOW)
    ids = [QAccessible.uniqueId(child) for child in children(grid)]
    assert len(ids) == 3 and all(QAccessible.accessibleInterface(i) is not None for i in ids)
    with qtbot.waitSignal(grid.destroyed):
        grid.deleteLater()
    assert all(QAccessible.accessibleInterface(i) is None for i in ids)


def test_the_grid_shows_where_the_focus_is(grid: CalendarGrid, qtbot: QtBot) -> None:
    grid.set_data(day_columns(), ZONE, NOW)
    highlight = grid.palette().color(QPalette.ColorRole.Highlight)
    middle = grid.viewport().height() // 2

    def framed() -> bool:
        image = grid.viewport().grab().toImage()
        edges = [(0, middle), (image.width() - 1, middle), (image.width() // 2, image.height() - 1)]
        return all(image.pixelColor(x, y) == highlight for x, y in edges)

    grid.clearFocus()
    assert not framed()
    focus(qtbot, grid)
    assert framed() and FOCUS_FRAME >= 2


# --- the month --------------------------------------------------------------------------------------


def test_a_month_cell_says_its_day_and_count(window: MainWindow, qtbot: QtBot, heard: list[Heard]) -> None:
    services = window.services
    calendar = show_day(window, qtbot, services.schedule.today())
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        calendar.set_mode("month")
    table = interface(calendar.month_table)
    cells = {table.child(i).text(NAME) for i in range(table.childCount())}
    today = services.schedule.today()
    count = len(services.schedule.day(today).active)
    booked = f"{count} appointment{'' if count == 1 else 's'}"
    assert f"Today, {today:%A} {today.day} {today:%B %Y}, {booked}" in cells
    thanksgiving = next(c for c in cells if c.startswith("Thursday 26 November 2026, "))
    assert "public holiday (Thanksgiving" in thanksgiving  # why nobody works, as the tooltip says


# --- the flow board ---------------------------------------------------------------------------------


@pytest.fixture
def board(qtbot: QtBot, demo_services: ClinicServices) -> Iterator[FlowBoardView]:
    operations = Operations(demo_services.end_thread)
    view = FlowBoardView(demo_services, operations)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    yield view
    view.timer.stop()
    operations.wait()


def test_each_lane_and_each_card_on_the_board_is_named(
    board: FlowBoardView, qtbot: QtBot, heard: list[Heard]
) -> None:
    services = board._services
    for _ in range(2):
        with qtbot.waitSignal(board.loaded, timeout=10_000):
            waits = first_expected(board)
    services.appointments.set_status(waits, AppointmentStatus.ARRIVED)
    services.clock = Clock(FIXED_NOW + timedelta(minutes=20))
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        board.refresh()
    assert board.board is not None
    for lane, listing in board.lanes.items():
        rows = board.board.lane(lane)
        count = len(rows)
        assert interface(listing).text(NAME) == f"{lane.label}, {count} patient{'' if count == 1 else 's'}"
        assert len(children(listing)) == count
        for row in rows:
            start = services.time.to_local(row.entry.appointment.start)
            words = (
                f"{start:%H:%M}, {row.entry.patient_name}, {row.entry.type_name}, {row.entry.provider_name}"
            )
            assert any(name.startswith(words) for name in names(listing)), (lane, words)
    # Amber after 15 minutes, red after 30: said in words, not only shown in colour.
    patient = services.appointments.entry(waits).patient_name
    said = next(n for n in names(board.lanes[flow.Lane.WAITING]) if patient in n)
    assert said.endswith(", waiting 20 minutes, a long wait")
    services.clock = Clock(FIXED_NOW + timedelta(minutes=31))
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        board.refresh()
    said = next(n for n in names(board.lanes[flow.Lane.WAITING]) if patient in n)
    assert said.endswith(", waiting 31 minutes, a very long wait")


def test_the_current_card_is_the_lanes_focus_child_and_shows_a_ring(
    board: FlowBoardView, qtbot: QtBot, heard: list[Heard]
) -> None:
    for _ in range(2):
        with qtbot.waitSignal(board.loaded, timeout=10_000):
            first_expected(board)
    listing = board.lanes[flow.Lane.EXPECTED]
    assert listing.count() > 1
    focus(qtbot, listing)
    listing.setCurrentRow(1)
    assert interface(listing).focusChild().text(NAME) == names(listing)[1]
    ink = listing.palette().color(QPalette.ColorRole.Text)
    card = listing.visualItemRect(listing.item(1))
    top = (card.center().x(), card.top())

    def ringed() -> bool:
        image = listing.viewport().grab().toImage()
        ratio = image.devicePixelRatio()  # 1.5 at 150 % scaling (tests/ui/test_scale_150.py)
        return image.pixelColor(int(top[0] * ratio), int(top[1] * ratio)) == ink

    assert ringed()
    listing.clearFocus()  # the focus elsewhere: the card stays selected, without the ring
    qtbot.waitUntil(lambda: not listing.hasFocus())
    assert listing.currentRow() == 1 and not ringed()


# --- the injection map --------------------------------------------------------------------------------


SITES = [
    SiteDose("frontalis", Side.LEFT, Decimal(5), 2),
    SiteDose("frontalis", Side.RIGHT, Decimal(5), 2),
    SiteDose("procerus", Side.MIDLINE, Decimal(1)),
    SiteDose("trapezius", Side.BILATERAL, Decimal(30), 6),
    SiteDose("pectoralis major", Side.LEFT, Decimal("2.5")),
]


def test_each_injection_site_is_a_child_with_its_units(qtbot: QtBot, heard: list[Heard]) -> None:
    chart = InjectionMap()
    qtbot.addWidget(chart)
    chart.resize(460, 440)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_sites(SITES)
    assert chart.view == HEAD_FRONT
    canvas = chart.canvas
    assert names(canvas) == [
        "left frontalis, 5 units",
        "right frontalis, 5 units",
        "procerus, midline, 1 unit",
        "trapezius, both sides, 30 units",
        "left pectoralis major, 2.5 units",
    ]
    assert interface(canvas).text(NAME) == f"Injection sites, {HEAD_FRONT}"
    assert interface(canvas).text(QAccessible.Text.Description) == "5 sites (Head front: 3; Head back: 1)"
    sites = children(canvas)
    assert sites[0].text(QAccessible.Text.Description) == "2 injection points, drawn on Head front"
    assert sites[4].text(QAccessible.Text.Description) == "1 injection point, not on the map"
    # The sites of the view shown are on screen where their dots are; the others are offscreen.
    dot = chart.dot_position(0)
    assert dot is not None and sites[0].rect().contains(canvas.mapToGlobal(dot))
    assert not sites[0].state().offscreen and sites[3].state().offscreen and sites[4].state().offscreen
    chart.show_view(HEAD_BACK)
    assert not sites[3].state().offscreen and sites[0].state().offscreen
    chart.set_selected(3)
    assert sites[3].state().selected and not sites[0].state().selected
    chart.set_sites(SITES[:2])
    assert names(canvas) == ["left frontalis, 5 units", "right frontalis, 5 units"]


# --- the charts -----------------------------------------------------------------------------------------


def test_a_bar_chart_says_each_bar_with_its_label_and_value(qtbot: QtBot, heard: list[Heard]) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.show()
    chart.set_data(
        ("Oct 2026", "Nov 2026"),
        [BarSeries("Migraine", (30, 10)), BarSeries("Dystonia", (10, 0))],
        value_title="Treatments",
        category_title="Month",
    )
    assert interface(chart).text(QAccessible.Text.Description) == chart.describe()
    bars = children(chart)
    assert [b.text(NAME) for b in bars] == [
        "Oct 2026 — Migraine: 30",
        "Oct 2026 — Dystonia: 10",
        "Nov 2026 — Migraine: 10",
        "Nov 2026 — Dystonia: 0",
    ]
    assert [b.text(QAccessible.Text.Value) for b in bars] == ["30", "10", "10", "0"]
    drawn = next(b for b in chart.bars(chart.rect()) if (b.category, b.series) == (0, 0))
    assert bars[0].rect().contains(chart.mapToGlobal(drawn.rect.center().toPoint()))
    chart.clear("Nothing charted in this range.")
    assert children(chart) == [] and interface(chart).text(QAccessible.Text.Description) == chart.describe()


def test_an_outcome_graph_says_each_score_and_treatment(qtbot: QtBot, heard: list[Heard]) -> None:
    graph = OutcomeGraph()
    qtbot.addWidget(graph)
    graph.resize(640, 320)
    graph.show()
    headache = next(m for m in BUILTIN_MEASURES if m.code == "headache_days")
    scores = [Score(date(2026, 2, 1), Decimal(20)), Score(date(2026, 5, 1), Decimal(1))]
    graph.set_data(headache, scores, [TreatmentMark(date(2026, 2, 10), "155 U")], Decimal(20))
    assert names(graph) == [
        "1 February 2026: 20 days",
        "1 May 2026: 1 day",
        "Treatment on 10 February 2026: 155 U",
    ]
    assert [c.text(QAccessible.Text.Value) for c in children(graph)] == ["20 days", "1 day", "155 U"]
    assert interface(graph).text(QAccessible.Text.Description) == graph.describe()
    point = graph.map_point(scores[0], graph.rect()).toPoint()
    assert children(graph)[0].rect().contains(graph.mapToGlobal(point))
