"""Patient records, their clinical summary, the search index and merges."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from peewee import SqliteDatabase, fn

from clinic_desktop.domain.errors import NotFoundError
from clinic_desktop.domain.patients import (
    MRN_STEP,
    PatientRecord,
    PatientStatus,
    mrn_for,
)
from clinic_desktop.domain.search import Candidate
from clinic_desktop.domain.weights import Weight
from clinic_desktop.domain.words import QT_TR_NOOP
from clinic_desktop.store import models as m
from clinic_desktop.store import read_ahead

RECORD_FIELDS = (
    "given_name", "family_name", "preferred_name", "date_of_birth", "sex", "phone", "phone_alt", "email",
    "address", "preferred_contact", "preferred_times", "emergency_contact", "referring_physician", "status",
    "notes", "external_id", "anticoagulant", "bleeding_risk", "language",
)  # fmt: skip

SORTS = {
    # In the order of the (family_name, given_name, status) index, ties by row id: no sorting at all.
    "name": (m.Patient.family_name, m.Patient.given_name, m.Patient.status, m.Patient.id),
    "mrn": (m.Patient.mrn,),
    "date_of_birth": (m.Patient.date_of_birth, m.Patient.id),
    "status": (m.Patient.status, m.Patient.family_name, m.Patient.given_name, m.Patient.id),
}


def as_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def record(row: Any) -> PatientRecord:
    return PatientRecord(
        id=int(row.id),
        mrn=str(row.mrn),
        given_name=str(row.given_name),
        family_name=str(row.family_name),
        date_of_birth=as_date(row.date_of_birth),
        preferred_name=str(row.preferred_name),
        sex=str(row.sex),
        phone=str(row.phone),
        phone_alt=str(row.phone_alt),
        email=str(row.email),
        address=str(row.address),
        preferred_contact=str(row.preferred_contact),
        preferred_times=str(row.preferred_times),
        language=str(row.language),
        emergency_contact=str(row.emergency_contact),
        referring_physician=str(row.referring_physician),
        status=PatientStatus(row.status),
        notes=str(row.notes),
        external_id=str(row.external_id or ""),
        anticoagulant=bool(row.anticoagulant),
        bleeding_risk=str(row.bleeding_risk),
        merged_into=int(row.merged_into) if row.merged_into is not None else None,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _upper(prefix: str) -> str:
    """The smallest string greater than every string starting with prefix (for a range scan)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


# PostgreSQL: the first key of the transaction-level advisory locks taken on a patient (lock());
# the second is the patient's id. Any fixed number no other lock of the clinic uses.
PATIENT_LOCK_SPACE = 18


class PatientRecords:
    def add(self, values: dict[str, Any], now: datetime, mrn: str | None = None) -> PatientRecord:
        """Insert, in one statement with its final MRN: the one given, or the clinic's next
        (new_ids, then mrns_for: never a stand-in value)."""
        data = {k: v for k, v in values.items() if k in RECORD_FIELDS}
        data["external_id"] = data.get("external_id") or None
        (row_id,) = self.new_ids(1)
        given = mrn or self.mrns_for([row_id])[0]
        row = m.Patient.create(id=row_id, mrn=given, created_at=now, updated_at=now, **data)
        return record(row)

    def new_ids(self, count: int) -> list[int]:
        """The row ids of ``count`` patients about to be inserted, inside the caller's write
        transaction: the one place new patients get their numbers (and so their MRNs, mrns_for).
        PostgreSQL: from the table's own sequence, which no two transactions share. SQLite: the
        numbers after the largest id, which no other writer can take while this transaction holds
        the write lock (BEGIN IMMEDIATE); insert these rows before asking for more."""
        if count < 1:
            return []
        if isinstance(m.db.obj, SqliteDatabase):
            first = int(m.db.execute_sql("SELECT COALESCE(MAX(id), 0) + 1 FROM patient").fetchone()[0])
            return list(range(first, first + count))
        sql = f"SELECT nextval(pg_get_serial_sequence('patient', 'id')) FROM generate_series(1, {int(count)})"
        return [int(row[0]) for row in m.db.execute_sql(sql).fetchall()]

    def mrns_for(self, numbers: Sequence[int]) -> list[str]:
        """The clinic's MRN for each new row number ('M' and seven digits, domain.patients.mrn_for),
        stepped past any a record from another system already holds; distinct from each other."""
        chosen: dict[int, str] = {}
        trying = {n: n for n in numbers}
        while trying:
            wanted = {n: mrn_for(c) for n, c in trying.items()}
            taken = self._held(set(wanted.values())) | set(chosen.values())
            stepped: dict[int, int] = {}
            for n, mrn in wanted.items():
                if mrn in taken:
                    stepped[n] = trying[n] + MRN_STEP
                else:
                    chosen[n] = mrn
                    taken.add(mrn)
            trying = stepped
        return [chosen[n] for n in numbers]

    def _held(self, mrns: set[str]) -> set[str]:
        held: set[str] = set()
        wanted = sorted(mrns)
        for start in range(0, len(wanted), 500):
            rows = m.Patient.select(m.Patient.mrn).where(m.Patient.mrn.in_(wanted[start : start + 500]))
            held.update(str(r.mrn) for r in rows)
        return held

    def lock(self, patient_id: int) -> None:
        """Hold this patient until the current write transaction ends: a second workstation's
        lock() on the same patient waits until then, and what it reads after it sees what this
        one wrote. Call it FIRST in every use case that reads a patient's treatment history to
        check a clinical rule (the 84-day floor, the 400 U window) and then writes: charting,
        amending, booking a toxin-treatment visit; otherwise two desks can both pass the check
        and both write.

        Lock order, always: this patient lock first, before anything the use case reads; the
        audit head (store/audit.py, locked when the entry is appended) last. One patient per
        transaction; a use case that ever needs two must lock them in ascending id order.

        PostgreSQL: a transaction-level advisory lock (pg_advisory_xact_lock) keyed by
        (PATIENT_LOCK_SPACE, patient id), released at commit or rollback; it waits only for other
        lock() calls, never for an edit of the patient's details or a booking's foreign-key
        check, as a row lock (SELECT ... FOR UPDATE) would. SQLite: nothing to do, the write
        transaction already holds the whole database (BEGIN IMMEDIATE); the call is there so
        that the use cases read the same on both engines. Nothing is waited for here on
        PostgreSQL either: the lock goes with the transaction's next statement, in its round trip,
        and is held before that statement runs (ClinicPostgresqlDatabase.execute_with_next)."""
        if not m.db.in_transaction():
            raise RuntimeError("a patient is locked inside the write transaction that checks and writes")
        if not isinstance(m.db.obj, SqliteDatabase):
            param = m.db.param
            sql = f"SELECT pg_advisory_xact_lock({param}::integer, {param}::integer)"
            m.db.execute_with_next(sql, (PATIENT_LOCK_SPACE, int(patient_id)))

    def check(self, values: dict[str, Any]) -> None:
        """Refuse (ValidationError) a record's text that is longer than its column or holds a NUL
        character, before a use case starts writing (the store checks again at the write)."""
        m.check_values(m.Patient, {k: v for k, v in values.items() if k in RECORD_FIELDS})

    def update(self, patient_id: int, values: dict[str, Any], now: datetime) -> PatientRecord:
        data = {k: v for k, v in values.items() if k in RECORD_FIELDS}
        if "external_id" in data:
            data["external_id"] = data["external_id"] or None
        if data:
            m.Patient.update(updated_at=now, **data).where(m.Patient.id == patient_id).execute()
        return self.get(patient_id)

    def get(self, patient_id: int) -> PatientRecord:
        row = read_ahead.take(("patient", patient_id))
        if row is read_ahead.MISSING:
            row = m.Patient.get_or_none(m.Patient.id == patient_id)
        if row is None:
            raise NotFoundError(QT_TR_NOOP("There is no patient with id {id}."), id=patient_id)
        return record(row)

    def by_mrn(self, mrn: str) -> PatientRecord | None:
        row = m.Patient.get_or_none(fn.UPPER(m.Patient.mrn) == mrn.strip().upper())
        return record(row) if row else None

    def by_external_id(self, external_id: str) -> PatientRecord | None:
        row = m.Patient.get_or_none(m.Patient.external_id == external_id)
        return record(row) if row else None

    def many(self, ids: Sequence[int]) -> list[PatientRecord]:
        """Records in the order of ids (missing ids are skipped)."""
        found: dict[int, PatientRecord] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            for row in m.Patient.select().where(m.Patient.id.in_(chunk)):
                found[int(row.id)] = record(row)
        return [found[i] for i in ids if i in found]

    def ids(
        self, sort: str = "name", descending: bool = False, statuses: Iterable[str] | None = None
    ) -> list[int]:
        """Every patient id in display order: what a list of 50,000 rows needs up front (ints only)."""
        columns = [c.desc() if descending else c for c in SORTS[sort]]
        query = m.Patient.select(m.Patient.id).order_by(*columns)
        if statuses is None:
            # "everyone on file": a plain inequality keeps the (name, status) index scan covering
            # and already in order; an IN list makes SQLite sort 50,000 rows again.
            query = query.where(m.Patient.status != PatientStatus.MERGED.value)
        else:
            query = query.where(m.Patient.status.in_(list(statuses)))
        # Straight from the cursor: 50,000 ints through peewee's row machinery cost twice the query.
        sql, params = query.sql()
        return [int(row[0]) for row in m.db.execute_sql(sql, params).fetchall()]

    def with_birth_date(self, birth: date) -> list[PatientRecord]:
        rows = m.Patient.select().where(
            (m.Patient.date_of_birth == birth) & (m.Patient.status != PatientStatus.MERGED.value)
        )
        return [record(r) for r in rows]

    def with_phone(self, phone: str) -> list[PatientRecord]:
        rows = m.Patient.select().where(
            ((m.Patient.phone == phone) | (m.Patient.phone_alt == phone))
            & (m.Patient.status != PatientStatus.MERGED.value)
        )
        return [record(r) for r in rows]

    def flag_anticoagulant(self, patient_ids: Sequence[int]) -> None:
        for start in range(0, len(patient_ids), 500):
            chunk = list(patient_ids[start : start + 500])
            m.Patient.update(anticoagulant=True).where(m.Patient.id.in_(chunk)).execute()

    # --- the search index -----------------------------------------------------------------------

    def set_tokens(self, patient_id: int, tokens: Iterable[str]) -> None:
        m.PatientToken.delete().where(m.PatientToken.patient == patient_id).execute()
        rows = [(patient_id, t) for t in sorted(set(tokens))]
        if rows:
            m.PatientToken.insert_many(rows, fields=[m.PatientToken.patient, m.PatientToken.token]).execute()

    def replace_all_tokens(self, rows: Iterable[tuple[int, str]]) -> int:
        """Rebuild the whole index with one prepared statement (300,000 rows in about a second)."""
        m.PatientToken.delete().execute()
        param = m.db.param
        sql = f"INSERT INTO patient_token (patient_id, token) VALUES ({param}, {param})"
        cursor = m.db.cursor()
        count = 0
        batch: list[tuple[int, str]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= 20_000:
                m.insert_rows(m.db.obj, cursor, sql, batch)
                count += len(batch)
                batch = []
        if batch:
            m.insert_rows(m.db.obj, cursor, sql, batch)
            count += len(batch)
        return count

    def token_sources(self) -> list[tuple[int, str, str, str, str, str]]:
        """(id, given, family, preferred, phone, phone_alt) of every record, to rebuild the index."""
        query = m.Patient.select(
            m.Patient.id, m.Patient.given_name, m.Patient.family_name, m.Patient.preferred_name,
            m.Patient.phone, m.Patient.phone_alt,
        ).tuples()  # fmt: skip
        rows: Any = query
        return [tuple(row) for row in rows]

    def search(
        self,
        exact_names: Sequence[str],
        name_prefixes: Sequence[str],
        phone_prefixes: Sequence[str],
        birth_date: date | None,
        limit: int,
    ) -> list[Candidate]:
        """Patients matching every part: each name word by prefix, the phone by prefix or suffix,
        the date of birth exactly. Records whose every name word matches exactly are always
        included; the prefix matches fill up to ``limit``."""
        param = m.db.param
        parts: list[str] = []
        params: list[Any] = []
        for prefix in name_prefixes:
            parts.append(f"SELECT patient_id FROM patient_token WHERE token >= {param} AND token < {param}")
            params += [prefix, _upper(prefix)]
        if phone_prefixes:
            alternatives = " UNION ".join(
                f"SELECT patient_id FROM patient_token WHERE token >= {param} AND token < {param}"
                for _ in phone_prefixes
            )
            parts.append(f"SELECT patient_id FROM ({alternatives}) AS phones")
            for prefix in phone_prefixes:
                params += [prefix, _upper(prefix)]
        if birth_date is not None:
            parts.append(f"SELECT id FROM patient WHERE date_of_birth = {param}")
            params.append(birth_date.isoformat())
        if not parts:
            return []
        found = self._candidates(" INTERSECT ".join(parts), params, limit)
        if exact_names and len(found) >= limit:
            exact_parts = [f"SELECT patient_id FROM patient_token WHERE token = {param}" for _ in exact_names]
            extra = self._candidates(" INTERSECT ".join(exact_parts), list(exact_names), limit)
            seen = {c.id for c in found}
            found += [c for c in extra if c.id not in seen]
        return found

    def _candidates(self, ids_sql: str, params: list[Any], limit: int) -> list[Candidate]:
        sql = (
            "SELECT id, mrn, given_name, family_name, preferred_name, date_of_birth, status FROM patient "
            f"WHERE id IN ({ids_sql}) AND status <> 'merged' LIMIT {int(limit)}"
        )
        return [
            Candidate(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), as_date(r[5]), str(r[6]))
            for r in m.db.execute_sql(sql, params).fetchall()
        ]

    # --- merging --------------------------------------------------------------------------------

    def merge(self, survivor: int, merged: int, now: datetime, by: str) -> dict[str, int]:
        """Move everything the merged record owns to the survivor and mark it merged."""
        moved: dict[str, int] = {}
        model: Any
        for model in m.PATIENT_OWNED:
            count = model.update(patient=survivor).where(model.patient == merged).execute()
            moved[model._meta.table_name] = int(count)
        old = m.Patient.get_by_id(merged)
        m.Patient.update(
            status=PatientStatus.MERGED.value, merged_into=survivor, updated_at=now, external_id=None
        ).where(m.Patient.id == merged).execute()
        m.PatientToken.delete().where(m.PatientToken.patient == merged).execute()
        m.PatientMerge.create(
            survivor=survivor,
            merged=merged,
            merged_mrn=old.mrn,
            at=now,
            by=by,
            moved=", ".join(f"{k}={v}" for k, v in moved.items()),
        )
        return moved

    def merges(self, patient_id: int) -> list[tuple[str, datetime, str]]:
        rows = (
            m.PatientMerge.select().where(m.PatientMerge.survivor == patient_id).order_by(m.PatientMerge.at)
        )
        return [(str(r.merged_mrn), r.at, str(r.moved)) for r in rows]

    # --- consent flags on lists ---------------------------------------------------------------

    def expired_consent_patients(self, patient_ids: Sequence[int], today: date) -> set[int]:
        """Which of these patients have a kind of consent whose latest signature has expired
        (for lists that flag it); a renewed consent clears the flag. These patients' consents
        alone are read (by the patient index), each kind's told apart by grouping: a NOT EXISTS
        over the table made PostgreSQL hash every consent of the clinic on each day list
        (40 ms of its 45, issue 22)."""
        if not patient_ids:
            return set()
        param = m.db.param
        found: set[int] = set()
        for start in range(0, len(patient_ids), 500):
            chunk = list(patient_ids[start : start + 500])
            marks = ", ".join([param] * len(chunk))
            sql = (
                f"SELECT patient_id FROM consent WHERE patient_id IN ({marks}) GROUP BY patient_id, kind "
                f"HAVING SUM(CASE WHEN expires_on < {param} THEN 1 ELSE 0 END) > 0 "
                f"AND SUM(CASE WHEN expires_on IS NULL OR expires_on >= {param} THEN 1 ELSE 0 END) = 0"
            )
            rows = m.db.execute_sql(sql, [*chunk, today.isoformat(), today.isoformat()]).fetchall()
            found.update(int(r[0]) for r in rows)
        return found

    # --- weights (domain/weights.py) ------------------------------------------------------------

    def weights(self, patient_id: int) -> list[Weight]:
        """Every weighing of the patient, newest first."""
        rows = (
            m.PatientWeight.select()
            .where(m.PatientWeight.patient == patient_id)
            .order_by(m.PatientWeight.measured_on.desc(), m.PatientWeight.id.desc())
        )
        return [_weight(r) for r in rows]

    def add_weight(self, patient_id: int, kg: Decimal, on: date, by: str, at: datetime) -> Weight:
        r = m.PatientWeight.create(patient=patient_id, measured_on=on, kg=kg, recorded_by=by, recorded_at=at)
        return Weight(kg, on, int(r.id), by)

    def newest_weights(self, patient_ids: Sequence[int], on: date) -> dict[int, Weight]:
        """Each of these patients' newest weighing on or before a day (the day list's children)."""
        found: dict[int, Weight] = {}
        for start in range(0, len(patient_ids), 500):
            chunk = list(patient_ids[start : start + 500])
            rows = (
                m.PatientWeight.select()
                .where(m.PatientWeight.patient.in_(chunk), m.PatientWeight.measured_on <= on)
                .order_by(m.PatientWeight.measured_on, m.PatientWeight.id)
            )
            r: Any
            for r in rows:
                found[int(r.patient_id)] = _weight(r)
        return found


def _weight(row: Any) -> Weight:
    return Weight(Decimal(row.kg), as_date(row.measured_on), int(row.id), str(row.recorded_by))
