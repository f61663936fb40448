"""The clinic opened while the sign-in dialog is already on screen (issue 22).

Loading the services, the store and the database driver takes longer than showing the dialog
itself, so the window's start shows the dialog first and opens the clinic on a thread of its own:
``ClinicOpening`` runs the composition root's opener there, reads what the dialog shows (whether
the clinic has accounts yet, its name), says so on the GUI thread (``ready``) and then goes on
loading the main window's code (ui/preload.py) while the person types.

Work that needs the services before they are open (a password typed at once) waits for them on
its own worker thread (``opened``), never on the GUI thread. Importing this module loads nothing
of the services: it is imported before the dialog is shown.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from clinic_desktop.domain.entities import ClinicSettings
    from clinic_desktop.services import ClinicServices


FRESH_S = 30.0  # settings read longer ago than this are read again when the window is built


class ClinicFacts(NamedTuple):
    """What the start-up dialog shows of the clinic, and the settings the window is built with:
    read with it, off the GUI thread."""

    has_accounts: bool
    name: str  # the clinic's name, or the application's where it has none or cannot be read
    settings: ClinicSettings | None = None  # None where they could not be read (the window reads them)
    read_at: float = 0.0  # time.monotonic() when read

    def fresh_settings(self, within_s: float = FRESH_S) -> ClinicSettings | None:
        """The settings if read moments ago; None (read them again) after a dialog left open a while."""
        return self.settings if time.monotonic() - self.read_at <= within_s else None


class ClinicOpening(QObject):
    """The clinic's services being opened on a thread of their own. ``new_clinic``: the database
    does not exist yet (the first run's dialog asks for the manager's account meanwhile)."""

    ready = Signal()  # on the GUI thread, once opened (``services``) or refused (``error``)
    _arrived = Signal()  # from the opening thread

    def __init__(
        self,
        open_services: Callable[[], ClinicServices],
        new_clinic: bool = False,
        then: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.new_clinic = new_clinic
        self._open = open_services
        self._then = then  # on the same thread once opened: loading the window's code
        self._opened = threading.Event()
        self._services: ClinicServices | None = None
        self._facts: ClinicFacts | None = None
        self._error: BaseException | None = None
        self.loader: threading.Thread | None = None
        self._arrived.connect(self._deliver)

    @classmethod
    def of(cls, services: ClinicServices, parent: QObject | None = None) -> ClinicOpening:
        """Services already open (tests, scripts): only what the dialog shows is read, on the thread."""
        return cls(lambda: services, parent=parent)

    def start(self) -> None:
        if self.loader is not None:
            return
        self.loader = threading.Thread(target=self._run, name="clinic-opening", daemon=True)
        self.loader.start()

    def _run(self) -> None:
        try:
            services = self._open()
            accounts, name = services.users.has_accounts(), clinic_name(services)
            self._facts = ClinicFacts(accounts, name, settings_of(services), time.monotonic())
            services.end_thread()  # this thread's connection: the workers and the window have theirs
            self._services = services
        except BaseException as exc:  # handed to whoever waits (app.py says it as before)
            self._error = exc
        finally:
            self._opened.set()
            self._arrived.emit()
        if self._error is None and self._then is not None:
            self._then()

    @Slot()
    def _deliver(self) -> None:
        self.ready.emit()

    @property
    def started(self) -> bool:
        return self.loader is not None

    @property
    def done(self) -> bool:
        return self._opened.is_set()

    @property
    def facts(self) -> ClinicFacts | None:
        return self._facts if self.done else None

    @property
    def error(self) -> BaseException | None:
        return self._error if self.done else None

    @property
    def services(self) -> ClinicServices | None:
        return self._services if self.done else None

    def wait(self) -> ClinicServices:
        """The open services, once they are (never call it on the GUI thread before ``ready``):
        the opening's own error if it failed."""
        self.start()
        self._opened.wait()
        if self._error is not None:
            raise self._error
        assert self._services is not None
        return self._services

    def settle(self) -> ClinicServices | None:
        """At the end: the services once an opening under way is done (None if it never started or
        was refused: ``error`` says why), so that they are closed, and a new database kept only
        once its manager exists."""
        if not self.started:
            return None
        self._opened.wait()
        return self._services

    def end_thread(self) -> None:
        """A worker's database connection released (Operations' cleanup), once there are services."""
        if self._services is not None:
            self._services.end_thread()


def opened(clinic: ClinicServices | ClinicOpening) -> ClinicServices:
    """The services themselves: waits for an opening under way (on a worker thread only)."""
    return clinic.wait() if isinstance(clinic, ClinicOpening) else clinic


def settings_of(services: ClinicServices) -> ClinicSettings | None:
    from clinic_desktop.domain.errors import ClinicError

    try:
        return services.clinic.settings()
    except ClinicError:
        return None


def clinic_name(services: ClinicServices) -> str:
    """The clinic's name for a heading; the application's if it has none or cannot be read (never
    a reason not to let someone sign in)."""
    from clinic_desktop import APP_TITLE
    from clinic_desktop.domain.errors import ClinicError

    try:
        return services.clinic.settings().name or APP_TITLE
    except ClinicError:
        return APP_TITLE
