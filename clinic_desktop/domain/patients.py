"""Patient records: statuses, names, contact preferences, what each reader sees, and the duplicate
rule. The clinical summary and the contact log are domain/clinical_record.py."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from clinic_desktop.domain.ages import age_on as age_on  # where the chart and the tests read it
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.text import check_text
from clinic_desktop.domain.words import QT_TR_NOOP, Text

NAME_LIMIT = 80
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class PatientStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    DECEASED = "deceased"
    MERGED = "merged"  # folded into another record; kept so that its MRN still finds the patient


class ContactMethod(StrEnum):
    PHONE = "phone"
    SMS = "sms"
    EMAIL = "email"
    LETTER = "letter"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = ""


# Letters that carry no separable accent in Unicode and so survive decomposition.
_LETTERS = (("ø", "o"), ("æ", "ae"), ("œ", "oe"), ("ł", "l"), ("đ", "d"), ("ı", "i"), ("ß", "ss"))


def fold(text: str) -> str:
    """Lowercase without accents or apostrophes: 'Núñez' -> 'nunez', "O'Brien" -> 'obrien'.

    Search and duplicate checks compare folded text, so a receptionist finds a name however it
    was typed.
    """
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    for letter, plain in _LETTERS:
        stripped = stripped.replace(letter, plain)
    return re.sub(r"['’`]", "", stripped)


def name_tokens(*names: str) -> set[str]:
    """The words a name can be found by: each part, and hyphenated names also joined."""
    tokens: set[str] = set()
    for name in names:
        folded = fold(name)
        for word in re.split(r"[\s,]+", folded):
            parts = [p for p in re.split(r"[-.]+", word) if p]
            tokens.update(parts)
            if len(parts) > 1:
                tokens.add("".join(parts))
    return {t for t in tokens if t}


# The names a person has, each in whole words (a language's article and word order are its own).
_NAME_MISSING = {
    "given name": QT_TR_NOOP("The given name is missing."),
    "family name": QT_TR_NOOP("The family name is missing."),
}
_NO_LETTERS = {
    "given name": QT_TR_NOOP("The given name '{name}' has no letters."),
    "family name": QT_TR_NOOP("The family name '{name}' has no letters."),
}
_NAME_WORDS = {"given name": QT_TR_NOOP("given name"), "family name": QT_TR_NOOP("family name")}


def require_person_name(value: str, what: str) -> str:
    cleaned = " ".join(value.split())
    if not cleaned:
        if what in _NAME_MISSING:
            raise ValidationError(_NAME_MISSING[what])
        raise ValidationError(QT_TR_NOOP("The {what} is missing."), what=what)
    check_text(Text(_NAME_WORDS[what]) if what in _NAME_WORDS else what, cleaned, NAME_LIMIT)
    if not any(c.isalpha() for c in cleaned):
        if what in _NO_LETTERS:
            raise ValidationError(_NO_LETTERS[what], name=cleaned)
        raise ValidationError(QT_TR_NOOP("The {what} '{name}' has no letters."), what=what, name=cleaned)
    return cleaned


def require_email(value: str) -> str:
    cleaned = value.strip()
    if cleaned and not _EMAIL.match(cleaned):
        raise ValidationError(QT_TR_NOOP("'{value}' is not an email address."), value=value)
    return cleaned.lower()


def require_birth_date(value: date, today: date) -> date:
    if value > today:
        raise ValidationError(
            QT_TR_NOOP("The date of birth {day} is in the future."), day=f"{value:%Y-%m-%d}"
        )
    if value.year < today.year - 125:
        raise ValidationError(
            QT_TR_NOOP("The date of birth {day} is more than 125 years ago."), day=f"{value:%Y-%m-%d}"
        )
    return value


def mrn_for(number: int) -> str:
    """The clinic's medical record numbers: 'M' and seven digits, from the record's number."""
    return f"M{number:07d}"


# A generated MRN already held by a record from another system is stepped past by this much
# (M0000002 taken: M10000002), so that it still reads as the row's number.
MRN_STEP = 10_000_000


def free_mrn(number: int, taken: Callable[[str], bool]) -> str:
    """The MRN for a new record with this number that ``taken`` does not already hold."""
    while taken(mrn_for(number)):
        number += MRN_STEP
    return mrn_for(number)


@dataclass(frozen=True)
class PatientRecord:
    """Everything about a patient that is not clinical history: identity, contact, preferences."""

    id: int
    mrn: str
    given_name: str
    family_name: str
    date_of_birth: date
    preferred_name: str = ""
    sex: str = ""
    phone: str = ""
    phone_alt: str = ""
    email: str = ""
    address: str = ""
    preferred_contact: str = ""
    preferred_times: str = ""
    emergency_contact: str = ""
    referring_physician: str = ""
    status: PatientStatus = PatientStatus.ACTIVE
    language: str = ""  # ISO 639-1 code ("es"); blank: the clinic's own language
    notes: str = ""
    external_id: str = ""
    anticoagulant: bool = False
    bleeding_risk: str = ""
    merged_into: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def display_name(self) -> str:
        preferred = f" ({self.preferred_name})" if self.preferred_name else ""
        return f"{self.given_name}{preferred} {self.family_name}"

    @property
    def sort_name(self) -> str:
        return f"{self.family_name}, {self.given_name}"


# --- what each reader sees -----------------------------------------------------------------------

# The clinical facts kept on the patient's own record rather than in the clinical tables: part of
# the clinical record all the same.
CLINICAL_RECORD_FIELDS = ("anticoagulant", "bleeding_risk")
# The chart's clinical summary (treatments and outcome scores have reads of their own).
CLINICAL_SUMMARY_PARTS = ("conditions", "allergies", "medications")


@dataclass(frozen=True)
class PatientView:
    """What one reader sees of a patient. ``clinical``: they may read the clinical record (the
    services decide it once, from the role: PatientService.view); then everything. Else (the
    front desk) the patient without the clinical facts: the record's own are blanked, and the
    clinical summary's parts are left out, so that a list, a chart or a script never shows
    "no anticoagulant" to someone who was simply not told."""

    clinical: bool

    def record(self, record: PatientRecord) -> PatientRecord:
        if self.clinical:
            return record
        return replace(record, anticoagulant=False, bleeding_risk="")

    @property
    def hidden(self) -> tuple[str, ...]:
        """The names of what is left out (the command line leaves these keys out of its JSON)."""
        return () if self.clinical else (*CLINICAL_RECORD_FIELDS, *CLINICAL_SUMMARY_PARTS)


# --- duplicates ----------------------------------------------------------------------------------

SIMILAR_NAME_RATIO = 0.85


def similar_names(given_a: str, family_a: str, given_b: str, family_b: str) -> bool:
    """Same person, spelt differently? Folded names compared as a whole (typos, accents) and
    with given and family swapped (forms filled in the wrong order)."""
    a = f"{fold(given_a)} {fold(family_a)}".strip()
    b = f"{fold(given_b)} {fold(family_b)}".strip()
    swapped = f"{fold(family_b)} {fold(given_b)}".strip()
    if a in (b, swapped):
        return True
    from difflib import SequenceMatcher  # the duplicate checks', not every command's

    ratio = max(SequenceMatcher(None, a, b).ratio(), SequenceMatcher(None, a, swapped).ratio())
    if ratio >= SIMILAR_NAME_RATIO:
        return True
    # a nickname or initial with the same family name: 'Bill Smith' / 'William Smith' is not caught
    # by letters alone, but 'J Smith' / 'John Smith' and 'Jon Smith' / 'John Smith' are
    same_family = fold(family_a) == fold(family_b)
    ga, gb = fold(given_a), fold(given_b)
    return same_family and bool(ga) and bool(gb) and (ga.startswith(gb) or gb.startswith(ga))
