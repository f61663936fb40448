"""Appointments, waiting-list requests and the patient's own re-treatment interval."""

from __future__ import annotations

from typing import Any

from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.entities import ScheduleEntry
from clinic_desktop.services.fhir.base import BuilderBase, Entries
from clinic_desktop.services.fhir.codes import APPOINTMENT_STATUS


class VisitResources(BuilderBase):
    """Appointments, the waiting list and re-treatment plans."""

    # --- appointments -----------------------------------------------------------------------------

    def _appointment(self, entry: ScheduleEntry) -> dict[str, Any]:
        a = entry.appointment
        resource: dict[str, Any] = {
            "resourceType": "Appointment",
            "identifier": [{"system": self._system("appointment"), "value": str(a.id)}],
            "status": APPOINTMENT_STATUS[a.status],
            "serviceType": [{"text": entry.type_name}],
            "description": entry.type_name,
            "start": self._instant(a.start),
            "end": self._instant(a.end),
            "minutesDuration": max(1, round((a.end - a.start).total_seconds() / 60)),
            "participant": [
                {"actor": self._patient_ref(), "status": "accepted"},
                {"actor": self._provider_ref(a.provider_id), "status": "accepted"},
            ],
        }
        if a.status is AppointmentStatus.CANCELLED and a.cancel_reason:
            resource["cancelationReason"] = {"text": a.cancel_reason}
        parts = [a.notes, f"Room: {entry.room_name}" if entry.room_name else ""]
        details = self._r.appointment_details.get(a.id)
        if details is not None:
            if details.created_at is not None:
                resource["created"] = self._instant(details.created_at)
            if details.booked_by:
                parts.append(f"Booked by {details.booked_by}")
            if details.override_reason:
                parts.append(f"Booked with an override reason: {details.override_reason}")
            for label, when in (
                ("Arrived", details.arrived_at),
                ("In the room", details.roomed_at),
                ("Done", details.completed_at),
            ):
                if when is not None:
                    parts.append(f"{label} {self._local(when)}")
        comment = "; ".join(x for x in parts if x)
        if comment:
            resource["comment"] = comment
        return resource

    def _waitlist(self) -> Entries:
        """Waiting-list requests: an appointment wished for between two dates (R4's "waitlist"
        status), or cancelled once the request was booked or withdrawn."""
        found = []
        for w in self._r.waitlist:
            participants: list[dict[str, Any]] = [{"actor": self._patient_ref(), "status": "needs-action"}]
            if w.provider_id is not None:
                participants.append({"actor": self._provider_ref(w.provider_id), "status": "needs-action"})
            wished: dict[str, str] = {"start": w.earliest.isoformat()}
            if w.latest is not None:
                wished["end"] = w.latest.isoformat()
            resource: dict[str, Any] = {
                "resourceType": "Appointment",
                "identifier": [{"system": self._system("waitlist"), "value": str(w.id)}],
                "status": "waitlist" if w.resolved_at is None else "cancelled",
                "description": f"Waiting list: {w.type_name or 'any appointment'}",
                "created": self._instant(w.created_at),
                "requestedPeriod": [wished],
                "participant": participants,
            }
            if w.type_name:
                resource["serviceType"] = [{"text": w.type_name}]
            if w.type_minutes:
                resource["minutesDuration"] = w.type_minutes
            if w.resolved_at is not None:
                resource["cancelationReason"] = {
                    "text": f"Off the waiting list since {self._local(w.resolved_at)} (booked or withdrawn)"
                }
            if w.note:
                resource["comment"] = w.note
            found.append((f"Waitlist/{w.id}", resource))
        return found

    # --- follow-ups and contacts ------------------------------------------------------------------

    def _care_plans(self) -> Entries:
        """The patient's own re-treatment interval for an indication (instead of the usual one)."""
        found = []
        for plan in self._r.plans:
            resource: dict[str, Any] = {
                "resourceType": "CarePlan",
                "status": "active",
                "intent": "plan",
                "title": f"Re-treatment interval: {plan.indication.label}",
                "description": (
                    f"Re-treat {plan.target_days} days after the last treatment; still due, not "
                    f"overdue, up to {plan.tolerance_days} days after that."
                ),
                "subject": self._patient_ref(),
            }
            addresses = self._condition_refs(plan.indication)
            if addresses:
                resource["addresses"] = addresses
            if plan.updated_at is not None:
                resource["created"] = self._instant(plan.updated_at)
            if plan.notes:
                resource["note"] = [{"text": plan.notes}]
            found.append((f"CarePlan/{plan.id}", resource))
        return found
