import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clinic_desktop.domain.clinical_record import ClinicalSummary, Consent
from clinic_desktop.domain.conditions import DEFAULT_ICD10, normalise_icd10
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.patients import (
    PatientRecord,
    age_on,
    fold,
    name_tokens,
    require_birth_date,
    require_email,
    require_person_name,
    similar_names,
)
from clinic_desktop.domain.search import Candidate, parse_birth_date, parse_query, rank

TODAY = date(2026, 11, 23)


def test_fold_ignores_case_accents_and_apostrophes() -> None:
    assert fold("Núñez") == "nunez"
    assert fold("O'Brien") == fold("OBRIEN") == "obrien"
    assert fold("Østergaard") == "ostergaard"
    assert fold("Straße") == "strasse"


@given(st.text())
def test_fold_is_idempotent_and_leaves_no_accents(text: str) -> None:
    once = fold(text)
    assert fold(once) == once
    assert not any(unicodedata.combining(c) for c in unicodedata.normalize("NFKD", once))


def test_name_tokens_split_hyphens_and_keep_the_joined_form() -> None:
    assert name_tokens("Smith-Jones") == {"smith", "jones", "smithjones"}
    assert name_tokens("Mary Ann", "de la Cruz") == {"mary", "ann", "de", "la", "cruz"}


def test_names_emails_birth_dates() -> None:
    assert require_person_name("  ines  ", "given name") == "ines"
    with pytest.raises(ValidationError, match="given name is missing"):
        require_person_name(" ", "given name")
    with pytest.raises(ValidationError, match="no letters"):
        require_person_name("123", "family name")
    assert require_email(" Ines@Example.COM ") == "ines@example.com"
    with pytest.raises(ValidationError, match="not an email"):
        require_email("ines@")
    with pytest.raises(ValidationError, match="future"):
        require_birth_date(date(2030, 1, 1), TODAY)
    assert age_on(date(1980, 11, 24), TODAY) == 45 and age_on(date(1980, 11, 23), TODAY) == 46


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("Ines", "Ortega"), ("Inés", "Ortega"), True),
        (("Ines", "Ortega"), ("Ortega", "Ines"), True),  # swapped on a form
        (("Jon", "Smith"), ("John", "Smith"), True),
        (("J", "Smith"), ("John", "Smith"), True),
        (("Katherine", "Johnson"), ("Kathrine", "Johnson"), True),
        (("Mary", "Smith"), ("John", "Smith"), False),
        (("Ines", "Ortega"), ("Ivan", "Petrov"), False),
    ],
)
def test_similar_names(a: tuple[str, str], b: tuple[str, str], same: bool) -> None:
    assert similar_names(*a, *b) is same


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("1980-04-02", "MDY", date(1980, 4, 2)),
        ("4/2/1980", "MDY", date(1980, 4, 2)),
        ("2.4.1980", "DMY", date(1980, 4, 2)),
        ("02/04/80", "DMY", date(1980, 4, 2)),
        ("02/04/19", "DMY", date(2019, 4, 2)),
        ("31/02/1980", "DMY", None),
        ("555-0123", "MDY", None),
        ("smith", "MDY", None),
    ],
)
def test_birth_date_formats(text: str, order: str, expected: date | None) -> None:
    assert parse_birth_date(text, order, TODAY) == expected


@given(st.dates(min_value=date(1900, 1, 1), max_value=TODAY), st.sampled_from(["MDY", "DMY"]))
def test_every_date_reads_back_in_the_clinic_format(day: date, order: str) -> None:
    typed = f"{day.month}/{day.day}/{day.year}" if order == "MDY" else f"{day.day}.{day.month}.{day.year}"
    assert parse_birth_date(typed, order, TODAY) == day
    assert parse_birth_date(day.isoformat(), order, TODAY) == day


def test_query_parts() -> None:
    q = parse_query("smi jo", "MDY", TODAY)
    assert q.names == ("smi", "jo") and not q.phone_digits and q.birth_date is None
    q = parse_query("(212) 555-0123", "MDY", TODAY)
    assert q.phone_digits == "2125550123" and q.names == ()
    q = parse_query("Núñez 4/2/1980", "MDY", TODAY)
    assert q.names == ("nunez",) and q.birth_date == date(1980, 4, 2)
    assert parse_query("M0000123", "MDY", TODAY).mrn == "M0000123"
    assert parse_query("  ", "MDY", TODAY).empty
    assert parse_query("12", "MDY", TODAY).empty  # two digits say nothing


def candidate(pid: int, given: str, family: str, mrn: str = "", status: str = "active") -> Candidate:
    return Candidate(pid, mrn or f"M{pid:07d}", given, family, "", date(1980, 1, 1), status)


def test_ranking_exact_mrn_then_whole_name_then_prefixes() -> None:
    people = [
        candidate(1, "Johnny", "Smithers"),
        candidate(2, "John", "Smith"),
        candidate(3, "Joan", "Smithson", status="inactive"),
        candidate(4, "Smith", "Johnson", mrn="SM123"),
    ]
    ranked = rank(parse_query("smith john", "MDY", TODAY), people)
    assert ranked[0].id == 2
    assert rank(parse_query("sm123", "MDY", TODAY), people)[0].id == 4  # an exact MRN beats everything
    assert [c.id for c in rank(parse_query("smith", "MDY", TODAY), people)][:2] == [2, 4]


def test_icd10_codes() -> None:
    assert normalise_icd10("g43709") == "G43.709"
    assert normalise_icd10("N32.81") == "N32.81"
    with pytest.raises(ValidationError):
        normalise_icd10("migraine")
    for code in DEFAULT_ICD10.values():
        assert code is None or normalise_icd10(code) == code


def test_lapsed_consent_alert_clears_when_renewed() -> None:
    record = PatientRecord(1, "M1", "Ines", "Ortega", date(1980, 4, 2))
    old = Consent(1, 1, "Botulinum toxin treatment", date(2024, 1, 1), date(2025, 1, 1))
    renewed = Consent(2, 1, "Botulinum toxin treatment", date(2025, 1, 1), date(2026, 1, 1))
    current = Consent(3, 1, "Botulinum toxin treatment", date(2026, 1, 1), date(2027, 1, 1))
    assert ClinicalSummary(consents=[old, renewed]).alerts(record, TODAY) == [
        "Consent expired: Botulinum toxin treatment (2026-01-01)"
    ]
    assert ClinicalSummary(consents=[old, renewed, current]).alerts(record, TODAY) == []
