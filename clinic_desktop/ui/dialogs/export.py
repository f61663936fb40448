"""File > Export…: the files other programs read, from the window: a provider's calendar
(iCalendar), appointments, treatments or the recall list (CSV), one patient's complete record (FHIR
R4: the patient's right of access) and every patient's record (one file each into a folder, with
progress). The same services as `export …` on the command line; the work runs off the GUI thread.

Only the exports the signed-in user's role allows are offered (the services refuse the others in
any case); a calendar can name patients by their initials only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.calendar_export import CalendarExportService
from clinic_desktop.services.csv_exports import CsvExportService
from clinic_desktop.services.fhir_export import FhirExportService
from clinic_desktop.ui.dates import medium_date_pattern, pydate, qdate
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.names import set_name
from clinic_desktop.ui.operations import Operations


@dataclass(frozen=True)
class ExportKind:
    key: str
    label: str  # marked for the catalogues ("ExportDialog"), translated where shown
    suffix: str  # "" for a folder
    needs_range: bool
    provider: str  # "required", "optional" or "none"
    past_days: int  # the default range: today - past_days ...
    future_days: int  # ... today + future_days
    permission: Permission  # who may: the services ask the same


KINDS = (
    ExportKind(
        "ics", QT_TRANSLATE_NOOP("ExportDialog", "A provider's calendar (iCalendar, .ics)"),
        ".ics", True, "required", 0, 90, Permission.EXPORT_CALENDAR,
    ),
    ExportKind(
        "appointments", QT_TRANSLATE_NOOP("ExportDialog", "Appointments (CSV for a spreadsheet)"),
        ".csv", True, "optional", 365, 0, Permission.EXPORT_CALENDAR,
    ),
    ExportKind(
        "treatments", QT_TRANSLATE_NOOP("ExportDialog", "Treatments (CSV for a spreadsheet)"),
        ".csv", True, "none", 365, 0, Permission.EXPORT_RECORDS,
    ),
    ExportKind(
        "recalls", QT_TRANSLATE_NOOP("ExportDialog", "The recall list (CSV)"),
        ".csv", False, "optional", 0, 0, Permission.RECALLS,
    ),
    ExportKind(
        "patient",
        QT_TRANSLATE_NOOP(
            "ExportDialog", "One patient's complete record (FHIR R4, .json: their right of access)"
        ),
        ".json", False, "none", 0, 0, Permission.EXPORT_RECORDS,
    ),
    ExportKind(
        "fhir", QT_TRANSLATE_NOOP("ExportDialog", "Every patient's record (FHIR R4, a folder of JSON files)"),
        "", False, "none", 0, 0, Permission.EXPORT_RECORDS,
    ),
)  # fmt: skip


@dataclass(frozen=True)
class _Written:
    """What an export wrote: its kind's key, how many, and for one patient's record, whose."""

    key: str
    count: int
    mrn: str = ""


def exported_text(what: _Written, file: str) -> str:
    """What was written and where, in words ("Exported 3 appointments to lind.ics.")."""
    count, one = what.count, what.count == 1
    if what.key in ("ics", "appointments"):
        text = (
            QCoreApplication.translate("ExportDialog", "Exported 1 appointment to {file}.")
            if one
            else QCoreApplication.translate("ExportDialog", "Exported {count} appointments to {file}.")
        )
    elif what.key == "treatments":
        text = (
            QCoreApplication.translate("ExportDialog", "Exported 1 treatment to {file}.")
            if one
            else QCoreApplication.translate("ExportDialog", "Exported {count} treatments to {file}.")
        )
    elif what.key == "recalls":
        text = (
            QCoreApplication.translate("ExportDialog", "Exported 1 patient due to {file}.")
            if one
            else QCoreApplication.translate("ExportDialog", "Exported {count} patients due to {file}.")
        )
    elif what.key == "patient":
        text = QCoreApplication.translate(
            "ExportDialog", "Exported the record of {mrn} ({count} entries) to {file}."
        )
    else:
        text = (
            QCoreApplication.translate("ExportDialog", "Exported 1 patient record to {file}.")
            if one
            else QCoreApplication.translate("ExportDialog", "Exported {count} patient records to {file}.")
        )
    return text.format(count=count, file=file, mrn=what.mrn)


class _Progress(QObject):
    step = Signal(int, int)  # done, total: emitted on the worker thread, delivered on the GUI's


class ExportDialog(QDialog):
    exported = Signal(str)  # what was written, in words (tests wait on it)

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.operations = operations
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export"))
        self.resize(560, 300)
        self.today = services.schedule.today()

        self.kind_combo = QComboBox()
        self.kinds = [kind for kind in KINDS if services.may(kind.permission)]
        for kind in self.kinds:
            self.kind_combo.addItem(QCoreApplication.translate("ExportDialog", kind.label), kind.key)
        self.provider_combo = QComboBox()
        self.providers = [p for p in services.resources.providers() if p.active]
        self.first_edit = QDateEdit()
        self.last_edit = QDateEdit()
        set_name(
            self.last_edit,
            QCoreApplication.translate("ExportDialog", "To"),
            QCoreApplication.translate("ExportDialog", "The last day exported"),
        )
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(medium_date_pattern())
        self.initials_box = QCheckBox(
            QCoreApplication.translate(
                "ExportDialog", "Patients by their initials only (for a calendar others may see)"
            )
        )
        self.patient_edit = QLineEdit()
        self.patient_edit.setPlaceholderText(QCoreApplication.translate("ExportDialog", "the patient's MRN"))
        self.patient_label = QLabel(QCoreApplication.translate("ExportDialog", "P&atient"))
        self.patient_label.setBuddy(self.patient_edit)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.export_button = QPushButton(QCoreApplication.translate("ExportDialog", "&Export…"))
        self.export_button.setDefault(True)
        close_button = QPushButton(QCoreApplication.translate("ExportDialog", "Close"))
        self.export_button.clicked.connect(self.choose_target)
        close_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ExportDialog", "&What"), self.kind_combo)
        form.addRow(QCoreApplication.translate("ExportDialog", "&Provider"), self.provider_combo)
        form.addRow(self.patient_label, self.patient_edit)
        dates = QHBoxLayout()
        dates.addWidget(self.first_edit)
        dates.addWidget(QLabel(QCoreApplication.translate("ExportDialog", "to")))
        dates.addWidget(self.last_edit)
        dates.addStretch(1)
        dates_label = QLabel(QCoreApplication.translate("ExportDialog", "&From"))
        dates_label.setBuddy(self.first_edit)  # a row holding a layout gets no buddy of its own
        form.addRow(dates_label, dates)
        form.addRow("", self.initials_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self._progress = _Progress(self)
        self._progress.step.connect(self._step)
        self.kind_combo.currentIndexChanged.connect(lambda _: self._kind_changed())
        self._kind_changed()

    # --- choices ----------------------------------------------------------------------------------

    @property
    def kind(self) -> ExportKind:
        return self.kinds[self.kind_combo.currentIndex()]

    def choose(self, key: str) -> None:
        """Show this export (ValueError when the user's role does not allow it: it is not offered)."""
        index = self.kind_combo.findData(key)
        if index < 0:
            raise ValueError(f"the export {key!r} is not offered to this user")
        self.kind_combo.setCurrentIndex(index)

    def choose_patient(self, mrn: str) -> None:
        """One patient's record, of the patient with this MRN: how a patient's chart can open it."""
        self.choose("patient")
        self.patient_edit.setText(mrn)

    def _kind_changed(self) -> None:
        if not self.kinds:  # signed out (the window locked): nothing may be exported
            self.export_button.setEnabled(False)
            self.status.setText(QCoreApplication.translate("ExportDialog", "Sign in to export."))
            return
        kind = self.kind
        self.provider_combo.clear()
        if kind.provider == "optional":
            self.provider_combo.addItem(QCoreApplication.translate("ExportDialog", "All providers"), None)
        for provider in self.providers:
            self.provider_combo.addItem(provider.name, provider.id)
        self.provider_combo.setEnabled(kind.provider != "none")
        for edit, days in ((self.first_edit, -kind.past_days), (self.last_edit, kind.future_days)):
            day = self.today + timedelta(days=days)
            edit.setDate(qdate(day))
            edit.setEnabled(kind.needs_range)
        self.initials_box.setVisible(kind.key == "ics")
        self.patient_label.setVisible(kind.key == "patient")
        self.patient_edit.setVisible(kind.key == "patient")
        self.status.setText("")

    # --- the export -------------------------------------------------------------------------------

    def choose_target(self) -> None:
        kind = self.kind
        if kind.key == "patient" and not self.patient_edit.text().strip():
            self.status.setText(
                QCoreApplication.translate(
                    "ExportDialog", "Give the MRN of the patient whose record to export."
                )
            )
            self.patient_edit.setFocus()
            return
        if not kind.suffix:
            folder = QFileDialog.getExistingDirectory(
                self, QCoreApplication.translate("ExportDialog", "Export every patient's record into")
            )
            if folder:
                self.export_to(folder)
            return
        name = f"{kind.key}-{self.today:%Y-%m-%d}{kind.suffix}"
        if kind.key == "patient":
            mrn = "".join(c for c in self.patient_edit.text().strip() if c.isalnum() or c in "-_")
            name = f"patient-{mrn or 'record'}-{self.today:%Y-%m-%d}.json"
        path, _filter = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("ExportDialog", "Export to"), name, f"*{kind.suffix}"
        )
        if path:
            self.export_to(path if path.endswith(kind.suffix) else path + kind.suffix)

    def export_to(self, target: str) -> None:
        """Write the chosen export to ``target`` (a file, or a folder for FHIR), off the GUI thread."""
        kind = self.kind
        services = self.services
        provider = self.provider_combo.currentData()
        first, last = pydate(self.first_edit.date()), pydate(self.last_edit.date())
        initials = self.initials_box.isChecked()
        mrn = self.patient_edit.text()
        progress = self._progress

        def work() -> _Written:
            if kind.key == "ics":
                count = CalendarExportService(services).write_ics(provider, first, last, target, initials)
            elif kind.key == "appointments":
                count = CsvExportService(services).export_appointments(target, first, last, provider)
            elif kind.key == "treatments":
                count = CsvExportService(services).export_treatments(target, first, last)
            elif kind.key == "recalls":
                rows = services.followups.recalls(provider_id=provider)
                count = services.followups.export_csv(rows, target)
            elif kind.key == "patient":
                fhir = FhirExportService(services)
                count = fhir.write_patient(fhir.find_patient(mrn), target)
            else:
                count = FhirExportService(services).write_all(target, progress.step.emit)
            return _Written(kind.key, count, mrn.strip())

        self.export_button.setEnabled(False)
        self.progress.setVisible(kind.key == "fhir")
        self.progress.setRange(0, 0)
        self.status.setText(QCoreApplication.translate("ExportDialog", "Exporting…"))
        self.operations.run(f"export-{id(self)}", work, lambda what: self._done(what, target), self._refused)

    def _step(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(
            QCoreApplication.translate("ExportDialog", "{done} of {total} patients…").format(
                done=f"{done:,}", total=f"{total:,}"
            )
        )

    def _done(self, what: _Written, target: str) -> None:
        self.export_button.setEnabled(True)
        self.progress.setVisible(False)
        message = exported_text(what, Path(target).name)
        self.status.setText(message)
        self.exported.emit(message)

    def _refused(self, error: ClinicError) -> None:
        self.export_button.setEnabled(True)
        self.progress.setVisible(False)
        self.status.setText(error.message)
