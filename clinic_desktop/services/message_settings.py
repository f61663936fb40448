"""The clinic settings that messages to patients read, each declared once with its check
(domain/messages.py holds the rules; the phone number is read as libphonenumber reads it)."""

from __future__ import annotations

from collections.abc import Callable

from clinic_desktop.domain.entities import ClinicSettings
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.messages import parse_flag, validate_reminder_hours, validate_second_reminder_hours
from clinic_desktop.domain.text import check_text
from clinic_desktop.services.phones import normalise_phone

ADDRESS_LIMIT = 200


def _reminder(value: str, current: ClinicSettings) -> str:
    hours = validate_reminder_hours(value)
    if current.second_reminder_hours and hours <= current.second_reminder_hours:
        raise ValidationError(
            f"The reminder ({hours} hours before) must go before the second one "
            f"({current.second_reminder_hours} hours before)."
        )
    return str(hours)


def _second(value: str, current: ClinicSettings) -> str:
    hours = validate_second_reminder_hours(value)
    if hours and hours >= current.reminder_hours:
        raise ValidationError(
            f"The second reminder ({hours} hours before) must come after the first "
            f"({current.reminder_hours} hours before)."
        )
    return str(hours)


def _flag(value: str, current: ClinicSettings) -> str:
    return "yes" if parse_flag(value) else "no"


def _phone(value: str, current: ClinicSettings) -> str:
    return normalise_phone(value, current.country)


def _address(value: str, current: ClinicSettings) -> str:
    return check_text("clinic address", " ".join(value.split()), ADDRESS_LIMIT)


#: key -> its check (the value as saved, or a ValidationError), given the settings as they are.
MESSAGE_SETTINGS: dict[str, Callable[[str, ClinicSettings], str]] = {
    "reminder_hours": _reminder,
    "second_reminder_hours": _second,
    "recall_invitations": _flag,
    "reply_phone": _phone,
    "address": _address,
}


def clean_message_setting(key: str, value: str, current: ClinicSettings) -> str:
    return MESSAGE_SETTINGS[key](str(value), current)
