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
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fhir.resources.R4B.bundle import Bundle

from clinic_desktop import private_files
from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.entities import Provider
from clinic_desktop.domain.errors import NotFoundError, ValidationError
from clinic_desktop.domain.outcomes import BUILTIN_MEASURES, Measure
from clinic_desktop.domain.patients import PatientStatus
from clinic_desktop.domain.words import QT_TR_NOOP
from clinic_desktop.services.fhir.builder import Builder
from clinic_desktop.services.fhir.codes import (
    ADVERSE_EVENT_OUTCOME,
    ADVERSE_EVENT_SEVERITY,
    ALLERGY_CLINICAL,
    ALLERGY_SEVERITY,
    APPOINTMENT_STATUS,
    BCP47,
    CONDITION_CLINICAL,
    CONSENT_SCOPE,
    CONTACT_MODE,
    CONTACT_RELATIONSHIP,
    FLAG_CATEGORY,
    GENDER,
    ICD10_CM,
    LOINC,
    MESSAGE_MODE,
    MESSAGE_STATUS,
    OBSERVATION_CATEGORY,
    PARTICIPATION_MODE,
    TOXIN_UNIT,
    UCUM,
    V2_IDENTIFIER_TYPE,
    V3_ACT_CODE,
)
from clinic_desktop.services.fhir.record import Record

# The codes moved to services/fhir/codes.py; they are still public here, where they always were.
__all__ = [
    "ADVERSE_EVENT_OUTCOME",
    "ADVERSE_EVENT_SEVERITY",
    "ALLERGY_CLINICAL",
    "ALLERGY_SEVERITY",
    "APPOINTMENT_STATUS",
    "AUDIT_BATCH",
    "BCP47",
    "CONDITION_CLINICAL",
    "CONSENT_SCOPE",
    "CONTACT_MODE",
    "CONTACT_RELATIONSHIP",
    "DEFAULT_SYSTEM_BASE",
    "DERIVED_TABLES",
    "FLAG_CATEGORY",
    "FhirExportService",
    "GENDER",
    "ICD10_CM",
    "LOINC",
    "MESSAGE_MODE",
    "MESSAGE_STATUS",
    "OBSERVATION_CATEGORY",
    "PARTICIPATION_MODE",
    "Progress",
    "RECORD_TABLES",
    "TOXIN_UNIT",
    "UCUM",
    "V2_IDENTIFIER_TYPE",
    "V3_ACT_CODE",
]

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

# Local identifier and code systems. A clinic that exchanges data should pass its own base (a URL it
# controls); ".invalid" is reserved (RFC 2606) so the default can never be mistaken for a real one.
DEFAULT_SYSTEM_BASE = "https://clinic-desktop.invalid/fhir"

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

#: Tables that hang off a patient but hold no part of the record: the software's own workings.
DERIVED_TABLES: dict[str, str] = {
    "patient_token": "the search index, made from the name and phone",
    "follow_up_proposal": "proposed follow-up slots, recomputed from the record and the calendar",
}
AUDIT_BATCH = 500  # patients of `write_all` recorded in the audit trail per transaction
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_RESERVED_NAME = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\..*)?$", re.IGNORECASE)  # Windows

Progress = Callable[[int, int], None]


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
            raise ValidationError(QT_TR_NOOP("Give the patient's MRN."))
        store = self._s.store
        with store.read_transaction():
            found = store.patients.by_mrn(wanted) or store.patients.by_mrn(wanted.upper())
            if found is None and wanted.isdigit() and len(wanted) < 10:
                try:
                    found = store.patients.get(int(wanted))
                except NotFoundError:
                    found = None
        if found is None:
            raise NotFoundError(QT_TR_NOOP("There is no patient with the MRN {mrn}."), mrn=wanted)
        return found.id

    def write_patient(self, patient_id: int, path: str | Path) -> int:
        """Write the patient's Bundle to ``path`` (replaced atomically); returns the resources in it.
        The export is recorded in the audit trail before the file takes its name, so a file never
        appears without its entry (at worst an entry names a file a failing disk did not keep)."""
        self._s.require(Permission.EXPORT_RECORDS)
        target = Path(path)
        if not target.parent.is_dir():
            raise ValidationError(QT_TR_NOOP("The folder {path} does not exist."), path=str(target.parent))
        if target.is_dir():
            raise ValidationError(
                QT_TR_NOOP("{path} is a folder; give the name of the file to write."), path=str(target)
            )
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
            raise ValidationError(
                QT_TR_NOOP("Cannot create the folder {path}: {problem}."),
                path=str(target),
                problem=str(exc.strerror or exc),
            ) from None
        if not target.is_dir():
            raise ValidationError(QT_TR_NOOP("{path} is not a folder."), path=str(target))
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
        builder = Builder(self._s.time, self._base, namespace, record, providers, measures)
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

    def _read(self, patient_id: int) -> Record:
        store = self._s.store
        with store.read_transaction():
            patient = store.patients.get(patient_id)
            survivor = None
            if patient.status is PatientStatus.MERGED and patient.merged_into is not None:
                survivor = store.patients.get(patient.merged_into)
            extra = store.patient_record
            return Record(
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
                weights=store.patients.weights(patient_id),
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
            raise ValidationError(
                QT_TR_NOOP("Cannot write to {path}: {problem}."),
                path=str(path.parent),
                problem=str(exc.strerror or exc),
            ) from None
        try:
            with open(temporary, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return temporary
