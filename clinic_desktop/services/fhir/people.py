"""The Patient resource, the Flag of a bleeding risk and the Practitioners involved."""

from __future__ import annotations

from typing import Any

from clinic_desktop.domain.patients import PatientStatus
from clinic_desktop.services.fhir.base import BuilderBase, Entries
from clinic_desktop.services.fhir.codes import (
    BCP47,
    CONTACT_RELATIONSHIP,
    FLAG_CATEGORY,
    GENDER,
    V2_IDENTIFIER_TYPE,
)


class PatientResources(BuilderBase):
    """The patient and the providers who saw them."""

    def _patient(self) -> dict[str, Any]:
        p = self._r.patient
        names: list[dict[str, Any]] = [{"use": "official", "family": p.family_name, "given": [p.given_name]}]
        if p.preferred_name:
            names.append({"use": "usual", "family": p.family_name, "given": [p.preferred_name]})
        resource: dict[str, Any] = {
            "resourceType": "Patient",
            "identifier": self._patient_identifiers(),
            "active": p.status not in (PatientStatus.INACTIVE, PatientStatus.MERGED),
            "name": names,
            "birthDate": p.date_of_birth.isoformat(),
        }
        self._add_contact_details(resource)
        extensions = [
            self._text_extension(name, value.strip())
            for name, value in (
                ("preferred-contact", p.preferred_contact),
                ("preferred-times", p.preferred_times),
                ("referring-physician", p.referring_physician),
                ("note", p.notes),
            )
            if value.strip()
        ]
        if extensions:
            resource["extension"] = extensions
        links = self._patient_links()
        if links:
            resource["link"] = links
        return resource

    def _patient_identifiers(self) -> list[dict[str, Any]]:
        """The MRN, the numbers of the records merged into this one, and another system's number."""
        p = self._r.patient
        identifiers: list[dict[str, Any]] = [
            {
                "use": "usual",
                "type": {
                    "coding": [
                        {"system": V2_IDENTIFIER_TYPE, "code": "MR", "display": "Medical record number"}
                    ]
                },
                "system": self._system("mrn"),
                "value": p.mrn,
            }
        ]
        # Records merged into this one keep their numbers: old letters and labels still find the patient.
        identifiers += [
            {"use": "old", "system": self._system("mrn"), "value": mrn} for mrn in self._r.merged_mrns
        ]
        if p.external_id:  # the number another system (a referrer, an import) knows the patient by
            identifiers.append(
                {"use": "secondary", "system": self._system("external-id"), "value": p.external_id}
            )
        return identifiers

    def _add_contact_details(self, resource: dict[str, Any]) -> None:
        """Phones and email, gender, deceased, address, language and the emergency contact, each
        only when the chart has it (in this order: the JSON stays as it was)."""
        p = self._r.patient
        telecom = [
            {"system": "phone", "value": p.phone},
            {"system": "phone", "value": p.phone_alt},
            {"system": "email", "value": p.email},
        ]
        if any(t["value"] for t in telecom):
            resource["telecom"] = [t for t in telecom if t["value"]]
        if p.sex in GENDER:
            resource["gender"] = GENDER[p.sex]
        if p.status is PatientStatus.DECEASED:
            resource["deceasedBoolean"] = True
        if p.address.strip():
            resource["address"] = [{"text": p.address.strip()}]
        if p.language.strip():
            code = p.language.strip()
            resource["communication"] = [
                {"language": {"coding": [{"system": BCP47, "code": code}], "text": code}, "preferred": True}
            ]
        if p.emergency_contact.strip():
            resource["contact"] = [
                {
                    "relationship": [
                        {
                            "coding": [
                                {"system": CONTACT_RELATIONSHIP, "code": "C", "display": "Emergency Contact"}
                            ]
                        }
                    ],
                    "name": {"text": p.emergency_contact.strip()},
                }
            ]

    def _patient_links(self) -> list[dict[str, Any]]:
        """The records this one replaces (merged into it) and the one that replaced it.
        By identifier, not by reference: the other record is in its own Bundle."""
        links = [
            {"other": {"identifier": {"system": self._system("mrn"), "value": mrn}}, "type": "replaces"}
            for mrn in self._r.merged_mrns
        ]
        survivor = self._r.survivor
        if survivor is not None:
            links.append(
                {
                    "other": {
                        "identifier": {"system": self._system("mrn"), "value": survivor.mrn},
                        "display": f"{survivor.given_name} {survivor.family_name}",
                    },
                    "type": "replaced-by",
                }
            )
        return links

    def _flags(self) -> Entries:
        """The anticoagulant / bleeding-risk warning the chart shows, as the Flag FHIR has for it."""
        p = self._r.patient
        if not (p.anticoagulant or p.bleeding_risk.strip()):
            return []
        text = "Anticoagulant / bleeding risk" + (
            f": {p.bleeding_risk.strip()}" if p.bleeding_risk.strip() else ""
        )
        resource = {
            "resourceType": "Flag",
            "status": "active",
            "category": [{"coding": [{"system": FLAG_CATEGORY, "code": "clinical", "display": "Clinical"}]}],
            "code": {"text": text},
            "subject": self._patient_ref(),
        }
        return [(f"Flag/{p.id}/bleeding", resource)]

    def _practitioners(self) -> Entries:
        involved = {e.appointment.provider_id for e in self._r.appointments}
        involved |= {t.provider_id for t in self._r.treatments}
        involved |= {w.provider_id for w in self._r.waitlist if w.provider_id is not None}
        found = []
        for provider_id in sorted(involved):
            provider = self._providers.get(provider_id)
            if provider is None:
                continue
            resource: dict[str, Any] = {
                "resourceType": "Practitioner",
                "identifier": [{"system": self._system("provider"), "value": str(provider.id)}],
                "active": provider.active,
                "name": [{"text": provider.name}],
            }
            if provider.credentials.strip():
                resource["qualification"] = [{"code": {"text": provider.credentials.strip()}}]
            found.append((f"Practitioner/{provider.id}", resource))
        return found
