"""User accounts and signing in (issue 11).

Passwords are hashed with argon2id (argon2-cffi's PasswordHasher, RFC 9106's recommended
parameters) and never stored or logged otherwise. A sign-in that fails counts against the account;
after MAX_FAILED_SIGN_INS in a row it is locked for LOCKOUT (domain/users.py), and every failure and
lock is in the audit trail. An unknown name and a wrong password get the same answer, so a
stranger cannot learn which names exist.

Every change of an account is audited with the values the integrity check compares (role,
switch, password changes and a fingerprint of the password hash: UserAccount.state), and signing
in compares them too (services/audit.py): an account changed in the database behind the
software's back acts with its audited role, or cannot sign in at all when its password or switch
was changed."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from clinic_desktop.domain.access import Permission, Role
from clinic_desktop.domain.entities import Provider
from clinic_desktop.domain.errors import (
    ClinicError,
    ConcurrentWriteError,
    ConflictError,
    NotFoundError,
    ValidationError,
)
from clinic_desktop.domain.signing import account_link
from clinic_desktop.domain.users import (
    LOCKOUT,
    MAX_FAILED_SIGN_INS,
    Session,
    UserAccount,
    account_differences,
    validate_password,
    validate_user_name,
)
from clinic_desktop.domain.words import QT_TR_NOOP
from clinic_desktop.services.phrases import Joined

if TYPE_CHECKING:
    from argon2 import PasswordHasher

    from clinic_desktop.services.context import ClinicServices

# Wrong passwords kept beside the trail while the audit key is lost (the newest; the account's
# lockout stops a guesser after MAX_FAILED_SIGN_INS each LOCKOUT anyway).
UNSEALED_KEPT = 1000
# Verified against when the name is unknown, so that a wrong name costs as long as a wrong password.
# Made when first needed (_dummy_hash): hashing it on import cost every command an argon2 run.
_DUMMY_HASH: str | None = None


class SignInError(ClinicError):
    """Wrong name or password, a locked or inactive account: nobody was signed in."""


class NoAccountsError(ClinicError):
    """The database has no user accounts yet: the manager account must be created first."""


# argon2's hasher, loaded when a password is first hashed or checked (_argon2): a command signed
# in by a personal access token never loads it (a command's start-up, issue 22).
_hasher: PasswordHasher | None = None


def _argon2() -> PasswordHasher:
    global _hasher
    if _hasher is None:
        from argon2 import PasswordHasher

        _hasher = PasswordHasher()
    return _hasher


def hash_password(password: str) -> str:
    return _argon2().hash(validate_password(password))


def account_values(user: UserAccount, password_hash: str) -> dict[str, object]:
    """What the audit trail keeps of an account (never its password hash: a fingerprint of it; a
    provider account's link to its provider record too): UserAccount.state."""
    return user.state(password_hash)


class UserService:
    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    # --- the first account ----------------------------------------------------------------------

    def has_accounts(self) -> bool:
        return self._s.store.users.count() > 0

    def create_first_manager(self, name: str, password: str) -> UserAccount:
        """The manager account of a new clinic (init, the window's first run). Refused once any
        account exists: from then on only a signed-in manager adds users."""
        name = validate_user_name(name)
        password_hash = hash_password(password)
        store = self._s.store
        with store.write_transaction():
            if store.users.count() > 0:
                raise ConflictError(
                    QT_TR_NOOP("This clinic already has user accounts; a manager adds new ones.")
                )
            user = store.users.add(name, Role.MANAGER, password_hash, self._s.real_now())
            self._s.record("create", "user", user.id, None, account_values(user, password_hash), user=name)
        return user

    # --- signing in -----------------------------------------------------------------------------

    def sign_in(self, name: str, password: str, audit: bool = True) -> Session:
        """Check the password and make this the services' session. Refused with SignInError (the
        same words for an unknown name and a wrong password); failures count toward the lockout."""
        store = self._s.store
        now = self._s.real_now()
        self._s.audit_keys.require_key_here()  # before the password is judged: a failure must be recorded
        found = store.users.by_name(" ".join(name.split()))
        if found is None:
            _verify(_dummy_hash(), password)
            if not self.has_accounts():
                raise NoAccountsError(
                    QT_TR_NOOP(
                        "This clinic has no user accounts yet. Create the manager account first "
                        "(clinic-desktop init --manager NAME)."
                    )
                )
            raise SignInError(QT_TR_NOOP("Wrong user name or password."))
        user, stored_hash = found
        self._refuse_if_locked(user, now)
        if not _verify(stored_hash, password):
            self._failed(user)
            raise SignInError(QT_TR_NOOP("Wrong user name or password."))
        user, session = self._session_for(user.id, stored_hash)
        values: dict[str, object] = {}
        if user.failed_sign_ins or user.locked_until is not None:
            values.update(failed_sign_ins=0, locked_until=None)
        rehashed = _argon2().hash(password) if _argon2().check_needs_rehash(stored_hash) else None
        if values or rehashed or audit:  # a command's sign-in with nothing to clear writes nothing
            try:
                self._save_sign_in(user, values, rehashed, audit)
            except ConcurrentWriteError:
                if values or audit:
                    raise
                # Only the hash's upgrade waited in vain for another workstation's writes: the
                # password was right, and the upgrade is made at a later sign-in.
        self._s.session = session
        return session

    def _save_sign_in(
        self, user: UserAccount, values: dict[str, object], rehashed: str | None, audit: bool
    ) -> None:
        store = self._s.store
        with store.write_transaction():
            if values:
                store.users.update(user.id, **values)
            if rehashed:  # the same password, hashed with today's parameters: not a change
                store.users.set_password(user.id, rehashed, counted=False)
                state = account_values(store.users.get(user.id), rehashed)
                self._s.record("rehash", "user", user.id, None, state, user=user.name)
            if audit:
                self._s.record("sign_in", "user", user.id, None, None, user=user.name)

    def sign_in_unsealed(self, name: str, password: str) -> Session:
        """Check a password where no audit entry can be sealed: the clinic's audit key is lost and
        a manager is replacing it (AuditKeyService.replace_lost_key). A wrong password counts
        against the account and locks it at the limit, as at any sign-in; its audit entry cannot
        be sealed yet, so it waits beside the trail (store: audit_unsealed) and is entered, sealed
        with the new key, by the replacement. Refused as sign_in refuses; makes nothing else."""
        store = self._s.store
        found = store.users.by_name(" ".join(name.split()))
        if found is None:
            _verify(_dummy_hash(), password)
            raise SignInError(QT_TR_NOOP("Wrong user name or password."))
        user, stored_hash = found
        self._refuse_if_locked(user, self._s.real_now())
        if not _verify(stored_hash, password):
            self._failed(user, sealed=False)
            raise SignInError(QT_TR_NOOP("Wrong user name or password."))
        _user, session = self._session_for(user.id, stored_hash)
        self._s.session = session
        return session

    def _session_for(self, user_id: int, stored_hash: str) -> tuple[UserAccount, Session]:
        """The session of an account whose password was right. The account is read again after
        the (slow) check: wrong passwords tried at the same moment may have locked it meanwhile,
        and then the right one is refused like any other; a switched-off account is refused."""
        user = self._s.store.users.get(user_id)
        self._refuse_if_locked(user, self._s.real_now())
        if not user.active:
            raise SignInError(
                QT_TR_NOOP("{name}'s account is switched off. A manager can switch it on again."),
                name=user.name,
            )
        session = Session(
            name=user.name,
            role=self.audited_role(user, stored_hash),
            user_id=user.id,
            provider_id=user.provider_id,
        )
        return user, session

    def _refuse_if_locked(self, user: UserAccount, now: datetime) -> None:
        if user.locked_at(now):
            assert user.locked_until is not None
            until = self._s.time.to_local(user.locked_until).strftime("%H:%M")
            raise SignInError(
                QT_TR_NOOP(
                    "{name}'s account is locked after {count} wrong passwords, until {until}. "
                    "A manager can unlock it sooner."
                ),
                name=user.name,
                count=MAX_FAILED_SIGN_INS,
                until=until,
            )

    def audited_role(self, user: UserAccount, stored_hash: str) -> Role:
        """The role to act with: the account's audited one (a receptionist made manager in the
        database behind the software's back stays a receptionist). Refused (SignInError) when the
        account has no audited change at all, or its password or switch differs from it."""
        current = user.state(stored_hash)
        audited = self._s.audit.audited_account(user.id)
        role = str(audited.get("role", current["role"])) if audited is not None else current["role"]
        if account_differences({**current, "role": role}, audited):
            differences = account_differences(current, audited)
            raise SignInError(
                QT_TR_NOOP(
                    "{name}'s account was changed outside the software ({differences}), so "
                    "it cannot sign in. A manager checks the audit trail (clinic-desktop audit verify) and "
                    "sets the account right (users set, users passwd)."
                ),
                name=user.name,
                differences=Joined(differences, "; "),
            )
        return Role(role)

    def _failed(self, user: UserAccount, sealed: bool = True) -> None:
        """Count a wrong password and lock the account at the limit. The count is added in the
        database (count_failed_sign_in) and the lock decided from what it returns, so attempts
        made at the same moment at several desks each count. ``sealed`` False (the audit key is
        lost): the entry waits beside the trail until the new key exists (sign_in_unsealed)."""
        store = self._s.store
        with store.write_transaction():
            failures = store.users.count_failed_sign_in(user.id)
            action = "sign_in_failed"
            if failures >= MAX_FAILED_SIGN_INS:
                store.users.update(user.id, locked_until=self._s.real_now() + LOCKOUT, failed_sign_ins=0)
                action = "locked"
            if sealed:
                self._s.record(action, "user", user.id, None, {"failed_sign_ins": failures}, user=user.name)
                return
            store.audit.lock_head()  # what waits is one row: desks failing at once take turns
            waiting = store.audit.unsealed()
            waiting.append({"action": action, "user": user.name, "entity": "user", "entity_id": str(user.id),
                            "before": None, "after": {"failed_sign_ins": failures},
                            "at": self._s.real_now().isoformat()})  # fmt: skip
            store.audit.keep_unsealed(waiting[-UNSEALED_KEPT:])

    def sign_out(self) -> None:
        self._s.session = None

    # --- managing accounts (managers) -----------------------------------------------------------

    def list(self) -> list[UserAccount]:
        self._s.require(Permission.USERS)
        return self._s.store.users.list()

    def add(self, name: str, role: Role, password: str, provider_id: int | None = None) -> UserAccount:
        """A new account; a provider's is linked to its provider record (``provider_id``), the
        other roles' to nobody (domain/signing.py)."""
        self._s.require(Permission.USERS)
        name = validate_user_name(name)
        link = account_link(role, provider_id)
        password_hash = hash_password(password)
        store = self._s.store
        with store.write_transaction():
            if link is not None:
                self._check_link(link, None)
            user = store.users.add(name, role, password_hash, self._s.real_now(), link)
            self._s.record("create", "user", user.id, None, account_values(user, password_hash))
        return user

    def _check_link(self, provider_id: int, user_id: int | None) -> None:
        """The provider record exists, is active and is no other active account (inside the write
        transaction; the database's unique index refuses what two workstations do at once)."""
        store = self._s.store
        provider = store.providers.get(provider_id)
        if not provider.active:
            raise ValidationError(
                QT_TR_NOOP("{name} is switched off; an account cannot be linked to them."), name=provider.name
            )
        taken = [u for u in store.users.linked_to(provider_id) if u.id != user_id]
        if taken:
            raise ConflictError(
                QT_TR_NOOP(
                    "{provider} already has the account {account}; one provider is one active "
                    "account (switch that one off first)."
                ),
                provider=provider.name,
                account=taken[0].name,
            )

    def linked_provider(self, user_id: int) -> Provider | None:
        """The provider record an account is (None for reception, managers and unlinked accounts)."""
        user = self._s.store.users.get(user_id)
        return self._s.store.providers.get(user.provider_id) if user.provider_id is not None else None

    def change(
        self,
        user_id: int,
        role: Role | None = None,
        active: bool | None = None,
        provider_id: int | None = None,
    ) -> UserAccount:
        """A manager changes someone's role, links a provider account to its provider record, or
        switches the account off/on; the last active manager cannot be demoted or switched off
        (nobody could manage the clinic then). A provider account keeps its link unless given
        another; an account that stops being a provider's loses it."""
        self._s.require(Permission.USERS)
        store = self._s.store
        with store.write_transaction():
            before = store.users.get(user_id)
            values: dict[str, object] = {}
            if role is not None:
                values["role"] = role.value
            if active is not None:
                values["active"] = active
            losing_manager = (
                before.role is Role.MANAGER
                and before.active
                and ((role is not None and role is not Role.MANAGER) or active is False)
            )
            if losing_manager and store.users.active_managers() <= 1:
                raise ValidationError(
                    QT_TR_NOOP("{name} is the clinic's only manager; make another manager first."),
                    name=before.name,
                )
            new_role = role or before.role
            if provider_id is not None or (new_role is Role.PROVIDER and before.role is not Role.PROVIDER):
                link = account_link(new_role, provider_id)  # a new provider account needs its link
            elif new_role is Role.PROVIDER:
                link = before.provider_id  # kept (none on an upgraded account until it is linked)
            else:
                link = None  # reception and managers are linked to nobody
            if link != before.provider_id:
                values["provider"] = link
            if link is not None and (active if active is not None else before.active):
                self._check_link(link, user_id)
            store.users.update(user_id, **values)
            after = store.users.get(user_id)
            password_hash = store.users.password_hash(user_id)
            self._s.record(
                "change",
                "user",
                user_id,
                account_values(before, password_hash),
                account_values(after, password_hash),
            )
        return after

    def unlock(self, user_id: int) -> UserAccount:
        self._s.require(Permission.USERS)
        store = self._s.store
        with store.write_transaction():
            store.users.get(user_id)
            store.users.update(user_id, failed_sign_ins=0, locked_until=None)
            user = store.users.get(user_id)
            self._s.record(
                "unlock", "user", user_id, None, account_values(user, store.users.password_hash(user_id))
            )
        return user

    def by_name(self, name: str) -> UserAccount:
        found = self._s.store.users.by_name(" ".join(name.split()))
        if found is None:
            raise NotFoundError(QT_TR_NOOP("There is no user called {name}."), name=name)
        return found[0]

    def set_password(self, name: str, new_password: str, current_password: str | None = None) -> UserAccount:
        """Change a password: one's own (with the current password), or anyone's as a manager."""
        session = self._s.session
        if session is None:
            raise SignInError(QT_TR_NOOP("Sign in first."))
        user = self.by_name(name)
        own = session.user_id == user.id
        if not own:
            self._s.require(Permission.USERS)
        elif current_password is not None:
            found = self._s.store.users.by_name(user.name)
            assert found is not None
            if not _verify(found[1], current_password):
                raise SignInError(QT_TR_NOOP("The current password is wrong; the password was not changed."))
        password_hash = hash_password(new_password)
        store = self._s.store
        with store.write_transaction():
            store.users.set_password(user.id, password_hash)  # counted, and unlocks the account
            user = store.users.get(user.id)
            self._s.record("password", "user", user.id, None, account_values(user, password_hash))
        return user


def _dummy_hash() -> str:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = _argon2().hash("not a password of anyone's")
    return _DUMMY_HASH


def _verify(stored_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(_argon2().verify(stored_hash, password))
    except (VerificationError, InvalidHashError):
        return False
