"""The manager's list of user accounts: add a user, change a role, link a provider account to its
provider record, switch an account off or on, unlock it after too many wrong passwords, set a new
password.

A provider account is one provider (domain/signing.py): adding one, or making an account a
provider's, asks which provider record it is; an account from before accounts were linked shows
"not linked" until a manager picks its provider here.

Who may do this is the user service's decision (Permission.USERS), not this window's: every button
calls the service, and a refusal — the clinic's last manager cannot be demoted or switched off, a
name is taken, a password is too short — is shown under the table in the service's own words.
Hashing a password takes a noticeable fraction of a second, so every call runs off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.entities import Provider
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.domain.users import MIN_PASSWORD_LENGTH, UserAccount
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.appearance import readable_ink
from clinic_desktop.ui.dates import display_datetime
from clinic_desktop.ui.keys import ButtonBox
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.main_status import ROLE_NAMES
from clinic_desktop.ui.models.columns import ColumnTableModel
from clinic_desktop.ui.models.patient_list_model import alert_colour
from clinic_desktop.ui.names import set_name
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.widgets.record_table import set_up_record_table

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("UsersDialog", "Name"),
    QT_TRANSLATE_NOOP("UsersDialog", "Role"),
    QT_TRANSLATE_NOOP("UsersDialog", "Active"),
    QT_TRANSLATE_NOOP("UsersDialog", "Locked until"),
    QT_TRANSLATE_NOOP("UsersDialog", "Provider"),
)
NAME, ROLE, ACTIVE, LOCKED, PROVIDER = range(len(COLUMNS))
NOT_LINKED = QT_TRANSLATE_NOOP("UsersDialog", "Not linked — choose the provider")
USER_ID_ROLE = Qt.ItemDataRole.UserRole
ROLE_TIPS = {
    Role.RECEPTION: QT_TRANSLATE_NOOP(
        "UsersDialog", "Reception: scheduling, patient details, recalls; no clinical charting"
    ),
    Role.PROVIDER: QT_TRANSLATE_NOOP(
        "UsersDialog", "Provider: everything reception does, and charting, signing, outcomes"
    ),
    Role.MANAGER: QT_TRANSLATE_NOOP(
        "UsersDialog",
        "Manager: settings, users, reports, backups, the audit trail; reads charts, does not chart",
    ),
}
DIFFERENT = QT_TRANSLATE_NOOP(
    "UsersDialog", "The two passwords are not the same; type the new password twice."
)
MUTED = "#808080"  # a switched-off account's grey (made readable in the palette in force)


def role_name(role: Role) -> str:
    """A role as a sentence names it ("manager"), in the window's language: the status bar's words."""
    return QCoreApplication.translate("MainStatus", ROLE_NAMES.get(role, role.value))


def role_label(role: Role) -> str:
    """A role as a list shows it ("Manager")."""
    name = role_name(role)
    return name[:1].upper() + name[1:]


def role_tip(role: Role) -> str:
    return QCoreApplication.translate("UsersDialog", ROLE_TIPS[role])


def different_passwords() -> str:
    return QCoreApplication.translate("UsersDialog", DIFFERENT)


def size_hint(length: int) -> str:
    """A new password's placeholder."""
    return QCoreApplication.translate("UsersDialog", "at least {count} characters").format(count=length)


def same_again() -> str:
    """The repeated password's placeholder."""
    return QCoreApplication.translate("UsersDialog", "the same again")


class Notice(QLabel):
    """A refusal in red, or a quiet confirmation, under a form (the service's words)."""

    def __init__(self) -> None:
        super().__init__("")
        self.setObjectName("notice")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refused = False

    def refuse(self, message: str) -> None:
        self.refused = True
        self.setStyleSheet(f"color: {readable_ink(alert_colour().name())}; font-weight: bold;")
        self.setText(message)

    def confirm(self, message: str) -> None:
        self.refused = False
        self.setStyleSheet("")
        self.setText(message)

    def clear_text(self) -> None:
        self.refused = False
        self.setText("")


def password_edit(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(256)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


# --- the table ------------------------------------------------------------------------------------


class UserTableModel(ColumnTableModel):
    """The clinic's accounts (a handful to a few dozen: held whole). Switched-off accounts are
    greyed; a locked one is red in the last column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(QCoreApplication.translate("UsersDialog", title) for title in COLUMNS)
        self.users: list[UserAccount] = []
        self._now = datetime.min
        self._time = ClinicTime()
        self._providers: dict[int, str] = {}

    def set_users(
        self,
        users: Sequence[UserAccount],
        now: datetime,
        time: ClinicTime,
        providers: Sequence[Provider] = (),
    ) -> None:
        self.beginResetModel()
        self.users = list(users)
        self._now, self._time = now, time
        self._providers = {p.id: p.name for p in providers}
        self.endResetModel()

    def row_of(self, user_id: int) -> int | None:
        return next((row for row, u in enumerate(self.users) if u.id == user_id), None)

    def shown(self) -> int:
        return len(self.users)

    def locked(self, user: UserAccount) -> bool:
        return user.locked_at(self._now)

    def text(self, user: UserAccount, column: int) -> str:
        if column == NAME:
            return user.name
        if column == ROLE:
            return role_label(user.role)
        if column == ACTIVE:
            return (
                QCoreApplication.translate("UsersDialog", "Yes")
                if user.active
                else QCoreApplication.translate("UsersDialog", "No — switched off")
            )
        if column == LOCKED and self.locked(user) and user.locked_until is not None:
            return display_datetime(self._time.to_local(user.locked_until), long=False)
        if column == PROVIDER:
            if user.provider_id is not None:
                return self._providers.get(
                    user.provider_id,
                    QCoreApplication.translate("UsersDialog", "Provider {id}").format(id=user.provider_id),
                )
            return QCoreApplication.translate("UsersDialog", NOT_LINKED) if user.role is Role.PROVIDER else ""
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.holds(index):
            return None
        user = self.users[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(user, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == ROLE:
                return role_tip(user.role)
            if index.column() == LOCKED and self.locked(user):
                return QCoreApplication.translate(
                    "UsersDialog", "Locked after too many wrong passwords; Unlock lets them try again now"
                )
            return self.text(user, index.column()) or None
        if role == USER_ID_ROLE:
            return user.id
        if role == Qt.ItemDataRole.ForegroundRole:
            base = QPalette.ColorRole.Base
            if index.column() == LOCKED and self.locked(user):
                return QBrush(QColor(readable_ink(alert_colour().name(), base)))
            if index.column() == PROVIDER and user.role is Role.PROVIDER and user.provider_id is None:
                return QBrush(QColor(readable_ink(alert_colour().name(), base)))
            if not user.active:
                return QBrush(QColor(readable_ink(MUTED, base)))
        return None


# --- the small dialogs ------------------------------------------------------------------------------


class ProviderPicker(QComboBox):
    """The clinic's active providers, for the provider record a provider account is; the first
    item asks for a choice (the service refuses a provider account without one, in words)."""

    def __init__(self, services: ClinicServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tip = QCoreApplication.translate(
            "UsersDialog", "The provider record this account is: it charts and signs as them"
        )
        self.setToolTip(tip)
        set_name(self, QCoreApplication.translate("UsersDialog", "Provider"), tip)
        self.addItem(QCoreApplication.translate("UsersDialog", "Choose the provider…"), None)
        for provider in services.resources.providers():
            if provider.active:
                self.addItem(provider.name, provider.id)

    def provider_id(self) -> int | None:
        chosen = self.currentData()
        return int(chosen) if chosen is not None else None

    def choose(self, provider_id: int | None) -> None:
        self.setCurrentIndex(max(self.findData(provider_id), 0) if provider_id is not None else 0)


class _FormDialog(QDialog):
    """A short form whose OK runs a service call off the GUI thread; the refusal stays in the form."""

    done_with = Signal(object)  # what the service returned

    def __init__(self, operations: Operations, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._operations = operations
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.notice = Notice()
        self.buttons = ButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)

    def submit(self) -> None:  # pragma: no cover - each form has its own
        raise NotImplementedError

    def run(self, key: str, work: Callable[[], object]) -> None:
        self.ok_button.setEnabled(False)
        self.notice.confirm(QCoreApplication.translate("UsersDialog", "Saving…"))
        self._operations.run(key, work, self._done, self._refused)

    def _done(self, result: object) -> None:
        if not isValid(self):
            return  # the window was closed while the work ran: nothing left to show it in
        self.ok_button.setEnabled(True)
        self.notice.clear_text()
        self.done_with.emit(result)
        self.accept()

    def _refused(self, error: ClinicError) -> None:
        if not isValid(self):
            return  # the window was closed while the work ran: nothing left to show it in
        self.ok_button.setEnabled(True)
        self.notice.refuse(error.message)


class AddUserDialog(_FormDialog):
    """Name, role and a first password (typed twice); the new user changes it after signing in."""

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        title = QCoreApplication.translate("UsersDialog", "Add user")
        super().__init__(operations, title, title, parent)
        self._services = services
        self.name = QLineEdit()
        self.name.setMaxLength(64)
        self.name.setPlaceholderText(
            QCoreApplication.translate("UsersDialog", "what they type to sign in, e.g. ana")
        )
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_label(role), role.value)
            self.role.setItemData(self.role.count() - 1, role_tip(role), Qt.ItemDataRole.ToolTipRole)
        self.role.setCurrentIndex(self.role.findData(Role.RECEPTION.value))
        self.provider = ProviderPicker(services)
        self.provider_label = QLabel(QCoreApplication.translate("UsersDialog", "Pro&vider:"))
        self.provider_label.setBuddy(self.provider)
        self.password = password_edit(size_hint(MIN_PASSWORD_LENGTH))
        self.repeat = password_edit(same_again())
        self.form.addRow(QCoreApplication.translate("UsersDialog", "&Name:"), self.name)
        self.form.addRow(QCoreApplication.translate("UsersDialog", "&Role:"), self.role)
        self.form.addRow(self.provider_label, self.provider)
        self.form.addRow(QCoreApplication.translate("UsersDialog", "&Password:"), self.password)
        self.form.addRow(QCoreApplication.translate("UsersDialog", "R&epeat password:"), self.repeat)
        self.role.currentIndexChanged.connect(lambda _i: self._role_chosen())
        self._role_chosen()
        self.resize(420, 0)

    def _role_chosen(self) -> None:
        """The provider picker is there for a provider account only (the others are nobody's)."""
        provider = Role(str(self.role.currentData())) is Role.PROVIDER
        self.provider.setVisible(provider)
        self.provider_label.setVisible(provider)

    def submit(self) -> None:
        if self.password.text() != self.repeat.text():
            self.notice.refuse(different_passwords())
            return
        users = self._services.users
        name, role, password = self.name.text(), Role(str(self.role.currentData())), self.password.text()
        provider_id = self.provider.provider_id() if role is Role.PROVIDER else None
        self.run("users/add", lambda: users.add(name, role, password, provider_id))


class SetPasswordDialog(_FormDialog):
    """A manager sets someone's password (they forgot it, or it was given out at the desk)."""

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        user: UserAccount,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            operations,
            QCoreApplication.translate("UsersDialog", "New password for {name}").format(name=user.name),
            QCoreApplication.translate("UsersDialog", "Set password"),
            parent,
        )
        self._services = services
        self.user = user
        self.password = password_edit(size_hint(MIN_PASSWORD_LENGTH))
        self.repeat = password_edit(same_again())
        self.form.addRow(QCoreApplication.translate("UsersDialog", "&New password:"), self.password)
        self.form.addRow(QCoreApplication.translate("UsersDialog", "R&epeat:"), self.repeat)
        self.resize(400, 0)

    def submit(self) -> None:
        if self.password.text() != self.repeat.text():
            self.notice.refuse(different_passwords())
            return
        users, name, password = self._services.users, self.user.name, self.password.text()
        self.run("users/password", lambda: users.set_password(name, password))


# --- the window -------------------------------------------------------------------------------------


class UsersDialog(QDialog):
    """Users… (managers). Emits ``listed`` when the table is read and ``changed`` after each write
    (with the account as it now is); ``notice`` says what happened or why not."""

    listed = Signal(list)  # the accounts shown
    changed = Signal(object)  # UserAccount after a change

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._operations = operations
        self.dialog: QDialog | None = None  # the add / set-password form open now (tests reach it)
        self._select_after: int | None = None
        self.setWindowTitle(QCoreApplication.translate("UsersDialog", "Users"))
        self.resize(640, 440)

        intro = QLabel(
            QCoreApplication.translate(
                "UsersDialog",
                "Everyone who uses the clinic's computers signs in with an account of their own; what "
                "they may do follows their role. Switch off the account of someone who has left rather "
                "than deleting it: the audit trail keeps their name.",
            )
        )
        intro.setWordWrap(True)
        self.model = UserTableModel(self)
        self.table = QTableView()
        set_up_record_table(
            self.table, self.model, "usersTable", spoken=QCoreApplication.translate("UsersDialog", "Users")
        )
        self.table.selectionModel().selectionChanged.connect(lambda _n, _o: self._enable())
        self.table.doubleClicked.connect(lambda _index: self.set_password())

        row = self._build_actions(services)

        self.notice = Notice()
        close = ButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.notice)
        layout.addWidget(close)
        self._enable()
        self.refresh()

    def _build_actions(self, services: ClinicServices) -> QHBoxLayout:
        """Add user; the role (and a provider's record) with Change role; Switch off, Unlock,
        Set password."""
        self.add_button = QPushButton(QCoreApplication.translate("UsersDialog", "&Add user…"))
        self.add_button.clicked.connect(lambda: self.add_user())
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.role.setToolTip(QCoreApplication.translate("UsersDialog", "The selected user's role"))
        set_name(
            self.role,
            QCoreApplication.translate("UsersDialog", "Role"),
            QCoreApplication.translate("UsersDialog", "The selected user's role"),
        )
        self.provider = ProviderPicker(services)
        self.provider.setToolTip(
            QCoreApplication.translate(
                "UsersDialog", "A provider account's provider record (it charts and signs as them)"
            )
        )
        self.role.currentIndexChanged.connect(lambda _i: self._show_provider())
        self.role_button = QPushButton(QCoreApplication.translate("UsersDialog", "Change &role"))
        self.role_button.setToolTip(
            QCoreApplication.translate(
                "UsersDialog", "Give the selected user the role (and, for a provider, the provider) chosen"
            )
        )
        self.role_button.clicked.connect(
            lambda: self.change_role(Role(str(self.role.currentData())), self.provider.provider_id())
        )
        self.active_button = QPushButton(QCoreApplication.translate("UsersDialog", "Switch &off"))
        self.active_button.setToolTip(
            QCoreApplication.translate(
                "UsersDialog", "A switched-off account cannot sign in; switch it on again any time"
            )
        )
        self.active_button.clicked.connect(self.toggle_active)
        self.unlock_button = QPushButton(QCoreApplication.translate("UsersDialog", "&Unlock"))
        self.unlock_button.setToolTip(
            QCoreApplication.translate(
                "UsersDialog", "Let a user locked out by wrong passwords try again now"
            )
        )
        self.unlock_button.clicked.connect(self.unlock)
        self.password_button = QPushButton(QCoreApplication.translate("UsersDialog", "Set &password…"))
        self.password_button.setToolTip(
            QCoreApplication.translate("UsersDialog", "Give the selected user a new password")
        )
        self.password_button.clicked.connect(lambda: self.set_password())
        for button in (
            self.add_button,
            self.role_button,
            self.active_button,
            self.unlock_button,
            self.password_button,
        ):
            button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addSpacing(16)
        row.addWidget(QLabel(QCoreApplication.translate("UsersDialog", "Role:")))
        row.addWidget(self.role)
        row.addWidget(self.provider)
        row.addWidget(self.role_button)
        row.addStretch(1)
        row.addWidget(self.active_button)
        row.addWidget(self.unlock_button)
        row.addWidget(self.password_button)
        return row

    # --- reading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        services = self._services

        def work() -> tuple[list[UserAccount], datetime, ClinicTime, list[Provider]]:
            return services.users.list(), services.real_now(), services.time, services.resources.providers()

        self._operations.run("users/list", work, self._listed, self._refused)

    def _listed(self, result: tuple[list[UserAccount], datetime, ClinicTime, list[Provider]]) -> None:
        if not isValid(self):
            return  # the window was closed while the work ran: nothing left to show it in
        chosen = self._select_after if self._select_after is not None else self._current_id()
        self._select_after = None
        users, now, time, providers = result
        self.model.set_users(users, now, time, providers)
        self.table.resizeColumnsToContents()
        row = self.model.row_of(chosen) if chosen is not None else None
        if row is not None:
            self.table.selectRow(row)
        self._enable()
        self.listed.emit(users)

    def _current_id(self) -> int | None:
        user = self.current()
        return user.id if user is not None else None

    def current(self) -> UserAccount | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.model.users):
            return None
        return self.model.users[rows[0].row()]

    def select(self, name: str) -> None:
        for row, user in enumerate(self.model.users):
            if user.name.casefold() == name.casefold():
                self.table.selectRow(row)
                return

    def _enable(self) -> None:
        user = self.current()
        for button in (self.role_button, self.active_button, self.password_button):
            button.setEnabled(user is not None)
        self.role.setEnabled(user is not None)
        self.unlock_button.setEnabled(user is not None and self.model.locked(user))
        if user is not None:
            self.role.setCurrentIndex(self.role.findData(user.role.value))
            self.provider.choose(user.provider_id)
            self.active_button.setText(
                QCoreApplication.translate("UsersDialog", "Switch &on")
                if not user.active
                else QCoreApplication.translate("UsersDialog", "Switch &off")
            )
        self._show_provider()

    def _show_provider(self) -> None:
        self.provider.setVisible(Role(str(self.role.currentData())) is Role.PROVIDER)
        self.provider.setEnabled(self.role.isEnabled())

    # --- writing ----------------------------------------------------------------------------------

    def _write(self, key: str, work: Callable[[], UserAccount], said: Callable[[UserAccount], str]) -> None:
        def done(user: UserAccount) -> None:
            if not isValid(self):
                return
            self.notice.confirm(said(user))
            self._select_after = user.id
            self.changed.emit(user)
            self.refresh()

        self.notice.confirm(QCoreApplication.translate("UsersDialog", "Saving…"))
        self._operations.run(key, work, done, self._refused)

    def _refused(self, error: ClinicError) -> None:
        if not isValid(self):
            return  # the window was closed while the work ran: nothing left to show it in
        self.notice.refuse(error.message)

    def change_role(self, role: Role, provider_id: int | None = None) -> None:
        """The role chosen, and for a provider the provider record chosen beside it (linking an
        account made before accounts were linked is the same step)."""
        user = self.current()
        if user is None:
            return
        link = provider_id if role is Role.PROVIDER else None
        if role is user.role and link in (None, user.provider_id):
            self.notice.confirm(
                QCoreApplication.translate("UsersDialog", "{name} is already a {role}.").format(
                    name=user.name, role=role_name(role)
                )
            )
            return
        users, user_id = self._services.users, user.id

        def said(u: UserAccount) -> str:
            linked = self.provider.currentText() if u.provider_id is not None else ""
            if linked:
                return QCoreApplication.translate(
                    "UsersDialog", "{name} is now a {role}, charting as {provider}."
                ).format(name=u.name, role=role_name(u.role), provider=linked)
            return QCoreApplication.translate("UsersDialog", "{name} is now a {role}.").format(
                name=u.name, role=role_name(u.role)
            )

        self._write("users/change", lambda: users.change(user_id, role=role, provider_id=link), said)

    def toggle_active(self) -> None:
        user = self.current()
        if user is None:
            return
        users, user_id, active = self._services.users, user.id, not user.active
        self._write(
            "users/change",
            lambda: users.change(user_id, active=active),
            lambda u: (
                QCoreApplication.translate("UsersDialog", "{name}'s account is switched on.")
                if u.active
                else QCoreApplication.translate("UsersDialog", "{name}'s account is switched off.")
            ).format(name=u.name),
        )

    def unlock(self) -> None:
        user = self.current()
        if user is None:
            return
        users, user_id = self._services.users, user.id
        self._write(
            "users/unlock",
            lambda: users.unlock(user_id),
            lambda u: QCoreApplication.translate("UsersDialog", "{name} can sign in again.").format(
                name=u.name
            ),
        )

    def add_user(self) -> AddUserDialog:
        dialog = AddUserDialog(self._services, self._operations, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.done_with.connect(self._added)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _added(self, user: object) -> None:
        assert isinstance(user, UserAccount)
        self.notice.confirm(
            QCoreApplication.translate("UsersDialog", "{name} added as a {role}.").format(
                name=user.name, role=role_name(user.role)
            )
        )
        self._select_after = user.id
        self.changed.emit(user)
        self.refresh()

    def set_password(self) -> SetPasswordDialog | None:
        user = self.current()
        if user is None:
            return None
        dialog = SetPasswordDialog(self._services, self._operations, user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        changed = QCoreApplication.translate("UsersDialog", "{name}'s password was changed.").format(
            name=user.name
        )
        dialog.done_with.connect(lambda _u: self.notice.confirm(changed))
        self.dialog = dialog
        dialog.open()
        return dialog
