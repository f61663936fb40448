"""The audit trail: written by every use case that changes patients, appointments, treatments,
settings or users (ClinicServices.record, inside the change's own transaction), and by opening a
patient's chart; read by managers (list) and checked end to end (verify).

Its key (the first entry signed, the key file, workstations without it) is services/audit_keys.py's.

Verification compares, besides the chain: the trail's head with its newest entry, anchors taken
earlier (``ID:HASH``) with the entries they name, and every account's role, switch and password
with the last audited change of that account (an account promoted in the database behind the
software's back). Signing in applies the same comparison: an account that differs from its
audited state acts with its audited role (a receptionist made manager in the database stays a
receptionist), and one whose password or switch was changed outside the software cannot sign in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.audit import (
    GENESIS,
    Anchor,
    AuditEntry,
    AuditKeyError,
    ChainWalk,
    KeyReplacement,
    anchor_problem,
    hash_holds,
    is_account_state,
)
from clinic_desktop.domain.users import account_differences
from clinic_desktop.domain.words import QT_TR_NOOP, Text
from clinic_desktop.services.audit_keys import HOW_TO_IMPORT
from clinic_desktop.services.phrases import Joined

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices


@dataclass(frozen=True)
class AuditVerdict:
    verified: int  # entries whose place in the chain holds
    broken: int | None  # the id of the first entry that does not, or None
    reason: str = ""
    # Everything else found, in words: the key records, anchors, accounts.
    findings: tuple[str, ...] = ()
    keyed_from: int | None = None  # the first entry signed with the clinic's key; None: never keyed
    anchors: tuple[str, ...] = field(default=())  # the anchors checked (ID:HASH)
    # The lost keys replaced (oldest first), and the entries each had sealed that this computer
    # cannot check (first id, last id; None where none were walked): not broken, unprovable.
    replaced: tuple[tuple[KeyReplacement, tuple[int, int] | None], ...] = ()
    notes: tuple[str, ...] = ()  # each replacement in words, for verify and check to say

    @property
    def intact(self) -> bool:
        return self.broken is None and not self.findings

    @property
    def unchecked(self) -> int:
        """Entries walked whose seals could not be checked (a replaced key's)."""
        spans = [span for _, span in self.replaced if span is not None]
        return sum(last - first + 1 for first, last in spans)

    @property
    def problems(self) -> list[str]:
        """Each thing wrong, one sentence each (the integrity check lists them)."""
        found: list[str] = []
        if self.broken is not None:
            found.append(
                Text(
                    QT_TR_NOOP("The audit trail is broken at entry {entry}: {reason}"),
                    entry=self.broken,
                    reason=self.reason,
                )
            )
        return found + list(self.findings)

    @property
    def message(self) -> Text:
        if self.intact:
            intact = Text(
                QT_TR_NOOP("The audit trail is intact: {count} entries verified."), count=self.verified
            )
            return Joined([intact, *self.notes], "\n")
        return Joined(self.problems, "\n")


class AuditService:
    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    # --- verifying ------------------------------------------------------------------------------

    def verify(self, anchors: Sequence[Anchor] = ()) -> AuditVerdict:
        """The trail checked end to end (chain_verdict), for a manager."""
        self._s.require(Permission.AUDIT)
        return self.chain_verdict(anchors)

    def chain_verdict(self, anchors: Sequence[Anchor] = ()) -> AuditVerdict:
        """Walk the whole chain: each entry's id must follow the previous one and its hash must be
        that of its content and the previous hash (keyed from the key's first entry on); the last
        one must be the head recorded beside the trail (so deleting the newest entries is noticed
        too). Then the anchors, and the accounts against their last audited change.

        No permission is asked: the integrity check (ClinicService.check, itself a manager's)
        runs this as one of its checks."""
        store = self._s.store
        findings: list[str] = []
        with store.read_transaction():
            head_id, head_hash = store.audit.head()
            newest = store.audit.last()
            last_id = max(head_id, newest.id if newest else 0)
            key, keyed_from = self._s.audit_keys.verifying_key(last_id, findings)
            replacements = self._s.audit_keys.replacements() if keyed_from is not None else []
            replacements = [r for r in replacements if keyed_from is not None and r.entry <= keyed_from]
            eras = self._s.audit_keys.earlier_eras(replacements)
            walk = ChainWalk(keyed_from, key.secret if key is not None else None, eras)
            states: dict[str, AuditEntry] = {}
            for entry in store.audit.in_order():
                if not walk.add(entry):
                    break
                if is_account_state(entry):
                    states[entry.entity_id] = entry
            verdict = self._chain_end(walk, head_id, head_hash)
            if walk.unkeyed_at is not None:
                findings.append(
                    Text(
                        QT_TR_NOOP(
                            "Entries from {entry} on are signed with the clinic's audit key, which "
                            "this computer does not have, so they cannot be checked here. {how}"
                        ),
                        entry=walk.unkeyed_at,
                        how=HOW_TO_IMPORT,
                    )
                )
            for anchor in anchors:
                problem = anchor_problem(anchor, store.audit.get(anchor.id), newest.id if newest else 0)
                if problem:
                    findings.append(problem)
            if verdict is None and walk.unkeyed_at is None:
                findings.extend(self._account_findings(states))
        broken, reason, verified = verdict if verdict is not None else (None, "", walk.verified)
        replaced = tuple((era.replaced_by, walk.unchecked_ranges.get(era.first))
                         for era in eras if era.replaced_by is not None)  # fmt: skip
        return AuditVerdict(
            verified, broken, reason, tuple(findings), keyed_from, tuple(a.text for a in anchors),
            replaced, tuple(self._replacement_note(r, span) for r, span in replaced),
        )  # fmt: skip

    def _replacement_note(self, replacement: KeyReplacement, span: tuple[int, int] | None) -> Text:
        """A replaced key in words: never silent, never called broken."""
        said = {
            "entry": replacement.entry,
            "day": f"{self._s.time.to_local(replacement.at):%Y-%m-%d}",
            "user": replacement.user,
            "reason": replacement.reason,
        }
        if span is None:
            return Text(
                QT_TR_NOOP(
                    "The clinic's audit key was replaced at entry {entry} on {day} by {user} ({reason}); "
                    "this computer still holds the key it replaced, so every entry sealed with it "
                    "was checked."
                ),
                **said,
            )
        first, last = span
        if first == last:
            return Text(
                QT_TR_NOOP(
                    "Entry {first} was sealed with a key replaced at entry {entry} on {day} by {user} "
                    "({reason}): their seals could not be checked; an anchor taken before then (audit "
                    "verify --anchor) still proves they are unchanged."
                ),
                first=first,
                **said,
            )
        return Text(
            QT_TR_NOOP(
                "Entries {first}–{last} were sealed with a key replaced at entry {entry} on {day} by {user} "
                "({reason}): their seals could not be checked; an anchor taken before then (audit "
                "verify --anchor) still proves they are unchanged."
            ),
            first=first,
            last=last,
            **said,
        )

    def _chain_end(self, walk: ChainWalk, head_id: int, head_hash: str) -> tuple[int, str, int] | None:
        """(broken entry, why, entries verified) where the chain or its end does not hold."""
        if walk.broken is not None:
            return walk.broken, walk.reason, walk.verified
        if walk.unkeyed_at is not None:
            return None
        verified = walk.walked  # checked, or sealed with a replaced key and fixed by its fingerprint
        if verified < head_id:
            return (
                verified + 1,
                Text(
                    QT_TR_NOOP(
                        "it is missing (the trail ended at {verified}, but {written} entries were written)."
                    ),
                    verified=verified,
                    written=head_id,
                ),
                walk.verified,
            )
        if verified and walk.previous != head_hash:
            checked = walk.verified - (1 if walk.last_verified else 0)
            return verified, Text(QT_TR_NOOP("its hash is not the one recorded as the last.")), checked
        if not verified and self._s.store.users.count():
            # Making the first account writes the first entry: user accounts with no trail at
            # all means the trail (and the head beside it) was deleted.
            return (
                1,
                Text(QT_TR_NOOP("it is missing: the trail is empty, but the clinic has user accounts.")),
                0,
            )
        return None

    def _account_findings(self, states: dict[str, AuditEntry]) -> list[str]:
        """Each account that differs from its last audited change, named."""
        found: list[str] = []
        for user, password_hash in self._s.store.users.with_hashes():
            audited = states.get(str(user.id))
            differences = account_differences(user.state(password_hash), audited.after if audited else None)
            if differences:
                said = {"name": user.name, "id": user.id, "differences": Joined(differences, "; ")}
                found.append(
                    Text(
                        QT_TR_NOOP(
                            "The account {name} (id {id}) differs from its last audited change "
                            "(entry {entry}): "
                            "{differences}. It was changed in the database behind the software's back."
                        ),
                        entry=audited.id,
                        **said,
                    )
                    if audited is not None
                    else Text(
                        QT_TR_NOOP(
                            "The account {name} (id {id}) differs from its last audited change: "
                            "{differences}. It was changed in the database behind the software's back."
                        ),
                        **said,
                    )
                )
        return found

    # --- anchors --------------------------------------------------------------------------------

    def anchor(self) -> Anchor | None:
        """The newest entry's id and hash, to keep outside the database (a manager's)."""
        self._s.require(Permission.AUDIT)
        return self.current_anchor()

    def current_anchor(self) -> Anchor | None:
        """The same, for what the software itself writes it on (the day list, backups): the hash
        says nothing about anyone. None for an empty trail."""
        with self._s.store.read_transaction():
            newest = self._s.store.audit.last()
        return Anchor(newest.id, newest.hash) if newest is not None else None

    # --- accounts ------------------------------------------------------------------------------

    def latest_state(self, user_id: int) -> AuditEntry | None:
        entry = self._s.store.audit.latest_account_state(user_id)
        return entry if entry is not None and is_account_state(entry) else None

    def audited_account(self, user_id: int) -> dict[str, Any] | None:
        """The account's values as its last audited change left them, or None when there is none
        that holds: in a keyed trail the entry must be signed, and its signature good. (Where the
        key records themselves were changed, nothing can be saved; the entry is then taken as it
        is, so that a manager can still sign in to restore a backup.)"""
        store = self._s.store
        with store.read_transaction():
            entry = self.latest_state(user_id)
            if entry is None:
                return None
            clinic, keyed_from = store.audit.keying()
            if clinic is not None and keyed_from is not None:
                try:
                    key = self._s.audit_keys.key(clinic, keyed_from)
                except AuditKeyError:
                    return entry.after
                before = store.audit.get(entry.id - 1) if entry.id > 1 else None
                previous = before.hash if before is not None else GENESIS
                if entry.id < keyed_from or not hash_holds(entry, previous, key.secret):
                    return None
        return entry.after

    # --- reading ---------------------------------------------------------------------------------

    def entries(
        self,
        patient_id: int | None = None,
        user: str | None = None,
        first_day: date | None = None,
        last_day: date | None = None,
        limit: int | None = None,
        before_id: int | None = None,
    ) -> list[AuditEntry]:
        """Newest first, filtered by patient, user name and clinic-local days (inclusive);
        ``before_id`` pages on: only entries older than that one."""
        self._s.require(Permission.AUDIT)
        time = self._s.time
        start = time.day_bounds(first_day)[0] if first_day else None
        end = time.day_bounds(last_day)[1] if last_day else None
        with self._s.store.read_transaction():
            return self._s.store.audit.find(patient_id, user, start, end, limit, before_id)
