"""The composition root: parse the command line, open the clinic, start the window or a command.

Nothing else builds services or knows both the GUI and the command line. Internal errors (bugs)
end with exit status 3, one line on stderr and the traceback in the log file, never a traceback
on the terminal unless --debug is given.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from clinic_desktop import APP_NAME
from clinic_desktop.cli.main import EXIT_INTERNAL, EXIT_REFUSED, run_command
from clinic_desktop.cli.parser import build_parser
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.services import ClinicServices, Clock


def log_path() -> Path:
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False) / f"{APP_NAME}.log"


def open_services(db: str | None, now: str | None) -> ClinicServices:
    services = ClinicServices.open(db, Clock())
    if now:
        try:
            services.set_now(now)
        except ClinicError:
            services.close()
            raise
    return services


def main(
    argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    err = stderr or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv) if argv is not None else None)
    except SystemExit as exc:  # usage errors (2) and --help/--version (0)
        return int(exc.code or 0)
    try:
        if args.command in (None, "gui"):
            return start_gui(args, err)
        return run_command(args, lambda: open_services(args.db, args.now), stdout, stderr)
    except KeyboardInterrupt:
        err.write("Interrupted.\n")
        return 130
    except Exception as exc:
        if args.debug:
            raise
        path = record_crash(exc)
        err.write(f"Internal error: {exc.__class__.__name__}: {exc}. Details were written to {path}\n")
        return EXIT_INTERNAL


def record_crash(exc: BaseException) -> Path:
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        logging.basicConfig(filename=path, level=logging.INFO, force=True)
        logging.getLogger(APP_NAME).error(
            "internal error\n%s", "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        )
    except OSError:
        pass
    return path


def start_gui(args: object, err: TextIO) -> int:
    smoke = bool(getattr(args, "smoke", False))
    from clinic_desktop.ui.application import run_gui

    try:
        services = open_services(getattr(args, "db", None), getattr(args, "now", None))
    except ClinicError as exc:
        err.write(exc.message + "\n")
        return EXIT_REFUSED
    try:
        return run_gui(services, smoke=smoke)
    finally:
        services.close()
