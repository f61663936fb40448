"""What the audit trail keeps of a treatment, a lot, a protocol and an adverse event: plain values
(instants as ISO 8601 in UTC, units as the chart prints them), and of a change only what differs."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from clinic_desktop.domain.treatment_record import AdverseEventEntry, SiteDose, TreatmentRecord
from clinic_desktop.domain.treatments import Lot, ProtocolTemplate
from clinic_desktop.domain.units import format_units


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
        "sites": [site_text(s) for s in t.sites],
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
        "sites": [site_text(s) for s in t.sites],
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


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that differ, before and after: what an audit entry of a change shows."""
    keys = [k for k in after if before.get(k) != after[k]]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def event_text(e: AdverseEventEntry) -> str:
    return f"{e.kind} ({e.severity.value}, from {e.onset:%Y-%m-%d})"


def site_text(site: SiteDose) -> str:
    return f"{site.muscle}:{site.side.value}:{site.units}:{site.injection_points}"


def plain_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [plain_value(v) for v in value]
    return value
