"""Personal access tokens: how a script signs in without a person's password (issue 22).

A person's password is hashed with argon2id, deliberately slow (a fifth of a second) so that a
stolen database cannot be guessed through; a script that books five hundred follow-ups would
spend minutes signing in. A token is instead a random 256-bit secret (``secrets.token_urlsafe(32)``,
shown once), so nothing can be guessed and a fast digest (SHA-256) is enough to keep it: the
database holds the digest, never the secret. A token belongs to a user account and acts with
that account's role as it is when the token is used (an account switched off, or given another
role, takes its tokens with it), until it expires or is revoked.

The token a script is given reads ``cdt_<id>_<secret>``: the id finds the one row to compare
with, and the digests are compared in constant time (``hmac.compare_digest``), so the time a
refusal takes tells nothing about how much of a guessed secret was right.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime

from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.words import QT_TR_NOOP

PREFIX = "cdt"
SECRET_BYTES = 32  # 256 bits
DEFAULT_DAYS = 90
MAX_DAYS = 366
#: What a refused token is told, whatever the reason it does not sign in (unknown, wrong secret):
#: expired and revoked tokens are told so, since only their holder has them.
NOT_A_TOKEN = QT_TR_NOOP("That access token is not valid; create a new one with `users token create`.")


@dataclass(frozen=True)
class AccessToken:
    """A token as the clinic keeps it: whose, when made, until when, and whether revoked."""

    id: int
    user_id: int
    user_name: str
    created_at: datetime  # UTC
    expires_at: datetime
    revoked_at: datetime | None = None
    last_used_at: datetime | None = None  # the last write made with it

    def state(self, now: datetime) -> str:
        """'revoked', 'expired' or 'active'."""
        if self.revoked_at is not None:
            return "revoked"
        if now >= self.expires_at:
            return "expired"
        return "active"


def new_secret() -> str:
    return secrets.token_urlsafe(SECRET_BYTES)


def digest(secret: str) -> str:
    """What the database keeps of a secret: its SHA-256, in hex."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def matches(stored_digest: str, secret: str) -> bool:
    """Whether ``secret`` is the one whose digest is stored, compared in constant time."""
    return hmac.compare_digest(stored_digest.encode("ascii"), digest(secret).encode("ascii"))


def compose(token_id: int, secret: str) -> str:
    return f"{PREFIX}_{token_id}_{secret}"


def parse(text: str) -> tuple[int, str] | None:
    """(id, secret) of a token as given to a script; None for anything else."""
    prefix, _, rest = text.strip().partition("_")
    number, _, secret = rest.partition("_")
    if prefix != PREFIX or not number.isdigit() or not secret or len(number) > 18:
        return None
    return int(number), secret


def validate_days(days: int | None) -> int:
    """How long a new token lasts: DEFAULT_DAYS unless given, 1 to MAX_DAYS days."""
    if days is None:
        return DEFAULT_DAYS
    if not 1 <= days <= MAX_DAYS:
        raise ValidationError(
            QT_TR_NOOP("A token lasts 1 to {most} days; {days} is not possible."), most=MAX_DAYS, days=days
        )
    return days
