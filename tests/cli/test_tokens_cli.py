"""`users token create|list|revoke` and CLINIC_TOKEN (docs/cli.md, "Set-up, identity, speed and
safety additions"): a token printed once, then CLINIC_TOKEN alone (no name, no password) signs a
command in with its account's role; a wrong, revoked or mismatched token is refused (exit 1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.clinic_users import MANAGER, RECEPTION, environment, new_clinic, run

NOW = "2026-11-23T10:00"


@pytest.fixture
def db(tmp_path: Path) -> str:
    return new_clinic(str(tmp_path / "clinic.db"))


def with_token(token: str, *args: str, user_option: str | None = None) -> tuple[int, str, str]:
    """A command signed in by CLINIC_TOKEN alone: no CLINIC_USER, no CLINIC_PASSWORD."""
    with environment({"CLINIC_TOKEN": token}):
        extra = ("--user", user_option) if user_option else ()
        return run(*extra, *args, user=None, password=None)


def test_create_prints_the_token_once_and_it_alone_signs_commands_in(db: str) -> None:
    code, out, err = run("--db", db, "users", "token", "create", "--days", "7", "--json")
    assert code == 0, err
    made = json.loads(out)
    assert set(made) == {"id", "user", "token", "expires"} and made["user"] == MANAGER
    assert made["token"].startswith(f"cdt_{made['id']}_") and "shown only this once" in err

    code, out, err = with_token(made["token"], "--db", db, "info", "--json")
    assert code == 0, err
    assert json.loads(out)["counts"]["patients"] == 0

    code, out, err = with_token(made["token"], "--db", db, "patients", "add", "--given", "Ines", "--family",
                                "Ortega", "--dob", "1980-01-02", "--json")  # fmt: skip
    assert code == 0, err
    code, out, err = run("--db", db, "audit", "list", "--limit", "2", "--json")
    entries = json.loads(out)
    assert [(e["user"], e["action"], e["entity"]) for e in entries] == [
        (MANAGER, "create", "patient"),
        (MANAGER, "token_use", "access_token"),
    ]
    assert entries[1]["entity_id"] == str(made["id"])

    code, out, err = run("--db", db, "users", "token", "list", "--json")
    listed = json.loads(out)
    assert [t["id"] for t in listed] == [made["id"]] and listed[0]["state"] == "active"
    assert made["token"] not in out and "token" not in listed[0]  # never shown again
    assert listed[0]["last_used"] is not None


def test_a_reception_token_cannot_chart(db: str) -> None:
    code, out, err = run("--db", db, "users", "token", "create", "--user", RECEPTION, "--json")
    assert code == 0, err
    token = json.loads(out)["token"]
    assert json.loads(out)["user"] == RECEPTION
    code, out, err = with_token(token, "--db", db, "--now", NOW, "outcomes", "add", "--patient", "1",
                                "--measure", "midas", "--value", "10")  # fmt: skip
    assert (code, out, err.strip()) == (
        1,
        "",
        "Charting needs the provider role; you are signed in as reception.",
    )
    # ... and cannot make a token for anyone else, only for herself.
    code, out, err = with_token(token, "--db", db, "users", "token", "create", "--user", MANAGER)
    assert code == 1 and "Managing users needs the manager role" in err
    code, out, err = with_token(token, "--db", db, "users", "token", "create", "--json")
    assert code == 0 and json.loads(out)["user"] == RECEPTION


def test_wrong_revoked_and_mismatched_tokens_are_refused(db: str) -> None:
    code, out, _ = run("--db", db, "users", "token", "create", "--json")
    made = json.loads(out)
    wrong = made["token"][:-1] + ("A" if made["token"][-1] != "A" else "B")
    code, out, err = with_token(wrong, "--db", db, "info")
    assert (code, out, err.strip()) == (
        1,
        "",
        "That access token is not valid; create a new one with `users token create`.",
    )

    code, out, err = with_token(made["token"], "--db", db, "info", user_option=RECEPTION)
    assert code == 1 and out == "" and f"signs in as {MANAGER}, not {RECEPTION}" in err

    code, out, err = run("--db", db, "users", "token", "revoke", str(made["id"]), "--json")
    assert code == 0 and json.loads(out)["state"] == "revoked"
    code, out, err = with_token(made["token"], "--db", db, "info")
    assert code == 1 and out == "" and "That access token was revoked on" in err


def test_days_out_of_range_is_refused(db: str) -> None:
    code, out, err = run("--db", db, "users", "token", "create", "--days", "400")
    assert (code, out) == (1, "") and "A token lasts 1 to 366 days" in err
