"""Text the database can keep: the one check every column's width and the NUL refusal use."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.text import check_text


def test_text_within_its_width_is_kept_as_it_is() -> None:
    assert check_text("family name", "Ortega", 80) == "Ortega"
    assert check_text("family name", "x" * 80, 80) == "x" * 80
    assert check_text("notes", "no width " * 1000) == "no width " * 1000


def test_longer_text_is_refused_naming_the_field_and_its_width() -> None:
    with pytest.raises(ValidationError) as refused:
        check_text("family name", "x" * 81, 80)
    assert refused.value.message == "The family name can be at most 80 characters."


@given(st.text(), st.text())
def test_a_nul_character_anywhere_is_refused_whatever_the_width(before: str, after: str) -> None:
    with pytest.raises(ValidationError, match="^There is a NUL character in the notes "):
        check_text("notes", f"{before}\x00{after}")
