"""Signing in: the form (shared by the start-up dialog and the lock screen), the sign-in dialog,
and the first run's "Create the clinic's manager account" dialog.

The form only collects a name and a password; the services judge them (argon2id, lockout after
repeated failures, the same words for an unknown name and a wrong password) and the form shows
their answer. Checking a password costs a deliberate fraction of a second, so it runs through the
operations runner off the GUI thread, like every other service call of the window.

At start-up the dialogs come before the clinic is open (ui/clinic_opening.py): they show at once,
the clinic's name fills the heading when it has been read, and a password typed before the clinic
is open waits for it on the worker thread, never on the GUI thread. Nothing here reads Qt's
``Qt`` namespace (its enums take a fifth of the dialog's own start-up): ``setFocus()`` is
``setFocus(Qt.OtherFocusReason)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop import APP_TITLE
from clinic_desktop.domain.errors import ClinicError, ValidationError
from clinic_desktop.ui.appearance import theme
from clinic_desktop.ui.clinic_opening import ClinicFacts, ClinicOpening, clinic_name, opened
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.operations import Operations

if TYPE_CHECKING:
    from clinic_desktop.domain.users import Session
    from clinic_desktop.services import ClinicServices

__all__ = ["FirstRunDialog", "SignInDialog", "SignInForm", "clinic_name", "shown_message"]

MESSAGE_STYLE = "color: palette(highlight); font-weight: bold;"
# The services' answers to a sign-in that are the same words every time, in the catalogues so the
# form can show them in the window's language (translated by their English text, "SignIn"); an
# answer that names someone or a time is shown as the services wrote it.
SERVICE_MESSAGES = (QT_TRANSLATE_NOOP("SignIn", "Wrong user name or password."),)


def shown_message(error: ClinicError) -> str:
    """The error's message in the window's language where the catalogue has it."""
    return QCoreApplication.translate("SignIn", error.message)


def _message_label() -> QLabel:
    label = QLabel("")
    label.setObjectName("signInMessage")
    label.setWordWrap(True)
    label.setStyleSheet(MESSAGE_STYLE)
    return label


def _password_field(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class SignInForm(QWidget):
    """Name and password; Enter signs in. Emits signed_in(Session) once the services accept them,
    refused(message) when they do not (the message is shown under the fields)."""

    signed_in = Signal(object)
    refused = Signal(str)

    def __init__(
        self, services: ClinicServices | ClinicOpening, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services  # or the clinic still opening: the sign-in waits for it off the GUI thread
        self._operations = operations
        self.busy = False
        self.name = QLineEdit()
        self.name.setObjectName("signInName")
        self.name.setPlaceholderText(QCoreApplication.translate("SignIn", "Your user name"))
        self.password = _password_field("signInPassword")
        self.message = _message_label()
        self.button = QPushButton(QCoreApplication.translate("SignIn", "&Sign in"))
        self.button.setObjectName("signInButton")
        self.button.setAutoDefault(False)  # Enter is the fields' (a dialog would press it twice)
        self.button.clicked.connect(self.submit)
        self.name.returnPressed.connect(self._name_entered)
        self.password.returnPressed.connect(self.submit)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("SignIn", "&Name"), self.name)
        form.addRow(QCoreApplication.translate("SignIn", "&Password"), self.password)
        self.buttons = QHBoxLayout()  # a dialog puts its Quit at the left
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(self.buttons)

    def set_name(self, name: str) -> None:
        self.name.setText(name)
        self.password.clear()
        self.message.setText("")

    def focus(self) -> None:
        """The password if the name is already there (the usual case), else the name."""
        field = self.password if self.name.text().strip() else self.name
        field.setFocus()

    def _name_entered(self) -> None:
        if self.password.text():
            self.submit()
        else:
            self.password.setFocus()

    def submit(self) -> None:
        """Ask the services to sign this person in (off the GUI thread). An empty field is
        answered here: it is not a wrong password and must not count toward the lockout."""
        if self.busy:
            return
        name, password = self.name.text().strip(), self.password.text()
        if not name:
            self._refused(ValidationError(QCoreApplication.translate("SignIn", "Type your user name.")))
            return
        if not password:
            self._refused(ValidationError(QCoreApplication.translate("SignIn", "Type your password.")))
            return
        self._set_busy(True)
        self.message.setText(QCoreApplication.translate("SignIn", "Signing in…"))
        clinic = self._services
        self._operations.run(
            "sign-in", lambda: opened(clinic).users.sign_in(name, password), self._done, self._refused
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.name, self.password, self.button):
            widget.setEnabled(not busy)

    def _done(self, session: Session) -> None:
        self._set_busy(False)
        self.password.clear()
        self.message.setText("")
        self.signed_in.emit(session)

    def _refused(self, error: ClinicError) -> None:
        self._set_busy(False)
        self.password.clear()
        message = shown_message(error)
        self.message.setText(message)
        self.focus()
        self.refused.emit(message)


class _StartDialog(QDialog):
    """What both start-up dialogs share: a heading, their own operations runner (the main window
    does not exist yet), and "Quit" (cancelling quits the application). Given the clinic still
    opening, the heading shows its name once read (``facts``: what was read, None until then)."""

    def __init__(
        self,
        services: ClinicServices | ClinicOpening,
        title: str,
        operations: Operations | None,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{title} — {APP_TITLE}")
        self.session: Session | None = None
        self.facts: ClinicFacts | None = None
        cleanup = services.end_thread
        self.operations = operations or Operations(cleanup, self)
        self.heading = QLabel(APP_TITLE)
        theme(self.heading, "viewTitle")
        self.opening: ClinicOpening | None = services if isinstance(services, ClinicOpening) else None
        if self.opening is None:
            self.heading.setText(clinic_name(cast("ClinicServices", services)))
        elif self.opening.done:
            self._clinic_opened()
        else:
            self.opening.ready.connect(self._clinic_opened)
        self.quit_button = QPushButton(QCoreApplication.translate("SignIn", "&Quit"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        self.setMinimumWidth(420)

    def _finish(self, session: Session) -> None:
        self.session = session
        self.accept()

    def _clinic_opened(self) -> None:
        opening = self.opening
        if opening is None or opening.facts is None:
            return  # refused: whoever started the dialog closes it and says why
        self.facts = opening.facts
        self.show_clinic(opening.facts.name)

    def show_clinic(self, name: str) -> None:
        """The clinic's name in the heading (the first run's dialog keeps its own)."""
        self.heading.setText(name)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.operations.wait(3000)
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.operations.wait(3000)  # a sign-in under way finishes before the dialog goes
        super().done(result)


class SignInDialog(_StartDialog):
    """Sign in before the window shows anything; the name comes prefilled (CLINIC_USER or whoever
    signed in last at this workstation). Wrong passwords and a locked account are shown here and
    the dialog stays open; Quit leaves the application."""

    def __init__(
        self,
        services: ClinicServices | ClinicOpening,
        name: str = "",
        operations: Operations | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, QCoreApplication.translate("SignIn", "Sign in"), operations, parent)
        self.form = SignInForm(services, self.operations, self)
        self.form.set_name(name)
        self.form.signed_in.connect(self._finish)
        lead = QLabel(QCoreApplication.translate("SignIn", "Sign in to continue."))
        self.form.buttons.insertWidget(0, self.quit_button)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # never narrower than the lead
        layout.addWidget(self.heading)
        layout.addWidget(lead)
        layout.addSpacing(8)
        layout.addWidget(self.form)
        self.form.focus()


class FirstRunDialog(_StartDialog):
    """A new clinic database has no accounts: its first is the manager's, who then adds
    everyone else. Name and password are checked here with the domain's own rules; the account
    is created and signed in off the GUI thread (hashing a password takes a moment)."""

    created = Signal(object)  # the Session of the new manager

    def __init__(
        self,
        services: ClinicServices | ClinicOpening,
        operations: Operations | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = QCoreApplication.translate("SignIn", "Create the clinic's manager account")
        super().__init__(services, title, operations, parent)
        self._services = services
        self.busy = False
        self.heading.setText(title)
        lead = QLabel(
            QCoreApplication.translate(
                "SignIn",
                "This clinic has no user accounts yet. The first is the manager's: the manager adds "
                "the other users (reception, providers), and runs the clinic's settings, reports and "
                "backups. Choose a password of at least 8 characters; a short sentence is easy to "
                "remember and hard to guess.",
            )
        )
        lead.setWordWrap(True)
        # A fixed measure: a wrapped label's height is then known before the dialog is sized.
        lead.setFixedWidth(lead.fontMetrics().averageCharWidth() * 62)
        self.name = QLineEdit()
        self.name.setObjectName("managerName")
        self.password = _password_field("managerPassword")
        self.repeat = _password_field("managerPasswordRepeat")
        self.message = _message_label()
        self.create_button = QPushButton(QCoreApplication.translate("SignIn", "&Create and sign in"))
        self.create_button.setObjectName("createManagerButton")
        self.create_button.setAutoDefault(False)
        self.create_button.clicked.connect(self.submit)
        self.name.returnPressed.connect(lambda: self.password.setFocus())
        self.password.returnPressed.connect(lambda: self.repeat.setFocus())
        self.repeat.returnPressed.connect(self.submit)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("SignIn", "&Name"), self.name)
        form.addRow(QCoreApplication.translate("SignIn", "&Password"), self.password)
        form.addRow(QCoreApplication.translate("SignIn", "&Repeat password"), self.repeat)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # never narrower than the lead
        layout.addWidget(self.heading)
        layout.addWidget(lead)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.name.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        from clinic_desktop.domain.users import validate_password, validate_user_name

        try:
            name = validate_user_name(self.name.text())
            password = validate_password(self.password.text())
        except ClinicError as exc:
            self._refused(exc)
            return
        if self.repeat.text() != password:
            self._refused(
                ValidationError(
                    QCoreApplication.translate(
                        "SignIn", "The two passwords differ; type the same password twice."
                    )
                )
            )
            return
        self._set_busy(True)
        self.message.setText(QCoreApplication.translate("SignIn", "Creating the account…"))
        clinic = self._services

        def work() -> Session:
            users = opened(clinic).users
            users.create_first_manager(name, password)
            return users.sign_in(name, password)

        self.operations.run("first-manager", work, self._created, self._refused)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.name, self.password, self.repeat, self.create_button):
            widget.setEnabled(not busy)

    def show_clinic(self, name: str) -> None:
        pass  # the heading says what this dialog asks for

    def _created(self, session: Session) -> None:
        self._set_busy(False)
        self.created.emit(session)
        self._finish(session)

    def _refused(self, error: ClinicError) -> None:
        self._set_busy(False)
        self.message.setText(shown_message(error))
        self.password.clear()
        self.repeat.clear()
        field = self.password if self.name.text().strip() else self.name
        field.setFocus()
