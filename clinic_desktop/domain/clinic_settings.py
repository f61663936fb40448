"""Every clinic setting, declared once: its key, type, default, check and the words that explain it.

The store reads and writes any key of this table (saved as text: numbers as digits, flags as
"yes" / "no"), the service checks a new value with the entry's ``check``, the command line takes
its keys and help from here, the settings window its labels, and ``entities.ClinicSettings`` its
defaults. A new setting is one entry here and its field on ClinicSettings (which is checked against
this table when the domain is imported).

A check is given the value typed and the settings as they are (some values are read against
another: the region against its country, a phone number in the clinic's country, the first
reminder against the second) and returns the value as saved, or raises a ValidationError in words a
receptionist understands. Sources: the idle lock is HIPAA's automatic logoff (domain/users.py), the
recall lead time the follow-up engine's (domain/setup.py), the reminders domain/messages.py's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from clinic_desktop.domain.clinic_time import validate_timezone
from clinic_desktop.domain.date_formats import Clock, DateFormat, parse_clock_choice, parse_date_format
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.message_settings import (
    DEFAULT_REMINDER_HOURS,
    MAX_REMINDER_HOURS,
    MAX_SECOND_REMINDER_HOURS,
    parse_flag,
    validate_reminder_hours,
    validate_second_reminder_hours,
)
from clinic_desktop.domain.phones import normalise_phone
from clinic_desktop.domain.setup import (
    DEFAULT_RECALL_LEAD_DAYS,
    MAX_RECALL_LEAD_DAYS,
    validate_recall_lead_days,
)
from clinic_desktop.domain.text import check_text
from clinic_desktop.domain.users import (
    DEFAULT_IDLE_LOCK_MINUTES,
    MAX_IDLE_LOCK_MINUTES,
    validate_idle_minutes,
)
from clinic_desktop.domain.words import QT_TR_NOOP, Text

if TYPE_CHECKING:
    from clinic_desktop.domain.entities import ClinicSettings

V = TypeVar("V", str, int, bool)
Check = Callable[[str, "ClinicSettings"], str]
ADDRESS_LIMIT = 200


@dataclass(frozen=True)
class Setting(Generic[V]):
    key: str
    type: type[V]
    default: V
    check: Check  # the value as saved, or a ValidationError; given the settings as they are
    help: str  # what it is, for the command line's help
    example: str  # a value its check accepts (given the setting it follows), for the help
    label: str = ""  # the settings window's label (a Text: shown in the window's language)
    # The setting this one belongs to (a region to its country): checked against that setting's
    # new value when both change, and emptied when only that one changes.
    follows: str = ""

    def decode(self, saved: str) -> V:
        """The saved text as the setting's type."""
        if self.type is bool:
            return self.type(saved == "yes")
        return self.type(saved)

    def encode(self, value: V) -> str:
        """The value as saved."""
        if isinstance(value, bool):
            return "yes" if value else "no"
        return str(value)


# --- the checks -----------------------------------------------------------------------------------


def validate_country(code: str) -> str:
    """An ISO 3166-1 alpha-2 code that the holidays package knows, or '' for none."""
    import holidays

    cleaned = code.strip().upper()
    if not cleaned:
        return ""
    if cleaned not in holidays.list_supported_countries():
        raise ValidationError(
            QT_TR_NOOP(
                "'{code}' is not a country the holiday calendar knows. "
                "Use a two-letter code such as AT or US."
            ),
            code=code,
        )
    return cleaned


def validate_subdivision(country: str, code: str) -> str:
    import holidays

    cleaned = code.strip().upper()
    if not cleaned:
        return ""
    if not country:
        raise ValidationError(
            QT_TR_NOOP("Set the country before its subdivision (state, province or region).")
        )
    known = holidays.list_supported_countries().get(country, [])
    if cleaned not in known:
        if not known:
            raise ValidationError(
                QT_TR_NOOP("'{code}' is not a subdivision of {country}. Known: none."),
                code=code,
                country=country,
            )
        sample = ", ".join(known[:8]) + (", ..." if len(known) > 8 else "")
        raise ValidationError(
            QT_TR_NOOP("'{code}' is not a subdivision of {country}. Known: {sample}."),
            code=code,
            country=country,
            sample=sample,
        )
    return cleaned


def _name(value: str, current: ClinicSettings) -> str:
    from clinic_desktop.domain.entities import require_name  # entities takes its defaults from here

    return require_name(value, "clinic")


def _reminder(value: str, current: ClinicSettings) -> str:
    hours = validate_reminder_hours(value)
    if current.second_reminder_hours and hours <= current.second_reminder_hours:
        raise ValidationError(
            QT_TR_NOOP(
                "The reminder ({hours} hours before) must go before the second one ({second} hours before)."
            ),
            hours=hours,
            second=current.second_reminder_hours,
        )
    return str(hours)


def _second(value: str, current: ClinicSettings) -> str:
    hours = validate_second_reminder_hours(value)
    if hours and hours >= current.reminder_hours:
        raise ValidationError(
            QT_TR_NOOP(
                "The second reminder ({hours} hours before) must come after the first ({first} hours before)."
            ),
            hours=hours,
            first=current.reminder_hours,
        )
    return str(hours)


def _address(value: str, current: ClinicSettings) -> str:
    return check_text("clinic address", " ".join(value.split()), ADDRESS_LIMIT)


# --- the table ------------------------------------------------------------------------------------

NAME = Setting(
    "name", str, "", _name,
    help="the clinic's name, heading every printed list",
    example="Riverside Pain Clinic",
    label=Text(QT_TR_NOOP("Clinic &name:")),
)  # fmt: skip
TIMEZONE = Setting(
    "timezone", str, "UTC", lambda v, _c: validate_timezone(v),
    help="the clinic's IANA time zone",
    example="Europe/Vienna",
    label=Text(QT_TR_NOOP("&Time zone:")),
)  # fmt: skip
COUNTRY = Setting(
    "country", str, "", lambda v, _c: validate_country(v),
    help="two-letter country code for public holidays and phone numbers ('' for none)",
    example="AT",
    label=Text(QT_TR_NOOP("&Country:")),
)  # fmt: skip
SUBDIVISION = Setting(
    "subdivision", str, "", lambda v, c: validate_subdivision(c.country, v),
    help="the country's state, province or region, for its public holidays",
    example="9",  # Vienna, in AT
    label=Text(QT_TR_NOOP("&Region:")),
    follows="country",
)  # fmt: skip
IDLE_LOCK_MINUTES = Setting(
    "idle_lock_minutes", int, DEFAULT_IDLE_LOCK_MINUTES, lambda v, _c: str(validate_idle_minutes(v)),
    help=f"minutes untouched before a window locks, 1 to {MAX_IDLE_LOCK_MINUTES}",
    example="15",
    label=Text(QT_TR_NOOP("&Lock an idle window after:")),
)  # fmt: skip
DATE_FORMAT = Setting(
    "date_format", str, DateFormat.LOCALE.value, lambda v, _c: parse_date_format(v).value,
    help=f"how the window writes dates: {', '.join(f.value for f in DateFormat)}",
    example="iso",
    label=Text(QT_TR_NOOP("&Dates written as:")),
)  # fmt: skip
CLOCK = Setting(
    "clock", str, Clock.LOCALE.value, lambda v, _c: parse_clock_choice(v).value,
    help=f"how times of day are written: {', '.join(c.value for c in Clock)} (locale: the country's clock)",
    example="12",
    label=Text(QT_TR_NOOP("Times &written as:")),
)  # fmt: skip
RECALL_LEAD_DAYS = Setting(
    "recall_lead_days", int, DEFAULT_RECALL_LEAD_DAYS, lambda v, _c: str(validate_recall_lead_days(v)),
    help=f"days before a patient is due that the recall list shows them, 1 to {MAX_RECALL_LEAD_DAYS}",
    example="21",
    label=Text(QT_TR_NOOP("Recall patients &from:")),
)  # fmt: skip
REMINDER_HOURS = Setting(
    "reminder_hours", int, DEFAULT_REMINDER_HOURS, _reminder,
    help=f"hours before an appointment its reminder goes, 1 to {MAX_REMINDER_HOURS}",
    example="24",
)  # fmt: skip
SECOND_REMINDER_HOURS = Setting(
    "second_reminder_hours", int, 0, _second,
    help=f"hours before for a second reminder, up to {MAX_SECOND_REMINDER_HOURS} (0: none)",
    example="2",
)  # fmt: skip
RECALL_INVITATIONS = Setting(
    "recall_invitations", bool, True, lambda v, _c: "yes" if parse_flag(v) else "no",
    help="send recall invitations on their own: yes or no",
    example="no",
)  # fmt: skip
REPLY_PHONE = Setting(
    "reply_phone", str, "", lambda v, c: normalise_phone(v, c.country),
    help="the phone number messages ask patients to call (read in the clinic's country)",
    example="+1 212 555 0123",
)  # fmt: skip
ADDRESS = Setting(
    "address", str, "", _address,
    help=f"the clinic's address in messages, up to {ADDRESS_LIMIT} characters",
    example="12 Elm Street, Springfield",
)  # fmt: skip

SETTINGS: tuple[Setting[Any], ...] = (
    NAME,
    TIMEZONE,
    COUNTRY,
    SUBDIVISION,
    IDLE_LOCK_MINUTES,
    DATE_FORMAT,
    CLOCK,
    RECALL_LEAD_DAYS,
    REMINDER_HOURS,
    SECOND_REMINDER_HOURS,
    RECALL_INVITATIONS,
    REPLY_PHONE,
    ADDRESS,
)


def described() -> str:
    """Every setting in a sentence each, for the command line's help."""
    return "; ".join(f"{s.key}: {s.help} (e.g. {s.example})" for s in SETTINGS) + "."


def keys() -> tuple[str, ...]:
    return tuple(s.key for s in SETTINGS)


def setting(key: str) -> Setting[Any] | None:
    return next((s for s in SETTINGS if s.key == key), None)


def decode(saved: Mapping[str, object]) -> dict[str, Any]:
    """The values of the table's keys among ``saved`` (key -> text as stored), each as its type;
    the keys not saved are left out (their defaults apply)."""
    return {s.key: s.decode(str(saved[s.key])) for s in SETTINGS if s.key in saved}


def followers(key: str) -> tuple[Setting[Any], ...]:
    """The settings that belong to ``key`` (the region to the country)."""
    return tuple(s for s in SETTINGS if s.follows == key)


def check_fields(cls: type) -> None:
    """ClinicSettings must have one field per entry, defaulting to the entry's default."""
    declared = {f.name: f.default for f in fields(cls)}
    wanted = {s.key: s.default for s in SETTINGS}
    if declared != wanted:
        raise TypeError(f"{cls.__name__}'s fields differ from domain/clinic_settings.py's table: {wanted}")
