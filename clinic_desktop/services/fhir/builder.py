"""One patient's resources as FHIR JSON data, in a fixed order so that the output is stable."""

from __future__ import annotations

from typing import Any

from clinic_desktop.services.fhir.base import Entries
from clinic_desktop.services.fhir.clinical import ClinicalResources
from clinic_desktop.services.fhir.contacts import ContactResources
from clinic_desktop.services.fhir.people import PatientResources
from clinic_desktop.services.fhir.treatments import TreatmentResources
from clinic_desktop.services.fhir.visits import VisitResources


class Builder(PatientResources, ClinicalResources, VisitResources, TreatmentResources, ContactResources):
    """The Bundle of one patient: each group of resources is made by its own module."""

    def bundle(self, timestamp: str) -> dict[str, Any]:
        entries: Entries = [(f"Patient/{self._r.patient.id}", self._patient())]
        entries += self._practitioners()
        entries += self._flags()
        entries += self._conditions()
        entries += self._allergies()
        entries += self._medication_statements()
        entries += self._consents()
        entries += self._medications()
        entries += [(f"Appointment/{e.appointment.id}", self._appointment(e)) for e in self._r.appointments]
        entries += self._waitlist()
        for treatment in self._r.treatments:
            entries.append((f"Procedure/{treatment.id}", self._procedure(treatment)))
            entries += self._administrations(treatment)
            entries += self._adverse_events(treatment)
        entries += self._observations()
        entries += self._body_weights()
        entries += self._care_plans()
        entries += self._contacts()
        entries += self._recall_notes()
        entries += self._contact_consents()
        entries += self._messages()
        for key, resource in entries:
            resource["id"] = self._id(key)
        return {
            "resourceType": "Bundle",
            "id": self._id(f"Bundle/Patient/{self._r.patient.id}"),
            "type": "collection",
            "timestamp": timestamp,
            "entry": [{"fullUrl": self._url(key), "resource": resource} for key, resource in entries],
        }
