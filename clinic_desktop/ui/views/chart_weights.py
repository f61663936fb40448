"""The chart's Weight tab: every weighing, newest first, and a form to record one in kilograms or
pounds (stored as kilograms: domain/weights.py).

A child's toxin dose is set by weight (domain/safety.py): the tab says so for a patient under 18
and whether the newest weighing is recent enough to chart. Every role records weights (the front
desk weighs at check-in); the service checks the value and the day.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from clinic_desktop.domain.safety import WEIGHT_VALID_DAYS, Recipient
from clinic_desktop.domain.weights import WeightUnit, format_kg, kg_to_pounds
from clinic_desktop.domain.words import shown
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientChart
from clinic_desktop.ui.dates import date_pattern, display_date, qdate
from clinic_desktop.ui.models.patient_list_model import alert_colour
from clinic_desktop.ui.names import name_table, set_name
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.views.chart_base import (
    ChartPage,
    InlineMessage,
    TextTableModel,
    fit_columns,
    text_table,
)


class WeightsPage(ChartPage):
    def __init__(self, services: ClinicServices, operations: Operations, chart: PatientChart) -> None:
        super().__init__(services, operations)
        columns = (
            QCoreApplication.translate("ChartWeights", "Measured on"),
            QCoreApplication.translate("ChartWeights", "Weight"),
            QCoreApplication.translate("ChartWeights", "In pounds"),
            QCoreApplication.translate("ChartWeights", "Recorded by"),
        )
        self.model = TextTableModel(columns, self)
        self.table = text_table(self.model)
        name_table(self.table, QCoreApplication.translate("ChartWeights", "Weights"))
        self.summary = QLabel("")
        self.summary.setObjectName("weightSummary")
        self.summary.setWordWrap(True)
        self.value = QLineEdit()
        self.value.setObjectName("weightValue")
        self.value.setPlaceholderText(
            QCoreApplication.translate("ChartWeights", "e.g. 19.5 — Enter records it")
        )
        self.value.setMaximumWidth(180)
        self.value.returnPressed.connect(self.save)
        self.unit = QComboBox()
        for unit in WeightUnit:
            self.unit.addItem(shown(unit.label), unit.value)
        self.unit.setToolTip(
            QCoreApplication.translate(
                "ChartWeights", "Pounds are stored as kilograms (1 lb = 0.45359237 kg)"
            )
        )
        set_name(self.unit, QCoreApplication.translate("ChartWeights", "Weight unit"))
        self.measured = QDateEdit()
        self.measured.setCalendarPopup(True)
        self.measured.setDisplayFormat(date_pattern())
        self.save_button = QPushButton(QCoreApplication.translate("ChartWeights", "Record weight"))
        self.save_button.clicked.connect(self.save)
        self.message = InlineMessage()
        label = QLabel(QCoreApplication.translate("ChartWeights", "Weig&ht:"))
        label.setBuddy(self.value)
        on = QLabel(QCoreApplication.translate("ChartWeights", "measured on"))
        on.setBuddy(self.measured)
        form = QHBoxLayout()
        form.addWidget(label)
        form.addWidget(self.value)
        form.addWidget(self.unit)
        form.addWidget(on)
        form.addWidget(self.measured)
        form.addWidget(self.save_button)
        form.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)

    def show_chart(self, chart: PatientChart) -> None:
        super().show_chart(chart)
        today = self.facts.today
        self.measured.setMaximumDate(qdate(today))
        self.measured.setMinimumDate(qdate(chart.record.date_of_birth))
        self.measured.setDate(qdate(today))
        self.model.set_rows(
            [
                [display_date(w.on), format_kg(w.kg), f"{kg_to_pounds(w.kg)} lb", w.recorded_by]
                for w in chart.weights
            ]
        )
        fit_columns(self.table)
        recipient = Recipient(chart.record.date_of_birth, tuple(chart.weights))
        newest = chart.weight
        said = (
            QCoreApplication.translate("ChartWeights", "Newest weighing: {weight} on {day}.").format(
                weight=format_kg(newest.kg), day=display_date(newest.on)
            )
            if newest is not None
            else QCoreApplication.translate("ChartWeights", "No weight recorded yet.")
        )
        alert = False
        if recipient.child_on(today):
            if recipient.recent_weight(today) is None:
                child = QCoreApplication.translate(
                    "ChartWeights",
                    "Under 18: toxin doses are set by weight, and charting needs a weight from the last "
                    "{days} days. Weigh the patient and record it here.",
                )
                alert = True
            else:
                child = QCoreApplication.translate(
                    "ChartWeights", "Under 18: doses are set by this weight (it holds for {days} days)."
                )
            said += " " + child.format(days=WEIGHT_VALID_DAYS)
        self.summary.setText(said)
        self.summary.setStyleSheet(f"color: {alert_colour().name()}; font-weight: bold;" if alert else "")

    def save(self) -> None:
        if self.patient_id is None:
            return
        patient_id = self.patient_id
        text = self.value.text()
        unit = WeightUnit(self.unit.currentData())
        day: date = self.measured.date().toPython()  # type: ignore[assignment]
        patients = self.services.patients
        self.write(
            f"chart/{patient_id}/weight",
            lambda: patients.add_weight(patient_id, text, day, unit),
            self.save_button,
            self.message,
            QCoreApplication.translate("ChartWeights", "Weight {weight} {unit} recorded for {day}.").format(
                weight=text.strip(), unit=unit.value, day=display_date(day)
            ),
            self.value.clear,
        )
        self.value.setFocus(Qt.FocusReason.OtherFocusReason)
