"""The booking dialog: patient search, next free slot, refusals inline, the override reason step
(asked for because the refusal is an OverrideRequiredError, whatever its words), Enter books (Book is
the default button), the proposals at the top, the type due, series, Tab order.

Enter is pressed with QTest (qtbot.keyClick), never replaced by a call to ``submit()``: the bug was
that Enter pressed the wrong button, which a direct call cannot see.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from clinic_desktop.domain.codes import Indication, Product
from clinic_desktop.domain.colours import AA_TEXT, contrast_ratio
from clinic_desktop.domain.errors import ClinicError, OverrideRequiredError, ValidationError
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.ui.appearance import Appearance, Contrast, TextSize, apply_appearance
from clinic_desktop.ui.dialogs.booking import BookingDialog
from clinic_desktop.ui.keys import focus_chain
from clinic_desktop.ui.main_window import MainWindow

LARRY = 186  # the demo's Larry Edwards: chronic migraine, overdue, no booking (seed 7)


def open_dialog(
    window: MainWindow, qtbot, start: str | None = None, patient: int | None = None, **where: object
) -> BookingDialog:  # type: ignore[no-untyped-def]
    s = window.services
    provider = s.resources.providers()[0].id
    when = s.time.parse_local(start) if start else None
    dialog = BookingDialog(s, window.operations, provider, when, parent=window, patient_id=patient, **where)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=10_000):
        dialog.open()
    if patient is not None:
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
    qtbot.waitUntil(lambda: dialog.book_button.isEnabled(), timeout=10_000)
    return dialog


def choose_type(dialog: BookingDialog, name: str) -> None:
    index = next(i for i in range(dialog.type.count()) if dialog.type.itemData(i).name == name)
    dialog.type.setCurrentIndex(index)


def new_patient(s: ClinicServices) -> int:
    return s.patients.add(PatientInput("Nora", "Quist", "1981-03-09")).record.id


def booked_for(s: ClinicServices, patient: int) -> list[datetime]:
    return sorted(
        e.appointment.start for e in s.appointments.for_patient(patient) if e.appointment.start > s.now()
    )


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
        qtbot.mouseClick(dialog.next_free, Qt.MouseButton.LeftButton)
    assert found.args == [True]
    expected = s.appointments.free_slots(
        s.resources.providers()[0].id, "Consultation", dialog.local_start().date(), 1
    )
    assert dialog.local_start() == s.time.to_local(expected[0].start).replace(tzinfo=None)
    dialog.reject()


def test_from_a_past_date_next_free_slot_searches_from_now(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = window.services
    provider = s.resources.providers()[0].id
    first = s.appointments.free_slots(provider, "Consultation", s.schedule.today(), 1)[0]
    dialog = open_dialog(window, qtbot, "2026-11-25T09:00")
    dialog.set_local_time(datetime(2026, 9, 1, 9, 0))  # a date long past
    with qtbot.waitSignal(dialog.slot_found, timeout=10_000) as found:
        qtbot.mouseClick(dialog.next_free, Qt.MouseButton.LeftButton)
    assert found.args == [True]
    assert dialog.local_start() == s.time.to_local(first.start).replace(tzinfo=None)
    assert s.time.to_utc(dialog.local_start()) >= s.now()
    dialog.reject()


def test_opened_at_a_past_slot_it_starts_at_the_first_free_time_from_now(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = window.services
    provider = s.resources.providers()[0].id
    first = s.appointments.free_slots(provider, "Consultation", s.schedule.today(), 1)[0]
    dialog = open_dialog(window, qtbot, "2026-11-23T08:00")  # earlier today: gone
    assert dialog.local_start() == s.time.to_local(first.start).replace(tzinfo=None)
    assert dialog.provider.currentData() == provider
    dialog.reject()


def test_a_clash_is_shown_inline_and_nothing_is_booked(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    s: ClinicServices = window.services
    ids = s.patients.list_ids()
    provider = s.resources.providers()[0].id
    s.appointments.book(
        BookingRequest(ids[0], provider, "Consultation", s.time.parse_local("2026-11-25T10:00"))
    )
    patient = new_patient(s)
    dialog = open_dialog(window, qtbot, "2026-11-25T10:15", patient=patient)
    assert dialog.patient_id == patient
    before = s.clinic.info().counts["appointments"]
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "already has" in dialog.error.text()
    assert dialog.isVisible() and dialog.book_button.isEnabled()
    assert s.clinic.info().counts["appointments"] == before
    dialog.reject()


def test_outside_hours_asks_for_an_override_reason(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = window.services
    patient = new_patient(s)
    dialog = open_dialog(window, qtbot, "2026-11-25T20:00", patient=patient)
    assert not dialog.override.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "override reason" in dialog.error.text()
    assert dialog.override.isVisible()
    qtbot.keyClicks(dialog.override, "Only evening the patient can do")
    with qtbot.waitSignal(dialog.booked, timeout=10_000) as booked:
        qtbot.keyClick(dialog.override, Qt.Key.Key_Return)
    (appointment_id,) = booked.args[0]
    start = s.appointments.entry(appointment_id).appointment.start
    assert s.time.to_local(start).replace(tzinfo=None) == datetime(2026, 11, 25, 20, 0)


def test_booking_without_a_patient_says_so(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(window, qtbot, "2026-11-25T10:00")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.error.isVisible() and "patient" in dialog.error.text().lower()
    dialog.reject()


def test_enter_anywhere_in_the_form_books(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Book is the default button once it is in the dialog; no other button takes Enter."""
    s = window.services
    patient = new_patient(s)
    dialog = open_dialog(window, qtbot, "2026-11-25T11:00", patient=patient)
    assert dialog.book_button.isDefault()
    others = [b for b in dialog.findChildren(QPushButton) if b is not dialog.book_button]
    assert dialog.next_free in others and not any(b.autoDefault() or b.isDefault() for b in others)
    assert dialog.type.currentText().startswith("Consultation")  # not treated yet: a first visit
    assert "No toxin treatment yet" in dialog.plan_note.text()
    dialog.notes.setFocus()
    with qtbot.waitSignal(dialog.booked, timeout=10_000) as booked:
        qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)
    (appointment_id,) = booked.args[0]
    entry = s.appointments.entry(appointment_id)
    assert entry.appointment.patient_id == patient and entry.type_name == "Consultation"
    assert s.time.to_local(entry.appointment.start).replace(tzinfo=None) == datetime(2026, 11, 25, 11, 0)
    assert not dialog.isVisible()


def test_enter_on_the_next_free_button_books_rather_than_moving_the_time(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = window.services
    patient = new_patient(s)
    dialog = open_dialog(window, qtbot, "2026-11-25T11:30", patient=patient)
    dialog.next_free.setFocus()
    with qtbot.waitSignal(dialog.booked, timeout=10_000):
        qtbot.keyClick(dialog.next_free, Qt.Key.Key_Return)
    assert booked_for(s, patient) == [s.time.parse_local("2026-11-25T11:30")]


def test_escape_closes_without_booking(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = window.services
    before = s.clinic.info().counts["appointments"]
    dialog = open_dialog(window, qtbot, patient=LARRY)
    qtbot.keyClick(dialog.choices, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert s.clinic.info().counts["appointments"] == before


def test_a_due_patient_gets_the_engines_proposals_in_words_and_enter_books_the_first(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    s = window.services
    dialog = open_dialog(window, qtbot, patient=LARRY)
    expected = s.followups.propose(LARRY, 3)
    assert dialog.choices.isVisible() and dialog.choices.proposals == expected
    assert dialog.choices.selected() == expected[0]  # the first highlighted
    assert "Next chronic migraine treatment due" in dialog.plan_note.text()
    first = dialog.choices.topLevelItem(0)
    assert first is not None
    assert first.text(2) == "Migraine treatment (15 min)"
    assert first.text(3) == expected[0].provider_name
    assert expected[0].reasons[0] in first.text(4) and "days after the last dose" in first.text(4)
    assert str(expected[0].score) not in [first.text(c) for c in range(5)]  # no bare score
    # The form says the same: the type due, the proposal's provider and time.
    assert dialog.type.currentData().name == "Migraine treatment"
    assert dialog.provider.currentData() == expected[0].provider_id
    assert s.time.to_utc(dialog.local_start()) == expected[0].start
    assert dialog.every.value() == 12  # the migraine interval, 84 days
    assert QApplication.focusWidget() is dialog.choices or dialog.choices.hasFocus()
    with qtbot.waitSignal(dialog.booked, timeout=10_000) as booked:
        qtbot.keyClick(dialog.choices, Qt.Key.Key_Return)
    (appointment_id,) = booked.args[0]
    entry = s.appointments.entry(appointment_id)
    assert entry.appointment.start == expected[0].start and entry.type_name == "Migraine treatment"
    assert entry.appointment.notes.startswith("Follow-up:")  # booked through the follow-up engine


def test_a_slot_chosen_in_the_calendar_stays_chosen_over_the_proposals(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Opened at a slot a person picked (a double-click, N): the proposals are listed, none taken;
    Enter books the picked time, for the treatment the patient is due for."""
    s = window.services
    dialog = open_dialog(window, qtbot, "2026-11-25T11:00", patient=LARRY)
    assert dialog.choices.isVisible() and dialog.choices.proposals
    assert dialog.choices.selected() is None and dialog.chosen_proposal() is None
    assert dialog.local_start() == datetime(2026, 11, 25, 11, 0)
    assert dialog.type.currentData().name == "Migraine treatment"
    assert "Enter books the time chosen in the calendar" in dialog.plan_note.text()
    with qtbot.waitSignal(dialog.booked, timeout=10_000):
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)
    assert booked_for(s, LARRY) == [s.time.parse_local("2026-11-25T11:00")]


def test_down_then_enter_books_the_second_proposal(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = window.services
    dialog = open_dialog(window, qtbot, patient=LARRY)
    second = dialog.choices.proposals[1]
    qtbot.keyClick(dialog.choices, Qt.Key.Key_Down)
    assert s.time.to_utc(dialog.local_start()) == second.start
    with qtbot.waitSignal(dialog.booked, timeout=10_000):
        qtbot.keyClick(dialog.choices, Qt.Key.Key_Return)
    assert booked_for(s, LARRY) == [second.start]


def test_a_time_changed_by_hand_books_the_form_not_the_proposal(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = window.services
    dialog = open_dialog(window, qtbot, patient=LARRY)
    dialog.set_local_time(datetime(2026, 11, 25, 9, 0))
    assert dialog.chosen_proposal() is None
    with qtbot.waitSignal(dialog.booked, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert booked_for(s, LARRY) == [s.time.parse_local("2026-11-25T09:00")]


def test_a_proposal_taken_meanwhile_offers_fresh_ones(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = window.services
    dialog = open_dialog(window, qtbot, patient=LARRY)
    taken = dialog.choices.proposals[0]
    other = new_patient(s)  # another desk books that very slot first
    s.appointments.book(BookingRequest(other, taken.provider_id, taken.type_name, taken.start))
    qtbot.keyClick(dialog.choices, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "just taken" in dialog.error.text(), timeout=20_000)
    assert dialog.isVisible() and dialog.error.isVisible()
    fresh = dialog.choices.proposals
    assert fresh and all(p.start != taken.start or p.provider_id != taken.provider_id for p in fresh[:1])
    with qtbot.waitSignal(dialog.booked, timeout=10_000):
        qtbot.keyClick(dialog.choices, Qt.Key.Key_Return)
    assert booked_for(s, LARRY) == [fresh[0].start]


def test_the_recall_lists_indication_chooses_the_type_and_the_series_interval(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    s = window.services
    row = next(r for r in s.followups.recalls() if r.indication is Indication.CERVICAL_DYSTONIA)
    dialog = open_dialog(window, qtbot, "2026-11-25T11:00", patient=row.patient_id, indication=row.indication)
    assert dialog.type.currentData().name == "Dystonia treatment"
    assert dialog.every.value() == 13  # 91 days (domain/followup.py)
    dialog.reject()


def test_a_series_keeps_the_wall_clock_time_across_daylight_saving(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Every 12 weeks × 4 from a Wednesday in November: two visits in standard time and two in
    daylight-saving time (New York changes on 14 March 2027), all at 09:00."""
    s = window.services
    patient = new_patient(s)
    dialog = open_dialog(window, qtbot, "2026-11-25T09:00", patient=patient)
    qtbot.mouseClick(dialog.repeat, Qt.MouseButton.LeftButton, pos=QPoint(4, dialog.repeat.height() // 2))
    assert dialog.repeat.isChecked() and dialog.every.isEnabled()
    assert (dialog.every.value(), dialog.count.value()) == (12, 4)
    with qtbot.waitSignal(dialog.booked, timeout=10_000) as booked:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    ids = booked.args[0]
    entries = [s.appointments.entry(i).appointment for i in ids]
    local = [s.time.to_local(a.start) for a in entries]
    assert [t.date().isoformat() for t in local] == ["2026-11-25", "2027-02-17", "2027-05-12", "2027-08-04"]
    assert {(t.hour, t.minute) for t in local} == {(9, 0)}
    assert {t.utcoffset() for t in local} == {timedelta(hours=-5), timedelta(hours=-4)}
    assert len({a.series_id for a in entries}) == 1 and entries[0].series_id is not None


def test_tab_follows_the_screen(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """From the proposals down the form and on to the buttons: each stop below or right of the last.
    (Tab also steps through the date's parts, day to minute, before leaving the date field.)"""
    dialog = open_dialog(window, qtbot, patient=LARRY)
    dialog.choices.setFocus()
    qtbot.waitUntil(lambda: dialog.choices.hasFocus(), timeout=5_000)
    visited: list[QWidget] = [dialog.choices]
    for _ in range(40):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        landed = QApplication.focusWidget()
        assert isinstance(landed, QWidget)
        if landed is dialog.choices:
            break  # round again
        if landed is not visited[-1]:
            visited.append(landed)
    assert visited == [w for w in focus_chain(dialog) if w.isEnabled()]  # every stop, each once
    assert visited[:4] == [dialog.choices, dialog.search, dialog.hits, dialog.provider]
    assert visited.index(dialog.notes) < visited.index(dialog.book_button)

    def place(widget: QWidget) -> tuple[int, int]:
        corner = widget.mapTo(dialog, QPoint(0, 0))
        return corner.y() + widget.height() // 2, corner.x()

    rows = [place(w) for w in visited]
    for before, after in zip(rows, rows[1:], strict=False):
        same_row = abs(before[0] - after[0]) < 12
        assert (same_row and after[1] > before[1]) or (not same_row and after[0] > before[0]), (before, after)
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
    # The first hit is chosen; its plan (the visit due, proposals) arrives before Book is enabled.
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.book_button.isEnabled(), timeout=10_000)
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


def test_the_error_stays_readable_in_the_high_contrast_dark_palette(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The form's red comes through readable_ink: on the dark palette's black it is lightened to
    AA, not left as a dark red nobody can read."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    dialog = open_dialog(window, qtbot, "2026-11-25T10:00")
    apply_appearance(app, Appearance(TextSize.NORMAL, Contrast.HIGH_DARK))
    try:
        dialog.submit()  # nobody chosen: the form says so, in its error colour
        assert dialog.error.text() == "Choose the patient first."
        ink = dialog.error.styleSheet().removeprefix("color: ").removesuffix(";")
        assert QColor(ink).isValid() and ink != "#b00020"
        ground = app.palette().color(QPalette.ColorRole.Window).name()
        assert contrast_ratio(ink, ground) >= AA_TEXT
    finally:
        apply_appearance(app, Appearance())
        dialog.reject()
