"""Amending a treatment after the visit: notes, waste or sites, with a reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.domain.treatment_record import TreatmentRecord
from clinic_desktop.domain.treatments import parse_units
from clinic_desktop.domain.units import format_units
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.dates import display_date
from clinic_desktop.ui.dialogs.treatment.sites import SitesEditor
from clinic_desktop.ui.keys import ButtonBox
from clinic_desktop.ui.models.patient_list_model import alert_colour
from clinic_desktop.ui.operations import Operations


class AmendDialog(QDialog):
    """Correct notes, waste or sites with a reason. On a signed treatment every change is kept as an
    amendment with before and after; the service re-runs the dose rules when the sites change."""

    amended = Signal(object)  # TreatmentRecord

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        treatment: TreatmentRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.operations = operations
        self.treatment = treatment
        self.setWindowTitle(
            QCoreApplication.translate("AmendDialog", "Amend treatment of {day}").format(
                day=display_date(treatment.performed_on)
            )
        )
        self.resize(640, 560)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            QCoreApplication.translate(
                "AmendDialog", "Required: why the record changes (kept with your name)"
            )
        )
        self.notes = QPlainTextEdit(treatment.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)
        self.waste = QLineEdit(format_units(treatment.waste_units))
        self.waste.setMaximumWidth(120)
        self.sites = SitesEditor()
        self.sites.set_sites(treatment.sites)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {alert_colour().name()}; font-weight: bold;")
        self.message.hide()
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("AmendDialog", "&Reason:"), self.reason)
        form.addRow(QCoreApplication.translate("AmendDialog", "&Notes:"), self.notes)
        form.addRow(QCoreApplication.translate("AmendDialog", "&Waste (units):"), self.waste)
        buttons = ButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            QCoreApplication.translate("AmendDialog", "Save amendment"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if treatment.signed:
            note = QLabel(
                QCoreApplication.translate(
                    "AmendDialog",
                    "Signed by {name}: the change is added as an amendment; the original stays.",
                ).format(name=treatment.signed_by)
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(QLabel(QCoreApplication.translate("AmendDialog", "Injection sites")))
        layout.addWidget(self.sites, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def changes(self) -> dict[str, Any]:
        t = self.treatment
        found: dict[str, Any] = {}
        notes = self.notes.toPlainText().strip()
        if notes != t.notes:
            found["notes"] = notes
        waste = parse_units(
            self.waste.text() or "0", QCoreApplication.translate("AmendDialog", "wasted units")
        )
        if waste != t.waste_units:
            found["waste_units"] = waste
        read = self.sites.read
        if read.problems:
            raise ClinicError(read.problems[0])
        if tuple(read.sites) != t.sites:
            found["sites"] = tuple(read.sites)
        return found

    def save(self) -> None:
        try:
            changes = self.changes()
        except ClinicError as exc:
            self._show(exc.message)
            return
        reason = self.reason.text().strip()
        if not reason:
            self._show(QCoreApplication.translate("AmendDialog", "Give the reason for the amendment."))
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not changes:
            self._show(QCoreApplication.translate("AmendDialog", "Nothing has changed."))
            return
        treatments, t = self.services.treatments, self.treatment
        self.save_button.setEnabled(False)
        self.operations.run(
            f"treatment-amend/{t.id}",
            lambda: treatments.amend(t.id, changes, reason, t.provider_name),
            self._done,
            self._refused,
        )

    def _done(self, record: TreatmentRecord) -> None:
        self.amended.emit(record)
        self.accept()

    def _refused(self, error: ClinicError) -> None:
        self.save_button.setEnabled(True)
        self._show(error.message)

    def _show(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()
