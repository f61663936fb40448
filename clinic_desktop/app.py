"""The composition root: parse the command line, open the clinic, start the window or a command.

Nothing else builds services or knows both the GUI and the command line. Internal errors (bugs)
end with exit status 3, one line on stderr and the traceback in the log file, never a traceback
on the terminal unless --debug is given.

What is imported here at the top is what opening the window needs before the sign-in dialog is on
screen (issue 22): the services, the store and the command modules load when a command runs, or,
for the window, on a thread while the dialog is up (ui/clinic_opening.py).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from clinic_desktop import APP_NAME, APP_TITLE, __version__, private_files
from clinic_desktop.cli import collector
from clinic_desktop.cli.exits import EXIT_INTERNAL, EXIT_REFUSED, no_database_at
from clinic_desktop.cli.parser import build_parser, command_word
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.store.location import DatabaseLocation, resolve_location

if TYPE_CHECKING:
    from clinic_desktop.services import ClinicServices


def log_path() -> Path:
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False) / f"{APP_NAME}.log"


def version_report() -> str:
    """--version, for whoever looks after the clinic's computers: this build, the database schema
    it writes (a database of a higher schema needs a newer build) and the Qt and Python it runs on.
    No database is opened and no window made: Qt's version comes from QtCore alone."""
    import platform

    import PySide6
    from PySide6.QtCore import qVersion

    from clinic_desktop.store.migrations import SCHEMA_VERSION

    return (
        f"{APP_NAME} {__version__}\n"
        f"database schema {SCHEMA_VERSION}\n"
        f"Qt {qVersion()} (PySide6 {PySide6.__version__})\n"
        f"Python {platform.python_version()}\n"
    )


#: The PostgreSQL drivers peewee tries to import when it is itself imported.
POSTGRESQL_DRIVERS = ("psycopg2", "psycopg2cffi", "psycopg")


def without_postgresql_driver(arguments: Sequence[str]) -> bool:
    """A command on a SQLite clinic (neither --db nor CLINIC_DB names a PostgreSQL server) never
    talks to PostgreSQL; peewee imports PostgreSQL's driver at its own import all the same, a
    thirtieth of a second of every command's start (issue 22). Told the driver is not there, it
    does without. Only in a process that has imported neither yet (a command's own, not a test
    run's); whether it was done."""
    if "peewee" in sys.modules or any(name in sys.modules for name in POSTGRESQL_DRIVERS):
        return False
    named = [*arguments, os.environ.get("CLINIC_DB", "")]
    if any("postgres" in word.lower() for word in named):
        return False
    for name in POSTGRESQL_DRIVERS:
        sys.modules[name] = None  # type: ignore[assignment]  # "import psycopg2" raises ImportError
    return True


def open_services(db: str | None, now: str | None) -> ClinicServices:
    from clinic_desktop.services import ClinicServices, Clock

    services = ClinicServices.open(db, Clock())
    if now:
        try:
            services.set_now(now)
        except ClinicError:
            services.close()
            raise
    return services


def main(
    argv: Sequence[str] | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    err = stderr or sys.stderr
    arguments = list(argv) if argv is not None else sys.argv[1:]
    command = command_word(arguments)  # the one command to parse for (None: all of them)
    if command not in (None, "gui"):
        without_postgresql_driver(arguments)
        if argv is None:  # this process is the command's own (not a test calling main)
            collector.pause()
    parser = build_parser(version_report, window_only=command == "gui", only=command)
    # argparse writes usage errors and --help to the process's streams: those of this call instead.
    try:
        with contextlib.redirect_stdout(stdout or sys.stdout), contextlib.redirect_stderr(err):
            args = parser.parse_args(arguments)
    except SystemExit as exc:  # usage errors (2) and --help/--version (0)
        return int(exc.code or 0)
    if args.command in (None, "gui"):
        return guarded(args, err, lambda: start_gui(args, err))
    from clinic_desktop.cli.main import run_command

    fresh = NewSqliteFile.at(args.db)
    code = EXIT_INTERNAL
    try:
        code = guarded(
            args,
            err,
            lambda: run_command(
                args,
                lambda: open_services(args.db, args.now),
                stdout,
                stderr,
                stdin,
                missing_database=str(fresh.path) if fresh else None,
                empty_file=fresh is not None and fresh.empty_file,
            ),
        )
        return code
    finally:
        if fresh is not None and code != 0:
            fresh.remove()


def guarded(args: argparse.Namespace, err: TextIO, run: Callable[[], int]) -> int:
    """Interrupts end with 130, bugs with exit 3, one line and the traceback in the log."""
    try:
        return run()
    except KeyboardInterrupt:
        err.write("Interrupted.\n")
        return 130
    except Exception as exc:
        from clinic_desktop.store.faults import engine_fault

        fault = engine_fault(exc, database_named(args))
        if fault is not None:  # a damaged database or a full disk, met where no use case said so
            err.write(fault.message + "\n")
            return EXIT_REFUSED
        if args.debug:
            raise
        path = record_crash(exc)
        err.write(f"Internal error: {exc.__class__.__name__}: {exc}. Details were written to {path}\n")
        return EXIT_INTERNAL


def database_named(args: argparse.Namespace) -> DatabaseLocation | str:
    try:
        return resolve_location(getattr(args, "db", None))
    except ClinicError:
        return str(getattr(args, "db", "") or "")


@dataclass(frozen=True)
class NewSqliteFile:
    """A SQLite database file that does not exist yet, or exists empty (0 bytes, nothing in a WAL
    beside it: SQLite would make a new database in it), and the folders that would be made for it.

    A command that fails there (`init` without a manager, a refused `demo` or `restore`), or a
    window closed before its first manager account was made, removes what opening the file made
    (an empty file is left empty, as it was), so no database is ever left behind without its
    manager."""

    path: Path
    folders: tuple[Path, ...]  # the missing folders, innermost first
    empty_file: bool = False  # the file was there, empty

    @classmethod
    def at(cls, db: str | None) -> NewSqliteFile | None:
        try:
            location = resolve_location(db)
        except ClinicError:
            return None  # opening it refuses it, with the reason
        path = location.path
        if location.kind != "sqlite" or path is None or str(path) == ":memory:":
            return None
        try:
            if path.exists():
                wal = Path(f"{path}-wal")
                empty = path.is_file() and path.stat().st_size == 0
                if empty and not (wal.exists() and wal.stat().st_size > 0):
                    return cls(path, (), empty_file=True)
                return None
        except OSError:
            return None  # opening it says what is wrong with it
        folders = []
        folder = path.parent
        while not folder.exists() and folder != folder.parent:
            folders.append(folder)
            folder = folder.parent
        return cls(path, tuple(folders))

    def remove(self) -> None:
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        if self.empty_file:
            with contextlib.suppress(FileNotFoundError):
                os.truncate(self.path, 0)
            return
        self.path.unlink(missing_ok=True)
        for folder in self.folders:
            try:
                folder.rmdir()
            except OSError:  # not empty: something else was put there
                break


def record_crash(exc: BaseException) -> Path:
    """The traceback, appended to the log file. A traceback can quote patients' data, so the log
    is its owner's only, in a folder made 0700 (clinic_desktop.private_files)."""
    path = log_path()
    try:
        private_files.make_folder(path.parent)
        private_files.create_file(path)
        logging.basicConfig(filename=path, level=logging.INFO, force=True)
        logging.getLogger(APP_NAME).error(
            "internal error\n%s", "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        )
    except OSError:
        pass
    return path


def start_gui(args: object, err: TextIO) -> int:
    """The window, for a person who signs in: nobody is signed in when it starts (the window asks
    first). A smoke run shows no dialog: it signs in as --user / CLINIC_USER with CLINIC_PASSWORD
    like any command, and is refused (exit 1, saying how) without them; `--until sign-in` only
    shows the sign-in dialog (it signs nobody in) and needs neither.

    Where there is no clinic database yet (no file, or an empty one) the window's first run makes
    one with its manager account, as `init --manager` does; a first run closed before the manager
    exists leaves nothing behind, and a smoke run is refused there as every command is."""
    smoke = bool(getattr(args, "smoke", False))
    until = str(getattr(args, "until", "all") or "all")
    fresh = NewSqliteFile.at(getattr(args, "db", None))
    if fresh is not None and smoke:
        err.write(no_database_at(str(fresh.path), fresh.empty_file) + "\n")
        return EXIT_REFUSED
    if smoke and until != "sign-in":
        return start_signed_in(args, err, until)
    return start_for_people(args, err, fresh, smoke, until)


def start_for_people(
    args: object, err: TextIO, fresh: NewSqliteFile | None, smoke: bool = False, until: str = "all"
) -> int:
    """The sign-in dialog (or the first run's) on screen first; the clinic is opened behind it, on
    a thread of its own, and the window's code loaded there while the person types. A clinic that
    cannot be opened closes the dialog and is said as before: on stderr, and in a dialog for
    whoever started the window from the applications menu."""
    from clinic_desktop.cli.sign_in import user_name
    from clinic_desktop.ui import preload
    from clinic_desktop.ui.application import run_gui
    from clinic_desktop.ui.clinic_opening import ClinicOpening

    db, now = getattr(args, "db", None), getattr(args, "now", None)

    def open_for_the_window() -> ClinicServices:
        services = open_services(db, now)
        services.users.sign_out()  # the software's own session is not for people
        return services

    opening = ClinicOpening(open_for_the_window, new_clinic=fresh is not None, then=preload.load)
    try:
        code = run_gui(opening, smoke=smoke, user=user_name(getattr(args, "user", None)), until=until)
    finally:
        close_for_the_first_run(opening.settle(), fresh)
        preload.finish()  # its thread may still be importing the window's code: never exit under it
    error = opening.error
    if error is None:
        return code
    if not isinstance(error, ClinicError):
        raise error  # a bug or an engine fault: said by guarded(), as anywhere
    err.write(error.message + "\n")
    if not smoke:
        show_refusal(error.message)
    return EXIT_REFUSED


def close_for_the_first_run(services: ClinicServices | None, fresh: NewSqliteFile | None) -> None:
    """Close the clinic; a database the first run made is kept only once its manager exists."""
    kept = fresh is None
    if services is not None:
        if not kept:
            try:
                kept = services.users.has_accounts()  # the first run made the manager
            except Exception:  # cannot tell: keep what is there
                kept = True
        services.close()
    if not kept and fresh is not None:
        fresh.remove()


def start_signed_in(args: object, err: TextIO, until: str) -> int:
    """A smoke run past the sign-in dialog: signed in from the environment as a command is, the
    window's code loading meanwhile (as while a person types), the argon2id check timed apart."""
    from clinic_desktop.cli.sign_in import credentials, user_name
    from clinic_desktop.ui.application import preload_window, run_gui

    given_user = getattr(args, "user", None)
    try:
        services = open_services(getattr(args, "db", None), getattr(args, "now", None))
    except ClinicError as exc:
        err.write(exc.message + "\n")
        return EXIT_REFUSED
    try:
        services.users.sign_out()  # the software's own session is not for people
        try:
            name, password = credentials(given_user)
            preload_window()  # as while a person types: the window's code loads meanwhile
            started = time.perf_counter()
            services.users.sign_in(name, password)
            signing_in = time.perf_counter() - started
        except ClinicError as exc:
            err.write(exc.message + "\n")
            return EXIT_REFUSED
        return run_gui(services, smoke=True, user=user_name(given_user), until=until, signing_in=signing_in)
    finally:
        services.close()


def show_refusal(message: str) -> None:
    """The window started from the applications menu has no terminal to show stderr: a clinic
    database it cannot open (upgraded by a newer version at another workstation, a server that
    cannot be reached, a file that is not a clinic's) is said in a dialog too, where there is a
    screen to show one (on Linux, an X or Wayland display; a terminal session has only stderr)."""
    if sys.platform.startswith("linux") and not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    ):
        return
    from PySide6.QtWidgets import QMessageBox

    from clinic_desktop.ui.application import ensure_application

    ensure_application()
    box = QMessageBox(QMessageBox.Icon.Critical, APP_TITLE, "The clinic database could not be opened.")
    box.setInformativeText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()
    box.deleteLater()
