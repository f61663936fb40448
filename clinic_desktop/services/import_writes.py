"""Saving a patient import without locking out the front desk (issue 18).

``PatientCsvService.import_rows`` checks every line against one snapshot of the clinic, outside any
write transaction, and tells this writer what to save: new patients (their ids and MRNs already
chosen) and changed ones. The writer keeps them in the import's staging tables
(store/patient_import.py) as it goes, then:

- hashes the audit entries (one per patient registered or changed, as for a registration or a
  correction at the desk) after the trail's current head, with the clinic's audit key
  (services/audit_keys.py), still without a lock;
- in one write transaction of bulk statements checks that nothing the import relied on has changed
  since its snapshot, and copies everything in: every line or none. This is the only time the
  clinic's write lock is held (a few seconds for 100,000 patients); a booking at another desk waits
  that long at most, inside its 5 s;
- writes the new patients' search words in short transactions of 5,000 patients each.

Another workstation writing meanwhile: a booking, a check-in or a chart entry moves the trail's
head, so the entries are hashed again inside the transaction, after the new head (quickly: each
entry's canonical text is made when it is planned). A patient registered or changed elsewhere, a
change of the clinic's settings, or anything written about a patient the file changes may change
what a line means (a match, a duplicate, a lost update): the move is refused with
``StaleImportError`` and the import checks the file again from a new snapshot.

The audit trail keeps one entry per patient registered or changed, as before (a patient's own
history shows the import), not one entry for the whole file: writing 100,000 of them is about a
third of the save.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable, Iterable
from contextlib import suppress
from datetime import UTC, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from clinic_desktop.domain.audit import AuditEntry, AuditKey, canonical, entry_hash, to_json
from clinic_desktop.domain.errors import ConcurrentWriteError, ConflictError
from clinic_desktop.domain.patients import PatientRecord
from clinic_desktop.domain.users import SYSTEM
from clinic_desktop.domain.words import QT_TR_NOOP, Text
from clinic_desktop.services.patients import changed_values, created_values
from clinic_desktop.store.patient_import import PATIENT_COLUMNS, UPDATE_COLUMNS, StagedEntry

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

#: Progress for the person waiting: a sentence such as "Checking line 40,000 of 100,000…".
Progress = Callable[[str], None]

_FLUSH = 2000  # planned rows held in memory before they go to the staging tables
_ID_BLOCK = 1000  # ids reserved at a time
# Stand-ins for what an entry's hash covers but only the save knows: its id, its time and the hash
# before it (each must occur once in an entry's canonical text; an entry where one occurs twice is
# hashed the slow way).
_ID = 918_273_645_546_372_819
_ID_TEXT = str(_ID)
_AT = datetime(1901, 2, 3, 4, 5, 6, tzinfo=UTC)
_AT_TEXT = _AT.isoformat()
_PREVIOUS = "<previous-hash>" * 4


class StaleImportError(Exception):
    """Another workstation registered or changed patients after the import's snapshot."""


class ImportWriter:
    """One import's writes: planned, staged, moved in, indexed (see the module docstring)."""

    def __init__(self, services: ClinicServices, progress: Progress | None = None) -> None:
        self._s = services
        self._records = services.store.patient_import
        self._say: Progress = progress or (lambda _: None)
        session = services.session  # who the entries name, as ClinicServices.record does
        self._user = session.name if session is not None else SYSTEM.name
        self._reset()

    def _reset(self) -> None:
        self.created = 0  # patients planned so far
        self.changed = 0
        self._entries_planned = 0
        self._new: list[dict[str, Any]] = []
        self._changes: list[dict[str, Any]] = []
        self._tokens: list[tuple[int, str]] = []
        self._retokens: list[tuple[int, str]] = []
        self._entries: list[StagedEntry] = []
        self._ids: list[int] = []
        self._last_id: int | None = None
        self._first_id: int | None = None
        self.snapshot_head = 0

    # --- planning, inside the plan's read transaction -------------------------------------------

    def open(self) -> None:
        """The staging tables, before the first check of the file (outside any transaction)."""
        self._records.open_staging()

    def start(self) -> None:
        """Empty staging tables, and the snapshot the plan is checked against: called at the start
        of each check of the file, inside its read transaction."""
        self._reset()
        self._records.clear_staging()
        self.snapshot_head = self._s.store.audit.head()[0]

    def new_id(self) -> int:
        """The id the next new patient gets (reserved; see PatientImportRecords.reserve_ids)."""
        if not self._ids:
            self._ids = self._records.reserve_ids(_ID_BLOCK, self._last_id)
            self._last_id = self._ids[-1]
            if self._first_id is None:
                self._first_id = self._ids[0]
        return self._ids.pop(0)

    def new_mrn(self, patient_id: int, taken: Callable[[str], bool]) -> str:
        """The clinic's MRN for a new patient without one: the one place an import assigns them."""
        return self._records.generated_mrn(patient_id, taken)

    def create(self, record: PatientRecord, tokens: Iterable[str]) -> None:
        self.created += 1
        self._new.append({c: _stored(getattr(record, c)) for c in PATIENT_COLUMNS})
        self._tokens.extend((record.id, t) for t in sorted(set(tokens)))
        self._entry(record.id, "create", None, created_values(record))

    def change(
        self, before: PatientRecord, after: PatientRecord, tokens: Iterable[str], old_tokens: Iterable[str]
    ) -> None:
        """``after`` (with its updated_at) replaces ``before``; its search words are rewritten only
        when they differ."""
        self.changed += 1
        row = {c: _stored(getattr(after, c)) for c in UPDATE_COLUMNS}
        row["id"] = after.id
        self._changes.append(row)
        new_tokens = set(tokens)
        if new_tokens != set(old_tokens):
            self._retokens.extend((after.id, t) for t in sorted(new_tokens))
        old, new = changed_values(before, after)
        self._entry(after.id, "change", old, new)

    def _entry(self, patient_id: int, action: str, before: Any, after: Any) -> None:
        self._entries_planned += 1
        old, new = _json(before), _json(after)
        entry = self._staged_entry(patient_id, action, old, new, _ID, _AT)
        text = canonical(entry, _PREVIOUS).decode()
        # An entry whose own text holds a stand-in is hashed the slow way (template None).
        template = text if all(text.count(s) == 1 for s in (_ID_TEXT, _AT_TEXT, _PREVIOUS)) else None
        self._entries.append((self._entries_planned, patient_id, action, old, new, template))
        if len(self._entries) >= _FLUSH:
            self.flush()

    def _staged_entry(
        self, patient_id: int, action: str, before: str | None, after: str | None, id_: int, at: datetime
    ) -> AuditEntry:
        """An entry as AuditRecords.append makes it (values through plain: the stored JSON, read)."""
        return AuditEntry(
            id=id_,
            at=at.replace(microsecond=0),
            user=self._user,
            action=action,
            entity="patient",
            entity_id=str(patient_id),
            before=json.loads(before) if before is not None else None,
            after=json.loads(after) if after is not None else None,
            patient_id=patient_id,
        )

    def flush(self) -> None:
        """What is planned so far into the staging tables (no lock: they are temporary tables)."""
        records = self._records
        records.stage_new(self._new)
        records.stage_changed(self._changes)
        records.stage_tokens(self._tokens, new=True)
        records.stage_tokens(self._retokens, new=False)
        records.stage_entries(self._entries)
        self._new, self._changes, self._tokens, self._retokens, self._entries = [], [], [], [], []

    # --- saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        """Move the staged plan into the clinic in one write transaction (see the module
        docstring); StaleImportError when another workstation changed what the plan relied on."""
        self.flush()
        if not self._entries_planned:
            return
        store, records = self._s.store, self._records
        self._say(self._saving())
        at, head = self._s.real_now(), store.audit.head()
        key = self._s.audit_keys.current_key()  # refused here, before any write, without the key
        last_hash = self._hash(head, at, key)  # no lock yet: the head may move before the transaction
        try:
            with store.write_transaction():
                # The changed patients' rows, then the trail's head: the order every writer takes
                # them in. On PostgreSQL the patients are written before the head is locked, so that
                # the other desks' writes wait only for the audit entries.
                records.lock_changed()
                if self._first_id is not None and not records.ids_free(self._first_id):
                    raise StaleImportError()  # SQLite: someone registered after the snapshot
                records.move_patients()
                # A trail without a key gets it now (with its first entries: the head moves).
                signing = self._s.audit_keys.signing_key(self._user)
                locked = records.lock_audit_head()
                if records.changed_since(self.snapshot_head):
                    raise StaleImportError()
                if locked != head or _secret(signing) != _secret(key):  # hashed again, after it
                    at, head = self._s.real_now(), locked
                    last_hash = self._hash(head, at, signing)
                records.move_entries(head, at, self._user, last_hash)
        except (ConflictError, ConcurrentWriteError) as exc:
            # A clash the snapshot could not foresee (PostgreSQL: a deadlock with another writer):
            # nothing was saved; check the file again.
            raise StaleImportError() from exc

    def _hash(self, head: tuple[int, str], at: datetime, key: AuditKey | None) -> str:
        """Hash the staged entries as ids head+1, head+2, ... after the head's hash, as
        AuditRecords.append would one by one (``entry_hash``, keyed with the clinic's key: an
        HMAC-SHA-256); returns the last hash.

        Quick enough to run inside the transaction (a few microseconds an entry): each entry's
        canonical text was made when it was planned, with stand-ins for its id, time and previous
        hash, which are put in here before hashing. The first entry is also hashed the slow way;
        should the two ever differ (the trail's hashing changed), every entry is."""
        records = self._records
        records.clear_hashes()
        at_text = at.replace(microsecond=0).isoformat()
        previous, quick, hashes = head[1], True, []
        secret = _secret(key)
        for seq, patient_id, action, before, after, template in records.entries():
            entry_id = head[0] + seq
            digest = ""
            if quick and template is not None:
                text = template.replace(_ID_TEXT, str(entry_id), 1).replace(_AT_TEXT, at_text, 1)
                body = text.replace(_PREVIOUS, previous, 1).encode()
                if secret is None:
                    digest = hashlib.sha256(body).hexdigest()
                else:
                    digest = hmac.digest(secret, body, "sha256").hex()
            if not digest or seq == 1:
                slow = entry_hash(
                    self._staged_entry(patient_id, action, before, after, entry_id, at), previous, secret
                )
                quick = quick and (not digest or digest == slow)
                digest = slow
            previous = digest
            hashes.append((seq, digest))
            if len(hashes) >= _FLUSH:
                records.stage_hashes(hashes)
                hashes = []
        records.stage_hashes(hashes)
        return previous

    def _saving(self) -> Text:
        """ "Saving 1,200 new patients and 30 changed…", for the person waiting."""
        new, changed = f"{self.created:,}", f"{self.changed:,}"
        if self.created and self.changed:
            if self.created == 1:
                return Text(
                    QT_TR_NOOP("Saving {new} new patient and {changed} changed…"), new=new, changed=changed
                )
            return Text(
                QT_TR_NOOP("Saving {new} new patients and {changed} changed…"), new=new, changed=changed
            )
        if self.created == 1:
            return Text(QT_TR_NOOP("Saving {new} new patient…"), new=new)
        if self.created:
            return Text(QT_TR_NOOP("Saving {new} new patients…"), new=new)
        return Text(QT_TR_NOOP("Saving {changed} changed…"), changed=changed)

    # --- the search index -----------------------------------------------------------------------

    def index(self) -> None:
        """The new patients' search words, 5,000 patients per write transaction; then whatever an
        earlier, stopped import left unindexed (PatientService.complete_index)."""
        store = self._s.store
        after, done = 0, 0
        while self.created:
            with store.write_transaction():
                batch = self._records.index_new(after)
            if batch is None:
                break
            after, count = batch
            done += count
            self._say(
                Text(
                    QT_TR_NOOP("Making the new patients searchable: {done} of {total}…"),
                    done=f"{done:,}",
                    total=f"{self.created:,}",
                )
            )
        self._s.patients.complete_index()

    def close(self) -> None:
        """Drop the staging tables. Never raises: it runs while a failure may be on its way to the
        person importing, and a connection that is gone took its temporary tables with it."""
        with suppress(Exception):
            self._records.close_staging()


def _secret(key: AuditKey | None) -> bytes | None:
    return key.secret if key is not None else None


def _stored(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _json(values: Any) -> str | None:
    """Values as AuditRecords.append stores them: ``to_json(plain(values))``, which is
    ``to_json(values)`` (plain is a round trip through the same JSON), in a third of the time."""
    return to_json(values)
