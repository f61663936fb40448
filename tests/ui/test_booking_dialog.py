"""The booking dialog: patient search, next free slot, refusals inline, the override reason step (asked
for because the refusal is an OverrideRequiredError, whatever its words)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from clinic_desktop.domain.codes import Indication, Product
from clinic_desktop.domain.errors import ClinicError, OverrideRequiredError, ValidationError
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.services.patients import PatientInput
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


def injected_patient(s: ClinicServices, given: str = "Wren", family: str = "Halloran") -> int:
    """A new patient given PREEMPT on 2026-11-18 (a Wednesday): day 83 is Tuesday 2027-02-09, day 84
    the Wednesday after (working days for Dr Lind in the demo clinic, and no holidays in New York)."""
    patient = s.patients.add(PatientInput(given, family, "1979-03-14")).record.id
    s.treatments.add_lot(Product.ONABOTULINUMTOXINA, "T2011", date(2027, 6, 30), 10)
    template = s.treatments.protocol("PREEMPT")
    s.treatments.record(
        TreatmentDraft(
            patient, 1, s.time.parse_local("2026-11-18T09:00"), Indication.CHRONIC_MIGRAINE,
            Product.ONABOTULINUMTOXINA, "T2011", template.sites, protocol=template.name,
        )
    )  # fmt: skip
    return patient


def free_on(s: ClinicServices, day: date) -> str:
    """A free time for a migraine treatment with provider 1 on that day, as the dialog opens at."""
    slot = s.appointments.free_slots(1, "Migraine treatment", day, 1)[0]
    local = s.time.to_local(slot.start)
    assert local.date() == day
    return f"{local:%Y-%m-%dT%H:%M}"


def find_and_book(dialog: BookingDialog, qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    """Type the name, take the first hit, choose the treatment, click Book (keys and clicks)."""
    with qtbot.waitSignal(dialog.searched, timeout=10_000):
        qtbot.keyClicks(dialog.search, name)
    choose_type(dialog, "Migraine treatment")
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)


def test_a_treatment_on_day_83_needs_a_reason_in_the_window_and_day_84_does_not(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot
) -> None:
    s = window.services
    patient = injected_patient(s)
    on_time = open_dialog(window, qtbot, free_on(s, date(2027, 2, 10)))
    with qtbot.waitSignal(on_time.booked, timeout=10_000) as booked:
        find_and_book(on_time, qtbot, "Wren Halloran")
    assert not on_time.override.isVisible()  # day 84: booked at the first click
    (first,) = booked.args[0]
    s.appointments.cancel(first, "moved to the day before")
    early = open_dialog(window, qtbot, free_on(s, date(2027, 2, 9)))
    find_and_book(early, qtbot, "Wren Halloran")
    qtbot.waitUntil(lambda: early.error.isVisible(), timeout=10_000)
    assert early.error.text() == (
        "Wren Halloran's last toxin injection was on 2026-11-18; the first safe day for the next is "
        "2027-02-10. Give an override reason to book it anyway."
    )
    assert early.override.isVisible() and early.override.hasFocus()
    assert [e.appointment.status.value for e in s.appointments.for_patient(patient)] == ["cancelled"]
    qtbot.keyClicks(early.override, "Flying abroad on the 10th")
    with qtbot.waitSignal(early.booked, timeout=10_000) as booked:
        qtbot.mouseClick(early.book_button, Qt.MouseButton.LeftButton)
    (second,) = booked.args[0]
    details = s.store.patient_record.appointment_details(patient)[second]
    assert details.override_reason == "Flying abroad on the 10th"
    audited = [e.after for e in s.audit.entries(patient_id=patient) if e.entity_id == str(second)]
    assert audited[0] is not None and audited[0]["override_reason"] == "Flying abroad on the 10th"


@pytest.mark.parametrize(
    ("refusal", "asks"),
    [
        (ValidationError("Mentions an override reason, but no reason would lift it."), False),
        (OverrideRequiredError("Any words at all.", ["a rule"]), True),
    ],
)
def test_the_reason_field_opens_for_the_refusal_type_not_its_words(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch, refusal: ClinicError, asks: bool
) -> None:
    s = window.services

    def refuse(_request: BookingRequest) -> None:
        raise refusal

    monkeypatch.setattr(s.appointments, "book", refuse)
    dialog = open_dialog(window, qtbot, "2026-11-25T10:00", patient=s.patients.list_ids()[0])
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert dialog.error.text() == refusal.message
    assert dialog.override.isVisible() is asks
    dialog.reject()
