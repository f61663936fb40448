"""Treatments: the Procedure, its lots (Medication), one administration per site, adverse events."""

from __future__ import annotations

from typing import Any

from clinic_desktop.domain.codes import Product
from clinic_desktop.domain.products import PRODUCTS
from clinic_desktop.domain.treatment_record import AdverseEventEntry, SiteDose, TreatmentRecord
from clinic_desktop.domain.units import format_units
from clinic_desktop.services.fhir.base import BuilderBase, Entries, said
from clinic_desktop.services.fhir.codes import ADVERSE_EVENT_OUTCOME, ADVERSE_EVENT_SEVERITY


class TreatmentResources(BuilderBase):
    """Each treatment: its Procedure, lot, administrations and adverse events."""

    # --- treatments -------------------------------------------------------------------------------

    @staticmethod
    def _lot_key(product: Product, lot_number: str) -> str:
        return f"Medication/{product.value}/{lot_number}"

    def _product_code(self, product: Product) -> dict[str, Any]:
        info = PRODUCTS[product]
        return self._code("CodeSystem/product", product.value, f"{info.label} ({info.brand})")

    def _medications(self) -> Entries:
        """One Medication per lot the patient received: the product and the lot's number and expiry."""
        lots: dict[str, TreatmentRecord] = {}
        for t in self._r.treatments:
            lots.setdefault(self._lot_key(t.product, t.lot_number), t)
        return [
            (
                key,
                {
                    "resourceType": "Medication",
                    "code": self._product_code(t.product),
                    "batch": {"lotNumber": t.lot_number, "expirationDate": t.lot_expires_on.isoformat()},
                },
            )
            for key, t in lots.items()
        ]

    @staticmethod
    def _site_text(site: SiteDose) -> str:
        """'trapezius (left)': the muscle, then its side in brackets (read back with rpartition)."""
        return f"{site.muscle.strip()} ({site.side.value})"

    def _procedure(self, t: TreatmentRecord) -> dict[str, Any]:
        info = PRODUCTS[t.product]
        resource: dict[str, Any] = {
            "resourceType": "Procedure",
            "identifier": [{"system": self._system("treatment"), "value": str(t.id)}],
            "status": "completed",
            "code": {"text": f"Botulinum toxin injection: {t.indication.label}"},
            "subject": self._patient_ref(),
            "performedDateTime": self._instant(t.performed_at),
            "performer": [{"actor": self._provider_ref(t.provider_id)}],
            "reasonCode": [self._code("CodeSystem/indication", t.indication.value, t.indication.label)],
            # the sites injected (a site charted with 0 units was not)
            "bodySite": [{"text": self._site_text(s)} for s in t.sites if s.units > 0],
            "usedReference": [{"reference": self._url(self._lot_key(t.product, t.lot_number))}],
        }
        reasons = [c for c in self._r.conditions if c.indication is t.indication]
        if reasons:
            resource["reasonReference"] = [{"reference": self._url(f"Condition/{c.id}")} for c in reasons]
        if t.adverse_events:
            resource["complication"] = [
                {"text": f"{e.kind} ({e.severity.value}, from {e.onset:%Y-%m-%d})"} for e in t.adverse_events
            ]
        summary = (
            f"{format_units(t.total_units)} U of {info.label} ({info.brand}), lot {t.lot_number}"
            f"{f', protocol {t.protocol}' if t.protocol else ''}; waste {format_units(t.waste_units)} U "
            f"({t.waste_modifier}); guidance: {t.guidance.label}."
        )
        if t.diluent_ml is not None and t.units_per_tenth_ml is not None:
            per_tenth = format_units(t.units_per_tenth_ml)
            summary += f" Reconstituted with {t.diluent_ml} mL per vial ({per_tenth} U per 0.1 mL)."
        notes: list[dict[str, Any]] = [{"text": summary}]
        if t.notes:
            notes.append({"text": t.notes})
        checks = (
            f"Consent checked: {'yes' if t.consent_checked else 'no'}; "
            f"aftercare given: {'yes' if t.aftercare_given else 'no'}."
        )
        charted = f"Charted by {t.created_by}. " if t.created_by else ""
        notes.append({"text": charted + checks})
        if t.signed_at is not None:
            notes.append(
                {
                    "text": f"Signed by {t.signed_by or 'the provider'} on {self._local(t.signed_at)}.",
                    "time": self._instant(t.signed_at),
                    **({"authorString": t.signed_by} if t.signed_by else {}),
                }
            )
        else:
            notes.append({"text": "Not signed."})
        for o in t.overrides:
            notes.append(
                {
                    "text": f"Clinical rule overridden ({o.rule}): {o.message} Reason: {o.reason}",
                    "time": self._instant(o.at),
                    **({"authorString": o.by} if o.by else {}),
                }
            )
        for amendment in t.amendments:
            changed = "; ".join(
                f"{name}: {said(change.get('before'))} -> {said(change.get('after'))}"
                for name, change in amendment.changes.items()
            )
            notes.append(
                {
                    "text": f"Amended: {amendment.reason}" + (f" ({changed})" if changed else ""),
                    "time": self._instant(amendment.at),
                    **({"authorString": amendment.by} if amendment.by else {}),
                }
            )
        resource["note"] = notes
        return resource

    def _adverse_events(self, t: TreatmentRecord) -> Entries:
        """Each adverse event of a treatment, suspected of the treatment and its lot."""
        found = []
        for position, event in enumerate(t.adverse_events, start=1):
            resource = self._adverse_event(t, event)
            key = f"AdverseEvent/{event.id}" if event.id is not None else f"AdverseEvent/{t.id}/{position}"
            found.append((key, resource))
        return found

    def _adverse_event(self, t: TreatmentRecord, event: AdverseEventEntry) -> dict[str, Any]:
        resolved = event.resolved
        outcome = {
            "coding": [{"system": ADVERSE_EVENT_OUTCOME, "code": "resolved" if resolved else "ongoing"}],
            "text": f"Resolved on {resolved.isoformat()}" if resolved else "Not resolved when last recorded",
        }
        resource: dict[str, Any] = {
            "resourceType": "AdverseEvent",
            "actuality": "actual",
            "event": {"text": event.kind},
            "subject": self._patient_ref(),
            "date": event.onset.isoformat(),
            "severity": {"coding": [{"system": ADVERSE_EVENT_SEVERITY, "code": event.severity.value}]},
            "outcome": outcome,
            "suspectEntity": [
                {"instance": {"reference": self._url(f"Procedure/{t.id}")}},
                {"instance": {"reference": self._url(self._lot_key(t.product, t.lot_number))}},
            ],
        }
        if event.notes:
            resource["extension"] = [self._text_extension("note", event.notes)]
        return resource

    def _administrations(self, t: TreatmentRecord) -> Entries:
        """One administration per injection site, each with its units and site, part of the Procedure.
        A site charted with 0 units was not injected: its administration is 'not-done'."""
        found = []
        lot = self._url(self._lot_key(t.product, t.lot_number))
        lot_name = f"{PRODUCTS[t.product].label}, lot {t.lot_number}"
        for position, site in enumerate(t.sites, start=1):
            points = site.injection_points
            resource = {
                "resourceType": "MedicationAdministration",
                "identifier": [{"system": self._system("treatment-site"), "value": f"{t.id}-{position}"}],
                "partOf": [{"reference": self._url(f"Procedure/{t.id}")}],
                "status": "completed" if site.units > 0 else "not-done",
                "medicationReference": {"reference": lot, "display": lot_name},
                "subject": self._patient_ref(),
                "effectiveDateTime": self._instant(t.performed_at),
                "performer": [{"actor": self._provider_ref(t.provider_id)}],
                "dosage": {
                    "text": (
                        f"{format_units(site.units)} U into {site.muscle.strip()} ({site.side.value}) "
                        f"over {points} injection point{'' if points == 1 else 's'}"
                    ),
                    "site": {"text": self._site_text(site)},
                    "dose": self._units(site.units),
                },
            }
            found.append((f"MedicationAdministration/{t.id}/{position}", resource))
        return found
