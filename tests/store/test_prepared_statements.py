"""The statements a desk sends all day run as server-side prepared statements on PostgreSQL
(store/prepared.py; issue 22): prepared once per connection, with the first EXECUTE in its round
trip, then only executed; prepared again on a connection made again after one was lost, so that a
use case retried there works; a failed first run leaves no name that clashes later. On SQLite the
same call is an ordinary statement (its driver keeps compiled statements of its own)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from peewee import DatabaseError

from clinic_desktop.services import ClinicServices
from clinic_desktop.store import models as m
from tests.postgresql_server import PostgresServer
from tests.round_trips import counting
from tests.store.test_connection_loss import backend_pid, cutter


def types_read(services: ClinicServices) -> Callable[[], list[str]]:
    return lambda: [t.name for t in services.store.types.list()]  # a small table, read prepared


def test_prepared_once_then_only_executed(services: ClinicServices, backend: str) -> None:
    services.resources.add_type("Consultation", 30)
    read = types_read(services)
    with counting(services.store.database) as first:
        assert read() == ["Consultation"]
    with counting(services.store.database) as again:
        assert read() == ["Consultation"]
    if backend == "postgresql":
        assert first.calls[0].startswith("PREPARE clinic_") and "; EXECUTE clinic_" in first.calls[0]
        assert again.calls[0].startswith("EXECUTE clinic_"), again.describe()
        assert first.statements == again.statements == first.round_trips == again.round_trips == 1
    else:
        assert first.calls == again.calls and first.calls[0].startswith("SELECT ")


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_connection_made_again_prepares_what_it_runs(
    services: ClinicServices, postgresql_server: PostgresServer
) -> None:
    services.resources.add_type("Consultation", 30)
    read = types_read(services)
    read()  # prepared on this connection
    cut = cutter(postgresql_server, services)
    pid = backend_pid(services)
    cut()  # idle: the next read outside a transaction runs again on a new connection, prepared there
    with counting(services.store.database) as sent:
        assert read() == ["Consultation"]
    assert backend_pid(services) != pid
    assert sent.calls[-1].startswith("PREPARE clinic_"), sent.describe()
    assert read() == ["Consultation"]  # and is known there afterwards
    cut()  # idle again: a transaction whose first statement is prepared begins on a new connection
    store = services.store
    with store.write_transaction():
        assert [t.name for t in store.types.list()] == ["Consultation"]
        store.rooms.add("Room 1", "exam")
    assert [r.name for r in services.resources.rooms()] == ["Room 1"]


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_failed_first_run_leaves_no_name_in_the_way(services: ClinicServices) -> None:
    store = services.store
    with pytest.raises(DatabaseError), store.write_transaction():
        m.execute_prepared("SELECT 1 / %s", (0,)).fetchone()  # prepared, then failed: rolled back
    with store.write_transaction():
        assert m.execute_prepared("SELECT 1 / %s", (1,)).fetchone()[0] == 1
        assert m.execute_prepared("SELECT 1 / %s", (2,)).fetchone()[0] == 0
