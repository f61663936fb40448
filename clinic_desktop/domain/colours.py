"""Readable text on a coloured background: the WCAG 2.1 contrast rule, asked wherever an
appointment type's colour (a clinic's own choice, any #RRGGBB) is drawn behind text.

Source: Web Content Accessibility Guidelines (WCAG) 2.1, W3C Recommendation,
https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio (contrast ratio) and
https://www.w3.org/TR/WCAG21/#dfn-relative-luminance (relative luminance); success criterion
1.4.3 Contrast (Minimum), level AA: text has a contrast ratio of at least 4.5:1.

Against an opaque background, black or white text always reaches 4.5:1 (the two ratios cross at
a luminance of about 0.179, where both are about 4.58), so ``legible`` only picks between them. A
stricter minimum (7:1, level AAA) cannot always be met by either: there the background is shaded,
as little as needed, towards the colour that gets the text there first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

BLACK = "#000000"
WHITE = "#ffffff"
AA_TEXT = 4.5  # WCAG 2.1 SC 1.4.3, level AA, normal text
_HEX = re.compile(r"#?([0-9a-fA-F]{6})")


def rgb(colour: str) -> tuple[int, int, int]:
    """'#1f77b4' (or '1f77b4') as (31, 119, 180)."""
    found = _HEX.fullmatch(colour.strip())
    if found is None:
        raise ValueError(f"'{colour}' is not a colour. Write it as #RRGGBB, e.g. #1f7a8c.")
    value = found.group(1)
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def hex_colour(red: float, green: float, blue: float) -> str:
    """Channels 0-255 (rounded, clamped) as '#rrggbb'."""
    channels = (max(0, min(255, round(c))) for c in (red, green, blue))
    return "#" + "".join(f"{c:02x}" for c in channels)


def _linear(channel: int) -> float:
    """One sRGB channel made linear, exactly as WCAG 2.1 defines it (its 0.03928 threshold)."""
    c = channel / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """L = 0.2126 R + 0.7152 G + 0.0722 B of the linear channels: 0 for black, 1 for white."""
    red, green, blue = rgb(colour)
    return 0.2126 * _linear(red) + 0.7152 * _linear(green) + 0.0722 * _linear(blue)


def contrast_ratio(first: str, second: str) -> float:
    """(L1 + 0.05) / (L2 + 0.05), the lighter colour's luminance over the darker's: 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def blend(top: str, bottom: str, opacity: float) -> str:
    """``top`` painted over ``bottom`` at ``opacity`` (0: only bottom, 1: only top), as a screen
    mixes them: what a translucent fill really shows, so its contrast can be measured."""
    if not 0 <= opacity <= 1:
        raise ValueError(f"opacity {opacity} is not between 0 and 1")
    upper, lower = rgb(top), rgb(bottom)
    return hex_colour(*(u * opacity + b * (1 - opacity) for u, b in zip(upper, lower, strict=True)))


@dataclass(frozen=True)
class Legible:
    """A background to draw and the text colour to draw on it, with their contrast ratio.
    ``background`` is the colour asked for unless no text colour could reach the minimum on it."""

    background: str
    text: str
    ratio: float
    requested: str  # the colour asked for, as #rrggbb
    shaded: float = 0.0  # how much white or black was laid over it to get there (0: none)

    @property
    def adjusted(self) -> bool:
        return self.background != self.requested


def text_colour(background: str) -> str:
    """Black or white, whichever contrasts more with ``background`` (black on a tie)."""
    on_black = contrast_ratio(background, BLACK)
    on_white = contrast_ratio(background, WHITE)
    return BLACK if on_black >= on_white else WHITE


def legible(background: str, minimum: float = AA_TEXT) -> Legible:
    """The text colour for ``background`` (black or white) with at least ``minimum`` contrast.

    When neither reaches it, the background is shaded towards white (for black text) or towards
    black (for white text), whichever needs the smaller change, by the least amount that reaches
    the minimum: the colour stays as near the clinic's choice as the rule allows."""
    if not 1 <= minimum <= 21:
        raise ValueError(f"a contrast ratio is between 1 and 21, not {minimum}")
    requested = hex_colour(*rgb(background))
    text = text_colour(requested)
    ratio = contrast_ratio(requested, text)
    if ratio >= minimum:
        return Legible(requested, text, ratio, requested)
    choices = []
    for ink, shade in ((BLACK, WHITE), (WHITE, BLACK)):
        amount = _least_shade(requested, ink, shade, minimum)
        shaded = blend(shade, requested, amount)
        choices.append((amount, shaded, ink))
    amount, shaded, ink = min(choices)
    return Legible(shaded, ink, contrast_ratio(shaded, ink), requested, amount)


def _least_shade(background: str, ink: str, shade: str, minimum: float) -> float:
    """The least opacity of ``shade`` over ``background`` at which ``ink`` reaches ``minimum``
    (1.0 when only the shade itself does). Luminance moves one way as the shade is laid on, so
    bisection finds it; the 8-bit rounding of the result is checked, not assumed."""
    low, high = 0.0, 1.0
    for _ in range(40):
        middle = (low + high) / 2
        if contrast_ratio(blend(shade, background, middle), ink) >= minimum:
            high = middle
        else:
            low = middle
    while high < 1 and contrast_ratio(blend(shade, background, high), ink) < minimum:
        high = min(1.0, high + 1 / 255)
    return high


def background_for(text: str, background: str, minimum: float = AA_TEXT) -> str:
    """``background`` shaded, as little as needed, so that ``text`` on it reaches ``minimum``:
    towards black under light text, towards white under dark text (the background itself when the
    text already reaches it). For a fixed text colour on a chosen background (a selection's white
    text on a platform's highlight colour) where the text should stay what it is."""
    # The same as the background made readable under the text (contrast is symmetric).
    return readable_on(background, text, minimum)


def readable_on(colour: str, background: str, minimum: float = AA_TEXT) -> str:
    """A text colour meant to say something (an error's red, a caution's amber) made readable on
    ``background``: the colour itself where it already reaches ``minimum``, else shaded towards
    black (on a light background) or white (on a dark one) by the least amount that does. A red
    chosen for a white window stays red on white, and turns a lighter red on black."""
    requested = hex_colour(*rgb(colour))
    if contrast_ratio(requested, background) >= minimum:
        return requested
    pole = BLACK if contrast_ratio(background, BLACK) >= contrast_ratio(background, WHITE) else WHITE
    return blend(pole, requested, _least_shade(requested, background, pole, minimum))


def muted_text(text: str, background: str, minimum: float = AA_TEXT) -> str:
    """A quieter shade of ``text`` for secondary words (a subtitle) on ``background``: ``text``
    laid over the background at the least opacity that still reaches ``minimum`` contrast (the
    text itself when even that does not reach it)."""
    if contrast_ratio(text, background) < minimum:
        return hex_colour(*rgb(text))
    # The least opacity of the text over the background at which it still stands out from it.
    return blend(text, background, _least_shade(background, background, text, minimum))
