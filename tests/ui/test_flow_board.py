"""The front desk's flow board: check-in, Enter for the next step, waiting colours, and the
waiting-list offer after a cancellation."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from clinic_desktop.domain import flow
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.services import ClinicServices, Clock
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.ui.dialogs.waitlist import WaitlistOfferDialog
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.views.flow_board import LEVEL_ROLE, FlowBoardView
from tests.conftest import FIXED_NOW


@pytest.fixture
def board(qtbot, demo_services: ClinicServices) -> Iterator[FlowBoardView]:  # type: ignore[no-untyped-def]
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


def lane_ids(view: FlowBoardView, lane: flow.Lane) -> list[int]:
    listing = view.lanes[lane]
    return [int(listing.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(listing.count())]


def first_expected(view: FlowBoardView) -> int:
    """A visit later today, booked into a free slot (the demo day may have none still to come); not
    a toxin treatment, which for a patient treated in the last 12 weeks would need a reason."""
    services = view._services
    today = services.schedule.today()
    busy = {e.appointment.patient_id for e in services.schedule.day(today).entries}
    patient = next(p for p in services.patients.list_ids() if p not in busy)
    for provider in services.resources.providers():
        for kind in [k for k in services.resources.types() if not k.is_treatment]:
            slots = [
                s
                for s in services.appointments.free_slots(provider.id, kind.name, today)
                if services.time.local_date(s.start) == today
            ]
            if slots:
                request = BookingRequest(patient, provider.id, kind.name, slots[0].start)
                visit = services.appointments.book(request).appointments[0].id
                view.refresh()
                return visit
    raise AssertionError("no free slot today in the demo clinic")


def test_the_board_matches_the_day(board: FlowBoardView) -> None:
    services = board._services
    today = services.schedule.day(services.schedule.today())
    assert board.summary.text().startswith(f"{len(today.active)} appointment")
    assert "Today ·" in board.title.text()
    shown = sum(board.lanes[lane].count() for lane in flow.Lane)
    assert shown == len(today.active)
    assert not board.buttons[AppointmentStatus.ARRIVED].isEnabled()  # nothing selected yet


def test_check_in_moves_a_patient_to_waiting_and_enter_advances(
    board: FlowBoardView,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    offered: list[list[int]] = []

    def pick(rooms: list, booked: int | None) -> int:  # type: ignore[type-arg]
        offered.append([r.id for r in rooms])
        return rooms[-1].id  # reception chooses another room than the booked one

    monkeypatch.setattr(board, "pick_room", pick)
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        visit = first_expected(board)
    board.select_visit(visit)
    assert board.buttons[AppointmentStatus.ARRIVED].isEnabled()
    assert not board.buttons[AppointmentStatus.COMPLETED].isEnabled()
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        qtbot.mouseClick(board.buttons[AppointmentStatus.ARRIVED], Qt.MouseButton.LeftButton)
    assert visit in lane_ids(board, flow.Lane.WAITING)
    assert board.selected_id == visit  # the selection follows the patient
    lane, item = board.item_for(visit)  # type: ignore[misc]
    assert item.text().splitlines()[-1] == "Waiting 0 min"
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        qtbot.keyClick(board.lanes[flow.Lane.WAITING], Qt.Key.Key_Return)
    assert visit in lane_ids(board, flow.Lane.IN_ROOM)
    assert offered and board._services.appointments.entry(visit).appointment.room_id == offered[0][-1]
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        qtbot.keyClick(board.lanes[flow.Lane.IN_ROOM], Qt.Key.Key_Enter)
    assert visit in lane_ids(board, flow.Lane.DONE)
    assert board._services.appointments.entry(visit).appointment.status is AppointmentStatus.COMPLETED
    # a mis-click is undone one step
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        board.undo_button.click()
    assert visit in lane_ids(board, flow.Lane.IN_ROOM)


def test_waiting_turns_amber_after_15_and_red_after_30_minutes(board: FlowBoardView, qtbot) -> None:  # type: ignore[no-untyped-def]
    services = board._services
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        visit = first_expected(board)
    services.appointments.set_status(visit, AppointmentStatus.ARRIVED)
    seen = []
    for minutes in (15, 16, 31):
        services.clock = Clock(FIXED_NOW + timedelta(minutes=minutes))
        with qtbot.waitSignal(board.loaded, timeout=10_000):
            board.refresh()
        _lane, item = board.item_for(visit)  # type: ignore[misc]
        seen.append((item.data(LEVEL_ROLE), item.text().splitlines()[-1], item.background().color().name()))
    assert seen == [
        ("ok", "Waiting 15 min", "#000000"),
        ("amber", "Waiting 16 min", "#ffe3a3"),
        ("red", "Waiting 31 min", "#f7b8b8"),
    ]


def test_cancelling_offers_the_slot_to_the_waiting_list(board: FlowBoardView, qtbot) -> None:  # type: ignore[no-untyped-def]
    services = board._services
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        visit = first_expected(board)
    freed = services.appointments.entry(visit).appointment
    busy_today = {r.entry.appointment.patient_id for r in board.board.rows}  # type: ignore[union-attr]
    patient = next(p for p in services.patients.list_ids() if p not in busy_today)
    request = services.appointments.add_to_waitlist(patient, services.schedule.today(), note="any time")
    board.select_visit(visit)
    with qtbot.waitSignal(board.offers_shown, timeout=10_000) as shown:
        board.cancel_selected("Patient unwell")
    dialog = shown.args[0]
    assert isinstance(dialog, WaitlistOfferDialog) and dialog.isVisible()
    assert dialog.offers.count() >= 1
    row = next(
        r
        for r in range(dialog.offers.count())
        if dialog.offers.item(r).data(Qt.ItemDataRole.UserRole) == request.id
    )
    dialog.offers.setCurrentRow(row)
    with qtbot.waitSignal(dialog.booked, timeout=10_000) as booked:
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    new = booked.args[0].appointments[0]
    assert (new.patient_id, new.start, new.provider_id) == (patient, freed.start, freed.provider_id)
    assert request.id not in [w.id for w in services.appointments.waitlist()]
    qtbot.waitUntil(lambda: new.id in lane_ids(board, flow.Lane.EXPECTED), timeout=10_000)


def test_not_now_leaves_the_slot_free(board: FlowBoardView, qtbot) -> None:  # type: ignore[no-untyped-def]
    services = board._services
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        visit = first_expected(board)
    busy_today = {r.entry.appointment.patient_id for r in board.board.rows}  # type: ignore[union-attr]
    patient = next(p for p in services.patients.list_ids() if p not in busy_today)
    services.appointments.add_to_waitlist(patient, services.schedule.today())
    board.select_visit(visit)
    with qtbot.waitSignal(board.offers_shown, timeout=10_000) as shown:
        board.cancel_selected("Clinic rescheduled")
    dialog = shown.args[0]
    dialog.not_now_button.click()
    assert not dialog.isVisible()
    assert len(services.appointments.waitlist()) == 1
    qtbot.waitUntil(lambda: visit not in lane_ids(board, flow.Lane.EXPECTED), timeout=10_000)


def test_waitlist_manager_adds_and_removes(board: FlowBoardView, qtbot) -> None:  # type: ignore[no-untyped-def]
    services = board._services
    dialog = board.open_waitlist()
    qtbot.waitUntil(lambda: dialog.provider.count() > 1 and dialog.kind.count() > 1, timeout=10_000)
    record = services.patients.get(services.patients.list_ids()[0])
    dialog.search.setText(record.mrn)
    qtbot.waitUntil(lambda: dialog.add_button.isEnabled(), timeout=10_000)
    dialog.provider.setCurrentIndex(1)
    dialog.note.setText("mornings")
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.entries.count() == 1, timeout=10_000)
    assert record.family_name in dialog.entries.item(0).text() and "mornings" in dialog.entries.item(0).text()
    dialog.entries.setCurrentRow(0)
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.entries.count() == 0, timeout=10_000)
    assert services.appointments.waitlist() == []
    dialog.close()
