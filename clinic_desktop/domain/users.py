"""User accounts and sessions: who is signed in, how a password is judged, when an account locks.

Sources:
- NIST SP 800-63B (Digital Identity Guidelines, Authentication), section 5.1.1.2: memorized secrets
  of at least 8 characters, any printable characters and spaces allowed, no composition rules;
  a verifier limits consecutive failed attempts on one account (rate limiting).
- OWASP Password Storage Cheat Sheet: argon2id first (the services hash with argon2-cffi).
- The idle lock: HIPAA Security Rule, 45 CFR 164.312(a)(2)(iii), "automatic logoff" after a period
  of inactivity; the clinic sets the period (default 5 minutes, docs/domain.md's shared workstations).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from clinic_desktop.domain.access import Permission, Role, require
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.words import QT_TR_NOOP, Text

MIN_PASSWORD_LENGTH = 8  # NIST SP 800-63B 5.1.1.2
MAX_PASSWORD_LENGTH = 256  # long passphrases welcome; a bound keeps hashing a fixed cost
MAX_FAILED_SIGN_INS = 5  # consecutive wrong passwords before the account locks
LOCKOUT = timedelta(minutes=15)  # how long it stays locked (a manager can unlock it sooner)
DEFAULT_IDLE_LOCK_MINUTES = 5
MAX_IDLE_LOCK_MINUTES = 240
MAX_NAME_LENGTH = 64


@dataclass(frozen=True)
class UserAccount:
    id: int
    name: str
    role: Role
    active: bool = True
    failed_sign_ins: int = 0
    locked_until: datetime | None = None  # UTC
    provider_id: int | None = None  # the provider record a provider account is (domain/signing.py)
    password_changes: int = 0  # counted by the software, compared with the audit trail

    def locked_at(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def state(self, password_hash: str) -> dict[str, Any]:
        """What the audit trail keeps of an account, and what the integrity check compares with
        it: name, role, switched on or off, a provider account's provider record, how often its
        password was changed, and a fingerprint of the stored password hash (never the hash
        itself, nor the password)."""
        values: dict[str, Any] = {
            "name": self.name,
            "role": self.role.value,
            "active": self.active,
            "password_changes": self.password_changes,
            "password_fingerprint": password_fingerprint(password_hash),
        }
        if self.provider_id is not None:
            values["provider_id"] = self.provider_id
        return values


@dataclass(frozen=True)
class Session:
    """Who is acting. ``role`` None is the software itself (migrations, the demo builder, scripts
    and tests run in-process): never what a person signs in as; the window and the command line
    always sign a person in before they act."""

    name: str
    role: Role | None
    user_id: int | None = None
    # A provider account's own provider record (domain/signing.py): who it charts and signs as.
    # Read at sign-in; a manager's new link takes effect at the account's next sign-in.
    provider_id: int | None = None
    # Signed in by a personal access token (domain/tokens.py): its id, noted in the audit trail
    # with the first change each write transaction makes (services/tokens.py).
    token_id: int | None = None

    def may(self, permission: Permission) -> bool:
        return self.role is None or permission in _allowed(self.role)

    def require(self, permission: Permission) -> None:
        if self.role is not None:
            require(self.role, permission)


SYSTEM = Session(name="system", role=None)


def password_fingerprint(password_hash: str) -> str:
    """A short SHA-256 fingerprint of a stored argon2 hash: a hash swapped in behind the
    software's back no longer matches the audited one. It reveals nothing usable: the argon2 hash
    it is taken of is salted and never leaves the database."""
    return hashlib.sha256(b"clinic-desktop password\x00" + password_hash.encode()).hexdigest()[:32]


def account_differences(current: Mapping[str, Any], audited: Mapping[str, Any] | None) -> list[str]:
    """How an account differs from its last audited change, in words ([] when it does not). Only
    the values the audited entry carries are compared (entries written before the password was
    counted carry role and switch alone)."""
    if audited is None:
        return [Text(QT_TR_NOOP("the audit trail has no record of this account being made"))]
    found: list[str] = []
    if "role" in audited and current["role"] != audited["role"]:
        found.append(
            Text(
                QT_TR_NOOP("its role is {role}, but its last audited change made it {audited}"),
                role=current["role"],
                audited=audited["role"],
            )
        )
    if "active" in audited and bool(current["active"]) != bool(audited["active"]):
        if current["active"]:
            found.append(Text(QT_TR_NOOP("it is switched on, but its last audited change switched it off")))
        else:
            found.append(Text(QT_TR_NOOP("it is switched off, but its last audited change switched it on")))
    # A provider link the trail never gave lets the account chart as someone else; one taken away
    # only stops it charting (domain/signing.py) until a manager links it again.
    linked, given = current.get("provider_id"), audited.get("provider_id")
    if linked is not None and linked != given:
        if given is not None:
            found.append(
                Text(
                    QT_TR_NOOP(
                        "it is linked to provider {linked}, but its last audited change linked it to "
                        "provider {given}"
                    ),
                    linked=linked,
                    given=given,
                )
            )
        else:
            found.append(
                Text(
                    QT_TR_NOOP(
                        "it is linked to provider {linked}, but its last audited change linked it to "
                        "no provider"
                    ),
                    linked=linked,
                )
            )
    password = ("password_changes", "password_fingerprint")
    if any(k in audited and current[k] != audited[k] for k in password):
        found.append(Text(QT_TR_NOOP("its password was changed outside the software")))
    return found


def _allowed(role: Role) -> frozenset[Permission]:
    from clinic_desktop.domain.access import ALLOWED

    return ALLOWED[role]


def validate_user_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError(QT_TR_NOOP("A user needs a name to sign in with."))
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValidationError(
            QT_TR_NOOP("A user name can have at most {most} characters."), most=MAX_NAME_LENGTH
        )
    if any(not ch.isprintable() for ch in cleaned):
        raise ValidationError(QT_TR_NOOP("A user name cannot contain control characters."))
    return cleaned


def validate_password(password: str) -> str:
    """NIST SP 800-63B: length is what counts; no rules about digits or symbols."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TR_NOOP("A password needs at least {least} characters."), least=MIN_PASSWORD_LENGTH
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TR_NOOP("A password can have at most {most} characters."), most=MAX_PASSWORD_LENGTH
        )
    if "\x00" in password:
        raise ValidationError(QT_TR_NOOP("A password cannot contain a NUL character."))
    return password


def parse_role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        raise ValidationError(
            QT_TR_NOOP("'{text}' is not a role. Roles: {roles}."),
            text=text,
            roles=", ".join(r.value for r in Role),
        ) from None


def validate_idle_minutes(text: str) -> int:
    try:
        minutes = int(text.strip())
    except ValueError:
        raise ValidationError(QT_TR_NOOP("The idle lock is a whole number of minutes, such as 5.")) from None
    if minutes < 1 or minutes > MAX_IDLE_LOCK_MINUTES:
        raise ValidationError(
            QT_TR_NOOP("The idle lock is between 1 and {most} minutes."), most=MAX_IDLE_LOCK_MINUTES
        )
    return minutes
