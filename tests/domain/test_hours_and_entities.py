from datetime import time

import pytest

from clinic_desktop.domain.codes import AppointmentStatus, Indication, parse_indication
from clinic_desktop.domain.entities import require_colour, require_kind, require_minutes, require_name
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.hours import TimeBlock, format_blocks, parse_blocks, parse_weekday


def test_blocks_with_lunch_break_are_sorted() -> None:
    blocks = parse_blocks("13:00-17:00, 08:00-12:00")
    assert blocks == [TimeBlock(time(8), time(12)), TimeBlock(time(13), time(17))]
    assert format_blocks(blocks) == "08:00-12:00,13:00-17:00"
    assert sum(b.minutes for b in blocks) == 480


def test_empty_blocks_mean_not_working() -> None:
    assert parse_blocks("") == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("08:00-12:00,11:00-13:00", "overlap"),
        ("12:00-08:00", "end after it starts"),
        ("08:00", "block of time"),
        ("8am-noon", "time of day"),
    ],
)
def test_bad_blocks_are_refused(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_blocks(text)


def test_weekdays() -> None:
    assert parse_weekday("mon") == 0
    assert parse_weekday("Sunday") == 6
    assert parse_weekday(" FRI ") == 4
    with pytest.raises(ValidationError, match="weekday"):
        parse_weekday("funday")


def test_names_kinds_colours_minutes() -> None:
    assert require_name("  Dr   Lind ", "provider") == "Dr Lind"
    with pytest.raises(ValidationError, match="needs a name"):
        require_name("   ", "provider")
    assert require_kind("Procedure Room") == "procedure_room"
    with pytest.raises(ValidationError):
        require_kind("!!")
    assert require_colour("#1F7A8C") == "#1f7a8c"
    with pytest.raises(ValidationError):
        require_colour("teal")
    assert require_minutes(30) == 30
    with pytest.raises(ValidationError):
        require_minutes(0)


def test_indication_codes_and_status_rules() -> None:
    assert parse_indication("Chronic_Migraine") is Indication.CHRONIC_MIGRAINE
    with pytest.raises(ValidationError, match="Known indications"):
        parse_indication("botox")
    assert not AppointmentStatus.CANCELLED.occupies_time
    assert AppointmentStatus.NO_SHOW.occupies_time
    assert AppointmentStatus.IN_ROOM.label == "In room"


def test_frozen_builds_the_same_value_as_the_constructor_and_needs_every_field() -> None:
    from dataclasses import FrozenInstanceError
    from datetime import UTC, datetime

    from clinic_desktop.domain.entities import Appointment, frozen

    at = datetime(2026, 11, 3, 14, tzinfo=UTC)
    fields = {"id": 1, "patient_id": 2, "provider_id": 3, "room_id": None, "type_id": 4, "start": at}
    fields |= {"end": at, "status": AppointmentStatus.CONFIRMED, "notes": "", "cancel_reason": ""}
    made = frozen(Appointment, {**fields, "series_id": None})
    assert made == Appointment(**fields)
    assert hash(made) == hash(Appointment(**fields))
    with pytest.raises(FrozenInstanceError):
        made.notes = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError, match="series_id"):
        frozen(Appointment, fields)
