"""Counting what a use case sends to the database: every statement, and every round trip.

peewee sends everything through a cursor of its connection (statements, and BEGIN, COMMIT,
ROLLBACK, SAVEPOINT: it runs the drivers in autocommit mode and sends those itself), so a cursor
that counts its ``execute`` calls counts every round trip to a PostgreSQL server (psycopg2's
client-side cursors fetch a statement's rows with its answer) and every statement SQLite runs.
One call may carry several statements (PostgreSQL's BEGIN and NOTIFY go with a transaction's
first statement: store/connection.py): ``statements`` counts each of them but the transaction
control (BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE, and the NOTIFY sent with BEGIN) and the
PREPARE sent with a prepared statement's first EXECUTE; ``round_trips`` counts the calls.

benchmarks/bench.py prints the same counts for the 50,000-patient clinic; tests pin them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from peewee import Database

CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "NOTIFY")


def _parts(sql: str) -> list[str]:
    """The statements of one call (the project's SQL has no ';' inside its text: values are
    parameters)."""
    return [part.strip() for part in sql.split(";") if part.strip()]


def _is_control(part: str) -> bool:
    return part.upper().startswith(CONTROL)


@dataclass
class Sent:
    """What was sent, in order: (sql, parameters)."""

    calls: list[str] = field(default_factory=list)

    @property
    def round_trips(self) -> int:
        return len(self.calls)

    @property
    def statements(self) -> int:
        """A PostgreSQL statement prepared the first time it runs (store/prepared.py) is one
        statement, its PREPARE and EXECUTE."""
        return sum(
            1
            for sql in self.calls
            for part in _parts(sql)
            if not _is_control(part) and not part.upper().startswith("PREPARE ")
        )

    @property
    def control(self) -> list[str]:
        """Each call's transaction control, its statements left out ("BEGIN; NOTIFY clinic_changes"
        for a first statement sent with its BEGIN)."""
        found = ["; ".join(p for p in _parts(sql) if _is_control(p)) for sql in self.calls]
        return [c for c in found if c]

    def describe(self) -> str:
        return "\n".join(f"  {i + 1:3}. {' '.join(sql.split())[:150]}" for i, sql in enumerate(self.calls))


class _CountingCursor:
    def __init__(self, cursor: Any, sent: Sent) -> None:
        self._cursor = cursor
        self._sent = sent

    def execute(self, sql: Any, params: Any = None, *rest: Any) -> Any:
        self._sent.calls.append(str(sql))
        if params is None:
            return self._cursor.execute(sql, *rest)
        return self._cursor.execute(sql, params, *rest)

    def executemany(self, sql: Any, rows: Any) -> Any:
        self._sent.calls.append(str(sql))
        return self._cursor.executemany(sql, rows)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._cursor)


@contextmanager
def counting(database: Database) -> Iterator[Sent]:
    """Count what ``database`` sends from the calling code while the block runs."""
    sent = Sent()
    original = database.cursor

    def cursor(*args: Any, **kwargs: Any) -> Any:
        return _CountingCursor(original(*args, **kwargs), sent)

    database.cursor = cursor  # type: ignore[method-assign]
    try:
        yield sent
    finally:
        del database.cursor  # back to the class's method
