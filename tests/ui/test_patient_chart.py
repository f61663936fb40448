from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from clinic_desktop.domain.patients import ContactMethod
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.models.patient_list_model import alert_colour
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.views.patient_chart import (
    CHART_TABS,
    AppointmentsPage,
    ChartPage,
    ConsentsPage,
    ContactLogPage,
    OverviewPage,
    PatientChartWindow,
    TextTableModel,
)


@pytest.fixture
def patient(demo_services: ClinicServices) -> int:
    """A patient with everything that must be seen before an injection."""
    patients = demo_services.patients
    created = patients.add(
        PatientInput(
            "Maria",
            "Núñez",
            "1968-05-14",
            preferred_name="Mia",
            sex="female",
            phone="212 555 0147",
            email="mia@example.com",
            preferred_contact="sms",
            preferred_times="mornings",
            emergency_contact="Luis Núñez, +1 212 555 0199",
            referring_physician="Dr Ortiz",
        )
    ).record
    patients.add_condition(created.id, "chronic_migraine")
    patients.add_allergy(created.id, "Lidocaine", "hives", "moderate")
    patients.add_medication(created.id, "Apixaban", "5 mg twice daily", anticoagulant=True)
    patients.add_consent(created.id, "Botulinum toxin treatment", "2024-01-10", "2025-01-10")
    return created.id


@pytest.fixture
def opener(qtbot, demo_services: ClinicServices) -> Iterator[Callable[[int], PatientChartWindow]]:  # type: ignore[no-untyped-def]
    operations = Operations(demo_services.end_thread)
    failures: list[str] = []
    operations.failed.connect(failures.append)

    def open_chart(patient_id: int) -> PatientChartWindow:
        window = PatientChartWindow(demo_services, operations, patient_id)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.loaded, timeout=10_000):
            window.show()
        return window

    yield open_chart
    operations.wait()
    assert failures == []


def page(window: PatientChartWindow, key: str) -> QWidget:
    return window.pages[key]


def test_the_header_shows_who_and_what_must_be_seen(opener, patient: int) -> None:  # type: ignore[no-untyped-def]
    window = opener(patient)
    assert window.name.text() == "Maria (Mia) Núñez"
    assert "58 years" in window.details.text() and "Female" in window.details.text()
    assert "Born 1968-05-14" in window.details.text()
    assert "MRN M" in window.details.text()
    assert "(212) 555-0147" in window.contact.text() and "prefers SMS" in window.contact.text()
    alerts = window.alert_texts
    assert any("Allergy: Lidocaine" in a for a in alerts)
    assert any("Anticoagulant" in a for a in alerts)
    assert any("Consent expired: Botulinum toxin treatment (2025-01-10)" in a for a in alerts)
    assert "Núñez, Maria" in window.windowTitle()


def test_a_patient_without_alerts_says_none_are_on_record(opener, demo_services: ClinicServices) -> None:  # type: ignore[no-untyped-def]
    window = opener(demo_services.patients.list_ids()[0])
    assert window.alert_texts == []
    assert "No allergy" in window.chip_labels[0].text()


def test_tabs_are_declared_once_and_every_one_shows_the_chart(opener, patient: int) -> None:  # type: ignore[no-untyped-def]
    window = opener(patient)
    assert [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())] == [
        "Overview",
        "Appointments",
        "Treatments",
        "Outcomes",
        "Consents",
        "Contact log",
        "Weight",
    ]
    assert [t.key for t in CHART_TABS] == list(window.pages)
    for widget in window.pages.values():
        assert callable(getattr(widget, "show_chart", None))
    from clinic_desktop.ui.views.chart_treatments import TreatmentsPage

    assert isinstance(page(window, "treatments"), TreatmentsPage)


def test_overview_shows_identity_contact_and_clinical_summary(opener, patient: int) -> None:  # type: ignore[no-untyped-def]
    window = opener(patient)
    overview = page(window, "overview")
    assert isinstance(overview, OverviewPage)
    assert overview.fields["phone"].text() == "(212) 555-0147"
    assert overview.fields["email"].text() == "mia@example.com"
    assert overview.fields["preferred"].text() == "SMS, mornings"
    assert overview.fields["referrer"].text() == "Dr Ortiz"
    assert overview.fields["address"].text() == "—"
    assert "Chronic migraine" in overview.conditions.text() and "G43.7" in overview.conditions.text()
    assert "Lidocaine" in overview.allergies.text() and "hives" in overview.allergies.text()
    assert "Apixaban" in overview.medications.text() and "anticoagulant" in overview.medications.text()


def test_appointments_are_listed_past_and_upcoming_in_local_time(  # type: ignore[no-untyped-def]
    opener, demo_services: ClinicServices
) -> None:
    schedule = demo_services.schedule.day(demo_services.schedule.today()).entries
    entry = schedule[0]
    chart = demo_services.patients.chart(entry.appointment.patient_id)
    window = opener(entry.appointment.patient_id)
    appointments = page(window, "appointments")
    assert isinstance(appointments, AppointmentsPage)
    assert appointments.upcoming_model.rowCount() == len(chart.upcoming)
    assert appointments.past_model.rowCount() == len(chart.past)
    local = demo_services.time.to_local(entry.appointment.start)
    model = appointments.upcoming_model if entry in chart.upcoming else appointments.past_model
    rows = [
        [model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())
    ]
    assert (f"{local:%a %Y-%m-%d}", f"{local:%H:%M}–") in [(row[0], row[1][:6]) for row in rows]
    assert entry.provider_name in {row[2] for row in rows}


def test_consents_show_the_expired_one_in_red(opener, patient: int) -> None:  # type: ignore[no-untyped-def]
    window = opener(patient)
    consents = page(window, "consents")
    assert isinstance(consents, ConsentsPage)
    model = consents.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 3)) == "Expired"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole).color() == alert_colour()
    assert "1 expired" in consents.summary.text()


def test_a_renewed_consent_is_no_longer_an_alert(  # type: ignore[no-untyped-def]
    opener, patient: int, demo_services: ClinicServices
) -> None:
    demo_services.patients.add_consent(patient, "Botulinum toxin treatment", "2025-01-05", "2027-01-05")
    window = opener(patient)
    assert not any("Consent expired" in a for a in window.alert_texts)
    consents = page(window, "consents")
    assert isinstance(consents, ConsentsPage)
    model = consents.model
    assert [model.data(model.index(r, 3)) for r in range(2)] == ["Valid", "Expired, renewed since"]
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole).color() != alert_colour()
    assert "expired" not in consents.summary.text()


def test_adding_a_consent_through_the_chart_is_saved(  # type: ignore[no-untyped-def]
    opener, qtbot, patient: int, demo_services: ClinicServices
) -> None:
    window = opener(patient)
    consents = page(window, "consents")
    assert isinstance(consents, ConsentsPage)
    window.tabs.setCurrentWidget(consents)
    assert consents.form.isHidden()
    qtbot.mouseClick(consents.add_button, Qt.MouseButton.LeftButton)
    assert not consents.form.isHidden()
    consents.kind.setCurrentText("Photography")
    consents.signed.setDate(QDate(2026, 11, 2))
    consents.expires.setDate(QDate(2027, 11, 2))
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.mouseClick(consents.save_button, Qt.MouseButton.LeftButton)
    saved = demo_services.patients.chart(patient).summary.consents
    assert [(c.kind, f"{c.signed_on}", f"{c.expires_on}") for c in saved][-1] == (
        "Photography",
        "2026-11-02",
        "2027-11-02",
    )
    assert consents.model.rowCount() == 2
    assert consents.form.isHidden()
    assert "added" in consents.message.text()


def test_a_refused_consent_says_why_and_saves_nothing(  # type: ignore[no-untyped-def]
    opener, qtbot, patient: int, demo_services: ClinicServices
) -> None:
    window = opener(patient)
    consents = page(window, "consents")
    assert isinstance(consents, ConsentsPage)
    consents.open_form()
    consents.kind.setCurrentText("Photography")
    consents.signed.setDate(QDate(2026, 11, 2))
    consents.expires.setDate(QDate(2026, 10, 1))
    consents.save()
    qtbot.waitUntil(lambda: consents.message.isVisibleTo(consents), timeout=10_000)
    assert consents.message.text() == "A consent must expire after the day it was signed."
    assert len(demo_services.patients.chart(patient).summary.consents) == 1
    assert not consents.form.isHidden()  # what was typed is still there to correct


def test_logging_a_contact_through_the_chart_is_saved(  # type: ignore[no-untyped-def]
    opener, qtbot, patient: int, demo_services: ClinicServices
) -> None:
    window = opener(patient)
    contacts = page(window, "contacts")
    assert isinstance(contacts, ContactLogPage)
    window.tabs.setCurrentWidget(contacts)
    contacts.method.setCurrentIndex(contacts.method.findData("sms"))
    qtbot.keyClicks(contacts.note, "Reminded of the consent renewal")
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.keyClick(contacts.note, Qt.Key.Key_Return)
    logged = demo_services.patients.chart(patient).contacts
    assert [(e.method, e.note) for e in logged] == [(ContactMethod.SMS, "Reminded of the consent renewal")]
    assert contacts.model.rowCount() == 1
    assert contacts.model.data(contacts.model.index(0, 0)) == "2026-11-23 10:00"  # clinic-local
    assert contacts.note.text() == ""
    qtbot.keyClick(contacts.note, Qt.Key.Key_Return)  # an empty note is refused, not saved
    qtbot.waitUntil(lambda: contacts.message.text() == "Write what was said or sent.", timeout=10_000)
    assert len(demo_services.patients.chart(patient).contacts) == 1


def test_escape_closes_the_chart(opener, qtbot, patient: int) -> None:  # type: ignore[no-untyped-def]
    window = opener(patient)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.closed) as closed:
        qtbot.keyClick(window.tabs, Qt.Key.Key_Escape)
    assert closed.args == [patient]
    assert not window.isVisible()
    shortcuts = {s.toString() for s in window.close_action.shortcuts()}
    assert shortcuts == {"Ctrl+W", "Esc"}


def test_the_chart_pages_accept_later_tabs(opener, patient: int) -> None:  # type: ignore[no-untyped-def]
    """A later feature is one ChartTab: its page gets the chart like every other."""
    window = opener(patient)
    assert all(isinstance(w, ChartPage) for w in window.pages.values())
    overview = page(window, "overview")
    assert isinstance(overview, ChartPage) and overview.patient_id == patient


def test_the_table_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = TextTableModel(("A", "B"))
    model.set_rows([["1", "2"], ["3", "4"]], alerts={0}, muted={1})
    qtmodeltester.check(model)


def test_the_main_window_opens_the_chart_from_the_list(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.patients.loaded, timeout=10_000):
        window.show_view("patients")
    view = window.patients
    first = view.model.ids[0]
    view.table.setCurrentIndex(view.model.index(0, 1))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    chart = window.charts[first]
    qtbot.waitUntil(lambda: chart.chart is not None, timeout=10_000)
    assert chart.chart is not None and chart.chart.record.id == first
    assert chart.isVisible()


def test_closing_the_chart_while_saving_keeps_the_write_and_raises_nothing(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, patient: int
) -> None:
    chart = window.open_chart(patient)
    qtbot.waitUntil(lambda: chart.chart is not None, timeout=10_000)
    contacts = chart.pages["contacts"]
    assert isinstance(contacts, ContactLogPage)
    contacts.note.setText("Called back about the bill")
    contacts.save()
    chart.close()  # deleted on close, before the save comes back
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=10_000)
    assert window.charts == {}
    logged = window.services.patients.chart(patient).contacts
    assert [e.note for e in logged] == ["Called back about the bill"]
