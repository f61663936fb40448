"""Signing in on the command line, the role of each command, `users`, `audit`, `init --manager`
and the demo's users (docs/cli.md, "Roles" and "Signing in")."""

from __future__ import annotations

import io
import json
import re
import sqlite3
from pathlib import Path

import pytest

from clinic_desktop.cli import roles
from clinic_desktop.cli.parser import build_parser
from clinic_desktop.domain.access import Role, allowed
from tests.clinic_users import MANAGER, PASSWORD, PROVIDER, RECEPTION, new_clinic, provider_account, run

NOW = "2026-11-23T10:00"


@pytest.fixture
def db(tmp_path: Path) -> str:
    return new_clinic(str(tmp_path / "clinic.db"))


class Terminal(io.StringIO):
    """Typed answers at a terminal (what `ask` reads), for the prompts' paths."""

    def isatty(self) -> bool:
        return True


def leaves() -> list[tuple[str, str | None]]:
    """Every command and action of the parser, as (command, action or None)."""
    found: list[tuple[str, str | None]] = []
    for action in build_parser()._subparsers._group_actions:  # type: ignore[union-attr]
        for name, parser in action.choices.items():
            inner = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
            if inner:
                found += [(name, sub) for sub in inner[0].choices]
            else:
                found.append((name, None))
    return found


# --- signing in ------------------------------------------------------------------------------------


def test_no_credentials_is_refused_saying_how_to_sign_in(db: str) -> None:
    for user, password in ((None, None), (MANAGER, None), (None, PASSWORD)):
        code, out, err = run("--db", db, "info", user=user, password=password)
        assert (code, out) == (1, "")
        assert "Sign in to run this: give --user NAME (or set CLINIC_USER) and set CLINIC_PASSWORD" in err
    code, out, _ = run("--db", db, "--user", RECEPTION, "info", "--json", user=None)  # --user
    assert code == 0 and json.loads(out)["counts"]["patients"] == 0


def test_a_password_is_asked_for_at_a_terminal(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def getpass(prompt: str) -> str:
        asked.append(prompt)
        return PASSWORD

    monkeypatch.setattr("getpass.getpass", getpass)
    code, out, _ = run("--db", db, "info", "--json", password=None, stdin=Terminal())
    assert code == 0 and json.loads(out)["schema_version"] > 0
    assert asked == [f"Password for {MANAGER}: "]


def test_wrong_passwords_then_the_lockout(db: str) -> None:
    code, out, err = run("--db", db, "info", user="nobody")
    assert (code, out, err.strip()) == (1, "", "Wrong user name or password.")
    for _ in range(5):
        code, out, err = run("--db", db, "info", user=RECEPTION, password="not it at all")
        assert (code, out, err.strip()) == (1, "", "Wrong user name or password.")
    code, out, err = run("--db", db, "info", user=RECEPTION)  # the right password, too late
    assert (code, out) == (1, "")
    assert re.search(r"reception's account is locked after 5 wrong passwords, until \d\d:\d\d", err)
    code, listed, _ = run("--db", db, "users", "list", "--json")
    (locked,) = [u for u in json.loads(listed) if u["name"] == RECEPTION]
    assert locked["locked_until"] is not None
    code, _, err = run("--db", db, "users", "unlock", RECEPTION)
    assert code == 0 and "unlocked" in err
    assert run("--db", db, "info", user=RECEPTION)[0] == 0
    code, out, _ = run("--db", db, "audit", "list", "--user", RECEPTION, "--json")
    assert [e["action"] for e in json.loads(out)] == ["locked"] + ["sign_in_failed"] * 4


def test_a_clinic_without_accounts_says_to_make_the_manager(tmp_path: Path) -> None:
    from clinic_desktop.services import ClinicServices

    db = str(tmp_path / "old.db")
    ClinicServices.open(db).close()  # made in-process, before accounts
    code, out, err = run("--db", db, "info")
    assert (code, out) == (1, "")
    assert "has no user accounts yet" in err and f"--db {db} init --manager NAME" in err


def test_a_command_on_a_missing_file_makes_no_database(tmp_path: Path) -> None:
    db = tmp_path / "nowhere" / "clinic.db"
    for command in (("info",), ("patients", "add", "--given", "A", "--family", "B", "--dob", "1970-01-01")):
        code, out, err = run("--db", str(db), *command)
        assert (code, out) == (1, "")
        assert f"There is no clinic database at {db}" in err and "init --manager NAME" in err
    assert not db.parent.exists()


# --- init --manager --------------------------------------------------------------------------------


def test_init_without_a_manager_or_password_is_refused_and_leaves_nothing(tmp_path: Path) -> None:
    db = tmp_path / "site" / "clinic.db"
    code, out, err = run("--db", str(db), "init", user=None)
    assert (code, out) == (1, "") and "give init --manager NAME" in err
    assert not db.parent.exists()
    code, out, err = run("--db", str(db), "init", "--manager", "Maria", user=None, password=None)
    assert (code, out) == (1, "") and "CLINIC_PASSWORD" in err
    assert not db.parent.exists()
    code, out, err = run("--db", str(db), "init", "--manager", "Maria", user=None, password="short")
    assert (code, out) == (1, "") and "at least 8 characters" in err
    assert not db.parent.exists()


def test_init_takes_the_manager_from_clinic_user_or_the_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = str(tmp_path / "first.db")
    code, out, _ = run("--db", first, "init", "--json", user="Maria Boss")  # CLINIC_USER
    assert code == 0 and json.loads(out)["manager"] == "Maria Boss"
    answers = iter(["s3cret-enough", "s3cret-enough"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))
    second = str(tmp_path / "second.db")
    code, out, err = run("--db", second, "init", "--json", user=None, password=None,
                         stdin=Terminal("Jo Manager\n"))  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["manager"] == "Jo Manager" and "Name of the manager account: " in err
    code, out, _ = run("--db", second, "users", "list", "--json", user="jo manager", password="s3cret-enough")
    assert code == 0 and [(u["name"], u["role"]) for u in json.loads(out)] == [("Jo Manager", "manager")]
    # an existing clinic is only migrated: no sign-in, no second manager
    code, out, err = run("--db", second, "init", "--manager", "Someone", user=None, password=None)
    assert (code, out) == (0, "") and "already has user accounts" in err and "up to date" in err


# --- the role of each command ----------------------------------------------------------------------


def test_every_command_has_a_role_rule() -> None:
    unlisted = [leaf for leaf in leaves() if not roles.listed(*leaf)]
    assert unlisted == []


RECEPTION_RUNS = {"patients", "appointments", "schedule", "slots", "followups", "recalls", "info"}
PROVIDER_ALSO = {"treatments", "outcomes", "protocols", "lots"}
CLINICAL = {("treatments", "record"), ("outcomes", "add"), ("followups", "plan")}


@pytest.mark.parametrize("leaf", leaves(), ids=lambda leaf: " ".join(w for w in leaf if w))
def test_the_role_table_follows_the_contract(leaf: tuple[str, str | None]) -> None:
    """docs/cli.md, "Roles"; a patient's own re-treatment interval is charting (a clinician's)."""
    command, action = leaf
    if command in roles.WITHOUT_SIGN_IN:
        return
    needs = roles.needed(command, action)

    def may(role: Role) -> bool:
        return needs is None or allowed(role, needs)

    front_desk = (command in RECEPTION_RUNS or leaf == ("export", "ics")) and leaf not in CLINICAL
    clinical = command in PROVIDER_ALSO or leaf == ("export", "fhir") or leaf in CLINICAL
    if front_desk:
        assert may(Role.RECEPTION) and may(Role.PROVIDER)
    if clinical:
        assert may(Role.PROVIDER) and not may(Role.RECEPTION)
    if leaf in CLINICAL:
        assert not may(Role.MANAGER)
    else:
        assert may(Role.MANAGER)
    # One's own password and one's own access tokens are anyone's; the rest of these, managers'.
    if command in {"users", "audit", "backup", "restore", "settings", "check"} and leaf not in (
        ("users", "passwd"),
        ("users", "token"),
    ):
        assert not may(Role.RECEPTION) and not may(Role.PROVIDER)


@pytest.mark.parametrize(
    ("user", "command", "message"),
    [
        (RECEPTION, ("treatments", "record", "--patient", "1", "--provider", "1", "--indication",
                     "chronic_migraine", "--product", "onabotulinumtoxinA", "--lot", "L1"),
         "Charting needs the provider role; you are signed in as reception."),
        (MANAGER, ("outcomes", "add", "--patient", "1", "--measure", "midas", "--value", "10"),
         "Charting needs the provider role; you are signed in as manager."),
        (PROVIDER, ("users", "add", "--name", "Eve", "--role", "manager"),
         "Managing users needs the manager role; you are signed in as provider."),
        (RECEPTION, ("export", "fhir", "--patient", "1", "x.json"),
         "Exporting health records needs the provider or manager role; you are signed in as reception."),
        (PROVIDER, ("audit", "verify"),
         "The audit trail needs the manager role; you are signed in as provider."),
        (RECEPTION, ("settings", "set", "timezone", "Europe/Vienna"),
         "Clinic settings needs the manager role; you are signed in as reception."),
        (PROVIDER, ("check",),
         "Checking and restoring the database needs the manager role; you are signed in as provider."),
        (PROVIDER, ("demo", "--patients", "5"),
         "Checking and restoring the database needs the manager role; you are signed in as provider."),
    ],
)  # fmt: skip
def test_a_refused_command_names_the_role_and_changes_nothing(
    db: str, tmp_path: Path, user: str, command: tuple[str, ...], message: str
) -> None:
    provider_account(db)
    before = sqlite_rows(db)
    code, out, err = run("--db", db, "--now", NOW, *command, user=user)
    assert (code, out, err.strip()) == (1, "", message)
    assert not (tmp_path / "x.json").exists()
    assert sqlite_rows(db) == before  # not even an audit entry


def sqlite_rows(db: str) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, read with Python's own sqlite3 (not through the application)."""
    connection = sqlite3.connect(db)
    try:
        tables = [t for (t,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: sorted(connection.execute(f'SELECT * FROM "{t}"'), key=repr) for t in tables}
    finally:
        connection.close()


# --- users -----------------------------------------------------------------------------------------


def test_users_add_list_set_and_passwd(db: str) -> None:
    provider_account(db)
    code, out, err = run("--db", db, "users", "add", "--name", "Ana Ruiz", "--role", "reception", "--json",
                         new_password="ana's password")  # fmt: skip
    assert code == 0 and "Added Ana Ruiz as reception" in err
    added = json.loads(out)
    assert {k: added[k] for k in ("name", "role", "active")} == {"name": "Ana Ruiz", "role": "reception",
                                                                "active": True}  # fmt: skip
    code, out, err = run("--db", db, "users", "add", "--name", "Ben", "--role", "provider")
    assert (code, out) == (1, "") and "CLINIC_NEW_PASSWORD" in err  # no password, no terminal
    code, out, err = run("--db", db, "users", "add", "--name", "ana ruiz", "--role", "manager",
                         new_password="whatever123")  # fmt: skip
    assert (code, out) == (1, "") and "already a user called" in err
    code, out, _ = run("--db", db, "users", "list", "--json")
    listed = json.loads(out)
    assert [u["name"] for u in listed] == sorted([MANAGER, PROVIDER, RECEPTION, "Ana Ruiz"], key=str.lower)
    assert all({"id", "name", "role", "active"} <= set(u) for u in listed)

    # her own password, signed in with the old one
    code, _, err = run("--db", db, "users", "passwd", "Ana Ruiz", user="Ana Ruiz", password="ana's password",
                       new_password="a new one, longer")  # fmt: skip
    assert code == 0 and "Ana Ruiz's password was changed" in err
    assert run("--db", db, "info", user="Ana Ruiz", password="ana's password")[0] == 1
    assert run("--db", db, "info", user="Ana Ruiz", password="a new one, longer")[0] == 0
    # someone else's: only a manager
    code, out, err = run("--db", db, "users", "passwd", MANAGER, user="Ana Ruiz",
                         password="a new one, longer", new_password="taken over!")  # fmt: skip
    assert (code, out) == (1, "") and "Managing users needs the manager role" in err
    code, _, _ = run("--db", db, "users", "passwd", "Ana Ruiz", new_password="reset by the manager")
    assert code == 0 and run("--db", db, "info", user="Ana Ruiz", password="reset by the manager")[0] == 0

    code, out, err = run("--db", db, "users", "set", "Ana Ruiz", "--role", "provider", "--json")
    assert (code, out) == (1, "") and "A provider account is one provider" in err  # whom is she?
    code, out, err = run("--db", db, "providers", "add", "--name", "Ana Ruiz RN", "--json")
    nurse = json.loads(out)["id"]
    code, out, err = run("--db", db, "users", "set", "Ana Ruiz", "--role", "provider",
                         "--provider", str(nurse), "--json")  # fmt: skip
    assert code == 0 and (json.loads(out)["role"], json.loads(out)["provider_id"]) == ("provider", nurse)
    code, out, err = run("--db", db, "users", "set", "Ana Ruiz", "--active", "no")
    assert code == 0 and "switched off" in err
    code, _, err = run("--db", db, "info", user="Ana Ruiz", password="reset by the manager")
    assert code == 1 and "switched off" in err
    code, out, err = run("--db", db, "users", "set", MANAGER, "--role", "reception")
    assert (code, out) == (1, "") and "only manager" in err
    code, out, err = run("--db", db, "users", "set", "Nobody", "--active", "no")
    assert (code, out) == (1, "") and "no user called Nobody" in err
    code, out, err = run("--db", db, "users", "set", PROVIDER)
    assert (code, out) == (1, "") and "--role" in err


def test_a_new_password_is_asked_twice_at_a_terminal(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(["first try 1", "first try 2", "same twice!", "same twice!"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))
    code, out, err = run("--db", db, "users", "passwd", RECEPTION, stdin=Terminal())
    assert (code, out) == (1, "") and "The two passwords differ" in err
    code, _, err = run("--db", db, "users", "passwd", RECEPTION, stdin=Terminal())
    assert code == 0, err
    assert run("--db", db, "info", user=RECEPTION, password="same twice!")[0] == 0


# --- the demo's users ------------------------------------------------------------------------------


def test_demo_makes_three_users_and_shows_a_random_password_once(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    code, out, err = run("--db", db, "--now", NOW, "demo", "--patients", "20", "--providers", "1", "--json",
                         user=None, password=None)  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["users"] == [MANAGER, PROVIDER, RECEPTION]
    found = re.search(r"Demo users manager, provider, reception, all with the password (\S+)", err)
    assert found and "DEMO ONLY" in err
    password = found.group(1)
    assert (out + err).count(password) == 1 and password not in out
    for user in (MANAGER, PROVIDER, RECEPTION):
        code, listed, _ = run("--db", db, "users", "list", "--json", user=user, password=password)
        assert code == (0 if user == MANAGER else 1)
    code, listed, _ = run("--db", db, "users", "list", "--json", user=MANAGER, password=password)
    assert {(u["name"], u["role"]) for u in json.loads(listed)} == {
        (MANAGER, "manager"), (PROVIDER, "provider"), (RECEPTION, "reception"),
    }  # fmt: skip
    code, out, _ = run("--db", db, "audit", "list", "--json", user=MANAGER, password=password)
    entries = json.loads(out)
    (built,) = [e for e in entries if e["entity"] == "demo"]
    assert built["action"] == "create" and built["after"]["patients"] == 20 and built["after"]["seed"] == 1
    assert len([e for e in entries if e["entity"] == "user" and e["action"] == "create"]) == 3
    assert not [e for e in entries if e["entity"] == "patient"]  # the bulk rows are not entered one by one


def test_demo_with_a_given_password_and_on_a_clinic_with_accounts(tmp_path: Path, db: str) -> None:
    other = str(tmp_path / "given.db")
    code, out, err = run("--db", other, "--now", NOW, "demo", "--patients", "10", "--providers", "1",
                         "--password", "demo-clinic", user=None, password=None)  # fmt: skip
    assert code == 0 and "sign in with the password given" in err and "demo-clinic" not in err
    assert run("--db", other, "info", user=RECEPTION, password="demo-clinic")[0] == 0
    code, out, err = run("--db", str(tmp_path / "short.db"), "demo", "--password", "abc", user=None)
    assert (code, out) == (1, "") and "at least 8 characters" in err
    assert not (tmp_path / "short.db").exists()
    # an empty clinic with accounts: the manager fills it, the demo users that exist are kept; the
    # provider account it lacked (a clinic without providers has none) is the demo's first provider
    code, out, err = run("--db", db, "--now", NOW, "demo", "--patients", "10", "--providers", "1", "--json")
    assert code == 0 and json.loads(out)["users"] == [PROVIDER] and "with the password given" in err
    code, out, _ = run("--db", db, "users", "list", "--json")
    assert [u["provider_id"] for u in json.loads(out) if u["name"] == PROVIDER] == [1]
    assert run("--db", db, "info")[0] == 0  # the manager's password is unchanged
    code, out, err = run("--db", db, "demo", "--if-empty", user=None, password=None)  # nothing to do
    assert (code, out) == (0, "") and "was not added" in err


# --- the audit trail -------------------------------------------------------------------------------


@pytest.fixture
def audited(db: str) -> tuple[str, dict[str, int]]:
    """Two patients registered by reception, a provider added by the manager."""
    ids = {}
    for given in ("Ines", "Tomas"):
        code, out, err = run("--db", db, "--now", NOW, "patients", "add", "--given", given, "--family",
                             "Ortega", "--dob", "1972-05-10", "--json", user=RECEPTION)  # fmt: skip
        assert code == 0, err
        ids[given] = json.loads(out)["id"]
    assert run("--db", db, "providers", "add", "--name", "Dr Lind")[0] == 0
    return db, ids


def test_audit_list_shapes_and_filters(audited: tuple[str, dict[str, int]]) -> None:
    db, ids = audited
    code, out, _ = run("--db", db, "audit", "list", "--json")
    entries = json.loads(out)
    assert code == 0 and [e["id"] for e in entries] == sorted((e["id"] for e in entries), reverse=True)
    assert {"id", "at", "user", "action", "entity", "entity_id", "before", "after"} <= set(entries[0])
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", entries[0]["at"])
    (provider,) = [e for e in entries if e["entity"] == "provider"]
    assert (provider["user"], provider["action"], provider["after"]["name"]) == (MANAGER, "create", "Dr Lind")

    code, out, _ = run("--db", db, "audit", "list", "--patient", str(ids["Ines"]), "--json")
    about_ines = json.loads(out)
    assert about_ines and all(e["patient_id"] == ids["Ines"] for e in about_ines)
    created = [e for e in about_ines if e["entity"] == "patient" and e["action"] == "create"]
    assert created and created[0]["user"] == RECEPTION and created[0]["after"]["given_name"] == "Ines"

    code, out, _ = run("--db", db, "audit", "list", "--user", RECEPTION, "--json")
    assert {e["user"] for e in json.loads(out)} == {RECEPTION}
    assert len(json.loads(out)) >= 2
    today = entries[0]["at"][:10]
    code, out, _ = run("--db", db, "audit", "list", "--from", today, "--to", today, "--json")
    assert len(json.loads(out)) == len(entries)
    code, out, err = run("--db", db, "audit", "list", "--to", "2000-01-01", "--json")
    assert (code, json.loads(out)) == (0, [])
    code, out, err = run("--db", db, "audit", "list", "--from", "2030-01-02", "--to", "2030-01-01")
    assert (code, out) == (1, "") and "ends (2030-01-01) before it starts" in err
    code, out, _ = run("--db", db, "audit", "list", "--limit", "1", "--json")
    assert [e["id"] for e in json.loads(out)] == [entries[0]["id"]]
    code, out, err = run("--db", db, "audit", "list")  # words: a table on stdout
    assert code == 0 and "Dr Lind" not in out and "provider" in out and out.startswith("id")

    # opening a chart is in the trail too, under who opened it
    assert run("--db", db, "patients", "show", str(ids["Tomas"]), user=PROVIDER)[0] == 0
    code, out, _ = run("--db", db, "audit", "list", "--patient", str(ids["Tomas"]), "--json")
    newest = json.loads(out)[0]
    assert (newest["action"], newest["user"], newest["entity_id"]) == ("open", PROVIDER, str(ids["Tomas"]))


def test_signing_in_and_reading_write_nothing(audited: tuple[str, dict[str, int]]) -> None:
    db, ids = audited
    provider_account(db)
    before = sqlite_rows(db)
    for user, command in ((RECEPTION, ("patients", "search", "ortega")), (MANAGER, ("info",)),
                          (PROVIDER, ("protocols", "list")), (MANAGER, ("audit", "verify"))):  # fmt: skip
        assert run("--db", db, *command, user=user)[0] == 0
    after = sqlite_rows(db)
    assert after["audit_entry"] == before["audit_entry"] and after == before


def tamper(db: str, *statements: str) -> None:
    connection = sqlite3.connect(db)
    try:
        with connection:
            for statement in statements:
                connection.execute(statement)
    finally:
        connection.close()


def test_audit_verify_names_the_first_broken_entry(audited: tuple[str, dict[str, int]]) -> None:
    db, _ = audited
    code, out, err = run("--db", db, "audit", "verify", "--json")
    count = json.loads(out)["verified"]
    assert code == 0 and count >= 5 and f"{count} entries verified" in err

    code, out, _ = run("--db", db, "audit", "list", "--json")
    tomas = min(e["id"] for e in json.loads(out) if e["after"] and e["after"].get("given_name") == "Tomas")
    tamper(db, f"UPDATE audit_entry SET after = replace(after, 'Tomas', 'Tom') WHERE id = {tomas}")
    code, out, err = run("--db", db, "audit", "verify", "--json")
    assert (code, out) == (1, "") and f"The audit trail is broken at entry {tomas}:" in err
    tamper(db, f"UPDATE audit_entry SET after = replace(after, 'Tom', 'Tomas') WHERE id = {tomas}")
    assert run("--db", db, "audit", "verify")[0] == 0  # put back exactly: whole again

    tamper(db, "DELETE FROM audit_entry WHERE id = 3")
    code, out, err = run("--db", db, "audit", "verify")
    assert (code, out) == (1, "") and "broken at entry 3" in err and "missing" in err


def test_audit_verify_finds_a_reordered_or_cut_trail(audited: tuple[str, dict[str, int]]) -> None:
    db, _ = audited
    # swap two entries' places (their content moves with them)
    tamper(
        db,
        "UPDATE audit_entry SET id = -4 WHERE id = 4",
        "UPDATE audit_entry SET id = 4 WHERE id = 3",
        "UPDATE audit_entry SET id = 3 WHERE id = -4",
    )
    code, out, err = run("--db", db, "audit", "verify")
    assert (code, out) == (1, "") and "broken at entry 3" in err
    # the newest entry deleted: the head recorded beside the trail notices
    other = audited_copy(db)
    connection = sqlite3.connect(other)
    (last,) = connection.execute("SELECT max(id) FROM audit_entry").fetchone()
    connection.close()
    tamper(other, f"DELETE FROM audit_entry WHERE id = {last}")
    code, out, err = run("--db", other, "audit", "verify")
    assert (code, out) == (1, "") and f"broken at entry {last}" in err


def audited_copy(db: str) -> str:
    """The trail of a fresh clinic with a few entries (a second, untampered database)."""
    other = str(Path(db).with_name("second.db"))
    new_clinic(other)
    assert run("--db", other, "providers", "add", "--name", "Dr Okafor")[0] == 0
    return other
