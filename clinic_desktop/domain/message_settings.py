"""The clinic's settings for messages to patients (domain/messages.py has the rest of their rules):
how many hours before an appointment its reminders go, and how a yes or no is written.

A module of its own so that the clinic's settings (domain/clinic_settings.py), which every command
reads, can check these without loading the templates, channels and wording of the messages
themselves (a command's start-up, issue 22)."""

from __future__ import annotations

from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.words import QT_TR_NOOP

# --- the settings -----------------------------------------------------------------------------------

DEFAULT_REMINDER_HOURS = 48
MAX_REMINDER_HOURS = 14 * 24
MAX_SECOND_REMINDER_HOURS = 24


def validate_reminder_hours(value: object) -> int:
    """How many hours before an appointment its reminder goes: 1 to 336 (two weeks)."""
    hours = _whole(value)
    if not 1 <= hours <= MAX_REMINDER_HOURS:
        raise ValidationError(
            QT_TR_NOOP("A reminder goes 1 to {most} hours before, not {hours}."),
            most=MAX_REMINDER_HOURS,
            hours=hours,
        )
    return hours


def validate_second_reminder_hours(value: object) -> int:
    """The optional second reminder, hours before (0: none; e.g. 2 on the day itself)."""
    hours = _whole(value)
    if not 0 <= hours <= MAX_SECOND_REMINDER_HOURS:
        raise ValidationError(
            QT_TR_NOOP("The second reminder goes 1 to {most} hours before (0 for none), not {hours}."),
            most=MAX_SECOND_REMINDER_HOURS,
            hours=hours,
        )
    return hours


def parse_flag(value: object) -> bool:
    text = str(value).strip().lower()
    if text in ("yes", "on", "true", "1"):
        return True
    if text in ("no", "off", "false", "0"):
        return False
    raise ValidationError(QT_TR_NOOP("'{value}' is not yes or no."), value=value)


def _whole(value: object) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        raise ValidationError(QT_TR_NOOP("'{value}' is not a whole number of hours."), value=value) from None
