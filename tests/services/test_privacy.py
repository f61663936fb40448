"""Health records leaving the clinic: who may export a patient's record (a provider or a manager,
never reception, never someone signed out), and that every record written to a file is in the
audit trail under that patient, with who did it, while the trail's hash chain still holds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.audit import AuditEntry
from clinic_desktop.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from clinic_desktop.domain.users import Session
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.fhir_export import AUDIT_BATCH, FhirExportService
from tests.day_list_clinic import build

REFUSED = "Exporting health records needs the provider or manager role; you are signed in as reception."


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    return build(services)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder to export into (the test's database lives beside it)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def exports(s: ClinicServices) -> list[AuditEntry]:
    return [e for e in s.store.audit.in_order() if e.action == "export"]


def test_reception_may_not_export_a_patient_s_record_and_nothing_is_written(
    clinic: ClinicServices, out: Path
) -> None:
    clinic.session = Session("Ana", Role.RECEPTION)
    service = FhirExportService(clinic)
    for attempt in (
        lambda: service.patient_bundle(1),
        lambda: service.write_patient(1, out / "ines.json"),
        lambda: service.write_all(out / "all"),
        lambda: service.find_patient("M0000001"),
    ):
        with pytest.raises(PermissionDeniedError) as refused:
            attempt()
        assert refused.value.message == REFUSED
    assert list(out.iterdir()) == [] and exports(clinic) == []
    clinic.session = None
    with pytest.raises(PermissionDeniedError, match="Sign in first"):
        service.write_patient(1, out / "ines.json")
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("role", [Role.PROVIDER, Role.MANAGER])
def test_a_provider_or_manager_exports_and_the_trail_names_the_patient_the_file_and_who(
    clinic: ClinicServices, tmp_path: Path, role: Role
) -> None:
    clinic.session = Session("Dr Lind" if role is Role.PROVIDER else "Maria Boss", role)
    before = clinic.store.audit.count()
    target = tmp_path / "ines.json"
    count = FhirExportService(clinic).write_patient(1, target)
    assert target.exists() and count > 0
    (entry,) = exports(clinic)
    assert (entry.user, entry.entity, entry.entity_id, entry.patient_id) == (
        clinic.session.name,
        "patient",
        "1",
        1,
    )
    assert entry.before is None
    assert entry.after == {"format": "fhir", "file": str(target), "resources": count}
    assert clinic.store.audit.count() == before + 1
    # reading the Bundle without writing it is no export
    FhirExportService(clinic).patient_bundle(2)
    assert len(exports(clinic)) == 1
    clinic.session = Session("Maria Boss", Role.MANAGER)
    assert clinic.audit.verify().intact
    assert [e.id for e in clinic.audit.entries(patient_id=1) if e.action == "export"] == [entry.id]


def test_every_patient_s_file_of_a_whole_export_is_in_the_trail(
    clinic: ClinicServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("clinic_desktop.services.fhir_export.AUDIT_BATCH", 3)  # two batches for 4
    assert AUDIT_BATCH > 3
    clinic.session = Session("Dr Lind", Role.PROVIDER)
    folder = tmp_path / "all"
    assert FhirExportService(clinic).write_all(folder) == 4
    entries = exports(clinic)
    assert sorted(e.patient_id for e in entries if e.patient_id is not None) == [1, 2, 3, 4]
    assert {Path(str(e.after["file"])).parent for e in entries if e.after} == {folder}
    assert {Path(str(e.after["file"])).name for e in entries if e.after} == {p.name for p in folder.iterdir()}
    assert {e.user for e in entries} == {"Dr Lind"}


def test_an_export_stopped_halfway_records_the_files_it_wrote(clinic: ClinicServices, tmp_path: Path) -> None:
    def progress(done: int, total: int) -> None:
        if done == 2:
            raise OSError("the disk was removed")

    with pytest.raises(OSError, match="removed"):
        FhirExportService(clinic).write_all(tmp_path / "all", progress)
    files = {p.name for p in (tmp_path / "all").iterdir()}
    assert len(files) == 2 and {Path(str(e.after and e.after["file"])).name for e in exports(clinic)} == files


def test_a_file_that_cannot_be_written_leaves_no_entry(clinic: ClinicServices, out: Path) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        FhirExportService(clinic).write_patient(1, out / "missing" / "x.json")
    with pytest.raises(NotFoundError):
        FhirExportService(clinic).write_patient(99, out / "x.json")
    assert exports(clinic) == [] and list(out.iterdir()) == []


def test_a_failed_rename_leaves_no_file_and_no_temporary_file(
    clinic: ClinicServices, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The entry is written before the file takes its name: a file never exists without its entry
    (the other way round, an entry for a file a failing disk did not keep, is the safe mistake)."""

    def broken(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError, match="disk full"):
        FhirExportService(clinic).write_patient(1, out / "x.json")
    assert list(out.iterdir()) == []
    assert len(exports(clinic)) == 1


def test_one_patient_is_found_by_mrn_or_record_number(clinic: ClinicServices) -> None:
    service = FhirExportService(clinic)
    mrn = clinic.patients.get(2).mrn
    assert service.find_patient(mrn) == service.find_patient(f"  {mrn.lower()} ") == 2
    assert service.find_patient("3") == 3
    with pytest.raises(NotFoundError, match="no patient with the MRN M999"):
        service.find_patient("M999")
    with pytest.raises(ValidationError, match="MRN"):
        service.find_patient("  ")
