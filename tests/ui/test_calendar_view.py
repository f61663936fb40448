"""The calendar grid: book by double-click, move by drag, refusals snap back, statuses, week and month."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt

from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.errors import ClinicError, OverrideRequiredError, ValidationError
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.views import calendar_view
from clinic_desktop.ui.views.calendar_view import CalendarView
from tests.ui.test_booking_dialog import free_on, injected_patient

DAY = date(2026, 11, 25)  # a Wednesday, empty in the demo clinic, after the fixed "now"


def show_day(window: MainWindow, qtbot, day: date = DAY) -> CalendarView:  # type: ignore[no-untyped-def]
    window.show_view("calendar")
    calendar = window.calendar
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=10_000)
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        calendar.set_day(day)
    return calendar


def book(s: ClinicServices, local: str, provider: int = 1, patient: int | None = None) -> int:
    patient_id = patient or s.patients.list_ids()[0]
    request = BookingRequest(patient_id, provider, "Consultation", s.time.parse_local(local))
    return s.appointments.book(request).appointments[0].id


def local_start(s: ClinicServices, appointment_id: int) -> datetime:
    return s.time.to_local(s.appointments.entry(appointment_id).appointment.start).replace(tzinfo=None)


def drag(qtbot, calendar: CalendarView, appointment_id: int, to_column: int, to_minutes: int) -> None:  # type: ignore[no-untyped-def]
    grid = calendar.grid
    block = grid.block(appointment_id)
    assert block is not None
    grid.ensure_visible(min(block.start, to_minutes), max(block.end, to_minutes + 30))
    start = grid.block_rect(block).center().toPoint()
    offset = start.y() - int(grid.y_of(block.start))
    target = QPoint(int(grid.column_rect(to_column).center().x()), int(grid.y_of(to_minutes)) + offset)
    viewport = grid.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, pos=QPoint(start.x(), start.y() + 12))
    qtbot.mouseMove(viewport, pos=target)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)


def test_day_mode_has_a_column_per_provider_with_working_hours(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    calendar = show_day(window, qtbot, window.services.schedule.today())
    providers = window.services.resources.providers()
    assert [c.provider_id for c in calendar.grid.columns] == [p.id for p in providers]
    assert all(c.working for c in calendar.grid.columns)  # a Monday: both work
    shown = {b.id for b in calendar.grid.blocks()}
    today = window.services.schedule.day(calendar.day)
    assert shown == {e.appointment.id for e in today.active}  # cancelled ones are not drawn
    assert f"· {len(today.active)} appointment" in calendar.summary.text()


def test_double_click_on_a_free_slot_books_there(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = window.services
    calendar = show_day(window, qtbot)
    grid = calendar.grid
    point = grid.point_at(0, 10 * 60 + 5)
    qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=point)
    dialog = calendar.booking
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.book_button.isEnabled(), timeout=10_000)
    assert dialog.provider.currentData() == grid.columns[0].provider_id
    assert dialog.local_start() == datetime(2026, 11, 25, 10, 0)  # the 15-minute slot clicked
    # someone new: a demo patient injected in the last 84 days would rightly need an override reason
    patient = s.patients.add(PatientInput("Orla", "Quennell", "1979-03-02")).record
    with qtbot.waitSignal(dialog.searched, timeout=10_000):
        dialog.search.setText(patient.mrn)
    assert dialog.patient_id == patient.id
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.book_button.isEnabled(), timeout=20_000)
    assert dialog.local_start() == datetime(2026, 11, 25, 10, 0)  # the slot clicked stays chosen
    with qtbot.waitSignal(dialog.booked, timeout=10_000) as booked, qtbot.waitSignal(calendar.loaded):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    (appointment_id,) = booked.args[0]
    entry = s.appointments.entry(appointment_id)
    assert entry.appointment.patient_id == patient.id
    assert local_start(s, appointment_id) == datetime(2026, 11, 25, 10, 0)
    assert grid.block(appointment_id) is not None  # the visible day was reloaded


def test_n_books_at_the_selected_slot_and_t_goes_to_today(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    calendar = show_day(window, qtbot)
    grid = calendar.grid
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.point_at(1, 9 * 60))
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_N)
    dialog = calendar.booking
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.book_button.isEnabled(), timeout=10_000)
    assert dialog.provider.currentData() == grid.columns[1].provider_id
    assert dialog.local_start() == datetime(2026, 11, 25, 9, 15)
    dialog.reject()
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        qtbot.keyClick(grid, Qt.Key.Key_T)
    assert calendar.day == window.services.schedule.today()


def test_dragging_a_block_moves_the_appointment(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = window.services
    appointment_id = book(s, "2026-11-25T10:00")
    calendar = show_day(window, qtbot)
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        drag(qtbot, calendar, appointment_id, 1, 11 * 60)
    moved = s.appointments.entry(appointment_id).appointment
    assert local_start(s, appointment_id) == datetime(2026, 11, 25, 11, 0)
    assert moved.provider_id == calendar.grid.columns[1].provider_id
    block = calendar.grid.block(appointment_id)
    assert block is not None and (block.column, block.start) == (1, 11 * 60)


def test_dragging_the_lower_edge_changes_the_length(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = window.services
    appointment_id = book(s, "2026-11-25T10:00")
    calendar = show_day(window, qtbot)
    grid = calendar.grid
    block = grid.block(appointment_id)
    assert block is not None
    rect = grid.block_rect(block)
    edge = QPoint(int(rect.center().x()), int(rect.bottom()) - 2)
    lower = QPoint(edge.x(), edge.y() + grid.hour_height // 4)  # 15 minutes longer
    viewport = grid.viewport()
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=edge)
        qtbot.mouseMove(viewport, pos=QPoint(edge.x(), edge.y() + 8))
        qtbot.mouseMove(viewport, pos=lower)
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=lower)
    appointment = s.appointments.entry(appointment_id).appointment
    assert (appointment.end - appointment.start).total_seconds() == 45 * 60
    assert local_start(s, appointment_id) == datetime(2026, 11, 25, 10, 0)


def test_a_refused_move_snaps_back_and_says_why(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    s = window.services
    first = book(s, "2026-11-25T10:00")
    book(s, "2026-11-25T11:00", patient=s.patients.list_ids()[1])
    calendar = show_day(window, qtbot)
    shown: list[str] = []
    monkeypatch.setattr(
        calendar_view.QMessageBox, "warning", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    drag(qtbot, calendar, first, 0, 11 * 60)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "already has" in shown[0] and "11:00-11:30" in shown[0]
    assert local_start(s, first) == datetime(2026, 11, 25, 10, 0)
    block = calendar.grid.block(first)
    assert block is not None
    assert calendar.grid._shown_rect(block) == calendar.grid.block_rect(block)  # back where it was


@pytest.mark.parametrize("needs_reason", [True, False])
def test_a_move_asks_for_a_reason_because_of_the_refusal_type_not_its_words(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    needs_reason: bool,
) -> None:
    """An OverrideRequiredError asks why and sends the move again with the reason; a refusal that
    merely says "override reason" is shown and the block snaps back, nothing asked."""
    s = window.services
    moved = book(s, "2026-11-25T09:00")
    calendar = show_day(window, qtbot)
    words = "Needs an override reason, it says; but this refusal is not one a reason lifts."
    refusal = OverrideRequiredError(words, [words]) if needs_reason else ValidationError(words)
    real, sent = s.appointments.move, []

    def move(appointment_id, start, duration=None, provider_id=None, override_reason=""):  # type: ignore[no-untyped-def]
        sent.append(override_reason)
        if not override_reason:
            raise refusal
        return real(appointment_id, start, duration, provider_id, override_reason=override_reason)

    monkeypatch.setattr(s.appointments, "move", move)
    asked: list[ClinicError] = []
    monkeypatch.setattr(
        calendar_view, "ask_override_reason", lambda _parent, error: asked.append(error) or "why"
    )
    shown: list[str] = []
    monkeypatch.setattr(
        calendar_view.QMessageBox, "warning", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    drag(qtbot, calendar, moved, 0, 10 * 60)
    qtbot.waitUntil(lambda: bool(shown) or len(sent) == 2, timeout=10_000)
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=10_000)
    if needs_reason:
        assert asked == [refusal] and sent == ["", "why"] and shown == []
        assert local_start(s, moved) == datetime(2026, 11, 25, 10, 0)
    else:
        assert asked == [] and sent == [""] and shown == [words]
        assert local_start(s, moved) == datetime(2026, 11, 25, 9, 0)


def test_a_treatment_booked_too_early_is_flagged_on_its_block(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = window.services
    patient = injected_patient(s)  # PREEMPT on 2026-11-18
    early = date(2027, 2, 9)
    start = s.time.parse_local(free_on(s, early))
    request = BookingRequest(patient, 1, "Migraine treatment", start, override_reason="abroad on the 10th")
    visit = s.appointments.book(request).appointments[0].id
    calendar = show_day(window, qtbot, early)
    block = calendar.grid.block(visit)
    assert block is not None
    lines = calendar.grid.tooltip_text(block).splitlines()
    assert "⚠ Too early: last dose 18 Nov 2026, safe from 10 Feb 2027" in lines


def test_status_and_cancel_from_the_block_menu(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    s = window.services
    appointment_id = book(s, "2026-11-25T10:00")
    calendar = show_day(window, qtbot)
    block = calendar.grid.block(appointment_id)
    assert block is not None
    menu = calendar.grid.status_menu(block.entry)
    labels = [a.text() for a in menu.actions() if a.text()]
    assert labels == ["Confirmed", "Arrived", "In room", "Completed", "No show", "Cancel appointment…"]
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        next(a for a in menu.actions() if a.text() == "Arrived").trigger()
    assert s.appointments.entry(appointment_id).appointment.status is AppointmentStatus.ARRIVED
    monkeypatch.setattr(
        calendar_view.QInputDialog, "getText", staticmethod(lambda *_args, **_kw: ("Patient is unwell", True))
    )
    calendar.grid.select_block(appointment_id)
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        qtbot.keyClick(calendar.grid, Qt.Key.Key_Delete)
    appointment = s.appointments.entry(appointment_id).appointment
    assert appointment.status is AppointmentStatus.CANCELLED
    assert appointment.cancel_reason == "Patient is unwell"
    assert calendar.grid.block(appointment_id) is None  # cancelled: no longer drawn


def test_week_mode_shows_one_providers_seven_days(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = window.services
    calendar = show_day(window, qtbot, s.schedule.today())
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        calendar.set_mode("week")
    grid = calendar.grid
    provider = s.resources.providers()[0].id
    assert [c.day.isoformat() for c in grid.columns][0] == "2026-11-23"
    assert len(grid.columns) == 7 and {c.provider_id for c in grid.columns} == {provider}
    expected = {e.appointment.id for c in grid.columns for e in s.schedule.day(c.day, provider).entries}
    assert {e.appointment.id for e in calendar.entries} == expected
    second = s.resources.providers()[1].id
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        calendar.provider_combo.setCurrentIndex(calendar.provider_combo.findData(second))
    assert {c.provider_id for c in grid.columns} == {second}
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        calendar.shift(1)
    assert grid.columns[0].day == date(2026, 11, 30)


def test_month_counts_match_the_schedule(window: MainWindow, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    s = window.services
    calendar = show_day(window, qtbot, s.schedule.today())
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        calendar.set_mode("month")
    model = calendar.month_model
    qtmodeltester.check(model)
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            day = model.day_at(model.index(row, column))
            assert calendar.counts[day] == len(s.schedule.day(day).active), day
    assert model.day_at(model.index(0, 0)) == date(2026, 10, 26)
    assert sum(calendar.counts.values()) > 0
    # Days nobody works are shaded like closed time, and say why on hover.
    background, tip = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole
    assert model.data(model.index(4, 1), background) is None  # Tuesday 24 November: a working day
    assert model.data(model.index(4, 5), background) is not None  # Saturday 28 November
    assert "Nobody is working" in model.data(model.index(4, 5), tip)
    thanksgiving = model.index(4, 3)
    assert model.day_at(thanksgiving) == date(2026, 11, 26)
    assert "public holiday (Thanksgiving" in model.data(thanksgiving, tip)
    assert model.data(thanksgiving, background) is not None
    index = model.index(4, 1)  # Tuesday 24 November
    calendar.month_table.doubleClicked.emit(index)
    qtbot.waitUntil(lambda: calendar.mode == "day" and calendar.day == date(2026, 11, 24), timeout=5_000)
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=10_000)


def test_a_block_tells_everything_on_hover_including_a_lapsed_consent(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    from datetime import timedelta

    s = window.services
    patient = s.patients.list_ids()[0]
    appointment_id = book(s, "2026-11-25T09:00", patient=patient)
    today = s.patients.today()
    s.patients.add_consent(patient, "Photography", today - timedelta(days=30), today - timedelta(days=1))
    calendar = show_day(window, qtbot)
    block = calendar.grid.block(appointment_id)
    assert block is not None and block.entry.expired_consent
    text = calendar.grid.tooltip_text(block)
    assert (
        "9:00 AM-9:30 AM  Consultation" in text
    )  # New York: the 12-hour clock and "Consent expired" in text
    assert block.entry.patient_name in text and "Booked" in text


@pytest.mark.parametrize("scope", ["following", "one"])
def test_dragging_a_series_block_asks_which_to_move(
    window: MainWindow,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    scope: str,  # type: ignore[no-untyped-def]
) -> None:
    from datetime import timedelta

    s = window.services
    days = [DAY + timedelta(weeks=w) for w in range(3)]
    for day in days:  # a clear provider for the test, whatever the demo booked
        for entry in s.schedule.day(day, 1).entries:
            if entry.appointment.status.occupies_time:
                s.appointments.cancel(entry.appointment.id, "cleared for the test")
    patient = s.patients.list_ids()[0]
    request = BookingRequest(
        patient, 1, "Consultation", s.time.parse_local(f"{DAY}T09:00"), every_weeks=1, count=3
    )
    ids = [a.id for a in s.appointments.book(request).appointments]
    calendar = show_day(window, qtbot)
    asked: list[int] = []
    monkeypatch.setattr(calendar, "series_choice", lambda entry: asked.append(entry.appointment.id) or scope)
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        drag(qtbot, calendar, ids[0], 0, 10 * 60)
    assert asked == [ids[0]]
    hours = [local_start(s, i).strftime("%H:%M") for i in ids]
    assert hours == (["10:00"] * 3 if scope == "following" else ["10:00", "09:00", "09:00"])
