"""Names for every control: every interactive widget a person can reach, in every view of the main
window as each role, on every tab of the patient chart and on every page of every dialog, has a
name a screen reader speaks, and the keyboard's focus is always visible.

The truth is what Qt's accessibility tells the screen reader (``QAccessibleInterface.text(Name)``):
an accessible name set on the widget, a label whose buddy it is, or its own text (a button's). A
failure lists each widget without one as "where: WidgetClass#objectName (tooltip/placeholder)", so
it says what to name. The painted widgets' items (calendar blocks, flow cards, injection sites,
chart points) are tested in test_painted_accessibility.py; here the painted widgets themselves are
checked like any other control.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from clinic_desktop.domain.access import Role
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.main_window import VIEWS, MainWindow
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.settings import UiSettings
from clinic_desktop.ui.views.patient_chart import PatientChartWindow
from tests.ui.test_fits_1366 import (
    ROLES,
    SCREEN,
    all_dialog_classes,
    as_role,
    clinic,  # noqa: F401  (the fixture: the demo clinic with a patient of many alerts)
    open_dialog,
    settle,
)

NAME = QAccessible.Text.Name
CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,  # QDateEdit, QTimeEdit, QSpinBox, QDoubleSpinBox
    QAbstractItemView,  # tables, lists, trees and their headers
    QTabBar,
    QAbstractSlider,
    QPlainTextEdit,
    QTextEdit,
)
# Parts of a Qt control that the control itself speaks for: a spin box's or an editable combo
# box's line edit, and a scroll area's scroll bars (a screen reader reads the area, not its bars).
SPOKEN_BY_OWNER = (QAbstractSpinBox, QComboBox)


@pytest.fixture(autouse=True)
def _screen_reader_listening() -> Iterator[None]:
    """Accessibility on, as when a screen reader runs (the painted widgets build their items)."""
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(False)


def report(found: set[str]) -> str:
    return f"{len(found)} controls have no name a screen reader speaks:\n" + "\n".join(sorted(found))


def is_control(widget: QWidget) -> bool:
    """A widget a person works with: a Qt control, or a custom widget that takes the keyboard."""
    if isinstance(widget, QScrollBar):
        return False
    if isinstance(widget, CONTROLS):
        return True
    # A custom focusable widget (the calendar grid, a flow lane): a scroll area or a plain
    # container that only passes the focus on is not a control of its own.
    takes_keys = bool(widget.focusPolicy() & widget.focusPolicy().TabFocus)
    return takes_keys and widget.focusProxy() is None and not type(widget).__module__.startswith("PySide6")


def spoken_by_owner(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, SPOKEN_BY_OWNER):
            return True
        parent = parent.parentWidget()
    return False


def spoken_name(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        # Qt on Linux speaks a combo box's current choice as its name ("All users"): what the
        # field is comes only from its own name or a label whose buddy it is.
        labels = [label.text() for label in widget.window().findChildren(QLabel) if label.buddy() is widget]
        return (widget.accessibleName() or "".join(labels).replace("&", "")).strip()
    found = QAccessible.queryAccessibleInterface(widget)
    return (found.text(NAME) if found is not None else widget.accessibleName()).strip()


def describe(widget: QWidget) -> str:
    hints = [widget.toolTip()]
    if isinstance(widget, QLineEdit):
        hints.append(widget.placeholderText())
    text = getattr(widget, "text", None)
    if isinstance(widget, QAbstractButton) and callable(text):
        hints.append(f"icon: {widget.icon().name()}" if not widget.icon().isNull() else "")
    hint = ", ".join(h for h in hints if h)
    named = f"#{widget.objectName()}" if widget.objectName() else ""
    parent = widget.parentWidget()
    inside = ""
    if parent is not None:
        inside = f" in {type(parent).__name__}{'#' + parent.objectName() if parent.objectName() else ''}"
    return f"{type(widget).__name__}{named}{inside} ({hint})"


def unnamed(window: QWidget, where: str) -> set[str]:
    """Each visible control of the window with no name a screen reader speaks, said for a person."""
    QApplication.processEvents()
    found = set()
    for widget in window.findChildren(QWidget):
        if (
            not widget.isVisible()
            or widget.window() is not window
            or isinstance(widget.parentWidget(), QLineEdit)
        ):
            continue
        if not is_control(widget) or spoken_by_owner(widget):
            continue
        if isinstance(widget, QLineEdit):  # its icons, and its clear button though it shows only with text
            for button in widget.findChildren(QAbstractButton):
                if not spoken_name(button):
                    found.add(f"{where}: {describe(button)}")
        if not spoken_name(widget):
            found.add(f"{where}: {describe(widget)}")
    return found


def every_page(window: QWidget, where: str) -> set[str]:
    """The window's unnamed controls on every page of its tab widgets and stacks (a dialog's
    tabs, the set-up pages), each page shown in turn."""
    found = unnamed(window, where)
    for pages in window.findChildren(QTabWidget) + window.findChildren(QStackedWidget):
        if not pages.isVisible() or isinstance(pages.parentWidget(), QTabWidget):
            continue  # a tab widget's own stack is walked as the tab widget
        shown = pages.currentIndex()
        for index in range(pages.count()):
            pages.setCurrentIndex(index)
            found |= unnamed(window, f"{where} page {index + 1}")
        pages.setCurrentIndex(shown)
    return found


def open_window(qtbot: QtBot, services: ClinicServices, qsettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(services, UiSettings(qsettings))
    window.quiet = True
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    settle(qtbot, window.operations)
    return window


@pytest.mark.parametrize("role", ROLES, ids=lambda r: r.value)
def test_every_control_of_every_view_has_a_name_for_each_role(
    qtbot: QtBot,
    clinic: ClinicServices,  # noqa: F811
    qsettings,
    role: Role,  # type: ignore[no-untyped-def]
) -> None:
    as_role(clinic, role)
    window = open_window(qtbot, clinic, qsettings)
    found: set[str] = set()
    walked = []
    try:
        for spec in VIEWS:
            if not clinic.may(spec.needs):
                continue
            window.show_view(spec.key)
            settle(qtbot, window.operations)
            found |= unnamed(window, spec.title)
            walked.append(spec.key)
        for mode in ("week", "month"):
            window.show_view("calendar")
            window.calendar.set_mode(mode)
            settle(qtbot, window.operations)
            found |= unnamed(window, f"Calendar ({mode})")
        window.show_view("today")
        window.today.shift(2)  # a day with nothing booked: the board's empty page
        settle(qtbot, window.operations)
        found |= unnamed(window, "Today (nothing booked)")
        window.lock()
        found |= unnamed(window, "Lock screen")
    finally:
        window.operations.wait()
    assert {"calendar", "patients", "today"} <= set(walked)
    assert not found, report(found)


@pytest.mark.parametrize("role", ROLES, ids=lambda r: r.value)
def test_every_control_on_every_tab_of_the_patient_chart_has_a_name(
    qtbot: QtBot,
    clinic: ClinicServices,  # noqa: F811
    role: Role,
) -> None:
    treated = next(p for p in clinic.patients.list_ids() if clinic.treatments.for_patient(p))
    as_role(clinic, role)
    operations = Operations(clinic.end_thread)
    chart = PatientChartWindow(clinic, operations, treated)
    qtbot.addWidget(chart)
    with qtbot.waitSignal(chart.loaded, timeout=20_000):
        chart.resize(SCREEN)
        chart.show()
    settle(qtbot, operations)
    found: set[str] = set()
    try:
        assert chart.tabs.count() >= 2
        for index in range(chart.tabs.count()):
            chart.tabs.setCurrentIndex(index)
            settle(qtbot, operations)
            found |= unnamed(chart, f"Chart, {chart.tabs.tabText(index).replace('&', '')}")
    finally:
        operations.wait()
    assert not found, report(found)


@pytest.fixture
def host(qtbot: QtBot) -> Iterator[QWidget]:
    parent = QWidget()
    qtbot.addWidget(parent)
    yield parent


def test_every_control_of_every_dialog_has_a_name(
    qtbot: QtBot,
    clinic: ClinicServices,  # noqa: F811
    host: QWidget,
    tmp_path: Path,
) -> None:
    operations = Operations(clinic.end_thread)
    classes = sorted(all_dialog_classes(), key=lambda c: c.__name__)
    assert len(classes) >= 20  # the walk found the package's dialogs
    found: set[str] = set()
    try:
        for cls in classes:
            dialog: QDialog = open_dialog(cls, clinic, operations, host, tmp_path / "ui.ini")
            qtbot.addWidget(dialog)
            dialog.show()
            settle(qtbot, operations)
            found |= every_page(dialog, cls.__name__)
            dialog.hide()
    finally:
        operations.wait()
    assert not found, report(found)


def test_the_check_finds_a_control_without_a_name(qtbot: QtBot) -> None:
    """The walk is not vacuous: an icon-only button and a bare line edit are caught, and a name,
    a label's buddy or a button's text each satisfy it."""
    from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton

    window = QWidget()
    qtbot.addWidget(window)
    form = QFormLayout(window)
    bare, named, labelled = QLineEdit(), QLineEdit(), QLineEdit()
    bare.setObjectName("bare")
    bare.setPlaceholderText("Search")
    named.setAccessibleName("Day shown")
    icon_only = QPushButton()
    icon_only.setObjectName("iconOnly")
    form.addRow(bare)
    form.addRow(named)
    form.addRow("&Phone", labelled)  # the form's label is the field's buddy
    form.addRow(QPushButton("&Book"))
    form.addRow(icon_only)
    form.addRow(QLabel("not a control"))
    window.show()
    qtbot.waitExposed(window)
    assert spoken_name(labelled) == "Phone"
    assert unnamed(window, "Test") == {
        "Test: QLineEdit#bare in QWidget (Search)",
        "Test: QPushButton#iconOnly in QWidget ()",
    }


def test_the_theme_hides_the_focus_only_where_the_keyboard_never_goes(
    qtbot: QtBot,
    clinic: ClinicServices,  # noqa: F811
    qsettings,  # type: ignore[no-untyped-def]
) -> None:
    """The theme's rules that drop Qt's focus rectangle (``outline: 0``) are for widgets that take no
    keyboard focus (the navigation list: Ctrl+1… reach the views); any other widget keeps the
    style's focus ring, and the painted widgets draw their own (test_painted_accessibility.py)."""
    from clinic_desktop.ui.icons import stylesheet

    rules = re.findall(r"([^{}]+)\{([^}]*)\}", re.sub(r"/\*.*?\*/", "", stylesheet(), flags=re.S))
    hiding = [selector.strip() for selector, body in rules if re.search(r"outline\s*:\s*(0|none)\b", body)]
    assert hiding, "the theme's navigation rule was expected to drop the item focus rectangle"
    window = open_window(qtbot, clinic, qsettings)
    try:
        for selector in hiding:
            names = re.findall(r"#(\w+)", selector)
            assert names, f"{selector!r} hides the focus of every such widget"
            matched = [w for n in names for w in window.findChildren(QWidget, n)]
            assert matched, f"{selector!r} matches nothing in the window"
            takes_focus = [describe(w) for w in matched if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
            assert takes_focus == [], f"{selector!r} hides the focus of widgets the keyboard reaches"
    finally:
        window.operations.wait()
