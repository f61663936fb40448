"""Reads for a patient's complete record (the right-of-access export, services/fhir_export.py): the
parts of the record the working repositories don't return, because no screen needs them in full.

- appointments: who booked them, when, why outside hours, and when the patient arrived, was roomed
  and was done (the calendar needs none of it);
- outcome scores with their notes, who entered them and the treatment they follow (the graphs
  need only the day and the value);
- recall notes with their ids, follow-up plans with their notes, and every waiting-list request,
  open or resolved (the working lists show only what is open).

Each read is one statement over one patient, by its foreign-key index."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from clinic_desktop.domain.codes import Indication
from clinic_desktop.store import models as m
from clinic_desktop.store.patients import as_date


@dataclass(frozen=True)
class AppointmentDetails:
    booked_by: str
    created_at: datetime | None
    override_reason: str
    arrived_at: datetime | None
    roomed_at: datetime | None
    completed_at: datetime | None


@dataclass(frozen=True)
class OutcomeEntry:
    id: int
    measure: str
    value: Decimal
    day: date
    notes: str
    by: str
    treatment_id: int | None
    created_at: datetime | None


@dataclass(frozen=True)
class RecallNote:
    id: int
    indication: Indication
    kind: str  # called, left_message, declined, snoozed
    until: date | None
    note: str
    by: str
    at: datetime


@dataclass(frozen=True)
class FollowUpPlanEntry:
    id: int
    indication: Indication
    target_days: int
    tolerance_days: int
    notes: str
    updated_at: datetime | None


class PatientRecordReads:
    def appointment_details(self, patient_id: int) -> dict[int, AppointmentDetails]:
        a = m.Appointment
        rows: Any = a.select(
            a.id, a.booked_by, a.created_at, a.override_reason, a.arrived_at, a.roomed_at, a.completed_at
        ).where(a.patient == patient_id)
        return {
            int(r.id): AppointmentDetails(
                str(r.booked_by or ""),
                r.created_at,
                str(r.override_reason or ""),
                r.arrived_at,
                r.roomed_at,
                r.completed_at,
            )
            for r in rows
        }

    def outcomes(self, patient_id: int) -> list[OutcomeEntry]:
        """In the order the outcome graphs and the export number them: measure, day, entry."""
        o = m.Outcome
        rows: Any = o.select().where(o.patient == patient_id).order_by(o.measure, o.recorded_on, o.id)
        return [
            OutcomeEntry(
                int(r.id),
                str(r.measure),
                Decimal(r.value),
                as_date(r.recorded_on),
                str(r.notes or ""),
                str(r.by or ""),
                int(r.treatment_id) if r.treatment_id is not None else None,
                r.created_at,
            )
            for r in rows
        ]

    def recall_notes(self, patient_id: int) -> list[RecallNote]:
        e = m.RecallEvent
        rows: Any = e.select().where(e.patient == patient_id).order_by(e.at, e.id)
        return [
            RecallNote(
                int(r.id),
                Indication(r.indication),
                str(r.kind),
                as_date(r.until) if r.until else None,
                str(r.note or ""),
                str(r.by or ""),
                r.at,
            )
            for r in rows
        ]

    def follow_up_plans(self, patient_id: int) -> list[FollowUpPlanEntry]:
        p = m.FollowUpPlan
        rows: Any = p.select().where(p.patient == patient_id).order_by(p.indication, p.id)
        return [
            FollowUpPlanEntry(
                int(r.id),
                Indication(r.indication),
                int(r.target_days),
                int(r.tolerance_days),
                str(r.notes or ""),
                r.updated_at,
            )
            for r in rows
        ]
