"""A child's dose by weight in the window (issue 21): the charting dialog starts from the template by
weight and shows units per kilogram live as units are typed into the sites (red over the label's
limit, with the override it needs), says to weigh first when no recent weight is on record; the
chart's Weight tab records pounds as kilograms; the patient form takes a weight; the treatment's
record shows its units per kilogram."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.safety import Level, Rule
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.ui.dialogs.patient_form import PatientFormDialog
from clinic_desktop.ui.dialogs.treatment import UNITS, TreatmentDialog
from clinic_desktop.ui.models.patient_list_model import alert_colour
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.views.chart_treatments import TreatmentsPage
from clinic_desktop.ui.views.chart_weights import WeightsPage
from clinic_desktop.ui.views.patient_chart import PatientChartWindow

ONA = Product.ONABOTULINUMTOXINA
UPPER = "Upper limb spasticity, paediatric (per kg)"


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    """Maya, 7, with upper limb spasticity (patient 1); now is 23 Nov 2026, New York."""
    services.clinic.set_setting("timezone", "America/New_York")
    services.resources.add_provider("Dr Lind")
    maya = services.patients.add(PatientInput("Maya", "Reyes", "2019-05-02")).record
    services.patients.add_condition(maya.id, "upper_limb_spasticity")
    services.treatments.add_lot(ONA, "C1", date(2027, 6, 30), 20)
    return services


@pytest.fixture
def operations(clinic: ClinicServices) -> Iterator[Operations]:
    ops = Operations(clinic.end_thread)
    failures: list[str] = []
    ops.failed.connect(failures.append)
    yield ops
    ops.wait()
    assert failures == []


def open_dialog(qtbot, clinic: ClinicServices, operations: Operations) -> TreatmentDialog:  # type: ignore[no-untyped-def]
    dialog = TreatmentDialog(clinic, operations, 1)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def type_units(qtbot, dialog: TreatmentDialog, row: int, units: str) -> None:  # type: ignore[no-untyped-def]
    """Keys only: to the cell, F2 to edit, the digits, Return."""
    table = dialog.sites.table
    table.setFocus(Qt.FocusReason.OtherFocusReason)
    table.setCurrentCell(row, UNITS)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, units)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_units_per_kg_are_shown_live_as_units_are_typed_into_the_sites(qtbot, clinic, operations) -> None:  # type: ignore[no-untyped-def]
    clinic.patients.add_weight(1, "20")
    dialog = open_dialog(qtbot, clinic, operations)
    assert dialog.protocol.currentData() == UPPER  # a child: the template by weight is chosen
    assert "120 U at 20 kg" in dialog.protocol.currentText()
    assert dialog.sites.total.text() == "Total 120 U · 16 injection points"
    label = dialog.per_kg
    assert label.isVisible()
    assert label.text().startswith("6 U/kg at 20 kg (weighed ")
    assert "a child's limit here: 120 U (6 Units/kg or 200 Units, whichever is lower)" in label.text()
    assert alert_colour().name() not in label.styleSheet()

    type_units(qtbot, dialog, 0, "31")  # biceps 30 U -> 31 U: 121 U
    qtbot.waitUntil(lambda: "6.05 U/kg at 20 kg" in label.text(), timeout=5_000)
    assert dialog.sites.total.text() == "Total 121 U · 16 injection points"
    assert alert_colour().name() in label.styleSheet()  # over the limit: red
    qtbot.waitUntil(lambda: dialog.findings.needs_reason, timeout=10_000)
    assert [f.rule for f in dialog.findings.findings if f.level is Level.OVERRIDE] == [Rule.PAEDIATRIC_DOSE]

    type_units(qtbot, dialog, 2, "5")  # brachioradialis 10 U -> 5 U: 116 U
    qtbot.waitUntil(lambda: label.text().startswith("5.8 U/kg at 20 kg"), timeout=5_000)
    assert alert_colour().name() not in label.styleSheet()
    qtbot.waitUntil(lambda: not dialog.findings.needs_reason, timeout=10_000)
    qtbot.keyClick(dialog.consent, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.recorded, timeout=10_000):
        qtbot.keyClick(dialog.consent, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (saved,) = clinic.treatments.for_patient(1)
    assert (saved.total_units, saved.weight_kg, saved.protocol) == (Decimal(116), Decimal(20), UPPER)


def test_without_a_recent_weight_the_dialog_says_to_weigh_first_and_cannot_sign(
    qtbot, clinic, operations
) -> None:  # type: ignore[no-untyped-def]
    clinic.patients.add_weight(1, "20", "2026-08-01")  # 114 days old
    dialog = open_dialog(qtbot, clinic, operations)
    assert "needs a recent weight" in dialog.protocol.currentText()
    assert dialog.per_kg.isVisible() and "Under 18: doses are set by weight" in dialog.per_kg.text()
    assert "record the patient's weight" in dialog.message.text()  # the template cannot fill itself
    dialog.sites.add_site("biceps brachii", Side.LEFT, Decimal(40), 2)
    qtbot.waitUntil(lambda: dialog.findings.refused, timeout=10_000)
    assert [f.rule for f in dialog.findings.findings] == [Rule.PAEDIATRIC_WEIGHT]
    assert not dialog.sign_button.isEnabled()


def test_the_weight_tab_records_pounds_as_kilograms_and_the_header_shows_the_newest(
    qtbot, clinic, operations
) -> None:  # type: ignore[no-untyped-def]
    chart = PatientChartWindow(clinic, operations, 1)
    qtbot.addWidget(chart)
    chart.show()
    qtbot.waitUntil(lambda: "weight" in chart.pages, timeout=10_000)
    page = chart.pages["weight"]
    assert isinstance(page, WeightsPage)
    chart.tabs.setCurrentWidget(page)
    assert "No weight recorded yet. Under 18" in page.summary.text()
    page.unit.setCurrentIndex(page.unit.findData("lb"))
    qtbot.keyClicks(page.value, "44")
    with qtbot.waitSignal(chart.loaded, timeout=10_000):
        qtbot.keyClick(page.value, Qt.Key.Key_Return)
    (weight,) = clinic.patients.weights(1)
    assert weight.kg == Decimal("19.96") and weight.on == date(2026, 11, 23)
    assert page.model.rowCount() == 1 and page.model.index(0, 1).data() == "19.96 kg"
    assert "19.96 kg" in chart.details.text()
    qtbot.keyClicks(page.value, "9000")  # nonsense is refused in words, nothing written
    qtbot.keyClick(page.value, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.isVisible() and "not a weight a person has" in page.message.text())
    assert len(clinic.patients.weights(1)) == 1


def test_the_patient_form_takes_a_weight_and_refuses_a_wrong_one_before_saving(
    qtbot, clinic, operations
) -> None:  # type: ignore[no-untyped-def]
    form = PatientFormDialog(clinic, operations)
    qtbot.addWidget(form)
    for key, text in (("given_name", "Noah"), ("family_name", "Berg"), ("date_of_birth", "2019-03-14")):
        qtbot.keyClicks(form.edits[key], text)
    form.weight_unit.setCurrentIndex(form.weight_unit.findData("kg"))
    qtbot.keyClicks(form.weight, "1000")
    form.submit()
    qtbot.waitUntil(lambda: "not a weight a person has" in form.error.text(), timeout=10_000)
    assert clinic.patients.search("Berg") == []  # nothing saved
    form.weight.clear()
    qtbot.keyClicks(form.weight, "19.5")
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        form.submit()
    record = saved.args[0]
    assert [(w.kg, w.on) for w in clinic.patients.weights(record.id)] == [
        (Decimal("19.50"), date(2026, 11, 23))
    ]


def test_the_treatment_record_shows_its_units_per_kg(qtbot, clinic, operations) -> None:  # type: ignore[no-untyped-def]
    clinic.patients.add_weight(1, "20")
    template = clinic.treatments.protocol_for(UPPER, 1)
    at = clinic.time.parse_local("2026-11-23T09:00")
    clinic.treatments.record(
        TreatmentDraft(1, 1, at, Indication.UPPER_LIMB_SPASTICITY, ONA, "C1", template.sites, UPPER)
    )
    chart = PatientChartWindow(clinic, operations, 1)
    qtbot.addWidget(chart)
    with qtbot.waitSignal(chart.loaded, timeout=10_000):  # every tab filled, the treatment's detail too
        chart.show()
    page = chart.pages["treatments"]
    assert isinstance(page, TreatmentsPage)
    assert page.model.index(0, 5).data() == "120 U · 6 U/kg at 20 kg"
    assert "<b>6 U/kg at 20 kg</b>" in page.detail.text()
    (treatment,) = page.treatments
    assert f"{UPPER}, 120 U (6 U/kg at 20 kg) onabotulinumtoxinA, lot C1" in page.map_heading(treatment)
