"""The manager's Users window and everyone's Change password dialog: adding a user, changing a
role, switching an account off, unlocking, setting a password; the services' refusals shown in
their own words (the last manager cannot be demoted, a non-manager cannot manage users, a wrong
current password changes nothing)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.users import MAX_FAILED_SIGN_INS
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.users import SignInError
from clinic_desktop.ui.dialogs.change_password import ChangePasswordDialog
from clinic_desktop.ui.dialogs.users import (
    ACTIVE,
    DIFFERENT,
    LOCKED,
    ROLE,
    AddUserDialog,
    SetPasswordDialog,
    UsersDialog,
    UserTableModel,
)
from clinic_desktop.ui.operations import Operations

PASSWORD = "correct horse"
TIMEOUT = 10_000


@pytest.fixture
def operations(services: ClinicServices) -> Iterator[Operations]:
    ops = Operations(services.end_thread)
    yield ops
    ops.wait()


@pytest.fixture
def manager(services: ClinicServices) -> ClinicServices:
    """A clinic whose only manager, Beth, is signed in."""
    services.users.create_first_manager("Beth", PASSWORD)
    services.users.sign_in("Beth", PASSWORD)
    return services


@pytest.fixture
def dialog(qtbot: QtBot, manager: ClinicServices, operations: Operations) -> UsersDialog:
    return _open_users(qtbot, manager, operations)


def _open_users(qtbot: QtBot, services: ClinicServices, operations: Operations) -> UsersDialog:
    widget = UsersDialog(services, operations)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0 or widget.notice.refused, timeout=TIMEOUT)
    return widget


def add_user(
    qtbot: QtBot, dialog: UsersDialog, name: str, role: Role, password: str, repeat: str | None = None
) -> AddUserDialog:
    form = dialog.add_user()
    form.name.setText(name)
    form.role.setCurrentIndex(form.role.findData(role.value))
    form.password.setText(password)
    form.repeat.setText(password if repeat is None else repeat)
    return form


def names_and_roles(dialog: UsersDialog) -> list[tuple[str, str]]:
    model = dialog.model
    return [
        (str(model.data(model.index(r, 0))), str(model.data(model.index(r, ROLE))))
        for r in range(model.rowCount())
    ]


def test_the_manager_adds_a_user_and_changes_their_role(
    qtbot: QtBot, dialog: UsersDialog, manager: ClinicServices
) -> None:
    assert names_and_roles(dialog) == [("Beth", "Manager")]
    form = add_user(qtbot, dialog, "Ana", Role.RECEPTION, PASSWORD)
    with qtbot.waitSignal(dialog.listed, timeout=TIMEOUT):
        form.ok_button.click()
    assert names_and_roles(dialog) == [("Ana", "Reception"), ("Beth", "Manager")]
    assert "Ana added as a reception" in dialog.notice.text()
    assert dialog.current() is not None and dialog.current().name == "Ana"  # the new one is selected

    with qtbot.waitSignal(dialog.listed, timeout=TIMEOUT):
        dialog.role.setCurrentIndex(dialog.role.findData(Role.MANAGER.value))
        dialog.role_button.click()
    assert ("Ana", "Manager") in names_and_roles(dialog)
    assert manager.users.by_name("Ana").role is Role.MANAGER
    assert dialog.notice.text() == "Ana is now a manager."
    change = manager.audit.entries(user="Beth", limit=1)[0]
    assert (change.action, change.entity) == ("change", "user")
    assert change.before is not None and change.after == {**change.before, "role": "manager"}
    assert {k: change.before[k] for k in ("name", "role", "active")} == {
        "name": "Ana", "role": "reception", "active": True,
    }  # fmt: skip


def test_demoting_the_last_manager_is_refused_in_the_services_words(
    qtbot: QtBot, dialog: UsersDialog, manager: ClinicServices
) -> None:
    dialog.select("Beth")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.RECEPTION.value))
    dialog.role_button.click()
    qtbot.waitUntil(lambda: dialog.notice.refused, timeout=TIMEOUT)
    assert dialog.notice.text() == "Beth is the clinic's only manager; make another manager first."
    assert manager.users.by_name("Beth").role is Role.MANAGER
    dialog.active_button.click()  # switching her off is the same loss
    qtbot.waitUntil(lambda: "only manager" in dialog.notice.text() and dialog.notice.refused, timeout=TIMEOUT)
    assert manager.users.by_name("Beth").active


def test_two_different_passwords_or_a_short_one_add_nobody(
    qtbot: QtBot, dialog: UsersDialog, manager: ClinicServices
) -> None:
    form = add_user(qtbot, dialog, "Ana", Role.RECEPTION, PASSWORD, repeat="correct horsf")
    form.ok_button.click()
    assert form.notice.text() == DIFFERENT and form.isVisible()
    form.password.setText("short")
    form.repeat.setText("short")
    form.ok_button.click()
    qtbot.waitUntil(lambda: form.notice.text() != "Saving…", timeout=TIMEOUT)
    assert form.notice.text() == "A password needs at least 8 characters." and form.isVisible()
    assert [u.name for u in manager.users.list()] == ["Beth"]


def test_switching_off_unlocking_and_setting_a_password(
    qtbot: QtBot, dialog: UsersDialog, manager: ClinicServices
) -> None:
    manager.users.add("Carl", Role.PROVIDER, PASSWORD, manager.resources.add_provider("Dr Carl Berg").id)
    for _ in range(MAX_FAILED_SIGN_INS):
        with pytest.raises(SignInError):
            manager.users.sign_in("Carl", "wrong password")
    manager.users.sign_in("Beth", PASSWORD)  # (a failed sign-in leaves Beth's session as it was)
    with qtbot.waitSignal(dialog.listed, timeout=TIMEOUT):
        dialog.refresh()
    dialog.select("Carl")
    model = dialog.model
    row = model.row_of(manager.users.by_name("Carl").id)
    assert row is not None and model.data(model.index(row, LOCKED))  # a time: locked until then
    assert dialog.unlock_button.isEnabled()
    with qtbot.waitSignal(dialog.listed, timeout=TIMEOUT):
        dialog.unlock_button.click()
    assert model.data(model.index(row, LOCKED)) == "" and not dialog.unlock_button.isEnabled()
    assert dialog.notice.text() == "Carl can sign in again."

    with qtbot.waitSignal(dialog.listed, timeout=TIMEOUT):
        dialog.active_button.click()
    assert model.data(model.index(row, ACTIVE)) == "No — switched off"
    assert dialog.active_button.text().replace("&", "") == "Switch on"
    with pytest.raises(SignInError, match="switched off"):
        manager.users.sign_in("Carl", PASSWORD)
    manager.users.sign_in("Beth", PASSWORD)
    with qtbot.waitSignal(dialog.listed, timeout=TIMEOUT):
        dialog.active_button.click()
    assert model.data(model.index(row, ACTIVE)) == "Yes"

    form = dialog.set_password()
    assert isinstance(form, SetPasswordDialog) and form.user.name == "Carl"
    form.password.setText("a brand new secret")
    form.repeat.setText("a brand new secret")
    with qtbot.waitSignal(form.done_with, timeout=TIMEOUT):
        form.ok_button.click()
    assert dialog.notice.text() == "Carl's password was changed."
    assert manager.users.sign_in("Carl", "a brand new secret").name == "Carl"


def test_a_user_who_is_not_a_manager_is_told_who_may(
    qtbot: QtBot, manager: ClinicServices, operations: Operations
) -> None:
    manager.users.add("Ana", Role.RECEPTION, PASSWORD)
    manager.users.sign_in("Ana", PASSWORD)
    widget = _open_users(qtbot, manager, operations)
    assert widget.model.rowCount() == 0
    assert widget.notice.text() == "Managing users needs the manager role; you are signed in as reception."


def test_the_user_table_is_a_well_behaved_model(qtmodeltester: ModelTester, manager: ClinicServices) -> None:
    manager.users.add("Ana", Role.RECEPTION, PASSWORD)
    model = UserTableModel()
    model.set_users(manager.users.list(), manager.real_now(), manager.time)
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 5


# --- change password ------------------------------------------------------------------------------


@pytest.fixture
def ana(manager: ClinicServices) -> ClinicServices:
    manager.users.add("Ana", Role.RECEPTION, PASSWORD)
    manager.users.sign_in("Ana", PASSWORD)
    return manager


def change_password(qtbot: QtBot, services: ClinicServices, operations: Operations) -> ChangePasswordDialog:
    dialog = ChangePasswordDialog(services, operations)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_wrong_current_password_changes_nothing(
    qtbot: QtBot, ana: ClinicServices, operations: Operations
) -> None:
    dialog = change_password(qtbot, ana, operations)
    assert dialog.user_name == "Ana"
    dialog.current.setText("not my password")
    dialog.new.setText("a brand new secret")
    dialog.repeat.setText("a brand new secret")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.notice.refused, timeout=TIMEOUT)
    assert dialog.notice.text() == "The current password is wrong; the password was not changed."
    assert dialog.isVisible()
    assert ana.users.sign_in("Ana", PASSWORD).name == "Ana"  # the old one still works


def test_the_new_password_typed_differently_is_caught_before_the_service(
    qtbot: QtBot, ana: ClinicServices, operations: Operations
) -> None:
    dialog = change_password(qtbot, ana, operations)
    dialog.current.setText(PASSWORD)
    dialog.new.setText("a brand new secret")
    dialog.repeat.setText("a brand new secrex")
    dialog.ok_button.click()
    assert dialog.notice.text() == DIFFERENT
    assert operations.pending == 0


def test_a_changed_password_signs_in_and_the_old_one_no_longer_does(
    qtbot: QtBot, ana: ClinicServices, operations: Operations
) -> None:
    dialog = change_password(qtbot, ana, operations)
    dialog.current.setText(PASSWORD)
    dialog.new.setText("a brand new secret")
    dialog.repeat.setText("a brand new secret")
    with qtbot.waitSignal(dialog.changed, timeout=TIMEOUT) as changed:
        dialog.ok_button.click()
    assert changed.args == ["Ana"] and not dialog.isVisible()
    with pytest.raises(SignInError):
        ana.users.sign_in("Ana", PASSWORD)
    assert ana.users.sign_in("Ana", "a brand new secret").name == "Ana"
    ana.users.sign_in("Beth", PASSWORD)  # the trail is the manager's to read
    entry = ana.audit.entries(user="Ana", limit=5)
    # The change is counted in the account's audited values (never the password or its hash).
    assert any(e.action == "password" and e.after and e.after["password_changes"] == 1 for e in entry)


def test_the_software_itself_has_no_password_to_change(
    qtbot: QtBot, services: ClinicServices, operations: Operations
) -> None:
    dialog = change_password(qtbot, services, operations)  # the SYSTEM session of scripts and tests
    assert dialog.user_name == "" and not dialog.ok_button.isEnabled()
