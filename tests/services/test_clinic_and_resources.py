from datetime import time

import pytest

from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from clinic_desktop.domain.hours import TimeBlock, parse_blocks
from clinic_desktop.services import ClinicServices
from clinic_desktop.store.migrations import SCHEMA_VERSION


def test_settings_validate_and_persist(services: ClinicServices) -> None:
    assert services.clinic.settings().timezone == "UTC"
    services.clinic.set_setting("timezone", "Europe/Vienna")
    services.clinic.set_setting("country", "at")
    services.clinic.set_setting("subdivision", "9")
    settings = services.clinic.settings()
    assert (settings.timezone, settings.country, settings.subdivision) == ("Europe/Vienna", "AT", "9")
    assert services.time.timezone == "Europe/Vienna"


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("timezone", "Mars/Base", "not a known time zone"),
        ("country", "XX", "holiday calendar"),
        ("subdivision", "NY", "Set the country"),
        ("colour", "red", "Unknown setting"),
        ("name", "   ", "needs a name"),
    ],
)
def test_bad_settings_are_refused_and_change_nothing(
    services: ClinicServices, key: str, value: str, message: str
) -> None:
    before = services.clinic.settings()
    with pytest.raises(ValidationError, match=message):
        services.clinic.set_setting(key, value)
    assert services.clinic.settings() == before


def test_changing_country_clears_a_subdivision_of_the_old_one(services: ClinicServices) -> None:
    services.clinic.set_setting("country", "US")
    services.clinic.set_setting("subdivision", "NY")
    services.clinic.set_setting("country", "AT")
    assert services.clinic.settings().subdivision == ""


def test_providers_rooms_types(services: ClinicServices) -> None:
    lind = services.resources.add_provider("Dr  Lind", "MD")
    okafor = services.resources.add_provider("Dr Okafor")
    assert lind.name == "Dr Lind" and lind.colour != okafor.colour
    with pytest.raises(ConflictError, match="already a provider called"):
        services.resources.add_provider("DR LIND")
    assert [p.name for p in services.resources.providers()] == ["Dr Lind", "Dr Okafor"]

    room = services.resources.add_room("Procedure room A", "Procedure")
    assert room.kind == "procedure"
    bladder = services.resources.add_type("Bladder procedure", 30, "procedure", "overactive_bladder")
    assert bladder.indication is Indication.OVERACTIVE_BLADDER and bladder.is_treatment
    consult = services.resources.add_type("Consultation", 30)
    assert not consult.is_treatment and consult.indication is None
    with pytest.raises(ValidationError, match="Known indications"):
        services.resources.add_type("Botox", 15, indication="wrinkles")
    with pytest.raises(ValidationError, match="between 5 and"):
        services.resources.add_type("Marathon", 1000)
    assert [t.name for t in services.resources.types()] == ["Bladder procedure", "Consultation"]


def test_weekly_hours_replace_one_day(services: ClinicServices) -> None:
    lind = services.resources.add_provider("Dr Lind")
    services.resources.set_hours(lind.id, 0, parse_blocks("08:00-12:00,13:00-17:00"))
    services.resources.set_hours(lind.id, 0, parse_blocks("09:00-13:00"))
    services.resources.set_hours(lind.id, 4, [])
    week = services.resources.week(lind.id)
    assert week[0].blocks == (TimeBlock(time(9), time(13)),)
    assert week[4].blocks == () and len(week) == 7
    with pytest.raises(NotFoundError, match="no provider with id 99"):
        services.resources.set_hours(99, 0, [])
    with pytest.raises(ValidationError, match="overlap"):
        services.resources.set_hours(
            lind.id, 1, [TimeBlock(time(8), time(12)), TimeBlock(time(11), time(13))]
        )


def test_info_counts(demo_services: ClinicServices) -> None:
    info = demo_services.clinic.info()
    assert info.schema_version == SCHEMA_VERSION
    assert info.timezone == "America/New_York"
    assert info.counts["patients"] == 300 and info.counts["providers"] == 2
    assert info.counts["appointments"] > 500
    assert info.counts["treatments"] > 0


def test_a_local_now_follows_a_change_of_time_zone(services: ClinicServices) -> None:
    # --now is a clinic-local wall-clock time: resolved once per zone (it is read many times per
    # proposal), so changing the zone must change the instant, and changing it back restores it.
    services.clinic.set_setting("timezone", "Europe/Madrid")
    services.set_now("2026-07-01T09:00")
    madrid = services.now()
    assert services.now() is madrid  # the remembered resolution
    services.clinic.set_setting("timezone", "America/New_York")
    assert (services.now() - madrid).total_seconds() == 6 * 3600
    services.clinic.set_setting("timezone", "Europe/Madrid")
    assert services.now() == madrid
    services.set_now("2026-07-01T10:00")
    assert (services.now() - madrid).total_seconds() == 3600
