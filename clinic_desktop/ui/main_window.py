"""The main window: navigation, views, menus and toolbar from one action registry, status bar,
and the lock.

The window only arranges: each view loads its own data through the operations runner, and every
command is an action in the registry, so menus, toolbar and shortcuts can never disagree. Its parts
live beside it: the command table, menus and toolbar (ui/main_menu.py), the dialogs its commands
open (ui/main_commands.py), the status bar and connection banner (ui/main_status.py), the
background jobs (ui/main_jobs.py) and the session with its lock (ui/main_session.py).

Someone is always signed in while the views are on screen (ui/application.py signs them in before
the window exists). The window follows their role: actions and views the role may not use are
hidden (the services refuse them anyway). After the clinic's idle time, on "Lock now", "Switch
user…" or "Sign out", the window locks: the views give way to the lock screen, other windows are
put away (ui/lock.py), background work pauses and the services' session ends, so every service
refuses until someone signs in. The same person gets the window back as it was; someone else
starts afresh.

Each view is built when first shown (``view``), its module imported then if ui/preload.py has not
already: the first view after signing in is on screen without waiting for the others (issue 22).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop import APP_TITLE
from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.entities import ClinicSettings
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.domain.users import Session
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.actions import ActionRegistry
from clinic_desktop.ui.appearance import theme
from clinic_desktop.ui.dates import use_clock, use_date_format
from clinic_desktop.ui.icons import icon
from clinic_desktop.ui.jobs import JobRunner
from clinic_desktop.ui.keys import first_focus
from clinic_desktop.ui.live_refresh import LiveRefresh
from clinic_desktop.ui.lock import MS_PER_MINUTE, IdleWatcher, LockScreen
from clinic_desktop.ui.lock import START_MS as IDLE_START_MS
from clinic_desktop.ui.main_commands import CommandsMixin
from clinic_desktop.ui.main_jobs import BACKUP_JOB, JobsMixin
from clinic_desktop.ui.main_menu import VIEWS, ViewSpec, add_actions, build_menus, build_toolbar
from clinic_desktop.ui.main_session import SessionMixin
from clinic_desktop.ui.main_status import RECONNECT_MS, StatusMixin, signed_in_text, timezone_text
from clinic_desktop.ui.main_views import ViewsMixin
from clinic_desktop.ui.names import set_name
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.settings import UiSettings
from clinic_desktop.ui.widgets.navigation_list import NavigationList

if TYPE_CHECKING:
    from clinic_desktop.ui.dialogs.booking import BookingDialog
    from clinic_desktop.ui.slices import Slice
    from clinic_desktop.ui.views.patient_chart import PatientChartWindow

# Kept importable from here, where they were declared before the window was split.
__all__ = ["BACKUP_JOB", "RECONNECT_MS", "VIEWS", "MainWindow", "ViewSpec", "signed_in_text", "timezone_text"]

FOLLOWUPS_FIRST_MS = 1_500  # the start-up proposals refresh waits for the first view to be shown
FOLLOWUPS_EVERY_MS = 24 * 60 * 60 * 1000  # ... and runs again daily while the window stays open
# The automatic backup: asked a few seconds after start-up, then hourly; the service takes one when
# the last is a day old (an hourly question, not a 24-hour timer: a computer that sleeps overnight,
# or a window left open for a week, still gets its backup the day it is due).
BACKUP_FIRST_MS = 5_000
BACKUP_EVERY_MS = 60 * 60 * 1000
# The outbox: what is due goes within a few minutes (`messages send` does the same on a server).
MESSAGES_FIRST_MS = 20_000
MESSAGES_EVERY_MS = 3 * 60 * 1000


class MainWindow(ViewsMixin, SessionMixin, JobsMixin, StatusMixin, CommandsMixin, QMainWindow):
    view_changed = Signal(str)
    locked_changed = Signal(bool)  # True: locked; False: someone signed in again

    def __init__(
        self,
        services: ClinicServices,
        settings: UiSettings,
        parent: QWidget | None = None,
        clinic: ClinicSettings | None = None,
    ) -> None:
        """``clinic``: the clinic's settings as read off the GUI thread (the start-up reads them
        while the sign-in dialog is up); read here if not given."""
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.remember = True  # save geometry and view on close (off for smoke runs)
        self.quiet = False  # report failures in the status bar only, no dialog (smoke runs)
        # The other views built in idle turns once the first is drawn (the application; a test
        # builds what it shows): _build_the_others.
        self.build_the_others = False
        self.failures: list[str] = []
        self.locked = False
        self._session: Session | None = services.session  # who the window is showing things to
        self._session_ended = False  # signed out: whoever signs in next starts afresh
        self.operations = Operations(services.end_thread, self)
        self.operations.failed.connect(self._show_failure)
        # The one home of background work (ui/jobs.py): proposals, backups, messages.
        self.jobs = JobRunner(self.operations, self)
        self.registry = ActionRegistry(self)
        if clinic is None:
            clinic = services.clinic.settings()
        self._clinic_settings = clinic
        self._show_title(clinic.name)
        use_date_format(clinic.date_format)  # how the window writes dates (the clinic's setting)
        use_clock(clinic.clock, clinic.country)  # and times of day
        self.settings_dialog: QWidget | None = None  # the set-up window open now (tests reach it)
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(900, 600)
        self._build_views()
        self._build_navigation()
        add_actions(self.registry, self)
        build_menus(self.menuBar(), self.registry)
        self.toolbar = build_toolbar(self.registry)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self._build_status_bar()
        self.apply_session()
        self._restore()
        self._start_watching()

    # --- construction ---------------------------------------------------------------------------

    def _build_views(self) -> None:
        self.charts: dict[int, PatientChartWindow] = {}  # open chart windows, by patient id
        self._add_jobs(
            (FOLLOWUPS_FIRST_MS, FOLLOWUPS_EVERY_MS),
            (BACKUP_FIRST_MS, BACKUP_EVERY_MS),
            (MESSAGES_FIRST_MS, MESSAGES_EVERY_MS),
        )
        self.views: dict[str, QWidget] = {}  # the views built so far, by key (``view``)
        self.loaded_as_of: dict[str, tuple[int, date]] = {}  # when each last loaded (main_views.py)
        # views the idle turns have started to build, with the slices of each left (``view``)
        self.unfinished_views: dict[str, tuple[QWidget, list[Slice]]] = {}
        # The first view's data drawn: the rest of the window's code may load (ui/preload.py).
        self.operations.busy_changed.connect(self._first_idle)

    def _start_watching(self) -> None:
        # Another workstation's change shows in the open view within about two seconds.
        self.live = LiveRefresh(self.services.clinic.change_marker, self, release=self.services.end_thread)
        self.live.changed.connect(self._changed_elsewhere)
        self.live.unavailable.connect(self._show_failure)
        self.live.start()
        self.jobs.start()  # the background jobs' timers (none runs in smoke runs: _may_run_jobs)
        # The automatic lock: nobody's input for the clinic's idle time locks the window.
        self.idle = IdleWatcher(max(1, int(self._clinic_settings.idle_lock_minutes)), self)
        self.idle.idle.connect(self.lock)
        self.idle.start(after_ms=IDLE_START_MS)

    def _build_navigation(self) -> None:
        self.navigation = NavigationList()
        theme(self.navigation, "navigation")
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        set_name(
            self.navigation,
            QCoreApplication.translate("MainWindow", "Views"),
            QCoreApplication.translate("MainWindow", "The window's views; Ctrl+1 to Ctrl+7 go to each"),
        )
        self.stack = QStackedWidget()
        for spec in VIEWS:
            item = QListWidgetItem(icon(spec.icon), spec.shown_title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(f"{spec.shown_title()} ({spec.shortcut})")
            self.navigation.addItem(item)
        self.navigation.fit_width()  # as wide as the longest title in this language
        self.navigation.currentRowChanged.connect(self._navigated)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_banner())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        outer.addLayout(row, 1)
        # The lock screen takes the views' place while the window is locked.
        self.work = central
        self.lock_screen = LockScreen(self.services, self.operations, clinic=self._clinic_name)
        self.lock_screen.form.signed_in.connect(self._signed_in_again)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.work)
        self.pages.addWidget(self.lock_screen)
        self.setCentralWidget(self.pages)

    def _restore(self) -> None:
        if not self.settings.geometry.isEmpty():
            self.restoreGeometry(self.settings.geometry)
        else:
            self.resize(1280, 800)
        last = self.settings.last_view
        allowed = self.allowed_views()
        if last in allowed:
            self.show_view(last)
        elif allowed:
            self.show_view(allowed[0])

    # --- behaviour ------------------------------------------------------------------------------

    @property
    def current_view(self) -> str:
        item = self.navigation.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def show_view(self, key: str) -> None:
        """Show a view, if the signed-in role may use it (otherwise nothing happens: the window
        does not offer it either)."""
        row = [spec.key for spec in VIEWS].index(key)
        if not self.services.may(VIEWS[row].needs):
            return
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)
        else:
            self._navigated(row)

    def _navigated(self, row: int) -> None:
        if row < 0:
            return
        key = VIEWS[row].key
        for index in range(self.navigation.count()):
            item = self.navigation.item(index)
            font = item.font()
            font.setBold(index == row)  # style sheets cannot embolden list items
            item.setFont(font)
        self.stack.setCurrentWidget(self.view(key))
        self.focus_view()
        if not self.unchanged_since_loaded(key):
            self.refresh_current()
        self.view_changed.emit(key)

    def focus_view(self) -> None:
        """The cursor goes where the shown view's work starts (the calendar's grid, the patient
        search, ...: ui/keys.first_focus), so its keys work without a click or a row of Tabs."""
        view = self.views.get(self.current_view)
        target = first_focus(view) if view is not None and view.isVisible() else None
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh_current(self) -> None:
        if self.locked:
            return  # nothing loads behind the lock screen; signing in again reloads
        view = self.views.get(self.current_view)
        refresh = getattr(view, "refresh", None)
        if callable(refresh):
            as_of = self.as_of()
            refresh()
            if as_of is not None:
                self.loaded_as_of[self.current_view] = as_of
            else:
                self.loaded_as_of.pop(self.current_view, None)

    def _changed_elsewhere(self) -> None:
        """Live refresh: read the clinic's settings again first (another workstation may have
        changed the time zone, the name or the idle time: the services then drop what they
        kept), then reload the open view."""
        self.operations.run("live/settings", self.services.clinic.refresh_settings, self._settings_refreshed)

    def _show_title(self, clinic_name: str) -> None:
        """The application and the clinic's name; a new clinic has none until its set-up names it.
        The lock screen shows it too."""
        self._clinic_name = clinic_name
        self.setWindowTitle(f"{APP_TITLE} — {clinic_name}" if clinic_name else APP_TITLE)
        if hasattr(self, "lock_screen"):
            self.lock_screen.show_clinic(clinic_name)

    def _settings_refreshed(self, settings: ClinicSettings) -> None:
        """Show the settings as saved now, and reload the open view, except a report (a snapshot
        of its range that may take seconds to count; F5 recounts it) and the audit trail (every
        chart opened anywhere adds to it: reloading would keep moving the entry being read; F5
        reads it again) unless the time zone changed, in which every time shown is wrong."""
        zone_changed = self.timezone_label.text() != timezone_text(settings.timezone)
        self._apply_settings(settings)
        if zone_changed or self.current_view not in ("reports", "audit"):
            self.refresh_current()

    def _apply_settings(self, settings: ClinicSettings) -> None:
        """The one place the window follows the clinic's settings: its title, how it writes dates and times,
        the time zone shown and the idle lock."""
        self._show_title(settings.name)
        use_date_format(settings.date_format)
        use_clock(settings.clock, settings.country)
        self.timezone_label.setText(timezone_text(settings.timezone))
        minutes = max(1, int(settings.idle_lock_minutes))
        if self.idle.interval_ms != minutes * MS_PER_MINUTE:
            self.idle.set_minutes(minutes)

    # --- booking from anywhere ---------------------------------------------------------------------

    def book(self) -> BookingDialog:
        """Ctrl+B: the one booking flow, for the patient chosen where the key was pressed (the
        open chart's, the list's selected one, the recall's) at the calendar's place."""
        active = QApplication.activeWindow()
        chart = next((c for c in self.charts.values() if c is active), None)
        if chart is not None:
            return self.book_for(chart.patient_id, parent=chart)
        view = self.current_view
        if view == "patients":
            typed = self.patients.pending_search()  # Ctrl+B before the hits came: the dialog finds them
            return self.book_for(None if typed else self.patients.selected_patient(), search=typed)
        if view == "recalls":
            row = self.recalls.current_row()
            if row is not None:
                return self.book_for(row.patient_id, row.indication)
        return self.book_for(None)

    def book_for(
        self,
        patient_id: int | None,
        indication: Indication | None = None,
        search: str = "",
        parent: QWidget | None = None,
    ) -> BookingDialog:
        dialog = self.calendar.open_booking(
            patient_id=patient_id, indication=indication, search=search, parent=parent or self
        )
        dialog.booked.connect(lambda _ids, d=dialog: self._booked(d.patient_id))
        return dialog

    def _booked(self, patient_id: int | None) -> None:
        """What a booking changes besides the calendar: the recall list, the patient's chart."""
        if self.current_view == "recalls":
            self.recalls.refresh()
        chart = self.charts.get(patient_id) if patient_id is not None else None
        if chart is not None:
            chart.refresh()  # its upcoming appointments

    def find_patient(self) -> None:
        if self.current_view != "patients":
            self.show_view("patients")
        self.patients.focus_search()

    def _follow_settings(self) -> None:
        try:
            settings = self.services.clinic.settings()
        except ClinicError:
            return
        self._apply_settings(settings)

    def open_chart(self, patient_id: int) -> PatientChartWindow:
        """A chart window per patient, reused if that patient's chart is already open."""
        chart = self.charts.get(patient_id)
        if chart is None:
            from clinic_desktop.ui.views.patient_chart import PatientChartWindow

            chart = PatientChartWindow(self.services, self.operations, patient_id, self)
            chart.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            chart.closed.connect(lambda pid: self.charts.pop(pid, None))
            chart.changed.connect(self._chart_changed)
            chart.addAction(self.registry["book"])  # Ctrl+B in the chart books for its patient
            chart.book_requested.connect(lambda pid, c=chart: self.book_for(pid, parent=c))
            self.charts[patient_id] = chart
            chart.show()
        else:
            chart.reload()
            if chart.isMinimized():
                chart.showNormal()
            chart.raise_()
            chart.activateWindow()
        return chart

    def _chart_changed(self, _patient_id: int) -> None:
        if "patients" in self.views:  # a list not built yet reads them when first shown
            self.patients.model.invalidate()  # alerts may differ
        if self.current_view == "recalls":  # a treatment or a booking moves the patient's recall
            self.recalls.refresh()

    # --- who is signed in, and the lock --------------------------------------------------------------

    def _fresh_session(self) -> None:
        """Someone else signed in: nothing the previous person had open or typed stays. A view
        may also define ``reset_session()`` to clear what only it knows of (its filters)."""
        for chart in list(self.charts.values()):
            chart.close()
        self.charts.clear()
        if "calendar" in self.views:  # a view not built yet starts afresh anyway
            self.calendar.go_today()
        if "reports" in self.views:
            self.reports.reset_range()
        for view in self.views.values():  # a view with its own filters clears them itself
            reset = getattr(view, "reset_session", None)
            if callable(reset):
                reset()
        self.statusBar().clearMessage()

    # --- follow-up proposals, kept fresh in the background -----------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.locked:
            return
        if not event.spontaneous():
            self.focus_view()  # just signed in: straight into the view's keys

    def _calendar_shift(self, days: int) -> None:
        if self.current_view != "calendar":
            self.show_view("calendar")
        self.calendar.shift(days)

    def _go_today(self) -> None:
        if self.current_view != "calendar":
            self.show_view("calendar")
        self.calendar.go_today()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember:
            self.settings.geometry = self.saveGeometry()
            self.settings.last_view = self.current_view or "calendar"
            self.settings.sync()
        self.live.close()
        self.jobs.stop()
        self.idle.uninstall()
        self.operations.wait(3000)
        super().closeEvent(event)
