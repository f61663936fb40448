"""The recall list as reception works it: who is due, filters, Enter books the kept proposal, a slot
taken meanwhile offers fresh ones, calls and snoozes, letters and CSV; the proposals dialog."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, QSizeF, Qt

from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.domain.treatment_record import SiteDose
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.printing.recall_letters import letters_document
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.services.followups import CONSENT_LAPSED, RecallRow
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.services.treatments import RecordResult
from clinic_desktop.ui import main_window as main_window_module
from clinic_desktop.ui.dialogs import proposals
from clinic_desktop.ui.dialogs.proposals import ContactDialog, ProposalsDialog, SnoozeDialog
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.settings import UiSettings
from clinic_desktop.ui.views.recall_table import COLUMNS, DUE, OVERDUE, PATIENT, PHONE, PROPOSED
from clinic_desktop.ui.views.recalls_view import RecallsView

ONA = Product.ONABOTULINUMTOXINA
MIGRAINE = Indication.CHRONIC_MIGRAINE
DYSTONIA = Indication.CERVICAL_DYSTONIA
INES, MARIA, TOM, CARL = 1, 2, 3, 4
LIND, BROOKS = 1, 2


def treat(s: ClinicServices, patient: int, provider: int, local: str, indication: Indication) -> RecordResult:
    if indication is MIGRAINE:
        template = s.treatments.protocol("PREEMPT")
        sites, protocol = template.sites, template.name
    else:
        sites, protocol = (SiteDose("trapezius", Side.LEFT, Decimal(50), 4),), ""
    return s.treatments.record(
        TreatmentDraft(
            patient_id=patient,
            provider_id=provider,
            performed_at=s.time.parse_local(local),
            indication=indication,
            product=ONA,
            lot_number="C1",
            sites=sites,
            protocol=protocol,
            diluent_ml=Decimal("2"),
        )
    )


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    """Two providers working weekdays 08:00-17:00; three patients due around today (Mon 23 Nov)."""
    s = services
    s.clinic.set_setting("timezone", "America/New_York")
    for name in ("Dr Lind", "Dr Brooks"):
        provider = s.resources.add_provider(name)
        for weekday in range(5):
            s.resources.set_hours(provider.id, weekday, parse_blocks("08:00-17:00"))
    s.resources.add_type("Migraine treatment", 30, indication=MIGRAINE, is_treatment=True)
    s.resources.add_type("Dystonia treatment", 30, indication=DYSTONIA, is_treatment=True)
    s.treatments.add_lot(ONA, "C1", date(2027, 6, 30), 20)
    s.patients.add(
        PatientInput(
            "Ines", "Ortega", "1980-04-02", phone="+12125550101", preferred_contact="phone",
            address="12 Elm Street, Springfield",
        )
    )  # fmt: skip
    s.patients.add(
        PatientInput("Maria", "Núñez", "1968-05-14", phone="+12125550102", preferred_contact="sms")
    )
    s.patients.add(PatientInput("Tom", "Baker", "1975-01-30"))
    s.patients.add(PatientInput("Carl", "Weiss", "1990-07-07"))  # no treatment: never on the list
    treat(s, INES, LIND, "2026-08-13T09:00", MIGRAINE)  # due 5-19 Nov: 4 days overdue
    treat(s, MARIA, LIND, "2026-08-27T10:00", MIGRAINE)  # due 19 Nov - 3 Dec
    treat(s, TOM, BROOKS, "2026-08-20T11:00", DYSTONIA)  # due 19 Nov - 17 Dec
    return s


@pytest.fixture
def operations(clinic: ClinicServices) -> Iterator[Operations]:
    ops = Operations(clinic.end_thread)
    failures: list[str] = []
    ops.failed.connect(failures.append)
    yield ops
    ops.wait()
    assert failures == []


@pytest.fixture
def view(qtbot, clinic: ClinicServices, operations: Operations) -> RecallsView:  # type: ignore[no-untyped-def]
    widget = RecallsView(clinic, operations)
    qtbot.addWidget(widget)
    widget.resize(1400, 600)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.refresh()
    return widget


def names(view: RecallsView) -> list[str]:
    return [r.patient_name for r in view.shown_rows()]


def row_of(view: RecallsView, patient: int) -> RecallRow:
    return next(r for r in view.shown_rows() if r.patient_id == patient)


def cell(view: RecallsView, patient: int, column: int) -> str:
    for number in range(view.model.rowCount()):
        if view.shown_rows()[number].patient_id == patient:
            return str(view.model.index(number, column).data())
    raise AssertionError(f"patient {patient} is not shown")


def booked(clinic: ClinicServices, patient: int) -> list[datetime]:
    return [e.appointment.start for e in clinic.appointments.for_patient(patient)]


def reload(qtbot, view: RecallsView, action) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        action()


def refresh_proposals(qtbot, view: RecallsView) -> None:  # type: ignore[no-untyped-def]
    loaded = qtbot.waitSignal(view.loaded, timeout=20_000)
    with loaded, qtbot.waitSignal(view.proposals_refreshed, timeout=20_000) as refreshed:
        assert view.refresh_proposals()
    assert refreshed.args == [3]


def test_the_list_shows_who_is_due_with_their_windows(view: RecallsView, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(view.model)
    assert names(view) == ["Ines Ortega", "Maria Núñez", "Tom Baker"]  # most overdue first
    assert view.summary.text() == "3 due or overdue, 1 overdue"
    first = [str(view.model.index(0, c).data()) for c in range(len(COLUMNS))]
    assert first == [
        "Ines Ortega", "Chronic migraine", "13 Aug", "5 Nov – 19 Nov", "4 days", "—", "(212) 555-0101",
        "Phone", "—",
    ]  # fmt: skip
    assert cell(view, MARIA, DUE) == "19 Nov – 3 Dec" and cell(view, MARIA, OVERDUE) == "Due now"
    assert cell(view, TOM, DUE) == "19 Nov – 17 Dec"
    red = view.model.index(0, OVERDUE).data(Qt.ItemDataRole.ForegroundRole)
    assert red is not None and view.model.index(1, OVERDUE).data(Qt.ItemDataRole.ForegroundRole) is None


def test_a_reloaded_list_sorted_by_a_column_keeps_each_rows_texts(qtbot, view: RecallsView) -> None:  # type: ignore[no-untyped-def]
    """The first screen's texts come with the data, in the service's order; sorted by a heading,
    each shown row still reads its own patient's (the phone beside the right name)."""
    heading = view.table.horizontalHeader()
    at = QPoint(heading.sectionViewportPosition(PATIENT) + 10, heading.height() // 2)
    qtbot.mouseClick(heading.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseClick(heading.viewport(), Qt.MouseButton.LeftButton, pos=at)  # Z to A
    assert heading.sortIndicatorSection() == PATIENT
    assert heading.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    reload(qtbot, view, lambda: qtbot.mouseClick(view.snoozed, Qt.MouseButton.LeftButton))
    shown = [[str(view.model.index(n, c).data()) for c in (PATIENT, PHONE, DUE)] for n in range(3)]
    assert shown == [
        ["Tom Baker", "—", "19 Nov – 17 Dec"],
        ["Maria Núñez", "(212) 555-0102", "19 Nov – 3 Dec"],
        ["Ines Ortega", "(212) 555-0101", "5 Nov – 19 Nov"],
    ]


def test_the_selection_and_the_current_row_stay_on_their_patients_through_a_sort_and_a_reload(  # type: ignore[no-untyped-def]
    qtbot, view: RecallsView
) -> None:
    """The list sorts and filters itself (no proxy model): a heading clicked moves the selected
    rows and the current one with their patients, a reload or a name typed keeps the current one."""

    def click(patient: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
        number = [r.patient_id for r in view.shown_rows()].index(patient)
        rect = view.table.visualRect(view.model.index(number, PATIENT))
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())

    def selected() -> list[str]:
        return [r.patient_name for r in view.selected_rows()]

    assert names(view) == ["Ines Ortega", "Maria Núñez", "Tom Baker"]
    click(TOM)
    click(INES, Qt.KeyboardModifier.ControlModifier)
    assert selected() == ["Ines Ortega", "Tom Baker"] and view.current_row().patient_id == INES  # type: ignore[union-attr]
    heading = view.table.horizontalHeader()
    at = QPoint(heading.sectionViewportPosition(PATIENT) + 10, heading.height() // 2)
    qtbot.mouseClick(heading.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseClick(heading.viewport(), Qt.MouseButton.LeftButton, pos=at)  # Z to A
    assert names(view) == ["Tom Baker", "Maria Núñez", "Ines Ortega"]
    assert selected() == ["Tom Baker", "Ines Ortega"] and view.current_row().patient_id == INES  # type: ignore[union-attr]
    assert view.table.currentIndex().row() == 2
    reload(qtbot, view, lambda: qtbot.mouseClick(view.snoozed, Qt.MouseButton.LeftButton))
    assert names(view) == ["Tom Baker", "Maria Núñez", "Ines Ortega"]  # still sorted
    assert view.current_row().patient_id == INES and "Ines Ortega" in selected()  # type: ignore[union-attr]
    click(TOM)
    with qtbot.waitSignal(view.loaded):
        qtbot.keyClicks(view.search, "m")  # Maria Núñez and Tom Baker
    assert names(view) == ["Tom Baker", "Maria Núñez"] and selected() == ["Tom Baker"]
    click(MARIA, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(heading.viewport(), Qt.MouseButton.LeftButton, pos=at)  # the service's order
    assert heading.sortIndicatorSection() == -1
    assert names(view) == ["Maria Núñez", "Tom Baker"] and selected() == ["Maria Núñez", "Tom Baker"]
    assert view.current_row().patient_id == MARIA  # type: ignore[union-attr]
    assert view.table.currentIndex().row() == 0


def test_filters_by_provider_indication_and_name(qtbot, view: RecallsView) -> None:  # type: ignore[no-untyped-def]
    assert [view.provider.itemText(i) for i in range(view.provider.count())] == [
        "All providers", "Dr Brooks", "Dr Lind",
    ]  # fmt: skip
    reload(qtbot, view, lambda: view.provider.setCurrentIndex(view.provider.findData(BROOKS)))
    assert names(view) == ["Tom Baker"]
    reload(qtbot, view, lambda: view.provider.setCurrentIndex(0))
    reload(qtbot, view, lambda: view.indication.setCurrentIndex(view.indication.findData(MIGRAINE.value)))
    assert names(view) == ["Ines Ortega", "Maria Núñez"]
    with qtbot.waitSignal(view.loaded):
        view.search.setText("nunez")  # accents and case do not matter
    assert names(view) == ["Maria Núñez"]
    assert "name filter: 1 of 2" in view.summary.text()


def test_enter_books_the_kept_proposal_and_the_row_leaves(qtbot, view: RecallsView, clinic) -> None:  # type: ignore[no-untyped-def]
    refresh_proposals(qtbot, view)
    proposed = row_of(view, INES).proposed
    assert proposed is not None and proposed.provider_name == "Dr Lind"
    assert cell(view, INES, PROPOSED).endswith("· Dr Lind")
    view.select_patient(INES)
    view.table.setFocus()
    reload(qtbot, view, lambda: qtbot.keyClick(view.table, Qt.Key.Key_Return))
    assert names(view) == ["Maria Núñez", "Tom Baker"]
    assert view.status.text().startswith("Booked Ines Ortega:")
    assert booked(clinic, INES) == [proposed.start]


def test_a_slot_taken_meanwhile_offers_fresh_proposals(qtbot, view: RecallsView, clinic) -> None:  # type: ignore[no-untyped-def]
    refresh_proposals(qtbot, view)
    proposed = row_of(view, INES).proposed
    assert proposed is not None
    # Another workstation books that very slot for someone else.
    clinic.appointments.book(BookingRequest(CARL, proposed.provider_id, "Migraine treatment", proposed.start))
    view.select_patient(INES)
    with qtbot.waitSignal(view.proposals_shown, timeout=10_000) as shown:
        view.book_selected()
    dialog = shown.args[0]
    assert isinstance(dialog, ProposalsDialog)
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() > 0, timeout=10_000)
    assert "just taken" in dialog.message.text() and "just taken" in view.status.text()
    assert dialog.proposals and all(p.start != proposed.start for p in dialog.proposals[:1])
    first = dialog.proposals[0]
    with qtbot.waitSignal(dialog.booked, timeout=10_000):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert booked(clinic, INES) == [first.start]
    qtbot.waitUntil(lambda: names(view) == ["Maria Núñez", "Tom Baker"], timeout=10_000)


def test_logging_a_message_shows_in_the_last_attempt_column(qtbot, view: RecallsView) -> None:  # type: ignore[no-untyped-def]
    view.select_patient(MARIA)
    dialog = view.log_contact()
    assert isinstance(dialog, ContactDialog)
    dialog.set_kind("left_message")
    dialog.note.setText("voicemail")
    reload(qtbot, view, dialog.accept)
    assert cell(view, MARIA, len(COLUMNS) - 1).startswith("Left a message on 2026-11-23")
    assert view.current_row() is not None and view.current_row().patient_id == MARIA  # type: ignore[union-attr]
    reload(qtbot, view, lambda: view.log_contact("declined"))
    assert cell(view, MARIA, len(COLUMNS) - 1).startswith("Declined on 2026-11-23")


def test_snooze_hides_the_row_until_the_date(qtbot, view: RecallsView) -> None:  # type: ignore[no-untyped-def]
    view.select_patient(TOM)
    dialog = view.snooze()
    assert isinstance(dialog, SnoozeDialog)
    assert dialog.until_date() == date(2026, 11, 23) + timedelta(days=14)
    reload(qtbot, view, dialog.accept)
    assert names(view) == ["Ines Ortega", "Maria Núñez"]
    assert "snoozed until 7 Dec" in view.status.text()
    reload(qtbot, view, lambda: view.snoozed.setChecked(True))
    assert cell(view, TOM, len(COLUMNS) - 1).endswith("until 2026-12-07")


def test_letters_name_the_patient_and_the_proposed_time(qtbot, view: RecallsView, clinic) -> None:  # type: ignore[no-untyped-def]
    refresh_proposals(qtbot, view)
    ines, maria = row_of(view, INES), row_of(view, MARIA)
    assert ines.proposed is not None
    local = clinic.time.to_local(ines.proposed.start)
    document = letters_document(
        [ines, maria], "Demo Pain Clinic", date(2026, 11, 23), clinic.time, {INES: "12 Elm Street"}
    )
    text = document.toPlainText()
    assert "Dear Ines Ortega," in text and "Dear Maria Núñez," in text
    assert f"{local:%A} {local.day} {local:%B %Y} at {local:%H:%M} with Dr Lind" in text
    assert "chronic migraine treatment" in text and "12 Elm Street" in text and "Demo Pain Clinic" in text
    document.setPageSize(QSizeF(600, 900))
    assert document.pageCount() == 2  # one page per patient
    view.table.selectAll()
    assert [r.patient_id for r in view.letter_rows()] == [INES, MARIA, TOM]


def test_csv_export_writes_a_header_and_one_line_per_row(qtbot, view: RecallsView, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "recalls.csv"
    view.export_csv(str(target))
    qtbot.waitUntil(lambda: view.status.text().startswith("Exported"), timeout=10_000)
    with target.open(encoding="utf-8", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0][:2] == ["patient_id", "patient_name"]
    assert [line[1] for line in lines[1:]] == ["Ines Ortega", "Maria Núñez", "Tom Baker"]


def test_the_proposals_dialog_books_the_first_with_enter(qtbot, clinic, operations) -> None:  # type: ignore[no-untyped-def]
    dialog = ProposalsDialog(clinic, operations, MARIA)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000) as loaded:
        dialog.show()
    assert loaded.args == [5] and "Maria Núñez" in dialog.windowTitle()
    assert "Same provider as last time" in dialog.reasons.text()
    qtbot.keyClick(dialog.list, Qt.Key.Key_3)
    assert dialog.selected() is dialog.proposals[2]
    qtbot.keyClick(dialog.list, Qt.Key.Key_1)
    first = dialog.proposals[0]
    with qtbot.waitSignal(dialog.booked, timeout=10_000):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert booked(clinic, MARIA) == [first.start]


@pytest.mark.parametrize("answer", ["visit moved up", None])
def test_the_proposals_dialog_asks_why_when_a_visit_is_already_booked(  # type: ignore[no-untyped-def]
    qtbot, clinic, operations, monkeypatch: pytest.MonkeyPatch, answer: str | None
) -> None:
    """Maria already has a treatment booked a day after the best proposal: booking it is refused
    as an OverrideRequiredError; the dialog asks why, and books with the reason, or not at all."""
    dialog = ProposalsDialog(clinic, operations, MARIA)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    first = dialog.proposals[0]
    clinic.appointments.book(
        BookingRequest(
            MARIA, BROOKS, "Migraine treatment", first.start + timedelta(days=1), override_reason="x"
        )
    )
    asked: list[str] = []
    monkeypatch.setattr(
        proposals, "ask_override_reason", lambda _parent, error: asked.append(error.message) or answer
    )
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert "Maria Núñez has a toxin treatment booked on" in asked[0]
    if answer is None:
        qtbot.waitUntil(lambda: dialog.message.text() == asked[0], timeout=10_000)
        assert dialog.isVisible() and dialog.book_button.isEnabled() and len(booked(clinic, MARIA)) == 1
        return
    qtbot.waitUntil(lambda: len(booked(clinic, MARIA)) == 2, timeout=10_000)
    assert first.start in booked(clinic, MARIA)


def test_charting_a_treatment_offers_the_next_follow_up(qtbot, clinic, operations) -> None:  # type: ignore[no-untyped-def]
    from clinic_desktop.ui.views.chart_treatments import TreatmentsPage
    from clinic_desktop.ui.views.patient_chart import PatientChartWindow

    window = PatientChartWindow(clinic, operations, CARL)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.show()
    page = window.pages["treatments"]
    assert isinstance(page, TreatmentsPage)
    result = treat(clinic, CARL, LIND, "2026-11-23T09:00", MIGRAINE)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        page._recorded(result)  # what the treatment dialog's ``recorded`` calls after saving
    dialog = page.follow_up
    assert isinstance(dialog, ProposalsDialog)
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 5, timeout=10_000)
    assert dialog.selected() is dialog.proposals[0]
    first = dialog.proposals[0]
    assert clinic.time.local_date(first.start) >= date(2026, 11, 23) + timedelta(days=84)
    with qtbot.waitSignal(dialog.booked, timeout=10_000):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert booked(clinic, CARL) == [first.start]


def test_the_main_window_refreshes_proposals_after_start(  # type: ignore[no-untyped-def]
    qtbot, clinic, qsettings: QSettings, monkeypatch
) -> None:
    monkeypatch.setattr(main_window_module, "FOLLOWUPS_FIRST_MS", 10)
    window = MainWindow(clinic, UiSettings(qsettings))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.recalls.proposals_refreshed, timeout=20_000):
        window.show()
    assert window.statusBar().currentMessage() == "Follow-up proposals updated (3 patients)"
    window.show_view("recalls")
    qtbot.waitUntil(lambda: window.recalls.model.rowCount() == 3, timeout=10_000)
    qtbot.waitUntil(lambda: all(r.proposed for r in window.recalls.shown_rows()), timeout=10_000)
    window.remember = False
    window.close()


def test_a_quiet_window_does_not_start_the_refresh(qtbot, clinic, qsettings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(main_window_module, "FOLLOWUPS_FIRST_MS", 10)
    window = MainWindow(clinic, UiSettings(qsettings))
    window.quiet = True
    qtbot.addWidget(window)
    window.show()
    first = window.jobs.timer("followups-refresh", first=True)
    qtbot.waitUntil(lambda: first is not None and not first.isActive(), timeout=5_000)  # it fired
    assert not window.recalls.refreshing
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=10_000)
    window.remember = False
    window.close()


def test_the_hint_names_the_keys_the_actions_really_have(view: RecallsView) -> None:  # type: ignore[no-untyped-def]
    for key in ("contact", "snooze"):
        shortcut = view.actions_[key].shortcut().toString()
        assert shortcut and shortcut in view.hint.text(), (key, shortcut)


def test_a_patient_not_to_rebook_is_marked_and_enter_says_why_before_a_review_is_booked(  # type: ignore[no-untyped-def]
    qtbot, view: RecallsView, clinic
) -> None:
    """Maria's consent has lapsed: her row is marked; Enter says why and books nothing; Ctrl+Shift+R
    books the clinic's review instead, and the row leaves the list."""
    clinic.resources.add_type("Review", 15)
    clinic.patients.add_consent(MARIA, "toxin treatment", "2025-01-10", "2026-01-10")
    refresh_proposals(qtbot, view)
    assert cell(view, MARIA, PATIENT) == "⚠ Maria Núñez" and cell(view, TOM, PATIENT) == "Tom Baker"
    tip = view.model.index(names(view).index("Maria Núñez"), PATIENT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(CONSENT_LAPSED)
    view.select_patient(MARIA)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.status.text().startswith(f"Maria Núñez: {CONSENT_LAPSED}. Ctrl+Shift+R books a review")
    assert booked(clinic, MARIA) == []
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    reload(qtbot, view, lambda: qtbot.keyClick(view.table, Qt.Key.Key_R, shift_ctrl))
    [review] = clinic.appointments.for_patient(MARIA)
    assert (review.type_name, review.provider_name) == ("Review", "Dr Lind")
    assert "Maria Núñez" not in names(view) and view.status.text().startswith("Booked a review for Maria")


def test_enter_twice_books_the_treatment_anyway(qtbot, view: RecallsView, clinic) -> None:  # type: ignore[no-untyped-def]
    clinic.patients.add_consent(INES, "toxin treatment", "2025-01-10", "2026-01-10")
    refresh_proposals(qtbot, view)
    proposed = row_of(view, INES).proposed
    assert proposed is not None
    view.select_patient(INES)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert booked(clinic, INES) == []
    reload(qtbot, view, lambda: qtbot.keyClick(view.table, Qt.Key.Key_Return))
    assert booked(clinic, INES) == [proposed.start]


def test_enter_on_a_proposal_become_too_early_asks_why_and_books_with_the_reason(  # type: ignore[no-untyped-def]
    qtbot, view: RecallsView, clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The kept proposal was made before another desk booked Ines a treatment two days after it: the
    booking is refused with an OverrideRequiredError, the view asks why and books with the reason."""
    refresh_proposals(qtbot, view)
    proposed = row_of(view, INES).proposed
    assert proposed is not None
    other = clinic.appointments.book(
        BookingRequest(
            INES, BROOKS, "Migraine treatment", proposed.start + timedelta(days=2), override_reason="desk 2"
        )
    ).appointments[0]
    asked: list[str] = []
    monkeypatch.setattr(
        view, "ask_override_reason", lambda error: asked.append(error.message) or "top-up agreed"
    )
    view.select_patient(INES)
    view.table.setFocus()
    reload(qtbot, view, lambda: qtbot.keyClick(view.table, Qt.Key.Key_Return))
    assert len(asked) == 1 and "Ines Ortega has a toxin treatment booked on" in asked[0]
    assert sorted(booked(clinic, INES)) == [proposed.start, other.start]
    reasons = clinic.store.patient_record.appointment_details(INES)
    assert sorted(d.override_reason for d in reasons.values()) == ["desk 2", "top-up agreed"]


def test_a_new_session_clears_the_filters_without_a_reload_each(qtbot, view: RecallsView) -> None:  # type: ignore[no-untyped-def]
    reload(qtbot, view, lambda: view.snoozed.setChecked(True))
    reload(qtbot, view, lambda: view.indication.setCurrentIndex(view.indication.findData(MIGRAINE.value)))
    view.search.setText("Tom")
    view.select_patient(TOM)
    reloads: list[int] = []
    view.loaded.connect(reloads.append)
    view.reset_session()  # what the main window asks of every view when someone else signs in
    assert view.search.text() == "" and not view.snoozed.isChecked() and not view.lapsed.isChecked()
    assert view.provider.currentIndex() == 0 and view.indication.currentIndex() == 0
    assert view.table.selectionModel().selectedRows() == []
    assert reloads == [len(view.shown_rows())]  # once, for the name filter cleared; no query per filter
    reload(qtbot, view, view.refresh)
    assert names(view) == ["Ines Ortega", "Maria Núñez", "Tom Baker"]
