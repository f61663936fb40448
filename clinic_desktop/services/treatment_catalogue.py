"""What charting draws on: the stock (lots, reconstituted vials), the protocol templates (the
built-in ones and the clinic's own) and the outcome measures. Kept by providers and managers, read
by whoever charts (services/treatments.py charts over it). Every change is audited."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from clinic_desktop.domain import safety
from clinic_desktop.domain.access import Permission, Role
from clinic_desktop.domain.codes import Indication, Product
from clinic_desktop.domain.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from clinic_desktop.domain.outcomes import BUILTIN_MEASURES, Measure
from clinic_desktop.domain.products import PRODUCTS
from clinic_desktop.domain.protocols import (
    BUILTIN_PROTOCOLS,
    WEIGHT_BASED_PROTOCOLS,
    WeightBasedTemplate,
    default_protocol,
    weight_based_protocol,
)
from clinic_desktop.domain.signing import unlinked_message
from clinic_desktop.domain.treatment_record import TreatmentRecord
from clinic_desktop.domain.treatments import (
    RECONSTITUTED_USE_WITHIN,
    Lot,
    ProtocolTemplate,
    Reconstitution,
    check_units,
)
from clinic_desktop.domain.words import QT_TR_NOOP
from clinic_desktop.services.treatment_audit import changed_fields, lot_values, protocol_values

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

_LOT_NUMBER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9./ -]{0,39}$")


class TreatmentCatalogue:
    """The stock, the protocols and the measures; the base of TreatmentService, whose callers use
    one facade (services.treatments)."""

    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    # --- stock ------------------------------------------------------------------------------------

    def add_lot(
        self,
        product: Product,
        lot_number: str,
        expires_on: date,
        vials: int,
        units_per_vial: int | None = None,
    ) -> Lot:
        self._s.require(Permission.STOCK)
        number = lot_number.strip()
        if not _LOT_NUMBER.match(number):
            raise ValidationError(
                QT_TR_NOOP("'{lot}' is not a lot number (letters, digits, '.', '/', '-', up to 40)."),
                lot=lot_number,
            )
        if vials < 1:
            raise ValidationError(QT_TR_NOOP("A lot needs at least one vial."))
        info = PRODUCTS[product]
        size = units_per_vial if units_per_vial is not None else info.vial_units[0]
        if size not in info.vial_units:
            sizes = ", ".join(str(v) for v in info.vial_units)
            raise ValidationError(
                QT_TR_NOOP("{product} comes in vials of {sizes} units, not {size}."),
                product=info.label,
                sizes=sizes,
                size=size,
            )
        store = self._s.store
        with store.write_transaction():
            if store.treatments.lot_by_number(product, number):
                raise ConflictError(
                    QT_TR_NOOP("Lot {lot} of {product} is already in stock."),
                    lot=number,
                    product=product.value,
                )
            lot = store.treatments.add_lot(product, number, expires_on, vials, size, self._s.now())
            self._s.record("create", "lot", lot.id, None, lot_values(lot))
            return lot

    def lots(self, product: Product | None = None) -> list[Lot]:
        self._require_catalogue()
        with self._s.store.read_transaction():
            return self._s.store.treatments.lots(product)

    def usable_lots(self, product: Product, on: date) -> list[Lot]:
        """Lots of the product not expired on that day with vials left, soonest expiry first."""
        return sorted(
            (lot for lot in self.lots(product) if not lot.expired_on(on) and lot.vials_left > 0),
            key=lambda lot: (lot.expires_on, lot.lot_number),
        )

    def reconstitute(
        self, lot_id: int, diluent_ml: Decimal, at: datetime | None = None, by: str = ""
    ) -> Reconstitution:
        """Open a vial for the patients of the next 24 hours: a clinician's act, like charting."""
        self._s.require(Permission.CHART_WRITE)
        store = self._s.store
        when = at or self._s.now()
        with store.write_transaction():
            by = self._own_name() or by
            lot = store.treatments.lot(lot_id)
            self._check_diluent(lot, diluent_ml)
            if lot.expired_on(self._s.time.local_date(when)):
                raise ValidationError(
                    QT_TR_NOOP("Lot {lot} expired on {day}; it cannot be opened."),
                    lot=lot.lot_number,
                    day=f"{lot.expires_on:%Y-%m-%d}",
                )
            opened = store.treatments.add_reconstitution(lot, diluent_ml, when, by)
            after = {"lot": lot.lot_number, "diluent_ml": str(diluent_ml), "at": when.isoformat(), "by": by}
            self._s.record("create", "reconstitution", opened.id, None, after)
            return opened

    def open_vials(self) -> list[Reconstitution]:
        """Vials reconstituted within the last 24 hours (still usable)."""
        self._require_catalogue()
        with self._s.store.read_transaction():
            return self._s.store.treatments.open_vials(self._s.now() - RECONSTITUTED_USE_WITHIN)

    def _require_catalogue(self) -> None:
        """Lots, protocols and measures: read by whoever charts (or reads the chart) and by whoever
        keeps the stock. Reception does neither; the refusal names the stock's roles."""
        if not self._s.may(Permission.CHART_READ):
            self._s.require(Permission.STOCK)

    @staticmethod
    def _check_diluent(lot: Lot, diluent_ml: Decimal) -> None:
        if not Decimal("0.1") <= diluent_ml <= Decimal(20):
            raise ValidationError(
                QT_TR_NOOP("{ml} mL of diluent is not a volume a vial takes (0.1 to 20 mL)."),
                ml=str(diluent_ml),
            )

    # --- protocols --------------------------------------------------------------------------------

    def protocols(self) -> list[ProtocolTemplate]:
        """The built-in templates, then the clinic's own."""
        self._require_catalogue()
        with self._s.store.read_transaction():
            own = self._s.store.treatments.protocols()
        return [*BUILTIN_PROTOCOLS, *own]

    def weight_based_protocols(self) -> tuple[WeightBasedTemplate, ...]:
        """The built-in templates for children, in Units/kg (domain/protocols.py)."""
        self._require_catalogue()
        return WEIGHT_BASED_PROTOCOLS

    def protocol_for(self, name: str, patient_id: int, day: date | None = None) -> ProtocolTemplate:
        """The template ``name`` as it would be charted for this patient on a day (today by
        default): a weight-based one in units for the weight of that day, which must be recent
        (else refused, as charting would be); any other as it is."""
        template = weight_based_protocol(name)
        if template is None:
            return self.protocol(name)
        self._require_catalogue()
        when = day or self._s.time.local_date(self._s.now())
        store = self._s.store
        with store.read_transaction():
            recipient = self._recipient(patient_id)
        weight = recipient.recent_weight(when)
        if weight is None:
            raise ValidationError(
                QT_TR_NOOP(
                    "The {template} template sets the units from the weight, and no weight measured "
                    "within {days} days before {day} is on record. "
                    "Weigh the patient first (patients weight ID --kg N)."
                ),
                template=template.name,
                days=safety.WEIGHT_VALID_DAYS,
                day=f"{when:%Y-%m-%d}",
            )
        return template.for_weight(weight.kg)

    def default_protocol(
        self,
        indication: Indication,
        latest: TreatmentRecord | None,
        recipient: safety.Recipient,
        day: date,
        protocols: Sequence[ProtocolTemplate] | None = None,
    ) -> str | None:
        """The template charting starts from for a treatment of ``indication`` on ``day``, of a
        patient (``recipient``: a child that day or not) whose latest treatment is ``latest``
        (domain/protocols.default_protocol); None: the sites are entered by hand. ``protocols``:
        the templates already read for the chart (read here when not given)."""
        self._require_catalogue()
        known = self.protocols() if protocols is None else protocols
        return default_protocol(indication, known, latest, recipient.child_on(day))

    def protocol(self, name: str) -> ProtocolTemplate:
        wanted = name.strip().casefold()
        for template in self.protocols():
            if template.name.casefold() == wanted:
                return template
        known = ", ".join(t.name for t in self.protocols())
        raise NotFoundError(
            QT_TR_NOOP("There is no protocol called '{name}'. Protocols: {known}."), name=name, known=known
        )

    def save_protocol(self, template: ProtocolTemplate) -> ProtocolTemplate:
        """Add or change one of the clinic's own templates (the built-in ones cannot change)."""
        self._s.require(Permission.STOCK)
        name = " ".join(template.name.split())
        if not name:
            raise ValidationError(QT_TR_NOOP("The protocol needs a name."))
        if not template.sites:
            raise ValidationError(QT_TR_NOOP("A protocol needs at least one site."))
        check_units(template.sites, None)  # a template charts as it is: its sites hold doses
        clash = [
            t
            for t in self.protocols()
            if t.name.casefold() == name.casefold() and (t.builtin or t.id != template.id)
        ]
        if clash:
            raise ConflictError(
                QT_TR_NOOP("There is already a protocol called '{name}'."), name=clash[0].name
            )
        children = weight_based_protocol(name)
        if children is not None:
            raise ConflictError(
                QT_TR_NOOP("There is already a protocol called '{name}' (for children)."), name=children.name
            )
        store = self._s.store
        with store.write_transaction():
            saved = replace(template, name=name, builtin=False)
            before = next((t for t in store.treatments.protocols() if t.id == template.id), None)
            if template.id is not None and before is None:
                raise NotFoundError(QT_TR_NOOP("There is no clinic protocol with id {id}."), id=template.id)
            new_id = store.treatments.save_protocol(saved, self._s.now())
            saved = replace(saved, id=new_id)
            if before is None:
                self._s.record("create", "protocol", new_id, None, protocol_values(saved))
            else:
                self._s.record(
                    "change",
                    "protocol",
                    new_id,
                    *changed_fields(protocol_values(before), protocol_values(saved)),
                )
        return saved

    def delete_protocol(self, protocol_id: int) -> None:
        self._s.require(Permission.STOCK)
        store = self._s.store
        with store.write_transaction():
            before = next((t for t in store.treatments.protocols() if t.id == protocol_id), None)
            if before is None:
                raise NotFoundError(QT_TR_NOOP("There is no clinic protocol with id {id}."), id=protocol_id)
            store.treatments.delete_protocol(protocol_id)
            self._s.record("delete", "protocol", protocol_id, protocol_values(before), None)

    # --- outcome measures -------------------------------------------------------------------------

    def measures(self) -> list[Measure]:
        self._require_catalogue()
        with self._s.store.read_transaction():
            return [*BUILTIN_MEASURES, *self._s.store.treatments.measures()]

    def measure(self, code: str) -> Measure:
        wanted = code.strip().lower()
        for measure in self.measures():
            if measure.code == wanted:
                return measure
        known = ", ".join(m.code for m in self.measures())
        raise ValidationError(
            QT_TR_NOOP("Unknown measure '{code}'. Measures: {known}."), code=code, known=known
        )

    def add_measure(self, measure: Measure) -> Measure:
        """A clinic's own outcome measure: part of the clinical catalogue, like its protocols."""
        self._s.require(Permission.STOCK)
        if not re.match(r"^[a-z][a-z0-9_]{1,31}$", measure.code):
            raise ValidationError(
                QT_TR_NOOP("'{code}' is not a measure code (lowercase letters, digits, _)."),
                code=measure.code,
            )
        if not measure.label.strip():
            raise ValidationError(QT_TR_NOOP("The measure needs a label."))
        if measure.low >= measure.high:
            raise ValidationError(QT_TR_NOOP("A measure's lowest value must be below its highest."))
        if any(m.code == measure.code for m in self.measures()):
            raise ConflictError(QT_TR_NOOP("There is already a measure '{code}'."), code=measure.code)
        with self._s.store.write_transaction():
            self._s.store.treatments.add_measure(replace(measure, builtin=False))
            after = {
                "code": measure.code, "label": measure.label, "low": measure.low, "high": measure.high,
                "unit": measure.unit, "lower_is_better": measure.lower_is_better,
            }  # fmt: skip
            self._s.record("create", "measure", measure.code, None, after)
        return replace(measure, builtin=False)

    # --- whom for ---------------------------------------------------------------------------------

    def _recipient(self, patient_id: int) -> safety.Recipient:
        """Who is injected, as the dose rules see them (age and weights), inside the caller's
        transaction."""
        store = self._s.store
        born = store.patients.get(patient_id).date_of_birth
        return safety.Recipient(born, tuple(store.patients.weights(patient_id)))

    def _own_name(self) -> str | None:
        """A provider account's own provider's name (what it charts as); None for the software
        itself. An account not linked to its provider record yet charts nothing."""
        session = self._s.session
        if session is None or session.role is not Role.PROVIDER:
            return None
        if session.provider_id is None:
            raise PermissionDeniedError(unlinked_message(session.name))
        return self._s.store.providers.get(session.provider_id).name
