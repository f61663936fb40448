"""The argument parser: every command, option and help text of the command line in one place."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import Any

from clinic_desktop import APP_NAME, __version__


class Parser(argparse.ArgumentParser):
    """argparse, with usage errors (exit 2) worded for people and free of tracebacks."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {message}\nRun '{APP_NAME} --help' for the commands.\n")


def short_version() -> str:
    return f"{APP_NAME} {__version__}\n"


class ShowVersion(argparse.Action):
    """--version: prints what ``report`` gives and exits 0. The composition root gives the full
    report (the schema and Qt versions), which the command line may not import itself."""

    def __init__(
        self,
        option_strings: Sequence[str],
        dest: str = argparse.SUPPRESS,
        report: Callable[[], str] = short_version,
        help: str | None = None,
    ) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)
        self.report = report

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        sys.stdout.write(self.report())
        parser.exit()


def _json_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON document")


def add_patient_csv_commands(patients_subparsers: argparse._SubParsersAction[Parser]) -> None:
    """`patients import` and `patients export`, added to the `patients` command's actions."""
    p = patients_subparsers.add_parser(
        "import",
        help="import patients from a CSV file; bad lines are reported by line number",
        description="Import patients from a CSV file (UTF-8, comma or semicolon separated, with the "
        "JSON field names as headers). Valid lines are imported, bad lines are reported by line number; "
        "a line whose MRN (or external id) is already registered updates that patient. Exit status 1 "
        "when any line was rejected.",
    )
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument("--dry-run", action="store_true", help="report what would be imported; change nothing")
    p.add_argument("--rejects", metavar="FILE", help="write the rejected lines, with the reasons, to FILE")
    _json_flag(p)
    p = patients_subparsers.add_parser("export", help="export patients to a CSV file")
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument(
        "--status",
        action="append",
        choices=["active", "inactive", "deceased"],
        help="only patients of this status (repeat for several; default: all but merged records)",
    )
    _json_flag(p)


#: The commands whose parsers another module adds, by module (clinic_desktop.cli.<module>).
MODULE_COMMANDS = {
    "patients": ("patients",),
    "appointments": ("appointments", "timeoff", "slots"),
    "treatments": ("lots", "protocols", "treatments", "outcomes"),
    "followups": ("followups", "recalls"),
    "exports": ("export",),
    "backup": ("backup", "restore"),
    "users": ("users", "audit"),
    "messages": ("messages",),
}
BUILT_IN = (
    "gui",
    "init",
    "info",
    "check",
    "demo",
    "settings",
    "providers",
    "rooms",
    "types",
    "hours",
    "schedule",
)
KNOWN = frozenset(BUILT_IN).union(*MODULE_COMMANDS.values())


def command_word(argv: list[str]) -> str | None:
    """The command these arguments run ("gui" when none is named), or None when the whole parser
    is needed: help or the version asked for before any command, or a word that is no command
    (its usage error lists them all)."""
    values = {"--db", "--now", "--user"}
    words = iter(argv)
    for word in words:
        if word in ("-h", "--help", "--version"):
            return None
        if word in values:
            next(words, None)
            continue
        if word.startswith("-"):
            continue
        return word if word in KNOWN else None
    return "gui"


def opens_the_window(argv: list[str]) -> bool:
    """Whether these arguments open the window (no command, or `gui`) without asking for help:
    then only the global options and `gui` need parsing, and the command modules (with what they
    import) need not be loaded before the sign-in dialog is on screen (issue 22)."""
    return command_word(argv) == "gui"


def add_settings_command(sub: argparse._SubParsersAction[Parser]) -> None:
    from clinic_desktop.domain import clinic_settings  # every setting is declared there once

    settings = sub.add_parser("settings", help="clinic settings (time zone, country, subdivision, name)")
    ssub = settings.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser)
    p = ssub.add_parser("show", help="show the settings")
    _json_flag(p)
    p = ssub.add_parser(
        "set",
        help=f"set one setting: {', '.join(clinic_settings.keys())}",
        description=f"Set one clinic setting. {clinic_settings.described()}",
    )
    p.add_argument(
        "key", metavar="KEY", choices=clinic_settings.keys(), help="the setting (each is said above)"
    )
    p.add_argument("value", metavar="VALUE")
    _json_flag(p)


def build_parser(
    version_report: Callable[[], str] = short_version, window_only: bool = False, only: str | None = None
) -> Parser:
    """Every command's parser; ``window_only``: the global options and `gui` alone (opens_the_window);
    ``only``: the global options and that one command (command_word), so that running a command
    loads its own module and no other's, and builds no other command's parser (issue 22: the
    parser imported every command module, and them what they need, on each run)."""
    parser = Parser(
        prog=APP_NAME,
        description="Scheduling and charting for botulinum toxin pain clinics. "
        "With no command, opens the application window.",
    )
    _add_global_options(parser, version_report)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    _add_gui_command(sub)
    if window_only:
        return parser

    def wanted(*commands: str) -> bool:
        return only is None or only in commands

    if wanted("init"):
        _add_init_command(sub)
    if wanted("info", "check"):
        _add_info_and_check_commands(sub)
    if wanted("demo"):
        _add_demo_command(sub)
    if wanted("settings"):
        add_settings_command(sub)
    if wanted("providers", "rooms"):
        _add_provider_and_room_commands(sub)
    if wanted("types", "hours"):
        _add_type_and_hours_commands(sub)
    _add_module_commands(sub, only)
    if wanted("schedule"):
        _add_schedule_command(sub)
    _bound_whole_numbers(parser)
    return parser


def _add_global_options(parser: Parser, version_report: Callable[[], str]) -> None:
    """The options before the command: --version, --db, --now, --json, --user and --debug."""
    parser.add_argument(
        "--version",
        action=ShowVersion,
        report=version_report,
        help="print the version, the database schema it writes and the Qt it runs on, and exit",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database: a SQLite file, sqlite:///path or postgresql://... "
        "(default: $CLINIC_DB, else clinic.db in your data folder)",
    )
    parser.add_argument(
        "--now",
        metavar="ISO_DATETIME",
        help="act as if it were this clinic-local time, e.g. 2026-12-01T10:00",
    )
    parser.add_argument(
        "--json", action="store_true", default=False, help="print one JSON document on stdout"
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="sign in as NAME (default: $CLINIC_USER); the password comes from $CLINIC_PASSWORD, "
        "else it is asked for at the terminal",
    )
    parser.add_argument("--debug", action="store_true", help="show full tracebacks of internal errors")


def _add_gui_command(sub: argparse._SubParsersAction[Parser]) -> None:
    gui = sub.add_parser("gui", help="open the application window")
    gui.add_argument(
        "--smoke", action="store_true", help="build every view, render once, print the start-up time"
    )
    gui.add_argument(
        "--until",
        choices=["sign-in", "first-view", "all"],
        default="all",
        help="with --smoke: exit once the sign-in dialog is shown, once the first view after signing in "
        "(as $CLINIC_USER with $CLINIC_PASSWORD) is drawn, or after every view (default)",
    )


def _add_init_command(sub: argparse._SubParsersAction[Parser]) -> None:
    p = sub.add_parser(
        "init",
        help="create or migrate the database; a new one gets its manager account",
        description="Create the database, or bring an existing one up to this version. A new clinic "
        "(or one upgraded from before user accounts) gets its manager account: named by --manager "
        "(else --user / $CLINIC_USER, else asked at the terminal), its password from "
        "$CLINIC_PASSWORD, else asked twice at the terminal. Without a manager, no database is made.",
    )
    p.add_argument("--manager", metavar="NAME", help="the name of the clinic's first manager account")
    p.add_argument("--name", metavar="NAME", help="the clinic's name (a new clinic; else set it later)")
    p.add_argument(
        "--timezone",
        metavar="ZONE",
        help="the clinic's IANA time zone, e.g. Europe/Vienna (default for a new clinic: this computer's)",
    )
    p.add_argument(
        "--region",
        metavar="CC[-SUB]",
        help="country and subdivision for public holidays and phone numbers, e.g. AT, US-NY or AT-9",
    )
    _json_flag(p)


def _add_info_and_check_commands(sub: argparse._SubParsersAction[Parser]) -> None:
    p = sub.add_parser("info", help="schema version, database, time zone and counts")
    _json_flag(p)
    p = sub.add_parser("check", help="integrity check; exit 1 listing problems")
    _json_flag(p)


def _add_demo_command(sub: argparse._SubParsersAction[Parser]) -> None:
    p = sub.add_parser("demo", help="fill an empty database with a synthetic clinic")
    p.add_argument("--patients", type=int, default=2000)
    p.add_argument("--providers", type=int, default=4)
    p.add_argument("--years", type=int, default=1)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument(
        "--if-empty", action="store_true", help="do nothing (exit 0) if the database already has data"
    )
    p.add_argument(
        "--password",
        metavar="P",
        help="the password of the demo users manager, provider and reception (default: "
        "$CLINIC_PASSWORD, else a random one printed once); for demonstrations only",
    )
    _json_flag(p)


def _add_provider_and_room_commands(sub: argparse._SubParsersAction[Parser]) -> None:
    providers = sub.add_parser("providers", help="the clinic's providers")
    psub = providers.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser)
    p = psub.add_parser("add", help="add a provider")
    p.add_argument("--name", required=True)
    p.add_argument("--credentials", default="")
    p.add_argument("--colour", "--color", dest="colour", help="#RRGGBB for the calendar")
    p.add_argument("--treats", metavar="CODE,CODE", help="the indications they treat (default: all)")
    _json_flag(p)
    p = psub.add_parser("list", help="list providers")
    _json_flag(p)

    rooms = sub.add_parser("rooms", help="rooms")
    rsub = rooms.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser)
    p = rsub.add_parser("add", help="add a room")
    p.add_argument("--name", required=True)
    p.add_argument("--kind", default="exam", help="e.g. exam or procedure")
    _json_flag(p)
    p = rsub.add_parser("list", help="list rooms")
    _json_flag(p)


def _add_type_and_hours_commands(sub: argparse._SubParsersAction[Parser]) -> None:
    types = sub.add_parser("types", help="appointment types")
    tsub = types.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser)
    p = tsub.add_parser("add", help="add an appointment type")
    p.add_argument("--name", required=True)
    p.add_argument("--minutes", type=int, required=True)
    p.add_argument("--room-kind", help="the kind of room it needs, e.g. procedure")
    p.add_argument("--indication", help="the indication it treats, e.g. chronic_migraine")
    p.add_argument("--colour", "--color", dest="colour", default="#7a8a9c")
    _json_flag(p)
    p = tsub.add_parser("list", help="list appointment types")
    _json_flag(p)

    hours = sub.add_parser("hours", help="providers' weekly working hours")
    hsub = hours.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser)
    p = hsub.add_parser(
        "set", help="set weekdays' blocks, e.g. --weekday mon-fri --blocks 08:00-12:00,13:00-17:00"
    )
    p.add_argument("--provider", type=int, required=True, metavar="ID")
    p.add_argument(
        "--weekday",
        required=True,
        metavar="DAYS",
        help="one day (mon), a range (mon-fri) or a list (mon,wed,fri)",
    )
    p.add_argument("--blocks", required=True, help='blocks of work, "" for a day off')
    _json_flag(p)
    p = hsub.add_parser("show", help="a provider's week")
    p.add_argument("--provider", type=int, required=True, metavar="ID")
    _json_flag(p)


def _add_module_commands(sub: argparse._SubParsersAction[Parser], only: str | None) -> None:
    """The commands other modules add (MODULE_COMMANDS); with ``only``, just the module of that
    command is imported."""
    for module, commands in MODULE_COMMANDS.items():
        if only is not None and only not in commands:
            continue
        found = importlib.import_module(f"clinic_desktop.cli.{module}")
        if module == "patients":
            patient_actions = found.add_parsers(sub, _json_flag)
            add_patient_csv_commands(patient_actions)
            from clinic_desktop.cli import messages as message_commands

            message_commands.add_consent_command(patient_actions)
        else:
            found.add_parsers(sub, _json_flag, Parser)


def _add_schedule_command(sub: argparse._SubParsersAction[Parser]) -> None:
    p = sub.add_parser("schedule", help="the day list")
    schsub = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser)
    p = schsub.add_parser(
        "day",
        help="appointments of one clinic-local day, in start order",
        description="The day list. With --pdf, written as a printable PDF: the provider's list (age, "
        "indication, planned protocol, last dose, alerts) with one section per provider, or with "
        "--reception one list in time order with phone numbers.",
    )
    p.add_argument("date", help="YYYY-MM-DD")
    p.add_argument("--provider", type=int, metavar="ID")
    p.add_argument("--pdf", metavar="FILE", help="write the printable day list to FILE (PDF)")
    p.add_argument(
        "--reception", action="store_true", help="with --pdf: reception's list, with phone numbers"
    )
    p.add_argument(
        "--paper",
        choices=["a4", "letter"],
        help="with --pdf: paper size (default: A4, or Letter in US locales)",
    )
    p.add_argument(
        "--initials",
        action="store_true",
        help="with --pdf: patients as initials, without phone numbers or MRNs (a list others may see)",
    )
    _json_flag(p)


#: The range of a whole number the database stores (a signed 64-bit integer).
SMALLEST, LARGEST = -(2**63), 2**63 - 1


def whole_number(text: str) -> int:
    """argparse's int, refusing numbers no id or count can be: such a number would otherwise
    reach the database driver and fail there as an internal error instead of a usage error."""
    shown = f"{text[:30]}..." if len(text) > 30 else text
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{shown}' is not a whole number") from None
    if not SMALLEST <= value <= LARGEST:
        raise argparse.ArgumentTypeError(f"{shown} is too large a number")
    return value


def _bound_whole_numbers(parser: argparse.ArgumentParser) -> None:
    """Every `type=int` option of every command, including those added in other modules, reads
    through whole_number (one rule, not one per option)."""
    for action in parser._actions:
        if action.type is int:
            action.type = whole_number
        if isinstance(action, argparse._SubParsersAction):
            for subparser in dict.fromkeys(action.choices.values()):
                _bound_whole_numbers(subparser)
