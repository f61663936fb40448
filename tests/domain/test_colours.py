"""The WCAG 2.1 contrast rule for text on a coloured background: luminance and ratio as the
Recommendation defines them, black or white text reaching 4.5:1 on every colour, a background
shaded as little as possible where a stricter minimum cannot be met, and muted text that stays
readable."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clinic_desktop.domain.colours import (
    AA_TEXT,
    BLACK,
    WHITE,
    background_for,
    blend,
    contrast_ratio,
    hex_colour,
    legible,
    muted_text,
    readable_on,
    relative_luminance,
    rgb,
    text_colour,
)

colours = st.builds(hex_colour, st.integers(0, 255), st.integers(0, 255), st.integers(0, 255))


def test_luminance_and_ratio_as_wcag_defines_them() -> None:
    assert relative_luminance(BLACK) == 0 and relative_luminance(WHITE) == pytest.approx(1)
    assert contrast_ratio(BLACK, WHITE) == pytest.approx(21)
    assert contrast_ratio(WHITE, BLACK) == contrast_ratio(BLACK, WHITE)  # lighter over darker
    assert contrast_ratio("#777777", WHITE) == pytest.approx(4.48, abs=0.01)  # just below AA
    assert contrast_ratio("#767676", WHITE) == pytest.approx(4.54, abs=0.01)  # the lightest grey at AA
    # the green channel weighs most, blue least
    assert relative_luminance("#00ff00") > relative_luminance("#ff0000") > relative_luminance("#0000ff")
    assert relative_luminance("#ff0000") == pytest.approx(0.2126)


def test_colours_are_read_as_rrggbb_and_refused_otherwise() -> None:
    assert rgb("#1F77b4") == rgb("1f77b4") == (31, 119, 180)
    assert hex_colour(300, -4, 127.6) == "#ff0080"
    for bad in ("#12345", "blue", "#12345g", ""):
        with pytest.raises(ValueError, match="is not a colour"):
            rgb(bad)


def test_white_on_yellow_and_orange_was_unreadable_and_black_is_chosen() -> None:
    for yellowish in ("#bcbd22", "#ff7f0e", "#ffff00", "#17becf"):
        assert contrast_ratio(yellowish, WHITE) < AA_TEXT  # what the calendar drew
        chosen = legible(yellowish)
        assert chosen.text == BLACK and chosen.ratio >= AA_TEXT and not chosen.adjusted
    for dark in ("#1f77b4", "#6f42c1", "#8c564b", "#d62728"):
        assert legible(dark).text == WHITE and legible(dark).ratio >= AA_TEXT


@given(colours)
def test_black_or_white_text_reaches_aa_on_every_colour_unchanged(colour: str) -> None:
    chosen = legible(colour)
    assert chosen.background == colour and not chosen.adjusted
    assert chosen.text in (BLACK, WHITE)
    assert chosen.ratio == contrast_ratio(colour, chosen.text) >= AA_TEXT
    assert text_colour(colour) == chosen.text


def test_a_mid_tone_is_shaded_where_a_stricter_minimum_cannot_be_met() -> None:
    grey = "#808080"  # 5.3:1 with black, 3.9:1 with white: neither reaches 7:1 (AAA)
    assert max(contrast_ratio(grey, BLACK), contrast_ratio(grey, WHITE)) < 7
    chosen = legible(grey, 7)
    assert chosen.adjusted and chosen.requested == grey and chosen.ratio >= 7
    assert chosen.text == BLACK and relative_luminance(chosen.background) > relative_luminance(grey)


@given(colours, st.sampled_from([4.5, 7.0, 10.0]))
def test_the_shade_is_the_least_that_reaches_the_minimum(colour: str, minimum: float) -> None:
    chosen = legible(colour, minimum)
    assert chosen.ratio == contrast_ratio(chosen.background, chosen.text) >= minimum
    if chosen.adjusted:
        # the shade laid on is what was drawn, and 2% less of it no longer reaches the minimum,
        shade = WHITE if chosen.text == BLACK else BLACK
        assert chosen.background == blend(shade, colour, chosen.shaded)
        less = blend(shade, colour, max(chosen.shaded - 0.02, 0))
        assert contrast_ratio(less, chosen.text) < minimum
        # and shading the other way (towards the other text colour) would have needed more
        other_ink, other_shade = (WHITE, BLACK) if chosen.text == BLACK else (BLACK, WHITE)
        amounts = [s / 200 for s in range(201)]
        reaches = [a for a in amounts if contrast_ratio(blend(other_shade, colour, a), other_ink) >= minimum]
        needed = reaches[0] if reaches else 1.0
        assert chosen.shaded <= needed + 0.005


def test_a_minimum_outside_1_to_21_is_refused() -> None:
    with pytest.raises(ValueError, match="between 1 and 21"):
        legible("#123456", 22)


def test_blend_mixes_as_a_screen_does() -> None:
    assert blend(BLACK, WHITE, 0) == WHITE and blend(BLACK, WHITE, 1) == BLACK
    assert blend("#ff0000", "#0000ff", 0.5) == "#800080"
    with pytest.raises(ValueError, match="between 0 and 1"):
        blend(BLACK, WHITE, 1.5)


@given(colours, colours)
def test_muted_text_is_quieter_yet_readable(text: str, background: str) -> None:
    quiet = muted_text(text, background)
    if contrast_ratio(text, background) >= AA_TEXT:
        assert contrast_ratio(quiet, background) >= AA_TEXT
        assert contrast_ratio(quiet, background) <= contrast_ratio(text, background) + 1e-9
    else:
        assert quiet == text  # nothing quieter can be readable: the text as it is


def test_the_calendars_old_subtitle_grey_was_too_faint_and_the_muted_one_is_not() -> None:
    header, disabled = "#efefef", "#bebebe"  # Fusion's light window and disabled text
    assert contrast_ratio(disabled, header) < 2
    quiet = muted_text("#000000", header)
    assert AA_TEXT <= contrast_ratio(quiet, header) < 5 and quiet != BLACK


def test_white_text_on_fusion_s_selection_blue_deepens_the_blue_just_enough() -> None:
    highlight = "#308cc6"  # Fusion's selection, under its white selected text
    assert contrast_ratio(WHITE, highlight) < AA_TEXT
    deeper = background_for(WHITE, highlight)
    assert AA_TEXT <= contrast_ratio(WHITE, deeper) < AA_TEXT + 0.1  # no darker than needed
    assert relative_luminance(deeper) < relative_luminance(highlight)
    assert background_for(WHITE, "#1a1a8c") == "#1a1a8c"  # already readable: as it is


@given(colours, colours)
def test_a_background_for_any_text_reaches_aa(text: str, background: str) -> None:
    shaded = background_for(text, background)
    # every colour reaches 4.58 with black or white, so shading towards that one always gets there
    assert contrast_ratio(text, shaded) >= AA_TEXT
    if contrast_ratio(text, background) >= AA_TEXT:
        assert shaded == background


def test_an_error_red_stays_red_on_white_and_turns_lighter_on_black() -> None:
    red = "#b00020"  # the booking form's error text
    assert readable_on(red, WHITE) == red
    assert contrast_ratio(red, BLACK) < AA_TEXT
    on_black = readable_on(red, BLACK)
    assert AA_TEXT <= contrast_ratio(on_black, BLACK) < AA_TEXT + 0.1
    r, g, b = rgb(on_black)
    assert r > g and r > b  # still a red


@given(colours, colours)
def test_a_readable_colour_reaches_aa_on_any_background(colour: str, background: str) -> None:
    assert contrast_ratio(readable_on(colour, background), background) >= AA_TEXT
