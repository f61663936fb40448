"""File > Export…: the files other programs read, from the window: a provider's calendar
(iCalendar), appointments, treatments or the recall list (CSV), and every patient's record (FHIR R4,
one file each into a folder, with progress). The same services as `export …` on the command line;
the work runs off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.services import ClinicServices
from clinic_desktop.services.calendar_export import CalendarExportService
from clinic_desktop.services.csv_exports import CsvExportService
from clinic_desktop.services.fhir_export import FhirExportService
from clinic_desktop.ui.dates import pydate, qdate
from clinic_desktop.ui.operations import Operations


@dataclass(frozen=True)
class ExportKind:
    key: str
    label: str
    suffix: str  # "" for a folder
    needs_range: bool
    provider: str  # "required", "optional" or "none"
    past_days: int  # the default range: today - past_days ...
    future_days: int  # ... today + future_days


KINDS = (
    ExportKind("ics", "A provider's calendar (iCalendar, .ics)", ".ics", True, "required", 0, 90),
    ExportKind("appointments", "Appointments (CSV for a spreadsheet)", ".csv", True, "optional", 365, 0),
    ExportKind("treatments", "Treatments (CSV for a spreadsheet)", ".csv", True, "none", 365, 0),
    ExportKind("recalls", "The recall list (CSV)", ".csv", False, "optional", 0, 0),
    ExportKind("fhir", "Every patient's record (FHIR R4, a folder of JSON files)", "", False, "none", 0, 0),
)


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
        self.setWindowTitle("Export")
        self.resize(560, 300)
        self.today = services.schedule.today()

        self.kind_combo = QComboBox()
        for kind in KINDS:
            self.kind_combo.addItem(kind.label, kind.key)
        self.provider_combo = QComboBox()
        self.providers = [p for p in services.resources.providers() if p.active]
        self.first_edit = QDateEdit()
        self.last_edit = QDateEdit()
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
        self.initials_box = QCheckBox("Patients by their initials only (for a calendar others may see)")
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.export_button = QPushButton("&Export…")
        self.export_button.setDefault(True)
        close_button = QPushButton("Close")
        self.export_button.clicked.connect(self.choose_target)
        close_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow("&What", self.kind_combo)
        form.addRow("&Provider", self.provider_combo)
        dates = QHBoxLayout()
        dates.addWidget(self.first_edit)
        dates.addWidget(QLabel("to"))
        dates.addWidget(self.last_edit)
        dates.addStretch(1)
        dates_label = QLabel("&From")
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
        return KINDS[self.kind_combo.currentIndex()]

    def choose(self, key: str) -> None:
        self.kind_combo.setCurrentIndex(next(i for i, k in enumerate(KINDS) if k.key == key))

    def _kind_changed(self) -> None:
        kind = self.kind
        self.provider_combo.clear()
        if kind.provider == "optional":
            self.provider_combo.addItem("All providers", None)
        for provider in self.providers:
            self.provider_combo.addItem(provider.name, provider.id)
        self.provider_combo.setEnabled(kind.provider != "none")
        for edit, days in ((self.first_edit, -kind.past_days), (self.last_edit, kind.future_days)):
            day = self.today + timedelta(days=days)
            edit.setDate(qdate(day))
            edit.setEnabled(kind.needs_range)
        self.initials_box.setVisible(kind.key == "ics")
        self.status.setText("")

    # --- the export -------------------------------------------------------------------------------

    def choose_target(self) -> None:
        kind = self.kind
        if not kind.suffix:
            folder = QFileDialog.getExistingDirectory(self, "Export every patient's record into")
            if folder:
                self.export_to(folder)
            return
        name = f"{kind.key}-{self.today:%Y-%m-%d}{kind.suffix}"
        path, _filter = QFileDialog.getSaveFileName(self, "Export to", name, f"*{kind.suffix}")
        if path:
            self.export_to(path if path.endswith(kind.suffix) else path + kind.suffix)

    def export_to(self, target: str) -> None:
        """Write the chosen export to ``target`` (a file, or a folder for FHIR), off the GUI thread."""
        kind = self.kind
        services = self.services
        provider = self.provider_combo.currentData()
        first, last = pydate(self.first_edit.date()), pydate(self.last_edit.date())
        initials = self.initials_box.isChecked()
        progress = self._progress

        def work() -> str:
            if kind.key == "ics":
                count = CalendarExportService(services).write_ics(provider, first, last, target, initials)
                return f"{count} appointment{'s' if count != 1 else ''}"
            if kind.key == "appointments":
                count = CsvExportService(services).export_appointments(target, first, last, provider)
                return f"{count} appointment{'s' if count != 1 else ''}"
            if kind.key == "treatments":
                count = CsvExportService(services).export_treatments(target, first, last)
                return f"{count} treatment{'s' if count != 1 else ''}"
            if kind.key == "recalls":
                rows = services.followups.recalls(provider_id=provider)
                count = services.followups.export_csv(rows, target)
                return f"{count} patient{'s' if count != 1 else ''} due"
            count = FhirExportService(services).write_all(target, progress.step.emit)
            return f"{count} patient record{'s' if count != 1 else ''}"

        self.export_button.setEnabled(False)
        self.progress.setVisible(kind.key == "fhir")
        self.progress.setRange(0, 0)
        self.status.setText("Exporting…")
        self.operations.run(f"export-{id(self)}", work, lambda what: self._done(what, target), self._refused)

    def _step(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(f"{done:,} of {total:,} patients…")

    def _done(self, what: Any, target: str) -> None:
        self.export_button.setEnabled(True)
        self.progress.setVisible(False)
        message = f"Exported {what} to {Path(target).name}."
        self.status.setText(message)
        self.exported.emit(message)

    def _refused(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.progress.setVisible(False)
        self.status.setText(message)
