"""The main window's commands that open a window of their own: registering and importing
patients, backups, users, the clinic's settings and set-up, passwords, the day list, exports,
the shortcuts and About. Each returns (or keeps) its dialog, so tests can reach it."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, cast

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from clinic_desktop import APP_TITLE, __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from clinic_desktop.domain.patients import PatientRecord
    from clinic_desktop.services import ClinicServices
    from clinic_desktop.ui.actions import ActionRegistry
    from clinic_desktop.ui.appearance import Appearance
    from clinic_desktop.ui.dialogs.backup import BackupDialog
    from clinic_desktop.ui.dialogs.import_patients import ImportPatientsDialog
    from clinic_desktop.ui.dialogs.patient_form import PatientFormDialog
    from clinic_desktop.ui.operations import Operations
    from clinic_desktop.ui.settings import UiSettings
    from clinic_desktop.ui.views.calendar_view import CalendarView
    from clinic_desktop.ui.views.patient_chart import PatientChartWindow
    from clinic_desktop.ui.views.patients_view import PatientsView


class CommandsMixin:
    """MainWindow's commands that open dialogs (the window is their parent)."""

    if TYPE_CHECKING:
        services: ClinicServices
        operations: Operations
        registry: ActionRegistry

        @property
        def calendar(self) -> CalendarView: ...
        @property
        def patients(self) -> PatientsView: ...

        charts: dict[int, PatientChartWindow]
        settings_dialog: QWidget | None
        settings: UiSettings

        def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)
        def refresh_current(self) -> None: ...
        def open_chart(self, patient_id: int) -> PatientChartWindow: ...
        def close(self) -> bool: ...
        def _changed_elsewhere(self) -> None: ...

    @property
    def _window(self) -> QWidget:
        return cast(QWidget, self)

    def choose_appearance(self) -> Appearance | None:
        """View > Appearance…: this workstation's text size and palette, applied at once and kept."""
        from clinic_desktop.ui.dialogs.appearance import choose_appearance

        return choose_appearance(self._window, self.settings)

    def show_shortcuts(self) -> QWidget:
        from clinic_desktop.ui.dialogs.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.registry, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.shortcuts_dialog = dialog
        return dialog

    def new_patient(self) -> PatientFormDialog:
        """The registration form; a saved patient's chart opens, as does a duplicate chosen instead."""
        from clinic_desktop.ui.dialogs.patient_form import PatientFormDialog

        form = PatientFormDialog(self.services, self.operations, parent=self._window)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(self._registered)
        form.open_existing.connect(self.open_chart)
        form.open()
        return form

    def _registered(self, record: PatientRecord) -> None:
        self.patients.refresh()
        self.open_chart(record.id)

    def import_patients(self) -> ImportPatientsDialog:
        from clinic_desktop.ui.dialogs.import_patients import ImportPatientsDialog

        dialog = ImportPatientsDialog(self.services, self.operations, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _report: self.patients.refresh())
        dialog.open()
        return dialog

    def backup_and_restore(self) -> BackupDialog:
        from clinic_desktop.ui.dialogs.backup import BackupDialog

        dialog = BackupDialog(self.services, self.operations, self._window)
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

    def manage_users(self) -> QWidget:
        from clinic_desktop.ui.dialogs.users import UsersDialog

        dialog = UsersDialog(self.services, self.operations, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def clinic_settings(self, page: str = "clinic") -> QWidget:
        """File > Clinic settings… at ``page``; what is saved there shows at once in the window."""
        from clinic_desktop.ui.dialogs.setup import ClinicSettingsDialog

        dialog = ClinicSettingsDialog(self.services, self.operations, self._window)
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

        dialog = SetupChecklist(self.services, self.operations, self._window, page)
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

    def change_password(self) -> QWidget:
        from clinic_desktop.ui.dialogs.change_password import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.services, self.operations, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(
            lambda _name: self.statusBar().showMessage(
                QCoreApplication.translate("MainCommands", "Your password was changed."), 10_000
            )
        )
        dialog.open()
        return dialog

    def print_day_list(self) -> None:
        from clinic_desktop.ui.dialogs.day_list import open_day_list

        provider = self.calendar.provider_id if self.calendar.mode == "week" else None
        day = self.calendar.day
        self.day_list_dialog = open_day_list(self._window, self.services, self.operations, day, provider)

    def export_files(self) -> None:
        from clinic_desktop.ui.dialogs.export import ExportDialog

        self.export_dialog = ExportDialog(self.services, self.operations, self._window)
        self.export_dialog.show()

    def show_about(self) -> None:
        info = self.services.clinic.info()
        about = QCoreApplication.translate(
            "MainCommands",
            "Scheduling and charting for clinics that treat chronic pain with therapeutic botulinum toxin.",
        )
        facts = QCoreApplication.translate(
            "MainCommands",
            "Database: {database}<br>Schema version: {schema}<br>Clinic time zone: {zone}<br>"
            "Qt for Python (PySide6) {pyside}",
        ).format(
            database=escape(str(info.database)),
            schema=info.schema_version,
            zone=escape(str(info.timezone)),
            pyside=pyside_version,
        )
        QMessageBox.about(
            self._window,
            QCoreApplication.translate("MainCommands", "About {app}").format(app=APP_TITLE),
            f"<h3>{APP_TITLE} {__version__}</h3><p>{about}</p><p>{facts}</p>",
        )
