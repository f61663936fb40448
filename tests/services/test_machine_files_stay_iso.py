"""Files written for other systems keep ISO 8601 dates and 24-hour times whatever the clinic
chooses for people (issue 25): with the US order and the 12-hour clock set, the iCalendar, CSV and
FHIR (JSON) exports read exactly as before."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from clinic_desktop.services import ClinicServices
from clinic_desktop.services.calendar_export import CalendarExportService
from clinic_desktop.services.csv_exports import CsvExportService
from clinic_desktop.services.fhir_export import FhirExportService
from tests.day_list_clinic import DAY, build

FOR_PEOPLE = re.compile(r"\d:\d\d ?(AM|PM)|\d\d/\d\d/\d{4}")  # 9:00 AM, 11/24/2026


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    s = build(services)
    s.clinic.set_settings({"clock": "12", "date_format": "us"})
    return s


def test_icalendar_stays_iso(clinic: ClinicServices) -> None:
    data = CalendarExportService(clinic).provider_ics(1, DAY, DAY).decode()
    assert re.search(r"DTSTART;TZID=America/New_York:20261124T090000", data)
    assert not FOR_PEOPLE.search(data)


def test_csv_stays_iso(clinic: ClinicServices, tmp_path: Path) -> None:
    path = tmp_path / "appointments.csv"
    assert CsvExportService(clinic).export_appointments(path, DAY, DAY) > 0
    with path.open(newline="", encoding="utf-8") as handle:
        text = handle.read()
    rows = list(csv.reader(text.splitlines()))
    assert any(cell.startswith("2026-11-24") for row in rows[1:] for cell in row)
    assert not FOR_PEOPLE.search(text)


def test_fhir_json_stays_iso(clinic: ClinicServices) -> None:
    text = json.dumps(FhirExportService(clinic).patient_bundle(1))
    assert re.search(r'"start": "2026-11-24T\d\d:\d\d:\d\d', text)
    assert not FOR_PEOPLE.search(text)
