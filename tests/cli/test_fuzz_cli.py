"""Malformed input thrown at every command of the command line, and malformed CSV files at
`patients import`: never a traceback, never an internal error; a refusal (exit 1) or a usage error
(exit 2) with a message on stderr; the database exactly as it was (every row of every table, the
audit trail included), and `check` passing afterwards.

The commands are found by walking the argument parser, so a command added later is fuzzed
without anyone listing it here. Each argument gets junk of its kind (an id that no record has,
dates that do not exist, codes with characters no code has, empty and overlong names, numbers
that are not numbers, unicode, values past 64 bits); required options are sometimes left out and
unknown ones added. Every generated command line holds at least one thing that must be refused
(else an unknown option is added), except for the commands that only read: those may succeed, and
still must not have written anything (they sign in with audit=False).

A NUL character is never generated: no real command line can hold one (the operating system ends
each argument at it).

The examples are the same on every run (derandomized), so the suite is repeatable; to search
further, set CLINIC_FUZZ_EXAMPLES (e.g. 200) for that many random examples per command."""

from __future__ import annotations

import argparse
import contextlib
import csv
import hashlib
import io
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinic_desktop.cli import roles
from clinic_desktop.cli.parser import build_parser, whole_number
from clinic_desktop.domain.access import Role, allowed
from tests.clinic_users import MANAGER, PROVIDER, RECEPTION, fast_password_hashing, new_clinic, run

# Printing (schedule day --pdf) makes its Qt application in-process: the session's comes first.
pytestmark = pytest.mark.usefixtures("qapp")

NOW = "2026-11-23T10:00"
SEARCH = os.environ.get("CLINIC_FUZZ_EXAMPLES")  # a longer, random search when set
EXAMPLES = int(SEARCH or 5)  # per command; about 60 commands, all in-process
CSV_EXAMPLES = int(SEARCH or 40)

#: Commands that may succeed on acceptable input because they change nothing in the database:
#: they read, or write files outside it. `init` on a clinic that exists only checks its schema;
#: `demo --if-empty` on a clinic with data does nothing. Exit 0 is still checked against the rows.
READ_ONLY = {
    ("info", None), ("check", None), ("settings", "show"), ("providers", "list"), ("rooms", "list"),
    ("types", "list"), ("hours", "show"), ("patients", "search"), ("patients", "export"),
    ("appointments", "list"), ("schedule", "day"), ("slots", "free"), ("lots", "list"),
    ("protocols", "list"), ("protocols", "show"), ("treatments", "list"), ("outcomes", "list"),
    ("outcomes", "measures"), ("recalls", None), ("followups", "propose"), ("export", "ics"),
    ("export", "appointments"), ("export", "treatments"), ("export", "recalls"), ("backup", None),
    ("users", "list"), ("audit", "verify"), ("audit", "list"), ("init", None), ("demo", None),
}  # fmt: skip

NOT_FUZZED = {"gui"}  # opens a window


# --- the commands ----------------------------------------------------------------------------------


def leaves() -> list[tuple[tuple[str, str | None], argparse.ArgumentParser]]:
    """Every (command, action) with its parser, from the parser itself."""
    found = []
    top = build_parser()
    for group in top._subparsers._group_actions:  # type: ignore[union-attr]
        for name, parser in group.choices.items():
            if name in NOT_FUZZED:
                continue
            inner = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
            if inner:
                found += [((name, action), sub) for action, sub in inner[0].choices.items()]
            else:
                found.append(((name, None), parser))
    return found


LEAVES = leaves()


def runner(leaf: tuple[str, str | None]) -> str:
    """The user who may run the command (so that the junk reaches it), the manager when any may."""
    needs = roles.needed(*leaf)
    for user, role in ((MANAGER, Role.MANAGER), (PROVIDER, Role.PROVIDER), (RECEPTION, Role.RECEPTION)):
        if needs is None or allowed(role, needs):
            return user
    raise AssertionError(leaf)


# --- junk, by kind of argument ---------------------------------------------------------------------

# Text with no NUL (see the module's docstring) and no surrogates (not text a terminal can send).
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
# Bad for certain: (value, True); possibly acceptable: (value, False).
Junk = tuple[str, bool]

NOT_A_NUMBER = ["", " ", "abc", "1.5", "0x10", "1e3", "-", "١٢x", "٣.٥", "½", "1_0_", "NaN", "∞", "+-1"]
NO_SUCH_ID = ["0", "-1", "-42", "1000000", "987654321", str(2**63 - 1), str(-(2**63)), "١٢٣٤٥٦٧"]
PAST_64_BITS = [str(2**63), str(-(2**63) - 1), "9" * 30, "1" * 5000]
NO_SUCH_DATE = ["", " ", "yesterday", "2026-02-30", "2026-13-01", "2026-00-10", "2026-1-32", "0000-01-01",
                "10000-01-01", "2026-11-23T25:00", "2026-11-23T10:61", "T10:00", "31.02.2026",
                "٢٠٢٦-٠٢-٣٠", "9" * 60, "2026-02-30T10:00", "now", "2026–11–23"]  # fmt: skip
EDGE_DATES = ["0001-01-01", "9999-12-31", "9999-12-31T23:59", "0001-01-01T00:00", "1900-01-01"]
NO_SUCH_CODE = ["§", "!!", "??x", "x!" * 60, "chronic§migraine", "mon§", "#zzzzzz§", "<script>", "ü§", "a:b§"]


def kind_of(leaf: tuple[str, str | None], action: argparse.Action) -> str:
    """What an argument holds, from its name and metavar (unknown names count as free text)."""
    dest, metavar = action.dest, str(action.metavar or "")
    if action.choices is not None and not isinstance(action, argparse._SubParsersAction):
        return "choice"
    if action.type is whole_number:
        return "id" if metavar == "ID" or dest in {"id", "survivor", "duplicate"} else "count"
    if leaf == ("settings", "set") and dest == "value":
        return "setting"
    if metavar in {"DATE", "LOCAL", "ISO_DATETIME"} or dest in {"dob", "expires", "date", "first", "last",
                                                               "until", "at", "start"}:  # fmt: skip
        return "date"
    if "FILE" in metavar or "FOLDER" in metavar or dest in {"file", "target", "rejects", "csv", "pdf"}:
        return "file"
    if dest in {"name", "given", "family", "label"}:
        return "name"
    if dest in {"value", "waste", "low", "high", "diluent_ml"}:
        return "number"
    if dest in {"indication", "product", "measure", "kind", "weekday", "code", "room_kind", "colour",
                "treats", "blocks", "type", "site", "protocol"}:  # fmt: skip
        return "code"
    return "text"


def junk(kind: str, action: argparse.Action) -> st.SearchStrategy[Junk]:
    bad = st.sampled_from
    if kind == "choice":
        choices = [str(c) for c in action.choices or []]
        wrong = TEXT.filter(lambda t: t not in choices).map(lambda t: (t, True))
        return st.one_of(wrong, bad(choices).map(lambda c: (c, False)))
    if kind == "id":
        return bad(NOT_A_NUMBER + NO_SUCH_ID + PAST_64_BITS).map(lambda v: (v, True))
    if kind == "count":
        return st.one_of(
            bad(NOT_A_NUMBER + PAST_64_BITS).map(lambda v: (v, True)),
            bad(["0", "-1", "-100", "100000000", str(2**63 - 1), str(-(2**63))]).map(lambda v: (v, False)),
        )
    if kind == "date":
        return st.one_of(
            bad(NO_SUCH_DATE).map(lambda v: (v, True)), bad(EDGE_DATES).map(lambda v: (v, False))
        )
    if kind == "code":
        return st.one_of(bad(NO_SUCH_CODE).map(lambda v: (v, True)), TEXT.map(lambda t: (t, False)))
    if kind == "name":
        overlong = st.text(st.characters(blacklist_categories=("Cs", "Z", "C")), min_size=1, max_size=3)
        return st.one_of(
            bad(["", " ", "\t \n"]).map(lambda v: (v, True)),
            overlong.map(lambda t: (t * 400, True)),  # past every name's limit (64, 120 characters)
            TEXT.map(lambda t: (t, False)),
        )
    if kind == "setting":  # past every setting's limit, and no zone, country or number
        return TEXT.map(lambda t: ("§" + t + "x" * 130, True))
    if kind == "number":
        return st.one_of(
            bad(NOT_A_NUMBER[:9] + ["nan", "inf", "-Infinity", "1,5"]).map(lambda v: (v, True)),
            bad(["-1", "1e308", "1e-400", "99999999999999999999", "0"]).map(lambda v: (v, False)),
        )
    if kind == "file":  # relative: each example runs in a folder of its own
        names = ["out.csv", "x.ics", "sub/none/x.csv", ".", "..", "n" * 300, "ü ñ.json", "-", "out.pdf"]
        return st.one_of(bad(names), TEXT.filter(lambda t: t.strip() not in ("", "/"))).map(
            lambda v: (v.lstrip("/"), False)
        )
    return st.one_of(TEXT, bad(["", "x" * 10_000, "😀" * 100, "--json", "-1"])).map(lambda v: (v, False))


@st.composite
def command_lines(
    draw: st.DrawFn, leaf: tuple[str, str | None], parser: argparse.ArgumentParser
) -> tuple[list[str], bool]:
    """A command line for one command, and whether it holds something that must be refused."""
    words: list[str] = [w for w in leaf if w]
    surely_bad = False
    positionals: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        required = action.required if action.option_strings else action.nargs not in ("?", "*")
        if isinstance(action, argparse._StoreTrueAction | argparse._StoreConstAction):
            if draw(st.booleans()):
                words.append(action.option_strings[0])
            continue
        if required and draw(st.integers(0, 9)) == 0:
            surely_bad = True  # a required argument left out
            continue
        if not required and not draw(st.booleans()):
            continue
        kind = kind_of(leaf, action)
        repeat = draw(st.integers(1, 2)) if isinstance(action, argparse._AppendAction) else 1
        for _ in range(repeat):
            value, bad = draw(junk(kind, action))
            surely_bad |= bad
            if action.option_strings:
                option = draw(st.sampled_from(action.option_strings))
                words += [f"{option}={value}"] if value.startswith("-") else [option, value]
            else:
                positionals.append(value)
    if positionals:
        words.append("--")  # what follows are values, even those starting with a dash
        words += positionals
    if draw(st.integers(0, 5)) == 0:
        words.insert(0, "--no-such-option")
        surely_bad = True
    return words, surely_bad


# --- the clinic, and what it holds -----------------------------------------------------------------


CONFIG_HOME: dict[str, str] = {}  # the configuration folder of each module clinic, by its file


@pytest.fixture(autouse=True)
def _the_clinic_s_computer(_isolated_user_dirs: None, clinic: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The workstation the clinic was made on: its configuration folder holds the audit key."""
    monkeypatch.setenv("XDG_CONFIG_HOME", CONFIG_HOME[clinic])


@pytest.fixture(scope="module")
def clinic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A small demo clinic with a user for each role, made once for the module: every command
    must leave it as it was, so each test can share it (and says so if one did not)."""
    db = str(tmp_path_factory.mktemp("fuzz") / "clinic.db")
    with pytest.MonkeyPatch.context() as patch:
        # The clinic's audit key is made in this configuration folder; every test of the module
        # runs in it too (_the_clinic_s_computer), as one workstation would.
        patch.setenv("XDG_CONFIG_HOME", CONFIG_HOME.setdefault(db, str(tmp_path_factory.mktemp("config"))))
        fast_password_hashing(patch)
        new_clinic(db)
        code, _, err = run("--db", db, "--now", NOW, "demo", "--patients", "40", "--providers", "2")
        assert code == 0, err
        folder = Path(db).parent
        # The first export makes the clinic's identity (one write, once): made here, not by an example.
        code, _, err = run("--db", db, "export", "ics", "--provider", "1", "--from", "2026-11-01", "--to",
                           "2026-11-30", str(folder / "first.ics"))  # fmt: skip
        assert code == 0, err
    yield db


def digest(db: str) -> str:
    """Every row of every table (the audit trail, the search index and the statistics too)."""
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        sha = hashlib.sha256()
        tables = [
            t for (t,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1")
        ]
        for table in tables:
            sha.update(table.encode())
            for row in sorted(repr(r) for r in connection.execute(f'SELECT * FROM "{table}"')):
                sha.update(row.encode())
        return sha.hexdigest()
    finally:
        connection.close()


@contextlib.contextmanager
def own_folder(base: Path) -> Iterator[Path]:
    """Each example writes its files (exports, rejects) into a new folder, its working directory."""
    base.mkdir(exist_ok=True)
    folder = base / f"example-{len(list(base.iterdir()))}"
    folder.mkdir()
    with contextlib.chdir(folder):
        yield folder


def assert_refused_or_harmless(
    leaf: tuple[str, str | None], argv: list[str], result: tuple[int, str, str]
) -> None:
    code, out, err = result
    shown = f"{' '.join(argv)!r} -> {code}\nstdout: {out[:500]}\nstderr: {err[:500]}"
    assert "Traceback" not in out + err, shown
    assert code != 3, f"an internal error: {shown}"
    if code == 0:  # only a command that cannot change the database (which is checked next)
        assert leaf in READ_ONLY, f"accepted: {shown}"
        return
    assert code in (1, 2), shown
    assert err.strip(), f"refused without a word: {shown}"
    if code == 2 or leaf != ("patients", "import"):
        assert out == "", f"a refusal printed a result: {shown}"


def assert_check_passes(db: str) -> None:
    code, _, err = run("--db", db, "check")
    assert code == 0 and "No problems found" in err, err


# --- the tests -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("leaf", "parser"), LEAVES, ids=[" ".join(w for w in leaf if w) for leaf, _ in LEAVES]
)
def test_malformed_arguments_are_refused_and_change_nothing(
    clinic: str, tmp_path: Path, leaf: tuple[str, str | None], parser: argparse.ArgumentParser
) -> None:
    before = digest(clinic)

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=not SEARCH, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip
    @given(data=st.data())
    def example(data: st.DataObject) -> None:
        words, surely_bad = data.draw(command_lines(leaf, parser), label="command")
        if leaf not in READ_ONLY and not surely_bad:
            words.insert(0, "--no-such-option")  # a changing command only ever gets junk
            surely_bad = True
        junk_now = data.draw(
            st.sampled_from([None, None, None, "yesterday", "2026-02-30T10:00"]), label="now"
        )
        user = data.draw(
            st.sampled_from([runner(leaf), runner(leaf), MANAGER, PROVIDER, RECEPTION]), label="user"
        )
        argv = [
            "--db",
            clinic,
            "--now",
            junk_now or NOW,
            *(["--json"] if data.draw(st.booleans()) else []),
            *words,
        ]
        with own_folder(tmp_path):
            result = run(*argv, user=user)
        assert_refused_or_harmless(leaf, argv, result)
        assert digest(clinic) == before, f"the database changed: {argv!r} -> {result}"

    example()
    assert_check_passes(clinic)


# --- CSV files that no line of can be imported -----------------------------------------------------

HEADERS = ["mrn", "given_name", "family_name", "date_of_birth", "phone", "email", "sex", "external_id"]


@st.composite
def malformed_csv(draw: st.DrawFn) -> bytes:
    """Garbage bytes, text that is no table of patients, or a table whose every line is wrong."""
    shape = draw(st.sampled_from(["bytes", "text", "table", "table", "table"]))
    if shape == "bytes":
        return draw(st.binary(min_size=1, max_size=300).filter(lambda b: b.strip(b" \t\r\n,;\xef\xbb\xbf")))
    if shape == "text":  # no column a patient file has
        return ("§" + draw(TEXT)).encode()
    delimiter = draw(st.sampled_from([",", ";"]))
    columns = draw(st.lists(st.sampled_from(HEADERS), min_size=0, max_size=8, unique=True))
    for needed in ("given_name", "family_name"):
        if needed not in columns and draw(st.booleans()):
            columns.append(needed)
    columns.insert(draw(st.integers(0, len(columns))), "date_of_birth")
    lines = []
    for _ in range(draw(st.integers(1, 5))):
        # No MRN of the clinic's (a line naming one would update that patient).
        row = {c: draw(st.one_of(TEXT, st.sampled_from(["Ines", "1972-05-10", "+1 212 555 0100", "x@y"])))
               for c in columns}  # fmt: skip
        # every line's date of birth is impossible: no line can be imported
        row["date_of_birth"] = draw(st.sampled_from([d for d in NO_SUCH_DATE if d.strip()]))
        lines.append([row[c] for c in columns])
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=draw(st.sampled_from(["\n", "\r\n"])))
    writer.writerow(columns)
    writer.writerows(lines)
    text = buffer.getvalue()
    if draw(st.booleans()):  # an unclosed quote, a stray cell, a cut line
        text = text[: draw(st.integers(len(text) // 2, len(text)))] + draw(
            st.sampled_from(['"', f'{delimiter}"x', f"{delimiter}{delimiter}extra\n", ""])
        )
    prefix = draw(st.sampled_from([b"", b"\xef\xbb\xbf"]))
    return prefix + text.encode(draw(st.sampled_from(["utf-8", "utf-8", "latin-1", "utf-16"])), "replace")


def test_malformed_csv_files_are_refused_and_import_nothing(clinic: str, tmp_path: Path) -> None:
    before = digest(clinic)

    @settings(max_examples=CSV_EXAMPLES, deadline=None, derandomize=not SEARCH, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip
    @given(content=malformed_csv(), options=st.sets(st.sampled_from(["--dry-run", "--json", "--rejects"])))
    def example(content: bytes, options: set[str]) -> None:
        with own_folder(tmp_path) as folder:
            (folder / "patients.csv").write_bytes(content)
            argv = ["--db", clinic, "patients", "import", "patients.csv"]
            argv += [w for o in sorted(options) for w in ([o, "rejects.csv"] if o == "--rejects" else [o])]
            code, out, err = run(*argv, user=RECEPTION)
        shown = f"{content[:300]!r} {options} -> {code}\n{err[:500]}"
        assert "Traceback" not in out + err and code == 1 and err.strip(), shown
        assert digest(clinic) == before, f"the database changed: {shown}"

    example()
    assert_check_passes(clinic)
