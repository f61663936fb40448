"""The automatic lock: an idle watcher over the whole application, the lock screen, and what
happens to other windows while the window is locked.

A shared workstation left alone must not keep a patient's record on screen (HIPAA's "automatic
logoff", domain/users.py). The watcher is an application-wide event filter: any key, click, wheel
turn or mouse move, in any window or dialog (modal ones included), starts the idle count again;
when the clinic's idle time passes untouched it emits ``idle`` and the main window locks.

While locked, every other top-level window is put away (``conceal``): a dialog run with exec()
(application-modal: a message box, a file chooser, a question) is rejected, so the code waiting on
it goes on as if it was cancelled; anything else (a chart window, a form opened with open()) is
hidden and kept, to come back if the same person signs in again. A window that opens while the
lock is on (the next step of a cancelled question) is put away the moment it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from clinic_desktop import APP_TITLE
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.appearance import theme
from clinic_desktop.ui.dialogs.sign_in import SignInForm
from clinic_desktop.ui.operations import Operations

MS_PER_MINUTE = 60_000
START_MS = 5_000  # the idle count begins once the window's first loads are done
REARM_MS = 1_000  # after input, the watcher steps aside this long (see IdleWatcher)

# What a person does; not paint, timer or focus events, which the software causes itself.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)
# Windows that can hold patient data; popups, tool tips and menus close by themselves.
WINDOW_TYPES = frozenset({Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet})


class IdleWatcher(QObject):
    """Emits ``idle`` once nobody has touched the application for the interval.

    The interval is the clinic's ``idle_lock_minutes``; ``set_interval_ms`` is the hook tests use
    for a tiny one. Only spontaneous events count (those from the window system or a test's
    simulated input): a widget moved under a still mouse must not keep the record on screen.

    The filter is a Python function, and every event it sees must take the interpreter lock,
    which a background load may be holding: filtering every paint and timer event while the views
    load made start-up a third slower. So it listens only when it has to. Once it has seen input
    it steps aside for a moment (``rearm_ms``: at most a second, a quarter of the interval) and
    then listens again, counting the idle time from there; and it first listens a few seconds
    after the window opens (``START_MS``), while the views do their first loads. A time it was
    not listening counts as a time someone was working: the lock may come that much later, never
    earlier, than the idle time.

    While ``guarding`` (the window is locked) it listens all the time: any other window that
    shows is put away at once."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)  # the idle count
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle.emit)
        self._listen = QTimer(self)  # when to listen again after stepping aside
        self._listen.setSingleShot(True)
        self._listen.timeout.connect(self._listen_again)
        self.set_minutes(minutes)
        self._guarded: QWidget | None = None
        self.concealed: list[QWidget] = []  # hidden while locked, to come back for the same person
        self._installed = False

    # --- the idle count --------------------------------------------------------------------------

    @property
    def interval_ms(self) -> int:
        return int(self.timer.interval())

    @property
    def rearm_ms(self) -> int:
        return max(1, min(REARM_MS, self.interval_ms // 4))

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(1, minutes) * MS_PER_MINUTE)

    def set_interval_ms(self, ms: int) -> None:
        """The idle time in milliseconds (tests set a tiny one); a running count starts again."""
        self.timer.setInterval(max(1, ms))
        if self.timer.isActive():
            self.timer.start()
        if self._listen.isActive() and self._listen.remainingTime() > self.rearm_ms:
            self._listen.start(self.rearm_ms)

    def start(self, after_ms: int = 0) -> None:
        """Count from now, or from ``after_ms`` on (the window's first loads: time at work)."""
        self._stop_listening()
        self.timer.start()
        if after_ms > 0:
            self._listen.start(after_ms)
        else:
            self._listen_again()

    def stop(self) -> None:
        self.timer.stop()
        self._listen.stop()
        if self._guarded is None:
            self._stop_listening()

    @property
    def counting(self) -> bool:
        return bool(self.timer.isActive())

    @property
    def listening(self) -> bool:
        return self._installed

    def _listen_again(self) -> None:
        """Back from stepping aside: listen, and count the idle time from now."""
        self._install()
        if self.timer.isActive() or self._listen.isActive():
            self.timer.start()

    def _install(self) -> None:
        app = QApplication.instance()
        if not self._installed and app is not None:
            app.installEventFilter(self)
            self._installed = True

    def _stop_listening(self) -> None:
        app = QApplication.instance()
        if self._installed and app is not None:
            app.removeEventFilter(self)
        self._installed = False

    def uninstall(self) -> None:
        """Off the application (the window closes): no filter outlives its window."""
        self.timer.stop()
        self._listen.stop()
        self._guarded = None
        self._stop_listening()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT_EVENTS:
            if event.spontaneous() and self.timer.isActive() and self._guarded is None:
                self.timer.start()  # someone is at work: the count starts again ...
                self._stop_listening()  # ... and it need not hear the next key for a moment
                self._listen.start(self.rearm_ms)
        elif (
            kind == QEvent.Type.Show
            and self._guarded is not None
            and isinstance(watched, QWidget)
            and _is_other_window(watched, self._guarded)
        ):
            QTimer.singleShot(0, lambda w=watched: self._conceal_later(w))
        return False

    # --- other windows while locked --------------------------------------------------------------

    def guard(self, window: QWidget) -> None:
        """Lock: put every other window away now, and any that shows until ``release``."""
        self._install()
        self._guarded = window
        self.concealed = []
        app = QApplication.instance()
        if isinstance(app, QApplication):
            for widget in app.topLevelWidgets():
                if _is_other_window(widget, window) and widget.isVisible():
                    self._conceal(widget)

    def release(self, restore: bool) -> list[QWidget]:
        """Unlock: the same person gets their windows back (``restore``); otherwise they close.
        Returns the windows shown again."""
        self._guarded = None
        kept = [w for w in self.concealed if isValid(w)]
        self.concealed = []
        if not restore:
            for widget in kept:
                widget.close()
            return []
        kept.sort(key=_depth)  # a chart before the form opened from it
        for widget in kept:
            widget.show()
        return kept

    def _conceal_later(self, widget: QWidget) -> None:
        if self._guarded is not None and isValid(widget) and widget.isVisible():
            self._conceal(widget)

    def _conceal(self, widget: QWidget) -> None:
        if isinstance(widget, QDialog) and widget.windowModality() == Qt.WindowModality.ApplicationModal:
            widget.reject()  # run with exec(): its caller goes on as if cancelled
            return
        widget.hide()
        if widget not in self.concealed:
            self.concealed.append(widget)


def _is_other_window(widget: QWidget, main: QWidget) -> bool:
    return (
        isValid(widget)
        and widget.isWindow()
        and widget is not main
        and widget.windowType() in WINDOW_TYPES
        and not widget.testAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    )


def _depth(widget: QWidget) -> int:
    depth, parent = 0, widget.parentWidget()
    while parent is not None:
        depth, parent = depth + 1, parent.parentWidget()
    return depth


class LockScreen(QWidget):
    """What the locked window shows instead of its views: the clinic's name, that it is locked,
    and the sign-in form (the name of whoever was signed in already filled in). The clinic's name
    is the window's (``show_clinic``), read with its settings: none is read here, on the GUI thread."""

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        parent: QWidget | None = None,
        clinic: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self._services = services
        self.clinic = QLabel(clinic or APP_TITLE)
        theme(self.clinic, "viewTitle")
        self.clinic.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel(QCoreApplication.translate("LockScreen", "Locked — sign in to continue"))
        theme(self.status, "placeholderTitle")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form = SignInForm(services, operations)
        panel = QFrame()
        panel.setObjectName("lockPanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setMaximumWidth(440)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.addWidget(self.clinic)
        inner.addWidget(self.status)
        inner.addSpacing(12)
        inner.addWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_clinic(self, name: str) -> None:
        self.clinic.setText(name or APP_TITLE)

    def prepare(self, name: str) -> None:
        """Shown anew: the user name to offer, an empty password."""
        self.form.set_name(name)
        self.form.focus()
