"""The charting dialog's widgets and their layout (what they do: choices.py and dialog.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.codes import Indication, Product
from clinic_desktop.domain.treatment_record import AdverseEventEntry, Guidance, Severity
from clinic_desktop.domain.words import shown
from clinic_desktop.ui import slices
from clinic_desktop.ui.dates import date_pattern, datetime_pattern
from clinic_desktop.ui.dialogs.treatment.findings import FindingsPanel
from clinic_desktop.ui.dialogs.treatment.labels import amber, product_label, severity_label
from clinic_desktop.ui.dialogs.treatment.sites import SitesEditor
from clinic_desktop.ui.keys import ButtonBox
from clinic_desktop.ui.models.patient_list_model import alert_colour
from clinic_desktop.ui.names import name_table, set_name
from clinic_desktop.ui.slices import Slice
from clinic_desktop.ui.widgets.injection_map import InjectionMap

DEBOUNCE_MS = 250


class _TreatmentForm(QDialog):
    """The charting dialog's widgets and their layout: the choices above, the sites and the map in
    the middle, consent, notes, adverse events and the safety checks below, the buttons last. What
    they do is wired by the dialog (dialog.py). A part of TreatmentDialog, never opened alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = date(1970, 1, 1)
        self.setWindowTitle(QCoreApplication.translate("TreatmentDialog", "Chart treatment"))
        self.setSizeGripEnabled(True)
        self.resize(1180, 800)
        # The parts below the choices, built one a turn of the event loop while the dialog's data
        # is read (ui/slices.py): built at once, the form was 25-35 ms of the GUI thread in one
        # turn (issue 22). Its data, if they come first, are filled after the last part (dialog.py);
        # what must use the form at once builds what is left first (``finish_building``).
        self.unbuilt: list[Slice] = []
        self._build()
        QTimer.singleShot(0, self, self._build_next)

    def _build(self) -> None:
        self.alerts = QLabel("")
        self.alerts.setWordWrap(True)
        self.alerts.setStyleSheet(f"color: {alert_colour().name()}; font-weight: bold;")
        self.alerts.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.alerts)
        layout.addLayout(self._build_choices())
        bottom = QHBoxLayout()
        layout.addLayout(bottom)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self.unbuilt.extend(
            (
                lambda: layout.insertWidget(2, self._build_sites(), 1),  # between the choices and the rest
                lambda: self.map.prepare(),
                lambda: bottom.addLayout(self._build_details(), 5),
                lambda: bottom.addWidget(self._build_checks(), 4),
                lambda: self._add_footer(layout),  # last, as Tab reaches it
            )
        )

    def _add_footer(self, layout: QVBoxLayout) -> None:
        layout.addLayout(self._build_footer())
        self._set_enabled(False)
        for button in self.findChildren(QPushButton):  # Sign is the only default: no other button
            button.setAutoDefault(False)  # takes Return for itself
        self.sign_button.setDefault(True)

    def _build_next(self) -> None:
        if slices.run_next(self.unbuilt):
            QTimer.singleShot(0, self, self._build_next)

    def finish_building(self) -> None:
        """Every part left built now: the form is about to be filled or used."""
        slices.finish(self.unbuilt)

    def _build_choices(self) -> QGridLayout:
        """Provider, time, indication, protocol, product, lot, diluent, guidance, supervisor."""
        self.provider = QComboBox()
        self.supervised = QComboBox()
        self.supervised.setToolTip(
            QCoreApplication.translate(
                "TreatmentDialog",
                "A nurse injector's supervising physician, kept beside the provider who gives and signs it",
            )
        )
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(datetime_pattern())
        self.indication = QComboBox()
        for indication in Indication:
            self.indication.addItem(shown(indication.label), indication.value)
        self.protocol = QComboBox()
        self.product = QComboBox()
        for product in Product:
            self.product.addItem(product_label(product), product.value)
        self.lot = QComboBox()
        self.lot.setMinimumContentsLength(30)
        self.diluent = QComboBox()
        self.diluent.setToolTip(
            QCoreApplication.translate(
                "TreatmentDialog", "Saline added to each vial; the label's volumes for this vial size"
            )
        )
        self.guidance = QComboBox()
        for guidance in Guidance:
            self.guidance.addItem(shown(guidance.label), guidance.value)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)

        def pair(row: int, column: int, text: str, widget: QWidget | QHBoxLayout) -> None:
            label = QLabel(text)
            grid.addWidget(label, row, column * 2, Qt.AlignmentFlag.AlignRight)
            if isinstance(widget, QWidget):
                label.setBuddy(widget)
                grid.addWidget(widget, row, column * 2 + 1)
            else:
                grid.addLayout(widget, row, column * 2 + 1)

        pair(0, 0, QCoreApplication.translate("TreatmentDialog", "P&rovider:"), self.provider)
        pair(0, 1, QCoreApplication.translate("TreatmentDialog", "&Date and time:"), self.when)
        pair(1, 0, QCoreApplication.translate("TreatmentDialog", "&Indication:"), self.indication)
        pair(1, 1, QCoreApplication.translate("TreatmentDialog", "Pro&tocol:"), self.protocol)
        pair(2, 0, QCoreApplication.translate("TreatmentDialog", "Pro&duct:"), self.product)
        pair(2, 1, QCoreApplication.translate("TreatmentDialog", "&Lot:"), self.lot)
        pair(3, 0, QCoreApplication.translate("TreatmentDialog", "Dil&uent per vial:"), self.diluent)
        pair(3, 1, QCoreApplication.translate("TreatmentDialog", "&Guidance:"), self.guidance)
        pair(4, 0, QCoreApplication.translate("TreatmentDialog", "Supervised b&y:"), self.supervised)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return grid

    def _build_sites(self) -> QSplitter:
        """The sites table with its totals, units per kg and waste, beside the injection map."""
        self.sites = SitesEditor()
        self.waste = QLineEdit()
        self.waste.setPlaceholderText(QCoreApplication.translate("TreatmentDialog", "rest of vials"))
        self.waste.setMaximumWidth(130)
        self.waste.setToolTip(
            QCoreApplication.translate(
                "TreatmentDialog", "Units discarded. Leave blank: what is left in the vials opened"
            )
        )
        self.waste_summary = QLabel("")
        waste_row = QHBoxLayout()
        waste_label = QLabel(QCoreApplication.translate("TreatmentDialog", "&Waste (units):"))
        waste_label.setBuddy(self.waste)
        waste_row.addWidget(waste_label)
        waste_row.addWidget(self.waste)
        waste_row.addWidget(self.waste_summary, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        sites_title = QLabel(QCoreApplication.translate("TreatmentDialog", "Injection sites"))
        sites_title.setStyleSheet("font-weight: bold;")
        left_layout.addWidget(sites_title)
        left_layout.addWidget(self.sites, 1)
        # Units per kilogram as the sites are filled in (a child's dose is set by weight).
        self.per_kg = QLabel("")
        self.per_kg.setObjectName("unitsPerKg")
        self.per_kg.setWordWrap(True)
        self.per_kg.hide()
        left_layout.addWidget(self.per_kg)
        left_layout.addLayout(waste_row)
        self.map = InjectionMap(editable=True)
        self.map.setMinimumWidth(400)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.map)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)
        return splitter

    def _build_details(self) -> QVBoxLayout:
        """Consent and aftercare ticks, the adverse events of the visit, the notes."""
        self.consent = QCheckBox(
            QCoreApplication.translate("TreatmentDialog", "Consent checked before injecting")
        )
        self.consent.setToolTip(QCoreApplication.translate("TreatmentDialog", "Space ticks it"))
        self.aftercare = QCheckBox(QCoreApplication.translate("TreatmentDialog", "Aftercare advice given"))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(QCoreApplication.translate("TreatmentDialog", "Notes (optional)"))
        set_name(
            self.notes,
            QCoreApplication.translate("TreatmentDialog", "Notes"),
            QCoreApplication.translate("TreatmentDialog", "Optional"),
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)
        self.events = QTableWidget(0, 4)
        self.events.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("TreatmentDialog", "Adverse event"),
                QCoreApplication.translate("TreatmentDialog", "Severity"),
                QCoreApplication.translate("TreatmentDialog", "Onset"),
                QCoreApplication.translate("TreatmentDialog", "Notes"),
            ]
        )
        name_table(self.events, QCoreApplication.translate("TreatmentDialog", "Adverse events of this visit"))
        self.events.verticalHeader().setVisible(False)
        self.events.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.events.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.events.setFixedHeight(86)
        self.events.hide()
        self.add_event = QPushButton(QCoreApplication.translate("TreatmentDialog", "Add adverse event"))
        self.add_event.setToolTip(
            QCoreApplication.translate(
                "TreatmentDialog", "Something that happened during the visit (vasovagal, bleeding, …)"
            )
        )
        self.add_event.clicked.connect(self.add_event_row)
        self.remove_event = QPushButton(QCoreApplication.translate("TreatmentDialog", "Remove"))
        self.remove_event.clicked.connect(self._remove_event_row)
        self.remove_event.hide()
        checks = QHBoxLayout()
        checks.addWidget(self.consent)
        checks.addSpacing(16)
        checks.addWidget(self.aftercare)
        checks.addStretch(1)
        checks.addWidget(self.add_event)
        checks.addWidget(self.remove_event)
        bottom_left = QVBoxLayout()
        bottom_left.addLayout(checks)
        bottom_left.addWidget(self.events)
        bottom_left.addWidget(self.notes)
        return bottom_left

    def _build_checks(self) -> QGroupBox:
        """What the safety rules find, and the override reason when one is needed."""
        self.findings = FindingsPanel()
        self.override = QLineEdit()
        self.override.setPlaceholderText(
            QCoreApplication.translate(
                "TreatmentDialog", "Why you are going ahead anyway (kept on the record)"
            )
        )
        self.override_label = QLabel(QCoreApplication.translate("TreatmentDialog", "&Override reason:"))
        self.override_label.setBuddy(self.override)
        self.override_label.setStyleSheet(f"color: {amber()}; font-weight: bold;")
        override_row = QHBoxLayout()
        override_row.addWidget(self.override_label)
        override_row.addWidget(self.override, 1)
        self.override_box = QWidget()
        self.override_box.setLayout(override_row)
        override_row.setContentsMargins(0, 0, 0, 0)
        self.override_box.hide()
        checks_box = QGroupBox(QCoreApplication.translate("TreatmentDialog", "Safety checks"))
        checks_layout = QVBoxLayout(checks_box)
        checks_layout.addWidget(self.findings, 1)
        checks_layout.addWidget(self.override_box)
        return checks_box

    def _build_footer(self) -> QHBoxLayout:
        """The message line and the buttons: Cancel, Save draft, Save as protocol…, Sign."""
        self.buttons = ButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.draft_button = self.buttons.addButton(
            QCoreApplication.translate("TreatmentDialog", "Save draft"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.draft_button.setToolTip(
            QCoreApplication.translate("TreatmentDialog", "Save unsigned; sign it later from the chart")
        )
        self.template_button = self.buttons.addButton(
            QCoreApplication.translate("TreatmentDialog", "Save as protocol…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.template_button.setToolTip(
            QCoreApplication.translate(
                "TreatmentDialog", "Keep these sites as one of the clinic's own protocol templates"
            )
        )
        self.sign_button = self.buttons.addButton(
            QCoreApplication.translate("TreatmentDialog", "Sign  (Ctrl+Return)"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.sign_button.setToolTip(
            QCoreApplication.translate("TreatmentDialog", "Record and sign (Ctrl+Return)")
        )
        self.sign_button.setStyleSheet("font-weight: bold; padding: 4px 14px;")
        self.sign_button.setDefault(True)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {alert_colour().name()}; font-weight: bold;")
        self.message.hide()
        footer = QHBoxLayout()
        footer.addWidget(self.message, 1)
        footer.addWidget(self.buttons)
        return footer

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.draft_button, self.sign_button):
            button.setEnabled(enabled)

    def _show_problem(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    # --- adverse events during the visit --------------------------------------------------------

    def add_event_row(self) -> None:
        self.events.show()
        self.remove_event.show()
        row = self.events.rowCount()
        self.events.insertRow(row)
        self.events.setItem(row, 0, QTableWidgetItem(""))
        severity = QComboBox()
        set_name(severity, QCoreApplication.translate("TreatmentDialog", "Severity"))
        for value in Severity:
            severity.addItem(severity_label(value), value.value)
        self.events.setCellWidget(row, 1, severity)
        onset = QDateEdit()
        set_name(onset, QCoreApplication.translate("TreatmentDialog", "Onset"))
        onset.setDisplayFormat(date_pattern())
        onset.setCalendarPopup(True)
        day = self.when.date()
        onset.setDate(day)
        self.events.setCellWidget(row, 2, onset)
        self.events.setItem(row, 3, QTableWidgetItem(""))
        self.events.setCurrentCell(row, 0)
        self.events.setFocus(Qt.FocusReason.OtherFocusReason)
        first = self.events.item(row, 0)
        if first is not None:
            self.events.editItem(first)

    def _remove_event_row(self) -> None:
        row = self.events.currentRow()
        if row >= 0:
            self.events.removeRow(row)
        if self.events.rowCount() == 0:
            self.events.hide()
            self.remove_event.hide()

    def adverse_events(self) -> tuple[AdverseEventEntry, ...]:
        found = []
        for row in range(self.events.rowCount()):
            kind_item = self.events.item(row, 0)
            kind = kind_item.text().strip() if kind_item is not None else ""
            if not kind:
                continue
            severity = self.events.cellWidget(row, 1)
            onset = self.events.cellWidget(row, 2)
            notes_item = self.events.item(row, 3)
            level = Severity(severity.currentData()) if isinstance(severity, QComboBox) else Severity.MILD
            day: date = onset.date().toPython() if isinstance(onset, QDateEdit) else self.today  # type: ignore[assignment]
            found.append(
                AdverseEventEntry(kind, level, day, notes=notes_item.text().strip() if notes_item else "")
            )
        return tuple(found)
