"""Server-side prepared statements on PostgreSQL, for the statements a desk sends all day (issue 22).

PostgreSQL parses and plans every statement it is sent; for a booking's checks that is most of
the server's work (the check for clashes planned in 0.4 ms and ran in 0.1: the appointment
table's many indexes, its partial ones among them, are weighed each time). A statement sent with
``execute_prepared`` is prepared on the connection the first time (PREPARE goes with that first
EXECUTE, in its round trip) and afterwards only EXECUTEd with its values, on a generic plan made
once (the connection is opened with plan_cache_mode = force_generic_plan, which concerns prepared
statements alone: store/connection.py). SQLite's driver keeps its own compiled statements, so
there it is an ordinary statement (store/models.py, execute_prepared).

Each connection knows what it has prepared (this thread's connection, peewee's state); a
connection that is made again after one was lost prepares them again: where a statement is sent
again on a new connection (ClinicPostgresqlDatabase's retries), the PREPAREs it relies on go with
it. A PREPARE outlives a rolled-back transaction, so after a failed first EXECUTE its name is not
used again on that connection (a new one is made). Only statements the project writes itself, with
every parameter's type clear from where it stands, are sent this way."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import count
from typing import TYPE_CHECKING, Any

#: At most this many statements are prepared on one connection: one whose text varies with its
#: input (an IN list's length) adds one per shape, and the rest are sent as they are.
MOST_PREPARED = 200
_PLACEHOLDER = re.compile(r"%%|%s")
_EXECUTE = re.compile(r"EXECUTE (clinic_\w+)")


def numbered(sql: str) -> str:
    """psycopg2's %s placeholders as PREPARE's $1, $2, ...; %% stays (psycopg2 makes it % when it
    fills in the EXECUTE's values)."""
    numbers = count(1)

    def placeholder(found: re.Match[str]) -> str:
        return found.group() if found.group() == "%%" else f"${next(numbers)}"

    return _PLACEHOLDER.sub(placeholder, sql)


@lru_cache(maxsize=1024)
def _digest(sql: str) -> str:
    return hashlib.sha1(sql.encode(), usedforsecurity=False).hexdigest()[:16]


class PreparedStatements:
    """A mixin of ClinicPostgresqlDatabase (it needs peewee's ``_state``, ``execute_sql``,
    ``is_closed``, ``connect`` and ``in_transaction``)."""

    _state: Any
    #: "PREPARE name AS ..." by name, for any connection (each prepares its own)
    _preparing: dict[str, str]
    if TYPE_CHECKING:

        def execute_sql(self, sql: str, params: Any = None) -> Any: ...

    def execute_prepared(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run ``sql`` (with %s placeholders) as a prepared statement of this thread's connection."""
        if not hasattr(self, "_preparing"):
            self._preparing = {}
        values = list(params)
        known = self._prepared_here()
        name = self._name(sql)
        call = f"EXECUTE {name}" + (f" ({', '.join(['%s'] * len(values))})" if values else "")
        if name in known:
            return self.execute_sql(call, values)
        if len(known) >= MOST_PREPARED:
            return self.execute_sql(sql, values)
        self._preparing[name] = f"PREPARE {name} AS {numbered(sql)}"
        try:
            cursor = self.execute_sql(f"{self._preparing[name]}; {call}", values)
        except BaseException:
            self._state.prepared_round = getattr(self._state, "prepared_round", 0) + 1
            raise
        self._prepared_here().add(name)  # (the connection may be a new one: see with_preparations)
        return cursor

    def _name(self, sql: str) -> str:
        return f"clinic_{_digest(sql)}_{getattr(self._state, 'prepared_round', 0)}"

    def _prepared_here(self) -> set[str]:
        """The names prepared on this thread's connection as it is now."""
        state = self._state
        if not hasattr(state, "prepared") or state.prepared_on is not state.conn:
            state.prepared_on, state.prepared, state.prepared_round = state.conn, set(), 0
        known: set[str] = state.prepared
        return known

    def with_preparations(self, sql: str) -> str:
        """``sql`` as it must be sent on a new connection: with the PREPARE of every statement it
        EXECUTEs that it does not prepare itself, ahead of it (they are then known there)."""
        preparing = getattr(self, "_preparing", {})
        for name in dict.fromkeys(_EXECUTE.findall(sql)):
            if f"PREPARE {name} AS" not in sql and name in preparing:
                sql = sql.replace(f"EXECUTE {name}", f"{preparing[name]}; EXECUTE {name}", 1)
        return sql

    def note_prepared(self, sql: str) -> None:
        """``sql`` ran on this thread's connection: what it prepared is known there."""
        known = self._prepared_here()
        known.update(re.findall(r"PREPARE (clinic_\w+) AS", sql))

    def only_reads(self, sql: str) -> bool:
        """Whether ``sql`` changes nothing, so that sending it again cannot do anything twice: a
        SELECT, or the EXECUTE of a prepared SELECT."""
        text = sql.lstrip()
        found = _EXECUTE.match(text)
        if found is not None:
            text = getattr(self, "_preparing", {}).get(found.group(1), "").partition(" AS ")[2]
        if text.startswith("PREPARE "):
            text = text.partition(" AS ")[2].partition("; EXECUTE ")[0]
        return text.upper().startswith(("SELECT ", "SELECT\n", "SHOW "))
