"""Units as typed (domain/treatments.py): plain digits with at most one decimal place; a site
takes more than 0 and at most MAX_SITE_UNITS, a waste or total at most MAX_TREATMENT_UNITS. Every
other text is refused with a message naming the site and the limit, never a decimal error."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clinic_desktop.domain.codes import Side
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.protocols import BUILTIN_PROTOCOLS
from clinic_desktop.domain.treatment_record import MAX_SITE_UNITS, SiteDose
from clinic_desktop.domain.treatments import (
    MAX_TREATMENT_UNITS,
    check_units,
    parse_site,
    parse_units,
    site_units,
)

SITE = "frontalis (left)"
NOT_UNITS = ["1e28", "1e3", "1E2", "2.5e1", "NaN", "nan", "sNaN", "Infinity", "inf", "-Infinity", "-5",
             "-0", "+5", "1_000", "٣", "５", "0x10", "", " ", "abc", "5 U", "1.2.3", "½", "--1"]  # fmt: skip


@pytest.mark.parametrize("typed", NOT_UNITS)
def test_what_is_not_a_plain_number_is_refused_naming_the_site_and_the_limit(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        site_units(typed, SITE)
    assert SITE in refused.value.message and "at most 1000" in refused.value.message
    with pytest.raises(ValidationError, match="not a number of wasted units"):
        parse_units(typed, "wasted units")


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("0", "The site frontalis (left) has 0 units: a site takes more than 0 and at most 1000"),
        ("0.0", "has 0 units"),
        ("1000.1", "1000.1 units at frontalis (left) is more than 1000, the most one site takes"),
        ("99999999999999999999999999999999", "is more than 1000"),
        ("2.55", "The units at frontalis (left) can have at most one decimal place (2.55)."),
    ],
)
def test_zero_too_many_and_too_fine_are_refused(typed: str, words: str) -> None:
    with pytest.raises(ValidationError) as refused:
        site_units(typed, SITE)
    assert words in refused.value.message


def test_plain_units_are_read() -> None:
    assert site_units("5", SITE) == Decimal("5.0")
    assert site_units(" 2,5 ", SITE) == Decimal("2.5")
    assert site_units(".5", SITE) == Decimal("0.5")
    assert site_units("1000", SITE) == MAX_SITE_UNITS
    assert site_units(Decimal("7.50"), SITE) == Decimal("7.5")
    assert parse_units("0", "wasted units") == 0
    assert str(parse_units(Decimal("-0"), "wasted units")) == "0.0"
    assert parse_units("10000", "wasted units") == MAX_TREATMENT_UNITS
    with pytest.raises(ValidationError, match="10000.1 wasted units is more than 10000"):
        parse_units("10000.1", "wasted units")
    site = parse_site("detrusor:midline:1000:30")
    assert (site.units, site.injection_points) == (Decimal(1000), 30)
    with pytest.raises(ValidationError, match=r"'1e28' is not a number of units for frontalis \(left\)"):
        parse_site("frontalis:left:1e28:2")


def test_a_site_made_in_code_holds_a_finite_dose_within_the_limit() -> None:
    for units in ("NaN", "sNaN", "Infinity", "-1", "1000.1", "1e28"):
        with pytest.raises(ValidationError):
            SiteDose("detrusor", Side.MIDLINE, Decimal(units))
    assert SiteDose("detrusor", Side.MIDLINE, Decimal(0)).units == 0  # charts from before the rule
    with pytest.raises(ValidationError, match="has 0 units"):
        check_units((SiteDose("detrusor", Side.MIDLINE, Decimal(0)),), None)
    with pytest.raises(ValidationError, match="add up to 10000.1 units, more than 10000"):
        check_units([SiteDose("detrusor", Side.MIDLINE, Decimal(1000))] * 10
                    + [SiteDose("trigone", Side.MIDLINE, Decimal("0.1"))], None)  # fmt: skip
    for template in BUILTIN_PROTOCOLS:  # every built-in template charts as it is
        check_units(template.sites, None)


@given(
    st.text(max_size=30)
    | st.from_regex(r"-?[0-9]{0,40}([.,][0-9]{0,3})?([eE][+-]?[0-9]{1,4})?", fullmatch=True)
)
def test_any_text_is_units_in_range_or_a_plain_refusal(typed: str) -> None:
    try:
        units = site_units(typed, SITE)
    except ValidationError as refused:
        assert SITE in refused.message
        return
    assert 0 < units <= MAX_SITE_UNITS and units == units.quantize(Decimal("0.1"))
