"""A lost server connection: a clear refusal that nothing was saved, and the next attempt connects
again by itself (PostgreSQL; SQLite has no connection to lose).

The server ends the clinic's connections (``pg_terminate_backend``, what a restart or a network
drop does to them) at each point a use case can be caught: idle between use cases, in a statement
outside any transaction, in the middle of a read and of a write transaction, in a slow statement
and during COMMIT (a trigger that sleeps at the server holds the use case there while another
thread ends its connection), and under live refresh's listening connection. Every time the desk
gets DatabaseUnavailableError's message, never a driver's error, and the next use case works."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from typing import Any

import psycopg2
import pytest
from peewee import IntegrityError, InterfaceError, OperationalError
from psycopg2 import errors

from clinic_desktop.domain.errors import UNAVAILABLE, DatabaseUnavailableError
from clinic_desktop.services import ClinicServices, Clock
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.store.connection import connection_lost
from tests.conftest import FIXED_NOW
from tests.postgresql_server import PostgresServer

on_postgresql = pytest.mark.parametrize("backend", ["postgresql"])


def test_a_dropped_connection_is_reported_then_reconnected(
    services: ClinicServices, backend: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.resources.add_provider("Dr Lind")
    if backend != "postgresql":
        assert services.clinic.ping() is None  # nothing to lose on a file
        return
    server = request.getfixturevalue("postgresql_server")
    cut = cutter(server, services)
    cut()  # while idle: nothing was under way, the next use case connects again by itself
    assert services.resources.add_provider("Dr Okafor").name == "Dr Okafor"
    add = services.store.patients.add

    def cut_then_add(*args: Any, **kwargs: Any) -> Any:
        cut()
        return add(*args, **kwargs)

    monkeypatch.setattr(services.store.patients, "add", cut_then_add)
    message = refused_unreachable(lambda: services.patients.add(PatientInput("Ines", "Ortega", "1980-04-02")))
    assert message.endswith("Check the network and the database server; the application retries.")
    monkeypatch.setattr(services.store.patients, "add", add)
    services.clinic.ping()
    added = services.patients.add(PatientInput("Ines", "Ortega", "1980-04-02")).record
    assert [p.name for p in services.resources.providers()] == ["Dr Lind", "Dr Okafor"]
    assert services.patients.get(added.id).family_name == "Ortega"
    assert services.clinic.info().counts["patients"] == 1  # the refused add saved nothing


def cutter(server: PostgresServer, services: ClinicServices) -> Callable[[], None]:
    """Ends every connection to the clinic's database but the caller's, and waits until the
    server has let them go (pg_terminate_backend only signals the backend)."""
    name = services.store.database.database
    others = f"datname = '{name}' AND pid <> pg_backend_pid()"

    def cut() -> None:
        server.admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE {others}")
        wait_for(lambda: server_count(server, f"SELECT count(*) FROM pg_stat_activity WHERE {others}") == 0)

    return cut


def server_count(server: PostgresServer, sql: str) -> int:
    server.admin("SELECT 1")
    with server._admin.cursor() as cursor:
        cursor.execute(sql)
        return int(cursor.fetchone()[0])


def backend_pid(services: ClinicServices) -> int:
    return int(services.store.database.execute_sql("SELECT pg_backend_pid()").fetchone()[0])


def wait_for(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    """Polls a condition at the server (no signal crosses from it)."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def refused_unreachable(call: Callable[[], Any], nothing_saved: bool = True) -> str:
    with pytest.raises(DatabaseUnavailableError) as refused:
        call()
    message = refused.value.message
    assert message.startswith(UNAVAILABLE)
    assert ("Nothing was saved" in message) is nothing_saved
    return message


# --- telling a lost connection from a refused statement -------------------------------------------


def test_a_lost_connection_is_told_by_state_and_type_not_by_its_words() -> None:
    lost: list[BaseException] = [
        psycopg2.OperationalError("le serveur a fermé la connexion de manière inattendue"),  # libpq, French
        psycopg2.OperationalError("SSL SYSCALL error: EOF detected"),
        psycopg2.OperationalError("could not receive data from server: Connection reset by peer"),
        psycopg2.InterfaceError("connection already closed"),
        psycopg2.InterfaceError("the connection is closed"),
        errors.AdminShutdown("terminating connection due to administrator command"),  # 57P01
        errors.CrashShutdown("anything at all"),  # 57P02
        errors.CannotConnectNow("the database system is starting up"),  # 57P03
        errors.ConnectionFailure(""),  # 08006
        errors.ConnectionDoesNotExist(""),  # 08003
        OperationalError(psycopg2.OperationalError("x")),  # as peewee wraps the driver's error
        OperationalError(OperationalError(psycopg2.OperationalError("x"))),  # a reconnect, wrapped twice
        InterfaceError(psycopg2.InterfaceError("x")),
    ]
    refused: list[BaseException] = [
        errors.QueryCanceled("canceling statement due to statement timeout"),  # 57014: an OperationalError
        errors.DeadlockDetected("deadlock detected"),  # 40P01: another workstation, try again
        errors.SerializationFailure("could not serialize access"),
        errors.UniqueViolation("server closed the connection unexpectedly"),  # the words do not decide
        errors.StringDataRightTruncation("value too long for type character varying(20)"),
        IntegrityError(errors.ExclusionViolation("conflicting key value")),
        OperationalError("Connection already opened."),  # peewee's own, no driver behind it
        sqlite3.OperationalError("database is locked"),
        ValueError("connection already closed"),
    ]
    assert [e for e in lost if not connection_lost(e)] == []
    assert [e for e in refused if connection_lost(e)] == []

    class Connection:  # only its state is read: psycopg2 marks one whose server went away 2
        def __init__(self, closed: int) -> None:
            self.closed = closed

    assert connection_lost(errors.QueryCanceled("x"), Connection(2))
    assert not connection_lost(errors.QueryCanceled("x"), Connection(0))


# --- the server ends the connection at each point of a use case ------------------------------------


@on_postgresql
def test_lost_outside_a_transaction_and_in_the_middle_of_a_read(
    services: ClinicServices, postgresql_server: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.resources.add_provider("Dr Lind")
    cut = cutter(postgresql_server, services)
    pid = backend_pid(services)
    assert services.clinic.settings().timezone  # a statement outside any transaction
    cut()
    assert services.clinic.settings().timezone  # it only reads: run again on a new connection
    assert backend_pid(services) != pid

    counts = services.store.counts

    def cut_then_count() -> dict[str, int]:  # the read transaction has begun and read the version and zone
        cut()
        return counts()

    monkeypatch.setattr(services.store, "counts", cut_then_count)
    refused_unreachable(services.clinic.info)
    monkeypatch.setattr(services.store, "counts", counts)
    assert services.clinic.info().counts["providers"] == 1
    assert not services.store.in_transaction()


@on_postgresql
def test_lost_in_the_middle_of_a_write_saves_nothing(
    services: ClinicServices, postgresql_server: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    cut = cutter(postgresql_server, services)
    append = services.store.audit.append

    def cut_then_append(*args: Any, **kwargs: Any) -> None:  # the provider is in, its entry is next
        cut()
        append(*args, **kwargs)

    monkeypatch.setattr(services.store.audit, "append", cut_then_append)
    refused_unreachable(lambda: services.resources.add_provider("Dr Lind"))
    monkeypatch.setattr(services.store.audit, "append", append)
    assert services.resources.providers() == []
    assert services.resources.add_provider("Dr Lind").name == "Dr Lind"
    assert services.audit.chain_verdict().intact


SLOW_ROOM = """
CREATE FUNCTION slow_room() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN PERFORM pg_sleep(30); RETURN NEW; END $$;
CREATE {constraint} TRIGGER slow_room AFTER INSERT ON room {when} FOR EACH ROW EXECUTE FUNCTION slow_room();
"""


@on_postgresql
@pytest.mark.parametrize("where", ["statement", "commit"])
def test_lost_in_a_slow_statement_or_during_commit(
    services: ClinicServices, postgresql_server: PostgresServer, db_url: str, where: str
) -> None:
    """The server holds the insert (or the COMMIT, a deferred trigger) for half a minute; another
    thread ends the connection while it waits there, on the real clock."""
    at_commit = where == "commit"
    slow = SLOW_ROOM.format(
        constraint="CONSTRAINT" if at_commit else "",
        when="DEFERRABLE INITIALLY DEFERRED" if at_commit else "",
    )
    with psycopg2.connect(db_url) as setup, setup.cursor() as cursor:
        cursor.execute(slow)
    setup.close()
    desk = ClinicServices.open(db_url, Clock())  # the real clock
    cut = cutter(postgresql_server, services)
    name = services.store.database.database
    query = "COMMIT" if at_commit else "INSERT INTO%room%"
    waiting = (
        f"SELECT count(*) FROM pg_stat_activity WHERE datname = '{name}' AND state = 'active' "
        f"AND query LIKE '{query}' AND wait_event = 'PgSleep'"
    )
    outcome: list[BaseException | None] = []

    def add_room() -> None:
        try:
            desk.resources.add_room("Procedure room", "procedure")
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)
        finally:
            desk.end_thread()

    worker = threading.Thread(target=add_room)
    worker.start()
    try:
        wait_for(lambda: server_count(postgresql_server, waiting) == 1)
        cut()
    finally:
        worker.join(60)
    assert len(outcome) == 1 and isinstance(outcome[0], DatabaseUnavailableError), outcome
    message = outcome[0].message
    assert message.startswith(UNAVAILABLE)
    assert ("may or may not have been saved" in message) is at_commit
    assert ("Nothing was saved" in message) is not at_commit
    with psycopg2.connect(db_url) as setup, setup.cursor() as cursor:
        cursor.execute("DROP TRIGGER slow_room ON room")
    setup.close()
    try:
        assert desk.resources.rooms() == []  # ended before COMMIT took effect: nothing was kept
        assert desk.resources.add_room("Procedure room", "procedure").name == "Procedure room"
    finally:
        desk.close()


@on_postgresql
def test_live_refresh_hears_again_after_its_connection_is_lost(
    services: ClinicServices, postgresql_server: PostgresServer, db_url: str
) -> None:
    """A listening connection found lost is opened again, and that counts as a change (what was
    committed meanwhile was not heard); a worker thread's end leaves it listening, so a commit
    right after one is heard."""
    other = ClinicServices.open(db_url, Clock(FIXED_NOW))
    try:
        before = services.clinic.change_marker()
        assert before is not None
        cutter(postgresql_server, services)()
        wait_for(lambda: services.clinic.change_marker() != before)  # found lost at a poll or two
        again = services.clinic.change_marker()
        assert again == before + 1
        assert services.clinic.change_marker() == again  # heard once
        services.end_thread()  # as each background load ends, on the window's worker threads
        other.resources.add_provider("Dr Okafor")
        wait_for(lambda: services.clinic.change_marker() != again)
    finally:
        other.close()
