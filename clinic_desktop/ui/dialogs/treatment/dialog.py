"""Charting a treatment, fast: for a migraine patient the PREEMPT template is already chosen, the lot
and dilution are filled in, and Ctrl+Return signs.

The dialog holds no clinical rules. As the provider types it asks the treatment service what the
rules find (off the GUI thread, a quarter-second after the last change) and shows every finding:
a refusal in red, one that needs a reason in amber with the reason field beside it, a note in grey.
Saving goes through the same service, which checks again inside its write; a refusal keeps the
dialog open with everything typed.

Plain Return never signs: a signature is a deliberate act (Ctrl+Return, or the Sign button), and
Return is what a provider presses to finish typing a dose in the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import partial

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import AppointmentStatus, Indication, Product, Side
from clinic_desktop.domain.entities import Provider
from clinic_desktop.domain.errors import ClinicError, OverrideRequiredError
from clinic_desktop.domain.protocols import WEIGHT_BASED_PROTOCOLS
from clinic_desktop.domain.safety import Finding, Recipient
from clinic_desktop.domain.signing import is_linked_provider
from clinic_desktop.domain.treatment_record import Guidance, units_per_tenth_ml
from clinic_desktop.domain.treatments import Lot, ProtocolTemplate, TreatmentDraft
from clinic_desktop.domain.units import format_units
from clinic_desktop.domain.words import shown
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientChart
from clinic_desktop.services.treatments import ClinicalRuleError, RecordResult
from clinic_desktop.ui.dates import display_date
from clinic_desktop.ui.dialogs.treatment.choices import LAST_TIME, _ChoiceFields, usable_lots_by_product
from clinic_desktop.ui.dialogs.treatment.labels import amber, protocol_label
from clinic_desktop.ui.operations import Operations


@dataclass(frozen=True)
class _Setup:
    chart: PatientChart
    providers: list[Provider]
    protocols: list[ProtocolTemplate]
    lots: dict[Product, list[Lot]]
    clinic_time: ClinicTime
    now: datetime
    today: date
    indication: Indication  # the one chosen first: last time's, else the first condition's
    default_protocol: str | None  # the template chosen first (services.treatments.default_protocol)
    own_provider_id: int | None = None  # a provider account charts as its own provider only


class TreatmentDialog(_ChoiceFields):
    ready = Signal()  # the form is filled and can be used
    checked = Signal(list)  # the findings shown after a check
    recorded = Signal(object)  # RecordResult: saved (signed or as a draft)

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        patient_id: int,
        chart: PatientChart | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, operations, patient_id, chart, parent)
        self.result_: RecordResult | None = None
        self.appointment_id: int | None = None
        self.unbuilt.append(self._connect)  # once the parts it wires are built (form.py)
        self._load()

    def _connect(self) -> None:
        self.template_button.clicked.connect(lambda: self.save_as_protocol())
        self.cancel_button.clicked.connect(self.reject)
        self.draft_button.clicked.connect(lambda: self.save(sign=False))
        self.sign_button.clicked.connect(lambda: self.save(sign=True))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda: self.save(sign=True))
        self._debounce.timeout.connect(self.check_now)
        self.protocol.currentIndexChanged.connect(self._protocol_chosen)
        self.product.currentIndexChanged.connect(self._product_chosen)
        self.lot.currentIndexChanged.connect(self._lot_chosen)
        self.diluent.currentIndexChanged.connect(self._diluent_chosen)
        self.when.dateTimeChanged.connect(self._when_changed)
        for combo in (self.provider, self.supervised, self.indication, self.guidance):
            combo.currentIndexChanged.connect(self._edited)
        self.waste.textChanged.connect(self._edited)
        self.override.textChanged.connect(self._override_typed)
        self.sites.changed.connect(self._sites_changed)
        self.sites.row_selected.connect(self._row_selected)
        self.map.site_clicked.connect(self._dot_clicked)
        self.map.region_clicked.connect(self._region_clicked)

    # --- loading --------------------------------------------------------------------------------

    def _load(self) -> None:
        services, patient_id, chart = self.services, self.patient_id, self.chart

        def work() -> _Setup:
            found = chart or services.patients.chart(patient_id)
            today = services.patients.today()
            providers = [p for p in services.resources.providers() if p.active]
            session = services.session
            own = session.provider_id if session is not None and is_linked_provider(session) else None
            protocols = services.treatments.protocols()
            latest = found.treatments[0] if found.treatments else None
            indication = self._default_indication(found)
            recipient = Recipient(found.record.date_of_birth, tuple(found.weights))
            chosen = services.treatments.default_protocol(indication, latest, recipient, today, protocols)
            return _Setup(
                found,
                providers,
                protocols,
                usable_lots_by_product(services, today),
                services.time,
                services.now(),
                today,
                indication,
                chosen,
                own,
            )

        self.operations.run(f"treatment-setup/{patient_id}", work, self._fill, self._refused)

    def _fill(self, setup: _Setup) -> None:
        if self.unbuilt:  # the data came first: filled in a turn of its own once the parts are built
            self.unbuilt.append(partial(self._fill, setup))
            return
        self._filling = True
        chart = setup.chart
        self.chart, self.clinic_time, self.today = chart, setup.clinic_time, setup.today
        self.lots, self.protocols = setup.lots, setup.protocols
        record = chart.record
        self.recipient = Recipient(record.date_of_birth, tuple(chart.weights))
        self.setWindowTitle(
            QCoreApplication.translate("TreatmentDialog", "Chart treatment — {name} ({mrn})").format(
                name=f"{record.given_name} {record.family_name}", mrn=record.mrn
            )
        )
        if chart.alerts:
            self.alerts.setText("⚠ " + " · ".join(shown(alert) for alert in chart.alerts))
            self.alerts.show()
        latest = chart.treatments[0] if chart.treatments else None

        for provider in setup.providers:
            self.provider.addItem(provider.name, provider.id)
        self.supervised.addItem(QCoreApplication.translate("TreatmentDialog", "Nobody"), None)
        for provider in setup.providers:
            self.supervised.addItem(provider.name, provider.id)
        today_visit = self._todays_visit(chart)
        self.appointment_id = today_visit[0] if today_visit else None
        provider_id = today_visit[1] if today_visit else (latest.provider_id if latest else None)
        if setup.own_provider_id is not None:
            # The person charting is the provider who gives it (domain/signing.py): not a choice.
            provider_id = setup.own_provider_id
            self.provider.setEnabled(False)
            self.provider.setToolTip(
                QCoreApplication.translate(
                    "TreatmentDialog", "You chart and sign as yourself; a supervising physician goes below"
                )
            )
        if provider_id is not None:
            self.provider.setCurrentIndex(max(self.provider.findData(provider_id), 0))

        local = setup.clinic_time.to_local(setup.now).replace(second=0, microsecond=0, tzinfo=None)
        self.when.setDateTime(QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0))

        indication = setup.indication
        self.indication.setCurrentIndex(max(self.indication.findData(indication.value), 0))

        self.protocol.addItem(
            QCoreApplication.translate("TreatmentDialog", "No template — enter the sites"), None
        )
        for template in setup.protocols:
            self.protocol.addItem(protocol_label(template.name, template.total_units), template.name)
        for per_kg in WEIGHT_BASED_PROTOCOLS:
            self.protocol.addItem(self._per_kg_label(per_kg, setup.today), per_kg.name)
        if latest is not None:
            self.protocol.addItem(
                QCoreApplication.translate(
                    "TreatmentDialog", "Same sites as last time ({day}, {units} U)"
                ).format(day=display_date(latest.performed_on), units=format_units(latest.total_units)),
                LAST_TIME,
            )
        self._lots_day = setup.today
        chosen = setup.default_protocol
        if chosen is not None:
            self.protocol.setCurrentIndex(max(self.protocol.findData(chosen), 0))
        self._filling = False
        if chosen is not None:
            self._protocol_chosen()
        else:
            self._set_product(latest.product if latest else Product.ONABOTULINUMTOXINA)
        if latest is not None and latest.indication is indication:
            self.guidance.setCurrentIndex(max(self.guidance.findData(latest.guidance.value), 0))
        self._loaded = True
        self._set_enabled(True)
        self._update_per_kg()
        self.consent.setFocus(Qt.FocusReason.OtherFocusReason)
        self.check_now()
        self.ready.emit()

    def _todays_visit(self, chart: PatientChart) -> tuple[int, int] | None:
        """(appointment id, provider id) of the patient's visit today, if there is one."""
        for entry in [*chart.past, *chart.upcoming]:
            a = entry.appointment
            if a.status in (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW):
                continue
            if self.clinic_time.local_date(a.start) == self.today:
                return a.id, a.provider_id
        return None

    @staticmethod
    def _default_indication(chart: PatientChart) -> Indication:
        if chart.treatments:
            return chart.treatments[0].indication
        if chart.summary.conditions:
            return chart.summary.conditions[0].indication
        return Indication.OTHER

    # --- sites and map ---------------------------------------------------------------------------

    def _sites_changed(self) -> None:
        self.map.set_sites(self.sites.read.sites, keep_view=True)
        self._edited()

    def _row_selected(self, row: int) -> None:
        self.map.set_selected(self.sites.site_index_of_row(row) if row >= 0 else None)

    def _dot_clicked(self, index: int) -> None:
        rows = self.sites.read.rows
        if 0 <= index < len(rows):
            self.sites.select_row(rows[index])

    def _region_clicked(self, muscle: str, side: str) -> None:
        """A new row for that muscle and side, one 0.1 mL injection's worth of units, ready to edit."""
        lot = self.current_lot()
        diluent = self.diluent_ml()
        units = units_per_tenth_ml(lot.units_per_vial, diluent).normalize() if lot and diluent else None
        self.sites.add_site(muscle, Side(side), units, 1, edit=True)

    # --- the draft and its check -----------------------------------------------------------------

    def draft(self) -> TreatmentDraft:
        """The treatment as typed, or a ClinicError saying what is missing."""
        read = self.sites.read
        if read.problems:
            raise ClinicError(read.problems[0])
        if not read.sites:
            raise ClinicError(
                QCoreApplication.translate(
                    "TreatmentDialog", "Add the injection sites (choose a protocol, or click the map)."
                )
            )
        lot = self.current_lot()
        if lot is None:
            raise ClinicError(
                QCoreApplication.translate(
                    "TreatmentDialog", "There is no usable lot of {product} in stock; add one first."
                ).format(product=self.product_value().value)
            )
        provider = self.provider.currentData()
        if provider is None:
            raise ClinicError(QCoreApplication.translate("TreatmentDialog", "Choose the provider."))
        template = self.template()
        protocol = template.name if template else ""
        if self.protocol.currentData() == LAST_TIME and self.chart and self.chart.treatments:
            protocol = self.chart.treatments[0].protocol
        return TreatmentDraft(
            patient_id=self.patient_id,
            provider_id=int(provider),
            performed_at=self.performed_at(),
            indication=Indication(self.indication.currentData()),
            product=self.product_value(),
            lot_number=lot.lot_number,
            sites=tuple(read.sites),
            protocol=protocol,
            diluent_ml=self.diluent_ml(),
            waste_units=self.waste_units(),
            guidance=Guidance(self.guidance.currentData()),
            consent_checked=self.consent.isChecked(),
            aftercare_given=self.aftercare.isChecked(),
            adverse_events=self.adverse_events(),
            notes=self.notes.toPlainText(),
            appointment_id=self.appointment_id,
            supervised_by_id=self.supervised.currentData(),
        )

    def _notes(self) -> list[str]:
        return (
            []
            if self.consent.isChecked()
            else [QCoreApplication.translate("TreatmentDialog", "Consent not yet ticked as checked.")]
        )

    def check_now(self) -> None:
        self._debounce.stop()
        self._update_waste()
        try:
            draft = self.draft()
        except ClinicError as exc:
            self._show_findings([], exc.message)
            return
        treatments = self.services.treatments
        self.operations.run(
            f"treatment-check/{self.patient_id}",
            lambda: treatments.check(draft),
            self._show_findings,
            lambda error: self._show_findings([], error.message),
        )

    def _show_findings(self, findings: list[Finding], problem: str = "") -> None:
        self.findings.show_findings(findings, self._notes(), problem)
        self.override_box.setVisible(self.findings.needs_reason)
        self.sign_button.setEnabled(self._loaded and not self.findings.refused)
        self.draft_button.setEnabled(self._loaded and not self.findings.refused)
        self.checked.emit(findings)

    def _override_typed(self, _text: str) -> None:
        self.override.setStyleSheet("")

    # --- saving ---------------------------------------------------------------------------------

    def save(self, sign: bool = True) -> None:
        if not self._loaded or not self.sign_button.isEnabled():
            return
        self.message.hide()
        try:
            draft = self.draft()
        except ClinicError as exc:
            self._show_problem(exc.message)
            return
        reason = self.override.text().strip()
        if self.findings.needs_reason and not reason:
            self._ask_reason()
            return
        treatments = self.services.treatments
        self._set_enabled(False)
        self.operations.run(
            f"treatment-record/{self.patient_id}",
            lambda: treatments.record(draft, reason, sign=sign),
            self._saved,
            self._refused,
        )

    def _ask_reason(self) -> None:
        self.override_box.show()
        self.override.setStyleSheet(f"border: 2px solid {amber()};")
        self.override.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_problem(
            QCoreApplication.translate(
                "TreatmentDialog", "Give the override reason: it is kept on the record with your name."
            )
        )

    def _saved(self, result: RecordResult) -> None:
        self._set_enabled(True)
        self.result_ = result
        self.recorded.emit(result)
        self.accept()

    def _refused(self, error: ClinicError) -> None:
        """A clinical refusal lists its findings; one a reason would lift (its type says so, an
        OverrideRequiredError) asks for the reason when none was given."""
        self.finish_building()  # the chart could not be read: said in the form
        self._set_enabled(True)
        if isinstance(error, ClinicalRuleError):
            self._show_findings(error.findings)
        if isinstance(error, OverrideRequiredError) and not self.override.text().strip():
            self._ask_reason()
            return
        self._show_problem(error.message)

    # --- keys -----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier
        )
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            event.accept()  # Return finishes typing; only Ctrl+Return signs
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self._debounce.stop()
        super().done(result)
