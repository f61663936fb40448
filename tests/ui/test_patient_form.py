"""The New patient form: refusals shown in place, duplicates offered before a second record."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.ui.dialogs.patient_form import DuplicatesDialog, PatientFormDialog
from clinic_desktop.ui.operations import Operations


def form(qtbot, services: ClinicServices, record=None) -> PatientFormDialog:  # type: ignore[no-untyped-def]
    operations = Operations(services.end_thread)
    dialog = PatientFormDialog(services, operations, record)
    dialog._keep = operations  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(dialog: PatientFormDialog, **values: str) -> None:
    for key, value in values.items():
        dialog.edits[key].setText(value)


def test_refusal_is_shown_and_nothing_saved(qtbot, services: ClinicServices) -> None:  # type: ignore[no-untyped-def]
    dialog = form(qtbot, services)
    fill(dialog, given_name="Ines", family_name="Ortega", date_of_birth="31/02/1980")
    dialog.submit()
    qtbot.waitUntil(lambda: "not a date of birth" in dialog.error.text(), timeout=5000)
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert services.store.patient_count() == 0


def test_new_patient_is_saved(qtbot, services: ClinicServices) -> None:  # type: ignore[no-untyped-def]
    dialog = form(qtbot, services)
    fill(dialog, given_name="Ines", family_name="Ortega", date_of_birth="1980-04-02", phone="+43 664 1234567")
    dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.submit()
    record = saved.args[0]
    assert record.mrn.startswith("M") and record.phone == "+436641234567" and record.sex == "female"


def test_duplicate_is_offered_and_can_be_opened(qtbot, services: ClinicServices) -> None:  # type: ignore[no-untyped-def]
    existing = services.patients.add(PatientInput("Ines", "Ortega", "1980-04-02")).record
    dialog = form(qtbot, services)
    fill(dialog, given_name="Inés", family_name="Ortega", date_of_birth="1980-04-02")

    def choose_open() -> None:
        box = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, DuplicatesDialog) and w.isVisible()
        )
        assert existing.mrn in box.list.item(0).text()
        box.open_button.click()

    QTimer.singleShot(100, choose_open)
    with qtbot.waitSignal(dialog.open_existing, timeout=5000) as opened:
        dialog.submit()
    assert opened.args == [existing.id]
    assert services.store.patient_count() == 1


def test_editing_keeps_the_record(qtbot, services: ClinicServices) -> None:  # type: ignore[no-untyped-def]
    record = services.patients.add(PatientInput("Ines", "Ortega", "1980-04-02", email="i@example.com")).record
    dialog = form(qtbot, services, record)
    assert dialog.edits["email"].text() == "i@example.com"
    fill(dialog, preferred_name="Nessa")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.submit()
    assert services.patients.get(record.id).preferred_name == "Nessa"
    assert services.store.patient_count() == 1
