"""Where the clinic database is: --db, CLINIC_DB or the default file, read without opening it.

Apart from store/connection.py so that the window's start (app.py) can tell a new database file
before the sign-in dialog without loading the database driver and the models (issue 22).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.words import QT_TR_NOOP

ENV_VAR = "CLINIC_DB"
DEFAULT_FILENAME = "clinic.db"


@dataclass(frozen=True)
class DatabaseLocation:
    """Where the database is: a SQLite file (``path``) or a server URL (``url``)."""

    kind: str  # "sqlite" or "postgresql"
    path: Path | None = None
    url: str | None = None

    @property
    def display(self) -> str:
        """The location as shown to people and in `info`: never with a password."""
        if self.kind == "sqlite":
            return str(self.path)
        assert self.url is not None
        return redact_password(self.url)


def default_database_path() -> Path:
    """The user's data directory (platformdirs), e.g. ~/.local/share/clinic-desktop/clinic.db."""
    from platformdirs import user_data_path

    return user_data_path("clinic-desktop", appauthor=False) / DEFAULT_FILENAME


def resolve_location(value: str | None) -> DatabaseLocation:
    """Interpret --db / CLINIC_DB / the default, in that order."""
    text = (value if value else os.environ.get(ENV_VAR, "")).strip()
    if not text:
        return DatabaseLocation("sqlite", path=default_database_path())
    lowered = text.lower()
    if lowered.startswith(("postgresql://", "postgres://")):
        return DatabaseLocation("postgresql", url=text)
    if lowered.startswith("sqlite://"):
        rest = text[len("sqlite://") :]
        if not rest.startswith("/") or rest == "/":
            raise ValidationError(
                QT_TR_NOOP("'{text}' is not a SQLite URL. Write sqlite:///path/to/clinic.db."), text=text
            )
        # As in SQLAlchemy and peewee: sqlite:///relative.db, sqlite:////absolute/path.db
        return DatabaseLocation("sqlite", path=Path(rest[1:]))
    if "://" in text:
        raise ValidationError(
            QT_TR_NOOP(
                "'{text}' is not a database this software opens. "
                "Give a file path, sqlite:///path or postgresql://user@host/name."
            ),
            text=redact_password(text),
        )
    return DatabaseLocation("sqlite", path=Path(text).expanduser())


def redact_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc[1]}"))
