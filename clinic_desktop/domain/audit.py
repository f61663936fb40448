"""The audit trail's tamper evidence: each entry's hash covers its own content and the previous
entry's hash (a hash chain, as in append-only logs), so changing, deleting or reordering any entry
breaks the chain at that point and every later one.

A plain SHA-256 chain only shows accidents: anyone who can write the database can change an entry
and recompute every later hash. So from the first entry written once the clinic has a key
(``keyed_from``), each hash is an HMAC-SHA-256 (RFC 2104; NIST FIPS 198-1) of the same bytes under
the clinic's secret, which is kept outside the database (store/audit_keys.py): without it nobody can
make a hash the software accepts. Entries written before the key existed stay verifiable as the
plain chain they were, and are protected too, since the first keyed hash covers the last plain one.

Where the keyed part begins is itself guarded: it is recorded in the database and in the key file
(AuditKey.keyed_from), so deleting the database's record cannot make the trail look never keyed.

An anchor (``ID:HASH``, printed on day lists and written beside backups) is a copy of the newest
entry's hash kept outside the database: the trail must still hold that entry with that hash, so a
trail cut short and its head rewritten is found even though every remaining hash holds.

Pure functions over entry values; the store keeps the entries and the services write them."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from clinic_desktop.domain.errors import ClinicError, ValidationError

GENESIS = "0" * 64  # the "previous hash" of the first entry
KEY_BYTES = 32  # RFC 2104 section 3: a key no shorter than the hash's output (32 bytes for SHA-256)
KEY_FORMAT = "clinic-desktop audit key 1"  # first line of meaning in a key file, for a person reading it
MIN_ANCHOR_DIGITS = 16  # an anchor copied by hand may give a hash's first 16 hex digits (64 bits)


class AuditKeyError(ClinicError):
    """The audit trail cannot be written here: this computer lacks the clinic's key, or the records
    of the key were changed outside the software. Nothing was saved."""


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


# One encoder for every entry: json.dumps with options builds a new one per call, which costs as
# much as the encoding when a whole trail is checked.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


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
    return _CANONICAL.encode(body).encode()


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


def entry_hash(entry: AuditEntry, previous: str, secret: bytes | None = None) -> str:
    """SHA-256 of the entry and the previous hash; with the clinic's secret, HMAC-SHA-256."""
    body = canonical(entry, previous)
    if secret is None:
        return hashlib.sha256(body).hexdigest()
    return hmac.digest(secret, body, "sha256").hex()


def hash_holds(entry: AuditEntry, previous: str, secret: bytes | None = None) -> bool:
    """Whether the entry's stored hash is the one its content and the previous hash give (compared
    in constant time: a keyed hash is a message authentication code)."""
    return hmac.compare_digest(entry.hash, entry_hash(entry, previous, secret))


# --- the clinic's key ----------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditKey:
    """The clinic's secret and the facts that must never depend on the database alone: which
    clinic it belongs to (the random identity recorded in the database) and the first entry it
    signs. ``databases``: where this computer has seen the clinic's database (a file path or a
    server URL without password), so that a database whose key records were wiped is still
    recognised as one that had a key."""

    clinic: str
    secret: bytes = field(repr=False)
    keyed_from: int
    databases: tuple[str, ...] = ()
    created: str = ""  # ISO 8601, UTC, for a person reading the file

    def to_text(self) -> str:
        return (
            json.dumps(
                {
                    "format": KEY_FORMAT,
                    "clinic": self.clinic,
                    "secret": self.secret.hex(),
                    "keyed_from": self.keyed_from,
                    "databases": list(self.databases),
                    "created": self.created,
                },
                indent=2,
            )
            + "\n"
        )

    @classmethod
    def from_text(cls, text: str, source: str = "The key file") -> AuditKey:
        """Read a key file's text; a file that is not one is refused naming it."""
        refusal = ValidationError(f"{source} is not a clinic-desktop audit key.")
        try:
            data = json.loads(text)
        except ValueError:
            raise refusal from None
        if not isinstance(data, dict) or data.get("format") != KEY_FORMAT:
            raise refusal
        clinic, secret, keyed_from = data.get("clinic"), data.get("secret"), data.get("keyed_from")
        databases = data.get("databases", [])
        if not (isinstance(clinic, str) and re.fullmatch(r"[0-9a-f]{32}", clinic)):
            raise refusal
        if not (isinstance(secret, str) and re.fullmatch(rf"[0-9a-f]{{{KEY_BYTES * 2}}}", secret)):
            raise refusal
        if not (isinstance(keyed_from, int) and keyed_from >= 1):
            raise refusal
        if not (isinstance(databases, list) and all(isinstance(d, str) for d in databases)):
            raise refusal
        return cls(clinic, bytes.fromhex(secret), keyed_from, tuple(databases), str(data.get("created", "")))

    def with_database(self, database: str) -> AuditKey:
        if database in self.databases:
            return self
        return AuditKey(self.clinic, self.secret, self.keyed_from, (*self.databases, database), self.created)

    def without_database(self, database: str) -> AuditKey:
        kept = tuple(d for d in self.databases if d != database)
        return AuditKey(self.clinic, self.secret, self.keyed_from, kept, self.created)


def new_key(keyed_from: int, database: str, created: datetime) -> AuditKey:
    """A new clinic identity and secret from the operating system's random source (the secrets
    module), signing from entry ``keyed_from`` on."""
    return AuditKey(
        clinic=secrets.token_hex(16),
        secret=secrets.token_bytes(KEY_BYTES),
        keyed_from=keyed_from,
        databases=(database,),
        created=created.isoformat(),
    )


# --- walking the chain ---------------------------------------------------------------------------


class ChainWalk:
    """The chain checked entry by entry, as the store reads it in batches (a busy clinic's trail
    holds millions of entries: it is never all in memory). Entries before ``keyed_from`` are
    checked as the plain chain, the rest with ``secret``; without the secret (None) the keyed part
    cannot be checked and the walk stops at its first entry (``unkeyed_at``)."""

    def __init__(self, keyed_from: int | None = None, secret: bytes | None = None) -> None:
        self.keyed_from = keyed_from
        self.secret = secret
        self.previous = GENESIS
        self.expected = 1
        self.verified = 0
        self.broken: int | None = None
        self.reason = ""
        self.unkeyed_at: int | None = None  # the first keyed entry, when there was no secret to check it

    @property
    def stopped(self) -> bool:
        return self.broken is not None or self.unkeyed_at is not None

    def add(self, entry: AuditEntry) -> bool:
        """Check the next entry; False (and ``broken``, ``reason`` set) where the chain breaks."""
        if self.stopped:
            return False
        if entry.id != self.expected:
            what = "it is missing" if entry.id > self.expected else "it is out of order"
            return self._break(self.expected, f"{what} (the next entry found is {entry.id}).")
        keyed = self.keyed_from is not None and entry.id >= self.keyed_from
        if keyed and self.secret is None:
            self.unkeyed_at = entry.id
            return False
        if not hash_holds(entry, self.previous, self.secret if keyed else None):
            return self._break(
                entry.id, "its content, or the entry before it, was changed after it was written."
            )
        self.previous, self.expected, self.verified = entry.hash, self.expected + 1, self.verified + 1
        return True

    def _break(self, entry_id: int, reason: str) -> bool:
        self.broken, self.reason = entry_id, reason
        return False


def first_broken(
    entries: Sequence[AuditEntry], keyed_from: int | None = None, secret: bytes | None = None
) -> int | None:
    """The id of the first entry (in the order given) whose place in the chain does not hold:
    its hash is not that of its content and the entry before it, or its id is not the next one.
    None when the whole trail is intact."""
    walk = ChainWalk(keyed_from, secret)
    for entry in entries:
        if not walk.add(entry):
            return entry.id if walk.broken is not None else None
    return None


# --- anchors -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Anchor:
    """An entry's id and hash kept outside the database (``ID:HASH``); ``hash`` may be the first
    MIN_ANCHOR_DIGITS or more hex digits of it (copied from paper)."""

    id: int
    hash: str

    @property
    def text(self) -> str:
        return f"{self.id}:{self.hash}"

    def matches(self, digest: str) -> bool:
        return digest.lower().startswith(self.hash)


def parse_anchor(text: str) -> Anchor:
    """``ID:HASH`` as typed or copied (a PDF viewer may copy "ff" as one ligature character:
    NFKC makes it two letters again)."""
    text = unicodedata.normalize("NFKC", text)
    match = re.fullmatch(r"\s*(\d{1,18})\s*:\s*([0-9a-fA-F]+)\s*", text)
    if match is None or not MIN_ANCHOR_DIGITS <= len(match.group(2)) <= 64 or int(match.group(1)) < 1:
        raise ValidationError(
            f"'{text.strip()}' is not an audit anchor. An anchor reads ID:HASH, the entry's number and "
            f"its hash (at least its first {MIN_ANCHOR_DIGITS} characters), as `audit anchor`, the "
            "day list and each backup print it."
        )
    return Anchor(int(match.group(1)), match.group(2).lower())


def anchor_problem(anchor: Anchor, found: AuditEntry | None, last_id: int) -> str | None:
    """Why the trail does not hold the anchor (None when it does)."""
    if found is None:
        return (
            f"The audit trail no longer holds entry {anchor.id} of the anchor {anchor.text} "
            f"(its last entry is {last_id}): entries were removed."
        )
    if not anchor.matches(found.hash):
        return (
            f"Entry {anchor.id} of the audit trail is not the one the anchor {anchor.text} recorded: "
            "the trail was rewritten at or before that entry."
        )
    return None


# --- accounts --------------------------------------------------------------------------------------


def is_account_state(entry: AuditEntry) -> bool:
    """Entries that say what an account is (its creation, a change of role or switching off, an
    unlock, a password change, ...) carry the account's values in ``after``, its role among them."""
    return entry.entity == "user" and isinstance(entry.after, dict) and "role" in entry.after
