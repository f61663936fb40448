"""Opening the clinic database: one function, SQLite or PostgreSQL, one code path above it.

``open_database`` takes what a person or script gives (a file path, ``sqlite:///path`` or
``postgresql://user:pass@host/name``), opens it, binds the models' proxy to it, and returns it.
SQLite is tuned for a desktop that reads while it writes: WAL (readers never wait for the writer),
foreign keys enforced, a busy timeout so a second workstation waits instead of failing, and
``synchronous=NORMAL``, which in WAL mode is durable against application crashes and fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from peewee import Database, InterfaceError, OperationalError, PostgresqlDatabase, SqliteDatabase

from clinic_desktop import private_files
from clinic_desktop.domain.errors import ClinicError, DatabaseUnavailableError, SchemaError, ValidationError
from clinic_desktop.domain.words import QT_TR_NOOP
from clinic_desktop.store.faults import ClinicSqliteDatabase
from clinic_desktop.store.location import DEFAULT_FILENAME as DEFAULT_FILENAME  # declared in location.py
from clinic_desktop.store.location import ENV_VAR as ENV_VAR
from clinic_desktop.store.location import DatabaseLocation as DatabaseLocation
from clinic_desktop.store.location import default_database_path as default_database_path
from clinic_desktop.store.location import redact_password as redact_password
from clinic_desktop.store.location import resolve_location as resolve_location
from clinic_desktop.store.models import _DRIVER_ERRORS_AS_PEEWEES
from clinic_desktop.store.models import db as database_proxy
from clinic_desktop.store.prepared import PreparedStatements

BUSY_TIMEOUT_MS = 5000

SQLITE_PRAGMAS: dict[str, object] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "synchronous": 1,  # NORMAL
    "cache_size": -32_000,  # 32 MB page cache
    "temp_store": 2,  # MEMORY
}


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
                    QT_TR_NOOP("The database at {display} could not be opened: {problem}."),
                    display=location.display,
                    problem=str(exc.strerror or exc),
                ) from exc
        database = ClinicSqliteDatabase(
            str(location.path), pragmas=SQLITE_PRAGMAS, timeout=BUSY_TIMEOUT_MS / 1000
        )
    else:
        database = _open_postgresql(location)
    database_proxy.initialize(database)
    try:
        database.connect(reuse_if_open=True)
    except ClinicError:  # unreachable server, damaged file, full disk: already said in words
        raise
    except Exception as exc:  # the driver's own error types differ per engine
        raise SchemaError(
            QT_TR_NOOP("The database at {display} could not be opened: {problem}"),
            display=location.display,
            problem=str(exc),
        ) from exc
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
        raise ValidationError(
            QT_TR_NOOP("'{display}' names no database. Write postgresql://user@host/name."),
            display=location.display,
        )
    try:
        import psycopg2  # noqa: F401
    except ImportError as exc:
        raise SchemaError(
            QT_TR_NOOP("This installation has no PostgreSQL driver; use a SQLite file or install psycopg2.")
        ) from exc
    # peewee 3 left a failed statement outside a transaction in an aborted transaction unless told
    # to roll back; peewee 4 always does (and warns that the option is gone). Its version as the
    # module says it: importlib.metadata would cost a command a twentieth of a second.
    import peewee

    extra: dict[str, Any] = (
        {"autorollback": True} if str(getattr(peewee, "__version__", "")).startswith("3.") else {}
    )
    return ClinicPostgresqlDatabase(
        name,
        user=parts.username,
        password=parts.password,
        host=parts.hostname,
        port=parts.port or 5432,
        # Prepared statements (store/prepared.py) are planned once, for any values: no other
        # statement is concerned by this setting (PostgreSQL 12 and later).
        options="-c plan_cache_mode=force_generic_plan",
        **extra,
    )


# SQLSTATEs of a connection that is gone, not of a statement refused: class 08 (connection exception)
# and the server ending or refusing sessions: 57P01 admin shutdown (pg_terminate_backend, a fast
# stop), 57P02 crash shutdown, 57P03 cannot connect now (starting up, shutting down), 57P05 an idle
# session timed out. (PostgreSQL documentation, Appendix A "PostgreSQL Error Codes".)
LOST_STATES = ("57P01", "57P02", "57P03", "57P05")


@lru_cache(maxsize=1)
def _driver_types() -> tuple[type[BaseException], tuple[type[BaseException], ...], dict[type, str]]:
    """psycopg2's base error, the plain error classes libpq's own failures are raised as (no
    SQLSTATE: OperationalError, InterfaceError), and the SQLSTATE of each psycopg2.errors class
    that means a lost connection; imported when first needed (a SQLite clinic never loads it)."""
    import psycopg2
    from psycopg2 import errors

    codes: dict[type, str] = {}
    for code in ("08000", "08001", "08003", "08004", "08006", "08007", "08P01", *LOST_STATES):
        with suppress(KeyError):
            codes[errors.lookup(code)] = code
    return psycopg2.Error, (psycopg2.OperationalError, psycopg2.InterfaceError), codes


def driver_exception(exc: BaseException) -> BaseException | None:
    """The psycopg2 error behind ``exc``: itself, or the one peewee wrapped (kept as ``orig``, and
    as the context; a failed reconnect inside a statement is wrapped twice)."""
    base, _, _ = _driver_types()
    seen: set[int] = set()
    todo: list[object] = [exc]
    while todo:
        candidate = todo.pop(0)
        if not isinstance(candidate, BaseException) or id(candidate) in seen:
            continue
        seen.add(id(candidate))
        if isinstance(candidate, base):
            return candidate
        todo.extend(
            (getattr(candidate, "orig", None), *candidate.args, candidate.__cause__, candidate.__context__)
        )
    return None


def connection_lost(exc: BaseException, connection: Any = None) -> bool:
    """Whether ``exc`` says the connection to the server is gone (a restart, a network drop, the
    backend terminated) rather than that a statement was refused. Decided by the connection's state
    (psycopg2 marks a connection whose server went away ``closed``), then by the error's SQLSTATE
    (its pgcode, or the one its psycopg2.errors class stands for: class 08, LOST_STATES), and
    without one by its type: libpq's own failures, where no server answered, are raised as the
    driver's plain OperationalError or InterfaceError ("connection already closed"). Never by its
    words, which change with the server's version and language."""
    if connection is not None and getattr(connection, "closed", False):
        return True
    driver = driver_exception(exc)
    if driver is None:
        return False
    _, without_state, codes = _driver_types()
    code = getattr(driver, "pgcode", None) or codes.get(type(driver))
    if code:
        return code.startswith("08") or code in LOST_STATES
    return type(driver) in without_state


class ClinicPostgresqlDatabase(PreparedStatements, PostgresqlDatabase):
    """PostgreSQL that says so when the server is gone: every way peewee reaches the driver
    (connecting, a statement, BEGIN, COMMIT) raises DatabaseUnavailableError for a lost or refused
    connection (a message for the desk, not a driver's traceback), and drops the dead connection
    so that the next statement connects again. Inside a transaction its end drops it (the server
    has already rolled back what the lost connection did).

    A connection the server ended while it sat idle (a restart over lunch) is found dead only when
    it is next used. Where nothing has been done on it yet, the work starts again once on a new
    connection instead of being refused: BEGIN, and a statement outside any transaction that only
    reads. Anything else (a statement inside a transaction, COMMIT, a write) is refused."""

    def connect(self, reuse_if_open: bool = False) -> bool:
        try:
            return bool(super().connect(reuse_if_open))
        except (OperationalError, InterfaceError) as exc:
            if not connection_lost(exc):
                raise
            raise DatabaseUnavailableError(str(driver_exception(exc))) from exc

    def execute_sql(self, sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        ahead = self._take_ahead()
        if ahead is not None:  # in one round trip: what waits (BEGIN, a lock), then this statement
            ahead_sql, ahead_params, opens = ahead
            sql, params = f"{ahead_sql}; {sql}", [*ahead_params, *(params or ())]
            if opens:
                return self._first_of_transaction(sql, params, *args, **kwargs)
        try:
            return super().execute_sql(sql, params, *args, **kwargs)
        except (OperationalError, InterfaceError) as exc:
            self._refuse_unless_lost(exc)
            if self.in_transaction() or not self.only_reads(sql):
                raise DatabaseUnavailableError(str(driver_exception(exc) or exc)) from exc
        sql = self.with_preparations(sql)  # a new connection: it prepares what the statement runs
        try:
            cursor = super().execute_sql(sql, params, *args, **kwargs)
            self.note_prepared(sql)
            return cursor
        except (OperationalError, InterfaceError) as again:
            self._refuse_unless_lost(again)
            raise DatabaseUnavailableError(str(driver_exception(again) or again)) from again

    def begin(self, isolation_level: Any = None, then: str | None = None) -> None:
        """BEGIN, at ``isolation_level`` if given, with ``then`` (a statement of the transaction's
        own, such as NOTIFY): not sent on its own but with the transaction's first statement, in
        the same round trip (execute_sql). Each round trip is a wait on the network: a read
        transaction once took three (BEGIN, SET TRANSACTION, its statement) where it now takes one
        for its first statement (store/repositories.py; tests/services/test_round_trips.py counts
        them). A transaction that sends nothing sends no BEGIN and no COMMIT either."""
        statement = f"BEGIN TRANSACTION ISOLATION LEVEL {isolation_level}" if isolation_level else "BEGIN"
        if then:
            statement = f"{statement}; {then}"
        if self.is_closed():  # connected now: peewee's connecting forgets the transactions it holds
            self.connect()
        self._state.ahead = [(statement, ())]

    def execute_with_next(self, sql: str, params: Sequence[Any] = ()) -> None:
        """Send ``sql``, a statement whose answer nobody reads (an advisory lock taken), with the
        transaction's next statement, ahead of it in the same round trip: the server runs it
        first, and the next statement's snapshot is taken after it (READ COMMITTED), as when it
        was sent on its own, one round trip earlier. Inside a transaction only; its end (or a
        cursor taken for other work) sends what still waits first."""
        if not self.in_transaction():
            raise RuntimeError("a statement is sent ahead of the next one inside a transaction")
        self._waiting().append((sql, tuple(params)))

    def _waiting(self) -> list[tuple[str, tuple[Any, ...]]]:
        state = self._state
        if getattr(state, "ahead", None) is None:
            state.ahead = []
        waiting: list[tuple[str, tuple[Any, ...]]] = state.ahead
        return waiting

    def _take_ahead(self) -> tuple[str, list[Any], bool] | None:
        """What waits to go ahead of the next statement (this thread's): its SQL, its parameters,
        and whether it opens the transaction (BEGIN); None when nothing waits."""
        waiting = self._waiting()
        if not waiting:
            return None
        self._state.ahead = []
        sql = "; ".join(part for part, _ in waiting)
        return sql, [value for _, values in waiting for value in values], sql.startswith("BEGIN")

    def cursor(self, named_cursor: Any = None) -> Any:
        """A cursor for code that uses one itself (the bulk writes): what waits to go ahead of the
        next statement (BEGIN, a lock) goes first, on its own."""
        cursor = super().cursor(named_cursor)
        ahead = self._take_ahead()
        if ahead is not None:
            with _DRIVER_ERRORS_AS_PEEWEES:
                cursor.execute(ahead[0], ahead[1])
        return cursor

    def _first_of_transaction(self, sql: str, *args: Any, **kwargs: Any) -> Any:
        """The transaction's first statement after its BEGIN, in one round trip. Where the
        connection turns out lost, nothing of the transaction had reached the server (or the
        server rolled it back): both are sent again once on a new connection, as BEGIN alone
        once was (an idle connection the server ended over lunch is found dead only here)."""
        try:
            return super().execute_sql(sql, *args, **kwargs)
        except (OperationalError, InterfaceError) as exc:
            if not connection_lost(exc, self._connection()):
                raise
        self._connect_again()
        sql = self.with_preparations(sql)  # a new connection: it prepares what the statement runs
        try:
            cursor = super().execute_sql(sql, *args, **kwargs)
            self.note_prepared(sql)
            return cursor
        except (OperationalError, InterfaceError) as again:
            self._refuse_unless_lost(again)
            raise DatabaseUnavailableError(str(driver_exception(again) or again)) from again

    def _connect_again(self) -> None:
        """Drop this thread's dead connection and connect anew, keeping peewee's open transaction:
        nothing of it had reached the server (its BEGIN was sent with the statement that failed)."""
        state = self._state
        kept = (state.transactions, getattr(state, "commit_callbacks", []))
        with suppress(Exception):
            state.conn.close()
        state.closed, state.conn = True, None
        try:
            self.connect()
        finally:
            state.transactions, state.commit_callbacks = kept

    def _refuse_unless_lost(self, exc: BaseException) -> None:
        """Raise ``exc`` again unless it says the connection is lost; if it does, drop the
        connection (outside a transaction; see forget_connection)."""
        if not connection_lost(exc, self._connection()):
            raise exc
        forget_connection(self)

    def commit(self) -> None:
        """COMMIT on a connection that is lost: the server may have committed just before the
        connection went, so the message does not say that nothing was saved. A transaction that
        sent nothing (its BEGIN still to be sent) has nothing to commit: nothing is sent. What
        waits to go ahead of a next statement that never came (the audit entry appended last, a
        lock) goes with the COMMIT, in its round trip: a failure there rolls the whole back."""
        ahead = self._take_ahead()
        if ahead is not None and ahead[2]:
            return
        try:
            if ahead is None:
                super().commit()
            else:  # what waits (an audit entry, a lock) goes with the COMMIT, in its round trip
                with _DRIVER_ERRORS_AS_PEEWEES:
                    self.cursor().execute(f"{ahead[0]}; COMMIT", ahead[1])
        except (OperationalError, InterfaceError) as exc:
            if not connection_lost(exc, self._connection()):
                raise
            raise DatabaseUnavailableError(str(driver_exception(exc) or exc), at_commit=True) from exc

    def rollback(self) -> None:
        """ROLLBACK where the connection is gone has nothing to undo (the server rolls back a
        transaction whose connection ends): the connection is dropped, and the error that ended
        the transaction is the one reported. A transaction that sent nothing has nothing to undo."""
        ahead = self._take_ahead()
        if ahead is not None and ahead[2]:
            return
        connection = self._connection()
        if connection is None:  # none could be made again (_connect_again): nothing is open
            return
        if getattr(connection, "closed", False):
            forget_connection(self)
            return
        try:
            super().rollback()
        except (OperationalError, InterfaceError) as exc:
            if not connection_lost(exc, self._connection()):
                raise
            forget_connection(self)

    def _connection(self) -> Any:
        """This thread's driver connection, or None when it has none open."""
        state = self._state
        return None if state.closed else state.conn


def forget_connection(database: Database) -> None:
    """Drop this thread's connection, dead or alive, without talking to the server. Inside a
    transaction nothing is dropped: peewee still counts the transaction open, and its end (a
    rollback, see ClinicPostgresqlDatabase.rollback) drops the connection."""
    if database.in_transaction():
        return
    try:
        database.close()
    except Exception:  # a connection that cannot even be closed: forget it instead
        database._state.reset()  # type: ignore[attr-defined]


def is_sqlite(database: Database) -> bool:
    return isinstance(database, SqliteDatabase)
