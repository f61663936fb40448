"""What the set-up in the window added to the command line (the same services): the date format and
the follow-up lead time as settings, receiving only unexpired lots, and adjusting a lot's count with
a reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.clinic_users import MANAGER, PROVIDER, RECEPTION, new_clinic, run

NOW = "2026-11-23T10:00"


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = new_clinic(str(tmp_path / "setup.db"))
    code, _, err = run("--db", path, "settings", "set", "timezone", "America/New_York")
    assert code == 0, err
    return path


def cli(db: str, *args: str, user: str = MANAGER) -> tuple[int, object, str]:
    code, out, err = run("--db", db, "--now", NOW, *args, user=user)
    return code, json.loads(out) if out.strip().startswith(("{", "[")) else out, err


def test_date_format_and_recall_lead_days_are_settings(db: str) -> None:
    code, shown, err = cli(db, "settings", "show", "--json")
    assert code == 0, err
    assert isinstance(shown, dict) and (shown["date_format"], shown["recall_lead_days"]) == ("locale", 28)
    assert cli(db, "settings", "set", "date_format", "uk")[0] == 0
    code, shown, _ = cli(db, "settings", "set", "recall_lead_days", "21", "--json")
    assert code == 0 and isinstance(shown, dict)
    assert (shown["date_format"], shown["recall_lead_days"]) == ("uk", 21)
    code, out, err = cli(db, "settings", "set", "date_format", "dd.mm.yy")
    assert (code, out) == (1, "") and "'dd.mm.yy' is not a date format. Formats: locale, us, uk, iso." in err
    code, out, err = cli(db, "settings", "set", "recall_lead_days", "0")
    assert (code, out) == (1, "") and "1 to 120 days" in err
    code, _, err = cli(db, "recalls", "--json", user=RECEPTION)
    assert code == 0, err


def test_a_lot_is_received_unexpired_and_its_count_adjusted_with_a_reason(db: str) -> None:
    lot = ("--product", "onabotulinumtoxinA", "--lot", "C1")
    code, out, err = cli(db, "lots", "add", *lot, "--expires", "2026-11-22", "--vials", "5")
    assert (code, out) == (1, "") and "expired on 2026-11-22" in err
    code, added, err = cli(db, "lots", "add", *lot, "--expires", "2027-06-30", "--vials", "5", "--json")
    assert code == 0, err
    assert isinstance(added, dict) and (added["vials_left"], added["vials_adjusted"]) == (5, 0)
    code, changed, err = cli(db, "lots", "adjust", *lot, "--vials", "-2", "--reason", "dropped", "--json",
                             user=PROVIDER)  # fmt: skip
    assert code == 0, err
    assert isinstance(changed, dict) and (changed["vials_left"], changed["vials_adjusted"]) == (3, -2)
    code, out, err = cli(db, "lots", "adjust", *lot, "--vials", "-4", "--reason", "lost")
    assert (code, out) == (1, "") and "has 3 vials left; 4 cannot be taken away" in err
    code, out, err = cli(db, "lots", "adjust", *lot, "--vials", "1", "--reason", " ")
    assert (code, out) == (1, "") and "Say why" in err
    code, out, err = cli(db, "lots", "adjust", "--product", "onabotulinumtoxinA", "--lot", "X9", "--vials",
                         "1", "--reason", "found")  # fmt: skip
    assert (code, out) == (1, "") and "There is no lot X9" in err
    code, out, err = cli(db, "lots", "adjust", *lot, "--vials", "1", "--reason", "found", user=RECEPTION)
    assert (code, out) == (1, "") and "needs the provider or manager role" in err
    code, listed, _ = cli(db, "lots", "list", "--json")
    assert isinstance(listed, list) and listed[0]["vials_left"] == 3
