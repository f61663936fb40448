"""FHIR export: a patient's record as a FHIR R4 Bundle, and every patient's to a folder.

The Bundle of one patient is the patient's right of access (GDPR article 15, HIPAA 45 CFR 164.524):
everything the clinic keeps about them, not a summary. RECORD_TABLES names every stored table that
holds a part of a patient's record and the resource that carries it (a test keeps that list equal
to the tables that hang off a patient, so a new table cannot be forgotten); DERIVED_TABLES names
the few left out, because they are the software's own workings, recomputed from the record.

Health data leaving the clinic is recorded: each patient's file written is an audit entry
("export", "patient", with the file), and exporting needs Permission.EXPORT_RECORDS (provider or
manager).

Why these shapes (each choice is one a receiving system has to be able to undo):

- Models: the Bundle is validated by ``fhir.resources.R4B`` (FHIR 4.3.0), the maintained line of the
  library; Patient, Practitioner, Appointment, Procedure, MedicationAdministration, Medication,
  Observation, Condition and AllergyIntolerance have the same structure in R4 (4.0.1), so the JSON is
  R4 JSON too. Validating the Bundle validates every resource in it as its own class.
- Ids: every ``fullUrl`` is a ``urn:uuid:`` made with uuid5 from a namespace kept in this database
  (created at the first export) and the record's own key ("Appointment/17"). A re-export gives the
  same ids; two clinics' "Patient/1" never share one.
- Units: toxin units are product-specific biological units (docs/domain.md: never added or
  compared across products). UCUM's "U" is the enzyme unit (umol/min) and it has no "[U]"; its
  arbitrary unit "[arb'U]" ("isArbitrary": not convertible to anything; ucum-essence.xml,
  ucum-org/ucum) says exactly that. The human-readable unit stays "U".
- Sites and lot: one MedicationAdministration per injection site (its dose, its site; R4's
  ``dosage.site`` holds one site), ``partOf`` the treatment's Procedure, so the per-site units are
  read back directly and the total is their sum. The lot is where FHIR keeps it,
  ``Medication.batch.lotNumber`` (with the expiry): one Medication entry per lot the patient
  received, which names the product and which each administration's ``medicationReference`` points
  to. (``medicationCodeableConcept`` would name the product but has no place for a lot.)
- Time: the store keeps UTC instants; FHIR instants and dateTimes are written in the clinic's
  time zone with their offset. An outcome score is recorded for a day, so its dateTime is a date.
- What FHIR R4 has no element for (a patient's preferred times, the referring physician as the
  clinic wrote it, free-text notes on a patient, a consent or an adverse event) is an extension
  with a URL under the system base, holding the text as it was typed: nothing is dropped.
- The waiting list is Appointment with status "waitlist" (a resolved request: "cancelled"), its
  wished-for dates as requestedPeriod; the contact log and the recall list's calls are
  Communication; a patient's own re-treatment interval is a CarePlan; an anticoagulant or bleeding
  risk is a Flag; amendments, overrides and signing of a treatment are notes of its Procedure.
"""

from __future__ import annotations

import json
import os
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fhir.resources.R4B.bundle import Bundle

from clinic_desktop import private_files
from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.codes import AppointmentStatus, Indication, Product
from clinic_desktop.domain.entities import Provider, ScheduleEntry
from clinic_desktop.domain.errors import NotFoundError, ValidationError
from clinic_desktop.domain.flow import WaitlistEntry
from clinic_desktop.domain.messages import Channel, ConsentChange, MessageState, OutboxEntry
from clinic_desktop.domain.outcomes import BUILTIN_MEASURES, Measure
from clinic_desktop.domain.patients import (
    Allergy,
    Condition,
    Consent,
    ContactEntry,
    ContactMethod,
    Medication,
    PatientRecord,
    PatientStatus,
)
from clinic_desktop.domain.products import PRODUCTS
from clinic_desktop.domain.treatments import AdverseEventEntry, SiteDose, TreatmentRecord, format_units
from clinic_desktop.domain.weights import Weight
from clinic_desktop.services.followups import MARK_KINDS
from clinic_desktop.store.patient_record import (
    AppointmentDetails,
    FollowUpPlanEntry,
    OutcomeEntry,
    RecallNote,
)

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

# Local identifier and code systems. A clinic that exchanges data should pass its own base (a URL it
# controls); ".invalid" is reserved (RFC 2606) so the default can never be mistaken for a real one.
DEFAULT_SYSTEM_BASE = "https://clinic-desktop.invalid/fhir"
UCUM = "http://unitsofmeasure.org"
TOXIN_UNIT = {"unit": "U", "system": UCUM, "code": "[arb'U]"}
V2_IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203"
ICD10_CM = "http://hl7.org/fhir/sid/icd-10-cm"
BCP47 = "urn:ietf:bcp:47"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category"
CONTACT_RELATIONSHIP = "http://terminology.hl7.org/CodeSystem/v2-0131"
CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope"
V3_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
LOINC = "http://loinc.org"
PARTICIPATION_MODE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationMode"
ADVERSE_EVENT_SEVERITY = "http://terminology.hl7.org/CodeSystem/adverse-event-severity"
ADVERSE_EVENT_OUTCOME = "http://terminology.hl7.org/CodeSystem/adverse-event-outcome"

# How a contact was made -> HL7 v3 ParticipationMode (a text message is written online).
CONTACT_MODE: dict[ContactMethod, tuple[str, str]] = {
    ContactMethod.PHONE: ("PHONE", "telephone"),
    ContactMethod.SMS: ("ONLINEWRIT", "online written"),
    ContactMethod.EMAIL: ("EMAILWRIT", "email"),
    ContactMethod.LETTER: ("MAILWRIT", "mail"),
}

#: Every stored table that holds a part of one patient's record, and what carries it in the Bundle.
RECORD_TABLES: dict[str, str] = {
    "patient": "Patient (extensions for what R4 has no element for), Flag (anticoagulant, bleeding risk)",
    "patient_merge": "Patient.identifier (the merged records' old MRNs) and Patient.link (replaces)",
    "condition": "Condition",
    "allergy": "AllergyIntolerance",
    "medication": "MedicationStatement",
    "consent": "Consent",
    "contact_log": "Communication (category contact-log)",
    "recall_event": "Communication (category recall)",
    "follow_up_plan": "CarePlan",
    "appointment": "Appointment",
    "waitlist": "Appointment (status waitlist, or cancelled once resolved)",
    "treatment": "Procedure, and Medication for its lot",
    "treatment_site": "MedicationAdministration",
    "adverse_event": "AdverseEvent (and Procedure.complication)",
    "treatment_amendment": "Procedure.note",
    "clinical_override": "Procedure.note",
    "outcome": "Observation",
    "message_consent": "Consent (scope patient-privacy: agreed or refused to be contacted by a channel)",
    "outbox_message": "Communication (category message: each reminder or invitation, its state)",
    "patient_weight": "Observation (vital signs, LOINC 29463-7 body weight, in kg)",
}
#: How a message to the patient went (FHIR R4 EventStatus): queued or being sent is in
#: preparation, a failed one stopped, a withdrawn one was not done.
MESSAGE_STATUS: dict[MessageState, str] = {
    MessageState.QUEUED: "preparation",
    MessageState.SENDING: "in-progress",
    MessageState.SENT: "completed",
    MessageState.FAILED: "stopped",
    MessageState.WITHDRAWN: "not-done",
}
MESSAGE_MODE: dict[Channel, tuple[str, str]] = {
    Channel.EMAIL: CONTACT_MODE[ContactMethod.EMAIL],
    Channel.SMS: CONTACT_MODE[ContactMethod.SMS],
}

#: Tables that hang off a patient but hold no part of the record: the software's own workings.
DERIVED_TABLES: dict[str, str] = {
    "patient_token": "the search index, made from the name and phone",
    "follow_up_proposal": "proposed follow-up slots, recomputed from the record and the calendar",
}
AUDIT_BATCH = 500  # patients of `write_all` recorded in the audit trail per transaction

# Ours -> FHIR R4 AppointmentStatus (http://hl7.org/fhir/R4/valueset-appointmentstatus.html).
# "confirmed" has no FHIR status of its own (booked covers it); a patient in the room has finished
# checking in and is waiting for the encounter, which is FHIR's "checked-in".
APPOINTMENT_STATUS: dict[AppointmentStatus, str] = {
    AppointmentStatus.BOOKED: "booked",
    AppointmentStatus.CONFIRMED: "booked",
    AppointmentStatus.ARRIVED: "arrived",
    AppointmentStatus.IN_ROOM: "checked-in",
    AppointmentStatus.COMPLETED: "fulfilled",
    AppointmentStatus.CANCELLED: "cancelled",
    AppointmentStatus.NO_SHOW: "noshow",
}
GENDER = {"female": "female", "male": "male", "other": "other"}
ALLERGY_SEVERITY = ("mild", "moderate", "severe")
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_RESERVED_NAME = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\..*)?$", re.IGNORECASE)  # Windows

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class _Record:
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


class FhirExportService:
    def __init__(self, services: ClinicServices, system_base: str = DEFAULT_SYSTEM_BASE) -> None:
        self._s = services
        self._base = system_base.rstrip("/")
        self._namespace: uuid.UUID | None = None

    # --- public -----------------------------------------------------------------------------------

    def patient_bundle(self, patient_id: int) -> dict[str, Any]:
        """The patient's record as a FHIR Bundle (type collection), validated, as JSON-ready data.
        Unknown patient: NotFoundError. Nothing leaves the clinic here, so nothing is recorded."""
        self._s.require(Permission.EXPORT_RECORDS)
        return self._bundle(patient_id, *self._catalogue())

    def find_patient(self, text: str) -> int:
        """The record id of the patient with this MRN (or, all digits, this record id): how the
        window's export names one patient."""
        self._s.require(Permission.EXPORT_RECORDS)
        wanted = text.strip()
        if not wanted:
            raise ValidationError("Give the patient's MRN.")
        store = self._s.store
        with store.read_transaction():
            found = store.patients.by_mrn(wanted) or store.patients.by_mrn(wanted.upper())
            if found is None and wanted.isdigit() and len(wanted) < 10:
                try:
                    found = store.patients.get(int(wanted))
                except NotFoundError:
                    found = None
        if found is None:
            raise NotFoundError(f"There is no patient with the MRN {wanted}.")
        return found.id

    def write_patient(self, patient_id: int, path: str | Path) -> int:
        """Write the patient's Bundle to ``path`` (replaced atomically); returns the resources in it.
        The export is recorded in the audit trail before the file takes its name, so a file never
        appears without its entry (at worst an entry names a file a failing disk did not keep)."""
        self._s.require(Permission.EXPORT_RECORDS)
        target = Path(path)
        if not target.parent.is_dir():
            raise ValidationError(f"The folder {target.parent} does not exist.")
        if target.is_dir():
            raise ValidationError(f"{target} is a folder; give the name of the file to write.")
        bundle = self._bundle(patient_id, *self._catalogue())
        count = len(bundle["entry"])
        temporary = self._prepare(target, bundle)
        try:
            self._record([(patient_id, target, count)])
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return count

    def write_all(self, folder: str | Path, progress: Progress | None = None) -> int:
        """One ``<MRN>.json`` Bundle per patient on file (merged records are left out: everything they
        had now belongs to the record they were merged into), each read and written on its own so
        that a clinic of any size never sits in memory at once. The folder is created if missing.
        Returns the number of files written; ``progress(done, total)`` is told after each one.
        Every file written is an audit entry of its patient, recorded AUDIT_BATCH at a time (and
        those written so far when the export stops early)."""
        self._s.require(Permission.EXPORT_RECORDS)
        target = Path(folder)
        try:
            private_files.make_folder(target)  # 0700 when made here: it will hold every record
        except OSError as exc:
            raise ValidationError(f"Cannot create the folder {target}: {exc.strerror or exc}.") from None
        if not target.is_dir():
            raise ValidationError(f"{target} is not a folder.")
        store = self._s.store
        with store.read_transaction():
            ids = store.patients.ids(sort="mrn")
        providers, measures = self._catalogue()
        used: set[str] = set()
        written = 0
        unrecorded: list[tuple[int, Path, int]] = []
        try:
            for done, patient_id in enumerate(ids, start=1):
                bundle = self._bundle(patient_id, providers, measures)
                name = self._file_name(bundle, patient_id, used)
                self._write(target / name, bundle)
                unrecorded.append((patient_id, target / name, len(bundle["entry"])))
                written += 1
                if len(unrecorded) >= AUDIT_BATCH:
                    self._record(unrecorded)
                    unrecorded = []
                if progress is not None:
                    progress(done, len(ids))
        finally:
            if unrecorded:
                self._record(unrecorded)
        return written

    def _record(self, exports: list[tuple[int, Path, int]]) -> None:
        """The audit entries of patients' records written to files, in one transaction."""
        store = self._s.store
        with store.write_transaction():
            for patient_id, path, count in exports:
                after = {"format": "fhir", "file": str(path), "resources": count}
                self._s.record("export", "patient", patient_id, None, after, patient_id=patient_id)

    # --- reading ----------------------------------------------------------------------------------

    def _bundle(
        self, patient_id: int, providers: dict[int, Provider], measures: dict[str, Measure]
    ) -> dict[str, Any]:
        """The Bundle as plain JSON data, after the library has validated it (and with it every
        resource in it, each as its own class). The data, not the library's own serialisation, is
        what is returned and written: the data is what was validated, and serialising through the
        models cost more than building and validating together."""
        namespace = self._ids_namespace()
        record = self._read(patient_id)
        builder = _Builder(self._s, self._base, namespace, record, providers, measures)
        data = builder.bundle(self._s.time.iso(self._s.now()))
        Bundle.model_validate(data)
        return data

    def _catalogue(self) -> tuple[dict[int, Provider], dict[str, Measure]]:
        """The providers and measures, read once for a whole export."""
        store = self._s.store
        with store.read_transaction():
            providers = {p.id: p for p in store.providers.list()}
            measures = {m.code: m for m in (*BUILTIN_MEASURES, *store.treatments.measures())}
        return providers, measures

    def _read(self, patient_id: int) -> _Record:
        store = self._s.store
        with store.read_transaction():
            patient = store.patients.get(patient_id)
            survivor = None
            if patient.status is PatientStatus.MERGED and patient.merged_into is not None:
                survivor = store.patients.get(patient.merged_into)
            extra = store.patient_record
            return _Record(
                patient=patient,
                merged_mrns=[mrn for mrn, _at, _moved in store.patients.merges(patient_id)],
                survivor=survivor,
                appointments=store.appointments.for_patient(patient_id),
                appointment_details=extra.appointment_details(patient_id),
                treatments=sorted(
                    store.treatments.for_patient(patient_id), key=lambda t: (t.performed_at, t.id)
                ),
                outcomes=extra.outcomes(patient_id),
                conditions=store.clinical.conditions(patient_id),
                allergies=store.clinical.allergies(patient_id),
                medications=store.clinical.medications(patient_id),
                consents=store.clinical.consents(patient_id),
                contacts=sorted(store.clinical.contacts(patient_id), key=lambda c: (c.at, c.id)),
                recall_notes=extra.recall_notes(patient_id),
                plans=extra.follow_up_plans(patient_id),
                waitlist=store.calendar.patient_waitlist(patient_id),
                contact_consents=store.outbox.consent_history(patient_id),
                messages=sorted(store.outbox.find(patient_id=patient_id), key=lambda x: (x.created_at, x.id)),
                today=self._s.time.today(self._s.now()),
                weights=store.clinical.weights(patient_id),
            )

    def _ids_namespace(self) -> uuid.UUID:
        """The namespace of the uuid5 ids: this database's identity (the one iCalendar UIDs use)."""
        if self._namespace is None:
            self._namespace = uuid.UUID(self._s.clinic.identity())
        return self._namespace

    # --- writing ----------------------------------------------------------------------------------

    @staticmethod
    def _file_name(bundle: dict[str, Any], patient_id: int, used: set[str]) -> str:
        """The MRN when it is a safe file name on every system and not already taken in this export
        (compared without case, as Windows and macOS do), else one made from the record's id."""
        mrn = str(bundle["entry"][0]["resource"]["identifier"][0]["value"])  # the Patient comes first
        stem = mrn if _SAFE_NAME.match(mrn) and not _RESERVED_NAME.match(mrn) else f"patient-{patient_id}"
        n = 1
        while stem.casefold() in used:
            n += 1
            stem = f"patient-{patient_id}" + (f"-{n}" if n > 2 else "")
        used.add(stem.casefold())
        return f"{stem}.json"

    @classmethod
    def _write(cls, path: Path, bundle: dict[str, Any]) -> None:
        """Write to a temporary file beside the target, then rename over it: a reader (or a crash)
        sees the old file or the new one, never half of one."""
        temporary = cls._prepare(path, bundle)
        try:
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    @staticmethod
    def _prepare(path: Path, bundle: dict[str, Any]) -> str:
        """The Bundle written and flushed to disk in a temporary file beside ``path``; its name."""
        # Compact: one dumps call runs in C (an indented dump costs as much as the validation).
        text = json.dumps(bundle, ensure_ascii=False, separators=(",", ":")) + "\n"
        try:
            temporary = str(private_files.temporary_beside(path))  # owner-only from its creation
        except OSError as exc:
            raise ValidationError(f"Cannot write to {path.parent}: {exc.strerror or exc}.") from None
        try:
            with open(temporary, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return temporary


class _Builder:
    """One patient's resources as FHIR JSON data, in a fixed order so that the output is stable."""

    def __init__(
        self,
        services: ClinicServices,
        base: str,
        namespace: uuid.UUID,
        record: _Record,
        providers: dict[int, Provider],
        measures: dict[str, Measure],
    ) -> None:
        self._s = services
        self._base = base
        self._ns = namespace
        self._r = record
        self._providers = providers
        self._measures = measures

    # --- ids and small pieces ---------------------------------------------------------------------

    def _id(self, key: str) -> str:
        return str(uuid.uuid5(self._ns, key))

    def _url(self, key: str) -> str:
        return f"urn:uuid:{self._id(key)}"

    def _instant(self, when: datetime) -> str:
        return self._s.time.iso(when)

    def _system(self, name: str) -> str:
        return f"{self._base}/{name}"

    def _code(self, system: str, code: str, display: str) -> dict[str, Any]:
        return {
            "coding": [{"system": self._system(system), "code": code, "display": display}],
            "text": display,
        }

    def _patient_ref(self) -> dict[str, Any]:
        p = self._r.patient
        return {"reference": self._url(f"Patient/{p.id}"), "display": f"{p.given_name} {p.family_name}"}

    def _provider_ref(self, provider_id: int) -> dict[str, Any]:
        provider = self._providers.get(provider_id)
        ref: dict[str, Any] = {"reference": self._url(f"Practitioner/{provider_id}")}
        if provider is not None:
            ref["display"] = provider.name
        return ref

    @staticmethod
    def _units(units: Decimal) -> dict[str, Any]:
        return {"value": _number(units), **TOXIN_UNIT}

    def _text_extension(self, name: str, text: str) -> dict[str, Any]:
        """What R4 has no element for, kept as typed: an extension of ours holding the text."""
        return {"url": self._system(f"StructureDefinition/{name}"), "valueString": text}

    def _local(self, when: datetime) -> str:
        """A clinic-local wall-clock time for a sentence ('2026-11-23 09:05')."""
        return f"{self._s.time.to_local(when):%Y-%m-%d %H:%M}"

    def _condition_refs(self, indication: Indication) -> list[dict[str, Any]]:
        """The patient's conditions of an indication, as references (what a plan addresses)."""
        return [
            {"reference": self._url(f"Condition/{c.id}")}
            for c in self._r.conditions
            if c.indication is indication
        ]

    # --- the bundle -------------------------------------------------------------------------------

    def bundle(self, timestamp: str) -> dict[str, Any]:
        entries: list[tuple[str, dict[str, Any]]] = [(f"Patient/{self._r.patient.id}", self._patient())]
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

    # --- Patient and Practitioner -----------------------------------------------------------------

    def _patient(self) -> dict[str, Any]:
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
        names: list[dict[str, Any]] = [{"use": "official", "family": p.family_name, "given": [p.given_name]}]
        if p.preferred_name:
            names.append({"use": "usual", "family": p.family_name, "given": [p.preferred_name]})
        resource: dict[str, Any] = {
            "resourceType": "Patient",
            "identifier": identifiers,
            "active": p.status not in (PatientStatus.INACTIVE, PatientStatus.MERGED),
            "name": names,
            "birthDate": p.date_of_birth.isoformat(),
        }
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
        # By identifier, not by reference: the other record is in its own Bundle.
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
        if links:
            resource["link"] = links
        return resource

    def _flags(self) -> list[tuple[str, dict[str, Any]]]:
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

    def _practitioners(self) -> list[tuple[str, dict[str, Any]]]:
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

    # --- conditions and allergies -----------------------------------------------------------------

    def _conditions(self) -> list[tuple[str, dict[str, Any]]]:
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

    def _allergies(self) -> list[tuple[str, dict[str, Any]]]:
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

    def _medication_statements(self) -> list[tuple[str, dict[str, Any]]]:
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

    def _consents(self) -> list[tuple[str, dict[str, Any]]]:
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

    def _waitlist(self) -> list[tuple[str, dict[str, Any]]]:
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

    # --- treatments -------------------------------------------------------------------------------

    @staticmethod
    def _lot_key(product: Product, lot_number: str) -> str:
        return f"Medication/{product.value}/{lot_number}"

    def _product_code(self, product: Product) -> dict[str, Any]:
        info = PRODUCTS[product]
        return self._code("CodeSystem/product", product.value, f"{info.label} ({info.brand})")

    def _medications(self) -> list[tuple[str, dict[str, Any]]]:
        """One Medication per lot the patient received: the product and the lot's number and expiry."""
        lots: dict[str, TreatmentRecord] = {}
        for t in self._r.treatments:
            lots.setdefault(self._lot_key(t.product, t.lot_number), t)
        return [
            (
                key,
                {
                    "resourceType": "Medication",
                    "code": self._product_code(t.product),
                    "batch": {"lotNumber": t.lot_number, "expirationDate": t.lot_expires_on.isoformat()},
                },
            )
            for key, t in lots.items()
        ]

    @staticmethod
    def _site_text(site: SiteDose) -> str:
        """'trapezius (left)': the muscle, then its side in brackets (read back with rpartition)."""
        return f"{site.muscle.strip()} ({site.side.value})"

    def _procedure(self, t: TreatmentRecord) -> dict[str, Any]:
        info = PRODUCTS[t.product]
        resource: dict[str, Any] = {
            "resourceType": "Procedure",
            "identifier": [{"system": self._system("treatment"), "value": str(t.id)}],
            "status": "completed",
            "code": {"text": f"Botulinum toxin injection: {t.indication.label}"},
            "subject": self._patient_ref(),
            "performedDateTime": self._instant(t.performed_at),
            "performer": [{"actor": self._provider_ref(t.provider_id)}],
            "reasonCode": [self._code("CodeSystem/indication", t.indication.value, t.indication.label)],
            # the sites injected (a site charted with 0 units was not)
            "bodySite": [{"text": self._site_text(s)} for s in t.sites if s.units > 0],
            "usedReference": [{"reference": self._url(self._lot_key(t.product, t.lot_number))}],
        }
        reasons = [c for c in self._r.conditions if c.indication is t.indication]
        if reasons:
            resource["reasonReference"] = [{"reference": self._url(f"Condition/{c.id}")} for c in reasons]
        if t.adverse_events:
            resource["complication"] = [
                {"text": f"{e.kind} ({e.severity.value}, from {e.onset:%Y-%m-%d})"} for e in t.adverse_events
            ]
        summary = (
            f"{format_units(t.total_units)} U of {info.label} ({info.brand}), lot {t.lot_number}"
            f"{f', protocol {t.protocol}' if t.protocol else ''}; waste {format_units(t.waste_units)} U "
            f"({t.waste_modifier}); guidance: {t.guidance.label}."
        )
        if t.diluent_ml is not None and t.units_per_tenth_ml is not None:
            per_tenth = format_units(t.units_per_tenth_ml)
            summary += f" Reconstituted with {t.diluent_ml} mL per vial ({per_tenth} U per 0.1 mL)."
        notes: list[dict[str, Any]] = [{"text": summary}]
        if t.notes:
            notes.append({"text": t.notes})
        checks = (
            f"Consent checked: {'yes' if t.consent_checked else 'no'}; "
            f"aftercare given: {'yes' if t.aftercare_given else 'no'}."
        )
        charted = f"Charted by {t.created_by}. " if t.created_by else ""
        notes.append({"text": charted + checks})
        if t.signed_at is not None:
            notes.append(
                {
                    "text": f"Signed by {t.signed_by or 'the provider'} on {self._local(t.signed_at)}.",
                    "time": self._instant(t.signed_at),
                    **({"authorString": t.signed_by} if t.signed_by else {}),
                }
            )
        else:
            notes.append({"text": "Not signed."})
        for o in t.overrides:
            notes.append(
                {
                    "text": f"Clinical rule overridden ({o.rule}): {o.message} Reason: {o.reason}",
                    "time": self._instant(o.at),
                    **({"authorString": o.by} if o.by else {}),
                }
            )
        for amendment in t.amendments:
            changed = "; ".join(
                f"{name}: {_said(change.get('before'))} -> {_said(change.get('after'))}"
                for name, change in amendment.changes.items()
            )
            notes.append(
                {
                    "text": f"Amended: {amendment.reason}" + (f" ({changed})" if changed else ""),
                    "time": self._instant(amendment.at),
                    **({"authorString": amendment.by} if amendment.by else {}),
                }
            )
        resource["note"] = notes
        return resource

    def _adverse_events(self, t: TreatmentRecord) -> list[tuple[str, dict[str, Any]]]:
        """Each adverse event of a treatment, suspected of the treatment and its lot."""
        found = []
        for position, event in enumerate(t.adverse_events, start=1):
            resource = self._adverse_event(t, event)
            key = f"AdverseEvent/{event.id}" if event.id is not None else f"AdverseEvent/{t.id}/{position}"
            found.append((key, resource))
        return found

    def _adverse_event(self, t: TreatmentRecord, event: AdverseEventEntry) -> dict[str, Any]:
        resolved = event.resolved
        outcome = {
            "coding": [{"system": ADVERSE_EVENT_OUTCOME, "code": "resolved" if resolved else "ongoing"}],
            "text": f"Resolved on {resolved.isoformat()}" if resolved else "Not resolved when last recorded",
        }
        resource: dict[str, Any] = {
            "resourceType": "AdverseEvent",
            "actuality": "actual",
            "event": {"text": event.kind},
            "subject": self._patient_ref(),
            "date": event.onset.isoformat(),
            "severity": {"coding": [{"system": ADVERSE_EVENT_SEVERITY, "code": event.severity.value}]},
            "outcome": outcome,
            "suspectEntity": [
                {"instance": {"reference": self._url(f"Procedure/{t.id}")}},
                {"instance": {"reference": self._url(self._lot_key(t.product, t.lot_number))}},
            ],
        }
        if event.notes:
            resource["extension"] = [self._text_extension("note", event.notes)]
        return resource

    def _administrations(self, t: TreatmentRecord) -> list[tuple[str, dict[str, Any]]]:
        """One administration per injection site, each with its units and site, part of the Procedure.
        A site charted with 0 units was not injected: its administration is 'not-done'."""
        found = []
        lot = self._url(self._lot_key(t.product, t.lot_number))
        lot_name = f"{PRODUCTS[t.product].label}, lot {t.lot_number}"
        for position, site in enumerate(t.sites, start=1):
            points = site.injection_points
            resource = {
                "resourceType": "MedicationAdministration",
                "identifier": [{"system": self._system("treatment-site"), "value": f"{t.id}-{position}"}],
                "partOf": [{"reference": self._url(f"Procedure/{t.id}")}],
                "status": "completed" if site.units > 0 else "not-done",
                "medicationReference": {"reference": lot, "display": lot_name},
                "subject": self._patient_ref(),
                "effectiveDateTime": self._instant(t.performed_at),
                "performer": [{"actor": self._provider_ref(t.provider_id)}],
                "dosage": {
                    "text": (
                        f"{format_units(site.units)} U into {site.muscle.strip()} ({site.side.value}) "
                        f"over {points} injection point{'' if points == 1 else 's'}"
                    ),
                    "site": {"text": self._site_text(site)},
                    "dose": self._units(site.units),
                },
            }
            found.append((f"MedicationAdministration/{t.id}/{position}", resource))
        return found

    # --- outcomes ---------------------------------------------------------------------------------

    def _observations(self) -> list[tuple[str, dict[str, Any]]]:
        found = []
        seen: dict[tuple[str, date], int] = {}
        treated = {t.id for t in self._r.treatments}
        for score in self._r.outcomes:  # by measure, day, entry
            code = score.measure
            measure = self._measures.get(code)
            label = measure.label if measure is not None else code
            # Two scores of one measure on one day are told apart by their order (the store's).
            n = seen[(code, score.day)] = seen.get((code, score.day), 0) + 1
            value: dict[str, Any] = {"value": _number(score.value)}
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

    def _body_weights(self) -> list[tuple[str, dict[str, Any]]]:
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
                    "value": _number(weight.kg), "unit": "kg", "system": UCUM, "code": "kg",
                },
            }  # fmt: skip
            if weight.recorded_by:
                resource["performer"] = [{"display": weight.recorded_by}]
            found.append((f"Observation/weight/{weight.id}", resource))
        return found

    # --- follow-ups and contacts ------------------------------------------------------------------

    def _care_plans(self) -> list[tuple[str, dict[str, Any]]]:
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

    def _contacts(self) -> list[tuple[str, dict[str, Any]]]:
        """The contact log: each call, message or letter, how, when, by whom and what was said."""
        found = []
        for c in self._r.contacts:
            mode, display = CONTACT_MODE[c.method]
            resource: dict[str, Any] = {
                "resourceType": "Communication",
                "status": "completed",
                "category": [self._code("CodeSystem/communication", "contact-log", "Contact log")],
                "medium": [
                    {
                        "coding": [{"system": PARTICIPATION_MODE, "code": mode, "display": display}],
                        "text": c.method.value,
                    }
                ],  # fmt: skip
                "subject": self._patient_ref(),
                "recipient": [self._patient_ref()],
                "sent": self._instant(c.at),
                "payload": [{"contentString": c.note}],
            }
            if c.by:
                resource["sender"] = {"display": c.by}
            found.append((f"Communication/contact/{c.id}", resource))
        return found

    def _recall_notes(self) -> list[tuple[str, dict[str, Any]]]:
        """Reception working the recall list: called, left a message, declined, snoozed until."""
        found = []
        for note in self._r.recall_notes:
            said = MARK_KINDS.get(note.kind, note.kind)
            if note.until is not None:
                said += f" until {note.until.isoformat()}"
            resource: dict[str, Any] = {
                "resourceType": "Communication",
                "status": "not-done" if note.kind == "snoozed" else "completed",
                "category": [self._code("CodeSystem/communication", "recall", "Recall for re-treatment")],
                "subject": self._patient_ref(),
                "sent": self._instant(note.at),
                "reasonCode": [
                    self._code("CodeSystem/indication", note.indication.value, note.indication.label)
                ],
                "payload": [{"contentString": f"{said}: {note.note}" if note.note else said}],
            }
            if note.kind == "snoozed":
                resource["statusReason"] = {"text": said}
            if note.by:
                resource["sender"] = {"display": note.by}
            found.append((f"Communication/recall/{note.id}", resource))
        return found

    def _contact_consents(self) -> list[tuple[str, dict[str, Any]]]:
        """Each change of the patient's consent to be contacted by email or text: a Consent of
        scope patient-privacy, permitting or denying, the newest per channel active."""
        latest = {c.channel: c.id for c in self._r.contact_consents}
        found = []
        for c in self._r.contact_consents:
            mode, display = MESSAGE_MODE[c.channel]
            resource: dict[str, Any] = {
                "resourceType": "Consent",
                "status": "active" if latest[c.channel] == c.id else "inactive",
                "scope": {
                    "coding": [
                        {"system": CONSENT_SCOPE, "code": "patient-privacy", "display": "Privacy Consent"}
                    ]
                },
                "category": [
                    {
                        "coding": [{"system": PARTICIPATION_MODE, "code": mode, "display": display}],
                        "text": f"Contact by {c.channel.label.lower()}",
                    }
                ],
                "patient": self._patient_ref(),
                "dateTime": self._instant(c.at),
                "policyRule": {
                    "coding": [
                        {"system": V3_ACT_CODE, "code": "OPTIN", "display": "opt-in"}
                        if c.agreed
                        else {"system": V3_ACT_CODE, "code": "OPTOUT", "display": "opt-out"}
                    ]
                },
                "provision": {"type": "permit" if c.agreed else "deny"},
            }
            said = [f"Recorded by {c.by}" if c.by else "", f"from {c.source}" if c.source else ""]
            if any(said):
                resource["extension"] = [self._text_extension("note", " ".join(x for x in said if x))]
            found.append((f"Consent/contact/{c.id}", resource))
        return found

    def _messages(self) -> list[tuple[str, dict[str, Any]]]:
        """Each message to the patient (confirmation, reminder, recall invitation, missed visit):
        a Communication by its channel, in the state it reached."""
        found = []
        for msg in self._r.messages:
            mode, display = MESSAGE_MODE[msg.channel]
            said = msg.kind.label
            resource: dict[str, Any] = {
                "resourceType": "Communication",
                "status": MESSAGE_STATUS[msg.state],
                "category": [
                    self._code("CodeSystem/communication", f"message-{msg.kind.value}", msg.kind.label)
                ],
                "medium": [
                    {
                        "coding": [{"system": PARTICIPATION_MODE, "code": mode, "display": display}],
                        "text": msg.channel.value,
                    }
                ],
                "subject": self._patient_ref(),
                "recipient": [self._patient_ref()],
                "payload": [{"contentString": f"{said} ({msg.change})" if msg.change else said}],
            }
            if msg.sent_at is not None:
                resource["sent"] = self._instant(msg.sent_at)
            if msg.state is MessageState.FAILED and msg.last_error:
                resource["statusReason"] = {"text": msg.last_error}
            if msg.indication is not None:
                resource["reasonCode"] = [
                    self._code("CodeSystem/indication", msg.indication.value, msg.indication.label)
                ]
            if msg.appointment_id is not None and any(
                e.appointment.id == msg.appointment_id for e in self._r.appointments
            ):
                resource["about"] = [{"reference": self._url(f"Appointment/{msg.appointment_id}")}]
            found.append((f"Communication/message/{msg.id}", resource))
        return found


def _number(value: Decimal) -> int | float:
    """A JSON number: whole values as integers, others (units and scores have one decimal place at
    most) as floats."""
    return int(value) if value == value.to_integral_value() else float(value)


def _said(value: object) -> str:
    """A value of an amendment as it was recorded: text as it is, anything else (a list of sites)
    as its JSON, so nothing of the correction is lost."""
    if value is None or value == "":
        return "(none)"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)
