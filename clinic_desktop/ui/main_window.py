"""The main window: navigation, views, menus and toolbar from one action registry, status bar.

The window only arranges: each view loads its own data through the operations runner, and every
command is an action in the registry, so menus, toolbar and shortcuts can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
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
from clinic_desktop.domain.errors import UNAVAILABLE
from clinic_desktop.domain.patients import PatientRecord
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.actions import ActionRegistry, ActionSpec
from clinic_desktop.ui.auto_backup import AutoBackup
from clinic_desktop.ui.dialogs.backup import BackupDialog
from clinic_desktop.ui.dialogs.import_patients import ImportPatientsDialog
from clinic_desktop.ui.dialogs.patient_form import PatientFormDialog
from clinic_desktop.ui.icons import icon
from clinic_desktop.ui.live_refresh import LiveRefresh
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.settings import UiSettings
from clinic_desktop.ui.views.calendar_view import CalendarView
from clinic_desktop.ui.views.flow_board import FlowBoardView
from clinic_desktop.ui.views.patient_chart import PatientChartWindow
from clinic_desktop.ui.views.patients_view import PatientsView
from clinic_desktop.ui.views.recalls_view import RecallsView
from clinic_desktop.ui.views.reports_view import ReportsView

RECONNECT_MS = 5_000  # while the database cannot be reached, try again this often
FOLLOWUPS_FIRST_MS = 1_500  # the start-up proposals refresh waits for the first view to be shown
FOLLOWUPS_EVERY_MS = 24 * 60 * 60 * 1000  # ... and runs again daily while the window stays open


@dataclass(frozen=True)
class ViewSpec:
    key: str
    title: str
    icon: str
    shortcut: str


VIEWS = (
    ViewSpec("calendar", "Calendar", "calendar", "Ctrl+1"),
    ViewSpec("patients", "Patients", "patients", "Ctrl+2"),
    ViewSpec("recalls", "Recalls", "recalls", "Ctrl+3"),
    ViewSpec("today", "Today", "today", "Ctrl+4"),
    ViewSpec("reports", "Reports", "reports", "Ctrl+5"),
)


class MainWindow(QMainWindow):
    view_changed = Signal(str)

    def __init__(self, services: ClinicServices, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.remember = True  # save geometry and view on close (off for smoke runs)
        self.quiet = False  # report failures in the status bar only, no dialog (smoke runs)
        self.failures: list[str] = []
        self.operations = Operations(services.end_thread, self)
        self.operations.failed.connect(self._show_failure)
        self.registry = ActionRegistry(self)
        self.setWindowTitle(f"{APP_TITLE} — {services.clinic.settings().name}")
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(900, 600)

        self.calendar = CalendarView(services, self.operations)
        self.calendar.chart_requested.connect(self.open_chart)
        self.today = FlowBoardView(services, self.operations, "today")
        self.patients = PatientsView(services, self.operations)
        self.patients.chart_opened.connect(self.open_chart)
        self.charts: dict[int, PatientChartWindow] = {}  # open chart windows, by patient id
        self.recalls = RecallsView(services, self.operations)
        self.recalls.chart_requested.connect(self.open_chart)
        self.recalls.proposals_refreshed.connect(self._proposals_refreshed)
        self.reports = ReportsView(services, self.operations)
        self._followups_first = QTimer(self)
        self._followups_first.setSingleShot(True)
        self._followups_first.setInterval(FOLLOWUPS_FIRST_MS)
        self._followups_first.timeout.connect(self._refresh_followups)
        self._followups_daily = QTimer(self)
        self._followups_daily.setInterval(FOLLOWUPS_EVERY_MS)
        self._followups_daily.timeout.connect(self._refresh_followups)
        self.views: dict[str, QWidget] = {
            "calendar": self.calendar,
            "patients": self.patients,
            "recalls": self.recalls,
            "today": self.today,
            "reports": self.reports,
        }
        self._build_navigation()
        self._build_actions()
        self._build_menus_and_toolbar()
        self._build_status_bar()
        self._restore()
        # Another workstation's change shows in the open view within about two seconds.
        self.live = LiveRefresh(services.clinic.change_marker, self)
        self.live.changed.connect(self._changed_elsewhere)
        self.live.start()
        # The automatic daily backup, taken off the GUI thread (not in smoke runs).
        self.auto_backup = AutoBackup(services, self.operations, lambda: not self.quiet, self)
        self.auto_backup.finished.connect(self._auto_backup_done)
        self.auto_backup.failed.connect(self._auto_backup_failed)
        self.auto_backup.start()

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
        self.setCentralWidget(central)
        self._reconnect = QTimer(self)
        self._reconnect.setInterval(RECONNECT_MS)
        self._reconnect.timeout.connect(self._try_reconnect)

    def _build_actions(self) -> None:
        add = self.registry.add
        for spec in VIEWS:
            add(
                ActionSpec(
                    f"view_{spec.key}", f"&{spec.title}", spec.shortcut, spec.icon, f"Show {spec.title}"
                ),
                partial(self.show_view, spec.key),
            )
        add(
            ActionSpec("refresh", "&Refresh", QKeySequence.StandardKey.Refresh, "refresh", "Reload the view"),
            self.refresh_current,
        )
        add(
            ActionSpec("previous_day", "&Previous day", "Alt+Left", "previous"),
            lambda: self._calendar_shift(-1),
        )
        add(ActionSpec("next_day", "&Next day", "Alt+Right", "next"), lambda: self._calendar_shift(1))
        add(
            ActionSpec("go_today", "&Today", "Ctrl+T", "go-today", "Go to today in the calendar"),
            self._go_today,
        )
        find_tip = "Find a patient by name, phone, date of birth or MRN"
        add(ActionSpec("find_patient", "&Find patient", "Ctrl+F", "search", find_tip), self.find_patient)
        add(
            ActionSpec("new_patient", "&New patient…", "Ctrl+N", "new", "Register a new patient"),
            self.new_patient,
        )
        add(
            ActionSpec(
                "import_patients", "&Import patients…", "Ctrl+I", "database", "Import patients from CSV"
            ),
            self.import_patients,
        )
        add(
            ActionSpec(
                "backup_restore", "&Backup and restore…", None, "database", "Back up or restore the database"
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
            ),
            self.export_files,
        )
        add(ActionSpec("about", f"&About {APP_TITLE}", None, "about"), self.show_about)
        add(
            ActionSpec("quit", "&Quit", QKeySequence.StandardKey.Quit, "quit", "Close the application"),
            self.close,
        )

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.registry["new_patient"])
        file_menu.addAction(self.registry["import_patients"])
        file_menu.addSeparator()
        file_menu.addAction(self.registry["print_day_list"])
        file_menu.addAction(self.registry["export"])
        file_menu.addSeparator()
        file_menu.addAction(self.registry["backup_restore"])
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
        help_menu.addAction(self.registry["about"])

        toolbar = QToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(22, 22))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # Day-by-day arrows sit beside the calendar's date; the toolbar holds what works anywhere.
        toolbar.addAction(self.registry["find_patient"])
        toolbar.addAction(self.registry["new_patient"])
        toolbar.addAction(self.registry["go_today"])
        toolbar.addAction(self.registry["print_day_list"])
        toolbar.addAction(self.registry["refresh"])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        location = self.services.store.location.display
        self.database_label = QLabel(f"Database: {location}")
        self.database_label.setToolTip(location)
        self.timezone_label = QLabel(f"Time zone: {self.services.time.timezone}")
        self.user_label = QLabel("Signed in: — (user accounts not set up)")
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
        self.show_view(last if last in self.views else "calendar")

    # --- behaviour ------------------------------------------------------------------------------

    @property
    def current_view(self) -> str:
        item = self.navigation.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def show_view(self, key: str) -> None:
        row = [spec.key for spec in VIEWS].index(key)
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
        self.refresh_current()
        self.view_changed.emit(key)

    def refresh_current(self) -> None:
        key = self.current_view
        view = self.views.get(key)
        if isinstance(view, CalendarView | PatientsView | FlowBoardView | RecallsView | ReportsView):
            view.refresh()

    def _changed_elsewhere(self) -> None:
        """Live refresh: reload the open view, except a report (a snapshot of its range that may
        take seconds to count; F5 recounts it)."""
        if self.current_view != "reports":
            self.refresh_current()

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

    def _database_restored(self) -> None:
        """Every view, chart and cached setting came from the database that was replaced: the
        application closes, to be started again on the restored one (see BackupDialog)."""
        for chart in list(self.charts.values()):
            chart.close()
        self.close()

    def _auto_backup_done(self, report: object) -> None:
        if report is not None:
            self.statusBar().showMessage(f"Automatic backup taken: {getattr(report, 'file', '')}", 10_000)

    def _auto_backup_failed(self, message: str) -> None:
        """Kept in the status bar (not a dialog that would take the keyboard from reception)."""
        self.statusBar().showMessage(f"The automatic backup failed: {message}")

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

    # --- follow-up proposals, kept fresh in the background -----------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._followups_daily.isActive() and not self._followups_first.isActive():
            self._followups_first.start()

    def _refresh_followups(self) -> None:
        """Keep a proposal ready for everyone due soon (off the GUI thread); not in smoke runs."""
        if self.quiet or not self.isVisible():
            return
        self._followups_daily.start()
        self.recalls.refresh_proposals()

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

    def _show_failure(self, message: str) -> None:
        if message.startswith(UNAVAILABLE):
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
        self._followups_first.stop()
        self._followups_daily.stop()
        self.live.stop()
        self.auto_backup.stop()
        self.recalls.stop_refresh()
        self.operations.wait(3000)
        super().closeEvent(event)
