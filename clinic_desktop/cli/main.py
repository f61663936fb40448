"""Running one command: open the clinic, sign the user in, check their role, call the handler, and
map refusals to exit status 1.

Who runs a command (shared docs/cli.md, "Signing in"): once a clinic has accounts, every command
runs as a user named by --user / CLINIC_USER, with the password from CLINIC_PASSWORD or the
terminal, or as the account of the personal access token in CLINIC_TOKEN (no name, no password;
services/tokens.py), and the services record what it changes under that name, as they do for the
window.
Signing in itself is not recorded here (audit=False): a command that only reads leaves the
database exactly as it was; a wrong password is recorded by the services all the same.
The exceptions are the commands that must run before anyone can sign in: `init` (it makes the
manager account), `demo` and `restore` on a database that this run has just made (the demo makes
its own users; a restored backup brings its own), and `demo --if-empty` on a clinic that already
has data, which does nothing."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from clinic_desktop.cli import collector, roles
from clinic_desktop.cli.commands import HANDLERS, check_before_opening
from clinic_desktop.cli.exits import EXIT_INTERNAL as EXIT_INTERNAL  # declared in exits.py, read here too
from clinic_desktop.cli.exits import EXIT_OK as EXIT_OK
from clinic_desktop.cli.exits import EXIT_REFUSED as EXIT_REFUSED
from clinic_desktop.cli.exits import EXIT_USAGE as EXIT_USAGE
from clinic_desktop.cli.exits import create_first as create_first
from clinic_desktop.cli.exits import no_database_at as no_database_at
from clinic_desktop.cli.output import Output
from clinic_desktop.cli.sign_in import TOKEN_VARIABLE, NotSignedInError, access_token, credentials, user_name
from clinic_desktop.domain.errors import ClinicError

if TYPE_CHECKING:
    from clinic_desktop.services import ClinicServices

#: The commands that may make a database where there was none (each leaves one with a manager).
CREATE_DATABASES = frozenset({"init", "demo", "restore"})


class NoClinicError(ClinicError):
    """There is no clinic to sign in to at that place: nothing was run, nothing was made."""


def run_command(
    args: argparse.Namespace,
    open_services: Callable[[], ClinicServices],
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: TextIO | None = None,
    missing_database: str | None = None,
    empty_file: bool = False,
) -> int:
    """Run a parsed command. Refusals print their reason on stderr and change nothing.

    ``missing_database``: the SQLite file the command names holds no database yet (its path): it
    does not exist, or (``empty_file``) it is an empty file, which SQLite would take for a new
    database. Only the commands that make a clinic with its manager may then run, so that opening
    the file never leaves a database without one behind."""
    out = Output(bool(getattr(args, "json", False)), stdout, stderr, stdin)
    if missing_database is not None and args.command not in CREATE_DATABASES:
        out.say(no_database_at(missing_database, empty_file))
        return EXIT_REFUSED
    try:
        check_before_opening(args)  # a refusal here leaves no database behind, not even an empty one
        services = open_services()
    except (ClinicError, OverflowError, OSError) as exc:
        out.say(refusal(exc))
        return EXIT_REFUSED
    try:
        act_as_user(args, services, out)
        collector.resume()  # the start-up is over (app.main paused it in a command's own process)
        return HANDLERS[args.command](args, services, out)
    except (ClinicError, OverflowError, OSError) as exc:
        out.say(refusal(exc))
        return EXIT_REFUSED
    finally:
        services.close()


def refusal(exc: ClinicError | OverflowError | OSError) -> str:
    """The words for a refused command. Besides the services' own refusals, two errors that come
    from what was typed rather than from a fault of the software: a date at the edge of the
    calendar (9999-12-31) or a count of days or weeks that takes one past it, and a file named on
    the command line that cannot be used (a name too long, no permission) where a service did not
    already say so in its own words. Either way the transaction rolled back."""
    if isinstance(exc, ClinicError):
        return exc.message
    if isinstance(exc, OverflowError):
        return (
            "A date, time or number given is beyond what the calendar can hold (the years 1 to 9999); "
            "nothing was changed."
        )
    what = f" {exc.filename}" if exc.filename else ""
    return f"Could not use the file{what}: {exc.strerror or exc}."


def act_as_user(args: argparse.Namespace, services: ClinicServices, out: Output) -> None:
    """Sign in the user the command runs as and check that their role may run it; or, for the
    few commands that run before anyone can sign in, leave the software's own session."""
    command, action = roles.command_key(args)
    if command in roles.WITHOUT_SIGN_IN or runs_before_accounts(args, services):
        return
    migration = services.migration
    if migration is not None and migration.from_version == 0:
        where = services.clinic.info().database
        raise NoClinicError(f"There was no clinic in {where} yet. {create_first(where)}")
    if not services.users.has_accounts():
        where = services.clinic.info().database
        raise NoClinicError(f"This clinic has no user accounts yet. {create_first(where)}")
    services.session = None  # nobody acts until the password (or the token) has been checked
    if args.command == "audit":
        from clinic_desktop.cli import users as user_commands

        if user_commands.signs_in_itself(args):
            return  # `audit key replace`: the service checks the manager's password and role
        user_commands.before_sign_in(args, services)
    token = access_token()
    if token is not None:
        session = services.tokens.sign_in(token)
        named = user_name(args.user) if args.user is not None else None
        if named is not None and named.casefold() != session.name.casefold():
            services.session = None
            raise NotSignedInError(
                f"{TOKEN_VARIABLE} signs in as {session.name}, not {named}: leave out --user, or unset "
                f"{TOKEN_VARIABLE} to sign in as {named} with a password."
            )
    else:
        name, password = credentials(args.user, out.stdin)
        services.users.sign_in(name, password, audit=False)
    permission = roles.needed(command, action)
    if permission is not None:
        services.require(permission)


def runs_before_accounts(args: argparse.Namespace, services: ClinicServices) -> bool:
    """`demo` on a clinic without accounts (it makes them), `demo --if-empty` where there is
    already a clinic (it does nothing), `restore` onto a database this run has just made (the
    backup brings its accounts)."""
    if args.command == "demo":
        return not services.users.has_accounts() or (args.if_empty and not services.demo.can_fill())
    if args.command == "restore":
        migration = services.migration
        return migration is not None and migration.from_version == 0 and not services.users.has_accounts()
    return False
