"""Large text and high contrast (ui/appearance.py, the Appearance dialog): every palette's text
meets WCAG 2.1 AA (4.5:1, computed), the dialog changes the whole application's font and palette
from the keyboard and with the mouse and keeps the choice for this workstation, the next start
restores it, and at large text every view and dialog fits a 1366×768 screen at 150 % (2049×1152
logical pixels) with the calendar's rows grown with the text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from clinic_desktop.domain import flow
from clinic_desktop.domain.access import Role
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.colours import AA_TEXT, contrast_ratio, legible
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.ui.appearance import (
    Appearance,
    Contrast,
    TextSize,
    apply_appearance,
    contrast_pairs,
    current_appearance,
    font_for,
    readable_ink,
    theme_stylesheet,
)
from clinic_desktop.ui.application import apply_look, run_gui
from clinic_desktop.ui.dialogs.appearance import AppearanceDialog, choose_appearance
from clinic_desktop.ui.main_window import VIEWS, MainWindow
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.settings import UiSettings
from clinic_desktop.ui.views.calendar_grid import CalendarGrid, block_look
from clinic_desktop.ui.views.flow_cards import LEVEL_COLOURS
from tests.ui import test_fits_1366 as fits
from tests.ui.test_calendar_blocks import TYPE_COLOURS

LARGE_SCREEN = QSize(2049, 1152)  # 1366×768 at 150 % scaling, in logical pixels
EVERY_LOOK = [Appearance(size, contrast) for size in TextSize for contrast in Contrast]


@pytest.fixture(autouse=True)
def _back_to_the_usual_look(qapp: QApplication) -> Iterator[None]:
    """Each test starts and ends with the normal text and the standard palette (the application
    is shared by the whole session)."""
    apply_look(qapp)
    yield
    apply_look(qapp)


def window_colours(app: QApplication) -> tuple[str, str]:
    palette = app.palette()
    return palette.color(QPalette.ColorRole.Window).name(), palette.color(
        QPalette.ColorRole.WindowText
    ).name()


# --- contrast ------------------------------------------------------------------------------------


@pytest.mark.parametrize("contrast", list(Contrast), ids=lambda c: c.value)
def test_every_text_on_its_background_reaches_aa_in_every_palette(
    qapp: QApplication, contrast: Contrast
) -> None:
    apply_appearance(qapp, Appearance(TextSize.NORMAL, contrast))
    pairs = contrast_pairs(qapp.palette(), contrast)
    assert len(pairs) >= 20  # active and inactive, disabled, the theme's selection
    assert {pair: round(ratio, 2) for pair, ratio in pairs.items() if ratio < AA_TEXT} == {}
    if contrast is not Contrast.STANDARD:  # black on white, white on black: far beyond AA
        assert contrast_ratio(*window_colours(qapp)) == pytest.approx(21)


def test_the_standard_palette_is_the_platform_s_with_its_misses_made_readable(qapp: QApplication) -> None:
    """Fusion's own palette (offscreen) has a disabled grey at 1.6:1 and white on a blue
    selection at 3.7:1; the standard look keeps its colours where they pass and fixes those."""
    platform = QApplication.style().standardPalette()
    raw = contrast_pairs(platform, Contrast.STANDARD)
    assert min(raw.values()) < AA_TEXT  # the platform's palette does miss somewhere
    apply_appearance(qapp, Appearance())
    palette = qapp.palette()
    assert palette.color(QPalette.ColorRole.Window) == platform.color(QPalette.ColorRole.Window)
    assert palette.color(QPalette.ColorRole.Text) == platform.color(QPalette.ColorRole.Text)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name()
    assert contrast_ratio(disabled, palette.color(QPalette.ColorRole.Base).name()) >= AA_TEXT
    assert disabled != palette.color(QPalette.ColorRole.Text).name()  # still quieter than text


@pytest.mark.parametrize("contrast", list(Contrast), ids=lambda c: c.value)
def test_painted_colours_stay_readable_in_every_palette(qapp: QApplication, contrast: Contrast) -> None:
    """The calendar's blocks of every type colour and status, on the palette's own base, and the
    flow board's wait colours: their text is chosen by the contrast rule, so it follows."""
    apply_appearance(qapp, Appearance(TextSize.NORMAL, contrast))
    base = qapp.palette().color(QPalette.ColorRole.Base).name()
    statuses = list(AppointmentStatus)
    looks = [block_look(colour, status, base) for colour in TYPE_COLOURS for status in statuses]
    assert len(looks) >= 50
    assert min(look.ratio for look in looks) >= AA_TEXT
    assert all(contrast_ratio(look.text, look.fill) >= AA_TEXT for look in looks)
    for level in (flow.WaitLevel.AMBER, flow.WaitLevel.RED):
        assert legible(LEVEL_COLOURS[level]).ratio >= AA_TEXT


# Fixed text colours the views and dialogs set today (errors, cautions, a tick), to be drawn through
# readable_ink so that they follow the palette.
FIXED_INKS = ("#b00020", "#b3261e", "#a02020", "#a15c00", "#2e7d32", "#c62828")


@pytest.mark.parametrize("contrast", list(Contrast), ids=lambda c: c.value)
def test_a_fixed_text_colour_is_made_readable_in_every_palette(
    qapp: QApplication, contrast: Contrast
) -> None:
    apply_appearance(qapp, Appearance(TextSize.NORMAL, contrast))
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        ground = qapp.palette().color(role).name()
        for ink in FIXED_INKS:
            assert contrast_ratio(readable_ink(ink, role), ground) >= AA_TEXT, (ink, role)
    if contrast is Contrast.HIGH_DARK:  # a dark red on black is lightened, not left unreadable
        assert contrast_ratio("#b00020", "#000000") < AA_TEXT
        assert readable_ink("#b00020") != "#b00020"


def test_the_theme_scales_its_sizes_and_gives_up_its_teal_in_high_contrast() -> None:
    normal = theme_stylesheet(Appearance())
    large = theme_stylesheet(Appearance(TextSize.LARGE))
    assert "font-size: 15px" in normal and "height: 44px" in normal
    assert "font-size: 22px" in large and "height: 66px" in large and "font-size: 15px" not in large
    dark = theme_stylesheet(Appearance(contrast=Contrast.HIGH_DARK))
    override = dark[dark.index("High contrast") :]
    assert "background: palette(highlight)" in override
    assert re.search(r"#[0-9a-fA-F]{3,8}\b|rgba?\(", override) is None  # no colour of its own


def test_the_theme_is_on_the_widgets_it_names_and_follows_the_appearance(
    qtbot: QtBot, qapp: QApplication
) -> None:
    """In the standard look the application carries no style sheet (one would put every widget
    under Qt's style-sheet style: issue 22); the navigation, a view's title and the status bar get
    their own rules, and get them again, scaled, when the text size changes."""
    from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QTableView

    from clinic_desktop.ui.appearance import theme

    assert qapp.styleSheet() == ""
    window = QMainWindow()
    qtbot.addWidget(window)
    navigation, title, other = QListWidget(), QLabel("Patients"), QLabel("a plain label")
    theme(navigation, "navigation")
    theme(title, "viewTitle")
    theme(window.statusBar())
    table = QTableView()
    page = QWidget()
    for widget in (navigation, title, other, table):
        widget.setParent(page)
    window.setCentralWidget(page)
    window.show()
    qtbot.waitExposed(window)
    assert navigation.objectName() == "navigation" and title.objectName() == "viewTitle"
    assert "QListWidget#navigation::item:selected" in navigation.styleSheet()
    assert "font-size: 15px" in navigation.styleSheet() and "QLabel" not in navigation.styleSheet()
    assert "QLabel#viewTitle" in title.styleSheet() and "navigation" not in title.styleSheet()
    assert "QStatusBar QLabel" in window.statusBar().styleSheet()
    assert other.styleSheet() == "" and table.styleSheet() == ""
    normal_title = title.fontInfo().pixelSize()
    assert table.horizontalHeader().font().bold()  # the column headings, bold without a sheet
    assert normal_title > other.fontInfo().pixelSize()  # the title's 20 px over the body text

    apply_appearance(qapp, Appearance(TextSize.LARGE))
    assert qapp.styleSheet() == ""
    assert "font-size: 30px" in title.styleSheet() and "height: 66px" in navigation.styleSheet()
    qtbot.waitUntil(lambda: title.fontInfo().pixelSize() > normal_title)
    assert table.horizontalHeader().font().bold()

    apply_appearance(qapp, Appearance(contrast=Contrast.HIGH_DARK))
    assert "QPushButton:focus" in qapp.styleSheet()  # every button edged, application-wide
    override = navigation.styleSheet()[navigation.styleSheet().index("#1f7a8c") :]
    assert "background: palette(highlight)" in override  # the teal gives way, on the widget too
    apply_look(qapp)
    assert qapp.styleSheet() == "" and "font-size: 20px" in title.styleSheet()


# --- the dialog ----------------------------------------------------------------------------------


def test_the_dialog_by_keys_and_clicks_changes_the_application_and_keeps_it_here(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    file = tmp_path / "workstation.ini"
    settings = UiSettings(QSettings(str(file), QSettings.Format.IniFormat))
    normal_size = qapp.font().pointSizeF()
    dialog = AppearanceDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.ok_button.isDefault()
    assert dialog.text_size.accessibleName() == "Text size" and dialog.contrast.accessibleName() == "Colours"
    assert dialog.focusWidget() is dialog.text_size
    qtbot.keyClick(dialog.text_size, Qt.Key.Key_Down)  # Normal -> Large
    qtbot.keyClick(dialog.text_size, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.contrast
    qtbot.keyClick(dialog.contrast, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.contrast, Qt.Key.Key_Down)  # Standard -> light -> dark
    assert dialog.chosen() == Appearance(TextSize.LARGE, Contrast.HIGH_DARK)
    # the preview shows it; the application has not changed yet
    preview = dialog.preview.palette().color(QPalette.ColorRole.Window).name()
    assert preview == "#000000"
    assert dialog.preview.line.font().pointSizeF() == pytest.approx(normal_size * 1.5, abs=0.1)
    shown = dialog.preview.grab().toImage()  # drawn in the chosen colours: black, the cyan selection
    list_top = dialog.preview.list.mapTo(dialog.preview, dialog.preview.list.rect().topLeft())
    ratio = shown.devicePixelRatio()  # 1.5 at 150 % scaling (tests/ui/test_scale_150.py)
    assert shown.pixelColor(2, 2).name() == "#000000"
    assert (
        shown.pixelColor(int((list_top.x() + 8) * ratio), int((list_top.y() + 6) * ratio)).name() == "#1aebff"
    )
    assert qapp.font().pointSizeF() == normal_size and window_colours(qapp)[0] != "#000000"
    with qtbot.waitSignal(dialog.applied) as applied:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert applied.args == [Appearance(TextSize.LARGE, Contrast.HIGH_DARK)]
    assert qapp.font().pointSizeF() == pytest.approx(normal_size * 1.5)
    assert window_colours(qapp) == ("#000000", "#ffffff")
    assert current_appearance(qapp) == Appearance(TextSize.LARGE, Contrast.HIGH_DARK)
    # kept for this workstation, in its own settings file, and read back by a new start
    kept = QSettings(str(file), QSettings.Format.IniFormat)
    assert (kept.value("look/text_size"), kept.value("look/palette")) == ("large", "high-contrast-dark")
    apply_look(qapp)  # as the application was before
    assert qapp.font().pointSizeF() == normal_size
    apply_look(qapp, UiSettings(kept))
    assert qapp.font().pointSizeF() == pytest.approx(normal_size * 1.5)
    assert window_colours(qapp) == ("#000000", "#ffffff")


def test_escape_leaves_the_look_and_enter_keeps_it(
    qtbot: QtBot, qapp: QApplication, qsettings: QSettings
) -> None:
    settings = UiSettings(qsettings)
    before = (qapp.font().pointSizeF(), window_colours(qapp))
    dialog = AppearanceDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.contrast, Qt.Key.Key_Down)  # high contrast light, in the preview only
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert (qapp.font().pointSizeF(), window_colours(qapp)) == before
    assert settings.palette == "standard"
    again = AppearanceDialog(settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.keyClick(again.contrast, Qt.Key.Key_Down)
    with qtbot.waitSignal(again.accepted):
        qtbot.keyClick(again.contrast, Qt.Key.Key_Return)  # the default button
    assert window_colours(qapp) == ("#ffffff", "#000000")
    assert settings.palette == "high-contrast-light" and settings.text_size == "normal"


def test_choose_appearance_is_what_the_view_menu_runs(
    qtbot: QtBot, qapp: QApplication, qsettings: QSettings
) -> None:
    from PySide6.QtCore import QTimer

    parent = QWidget()
    qtbot.addWidget(parent)
    settings = UiSettings(qsettings)

    def pick_large() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AppearanceDialog)
        dialog.text_size.setCurrentIndex(1)
        dialog.ok_button.click()

    QTimer.singleShot(0, pick_large)
    assert choose_appearance(parent, settings) == Appearance(TextSize.LARGE, Contrast.STANDARD)
    assert settings.text_size == "large" and current_appearance(qapp).text_size is TextSize.LARGE


def test_the_window_starts_in_the_workstation_s_look(
    demo_services: ClinicServices, qapp: QApplication, qsettings: QSettings
) -> None:
    """run_gui reads the look before it builds the window (a smoke run: every view rendered)."""
    qsettings.setValue("look/text_size", "large")
    qsettings.setValue("look/palette", "high-contrast-light")
    assert run_gui(demo_services, smoke=True, qsettings=qsettings) == 0
    assert qapp.font().pointSizeF() == pytest.approx(font_for(TextSize.LARGE).pointSizeF())
    assert window_colours(qapp) == ("#ffffff", "#000000")


def test_an_unknown_word_in_the_settings_opens_in_the_usual_look(
    qapp: QApplication, qsettings: QSettings
) -> None:
    qsettings.setValue("look/text_size", "enormous")
    qsettings.setValue("look/palette", "purple")
    apply_look(qapp, UiSettings(qsettings))
    assert current_appearance(qapp) == Appearance()


# --- large text fits ----------------------------------------------------------------------------


@pytest.fixture
def clinic(demo_services: ClinicServices) -> ClinicServices:
    """The demo clinic with test_fits_1366's patient whose chart header has many long chips."""
    s = demo_services
    patient = s.patients.add(PatientInput("Alexandrina", "Fairweather-Smythe", "1968-05-14")).record.id
    s.patients.add_condition(patient, "chronic_migraine")
    s.patients.add_allergy(patient, "Human albumin (from a previous reaction, 2019)", "anaphylaxis", "severe")
    s.patients.add_allergy(patient, "Lidocaine with adrenaline", "hives", "moderate")
    s.patients.add_medication(patient, "Warfarin sodium", "5 mg daily", anticoagulant=True)
    s.patients.add_consent(patient, "Botulinum toxin treatment", "2024-01-10", "2025-01-10")
    return s


@pytest.fixture
def host(qtbot: QtBot) -> Iterator[QWidget]:
    parent = QWidget()  # kept until the test's widgets are closed: the dialogs are its children
    qtbot.addWidget(parent)
    yield parent


@pytest.fixture
def large_screen(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> QSize:
    """The fits checks of test_fits_1366 on a 1366×768 screen at 150 %, with the large text."""
    monkeypatch.setattr(fits, "SCREEN", LARGE_SCREEN)
    apply_appearance(qapp, Appearance(TextSize.LARGE, Contrast.HIGH_LIGHT))
    return LARGE_SCREEN


@pytest.mark.parametrize("role", [Role.MANAGER, Role.RECEPTION], ids=lambda r: r.value)
def test_every_view_fits_at_large_text(
    qtbot: QtBot, clinic: ClinicServices, qsettings: QSettings, large_screen: QSize, role: Role
) -> None:
    fits.as_role(clinic, role)
    window = MainWindow(clinic, UiSettings(qsettings))
    window.quiet = True
    qtbot.addWidget(window)
    window.resize(large_screen)
    window.show()
    fits.settle(qtbot, window.operations)
    problems = {}
    shown = []
    try:
        for spec in VIEWS:
            if not clinic.may(spec.needs):
                continue
            window.show_view(spec.key)
            fits.settle(qtbot, window.operations)
            shown.append(spec.key)
            problems[spec.key] = fits.overflows(window)
        for mode in ("week", "month"):
            window.show_view("calendar")
            window.calendar.set_mode(mode)
            fits.settle(qtbot, window.operations)
            problems[f"calendar {mode}"] = fits.overflows(window)
    finally:
        window.operations.wait()
    assert {"calendar", "patients", "today"} <= set(shown)
    assert {view: found for view, found in problems.items() if found} == {}


def test_every_dialog_fits_at_large_text(
    qtbot: QtBot, clinic: ClinicServices, host: QWidget, large_screen: QSize, tmp_path: Path
) -> None:
    operations = Operations(clinic.end_thread)
    classes = sorted(fits.all_dialog_classes(), key=lambda c: c.__name__)
    assert AppearanceDialog in classes
    problems: dict[str, list[str]] = {}
    try:
        for cls in classes:
            dialog = fits.open_dialog(cls, clinic, operations, host, tmp_path / "ui.ini")
            qtbot.addWidget(dialog)
            dialog.show()
            fits.settle(qtbot, operations)
            dialog.resize(dialog.size().boundedTo(large_screen))
            fits.settle(qtbot, operations)
            found = fits.overflows(dialog)
            if found:
                problems[cls.__name__] = found
            dialog.hide()
    finally:
        operations.wait()
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_the_calendar_s_rows_grow_with_the_text_at_once(qtbot: QtBot, qapp: QApplication) -> None:
    grid = CalendarGrid()
    qtbot.addWidget(grid)
    grid.resize(900, 600)
    grid.show()
    normal = (grid.hour_height, grid.header_height, grid.gutter_width)
    normal_line = grid.fontMetrics().height()
    apply_appearance(qapp, Appearance(TextSize.LARGE))  # live: the open grid follows
    qtbot.waitUntil(lambda: grid.hour_height != normal[0])
    assert grid.hour_height == round(normal[0] * 1.5)
    assert grid.header_height > normal[1] and grid.gutter_width > normal[2]
    # a short visit has as much room for a line of the larger text as it had for the normal one
    assert grid.hour_height / grid.fontMetrics().height() >= 0.9 * normal[0] / normal_line
    assert grid.gutter_width - 8 >= grid.fontMetrics().horizontalAdvance("10:00")
    opened_large = CalendarGrid()  # a grid made while the text is large starts with large rows
    qtbot.addWidget(opened_large)
    assert opened_large.hour_height == grid.hour_height
    apply_appearance(qapp, Appearance())
    qtbot.waitUntil(lambda: grid.hour_height == normal[0])
    assert (grid.header_height, grid.gutter_width) == normal[1:]


def test_the_patient_chart_fits_at_large_text(
    qtbot: QtBot, clinic: ClinicServices, large_screen: QSize
) -> None:
    from clinic_desktop.ui.views.patient_chart import PatientChartWindow

    fits.as_role(clinic, Role.PROVIDER)  # who sees the most of a chart
    operations = Operations(clinic.end_thread)
    chart = PatientChartWindow(clinic, operations, max(clinic.patients.list_ids()))
    qtbot.addWidget(chart)
    with qtbot.waitSignal(chart.loaded, timeout=fits.TIMEOUT):
        chart.resize(large_screen)
        chart.show()
    fits.settle(qtbot, operations)
    problems = {}
    try:
        for index in range(chart.tabs.count()):
            chart.tabs.setCurrentIndex(index)
            fits.settle(qtbot, operations)
            problems[chart.tabs.tabText(index).replace("&", "")] = fits.overflows(chart)
    finally:
        operations.wait()
    assert len(problems) >= 3
    assert {tab: found for tab, found in problems.items() if found} == {}


def test_the_window_s_view_menu_opens_appearance_and_its_keys_apply_it(
    window: MainWindow, qtbot: QtBot, qapp: QApplication
) -> None:
    """View > Appearance… in the real window: the dialog is modal over it; Esc leaves the look as
    it was, and Down then Enter makes the text large at once (the calendar's rows with it)."""
    from PySide6.QtCore import QTimer

    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert window.registry["appearance"] in view_menu.actions()
    normal, rows = qapp.font().pointSizeF(), window.calendar.grid.hour_height
    seen: list[QWidget] = []

    def press(*keys: Qt.Key) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AppearanceDialog) and dialog.parentWidget() is window
        seen.append(dialog)
        for key in keys:
            qtbot.keyClick(dialog.focusWidget() or dialog, key)

    QTimer.singleShot(0, lambda: press(Qt.Key.Key_Escape))
    window.registry["appearance"].trigger()
    assert len(seen) == 1 and qapp.font().pointSizeF() == normal
    QTimer.singleShot(0, lambda: press(Qt.Key.Key_Down, Qt.Key.Key_Return))
    window.registry["appearance"].trigger()
    assert len(seen) == 2
    assert qapp.font().pointSizeF() == pytest.approx(normal * 1.5)
    assert window.settings.text_size == "large"
    qtbot.waitUntil(lambda: window.calendar.grid.hour_height > rows, timeout=5_000)
