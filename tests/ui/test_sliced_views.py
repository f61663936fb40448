"""Issue 22, "Never freeze": the window builds its other views in idle turns a slice at a time (the
skeleton, then each table, toolbar and panel in a turn of its own; ui/slices.py), and a view shown
before its slices are all built is built whole then: never seen half-built. No timings here."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from clinic_desktop.services import ClinicServices
from clinic_desktop.ui import main_views, slices
from clinic_desktop.ui.application import apply_look
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.settings import UiSettings
from clinic_desktop.ui.slices import Slice
from clinic_desktop.ui.views.flow_board import FlowBoardView
from clinic_desktop.ui.views.patients_view import PatientsView
from clinic_desktop.ui.views.recalls_view import RecallsView


@pytest.fixture
def building(qtbot: QtBot, demo_services: ClinicServices, qsettings: QSettings) -> Iterator[MainWindow]:
    """The window as the application opens it: the other views built in idle turns."""
    apply_look(QApplication.instance())  # type: ignore[arg-type]
    window = MainWindow(demo_services, UiSettings(qsettings))
    window.quiet = True
    window.build_the_others = True
    qtbot.addWidget(window)
    window.show()
    yield window
    window.operations.wait()


def sliced_keys(window: MainWindow) -> set[str]:
    return {key for key, view in window.views.items() if getattr(type(view), "BUILDS_IN_SLICES", False)}


class SliceSpy:
    """Which views were half-built at each slice the idle turns ran, and how many slices each
    call ran."""

    def __init__(self, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
        self.window = window
        self.half_built: list[str] = []
        self.ran: list[int] = []
        real = slices.run_next

        def run_next(rest: list[Slice]) -> bool:
            (key,) = [k for k, (_, left) in window.unfinished_views.items() if left is rest]
            before = len(rest)
            more = real(rest)
            self.half_built.append(key)
            self.ran.append(before - len(rest))
            return more

        monkeypatch.setattr(main_views.slices, "run_next", run_next)


def test_the_other_views_are_built_a_slice_per_turn_and_end_whole_in_the_stack(  # type: ignore[no-untyped-def]
    qtbot: QtBot, building: MainWindow, monkeypatch
) -> None:
    spy = SliceSpy(building, monkeypatch)
    allowed = building.allowed_views()
    qtbot.waitUntil(lambda: set(building.views) == set(allowed), timeout=20_000)
    assert not building.unfinished_views
    expected = sliced_keys(building)
    assert expected  # the role opens some of them
    assert set(spy.half_built) == expected  # each was seen half-built between turns
    assert spy.ran and all(count == 1 for count in spy.ran)  # one slice a turn
    for key in allowed:
        view = building.views[key]
        assert building.stack.indexOf(view) >= 0
    assert building.current_view == "calendar"  # building them showed none
    # Whole: the list's search finds patients through the keyboard.
    building.show_view("patients")
    patients = building.patients
    qtbot.waitUntil(lambda: patients.model.listing and patients.model.rowCount() > 0, timeout=10_000)
    everyone = patients.model.rowCount()
    name = str(patients.model.index(0, 0).data())
    word = name.replace(",", " ").split()[0]
    qtbot.keyClicks(patients.search, word)
    found = lambda: not patients.model.listing and patients.count.text().endswith("found")  # noqa: E731
    qtbot.waitUntil(found, timeout=10_000)
    assert 0 < patients.model.rowCount() < everyone
    assert word in str(patients.model.index(0, 0).data())


def test_a_view_shown_before_its_slices_are_built_is_built_whole_and_works(  # type: ignore[no-untyped-def]
    qtbot: QtBot, building: MainWindow, monkeypatch
) -> None:
    """Ctrl+3 pressed while the recall list is half-built: it is finished at once, shown, loads
    its rows and filters them as a name is typed."""
    left_when_shown: list[int] = []

    def ctrl_3() -> None:
        left_when_shown.append(len(building.unfinished_views["recalls"][1]))
        qtbot.keyClick(building.navigation, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)

    real = slices.run_next
    pressed: list[bool] = []

    def first_slice_then_keys(rest: list[Slice]) -> bool:
        more = real(rest)
        recalls = building.unfinished_views.get("recalls")
        if not pressed and recalls is not None and rest is recalls[1]:
            pressed.append(True)
            QTimer.singleShot(0, ctrl_3)  # before the next slice's turn
        return more

    monkeypatch.setattr(main_views.slices, "run_next", first_slice_then_keys)
    qtbot.waitUntil(lambda: building.current_view == "recalls", timeout=20_000)
    assert left_when_shown and left_when_shown[0] > 0  # shown with slices still to build
    view = building.views["recalls"]
    assert isinstance(view, RecallsView)
    assert "recalls" not in building.unfinished_views
    assert building.stack.currentWidget() is view
    assert view.table.isVisible() and view.search.isVisible() and view.provider.isVisible()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=20_000)
    family = view.model.rows[-1].patient_name.split()[-1]
    everyone = len(view.shown_rows())
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.keyClicks(view.search, family)
    shown = [row.patient_name for row in view.shown_rows()]
    assert shown and all(family in name for name in shown)
    assert len(shown) < everyone or all(family in row.patient_name for row in view.model.rows)
    # The idle turns go on with the views left, and none is left half-built.
    qtbot.waitUntil(lambda: set(building.views) == set(building.allowed_views()), timeout=20_000)
    assert not building.unfinished_views


@pytest.mark.parametrize("cls", [PatientsView, RecallsView, FlowBoardView])
def test_a_view_given_slices_makes_only_its_skeleton_until_they_run(  # type: ignore[no-untyped-def]
    qtbot: QtBot, demo_services: ClinicServices, cls
) -> None:
    operations = Operations(demo_services.end_thread)
    rest: list[Slice] = []
    view: QWidget = cls(demo_services, operations, slices=rest)
    qtbot.addWidget(view)
    assert cls.BUILDS_IN_SLICES
    assert len(rest) >= 3
    assert not view.findChildren(QWidget)  # nothing but the skeleton yet
    while slices.run_next(rest):
        assert view.findChildren(QWidget)  # a part more each slice
    assert not rest
    whole: QWidget = cls(demo_services, operations)
    qtbot.addWidget(whole)
    assert sorted(type(w).__name__ for w in view.findChildren(QWidget)) == sorted(
        type(w).__name__ for w in whole.findChildren(QWidget)
    )
    if isinstance(view, FlowBoardView):
        view.timer.stop()
        assert isinstance(whole, FlowBoardView)
        whole.timer.stop()
    operations.wait()


@pytest.mark.parametrize("page_class", ["OverviewPage", "TreatmentsPage"])
def test_a_chart_page_given_slices_makes_only_its_skeleton_until_they_run(  # type: ignore[no-untyped-def]
    qtbot: QtBot, demo_services: ClinicServices, page_class: str
) -> None:
    from clinic_desktop.ui.views import patient_chart

    cls = getattr(patient_chart, page_class)
    patient = demo_services.patients.list_ids()[0]
    chart = demo_services.patients.chart(patient)
    operations = Operations(demo_services.end_thread)
    rest: list[Slice] = []
    page = cls(demo_services, operations, chart, slices=rest)
    qtbot.addWidget(page)
    before = len(page.findChildren(QWidget))
    assert cls.BUILDS_IN_SLICES and len(rest) >= 3
    while rest:
        slices.run_next(rest)
    whole = cls(demo_services, operations, chart)
    qtbot.addWidget(whole)
    kinds = sorted(type(w).__name__ for w in page.findChildren(QWidget))
    assert kinds == sorted(type(w).__name__ for w in whole.findChildren(QWidget))
    assert before < len(kinds)
    operations.wait()


def test_a_chart_read_again_before_a_page_s_slices_ran_ends_with_every_page_whole(  # type: ignore[no-untyped-def]
    qtbot: QtBot, demo_services: ClinicServices
) -> None:
    """The overview is made a group a turn; a newer read that comes just after its skeleton was
    made (a change saved meanwhile) finishes it before it joins the window: once ``loaded``, the
    overview shows the patient, its clinical summary and its merges."""
    from clinic_desktop.ui.views.patient_chart import OverviewPage, PatientChartWindow

    treated = next(
        p for p in demo_services.patients.list_ids() if len(demo_services.treatments.for_patient(p)) > 2
    )
    record = demo_services.patients.chart(treated).record
    operations = Operations(demo_services.end_thread)
    window = PatientChartWindow(demo_services, operations, treated)
    qtbot.addWidget(window)
    make_page, show_pages = window._make_page, window._show_pages
    left_at_newer_read: list[int] = []

    def make_then_read_again(spec, chart):  # type: ignore[no-untyped-def]
        steps = make_page(spec, chart)
        if spec.key == "overview" and not left_at_newer_read:
            left_at_newer_read.append(len(window._unbuilt["overview"]))
            show_pages(chart, window.facts)  # the newer read's answer, before the slices' turns
        return steps

    window._make_page = make_then_read_again  # type: ignore[method-assign]
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.show()
    assert left_at_newer_read and left_at_newer_read[0] > 0
    overview = window.pages["overview"]
    assert isinstance(overview, OverviewPage)
    assert window.tabs.widget(0) is overview
    assert overview.fields["mrn"].text() == record.mrn
    assert overview.fields["name"].text() == f"{record.given_name} {record.family_name}"
    assert overview.merges.text() and overview.conditions.text()
    assert not window._unbuilt
    operations.wait()


def charting_dialog(qtbot: QtBot, services: ClinicServices, operations: Operations):  # type: ignore[no-untyped-def]
    from clinic_desktop.ui.dialogs.treatment import TreatmentDialog

    patient = next(p for p in services.patients.list_ids() if services.treatments.for_patient(p))
    dialog = TreatmentDialog(services, operations, patient)
    qtbot.addWidget(dialog)
    return dialog


def assert_whole_and_wired(qtbot: QtBot, dialog) -> None:  # type: ignore[no-untyped-def]
    assert not dialog.unbuilt
    # Shown as a part joins the shown dialog (Qt shows a widget a layout adopts in the next turn).
    qtbot.waitUntil(
        lambda: dialog.map.isVisible() and dialog.sites.isVisible() and dialog.findings.isVisible()
    )
    assert dialog.sign_button.isVisible() and dialog.sign_button.isDefault()
    assert not dialog.cancel_button.autoDefault()
    qtbot.keyClick(dialog.consent, Qt.Key.Key_Space)
    assert dialog.consent.isChecked()
    with qtbot.waitSignal(dialog.checked, timeout=10_000):  # the protocol's change is wired to the checks
        qtbot.keyClick(dialog.protocol, Qt.Key.Key_Down)


def test_the_charting_dialog_builds_its_parts_in_turns_and_is_whole_and_wired_when_ready(  # type: ignore[no-untyped-def]
    qtbot: QtBot, demo_services: ClinicServices
) -> None:
    operations = Operations(demo_services.end_thread)
    dialog = charting_dialog(qtbot, demo_services, operations)
    assert len(dialog.unbuilt) >= 4 and not hasattr(dialog, "map")  # the choices only, so far
    assert dialog.protocol is not None
    with qtbot.waitSignal(dialog.ready, timeout=10_000):
        dialog.show()
    assert_whole_and_wired(qtbot, dialog)
    operations.wait()


def test_the_charting_dialog_s_data_come_before_its_parts_are_built_it_is_filled_after_them(  # type: ignore[no-untyped-def]
    qtbot: QtBot, demo_services: ClinicServices, monkeypatch
) -> None:
    """The parts' turns held back until the data came: the form is not filled half-built, nor are
    the parts left built at once; it is filled in a turn of its own after the last of them."""
    from clinic_desktop.ui.dialogs.treatment import TreatmentDialog
    from clinic_desktop.ui.dialogs.treatment.form import _TreatmentForm

    real_next, real_fill = _TreatmentForm._build_next, TreatmentDialog._fill
    released: list[bool] = []
    held: list[_TreatmentForm] = []
    left_at_fill: list[int] = []

    def build_next(self) -> None:  # type: ignore[no-untyped-def]
        if released:
            real_next(self)
        else:
            held.append(self)

    def fill(self, setup) -> None:  # type: ignore[no-untyped-def]
        left_at_fill.append(len(self.unbuilt))
        real_fill(self, setup)
        if held and not released:
            released.append(True)
            QTimer.singleShot(0, lambda: real_next(held[0]))  # the turns go on

    monkeypatch.setattr(_TreatmentForm, "_build_next", build_next)
    monkeypatch.setattr(TreatmentDialog, "_fill", fill)
    operations = Operations(demo_services.end_thread)
    dialog = charting_dialog(qtbot, demo_services, operations)
    with qtbot.waitSignal(dialog.ready, timeout=10_000):
        dialog.show()
    assert left_at_fill[0] >= 4  # the data came with every part still to build: put off
    assert left_at_fill[-1] == 0 and len(left_at_fill) == 2  # filled once, after the last part
    assert_whole_and_wired(qtbot, dialog)
    operations.wait()


def test_the_computer_s_date_order_is_read_once_and_a_changed_setting_is_followed_at_once() -> None:
    """The computer's locale is read once (a list writes a date in every cell it paints); the
    clinic's setting still changes how the next date is written."""
    from datetime import date

    from PySide6.QtCore import QLocale

    from clinic_desktop.domain.date_formats import DateFormat, order_of
    from clinic_desktop.ui import dates

    day = date(1980, 4, 3)
    try:
        dates.use_date_format(DateFormat.LOCALE)
        computer = dates.date_pattern()
        assert dates.date_order() is order_of(computer)
        assert dates.display_date(day) == QLocale.system().toString(dates.qdate(day), computer)
        dates.use_date_format(DateFormat.US)
        assert dates.date_order() is DateFormat.US and dates.display_date(day) == "04/03/1980"
        dates.use_date_format(DateFormat.ISO)
        assert dates.date_order() is DateFormat.ISO and dates.display_date(day) == "1980-04-03"
        dates.use_date_format(DateFormat.LOCALE)
        assert dates.date_pattern() == computer and dates.date_order() is order_of(computer)
    finally:
        dates.use_date_format(DateFormat.LOCALE)


def test_a_window_deleted_while_its_views_are_built_leaves_no_turn_behind(  # type: ignore[no-untyped-def]
    qtbot: QtBot, demo_services: ClinicServices, qsettings: QSettings, monkeypatch
) -> None:
    """Closed and deleted between two slices (a test's end, the application quitting): the turns
    already queued find the window gone and build nothing (an error in the event loop fails this)."""
    from shiboken6 import isValid

    apply_look(QApplication.instance())  # type: ignore[arg-type]
    window = MainWindow(demo_services, UiSettings(qsettings))
    window.quiet = True
    window.build_the_others = True
    operations = window.operations
    real = slices.run_next
    deleted: list[bool] = []

    def run_then_delete(rest: list[Slice]) -> bool:
        more = real(rest)
        if not deleted:
            deleted.append(True)
            operations.wait()
            window.close()
            window.deleteLater()
        return more

    monkeypatch.setattr(main_views.slices, "run_next", run_then_delete)
    window.show()
    qtbot.waitUntil(lambda: bool(deleted), timeout=20_000)
    qtbot.waitUntil(lambda: not isValid(window), timeout=5_000)
    qtbot.wait(300)  # the turns queued before it went
    assert deleted == [True]


def test_the_charting_dialog_makes_the_head_s_outlines_before_its_map_is_first_drawn(  # type: ignore[no-untyped-def]
    qtbot: QtBot, demo_services: ClinicServices
) -> None:
    from clinic_desktop.ui.widgets import injection_map as im

    im._outlines.cache_clear()
    try:
        operations = Operations(demo_services.end_thread)
        dialog = charting_dialog(qtbot, demo_services, operations)
        with qtbot.waitSignal(dialog.ready, timeout=10_000):  # built (its data wait for its last part)
            pass
        assert im._outlines.cache_info().currsize == 2  # both head views, made in a turn of their own
        misses = im._outlines.cache_info().misses
        dialog.show()
        dialog.map.show_view(im.HEAD_FRONT)
        dialog.map.canvas.repaint()
        assert im._outlines.cache_info().misses == misses  # its first paint made none
        operations.wait()
    finally:
        im._outlines.cache_clear()
