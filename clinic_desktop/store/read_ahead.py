"""What a use case read ahead on PostgreSQL, in one round trip, for the reads it makes next (issue 22).

Each statement sent to a PostgreSQL server is a round trip: on a clinic's network a wait of its
own, and on the server's side the same work again (a booking's ten round trips cost it four times
SQLite's time, where the statements themselves took a tenth of it). A booking knows up front what
it will read (the patient, the provider, the appointment types, the provider's working time, the
bookings near the time asked, the patient's consents and invitations), so it reads all of it in
one statement (store/booking_reads.py) and keeps the answers here, one per question; the store's
reads then take their answer from here instead of asking the server (``take``), each once, exactly
as they would have found it. Anything not read ahead is read as before.

The answers belong to the write transaction that read them: this thread's, kept until the
transaction ends (Store.write_transaction forgets them), so no other transaction, and no later
one, can be answered from them. SQLite reads in its own process, at no such cost: nothing is read
ahead there."""

from __future__ import annotations

import threading
from collections.abc import Hashable
from typing import Any

MISSING: Any = object()  # no answer kept: read from the database

_local = threading.local()


def _kept() -> dict[Hashable, Any]:
    kept: dict[Hashable, Any] | None = getattr(_local, "kept", None)
    if kept is None:
        kept = _local.kept = {}
    return kept


def keep(question: Hashable, answer: Any) -> None:
    """``answer`` is what the read asking ``question`` would find now, in this transaction."""
    _kept()[question] = answer


def take(question: Hashable) -> Any:
    """The answer kept for ``question`` (once: a second read asks the database), or MISSING."""
    return _kept().pop(question, MISSING)


def forget() -> None:
    """The transaction ended: nothing it read ahead is an answer any more."""
    _local.kept = {}
