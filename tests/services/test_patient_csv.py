"""CSV import and export of patients: the messy file, idempotence, dry runs, rejects, round trips."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Iterator
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.patients import PatientRecord, PatientStatus
from clinic_desktop.services import ClinicServices, Clock
from clinic_desktop.services.patient_csv import CSV_FIELDS, ImportReport, PatientCsvService
from clinic_desktop.services.patients import PatientInput
from tests.conftest import FIXED_NOW, NewDatabase

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
MESSY = FIXTURES / "messy_patients.csv"

#: The messy file's report, line by line (the header is line 1; the record on lines 2-3 has an
#: address with a line break; line 15 holds separators only and is skipped).
MESSY_REJECTED = {
    5: "The family name is missing.",
    6: "'1980-02-31' is not a date of birth",
    7: "The date of birth 2031-01-01 is in the future.",
    8: "'anna.at.example' is not an email address.",
    9: "'call me' is not a phone number.",
    10: "MRN M0001001 is already on line 4 of this file.",
    13: "External id EXT-1 is already on line 2 of this file.",
    14: "'x' is not a sex this record knows",
}


def open_clinic(location: Path | str) -> ClinicServices:
    return ClinicServices.open(str(location), Clock(FIXED_NOW))


def register_known(services: ClinicServices) -> None:
    """The two patients the messy file refers to: M0000001 (updated), M0000002 (a duplicate)."""
    services.patients.add(PatientInput("Ines", "Ortega", "1972-05-10", phone="+12125550100"))
    services.patients.add(PatientInput("Tomás", "Novak", "1968-11-30"))


def summary(report: ImportReport) -> tuple[Any, ...]:
    return (
        report.read,
        report.imported,
        report.updated,
        report.unchanged,
        [(r.line, r.reason) for r in report.rejected],
        [(w.line, w.message) for w in report.warnings],
        [(r.line, r.action) for r in report.rows],
    )


def by_name(services: ClinicServices) -> dict[str, PatientRecord]:
    records = services.patients.rows(services.patients.list_ids())
    return {f"{r.given_name} {r.family_name}": r for r, _ in records}


@pytest.fixture
def csv_service(services: ClinicServices) -> PatientCsvService:
    register_known(services)
    return PatientCsvService(services)


# --- the fixture itself ---------------------------------------------------------------------------


def test_the_messy_fixture_is_byte_exact() -> None:
    """Git or an editor must not have normalised it: BOM, CRLF, a quoted line break."""
    data = MESSY.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfmrn;given_name;")
    assert data.count(b"\r\n") == 16 and data.replace(b"\r\n", b"").count(b"\n") == 0
    assert "Zoë;Ångström".encode() in data


# --- reading --------------------------------------------------------------------------------------


def test_read_detects_bom_semicolons_crlf_and_multiline_records(csv_service: PatientCsvService) -> None:
    parsed = csv_service.read(MESSY)
    assert parsed.delimiter == ";"
    assert parsed.columns[0] == "mrn" and parsed.columns[-1] == "Favourite Colour"
    assert [r.line for r in parsed.records] == [2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16]
    zoe = parsed.values(parsed.records[0])
    assert zoe["given_name"] == "Zoë" and zoe["address"] == "12 Rue de l'Église\nApt 3"
    assert parsed.ignored_columns == ["Favourite Colour"]


def test_read_lf_comma_text_cr_only_and_tabs(csv_service: PatientCsvService) -> None:
    text = 'Given Name,FAMILY-NAME,date of birth,notes\nA,B,1980-01-01,"x\n\ny"\nC,D,1981-01-01,\n'
    parsed = csv_service.read(text)
    assert parsed.mapping == {"given_name": 0, "family_name": 1, "date_of_birth": 2, "notes": 3}
    assert [r.line for r in parsed.records] == [2, 5]
    assert parsed.values(parsed.records[0])["notes"] == "x\n\ny"
    cr_only = csv_service.read(b"given_name,family_name,date_of_birth\rA,B,1980-01-01\rC,D,1981-01-01\r")
    assert [r.line for r in cr_only.records] == [2, 3]
    tabs = csv_service.read("given_name\tfamily_name\tdate_of_birth\nA\tB\t1980-01-01\n")
    assert tabs.delimiter == "\t" and tabs.values(tabs.records[0])["family_name"] == "B"


def test_read_maps_other_systems_headers(csv_service: PatientCsvService) -> None:
    parsed = csv_service.read(FIXTURES / "other_system.csv")
    assert {f: parsed.columns[i] for f, i in parsed.mapping.items()} == {
        "given_name": "First Name",
        "family_name": "Last Name",
        "date_of_birth": "Birth Date",
        "phone": "Mobile",
        "email": "E-mail",
    }
    mapped = csv_service.read(
        FIXTURES / "other_system.csv", mapping={"external_id": "Patient ID", "notes": "comments"}
    )
    assert mapped.values(mapped.records[0])["external_id"] == "A-17"
    assert mapped.values(mapped.records[0])["notes"] == "likes, commas"
    assert mapped.ignored_columns == []
    unmapped = mapped.remap({"phone": None})
    assert "phone" not in unmapped.mapping and unmapped.ignored_columns == ["Mobile"]
    with pytest.raises(ValidationError, match="no column 'Shoe size'"):
        mapped.remap({"notes": "Shoe size"})
    with pytest.raises(ValidationError, match="not a patient field"):
        mapped.remap({"shoe_size": "Comments"})
    report = csv_service.import_rows(mapped)
    assert (report.imported, report.rejected) == (2, [])
    assert csv_service.import_rows(mapped).imported == 0  # matched again by external id


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (b"", "is empty"),
        (b"\xef\xbb\xbf\r\n \r\n", "is empty"),
        (b"given_name,family_name\nJos\xe9,B\n", "not UTF-8 text \\(line 2"),
        ("notes,shoe_size\nx,42\n", "no column for the given name, family name, date of birth"),
    ],
)
def test_unreadable_files_are_refused(csv_service: PatientCsvService, source: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parsed = csv_service.read(source)  # type: ignore[arg-type]
        csv_service.import_rows(parsed)


def test_missing_file_and_folder(csv_service: PatientCsvService, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="There is no file"):
        csv_service.read(tmp_path / "nope.csv")
    with pytest.raises(ValidationError, match="is a folder"):
        csv_service.read(tmp_path)


# --- importing the messy file ---------------------------------------------------------------------


def test_messy_file_report(csv_service: PatientCsvService, services: ClinicServices) -> None:
    report = csv_service.import_rows(csv_service.read(MESSY))
    assert (report.read, report.imported, report.updated, report.unchanged) == (13, 4, 1, 0)
    assert [r.line for r in report.rejected] == list(MESSY_REJECTED)
    for rejected in report.rejected:
        assert MESSY_REJECTED[rejected.line] in rejected.reason
    assert report.rejected[4].values["phone"] == "call me"  # the line as the file had it
    assert [(w.line, w.message) for w in report.warnings] == [
        (1, "The column 'Favourite Colour' is not a patient field; it was ignored."),
        (12, "Possibly the same person as M0000002 (Tomás Novak, born 1968-11-30)."),
    ]
    actions = {r.line: r.action for r in report.rows}
    assert actions == {**dict.fromkeys(MESSY_REJECTED, "rejected"), 2: "imported", 4: "imported",
                       11: "updated", 12: "imported", 16: "imported"}  # fmt: skip
    renee = report.result(4)
    assert renee is not None and renee.mrn == "M0001001"


def test_messy_file_imports_the_good_rows_only(
    csv_service: PatientCsvService, services: ClinicServices
) -> None:
    csv_service.import_rows(csv_service.read(MESSY))
    people = by_name(services)
    assert sorted(people) == [
        "Ana Souza", "Ines Ortega", "Renée Dubois", "Tomas Novák", "Tomás Novak", "Zoë Ångström",
    ]  # fmt: skip
    zoe = people["Zoë Ångström"]
    assert (zoe.address, zoe.phone, zoe.sex, zoe.external_id, zoe.notes) == (
        "12 Rue de l'Église\nApt 3", "+12125550142", "female", "EXT-1", "Prefers mornings",
    )  # fmt: skip
    renee = people["Renée Dubois"]
    assert (renee.mrn, renee.email, renee.phone) == ("M0001001", "renee@example.org", "+12125550199")
    ines = people["Ines Ortega"]  # updated by MRN: given cells replace, empty cells keep
    assert (ines.mrn, ines.email, ines.address) == ("M0000001", "ines.ortega@example.org", "5 Main St, Apt 2")
    assert (ines.phone, ines.date_of_birth) == ("+12125550100", date(1972, 5, 10))
    assert people["Tomas Novák"].notes == 'Said "Tom" on the phone'
    assert people["Ana Souza"].date_of_birth == date(1985, 1, 2)  # US order
    # the new patients can be found at once (the search index was written with them)
    assert [h.record.family_name for h in services.patients.search("zoe")] == ["Ångström"]
    assert [h.record.mrn for h in services.patients.search("555-0199")] == ["M0001001"]


def test_importing_again_adds_no_patients(csv_service: PatientCsvService, services: ClinicServices) -> None:
    parsed = csv_service.read(MESSY)
    csv_service.import_rows(parsed)
    count = services.store.patient_count()
    again = csv_service.import_rows(parsed)
    assert (again.imported, again.updated, again.unchanged) == (0, 5, 5)
    assert [r.line for r in again.rejected] == list(MESSY_REJECTED)
    assert [w.line for w in again.warnings] == [1]
    assert services.store.patient_count() == count


def test_dry_run_writes_nothing_and_reports_what_the_import_does(
    csv_service: PatientCsvService, services: ClinicServices
) -> None:
    parsed = csv_service.read(MESSY)
    before = services.patients.get(1)
    dry = csv_service.import_rows(parsed, dry_run=True)
    assert dry.dry_run and services.store.patient_count() == 2
    assert services.patients.get(1) == before
    real = csv_service.import_rows(parsed)
    assert summary(dry) == summary(real)
    again = csv_service.import_rows(parsed, dry_run=True)
    assert summary(again) == summary(csv_service.import_rows(parsed))


def test_possible_duplicates_within_the_file_and_with_the_clinic(
    csv_service: PatientCsvService, services: ClinicServices
) -> None:
    text = (
        "given_name,family_name,date_of_birth,phone\n"
        "Jon,Smith,1980-01-01,\n"
        "John,Smith,1980-01-01,\n"
        "Ann,Lee,1990-01-01,(212) 555-0100\n"
    )
    parsed = csv_service.read(text)
    dry = csv_service.import_rows(parsed, dry_run=True)
    real = csv_service.import_rows(parsed)
    assert summary(dry) == summary(real)
    assert real.imported == 3
    assert [(w.line, w.message) for w in real.warnings] == [
        (3, "Possibly the same person as line 2 (Jon Smith, born 1980-01-01)."),
        (4, "Possibly the same person as M0000001 (Ines Ortega, born 1972-05-10)."),
    ]


def test_a_crash_mid_import_leaves_nothing_half_done(
    csv_service: PatientCsvService, services: ClinicServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lines are saved in one transaction: a failure after every row was written (new
    patients, the update of M0000001, the audit entries) leaves none of them."""
    before = services.patients.get(1)
    entries = services.store.audit.count()
    original = services.store.patient_import.move_entries

    def failing(*args: Any, **kwargs: Any) -> Any:
        original(*args, **kwargs)
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(services.store.patient_import, "move_entries", failing)
    with pytest.raises(RuntimeError):
        csv_service.import_rows(csv_service.read(MESSY))
    assert services.store.patient_count() == 2
    assert services.patients.get(1) == before
    assert services.store.audit.count() == entries
    assert services.store.patient_import.staging_tables() == []


def test_a_nul_byte_is_refused_with_its_line_and_the_other_lines_import(
    csv_service: PatientCsvService, services: ClinicServices, tmp_path: Path
) -> None:
    """A NUL byte (a damaged file) was stored on SQLite and made PostgreSQL refuse the whole import."""
    data = (
        b"given_name,family_name,date_of_birth,notes,Shoe size\n"
        b"Nora,Quinn,1980-01-01,fine,\n"
        b'Nul,Byte,1981-02-02,"bad\x00note",\n'
        b"Otto,Rask,1982-03-03,,4\x002\n"  # in a column that is not imported: harmless
    )
    dry = csv_service.import_rows(csv_service.read(data), dry_run=True)
    report = csv_service.import_rows(csv_service.read(data))
    assert summary(dry) == summary(report)
    assert [(r.line, r.reason) for r in report.rejected] == [
        (
            3,
            "There is a NUL character in the column 'notes' (an invisible zero byte, left by pasting "
            "from another program or by a damaged file); remove it and try again.",
        )
    ]
    assert report.imported == 2
    assert [h.record.given_name for h in services.patients.search("quinn")] == ["Nora"]
    assert services.patients.search("byte") == []
    assert csv_service.write_rejects(report, tmp_path / "rejects.csv") == 1
    rows = list(csv.reader(io.StringIO((tmp_path / "rejects.csv").read_text(encoding="utf-8"))))
    assert rows[1][:4] == ["Nul", "Byte", "1981-02-02", "bad\x00note"]  # as the file had it


def test_rejects_file(csv_service: PatientCsvService, tmp_path: Path) -> None:
    report = csv_service.import_rows(csv_service.read(MESSY))
    target = tmp_path / "rejects.csv"
    assert csv_service.write_rejects(report, target) == 8
    data = target.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert rows[0] == [*report.columns, "line", "reason"]
    assert [r[-2] for r in rows[1:]] == [str(line) for line in MESSY_REJECTED]
    call_me = rows[5]
    assert call_me[:7] == ["", "Call", "Me", "1990-02-02", "", "call me", ""]
    assert "'call me' is not a phone number." in call_me[-1]
    # corrected and imported again, the extra columns are ignored
    reread = csv_service.read(target)
    assert reread.ignored_columns == ["Favourite Colour", "line", "reason"]


# --- which patient a line is ----------------------------------------------------------------------


def test_update_rules(csv_service: PatientCsvService, services: ClinicServices) -> None:
    services.patients.update(2, PatientInput("Tomás", "Novak", "1968-11-30", external_id="OLD-2"))
    text = (
        "mrn,external_id,given_name,family_name,date_of_birth,phone,status\n"
        "m0000001,,,,,(212) 555-0101,\n"  # lower-case MRN still matches; only the phone changes
        ",OLD-2,,,,,inactive\n"  # matched by external id
        "M0000001,,,,,,deceased\n"  # a second line for the same MRN: refused
        "M9,OLD-2,,,,,\n"  # MRN unknown here, external id known: an update, with a warning
        "M0000001,,Peter,Pan,1990-01-01,,\n"  # an MRN pointing at someone else entirely
        "M X,,A,B,1990-01-01,,\n"
    )
    report = csv_service.import_rows(csv_service.read(text))
    assert [(r.line, r.action) for r in report.rows] == [
        (2, "updated"), (3, "updated"), (4, "rejected"), (5, "rejected"), (6, "rejected"), (7, "rejected"),
    ]  # fmt: skip
    reasons = {r.line: r.reason for r in report.rejected}
    assert reasons[4] == "MRN M0000001 is already on line 2 of this file."
    assert reasons[5] == "External id OLD-2 is already on line 3 of this file."
    assert reasons[6] == "MRN M0000001 is already on line 2 of this file."
    assert "'M X' is not an MRN" in reasons[7]
    ines, tomas = services.patients.get(1), services.patients.get(2)
    assert (ines.phone, ines.given_name) == ("+12125550101", "Ines")
    assert tomas.status == PatientStatus.INACTIVE

    wrong = csv_service.import_rows(
        csv_service.read("mrn,given_name,family_name,date_of_birth\nM0000001,Peter,Pan,1990-01-01\n")
    )
    assert "M0000001 is Ines Ortega, born 1972-05-10" in wrong.rejected[0].reason
    renamed = csv_service.import_rows(
        csv_service.read("mrn,given_name,family_name,date_of_birth\nM0000001,Inés,Ortega-Ruiz,\n")
    )
    assert renamed.updated == 1 and services.patients.get(1).family_name == "Ortega-Ruiz"

    matched = csv_service.import_rows(
        csv_service.read("mrn,external_id,given_name,family_name,date_of_birth\nM9,OLD-2,,,\n")
    )
    assert matched.unchanged == 1
    assert (
        "MRN M9 is not in this clinic; the line was matched by external id OLD-2 to M0000002"
        in matched.warnings[0].message
    )


def test_external_id_of_another_patient_and_merged_records(
    csv_service: PatientCsvService, services: ClinicServices
) -> None:
    services.patients.update(2, PatientInput("Tomás", "Novak", "1968-11-30", external_id="T-2"))
    third = services.patients.add(PatientInput("Tom", "Novak", "1968-11-30")).record
    services.patients.merge(2, third.id)
    text = "mrn,external_id\nM0000001,T-2\n" + f"{third.mrn},\n"
    report = csv_service.import_rows(csv_service.read(text))
    reasons = [r.reason for r in report.rejected]
    assert reasons == [
        "The external id T-2 already belongs to M0000002.",
        f"MRN {third.mrn} was merged into M0000002; use M0000002 instead.",
    ]


def test_lines_without_mrn_match_the_same_name_and_birth_date(
    csv_service: PatientCsvService, services: ClinicServices
) -> None:
    text = (
        "given_name,family_name,date_of_birth,email\n"
        "INES,ortega,1972-05-10,ines@example.org\n"  # exactly M0000001 (case aside): updated
        "Lena,Fischer,1970-01-15,\n"
        "Lena,Fischer,1970-01-15,lena@example.org\n"  # the same person twice in one file
    )
    report = csv_service.import_rows(csv_service.read(text))
    assert [(r.line, r.action) for r in report.rows] == [(2, "updated"), (3, "imported"), (4, "rejected")]
    assert "Line 3 has the same name and date of birth" in report.rejected[0].reason
    assert "matched to M0000001 by name and date of birth" in report.warnings[0].message
    assert services.patients.get(1).email == "ines@example.org"
    services.patients.add(PatientInput("Lena", "Fischer", "1970-01-15"))
    twice = csv_service.import_rows(
        csv_service.read("given_name,family_name,date_of_birth\nLena,Fischer,1970-01-15\n")
    )
    assert "2 patients are called Lena Fischer and born 1970-01-15" in twice.rejected[0].reason


def test_own_mrns_never_clash_with_the_clinics_next_numbers(
    csv_service: PatientCsvService, services: ClinicServices
) -> None:
    """The clinic's next MRN is 'M' + the next row number; a file may already use that number."""
    text = (
        "mrn,given_name,family_name,date_of_birth\n"
        "M0000003,Own,Number,1990-01-01\n"
        ",First,New,1990-01-02\n"
        ",Second,New,1990-01-03\n"
    )
    report = csv_service.import_rows(csv_service.read(text))
    assert [(r.line, r.action) for r in report.rows] == [(2, "rejected"), (3, "imported"), (4, "imported")]
    assert report.rejected[0].reason == (
        "MRN M0000003 was just given to the new patient on line 3; give this line another MRN or leave "
        "its MRN empty."
    )
    assert [r.mrn for r in report.rows[1:]] == ["M0000003", "M0000004"]


def test_a_line_with_too_many_cells(csv_service: PatientCsvService) -> None:
    report = csv_service.import_rows(
        csv_service.read("given_name,family_name,date_of_birth\nA,B,1980-01-01,extra\nC,D,1981-01-01,,\n")
    )
    assert (
        report.rejected[0].line == 2
        and "has 4 cells but the header has 3 columns" in report.rejected[0].reason
    )
    assert report.imported == 1  # empty trailing cells (spreadsheets add them) are harmless


def test_line_by_line_and_in_memory_answers_agree(new_database: NewDatabase) -> None:
    """Small files ask the database line by line; large ones read every patient first. The same
    file against the same clinic must give the same report either way."""
    reports = []
    for name, ratio in (("by_line", 0), ("in_memory", 10**6)):
        services = open_clinic(new_database(name))
        services.demo.generate(patients=200, providers=1, years=1, seed=3)
        known = services.patients.rows(services.patients.list_ids()[:6])
        lines = ["mrn,given_name,family_name,date_of_birth,phone"]
        a, b, c, d, e, f = (r for r, _ in known)
        lines.append(f"{a.mrn},,,,")  # unchanged
        lines.append(f"{b.mrn},,,,{c.phone}")  # updated, taking another patient's phone
        lines.append(f",{d.given_name},{d.family_name},{d.date_of_birth},")  # the same person
        lines.append(f",{e.given_name}x,{e.family_name},{e.date_of_birth},")  # a similar name
        lines.append(f",Someone,Else,1990-01-01,{f.phone}")  # the same phone
        lines.append(",Someone,Else,1990-01-01,")  # the line above again
        lines.append(",Nobody,Known,1990-01-02,")
        service = PatientCsvService(services)
        service.preload_ratio = ratio
        report = service.import_rows(service.read("\n".join(lines) + "\n"))
        reports.append(summary(report) + (services.store.patient_count(),))
        services.close()
    assert reports[0] == reports[1]
    assert [a for _, a in reports[0][6]] == [
        "unchanged", "updated", "unchanged", "imported", "imported", "rejected", "imported",
    ]  # fmt: skip
    assert len(reports[0][5]) == 2  # the similar name and the shared phone


# --- export and round trips -----------------------------------------------------------------------


def test_export_then_import_into_a_fresh_clinic_gives_the_same_records(
    demo_services: ClinicServices, db_url: str, new_database: NewDatabase, tmp_path: Path
) -> None:
    # one clinic database is open at a time in a process (the models' proxy), so one after another
    source = demo_services
    ids = source.patients.list_ids()
    source.patients.merge(ids[0], ids[1])
    exported = tmp_path / "patients.csv"
    count = PatientCsvService(source).export(exported)
    assert count == len(ids) - 1
    header = exported.read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == list(CSV_FIELDS)
    originals = {
        r.mrn: source.patients.input_of(r) for r, _ in source.patients.rows(source.patients.list_ids())
    }
    source.close()

    target = open_clinic(new_database("fresh"))
    try:
        service = PatientCsvService(target)
        report = service.import_rows(service.read(exported))
        assert (report.read, report.imported, report.rejected) == (count, count, [])
        copies = {
            r.mrn: target.patients.input_of(r) for r, _ in target.patients.rows(target.patients.list_ids())
        }
        again = tmp_path / "again.csv"
        service.export(again)
    finally:
        target.close()
    assert originals.keys() == copies.keys()
    for mrn, original in originals.items():
        assert original == copies[mrn], mrn
    assert again.read_bytes() == exported.read_bytes()

    # and importing the export into the clinic it came from changes nothing
    source = open_clinic(db_url)
    try:
        service = PatientCsvService(source)
        back = service.import_rows(service.read(exported))
        assert (back.imported, back.updated, back.unchanged, back.rejected) == (0, count, count, [])
        assert source.store.patient_count() == len(ids)
    finally:
        source.close()


def test_export_by_status(csv_service: PatientCsvService, services: ClinicServices, tmp_path: Path) -> None:
    services.patients.update(2, PatientInput("Tomás", "Novak", "1968-11-30", status="deceased"))
    assert csv_service.export(tmp_path / "active.csv", statuses=["active"]) == 1
    rows = list(csv.DictReader(io.StringIO((tmp_path / "active.csv").read_text(encoding="utf-8"))))
    assert [(r["mrn"], r["date_of_birth"], r["phone"], r["anticoagulant"]) for r in rows] == [
        ("M0000001", "1972-05-10", "+12125550100", "no")
    ]
    with pytest.raises(ValidationError, match="'merged' is not a patient status"):
        csv_service.export(tmp_path / "merged.csv", statuses=["merged"])
    with pytest.raises(ValidationError, match="Cannot write"):
        csv_service.export(tmp_path / "no" / "such" / "folder.csv")
    assert not list(tmp_path.glob(".*partial"))


# --- any record survives the round trip -----------------------------------------------------------

_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\x85"),
    max_size=30,
)
_NAME = st.text(alphabet="aeiouÁéïøñçßŁ'’-, \"ZyÖ", min_size=1, max_size=20).filter(
    lambda s: any(c.isalpha() for c in s)
)
_NOTES = st.lists(_TEXT, max_size=3).map("\n".join)


@st.composite
def patients(draw: st.DrawFn) -> PatientInput:
    return PatientInput(
        given_name=draw(_NAME),
        family_name=draw(_NAME),
        date_of_birth=draw(st.dates(date(1902, 1, 1), date(2026, 11, 23))),
        preferred_name=draw(_TEXT),
        sex=draw(st.sampled_from(["", "female", "male", "other"])),
        phone=draw(st.sampled_from(["", "+12125550123", "+442079460000", "+4369912345678"])),
        email=draw(st.sampled_from(["", "a.b@example.org"])),
        address=draw(_NOTES),
        preferred_times=draw(_TEXT),
        emergency_contact=draw(_TEXT),
        referring_physician=draw(_TEXT),
        status=draw(st.sampled_from(["active", "inactive", "deceased"])),
        notes=draw(_NOTES),
        external_id=draw(st.sampled_from(["", "E;1", 'x"y', "ext,9"])),
        anticoagulant=draw(st.booleans()),
        bleeding_risk=draw(_TEXT),
    )


@pytest.fixture(scope="module")
def workdir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(person=patients())
def test_any_record_survives_export_and_import(person: PatientInput, workdir: Path) -> None:
    for old in workdir.glob("*"):
        old.unlink()
    source = open_clinic(workdir / "a.db")
    try:
        record = source.patients.add(person).record
        PatientCsvService(source).export(workdir / "out.csv")
        original = asdict(source.patients.input_of(record))
    finally:
        source.close()
    target = open_clinic(workdir / "b.db")
    try:
        service = PatientCsvService(target)
        report = service.import_rows(service.read(workdir / "out.csv"))
        assert (report.imported, report.rejected) == (1, [])
        copy = target.patients.get(target.patients.list_ids()[0])
        assert copy.mrn == record.mrn
        assert asdict(target.patients.input_of(copy)) == original
    finally:
        target.close()


# --- the command line (in-process, through the composition root) ----------------------------------


def run_cli(*args: str) -> tuple[int, str, str]:
    """As reception: importing and exporting patients is front-desk work (tests/clinic_users.py)."""
    from tests.clinic_users import RECEPTION, run

    return run(*args, user=RECEPTION)


@pytest.fixture
def cli_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    from tests.clinic_users import fast_password_hashing, new_clinic

    fast_password_hashing(monkeypatch)
    db = new_clinic(str(tmp_path / "cli.db"))
    now = ("--now", "2026-11-23T10:00")
    ines = ("--given", "Ines", "--family", "Ortega", "--dob", "1972-05-10", "--phone", "+12125550100")
    run_cli("--db", db, *now, "patients", "add", *ines)
    tomas = ("--given", "Tomás", "--family", "Novak", "--dob", "1968-11-30")
    run_cli("--db", db, *now, "patients", "add", *tomas)
    return db


def test_cli_import_prints_the_report_and_exits_1_when_lines_were_rejected(
    cli_db: str, tmp_path: Path
) -> None:
    rejects = tmp_path / "rejects.csv"
    args = ("--db", cli_db, "--now", "2026-11-23T10:00", "patients", "import", str(MESSY))
    code, out, err = run_cli(*args, "--rejects", str(rejects), "--json")
    assert code == 1 and out  # the one command that prints its report on exit 1
    document = json.loads(out)
    assert set(document) == {"read", "imported", "updated", "rejected", "warnings"}
    assert (document["read"], document["imported"], document["updated"]) == (13, 4, 1)
    assert [r["line"] for r in document["rejected"]] == list(MESSY_REJECTED)
    assert set(document["rejected"][0]) == {"line", "reason"}
    assert document["warnings"][1] == {
        "line": 12,
        "message": "Possibly the same person as M0000002 (Tomás Novak, born 1968-11-30).",
    }
    assert "line 9: 'call me' is not a phone number." in err
    assert len(rejects.read_text(encoding="utf-8").splitlines()) == 1 + 8  # the header, the rejected lines

    code, out, err = run_cli(*args)  # again, without --json: words on stderr, nothing on stdout
    assert code == 1 and out == ""
    assert "Read 13 lines" in err and "0 imported, 5 updated (5 already up to date), 8 rejected" in err

    code, out, _ = run_cli("--db", cli_db, "patients", "search", "Ångström", "--json")
    assert [p["mrn"] for p in json.loads(out)] == ["M0000003"]


def test_cli_import_exit_0_dry_run_and_unreadable_files(cli_db: str, tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_text("given_name,family_name,date_of_birth\nLena,Fischer,1970-01-15\n", encoding="utf-8")
    code, out, err = run_cli("--db", cli_db, "patients", "import", str(good), "--dry-run", "--json")
    assert code == 0 and json.loads(out)["imported"] == 1 and "Dry run: nothing was changed." in err
    code, out, _ = run_cli("--db", cli_db, "info", "--json")
    assert json.loads(out)["counts"]["patients"] == 2
    code, out, err = run_cli("--db", cli_db, "patients", "import", str(good))
    assert (code, out) == (0, "") and "1 imported" in err
    for missing in (tmp_path / "missing.csv", tmp_path):
        code, out, err = run_cli("--db", cli_db, "patients", "import", str(missing), "--json")
        assert code == 1 and out == "" and str(missing) in err and "Traceback" not in err


def test_cli_export(cli_db: str, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    code, out, err = run_cli("--db", cli_db, "patients", "export", str(target))
    assert (code, out) == (0, "") and f"Exported 2 patients to {target}" in err
    code, out, _ = run_cli(
        "--db", cli_db, "patients", "export", str(target), "--status", "inactive", "--json"
    )
    assert code == 0 and json.loads(out) == {"exported": 0, "file": str(target)}
    code, out, err = run_cli("--db", cli_db, "patients", "export", str(tmp_path / "no" / "x.csv"), "--json")
    assert code == 1 and out == "" and "Cannot write" in err
