"""The clinical summary of a patient (conditions, allergies, medications, consents) and the log of
contacts with them: what a chart reads beside the record (domain/patients.py). Apart from the
record's module so that a search, a day list or a proposal, which never read them, do not load
them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.patients import ContactMethod, PatientRecord
from clinic_desktop.domain.words import QT_TR_NOOP, Text


@dataclass(frozen=True)
class Consent:
    id: int
    patient_id: int
    kind: str
    signed_on: date
    expires_on: date | None = None
    notes: str = ""

    def expired(self, today: date) -> bool:
        return self.expires_on is not None and self.expires_on < today


@dataclass(frozen=True)
class Condition:
    id: int
    patient_id: int
    indication: Indication
    icd10: str | None
    noted_on: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class Allergy:
    id: int
    patient_id: int
    substance: str
    reaction: str = ""
    severity: str = ""


@dataclass(frozen=True)
class Medication:
    id: int
    patient_id: int
    name: str
    dose: str = ""
    anticoagulant: bool = False


@dataclass(frozen=True)
class ContactEntry:
    id: int
    patient_id: int
    at: datetime
    method: ContactMethod
    note: str
    by: str = ""


@dataclass(frozen=True)
class ClinicalSummary:
    conditions: list[Condition] = field(default_factory=list)
    allergies: list[Allergy] = field(default_factory=list)
    medications: list[Medication] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)

    def lapsed_consents(self, today: date) -> list[Consent]:
        """For each kind of consent, the latest one if it has expired (a renewed consent is fine)."""
        latest: dict[str, Consent] = {}
        for consent in sorted(self.consents, key=lambda c: c.signed_on):
            latest[consent.kind] = consent
        return [c for c in latest.values() if c.expired(today)]

    def alerts(self, record: PatientRecord, today: date) -> list[str]:
        """What must be seen before anyone injects: allergies, bleeding risk, expired consent (each a
        Text, shown in the window's language)."""
        found: list[str] = []
        if self.allergies:
            found.append(
                Text(
                    QT_TR_NOOP("Allergy: {substances}"),
                    substances=", ".join(a.substance for a in self.allergies),
                )
            )
        if record.anticoagulant or any(m.anticoagulant for m in self.medications):
            if record.bleeding_risk:
                found.append(
                    Text(QT_TR_NOOP("Anticoagulant / bleeding risk: {risk}"), risk=record.bleeding_risk)
                )
            else:
                found.append(Text(QT_TR_NOOP("Anticoagulant / bleeding risk")))
        expired = self.lapsed_consents(today)
        if expired:
            found.append(
                Text(
                    QT_TR_NOOP("Consent expired: {consents}"),
                    consents=", ".join(f"{c.kind} ({c.expires_on:%Y-%m-%d})" for c in expired),
                )
            )
        return found
