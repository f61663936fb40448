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

A key lost for good (no computer and no copy holds it) is replaced deliberately by a manager
(``audit key replace``): the entry that records it (KEY_REPLACE) is the first sealed with the new
key, and it keeps the head it followed and a fingerprint of every entry before it (TrailPrint:
SHA-256 over each entry's content and stored hash). The seals made with the lost key can never be
checked again, but from then on none of those entries can change unseen: the fingerprint, under
the new key's seal, no longer matches. The entries' stored hashes are kept, so an anchor taken
before the replacement is still compared with them.

Pure functions over entry values; the store keeps the entries and the services write them."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from clinic_desktop.domain.errors import ClinicError, ValidationError
from clinic_desktop.domain.text import check_text
from clinic_desktop.domain.words import QT_TR_NOOP, Text

GENESIS = "0" * 64  # the "previous hash" of the first entry
KEY_BYTES = 32  # RFC 2104 section 3: a key no shorter than the hash's output (32 bytes for SHA-256)
KEY_FORMAT = "clinic-desktop audit key 1"  # first line of meaning in a key file, for a person reading it
MIN_ANCHOR_DIGITS = 16  # an anchor copied by hand may give a hash's first 16 hex digits (64 bits)
KEY_REPLACE = "key_replace"  # the action of the entry that replaces a lost key (the new key's first)
MAX_REASON = 500  # characters of the reason given for replacing a key
THE_KEY_FILE = Text(QT_TR_NOOP("The key file"))  # a key file's name where no path names it


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
    return _seal(canonical(entry, previous), secret)


def _seal(body: bytes, secret: bytes | None) -> str:
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
    def from_text(cls, text: str, source: str = THE_KEY_FILE) -> AuditKey:
        """Read a key file's text; a file that is not one is refused naming it."""
        refusal = ValidationError(QT_TR_NOOP("{source} is not a clinic-desktop audit key."), source=source)
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


# --- a lost key replaced ---------------------------------------------------------------------------


def _same(stored: str, computed: str) -> bool:
    """Compared in constant time, as bytes (a forged value need not be ASCII)."""
    return hmac.compare_digest(stored.encode("utf-8", "replace"), computed.encode())


class TrailPrint:
    """A fingerprint of entries in order: SHA-256 over each one's canonical bytes and stored hash.
    Kept in a key replacement's entry, it fixes every entry before it (content and seal) without
    needing the key that sealed them."""

    def __init__(self) -> None:
        self._sha = hashlib.sha256()

    def add(self, body: bytes, digest: str) -> None:
        # Compact JSON escapes every control character, so a newline can only be the separator.
        self._sha.update(body + b"\n" + digest.encode("utf-8", "replace") + b"\n")

    def hexdigest(self) -> str:
        return self._sha.hexdigest()


@dataclass(frozen=True)
class KeyReplacement:
    """A lost key replaced, as its KEY_REPLACE entry records it: who (``user``), when (``at``), on
    which computer, why; the key it replaced (its identity and first entry); the head it followed
    (``previous``, ``previous_hash``); and the fingerprint of every entry before it."""

    entry: int  # the first entry sealed with the new key
    at: datetime
    user: str
    reason: str
    hostname: str
    lost_clinic: str
    lost_from: int
    previous: int
    previous_hash: str
    fingerprint: str

    @staticmethod
    def values(
        lost: tuple[str, int],
        new_clinic: str,
        head: tuple[int, str],
        fingerprint: str,
        reason: str,
        hostname: str,
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """(before, after) of the entry that records a replacement."""
        before = {"clinic": lost[0], "keyed_from": lost[1]}
        after = {
            "clinic": new_clinic,
            "keyed_from": head[0] + 1,
            "previous_head": f"{head[0]}:{head[1]}",
            "fingerprint": fingerprint,
            "reason": reason,
            "hostname": hostname,
        }
        return before, after

    @classmethod
    def of(cls, entry: AuditEntry | None) -> KeyReplacement | None:
        """The replacement an entry records; None for any other entry (or one not well formed)."""
        if entry is None or entry.action != KEY_REPLACE or entry.entity != "audit":
            return None
        before, after = entry.before or {}, entry.after or {}
        lost_clinic, lost_from = before.get("clinic"), before.get("keyed_from")
        previous, _, previous_hash = str(after.get("previous_head", "")).partition(":")
        texts = [after.get(k) for k in ("fingerprint", "reason", "hostname")]
        if not (isinstance(lost_clinic, str) and isinstance(lost_from, int) and previous.isdigit()):
            return None
        if not all(isinstance(t, str) for t in texts) or not 1 <= lost_from < entry.id:
            return None
        fingerprint, reason, hostname = (str(t) for t in texts)
        return cls(entry.id, entry.at, entry.user, reason, hostname, lost_clinic, lost_from, int(previous),
                   previous_hash, fingerprint)  # fmt: skip


def replacement_reason(reason: str | None) -> str:
    """Why a key is replaced, in one line: required (it is the record's point)."""
    cleaned = " ".join((reason or "").split())
    if not cleaned:
        raise ValidationError(
            QT_TR_NOOP(
                "Say why the audit key is replaced (--reason TEXT), e.g. \"the only computer's disk died "
                'and no copy of the key was kept".'
            )
        )
    return check_text(Text(QT_TR_NOOP("reason")), cleaned, MAX_REASON)


@dataclass(frozen=True)
class Era:
    """The entries from ``first`` on (to the next era) sealed with one key. ``secret`` None: this
    computer does not hold it. ``replaced_by``: the replacement that ended it (None: the key in use)."""

    first: int
    secret: bytes | None = field(default=None, repr=False)
    replaced_by: KeyReplacement | None = None


# --- walking the chain ---------------------------------------------------------------------------


class ChainWalk:
    """The chain checked entry by entry, as the store reads it in batches (a busy clinic's trail
    holds millions of entries: it is never all in memory). Entries before the first key's first
    entry are checked as the plain chain, the rest with the key of their era: ``keyed_from`` and
    ``secret`` for the key in use, ``earlier`` for the keys it replaced (oldest first).

    Without the secret of the key in use (None) the keyed part cannot be checked and the walk
    stops at its first entry (``unkeyed_at``); with ``replacing`` (a lost key being replaced) it
    walks on to the end, taking the fingerprint of the whole trail. A replaced key's entries whose
    secret this computer lacks are walked unchecked (``unchecked``, ``unchecked_ranges``): their
    ids must still follow each other, and at the replacement they must give the fingerprint it
    recorded."""

    def __init__(
        self,
        keyed_from: int | None = None,
        secret: bytes | None = None,
        earlier: Sequence[Era] = (),
        replacing: bool = False,
    ) -> None:
        self.keyed_from = keyed_from
        self.secret = secret
        self.replacing = replacing
        self.eras = [*earlier, *([Era(keyed_from, secret)] if keyed_from is not None else [])]
        self._era = -1  # index of the era of the last entry walked; -1: the plain part
        self._starts: Mapping[int, KeyReplacement] = {
            e.replaced_by.entry: e.replaced_by for e in earlier if e.replaced_by is not None
        }
        self._printed_until = max(self._starts, default=0)  # fingerprinted: the entries before this
        self.print = TrailPrint() if self._starts or replacing else None
        self.previous = GENESIS
        self.expected = 1
        self.verified = 0  # entries whose seal was checked
        self.unchecked = 0  # entries sealed with a replaced key this computer does not hold
        self.unchecked_ranges: dict[int, tuple[int, int]] = {}  # an era's first: (first id, last id)
        self.last_verified = False
        self.broken: int | None = None
        self.reason: str = ""  # why it broke, in words (a Text)
        self.unkeyed_at: int | None = None  # the first keyed entry, when there was no secret to check it

    @property
    def stopped(self) -> bool:
        return self.broken is not None or self.unkeyed_at is not None

    @property
    def walked(self) -> int:
        """How many entries were walked (their ids followed each other), checked or not."""
        return self.expected - 1

    def add(self, entry: AuditEntry) -> bool:
        """Check the next entry; False (and ``broken``, ``reason`` set) where the chain breaks."""
        if self.stopped:
            return False
        if entry.id != self.expected:
            if entry.id > self.expected:
                gap = Text(QT_TR_NOOP("it is missing (the next entry found is {found})."), found=entry.id)
            else:
                gap = Text(
                    QT_TR_NOOP("it is out of order (the next entry found is {found})."), found=entry.id
                )
            return self._break(self.expected, gap)
        while self._era + 1 < len(self.eras) and entry.id >= self.eras[self._era + 1].first:
            self._era += 1
        era = self.eras[self._era] if self._era >= 0 else None
        in_use = era is not None and era.replaced_by is None
        if era is not None and era.secret is None and in_use and not self.replacing:
            self.unkeyed_at = entry.id
            return False
        body = canonical(entry, self.previous)
        started = self._starts.get(entry.id)
        if started is not None and not self._follows(started, entry):
            return self._break(
                entry.id,
                Text(
                    QT_TR_NOOP(
                        "the entries before it were changed, added or removed after the audit key was "
                        "replaced here: they no longer give the fingerprint this entry recorded of them."
                    )
                ),
            )
        if era is None or era.secret is not None:
            secret = era.secret if era is not None else None
            if not _same(entry.hash, _seal(body, secret)):
                return self._break(
                    entry.id,
                    Text(
                        QT_TR_NOOP("its content, or the entry before it, was changed after it was written.")
                    ),
                )
            self.verified += 1
        else:
            self.unchecked += 1
            first, _ = self.unchecked_ranges.get(era.first, (entry.id, entry.id))
            self.unchecked_ranges[era.first] = (first, entry.id)
        self.last_verified = era is None or era.secret is not None
        if self.print is not None and (self.replacing or entry.id < self._printed_until):
            self.print.add(body, entry.hash)
        self.previous, self.expected = entry.hash, self.expected + 1
        return True

    def _follows(self, replacement: KeyReplacement, entry: AuditEntry) -> bool:
        """Whether the trail before ``entry`` is the one its replacement recorded."""
        assert self.print is not None
        return (
            replacement.previous == entry.id - 1
            and _same(replacement.previous_hash, self.previous)
            and _same(replacement.fingerprint, self.print.hexdigest())
        )

    def _break(self, entry_id: int, reason: Text) -> bool:
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
            QT_TR_NOOP(
                "'{text}' is not an audit anchor. An anchor reads ID:HASH, the entry's number and its "
                "hash (at least its first {digits} characters), as `audit anchor`, the day list and "
                "each backup print it."
            ),
            text=text.strip(),
            digits=MIN_ANCHOR_DIGITS,
        )
    return Anchor(int(match.group(1)), match.group(2).lower())


def anchor_problem(anchor: Anchor, found: AuditEntry | None, last_id: int) -> str | None:
    """Why the trail does not hold the anchor (None when it does)."""
    if found is None:
        return Text(
            QT_TR_NOOP(
                "The audit trail no longer holds entry {id} of the anchor {anchor} (its last entry is "
                "{last}): entries were removed."
            ),
            id=anchor.id,
            anchor=anchor.text,
            last=last_id,
        )
    if not anchor.matches(found.hash):
        return Text(
            QT_TR_NOOP(
                "Entry {id} of the audit trail is not the one the anchor {anchor} recorded: the trail "
                "was rewritten at or before that entry."
            ),
            id=anchor.id,
            anchor=anchor.text,
        )
    return None


# --- accounts --------------------------------------------------------------------------------------


def is_account_state(entry: AuditEntry) -> bool:
    """Entries that say what an account is (its creation, a change of role or switching off, an
    unlock, a password change, ...) carry the account's values in ``after``, its role among them."""
    return entry.entity == "user" and isinstance(entry.after, dict) and "role" in entry.after
