"""The clinical summary (conditions, allergies, medications, consents) and the contact log: what a
chart reads beside the patient's record (store/patients.py). The store makes this repository
when first used, so that a command that never opens a chart does not load it or its records
(domain/clinical_record.py)."""

from __future__ import annotations

from datetime import date, datetime

from clinic_desktop.domain.clinical_record import Allergy, Condition, Consent, ContactEntry, Medication
from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.patients import ContactMethod
from clinic_desktop.store import models as m
from clinic_desktop.store.patients import as_date


class ClinicalRecords:
    """The clinical summary: conditions, allergies, medications, consents, and the contact log."""

    def conditions(self, patient_id: int) -> list[Condition]:
        rows = m.Condition.select().where(m.Condition.patient == patient_id).order_by(m.Condition.id)
        return [
            Condition(
                int(r.id),
                patient_id,
                Indication(r.indication),
                r.icd10,
                as_date(r.noted_on) if r.noted_on else None,
                str(r.notes),
            )
            for r in rows
        ]

    def add_condition(
        self, patient_id: int, indication: Indication, icd10: str | None, noted_on: date | None, notes: str
    ) -> Condition:
        r = m.Condition.create(
            patient=patient_id, indication=indication.value, icd10=icd10, noted_on=noted_on, notes=notes
        )
        return Condition(int(r.id), patient_id, indication, icd10, noted_on, notes)

    def allergies(self, patient_id: int) -> list[Allergy]:
        rows = m.Allergy.select().where(m.Allergy.patient == patient_id).order_by(m.Allergy.id)
        return [
            Allergy(int(r.id), patient_id, str(r.substance), str(r.reaction), str(r.severity)) for r in rows
        ]

    def add_allergy(self, patient_id: int, substance: str, reaction: str, severity: str) -> Allergy:
        r = m.Allergy.create(patient=patient_id, substance=substance, reaction=reaction, severity=severity)
        return Allergy(int(r.id), patient_id, substance, reaction, severity)

    def medications(self, patient_id: int) -> list[Medication]:
        rows = m.Medication.select().where(m.Medication.patient == patient_id).order_by(m.Medication.id)
        return [
            Medication(int(r.id), patient_id, str(r.name), str(r.dose), bool(r.anticoagulant)) for r in rows
        ]

    def add_medication(self, patient_id: int, name: str, dose: str, anticoagulant: bool) -> Medication:
        r = m.Medication.create(patient=patient_id, name=name, dose=dose, anticoagulant=anticoagulant)
        return Medication(int(r.id), patient_id, name, dose, anticoagulant)

    def consents(self, patient_id: int) -> list[Consent]:
        rows = m.Consent.select().where(m.Consent.patient == patient_id).order_by(m.Consent.signed_on)
        return [
            Consent(
                int(r.id),
                patient_id,
                str(r.kind),
                as_date(r.signed_on),
                as_date(r.expires_on) if r.expires_on else None,
                str(r.notes),
            )
            for r in rows
        ]

    def add_consent(
        self, patient_id: int, kind: str, signed_on: date, expires_on: date | None, notes: str
    ) -> Consent:
        r = m.Consent.create(
            patient=patient_id, kind=kind, signed_on=signed_on, expires_on=expires_on, notes=notes
        )
        return Consent(int(r.id), patient_id, kind, signed_on, expires_on, notes)

    def contacts(self, patient_id: int) -> list[ContactEntry]:
        rows = (
            m.ContactLog.select().where(m.ContactLog.patient == patient_id).order_by(m.ContactLog.at.desc())
        )
        return [
            ContactEntry(int(r.id), patient_id, r.at, ContactMethod(r.method), str(r.note), str(r.by))
            for r in rows
        ]

    def add_contact(
        self, patient_id: int, at: datetime, method: ContactMethod, note: str, by: str
    ) -> ContactEntry:
        r = m.ContactLog.create(patient=patient_id, at=at, method=method.value, note=note, by=by)
        return ContactEntry(int(r.id), patient_id, at, method, note, by)
