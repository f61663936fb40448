"""Signing the audit trail with the clinic's key and checking it (services/audit_keys.py says how
the key is made, copied and replaced; domain/audit.py why the trail is keyed)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from clinic_desktop.domain.audit import (
    GENESIS,
    KEY_REPLACE,
    AuditKey,
    AuditKeyError,
    Era,
    KeyReplacement,
    hash_holds,
    new_key,
)
from clinic_desktop.domain.words import QT_TR_NOOP, Text
from clinic_desktop.store.audit_keys import AuditKeyFolder

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

APP = "clinic-desktop"
HOW_TO_IMPORT = Text(
    QT_TR_NOOP(
        "A manager copies it from a workstation that has it: `{app} audit key export FILE` there, "
        "then `{app} --user NAME audit key import FILE` here."
    ),
    app=APP,
)
IF_LOST = Text(
    QT_TR_NOOP(
        "If every copy of it is lost, a manager runs `{app} --user NAME audit key replace --reason TEXT` "
        "instead (docs/audit-key.md)."
    ),
    app=APP,
)
RESTORE_WITHOUT_KEY = Text(
    QT_TR_NOOP(
        "The backup's audit trail is signed with a clinic key this computer does not hold (or its key "
        "records were changed), so nothing was restored. Import the key and restore again; if every "
        "copy of it is lost, restore with `--key-lost`, then a manager runs `{app} --user NAME audit key "
        "replace --reason TEXT` (docs/audit-key.md)."
    ),
    app=APP,
)
# A template (domain/words.py): AuditKeyError(RECORDS_CHANGED, detail=..., app=APP).
RECORDS_CHANGED = QT_TR_NOOP(
    "The audit trail's key records in the database were changed outside the software ({detail}), so "
    "nothing is saved. A manager runs `{app} audit verify` and restores the last good backup."
)


class AuditKeySigning:
    """The key each entry is signed with and the trail is checked with, as this computer holds it."""

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
        clinic, keyed_from = store.audit.keying(lock=True)  # the head, last: held until the COMMIT
        if clinic is None and keyed_from is None:
            last, _ = store.audit.lock_head()  # the first keyed write: one workstation makes the key
            clinic, keyed_from = store.audit.keying()
            if clinic is None and keyed_from is None:
                return self._start_keying(last, who)
        return self._named_key(clinic, keyed_from)

    def current_key(self) -> AuditKey | None:
        """The key the trail is signed with now, or None for a trail not yet keyed: for work that
        hashes entries ahead of its write transaction (an import). AuditKeyError as signing_key."""
        clinic, keyed_from = self._s.store.audit.keying()
        if clinic is None and keyed_from is None:
            return None
        return self._named_key(clinic, keyed_from)

    def _named_key(self, clinic: str | None, keyed_from: int | None) -> AuditKey:
        """The key the trail's key records name, both of them being there; else AuditKeyError."""
        if clinic is None or keyed_from is None:
            detail = (
                Text(QT_TR_NOOP("a key is named but not where it begins"))
                if keyed_from is None
                else Text(QT_TR_NOOP("no key is named"))
            )
            raise AuditKeyError(RECORDS_CHANGED, detail=detail, app=APP)
        return self.key(clinic, keyed_from)

    def key(self, clinic: str, keyed_from: int) -> AuditKey:
        """The clinic's key, checked once against the trail: its first entry must verify with it."""
        known = self._known.get(clinic)
        if known is not None and known.keyed_from == keyed_from:
            return known
        key = self.candidate(clinic)
        if key is None:
            raise AuditKeyError(
                QT_TR_NOOP(
                    "This computer does not have the clinic's audit key, so nothing can be saved here. {how}"
                ),
                how=HOW_TO_IMPORT,
            )
        if key.keyed_from != keyed_from:
            raise AuditKeyError(
                RECORDS_CHANGED,
                detail=Text(
                    QT_TR_NOOP(
                        "the database says its signed part begins at entry {database}, the key "
                        "says entry {key}"
                    ),
                    database=keyed_from,
                    key=key.keyed_from,
                ),
                app=APP,
            )
        if not self.signs(key):
            raise AuditKeyError(
                QT_TR_NOOP(
                    "The clinic's audit key on this computer does not sign entry {entry} of the "
                    "trail: the entry was changed, or the key file is another clinic's. Nothing is saved; "
                    "a manager runs `{app} audit verify`."
                ),
                entry=key.keyed_from,
                app=APP,
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
                RECORDS_CHANGED,
                detail=Text(
                    QT_TR_NOOP(
                        "the database has no key records, yet this computer's key {path} was made for it "
                        "and signs from entry {entry}"
                    ),
                    path=str(self.keys.path(claimed[0].clinic)),
                    entry=claimed[0].keyed_from,
                ),
                app=APP,
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
                QT_TR_NOOP(
                    "The clinic's audit key was replaced by {user} (audit entry {entry}), so nobody can "
                    "sign in here until a manager imports the new key. {how}"
                ),
                user=replaced[-1].user,
                entry=replaced[-1].entry,
                how=HOW_TO_IMPORT,
            )
        if held:
            return  # this computer had the key of this database: its identity was changed
        raise AuditKeyError(
            QT_TR_NOOP(
                "This computer does not have the clinic's audit key, so nobody can sign in here yet "
                "(a wrong password could not be recorded). {how} {if_lost}"
            ),
            how=HOW_TO_IMPORT,
            if_lost=IF_LOST,
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

    def verifying_key(self, last_id: int, findings: list[str]) -> tuple[AuditKey | None, int | None]:
        """The key to check the trail with and where the keyed part begins, as this computer's
        key file says (the database's own record is only compared with it: it can be rewritten
        by anyone who can write the database). Whatever does not agree is added to findings."""
        clinic, marker = self._s.store.audit.keying()
        location = self.location()
        if clinic is None:
            if marker is not None:
                findings.append(
                    Text(
                        QT_TR_NOOP(
                            "The database says its audit trail is signed from entry {entry} on, but names no "
                            "key: the key records were changed outside the software."
                        ),
                        entry=marker,
                    )
                )
            claimed = [k for k in self.keys.held() if location in k.databases and k.keyed_from <= last_id]
            if claimed:
                made = claimed[0]
                findings.append(
                    Text(
                        QT_TR_NOOP(
                            "The database's audit trail claims never to have been signed, but this computer "
                            "holds the audit key made for it ({path}), which signs it from entry {entry} on: "
                            "the key records were removed outside the software."
                        ),
                        path=str(self.keys.path(made.clinic)),
                        entry=made.keyed_from,
                    )
                )
                return made, made.keyed_from
            return None, marker
        try:
            key = self.candidate(clinic)
        except AuditKeyError as exc:
            findings.append(exc.text)
            return None, marker
        if key is None:
            if marker is None:
                findings.append(
                    Text(
                        QT_TR_NOOP(
                            "The database names the clinic's audit key but not where its signed part begins: "
                            "the key records were changed outside the software."
                        )
                    )
                )
            return None, marker
        if marker != key.keyed_from:
            findings.append(
                Text(
                    QT_TR_NOOP(
                        "The record of where the signed part of the audit trail begins was removed or "
                        "changed: the database says entry {entry}, the clinic's audit key says entry {key}."
                    ),
                    entry=marker,
                    key=key.keyed_from,
                )
                if marker is not None
                else Text(
                    QT_TR_NOOP(
                        "The record of where the signed part of the audit trail begins was removed or "
                        "changed: the database says nothing, the clinic's audit key says entry {key}."
                    ),
                    key=key.keyed_from,
                )
            )
        return key, key.keyed_from

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
