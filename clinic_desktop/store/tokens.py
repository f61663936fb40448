"""Personal access tokens at rest: their digests, owners, expiry and revocation (domain/tokens.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from clinic_desktop.domain.errors import NotFoundError
from clinic_desktop.domain.tokens import AccessToken
from clinic_desktop.domain.users import UserAccount
from clinic_desktop.domain.words import QT_TR_NOOP
from clinic_desktop.store import models as m
from clinic_desktop.store.audit import user_account


def _token(row: Any, user_name: str) -> AccessToken:
    return AccessToken(
        id=int(row.id),
        user_id=int(row.user_id),
        user_name=user_name,
        created_at=row.created_at,
        expires_at=row.expires_at,
        revoked_at=row.revoked_at,
        last_used_at=row.last_used_at,
    )


class TokenRecords:
    def add(self, user_id: int, digest: str, created_at: datetime, expires_at: datetime) -> AccessToken:
        row = m.AccessToken.create(user=user_id, digest=digest, created_at=created_at, expires_at=expires_at)
        return self.get(int(row.id))

    def get(self, token_id: int) -> AccessToken:
        found = self.with_account(token_id)
        if found is None:
            raise NotFoundError(QT_TR_NOOP("There is no access token with id {id}."), id=token_id)
        return found[0]

    def with_account(self, token_id: int) -> tuple[AccessToken, str, UserAccount, str] | None:
        """The token, its digest, its account as it is now and the account's password hash (the
        sign-in compares the account with its audited state), in one statement (signing a command
        in by token reads nothing else of the accounts); None for an unknown id."""
        row = (
            m.AccessToken.select(m.AccessToken, m.UserAccount)
            .join(m.UserAccount)
            .where(m.AccessToken.id == token_id)
            .first()
        )
        if row is None:
            return None
        account = row.user
        user = user_account(account)
        return _token(row, user.name), str(row.digest), user, str(account.password_hash)

    def list(self, user_id: int | None = None) -> list[AccessToken]:
        """Every token (or one user's), newest first."""
        query = (
            m.AccessToken.select(m.AccessToken, m.UserAccount.id, m.UserAccount.name)
            .join(m.UserAccount)
            .order_by(m.AccessToken.id.desc())
        )
        if user_id is not None:
            query = query.where(m.AccessToken.user == user_id)
        return [_token(row, str(row.user.name)) for row in query]

    def revoke(self, token_id: int, at: datetime) -> None:
        m.AccessToken.update(revoked_at=at).where(
            (m.AccessToken.id == token_id) & m.AccessToken.revoked_at.is_null()
        ).execute()

    def used(self, token_id: int, at: datetime) -> None:
        m.AccessToken.update(last_used_at=at).where(m.AccessToken.id == token_id).execute()
