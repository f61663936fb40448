"""Personal access tokens: create, list, revoke, and sign a script in with one (domain/tokens.py).

Anyone signed in makes tokens for themselves; a manager also for another account (Permission.USERS),
and sees and revokes everyone's. A token signs in as its account as the account is at that moment:
its audited role now (as a password's sign-in), refused once the account is switched off or was
changed behind the software's back, and on a computer without the clinic's audit key. Signing in
by token writes nothing (a command that only reads leaves the database as it was); the first change
of each write transaction made with it is preceded in the audit trail by a ``token_use`` entry
naming the token, so the trail says which token, not only which account, made it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from clinic_desktop.domain import tokens
from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from clinic_desktop.domain.tokens import AccessToken
from clinic_desktop.domain.users import Session
from clinic_desktop.domain.words import QT_TR_NOOP
from clinic_desktop.services.users import SignInError

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

# Compared with when the id names no token, so an unknown id and a wrong secret take the same time.
_NO_DIGEST = tokens.digest("no token has this secret")


@dataclass(frozen=True)
class NewToken:
    """A token just made, with the one and only copy of its text (shown once, never stored)."""

    token: AccessToken
    text: str


class TokenService:
    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    def _me(self) -> Session:
        session = self._s.session
        if session is None:
            raise PermissionDeniedError(
                QT_TR_NOOP("Sign in first: the window is locked or nobody is signed in.")
            )
        return session

    def create(self, user_name: str | None = None, days: int | None = None) -> NewToken:
        """A new token for ``user_name`` (default: whoever is signed in), lasting ``days``."""
        session = self._me()
        lasting = tokens.validate_days(days)
        if user_name is None:
            if session.user_id is None:
                raise ValidationError(QT_TR_NOOP("Name the account the token is for (--user NAME)."))
            user = self._s.store.users.get(session.user_id)
        else:
            user = self._s.users.by_name(user_name)
            if user.id != session.user_id:
                self._s.require(Permission.USERS)
        if not user.active:
            raise ValidationError(
                QT_TR_NOOP("{name}'s account is switched off; it cannot have a token."), name=user.name
            )
        secret = tokens.new_secret()
        now = self._s.real_now()
        store = self._s.store
        with store.write_transaction():
            token = store.tokens.add(user.id, tokens.digest(secret), now, now + timedelta(days=lasting))
            self._s.record("create", "access_token", token.id, None, _values(token, self._s))
        return NewToken(token, tokens.compose(token.id, secret))

    def list(self, user_name: str | None = None) -> list[AccessToken]:
        """A manager's: everyone's (or ``user_name``'s); anyone else's: their own."""
        session = self._me()
        if user_name is not None:
            user = self._s.users.by_name(user_name)
            if user.id != session.user_id:
                self._s.require(Permission.USERS)
            return self._s.store.tokens.list(user.id)
        if self._s.may(Permission.USERS):
            return self._s.store.tokens.list()
        if session.user_id is None:
            return []
        return self._s.store.tokens.list(session.user_id)

    def revoke(self, token_id: int) -> AccessToken:
        """Revoke a token: one's own, or anyone's as a manager. Revoking it again changes nothing."""
        session = self._me()
        store = self._s.store
        with store.write_transaction():
            token = store.tokens.get(token_id)
            if token.user_id != session.user_id and not self._s.may(Permission.USERS):
                raise NotFoundError(  # not theirs
                    QT_TR_NOOP("There is no access token with id {id}."), id=token_id
                )
            if token.revoked_at is None:
                store.tokens.revoke(token_id, self._s.real_now())
                after = store.tokens.get(token_id)
                self._s.record("revoke", "access_token", token_id, None, _values(after, self._s))
                token = after
        return token

    def sign_in(self, text: str) -> Session:
        """Make the services' session the token's account, as the account is now. Refused with
        SignInError (unknown, wrong, expired or revoked token; switched-off account)."""
        self._s.audit_keys.require_key_here()  # as a password's sign-in: none where the key is not
        parsed = tokens.parse(text)
        found = self._s.store.tokens.with_account(parsed[0]) if parsed is not None else None
        stored = found[1] if found is not None else _NO_DIGEST
        right = tokens.matches(stored, parsed[1] if parsed is not None else "")
        if found is None or not right:
            raise SignInError(tokens.NOT_A_TOKEN)
        token, _, user, password_hash = found
        now = self._s.real_now()
        state = token.state(now)
        if state != "active":
            when = token.revoked_at if state == "revoked" else token.expires_at
            assert when is not None
            raise SignInError(
                QT_TR_NOOP(
                    "That access token was revoked on {when}; create a new one with `users token create`."
                )
                if state == "revoked"
                else QT_TR_NOOP(
                    "That access token expired on {when}; create a new one with `users token create`."
                ),
                when=f"{self._s.time.to_local(when):%Y-%m-%d %H:%M}",
            )
        if not user.active:
            raise SignInError(
                QT_TR_NOOP("{name}'s account is switched off. A manager can switch it on again."),
                name=user.name,
            )
        # The account's audited role, as a password's sign-in acts with (services/users.py): one
        # changed in the database behind the software's back is refused, its tokens with it.
        role = self._s.users.audited_role(user, password_hash)
        session = Session(
            name=user.name, role=role, user_id=user.id, provider_id=user.provider_id, token_id=token.id
        )
        self._s.session = session
        return session


def _values(token: AccessToken, services: ClinicServices) -> dict[str, object]:
    """What the audit trail keeps of a token (never its secret nor its digest)."""
    values: dict[str, object] = {"user": token.user_name, "expires": services.time.iso(token.expires_at)}
    if token.revoked_at is not None:
        values["revoked"] = services.time.iso(token.revoked_at)
    return values
