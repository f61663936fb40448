"""How the window looks at this workstation: the text size and the palette, chosen per workstation
(UiSettings, in QSettings) and applied to the whole QApplication, at start and live.

Text size: normal (the system's font, at least the readable 11 pt) or large, 150 % of it, for a
receptionist who needs bigger text (what 150 % display scaling or a system font half as large again
gives). Every widget that takes the application's font follows; the theme's pixel sizes
(resources/theme.qss) are scaled here by the same factor, and the calendar's rows grow with the
font (ui/views/calendar_grid.py).

The theme is not the application's style sheet: each widget it is about gets its own rules
(``theme``: the navigation, the views' titles and placeholders, the tool bar and the status bar),
and they are given again when the appearance changes. A style sheet on the application would put
every widget under Qt's style-sheet style, and every dialog built, view shown and table painted
pays for it (a fifth of the window's longest stalls, issue 22). In high contrast, where every
button and field must be edged, the whole theme is the application's.

Palette: standard (the platform's own, with any text colour that would miss WCAG 2.1 AA contrast
darkened or lightened just enough), or high contrast, light (black on white) or dark (white on
black). Every pair of text and background colour Qt draws with — window, base, button, highlight,
tooltip, placeholder and disabled text — reaches 4.5:1 in every palette (``contrast_pairs``; the
rule and its source are domain/colours.py). Painted widgets take their colours from the palette
and choose text colours with the same rule (``legible``), so they follow; the theme's one fixed
colour (the teal of the navigation's selection) gives way to the palette's highlight in high
contrast, where every button and field is also edged in a strong line colour (Fusion shades edges
from the window colour, which leaves none on black) and a checked button is filled with the
highlight (``theme_stylesheet``). Fixed text colours (an error's red) go through ``readable_ink``.

The choices' names are in the window's language (context "Appearance", docs/translating.md).
"""

from __future__ import annotations

import re
from copy import copy
from dataclasses import dataclass
from enum import Enum
from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from clinic_desktop.domain.colours import (
    AA_TEXT,
    background_for,
    blend,
    contrast_ratio,
    muted_text,
    readable_on,
)
from clinic_desktop.ui.icons import stylesheet

READABLE_POINT_SIZE = 11  # readable from across a reception desk


class TextSize(Enum):
    NORMAL = "normal"
    LARGE = "large"

    @property
    def scale(self) -> float:
        return 1.5 if self is TextSize.LARGE else 1.0

    @property
    def label(self) -> str:
        """Its name in the window's language."""
        if self is TextSize.LARGE:
            return QCoreApplication.translate("Appearance", "Large (150 %)")
        return QCoreApplication.translate("Appearance", "Normal")


class Contrast(Enum):
    STANDARD = "standard"
    HIGH_LIGHT = "high-contrast-light"
    HIGH_DARK = "high-contrast-dark"

    @property
    def label(self) -> str:
        """Its name in the window's language."""
        if self is Contrast.HIGH_LIGHT:
            return QCoreApplication.translate("Appearance", "High contrast, light (black on white)")
        if self is Contrast.HIGH_DARK:
            return QCoreApplication.translate("Appearance", "High contrast, dark (white on black)")
        return QCoreApplication.translate("Appearance", "Standard (the system's colours)")


@dataclass(frozen=True)
class Appearance:
    text_size: TextSize = TextSize.NORMAL
    contrast: Contrast = Contrast.STANDARD

    @classmethod
    def parse(cls, text_size: str, contrast: str) -> Appearance:
        """From the words kept in the settings; anything unknown (an older or hand-edited file)
        is the default rather than an error: the window must always open."""
        sizes = {s.value: s for s in TextSize}
        contrasts = {c.value: c for c in Contrast}
        return cls(sizes.get(text_size, TextSize.NORMAL), contrasts.get(contrast, Contrast.STANDARD))


Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# The high-contrast palettes, role by role. Light: black on white with a deep blue selection (the
# look of Windows' "High Contrast White"); dark: white on black with a cyan selection under black
# text and yellow links (as "High Contrast Black"). Lines (Mid, Dark) are strong enough to see
# (WCAG 1.4.11 asks 3:1 of what marks a control's edge); disabled text is dimmer yet still 4.5:1.
HIGH_CONTRAST: dict[Contrast, dict[QPalette.ColorRole, str]] = {
    Contrast.HIGH_LIGHT: {
        Role.Window: "#ffffff",
        Role.WindowText: "#000000",
        Role.Base: "#ffffff",
        Role.AlternateBase: "#ececec",
        Role.Text: "#000000",
        Role.Button: "#ffffff",
        Role.ButtonText: "#000000",
        Role.BrightText: "#ffffff",
        Role.Highlight: "#1a1a8c",
        Role.HighlightedText: "#ffffff",
        Role.ToolTipBase: "#ffffff",
        Role.ToolTipText: "#000000",
        Role.PlaceholderText: "#4d4d4d",
        Role.Link: "#0000b3",
        Role.LinkVisited: "#5a1a8b",
        Role.Light: "#ffffff",
        Role.Midlight: "#d9d9d9",
        Role.Mid: "#595959",
        Role.Dark: "#404040",
        Role.Shadow: "#000000",
    },
    Contrast.HIGH_DARK: {
        Role.Window: "#000000",
        Role.WindowText: "#ffffff",
        Role.Base: "#000000",
        Role.AlternateBase: "#1c1c1c",
        Role.Text: "#ffffff",
        Role.Button: "#000000",
        Role.ButtonText: "#ffffff",
        Role.BrightText: "#000000",
        Role.Highlight: "#1aebff",
        Role.HighlightedText: "#000000",
        Role.ToolTipBase: "#000000",
        Role.ToolTipText: "#ffffff",
        Role.PlaceholderText: "#bfbfbf",
        Role.Link: "#ffff00",
        Role.LinkVisited: "#ff9de6",
        Role.Light: "#4d4d4d",
        Role.Midlight: "#333333",
        Role.Mid: "#a6a6a6",
        Role.Dark: "#bfbfbf",
        Role.Shadow: "#ffffff",
    },
}
DISABLED_TEXT = {Contrast.HIGH_LIGHT: "#595959", Contrast.HIGH_DARK: "#a6a6a6"}

# Text drawn on a background: (text role, background role). What Qt's styles and the theme pair.
TEXT_PAIRS: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...] = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.PlaceholderText, Role.Window),
    (Role.Link, Role.Base),
    (Role.LinkVisited, Role.Base),
)
# Disabled controls: their greyed text on their own background.
DISABLED_PAIRS: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...] = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.ButtonText, Role.Button),
)
# The colour a pair's text is made from when it has to be made readable: its "strong" kin.
_STRONG = {
    Role.PlaceholderText: Role.Text,
    Role.Link: Role.Text,
    Role.LinkVisited: Role.Text,
}

# The theme's own colours (resources/theme.qss): the navigation's selected item is the window's
# text on a teal wash over the window.
THEME_ACCENT = "#1f7a8c"
THEME_WASH = 0.18


def _name(palette: QPalette, role: QPalette.ColorRole, group: QPalette.ColorGroup = Group.Active) -> str:
    return palette.color(group, role).name()


def contrast_pairs(palette: QPalette, contrast: Contrast) -> dict[str, float]:
    """Every text-on-background pair the window draws in this palette, with its contrast ratio:
    the palette's own pairs (active and disabled) and the theme's (the navigation selection)."""
    found: dict[str, float] = {}
    for group in (Group.Active, Group.Inactive):
        for text, background in TEXT_PAIRS:
            ratio = contrast_ratio(_name(palette, text, group), _name(palette, background, group))
            found[f"{group.name} {text.name} on {background.name}"] = ratio
    for text, background in DISABLED_PAIRS:
        ratio = contrast_ratio(
            _name(palette, text, Group.Disabled), _name(palette, background, Group.Disabled)
        )
        found[f"disabled {text.name} on {background.name}"] = ratio
    window, words = _name(palette, Role.Window), _name(palette, Role.WindowText)
    if contrast is Contrast.STANDARD:
        wash = blend(THEME_ACCENT, window, THEME_WASH)
        found["navigation selection (theme)"] = contrast_ratio(words, wash)
    else:
        found["navigation selection (theme)"] = contrast_ratio(
            _name(palette, Role.HighlightedText), _name(palette, Role.Highlight)
        )
    return found


def high_contrast_palette(contrast: Contrast) -> QPalette:
    palette = QPalette()
    for role, colour in HIGH_CONTRAST[contrast].items():
        palette.setColor(role, QColor(colour))  # every group
    disabled = QColor(DISABLED_TEXT[contrast])
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, disabled)
    for role in (Role.Highlight, Role.HighlightedText):  # a selection stays a selection unfocused
        palette.setColor(Group.Inactive, role, QColor(HIGH_CONTRAST[contrast][role]))
    if hasattr(Role, "Accent"):  # Qt 6.6 and later
        palette.setColor(Role.Accent, QColor(HIGH_CONTRAST[contrast][Role.Highlight]))
    return palette


def readable_palette(base: QPalette) -> QPalette:
    """The platform's palette with every text colour that misses AA against its background made
    readable. Quieter text (placeholder, disabled, links) becomes the quietest shade between the
    pair's strong text colour and the background that reaches 4.5:1, so it stays quieter than
    normal text, as meant; a selection keeps its text colour and its highlight is deepened just
    enough (a platform's bright blue under white text is the usual miss)."""
    palette = copy(base)  # not QPalette(base): see platform_palette
    for group in (Group.Active, Group.Inactive, Group.Disabled):
        pairs = TEXT_PAIRS if group is not Group.Disabled else DISABLED_PAIRS
        for text, background in pairs:
            ink, ground = _name(palette, text, group), _name(palette, background, group)
            if contrast_ratio(ink, ground) >= AA_TEXT:
                continue
            if text is Role.HighlightedText:
                palette.setColor(group, background, QColor(background_for(ink, ground)))
                continue
            strong = _name(palette, _STRONG.get(text, text), Group.Active)
            if contrast_ratio(strong, ground) < AA_TEXT:
                strong = "#000000" if QColor(ground).lightnessF() >= 0.5 else "#ffffff"
            palette.setColor(group, text, QColor(muted_text(strong, ground)))
    return palette


def palette_for(contrast: Contrast, platform: QPalette) -> QPalette:
    if contrast is Contrast.STANDARD:
        return readable_palette(platform)
    return high_contrast_palette(contrast)


_PIXELS = re.compile(r"\b(font-size|height)\s*:\s*(\d+(?:\.\d+)?)px")


def theme_stylesheet(appearance: Appearance) -> str:
    """resources/theme.qss for this appearance: its pixel font sizes and the navigation's row
    height scaled with the text, and in high contrast its teal selection replaced by the palette's
    highlight (the one place the theme names a colour of its own)."""
    text = stylesheet()
    scale = appearance.text_size.scale
    if scale != 1.0:
        text = _PIXELS.sub(lambda m: f"{m.group(1)}: {round(float(m.group(2)) * scale)}px", text)
    if appearance.contrast is not Contrast.STANDARD:
        text += (
            "\n/* ---- High contrast (ui/appearance.py) ---- */\n"
            "QListWidget#navigation::item:selected {\n"
            "    border-left: 4px solid palette(highlighted-text);\n"
            "    background: palette(highlight);\n"
            "    color: palette(highlighted-text);\n"
            "}\n"
            "QListWidget#navigation::item:hover:!selected {\n"
            "    background: palette(window);\n"
            "    border-left: 4px solid palette(window-text);\n"
            "}\n"
            "QTableView { gridline-color: palette(mid); }\n"
            # Headings drawn flat in the palette's colours, edged in its strong lines.
            "QTableView QHeaderView::section {\n"
            "    background: palette(button);\n"
            "    color: palette(button-text);\n"
            "    padding: 6px;\n"
            "    font-weight: bold;\n"
            "    border: none;\n"
            "    border-right: 1px solid palette(mid);\n"
            "    border-bottom: 1px solid palette(mid);\n"
            "}\n"
            # Fusion draws a control's edge a shade darker than the window: nothing on black.
            # Every edge in the strong line colour instead, a checked or pressed button in the
            # highlight, the keyboard's button ringed in it (WCAG 1.4.11: edges at 3:1).
            "QPushButton {\n"
            "    border: 1px solid palette(window-text);\n"
            "    border-radius: 3px;\n"
            "    background: palette(button);\n"
            "    padding: 3px 10px;\n"
            "}\n"
            "QPushButton:checked, QPushButton:pressed {\n"
            "    background: palette(highlight);\n"
            "    color: palette(highlighted-text);\n"
            "}\n"
            "QPushButton:focus { border: 2px solid palette(highlight); }\n"
            "QPushButton:disabled { border-color: palette(mid); }\n"
            "QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit, QPlainTextEdit {\n"
            "    border: 1px solid palette(mid);\n"
            "}\n"
        )
    return text


def platform_font() -> QFont:
    """The system's own font, at least the readable size: what normal text is."""
    font = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
    if 0 < font.pointSizeF() < READABLE_POINT_SIZE or font.pointSizeF() <= 0:
        font.setPointSizeF(READABLE_POINT_SIZE)
    return font


def font_for(size: TextSize) -> QFont:
    font = platform_font()
    font.setPointSizeF(font.pointSizeF() * size.scale)
    return font


def platform_palette(app: QApplication) -> QPalette:
    """The palette the platform gave the application, kept the first time the look is applied
    (a palette set since then, a high-contrast one, must not become the new "standard")."""
    kept = app.property("platformPalette")
    if isinstance(kept, QPalette):
        return copy(kept)
    # Copied with copy(), not QPalette(...): that constructor's overloads make PySide build every
    # enum of Qt's Qt namespace, a fifth of the sign-in dialog's own start-up (issue 22).
    palette = copy(app.palette())
    app.setProperty("platformPalette", palette)
    return palette


def apply_appearance(app: QApplication, appearance: Appearance) -> None:
    """Set the application's font, palette and theme for this appearance; every open window
    follows at once (Qt sends each widget a font and palette change, and the themed widgets get
    their part of the theme again)."""
    font = font_for(appearance.text_size)
    app.setFont(font)
    heading = QFont(font)
    heading.setBold(True)
    app.setFont(heading, "QHeaderView")  # type: ignore[arg-type]  # a class name (stub: bytes)
    app.setPalette(palette_for(appearance.contrast, platform_palette(app)))
    # The theme goes on the widgets it names, not on the application: a style sheet on the
    # application puts every widget of every window under Qt's style-sheet style, and building a
    # dialog, showing a view or painting a table then takes a fifth longer (issue 22). High
    # contrast needs every button and field edged (Fusion leaves edges invisible on black), so
    # there the whole theme is the application's.
    app.setStyleSheet(theme_stylesheet(appearance) if appearance.contrast is not Contrast.STANDARD else "")
    app.setProperty("appearance", f"{appearance.text_size.value} {appearance.contrast.value}")
    _SHEETS.clear()
    for widget in app.allWidgets():
        if widget.property(THEMED) is not None:
            widget.setStyleSheet(_sheet_for(widget, appearance))


THEMED = "themePart"  # a widget's dynamic property: it carries its part of the theme
_SHEETS: dict[tuple[str, str, str], str] = {}
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_COMPOUND = re.compile(r"^([A-Za-z_]\w*)(?:#([\w-]+))?")


def theme(widget: QWidget, name: str = "") -> None:
    """Give ``widget`` (named ``name``, its object name, when given) the rules of the theme
    (resources/theme.qss) that are about it: those whose first part names its class (and its
    object name, where they give one), a rule such as ``QStatusBar QLabel`` reaching its children
    from there. It gets them again whenever the appearance changes."""
    if name:
        widget.setObjectName(name)
    widget.setProperty(THEMED, True)
    app = QApplication.instance()
    appearance = current_appearance(app) if isinstance(app, QApplication) else Appearance()
    widget.setStyleSheet(_sheet_for(widget, appearance))


def _sheet_for(widget: QWidget, appearance: Appearance) -> str:
    key = (widget.metaObject().className(), widget.objectName(), str(appearance))
    if key not in _SHEETS:
        _SHEETS[key] = "\n".join(
            f"{selector} {{{body}}}" for selector, body in theme_rules(appearance) if _about(widget, selector)
        )
    return _SHEETS[key]


def _about(widget: QWidget, selector: str) -> bool:
    found = _COMPOUND.match(selector)
    if found is None:
        return False
    kind, name = found.groups()
    return bool(widget.inherits(kind)) and (name is None or widget.objectName() == name)


@cache
def theme_rules(appearance: Appearance) -> list[tuple[str, str]]:
    """The theme's rules for this appearance, in order: (selector, declarations), one selector
    each (a rule naming several is split)."""
    text = re.sub(r"/\*.*?\*/", "", theme_stylesheet(appearance), flags=re.DOTALL)
    return [
        (selector.strip(), body.strip())
        for selectors, body in _RULE.findall(text)
        for selector in selectors.split(",")
        if selector.strip()
    ]


def current_appearance(app: QApplication) -> Appearance:
    """What apply_appearance last set on ``app`` (the default before it ever has)."""
    value = app.property("appearance")
    words = value.split() if isinstance(value, str) else []
    return Appearance.parse(*words) if len(words) == 2 else Appearance()


def readable_ink(colour: str, role: QPalette.ColorRole = Role.Window) -> str:
    """The one place a fixed text colour (an error's red, a caution's amber, a tick's green)
    becomes readable in the palette in force: ``colour`` where it reaches AA on the palette's
    ``role`` background, else shaded just enough (domain/colours.py ``readable_on``)."""
    app = QApplication.instance()
    background = app.palette().color(role).name() if isinstance(app, QApplication) else "#ffffff"
    return readable_on(colour, background)
