"""`export fhir` (one patient, or every patient into a folder, with progress) and `export recalls`
on the command line; the files read back with their own libraries."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from fhir.resources.R4B.bundle import Bundle

from tests.cli.test_export_cli import cli, db  # noqa: F401  (the fixture)


def test_export_fhir_one_patient(db: str, tmp_path: Path) -> None:  # noqa: F811
    target = tmp_path / "ines.json"
    code, out, err = cli(db, "export", "fhir", "--patient", "1", str(target), "--json")
    assert code == 0, err
    report = json.loads(out)
    bundle = Bundle.model_validate_json(target.read_text(encoding="utf-8"))
    kinds = [entry.resource.get_resource_type() for entry in bundle.entry or []]
    assert report == {"exported": len(kinds), "file": str(target)}
    assert kinds.count("Patient") == 1 and kinds.count("Appointment") == 4  # the weekly series
    assert kinds.count("Procedure") == 1
    doses = [e.resource.dosage.dose.value for e in bundle.entry or []
             if e.resource.get_resource_type() == "MedicationAdministration"]  # fmt: skip
    assert len(doses) == 13 and sum(doses) == 155  # PREEMPT: one per site (muscle and side)
    patient = next(e.resource for e in bundle.entry or [] if e.resource.get_resource_type() == "Patient")
    assert patient.name[0].family == "Ortega" and str(patient.birthDate) == "1980-04-02"


def test_export_fhir_every_patient_into_a_folder(db: str, tmp_path: Path) -> None:  # noqa: F811
    folder = tmp_path / "fhir"
    code, out, err = cli(db, "export", "fhir", "--all", str(folder), "--json")
    assert code == 0, err
    assert json.loads(out) == {"exported": 2, "folder": str(folder)}
    assert "2 of 2 patients" in err
    files = sorted(folder.iterdir())
    assert len(files) == 2
    families = set()
    for path in files:
        bundle = Bundle.model_validate_json(path.read_text(encoding="utf-8"))
        families |= {
            e.resource.name[0].family
            for e in bundle.entry or []
            if e.resource.get_resource_type() == "Patient"
        }
    assert families == {"Ortega", "Berg"}


def test_export_fhir_refusals(db: str, tmp_path: Path) -> None:  # noqa: F811
    code, out, err = cli(db, "export", "fhir", "--patient", "99", str(tmp_path / "x.json"))
    assert (code, out) == (1, "") and "no patient with id 99" in err
    code, out, err = cli(db, "export", "fhir", str(tmp_path / "x.json"))
    assert code == 2 and out == ""  # --patient or --all is required


def test_export_recalls_csv(db: str, tmp_path: Path) -> None:  # noqa: F811
    target = tmp_path / "recalls.csv"
    code, out, err = cli(db, "export", "recalls", str(target), "--json")
    assert code == 0, err
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert json.loads(out) == {"exported": len(rows), "file": str(target)}
    code, listed, _ = cli(db, "recalls", "--json")
    assert [r["patient_id"] for r in rows] == [str(r["patient_id"]) for r in json.loads(listed)]
