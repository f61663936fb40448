"""The rules of messages to patients (domain/messages.py): quiet hours, back-off, reminder times,
keys, channel choice, replies, and texts that name no condition or treatment."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.message_settings import validate_reminder_hours
from clinic_desktop.domain.messages import (
    Template,
    check_template,
    choose_channel,
    clinical_words,
    date_words,
    default_templates,
    in_quiet_hours,
    message_key,
    quiet_hours_end,
    reminder_times,
    render,
    reply_intent,
    retry_delay,
)
from clinic_desktop.domain.outbox import Channel, MessageKind, TemplateName

NY = ZoneInfo("America/New_York")


def test_quiet_hours_are_20_to_8_clinic_time() -> None:
    assert not in_quiet_hours(datetime(2026, 11, 23, 19, 59, tzinfo=NY))
    assert in_quiet_hours(datetime(2026, 11, 23, 20, 0, tzinfo=NY))
    assert in_quiet_hours(datetime(2026, 11, 24, 7, 59, tzinfo=NY))
    assert quiet_hours_end(datetime(2026, 11, 23, 22, 0, tzinfo=NY)) == datetime(
        2026, 11, 24, 8, 0, tzinfo=NY
    )
    assert quiet_hours_end(datetime(2026, 11, 24, 3, 0, tzinfo=NY)) == datetime(2026, 11, 24, 8, 0, tzinfo=NY)


def test_back_off_grows_three_times_and_stops_at_six_hours() -> None:
    assert [retry_delay(n) for n in range(1, 7)] == [
        timedelta(minutes=5), timedelta(minutes=15), timedelta(minutes=45), timedelta(minutes=135),
        timedelta(hours=6), timedelta(hours=6),
    ]  # fmt: skip


def test_reminders_only_when_still_ahead_and_the_keys() -> None:
    start = datetime(2026, 12, 1, 14, 0, tzinfo=UTC)
    booked = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
    assert reminder_times(start, booked, 48, 2) == [
        (48, start - timedelta(hours=48)),
        (2, start - timedelta(hours=2)),
    ]
    assert reminder_times(start, start - timedelta(hours=24), 48, 0) == []  # booked for tomorrow
    assert message_key(MessageKind.REMINDER, "appointment-3", "48h-x") == "reminder:appointment-3:48h-x"
    with pytest.raises(ValidationError, match="1 to 336 hours"):
        validate_reminder_hours("0")


def test_channel_choice_and_replies() -> None:
    assert choose_channel("sms", True, True) is Channel.SMS
    assert choose_channel("phone", True, True) is Channel.EMAIL
    assert choose_channel("email", False, True) is Channel.SMS
    assert choose_channel("sms", False, False) is None
    replies = ("STOP", "stop please", "Arrêt", "Sí, gracias", "oui", "Maybe later")
    assert [reply_intent(t) for t in replies] == [
        "stop", "stop", "stop", "yes", "yes", None,
    ]  # fmt: skip


def test_texts_never_name_a_condition_or_a_treatment() -> None:
    assert clinical_words("Your Botox visit for MIGRAÑA") == ["botox", "migrana"]
    assert clinical_words("onabotulinumtoxinA at 09:00") == ["onabotulinumtoxina"]
    assert clinical_words("Lakeside Clinic, 12 Lake Road") == []
    with pytest.raises(ValidationError, match="may not name a condition"):
        check_template(Template(TemplateName.REMINDER, Channel.SMS, "en", "", "Your toxin injection {date}"))
    template = Template(TemplateName.REMINDER, Channel.SMS, "en", "", "{clinic}: {date} at {time}.")
    with pytest.raises(ValidationError, match="would name a condition"):
        render(template, {"clinic": "Migraine Centre", "date": "Tuesday", "time": "09:00"})
    for default in default_templates():  # every starting template passes its own rules
        assert check_template(default) == default
        values = {f: "x" for f in ("clinic", "date", "time", "place", "reply_phone", "patient", "provider")}
        subject, body = render(default, values)
        assert body and (subject or default.channel is Channel.SMS)


def test_dates_in_the_patients_language() -> None:
    day = datetime(2026, 12, 1).date()
    assert date_words(day, "en") == "Tuesday 1 December 2026"
    assert date_words(day, "fr") == "mardi 1 décembre 2026"
    assert date_words(day, "es-MX") == "martes 1 de diciembre de 2026"
