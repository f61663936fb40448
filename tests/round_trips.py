"""Counting what a use case sends to the database: every statement, and every round trip.

peewee sends everything through a cursor of its connection (statements, and BEGIN, COMMIT,
ROLLBACK, SAVEPOINT: it runs the drivers in autocommit mode and sends those itself), so a cursor
that counts its ``execute`` calls counts every round trip to a PostgreSQL server (psycopg2's
client-side cursors fetch a statement's rows with its answer) and every statement SQLite runs.
``statements`` leaves out the transaction control; ``round_trips`` counts all of it.

benchmarks/bench.py prints the same counts for the 50,000-patient clinic; tests pin them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from peewee import Database

CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


@dataclass
class Sent:
    """What was sent, in order: (sql, parameters)."""

    calls: list[str] = field(default_factory=list)

    @property
    def round_trips(self) -> int:
        return len(self.calls)

    @property
    def statements(self) -> int:
        return sum(1 for sql in self.calls if not sql.lstrip().upper().startswith(CONTROL))

    @property
    def control(self) -> list[str]:
        return [sql.strip().rstrip(";") for sql in self.calls if sql.lstrip().upper().startswith(CONTROL)]

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
