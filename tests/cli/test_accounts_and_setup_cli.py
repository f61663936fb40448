"""Accounts are people, on the command line: `users add --provider`, a provider account charting
only as itself (`treatments record --provider OTHER` refused naming the rule, `signed_by` the linked
provider), `--supervised-by`; and the set-up's conveniences: `hours set --weekday mon-fri`,
`init --name --timezone --region` (this computer's zone by default, said on stderr)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.clinic_users import MANAGER, PASSWORD, new_clinic, run

NOW = "2026-11-23T10:00"
RULE = "a treatment is charted and signed by the provider who gives it"


def ok(*args: str, user: str = MANAGER, **kw: str) -> object:
    code, out, err = run(*args, user=user, **kw)
    assert code == 0, err
    return json.loads(out) if "--json" in args else None


@pytest.fixture
def db(tmp_path: Path) -> str:
    """Dr Ana Lind (provider 1) and Dr Bob Reyes (2), each with an account (ana, bob), and Nurse
    Kim (3) without one; a patient and a lot."""
    path = new_clinic(str(tmp_path / "clinic.db"))
    for name in ("Dr Ana Lind", "Dr Bob Reyes", "Nurse Kim"):
        ok("--db", path, "providers", "add", "--name", name)
    for account, provider in (("ana", "1"), ("bob", "2")):
        ok("--db", path, "users", "add", "--name", account, "--role", "provider", "--provider", provider,
           new_password=PASSWORD)  # fmt: skip
    ok("--db", path, "patients", "add", "--given", "Ines", "--family", "Ortega", "--dob", "1980-04-02")
    ok("--db", path, "lots", "add", "--product", "onabotulinumtoxinA", "--lot", "C1",
       "--expires", "2027-06-30", "--vials", "10")  # fmt: skip
    return path


def chart(db: str, user: str, *extra: str) -> tuple[int, str, str]:
    return run("--db", db, "--now", NOW, "treatments", "record", "--patient", "1", "--indication",
               "chronic_migraine", "--protocol", "PREEMPT", "--product", "onabotulinumtoxinA", "--lot", "C1",
               "--waste", "0", *extra, "--json", user=user)  # fmt: skip


def rows(db: str, table: str) -> int:
    with sqlite3.connect(db) as connection:
        count = int(connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])
    connection.close()
    return count


def test_a_provider_account_is_made_with_its_provider_and_listed_with_it(db: str) -> None:
    code, out, err = run("--db", db, "users", "add", "--name", "kim", "--role", "provider",
                         new_password=PASSWORD)  # fmt: skip
    assert (code, out) == (1, "") and err.strip() == (
        f"A provider account is one provider: choose the provider record it belongs to ({RULE})."
    )
    code, out, err = run("--db", db, "users", "add", "--name", "kim", "--role", "provider", "--provider", "1",
                         new_password=PASSWORD)  # fmt: skip
    assert (code, out) == (1, "") and "Dr Ana Lind already has the account ana" in err
    code, out, err = run("--db", db, "users", "add", "--name", "rita", "--role", "reception",
                         "--provider", "3", new_password=PASSWORD)  # fmt: skip
    assert (code, out) == (1, "") and "a reception account is linked to nobody" in err
    added = ok("--db", db, "users", "add", "--name", "kim", "--role", "provider", "--provider", "3", "--json",
               new_password=PASSWORD)  # fmt: skip
    assert isinstance(added, dict) and (added["role"], added["provider_id"]) == ("provider", 3)
    listed = ok("--db", db, "users", "list", "--json")
    assert isinstance(listed, list)
    assert {u["name"]: u["provider_id"] for u in listed} == {
        "ana": 1, "bob": 2, "kim": 3, MANAGER: None, "reception": None,
    }  # fmt: skip
    code, out, err = run("--db", db, "users", "list")
    assert code == 0 and "provider" in out.splitlines()[0]


def test_a_provider_charts_only_as_themselves_and_signed_by_is_always_the_linked_provider(db: str) -> None:
    code, out, err = chart(db, "ana", "--provider", "2")
    assert (code, out) == (1, "") and err.strip() == f"You are signed in as Dr Ana Lind; {RULE}."
    assert rows(db, "treatment") == 0  # nothing half-done
    mine = chart(db, "ana", "--provider", "1")
    assert mine[0] == 0, mine[2]
    implied = run("--db", db, "--now", "2027-03-01T10:00", "treatments", "record", "--patient", "1",
                  "--indication", "chronic_migraine", "--protocol", "PREEMPT",
                  "--product", "onabotulinumtoxinA", "--lot", "C1", "--waste", "0", "--json",
                  user="bob")  # fmt: skip
    assert implied[0] == 0, implied[2]  # no --provider: the signed-in provider gave it
    listed = ok("--db", db, "treatments", "list", "--patient", "1", "--json", user="ana")
    assert isinstance(listed, list)
    assert sorted((t["provider_id"], t["signed_by"]) for t in listed) == [
        (1, "Dr Ana Lind"),
        (2, "Dr Bob Reyes"),
    ]
    # a manager may not chart at all; reception neither
    code, _, err = chart(db, MANAGER, "--provider", "1")
    assert code == 1 and "Charting needs the provider role" in err


def test_supervised_by_is_stored_listed_and_never_the_provider_themselves(db: str) -> None:
    ok("--db", db, "users", "add", "--name", "kim", "--role", "provider", "--provider", "3",
       new_password=PASSWORD)  # fmt: skip
    code, out, err = chart(db, "kim", "--supervised-by", "3")
    assert (code, out) == (1, "") and "someone other than the provider who gives it" in err
    code, out, err = chart(db, "kim", "--supervised-by", "1")
    assert code == 0, err
    recorded = json.loads(out)
    assert (recorded["provider_id"], recorded["signed_by"]) == (3, "Nurse Kim")
    assert (recorded["supervised_by"], recorded["supervised_by_name"]) == (1, "Dr Ana Lind")
    (listed,) = ok("--db", db, "treatments", "list", "--patient", "1", "--json", user="kim")  # type: ignore[misc]
    assert listed["supervised_by"] == 1
    entries = ok("--db", db, "audit", "list", "--patient", "1", "--json")
    assert isinstance(entries, list)
    (created,) = [e for e in entries if e["entity"] == "treatment"]
    assert (created["user"], created["after"]["supervised_by_id"]) == ("kim", 1)


def test_an_unlinked_provider_account_cannot_chart_until_a_manager_links_it(db: str) -> None:
    with sqlite3.connect(db) as connection:  # as an account made before accounts were linked
        connection.execute("UPDATE user_account SET provider_id = NULL WHERE name = 'bob'")
    connection.close()
    code, out, err = chart(db, "bob")
    assert (code, out) == (1, "") and err.strip().startswith(
        "Your account bob is not linked to your provider record yet, so it cannot chart"
    )
    code, _, err = run("--db", db, "users", "set", "bob", "--provider", "2", user="bob")
    assert code == 1 and "Managing users needs the manager role" in err  # not by themselves
    code, _, err = run("--db", db, "users", "set", "bob", "--provider", "1")
    assert code == 1 and "Dr Ana Lind already has the account ana" in err
    changed = ok("--db", db, "users", "set", "bob", "--provider", "2", "--json")
    assert isinstance(changed, dict) and changed["provider_id"] == 2
    code, out, err = chart(db, "bob")
    assert code == 0 and json.loads(out)["signed_by"] == "Dr Bob Reyes", err
    entries = ok("--db", db, "audit", "list", "--user", MANAGER, "--json")
    assert isinstance(entries, list)
    link = next(e for e in entries if e["entity"] == "user" and e["action"] == "change")
    before = {k: v for k, v in link["before"].items() if not k.startswith("password_")}
    assert before == {"name": "bob", "role": "provider", "active": True}
    assert link["after"] == {**link["before"], "provider_id": 2}


# --- hours for several weekdays -------------------------------------------------------------------


def test_hours_set_takes_a_day_a_range_or_a_list(db: str) -> None:
    week = ok("--db", db, "hours", "set", "--provider", "1", "--weekday", "mon-fri", "--blocks",
              "08:00-12:00,13:00-17:00", "--json")  # fmt: skip
    assert isinstance(week, list) and [h["weekday"] for h in week] == ["mon", "tue", "wed", "thu", "fri"]
    some = ok("--db", db, "hours", "set", "--provider", "2", "--weekday", "mon,wed,fri", "--blocks",
              "09:00-13:00", "--json")  # fmt: skip
    assert isinstance(some, list) and [h["weekday"] for h in some] == ["mon", "wed", "fri"]
    one = ok("--db", db, "hours", "set", "--provider", "2", "--weekday", "sat", "--blocks", "09:00-11:00",
             "--json")  # fmt: skip
    assert one == {"provider_id": 2, "weekday": "sat", "blocks": ["09:00-11:00"]}  # one day: one object
    shown = ok("--db", db, "hours", "show", "--provider", "1", "--json")
    assert isinstance(shown, list)
    assert {h["weekday"]: h["blocks"] for h in shown if h["blocks"]} == {
        day: ["08:00-12:00", "13:00-17:00"] for day in ("mon", "tue", "wed", "thu", "fri")
    }


@pytest.mark.parametrize(
    ("days", "message"),
    [
        ("mon-xyz", "'xyz' in 'mon-xyz' is not a weekday: use mon, tue, wed, thu, fri, sat, sun."),
        ("fri-mon", "'fri-mon' runs backwards: a range goes from Monday towards Sunday, such as mon-fri."),
        ("mon,,fri", "'' in 'mon,,fri' is not a day or a range of days."),
        ("mon-wed-fri", "'mon-wed-fri' in 'mon-wed-fri' is not a day or a range of days."),
    ],
)
def test_nonsense_weekdays_are_refused_and_change_nothing(db: str, days: str, message: str) -> None:
    before = rows(db, "working_hours")
    code, out, err = run(
        "--db", db, "hours", "set", "--provider", "1", "--weekday", days, "--blocks", "08:00-12:00"
    )
    assert (code, out) == (1, "") and err.startswith(message)
    assert rows(db, "working_hours") == before


def test_hours_for_an_unknown_provider_change_no_day(db: str) -> None:
    code, _, err = run(
        "--db", db, "hours", "set", "--provider", "9", "--weekday", "mon-fri", "--blocks", "08:00-12:00"
    )
    assert code == 1 and "no provider with id 9" in err
    assert rows(db, "working_hours") == 0


# --- init -----------------------------------------------------------------------------------------


def test_init_names_the_clinic_and_sets_its_zone_and_region(tmp_path: Path) -> None:
    db = str(tmp_path / "new.db")
    code, out, err = run("--db", db, "init", "--manager", "mara", "--name", "Pain Clinic Lind", "--timezone",
                         "America/Chicago", "--region", "US-IL", "--json", user=None)  # fmt: skip
    assert code == 0, err
    document = json.loads(out)
    assert (document["name"], document["timezone"], document["country"], document["subdivision"]) == (
        "Pain Clinic Lind", "America/Chicago", "US", "IL",
    )  # fmt: skip
    assert "Time zone:" not in err  # given, not guessed
    settings = ok("--db", db, "settings", "show", "--json", user="mara")
    assert isinstance(settings, dict) and settings["name"] == "Pain Clinic Lind"
    entries = ok("--db", db, "audit", "list", "--json", user="mara")
    assert isinstance(entries, list)
    assert {e["entity_id"] for e in entries if e["entity"] == "settings" and e["user"] == "mara"} == {
        "name", "timezone", "country", "subdivision",
    }  # fmt: skip


def test_init_without_a_zone_takes_this_computers_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Vienna")
    db = str(tmp_path / "new.db")
    code, out, err = run("--db", db, "init", "--manager", "mara", "--json", user=None)
    assert code == 0, err
    assert "Time zone: Europe/Vienna (this computer's); change it with `settings set timezone ZONE`." in err
    document = json.loads(out)
    assert document["timezone"] == "Europe/Vienna"
    assert document["name"] == "" and "Demo Pain Clinic" not in out + err  # never a made-up name
    assert "The clinic has no name yet" in err
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    other = str(tmp_path / "other.db")
    assert json.loads(run("--db", other, "init", "--manager", "mara", "--json", user=None)[1])[
        "timezone"
    ] == ("Asia/Tokyo")


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--timezone", "Mars/Olympus", "'Mars/Olympus' is not a known time zone."),
        ("--region", "XX", "'XX' is not a country the holiday calendar knows."),
        ("--region", "US-ZZ", "'ZZ' is not a subdivision of US."),
        ("--name", "   ", "The clinic needs a name."),
    ],
)
def test_init_refuses_a_wrong_zone_or_region_before_anything_is_made(
    tmp_path: Path, option: str, value: str, message: str
) -> None:
    db = tmp_path / "new.db"
    code, out, err = run("--db", str(db), "init", "--manager", "mara", option, value, user=None)
    assert (code, out) == (1, "") and err.startswith(message)
    assert not db.exists() and list(tmp_path.iterdir()) == []


def test_init_on_a_set_up_clinic_leaves_its_settings(tmp_path: Path) -> None:
    db = new_clinic(str(tmp_path / "clinic.db"))
    code, out, err = run("--db", db, "init", "--timezone", "Europe/Vienna", "--json", user=None)
    assert code == 0 and "its settings were left as they are" in err
    assert json.loads(out)["timezone"] == "UTC"
