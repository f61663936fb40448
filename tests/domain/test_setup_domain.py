"""The rules behind the set-up in the window: suggested appointment types, what a clinic needs before
it can book, how dates are written, weekly hours from a date on, bookings a change would leave
outside working time, and the stock's checks."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from clinic_desktop.domain.availability import DatedBlock, ProviderCalendar
from clinic_desktop.domain.codes import Indication, Product
from clinic_desktop.domain.date_formats import DateFormat, format_date, four_digit_year, parse_date_format
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.hours import TimeBlock, parse_blocks
from clinic_desktop.domain.setup import SetupStatus, seed_types, validate_recall_lead_days
from clinic_desktop.domain.stock import check_adjustment, check_receivable, lot_stock
from clinic_desktop.domain.treatments import Lot
from clinic_desktop.domain.working_time import (
    Booked,
    HoursEntry,
    OutsideHoursError,
    apply_plan,
    check_absence,
    plan_hours,
    stranded,
    weekdays_text,
)

MONDAY = date(2026, 11, 30)


def test_suggested_types_follow_what_the_clinic_treats() -> None:
    names = [t.name for t in seed_types([Indication.OVERACTIVE_BLADDER, Indication.CHRONIC_MIGRAINE])]
    assert names == ["Consultation", "Migraine treatment", "Bladder procedure", "Review"]
    bladder = seed_types([Indication.OVERACTIVE_BLADDER])[1]
    assert (bladder.minutes, bladder.room_kind, bladder.is_treatment) == (60, "procedure", True)
    everything = seed_types([])
    assert len(everything) == 2 + 8  # consultation, review, every indication but "other"
    assert all(t.is_treatment == (t.indication is not None) for t in everything)
    assert len({t.colour for t in everything}) == len(everything)


def test_a_clinic_can_book_with_a_working_provider_and_a_type() -> None:
    empty = SetupStatus(False, 0, 0, 0, 0, 0, 0)
    assert not empty.can_book and [p for p, _ in empty.missing()] == ["providers", "types"]
    no_hours = SetupStatus(True, 2, 0, 0, 1, 1, 0)
    assert not no_hours.can_book and [p for p, _ in no_hours.missing()] == ["hours"]
    ready = SetupStatus(True, 1, 1, 0, 1, 0, 0, ("Bladder procedure",))
    assert ready.can_book
    assert ready.missing() == [
        ("rooms", "Bladder procedure needs a kind of room the clinic has not added yet: add the room.")
    ]


def test_us_and_uk_dates_are_told_apart() -> None:
    day = date(1980, 4, 3)
    assert format_date(day, DateFormat.US) == "04/03/1980"
    assert format_date(day, DateFormat.UK) == "03/04/1980"
    assert format_date(day, DateFormat.ISO) == "1980-04-03"
    assert format_date(day, DateFormat.LOCALE) == "1980-04-03"  # the window applies the locale's own
    assert parse_date_format(" UK ") is DateFormat.UK
    with pytest.raises(ValidationError, match="Formats: locale, us, uk, iso"):
        parse_date_format("dd.mm.yy")
    assert four_digit_year("M/d/yy") == "M/d/yyyy" and four_digit_year("dd.MM.yyyy") == "dd.MM.yyyy"


def test_the_recall_lead_time_is_a_sensible_number_of_days() -> None:
    assert validate_recall_lead_days(" 21 ") == 21
    for wrong, message in (("0", "1 to 120"), ("365", "1 to 120"), ("soon", "not a number")):
        with pytest.raises(ValidationError, match=message):
            validate_recall_lead_days(wrong)


def entries(*blocks: DatedBlock) -> list[HoursEntry]:
    return [HoursEntry(i, 1, b) for i, b in enumerate(blocks, 1)]


def block(text: str) -> TimeBlock:
    return parse_blocks(text)[0]


def test_hours_from_a_date_end_the_old_blocks_and_replace_later_ones() -> None:
    stored = entries(
        DatedBlock(0, block("08:00-17:00")),  # always
        DatedBlock(0, block("07:00-08:00"), date(2026, 1, 1), date(2026, 6, 30)),  # over: untouched
        DatedBlock(0, block("09:00-10:00"), date(2027, 1, 4)),  # planned for later: replaced
        DatedBlock(1, block("08:00-17:00")),  # another weekday: untouched
    )
    plan = plan_hours(stored, [0], [block("09:00-13:00")], MONDAY)
    assert plan.end == [(1, date(2026, 11, 29))] and plan.remove == [3]
    assert plan.add == [DatedBlock(0, block("09:00-13:00"), MONDAY, None)]
    after = apply_plan(stored, plan)
    calendar = ProviderCalendar(weekly=tuple(after))
    assert calendar.blocks(MONDAY - timedelta(days=7)) == [block("08:00-17:00")]
    assert calendar.blocks(MONDAY) == calendar.blocks(date(2027, 1, 4)) == [block("09:00-13:00")]
    assert calendar.blocks(MONDAY + timedelta(days=1)) == [block("08:00-17:00")]
    always = plan_hours(stored, range(5), [], None)  # no date: the weekdays' blocks go for good
    assert sorted(always.remove) == [1, 2, 3, 4] and always.add == []
    with pytest.raises(ValidationError, match="at least one weekday"):
        plan_hours(stored, [], [], None)


def test_weekdays_are_named_as_a_range_or_a_list() -> None:
    assert weekdays_text(range(5)) == "Mon-Fri"
    assert weekdays_text([4, 0, 2]) == "Mon, Wed, Fri"
    assert weekdays_text([5, 6]) == "Sat, Sun"


def test_only_bookings_the_change_takes_out_of_working_time_are_named() -> None:
    before = ProviderCalendar(weekly=(DatedBlock(0, block("08:00-17:00")),))
    after = ProviderCalendar(weekly=(DatedBlock(0, block("08:00-12:00")),))
    morning = Booked(1, datetime(2026, 11, 30, 9), datetime(2026, 11, 30, 9, 30), "morning")
    afternoon = Booked(2, datetime(2026, 11, 30, 15), datetime(2026, 11, 30, 15, 30), "afternoon")
    evening = Booked(3, datetime(2026, 11, 30, 18), datetime(2026, 11, 30, 18, 30), "already outside")
    assert stranded([morning, afternoon, evening], before, after) == [afternoon]
    many = [Booked(i, morning.start, morning.end, f"booking {i}") for i in range(10)]
    message = OutsideHoursError("Closing the clinic", many).message
    assert message.startswith("Closing the clinic would leave 10 bookings outside working hours: booking 0;")
    assert "booking 7; and 2 more. Keep the hours" in message


def test_absences_end_after_they_start() -> None:
    assert check_absence(MONDAY, MONDAY, "  a  course ", "Time off") == "a course"
    with pytest.raises(ValidationError, match="Time off must end on or after"):
        check_absence(MONDAY, MONDAY - timedelta(days=1), "", "Time off")
    with pytest.raises(ValidationError, match="at most a year"):
        check_absence(MONDAY, MONDAY + timedelta(days=400), "", "A closure")


def test_stock_is_received_unexpired_and_adjusted_with_a_reason() -> None:
    check_receivable(MONDAY, MONDAY)
    with pytest.raises(ValidationError, match="expired on 2026-11-29"):
        check_receivable(MONDAY - timedelta(days=1), MONDAY)
    lot = Lot(1, Product.ONABOTULINUMTOXINA, "C1", MONDAY + timedelta(days=30), 4, 1, 100)
    assert lot.vials_left == 3
    assert check_adjustment(lot, -3, " dropped ") == "dropped"
    with pytest.raises(ValidationError, match="has 3 vials left; 4 cannot be taken away"):
        check_adjustment(lot, -4, "lost")
    with pytest.raises(ValidationError, match="Say why"):
        check_adjustment(lot, 2, "")
    assert lot_stock(lot, MONDAY).status == "expires in 30 days"
    assert lot_stock(lot, MONDAY - timedelta(days=61)).status == "in stock"
    assert lot_stock(lot, MONDAY + timedelta(days=31)).status == "expired"
    with pytest.raises(ValidationError, match="must end after it starts"):
        TimeBlock(time(17), time(8))
