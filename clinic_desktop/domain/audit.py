"""The audit trail's tamper evidence: each entry's hash covers its own content and the previous
entry's hash (a hash chain, as in append-only logs), so changing, deleting or reordering any entry
breaks the chain at that point and every later one.

Pure functions over entry values; the store keeps the entries and the services write them."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

GENESIS = "0" * 64  # the "previous hash" of the first entry


@dataclass(frozen=True)
class AuditEntry:
    id: int  # consecutive from 1: a gap is a deleted entry
    at: datetime  # UTC
    user: str
    action: str  # "create", "change", "delete", "open"
    entity: str  # "patient", "appointment", "treatment", "settings", "user", ...
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    hash: str = ""
    patient_id: int | None = None  # the patient concerned (a patient's, appointment's, ... entry)


def canonical(entry: AuditEntry, previous: str) -> bytes:
    """The bytes hashed: the entry's fields and the previous hash, as sorted compact JSON (the same
    on every machine and every engine; values that are not JSON are written as text)."""
    body = {
        "previous": previous,
        "id": entry.id,
        "at": entry.at.isoformat(),
        "user": entry.user,
        "action": entry.action,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "before": entry.before,
        "after": entry.after,
        "patient_id": entry.patient_id,
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str).encode()


def plain(values: Any) -> Any:
    """Values as the trail keeps them: JSON's own types only (dates, enums and decimals as text),
    so that an entry read back hashes exactly as it did when written."""
    if values is None:
        return None
    return json.loads(json.dumps(values, sort_keys=True, ensure_ascii=False, default=str))


def to_json(values: Any) -> str | None:
    if values is None:
        return None
    return json.dumps(values, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def entry_hash(entry: AuditEntry, previous: str) -> str:
    return hashlib.sha256(canonical(entry, previous)).hexdigest()


def first_broken(entries: Sequence[AuditEntry]) -> int | None:
    """The id of the first entry (in the order given) whose place in the chain does not hold:
    its hash is not that of its content and the entry before it, or its id is not the next one.
    None when the whole trail is intact."""
    previous = GENESIS
    expected = 1
    for entry in entries:
        if entry.id != expected or entry.hash != entry_hash(entry, previous):
            return entry.id
        previous = entry.hash
        expected += 1
    return None
