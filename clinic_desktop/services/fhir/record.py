"""What one patient's Bundle is made from, read in one transaction (FhirExportService._read)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from clinic_desktop.domain.clinical_record import Allergy, Condition, Consent, ContactEntry, Medication
from clinic_desktop.domain.entities import ScheduleEntry
from clinic_desktop.domain.flow import WaitlistEntry
from clinic_desktop.domain.outbox import ConsentChange, OutboxEntry
from clinic_desktop.domain.patients import (
    PatientRecord,
)
from clinic_desktop.domain.treatment_record import TreatmentRecord
from clinic_desktop.domain.weights import Weight
from clinic_desktop.store.patient_record import (
    AppointmentDetails,
    FollowUpPlanEntry,
    OutcomeEntry,
    RecallNote,
)


@dataclass(frozen=True)
class Record:
    """Everything one patient's Bundle is made from, read in one transaction."""

    patient: PatientRecord
    merged_mrns: list[str]
    survivor: PatientRecord | None
    appointments: list[ScheduleEntry]
    appointment_details: dict[int, AppointmentDetails]
    treatments: list[TreatmentRecord]
    outcomes: list[OutcomeEntry]
    conditions: list[Condition]
    allergies: list[Allergy]
    medications: list[Medication]
    consents: list[Consent]
    contacts: list[ContactEntry]
    recall_notes: list[RecallNote]
    plans: list[FollowUpPlanEntry]
    waitlist: list[WaitlistEntry]
    contact_consents: list[ConsentChange]
    messages: list[OutboxEntry]
    today: date  # clinic-local: whether a consent has expired
    weights: list[Weight] = field(default_factory=list)  # newest first
