"""A provider's schedule as iCalendar, read back with icalendar and compared with the database:
every appointment once, at its instant and its clinic wall-clock time with the zone's TZID, across a
daylight-saving change; stable UIDs; cancelled ones marked; nothing identifying with --initials."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event, Timezone

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.entities import ScheduleEntry
from clinic_desktop.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.domain.users import Session
from clinic_desktop.services import ClinicServices, Clock
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.services.calendar_export import CalendarExportService, initials
from clinic_desktop.services.clinic import IDENTITY_KEY as DATABASE_ID_KEY
from clinic_desktop.services.patients import PatientInput
from tests.conftest import FIXED_NOW, NewDatabase

MADRID = "Europe/Madrid"
# Europe/Madrid leaves summer time on Sunday 2027-10-31 (03:00 CEST -> 02:00 CET).
FIRST, LAST = date(2027, 10, 19), date(2027, 11, 9)


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    s = services
    s.clinic.set_setting("timezone", MADRID)
    s.clinic.set_setting("name", "Clínica del Dolor")
    for name in ("Dr Lind", "Dr Okafor"):
        provider = s.resources.add_provider(name)
        for day in range(5):
            s.resources.set_hours(provider.id, day, parse_blocks("08:00-17:00"))
    s.resources.add_room("Sala 2", "exam")
    s.resources.add_type("Botox migraine", 30, None, "chronic_migraine")
    s.resources.add_type("Consultation", 20)
    s.patients.add(
        PatientInput(
            "Inés", "Ortega-Villanueva", "1980-04-02", phone="+34 612 345 678",
            email="ines.ortega@example.org", notes="Latex allergy; anxious about needles",
        )
    )  # fmt: skip
    s.patients.add(PatientInput("Carl", "Berg", "1975-09-30", phone="+34 699 111 222"))
    return s


def book(s: ClinicServices, local: str, patient: int = 1, provider: int = 1, **extra: Any) -> list[int]:
    kind = str(extra.pop("type_name", "Botox migraine"))
    request = BookingRequest(patient, provider, kind, s.time.parse_local(local), **extra)
    return [a.id for a in s.appointments.book(request).appointments]


@pytest.fixture
def booked(clinic: ClinicServices) -> dict[str, list[int]]:
    """A weekly series across the change to winter time, bookings on the range's edges, one just
    outside each edge, and one of the other provider's."""
    s = clinic
    return {
        # Weekly: under the 84-day floor, so booked with the reason it asks for.
        "series": book(
            s,
            "2027-10-19T09:00",
            room_id=1,
            every_weeks=1,
            count=4,
            notes="Bring diary",
            override_reason="trial",
        ),
        "first_minute": book(s, "2027-10-19T00:00", patient=2, override_reason="early start test"),
        "last_evening": book(s, "2027-11-09T23:00", patient=2, override_reason="late test"),
        "before": book(s, "2027-10-18T23:30", patient=2, override_reason="the day before"),
        "after": book(s, "2027-11-10T00:00", patient=2, override_reason="the day after"),
        "other_provider": book(s, "2027-10-20T10:00", patient=2, provider=2, type_name="Consultation"),
    }


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def events(calendar: Calendar) -> dict[str, Event]:
    found: dict[str, Event] = {}
    for event in calendar.walk("VEVENT"):
        uid = str(event["UID"])
        assert uid not in found, f"{uid} appears twice"
        found[uid] = event
    return found


def in_range(s: ClinicServices, first: date, last: date, provider_id: int) -> list[ScheduleEntry]:
    """The database's answer, through the schedule service (a different path from the export's)."""
    days = s.schedule.days(first, (last - first).days + 1, provider_id)
    return [e for d in days for e in d.entries]


def test_every_appointment_in_range_is_there_once_at_its_instant_and_wall_clock_time(
    clinic: ClinicServices, booked: dict[str, list[int]]
) -> None:
    exporter = CalendarExportService(clinic)
    calendar = parse(exporter.provider_ics(1, FIRST, LAST))
    found = events(calendar)
    expected = in_range(clinic, FIRST, LAST, 1)
    assert {e.appointment.id for e in expected} == {
        *booked["series"],
        *booked["first_minute"],
        *booked["last_evening"],
    }
    assert len(found) == len(expected) == 6
    zone = ZoneInfo(MADRID)
    for entry in expected:
        a = entry.appointment
        event = found[exporter.uid(a.id)]
        for key, instant in (("DTSTART", a.start), ("DTEND", a.end)):
            assert event[key].params["TZID"] == MADRID
            value = event.decoded(key)
            assert value.astimezone(UTC) == instant  # the right instant
            wall = instant.astimezone(zone).replace(tzinfo=None)
            assert value.replace(tzinfo=None) == wall  # written as the clinic's wall-clock time
            assert f"{key};TZID={MADRID}:{wall:%Y%m%dT%H%M%S}".encode() in calendar.to_ical()
        assert str(event["SUMMARY"]) == f"{entry.type_name} — {entry.patient_name}"
    # the edges are local dates: 00:00 on the first day is 22:00 UTC the day before, and is in
    first_minute = found[exporter.uid(booked["first_minute"][0])]
    assert first_minute.decoded("DTSTART").astimezone(UTC) == datetime(2027, 10, 18, 22, 0, tzinfo=UTC)
    for outside in (*booked["before"], *booked["after"], *booked["other_provider"]):
        assert exporter.uid(outside) not in found
    assert str(calendar["X-WR-TIMEZONE"]) == MADRID
    assert str(calendar["X-WR-CALNAME"]) == "Dr Lind (Clínica del Dolor)"


def test_a_weekly_series_keeps_its_wall_clock_time_across_the_change_to_winter_time(
    clinic: ClinicServices, booked: dict[str, list[int]]
) -> None:
    exporter = CalendarExportService(clinic)
    data = exporter.provider_ics(1, FIRST, LAST)
    calendar = parse(data)
    found = events(calendar)
    series = [found[exporter.uid(i)] for i in booked["series"]]
    local = [e.decoded("DTSTART") for e in series]
    assert [v.replace(tzinfo=None).time() for v in local] == [time(9, 0)] * 4
    assert [v.date() for v in local] == [date(2027, 10, 19), date(2027, 10, 26), date(2027, 11, 2),
                                         date(2027, 11, 9)]  # fmt: skip
    # ... while the instants move by an hour: 07:00 UTC in summer time, 08:00 UTC in winter time
    assert [v.astimezone(UTC).hour for v in local] == [7, 7, 8, 8]
    assert b"DTSTART;TZID=Europe/Madrid:20271026T090000" in data
    assert b"DTSTART;TZID=Europe/Madrid:20271102T090000" in data

    # The VTIMEZONE names the zone and holds both its rules, and by itself (without the device's
    # own zone database) puts the wall-clock times at the right instants.
    zones: list[Timezone] = calendar.timezones
    assert [z.tz_name for z in zones] == [MADRID]
    parts = {c.name: c for c in zones[0].subcomponents}
    assert set(parts) == {"STANDARD", "DAYLIGHT"}
    assert parts["STANDARD"]["TZOFFSETTO"].td.total_seconds() == 3600
    assert parts["DAYLIGHT"]["TZOFFSETTO"].td.total_seconds() == 7200
    from_file = zones[0].to_tz()
    for event, appointment_id in zip(series, booked["series"], strict=True):
        wall = event.decoded("DTSTART").replace(tzinfo=None)
        stored = clinic.appointments.entry(appointment_id).appointment.start
        assert wall.replace(tzinfo=from_file).astimezone(UTC) == stored


def test_the_vtimezone_holds_both_rules_even_for_a_range_within_one_season(
    clinic: ClinicServices, booked: dict[str, list[int]]
) -> None:
    calendar = parse(CalendarExportService(clinic).provider_ics(1, date(2027, 11, 1), date(2027, 11, 9)))
    assert len(events(calendar)) == 3
    (zone,) = calendar.timezones
    assert {c.name for c in zone.subcomponents} == {"STANDARD", "DAYLIGHT"}


def test_uids_are_stable_across_exports_and_sessions_and_differ_between_databases(
    clinic: ClinicServices, booked: dict[str, list[int]], db_url: str, new_database: NewDatabase
) -> None:
    first = set(events(parse(CalendarExportService(clinic).provider_ics(1, FIRST, LAST))))
    identity = clinic.store.info_value(DATABASE_ID_KEY)
    assert identity and all(uid.endswith(f"@{identity}") for uid in first)
    assert f"appointment-{booked['series'][0]}@{identity}" in first
    again = set(events(parse(CalendarExportService(clinic).provider_ics(1, FIRST, LAST))))
    assert again == first
    clinic.close()
    reopened = ClinicServices.open(db_url, Clock(FIXED_NOW))
    try:
        assert set(events(parse(CalendarExportService(reopened).provider_ics(1, FIRST, LAST)))) == first
    finally:
        reopened.close()
    other = ClinicServices.open(new_database("other"), Clock(FIXED_NOW))
    try:
        other_identity = CalendarExportService(other).database_identity()
        assert other_identity != identity
    finally:
        other.close()


def test_statuses_cancelled_tentative_and_confirmed(
    clinic: ClinicServices, booked: dict[str, list[int]]
) -> None:
    cancelled, confirmed, tentative = booked["series"][1], booked["series"][2], booked["series"][3]
    clinic.appointments.cancel(cancelled, "Patient has flu")
    clinic.appointments.set_status(confirmed, AppointmentStatus.CONFIRMED)
    exporter = CalendarExportService(clinic)
    found = events(parse(exporter.provider_ics(1, FIRST, LAST)))
    assert str(found[exporter.uid(cancelled)]["STATUS"]) == "CANCELLED"
    assert str(found[exporter.uid(cancelled)]["TRANSP"]) == "TRANSPARENT"
    assert str(found[exporter.uid(confirmed)]["STATUS"]) == "CONFIRMED"
    assert str(found[exporter.uid(tentative)]["STATUS"]) == "TENTATIVE"
    assert str(found[exporter.uid(tentative)]["TRANSP"]) == "OPAQUE"
    assert "Cancelled: Patient has flu" in str(found[exporter.uid(cancelled)]["DESCRIPTION"])
    assert len(found) == 6  # the cancelled one is still there, once


def test_location_is_the_room_and_description_the_type_not_the_notes(
    clinic: ClinicServices, booked: dict[str, list[int]]
) -> None:
    exporter = CalendarExportService(clinic)
    found = events(parse(exporter.provider_ics(1, FIRST, LAST)))
    with_room = found[exporter.uid(booked["series"][0])]
    without_room = found[exporter.uid(booked["first_minute"][0])]
    assert str(with_room["LOCATION"]) == "Sala 2"
    assert "LOCATION" not in without_room
    description = str(with_room["DESCRIPTION"])
    assert "Indication: Chronic migraine" in description and "Type: Botox migraine" in description
    assert "Bring diary" not in description  # appointment notes are never exported
    assert isinstance(with_room.decoded("DTSTAMP"), datetime)
    assert with_room.decoded("DTSTAMP") == FIXED_NOW


def test_initials_only_leaves_nothing_that_identifies_the_patient(
    clinic: ClinicServices, booked: dict[str, list[int]]
) -> None:
    clinic.appointments.cancel(booked["series"][1], "Ines Ortega called: in hospital")
    exporter = CalendarExportService(clinic)
    full = exporter.provider_ics(1, FIRST, LAST)
    private = exporter.provider_ics(1, FIRST, LAST, initials_only=True)
    patient = clinic.patients.get(1)

    def unfolded(data: bytes) -> str:
        return data.decode("utf-8").replace("\r\n ", "")  # a line folded by the library is one line

    assert "Ortega-Villanueva" in unfolded(full)  # the full export names them (so the checks bite)
    text = unfolded(private).lower()
    for secret in (
        "Inés", "Ortega", "Villanueva", "Carl", "Berg", patient.mrn, patient.phone, "612 345 678",
        "612345678", "699111222", "1980-04-02", "19800402", "02/04/1980", "04/02/1980", "ines.ortega",
        "Latex", "needles", "Bring diary", "hospital",
    ):  # fmt: skip
        assert secret.lower() not in text, secret
    found = events(parse(private))
    series_event = found[exporter.uid(booked["series"][0])]
    assert str(series_event["SUMMARY"]) == "Botox migraine — I. O."
    assert str(found[exporter.uid(booked["first_minute"][0])]["SUMMARY"]) == "Botox migraine — C. B."
    # the same events, at the same times, under the same UIDs
    assert set(found) == set(events(parse(full)))


def test_initials() -> None:
    assert initials("Inés", "Ortega") == "I. O."
    assert initials("ángel", "de la Cruz") == "Á. D."
    assert initials("", "'t Hooft") == "T."
    assert initials("", "") == "?"


def test_write_ics_counts_events_and_replaces_the_file_whole(
    clinic: ClinicServices, booked: dict[str, list[int]], tmp_path: Path
) -> None:
    exporter = CalendarExportService(clinic)
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "lind.ics"
    path.write_bytes(b"an older export")
    with pytest.raises(ValidationError):
        exporter.write_ics(1, LAST, FIRST, path)
    assert path.read_bytes() == b"an older export"  # a refused export leaves the earlier file alone
    assert exporter.write_ics(1, FIRST, LAST, path) == 6
    assert path.read_bytes() == exporter.provider_ics(1, FIRST, LAST)
    assert len(events(parse(path.read_bytes()))) == 6
    assert [p.name for p in folder.iterdir()] == ["lind.ics"]  # no temporary file left behind
    missing = tmp_path / "no such folder" / "lind.ics"
    with pytest.raises(ValidationError, match="Cannot write"):
        exporter.write_ics(1, FIRST, LAST, missing)
    assert not missing.parent.exists()


def test_unknown_provider_and_reversed_dates_are_refused_and_write_nothing(
    clinic: ClinicServices, tmp_path: Path
) -> None:
    exporter = CalendarExportService(clinic)
    path = tmp_path / "x.ics"
    with pytest.raises(NotFoundError, match="There is no provider with id 42"):
        exporter.write_ics(42, FIRST, LAST, path)
    with pytest.raises(ValidationError, match=r"ends \(2027-10-01\) before it starts \(2027-10-19\)"):
        exporter.write_ics(1, FIRST, date(2027, 10, 1), path)
    assert not path.exists()


def test_a_utc_clinic_writes_utc_times_and_needs_no_vtimezone(services: ClinicServices) -> None:
    s = services  # the default zone is UTC
    provider = s.resources.add_provider("Dr Lind")
    s.resources.set_hours(provider.id, 0, parse_blocks("08:00-17:00"))
    s.resources.add_type("Consultation", 30)
    s.patients.add(PatientInput("Ines", "Ortega", "1980-04-02"))
    (appointment_id,) = book(s, "2026-11-30T09:00", type_name="Consultation")
    data = CalendarExportService(s).provider_ics(1, date(2026, 11, 30), date(2026, 11, 30))
    calendar = parse(data)
    assert calendar.timezones == []
    assert b"DTSTART:20261130T090000Z" in data
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("DTSTART") == s.appointments.entry(appointment_id).appointment.start


def test_the_demo_clinic_month_matches_the_database(demo_services: ClinicServices) -> None:
    s = demo_services
    first = s.schedule.today().replace(day=1)
    last = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    exporter = CalendarExportService(s)
    for provider in s.resources.providers():
        expected = in_range(s, first, last, provider.id)
        assert expected, "the demo books every provider"
        found = events(parse(exporter.provider_ics(provider.id, first, last)))
        assert set(found) == {exporter.uid(e.appointment.id) for e in expected}
        for entry in expected:
            event = found[exporter.uid(entry.appointment.id)]
            assert event["DTSTART"].params["TZID"] == s.time.timezone
            assert event.decoded("DTSTART").astimezone(UTC) == entry.appointment.start
            assert event.decoded("DTEND").astimezone(UTC) == entry.appointment.end
            cancelled = entry.appointment.status is AppointmentStatus.CANCELLED
            assert (str(event["STATUS"]) == "CANCELLED") == cancelled


def test_every_role_may_export_a_calendar_and_nobody_signed_out(
    booked: dict[str, list[int]], clinic: ClinicServices, tmp_path: Path
) -> None:
    for role in Role:  # reception keeps the providers' calendars too
        clinic.session = Session(role.value, role)
        assert CalendarExportService(clinic).provider_calendar(1, FIRST, LAST, initials_only=True)[1] > 0
    clinic.session = None
    with pytest.raises(PermissionDeniedError, match="Sign in first"):
        CalendarExportService(clinic).write_ics(1, FIRST, LAST, tmp_path / "x.ics")
    assert not (tmp_path / "x.ics").exists()
