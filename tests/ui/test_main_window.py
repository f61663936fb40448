from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence

from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.main_window import VIEWS, MainWindow
from clinic_desktop.ui.settings import UiSettings


def test_shell_has_navigation_menus_toolbar_and_status(window: MainWindow) -> None:
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles[:5] == ["Calendar", "Patients", "Recalls", "Today", "Reports"]  # then the manager's
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "View", "Go", "Help"]
    toolbar_actions = set(window.toolbar.actions())
    registry = window.registry.all()
    # toolbar and menus use the very same QAction objects as the registry
    assert registry["refresh"] in toolbar_actions and registry["go_today"] in toolbar_actions
    assert "America/New_York" in window.timezone_label.text()
    assert str(window.services.store.location.path) in window.database_label.text()
    assert "Signed in" in window.user_label.text()
    assert "Demo Pain Clinic" in window.windowTitle()


def test_every_action_has_a_unique_shortcut_and_icon(window: MainWindow) -> None:
    shortcuts = [
        a.shortcut().toString() for a in window.registry.all().values() if not a.shortcut().isEmpty()
    ]
    assert len(shortcuts) == len(set(shortcuts))
    assert window.registry["quit"].shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    for action in window.registry.all().values():
        assert not action.icon().isNull(), action.text()


def test_keyboard_switches_views(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    for spec in VIEWS:
        assert window.registry[f"view_{spec.key}"].shortcut() == QKeySequence(spec.shortcut)
        window.registry[f"view_{spec.key}"].trigger()
        assert window.current_view == spec.key
        assert window.stack.currentWidget() is window.views[spec.key]
        assert window.navigation.currentItem().font().bold()


def test_calendar_shows_the_day_off_the_gui_thread(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_view("calendar")
    calendar = window.calendar
    today = window.services.schedule.today()
    assert calendar.day == today
    expected = window.services.schedule.day(today).entries
    assert len(calendar.entries) == len(expected)
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        window.registry["next_day"].trigger()
    assert calendar.day == today + timedelta(days=1)
    assert len(calendar.entries) == len(window.services.schedule.day(calendar.day).entries)
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        window.registry["go_today"].trigger()
    assert calendar.day == today


def test_rapid_day_changes_show_only_the_last_day(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    calendar = window.calendar
    start = calendar.day
    for _ in range(5):
        calendar.shift(1)
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=10_000)
    assert calendar.day == start + timedelta(days=5)
    ids = {entry.appointment.id for entry in calendar.entries}
    assert ids == {e.appointment.id for e in window.services.schedule.day(calendar.day).entries}


def test_today_view_summarises_today(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.today.loaded, timeout=10_000):
        window.show_view("today")
    today = window.services.schedule.day(window.services.schedule.today())
    assert window.today.summary.text().startswith(f"{len(today.active)} appointment")
    assert "Today ·" in window.today.title.text()


def test_patients_view_lists_every_patient_and_ctrl_f_finds_one(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    with qtbot.waitSignal(window.patients.loaded, timeout=10_000) as shown:
        window.show_view("patients")
    assert shown.args == [300]
    assert window.patients.count.text() == "300 patients"
    window.show_view("calendar")
    window.registry["find_patient"].trigger()
    assert window.current_view == "patients"
    assert window.patients.search.hasFocus()
    assert window.registry["find_patient"].shortcut() == QKeySequence("Ctrl+F")


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no window stacking
def test_opening_a_chart_twice_reuses_its_window(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    patient = window.services.patients.list_ids()[0]
    first = window.open_chart(patient)
    qtbot.waitUntil(lambda: first.chart is not None, timeout=10_000)
    assert window.open_chart(patient) is first
    assert list(window.charts) == [patient]
    first.close()
    assert window.charts == {}
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=10_000)


def test_geometry_and_last_view_are_remembered(
    qtbot,
    demo_services: ClinicServices,
    qsettings: QSettings,  # type: ignore[no-untyped-def]
) -> None:
    first = MainWindow(demo_services, UiSettings(qsettings))
    qtbot.addWidget(first)
    first.show()
    first.resize(900, 610)  # the offscreen screen is small: stay within it
    first.show_view("recalls")
    first.close()
    first.operations.wait()
    saved = UiSettings(qsettings).geometry
    assert not saved.isEmpty()
    second = MainWindow(demo_services, UiSettings(qsettings))
    qtbot.addWidget(second)
    second.show()
    assert second.current_view == "recalls"
    assert (second.width(), second.height()) == (first.width(), first.height())
    assert (second.width(), second.height()) != (1280, 800)  # not the first-run default
    second.close()
    second.operations.wait()


def test_a_failure_in_background_work_is_reported(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from clinic_desktop.domain.errors import ValidationError

    def refuse() -> None:
        raise ValidationError("The clinic is closed on that day.")

    window.operations.run("test", refuse, lambda _: None)
    qtbot.waitUntil(lambda: bool(window.failures), timeout=5_000)
    assert window.failures == ["The clinic is closed on that day."]
    assert window.statusBar().currentMessage() == "The clinic is closed on that day."


def test_navigation_click(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    item = window.navigation.item(3)
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_view == "today"


def test_about_box_names_version_database_and_zone(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[str] = []

    def read_and_close() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(50, read_and_close)
    window.registry["about"].trigger()
    assert seen and "0.1.0" in seen[0] and "America/New_York" in seen[0]
    assert str(window.services.store.location.path) in seen[0]


def test_new_patient_opens_the_form_and_then_the_chart(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.registry["new_patient"].shortcut() == QKeySequence("Ctrl+N")
    form = window.new_patient()
    form.edits["given_name"].setText("Zelda")
    form.edits["family_name"].setText("Quint")
    form.edits["date_of_birth"].setText("1970-01-01")
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        form.submit()
    record = saved.args[0]
    qtbot.waitUntil(lambda: record.id in window.charts, timeout=10_000)
    chart = window.charts[record.id]
    qtbot.waitUntil(lambda: chart.chart is not None, timeout=10_000)
    assert "Quint" in chart.name.text()
    chart.edit_details()
    chart.edit_form.edits["preferred_name"].setText("Zee")
    with qtbot.waitSignal(chart.loaded, timeout=10_000):
        chart.edit_form.submit()
    assert window.services.patients.get(record.id).preferred_name == "Zee"
    chart.close()
