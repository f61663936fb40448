"""The import window: file, column choices, preview off the GUI thread, import, report."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patient_csv import ImportReport
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.ui.dialogs.import_patients import ImportPatientsDialog
from clinic_desktop.ui.operations import Operations

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def dialog(qtbot: QtBot, services: ClinicServices) -> Iterator[ImportPatientsDialog]:
    services.patients.add(PatientInput("Ines", "Ortega", "1972-05-10", phone="+12125550100"))
    services.patients.add(PatientInput("Tomás", "Novak", "1968-11-30"))
    operations = Operations(services.end_thread)
    window = ImportPatientsDialog(services, operations)
    qtbot.addWidget(window)
    window.show()
    yield window
    operations.wait()


def result_column(window: ImportPatientsDialog) -> dict[str, str]:
    table = window.preview_table
    return {table.item(r, 0).text(): table.item(r, 3).text() for r in range(table.rowCount())}


def test_preview_import_and_report(
    qtbot: QtBot, dialog: ImportPatientsDialog, services: ClinicServices
) -> None:
    assert not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.load_file(FIXTURES / "messy_patients.csv")
    qtbot.waitUntil(lambda: dialog.preview_table.rowCount() == 13, timeout=10_000)

    # the columns were matched by their headers; the unknown one is left out
    assert dialog.combos["given_name"].currentText() == "given_name"
    assert dialog.combos["phone_alt"].currentText() == "(not imported)"
    assert dialog.mapping()["family_name"] == 2

    results = result_column(dialog)
    assert results["2"] == "OK"
    assert results["5"] == "The family name is missing."
    assert "is not a date of birth" in results["6"]
    assert results["11"] == "OK: updates M0000001"
    assert results["12"].startswith("OK (Possibly the same person as M0000002")
    row = [dialog.preview_table.item(r, 0).text() for r in range(13)].index("2")
    assert dialog.preview_table.item(row, 1).text() == "Zoë Ångström"
    assert "4 would be new, 1 would be updated, 8 rejected" in dialog.preview_summary.text()
    assert services.store.patient_count() == 2  # the preview wrote nothing
    assert dialog.import_button.isEnabled() and dialog.import_button.isDefault()

    shown: list[str] = []  # the status line as each progress message left it
    dialog.progress.connect(lambda _: shown.append(dialog.status_label.text()))
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.status_label.text() == "Importing…"
        assert not dialog.import_button.isEnabled() and not dialog.close_button.isEnabled()
        assert dialog.busy
    report: ImportReport = signal.args[0]
    assert "Importing… Saving 4 new patients and 1 changed…" in shown
    assert dialog.status_label.text() == "Imported. 8 lines rejected: see the list."
    assert (report.read, report.imported, report.updated, len(report.rejected)) == (13, 4, 1, 8)
    assert services.store.patient_count() == 6
    assert "4 new, 1 updated, 8 rejected" in dialog.report_label.text()
    assert dialog.report_box.isVisible()
    items = [dialog.rejected_list.item(i).text() for i in range(dialog.rejected_list.count())]
    assert "Line 5: The family name is missing." in items
    assert "Line 10: MRN M0001001 is already on line 4 of this file." in items
    assert dialog.save_rejects_button.isEnabled()
    assert dialog.close_button.isDefault() and not dialog.import_button.isEnabled()
    assert result_column(dialog)["11"] == "OK: updates M0000001"


def test_save_rejected_rows(qtbot: QtBot, dialog: ImportPatientsDialog, tmp_path: Path) -> None:
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.load_file(FIXTURES / "messy_patients.csv")
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.start_import()
    target = tmp_path / "rejected.csv"
    assert dialog.save_rejects(target) == target
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows[0][-2:] == ["line", "reason"] and len(rows) == 9
    assert str(target) in dialog.status_label.text()


def test_choosing_columns_previews_again(
    qtbot: QtBot, dialog: ImportPatientsDialog, services: ClinicServices
) -> None:
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.load_file(FIXTURES / "other_system.csv")
    assert dialog.combos["family_name"].currentText() == "Last Name"
    assert dialog.combos["external_id"].currentText() == "(not imported)"
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.set_column("family_name", None)
    assert "no column for the family name" in dialog.status_label.text()
    assert not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.set_column("family_name", "Last Name")
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.set_column("external_id", "Patient ID")
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.start_import()
    found = services.patients.search("Fischer")
    assert [h.record.external_id for h in found] == ["A-17"]


def test_an_unreadable_file_is_explained(qtbot: QtBot, dialog: ImportPatientsDialog, tmp_path: Path) -> None:
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.load_file(tmp_path / "missing.csv")
    assert "There is no file" in dialog.status_label.text()
    assert not dialog.import_button.isEnabled()


def test_keyboard_enter_imports_and_escape_closes(qtbot: QtBot, dialog: ImportPatientsDialog) -> None:
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.load_file(FIXTURES / "other_system.csv")
    dialog.preview_table.setFocus()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # ignored while the import is being written
        assert dialog.isVisible()
    with qtbot.waitSignal(dialog.rejected, timeout=5_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
