"""Faults of the database engine itself that a person can act on: a damaged database file, a full
disk.

Both reach the store as the driver's own exceptions, wherever they strike: at a statement, at a row
read later from its cursor, at COMMIT. SQLite says which by its result code (SQLITE_CORRUPT and
SQLITE_NOTADB: a page that does not read back as written; SQLITE_FULL: no room to write),
PostgreSQL by its SQLSTATE (XX001 data_corrupted, XX002 index_corrupted; 53100 disk_full), so they
are told apart by code, never by the driver's English. ``engine_fault`` gives the refusal for any of
them (DatabaseDamagedError, DiskFullError), or None for anything else.

On SQLite every cursor of the clinic's connections raises that refusal in place of the driver's
error (``FaultAwareConnection``), so a use case, the command line and the window all meet the same
plain message, whichever statement or row met the fault first. ``ClinicSqliteDatabase`` also
leaves alone a transaction that SQLite has already rolled back by itself, as it does when the disk
is full: rolling it back again fails ("cannot rollback - no transaction is active"), and that
second error used to be all a person saw.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from peewee import SqliteDatabase

from clinic_desktop.domain.errors import ClinicError, DatabaseDamagedError, DiskFullError, SchemaError
from clinic_desktop.domain.words import QT_TR_NOOP

if TYPE_CHECKING:
    from clinic_desktop.store.connection import DatabaseLocation

SQLITE_DAMAGED = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
PG_DAMAGED = frozenset({"XX001", "XX002"})  # data_corrupted, index_corrupted
PG_DISK_FULL = "53100"
SQLITE_HEADER = b"SQLite format 3\x00"


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception and those behind it: peewee re-raises the driver's error as its own (the
    driver's is its context), and a failed rollback hides the failure it was cleaning up after."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def engine_fault(exc: BaseException, location: DatabaseLocation | str) -> ClinicError | None:
    """The refusal for a damaged database or a full disk behind ``exc``; None for other failures.
    ``location``: the database (for the advice on restoring it)."""
    for cause in _causes(exc):
        if isinstance(cause, (DatabaseDamagedError, DiskFullError)):
            return cause
        code = getattr(cause, "sqlite_errorcode", None)
        if isinstance(code, int):
            primary = code & 0xFF  # the extended code's primary result code
            if primary == sqlite3.SQLITE_FULL:
                return DiskFullError()
            if primary == sqlite3.SQLITE_NOTADB and not _sqlite_file(location):
                return SchemaError(
                    QT_TR_NOOP(
                        "{file} is not a clinic database (it is not a SQLite database "
                        "file); it was left untouched."
                    ),
                    file=_display(location),
                )
            if primary in SQLITE_DAMAGED:
                return damaged(str(cause), location)
            continue
        state = getattr(cause, "pgcode", None) or getattr(cause, "sqlstate", None)
        if state == PG_DISK_FULL:
            return DiskFullError()
        if state in PG_DAMAGED:
            return damaged(str(cause).strip().splitlines()[0] if str(cause).strip() else state, location)
    return None


def _display(location: DatabaseLocation | str) -> str:
    return location if isinstance(location, str) else location.display


def _sqlite_file(location: DatabaseLocation | str) -> bool:
    """The file begins as every SQLite database does: one that does not was never one (a file
    given by mistake), rather than one damaged."""
    path = location if isinstance(location, str) else str(location.path or "")
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return True  # cannot tell: say what SQLite said


def damaged(detail: str, location: DatabaseLocation | str) -> DatabaseDamagedError:
    from clinic_desktop.store.backup import restore_advice  # store.backup imports connection

    return DatabaseDamagedError(detail, restore_advice(location))


# The driver's own methods, called directly: a row read through super() costs half as much again.
_EXECUTE, _EXECUTE_MANY, _EXECUTE_SCRIPT = (
    sqlite3.Cursor.execute,
    sqlite3.Cursor.executemany,
    sqlite3.Cursor.executescript,
)
_FETCH_ONE, _FETCH_MANY, _FETCH_ALL = (
    sqlite3.Cursor.fetchone,
    sqlite3.Cursor.fetchmany,
    sqlite3.Cursor.fetchall,
)
_NEXT = sqlite3.Cursor.__next__


class _FaultAwareCursor(sqlite3.Cursor):
    """A cursor whose damaged-file and full-disk errors are the refusals of ``engine_fault``, at
    the statement and at every row read after it (SQLite reads a damaged page only when a row
    needs it). Other errors pass through untouched."""

    def _fault(self, exc: sqlite3.DatabaseError) -> ClinicError | None:
        connection = self.connection
        return engine_fault(exc, getattr(connection, "path", "") or "")

    def execute(self, sql: str, parameters: Any = (), /) -> _FaultAwareCursor:
        try:
            return _EXECUTE(self, sql, parameters)
        except sqlite3.DatabaseError as exc:
            fault = self._fault(exc)
            if fault is None:
                raise
            raise fault from exc

    def executemany(self, sql: str, seq_of_parameters: Any, /) -> _FaultAwareCursor:
        try:
            return _EXECUTE_MANY(self, sql, seq_of_parameters)
        except sqlite3.DatabaseError as exc:
            fault = self._fault(exc)
            if fault is None:
                raise
            raise fault from exc

    def executescript(self, sql_script: str, /) -> sqlite3.Cursor:
        try:
            return _EXECUTE_SCRIPT(self, sql_script)
        except sqlite3.DatabaseError as exc:
            fault = self._fault(exc)
            if fault is None:
                raise
            raise fault from exc

    def fetchone(self) -> Any:
        try:
            return _FETCH_ONE(self)
        except sqlite3.DatabaseError as exc:
            fault = self._fault(exc)
            if fault is None:
                raise
            raise fault from exc

    def fetchmany(self, size: int | None = None) -> list[Any]:
        try:
            return _FETCH_MANY(self, self.arraysize if size is None else size)
        except sqlite3.DatabaseError as exc:
            fault = self._fault(exc)
            if fault is None:
                raise
            raise fault from exc

    def fetchall(self) -> list[Any]:
        try:
            return _FETCH_ALL(self)
        except sqlite3.DatabaseError as exc:
            fault = self._fault(exc)
            if fault is None:
                raise
            raise fault from exc

    def __next__(self) -> Any:
        try:
            return _NEXT(self)
        except sqlite3.DatabaseError as exc:
            fault = self._fault(exc)
            if fault is None:
                raise
            raise fault from exc


class FaultAwareConnection(sqlite3.Connection):
    """A SQLite connection whose cursors raise the engine's faults as refusals; it remembers its
    file, for the advice on restoring it."""

    def __init__(self, database: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(database, *args, **kwargs)
        self.path = str(database)

    def cursor(self, factory: Any = _FaultAwareCursor) -> Any:
        return super().cursor(factory)


class ClinicSqliteDatabase(SqliteDatabase):
    """The clinic's SQLite database: its connections are FaultAwareConnections, and a rollback
    (of the transaction, or to a savepoint) is skipped when SQLite has already rolled the whole
    transaction back by itself, so that the fault that made it do so is the one reported."""

    def __init__(self, database: Any, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("factory", FaultAwareConnection)
        super().__init__(database, *args, **kwargs)

    def _rolled_back_already(self) -> bool:
        return not self.is_closed() and not self.connection().in_transaction

    def rollback(self) -> None:
        if self._rolled_back_already():
            return
        super().rollback()

    def execute_sql(self, sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        if sql.startswith("ROLLBACK TO SAVEPOINT") and self._rolled_back_already():
            return None
        return super().execute_sql(sql, params, *args, **kwargs)
