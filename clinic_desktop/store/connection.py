"""Opening the clinic database: one function, SQLite or PostgreSQL, one code path above it.

``open_database`` takes what a person or script gives (a file path, ``sqlite:///path`` or
``postgresql://user:pass@host/name``), opens it, binds the models' proxy to it, and returns it.
SQLite is tuned for a desktop that reads while it writes: WAL (readers never wait for the writer),
foreign keys enforced, a busy timeout so a second workstation waits instead of failing, and
``synchronous=NORMAL``, which in WAL mode is durable against application crashes and fast.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from peewee import Database, InterfaceError, OperationalError, PostgresqlDatabase, SqliteDatabase

from clinic_desktop import private_files
from clinic_desktop.domain.errors import ClinicError, DatabaseUnavailableError, SchemaError, ValidationError
from clinic_desktop.store.faults import ClinicSqliteDatabase
from clinic_desktop.store.models import db as database_proxy

ENV_VAR = "CLINIC_DB"
DEFAULT_FILENAME = "clinic.db"
BUSY_TIMEOUT_MS = 5000

SQLITE_PRAGMAS: dict[str, object] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "synchronous": 1,  # NORMAL
    "cache_size": -32_000,  # 32 MB page cache
    "temp_store": 2,  # MEMORY
}


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
            raise ValidationError(f"'{text}' is not a SQLite URL. Write sqlite:///path/to/clinic.db.")
        # As in SQLAlchemy and peewee: sqlite:///relative.db, sqlite:////absolute/path.db
        return DatabaseLocation("sqlite", path=Path(rest[1:]))
    if "://" in text:
        raise ValidationError(
            f"'{redact_password(text)}' is not a database this software opens. "
            "Give a file path, sqlite:///path or postgresql://user@host/name."
        )
    return DatabaseLocation("sqlite", path=Path(text).expanduser())


def redact_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc[1]}"))


def open_database(value: str | None = None) -> tuple[Database, DatabaseLocation]:
    """Open (creating a SQLite file if needed) and bind the models to it."""
    location = resolve_location(value)
    database: Database
    if location.kind == "sqlite":
        assert location.path is not None
        if str(location.path) != ":memory:":
            try:
                _private_database_file(location.path)
            except OSError as exc:
                raise SchemaError(
                    f"The database at {location.display} could not be opened: {exc.strerror or exc}."
                ) from exc
        database = ClinicSqliteDatabase(
            str(location.path), pragmas=SQLITE_PRAGMAS, timeout=BUSY_TIMEOUT_MS / 1000
        )
    else:
        database = _open_postgresql(location)
    database_proxy.initialize(database)
    try:
        database.connect(reuse_if_open=True)
    except ClinicError:  # a damaged file, a full disk: already said in words
        raise
    except Exception as exc:  # the driver's own error types differ per engine
        raise SchemaError(f"The database at {location.display} could not be opened: {exc}") from exc
    return database, location


def _private_database_file(path: Path) -> None:
    """The database file, owner-only before SQLite opens it: SQLite creates a new file (and its
    -wal, -shm, -journal, which take the database file's mode) readable by everyone under the
    usual umask 022. A missing folder is made 0700; a file from an older version, or copied with
    a wider mode, is made owner-only (clinic_desktop.private_files)."""
    private_files.make_folder(path.parent)
    if path.is_file():
        private_files.restrict_database(path)
    elif not path.exists():
        private_files.create_file(path)


def _open_postgresql(location: DatabaseLocation) -> Database:
    assert location.url is not None
    parts = urlsplit(location.url)
    name = parts.path.lstrip("/")
    if not name:
        raise ValidationError(f"'{location.display}' names no database. Write postgresql://user@host/name.")
    try:
        import psycopg2  # noqa: F401
    except ImportError as exc:
        raise SchemaError(
            "This installation has no PostgreSQL driver; use a SQLite file or install psycopg2."
        ) from exc
    # peewee 3 left a failed statement outside a transaction in an aborted transaction unless told
    # to roll back; peewee 4 always does (and warns that the option is gone).
    extra: dict[str, Any] = {"autorollback": True} if version("peewee").startswith("3.") else {}
    return ClinicPostgresqlDatabase(
        name,
        user=parts.username,
        password=parts.password,
        host=parts.hostname,
        port=parts.port or 5432,
        **extra,
    )


LOST_CONNECTION = ("server closed the connection", "terminating connection", "connection already closed",
                   "could not connect", "connection refused", "no connection to the server",
                   "ssl connection has been closed", "connection timed out")  # fmt: skip


def connection_lost(exc: BaseException) -> bool:
    """The driver's words for a connection that is gone (not a refusal of what was asked)."""
    text = str(exc).lower()
    return any(words in text for words in LOST_CONNECTION)


class ClinicPostgresqlDatabase(PostgresqlDatabase):
    """PostgreSQL that says so when the server is gone: a statement whose connection was lost
    raises DatabaseUnavailableError (a message for the desk, not a driver's traceback), and outside
    a transaction the dead connection is dropped at once so the next statement connects again
    (inside one, Store's transactions drop it when they unwind)."""

    def execute_sql(self, sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().execute_sql(sql, params, *args, **kwargs)
        except (OperationalError, InterfaceError) as exc:
            if not connection_lost(exc):
                raise
            if not self.in_transaction():
                forget_connection(self)
            raise DatabaseUnavailableError(str(exc)) from exc


def forget_connection(database: Database) -> None:
    """Drop this thread's connection, dead or alive, without talking to the server."""
    try:
        database.close()
    except Exception:  # a dead connection in the middle of a transaction: forget it instead
        database._state.reset()  # type: ignore[attr-defined]


def is_sqlite(database: Database) -> bool:
    return isinstance(database, SqliteDatabase)
