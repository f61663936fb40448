"""`audit key replace --user NAME --reason TEXT` when every copy of the clinic's audit key is lost,
and what `audit verify` and `check` say afterwards (docs/cli.md, "The audit trail's key and
anchors"; docs/audit-key.md, "If the key is lost")."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from tests.clinic_users import MANAGER, RECEPTION, new_clinic, run

REASON = "the disk of the only computer died; no copy of the key was kept"


@pytest.fixture
def db(tmp_path: Path) -> str:
    clinic = new_clinic(str(tmp_path / "clinic.db"))
    assert run("--db", clinic, "rooms", "add", "--name", "Room A")[0] == 0
    return clinic


def test_a_lost_key_is_replaced_and_verify_and_check_say_so(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, taken, err = run("--db", db, "audit", "anchor")
    assert code == 0, err
    last = int(taken.split(":")[0])
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "a new computer"))  # the key is gone

    code, out, err = run("--db", db, "info")
    assert (code, out) == (1, "")
    assert "If every copy of it is lost, a manager runs `clinic-desktop --user NAME audit key replace " in err

    replace = ("--db", db, "audit", "key", "replace", "--user", MANAGER)
    code, _, err = run(*replace, user=None)  # --reason is required
    assert code == 2 and "--reason" in err
    code, out, err = run(*replace, "--reason", REASON, user=None, password="a wrong password")
    assert (code, out, err.strip()) == (1, "", "Wrong user name or password.")
    code, out, err = run("--db", db, "audit", "key", "replace", "--reason", REASON, user=RECEPTION)
    assert (code, out) == (1, "") and "needs the manager role" in err

    code, out, err = run(*replace, "--reason", REASON, "--json", user=None)
    assert code == 0, err
    made = json.loads(out)
    assert (made["entry"], made["user"], made["reason"], made["hostname"]) == (
        last + 1,
        MANAGER,
        REASON,
        " ".join(socket.gethostname().split()),
    )
    assert made["previous"] == taken.strip() and made["unchecked"] == [1, last]
    assert "Export the new key now and keep it with the backups" in err

    # The clinic works again; the wrong password given meanwhile is in the trail now.
    assert run("--db", db, "rooms", "add", "--name", "Room B")[0] == 0
    code, out, _ = run("--db", db, "audit", "list", "--json")
    actions = [e["action"] for e in reversed(json.loads(out))]
    assert actions[last : last + 2] == ["key_replace", "sign_in_failed"] and actions[-1] == "create"

    code, out, err = run("--db", db, "audit", "verify", "--anchor", taken.strip(), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["intact"] is True and report["unchecked"] == last
    assert report["verified"] == len(actions) - last
    assert [(r["entry"], r["unchecked"], r["reason"]) for r in report["replaced_keys"]] == [
        (last + 1, [1, last], REASON)
    ]
    assert f"Entries 1–{last} were sealed with a key replaced at entry {last + 1} on " in err
    assert f"by {MANAGER} ({REASON}): their seals could not be checked; an anchor taken before" in err
    assert "broken" not in err

    code, out, err = run("--db", db, "check", "--json")
    assert code == 0, err
    notes = json.loads(out)["notes"]
    assert len(notes) == 1 and notes[0].startswith(f"Entries 1–{last} were sealed with a key replaced")
    assert err.startswith("No problems found.\nNote: Entries 1–")

    code, _, err = run(*replace, "--reason", REASON, user=None)  # the new key is here: nothing to replace
    assert code == 1 and "it is not lost, so it was not replaced" in err
