"""Shared fixtures: a fresh clinic database per test, on a real file (WAL needs one) or, for the
store and services suites (their conftest parametrizes ``backend``), also on a PostgreSQL server
that the test session starts and stops itself (tests/postgresql_server.py)."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from clinic_desktop.services import ClinicServices, Clock  # noqa: E402
from tests.postgresql_server import PostgresServer, ServerUnavailableError, find_bindir  # noqa: E402

FIXED_NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)  # 10:00 in New York


@pytest.fixture(scope="session", autouse=True)
def _garbage_collected_on_the_main_thread() -> Iterator[None]:
    """As the window does (ui/garbage.py): no automatic collection, which could run in a worker
    thread and destroy a previous test's Qt objects there; each test's garbage is collected on the
    main thread when it ends (below)."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does may touch the real user's data, log or settings folders."""
    home = tmp_path_factory.mktemp("home")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("CLINIC_DB", raising=False)
    # Nor the user's keyring (the channels' passwords, services/credentials.py): none, so the
    # owner-only file in the isolated configuration folder above is used.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "clinic.db"


@pytest.fixture(scope="session")
def postgresql_server() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the whole session, started on first use. No server is a failure,
    not a skip: a green run must mean that both engines were tested."""
    server = _start_server()
    if isinstance(server, str):
        pytest.fail(server, pytrace=False)
    yield server
    server.stop()


def _start_server() -> PostgresServer | str:
    """The running server with its migrated template, or why there is none."""
    try:
        server = PostgresServer(find_bindir())
    except ServerUnavailableError as exc:
        return str(exc)
    try:
        server.start()
        server.make_template(_migrate)
    except ServerUnavailableError as exc:
        server.stop()
        return str(exc)
    except BaseException:
        server.stop()
        raise
    return server


def _migrate(location: str) -> None:
    ClinicServices.open(location).close()


@pytest.fixture
def backend() -> str:
    """The database engine the test's clinic runs on. SQLite here; tests/store and tests/services
    override this fixture to run on "sqlite" and "postgresql" both."""
    return "sqlite"


NewDatabase = Callable[..., str]


@pytest.fixture
def new_database(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[NewDatabase]:
    """Makes databases of the test's engine: ``new_database("name")`` gives what --db takes (a file
    path, or a URL of a database cloned from the migrated template; ``empty=True``: a bare one).
    Each test's databases are its own and go away after it."""
    if backend == "sqlite":
        yield lambda name, empty=False: str(tmp_path / f"{name}.db")
        return
    assert backend == "postgresql", backend
    server: PostgresServer = request.getfixturevalue("postgresql_server")
    made: list[str] = []

    def make(name: str, empty: bool = False) -> str:
        made.append(server.new_database(empty=empty))
        return server.url(made[-1])

    yield make
    for database in made:
        server.drop_database(database)


@pytest.fixture
def db_url(new_database: NewDatabase, db_path: Path) -> str:
    """The test's clinic database as --db takes it: db_path on SQLite, a URL on PostgreSQL."""
    location = new_database(db_path.stem)
    return location


@pytest.fixture
def services(db_url: str) -> Iterator[ClinicServices]:
    s = ClinicServices.open(db_url, Clock(FIXED_NOW))
    yield s
    s.close()


@pytest.fixture
def demo_services(services: ClinicServices) -> ClinicServices:
    """A small deterministic demo clinic (New York, 2 providers, 1 year)."""
    services.demo.generate(patients=300, providers=2, years=1, seed=7)
    return services
