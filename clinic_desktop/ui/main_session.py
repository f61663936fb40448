"""The main window's session: who is signed in, what their role is offered, and the lock.

After the clinic's idle time, on "Lock now", "Switch user…" or "Sign out", the window locks: the
views give way to the lock screen, other windows are put away (ui/lock.py), background work pauses
and the services' session ends, so every service refuses until someone signs in. The same person
gets the window back as it was; someone else starts afresh (``MainWindow._fresh_session``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QWidget

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.domain.signing import unlinked_message
from clinic_desktop.domain.users import DEFAULT_IDLE_LOCK_MINUTES, Session
from clinic_desktop.domain.words import shown
from clinic_desktop.ui.main_menu import VIEWS
from clinic_desktop.ui.main_status import signed_in_text

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QLabel, QListWidget, QStackedWidget, QStatusBar, QToolBar

    from clinic_desktop.services import ClinicServices
    from clinic_desktop.ui.actions import ActionRegistry
    from clinic_desktop.ui.lock import IdleWatcher, LockScreen
    from clinic_desktop.ui.settings import UiSettings
    from clinic_desktop.ui.views.patient_chart import PatientChartWindow


class SessionMixin:
    """MainWindow's part that follows the session and locks; it uses the window's widgets."""

    if TYPE_CHECKING:
        services: ClinicServices
        settings: UiSettings
        remember: bool
        locked: bool
        _session: Session | None
        _session_ended: bool
        registry: ActionRegistry
        navigation: QListWidget
        pages: QStackedWidget
        work: QWidget
        lock_screen: LockScreen
        toolbar: QToolBar
        user_label: QLabel
        idle: IdleWatcher
        charts: dict[int, PatientChartWindow]
        locked_changed: SignalInstance

        @property
        def current_view(self) -> str: ...
        def show_view(self, key: str) -> None: ...
        def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)
        def refresh_current(self) -> None: ...
        def focus_view(self) -> None: ...
        def _fresh_session(self) -> None: ...
        def _follow_settings(self) -> None: ...
        def _pause_background(self) -> None: ...
        def _resume_background(self) -> None: ...

    def allowed_views(self) -> list[str]:
        """The views the signed-in role may open, in navigation order."""
        return [spec.key for spec in VIEWS if self.services.may(spec.needs)]

    def apply_session(self) -> None:
        """Follow whoever is signed in: the status bar names them, and the actions and views their
        role may not use are hidden (the services refuse those anyway)."""
        session = self.services.session
        self._session = session
        self.user_label.setText(signed_in_text(session))
        self.registry.apply_permissions(self.services.may)
        allowed = self.allowed_views()
        for row, spec in enumerate(VIEWS):
            self.navigation.item(row).setHidden(spec.key not in allowed)
        current = self.current_view
        if current and current not in allowed and allowed:
            self.show_view(allowed[0])
        if session is not None and session.role is Role.PROVIDER and session.provider_id is None:
            # An account from before accounts were linked: a manager links it (File > Users…).
            self.statusBar().showMessage(shown(unlinked_message(session.name)))

    def _idle_minutes(self) -> int:
        """The clinic's idle time (a setting shared by every workstation), read at start and at
        each sign-in, and when live refresh brings a change made at another workstation."""
        try:
            return int(self.services.clinic.settings().idle_lock_minutes)
        except (ClinicError, AttributeError, TypeError, ValueError):
            return DEFAULT_IDLE_LOCK_MINUTES

    def lock(self, forget_user: bool = False) -> None:
        """Hide everything until someone signs in: the lock screen replaces the views, other
        windows are put away, background work pauses and the session ends (services refuse)."""
        if self.locked:
            if forget_user:
                self.lock_screen.prepare("")
            return
        self.locked = True
        session = self.services.session
        if session is not None:
            self._session = session
        self.idle.stop()
        self._pause_background()
        self.services.users.sign_out()
        self.idle.guard(cast(QWidget, self))
        self.toolbar.hide()
        self.registry.set_locked(True)
        name = "" if forget_user or self._session is None else self._session.name
        self.pages.setCurrentWidget(self.lock_screen)
        self.lock_screen.prepare(name)
        self.statusBar().clearMessage()
        self.user_label.setText(signed_in_text(None))
        self.locked_changed.emit(True)

    def switch_user(self) -> None:
        """Lock with the name field empty, for someone else to sign in (the same person signing
        back in still finds the window as it was)."""
        self.lock(forget_user=True)

    def sign_out(self) -> None:
        """End the session: lock, close what was open; whoever signs in next starts afresh."""
        self.lock(forget_user=True)
        self._session_ended = True
        self.idle.release(restore=False)
        self.idle.guard(cast(QWidget, self))
        for chart in list(self.charts.values()):
            chart.close()

    def _signed_in_again(self, session: Session) -> None:
        """The lock screen signed someone in: the same person gets the window back as it was;
        anyone else (or anyone after Sign out) starts a fresh session."""
        previous = self._session
        same = (
            not self._session_ended
            and previous is not None
            and previous.user_id == session.user_id
            and previous.name == session.name
            and previous.role == session.role  # a role changed meanwhile: afresh, with the new one
        )
        self.locked = False
        self._session_ended = False
        self.registry.set_locked(False)
        self.idle.release(restore=same)
        if not same:
            self._fresh_session()
        self.pages.setCurrentWidget(self.work)
        self.toolbar.show()
        self.apply_session()
        if self.remember:
            self.settings.last_user = session.name
            self.settings.sync()
        self._follow_settings()
        self.idle.start()
        self._resume_background()
        self.refresh_current()
        self.focus_view()
        self.locked_changed.emit(False)
