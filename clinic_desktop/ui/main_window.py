"""The main window: navigation, views, menus and toolbar from one action registry, status bar,
and the lock.

The window only arranges: each view loads its own data through the operations runner, and every
command is an action in the registry, so menus, toolbar and shortcuts can never disagree.

Someone is always signed in while the views are on screen (ui/application.py signs them in before
the window exists). The window follows their role: actions and views the role may not use are
hidden (the services refuse them anyway). After the clinic's idle time, on "Lock now", "Switch
user…" or "Sign out", the window locks: the views give way to the lock screen, other windows are
put away (ui/lock.py), background work pauses and the services' session ends, so every service
refuses until someone signs in. The same person gets the window back as it was; someone else
starts afresh.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop import APP_TITLE, __version__
from clinic_desktop.domain.access import Permission, Role
from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.entities import ClinicSettings
from clinic_desktop.domain.errors import ClinicError, DatabaseUnavailableError
from clinic_desktop.domain.patients import PatientRecord
from clinic_desktop.domain.signing import unlinked_message
from clinic_desktop.domain.users import DEFAULT_IDLE_LOCK_MINUTES, Session
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.actions import ActionRegistry, ActionSpec
from clinic_desktop.ui.dates import use_date_format
from clinic_desktop.ui.dialogs.backup import BackupDialog
from clinic_desktop.ui.dialogs.booking import BookingDialog
from clinic_desktop.ui.dialogs.import_patients import ImportPatientsDialog
from clinic_desktop.ui.dialogs.patient_form import PatientFormDialog
from clinic_desktop.ui.icons import icon
from clinic_desktop.ui.jobs import JobRunner
from clinic_desktop.ui.keys import first_focus
from clinic_desktop.ui.live_refresh import LiveRefresh
from clinic_desktop.ui.lock import MS_PER_MINUTE, IdleWatcher, LockScreen
from clinic_desktop.ui.lock import START_MS as IDLE_START_MS
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.settings import UiSettings
from clinic_desktop.ui.views.audit_view import AuditView
from clinic_desktop.ui.views.calendar_view import CalendarView
from clinic_desktop.ui.views.flow_board import FlowBoardView
from clinic_desktop.ui.views.outbox_view import MESSAGES_JOB, OutboxView
from clinic_desktop.ui.views.patient_chart import PatientChartWindow
from clinic_desktop.ui.views.patients_view import PatientsView
from clinic_desktop.ui.views.recalls_view import RecallsView, add_followups_job
from clinic_desktop.ui.views.reports_view import ReportsView
from clinic_desktop.ui.widgets.elided_label import ElidedLabel

RECONNECT_MS = 5_000  # while the database cannot be reached, try again this often
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
BACKUP_JOB = "backup"


@dataclass(frozen=True)
class ViewSpec:
    key: str
    title: str
    icon: str
    shortcut: str
    needs: Permission  # the view is offered only to roles with this permission


VIEWS = (
    ViewSpec("calendar", "Calendar", "calendar", "Ctrl+1", Permission.SCHEDULE),
    ViewSpec("patients", "Patients", "patients", "Ctrl+2", Permission.DEMOGRAPHICS),
    ViewSpec("recalls", "Recalls", "recalls", "Ctrl+3", Permission.RECALLS),
    ViewSpec("today", "Today", "today", "Ctrl+4", Permission.SCHEDULE),
    ViewSpec("reports", "Reports", "reports", "Ctrl+5", Permission.REPORTS),
    ViewSpec("audit", "Audit trail", "database", "Ctrl+6", Permission.AUDIT),
    ViewSpec("outbox", "Outbox", "recalls", "Ctrl+7", Permission.MESSAGES),
)


def timezone_text(zone: str) -> str:
    """The status bar's clinic time zone ("Time zone: Europe/Vienna")."""
    return f"Time zone: {zone}"


def signed_in_text(session: Session | None) -> str:
    """The status bar's "who is acting" ("Signed in as Ana (reception)")."""
    if session is None:
        return "Locked"
    if session.role is None:
        return f"Signed in as {session.name} (the software itself: all permissions)"
    return f"Signed in as {session.name} ({session.role.value})"


class MainWindow(QMainWindow):
    view_changed = Signal(str)
    locked_changed = Signal(bool)  # True: locked; False: someone signed in again

    def __init__(self, services: ClinicServices, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.remember = True  # save geometry and view on close (off for smoke runs)
        self.quiet = False  # report failures in the status bar only, no dialog (smoke runs)
        self.failures: list[str] = []
        self.locked = False
        self._session: Session | None = services.session  # who the window is showing things to
        self._session_ended = False  # signed out: whoever signs in next starts afresh
        self.operations = Operations(services.end_thread, self)
        self.operations.failed.connect(self._show_failure)
        # The one home of background work (ui/jobs.py): proposals, backups, messages.
        self.jobs = JobRunner(self.operations, self)
        self.registry = ActionRegistry(self)
        clinic = services.clinic.settings()
        self._show_title(clinic.name)
        use_date_format(clinic.date_format)  # how the window writes dates (the clinic's setting)
        self.settings_dialog: QWidget | None = None  # the set-up window open now (tests reach it)
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(900, 600)

        self.calendar = CalendarView(services, self.operations)
        self.calendar.chart_requested.connect(self.open_chart)
        self.calendar.setup_requested.connect(lambda page: self.set_up_clinic(page))
        self.today = FlowBoardView(services, self.operations, "today")
        self.patients = PatientsView(services, self.operations)
        self.patients.chart_opened.connect(self.open_chart)
        self.charts: dict[int, PatientChartWindow] = {}  # open chart windows, by patient id
        add_followups_job(
            self.jobs, services, FOLLOWUPS_FIRST_MS, FOLLOWUPS_EVERY_MS,
            lambda: self._may_run_jobs() and self.services.may(Permission.RECALLS),
        )  # fmt: skip
        self.jobs.add(
            BACKUP_JOB, lambda _token, _progress: services.backup.auto_backup_if_due(),
            BACKUP_FIRST_MS, BACKUP_EVERY_MS, self._may_run_jobs,
        )  # fmt: skip
        self.jobs.add(
            MESSAGES_JOB, lambda token, progress: services.messages.send_due(token, progress),
            MESSAGES_FIRST_MS, MESSAGES_EVERY_MS,
            lambda: self._may_run_jobs() and self.services.may(Permission.MESSAGES),
        )  # fmt: skip
        self.jobs.finished.connect(self._job_finished)
        self.jobs.failed.connect(self._job_failed)
        self.recalls = RecallsView(services, self.operations, jobs=self.jobs)
        self.recalls.chart_requested.connect(self.open_chart)
        self.recalls.proposals_refreshed.connect(self._proposals_refreshed)
        self.reports = ReportsView(services, self.operations)
        self.audit = AuditView(services, self.operations)
        self.outbox = OutboxView(services, self.operations, self.jobs)
        self.views: dict[str, QWidget] = {
            "calendar": self.calendar,
            "patients": self.patients,
            "recalls": self.recalls,
            "today": self.today,
            "reports": self.reports,
            "audit": self.audit,
            "outbox": self.outbox,
        }
        self._build_navigation()
        self._build_actions()
        self._build_menus_and_toolbar()
        self._build_status_bar()
        self.apply_session()
        self._restore()
        # Another workstation's change shows in the open view within about two seconds.
        self.live = LiveRefresh(services.clinic.change_marker, self)
        self.live.changed.connect(self._changed_elsewhere)
        self.live.unavailable.connect(self._show_failure)
        self.live.start()
        self.jobs.start()  # the background jobs' timers (none runs in smoke runs: _may_run_jobs)
        # The automatic lock: nobody's input for the clinic's idle time locks the window.
        self.idle = IdleWatcher(self._idle_minutes(), self)
        self.idle.idle.connect(self.lock)
        self.idle.start(after_ms=IDLE_START_MS)

    # --- construction ---------------------------------------------------------------------------

    def _build_navigation(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setFixedWidth(190)
        self.navigation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack = QStackedWidget()
        for spec in VIEWS:
            item = QListWidgetItem(icon(spec.icon), spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(f"{spec.title} ({spec.shortcut})")
            self.navigation.addItem(item)
            self.stack.addWidget(self.views[spec.key])
        self.navigation.currentRowChanged.connect(self._navigated)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        # Shown while the database server cannot be reached (PostgreSQL): says so once, retries.
        self.banner = QLabel()
        self.banner.setObjectName("connectionBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fde7b0; color: #4a3500; padding: 8px 12px; font-weight: 600;")
        self.banner.setVisible(False)
        outer.addWidget(self.banner)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        outer.addLayout(row, 1)
        # The lock screen takes the views' place while the window is locked.
        self.work = central
        self.lock_screen = LockScreen(self.services, self.operations)
        self.lock_screen.form.signed_in.connect(self._signed_in_again)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.work)
        self.pages.addWidget(self.lock_screen)
        self.setCentralWidget(self.pages)
        self._reconnect = QTimer(self)
        self._reconnect.setInterval(RECONNECT_MS)
        self._reconnect.timeout.connect(self._try_reconnect)

    def _build_actions(self) -> None:
        add = self.registry.add
        for spec in VIEWS:
            add(
                ActionSpec(
                    f"view_{spec.key}",
                    f"&{spec.title}",
                    spec.shortcut,
                    spec.icon,
                    f"Show {spec.title}",
                    needs=(spec.needs,),
                ),
                partial(self.show_view, spec.key),
            )
        add(
            ActionSpec("refresh", "&Refresh", QKeySequence.StandardKey.Refresh, "refresh", "Reload the view"),
            self.refresh_current,
        )
        schedule = (Permission.SCHEDULE,)
        demographics = (Permission.DEMOGRAPHICS,)
        add(
            ActionSpec("previous_day", "&Previous day", "Alt+Left", "previous", needs=schedule),
            lambda: self._calendar_shift(-1),
        )
        add(
            ActionSpec("next_day", "&Next day", "Alt+Right", "next", needs=schedule),
            lambda: self._calendar_shift(1),
        )
        add(
            ActionSpec(
                "go_today", "&Today", "Ctrl+T", "go-today", "Go to today in the calendar", needs=schedule
            ),
            self._go_today,
        )
        find_tip = "Find a patient by name, phone, date of birth or MRN"
        add(
            ActionSpec("find_patient", "&Find patient", "Ctrl+F", "search", find_tip, needs=demographics),
            self.find_patient,
        )
        add(
            ActionSpec(
                "new_patient", "&New patient…", "Ctrl+N", "new", "Register a new patient", needs=demographics
            ),
            self.new_patient,
        )
        book = add(
            ActionSpec(
                "book",
                "Book &appointment…",  # A: the File menu's B is Backup and restore
                "Ctrl+B",
                "calendar",
                "Book for the patient chosen here, at the calendar's slot or first free time",
                needs=schedule,
            ),
            self.book,
        )
        book.setIconText("Book…")
        add(
            ActionSpec(
                "import_patients",
                "&Import patients…",
                "Ctrl+I",
                "database",
                "Import patients from CSV",
                needs=demographics,
            ),
            self.import_patients,
        )
        add(
            ActionSpec(
                "backup_restore",
                "&Backup and restore…",
                None,
                "database",
                "Back up or restore the database",
                needs=(Permission.BACKUPS,),
            ),
            self.backup_and_restore,
        )
        add(
            ActionSpec(
                "print_day_list",
                "&Print day list…",
                QKeySequence.StandardKey.Print,
                "print",
                "Print the day list, or save it as PDF (the calendar's day and provider)",
                needs=schedule,
            ),
            self.print_day_list,
        )
        add(
            ActionSpec(
                "export",
                "&Export…",
                None,
                "database",
                "Export a calendar (iCalendar), spreadsheets (CSV) or the patients' records (FHIR)",
                needs=(Permission.EXPORT_CALENDAR, Permission.EXPORT_RECORDS),
            ),
            self.export_files,
        )
        lock_now = add(
            ActionSpec("lock_now", "&Lock now", "Ctrl+L", "quit", "Hide everything until you sign in again"),
            self.lock,
        )
        # From any window of the application (a chart, a dialog), not only this one.
        lock_now.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        add(
            ActionSpec(
                "switch_user",
                "S&witch user…",
                None,
                "patients",
                "Lock the window for someone else to sign in",
            ),
            self.switch_user,
        )
        add(
            ActionSpec("sign_out", "Sign &out", None, "quit", "End your session; the window locks"),
            self.sign_out,
        )
        add(
            ActionSpec(
                "users", "&Users…", None, "patients", "Add users, change roles, unlock accounts",
                needs=(Permission.USERS,),
            ),
            self.manage_users,
        )  # fmt: skip
        settings = (Permission.SETTINGS,)
        add(
            ActionSpec(
                "clinic_settings", "Clinic &settings…", None, "settings",
                "Providers, hours, time off, rooms, appointment types, stock, protocols, the clinic itself",
                needs=settings,
            ),
            lambda: self.clinic_settings(),
        )  # fmt: skip
        add(
            ActionSpec(
                "set_up_clinic", "Se&t up the clinic…", None, "settings",
                "The set-up checklist: what the clinic needs before it can book", needs=settings,
            ),
            lambda: self.set_up_clinic(),
        )  # fmt: skip
        add(
            ActionSpec("change_password", "&Change password…", None, "settings", "Change your own password"),
            self.change_password,
        )
        add(
            ActionSpec(
                "shortcuts",
                "&Keyboard shortcuts",
                "F1",
                "about",
                "Every command of the window and the keys that reach it",
            ),
            self.show_shortcuts,
        )
        add(ActionSpec("about", f"&About {APP_TITLE}", None, "about"), self.show_about)
        add(
            ActionSpec(
                "quit",
                "&Quit",
                QKeySequence.StandardKey.Quit,
                "quit",
                "Close the application",
                when_locked=True,
            ),
            self.close,
        )

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.registry["book"])
        file_menu.addAction(self.registry["new_patient"])
        file_menu.addAction(self.registry["import_patients"])
        file_menu.addSeparator()
        file_menu.addAction(self.registry["print_day_list"])
        file_menu.addAction(self.registry["export"])
        file_menu.addSeparator()
        file_menu.addAction(self.registry["backup_restore"])
        file_menu.addAction(self.registry["users"])
        file_menu.addAction(self.registry["clinic_settings"])
        file_menu.addAction(self.registry["set_up_clinic"])
        file_menu.addSeparator()
        file_menu.addAction(self.registry["lock_now"])
        file_menu.addAction(self.registry["switch_user"])
        file_menu.addAction(self.registry["sign_out"])
        file_menu.addAction(self.registry["change_password"])
        file_menu.addSeparator()
        file_menu.addAction(self.registry["quit"])
        view_menu = bar.addMenu("&View")
        for spec in VIEWS:
            view_menu.addAction(self.registry[f"view_{spec.key}"])
        view_menu.addSeparator()
        view_menu.addAction(self.registry["refresh"])
        go_menu = bar.addMenu("&Go")
        go_menu.addAction(self.registry["find_patient"])
        go_menu.addSeparator()
        for key in ("previous_day", "go_today", "next_day"):
            go_menu.addAction(self.registry[key])
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.registry["shortcuts"])
        help_menu.addAction(self.registry["about"])

        toolbar = QToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(22, 22))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # Day-by-day arrows sit beside the calendar's date; the toolbar holds what works anywhere.
        toolbar.addAction(self.registry["find_patient"])
        toolbar.addAction(self.registry["book"])
        toolbar.addAction(self.registry["new_patient"])
        toolbar.addAction(self.registry["go_today"])
        toolbar.addAction(self.registry["print_day_list"])
        toolbar.addAction(self.registry["refresh"])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        location = self.services.store.location.display
        # A long path shortens in its middle (whole in the tooltip), never widening the window.
        self.database_label = ElidedLabel(f"Database: {location}")
        self.timezone_label = QLabel(timezone_text(self.services.time.timezone))
        self.user_label = QLabel(signed_in_text(self.services.session))
        self.user_label.setObjectName("signedIn")
        self.busy_label = QLabel("")
        self.operations.busy_changed.connect(lambda busy: self.busy_label.setText("Loading…" if busy else ""))
        status.addWidget(self.database_label, 1)
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(self.timezone_label)
        status.addPermanentWidget(self.user_label)

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
        self.stack.setCurrentWidget(self.views[key])
        self.focus_view()
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
        key = self.current_view
        view = self.views.get(key)
        if isinstance(
            view,
            CalendarView | PatientsView | FlowBoardView | RecallsView | ReportsView | AuditView | OutboxView,
        ):
            view.refresh()

    def _changed_elsewhere(self) -> None:
        """Live refresh: read the clinic's settings again first (another workstation may have
        changed the time zone, the name or the idle time: the services then drop what they
        kept), then reload the open view."""
        self.operations.run("live/settings", self.services.clinic.refresh_settings, self._settings_refreshed)

    def _show_title(self, clinic_name: str) -> None:
        """The application and the clinic's name; a new clinic has none until its set-up names it."""
        self.setWindowTitle(f"{APP_TITLE} — {clinic_name}" if clinic_name else APP_TITLE)

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
        """The one place the window follows the clinic's settings: its title, how it writes dates,
        the time zone shown and the idle lock."""
        self._show_title(settings.name)
        use_date_format(settings.date_format)
        self.timezone_label.setText(timezone_text(settings.timezone))
        minutes = max(1, int(settings.idle_lock_minutes))
        if self.idle.interval_ms != minutes * MS_PER_MINUTE:
            self.idle.set_minutes(minutes)

    # --- booking from anywhere ---------------------------------------------------------------------

    def book(self) -> BookingDialog:
        """Ctrl+B: the one booking flow, for the patient chosen where the key was pressed (the
        open chart's, the list's selected one, the recall's) at the calendar's place."""
        active = QApplication.activeWindow()
        if isinstance(active, PatientChartWindow) and active.patient_id in self.charts:
            return self.book_for(active.patient_id, parent=active)
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

    def show_shortcuts(self) -> QWidget:
        from clinic_desktop.ui.dialogs.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.registry, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.shortcuts_dialog = dialog
        return dialog

    def find_patient(self) -> None:
        if self.current_view != "patients":
            self.show_view("patients")
        self.patients.focus_search()

    def new_patient(self) -> PatientFormDialog:
        """The registration form; a saved patient's chart opens, as does a duplicate chosen instead."""
        form = PatientFormDialog(self.services, self.operations, parent=self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(self._registered)
        form.open_existing.connect(self.open_chart)
        form.open()
        return form

    def import_patients(self) -> ImportPatientsDialog:
        dialog = ImportPatientsDialog(self.services, self.operations, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _report: self.patients.refresh())
        dialog.open()
        return dialog

    def backup_and_restore(self) -> BackupDialog:
        dialog = BackupDialog(self.services, self.operations, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._database_restored)
        dialog.open()
        return dialog

    def manage_users(self) -> QWidget:
        from clinic_desktop.ui.dialogs.users import UsersDialog

        dialog = UsersDialog(self.services, self.operations, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def clinic_settings(self, page: str = "clinic") -> QWidget:
        """File > Clinic settings… at ``page``; what is saved there shows at once in the window."""
        from clinic_desktop.ui.dialogs.setup import ClinicSettingsDialog

        dialog = ClinicSettingsDialog(self.services, self.operations, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settings_saved.connect(self._settings_saved)
        dialog.open_page(page)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def set_up_clinic(self, page: str | None = None) -> QWidget:
        """The set-up checklist (after the first run, from File, or from the calendar's "what is
        missing"), opened at ``page`` or where the clinic has got to."""
        from clinic_desktop.ui.dialogs.setup import SetupChecklist

        dialog = SetupChecklist(self.services, self.operations, self, page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settings_saved.connect(self._settings_saved)
        dialog.finished.connect(lambda _result: self.refresh_current())
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _settings_saved(self) -> None:
        """The clinic's name, zone and date format as saved: read again (off the GUI thread, as
        for a change made at another workstation) and the open view reloads."""
        self._changed_elsewhere()

    def _follow_settings(self) -> None:
        try:
            settings = self.services.clinic.settings()
        except ClinicError:
            return
        self._apply_settings(settings)

    def change_password(self) -> QWidget:
        from clinic_desktop.ui.dialogs.change_password import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.services, self.operations, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(
            lambda _name: self.statusBar().showMessage("Your password was changed.", 10_000)
        )
        dialog.open()
        return dialog

    def _database_restored(self) -> None:
        """Every view, chart and cached setting came from the database that was replaced: the
        application closes, to be started again on the restored one (see BackupDialog)."""
        for chart in list(self.charts.values()):
            chart.close()
        self.close()

    def _may_run_jobs(self) -> bool:
        """Background jobs run while someone is signed in, never in smoke runs (quiet)."""
        return not self.quiet and not self.locked

    def _job_finished(self, key: str, result: object) -> None:
        if key == BACKUP_JOB and result is not None:
            self.statusBar().showMessage(f"Automatic backup taken: {getattr(result, 'file', '')}", 10_000)
        elif key == MESSAGES_JOB:
            sent = getattr(result, "sent", 0)
            if isinstance(sent, int) and sent:
                self.statusBar().showMessage(
                    f"{sent} message{'s' if sent != 1 else ''} sent to patients", 10_000
                )

    def _job_failed(self, key: str, error: ClinicError) -> None:
        """Kept in the status bar (not a dialog that would take the keyboard from reception)."""
        if key == BACKUP_JOB:
            self.statusBar().showMessage(f"The automatic backup failed: {error.message}")
        elif key == MESSAGES_JOB:
            self.statusBar().showMessage(f"The messages to patients could not be sent: {error.message}")

    def _registered(self, record: PatientRecord) -> None:
        self.patients.refresh()
        self.open_chart(record.id)

    def open_chart(self, patient_id: int) -> PatientChartWindow:
        """A chart window per patient, reused if that patient's chart is already open."""
        chart = self.charts.get(patient_id)
        if chart is None:
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
        self.patients.model.invalidate()  # alerts may differ
        if self.current_view == "recalls":  # a treatment or a booking moves the patient's recall
            self.recalls.refresh()

    # --- who is signed in, and the lock --------------------------------------------------------------

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
            self.statusBar().showMessage(unlinked_message(session.name))

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
        self.idle.guard(self)
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
        self.idle.guard(self)
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

    def _fresh_session(self) -> None:
        """Someone else signed in: nothing the previous person had open or typed stays. A view
        may also define ``reset_session()`` to clear what only it knows of (its filters)."""
        for chart in list(self.charts.values()):
            chart.close()
        self.charts.clear()
        self.patients.search.clear()
        self.patients.table.setCurrentIndex(QModelIndex())
        self.patients.table.clearSelection()
        self.calendar.go_today()
        self.reports.reset_range()
        for view in self.views.values():  # a view with its own filters clears them itself
            reset = getattr(view, "reset_session", None)
            if callable(reset):
                reset()
        self.statusBar().clearMessage()

    def _pause_background(self) -> None:
        self.live.stop()
        self.jobs.stop()  # what runs is told to stop (its token), and writes nothing half-way

    def _resume_background(self) -> None:
        self.live.start()
        self.jobs.start()

    # --- follow-up proposals, kept fresh in the background -----------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.locked:
            return
        if not event.spontaneous():
            self.focus_view()  # just signed in: straight into the view's keys

    def _proposals_refreshed(self, count: int) -> None:
        self.statusBar().showMessage(
            f"Follow-up proposals updated ({count} patient{'s' if count != 1 else ''})", 10_000
        )

    def _calendar_shift(self, days: int) -> None:
        if self.current_view != "calendar":
            self.show_view("calendar")
        self.calendar.shift(days)

    def print_day_list(self) -> None:
        from clinic_desktop.ui.dialogs.day_list import open_day_list

        provider = self.calendar.provider_id if self.calendar.mode == "week" else None
        day = self.calendar.day
        self.day_list_dialog = open_day_list(self, self.services, self.operations, day, provider)

    def export_files(self) -> None:
        from clinic_desktop.ui.dialogs.export import ExportDialog

        self.export_dialog = ExportDialog(self.services, self.operations, self)
        self.export_dialog.show()

    def _go_today(self) -> None:
        if self.current_view != "calendar":
            self.show_view("calendar")
        self.calendar.go_today()

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
            QMessageBox.warning(self, APP_TITLE, message)

    def _connection_lost(self, message: str) -> None:
        """One banner, not a dialog per failed load; a retry every few seconds."""
        self.failures.append(message)
        self.banner.setText(f"{message} Retrying every {RECONNECT_MS // 1000} seconds…")
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
        self.statusBar().showMessage("Connected to the clinic database again.", 10_000)
        self.refresh_current()

    def show_about(self) -> None:
        info = self.services.clinic.info()
        QMessageBox.about(
            self,
            f"About {APP_TITLE}",
            f"<h3>{APP_TITLE} {__version__}</h3>"
            "<p>Scheduling and charting for clinics that treat chronic pain with therapeutic "
            "botulinum toxin.</p>"
            f"<p>Database: {info.database}<br>Schema version: {info.schema_version}<br>"
            f"Clinic time zone: {info.timezone}<br>Qt for Python (PySide6) {pyside_version}</p>",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember:
            self.settings.geometry = self.saveGeometry()
            self.settings.last_view = self.current_view or "calendar"
            self.settings.sync()
        self.live.stop()
        self.jobs.stop()
        self.idle.uninstall()
        self.operations.wait(3000)
        super().closeEvent(event)
