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

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.audit import (
    KEY_REPLACE,
    AuditKey,
    AuditKeyError,
    ChainWalk,
    KeyReplacement,
    new_key,
    replacement_reason,
)
from clinic_desktop.domain.errors import ConflictError, ValidationError
from clinic_desktop.domain.words import QT_TR_NOOP, Text
from clinic_desktop.services.audit_signing import (
    APP,
    HOW_TO_IMPORT,
    IF_LOST,
    RECORDS_CHANGED,
    RESTORE_WITHOUT_KEY,
    AuditKeySigning,
)
from clinic_desktop.store.audit import AUDIT_CLINIC, AUDIT_KEYED_FROM
from clinic_desktop.store.audit_keys import read_key_file, write_key_file

# The key's words, where they always were (services/audit_signing.py holds them now).
__all__ = ["APP", "HOW_TO_IMPORT", "IF_LOST", "RECORDS_CHANGED", "RESTORE_WITHOUT_KEY", "AuditKeyService"]


class AuditKeyService(AuditKeySigning):
    """Signing (AuditKeySigning), and a lost key replaced or the key copied between workstations."""

    # --- a lost key replaced -----------------------------------------------------------------------

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
                    QT_TR_NOOP(
                        "The clinic's audit key was just replaced at another workstation; nothing was "
                        "changed here. {how}"
                    ),
                    how=HOW_TO_IMPORT,
                )
            clinic, keyed_from = lost
            replacements = [r for r in self.replacements() if r.entry <= keyed_from]
            walk = ChainWalk(keyed_from, None, self.earlier_eras(replacements), replacing=True)
            for entry in store.audit.in_order():
                if not walk.add(entry):
                    break
            if walk.broken is None and (walk.walked != head[0] or (walk.walked and walk.previous != head[1])):
                walk.broken = walk.walked
                walk.reason = Text(QT_TR_NOOP("it is not the last entry recorded beside the trail."))
            if walk.broken is not None:
                raise ValidationError(
                    QT_TR_NOOP(
                        "The audit trail is broken at entry {entry}: {reason} The key is not "
                        "replaced over a broken trail; nothing was changed. Restore the last good backup."
                    ),
                    entry=walk.broken,
                    reason=walk.reason,
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

    def _lost(self) -> tuple[str, int]:
        """The key in use (identity, first entry), refused unless this computer lacks it."""
        clinic, keyed_from = self._s.store.audit.keying()
        if clinic is None or keyed_from is None:
            raise ValidationError(
                QT_TR_NOOP("This clinic's audit trail has no key to replace; nothing was changed.")
            )
        try:
            held = self.candidate(clinic)
        except AuditKeyError:
            held = None  # a damaged key file is no key
        if held is not None and held.keyed_from == keyed_from and self.signs(held):
            raise ValidationError(
                QT_TR_NOOP(
                    "This computer holds the clinic's audit key: it is not lost, so it was not replaced. "
                    "Copy it to other workstations instead (`{app} audit key export FILE`)."
                ),
                app=APP,
            )
        return clinic, keyed_from

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
                    QT_TR_NOOP("This clinic's audit trail has no key yet: the first change saved makes one.")
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
                raise ValidationError(
                    QT_TR_NOOP("This clinic's audit trail has no key yet; there is nothing to import.")
                )
            if key.clinic != clinic:
                raise ValidationError(
                    QT_TR_NOOP("{file} holds another clinic's audit key, not this clinic's."),
                    file=str(source),
                )
            if key.keyed_from != keyed_from or not self.signs(key):
                raise ValidationError(
                    QT_TR_NOOP("{file} does not sign this clinic's audit trail; it was not imported."),
                    file=str(source),
                )
        self._offered = (key, source)
        return key

    def import_key(self) -> Path:
        """Keep the key offered before signing in, in this computer's key folder (a manager's;
        recorded). Returns the key file written."""
        self._s.require(Permission.AUDIT)
        if self._offered is None:
            raise ValidationError(QT_TR_NOOP("Give the key file to import."))
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
