"""Change my password: anyone signed in, with the current password (so that a colleague at an
unlocked screen cannot take over the account), the new one typed twice.

The rules (length, the current password being right) are the user service's; this form only says
when the two new passwords differ, and shows the service's refusal otherwise.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.domain.users import MIN_PASSWORD_LENGTH
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.dialogs.users import Notice, different_passwords, password_edit, same_again, size_hint
from clinic_desktop.ui.keys import ButtonBox
from clinic_desktop.ui.operations import Operations


class ChangePasswordDialog(QDialog):
    changed = Signal(str)  # the user whose password was changed

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._operations = operations
        session = services.session
        # Only a person has a password: not the software's own session, not a locked window.
        self.user_name = session.name if session is not None and session.user_id is not None else ""
        self.setWindowTitle(QCoreApplication.translate("ChangePasswordDialog", "Change password"))

        who = QLabel(
            QCoreApplication.translate("ChangePasswordDialog", "Signed in as <b>{name}</b>.").format(
                name=escape(self.user_name)
            )
            if self.user_name
            else QCoreApplication.translate("ChangePasswordDialog", "Sign in to change your password.")
        )
        self.current = password_edit()
        self.new = password_edit(size_hint(MIN_PASSWORD_LENGTH))
        self.repeat = password_edit(same_again())
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ChangePasswordDialog", "&Current password:"), self.current)
        form.addRow(QCoreApplication.translate("ChangePasswordDialog", "&New password:"), self.new)
        form.addRow(QCoreApplication.translate("ChangePasswordDialog", "R&epeat new password:"), self.repeat)
        self.notice = Notice()
        self.buttons = ButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(
            QCoreApplication.translate("ChangePasswordDialog", "Change password"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok_button.setDefault(True)
        self.ok_button.setEnabled(bool(self.user_name))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)
        self.resize(420, 0)
        self.current.setFocus()

    def submit(self) -> None:
        if not self.user_name:
            self.notice.refuse(
                QCoreApplication.translate("ChangePasswordDialog", "Sign in to change your password.")
            )
            return
        if not self.current.text():
            self.notice.refuse(
                QCoreApplication.translate("ChangePasswordDialog", "Type your current password first.")
            )
            return
        if self.new.text() != self.repeat.text():
            self.notice.refuse(different_passwords())
            return
        users, name = self._services.users, self.user_name
        current, new = self.current.text(), self.new.text()
        self.ok_button.setEnabled(False)
        self.notice.confirm(QCoreApplication.translate("ChangePasswordDialog", "Saving…"))
        self._operations.run(
            "users/own-password",
            lambda: users.set_password(name, new, current_password=current),
            self._done,
            self._refused,
        )

    def _done(self, _user: object) -> None:
        if not isValid(self):
            return  # the window was closed while the work ran: nothing left to show it in
        self.ok_button.setEnabled(True)
        self.notice.confirm(QCoreApplication.translate("ChangePasswordDialog", "Your password was changed."))
        self.changed.emit(self.user_name)
        self.accept()

    def _refused(self, error: ClinicError) -> None:
        if not isValid(self):
            return  # the window was closed while the work ran: nothing left to show it in
        self.ok_button.setEnabled(True)
        self.notice.refuse(error.message)
        self.current.selectAll()
