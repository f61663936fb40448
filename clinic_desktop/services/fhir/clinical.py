"""The clinical record: conditions, allergies, medicines, consents, outcome scores and weights."""

from __future__ import annotations

from datetime import date
from typing import Any

from clinic_desktop.services.fhir.base import BuilderBase, Entries, number
from clinic_desktop.services.fhir.codes import (
    ALLERGY_CLINICAL,
    ALLERGY_SEVERITY,
    CONDITION_CLINICAL,
    CONSENT_SCOPE,
    ICD10_CM,
    LOINC,
    OBSERVATION_CATEGORY,
    UCUM,
    V3_ACT_CODE,
)


class ClinicalResources(BuilderBase):
    """Conditions, allergies, medicines, consents, outcome scores and weights."""

    # --- conditions and allergies -----------------------------------------------------------------

    def _conditions(self) -> Entries:
        found = []
        for c in self._r.conditions:
            code: dict[str, Any] = self._code("CodeSystem/indication", c.indication.value, c.indication.label)
            if c.icd10:
                code["coding"].insert(0, {"system": ICD10_CM, "code": c.icd10})
            resource: dict[str, Any] = {
                "resourceType": "Condition",
                "clinicalStatus": {"coding": [{"system": CONDITION_CLINICAL, "code": "active"}]},
                "code": code,
                "subject": self._patient_ref(),
            }
            if c.noted_on is not None:
                resource["recordedDate"] = c.noted_on.isoformat()
            if c.notes:
                resource["note"] = [{"text": c.notes}]
            found.append((f"Condition/{c.id}", resource))
        return found

    def _allergies(self) -> Entries:
        found = []
        for a in self._r.allergies:
            resource: dict[str, Any] = {
                "resourceType": "AllergyIntolerance",
                "clinicalStatus": {"coding": [{"system": ALLERGY_CLINICAL, "code": "active"}]},
                "code": {"text": a.substance},
                "patient": self._patient_ref(),
            }
            if a.reaction:
                reaction: dict[str, Any] = {"manifestation": [{"text": a.reaction}]}
                if a.severity in ALLERGY_SEVERITY:
                    reaction["severity"] = a.severity
                resource["reaction"] = [reaction]
            elif a.severity:
                resource["note"] = [{"text": f"Severity: {a.severity}"}]
            found.append((f"AllergyIntolerance/{a.id}", resource))
        return found

    def _medication_statements(self) -> Entries:
        """What the patient takes (the chart's medication list), anticoagulants marked as such."""
        found = []
        for med in self._r.medications:
            resource: dict[str, Any] = {
                "resourceType": "MedicationStatement",
                "status": "active",
                "medicationCodeableConcept": {"text": med.name},
                "subject": self._patient_ref(),
            }
            if med.anticoagulant:
                resource["category"] = self._code(
                    "CodeSystem/medication-class", "anticoagulant", "Anticoagulant"
                )
            if med.dose:
                resource["dosage"] = [{"text": med.dose}]
            found.append((f"MedicationStatement/{med.id}", resource))
        return found

    def _consents(self) -> Entries:
        """Each signed consent: what for, signed when, valid until when (inactive once expired)."""
        found = []
        for c in self._r.consents:
            period = {"start": c.signed_on.isoformat()}
            if c.expires_on is not None:
                period["end"] = c.expires_on.isoformat()
            resource: dict[str, Any] = {
                "resourceType": "Consent",
                "status": "inactive" if c.expired(self._r.today) else "active",
                "scope": {"coding": [{"system": CONSENT_SCOPE, "code": "treatment", "display": "Treatment"}]},
                "category": [
                    {
                        "coding": [{"system": LOINC, "code": "59284-0", "display": "Patient Consent"}],
                        "text": c.kind,
                    }
                ],
                "patient": self._patient_ref(),
                "dateTime": c.signed_on.isoformat(),
                "policyRule": {"coding": [{"system": V3_ACT_CODE, "code": "OPTIN", "display": "opt-in"}]},
                "provision": {"type": "permit", "period": period},
            }
            if c.notes:
                resource["extension"] = [self._text_extension("note", c.notes)]
            found.append((f"Consent/{c.id}", resource))
        return found

    # --- outcomes ---------------------------------------------------------------------------------

    def _observations(self) -> Entries:
        found = []
        seen: dict[tuple[str, date], int] = {}
        treated = {t.id for t in self._r.treatments}
        for score in self._r.outcomes:  # by measure, day, entry
            code = score.measure
            measure = self._measures.get(code)
            label = measure.label if measure is not None else code
            # Two scores of one measure on one day are told apart by their order (the store's).
            n = seen[(code, score.day)] = seen.get((code, score.day), 0) + 1
            value: dict[str, Any] = {"value": number(score.value)}
            if measure is not None and measure.unit:
                value["unit"] = measure.unit
            resource: dict[str, Any] = {
                "resourceType": "Observation",
                "status": "final",
                "category": [{"coding": [{"system": OBSERVATION_CATEGORY, "code": "survey"}]}],
                "code": self._code("CodeSystem/measure", code, label),
                "subject": self._patient_ref(),
                "effectiveDateTime": score.day.isoformat(),
                "valueQuantity": value,
            }
            if score.created_at is not None:
                resource["issued"] = self._instant(score.created_at)
            if score.by:
                resource["performer"] = [{"display": score.by}]
            if score.treatment_id in treated:
                resource["partOf"] = [{"reference": self._url(f"Procedure/{score.treatment_id}")}]
            if score.notes:
                resource["note"] = [{"text": score.notes}]
            key = f"Observation/{self._r.patient.id}/{code}/{score.day.isoformat()}/{n}"
            found.append((key, resource))
        return found

    def _body_weights(self) -> Entries:
        """Each weighing as a vital-signs Observation: LOINC 29463-7 "Body weight", in kg (UCUM),
        the code and unit FHIR's vital-signs profile gives body weight."""
        found = []
        for weight in reversed(self._r.weights):  # oldest first
            resource: dict[str, Any] = {
                "resourceType": "Observation",
                "status": "final",
                "category": [{"coding": [{"system": OBSERVATION_CATEGORY, "code": "vital-signs"}]}],
                "code": {"coding": [{"system": LOINC, "code": "29463-7", "display": "Body weight"}]},
                "subject": self._patient_ref(),
                "effectiveDateTime": weight.on.isoformat(),
                "valueQuantity": {
                    "value": number(weight.kg), "unit": "kg", "system": UCUM, "code": "kg",
                },
            }  # fmt: skip
            if weight.recorded_by:
                resource["performer"] = [{"display": weight.recorded_by}]
            found.append((f"Observation/weight/{weight.id}", resource))
        return found
