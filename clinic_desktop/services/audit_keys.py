"""The clinic's audit key, as the services use it (domain/audit.py says why the trail is keyed).

The first change saved to a database whose trail has no key makes one, whoever saves it: ``init
--manager`` for a new clinic, the first change after the upgrade for an older one. That change
records the clinic's random identity and the first signed entry in the database, and writes the
key file (store/audit_keys.py) naming the same; every later entry is signed with it
(``signing_key``, asked by ClinicServices.record inside the writer's transaction). A computer
without the key (a second workstation on a PostgreSQL server, a new computer) signs nobody in
until a manager imports a copy of the key (``audit key export`` there, ``audit key import`` here):
a wrong password could not be recorded there, and the lockout would count nothing. Reading needs a
signed-in user, so such a computer reads nothing either until then; nothing on it is ever saved
unsigned. The key file, not the database, says where signing begins (``verifying_key``): the
database's own record of it is only compared with it."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.audit import (
    GENESIS,
    KEY_REPLACE,
    AuditKey,
    AuditKeyError,
    ChainWalk,
    Era,
    KeyReplacement,
    hash_holds,
    new_key,
    replacement_reason,
)
from clinic_desktop.domain.errors import ConflictError, ValidationError
from clinic_desktop.store.audit import AUDIT_CLINIC, AUDIT_KEYED_FROM
from clinic_desktop.store.audit_keys import AuditKeyFolder, read_key_file, write_key_file

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

APP = "clinic-desktop"
HOW_TO_IMPORT = (
    f"A manager copies it from a workstation that has it: `{APP} audit key export FILE` there, "
    f"then `{APP} --user NAME audit key import FILE` here."
)
IF_LOST = (
    f"If every copy of it is lost, a manager runs `{APP} --user NAME audit key replace --reason TEXT` "
    "instead (docs/audit-key.md)."
)
RESTORE_WITHOUT_KEY = (
    "The backup's audit trail is signed with a clinic key this computer does not hold (or its key "
    "records were changed), so nothing was restored. Import the key and restore again; if every "
    f"copy of it is lost, restore with `--key-lost`, then a manager runs `{APP} --user NAME audit key "
    "replace --reason TEXT` (docs/audit-key.md)."
)
RECORDS_CHANGED = (
    "The audit trail's key records in the database were changed outside the software ({detail}), so "
    f"nothing is saved. A manager runs `{APP} audit verify` and restores the last good backup."
)


class AuditKeyService:
    def __init__(self, services: ClinicServices, keys: AuditKeyFolder | None = None) -> None:
        self._s = services
        self.keys = keys or AuditKeyFolder()
        self._known: dict[str, AuditKey] = {}  # keys checked against this trail, by clinic
        self._offered: tuple[AuditKey, Path] | None = None  # a key being imported (offer_key)

    # --- signing ------------------------------------------------------------------------------------

    def signing_key(self, who: str) -> AuditKey | None:
        """The key the next entry is signed with, inside the writer's transaction
        (ClinicServices.record); on the first write to a trail without one, the key is made.
        AuditKeyError (nothing is saved) when this computer has no key for the clinic, or when
        the key records were changed outside the software."""
        store = self._s.store
        clinic, keyed_from = store.audit.keying()
        if clinic is None and keyed_from is None:
            last, _ = store.audit.lock_head()  # the first keyed write: one workstation makes the key
            clinic, keyed_from = store.audit.keying()
            if clinic is None and keyed_from is None:
                return self._start_keying(last, who)
        if clinic is None or keyed_from is None:
            detail = "a key is named but not where it begins" if keyed_from is None else "no key is named"
            raise AuditKeyError(RECORDS_CHANGED.format(detail=detail))
        return self.key(clinic, keyed_from)

    def current_key(self) -> AuditKey | None:
        """The key the trail is signed with now, or None for a trail not yet keyed: for work that
        hashes entries ahead of its write transaction (an import). AuditKeyError as signing_key."""
        clinic, keyed_from = self._s.store.audit.keying()
        if clinic is None and keyed_from is None:
            return None
        if clinic is None or keyed_from is None:
            detail = "a key is named but not where it begins" if keyed_from is None else "no key is named"
            raise AuditKeyError(RECORDS_CHANGED.format(detail=detail))
        return self.key(clinic, keyed_from)

    def key(self, clinic: str, keyed_from: int) -> AuditKey:
        """The clinic's key, checked once against the trail: its first entry must verify with it."""
        known = self._known.get(clinic)
        if known is not None and known.keyed_from == keyed_from:
            return known
        key = self.candidate(clinic)
        if key is None:
            raise AuditKeyError(
                "This computer does not have the clinic's audit key, so nothing can be saved here. "
                + HOW_TO_IMPORT
            )
        if key.keyed_from != keyed_from:
            raise AuditKeyError(
                RECORDS_CHANGED.format(
                    detail=f"the database says its signed part begins at entry {keyed_from}, the key "
                    f"says entry {key.keyed_from}"
                )
            )
        if not self.signs(key):
            raise AuditKeyError(
                f"The clinic's audit key on this computer does not sign entry {key.keyed_from} of the "
                f"trail: the entry was changed, or the key file is another clinic's. Nothing is saved; "
                f"a manager runs `{APP} audit verify`."
            )
        location = self.location()
        if (self._offered is None or self._offered[0].clinic != clinic) and location not in key.databases:
            key = key.with_database(location)
            self.keys.save(key)
        self._known[clinic] = key
        return key

    def candidate(self, clinic: str) -> AuditKey | None:
        """The clinic's key as this computer has it (the one offered for import first), unchecked."""
        if self._offered is not None and self._offered[0].clinic == clinic:
            return self._offered[0]
        known = self._known.get(clinic)
        return known if known is not None else self.keys.load(clinic)

    def signs(self, key: AuditKey) -> bool:
        """Whether the key's first entry verifies with it (True while that entry is not written)."""
        store = self._s.store
        first = store.audit.get(key.keyed_from)
        if first is None:
            return True
        before = store.audit.get(first.id - 1) if first.id > 1 else None
        previous = before.hash if before is not None else GENESIS
        return hash_holds(first, previous, key.secret)

    def _start_keying(self, last: int, who: str) -> AuditKey:
        """Make the clinic's key: signing from the next entry on. A trail that has grown past where
        a key this computer made for this very database began is not keyed again: its key
        records were removed (a trail made anew at the same place has not grown that far)."""
        store = self._s.store
        location = self.location()
        others = [k for k in self.keys.held() if location in k.databases]
        claimed = [k for k in others if k.keyed_from <= last]
        if claimed:
            raise AuditKeyError(
                RECORDS_CHANGED.format(
                    detail=f"the database has no key records, yet this computer's key "
                    f"{self.keys.path(claimed[0].clinic)} was made for it and signs from entry "
                    f"{claimed[0].keyed_from}"
                )
            )
        for other in others:  # made for an earlier database at this place
            self.keys.save(other.without_database(location))
        key = new_key(last + 1, location, self._s.real_now())
        self.keys.save(key)
        store.audit.start_keying(key.clinic, key.keyed_from)
        self._known[key.clinic] = key
        self._baseline(key, who)
        return key

    def _baseline(self, key: AuditKey, who: str, audited_password: bool = False) -> None:
        """Accounts made before the key (an upgraded clinic): one signed entry each with the
        values the comparison needs, its role and switch as last audited (a difference found
        before the key stays a difference) and its password as it is now (never audited before).
        After a lost key's replacement (``audited_password``) the password too as last audited:
        every value the old entry carried, so that any difference stays one."""
        store = self._s.store
        for user, password_hash in store.users.with_hashes():
            audited = self._s.audit.latest_state(user.id)
            if audited is None or audited.after is None:
                continue  # never audited: the comparison names it
            values: dict[str, Any] = user.state(password_hash)
            kept = values if audited_password else ("role", "active")
            values.update({k: audited.after[k] for k in list(kept) if k in audited.after})
            store.audit.append(
                self._s.real_now(), who, "baseline", "user", str(user.id), None, values, None, key=key
            )

    # --- signing in, checking ---------------------------------------------------------------------

    def require_key_here(self) -> None:
        """Before a sign-in: refused (AuditKeyError saying how to import the key) when the trail
        is signed with a key this computer does not have; a wrong password could not be recorded
        here. Damaged key records are left to the write that meets them, which says so."""
        clinic, _ = self._s.store.audit.keying()
        if clinic is None or clinic in self._known:
            return
        try:
            if self.candidate(clinic) is not None:
                return
        except AuditKeyError:
            return
        location = self.location()
        held = [k for k in self.keys.held() if location in k.databases]
        replaced = (
            [r for r in self.replacements() if r.lost_clinic in {k.clinic for k in held}] if held else []
        )
        if replaced:
            raise AuditKeyError(
                f"The clinic's audit key was replaced by {replaced[-1].user} (audit entry "
                f"{replaced[-1].entry}), so nobody can sign in here until a manager imports the new "
                f"key. {HOW_TO_IMPORT}"
            )
        if held:
            return  # this computer had the key of this database: its identity was changed
        raise AuditKeyError(
            "This computer does not have the clinic's audit key, so nobody can sign in here yet "
            f"(a wrong password could not be recorded). {HOW_TO_IMPORT} {IF_LOST}"
        )

    # --- a lost key replaced -----------------------------------------------------------------------

    def replacements(self) -> list[KeyReplacement]:
        """The key's replacements the trail records, oldest first (inside a transaction)."""
        found = (KeyReplacement.of(e) for e in self._s.store.audit.with_action(KEY_REPLACE, "audit"))
        return [r for r in found if r is not None]

    def earlier_eras(self, replacements: list[KeyReplacement]) -> list[Era]:
        """The keys the trail was sealed with before the one in use, oldest first: each from its
        first entry to its replacement, with its secret when this computer still holds it."""
        eras = []
        for replacement in replacements:
            try:
                held = self.keys.load(replacement.lost_clinic)
            except AuditKeyError:
                held = None
            eras.append(Era(replacement.lost_from, held.secret if held is not None else None, replacement))
        return eras

    def replace_lost_key(
        self, name: str, password: str, reason: str | None, hostname: str | None = None
    ) -> KeyReplacement:
        """A manager replaces the clinic's key when every copy of it is lost (docs/audit-key.md).
        The password is checked although nobody can sign in here (sign_in_unsealed: a wrong one
        counts and waits to be audited); the new key is made, and its first entry (KEY_REPLACE)
        records the key it replaces, the head it follows, a fingerprint of every entry before it
        (which fixes them from now on), who, when, on which computer and why. Then the wrong
        passwords that waited, and each account's audited values again (its baseline, sealed with
        the new key: the old seals can no longer be checked at sign-in)."""
        reason = replacement_reason(reason)
        hostname = " ".join((hostname if hostname is not None else socket.gethostname()).split())[:255]
        store = self._s.store
        with store.read_transaction():
            lost = self._lost()
        session = self._s.users.sign_in_unsealed(name, password)
        self._s.require(Permission.AUDIT)
        now = self._s.real_now()
        with store.write_transaction():
            head = store.audit.lock_head()
            if self._lost() != lost:
                raise ConflictError(
                    "The clinic's audit key was just replaced at another workstation; nothing was "
                    f"changed here. {HOW_TO_IMPORT}"
                )
            clinic, keyed_from = lost
            replacements = [r for r in self.replacements() if r.entry <= keyed_from]
            walk = ChainWalk(keyed_from, None, self.earlier_eras(replacements), replacing=True)
            for entry in store.audit.in_order():
                if not walk.add(entry):
                    break
            if walk.broken is None and (walk.walked != head[0] or (walk.walked and walk.previous != head[1])):
                walk.broken, walk.reason = walk.walked, "it is not the last entry recorded beside the trail."
            if walk.broken is not None:
                raise ValidationError(
                    f"The audit trail is broken at entry {walk.broken}: {walk.reason} The key is not "
                    f"replaced over a broken trail; nothing was changed. Restore the last good backup."
                )
            assert walk.print is not None
            key = new_key(head[0] + 1, self.location(), now)
            before, after = KeyReplacement.values(
                lost, key.clinic, head, walk.print.hexdigest(), reason, hostname
            )
            self.keys.save(key)
            store.audit.start_keying(key.clinic, key.keyed_from)
            entry = store.audit.append(now, session.name, KEY_REPLACE, "audit", key.clinic, before, after,
                                       None, key=key)  # fmt: skip
            self._known[key.clinic] = key
            self._enter_unsealed(key)
            self._baseline(key, session.name, audited_password=True)
        replacement = KeyReplacement.of(entry)
        assert replacement is not None
        return replacement

    def _enter_unsealed(self, key: AuditKey) -> None:
        """What waited beside the trail while no entry could be sealed (wrong passwords given to
        replace the key, a restore of a backup whose key is lost), entered now, sealed with
        ``key``, each saying when it happened (``at`` among its values after)."""
        store = self._s.store
        now = self._s.real_now()
        for waited in store.audit.unsealed():
            before, after = waited.get("before"), waited.get("after")
            values = {**(after if isinstance(after, dict) else {}), "at": waited.get("at")}
            user, action, entity, entity_id = (
                str(waited.get(k, "")) for k in ("user", "action", "entity", "entity_id")
            )
            before = before if isinstance(before, dict) else None
            store.audit.append(now, user, action, entity, entity_id, before, values, None, key=key)
        store.audit.keep_unsealed([])

    def lacks_key(self) -> bool:
        """Whether the trail (in the transaction's database) names a key this computer lacks."""
        clinic, keyed_from = self._s.store.audit.keying()
        if clinic is None or keyed_from is None:
            return False
        try:
            return self.candidate(clinic) is None
        except AuditKeyError:
            return False

    def _lost(self) -> tuple[str, int]:
        """The key in use (identity, first entry), refused unless this computer lacks it."""
        clinic, keyed_from = self._s.store.audit.keying()
        if clinic is None or keyed_from is None:
            raise ValidationError("This clinic's audit trail has no key to replace; nothing was changed.")
        try:
            held = self.candidate(clinic)
        except AuditKeyError:
            held = None  # a damaged key file is no key
        if held is not None and held.keyed_from == keyed_from and self.signs(held):
            raise ValidationError(
                "This computer holds the clinic's audit key: it is not lost, so it was not replaced. "
                f"Copy it to other workstations instead (`{APP} audit key export FILE`)."
            )
        return clinic, keyed_from

    def verifying_key(self, last_id: int, findings: list[str]) -> tuple[AuditKey | None, int | None]:
        """The key to check the trail with and where the keyed part begins, as this computer's
        key file says (the database's own record is only compared with it: it can be rewritten
        by anyone who can write the database). Whatever does not agree is added to findings."""
        clinic, marker = self._s.store.audit.keying()
        location = self.location()
        if clinic is None:
            if marker is not None:
                findings.append(
                    f"The database says its audit trail is signed from entry {marker} on, but names no "
                    "key: the key records were changed outside the software."
                )
            claimed = [k for k in self.keys.held() if location in k.databases and k.keyed_from <= last_id]
            if claimed:
                made = claimed[0]
                findings.append(
                    "The database's audit trail claims never to have been signed, but this computer "
                    f"holds the audit key made for it ({self.keys.path(made.clinic)}), which signs it "
                    f"from entry {made.keyed_from} on: the key records were removed outside the software."
                )
                return made, made.keyed_from
            return None, marker
        try:
            key = self.candidate(clinic)
        except AuditKeyError as exc:
            findings.append(exc.message)
            return None, marker
        if key is None:
            if marker is None:
                findings.append(
                    "The database names the clinic's audit key but not where its signed part begins: "
                    "the key records were changed outside the software."
                )
            return None, marker
        if marker != key.keyed_from:
            said = f"entry {marker}" if marker is not None else "nothing"
            findings.append(
                f"The record of where the signed part of the audit trail begins was removed or changed: "
                f"the database says {said}, the clinic's audit key says entry {key.keyed_from}."
            )
        return key, key.keyed_from

    # --- copying the key to another workstation -------------------------------------------------

    def export_key(self, path: str | Path) -> AuditKey:
        """Write a copy of the clinic's key to a new file (owner-only), for another workstation or
        for safe keeping (a manager's; recorded)."""
        self._s.require(Permission.AUDIT)
        target = Path(path).expanduser()
        store = self._s.store
        with store.write_transaction():
            clinic, keyed_from = store.audit.keying()
            if clinic is None or keyed_from is None:
                raise ValidationError(
                    "This clinic's audit trail has no key yet: the first change saved makes one."
                )
            key = self.key(clinic, keyed_from)
            self._s.record("key_export", "audit", clinic, None, {"file": str(target)})
            write_key_file(AuditKey(key.clinic, key.secret, key.keyed_from, (), key.created), target)
        return key

    def offer_key(self, path: str | Path) -> AuditKey:
        """Before signing in on a computer without the key: read a copy of it and check it signs
        this clinic's trail. It is used for that sign-in (so a wrong password is recorded) and
        kept only if a manager then imports it (import_key)."""
        source = Path(path).expanduser()
        key = read_key_file(source)
        store = self._s.store
        with store.read_transaction():
            clinic, keyed_from = store.audit.keying()
            if clinic is None:
                raise ValidationError("This clinic's audit trail has no key yet; there is nothing to import.")
            if key.clinic != clinic:
                raise ValidationError(f"{source} holds another clinic's audit key, not this clinic's.")
            if key.keyed_from != keyed_from or not self.signs(key):
                raise ValidationError(
                    f"{source} does not sign this clinic's audit trail; it was not imported."
                )
        self._offered = (key, source)
        return key

    def import_key(self) -> Path:
        """Keep the key offered before signing in, in this computer's key folder (a manager's;
        recorded). Returns the key file written."""
        self._s.require(Permission.AUDIT)
        if self._offered is None:
            raise ValidationError("Give the key file to import.")
        key, source = self._offered
        store = self._s.store
        with store.write_transaction():
            saved = self.keys.save(key.with_database(self.location()))
            self._offered = None
            self._known.pop(key.clinic, None)
            self._s.record("key_import", "audit", key.clinic, None, {"file": str(source)})
            self._enter_unsealed(key)  # what waited for a key (a restore made with --key-lost)
        return saved

    def archive_lacks_key(self, info: dict[str, str]) -> bool:
        """Whether a PostgreSQL archive's trail (its database_info) names a key this computer lacks."""
        clinic = info.get(AUDIT_CLINIC) or None
        if clinic is None or not info.get(AUDIT_KEYED_FROM, "").isdigit():
            return False
        try:
            return self.candidate(clinic) is None
        except AuditKeyError:
            return False

    def archive_key(self, info: dict[str, str]) -> AuditKey | None:
        """The key a PostgreSQL archive's trail is signed with (from the archive's database_info),
        to sign the restore's entry in it before it replaces the database; None for a trail never
        keyed. Refused (AuditKeyError, nothing restored) when this computer lacks it or the
        archive's key records disagree with it."""
        clinic = info.get(AUDIT_CLINIC) or None
        marker = info.get(AUDIT_KEYED_FROM, "")
        keyed_from = int(marker) if marker.isdigit() else None
        if clinic is None and keyed_from is None:
            return None
        key = self.candidate(clinic) if clinic is not None else None
        if key is None or key.keyed_from != keyed_from:
            raise AuditKeyError(RESTORE_WITHOUT_KEY)
        return key

    def database_replaced(self) -> None:
        """A restore replaced the database here: the keys this computer holds no longer claim it
        (the restored trail has its own key records, or none if it is older than keys)."""
        location = self.location()
        for key in self.keys.held():
            if location in key.databases:
                self.keys.save(key.without_database(location))
        self._known.clear()

    def location(self) -> str:
        location = self._s.store.location
        if location.kind == "sqlite" and location.path is not None and str(location.path) != ":memory:":
            return str(location.path.resolve())
        return location.display
