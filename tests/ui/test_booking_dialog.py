"""The booking dialog: patient search, next free slot, refusals inline, the override reason step."""

from __future__ import annotations

from datetime import datetime

from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.ui.dialogs.booking import BookingDialog
from clinic_desktop.ui.main_window import MainWindow


def open_dialog(
    window: MainWindow, qtbot, start: str | None = None, patient: int | None = None
) -> BookingDialog:  # type: ignore[no-untyped-def]
    s = window.services
    provider = s.resources.providers()[0].id
    when = s.time.parse_local(start) if start else None
    dialog = BookingDialog(s, window.operations, provider, when, parent=window, patient_id=patient)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=10_000):
        dialog.open()
    return dialog


def choose_type(dialog: BookingDialog, name: str) -> None:
    index = next(i for i in range(dialog.type.count()) if dialog.type.itemData(i).name == name)
    dialog.type.setCurrentIndex(index)


def test_search_lists_patients_and_the_duration_follows_the_type(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = window.services
    dialog = open_dialog(window, qtbot, "2026-11-25T10:00")
    patient = s.patients.get(s.patients.list_ids()[3])
    with qtbot.waitSignal(dialog.searched, timeout=10_000) as found:
        dialog.search.setText(patient.family_name)
    assert found.args[0] >= 1
    ids = [dialog.hits.item(i).data(256) for i in range(dialog.hits.count())]
    assert patient.id in ids
    choose_type(dialog, "Review")
    assert dialog.duration.value() == 10
    choose_type(dialog, "Consultation")
    assert dialog.duration.value() == 30
    dialog.reject()


def test_next_free_slot_fills_the_time(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = window.services
    dialog = open_dialog(window, qtbot, "2026-11-25T06:00")
    choose_type(dialog, "Consultation")
    with qtbot.waitSignal(dialog.slot_found, timeout=10_000) as found:
        dialog.next_free.click()
    assert found.args == [True]
    expected = s.appointments.free_slots(
        s.resources.providers()[0].id, "Consultation", dialog.local_start().date(), 1
    )
    assert dialog.local_start() == s.time.to_local(expected[0].start).replace(tzinfo=None)
    dialog.reject()


def test_a_clash_is_shown_inline_and_nothing_is_booked(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    s: ClinicServices = window.services
    ids = s.patients.list_ids()
    provider = s.resources.providers()[0].id
    s.appointments.book(
        BookingRequest(ids[0], provider, "Consultation", s.time.parse_local("2026-11-25T10:00"))
    )
    dialog = open_dialog(window, qtbot, "2026-11-25T10:15", patient=ids[1])
    assert dialog.patient_id == ids[1]
    before = s.clinic.info().counts["appointments"]
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "already has" in dialog.error.text()
    assert dialog.isVisible() and dialog.book_button.isEnabled()
    assert s.clinic.info().counts["appointments"] == before
    dialog.reject()


def test_outside_hours_asks_for_an_override_reason(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = window.services
    patient = s.patients.list_ids()[2]
    dialog = open_dialog(window, qtbot, "2026-11-25T20:00", patient=patient)
    assert not dialog.override.isVisible()
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "override reason" in dialog.error.text()
    assert dialog.override.isVisible()
    dialog.override.setText("Only evening the patient can do")
    with qtbot.waitSignal(dialog.booked, timeout=10_000) as booked:
        dialog.submit()
    (appointment_id,) = booked.args[0]
    start = s.appointments.entry(appointment_id).appointment.start
    assert s.time.to_local(start).replace(tzinfo=None) == datetime(2026, 11, 25, 20, 0)


def test_booking_without_a_patient_says_so(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(window, qtbot, "2026-11-25T10:00")
    dialog.submit()
    assert dialog.error.isVisible() and "patient" in dialog.error.text().lower()
    dialog.reject()
