"""Finding a patient in a keystroke, and the patient list (services/patients.py says why a token
table: the search strategy measured)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.patients import PatientRecord, name_tokens
from clinic_desktop.domain.search import (
    SEARCH_INDEX_VERSION,
    Candidate,
    PatientQuery,
    parse_query,
    rank,
    score,
)
from clinic_desktop.domain.words import QT_TR_NOOP
from clinic_desktop.services.patient_base import PatientServiceBase
from clinic_desktop.services.phones import phone_tokens, query_phone_prefixes

CANDIDATE_LIMIT = 400


@dataclass(frozen=True)
class SearchHit:
    record: PatientRecord
    score: int
    expired_consent: bool = False


class PatientSearch(PatientServiceBase):
    """The search index, ranked search and the patient list's pages."""

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
            expired = store.patients.expired_consent_patients([r.id for r in records], self.today())
        by_id = {c.id: c for c in ranked}
        view = self.view()
        return [SearchHit(view.record(r), score(query, by_id[r.id]), r.id in expired) for r in records]

    # --- the list -------------------------------------------------------------------------------

    def list_ids(
        self, sort: str = "name", descending: bool = False, statuses: list[str] | None = None
    ) -> list[int]:
        if sort not in ("name", "mrn", "date_of_birth", "status"):
            raise ValidationError(QT_TR_NOOP("Cannot sort patients by {sort}."), sort=sort)
        self._s.require(Permission.DEMOGRAPHICS)
        with self._s.store.read_transaction():
            return self._s.store.patients.ids(sort, descending, statuses)

    def rows(self, ids: list[int]) -> list[tuple[PatientRecord, bool]]:
        """Records for a page of the list, each with whether a consent has expired."""
        self._s.require(Permission.DEMOGRAPHICS)
        with self._s.store.read_transaction():
            records = self._s.store.patients.many(ids)
            expired = self._s.store.patients.expired_consent_patients(ids, self.today())
        view = self.view()
        return [(view.record(r), r.id in expired) for r in records]
