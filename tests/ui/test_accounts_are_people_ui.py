"""Accounts are people, in the window, driven by keys and clicks through the real widgets: a manager
makes a provider account with its provider chosen (and links one made before accounts were
linked); the charting dialog opens with the signed-in provider, not to be changed, with an empty
"Supervised by"; a provider's calendar and day list open on their own day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.codes import Product
from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.domain.protocols import PREEMPT
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.ui.dialogs.day_list import DayListDialog
from clinic_desktop.ui.dialogs.treatment import TreatmentDialog
from clinic_desktop.ui.dialogs.users import NOT_LINKED, PROVIDER, AddUserDialog, UsersDialog
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.views.calendar_view import CalendarView
from clinic_desktop.ui.views.chart_treatments import TreatmentsPage
from clinic_desktop.ui.views.patient_chart import PatientChartWindow
from tests.clinic_users import fast_password_hashing

PASSWORD = "correct horse"
TIMEOUT = 10_000
ONA = Product.ONABOTULINUMTOXINA


@pytest.fixture(autouse=True)
def _cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_password_hashing(monkeypatch)


@pytest.fixture
def operations(services: ClinicServices) -> Iterator[Operations]:
    ops = Operations(services.end_thread)
    failures: list[str] = []
    ops.failed.connect(failures.append)
    yield ops
    ops.wait()
    assert failures == []


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    """Manager Beth; Dr Ana Lind (1) and Dr Bob Reyes (2), weekdays 08:00-17:00; a consultation;
    Ines Ortega, whose usual doctor (her last treatment) is Dr Lind; a lot. Nobody signed in as a
    provider yet."""
    s = services
    s.clinic.set_setting("timezone", "America/New_York")
    s.users.create_first_manager("Beth", PASSWORD)
    for name in ("Dr Ana Lind", "Dr Bob Reyes"):  # a clinic that can book: hours and a type of visit
        provider = s.resources.add_provider(name)
        s.resources.set_hours_on(provider.id, range(5), parse_blocks("08:00-17:00"))
    s.resources.add_type("Consultation", 30)
    patient = s.patients.add(PatientInput("Ines", "Ortega", "1970-04-02")).record.id
    s.patients.add_condition(patient, "chronic_migraine")
    s.treatments.add_lot(ONA, "C1", date(2027, 6, 30), 20)
    when = s.time.parse_local("2026-06-01T09:00")
    earlier = TreatmentDraft(
        patient, 1, when, PREEMPT.indication, ONA, "C1", PREEMPT.sites, protocol="PREEMPT"
    )
    s.treatments.record(earlier)
    return s


def open_users(qtbot: QtBot, s: ClinicServices, operations: Operations) -> UsersDialog:
    s.users.sign_in("Beth", PASSWORD)
    dialog = UsersDialog(s, operations)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.listed, timeout=TIMEOUT):
        dialog.show()
    return dialog


def type_new_user(qtbot: QtBot, form: AddUserDialog, name: str) -> None:
    qtbot.keyClicks(form.name, name)
    form.role.setFocus()
    qtbot.keyClick(form.role, Qt.Key.Key_Down)  # Reception -> Provider
    qtbot.keyClicks(form.password, PASSWORD)
    qtbot.keyClicks(form.repeat, PASSWORD)


def test_a_manager_makes_a_provider_account_with_its_provider_chosen(
    qtbot: QtBot, clinic: ClinicServices, operations: Operations
) -> None:
    dialog = open_users(qtbot, clinic, operations)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = dialog.dialog
    assert isinstance(form, AddUserDialog)
    assert not form.provider.isVisibleTo(form)  # reception is linked to nobody: no picker
    type_new_user(qtbot, form, "bob")
    assert form.role.currentData() == Role.PROVIDER.value and form.provider.isVisibleTo(form)
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)  # no provider chosen yet
    qtbot.waitUntil(lambda: form.notice.refused, timeout=TIMEOUT)
    assert form.notice.text().startswith("A provider account is one provider: choose the provider record")
    assert clinic.store.users.by_name("bob") is None and form.isVisible()
    form.provider.setFocus()
    qtbot.keyClick(form.provider, Qt.Key.Key_Down)
    qtbot.keyClick(form.provider, Qt.Key.Key_Down)  # Choose… -> Dr Ana Lind -> Dr Bob Reyes
    assert form.provider.currentText() == "Dr Bob Reyes"
    with qtbot.waitSignal(dialog.listed, timeout=TIMEOUT):
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    bob = clinic.users.by_name("bob")
    assert (bob.role, bob.provider_id) == (Role.PROVIDER, 2)
    row = dialog.model.row_of(bob.id)
    assert row is not None and dialog.model.data(dialog.model.index(row, PROVIDER)) == "Dr Bob Reyes"


def test_a_manager_links_an_account_made_before_accounts_were_linked(
    qtbot: QtBot, clinic: ClinicServices, operations: Operations
) -> None:
    clinic.users.add("ana", Role.PROVIDER, PASSWORD, 1)
    clinic.store.database.execute_sql("UPDATE user_account SET provider_id = NULL WHERE name = 'ana'")
    dialog = open_users(qtbot, clinic, operations)
    dialog.select("ana")
    row = dialog.model.row_of(clinic.users.by_name("ana").id)
    assert row is not None and dialog.model.data(dialog.model.index(row, PROVIDER)) == NOT_LINKED
    assert dialog.provider.isVisible() and dialog.provider.currentText() == "Choose the provider…"
    dialog.provider.setFocus()
    qtbot.keyClick(dialog.provider, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.listed, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.role_button, Qt.MouseButton.LeftButton)
    assert dialog.notice.text() == "ana is now a provider, charting as Dr Ana Lind."
    assert clinic.users.by_name("ana").provider_id == 1
    change = clinic.audit.entries(user="Beth", limit=1)[0]
    assert (change.before or {}).get("provider_id") is None and (change.after or {})["provider_id"] == 1


def test_the_charting_dialog_opens_with_the_signed_in_provider(
    qtbot: QtBot, clinic: ClinicServices, operations: Operations
) -> None:
    clinic.users.add("bob", Role.PROVIDER, PASSWORD, 2)
    clinic.users.sign_in("bob", PASSWORD)
    dialog = TreatmentDialog(clinic, operations, 1)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=TIMEOUT):
        dialog.show()
    # Her usual doctor is Dr Lind; the person charting is Dr Reyes, and that is not a choice.
    assert dialog.provider.currentText() == "Dr Bob Reyes" and not dialog.provider.isEnabled()
    assert dialog.supervised.currentData() is None and dialog.supervised.currentText() == "Nobody"
    dialog.supervised.setFocus()
    qtbot.keyClick(dialog.supervised, Qt.Key.Key_Down)  # Nobody -> Dr Ana Lind
    qtbot.keyClick(dialog.consent, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.recorded, timeout=TIMEOUT):
        qtbot.keyClick(dialog.consent, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    newest = clinic.treatments.for_patient(1)[0]
    assert (newest.provider_id, newest.signed_by) == (2, "Dr Bob Reyes")
    assert (newest.supervised_by_id, newest.supervised_by_name) == (1, "Dr Ana Lind")


def test_for_the_software_itself_the_provider_stays_a_choice(
    qtbot: QtBot, clinic: ClinicServices, operations: Operations
) -> None:
    dialog = TreatmentDialog(clinic, operations, 1)  # the SYSTEM session of scripts and tests
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=TIMEOUT):
        dialog.show()
    assert dialog.provider.currentText() == "Dr Ana Lind" and dialog.provider.isEnabled()


def test_a_providers_calendar_and_day_list_open_on_their_own_day(
    qtbot: QtBot, clinic: ClinicServices, operations: Operations
) -> None:
    clinic.users.add("bob", Role.PROVIDER, PASSWORD, 2)
    clinic.users.sign_in("bob", PASSWORD)
    calendar = CalendarView(clinic, operations)
    qtbot.addWidget(calendar)
    calendar.show()
    with qtbot.waitSignal(calendar.loaded, timeout=TIMEOUT):
        calendar.refresh()
    assert [c.provider_id for c in calendar.grid.columns] == [2]  # their own column
    assert calendar.mine.isVisible() and calendar.mine.isChecked()
    with qtbot.waitSignal(calendar.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(calendar.mine, Qt.MouseButton.LeftButton)
    assert [c.provider_id for c in calendar.grid.columns] == [1, 2]  # the whole clinic's day
    week = next(b for b in calendar.mode_buttons.buttons() if b.objectName() == "mode_week")
    with qtbot.waitSignal(calendar.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(week, Qt.MouseButton.LeftButton)
    assert calendar.provider_combo.currentText() == "Dr Bob Reyes" and not calendar.mine.isVisible()
    assert {c.provider_id for c in calendar.grid.columns} == {2}
    with qtbot.waitSignal(operations.busy_changed, timeout=TIMEOUT):
        day_list = DayListDialog(clinic, operations, calendar.day)
        qtbot.addWidget(day_list)
    assert day_list.provider_id == 2  # asked for at once; the providers come with the first list
    qtbot.waitUntil(lambda: day_list.day_list is not None, timeout=TIMEOUT)
    assert day_list.provider_id == 2 and day_list.provider_combo.currentText() == "Dr Bob Reyes"
    operations.wait()


def test_a_managers_calendar_shows_every_provider(
    qtbot: QtBot, clinic: ClinicServices, operations: Operations
) -> None:
    clinic.users.sign_in("Beth", PASSWORD)
    calendar = CalendarView(clinic, operations)
    qtbot.addWidget(calendar)
    calendar.show()
    with qtbot.waitSignal(calendar.loaded, timeout=TIMEOUT):
        calendar.refresh()
    assert [c.provider_id for c in calendar.grid.columns] == [1, 2] and not calendar.mine.isVisible()


def test_the_chart_shows_who_supervised_a_treatment(
    qtbot: QtBot, clinic: ClinicServices, operations: Operations
) -> None:
    clinic.users.add("bob", Role.PROVIDER, PASSWORD, 2)
    clinic.users.sign_in("bob", PASSWORD)
    when = clinic.time.parse_local("2026-09-01T09:00")
    supervised = TreatmentDraft(1, 2, when, PREEMPT.indication, ONA, "C1", PREEMPT.sites, protocol="PREEMPT",
                                supervised_by_id=1)  # fmt: skip
    clinic.treatments.record(supervised)
    window = PatientChartWindow(clinic, operations, 1)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=TIMEOUT):
        window.show()
    page = window.pages["treatments"]
    assert isinstance(page, TreatmentsPage)
    window.tabs.setCurrentWidget(page)
    page.table.selectRow(0)  # the newest: Dr Reyes's
    qtbot.waitUntil(lambda: "supervised by" in page.detail.text(), timeout=TIMEOUT)
    assert "Dr Bob Reyes (supervised by Dr Ana Lind)" in page.detail.text()
    assert "Signed by Dr Bob Reyes" in page.detail.text()
