"""The clinic's time zone is kept per process (ClinicServices.time); when another workstation
changes it, this one's next use case after live refresh's signal works in the new zone."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingRequest
from tests.day_list_clinic import DAY, build
from tests.other_workstation import change_setting


def starts(clinic: ClinicServices) -> list[tuple[str, str]]:
    return [(r.start.strftime("%H:%M"), r.patient_name) for r in clinic.day_lists.day_list(DAY).rows]


def test_a_zone_changed_at_another_workstation_is_used_after_the_refresh_signal(
    services: ClinicServices, db_url: str
) -> None:
    here = build(services)  # New York
    assert starts(here)[0] == ("09:00", "Ines Ortega") and here.time.timezone == "America/New_York"
    marker = here.clinic.change_marker()
    change_setting(db_url, "timezone", "Europe/Vienna")
    deadline = time.monotonic() + 10
    while here.clinic.change_marker() == marker:  # what the window's live refresh polls
        assert time.monotonic() < deadline, "the change was not noticed"
        time.sleep(0.02)
    settings = here.clinic.refresh_settings()  # what the window does on the signal
    assert settings.timezone == "Europe/Vienna" == here.time.timezone
    assert starts(here) == [("15:00", "Ines Ortega"), ("15:30", "Tom Baker"), ("16:00", "Ana Ruiz")]
    tom = here.patients.search("Baker")[0].record.id
    booked = here.appointments.book(
        BookingRequest(tom, 1, "Consultation", here.time.parse_local("2026-11-25T09:00"))
    ).appointments[0]
    assert booked.start == datetime(2026, 11, 25, 8, 0, tzinfo=UTC)  # 09:00 in Vienna, not New York
    assert here.clinic.refresh_settings() == settings  # nothing changed since: the same settings
