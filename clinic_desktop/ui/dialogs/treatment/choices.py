"""What each choice of the charting dialog sets: protocol, product, lot, diluent, date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDateTime, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import Indication, Product
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.domain.products import PRODUCTS
from clinic_desktop.domain.protocols import TEMPLATE_STRENGTH, WeightBasedTemplate, weight_based_protocol
from clinic_desktop.domain.safety import WEIGHT_VALID_DAYS, Recipient, format_per_kg, session_limit
from clinic_desktop.domain.treatment_record import SiteDose, total_units, units_per_tenth_ml
from clinic_desktop.domain.treatments import Lot, ProtocolTemplate, parse_units
from clinic_desktop.domain.units import format_units
from clinic_desktop.domain.weights import Weight, format_kg
from clinic_desktop.domain.words import shown
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientChart
from clinic_desktop.ui.dates import display_date
from clinic_desktop.ui.dialogs.treatment.form import _TreatmentForm
from clinic_desktop.ui.dialogs.treatment.labels import MUTED, lot_label, protocol_label, waste_text
from clinic_desktop.ui.models.patient_list_model import alert_colour
from clinic_desktop.ui.operations import Operations

LAST_TIME = "__last__"


def usable_lots_by_product(services: ClinicServices, day: date) -> dict[Product, list[Lot]]:
    return {product: services.treatments.usable_lots(product, day) for product in Product}


class _ChoiceFields(_TreatmentForm):
    """The choices above the sites and what each sets: a protocol fills the sites, product and
    dilution; a product its lots; a lot its diluent volumes; the date the lots usable that day.
    Keeps the protocols and lots read for the chart, and the patient's age and weights (for the
    units per kilogram of a child's dose). A part of TreatmentDialog, never opened alone."""

    protocol_saved = Signal(object)  # the clinic's template saved, or None when refused (said why)

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        patient_id: int,
        chart: PatientChart | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.operations = operations
        self.patient_id = patient_id
        self.chart = chart
        self.clinic_time = ClinicTime()
        self.lots: dict[Product, list[Lot]] = {}
        self.protocols: list[ProtocolTemplate] = []
        self.recipient: Recipient | None = None  # the patient's age and weights (children's doses)
        self._lots_day = self.today  # the day the lots on offer were read for
        self._strength: Decimal | None = None  # U per 0.1 mL chosen, kept when the lot changes
        self._filling = False
        self._loaded = False

    # --- choices --------------------------------------------------------------------------------

    def template(self) -> ProtocolTemplate | None:
        """The chosen template; a children's one in units for the weight of the day (None without
        a recent weight)."""
        name = self.protocol.currentData()
        per_kg = weight_based_protocol(name) if isinstance(name, str) else None
        if per_kg is not None:
            weight = self.weight_of_day()
            if weight is None:
                return None
            try:
                return per_kg.for_weight(weight.kg)
            except ClinicError:
                return None
        return next((t for t in self.protocols if t.name == name), None)

    def day(self) -> date:
        try:
            return self.clinic_time.local_date(self.performed_at())
        except ClinicError:
            return self.today

    def weight_of_day(self) -> Weight | None:
        """The patient's weight on the day charted, if measured within 90 days before it."""
        return self.recipient.recent_weight(self.day()) if self.recipient is not None else None

    def _per_kg_label(self, per_kg: WeightBasedTemplate, day: date) -> str:
        weight = self.recipient.recent_weight(day) if self.recipient is not None else None
        per_kg_units = format_units(per_kg.units_per_kg)
        if weight is None:
            return QCoreApplication.translate(
                "TreatmentDialog", "{name} — {units} U/kg, needs a recent weight"
            ).format(name=per_kg.name, units=per_kg_units)
        try:
            units = per_kg.for_weight(weight.kg).total_units
        except ClinicError:
            return f"{per_kg.name} — {per_kg_units} U/kg"
        return QCoreApplication.translate("TreatmentDialog", "{name} — {units} U at {weight}").format(
            name=per_kg.name, units=format_units(units), weight=format_kg(weight.kg)
        )

    def _update_per_kg(self) -> None:
        """Units per kilogram of the sites as typed, at the weight of the day; for a child the
        label's limit beside it (red when passed), or that a weight is needed first."""
        recipient = self.recipient
        if recipient is None:
            self.per_kg.hide()
            return
        day = self.day()
        child = recipient.child_on(day)
        weight = recipient.recent_weight(day)
        alert = f"color: {alert_colour().name()}; font-weight: bold;"
        if weight is None:
            self.per_kg.setText(
                QCoreApplication.translate(
                    "TreatmentDialog",
                    "Under 18: doses are set by weight, and no weight from the last {days} "
                    "days is on record. Weigh the patient and record it (the chart's Weight tab) first.",
                ).format(days=WEIGHT_VALID_DAYS)
            )
            self.per_kg.setStyleSheet(alert)
            self.per_kg.setVisible(child)
            return
        sites = self.sites.read.sites
        total = total_units(sites)
        text = QCoreApplication.translate("TreatmentDialog", "{dose} at {weight} (weighed {day})").format(
            dose=format_per_kg(total, weight.kg), weight=format_kg(weight.kg), day=display_date(weight.on)
        )
        over = False
        if child:
            product, indication = self.product_value(), Indication(self.indication.currentData())
            limit = session_limit(product, indication, sites)
            if limit is None:
                text += " · " + QCoreApplication.translate(
                    "TreatmentDialog", "no weight-based limit is known for this product and indication"
                )
            else:
                cap = limit.units(weight.kg)
                over = total > cap
                text += " · " + QCoreApplication.translate(
                    "TreatmentDialog", "a child's limit here: {units} U ({limit})"
                ).format(units=format_units(cap), limit=shown(limit.words))
        self.per_kg.setText(text)
        self.per_kg.setStyleSheet(alert if over else "font-weight: bold;")
        self.per_kg.show()

    def _protocol_chosen(self, _index: int = 0) -> None:
        if self._filling:
            return
        choice = self.protocol.currentData()
        latest = self.chart.treatments[0] if self.chart and self.chart.treatments else None
        if choice == LAST_TIME and latest is not None:
            self._fill_sites(latest.sites, latest.product, latest.indication, latest.units_per_tenth_ml)
            return
        template = self.template()
        if template is not None:
            strength = TEMPLATE_STRENGTH.get(template.name) if template.builtin else None
            self._fill_sites(template.sites, template.product, template.indication, strength)
        elif isinstance(choice, str) and (per_kg := weight_based_protocol(choice)) is not None:
            # Its product and dilution still apply: the sites wait for the weight.
            self._filling = True
            self.indication.setCurrentIndex(max(self.indication.findData(per_kg.indication.value), 0))
            self._filling = False
            self._set_product(per_kg.product, TEMPLATE_STRENGTH.get(per_kg.name))
            self._show_problem(
                QCoreApplication.translate(
                    "TreatmentDialog",
                    "The {name} template sets the units from the weight: record the patient's weight "
                    "(from the last {days} days) in the chart's Weight tab first.",
                ).format(name=choice, days=WEIGHT_VALID_DAYS)
            )
        self._edited()

    def _fill_sites(
        self,
        sites: Sequence[SiteDose],
        product: Product,
        indication: Indication,
        strength: Decimal | None,
    ) -> None:
        self._filling = True
        self.indication.setCurrentIndex(max(self.indication.findData(indication.value), 0))
        self._filling = False
        self._set_product(product, strength)
        self.sites.set_sites(sites)
        self.map.set_sites(self.sites.read.sites)
        self._edited()

    def save_as_protocol(self, name: str | None = None) -> bool:
        """Keep the sites as one of the clinic's own templates (same name as one of them: replaced).
        Saved off the GUI thread (a write waits for the database: the window must not freeze);
        protocol_saved tells when it is done. False: nothing was sent (said why, or cancelled)."""
        read = self.sites.read
        if read.problems or not read.sites:
            self._show_problem(
                read.problems[0]
                if read.problems
                else QCoreApplication.translate("TreatmentDialog", "Add the injection sites first.")
            )
            return False
        if name is None:
            current = self.template()
            suggested = current.name if current is not None and not current.builtin else ""
            name, ok = QInputDialog.getText(
                self,
                QCoreApplication.translate("TreatmentDialog", "Save as protocol"),
                QCoreApplication.translate("TreatmentDialog", "Name of the clinic's protocol:"),
                text=suggested,
            )
            if not ok:
                return False
        own = next(
            (t for t in self.protocols if not t.builtin and t.name.casefold() == name.strip().casefold()),
            None,
        )
        template = ProtocolTemplate(
            name=name,
            indication=Indication(self.indication.currentData()),
            product=self.product_value(),
            sites=tuple(read.sites),
            source="The clinic's own template",
            builtin=False,
            id=own.id if own is not None else None,
        )
        treatments = self.services.treatments
        self.operations.run(
            "treatment/save-protocol", lambda: treatments.save_protocol(template), self._protocol_saved,
            self._protocol_refused,
        )  # fmt: skip
        return True

    def _protocol_refused(self, error: ClinicError) -> None:
        self._show_problem(error.message)
        self.protocol_saved.emit(None)

    def _protocol_saved(self, saved: ProtocolTemplate) -> None:
        self.protocols = [t for t in self.protocols if t.id != saved.id or t.builtin] + [saved]
        self._filling = True
        index = self.protocol.findData(saved.name)
        label = protocol_label(saved.name, saved.total_units)
        if index < 0:
            self.protocol.addItem(label, saved.name)
            index = self.protocol.count() - 1
        else:
            self.protocol.setItemText(index, label)
        self.protocol.setCurrentIndex(index)
        self._filling = False
        self.message.setText(
            QCoreApplication.translate("TreatmentDialog", "Saved the protocol '{name}' ({units} U).").format(
                name=saved.name, units=format_units(saved.total_units)
            )
        )
        self.message.show()
        self.protocol_saved.emit(saved)

    def product_value(self) -> Product:
        return Product(self.product.currentData())

    def _set_product(self, product: Product, strength: Decimal | None = None) -> None:
        self._filling = True
        self.product.setCurrentIndex(max(self.product.findData(product.value), 0))
        self._filling = False
        self._fill_lots(strength)

    def _product_chosen(self, _index: int) -> None:
        if not self._filling:
            self._fill_lots()
            self._edited()

    def _fill_lots(self, strength: Decimal | None = None) -> None:
        self._filling = True
        self.lot.clear()
        lots = self.lots.get(self.product_value(), [])
        for lot in lots:
            self.lot.addItem(lot_label(lot), lot.lot_number)
        if not lots:
            self.lot.addItem(
                QCoreApplication.translate("TreatmentDialog", "No usable lot of {product} in stock").format(
                    product=self.product_value().value
                ),
                None,
            )
        self.lot.setEnabled(bool(lots))
        self.lot.setCurrentIndex(0)
        self._filling = False
        self._fill_diluents(strength)

    def current_lot(self) -> Lot | None:
        number = self.lot.currentData()
        return next(
            (lot for lot in self.lots.get(self.product_value(), []) if lot.lot_number == number), None
        )

    def _lot_chosen(self, _index: int) -> None:
        if not self._filling:
            self._fill_diluents(self._strength)
            self._edited()

    def _fill_diluents(self, wanted: Decimal | None = None) -> None:
        """The label's volumes for the chosen lot's vial size; chosen: the one giving the wanted
        strength (the template's, last time's, or what was chosen before a lot change), else 2 mL."""
        self._filling = True
        self.diluent.clear()
        lot = self.current_lot()
        info = PRODUCTS[self.product_value()]
        vial = lot.units_per_vial if lot is not None else info.vial_units[0]
        volumes = info.diluent_ml.get(vial, ())
        for volume in volumes:
            strength = format_units(units_per_tenth_ml(vial, volume).normalize())
            self.diluent.addItem(
                QCoreApplication.translate("TreatmentDialog", "{ml} mL ({units} U per 0.1 mL)").format(
                    ml=format_units(volume), units=strength
                ),
                str(volume),
            )
        self.diluent.addItem(QCoreApplication.translate("TreatmentDialog", "Not recorded"), None)
        by_strength = {units_per_tenth_ml(vial, v).normalize(): v for v in volumes}
        chosen = by_strength.get(wanted.normalize()) if wanted is not None else None
        if chosen is None and Decimal(2) in volumes:
            chosen = Decimal(2)
        if chosen is None and volumes:
            chosen = volumes[0]
        self.diluent.setCurrentIndex(max(self.diluent.findData(str(chosen)), 0) if chosen else 0)
        self._filling = False
        self._diluent_chosen(0)

    def diluent_ml(self) -> Decimal | None:
        value = self.diluent.currentData()
        return Decimal(value) if value else None

    def _diluent_chosen(self, _index: int) -> None:
        lot = self.current_lot()
        diluent = self.diluent_ml()
        if lot is not None and diluent is not None:
            self._strength = units_per_tenth_ml(lot.units_per_vial, diluent).normalize()
        if not self._filling:
            self._edited()

    def _when_changed(self, _value: QDateTime) -> None:
        if self._filling or not self._loaded:
            return
        try:
            day = self.clinic_time.local_date(self.performed_at())
        except ClinicError:
            day = self.today
        if day != self._lots_day:
            self._lots_day = day
            services = self.services
            self.operations.run(
                f"treatment-lots/{self.patient_id}",
                lambda: usable_lots_by_product(services, day),
                self._lots_loaded,
                self._refused,
            )
        self._edited()

    def _lots_loaded(self, lots: dict[Product, list[Lot]]) -> None:
        number = self.lot.currentData()
        self.lots = lots
        self._fill_lots(self._strength)
        index = self.lot.findData(number)
        if index >= 0:
            self.lot.setCurrentIndex(index)
        self._edited()

    # --- what was typed ------------------------------------------------------------------------

    def performed_at(self) -> datetime:
        value = self.when.dateTime()
        day, clock = value.date(), value.time()
        wall = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())
        return self.clinic_time.to_utc(wall)

    def waste_units(self) -> Decimal | None:
        text = self.waste.text().strip()
        return (
            parse_units(text, QCoreApplication.translate("TreatmentDialog", "wasted units")) if text else None
        )

    def _edited(self, *_args: object) -> None:
        if self._filling or not self._loaded:
            return
        self._update_waste()
        self._update_per_kg()
        self._debounce.start()

    def _update_waste(self) -> None:
        lot = self.current_lot()
        try:
            waste = self.waste_units()
        except ClinicError as exc:
            self.waste_summary.setText(exc.message)
            self.waste_summary.setStyleSheet(f"color: {alert_colour().name()};")
            return
        total = total_units(self.sites.read.sites)
        _waste, text = waste_text(total, waste, lot.units_per_vial if lot else None)
        self.waste_summary.setText(text)
        self.waste_summary.setStyleSheet(f"color: {MUTED};")

    def _refused(self, error: ClinicError) -> None:
        """What could not be read, said (the dialog also lists a clinical refusal's findings)."""
        self._show_problem(error.message)
