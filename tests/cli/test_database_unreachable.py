"""The PostgreSQL server goes away under the command line and an open workstation: every command
exits 1 with "The clinic database cannot be reached" (never 3, never a driver's error), every use
case raises DatabaseUnavailableError, and once the server is back the next one works.

Two ways: a server of the test's own stopped outright (a clean stop, then a crash) and started
again; and the session's server ending the clinic's connections every few milliseconds while a
stream of commands and use cases runs, on the real clock.

(The models of one process are bound to the clinic opened last: a command run in-process opens
its own, so the commands run before the workstation is opened, never between its use cases.)"""

from __future__ import annotations

import random
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from clinic_desktop.domain.errors import UNAVAILABLE, DatabaseUnavailableError
from clinic_desktop.services import ClinicServices, Clock
from tests.clinic_users import new_clinic, run
from tests.conftest import NewDatabase
from tests.postgresql_server import PostgresServer, find_bindir

COMMANDS: list[tuple[str, ...]] = [
    ("info", "--json"),
    ("providers", "list", "--json"),
    ("providers", "add", "--name", "Dr Okafor", "--json"),
    ("rooms", "add", "--name", "Procedure room", "--kind", "procedure"),
    ("settings", "show"),
    ("settings", "set", "name", "Lindenhof Pain Clinic"),
    ("users", "list", "--json"),
    ("audit", "verify"),
    ("check",),
    ("init",),
]


def use_cases(desk: ClinicServices) -> list[Callable[[], Any]]:
    """What an open window does: statements outside a transaction, reads, writes, live refresh's
    poll and the reconnect check."""
    counter = iter(range(1_000_000))

    def add_room() -> None:
        desk.resources.add_room(f"Room {next(counter)}", "exam")

    def zone() -> str:
        desk.settings_changed()
        return desk.time.timezone

    def poll() -> None:  # the window polls every second; libpq finds a closed socket at the 1st or 2nd
        desk.clinic.change_marker()
        desk.clinic.change_marker()

    return [
        desk.clinic.settings,
        zone,
        desk.resources.providers,
        desk.clinic.info,
        add_room,
        lambda: desk.clinic.set_setting("idle_lock_minutes", str(random.randint(1, 240))),
        desk.users.list,
        desk.clinic.ping,
        poll,
    ]


def assert_unreachable(code: int, out: str, err: str) -> None:
    assert (code, out) == (1, ""), err
    assert err.startswith(UNAVAILABLE), err


@pytest.fixture
def own_server() -> Iterator[PostgresServer]:
    """A server of this test's own, to stop and start again (the session's is shared)."""
    server = PostgresServer(find_bindir())
    try:
        server.start()
        yield server
    finally:
        server.stop()


def stop(server: PostgresServer, mode: str) -> None:
    """The test server does not wait for the disk at commit (synchronous_commit off): a checkpoint
    first, so that a crash loses nothing committed."""
    server.admin("CHECKPOINT")
    server.halt(mode)


def test_a_stopped_server_is_said_in_words_and_everything_works_once_it_is_back(
    own_server: PostgresServer,
) -> None:
    own_server.admin('CREATE DATABASE "clinic"')
    url = new_clinic(own_server.url("clinic"))
    for mode in ("fast", "immediate"):  # a clean stop, then a crash
        stop(own_server, mode)
        for command in COMMANDS:
            assert_unreachable(*run("--db", url, *command))
        with pytest.raises(DatabaseUnavailableError):
            ClinicServices.open(url)
        own_server.resume()
        code, out, err = run("--db", url, "rooms", "add", "--name", f"After a {mode} stop", "--json")
        assert code == 0, err  # the next command works
    desk = ClinicServices.open(url, Clock())  # a workstation left open, on the real clock
    try:
        desk.resources.add_provider("Dr Lind")
        marker = desk.clinic.change_marker()
        assert marker is not None
        for mode in ("fast", "immediate"):
            stop(own_server, mode)
            for n, call in enumerate(use_cases(desk)):
                with pytest.raises(DatabaseUnavailableError) as refused:
                    call()
                assert refused.value.message.startswith(UNAVAILABLE), n
            own_server.resume()
            assert desk.resources.add_room(f"Room after a {mode} stop", "exam").name  # the next one works
            again = desk.clinic.change_marker()  # listening again; what was missed counts as a change
            assert again is not None and again != marker
            marker = again
        for call in use_cases(desk):
            call()
        assert [p.name for p in desk.resources.providers()] == ["Dr Lind"]
        assert [r.name for r in desk.resources.rooms()] == [
            "After a fast stop", "After a immediate stop", "Room 0", "Room after a fast stop",
            "Room after a immediate stop",
        ]  # fmt: skip
        assert desk.audit.chain_verdict().intact
    finally:
        desk.close()


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_stream_of_commands_while_the_server_keeps_ending_connections(
    new_database: NewDatabase, postgresql_server: PostgresServer
) -> None:
    url = new_clinic(new_database("clinic"))
    name = url.rsplit("/", 1)[1]

    def stream(steps: int, step: Callable[[random.Random], str], gap: tuple[float, float]) -> Counter[str]:
        """Runs ``step`` while another thread ends the clinic's connections every ``gap`` seconds
        (a command takes longer than a use case: it opens the clinic and signs in), ``steps`` times
        and then on until one was refused (ten times as many at most)."""
        stop = threading.Event()
        start = threading.Barrier(2)
        kills = [0]

        def keep_ending_connections() -> None:
            start.wait()
            rng = random.Random(18)
            while not stop.wait(rng.uniform(*gap)):
                postgresql_server.admin(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    f"WHERE datname = '{name}' AND pid <> pg_backend_pid()"
                )
                kills[0] += 1

        killer = threading.Thread(target=keep_ending_connections)
        killer.start()
        seen: Counter[str] = Counter()
        try:
            start.wait()
            rng = random.Random(11)
            # At least ``steps``; then on until a step was refused (a connection ended in the middle
            # of a write: the faster a step, the rarer), ten times as many at most.
            for done in range(steps * 10):
                if done >= steps and seen["refused"] > 0 and kills[0] > 10:
                    break
                seen[step(rng)] += 1
        finally:
            stop.set()
            killer.join()
        assert kills[0] > 10 and seen["refused"] > 0 and seen["done"] > 0, (kills, seen)
        return seen

    numbers = iter(range(1_000_000))

    def command(rng: random.Random) -> str:
        words = rng.choice(COMMANDS)
        if words[1:2] == ("add",):  # a name of its own each time: a second "Dr Okafor" is refused
            words = (*words[:3], f"{words[3]} {next(numbers)}", *words[4:])
        code, out, err = run("--db", url, *words)
        if code == 0:
            return "done"
        assert_unreachable(code, out, err)
        return "refused"

    stream(30, command, (0.005, 0.08))
    code, out, err = run("--db", url, "check")  # the server left alone: everything works again
    assert code == 0, err

    desk = ClinicServices.open(url, Clock())
    try:
        calls = use_cases(desk)

        def use_case(rng: random.Random) -> str:
            try:
                rng.choice(calls)()
                return "done"
            except DatabaseUnavailableError as exc:
                assert exc.message.startswith(UNAVAILABLE)
                return "refused"

        stream(150, use_case, (0.002, 0.03))
        for call in calls:
            call()
        assert desk.audit.chain_verdict().intact  # no half-saved change broke the trail
        assert not desk.store.in_transaction()
    finally:
        desk.close()
