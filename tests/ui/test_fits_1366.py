"""Every view and dialog fits a 1366×768 screen (a common clinic laptop): the window's minimum
size fits it, no visible widget reaches past the window's right or bottom edge, and a table whose
columns are wider than it can scroll to them (none is cut off with no way to reach it).

The views are shown in the main window at 1366×768 as each role (what a role sees differs), the
patient chart at 1366×768 on every tab with a patient whose alert chips are many and long, and
every dialog of clinic_desktop.ui.dialogs (found by walking the package, so a new one is not
missed) at its own size, capped by the screen."""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

import clinic_desktop.ui.dialogs as dialogs_package
from clinic_desktop.domain.access import Role
from clinic_desktop.domain.users import Session
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.ui import languages
from clinic_desktop.ui.application import apply_look
from clinic_desktop.ui.main_window import VIEWS, MainWindow
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.settings import UiSettings
from clinic_desktop.ui.views.patient_chart import PatientChartWindow

SCREEN = QSize(1366, 768)
TIMEOUT = 20_000
ROLES = (Role.MANAGER, Role.PROVIDER, Role.RECEPTION)
# Tables that scroll sideways on purpose (a spreadsheet's own columns); every other table's
# columns fit its width at 1366×768 (eliding their text), so none is off to the side unseen.
SCROLLS_SIDEWAYS: frozenset[str] = frozenset()


def overflows(window: QWidget) -> list[str]:
    """What does not fit: the window's minimum size, widgets past its edges, unreachable columns."""
    QApplication.processEvents()
    problems = []
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    if hint.width() > SCREEN.width() or hint.height() > SCREEN.height():
        problems.append(f"{_name(window)} needs at least {hint.width()}×{hint.height()}")
    if window.width() > SCREEN.width() or window.height() > SCREEN.height():
        problems.append(f"{_name(window)} is {window.width()}×{window.height()}")
    for widget in window.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisible() or _scrolled(widget, window):
            continue
        corner = widget.mapTo(window, QPoint(widget.width(), widget.height()))
        if corner.x() > window.width() + 1 or corner.y() > window.height() + 1:
            problems.append(
                f"{_name(widget)} reaches {corner.x()},{corner.y()} in {window.width()}×{window.height()}"
            )
        if isinstance(widget, QTableView):
            header = widget.horizontalHeader()
            wider = header.length() > widget.viewport().width() + 1
            hidden = widget.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if wider and (hidden or widget.objectName() not in SCROLLS_SIDEWAYS):
                problems.append(
                    f"{_name(widget)} hides columns: {header.length()} px in {widget.viewport().width()}"
                )
    return problems


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's viewport: it may be larger than what shows, and scrolls to it."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    words = f" '{text()[:40]}'" if callable(text) and isinstance(text(), str) and text() else ""
    return f"{type(widget).__name__}{'#' + widget.objectName() if widget.objectName() else ''}{words}"


@pytest.fixture(autouse=True)
def _the_application_s_look(qapp: QApplication) -> None:
    """The window's own font (11 pt, readable across the desk) and theme, as the application has."""
    apply_look(qapp)


def settle(qtbot: QtBot, operations: Operations) -> None:
    qtbot.waitUntil(lambda: operations.pending == 0, timeout=TIMEOUT)
    QApplication.processEvents()


def as_role(services: ClinicServices, role: Role) -> None:
    services.session = Session(f"test {role.value}", role)


@pytest.fixture
def clinic(demo_services: ClinicServices) -> ClinicServices:
    """The demo clinic with a patient whose chart header has many long chips: an allergy, an
    anticoagulant, a lapsed consent (and, for a provider, every clinical alert)."""
    s = demo_services
    patient = s.patients.add(PatientInput("Alexandrina", "Fairweather-Smythe", "1968-05-14")).record.id
    s.patients.add_condition(patient, "chronic_migraine")
    s.patients.add_allergy(patient, "Human albumin (from a previous reaction, 2019)", "anaphylaxis", "severe")
    s.patients.add_allergy(patient, "Lidocaine with adrenaline", "hives", "moderate")
    s.patients.add_medication(patient, "Warfarin sodium", "5 mg daily", anticoagulant=True)
    s.patients.add_consent(patient, "Botulinum toxin treatment", "2024-01-10", "2025-01-10")
    return s


@pytest.mark.parametrize("role", ROLES, ids=lambda r: r.value)
def test_every_view_fits_1366_by_768_for_each_role(
    qtbot: QtBot,
    clinic: ClinicServices,
    qsettings,
    role: Role,  # type: ignore[no-untyped-def]
) -> None:
    assert view_problems(qtbot, clinic, qsettings, role) == {}


def view_problems(
    qtbot: QtBot, clinic: ClinicServices, qsettings: QSettings, role: Role
) -> dict[str, list[str]]:
    """What does not fit in each view of the main window, as ``role`` sees it."""
    as_role(clinic, role)
    window = MainWindow(clinic, UiSettings(qsettings))
    window.quiet = True
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    settle(qtbot, window.operations)
    # Run at QT_SCALE_FACTOR=1.5 by tests/ui/test_scale_150.py: the scaling really is in force.
    assert window.devicePixelRatioF() == pytest.approx(float(os.environ.get("QT_SCALE_FACTOR") or 1))
    shown, problems = [], {}
    try:
        for spec in VIEWS:
            if not clinic.may(spec.needs):
                continue
            window.show_view(spec.key)
            settle(qtbot, window.operations)
            assert window.current_view == spec.key
            shown.append(spec.key)
            problems[spec.key] = overflows(window)
        # the calendar's week and month, and the Today board on a day with nothing booked
        for mode in ("week", "month"):
            window.show_view("calendar")
            window.calendar.set_mode(mode)
            settle(qtbot, window.operations)
            problems[f"calendar {mode}"] = overflows(window)
        window.show_view("today")
        # the busiest day's words: the summary and title as long as they get
        window.today.summary.setText(
            "888 appointments · 888 expected · 88 waiting · 88 in room · 888 done · 88 cancelled"
        )
        window.calendar.summary.setText(
            "Wednesday 30 September 2026 · 888 appointments · 88 arrived · 88 in room · 888 completed"
            " · 88 cancelled"
        )
        problems["today, a busy day"] = overflows(window)
        window.today.shift(2)
        settle(qtbot, window.operations)
        problems["today, nothing booked"] = overflows(window)
    finally:
        window.operations.wait()
    assert {"calendar", "patients", "today"} <= set(shown)
    return {view: found for view, found in problems.items() if found}


@pytest.mark.parametrize("role", ROLES, ids=lambda r: r.value)
def test_the_patient_chart_fits_1366_by_768_on_every_tab(
    qtbot: QtBot, clinic: ClinicServices, role: Role
) -> None:
    assert chart_problems(qtbot, clinic, role) == {}


def chart_problems(qtbot: QtBot, clinic: ClinicServices, role: Role) -> dict[str, list[str]]:
    """What does not fit on each tab of the patient chart, as ``role`` sees it."""
    as_role(clinic, role)
    operations = Operations(clinic.end_thread)
    chart = PatientChartWindow(clinic, operations, max(clinic.patients.list_ids()))
    qtbot.addWidget(chart)
    with qtbot.waitSignal(chart.loaded, timeout=TIMEOUT):
        chart.resize(SCREEN)
        chart.show()
    settle(qtbot, operations)
    problems = {}
    try:
        assert len(chart.alert_texts) >= (1 if role is Role.RECEPTION else 3), chart.alert_texts
        for index in range(chart.tabs.count()):
            chart.tabs.setCurrentIndex(index)
            settle(qtbot, operations)
            problems[chart.tabs.tabText(index).replace("&", "")] = overflows(chart)
    finally:
        operations.wait()
    return {tab: found for tab, found in problems.items() if found}


# --- dialogs ------------------------------------------------------------------------------------


def all_dialog_classes() -> set[type[QDialog]]:
    """Every QDialog class defined in clinic_desktop.ui.dialogs and its subpackages."""
    found: set[type[QDialog]] = set()
    for module_info in pkgutil.walk_packages(dialogs_package.__path__, f"{dialogs_package.__name__}."):
        module = importlib.import_module(module_info.name)
        for _name_, value in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(value, QDialog)
                and value.__module__ == module.__name__
                and not _name_.startswith("_")
            ):
                found.add(value)
    return found


Opener = Callable[[ClinicServices, Operations, QWidget], QDialog]


def recipes(services: ClinicServices, settings_file: Path) -> dict[str, Opener]:
    """How to open each dialog that needs more than (services, operations, parent)."""
    from clinic_desktop.ui.dialogs.aftercare import AftercareDialog
    from clinic_desktop.ui.dialogs.appearance import AppearanceDialog
    from clinic_desktop.ui.dialogs.booking import BookingDialog
    from clinic_desktop.ui.dialogs.day_list import DayListDialog
    from clinic_desktop.ui.dialogs.language import LanguageDialog
    from clinic_desktop.ui.dialogs.patient_form import DuplicatesDialog, PatientFormDialog
    from clinic_desktop.ui.dialogs.proposals import ContactDialog, ProposalsDialog, SnoozeDialog
    from clinic_desktop.ui.dialogs.sign_in import FirstRunDialog, SignInDialog
    from clinic_desktop.ui.dialogs.treatment import AdverseEventDialog, AmendDialog, TreatmentDialog
    from clinic_desktop.ui.dialogs.users import SetPasswordDialog
    from clinic_desktop.ui.dialogs.waitlist import WaitlistOfferDialog

    patient = services.patients.list_ids()[0]
    record = services.patients.get(patient)
    treated = next(p for p in services.patients.list_ids() if services.treatments.for_patient(p))
    treatment = services.treatments.for_patient(treated)[-1]
    today = services.schedule.today()
    name = "Fairweather-Smythe, Alexandrina Maximiliana"

    def offer(s: ClinicServices, o: Operations, parent: QWidget) -> QDialog:
        entries = s.schedule.day(today).active
        waiting = s.appointments.add_to_waitlist(patient, today, note="any morning, after the school run")
        return WaitlistOfferDialog(s, o, entries[0], [waiting], s.time, parent)

    def shortcuts(s: ClinicServices, o: Operations, parent: QWidget) -> QDialog:
        from clinic_desktop.ui.dialogs.shortcuts import ShortcutsDialog

        # Every command of the window (as a manager, who is offered the most), in its own window.
        window = MainWindow(s, UiSettings(QSettings(str(settings_file), QSettings.Format.IniFormat)))
        window.quiet = True
        window.setParent(parent, window.windowFlags())
        return ShortcutsDialog(window.registry, parent)

    def set_password(s: ClinicServices, o: Operations, parent: QWidget) -> QDialog:
        account = s.users.add("alexandrina", Role.RECEPTION, "a long enough password")
        return SetPasswordDialog(s, o, account, parent)

    return {
        "AftercareDialog": lambda s, o, p: AftercareDialog(treatment, name, parent=p),
        "AppearanceDialog": lambda s, o, p: AppearanceDialog(
            UiSettings(QSettings(str(settings_file), QSettings.Format.IniFormat)), p
        ),
        "BookingDialog": lambda s, o, p: BookingDialog(s, o, parent=p, patient_id=patient),
        "DayListDialog": lambda s, o, p: DayListDialog(s, o, today, None, p),
        "LanguageDialog": lambda s, o, p: LanguageDialog(
            UiSettings(QSettings(str(settings_file), QSettings.Format.IniFormat)), p
        ),
        "DuplicatesDialog": lambda s, o, p: DuplicatesDialog([record, record], p),
        "PatientFormDialog": lambda s, o, p: PatientFormDialog(s, o, record, p),
        "ProposalsDialog": lambda s, o, p: ProposalsDialog(s, o, treated, parent=p),
        "ContactDialog": lambda s, o, p: ContactDialog(name, "Migraine treatment due 2026-12-01", p),
        "SnoozeDialog": lambda s, o, p: SnoozeDialog(name, today, p),
        "SignInDialog": lambda s, o, p: SignInDialog(s, "alexandrina", o, p),
        "FirstRunDialog": lambda s, o, p: FirstRunDialog(s, o, p),
        "TreatmentDialog": lambda s, o, p: TreatmentDialog(s, o, treated, parent=p),
        "AmendDialog": lambda s, o, p: AmendDialog(s, o, treatment, p),
        "AdverseEventDialog": lambda s, o, p: AdverseEventDialog(s, o, treatment, today, p),
        "SetPasswordDialog": set_password,
        "ShortcutsDialog": shortcuts,
        "WaitlistOfferDialog": offer,
    }


def open_dialog(
    cls: type[QDialog], services: ClinicServices, operations: Operations, parent: QWidget, settings_file: Path
) -> QDialog:
    recipe = recipes(services, settings_file).get(cls.__name__)
    if recipe is not None:
        return recipe(services, operations, parent)
    # The usual shape: (services, operations, parent); a new dialog that needs more gets a recipe.
    return cls(services, operations, parent)  # type: ignore[call-arg]


@pytest.fixture
def host(qtbot: QtBot) -> Iterator[QWidget]:
    parent = QWidget()
    qtbot.addWidget(parent)
    yield parent


def test_every_dialog_fits_1366_by_768(
    qtbot: QtBot, clinic: ClinicServices, host: QWidget, tmp_path: Path
) -> None:
    problems = dialog_problems(qtbot, clinic, host, tmp_path)
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def dialog_problems(
    qtbot: QtBot, clinic: ClinicServices, host: QWidget, tmp_path: Path
) -> dict[str, list[str]]:
    """What does not fit in each dialog of the package."""
    operations = Operations(clinic.end_thread)
    classes = sorted(all_dialog_classes(), key=lambda c: c.__name__)
    assert len(classes) >= 20  # the walk found the package's dialogs
    problems: dict[str, list[str]] = {}
    try:
        for cls in classes:
            dialog = open_dialog(cls, clinic, operations, host, tmp_path / "ui.ini")
            qtbot.addWidget(dialog)
            dialog.show()
            settle(qtbot, operations)
            dialog.resize(dialog.size().boundedTo(SCREEN))
            settle(qtbot, operations)
            found = overflows(dialog)
            if found:
                problems[cls.__name__] = found
            dialog.hide()
    finally:
        operations.wait()
    return problems


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_every_view_tab_and_dialog_fits_1366_by_768_in_spanish_and_french(
    qtbot: QtBot,
    qapp: QApplication,
    clinic: ClinicServices,
    qsettings,
    host: QWidget,
    tmp_path: Path,
    lang: str,
) -> None:  # type: ignore[no-untyped-def]
    """Spanish and French words are longer than English ones: the window still fits, as the
    manager (who sees every view and command)."""
    assert languages.install_translator(qapp, lang) == lang
    try:
        problems = {
            **view_problems(qtbot, clinic, qsettings, Role.MANAGER),
            **{f"chart {tab}": found for tab, found in chart_problems(qtbot, clinic, Role.MANAGER).items()},
            **dialog_problems(qtbot, clinic, host, tmp_path),
        }
    finally:
        languages.remove_translators(qapp)
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_columns_that_do_not_fit_give_way_widest_first() -> None:
    from clinic_desktop.ui.widgets.record_table import fitted_widths

    assert fitted_widths([100, 200, 300], 700) == [100, 200, 300]  # they fit: as preferred
    assert fitted_widths([80, 160, 300, 300], 700) == [80, 160, 230, 230]  # the widest give way
    assert sum(fitted_widths([165, 165, 115, 135, 85, 300, 130, 105, 170], 1128)) <= 1128
    # the recall list at 1366×768: what must stay whole (the proposed time, the phone) keeps its floor
    from clinic_desktop.ui.views.recall_table import COLUMN_FLOORS, COLUMN_WIDTHS, PATIENT, PHONE, PROPOSED

    recall = fitted_widths(COLUMN_WIDTHS, 1128, floors=COLUMN_FLOORS)
    assert sum(recall) <= 1128 and recall[PROPOSED] >= 210 and recall[PHONE] >= 125 and recall[PATIENT] >= 150
    assert fitted_widths(COLUMN_WIDTHS, 1800, floors=COLUMN_FLOORS) == list(COLUMN_WIDTHS)
    assert fitted_widths([300, 300], 60) == [48, 48]  # never below the minimum


def test_a_column_widened_by_hand_is_kept_when_the_table_is_resized(qtbot: QtBot) -> None:
    from PySide6.QtGui import QStandardItemModel

    from clinic_desktop.ui.widgets.record_table import ColumnFitter, set_up_record_table

    table = QTableView()
    qtbot.addWidget(table)
    model = QStandardItemModel(3, 4)
    set_up_record_table(table, model, "fitted")
    fitter = ColumnFitter(table, [200, 200, 200, 200])
    table.resize(500, 300)
    table.show()
    qtbot.waitExposed(table)
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width() + 1  # squeezed to fit
    header.resizeSection(0, 90)  # the person narrows the first column
    table.resize(1200, 300)
    qtbot.waitUntil(lambda: header.sectionSize(1) == 200)
    assert header.sectionSize(0) == 90 and fitter is not None


def test_chips_keep_one_line_where_there_is_room_and_wrap_where_there_is_not(qtbot: QtBot) -> None:
    from clinic_desktop.ui.views.patient_chart import Chip
    from clinic_desktop.ui.widgets.flow_layout import FlowLayout

    host = QWidget()
    qtbot.addWidget(host)
    host.setStyleSheet("QLabel#alertChip { font-weight: bold; border-radius: 11px; padding: 3px 12px; }")
    row = FlowLayout(host)
    chips = [
        Chip(f"⚠ {text}", "alertChip")
        for text in ("Allergy: Latex, Human albumin", "Anticoagulant", "Consent expired")
    ]
    for item in chips:
        row.addWidget(item)
    host.resize(1200, 200)
    host.show()
    qtbot.waitExposed(host)
    single = chips[0].heightForWidth(100_000)
    assert {c.height() for c in chips} == {single} and len(
        {c.y() for c in chips}
    ) == 1  # one row, one line each
    assert chips[0].heightForWidth(chips[0].sizeHint().width() - 30) > single  # narrower would wrap its text
    host.resize(chips[0].width() + 20, 200)
    qtbot.waitUntil(lambda: len({c.y() for c in chips}) == 3)  # too narrow for two side by side: a row each
    assert row.heightForWidth(host.width()) >= 3 * single


def test_a_long_database_path_shortens_in_the_status_bar_instead_of_widening_the_window(
    qtbot: QtBot,
    clinic: ClinicServices,
    qsettings,  # type: ignore[no-untyped-def]
) -> None:
    window = MainWindow(clinic, UiSettings(qsettings))
    window.quiet = True
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    settle(qtbot, window.operations)
    try:
        deep = "/".join(["a-rather-long-folder-name-of-a-shared-clinic-drive"] * 8) + "/clinic.db"
        window.database_label.setText(f"Database: {deep}")
        assert overflows(window) == []
        label = window.database_label
        shown = label.shown_text()
        assert "…" in shown and shown != label.text()
        assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
        assert shown.startswith("Database: ") and shown.endswith("clinic.db")  # shortened in its middle
        assert label.toolTip() == f"Database: {deep}"  # whole where a person can read it
    finally:
        window.operations.wait()
