from datetime import date, datetime, time

import pytest

from clinic_desktop.domain.availability import DatedBlock, DayOff, ProviderCalendar, series_starts
from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.hours import TimeBlock

MORNING, AFTERNOON = TimeBlock(time(8), time(12)), TimeBlock(time(13), time(17))
WEEK = tuple(DatedBlock(d, b) for d in range(5) for b in (MORNING, AFTERNOON))


def test_weekdays_have_blocks_and_weekends_none() -> None:
    calendar = ProviderCalendar(weekly=WEEK)
    assert calendar.blocks(date(2026, 11, 23)) == [MORNING, AFTERNOON]  # a Monday
    assert calendar.blocks(date(2026, 11, 28)) == []  # a Saturday
    assert calendar.covers(datetime(2026, 11, 23, 9), datetime(2026, 11, 23, 9, 30))
    assert not calendar.covers(datetime(2026, 11, 23, 11, 45), datetime(2026, 11, 23, 12, 15))  # into lunch


def test_holidays_time_off_and_closures_close_the_day_with_a_reason() -> None:
    calendar = ProviderCalendar(
        weekly=WEEK,
        time_off=(DayOff(date(2026, 12, 1), date(2026, 12, 2), "conference"),),
        closures=(DayOff(date(2026, 12, 31), date(2026, 12, 31), "inventory"),),
        holidays={date(2026, 12, 25): "Christmas Day"},
    )
    assert calendar.blocks(date(2026, 12, 25)) == []
    assert "public holiday (Christmas Day)" in (calendar.why_closed(date(2026, 12, 25)) or "")
    assert "provider is off" in (calendar.why_closed(date(2026, 12, 2)) or "")
    assert "clinic is closed" in (calendar.why_closed(date(2026, 12, 31)) or "")
    assert calendar.blocks(date(2026, 12, 3)) == [MORNING, AFTERNOON]


def test_dated_templates_and_extra_sessions() -> None:
    winter = DatedBlock(0, TimeBlock(time(9), time(15)), effective_from=date(2027, 1, 1))
    old = DatedBlock(0, MORNING, effective_to=date(2026, 12, 31))
    calendar = ProviderCalendar(
        weekly=(winter, old), extra=((date(2026, 11, 28), TimeBlock(time(9), time(12))),)
    )
    assert calendar.blocks(date(2026, 12, 28)) == [MORNING]
    assert calendar.blocks(date(2027, 1, 4)) == [TimeBlock(time(9), time(15))]
    assert calendar.blocks(date(2026, 11, 28)) == [TimeBlock(time(9), time(12))]  # a Saturday clinic


def test_series_keeps_local_time_across_daylight_saving() -> None:
    ny = ClinicTime("America/New_York")
    starts = series_starts(datetime(2026, 10, 12, 9, 0), every_weeks=3, count=4)
    assert [s.date() for s in starts] == [
        date(2026, 10, 12),
        date(2026, 11, 2),
        date(2026, 11, 23),
        date(2026, 12, 14),
    ]
    assert all(s.time() == time(9) for s in starts)
    utc_hours = [ny.to_utc(s).hour for s in starts]
    assert utc_hours == [13, 14, 14, 14]  # EDT (-4) before 1 November, EST (-5) after
    with pytest.raises(ValidationError):
        series_starts(datetime(2026, 10, 12, 9), every_weeks=0, count=4)
