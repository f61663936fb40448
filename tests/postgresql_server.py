"""A throwaway PostgreSQL server for one test session, and a fresh database for each test.

The server is the machine's own PostgreSQL (``initdb`` + ``pg_ctl``), started in a temporary
folder on a free port of 127.0.0.1 with its socket in the same folder, durability switched off
(``fsync``, ``synchronous_commit``, ``full_page_writes``: nothing here needs to survive a power
cut), and stopped and deleted at the end of the session. ``make test`` installs the server when it
is missing; a run that cannot find or start one fails (``pytest.fail`` in conftest) rather than
skipping, so a green run always means both engines were tested.

Each test gets its own database, cloned from a template that was migrated once (CREATE DATABASE
... TEMPLATE copies the files: a few milliseconds, where creating the schema costs a second).
PostgreSQL refuses to run as root; as root (a CI container) the server runs as the ``postgres``
user that the Debian package creates.
"""

from __future__ import annotations

import glob
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Where to look for initdb and pg_ctl, after $CLINIC_PG_BINDIR and the PATH: Debian and Ubuntu
# keep them out of the PATH, one folder per major version; the others are macOS and source builds.
SEARCH_GLOBS = (
    "/usr/lib/postgresql/*/bin",
    "/usr/pgsql-*/bin",
    "/usr/local/pgsql/bin",
    "/opt/homebrew/opt/postgresql@*/bin",
    "/usr/local/opt/postgresql@*/bin",
    "/Applications/Postgres.app/Contents/Versions/*/bin",
)
USER = "clinic"
PREFIX = "clinic-pg-"
OWNER = "owner.pid"  # the test session's process: its server is stale once it is gone
TEMPLATE = "clinic_template"
HINT = (
    "The PostgreSQL tests need a PostgreSQL server's programs (initdb, pg_ctl). `make test` installs "
    "them (apt-get install postgresql); otherwise install PostgreSQL, or set CLINIC_PG_BINDIR to "
    "the folder that holds initdb."
)


class ServerUnavailableError(RuntimeError):
    """No PostgreSQL server could be found or started; the message says what to do."""


def _version_key(folder: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", folder)) or (0,)


def find_bindir() -> Path:
    """The folder holding initdb and pg_ctl: $CLINIC_PG_BINDIR, the PATH, pg_config, the usual places."""
    wanted = os.environ.get("CLINIC_PG_BINDIR", "").strip()
    if wanted:
        if not (Path(wanted) / "initdb").exists():
            raise ServerUnavailableError(f"CLINIC_PG_BINDIR={wanted} holds no initdb. {HINT}")
        return Path(wanted)
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    pg_config = shutil.which("pg_config")
    if pg_config:
        result = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False)
        folder = Path(result.stdout.strip())
        if result.returncode == 0 and (folder / "initdb").exists():
            return folder
    candidates = [c for pattern in SEARCH_GLOBS for c in glob.glob(pattern) if Path(c, "initdb").exists()]
    if candidates:
        return Path(max(candidates, key=_version_key))
    raise ServerUnavailableError(f"No PostgreSQL server was found on this machine. {HINT}")


def _memory_folder() -> str | None:
    """A RAM-backed folder for the server's files where there is one (Linux's /dev/shm): a new
    database per test copies the template's files, several times faster there than on a disk."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _clean_up_after_dead_sessions(bindir: Path, folder: str | None) -> None:
    """Stop and delete the servers of test sessions that were killed before they could (their
    files sit in memory, under /dev/shm); those of sessions still running are left alone."""
    for root in Path(folder or tempfile.gettempdir()).glob(f"{PREFIX}*"):
        try:
            owner = int((root / OWNER).read_text())
        except (OSError, ValueError):
            continue
        if _alive(owner):
            continue
        if (root / "data" / "postmaster.pid").exists():
            subprocess.run([str(bindir / "pg_ctl"), "-D", str(root / "data"), "-m", "immediate", "stop"],
                           capture_output=True, check=False, **_as_server_user())  # fmt: skip
        shutil.rmtree(root, ignore_errors=True)


def _as_server_user() -> dict[str, Any]:
    """How to run the server's programs: as ourselves, or as 'postgres' when we are root."""
    if os.geteuid() != 0:
        return {}
    try:
        account = pwd.getpwnam("postgres")
    except KeyError:
        return {}
    return {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresServer:
    """One running server: ``url(name)`` for the application, ``admin(sql)`` for the fixtures."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        _clean_up_after_dead_sessions(bindir, _memory_folder())
        self.root = Path(tempfile.mkdtemp(prefix=PREFIX, dir=_memory_folder()))
        (self.root / OWNER).write_text(str(os.getpid()))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = 0
        self._run_as: dict[str, Any] = {}
        self._admin: Any = None
        self._count = 0
        self._doomed: list[str] = []
        self._dropper: threading.Thread | None = None
        if os.geteuid() == 0:  # "initdb: cannot be run as root"
            try:
                account = pwd.getpwnam("postgres")
            except KeyError:
                raise ServerUnavailableError(
                    "Running as root, and there is no 'postgres' user for the test server to run as "
                    "(PostgreSQL refuses to run as root). Install the server with apt-get install "
                    "postgresql, which creates that user, or run the tests as another user."
                ) from None
            os.chown(self.root, account.pw_uid, account.pw_gid)
            self._run_as = {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.bindir / args[0]), *args[1:]],
            capture_output=True,
            text=True,
            check=False,
            cwd=self.root,
            **self._run_as,
        )

    def start(self) -> None:
        made = self._run(
            "initdb", "-D", str(self.data), "-U", USER, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"
        )
        if made.returncode != 0:
            raise ServerUnavailableError(f"initdb failed:\n{made.stdout}\n{made.stderr}")
        last = ""
        for _ in range(3):  # a free port can be taken by someone else before the server binds it
            self.port = _free_port()
            started = self._pg_ctl_start()
            if started.returncode == 0:
                return
            last = started.stdout + started.stderr + (self.log.read_text() if self.log.exists() else "")
        raise ServerUnavailableError(f"The PostgreSQL test server did not start:\n{last}")

    def _pg_ctl_start(self) -> subprocess.CompletedProcess[str]:
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
        )
        return self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60",
                         "-o", options, "start")  # fmt: skip

    def halt(self, mode: str = "fast") -> None:
        """Stop the server and keep its files (a server that went away: a restart, a crash with
        ``mode="immediate"``); ``resume`` starts it again on the same port. Only for a server a
        test started for itself, never the session's."""
        if self._admin is not None:
            self._admin.close()
            self._admin = None
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def resume(self) -> None:
        started = self._pg_ctl_start()
        if started.returncode != 0:
            raise ServerUnavailableError(f"The PostgreSQL test server did not start again:\n{started.stderr}")

    def stop(self) -> None:
        self._finish_drops()
        if self._admin is not None:
            self._admin.close()
            self._admin = None
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, name: str) -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{name}"

    def _connect(self) -> Any:
        import psycopg2

        connection = psycopg2.connect(host="127.0.0.1", port=self.port, user=USER, dbname="postgres")
        connection.autocommit = True
        return connection

    def admin(self, sql: str) -> None:
        """Run one statement outside any transaction (CREATE / DROP DATABASE need that)."""
        if self._admin is None:
            self._admin = self._connect()
        with self._admin.cursor() as cursor:
            cursor.execute(sql)

    def _server_version(self) -> int:
        self.admin("SELECT 1")
        return int(self._admin.server_version)

    def make_template(self, migrate: Callable[[str], None]) -> None:
        """The database every test's database is cloned from: ``migrate(url)`` brings it up to date."""
        self.admin(f'CREATE DATABASE "{TEMPLATE}"')
        migrate(self.url(TEMPLATE))

    def new_database(self, empty: bool = False) -> str:
        """A database of its own for one test: a copy of the migrated template (or an empty one)."""
        self._count += 1
        name = f"test_{self._count}"
        # FILE_COPY: with fsync off, copying the template's few files beats WAL-logging each page.
        source = "template0" if empty else TEMPLATE
        strategy = " STRATEGY FILE_COPY" if self._server_version() >= 150000 else ""
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{source}"{strategy}')
        return name

    def drop_database(self, name: str) -> None:
        """Drop a test's database in the background, while the next test runs: a DROP waits up to a
        tenth of a second for the backend of the connection the test just closed to exit."""
        self._finish_drops()
        self._doomed.append(name)
        if len(self._doomed) >= 4:
            names, self._doomed = self._doomed, []
            self._dropper = threading.Thread(target=self._drop, args=(names,), daemon=True)
            self._dropper.start()

    def _drop(self, names: list[str]) -> None:
        connection = self._connect()
        try:
            with connection.cursor() as cursor:
                for name in names:
                    cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            connection.close()

    def _finish_drops(self) -> None:
        if self._dropper is not None:
            self._dropper.join()
            self._dropper = None


if __name__ == "__main__":  # `make test` asks whether the server's programs are here before it installs them
    import sys

    try:
        print(find_bindir())
    except ServerUnavailableError as missing:
        sys.exit(str(missing))
