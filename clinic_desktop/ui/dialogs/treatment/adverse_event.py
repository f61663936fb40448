"""An adverse event reported after the visit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.domain.treatment_record import AdverseEventEntry, Severity, TreatmentRecord
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.dates import date_pattern, display_date, qdate
from clinic_desktop.ui.dialogs.treatment.labels import severity_label
from clinic_desktop.ui.keys import ButtonBox
from clinic_desktop.ui.models.patient_list_model import alert_colour
from clinic_desktop.ui.names import set_name
from clinic_desktop.ui.operations import Operations


class AdverseEventDialog(QDialog):
    """An adverse event reported after the visit (on a signed treatment, an amendment)."""

    added = Signal(object)  # TreatmentRecord

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        treatment: TreatmentRecord,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.operations = operations
        self.treatment = treatment
        self.setWindowTitle(
            QCoreApplication.translate(
                "AdverseEventDialog", "Adverse event after the treatment of {day}"
            ).format(day=display_date(treatment.performed_on))
        )
        self.kind = QLineEdit()
        self.kind.setPlaceholderText(
            QCoreApplication.translate("AdverseEventDialog", "e.g. neck pain, ptosis, dysphagia")
        )
        self.severity = QComboBox()
        for value in Severity:
            self.severity.addItem(severity_label(value), value.value)
        first = treatment.performed_on
        self.onset = self._date(first, first, today)
        self.resolved_check = QCheckBox(QCoreApplication.translate("AdverseEventDialog", "Resolved on"))
        self.resolved = self._date(today, first, today)
        self.resolved.setEnabled(False)
        set_name(self.resolved, QCoreApplication.translate("AdverseEventDialog", "Resolved on"))
        self.resolved_check.toggled.connect(self.resolved.setEnabled)
        self.notes = QLineEdit()
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {alert_colour().name()}; font-weight: bold;")
        self.message.hide()
        resolved_row = QHBoxLayout()
        resolved_row.addWidget(self.resolved_check)
        resolved_row.addWidget(self.resolved)
        resolved_row.addStretch(1)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("AdverseEventDialog", "&What happened:"), self.kind)
        form.addRow(QCoreApplication.translate("AdverseEventDialog", "&Severity:"), self.severity)
        form.addRow(QCoreApplication.translate("AdverseEventDialog", "&Onset:"), self.onset)
        form.addRow("", resolved_row)
        form.addRow(QCoreApplication.translate("AdverseEventDialog", "&Notes:"), self.notes)
        buttons = ButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            QCoreApplication.translate("AdverseEventDialog", "Add adverse event"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    @staticmethod
    def _date(value: date, low: date, high: date) -> QDateEdit:
        edit = QDateEdit()
        edit.setDisplayFormat(date_pattern())
        edit.setCalendarPopup(True)
        edit.setDateRange(qdate(low), qdate(high))
        edit.setDate(qdate(value))
        return edit

    def entry(self) -> AdverseEventEntry:
        onset: date = self.onset.date().toPython()  # type: ignore[assignment]
        resolved: date | None = self.resolved.date().toPython() if self.resolved_check.isChecked() else None  # type: ignore[assignment]
        return AdverseEventEntry(
            self.kind.text().strip(),
            Severity(self.severity.currentData()),
            onset,
            resolved,
            self.notes.text(),
        )

    def save(self) -> None:
        entry = self.entry()
        if not entry.kind:
            self.message.setText(
                QCoreApplication.translate("AdverseEventDialog", "Say what the adverse event was.")
            )
            self.message.show()
            self.kind.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        treatments, t = self.services.treatments, self.treatment
        self.save_button.setEnabled(False)

        def work() -> TreatmentRecord:
            return treatments.add_adverse_event(t.id, entry, t.provider_name)

        self.operations.run(f"treatment-event/{t.id}", work, self._done, self._refused)

    def _done(self, record: TreatmentRecord) -> None:
        self.added.emit(record)
        self.accept()

    def _refused(self, error: ClinicError) -> None:
        self.save_button.setEnabled(True)
        self.message.setText(error.message)
        self.message.show()
