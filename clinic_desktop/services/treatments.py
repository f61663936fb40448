"""Treatment charting: stock (lots, reconstituted vials), protocol templates, recording a treatment
under the clinical safety rules (domain/safety.py), signing, amendments, and outcome scores.

Who may: charting (record, amend, sign, adverse events, outcomes) is a provider's act; reading the
clinical record is a provider's or a manager's; the stock and the clinic's own protocols and
measures are kept by providers and managers, and read by whoever charts. Reception does none of
it. Every change is written to the audit trail in its own write transaction."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from clinic_desktop.domain import safety
from clinic_desktop.domain.access import Permission, Role
from clinic_desktop.domain.codes import Indication, Product
from clinic_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    OverrideRequiredError,
    PermissionDeniedError,
    ValidationError,
)
from clinic_desktop.domain.outcomes import (
    BUILTIN_MEASURES,
    HEADACHE_DAYS,
    Measure,
    MigraineStatus,
    Score,
    measure_value,
    migraine_status,
)
from clinic_desktop.domain.products import PRODUCTS
from clinic_desktop.domain.protocols import (
    BUILTIN_PROTOCOLS,
    WEIGHT_BASED_PROTOCOLS,
    WeightBasedTemplate,
    weight_based_protocol,
)
from clinic_desktop.domain.signing import require_own, unlinked_message
from clinic_desktop.domain.treatments import (
    RECONSTITUTED_USE_WITHIN,
    AdverseEventEntry,
    Guidance,
    Lot,
    ProtocolTemplate,
    Reconstitution,
    SiteDose,
    TreatmentDraft,
    TreatmentRecord,
    check_units,
    format_units,
    parse_units,
    total_units,
    vials_and_waste,
)

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

_LOT_NUMBER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9./ -]{0,39}$")
AMENDABLE = ("notes", "waste_units", "guidance", "aftercare_given", "consent_checked", "sites")


class ClinicalRuleError(ValidationError):
    """Refused by a clinical rule; carries every finding so a dialog can list them. Raise it with
    refusal(): a refusal whose findings a reason would all overcome is a ClinicalOverrideError."""

    def __init__(self, findings: list[safety.Finding]) -> None:
        text = " ".join(f.message for f in findings)
        if overridable(findings):
            text += " Give an override reason to record it anyway."
        super().__init__(text)
        self.findings = findings


class ClinicalOverrideError(ClinicalRuleError, OverrideRequiredError):
    """Refused by clinical rules that a provider may override with a reason (the 84-day floor,
    the 400 U window), and by nothing else: the dialog asks for the reason because of this type."""

    def __init__(self, findings: list[safety.Finding]) -> None:
        super().__init__(findings)
        self.reasons = tuple(f.message for f in findings)


def overridable(findings: list[safety.Finding]) -> bool:
    """Every finding is one a reason overcomes (and there is one)."""
    return bool(findings) and all(f.level is safety.Level.OVERRIDE for f in findings)


def refusal(findings: list[safety.Finding]) -> ClinicalRuleError:
    """The refusal of these findings, typed by whether a reason would overcome it."""
    return ClinicalOverrideError(findings) if overridable(findings) else ClinicalRuleError(findings)


@dataclass(frozen=True)
class RecordResult:
    treatment: TreatmentRecord
    warnings: list[safety.Finding]
    overridden: list[safety.Finding]


class TreatmentService:
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
                f"'{lot_number}' is not a lot number (letters, digits, '.', '/', '-', up to 40)."
            )
        if vials < 1:
            raise ValidationError("A lot needs at least one vial.")
        info = PRODUCTS[product]
        size = units_per_vial if units_per_vial is not None else info.vial_units[0]
        if size not in info.vial_units:
            sizes = ", ".join(str(v) for v in info.vial_units)
            raise ValidationError(f"{info.label} comes in vials of {sizes} units, not {size}.")
        store = self._s.store
        with store.write_transaction():
            if store.treatments.lot_by_number(product, number):
                raise ConflictError(f"Lot {number} of {product.value} is already in stock.")
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
                    f"Lot {lot.lot_number} expired on {lot.expires_on:%Y-%m-%d}; it cannot be opened."
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
            raise ValidationError(f"{diluent_ml} mL of diluent is not a volume a vial takes (0.1 to 20 mL).")

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
                f"The {template.name} template sets the units from the weight, and no weight measured "
                f"within {safety.WEIGHT_VALID_DAYS} days before {when:%Y-%m-%d} is on record. "
                "Weigh the patient first (patients weight ID --kg N)."
            )
        return template.for_weight(weight.kg)

    def protocol(self, name: str) -> ProtocolTemplate:
        wanted = name.strip().casefold()
        for template in self.protocols():
            if template.name.casefold() == wanted:
                return template
        known = ", ".join(t.name for t in self.protocols())
        raise NotFoundError(f"There is no protocol called '{name}'. Protocols: {known}.")

    def save_protocol(self, template: ProtocolTemplate) -> ProtocolTemplate:
        """Add or change one of the clinic's own templates (the built-in ones cannot change)."""
        self._s.require(Permission.STOCK)
        name = " ".join(template.name.split())
        if not name:
            raise ValidationError("The protocol needs a name.")
        if not template.sites:
            raise ValidationError("A protocol needs at least one site.")
        check_units(template.sites, None)  # a template charts as it is: its sites hold doses
        clash = [
            t
            for t in self.protocols()
            if t.name.casefold() == name.casefold() and (t.builtin or t.id != template.id)
        ]
        if clash:
            raise ConflictError(f"There is already a protocol called '{clash[0].name}'.")
        children = weight_based_protocol(name)
        if children is not None:
            raise ConflictError(f"There is already a protocol called '{children.name}' (for children).")
        store = self._s.store
        with store.write_transaction():
            saved = replace(template, name=name, builtin=False)
            before = next((t for t in store.treatments.protocols() if t.id == template.id), None)
            if template.id is not None and before is None:
                raise NotFoundError(f"There is no clinic protocol with id {template.id}.")
            new_id = store.treatments.save_protocol(saved, self._s.now())
            saved = replace(saved, id=new_id)
            if before is None:
                self._s.record("create", "protocol", new_id, None, protocol_values(saved))
            else:
                self._s.record(
                    "change", "protocol", new_id, *_changed(protocol_values(before), protocol_values(saved))
                )
        return saved

    def delete_protocol(self, protocol_id: int) -> None:
        self._s.require(Permission.STOCK)
        store = self._s.store
        with store.write_transaction():
            before = next((t for t in store.treatments.protocols() if t.id == protocol_id), None)
            if before is None:
                raise NotFoundError(f"There is no clinic protocol with id {protocol_id}.")
            store.treatments.delete_protocol(protocol_id)
            self._s.record("delete", "protocol", protocol_id, protocol_values(before), None)

    # --- recording --------------------------------------------------------------------------------

    def check(self, draft: TreatmentDraft, exclude: int | None = None) -> list[safety.Finding]:
        """Every rule's finding for a draft, without writing anything (the dialog shows them live).
        Part of charting: it reads the patient's treatment history."""
        self._s.require(Permission.CHART_WRITE)
        store = self._s.store
        with store.read_transaction():
            return self._findings(draft, exclude)

    def _findings(
        self,
        draft: TreatmentDraft,
        exclude: int | None = None,
        lot: Lot | None = None,
        recipient: safety.Recipient | None = None,
    ) -> list[safety.Finding]:
        store = self._s.store
        lot = lot or self._lot(draft.product, draft.lot_number)
        vials: list[Reconstitution] = []
        if draft.reconstitution_id is not None:
            vials.append(store.treatments.reconstitution(draft.reconstitution_id))
        elif draft.diluent_ml is not None and draft.reconstituted_at is not None:
            vials.append(
                Reconstitution(0, lot.id, draft.diluent_ml, draft.reconstituted_at, "", lot.units_per_vial)
            )
        planned = self._planned(draft)
        history = store.treatments.history(draft.patient_id, exclude)
        recipient = recipient or self._recipient(draft.patient_id)
        return safety.check(planned, history, [lot], vials, self._s.now(), recipient)

    def _planned(self, draft: TreatmentDraft) -> safety.Planned:
        day = self._s.time.local_date(draft.performed_at)
        return safety.Planned(
            day, draft.performed_at, draft.indication, draft.product, draft.total_units, draft.sites
        )

    def _recipient(self, patient_id: int) -> safety.Recipient:
        """Who is injected, as the dose rules see them (age and weights), inside the caller's
        transaction."""
        store = self._s.store
        born = store.patients.get(patient_id).date_of_birth
        return safety.Recipient(born, tuple(store.clinical.weights(patient_id)))

    def _lot(self, product: Product, lot_number: str) -> Lot:
        found = self._s.store.treatments.lot_by_number(None, lot_number.strip())
        if not found:
            raise NotFoundError(f"There is no lot {lot_number} in stock. Add it first (lots add).")
        mine = [lot for lot in found if lot.product is product]
        if not mine:
            raise ValidationError(
                f"Lot {lot_number} is {found[0].product.value}, not {product.value}: "
                "units of different products cannot be mixed."
            )
        return mine[0]

    def record(
        self, draft: TreatmentDraft, override_reason: str = "", by: str = "", sign: bool = True
    ) -> RecordResult:
        """Chart a treatment. Refused (ClinicalRuleError, nothing written) when a rule refuses it, or
        when an overridable rule is broken and no reason is given; a given reason is stored with
        each rule it overrides. The lot's vials are counted as used."""
        self._s.require(Permission.CHART_WRITE)
        if not draft.sites:
            raise ValidationError("A treatment needs at least one injection site.")
        if draft.total_units <= 0:
            raise ValidationError("The sites add up to 0 units; enter the units given at each site.")
        check_units(draft.sites, draft.waste_units)
        store = self._s.store
        now = self._s.now()
        with store.write_transaction():
            # First: another desk charting or amending this patient waits until this one is saved,
            # and the history checked below then holds what it wrote (store.patients.lock).
            store.patients.lock(draft.patient_id)
            patient = store.patients.get(draft.patient_id)
            provider = store.providers.get(draft.provider_id)
            who = self._signer(provider.id, by, provider.name)
            self._check_supervisor(draft)
            lot = self._lot(draft.product, draft.lot_number)
            if draft.diluent_ml is not None:
                self._check_diluent(lot, draft.diluent_ml)
            recipient = self._recipient(draft.patient_id)
            findings = self._findings(draft, lot=lot, recipient=recipient)
            recent = recipient.recent_weight(self._planned(draft).day)
            stopping = safety.blocking(findings, override_reason)
            if stopping:
                raise refusal(stopping)
            vials, waste = vials_and_waste(draft.total_units, draft.waste_units, lot.units_per_vial)
            reconstitution_id = draft.reconstitution_id
            diluent = draft.diluent_ml
            if reconstitution_id is None and diluent is not None:
                opened = store.treatments.add_reconstitution(
                    lot, diluent, draft.reconstituted_at or draft.performed_at, who
                )
                reconstitution_id = opened.id
            elif reconstitution_id is not None:
                diluent = store.treatments.reconstitution(reconstitution_id).diluent_ml
            values: dict[str, Any] = {
                "patient": patient.id,
                "provider": provider.id,
                "appointment": draft.appointment_id,
                "performed_at": draft.performed_at,
                "performed_on": self._s.time.local_date(draft.performed_at),
                "indication": draft.indication.value,
                "protocol": draft.protocol,
                "product": draft.product.value,
                "lot": lot.id,
                "reconstitution": reconstitution_id,
                "diluent_ml": diluent,
                "total_units": total_units(draft.sites),
                "waste_units": waste,
                "guidance": draft.guidance.value,
                "consent_checked": draft.consent_checked,
                "aftercare_given": draft.aftercare_given,
                "notes": draft.notes.strip(),
                "created_at": now,
                "created_by": who,
                "signed_at": now if sign else None,
                "signed_by": who if sign else "",
                "supervised_by": draft.supervised_by_id,
                "weight_kg": recent.kg if recent is not None else None,  # units per kg on the record
            }
            treatment_id = store.treatments.add(values, draft.sites, draft.adverse_events)
            overridden = [f for f in findings if f.level is safety.Level.OVERRIDE]
            for finding in overridden:
                store.treatments.add_override(
                    treatment_id, finding.rule.value, finding.message, override_reason.strip(), who, now
                )
            store.treatments.use_vials(lot.id, vials)
            record = store.treatments.get(treatment_id)
            after = treatment_values(record)
            if overridden:
                after["overrides"] = [f.rule.value for f in overridden]
                after["override_reason"] = override_reason.strip()
            if record.adverse_events:
                after["adverse_events"] = [_event_text(e) for e in record.adverse_events]
            self._s.record("create", "treatment", treatment_id, None, after, record.patient_id)
        warnings = [f for f in findings if f.level is safety.Level.WARN]
        if lot.vials_left < vials:
            warnings.append(
                safety.Finding(
                    safety.Rule.UNUSUAL_TOTAL,
                    safety.Level.WARN,
                    f"Lot {lot.lot_number} had {lot.vials_left} vial(s) left on record; "
                    "check the stock count.",
                )
            )
        return RecordResult(record, warnings, overridden)

    def sign(self, treatment_id: int, by: str) -> TreatmentRecord:
        self._s.require(Permission.CHART_WRITE)
        store = self._s.store
        with store.write_transaction():
            record = store.treatments.get(treatment_id)
            if record.signed:
                raise ConflictError(f"Treatment {treatment_id} was already signed by {record.signed_by}.")
            who = self._signer(record.provider_id, by, record.provider_name, record.provider_name)
            store.treatments.update(treatment_id, {"signed_at": self._s.now(), "signed_by": who})
            signed = store.treatments.get(treatment_id)
            self._s.record(
                "change", "treatment", treatment_id,
                *_changed(treatment_values(record), treatment_values(signed)), record.patient_id,
            )  # fmt: skip
            return signed

    def amend(self, treatment_id: int, changes: dict[str, Any], reason: str, by: str) -> TreatmentRecord:
        """Correct a treatment. A signed one keeps its history: each change is appended as an
        amendment with the values before and after, who and why; nothing is silently overwritten.
        Changed sites re-run the dose rules (the reason then stands as the override reason)."""
        self._s.require(Permission.CHART_WRITE)
        unknown = sorted(set(changes) - set(AMENDABLE))
        if unknown:
            raise ValidationError(f"These cannot be amended: {', '.join(unknown)}.")
        if not reason.strip():
            raise ValidationError("An amendment needs a reason.")
        store = self._s.store
        with store.write_transaction():
            # The patient first (store.patients.lock), then the treatment as it is now: an amendment
            # saved meanwhile at another desk is what this one changes and checks against.
            store.patients.lock(store.treatments.patient_of(treatment_id))
            record = store.treatments.get(treatment_id)
            by = self._signer(record.provider_id, by, "", record.provider_name)  # one's own only
            before: dict[str, Any] = {}
            values: dict[str, Any] = {}
            for name, value in changes.items():
                if name == "sites":
                    sites = tuple(value)
                    if not sites:
                        raise ValidationError("A treatment needs at least one injection site.")
                    check_units(sites, None)
                    draft = TreatmentDraft(
                        record.patient_id, record.provider_id, record.performed_at, record.indication,
                        record.product, record.lot_number, sites,
                    )  # fmt: skip
                    findings = self._findings_for_amendment(draft, treatment_id)
                    stopping = safety.blocking(findings, reason)
                    if stopping:
                        raise refusal(stopping)
                    before["sites"] = [_site_text(s) for s in record.sites]
                    values["total_units"] = total_units(sites)
                    store.treatments.replace_sites(treatment_id, sites)
                    changes_after = [_site_text(s) for s in sites]
                    before["total_units"] = format_units(record.total_units)
                    changes = {
                        **changes,
                        "sites": changes_after,
                        "total_units": format_units(values["total_units"]),
                    }
                    for finding in findings:
                        if finding.level is safety.Level.OVERRIDE:
                            store.treatments.add_override(
                                treatment_id,
                                finding.rule.value,
                                finding.message,
                                reason.strip(),
                                by,
                                self._s.now(),
                            )
                elif name == "waste_units":
                    before[name] = str(record.waste_units)
                    values[name] = parse_units(value, "wasted units")
                elif name == "guidance":
                    before[name] = record.guidance.value
                    values[name] = Guidance(value).value
                elif name == "notes":
                    before[name] = record.notes
                    values[name] = str(value).strip()
                else:
                    before[name] = bool(getattr(record, name))
                    values[name] = bool(value)
            if values:
                store.treatments.update(treatment_id, values)
            if record.signed:
                diff = {
                    k: {"before": before[k], "after": _plain(changes.get(k, values.get(k)))} for k in before
                }
                store.treatments.add_amendment(treatment_id, self._s.now(), by, reason.strip(), diff)
            amended = store.treatments.get(treatment_id)
            was, now = _changed(treatment_values(record), treatment_values(amended))
            if was or now:
                now["reason"] = reason.strip()
                self._s.record("change", "treatment", treatment_id, was, now, record.patient_id)
            return amended

    # --- who charts: the provider who gives the treatment (domain/signing.py) -----------------------

    def _own_name(self) -> str | None:
        """A provider account's own provider's name (what it charts as); None for the software
        itself. An account not linked to its provider record yet charts nothing."""
        session = self._s.session
        if session is None or session.role is not Role.PROVIDER:
            return None
        if session.provider_id is None:
            raise PermissionDeniedError(unlinked_message(session.name))
        return self._s.store.providers.get(session.provider_id).name

    def _signer(self, provider_id: int, by: str, fallback: str, given_by: str = "") -> str:
        """Who a treatment of ``provider_id`` is charted, signed or amended as: a provider account
        as itself, and only on its own treatments (refused naming the rule otherwise); the software
        itself as ``by`` (else ``fallback``). ``given_by``: the existing treatment's provider."""
        own = self._own_name()
        if own is None:
            return by.strip() or fallback
        require_own(self._s.session, provider_id, own, given_by)
        return own

    def _check_supervisor(self, draft: TreatmentDraft) -> None:
        """'Supervised by' names another provider of the clinic, beside the one who gives it."""
        if draft.supervised_by_id is None:
            return
        if draft.supervised_by_id == draft.provider_id:
            raise ValidationError(
                "A treatment is supervised by someone other than the provider who gives it; leave "
                "'supervised by' empty when nobody supervised."
            )
        self._s.store.providers.get(draft.supervised_by_id)

    def _findings_for_amendment(self, draft: TreatmentDraft, treatment_id: int) -> list[safety.Finding]:
        """Only the dose rules (the lot and the vial were checked when the treatment was recorded):
        the limits for the patient's age and weight on its day (safety.dose_limit_findings), and
        for an adult the usual total."""
        planned = self._planned(draft)
        history = self._s.store.treatments.history(draft.patient_id, exclude=treatment_id)
        recipient = self._recipient(draft.patient_id)
        found = safety.dose_limit_findings(planned, history, recipient)
        unusual = None if recipient.child_on(planned.day) else safety.range_finding(planned)
        return [*found, *([unusual] if unusual is not None else [])]

    def add_adverse_event(self, treatment_id: int, event: AdverseEventEntry, by: str) -> TreatmentRecord:
        """Adverse events are reported after the visit; on a signed treatment this is an amendment."""
        self._s.require(Permission.CHART_WRITE)
        if not event.kind.strip():
            raise ValidationError("Say what the adverse event was.")
        if event.resolved is not None and event.resolved < event.onset:
            raise ValidationError("An adverse event cannot resolve before its onset.")
        store = self._s.store
        with store.write_transaction():
            by = self._own_name() or by  # any provider reports one, as themselves (domain/signing.py)
            record = store.treatments.get(treatment_id)
            if event.onset < record.performed_on:
                raise ValidationError("An adverse event cannot begin before the treatment.")
            event_id = store.treatments.add_adverse_event(treatment_id, event)
            self._s.record(
                "create", "adverse_event", event_id, None,
                {"treatment_id": treatment_id, **adverse_event_values(event)}, record.patient_id,
            )  # fmt: skip
            if record.signed:
                after = f"{event.kind} ({event.severity.value}, from {event.onset:%Y-%m-%d})"
                store.treatments.add_amendment(
                    treatment_id,
                    self._s.now(),
                    by,
                    "Adverse event reported",
                    {"adverse_events": {"before": None, "after": after}},
                )
            return store.treatments.get(treatment_id)

    def for_patient(self, patient_id: int) -> list[TreatmentRecord]:
        self._s.require(Permission.CHART_READ)
        store = self._s.store
        with store.read_transaction():
            store.patients.get(patient_id)
            return store.treatments.for_patient(patient_id)

    def get(self, treatment_id: int) -> TreatmentRecord:
        self._s.require(Permission.CHART_READ)
        with self._s.store.read_transaction():
            return self._s.store.treatments.get(treatment_id)

    def count(self) -> int:
        """How many treatments the clinic has charted: a number, no one's record, so not guarded
        (``info`` shows it to every role)."""
        return self._s.store.treatments.count()

    # --- outcomes ---------------------------------------------------------------------------------

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
        raise ValidationError(f"Unknown measure '{code}'. Measures: {known}.")

    def add_measure(self, measure: Measure) -> Measure:
        """A clinic's own outcome measure: part of the clinical catalogue, like its protocols."""
        self._s.require(Permission.STOCK)
        if not re.match(r"^[a-z][a-z0-9_]{1,31}$", measure.code):
            raise ValidationError(f"'{measure.code}' is not a measure code (lowercase letters, digits, _).")
        if not measure.label.strip():
            raise ValidationError("The measure needs a label.")
        if measure.low >= measure.high:
            raise ValidationError("A measure's lowest value must be below its highest.")
        if any(m.code == measure.code for m in self.measures()):
            raise ConflictError(f"There is already a measure '{measure.code}'.")
        with self._s.store.write_transaction():
            self._s.store.treatments.add_measure(replace(measure, builtin=False))
            after = {
                "code": measure.code, "label": measure.label, "low": measure.low, "high": measure.high,
                "unit": measure.unit, "lower_is_better": measure.lower_is_better,
            }  # fmt: skip
            self._s.record("create", "measure", measure.code, None, after)
        return replace(measure, builtin=False)

    def add_outcome(
        self, patient_id: int, code: str, value: object, day: date | None = None, by: str = ""
    ) -> Score:
        self._s.require(Permission.CHART_WRITE)
        measure = self.measure(code)
        number = measure_value(measure, value)
        today = self._s.time.local_date(self._s.now())
        when = day or today
        if when > today:
            raise ValidationError("An outcome score cannot be recorded for a date after today.")
        store = self._s.store
        with store.write_transaction():
            by = self._own_name() or by
            store.patients.get(patient_id)
            outcome_id = store.treatments.add_outcome(
                patient_id, measure.code, number, when, by, self._s.now()
            )
            after = {"measure": measure.code, "value": number, "recorded_on": when, "by": by}
            self._s.record("create", "outcome", outcome_id, None, after, patient_id)
        return Score(when, number)

    def outcomes(self, patient_id: int) -> dict[str, list[Score]]:
        self._s.require(Permission.CHART_READ)
        with self._s.store.read_transaction():
            return self._s.store.treatments.outcomes(patient_id)

    def migraine_status(self, patient_id: int) -> MigraineStatus:
        """Responder status and the NICE TA260 stopping flag from the headache diary."""
        self._s.require(Permission.CHART_READ)
        with self._s.store.read_transaction():
            scores = self._s.store.treatments.outcomes(patient_id).get(HEADACHE_DAYS, [])
            days = self._s.store.treatments.treatment_days(patient_id, Indication.CHRONIC_MIGRAINE)
        return migraine_status(scores, days)


def treatment_values(t: TreatmentRecord) -> dict[str, Any]:
    """A treatment as its audit entry keeps it: what was given, from which lot, where, signed or not
    (instants as ISO 8601 in UTC, units as the chart prints them)."""
    return {
        "patient_id": t.patient_id,
        "provider_id": t.provider_id,
        "appointment_id": t.appointment_id,
        "performed_at": t.performed_at.isoformat(),
        "indication": t.indication.value,
        "protocol": t.protocol,
        "product": t.product.value,
        "lot": t.lot_number,
        "total_units": format_units(t.total_units),
        "waste_units": format_units(t.waste_units),
        "sites": [_site_text(s) for s in t.sites],
        "guidance": t.guidance.value,
        "consent_checked": t.consent_checked,
        "aftercare_given": t.aftercare_given,
        "notes": t.notes,
        "signed_at": t.signed_at.isoformat() if t.signed_at else None,
        "signed_by": t.signed_by,
        **({"supervised_by_id": t.supervised_by_id} if t.supervised_by_id is not None else {}),
    }


def lot_values(lot: Lot) -> dict[str, Any]:
    return {
        "product": lot.product.value,
        "lot": lot.lot_number,
        "expires_on": lot.expires_on.isoformat(),
        "vials_received": lot.vials_received,
        "units_per_vial": lot.units_per_vial,
    }


def protocol_values(t: ProtocolTemplate) -> dict[str, Any]:
    ftp = t.follow_the_pain
    return {
        "name": t.name,
        "indication": t.indication.value,
        "product": t.product.value,
        "sites": [_site_text(s) for s in t.sites],
        "follow_the_pain": None
        if ftp is None
        else {
            "max_units": format_units(ftp.max_units),
            "max_injection_points": ftp.max_injection_points,
            "muscles": list(ftp.muscles),
        },
        "source": t.source,
    }


def adverse_event_values(e: AdverseEventEntry) -> dict[str, Any]:
    return {
        "kind": e.kind,
        "severity": e.severity.value,
        "onset": e.onset.isoformat(),
        "resolved": e.resolved.isoformat() if e.resolved else None,
        "notes": e.notes,
    }


def _changed(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that differ, before and after: what an audit entry of a change shows."""
    keys = [k for k in after if before.get(k) != after[k]]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def _event_text(e: AdverseEventEntry) -> str:
    return f"{e.kind} ({e.severity.value}, from {e.onset:%Y-%m-%d})"


def _site_text(site: SiteDose) -> str:
    return f"{site.muscle}:{site.side.value}:{site.units}:{site.injection_points}"


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value
