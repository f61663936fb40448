"""Reading what reception types into the one search box, and ranking what it finds.

One box takes name fragments in any order ("smi jo"), phone digits in any format
("(212) 555-0123", "555 0123"), a date of birth in the clinic's usual format, or an MRN; parts can be
mixed ("smith 4/2/1980"). Matching is accent- and case-insensitive (``patients.fold``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from clinic_desktop.domain.patients import PatientStatus, fold, name_tokens

#: The version of the search index's tokens: a database whose index is of another version gets
#: it rebuilt when opened (services/patients.py, ensure_index).
SEARCH_INDEX_VERSION = "1"

DATE_ORDERS = ("MDY", "DMY", "YMD")
_DATE = re.compile(r"^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})$")
_PHONE_CHARS = re.compile(r"^[+(]?[\d()\-./ ]+$")


def default_date_order(country: str) -> str:
    """Month first in the United States (and a few others), day first almost everywhere else."""
    return (
        "MDY"
        if country.upper() in {"US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "VI", "UM"}
        else "DMY"
    )


def parse_birth_date(text: str, order: str, today: date) -> date | None:
    """'1980-04-02' always; '4/2/1980' or '2.4.1980' by the clinic's order; two-digit years
    are the most recent such year not in the future. None when it is not a date."""
    match = _DATE.match(text.strip())
    if not match:
        return None
    a, b, c = match.groups()
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    else:
        first, second, year_text = int(a), int(b), c
        month, day = (first, second) if order == "MDY" else (second, first)
        if order == "YMD":
            return None
        year = int(year_text)
        if len(year_text) == 2:
            year += 2000 if 2000 + year <= today.year else 1900
        elif len(year_text) != 4:
            return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class PatientQuery:
    text: str
    names: tuple[str, ...] = ()
    birth_date: date | None = None
    phone_digits: str = ""
    mrn: str = ""  # the whole text, as an MRN would be typed

    @property
    def empty(self) -> bool:
        return not (self.names or self.birth_date or self.phone_digits or self.mrn)


def parse_query(text: str, date_order: str = "DMY", today: date | None = None) -> PatientQuery:
    raw = text.strip()
    if not raw:
        return PatientQuery(text)
    today = today or date.today()
    mrn = raw.upper() if " " not in raw and len(raw) >= 3 and any(ch.isdigit() for ch in raw) else ""
    names: list[str] = []
    digits = ""
    birth: date | None = None
    for token in re.split(r"[\s,;]+", raw):
        if not token:
            continue
        as_date = parse_birth_date(token, date_order, today) if birth is None else None
        if as_date is not None:
            birth = as_date
        elif _PHONE_CHARS.match(token) and any(ch.isdigit() for ch in token):
            digits += re.sub(r"\D", "", token)
        else:
            names.extend(sorted(name_tokens(token)))
    if len(digits) < 3 and not names and birth is None and not mrn:
        return PatientQuery(text)
    return PatientQuery(text, tuple(dict.fromkeys(names)), birth, digits if len(digits) >= 3 else "", mrn)


@dataclass(frozen=True)
class Candidate:
    """What ranking needs to know of a patient found by the query."""

    id: int
    mrn: str
    given_name: str
    family_name: str
    preferred_name: str
    date_of_birth: date
    status: str
    phone_match: bool = False


def score(query: PatientQuery, candidate: Candidate) -> int:
    """Exact MRN first, then the whole name exactly, then exact words, then prefixes; a matching
    date of birth or phone adds weight; active patients before inactive ones."""
    points = 0
    if query.mrn and candidate.mrn.upper() == query.mrn:
        points += 10_000
    given = name_tokens(candidate.given_name, candidate.preferred_name)
    family = name_tokens(candidate.family_name)
    if query.names:
        words = given | family
        if all(n in words for n in query.names):
            # every word typed is a whole name: 'john smith' before 'johnny smithers'
            both = any(n in family for n in query.names) and any(n in given for n in query.names)
            points += 1_000 if both else 500
        points += 60 * sum(1 for n in query.names if n in family)
        points += 40 * sum(1 for n in query.names if n in given)
        points += 10 * sum(1 for n in query.names if any(t.startswith(n) for t in family))
    if query.birth_date is not None and candidate.date_of_birth == query.birth_date:
        points += 300
    if query.phone_digits and candidate.phone_match:
        points += 300
    if candidate.status == PatientStatus.ACTIVE:
        points += 5
    return points


def rank(query: PatientQuery, candidates: list[Candidate]) -> list[Candidate]:
    return sorted(
        candidates,
        key=lambda c: (-score(query, c), fold(c.family_name), fold(c.given_name), c.id),
    )
