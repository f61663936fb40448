"""The patient chart follows the signed-in role: reception sees who the patient is, their
appointments, consents and contacts but no clinical tab, summary or clinical alert; a manager reads
the clinical tabs without the buttons that chart; a provider charts. Every opening of a chart is
written to the audit trail; the chart reading itself again after a write is not an opening."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.users import Session
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.ui.dialogs.patient_form import PatientFormDialog
from clinic_desktop.ui.models.patient_list_model import ALERTS, EXPIRED
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.views.chart_outcomes import OutcomesPage
from clinic_desktop.ui.views.chart_treatments import TreatmentsPage
from clinic_desktop.ui.views.patient_chart import ContactLogPage, OverviewPage, PatientChartWindow
from clinic_desktop.ui.views.patients_view import PatientsView

PASSWORD = "correct horse"
TIMEOUT = 10_000
CLINICAL_TABS = ["Overview", "Appointments", "Treatments", "Outcomes", "Consents", "Contact log", "Weight"]
FRONT_DESK_TABS = ["Overview", "Appointments", "Consents", "Contact log", "Weight"]  # the desk weighs too


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    """One user per role (Beth manager, Carl provider, Ana reception) and Maria, who is allergic,
    anticoagulated and whose treatment consent has lapsed. Nobody is signed in yet (SYSTEM)."""
    users = services.users
    users.create_first_manager("Beth", PASSWORD)
    users.add("Carl", Role.PROVIDER, PASSWORD, services.resources.add_provider("Dr Carl Berg").id)
    users.add("Ana", Role.RECEPTION, PASSWORD)
    patients = services.patients
    maria = patients.add(PatientInput("Maria", "Núñez", "1968-05-14", anticoagulant=True)).record
    patients.add_condition(maria.id, "chronic_migraine")
    patients.add_allergy(maria.id, "Lidocaine", "hives", "moderate")
    patients.add_consent(maria.id, "Botulinum toxin treatment", "2024-01-10", "2025-01-10")
    return services


@pytest.fixture
def opener(qtbot: QtBot, clinic: ClinicServices) -> Iterator[Callable[[str], PatientChartWindow]]:
    operations = Operations(clinic.end_thread)
    failures: list[str] = []
    operations.failed.connect(failures.append)

    def open_as(user: str) -> PatientChartWindow:
        clinic.users.sign_in(user, PASSWORD)
        window = PatientChartWindow(clinic, operations, 1)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.loaded, timeout=TIMEOUT):
            window.show()
        return window

    yield open_as
    operations.wait()
    assert failures == []


def tab_titles(window: PatientChartWindow) -> list[str]:
    return [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]


def openings(clinic: ClinicServices) -> list[tuple[str, int | None]]:
    """Who opened which chart, oldest first (read as the manager, whose the trail is)."""
    session = clinic.session
    clinic.session = Session("Beth", Role.MANAGER, clinic.users.by_name("Beth").id)
    try:
        return [(e.user, e.patient_id) for e in reversed(clinic.audit.entries()) if e.action == "open"]
    finally:
        clinic.session = session


def test_opening_a_chart_is_written_to_the_audit_trail(qtbot: QtBot, opener, clinic: ClinicServices) -> None:
    window = opener("Carl")
    assert openings(clinic) == [("Carl", 1)]
    with qtbot.waitSignal(window.loaded, timeout=TIMEOUT):
        window.reload()  # the window brought to the front again: another opening
    assert openings(clinic) == [("Carl", 1), ("Carl", 1)]


def test_reading_the_chart_again_after_a_write_is_not_an_opening(
    qtbot: QtBot, opener, clinic: ClinicServices
) -> None:
    window = opener("Ana")
    contacts = window.pages["contacts"]
    assert isinstance(contacts, ContactLogPage)
    contacts.note.setText("Left a message about the recall")
    with qtbot.waitSignal(window.loaded, timeout=TIMEOUT):
        contacts.save_button.click()
    assert contacts.model.rowCount() == 1
    assert openings(clinic) == [("Ana", 1)]


def test_reception_sees_no_clinical_tab_summary_or_alert(opener) -> None:
    window = opener("Ana")
    assert tab_titles(window) == FRONT_DESK_TABS
    assert "treatments" not in window.pages and "outcomes" not in window.pages
    overview = window.pages["overview"]
    assert isinstance(overview, OverviewPage)
    assert overview.clinical.isHidden() and not overview.clinical_note.isHidden()
    assert "Lidocaine" not in overview.allergies.text()  # never filled in
    assert window.alert_texts == ["⚠ Consent expired: Botulinum toxin treatment (2025-01-10)"]
    assert window.edit_button.isEnabled()  # correcting details is the front desk's work


def test_the_manager_reads_the_clinical_tabs_but_cannot_chart(opener) -> None:
    window = opener("Beth")
    assert tab_titles(window) == CLINICAL_TABS
    overview = window.pages["overview"]
    assert isinstance(overview, OverviewPage) and not overview.clinical.isHidden()
    assert overview.clinical_note.isHidden()
    assert "Lidocaine" in overview.allergies.text()
    assert any("Allergy: Lidocaine" in a for a in window.alert_texts)
    assert any("Anticoagulant" in a for a in window.alert_texts)
    treatments = window.pages["treatments"]
    assert isinstance(treatments, TreatmentsPage)
    for button in treatments.write_buttons:
        assert button.isHidden() and not button.isEnabled()
    assert not treatments.print_button.isHidden()
    assert treatments.summary.text() == "No treatments charted yet."
    treatments.chart_treatment()  # Ctrl+T: nothing opens
    assert treatments.dialog is None
    outcomes = window.pages["outcomes"]
    assert isinstance(outcomes, OutcomesPage) and outcomes.record_form.isHidden()


def test_a_provider_charts(opener) -> None:
    window = opener("Carl")
    assert tab_titles(window) == CLINICAL_TABS
    treatments = window.pages["treatments"]
    assert isinstance(treatments, TreatmentsPage)
    assert not treatments.chart_button.isHidden() and treatments.chart_button.isEnabled()
    assert "Chart one with Ctrl+T" in treatments.summary.text()
    outcomes = window.pages["outcomes"]
    assert isinstance(outcomes, OutcomesPage) and not outcomes.record_form.isHidden()


def test_the_patient_form_keeps_clinical_flags_from_reception(qtbot: QtBot, clinic: ClinicServices) -> None:
    operations = Operations(clinic.end_thread)
    clinic.users.sign_in("Ana", PASSWORD)
    record = clinic.patients.get(1)
    form = PatientFormDialog(clinic, operations, record)
    qtbot.addWidget(form)
    form.show()
    assert form.anticoagulant.isHidden() and form.edits["bleeding_risk"].isHidden()
    form.edits["phone"].setText("212 555 0101")
    with qtbot.waitSignal(form.saved, timeout=TIMEOUT):
        form.submit()
    operations.wait()
    assert clinic.patients.get(1).phone == "+12125550101"
    clinic.users.sign_in("Beth", PASSWORD)
    saved = clinic.patients.get(1)
    assert saved.phone == "+12125550101" and saved.anticoagulant  # the hidden flag was kept

    manager_form = PatientFormDialog(clinic, operations, saved)
    qtbot.addWidget(manager_form)
    manager_form.show()
    assert not manager_form.anticoagulant.isHidden() and not manager_form.anticoagulant.isEnabled()
    clinic.users.sign_in("Carl", PASSWORD)
    provider_form = PatientFormDialog(clinic, operations, saved)
    qtbot.addWidget(provider_form)
    assert provider_form.anticoagulant.isEnabled()


@pytest.mark.parametrize(("user", "alerts"), [("Ana", EXPIRED), ("Carl", f"{EXPIRED} · Anticoagulant")])
def test_the_patient_list_shows_the_anticoagulant_flag_only_to_who_reads_the_chart(
    qtbot: QtBot, clinic: ClinicServices, user: str, alerts: str
) -> None:
    operations = Operations(clinic.end_thread)
    clinic.users.sign_in(user, PASSWORD)
    view = PatientsView(clinic, operations)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        view.refresh()
    row = view.model.row_of(1)
    view.model.data(view.model.index(row, ALERTS))  # asks for the row's page
    qtbot.waitUntil(lambda: view.model.record(row) is not None, timeout=TIMEOUT)
    assert view.model.data(view.model.index(row, ALERTS)) == alerts
    operations.wait()


def test_a_provider_exports_the_patients_record_from_the_chart_and_reception_cannot(opener) -> None:
    reception = opener("Ana")
    assert reception.export_button.isHidden()  # health records leave the clinic: not the front desk's
    reception.close()
    window = opener("Carl")
    assert not window.export_button.isHidden() and window.export_button.isEnabled()
    window.export_button.click()
    dialog = window.export_dialog
    assert dialog.kind.key == "patient"
    assert window.chart is not None and dialog.patient_edit.text() == window.chart.record.mrn
    dialog.close()
