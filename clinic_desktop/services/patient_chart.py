"""A patient's chart: opening it (recorded), reading it as the role may, and adding to the record
(conditions, allergies, medications, consents, weights, contacts), each change audited."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.clinic_time import parse_date
from clinic_desktop.domain.codes import Indication, parse_indication
from clinic_desktop.domain.conditions import DEFAULT_ICD10, normalise_icd10
from clinic_desktop.domain.entities import ScheduleEntry
from clinic_desktop.domain.errors import ConflictError, ValidationError
from clinic_desktop.domain.patients import (
    ContactMethod,
    PatientRecord,
    PatientStatus,
    age_on,
)
from clinic_desktop.domain.weights import Weight, WeightUnit, check_weight_day, parse_weight
from clinic_desktop.domain.words import QT_TR_NOOP
from clinic_desktop.services.patient_base import PatientServiceBase

if TYPE_CHECKING:  # read with a chart, not by a search (a command's start-up, issue 22)
    from clinic_desktop.domain.clinical_record import (
        Allergy,
        ClinicalSummary,
        Condition,
        Consent,
        ContactEntry,
        Medication,
    )
    from clinic_desktop.domain.outcomes import MigraineStatus, Score
    from clinic_desktop.domain.treatment_record import TreatmentRecord


@dataclass(frozen=True)
class PatientChart:
    record: PatientRecord
    age: int
    summary: ClinicalSummary
    alerts: list[str]
    past: list[ScheduleEntry]
    upcoming: list[ScheduleEntry]
    contacts: list[ContactEntry]
    merges: list[tuple[str, datetime, str]]
    treatments: list[TreatmentRecord] = field(default_factory=list)  # newest first
    outcomes: dict[str, list[Score]] = field(default_factory=dict)  # measure code -> scores by date
    migraine: MigraineStatus | None = None  # when the patient has chronic migraine treatments or scores
    # False when the reader may not see the clinical record (reception): conditions, allergies,
    # medications, treatments and scores are then left out, and the view says who may see them.
    clinical: bool = True
    # Every weighing, newest first (domain/weights.py): the front desk weighs too, so every role.
    weights: list[Weight] = field(default_factory=list)

    @property
    def weight(self) -> Weight | None:
        """The newest weighing."""
        return self.weights[0] if self.weights else None


class PatientChartService(PatientServiceBase):
    """The chart and what is added to a patient's record."""

    # --- the chart ------------------------------------------------------------------------------

    def open_chart(self, patient_id: int) -> None:
        """Record that the signed-in user opened this patient's chart (the window calls it each
        time one is opened): who looked at whose record is part of the trail, not only changes."""
        self._s.require(Permission.DEMOGRAPHICS)
        store = self._s.store
        with store.write_transaction():
            store.patients.get(patient_id)  # an unknown id is refused, not recorded
            self._s.record("open", "patient", patient_id, None, None, patient_id=patient_id)

    def chart(self, patient_id: int) -> PatientChart:
        """The whole chart for a role that may read the clinical record; for the front desk the
        patient (without the clinical facts), consents, appointments and contacts only
        (``clinical`` False): what PatientView says the reader sees."""
        from clinic_desktop.domain.outcomes import HEADACHE_DAYS, migraine_status

        self._s.require(Permission.DEMOGRAPHICS)
        view = self.view()
        clinical = view.clinical
        store = self._s.store
        now = self._s.now()
        today = self.today()
        with store.read_transaction():
            record = view.record(store.patients.get(patient_id))
            summary = self._summary(patient_id, clinical)
            appointments = store.appointments.for_patient(patient_id)
            contacts = store.clinical.contacts(patient_id)
            merges = store.patients.merges(patient_id)
            treatments = store.treatments.for_patient(patient_id) if clinical else []
            outcomes = store.treatments.outcomes(patient_id) if clinical else {}
            weights = store.patients.weights(patient_id)
        past = [e for e in appointments if e.appointment.start < now]
        upcoming = [e for e in appointments if e.appointment.start >= now]
        # The front desk's record and summary hold no clinical facts, so its alerts are only what
        # it acts on: a lapsed consent to renew.
        alerts = summary.alerts(record, today)
        migraine = None
        migraine_days = sorted(
            t.performed_on for t in treatments if t.indication is Indication.CHRONIC_MIGRAINE
        )
        if migraine_days or HEADACHE_DAYS in outcomes:
            migraine = migraine_status(outcomes.get(HEADACHE_DAYS, []), migraine_days)
            if migraine.stop_flag:
                alerts.append(migraine.stop_flag)
        return PatientChart(
            record, age_on(record.date_of_birth, today), summary, alerts,
            list(reversed(past)), upcoming, contacts, merges, treatments, outcomes, migraine, clinical,
            weights,
        )  # fmt: skip

    def summary(self, patient_id: int) -> ClinicalSummary:
        """Conditions, allergies, medications and consents: the clinical record (CHART_READ)."""
        self._s.require(Permission.CHART_READ)
        with self._s.store.read_transaction():
            return self._summary(patient_id, clinical=True)

    def _summary(self, patient_id: int, clinical: bool) -> ClinicalSummary:
        """Without ``clinical`` only the consents (which the front desk collects and renews)."""
        from clinic_desktop.domain.clinical_record import ClinicalSummary

        records = self._s.store.clinical
        if not clinical:
            return ClinicalSummary(consents=records.consents(patient_id))
        return ClinicalSummary(
            records.conditions(patient_id),
            records.allergies(patient_id),
            records.medications(patient_id),
            records.consents(patient_id),
        )

    def add_condition(
        self,
        patient_id: int,
        indication: str | Indication,
        icd10: str = "",
        noted_on: str = "",
        notes: str = "",
    ) -> Condition:
        self._s.require(Permission.CHART_WRITE)
        code = parse_indication(indication) if isinstance(indication, str) else indication
        icd = normalise_icd10(icd10) if icd10.strip() else DEFAULT_ICD10[code]
        noted = parse_date(noted_on) if noted_on.strip() else None
        store = self._s.store
        with store.write_transaction():
            store.patients.get(patient_id)
            condition = store.clinical.add_condition(patient_id, code, icd, noted, notes.strip())
            self._created("condition", condition.id, patient_id, asdict(condition))
        return condition

    def add_allergy(self, patient_id: int, substance: str, reaction: str = "", severity: str = "") -> Allergy:
        self._s.require(Permission.CHART_WRITE)
        if not substance.strip():
            raise ValidationError(QT_TR_NOOP("Name the substance the patient is allergic to."))
        store = self._s.store
        with store.write_transaction():
            store.patients.get(patient_id)
            allergy = store.clinical.add_allergy(
                patient_id, substance.strip(), reaction.strip(), severity.strip().lower()
            )
            self._created("allergy", allergy.id, patient_id, asdict(allergy))
        return allergy

    def add_medication(
        self, patient_id: int, name: str, dose: str = "", anticoagulant: bool = False
    ) -> Medication:
        self._s.require(Permission.CHART_WRITE)
        if not name.strip():
            raise ValidationError(QT_TR_NOOP("Name the medication."))
        store = self._s.store
        with store.write_transaction():
            store.patients.get(patient_id)
            medication = store.clinical.add_medication(patient_id, name.strip(), dose.strip(), anticoagulant)
            self._created("medication", medication.id, patient_id, asdict(medication))
        return medication

    def add_consent(
        self,
        patient_id: int,
        kind: str,
        signed_on: str | date,
        expires_on: str | date | None = None,
        notes: str = "",
    ) -> Consent:
        self._s.require(Permission.DEMOGRAPHICS)
        if not kind.strip():
            raise ValidationError(QT_TR_NOOP("Say what the consent is for."))
        signed = signed_on if isinstance(signed_on, date) else parse_date(signed_on)
        expires = (
            expires_on
            if isinstance(expires_on, date) or expires_on is None
            else (parse_date(expires_on) if expires_on.strip() else None)
        )
        if signed > self.today():
            raise ValidationError(QT_TR_NOOP("A consent cannot be signed in the future."))
        if expires is not None and expires <= signed:
            raise ValidationError(QT_TR_NOOP("A consent must expire after the day it was signed."))
        store = self._s.store
        with store.write_transaction():
            store.patients.get(patient_id)
            consent = store.clinical.add_consent(patient_id, kind.strip(), signed, expires, notes.strip())
            self._created("consent", consent.id, patient_id, asdict(consent))
        return consent

    def add_weight(
        self,
        patient_id: int,
        weight: object,
        on: date | str | None = None,
        unit: WeightUnit | str = WeightUnit.KG,
        by: str = "",
    ) -> Weight:
        """Record a weighing (kilograms, or pounds converted: domain/weights.py) on a day, today by
        default; earlier weighings are kept. Whoever registers patients may weigh them (the front
        desk at check-in, a provider in the chart)."""
        self._s.require(Permission.DEMOGRAPHICS)
        kg = parse_weight(weight, unit)
        day = on if isinstance(on, date) else (parse_date(on) if on and on.strip() else self.today())
        store = self._s.store
        with store.write_transaction():
            record = store.patients.get(patient_id)
            if record.status is PatientStatus.MERGED:
                raise ConflictError(
                    QT_TR_NOOP("{mrn} was merged into another record; weigh that record instead."),
                    mrn=record.mrn,
                )
            check_weight_day(day, record.date_of_birth, self.today())
            entry = store.patients.add_weight(
                patient_id, kg, day, by or self._signed_in_name(), self._s.now()
            )
            self._created(
                "weight", entry.id or 0, patient_id,
                {"kg": str(kg), "measured_on": day.isoformat(), "recorded_by": entry.recorded_by},
            )  # fmt: skip
        return entry

    def weights(self, patient_id: int) -> list[Weight]:
        """Every weighing of the patient, newest first."""
        self._s.require(Permission.DEMOGRAPHICS)
        store = self._s.store
        with store.read_transaction():
            store.patients.get(patient_id)
            return store.patients.weights(patient_id)

    def log_contact(self, patient_id: int, method: str, note: str, by: str = "") -> ContactEntry:
        """A call, message or letter to the patient, for the recall list (``by``: the signed-in
        user when not given)."""
        self._s.require(Permission.RECALLS)
        try:
            how = ContactMethod(method.strip().lower())
        except ValueError:
            raise ValidationError(QT_TR_NOOP("'{method}' is not a contact method."), method=method) from None
        if not note.strip():
            raise ValidationError(QT_TR_NOOP("Write what was said or sent."))
        store = self._s.store
        with store.write_transaction():
            store.patients.get(patient_id)
            entry = store.clinical.add_contact(
                patient_id, self._s.now(), how, note.strip(), by or self._signed_in_name()
            )
            self._created("contact", entry.id, patient_id, asdict(entry))
        return entry

    def _created(self, entity: str, entity_id: int, patient_id: int, values: dict[str, Any]) -> None:
        """The trail's entry for something added to a patient's record (inside its transaction)."""
        values.pop("id", None)
        values.pop("patient_id", None)
        self._s.record("create", entity, entity_id, None, values, patient_id=patient_id)
