"""The clinic's clock and date order as people read them (domain/date_formats.py): 2:30 PM in New
York, 14:30 in London and Vienna, ISO dates where chosen; 'locale' is the clinic's country's."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from clinic_desktop.domain import clinic_settings as cs
from clinic_desktop.domain.date_formats import (
    Clock,
    DateFormat,
    Writing,
    country_clock,
    country_date_order,
    format_datetime,
    format_span,
    format_time,
    hour_label,
    long_date,
    parse_clock_choice,
    resolve_clock,
    writing_for,
)
from clinic_desktop.domain.entities import ClinicSettings
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.messages import time_words

AFTERNOON = datetime(2026, 12, 7, 14, 30)


def test_a_us_clinic_writes_half_past_two_as_2_30_pm_and_a_uk_one_as_14_30() -> None:
    assert format_time(AFTERNOON, Clock.H12) == "2:30 PM"
    assert format_time(AFTERNOON, Clock.H24) == "14:30"
    assert format_time(time(9, 5), Clock.H24) == "09:05"
    assert format_time(time(9, 5, 7), Clock.H12, seconds=True) == "9:05:07 AM"


@pytest.mark.parametrize(
    ("moment", "twelve"),
    [
        (time(0, 0), "12:00 AM"),
        (time(0, 30), "12:30 AM"),
        (time(12, 0), "12:00 PM"),
        (time(23, 59), "11:59 PM"),
    ],
)
def test_midnight_and_noon_on_the_12_hour_clock(moment: time, twelve: str) -> None:
    assert format_time(moment, Clock.H12) == twelve


def test_hour_labels_and_spans() -> None:
    assert [hour_label(h, Clock.H12) for h in (0, 9, 12, 14)] == ["12 AM", "9 AM", "12 PM", "2 PM"]
    assert [hour_label(h, Clock.H24) for h in (0, 9, 12, 14)] == ["00:00", "09:00", "12:00", "14:00"]
    assert format_span(time(9), time(9, 30), Clock.H12, " to ") == "9:00 AM to 9:30 AM"
    assert format_span(time(9), time(9, 30), Clock.H24) == "09:00–09:30"


def test_dates_in_each_order() -> None:
    day = date(2026, 12, 7)
    assert long_date(day, DateFormat.US) == "Mon Dec 7, 2026"
    assert long_date(day, DateFormat.UK) == "Mon 7 Dec 2026"
    assert long_date(day, DateFormat.ISO) == "Mon 2026-12-07"
    assert format_datetime(AFTERNOON, DateFormat.US, Clock.H12) == "Mon Dec 7, 2026 2:30 PM"
    assert format_datetime(AFTERNOON, DateFormat.UK, Clock.H24, long=False) == "07/12/2026 14:30"
    assert format_datetime(AFTERNOON, DateFormat.ISO, Clock.H24, long=False) == "2026-12-07 14:30"


@pytest.mark.parametrize(
    ("country", "clock", "order"),
    [
        ("US", Clock.H12, DateFormat.US),
        ("GB", Clock.H24, DateFormat.UK),
        ("AT", Clock.H24, DateFormat.UK),
        ("AU", Clock.H12, DateFormat.UK),
        ("SE", Clock.H24, DateFormat.ISO),
    ],
)
def test_a_countrys_clock_and_date_order_come_from_cldr(
    country: str, clock: Clock, order: DateFormat
) -> None:
    assert country_clock(country) is clock
    assert country_date_order(country) is order
    assert resolve_clock(Clock.LOCALE, country) is clock


def test_the_setting_wins_over_the_country_and_no_country_falls_back() -> None:
    assert resolve_clock(Clock.H24, "US") is Clock.H24
    assert resolve_clock("12", "GB") is Clock.H12
    assert country_clock("") is None and country_clock("XX") is None
    assert resolve_clock(Clock.LOCALE, "") is Clock.H24  # ISO 8601's clock
    assert resolve_clock(Clock.LOCALE, "", fallback=Clock.H12) is Clock.H12  # the window's computer's
    assert writing_for("locale", "locale", "") == Writing(DateFormat.ISO, Clock.H24)
    assert writing_for("locale", "locale", "US") == Writing(DateFormat.US, Clock.H12)
    assert writing_for("iso", "24", "US") == Writing(DateFormat.ISO, Clock.H24)


def test_the_clock_is_a_clinic_setting_with_a_clear_refusal() -> None:
    assert ClinicSettings().clock == "locale" == cs.CLOCK.default
    assert cs.setting("clock") is cs.CLOCK and cs.CLOCK.label  # the clinic page's label
    assert [parse_clock_choice(t) for t in ("12", "24h", "24-hour", " Locale ")] == [
        Clock.H12,
        Clock.H24,
        Clock.H24,
        Clock.LOCALE,
    ]
    with pytest.raises(ValidationError, match="'13' is not a clock. Clocks: locale, 12, 24."):
        cs.CLOCK.check("13", ClinicSettings())


def test_a_reminders_time_in_the_clinics_clock() -> None:
    assert time_words(AFTERNOON, Clock.H12) == "2:30 PM"
    assert time_words(AFTERNOON, Clock.H24) == "14:30"


def test_paper_writes_in_the_clinics_order_and_clock() -> None:
    us, uk = Writing(DateFormat.US, Clock.H12), Writing(DateFormat.UK, Clock.H24)
    assert us.day_words(AFTERNOON.date()) == "Monday, December 7, 2026"
    assert uk.day_words(AFTERNOON.date()) == "Monday 7 December 2026"
    assert (us.stamp(AFTERNOON), uk.stamp(AFTERNOON)) == ("12/07/2026 2:30 PM", "07/12/2026 14:30")
