"""Treatment charting: stock (lots, reconstituted vials), protocol templates, recording a treatment
under the clinical safety rules (domain/safety.py), signing, amendments, and outcome scores.

Who may: charting (record, amend, sign, adverse events, outcomes) is a provider's act; reading the
clinical record is a provider's or a manager's; the stock and the clinic's own protocols and
measures are kept by providers and managers, and read by whoever charts. Reception does none of
it. Every change is written to the audit trail in its own write transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from clinic_desktop.domain import safety
from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.codes import Indication, Product
from clinic_desktop.domain.errors import ConflictError, NotFoundError, OverrideRequiredError, ValidationError
from clinic_desktop.domain.outcomes import (
    HEADACHE_DAYS,
    MigraineStatus,
    Score,
    measure_value,
    migraine_status,
)
from clinic_desktop.domain.signing import require_own
from clinic_desktop.domain.treatment_record import (
    AdverseEventEntry,
    Guidance,
    SiteDose,
    TreatmentRecord,
    total_units,
)
from clinic_desktop.domain.treatments import (
    Lot,
    Reconstitution,
    TreatmentDraft,
    check_units,
    parse_units,
    vials_and_waste,
)
from clinic_desktop.domain.units import format_units
from clinic_desktop.domain.words import QT_TR_NOOP, Text
from clinic_desktop.services.phrases import Joined
from clinic_desktop.services.treatment_audit import (
    adverse_event_values,
    changed_fields,
    event_text,
    lot_values,
    plain_value,
    protocol_values,
    site_text,
    treatment_values,
)
from clinic_desktop.services.treatment_catalogue import TreatmentCatalogue

AMENDABLE = ("notes", "waste_units", "guidance", "aftercare_given", "consent_checked", "sites")


class ClinicalRuleError(ValidationError):
    """Refused by a clinical rule; carries every finding so a dialog can list them. Raise it with
    refusal(): a refusal whose findings a reason would all overcome is a ClinicalOverrideError."""

    def __init__(self, findings: list[safety.Finding]) -> None:
        said: Text = Joined(f.message for f in findings)
        if overridable(findings):  # a Text, not fields: OverrideRequiredError takes (message, reasons)
            said = Text(QT_TR_NOOP("{findings} Give an override reason to record it anyway."), findings=said)
        super().__init__(said)
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


class TreatmentService(TreatmentCatalogue):
    """Charting, signing and amending treatments, adverse events and outcome scores, over the
    catalogue they draw on (lots, vials, protocols, measures: services/treatment_catalogue.py)."""

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

    def _lot(self, product: Product, lot_number: str) -> Lot:
        found = self._s.store.treatments.lot_by_number(None, lot_number.strip())
        if not found:
            raise NotFoundError(
                QT_TR_NOOP("There is no lot {lot} in stock. Add it first (lots add)."), lot=lot_number
            )
        mine = [lot for lot in found if lot.product is product]
        if not mine:
            raise ValidationError(
                QT_TR_NOOP(
                    "Lot {lot} is {product}, not {wanted}: units of different products cannot be mixed."
                ),
                lot=lot_number,
                product=found[0].product.value,
                wanted=product.value,
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
            raise ValidationError(QT_TR_NOOP("A treatment needs at least one injection site."))
        if draft.total_units <= 0:
            raise ValidationError(
                QT_TR_NOOP("The sites add up to 0 units; enter the units given at each site.")
            )
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
            reconstitution_id, diluent = self._vial_of(draft, lot, who)
            values: dict[str, Any] = {
                "patient": patient.id,
                "provider": provider.id,
                "lot": lot.id,
                "reconstitution": reconstitution_id,
                "diluent_ml": diluent,
                "waste_units": waste,
                "created_at": now,
                "created_by": who,
                "signed_at": now if sign else None,
                "signed_by": who if sign else "",
                "weight_kg": recent.kg if recent is not None else None,  # units per kg on the record
                **self._given(draft),
            }
            treatment_id = store.treatments.add(values, draft.sites, draft.adverse_events)
            overridden = [f for f in findings if f.level is safety.Level.OVERRIDE]
            for finding in overridden:
                store.treatments.add_override(
                    treatment_id, finding.rule.value, finding.message, override_reason.strip(), who, now
                )
            store.treatments.use_vials(lot.id, vials)
            record = self._audit_recorded(treatment_id, overridden, override_reason)
        warnings = [f for f in findings if f.level is safety.Level.WARN]
        if lot.vials_left < vials:
            warnings.append(
                safety.Finding(
                    safety.Rule.UNUSUAL_TOTAL,
                    safety.Level.WARN,
                    Text(
                        QT_TR_NOOP("Lot {lot} had {left} vial(s) left on record; check the stock count."),
                        lot=lot.lot_number,
                        left=lot.vials_left,
                    ),
                )
            )
        return RecordResult(record, warnings, overridden)

    def _vial_of(self, draft: TreatmentDraft, lot: Lot, who: str) -> tuple[int | None, Decimal | None]:
        """The reconstituted vial a treatment is drawn from and its diluent: the one named, or one
        opened now (at the time given, else the treatment's) when a diluent is given; none else."""
        store = self._s.store
        if draft.reconstitution_id is not None:
            return draft.reconstitution_id, store.treatments.reconstitution(
                draft.reconstitution_id
            ).diluent_ml
        if draft.diluent_ml is not None:
            opened = store.treatments.add_reconstitution(
                lot, draft.diluent_ml, draft.reconstituted_at or draft.performed_at, who
            )
            return opened.id, draft.diluent_ml
        return None, None

    def _given(self, draft: TreatmentDraft) -> dict[str, Any]:
        """The columns of a treatment's row that say what was given, when, why and how, as drafted."""
        return {
            "appointment": draft.appointment_id,
            "performed_at": draft.performed_at,
            "performed_on": self._s.time.local_date(draft.performed_at),
            "indication": draft.indication.value,
            "protocol": draft.protocol,
            "product": draft.product.value,
            "total_units": total_units(draft.sites),
            "guidance": draft.guidance.value,
            "consent_checked": draft.consent_checked,
            "aftercare_given": draft.aftercare_given,
            "notes": draft.notes.strip(),
            "supervised_by": draft.supervised_by_id,
        }

    def _audit_recorded(
        self, treatment_id: int, overridden: list[safety.Finding], override_reason: str
    ) -> TreatmentRecord:
        """The treatment just charted, as read back, with its audit entry (its overrides and the
        reason, its adverse events)."""
        record = self._s.store.treatments.get(treatment_id)
        after = treatment_values(record)
        if overridden:
            after["overrides"] = [f.rule.value for f in overridden]
            after["override_reason"] = override_reason.strip()
        if record.adverse_events:
            after["adverse_events"] = [event_text(e) for e in record.adverse_events]
        self._s.record("create", "treatment", treatment_id, None, after, record.patient_id)
        return record

    def sign(self, treatment_id: int, by: str) -> TreatmentRecord:
        self._s.require(Permission.CHART_WRITE)
        store = self._s.store
        with store.write_transaction():
            record = store.treatments.get(treatment_id)
            if record.signed:
                raise ConflictError(
                    QT_TR_NOOP("Treatment {id} was already signed by {name}."),
                    id=treatment_id,
                    name=record.signed_by,
                )
            who = self._signer(record.provider_id, by, record.provider_name, record.provider_name)
            store.treatments.update(treatment_id, {"signed_at": self._s.now(), "signed_by": who})
            signed = store.treatments.get(treatment_id)
            self._s.record(
                "change", "treatment", treatment_id,
                *changed_fields(treatment_values(record), treatment_values(signed)), record.patient_id,
            )  # fmt: skip
            return signed

    def amend(self, treatment_id: int, changes: dict[str, Any], reason: str, by: str) -> TreatmentRecord:
        """Correct a treatment. A signed one keeps its history: each change is appended as an
        amendment with the values before and after, who and why; nothing is silently overwritten.
        Changed sites re-run the dose rules (the reason then stands as the override reason)."""
        self._s.require(Permission.CHART_WRITE)
        unknown = sorted(set(changes) - set(AMENDABLE))
        if unknown:
            raise ValidationError(QT_TR_NOOP("These cannot be amended: {fields}."), fields=", ".join(unknown))
        if not reason.strip():
            raise ValidationError(QT_TR_NOOP("An amendment needs a reason."))
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
                    total = self._amend_sites(record, sites, reason, by)
                    before["sites"] = [site_text(s) for s in record.sites]
                    before["total_units"] = format_units(record.total_units)
                    values["total_units"] = total
                    changes = {
                        **changes,
                        "sites": [site_text(s) for s in sites],
                        "total_units": format_units(total),
                    }
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
                    k: {"before": before[k], "after": plain_value(changes.get(k, values.get(k)))}
                    for k in before
                }
                store.treatments.add_amendment(treatment_id, self._s.now(), by, reason.strip(), diff)
            amended = store.treatments.get(treatment_id)
            was, now = changed_fields(treatment_values(record), treatment_values(amended))
            if was or now:
                now["reason"] = reason.strip()
                self._s.record("change", "treatment", treatment_id, was, now, record.patient_id)
            return amended

    def _amend_sites(
        self, record: TreatmentRecord, sites: tuple[SiteDose, ...], reason: str, by: str
    ) -> Decimal:
        """Replace a treatment's sites, after the rules (safety.check_amendment): refused as charting
        is, the amendment's reason standing as the override reason, stored with each rule it
        overrides. Inside the caller's transaction; the new total returned."""
        if not sites:
            raise ValidationError(QT_TR_NOOP("A treatment needs at least one injection site."))
        check_units(sites, None)
        draft = TreatmentDraft(
            record.patient_id, record.provider_id, record.performed_at, record.indication,
            record.product, record.lot_number, sites,
        )  # fmt: skip
        findings = self._findings_for_amendment(draft, record.id)
        stopping = safety.blocking(findings, reason)
        if stopping:
            raise refusal(stopping)
        treatments = self._s.store.treatments
        treatments.replace_sites(record.id, sites)
        for finding in findings:
            if finding.level is safety.Level.OVERRIDE:
                treatments.add_override(
                    record.id, finding.rule.value, finding.message, reason.strip(), by, self._s.now()
                )
        return total_units(sites)

    # --- who charts: the provider who gives the treatment (domain/signing.py) -----------------------
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
                QT_TR_NOOP(
                    "A treatment is supervised by someone other than the provider who gives it; leave "
                    "'supervised by' empty when nobody supervised."
                )
            )
        self._s.store.providers.get(draft.supervised_by_id)

    def _findings_for_amendment(self, draft: TreatmentDraft, treatment_id: int) -> list[safety.Finding]:
        """The rules asked of changed sites (safety.check_amendment), against the patient's other
        treatments, inside the caller's transaction."""
        planned = self._planned(draft)
        history = self._s.store.treatments.history(draft.patient_id, exclude=treatment_id)
        lot = self._lot(draft.product, draft.lot_number)
        recipient = self._recipient(draft.patient_id)
        # Its vial is not read: the vial's rules, like the lot's, were settled when it was charted.
        return safety.check_amendment(planned, history, [lot], [], self._s.now(), recipient)

    def add_adverse_event(self, treatment_id: int, event: AdverseEventEntry, by: str) -> TreatmentRecord:
        """Adverse events are reported after the visit; on a signed treatment this is an amendment."""
        self._s.require(Permission.CHART_WRITE)
        if not event.kind.strip():
            raise ValidationError(QT_TR_NOOP("Say what the adverse event was."))
        if event.resolved is not None and event.resolved < event.onset:
            raise ValidationError(QT_TR_NOOP("An adverse event cannot resolve before its onset."))
        store = self._s.store
        with store.write_transaction():
            by = self._own_name() or by  # any provider reports one, as themselves (domain/signing.py)
            record = store.treatments.get(treatment_id)
            if event.onset < record.performed_on:
                raise ValidationError(QT_TR_NOOP("An adverse event cannot begin before the treatment."))
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
    def add_outcome(
        self, patient_id: int, code: str, value: object, day: date | None = None, by: str = ""
    ) -> Score:
        self._s.require(Permission.CHART_WRITE)
        measure = self.measure(code)
        number = measure_value(measure, value)
        today = self._s.time.local_date(self._s.now())
        when = day or today
        if when > today:
            raise ValidationError(QT_TR_NOOP("An outcome score cannot be recorded for a date after today."))
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


__all__ = [
    "ClinicalOverrideError",
    "ClinicalRuleError",
    "RecordResult",
    "TreatmentService",
    "adverse_event_values",
    "lot_values",
    "protocol_values",
    "treatment_values",
]
