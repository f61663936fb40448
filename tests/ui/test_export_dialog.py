"""File > Export…: each export written off the GUI thread and read back with its own library;
every patient's record into a folder with progress, one patient's by MRN (recorded in the audit
trail), a calendar by initials only; a refusal shown, not raised; only what the role allows offered."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from icalendar import Calendar

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.users import Session
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.dialogs.export import ExportDialog
from clinic_desktop.ui.operations import Operations
from tests.day_list_clinic import build


@pytest.fixture
def dialog(qtbot, services: ClinicServices) -> Iterator[ExportDialog]:  # type: ignore[no-untyped-def]
    build(services)
    operations = Operations(services.end_thread)
    view = ExportDialog(services, operations)
    qtbot.addWidget(view)
    view.show()
    yield view
    operations.wait()


def test_a_providers_calendar(qtbot, dialog: ExportDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.choose("ics")
    assert dialog.provider_combo.itemText(0) == "Dr Lind" and dialog.initials_box.isVisibleTo(dialog)
    target = tmp_path / "lind.ics"
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as said:
        dialog.export_to(str(target))
    assert said.args == ["Exported 3 appointments to lind.ics."]  # Ines, Tom, and Rosa cancelled
    events = [c for c in Calendar.from_ical(target.read_bytes()).walk("VEVENT")]
    assert len(events) == 3 and sum(str(e.get("STATUS")) == "CANCELLED" for e in events) == 1


def test_appointments_csv_for_all_providers(qtbot, dialog: ExportDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.choose("appointments")
    assert dialog.provider_combo.itemText(0) == "All providers"
    dialog.last_edit.setDate(dialog.last_edit.date().addDays(30))
    target = tmp_path / "appointments.csv"
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_to(str(target))
    with target.open(encoding="utf-8", newline="") as handle:
        names = sorted(row["patient_name"] for row in csv.DictReader(handle))
    assert names == ["Ana Ruiz", "Ines Ortega", "Rosa Diaz", "Tom Baker"]


def test_every_patients_record_into_a_folder_with_progress(
    qtbot, dialog: ExportDialog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog.choose("fhir")
    assert not dialog.provider_combo.isEnabled() and not dialog.first_edit.isEnabled()
    steps: list[tuple[int, int]] = []
    dialog._progress.step.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as said:
        dialog.export_to(str(tmp_path / "records"))
    assert said.args == ["Exported 4 patient records to records."]
    assert steps[-1] == (4, 4)
    files = sorted((tmp_path / "records").iterdir())
    assert len(files) == 4
    assert all(Bundle.model_validate_json(f.read_text(encoding="utf-8")).type == "collection" for f in files)


def test_a_refusal_is_shown(qtbot, dialog: ExportDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.choose("treatments")
    dialog.first_edit.setDate(dialog.last_edit.date().addDays(1))  # ends before it starts
    dialog.export_to(str(tmp_path / "t.csv"))
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=10_000)
    assert "before" in dialog.status.text() or "after" in dialog.status.text()
    assert not (tmp_path / "t.csv").exists()


def test_one_patient_s_complete_record_by_mrn(qtbot, dialog: ExportDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = dialog.services
    mrn = services.patients.get(1).mrn
    dialog.choose_patient(mrn)
    assert dialog.patient_edit.isVisibleTo(dialog) and not dialog.initials_box.isVisibleTo(dialog)
    target = tmp_path / "ines.json"
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as said:
        dialog.export_to(str(target))
    bundle = Bundle.model_validate_json(target.read_text(encoding="utf-8"))
    kinds = {e.resource.get_resource_type() for e in bundle.entry or []}
    assert {"Patient", "AllergyIntolerance", "Procedure", "Observation", "Appointment"} <= kinds
    assert said.args == [f"Exported the record of {mrn} ({len(bundle.entry or [])} entries) to ines.json."]
    (entry,) = [e for e in services.store.audit.in_order() if e.action == "export"]
    assert entry.patient_id == 1 and entry.after == {
        "format": "fhir", "file": str(target), "resources": len(bundle.entry or [])
    }  # fmt: skip
    dialog.choose_patient("M404")
    dialog.export_to(str(tmp_path / "nobody.json"))
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=10_000)
    assert dialog.status.text() == "There is no patient with the MRN M404."
    dialog.choose_patient("")
    dialog.choose_target()  # no MRN: asked for before any file dialog opens
    assert dialog.status.text() == "Give the MRN of the patient whose record to export."


def test_a_calendar_with_initials_only(qtbot, dialog: ExportDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.choose("ics")
    dialog.initials_box.setChecked(True)
    target = tmp_path / "lind.ics"
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_to(str(target))
    summaries = sorted(str(e.get("SUMMARY")) for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert summaries == ["Consultation — R. D.", "Consultation — T. B.", "Migraine treatment — I. O."]
    assert b"Ortega" not in target.read_bytes() and b"Baker" not in target.read_bytes()


def test_reception_is_offered_only_the_exports_its_role_allows(qtbot, services: ClinicServices) -> None:  # type: ignore[no-untyped-def]
    build(services)
    services.session = Session("Ana", Role.RECEPTION)
    view = ExportDialog(services, Operations(services.end_thread))
    qtbot.addWidget(view)
    offered = [view.kind_combo.itemData(i) for i in range(view.kind_combo.count())]
    assert offered == ["ics", "appointments", "recalls"]  # no treatments, no health records
    with pytest.raises(ValueError, match="not offered"):
        view.choose("fhir")
    services.session = Session("Dr Lind", Role.PROVIDER)
    provider = ExportDialog(services, Operations(services.end_thread))
    qtbot.addWidget(provider)
    assert provider.kind_combo.count() == 6 and provider.kind_combo.findData("patient") >= 0
