"""The set-up checklist can be left and come back to, and until the clinic can book the calendar says
what is missing: with a button to the right page for a manager, with whom to ask for anyone else."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.entities import Room
from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.application import apply_look
from clinic_desktop.ui.dialogs.setup.common import RecordModel
from clinic_desktop.ui.dialogs.setup.dialogs import SetupChecklist
from clinic_desktop.ui.dialogs.setup.hours_page import HoursPage
from clinic_desktop.ui.dialogs.setup.rooms_types_pages import TypesPage
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.settings import UiSettings
from tests.ui.setup_steps import TIMEOUT, add_suggested_types, click, first_run

PASSWORD = "correct horse battery"


def window_for(qtbot: QtBot, services: ClinicServices, qsettings: QSettings) -> MainWindow:
    apply_look(QApplication.instance())  # type: ignore[arg-type]
    window = MainWindow(services, UiSettings(qsettings))
    window.quiet = True
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=TIMEOUT)
    return window


def test_the_checklist_is_left_with_escape_and_opens_again_where_the_clinic_got_to(
    qtbot: QtBot, services: ClinicServices, qsettings: QSettings
) -> None:
    services.session = None
    window = first_run(qtbot, services, qsettings, "Mara", PASSWORD)
    checklist = window.settings_dialog
    assert isinstance(checklist, SetupChecklist)
    qtbot.keyClick(checklist, Qt.Key.Key_Escape)  # Finish later
    qtbot.waitUntil(lambda: not checklist.isVisible(), timeout=TIMEOUT)
    # Meanwhile a provider was added (by another workstation, say): the checklist comes back at
    # the next thing to do, her hours.
    services.resources.add_provider("Dr Lind")
    calendar = window.calendar
    window.refresh_current()
    qtbot.waitUntil(
        lambda: "No provider has working hours" in calendar.setup_needed.text.text(), timeout=TIMEOUT
    )
    assert calendar.setup_needed.button.text() == "Set &working hours…"
    click(qtbot, calendar.setup_needed.button)  # the calendar's button opens the right page
    again = window.settings_dialog
    assert isinstance(again, SetupChecklist) and again is not checklist
    qtbot.waitUntil(lambda: again.status is not None and again.operations.pending == 0, timeout=TIMEOUT)
    assert isinstance(again.current_page, HoursPage)
    assert [again.list.item(r).text()[0] for r in range(again.list.count())] == ["○", "✓", "○", "–", "○", "–"]
    assert "No provider has working hours yet" in again.summary.text()
    window.operations.wait()


def test_reception_is_told_whom_to_ask(qtbot: QtBot, services: ClinicServices, qsettings: QSettings) -> None:
    services.users.add("Ana", Role.RECEPTION, PASSWORD)
    services.users.sign_in("Ana", PASSWORD)
    window = window_for(qtbot, services, qsettings)
    calendar = window.calendar
    qtbot.waitUntil(lambda: calendar.stack.currentWidget() is calendar.setup_needed, timeout=TIMEOUT)
    assert calendar.setup_needed.text.text().endswith(
        "Ask the clinic's manager to finish setting the clinic up."
    )
    assert not calendar.setup_needed.button.isVisible()
    window.operations.wait()


def test_adding_the_last_missing_type_in_the_checklist_turns_the_calendar_into_its_grid(
    qtbot: QtBot, services: ClinicServices, qsettings: QSettings
) -> None:
    services.users.create_first_manager("Mara", PASSWORD)
    lind = services.resources.add_provider("Dr Lind")
    services.working_time.set_hours(lind.id, [0], parse_blocks("08:00-12:00"))  # Mondays; no types yet
    services.users.sign_in("Mara", PASSWORD)
    window = window_for(qtbot, services, qsettings)
    calendar = window.calendar
    assert calendar.stack.currentWidget() is calendar.setup_needed
    assert calendar.setup_needed.button.text() == "Add &appointment types…"
    click(qtbot, calendar.setup_needed.button)
    checklist = window.settings_dialog
    assert isinstance(checklist, SetupChecklist)
    qtbot.waitUntil(
        lambda: checklist.status is not None and checklist.operations.pending == 0, timeout=TIMEOUT
    )
    page = checklist.current_page
    assert isinstance(page, TypesPage)
    add_suggested_types(qtbot, page, leave_out=["Review"])
    qtbot.waitUntil(lambda: calendar.stack.currentWidget() is calendar.grid, timeout=TIMEOUT)
    window.operations.wait()


def test_the_record_model_passes_qt_s_model_checks(qtmodeltester: ModelTester) -> None:
    model: RecordModel[Room] = RecordModel(
        ("Room", "Kind"), lambda r: (r.name, r.kind), colour=lambda r: None
    )
    model.set_rows([Room(1, "Room 1", "exam"), Room(2, "Procedure room", "procedure")])
    qtmodeltester.check(model)
    assert model.data(model.index(1, 1)) == "procedure" and model.rowCount() == 2
