"""Appointments and treatments as CSV, read back with the csv module and compared with the database;
written like the other CSV exports (UTF-8, no BOM, CRLF), whole or not at all."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.errors import NotFoundError, ValidationError
from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.domain.treatment_record import SiteDose
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.services.csv_exports import (
    APPOINTMENT_FIELDS,
    TREATMENT_FIELDS,
    CsvExportService,
)
from clinic_desktop.services.patient_csv import PatientCsvService
from clinic_desktop.services.patients import PatientInput

ONA = Product.ONABOTULINUMTOXINA
DECEMBER = (date(2026, 12, 1), date(2026, 12, 31))
SUMMER = (date(2026, 8, 1), date(2026, 9, 30))


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    s = services
    s.clinic.set_setting("timezone", "America/New_York")
    for name in ("Dr Lind", "Dr Okafor"):
        provider = s.resources.add_provider(name)
        for day in range(5):
            s.resources.set_hours(provider.id, day, parse_blocks("08:00-17:00"))
    s.resources.add_room("Room 1", "exam")
    s.resources.add_type("Botox migraine", 30, None, "chronic_migraine")
    s.resources.add_type("Consultation", 20)
    s.patients.add(PatientInput("Inés", "Ortega, Jr", "1980-04-02", phone="+1 212 555 0101"))
    s.patients.add(PatientInput("Carl", "Berg", "1975-09-30"))
    s.patients.add(PatientInput("Zoë", "O'Neill", "1990-01-15"))
    s.treatments.add_lot(ONA, "C5551", date(2027, 6, 30), 40)
    return s


def book(s: ClinicServices, local: str, patient: int = 1, provider: int = 1, **extra: Any) -> list[int]:
    kind = str(extra.pop("type_name", "Botox migraine"))
    request = BookingRequest(patient, provider, kind, s.time.parse_local(local), **extra)
    return [a.id for a in s.appointments.book(request).appointments]


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def header(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return next(csv.reader(handle))


# --- appointments ---------------------------------------------------------------------------------


@pytest.fixture
def appointments(clinic: ClinicServices) -> dict[str, list[int]]:
    s = clinic
    ids = {
        # Two weeks apart: under the 84-day floor, so booked with the reason it asks for.
        "series": book(s, "2026-12-01T09:00", room_id=1, every_weeks=2, count=3, override_reason="trial"),
        "okafor": book(s, "2026-12-02T10:00", patient=2, provider=2, type_name="Consultation"),
        "first_minute": book(s, "2026-12-01T00:00", patient=3, override_reason="edge of the range"),
        "before": book(s, "2026-11-30T23:30", patient=3, override_reason="the day before"),
        "after": book(s, "2027-01-01T00:00", patient=3, override_reason="the day after"),
    }
    s.appointments.cancel(ids["series"][1], 'Snow, "no buses"')
    return ids


def test_appointment_rows_equal_the_database_rows(
    clinic: ClinicServices, appointments: dict[str, list[int]], tmp_path: Path
) -> None:
    path = tmp_path / "december.csv"
    count = CsvExportService(clinic).export_appointments(path, *DECEMBER)
    rows = read(path)
    assert header(path) == list(APPOINTMENT_FIELDS)
    days = clinic.schedule.days(DECEMBER[0], 31)
    expected = [e for d in days for e in d.entries]
    assert count == len(rows) == len(expected) == 5
    assert [int(r["id"]) for r in rows] == [e.appointment.id for e in expected]  # in start order
    rooms = {r.id: r.name for r in clinic.resources.rooms()}
    for row, entry in zip(rows, expected, strict=True):
        a = entry.appointment
        assert datetime.fromisoformat(row["start"]) == a.start
        assert datetime.fromisoformat(row["end"]) == a.end
        assert datetime.fromisoformat(row["start"]).utcoffset() == clinic.time.to_local(a.start).utcoffset()
        assert (int(row["provider_id"]), row["provider_name"]) == (a.provider_id, entry.provider_name)
        patient = clinic.patients.get(a.patient_id)
        assert (int(row["patient_id"]), row["patient_name"]) == (
            patient.id,
            f"{patient.given_name} {patient.family_name}",
        )
        assert row["type"] == entry.type_name
        assert row["room_id"] == ("" if a.room_id is None else str(a.room_id))
        assert row["room_name"] == (rooms[a.room_id] if a.room_id is not None else "")
        assert (row["status"], row["cancel_reason"]) == (a.status.value, a.cancel_reason)
    first = next(r for r in rows if int(r["id"]) == appointments["series"][0])
    assert (first["start"], first["end"]) == ("2026-12-01T09:00:00-05:00", "2026-12-01T09:30:00-05:00")
    assert (first["patient_name"], first["room_name"]) == ("Inés Ortega, Jr", "Room 1")
    cancelled = next(r for r in rows if int(r["id"]) == appointments["series"][1])
    assert (cancelled["status"], cancelled["cancel_reason"]) == ("cancelled", 'Snow, "no buses"')
    edge = next(r for r in rows if int(r["id"]) == appointments["first_minute"][0])
    assert edge["start"] == "2026-12-01T00:00:00-05:00"
    for outside in (*appointments["before"], *appointments["after"]):
        assert str(outside) not in {r["id"] for r in rows}


def test_appointments_can_name_patients_by_initials_only(
    clinic: ClinicServices, appointments: dict[str, list[int]], tmp_path: Path
) -> None:
    path = tmp_path / "private.csv"
    assert CsvExportService(clinic).export_appointments(path, *DECEMBER, initials_only=True) == 5
    rows = read(path)
    names = {int(r["id"]): r["patient_name"] for r in rows}
    assert names[appointments["series"][0]] == "I. O."  # Inés Ortega, Jr
    assert names[appointments["okafor"][0]] == "C. B."
    assert names[appointments["first_minute"][0]] == "Z. O."
    text = path.read_text(encoding="utf-8")
    assert "Ortega" not in text and "Berg" not in text and "Zoë" not in text
    assert [r["id"] for r in rows] == [r["id"] for r in read(export_all(clinic, tmp_path))]


def export_all(clinic: ClinicServices, tmp_path: Path) -> Path:
    path = tmp_path / "named.csv"
    CsvExportService(clinic).export_appointments(path, *DECEMBER)
    return path


def test_appointments_of_one_provider(
    clinic: ClinicServices, appointments: dict[str, list[int]], tmp_path: Path
) -> None:
    path = tmp_path / "okafor.csv"
    assert CsvExportService(clinic).export_appointments(path, *DECEMBER, provider_id=2) == 1
    (row,) = read(path)
    assert (int(row["id"]), row["provider_name"], row["type"]) == (appointments["okafor"][0], "Dr Okafor",
                                                                    "Consultation")  # fmt: skip
    assert row["start"] == "2026-12-02T10:00:00-05:00" and row["room_id"] == ""


def test_written_like_the_other_csv_exports(
    clinic: ClinicServices, appointments: dict[str, list[int]], tmp_path: Path
) -> None:
    ours, theirs = tmp_path / "appointments.csv", tmp_path / "patients.csv"
    CsvExportService(clinic).export_appointments(ours, *DECEMBER)
    PatientCsvService(clinic).export(theirs)
    for path in (ours, theirs):
        raw = path.read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf")  # no byte-order mark
        assert raw.count(b"\r\n") == raw.count(b"\n")  # CRLF line ends, as the csv module writes
    assert "Inés Ortega, Jr".encode() in ours.read_bytes()  # UTF-8, quoted where a comma is


def test_a_failed_export_leaves_the_earlier_file_alone(
    clinic: ClinicServices,
    appointments: dict[str, list[int]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "december.csv"
    path.write_bytes(b"the earlier export\r\n")
    service = CsvExportService(clinic)
    real = CsvExportService.appointment_row
    calls = {"n": 0}

    def failing(self: CsvExportService, entry: Any) -> dict[str, str]:
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk pulled out mid-export")
        return real(self, entry)

    monkeypatch.setattr(CsvExportService, "appointment_row", failing)
    with pytest.raises(RuntimeError):
        service.export_appointments(path, *DECEMBER)
    assert calls["n"] == 3  # two rows were written to the temporary file first
    assert path.read_bytes() == b"the earlier export\r\n"
    assert [p.name for p in folder.iterdir()] == ["december.csv"]
    with pytest.raises(ValidationError, match="Cannot write"):
        monkeypatch.setattr(CsvExportService, "appointment_row", real)
        service.export_appointments(folder / "missing" / "x.csv", *DECEMBER)


def test_bad_ranges_and_unknown_providers_are_refused(clinic: ClinicServices, tmp_path: Path) -> None:
    service = CsvExportService(clinic)
    path = tmp_path / "x.csv"
    with pytest.raises(ValidationError, match=r"ends \(2026-11-01\) before it starts \(2026-12-01\)"):
        service.export_appointments(path, date(2026, 12, 1), date(2026, 11, 1))
    with pytest.raises(ValidationError, match="before it starts"):
        service.export_treatments(path, date(2026, 12, 1), date(2026, 11, 1))
    with pytest.raises(NotFoundError, match="There is no provider with id 7"):
        service.export_appointments(path, *DECEMBER, provider_id=7)
    assert not path.exists()


# --- treatments -----------------------------------------------------------------------------------


def chart(s: ClinicServices, patient: int, local: str, **extra: Any) -> int:
    template = s.treatments.protocol("PREEMPT")
    values: dict[str, Any] = {
        "patient_id": patient,
        "provider_id": 1,
        "performed_at": s.time.parse_local(local),
        "indication": Indication.CHRONIC_MIGRAINE,
        "product": ONA,
        "lot_number": "C5551",
        "sites": template.sites,
        "protocol": template.name,
    }
    sign = bool(extra.pop("sign", True))
    values |= extra
    return s.treatments.record(TreatmentDraft(**values), sign=sign).treatment.id


@pytest.fixture
def treatments(clinic: ClinicServices) -> dict[str, int]:
    s = clinic
    neck = (
        SiteDose("trapezius", Side.LEFT, Decimal("7.5"), 2),
        SiteDose("splenius capitis", Side.RIGHT, Decimal("10"), 1),
    )
    return {
        "spring": chart(s, 1, "2026-05-04T09:00"),
        "summer": chart(s, 1, "2026-08-20T09:00"),
        "first_minute": chart(s, 3, "2026-08-01T00:05"),
        "neck": chart(
            s,
            2,
            "2026-09-30T23:30",
            provider_id=2,
            sites=neck,
            protocol="",
            indication=Indication.CERVICAL_DYSTONIA,
            sign=False,
        ),
        "autumn": chart(s, 1, "2026-11-20T09:00"),
    }


def test_treatment_rows_equal_the_database_rows(
    clinic: ClinicServices, treatments: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "summer.csv"
    count = CsvExportService(clinic).export_treatments(path, *SUMMER)
    rows = read(path)
    assert header(path) == list(TREATMENT_FIELDS)
    assert count == len(rows) == 3
    assert [int(r["id"]) for r in rows] == [treatments[k] for k in ("first_minute", "summer", "neck")]
    for row in rows:
        t = clinic.treatments.get(int(row["id"]))
        patient = clinic.patients.get(t.patient_id)
        assert datetime.fromisoformat(row["performed_at"]) == t.performed_at
        assert (int(row["patient_id"]), row["patient_name"]) == (
            t.patient_id,
            f"{patient.given_name} {patient.family_name}",
        )
        assert (int(row["provider_id"]), row["provider_name"]) == (t.provider_id, t.provider_name)
        assert (row["indication"], row["protocol"], row["product"], row["lot"]) == (
            t.indication.value,
            t.protocol,
            t.product.value,
            t.lot_number,
        )
        assert Decimal(row["total_units"]) == t.total_units
        assert Decimal(row["waste_units"]) == t.waste_units
        assert row["waste_modifier"] == t.waste_modifier
        assert int(row["total_injection_points"]) == t.total_injection_points
        assert row["signed"] == ("yes" if t.signed else "no") and row["signed_by"] == t.signed_by
        assert row["sites"].count(";") == len(t.sites) - 1
        for site in t.sites:
            assert f"{site.muscle} {site.side.value} " in row["sites"]
    summer = rows[1]
    assert summer["performed_at"] == "2026-08-20T09:00:00-04:00"
    assert (summer["total_units"], summer["signed"], summer["protocol"]) == ("155", "yes", "PREEMPT")
    neck = rows[2]
    assert neck["performed_at"] == "2026-09-30T23:30:00-04:00"  # the last evening is in the range
    assert datetime.fromisoformat(neck["performed_at"]).astimezone(UTC).date() == date(2026, 10, 1)
    assert (neck["patient_name"], neck["provider_name"]) == ("Carl Berg", "Dr Okafor")
    assert (neck["total_units"], neck["signed"], neck["signed_by"]) == ("17.5", "no", "")
    assert neck["sites"] == "trapezius left 7.5 U (2 points); splenius capitis right 10 U (1 point)"
    assert rows[0]["patient_name"] == "Zoë O'Neill"


def test_no_treatments_in_range_writes_the_header_only(
    clinic: ClinicServices, treatments: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "none.csv"
    assert CsvExportService(clinic).export_treatments(path, date(2026, 1, 1), date(2026, 4, 30)) == 0
    assert read(path) == [] and header(path) == list(TREATMENT_FIELDS)


def test_the_demo_clinic_treatments_match_the_database(demo_services: ClinicServices, tmp_path: Path) -> None:
    s = demo_services
    last = s.schedule.today()
    first = date(last.year - 1, last.month, 1)
    path = tmp_path / "demo.csv"
    count = CsvExportService(s).export_treatments(path, first, last)
    rows = read(path)
    expected = {
        t.id: t
        for patient_id in range(1, s.clinic.info().counts["patients"] + 1)
        for t in s.treatments.for_patient(patient_id)
        if first <= t.performed_on <= last
    }
    assert count == len(rows) == len(expected) > 0
    assert [int(r["id"]) for r in rows] == sorted(expected, key=lambda i: (expected[i].performed_at, i))
    for row in rows:
        t = expected[int(row["id"])]
        assert datetime.fromisoformat(row["performed_at"]) == t.performed_at
        assert (Decimal(row["total_units"]), row["lot"], row["provider_name"]) == (
            t.total_units,
            t.lot_number,
            t.provider_name,
        )
