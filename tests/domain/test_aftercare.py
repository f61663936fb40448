"""The aftercare sheet's words: English as the clinic wrote them, translations that lose no line,
and English for a language the clinic has not translated."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_desktop.domain.aftercare import LANGUAGES, SHEETS, aftercare_sheet, aftercare_text


def test_english_says_what_the_clinic_hands_out() -> None:
    title, advice, call = aftercare_text("en")
    assert title == "After your botulinum toxin treatment"
    assert advice[0] == "Do not rub or massage the injected areas for 24 hours."
    assert "strenuous activity" in advice[1] and "rest of the day" in advice[1]
    assert "upright" in advice[2] and "few hours" in advice[2]
    for symptom in (
        "bruising",
        "swelling",
        "headache",
        "flu-like",
        "drooping eyelid",
        "swallowing",
        "breathing",
    ):
        assert symptom in call
    assert "right away" in call


@pytest.mark.parametrize("language", ["de", "", "xx", "EN"])
def test_an_untranslated_language_falls_back_to_english(language: str) -> None:
    assert aftercare_text(language) == aftercare_text("en")


def test_a_regional_code_finds_its_language() -> None:
    assert aftercare_sheet("es-MX").language == "es"
    assert aftercare_sheet("FR_ca").language == "fr"


def test_every_language_offered_has_a_sheet_with_as_many_items_as_english() -> None:
    assert set(LANGUAGES) == set(SHEETS)
    english = SHEETS["en"]
    for code, sheet in SHEETS.items():
        assert len(sheet.advice) == len(english.advice), code
        assert set(sheet.labels) == set(english.labels), code
        assert len(sheet.months) == 12, code
        assert all(text.strip() for text in (sheet.title, sheet.call_clinic, sheet.urgent, *sheet.advice))
    for code in ("es", "fr"):
        title, advice, call = aftercare_text(code)
        assert title != aftercare_text("en")[0]
        assert "24" in advice[0], code  # the 24 hours survive translation


def test_the_date_reads_as_the_patient_writes_it() -> None:
    day = date(2026, 8, 3)
    assert aftercare_sheet("en").format_date(day) == "3 August 2026"
    assert aftercare_sheet("es").format_date(day) == "3 de agosto de 2026"
    assert aftercare_sheet("fr").format_date(day) == "3 août 2026"
