"""Running one command: open the clinic, call the handler, map refusals to exit status 1."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TextIO

from clinic_desktop.cli.commands import HANDLERS
from clinic_desktop.cli.output import Output
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.services import ClinicServices

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def run_command(
    args: argparse.Namespace,
    open_services: Callable[[], ClinicServices],
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run a parsed command. Refusals print their reason on stderr and change nothing."""
    out = Output(bool(getattr(args, "json", False)), stdout, stderr)
    try:
        services = open_services()
    except ClinicError as exc:
        out.say(exc.message)
        return EXIT_REFUSED
    try:
        return HANDLERS[args.command](args, services, out)
    except ClinicError as exc:
        out.say(exc.message)
        return EXIT_REFUSED
    finally:
        services.close()
