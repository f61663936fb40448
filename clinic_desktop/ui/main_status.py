"""The main window's status bar and its connection banner: where the database is, the clinic's
time zone, who is signed in, "Loading…", and what failed (a dialog, or for a lost database server
one banner that retries every few seconds instead of a dialog per failed load)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from clinic_desktop import APP_TITLE
from clinic_desktop.domain.access import Role
from clinic_desktop.domain.errors import ClinicError, DatabaseUnavailableError
from clinic_desktop.domain.users import Session
from clinic_desktop.ui.appearance import theme
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.widgets.elided_label import ElidedLabel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from clinic_desktop.services import ClinicServices
    from clinic_desktop.ui.operations import Operations

RECONNECT_MS = 5_000  # while the database cannot be reached, try again this often
# The roles as the status bar names them (their values are the English words).
ROLE_NAMES = {
    Role.MANAGER: QT_TRANSLATE_NOOP("MainStatus", "manager"),
    Role.PROVIDER: QT_TRANSLATE_NOOP("MainStatus", "provider"),
    Role.RECEPTION: QT_TRANSLATE_NOOP("MainStatus", "reception"),
}


def timezone_text(zone: str) -> str:
    """The status bar's clinic time zone ("Time zone: Europe/Vienna")."""
    return QCoreApplication.translate("MainStatus", "Time zone: {zone}").format(zone=zone)


def signed_in_text(session: Session | None) -> str:
    """The status bar's "who is acting" ("Signed in as Ana (reception)")."""
    if session is None:
        return QCoreApplication.translate("MainStatus", "Locked")
    if session.role is None:
        return QCoreApplication.translate(
            "MainStatus", "Signed in as {name} (the software itself: all permissions)"
        ).format(name=session.name)
    role = QCoreApplication.translate("MainStatus", ROLE_NAMES.get(session.role, session.role.value))
    return QCoreApplication.translate("MainStatus", "Signed in as {name} ({role})").format(
        name=session.name, role=role
    )


class StatusMixin:
    """MainWindow's status bar, failures and the banner shown while the database is away."""

    if TYPE_CHECKING:
        services: ClinicServices
        operations: Operations
        locked: bool
        quiet: bool
        failures: list[str]

        def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)
        def refresh_current(self) -> None: ...

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        theme(status)
        location = self.services.store.location.display
        # A long path shortens in its middle (whole in the tooltip), never widening the window.
        self.database_label = ElidedLabel(
            QCoreApplication.translate("MainStatus", "Database: {location}").format(location=location)
        )
        self.timezone_label = QLabel(timezone_text(self.services.time.timezone))
        self.user_label = QLabel(signed_in_text(self.services.session))
        self.user_label.setObjectName("signedIn")
        self.busy_label = QLabel("")
        loading = QCoreApplication.translate("MainStatus", "Loading…")
        self.operations.busy_changed.connect(lambda busy: self.busy_label.setText(loading if busy else ""))
        status.addWidget(self.database_label, 1)
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(self.timezone_label)
        status.addPermanentWidget(self.user_label)

    def _build_banner(self) -> QLabel:
        """Shown while the database server cannot be reached (PostgreSQL): says so once, retries."""
        self.banner = QLabel()
        self.banner.setObjectName("connectionBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fde7b0; color: #4a3500; padding: 8px 12px; font-weight: 600;")
        self.banner.setVisible(False)
        self._reconnect = QTimer(self.banner)
        self._reconnect.setInterval(RECONNECT_MS)
        self._reconnect.timeout.connect(self._try_reconnect)
        return self.banner

    def _show_failure(self, error: ClinicError) -> None:
        if self.locked:
            return  # work cut off by the lock; nothing pops up over the lock screen
        message = error.message
        if isinstance(error, DatabaseUnavailableError):
            self._connection_lost(message)
            return
        self.failures.append(message)
        self.statusBar().showMessage(message, 10_000)
        if not self.quiet:
            QMessageBox.warning(cast(QWidget, self), APP_TITLE, message)

    def _connection_lost(self, message: str) -> None:
        """One banner, not a dialog per failed load; a retry every few seconds."""
        self.failures.append(message)
        retrying = QCoreApplication.translate("MainStatus", "Retrying every {seconds} seconds…")
        self.banner.setText(f"{message} {retrying.format(seconds=RECONNECT_MS // 1000)}")
        self.banner.setVisible(True)
        if not self._reconnect.isActive():
            self._reconnect.start()

    def _try_reconnect(self) -> None:
        self.operations.run(
            "reconnect", self.services.clinic.ping, lambda _: self._reconnected(), lambda _: None
        )

    def _reconnected(self) -> None:
        self._reconnect.stop()
        self.banner.setVisible(False)
        self.statusBar().showMessage(
            QCoreApplication.translate("MainStatus", "Connected to the clinic database again."), 10_000
        )
        self.refresh_current()
