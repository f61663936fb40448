"""A child's planned dose where a toxin-treatment visit is booked or moved (issue 21): the same
weight-based limits charting applies (domain/safety.py, dose_limit_findings), asked of the dose the
visit plans, so reception learns when booking, not at the injection, that a child's usual dose is
over the limit for the weight on record or would pass the 3-month limit.

The dose planned is *known* when the patient has had the visit type's indication before: it is the
last dose charted for it (its product and units, as the follow-up engine plans it). A first
treatment, a type tied to no indication, or a child never weighed has no dose to ask about: the
limits are asked again at charting, where a recent weight is required anyway. The visits of a
series count each other's planned doses.

Adults are not asked here: their 400 U window where a dose is planned belongs to the booking-time
interval rule (issue 20), which asks domain/safety.py for the same planned dose. Once both are in,
that one call becomes ``safety.dose_limit_findings`` with the patient's Recipient, and this module
goes.

Not a use case: nothing here asks a permission. The booking use cases that call it asked already,
inside their write transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from clinic_desktop.domain import safety
from clinic_desktop.domain.entities import AppointmentType
from clinic_desktop.domain.treatments import format_units

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices


def child_dose_warnings(
    services: ClinicServices, patient_id: int, kind: AppointmentType, starts: Sequence[datetime]
) -> list[str]:
    """Why visits of ``kind`` at ``starts`` need an override reason for a child's planned dose,
    one sentence per limit passed; none for an adult, a type that is no toxin treatment, or a dose
    not known."""
    if not kind.is_treatment or kind.indication is None:
        return []
    store = services.store
    clinic_time = services.time
    patient = store.patients.get(patient_id)
    born = patient.date_of_birth
    days = [clinic_time.local_date(start) for start in starts]
    if not any(safety.Recipient(born).child_on(day) for day in days):
        return []
    treatments = store.followups.treatments(patient_id)
    last = next((t for t in reversed(treatments) if t.indication is kind.indication), None)
    if last is None:
        return []
    recipient = safety.Recipient(born, tuple(store.clinical.weights(patient_id)))
    history = [safety.PastDose(t.day, t.product, t.units, None, t.indication) for t in treatments]
    name = patient.display_name
    found: list[str] = []
    for start, day in zip(starts, days, strict=True):
        planned = safety.Planned(day, start, kind.indication, last.product, last.units)
        for finding in safety.dose_limit_findings(planned, history, recipient):
            if finding.level is safety.Level.OVERRIDE:
                found.append(
                    f"The dose planned for {day:%Y-%m-%d} ({format_units(last.units)} U, as at {name}'s "
                    f"last {kind.indication.label.lower()} treatment): {finding.message}"
                )
        history.append(safety.PastDose(day, last.product, last.units, None, kind.indication))
    return list(dict.fromkeys(found))
