"""Patient use cases: register, correct, find in a keystroke, detect and merge duplicates, chart.

Search strategy, chosen by measurement on the 50,000-patient demo clinic: a token table of folded
name words and phone-digit prefixes/reversed suffixes, searched by B-tree prefix ranges intersected
in SQL. benchmarks/search_strategies.py measured name-fragment look-ups at p50 0.79 ms / p95 3.7 ms
for the token table against p50 0.19 ms / p95 1.8 ms for SQLite FTS5 (same rows found). FTS5 is
faster, but both are far inside the 20 ms budget (the whole search, ranking included, measures
p95 7.7 ms in make bench), and only the token table is plain SQL that PostgreSQL runs unchanged,
and finds a phone number by its last digits through the same index. Ranking (exact MRN, whole
name, exact words, prefixes) runs in Python on at most a few hundred candidates, with the rules
in domain/search.py.

Who may do what (issue 11), checked here and not only by hidden buttons: the demographic part
of a record (registering, correcting, finding, merging, consents) is the front desk's work
(Permission.DEMOGRAPHICS, every role); its clinical part (conditions, allergies, medications,
treatments and scores) is read with CHART_READ and changed with CHART_WRITE, so a receptionist
opening a chart sees the patient and their appointments but not their health record. Every
change is written to the audit trail in the change's own transaction, and so is opening a chart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.clinic_time import parse_date
from clinic_desktop.domain.codes import Indication, parse_indication
from clinic_desktop.domain.conditions import DEFAULT_ICD10, normalise_icd10
from clinic_desktop.domain.entities import ScheduleEntry
from clinic_desktop.domain.errors import ConflictError, ValidationError
from clinic_desktop.domain.outcomes import HEADACHE_DAYS, MigraineStatus, Score, migraine_status
from clinic_desktop.domain.patients import (
    CLINICAL_RECORD_FIELDS,
    Allergy,
    ClinicalSummary,
    Condition,
    Consent,
    ContactEntry,
    ContactMethod,
    Medication,
    PatientRecord,
    PatientStatus,
    PatientView,
    Sex,
    age_on,
    name_tokens,
    require_birth_date,
    require_email,
    require_person_name,
    similar_names,
)
from clinic_desktop.domain.search import (
    SEARCH_INDEX_VERSION,
    Candidate,
    PatientQuery,
    default_date_order,
    parse_birth_date,
    parse_query,
    rank,
    score,
)
from clinic_desktop.domain.treatments import TreatmentRecord
from clinic_desktop.domain.weights import Weight, WeightUnit, check_weight_day, parse_weight
from clinic_desktop.services.phones import normalise_phone, phone_tokens, query_phone_prefixes

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

CANDIDATE_LIMIT = 400
# A record's bookkeeping, not what a person entered: left out of the audit trail's values.
_NOT_AUDITED = frozenset({"id", "created_at", "updated_at"})


@dataclass
class PatientInput:
    """A patient as typed into a form, a command or a CSV row: text, validated by ``validate``."""

    given_name: str = ""
    family_name: str = ""
    date_of_birth: str | date = ""
    preferred_name: str = ""
    sex: str = ""
    phone: str = ""
    phone_alt: str = ""
    email: str = ""
    address: str = ""
    preferred_contact: str = ""
    preferred_times: str = ""
    emergency_contact: str = ""
    referring_physician: str = ""
    status: str = "active"
    notes: str = ""
    external_id: str = ""
    anticoagulant: bool | str = False
    bleeding_risk: str = ""
    language: str = ""

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> PatientInput:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in known and v is not None})


@dataclass(frozen=True)
class SearchHit:
    record: PatientRecord
    score: int
    expired_consent: bool = False


@dataclass(frozen=True)
class AddResult:
    record: PatientRecord
    duplicates: list[PatientRecord] = field(default_factory=list)


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


def patient_values(record: PatientRecord) -> dict[str, Any]:
    """What the audit trail keeps of a patient record: every field a person entered or the
    clinic set (not the row's id and time stamps)."""
    return {f.name: getattr(record, f.name) for f in fields(record) if f.name not in _NOT_AUDITED}


def created_values(record: PatientRecord) -> dict[str, Any]:
    """A new record's values for the trail, without the empty ones (a registration fills few)."""
    return {k: v for k, v in patient_values(record).items() if v not in ("", None)}


def changed_values(before: PatientRecord, after: PatientRecord) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields a change altered, before and after: what a reader of the trail needs to
    see, without the rest of the record repeated in every entry."""
    old, new = patient_values(before), patient_values(after)
    keys = [k for k in old if old[k] != new[k]]
    return {k: old[k] for k in keys}, {k: new[k] for k in keys}


def _truthy(value: bool | str) -> bool:
    if isinstance(value, bool):
        return value
    return value.strip().lower() in {"1", "true", "yes", "y", "x"}


class PatientService:
    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    # --- settings the rules depend on -----------------------------------------------------------

    @property
    def region(self) -> str:
        return self._s.store.settings.get().country or "US"

    @property
    def date_order(self) -> str:
        return default_date_order(self.region)

    def today(self) -> date:
        return self._s.time.local_date(self._s.now())

    # --- validation -----------------------------------------------------------------------------

    def parse_birth_date(self, value: str | date) -> date:
        if isinstance(value, date):
            return require_birth_date(value, self.today())
        text = value.strip()
        if not text:
            raise ValidationError("The date of birth is missing.")
        parsed = parse_birth_date(text, self.date_order, self.today())
        if parsed is None:
            example = "4/2/1980" if self.date_order == "MDY" else "2.4.1980"
            raise ValidationError(f"'{value}' is not a date of birth. Write it as 1980-04-02 or {example}.")
        return require_birth_date(parsed, self.today())

    def validate(self, data: PatientInput) -> dict[str, Any]:
        """Every field checked and normalised; the first problem is refused in plain words."""
        region = self.region
        values: dict[str, Any] = {
            "given_name": require_person_name(data.given_name, "given name"),
            "family_name": require_person_name(data.family_name, "family name"),
            "date_of_birth": self.parse_birth_date(data.date_of_birth),
            "preferred_name": " ".join(data.preferred_name.split()),
            "phone": normalise_phone(data.phone, region),
            "phone_alt": normalise_phone(data.phone_alt, region),
            "email": require_email(data.email),
            "address": data.address.strip(),
            "preferred_times": data.preferred_times.strip(),
            "emergency_contact": data.emergency_contact.strip(),
            "referring_physician": data.referring_physician.strip(),
            "notes": data.notes.strip(),
            "external_id": data.external_id.strip(),
            "anticoagulant": _truthy(data.anticoagulant),
            "bleeding_risk": data.bleeding_risk.strip(),
            "language": data.language.strip().lower(),
        }
        if values["language"] and not re.fullmatch(r"[a-z]{2}", values["language"]):
            raise ValidationError(
                f"'{data.language}' is not a language code; use two letters such as en, es or fr, "
                "or leave it blank."
            )
        sex = data.sex.strip().lower()
        sex = {"f": "female", "m": "male", "w": "female"}.get(sex, sex)
        if sex not in {s.value for s in Sex}:
            raise ValidationError(
                f"'{data.sex}' is not a sex this record knows: female, male, other or blank."
            )
        values["sex"] = sex
        contact = data.preferred_contact.strip().lower()
        if contact and contact not in {c.value for c in ContactMethod}:
            known = ", ".join(c.value for c in ContactMethod)
            raise ValidationError(f"'{data.preferred_contact}' is not a contact method: use {known}.")
        values["preferred_contact"] = contact
        status = (data.status or "active").strip().lower()
        if status not in {PatientStatus.ACTIVE, PatientStatus.INACTIVE, PatientStatus.DECEASED}:
            raise ValidationError(
                f"'{data.status}' is not a patient status: use active, inactive or deceased."
            )
        values["status"] = status
        if values["preferred_contact"] == "email" and not values["email"]:
            raise ValidationError("Email is the preferred contact but no email address is given.")
        # Every field within its column's width and free of NUL characters, checked before any
        # write (and in an import's dry run) so no engine refuses a value half-way through.
        self._s.store.patients.check(values)
        return values

    # --- registering and correcting -------------------------------------------------------------

    def add(self, data: PatientInput, mrn: str | None = None) -> AddResult:
        """Register a patient; possible duplicates are returned with it for the caller to show."""
        self._s.require(Permission.DEMOGRAPHICS)
        values = self.validate(data)
        store = self._s.store
        with store.write_transaction():
            if mrn and store.patients.by_mrn(mrn):
                raise ConflictError(f"The MRN {mrn} already belongs to another patient.")
            if values["external_id"] and store.patients.by_external_id(values["external_id"]):
                raise ConflictError(
                    f"The external id {values['external_id']} already belongs to another patient."
                )
            duplicates = self._duplicates(values)
            created = store.patients.add(values, self._s.now(), mrn=mrn)
            store.patients.set_tokens(created.id, self.tokens(created))
            self._s.record(
                "create", "patient", created.id, None, created_values(created), patient_id=created.id
            )
        view = self.view()
        return AddResult(view.record(created), [view.record(d) for d in duplicates])

    def update(self, patient_id: int, data: PatientInput) -> PatientRecord:
        """Correct a patient's details; the trail keeps the changed fields before and after. The
        clinical facts on the record (anticoagulant, bleeding risk) are changed only by a role that
        charts: anyone else's form never showed them (PatientView), and the values on file stay."""
        self._s.require(Permission.DEMOGRAPHICS)
        values = self.validate(data)
        store = self._s.store
        with store.write_transaction():
            current = store.patients.get(patient_id)
            if not self._s.may(Permission.CHART_WRITE):
                values.update({name: getattr(current, name) for name in CLINICAL_RECORD_FIELDS})
            if current.status == PatientStatus.MERGED:
                raise ConflictError(
                    f"{current.mrn} was merged into another record; change that record instead."
                )
            other = store.patients.by_external_id(values["external_id"]) if values["external_id"] else None
            if other and other.id != patient_id:
                raise ConflictError(
                    f"The external id {values['external_id']} already belongs to {other.mrn}."
                )
            updated = store.patients.update(patient_id, values, self._s.now())
            store.patients.set_tokens(patient_id, self.tokens(updated))
            before, after = changed_values(current, updated)
            if before or after:
                self._s.record("change", "patient", patient_id, before, after, patient_id=patient_id)
        return self.view().record(updated)

    def get(self, patient_id: int) -> PatientRecord:
        """The record as the signed-in role sees it (PatientView)."""
        self._s.require(Permission.DEMOGRAPHICS)
        return self.view().record(self._s.store.patients.get(patient_id))

    def view(self) -> PatientView:
        """What the signed-in role sees of patients: the one place that decides it, asked by the
        chart, the patient list, search, the command line and the recall list. A role that may
        read the clinical record (Permission.CHART_READ) sees everything; the front desk sees the
        patient without the clinical facts (domain.patients.PatientView)."""
        return PatientView(clinical=self._s.may(Permission.CHART_READ))

    def input_of(self, record: PatientRecord) -> PatientInput:
        """A record back as form input (for editing, and for CSV export)."""
        values = {f.name: getattr(record, f.name) for f in fields(PatientInput) if hasattr(record, f.name)}
        values["status"] = record.status.value
        return PatientInput(**values)

    # --- duplicates -----------------------------------------------------------------------------

    def duplicates(self, data: PatientInput, exclude_id: int | None = None) -> list[PatientRecord]:
        """Existing patients who may be this one: same date of birth and a similar name, or the
        same phone number."""
        self._s.require(Permission.DEMOGRAPHICS)
        view = self.view()
        return [view.record(r) for r in self._duplicates(self.validate(data)) if r.id != exclude_id]

    def _duplicates(self, values: dict[str, Any]) -> list[PatientRecord]:
        store = self._s.store
        found: dict[int, PatientRecord] = {}
        for other in store.patients.with_birth_date(values["date_of_birth"]):
            if similar_names(
                values["given_name"], values["family_name"], other.given_name, other.family_name
            ):
                found[other.id] = other
        for phone in (values["phone"], values["phone_alt"]):
            if phone:
                for other in store.patients.with_phone(phone):
                    found[other.id] = other
        return sorted(found.values(), key=lambda r: r.id)

    def merge(self, survivor_id: int, merged_id: int, by: str = "") -> dict[str, int]:
        """Fold one record into another in one transaction; the merge is recorded on the survivor
        (``by``: who merged, the signed-in user when not given), and in the audit trail under both
        patients, so that each one's history shows it."""
        self._s.require(Permission.DEMOGRAPHICS)
        if survivor_id == merged_id:
            raise ValidationError("A record cannot be merged into itself.")
        store = self._s.store
        with store.write_transaction():
            survivor = store.patients.get(survivor_id)
            merged = store.patients.get(merged_id)
            for r in (survivor, merged):
                if r.status == PatientStatus.MERGED:
                    raise ConflictError(f"{r.mrn} has already been merged into another record.")
            moved = store.patients.merge(survivor_id, merged_id, self._s.now(), by or self._signed_in_name())
            self._s.record(
                "change", "patient", merged_id,
                {"status": merged.status.value, "merged_into": None, "external_id": merged.external_id},
                {"status": PatientStatus.MERGED.value, "merged_into": survivor_id,
                 "merged_into_mrn": survivor.mrn, "external_id": ""},
                patient_id=merged_id,
            )  # fmt: skip
            self._s.record(
                "change", "patient", survivor_id, None,
                {"merged_from": merged.mrn, "merged_from_id": merged_id, "moved": moved},
                patient_id=survivor_id,
            )  # fmt: skip
            return moved

    def _signed_in_name(self) -> str:
        """Who a contact or merge is recorded as done by: the signed-in person (not the software)."""
        session = self._s.session
        return session.name if session is not None and session.role is not None else ""

    # --- search ---------------------------------------------------------------------------------

    def tokens(self, record: PatientRecord) -> set[str]:
        region = self.region
        found = {f"n:{t}" for t in name_tokens(record.given_name, record.family_name, record.preferred_name)}
        for phone in (record.phone, record.phone_alt):
            found |= phone_tokens(phone, region)
        return found

    def ensure_index(self) -> bool:
        """Build the search index if this database has none (new, or upgraded); True if built.
        Otherwise finish what an import stopped halfway left unindexed (complete_index)."""
        if self._s.store.info_value("search_index") == SEARCH_INDEX_VERSION:
            self.complete_index()
            return False
        self.rebuild_index()
        return True

    def complete_index(self) -> int:
        """Index the patients a large import registered but was stopped before indexing (it writes
        their search words after the patients, in short transactions: services/import_writes.py).
        One look at database_info when there are none; returns how many were indexed."""
        store = self._s.store
        start = store.patient_import.index_pending()
        if start is None:
            return 0
        count = 0
        while True:
            with store.write_transaction():
                ids = store.patient_import.unindexed(start, 1000)
                for record in store.patients.many(ids):
                    store.patients.set_tokens(record.id, self.tokens(record))
                if not ids:
                    store.patient_import.index_done()
                    return count
            count += len(ids)
            start = ids[-1] + 1

    def rebuild_index(self) -> int:
        store = self._s.store
        region = self.region

        def rows() -> Iterator[tuple[int, str]]:
            for pid, given, family, preferred, phone, phone_alt in store.patients.token_sources():
                tokens = {f"n:{t}" for t in name_tokens(given, family, preferred)}
                tokens |= phone_tokens(phone, region) | phone_tokens(phone_alt, region)
                for token in sorted(tokens):
                    yield pid, token

        with store.write_transaction():
            count = store.patients.replace_all_tokens(rows())
            store.set_info_value("search_index", SEARCH_INDEX_VERSION)
        return count

    def query(self, text: str) -> PatientQuery:
        return parse_query(text, self.date_order, self.today())

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        """Ranked patients for what was typed; an MRN of a merged record finds the survivor."""
        self._s.require(Permission.DEMOGRAPHICS)
        store = self._s.store
        with store.read_transaction():  # the settings the query is read by, too: one statement
            query = self.query(text)
            if query.empty:
                return []
            candidates = store.patients.search(
                exact_names=[f"n:{n}" for n in query.names],
                name_prefixes=[f"n:{n}" for n in query.names],
                phone_prefixes=query_phone_prefixes(query.phone_digits) if query.phone_digits else [],
                birth_date=query.birth_date,
                limit=CANDIDATE_LIMIT,
            )
            if query.phone_digits:
                candidates = [replace(c, phone_match=True) for c in candidates]
            by_mrn = store.patients.by_mrn(query.mrn) if query.mrn else None
            if by_mrn is not None:
                target = by_mrn
                if by_mrn.merged_into is not None:
                    target = store.patients.get(by_mrn.merged_into)
                exact = Candidate(
                    target.id, query.mrn if by_mrn.merged_into is None else by_mrn.mrn, target.given_name,
                    target.family_name, target.preferred_name, target.date_of_birth, target.status.value,
                )  # fmt: skip
                candidates = [exact] + [c for c in candidates if c.id != target.id]
            ranked = rank(query, candidates)[:limit]
            records = store.patients.many([c.id for c in ranked])
            expired = store.clinical.expired_consent_patients([r.id for r in records], self.today())
        by_id = {c.id: c for c in ranked}
        view = self.view()
        return [SearchHit(view.record(r), score(query, by_id[r.id]), r.id in expired) for r in records]

    # --- the list -------------------------------------------------------------------------------

    def list_ids(
        self, sort: str = "name", descending: bool = False, statuses: list[str] | None = None
    ) -> list[int]:
        if sort not in ("name", "mrn", "date_of_birth", "status"):
            raise ValidationError(f"Cannot sort patients by {sort}.")
        self._s.require(Permission.DEMOGRAPHICS)
        with self._s.store.read_transaction():
            return self._s.store.patients.ids(sort, descending, statuses)

    def rows(self, ids: list[int]) -> list[tuple[PatientRecord, bool]]:
        """Records for a page of the list, each with whether a consent has expired."""
        self._s.require(Permission.DEMOGRAPHICS)
        with self._s.store.read_transaction():
            records = self._s.store.patients.many(ids)
            expired = self._s.store.clinical.expired_consent_patients(ids, self.today())
        view = self.view()
        return [(view.record(r), r.id in expired) for r in records]

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
            weights = store.clinical.weights(patient_id)
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
            raise ValidationError("Name the substance the patient is allergic to.")
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
            raise ValidationError("Name the medication.")
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
            raise ValidationError("Say what the consent is for.")
        signed = signed_on if isinstance(signed_on, date) else parse_date(signed_on)
        expires = (
            expires_on
            if isinstance(expires_on, date) or expires_on is None
            else (parse_date(expires_on) if expires_on.strip() else None)
        )
        if signed > self.today():
            raise ValidationError("A consent cannot be signed in the future.")
        if expires is not None and expires <= signed:
            raise ValidationError("A consent must expire after the day it was signed.")
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
                    f"{record.mrn} was merged into another record; weigh that record instead."
                )
            check_weight_day(day, record.date_of_birth, self.today())
            entry = store.clinical.add_weight(
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
            return store.clinical.weights(patient_id)

    def log_contact(self, patient_id: int, method: str, note: str, by: str = "") -> ContactEntry:
        """A call, message or letter to the patient, for the recall list (``by``: the signed-in
        user when not given)."""
        self._s.require(Permission.RECALLS)
        try:
            how = ContactMethod(method.strip().lower())
        except ValueError:
            raise ValidationError(f"'{method}' is not a contact method.") from None
        if not note.strip():
            raise ValidationError("Write what was said or sent.")
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
