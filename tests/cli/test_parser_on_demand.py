"""The command line parses the command it runs and loads that command's module alone (issue 22):
the parser for one command reads its arguments exactly as the whole parser does, and a word that
is no command, or help asked for before one, gets the whole parser (and its list of commands)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from clinic_desktop.cli.parser import KNOWN, build_parser, command_word

SAMPLES = [
    ["--db", "x.db", "patients", "search", "smi", "--limit", "20", "--json"],
    ["--user", "ana", "appointments", "book", "--patient", "1", "--provider", "2", "--type", "Consultation",
     "--start", "2026-12-01T09:00", "--json"],
    ["--now", "2026-11-23T10:00", "schedule", "day", "2026-11-23", "--json"],
    ["users", "token", "create", "--user", "ana", "--days", "7", "--json"],
    ["settings", "set", "timezone", "Europe/Vienna"],
    ["treatments", "record", "--patient", "1", "--provider", "1", "--indication", "chronic_migraine",
     "--product", "onabotulinumtoxinA", "--lot", "L1", "--site", "frontalis:bilateral:20:4"],
    ["export", "fhir", "--patient", "1", "out.json"],
    ["recalls", "--json"],
    ["info", "--json"],
    ["gui", "--smoke", "--until", "first-view"],
    [],
]  # fmt: skip


@pytest.mark.parametrize("argv", SAMPLES, ids=lambda argv: " ".join(argv) or "(none)")
def test_one_command_s_parser_reads_it_as_the_whole_parser_does(argv: list[str]) -> None:
    command = command_word(argv)
    assert command is not None
    alone = build_parser(window_only=command == "gui", only=command).parse_args(argv)
    assert vars(alone) == vars(build_parser().parse_args(argv))


def test_every_command_of_the_whole_parser_is_known() -> None:
    """A command added to the parser without being listed would still work (the whole parser is
    built for a word it does not know), only slower: the list is kept whole."""
    subparsers = build_parser()._subparsers._group_actions[0]  # type: ignore[union-attr]
    assert set(subparsers.choices) == KNOWN  # type: ignore[attr-defined]


def test_help_and_unknown_words_get_the_whole_parser() -> None:
    assert command_word(["--help"]) is None
    assert command_word(["--db", "x.db", "--version"]) is None
    assert command_word(["pateints", "search", "x"]) is None  # the usage error lists every command
    assert command_word(["--db", "patients", "info"]) == "info"  # an option's value is not the command


def test_a_search_loads_no_other_command_s_module() -> None:
    """In a fresh interpreter: parsing `patients search` imports the patients' command module and
    none of the others (charting, exports with FHIR, backups, users)."""
    code = (
        "import json, sys; from clinic_desktop.cli.parser import build_parser, command_word; "
        "argv = ['patients', 'search', 'smi']; "
        "build_parser(only=command_word(argv)).parse_args(argv); "
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('clinic_desktop.cli.') "
        "or m.startswith(('fhir', 'icalendar', 'PySide6')))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = json.loads(done.stdout)
    assert "clinic_desktop.cli.patients" in loaded
    for other in ("treatments", "exports", "backup", "users", "followups", "appointments"):
        assert f"clinic_desktop.cli.{other}" not in loaded
    assert not [m for m in loaded if m.startswith(("fhir", "icalendar", "PySide6"))]


def _fresh(code: str, **env: str) -> str:
    """What ``code`` prints in a fresh interpreter (``env`` added to its environment)."""
    import os

    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120,
        env={**os.environ, **env},
    )  # fmt: skip
    return done.stdout.strip()


def test_a_command_on_a_sqlite_clinic_loads_no_postgresql_driver(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """In a fresh interpreter, as a command runs: on a SQLite clinic peewee is told PostgreSQL's
    driver is not there (it imports it at its own import, a thirtieth of a second of every
    command); the command works, and its answer is the same."""
    db = tmp_path / "clinic.db"
    code = (
        "import json, sys, io, contextlib; from clinic_desktop.app import main; out = io.StringIO(); "
        f"argv = ['--db', {str(db)!r}, 'demo', '--patients', '20', '--providers', '1', '--years', '1', "
        "'--password', 'demo-clinic']; "
        "assert main(argv, stdout=out) == 0; out = io.StringIO(); "
        f"assert main(['--db', {str(db)!r}, 'info', '--json'], stdout=out) == 0; "
        "import peewee; print(json.dumps([sys.modules.get('psycopg2') is None, peewee.psycopg2 is None, "
        "json.loads(out.getvalue())['counts']['patients']]))"
    )
    assert json.loads(_fresh(code, CLINIC_USER="manager", CLINIC_PASSWORD="demo-clinic")) == [True, True, 20]


def test_a_command_naming_a_postgresql_server_keeps_the_driver() -> None:
    code = (
        "import json, sys; from clinic_desktop.app import without_postgresql_driver as without; "
        "done = [without(['--db', 'postgresql://clinic@db.example/clinic', 'info'])]; "
        "import peewee; print(json.dumps(done + [peewee.psycopg2 is not None]))"
    )
    assert json.loads(_fresh(code)) == [False, True]
    code = (  # CLINIC_DB names the server: the same
        "import json, os, sys; os.environ['CLINIC_DB'] = 'postgres://db.example/clinic'; "
        "from clinic_desktop.app import without_postgresql_driver as without; "
        "print(json.dumps([without(['info', '--json'])]))"
    )
    assert json.loads(_fresh(code)) == [False]


def test_a_process_that_has_the_driver_already_keeps_it() -> None:
    """A test run, a window that loaded the store: nothing is taken away from under them."""
    from clinic_desktop.app import without_postgresql_driver

    assert without_postgresql_driver(["--db", "x.db", "info"]) is False
    assert sys.modules.get("psycopg2") is not None


# What a read command signed in by a personal access token loads (issue 22: a whole process within
# 0.35 s, much of it spent defining classes the command never used). Each is loaded by the
# commands that use it: argon2 by a password, the treatments' and the
# messages' rules by a chart, a proposal or a booking, working time and patient flow by the
# calendar's reads, difflib by the duplicate checks, the clinical summary by a chart, an import's
# staging by an import, the messages' rules and templates by the messages commands, the calendar's
# use cases (booking, waiting list, status flow) by the calendar's commands, charting, protocols, lots
# and vials by what charts or reads them (a chart's history reads the records only).
NOT_FOR_A_READ = {
    "patients search smi --json": [
        "argon2", "clinic_desktop.domain.treatments", "clinic_desktop.domain.outcomes",
        "clinic_desktop.domain.messages", "clinic_desktop.domain.availability",
        "clinic_desktop.domain.flow", "clinic_desktop.services.channels", "difflib",
        "clinic_desktop.domain.clinical_record", "clinic_desktop.store.patient_import",
    ],
    "info --json": [
        "argon2", "clinic_desktop.domain.treatments", "clinic_desktop.domain.messages",
        "clinic_desktop.domain.availability", "clinic_desktop.domain.flow", "difflib",
        "clinic_desktop.services.patients", "clinic_desktop.domain.clinical_record",
        "clinic_desktop.store.patient_import",
    ],
    "patients show 1 --json": [
        "argon2", "difflib", "clinic_desktop.domain.treatments", "clinic_desktop.domain.messages",
        "clinic_desktop.store.patient_import", "clinic_desktop.services.appointments",
    ],
    "followups propose --patient 1 --json": [
        "argon2", "difflib", "clinic_desktop.domain.messages", "clinic_desktop.domain.clinical_record",
        "clinic_desktop.store.clinical_records", "clinic_desktop.store.patient_import",
        "clinic_desktop.services.appointments", "clinic_desktop.services.calendar.booking",
        "clinic_desktop.services.calendar.status_flow", "clinic_desktop.services.messages",
    ],
}  # fmt: skip


@pytest.mark.parametrize("command", sorted(NOT_FOR_A_READ))
def test_a_read_command_by_token_loads_only_what_it_uses(command: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """In a fresh interpreter, as the command line runs it: the answer is there, and none of the
    modules it does not use was loaded."""
    db = str(tmp_path / "clinic.db")
    make = (
        "import io, json; from clinic_desktop.app import main; out = io.StringIO(); "
        f"argv = ['--db', {db!r}, 'demo', '--patients', '30', '--providers', '1', '--years', '1', "
        "'--password', 'demo-clinic']; assert main(argv, stdout=out) == 0; out = io.StringIO(); "
        f"assert main(['--db', {db!r}, 'users', 'token', 'create', '--json'], stdout=out) == 0; "
        "print(json.loads(out.getvalue())['token'])"
    )
    token = _fresh(make, CLINIC_USER="manager", CLINIC_PASSWORD="demo-clinic")
    watched = NOT_FOR_A_READ[command]
    code = (
        "import io, json, sys; from clinic_desktop.app import main; out = io.StringIO(); "
        f"code = main(['--db', {db!r}, *{command.split()!r}], stdout=out); "
        f"print(json.dumps([code, len(out.getvalue()), [m for m in {watched!r} if m in sys.modules]]))"
    )
    env = {k: v for k, v in __import__("os").environ.items() if k not in ("CLINIC_USER", "CLINIC_PASSWORD")}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120,
        env={**env, "CLINIC_TOKEN": token},
    )  # fmt: skip
    exit_code, answer, loaded = json.loads(done.stdout)
    assert exit_code == 0 and answer > 2
    assert loaded == []


def test_a_command_s_own_process_collects_garbage_once_its_start_up_is_over(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The collector is paused while a command starts and resumed, with the start-up's objects
    frozen out of it, before its work; main called in a process of another's (a test run) leaves
    the collector as it was."""
    db = str(tmp_path / "clinic.db")
    make = (
        "import io, json; from clinic_desktop.app import main; "
        f"argv = ['--db', {db!r}, 'demo', '--patients', '5', '--providers', '1', '--years', '1', "
        "'--password', 'demo-clinic']; assert main(argv, stdout=io.StringIO()) == 0"
    )
    _fresh(make)
    code = (
        "import gc, io, json, sys; from clinic_desktop.app import main; "
        "from clinic_desktop.cli import main as cli; seen = []; handler = cli.HANDLERS['info']; "
        "cli.HANDLERS['info'] = lambda *a: "
        "seen.append([gc.isenabled(), gc.get_freeze_count() > 0]) or handler(*a); "
        f"code = main(['--db', {db!r}, 'info', '--json'], stdout=io.StringIO()); "
        "seen.append([code, gc.isenabled(), gc.get_freeze_count()]); "
        f"sys.argv = ['clinic-desktop', '--db', {db!r}, 'info', '--json']; "
        "sys.stdout = io.StringIO(); code = main(); sys.stdout = sys.__stdout__; "
        "seen.append([code, gc.isenabled(), gc.get_freeze_count() > 0]); print(json.dumps(seen))"
    )
    called, by_a_test, handler_own, own = json.loads(
        _fresh(code, CLINIC_USER="manager", CLINIC_PASSWORD="demo-clinic")
    )
    assert called == [True, False] and by_a_test == [0, True, 0]  # a test's call: untouched
    assert handler_own == [True, True]  # its own process: collecting again, start-up frozen
    assert own == [0, True, True]
