from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clinic_desktop.domain.clinic_time import (
    ClinicTime,
    parse_clock,
    parse_date,
    validate_timezone,
)
from clinic_desktop.domain.errors import ValidationError

NY = ClinicTime("America/New_York")


def test_local_wall_clock_to_utc_in_winter_and_summer() -> None:
    assert NY.to_utc(datetime(2026, 1, 15, 9, 0)) == datetime(2026, 1, 15, 14, 0, tzinfo=UTC)
    assert NY.to_utc(datetime(2026, 7, 15, 9, 0)) == datetime(2026, 7, 15, 13, 0, tzinfo=UTC)


def test_iso_has_local_offset() -> None:
    assert NY.iso(datetime(2026, 11, 3, 14, 0, tzinfo=UTC)) == "2026-11-03T09:00:00-05:00"


def test_time_skipped_by_spring_forward_is_refused() -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        NY.to_utc(datetime(2026, 3, 8, 2, 30))


def test_repeated_hour_means_first_occurrence() -> None:
    first = NY.to_utc(datetime(2026, 11, 1, 1, 30))
    assert first == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)  # still on daylight time (-04:00)


def test_day_bounds_are_23_and_25_hours_on_change_days() -> None:
    start, end = NY.day_bounds(date(2026, 3, 8))
    assert end - start == timedelta(hours=23)
    start, end = NY.day_bounds(date(2026, 11, 1))
    assert end - start == timedelta(hours=25)
    start, end = NY.day_bounds(date(2026, 11, 2))
    assert end - start == timedelta(hours=24)


def test_parse_local_accepts_space_or_t_and_explicit_offsets() -> None:
    assert NY.parse_local("2026-12-01T10:00") == datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
    assert NY.parse_local("2026-12-01 10:00") == datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
    assert NY.parse_local("2026-12-01T10:00+01:00") == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    with pytest.raises(ValidationError, match="YYYY-MM-DDTHH:MM"):
        NY.parse_local("tomorrow at ten")


def test_naive_instant_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        NY.to_local(datetime(2026, 1, 1, 9, 0))


@pytest.mark.parametrize("name", ["Europe/Vienna", "America/New_York", "UTC", "Australia/Lord_Howe"])
def test_valid_timezones(name: str) -> None:
    assert validate_timezone(name) == name


@pytest.mark.parametrize("name", ["Mars/Olympus", "", "../etc/passwd", "EST5EDTX"])
def test_invalid_timezones_are_refused_in_words(name: str) -> None:
    with pytest.raises(ValidationError, match="time zone"):
        validate_timezone(name)


def test_timezone_suggestion_for_a_city_name() -> None:
    with pytest.raises(ValidationError, match="Did you mean Europe/Vienna"):
        validate_timezone("vienna")


def test_parse_clock_and_date() -> None:
    assert parse_clock("08:30") == time(8, 30)
    assert parse_date("2026-12-01") == date(2026, 12, 1)
    for bad in ("8.30", "25:00", "08:3", "noon"):
        with pytest.raises(ValidationError):
            parse_clock(bad)
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        parse_date("01/12/2026")


ZONES = st.sampled_from(["America/New_York", "Europe/Vienna", "Australia/Sydney", "Asia/Kolkata", "UTC"])


@given(zone=ZONES, instant=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1)))
def test_utc_round_trip_through_local_time(zone: str, instant: datetime) -> None:
    clinic = ClinicTime(zone)
    aware = instant.replace(tzinfo=UTC, microsecond=0)
    local = clinic.to_local(aware)
    assert local.astimezone(UTC) == aware
    assert clinic.parse_local(local.isoformat()) == aware


@given(zone=ZONES, day=st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 1, 1)))
def test_day_bounds_contain_exactly_that_local_day(zone: str, day: date) -> None:
    clinic = ClinicTime(zone)
    start, end = clinic.day_bounds(day)
    assert clinic.local_date(start) == day
    assert clinic.local_date(end - timedelta(seconds=1)) == day
    assert clinic.local_date(end) == day + timedelta(days=1)
