"""Value types the layers hand each other. Repositories return these, never database rows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any, TypeVar

from clinic_desktop.domain import clinic_settings as cs
from clinic_desktop.domain.codes import AppointmentStatus, Indication
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.hours import TimeBlock
from clinic_desktop.domain.text import check_text
from clinic_desktop.domain.words import QT_TR_NOOP, Text

T = TypeVar("T")


def frozen(cls: type[T], values: dict[str, Any]) -> T:
    """A frozen dataclass instance from values a repository has already checked, filled in directly.

    A frozen dataclass's generated __init__ sets every field through object.__setattr__; reading
    a busy week builds hundreds of these, and this path is about three times cheaper. The result
    is an ordinary instance: equal to, and hashing like, one made by the constructor. Every field
    must be given (checked, so a field added later cannot be silently missing)."""
    if len(values) != len(_field_names(cls)):
        missing = sorted(set(_field_names(cls)) - set(values))
        raise TypeError(f"{cls.__name__} needs every field; missing {missing}")
    instance = object.__new__(cls)
    instance.__dict__.update(values)
    return instance


_FIELDS: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in fields(cls))
    return names


_KIND = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


# What needs a name, each in whole words (a language's article and word order are its own).
_NEEDS_A_NAME = {
    "provider": QT_TR_NOOP("The provider needs a name."),
    "room": QT_TR_NOOP("The room needs a name."),
    "appointment type": QT_TR_NOOP("The appointment type needs a name."),
    "clinic": QT_TR_NOOP("The clinic needs a name."),
}
_NAME_OF = {
    "provider": QT_TR_NOOP("provider name"),
    "room": QT_TR_NOOP("room name"),
    "appointment type": QT_TR_NOOP("appointment type name"),
    "clinic": QT_TR_NOOP("clinic name"),
}


def require_name(value: str, what: str, limit: int = 120) -> str:
    cleaned = " ".join(value.split())
    if not cleaned:
        if what in _NEEDS_A_NAME:
            raise ValidationError(_NEEDS_A_NAME[what])
        raise ValidationError(QT_TR_NOOP("The {what} needs a name."), what=what)
    label = Text(_NAME_OF[what]) if what in _NAME_OF else Text(QT_TR_NOOP("{what} name"), what=what)
    return check_text(label, cleaned, limit)


def require_kind(value: str) -> str:
    """Room kinds are short lowercase words ('exam', 'procedure') that appointment types ask for."""
    cleaned = value.strip().lower().replace(" ", "_").replace("-", "_")
    if not _KIND.match(cleaned):
        raise ValidationError(
            QT_TR_NOOP("'{value}' is not a room kind. Use a short word such as exam or procedure."),
            value=value,
        )
    return cleaned


def require_colour(value: str) -> str:
    if not _COLOUR.match(value):
        raise ValidationError(
            QT_TR_NOOP("'{value}' is not a colour. Write it as #RRGGBB, e.g. #1f7a8c."), value=value
        )
    return value.lower()


@dataclass(frozen=True)
class ClinicSettings:
    """The clinic's settings, each declared in domain/clinic_settings.py (its default, its check)."""

    name: str = cs.NAME.default  # named at set-up (init --name, the window); never a made-up name
    timezone: str = cs.TIMEZONE.default
    country: str = cs.COUNTRY.default
    subdivision: str = cs.SUBDIVISION.default
    idle_lock_minutes: int = cs.IDLE_LOCK_MINUTES.default  # the window locks after this long untouched
    date_format: str = cs.DATE_FORMAT.default  # how the window writes dates (domain/date_formats.py)
    clock: str = cs.CLOCK.default  # 12- or 24-hour times, or the country's (domain/date_formats.py)
    recall_lead_days: int = cs.RECALL_LEAD_DAYS.default  # the recall list shows patients due this soon
    # Messages to patients (domain/messages.py): reminders so many hours before (a second one
    # too when not 0), recall invitations sent on their own, and what messages say to reply to
    # and where the clinic is.
    reminder_hours: int = cs.REMINDER_HOURS.default
    second_reminder_hours: int = cs.SECOND_REMINDER_HOURS.default
    recall_invitations: bool = cs.RECALL_INVITATIONS.default
    reply_phone: str = cs.REPLY_PHONE.default
    address: str = cs.ADDRESS.default


cs.check_fields(ClinicSettings)  # a setting added to the table and not here fails at import


@dataclass(frozen=True)
class Provider:
    id: int
    name: str
    credentials: str = ""
    colour: str = "#1f7a8c"
    active: bool = True
    indications: tuple[Indication, ...] = ()  # what this provider treats; empty: every indication

    def treats(self, indication: Indication) -> bool:
        return not self.indications or indication in self.indications


@dataclass(frozen=True)
class Room:
    id: int
    name: str
    kind: str = "exam"


@dataclass(frozen=True)
class AppointmentType:
    id: int
    name: str
    minutes: int
    room_kind: str | None = None
    indication: Indication | None = None
    colour: str = "#7a8a9c"
    is_treatment: bool = False


MAX_APPOINTMENT_MINUTES = 8 * 60


def require_minutes(minutes: int) -> int:
    if not 5 <= minutes <= MAX_APPOINTMENT_MINUTES:
        raise ValidationError(
            QT_TR_NOOP("An appointment lasts between 5 and {most} minutes, not {minutes}."),
            most=MAX_APPOINTMENT_MINUTES,
            minutes=minutes,
        )
    return minutes


@dataclass(frozen=True)
class WeeklyHours:
    provider_id: int
    weekday: int
    blocks: tuple[TimeBlock, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Appointment:
    """A booking. start and end are UTC instants."""

    id: int
    patient_id: int
    provider_id: int
    room_id: int | None
    type_id: int
    start: datetime
    end: datetime
    status: AppointmentStatus = AppointmentStatus.BOOKED
    notes: str = ""
    cancel_reason: str = ""
    series_id: int | None = None  # the first appointment's id when booked as a recurring series


@dataclass(frozen=True)
class ScheduleEntry:
    """An appointment with the names a day list shows beside it."""

    appointment: Appointment
    patient_name: str
    provider_name: str
    type_name: str
    type_colour: str
    room_name: str | None
    expired_consent: bool = False
    # A toxin-treatment visit booked too soon after an earlier dose: the flag in words
    # ("Too early: last dose 06 Dec 2026, safe from 28 Feb 2027"), else "".
    too_early: str = ""
