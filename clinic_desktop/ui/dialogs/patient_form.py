"""Register or correct a patient; warn about possible duplicates before creating a second record.

Validation and the duplicate rule live in the services; this form only collects text, shows the
service's refusal next to the fields, and offers the candidates: open the existing record, merge,
or register anyway.

The anticoagulant flag and the bleeding-risk note are clinical: a role that may not read the
clinical record (reception) does not see them, and one that reads but does not chart (the manager)
sees them without changing them. The values on file are kept either way (the hidden fields still
hold them), so correcting an address never clears a bleeding risk.
"""

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
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.domain.patients import ContactMethod, PatientRecord, PatientStatus, Sex
from clinic_desktop.domain.weights import WeightUnit, check_weight_day, parse_weight
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import AddResult, PatientInput
from clinic_desktop.ui.dates import date_pattern, display_date, qdate
from clinic_desktop.ui.keys import ButtonBox
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.names import name_table, set_name
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.patient_words import method_label, sex_label, status_label

Weighing = tuple[str, WeightUnit, date]  # as typed, its unit, the day measured

# Each one-line field and its label (shown through translate("PatientForm", label)).
TEXT_FIELDS = (
    ("given_name", QT_TRANSLATE_NOOP("PatientForm", "Given name *")),
    ("family_name", QT_TRANSLATE_NOOP("PatientForm", "Family name *")),
    ("preferred_name", QT_TRANSLATE_NOOP("PatientForm", "Preferred name")),
    ("date_of_birth", QT_TRANSLATE_NOOP("PatientForm", "Date of birth *")),
    ("phone", QT_TRANSLATE_NOOP("PatientForm", "Phone")),
    ("phone_alt", QT_TRANSLATE_NOOP("PatientForm", "Other phone")),
    ("email", QT_TRANSLATE_NOOP("PatientForm", "Email")),
    ("preferred_times", QT_TRANSLATE_NOOP("PatientForm", "Best times to call")),
    ("language", QT_TRANSLATE_NOOP("PatientForm", "Language for printed sheets")),
    ("emergency_contact", QT_TRANSLATE_NOOP("PatientForm", "Emergency contact")),
    ("referring_physician", QT_TRANSLATE_NOOP("PatientForm", "Referring physician")),
    ("external_id", QT_TRANSLATE_NOOP("PatientForm", "External id")),
    ("bleeding_risk", QT_TRANSLATE_NOOP("PatientForm", "Bleeding risk note")),
)


class DuplicatesDialog(QDialog):
    """'This may be a patient you already have': pick one to open, or register anyway."""

    OPEN, CREATE = 1, 2

    def __init__(self, candidates: list[PatientRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PatientForm", "Possible duplicate"))
        self.chosen: PatientRecord | None = None
        layout = QVBoxLayout(self)
        text = QLabel(
            QCoreApplication.translate(
                "PatientForm",
                "This may be a patient the clinic already has (same date of birth and a similar name, "
                "or the same phone). Open the existing record instead?",
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.list = QListWidget()
        name_table(self.list, QCoreApplication.translate("PatientForm", "Possible duplicates"))
        born = QCoreApplication.translate("PatientForm", "{mrn}   {name}   born {birth}   {phone}")
        for record in candidates:
            item = QListWidgetItem(
                born.format(
                    mrn=record.mrn,
                    name=record.sort_name,
                    birth=display_date(record.date_of_birth),
                    phone=record.phone,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self._open())
        layout.addWidget(self.list)
        buttons = ButtonBox()
        self.open_button = buttons.addButton(
            QCoreApplication.translate("PatientForm", "Open existing"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button = buttons.addButton(
            QCoreApplication.translate("PatientForm", "Register anyway"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._open)
        self.create_button.clicked.connect(lambda: self.done(self.CREATE))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._candidates = {r.id: r for r in candidates}

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = self._candidates[int(item.data(Qt.ItemDataRole.UserRole))]
            self.done(self.OPEN)


class PatientFormDialog(QDialog):
    """New patient (record=None) or edit; emits saved(record) or open_existing(patient_id)."""

    saved = Signal(object)
    open_existing = Signal(int)

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        record: PatientRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._operations = operations
        self._record = record
        self.setWindowTitle(
            QCoreApplication.translate("PatientForm", "New patient")
            if record is None
            else QCoreApplication.translate("PatientForm", "Edit {name}").format(name=record.display_name)
        )
        self.edits: dict[str, QLineEdit] = {}
        tabs = QTabWidget()
        identity, contact, clinical = QWidget(), QWidget(), QWidget()
        forms = {
            "identity": QFormLayout(identity),
            "contact": QFormLayout(contact),
            "clinical": QFormLayout(clinical),
        }
        self._build_text_fields(forms)
        self._build_identity(forms["identity"])
        self._build_contact(forms["contact"])
        self._build_clinical(forms["clinical"])
        tabs.addTab(identity, QCoreApplication.translate("PatientForm", "Identity"))
        tabs.addTab(contact, QCoreApplication.translate("PatientForm", "Contact"))
        reads = services.may(Permission.CHART_READ)
        charts = services.may(Permission.CHART_WRITE)
        for widget in (self.anticoagulant, self.edits["bleeding_risk"]):
            forms["clinical"].setRowVisible(widget, reads)
            widget.setEnabled(charts)
        tabs.addTab(
            clinical,
            QCoreApplication.translate("PatientForm", "Clinical and notes")
            if reads
            else QCoreApplication.translate("PatientForm", "Referral and notes"),
        )

        self.error = QLabel("")
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(highlight); font-weight: bold;")
        self.buttons = ButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 460)
        if record is not None:
            self._fill(services.patients.input_of(record))
        self.edits["given_name"].setFocus()

    def _build_text_fields(self, forms: dict[str, QFormLayout]) -> None:
        """The one-line fields (self.edits), each on its tab in TEXT_FIELDS' order."""
        placement = {
            "given_name": "identity", "family_name": "identity", "preferred_name": "identity",
            "date_of_birth": "identity", "external_id": "identity", "phone": "contact",
            "phone_alt": "contact", "email": "contact", "preferred_times": "contact", "language": "contact",
            "emergency_contact": "contact",
            "referring_physician": "clinical", "bleeding_risk": "clinical",
        }  # fmt: skip
        order = self._services.patients.date_order
        example = {
            "MDY": QCoreApplication.translate("PatientForm", "e.g. 4/2/1980 or 1980-04-02"),
            "DMY": QCoreApplication.translate("PatientForm", "e.g. 2.4.1980 or 1980-04-02"),
        }.get(order, "1980-04-02")
        for key, label in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"field_{key}")
            if key == "date_of_birth":
                edit.setPlaceholderText(example)
            if key == "language":
                edit.setPlaceholderText(
                    QCoreApplication.translate(
                        "PatientForm", "two letters, e.g. es for Spanish; blank: the clinic's language"
                    )
                )
                edit.setMaxLength(2)
            self.edits[key] = edit
            forms[placement[key]].addRow(QCoreApplication.translate("PatientForm", label), edit)

    def _build_identity(self, form: QFormLayout) -> None:
        """Sex, status and a new weighing on the identity tab."""
        services = self._services
        self.sex = QComboBox()
        self.sex.addItem("—", "")
        for sex in (Sex.FEMALE, Sex.MALE, Sex.OTHER):
            self.sex.addItem(sex_label(sex), sex.value)
        form.insertRow(4, QCoreApplication.translate("PatientForm", "Sex"), self.sex)
        self.status = QComboBox()
        for status in (PatientStatus.ACTIVE, PatientStatus.INACTIVE, PatientStatus.DECEASED):
            self.status.addItem(status_label(status), status.value)
        form.addRow(QCoreApplication.translate("PatientForm", "Status"), self.status)
        # A weighing (optional): children's toxin doses are set by weight. Pounds are accepted for
        # US clinics and stored as kilograms (domain/weights.py); earlier weighings are kept.
        self.weight = QLineEdit()
        self.weight.setObjectName("field_weight")
        self.weight.setPlaceholderText(QCoreApplication.translate("PatientForm", "new weighing (optional)"))
        set_name(
            self.weight,
            QCoreApplication.translate("PatientForm", "Weight"),
            QCoreApplication.translate("PatientForm", "A new weighing (optional)"),
        )
        self.weight_unit = QComboBox()
        set_name(self.weight_unit, QCoreApplication.translate("PatientForm", "Weight unit"))
        for unit in WeightUnit:
            self.weight_unit.addItem(unit.value, unit.value)
        if services.patients.region == "US":  # a US clinic's scales read pounds as often as not
            self.weight_unit.setCurrentIndex(self.weight_unit.findData(WeightUnit.LB.value))
        self.weighed_on = QDateEdit()
        set_name(self.weighed_on, QCoreApplication.translate("PatientForm", "Weighed on"))
        self.weighed_on.setCalendarPopup(True)
        self.weighed_on.setDisplayFormat(date_pattern())
        today = services.patients.today()
        self.weighed_on.setMaximumDate(qdate(today))
        self.weighed_on.setDate(qdate(today))
        weight_row = QHBoxLayout()
        weight_row.addWidget(self.weight, 1)
        weight_row.addWidget(self.weight_unit)
        weight_row.addWidget(QLabel(QCoreApplication.translate("PatientForm", "on")))
        weight_row.addWidget(self.weighed_on)
        form.addRow(QCoreApplication.translate("PatientForm", "Weight"), weight_row)

    def _build_contact(self, form: QFormLayout) -> None:
        """The preferred way of contact and the address on the contact tab."""
        self.contact_method = QComboBox()
        self.contact_method.addItem("—", "")
        for method in ContactMethod:
            # The form spells the text message out; the chart's short "SMS" is method_label's.
            label = (
                QCoreApplication.translate("PatientForm", "Text message")
                if method is ContactMethod.SMS
                else method_label(method)
            )
            self.contact_method.addItem(label, method.value)
        form.insertRow(3, QCoreApplication.translate("PatientForm", "Preferred contact"), self.contact_method)
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(70)
        self.address.setTabChangesFocus(True)
        form.addRow(QCoreApplication.translate("PatientForm", "Address"), self.address)

    def _build_clinical(self, form: QFormLayout) -> None:
        """The bleeding risk box and the notes on the clinical tab."""
        self.anticoagulant = QCheckBox(
            QCoreApplication.translate("PatientForm", "Takes an anticoagulant / bleeding risk")
        )
        form.insertRow(1, "", self.anticoagulant)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        form.addRow(QCoreApplication.translate("PatientForm", "Notes"), self.notes)

    def _fill(self, data: PatientInput) -> None:
        for key, edit in self.edits.items():
            value = getattr(data, key)
            edit.setText(value.isoformat() if hasattr(value, "isoformat") else str(value))
        self.sex.setCurrentIndex(max(0, self.sex.findData(data.sex)))
        self.status.setCurrentIndex(max(0, self.status.findData(data.status)))
        self.contact_method.setCurrentIndex(max(0, self.contact_method.findData(data.preferred_contact)))
        self.address.setPlainText(data.address)
        self.notes.setPlainText(data.notes)
        self.anticoagulant.setChecked(bool(data.anticoagulant))

    def data(self) -> PatientInput:
        values = {key: edit.text() for key, edit in self.edits.items()}
        return PatientInput(
            **values,
            sex=str(self.sex.currentData()),
            status=str(self.status.currentData()),
            preferred_contact=str(self.contact_method.currentData()),
            address=self.address.toPlainText(),
            notes=self.notes.toPlainText(),
            anticoagulant=self.anticoagulant.isChecked(),
        )

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.error.setText(
            QCoreApplication.translate("PatientForm", "Saving…") if busy else self.error.text()
        )

    def weighing(self) -> Weighing | None:
        """The weight typed, its unit and day; None when the field is left empty."""
        text = self.weight.text().strip()
        if not text:
            return None
        day: date = self.weighed_on.date().toPython()  # type: ignore[assignment]
        return text, WeightUnit(self.weight_unit.currentData()), day

    def _check_weighing(self, data: PatientInput, weighing: Weighing | None) -> None:
        """The weight refused before anything is saved, in the service's words (off the GUI
        thread, with what was read from the form on it)."""
        if weighing is None:
            return
        text, unit, day = weighing
        patients = self._services.patients
        parse_weight(text, unit)
        check_weight_day(day, patients.parse_birth_date(data.date_of_birth), patients.today())

    def _weigh(self, record: PatientRecord, weighing: Weighing | None) -> PatientRecord:
        if weighing is not None:
            text, unit, day = weighing
            self._services.patients.add_weight(record.id, text, day, unit)
        return record

    def submit(self) -> None:
        """Check with the services (off the GUI thread); warn about duplicates before creating."""
        data = self.data()
        weighing = self.weighing()
        services = self._services
        self.error.setText("")
        self._busy(True)
        if self._record is not None:
            record_id = self._record.id

            def update() -> PatientRecord:
                self._check_weighing(data, weighing)
                return self._weigh(services.patients.update(record_id, data), weighing)

            self._operations.run("patient_form", update, self._done, self._refused)
            return

        def duplicates() -> list[PatientRecord]:
            self._check_weighing(data, weighing)
            return services.patients.duplicates(data)

        self._operations.run(
            "patient_form", duplicates, lambda found: self._checked(data, found), self._refused
        )

    def _checked(self, data: PatientInput, candidates: list[PatientRecord]) -> None:
        if candidates:
            choice = DuplicatesDialog(candidates, self)
            result = choice.exec()
            if result == DuplicatesDialog.OPEN and choice.chosen is not None:
                self.open_existing.emit(choice.chosen.id)
                self.accept()
                return
            if result != DuplicatesDialog.CREATE:
                self._busy(False)
                self.error.setText(QCoreApplication.translate("PatientForm", "Not saved."))
                return
        services = self._services
        weighing = self.weighing()

        def add() -> AddResult:
            result = services.patients.add(data)
            self._weigh(result.record, weighing)
            return result

        self._operations.run("patient_form", add, self._done, self._refused)

    def _done(self, result: object) -> None:
        record = result.record if isinstance(result, AddResult) else result
        self._busy(False)
        self.error.setText("")
        self.saved.emit(record)
        self.accept()

    def _refused(self, error: ClinicError) -> None:
        self._busy(False)
        self.error.setText(error.message)
