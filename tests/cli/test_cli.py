"""The command line in-process (fast, most cases) and through a real subprocess (the contract)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from clinic_desktop.app import main
from clinic_desktop.store.migrations import SCHEMA_VERSION
from tests.clinic_users import MANAGER, PASSWORD, RECEPTION, new_clinic, process_environment, run

NOW = "2026-11-23T10:00"

__all__ = ["run"]  # the in-process runner other command-line tests take from here


@pytest.fixture
def db(tmp_path: Path) -> str:
    return new_clinic(str(tmp_path / "cli.db"))


def test_init_creates_then_reports_up_to_date(tmp_path: Path) -> None:
    db = str(tmp_path / "new.db")
    code, out, err = run("--db", db, "init", "--manager", "Maria Boss", "--json", user=None)
    assert code == 0 and "Created a new clinic database" in err
    assert "Created the manager account Maria Boss" in err
    document = json.loads(out)
    assert document["schema_version"] == SCHEMA_VERSION and document["manager"] == "Maria Boss"
    code, out, err = run("--db", db, "init", user=None, password=None)  # no sign-in to migrate
    assert code == 0 and out == "" and "up to date" in err
    code, out, _ = run("--db", db, "info", "--json", user="maria boss")
    assert code == 0 and json.loads(out)["schema_version"] == SCHEMA_VERSION


def test_info_json_shape(db: str) -> None:
    code, out, _ = run("--db", db, "info", "--json")
    document = json.loads(out)
    assert code == 0
    assert set(document) == {"schema_version", "database", "timezone", "counts"}
    assert set(document["counts"]) == {"patients", "providers", "appointments", "treatments"}
    assert document["database"] == db


def test_global_json_flag_works_before_the_command(db: str) -> None:
    code, out, _ = run("--db", db, "--json", "info")
    assert code == 0 and json.loads(out)["schema_version"] == SCHEMA_VERSION


def test_settings(db: str) -> None:
    code, out, err = run("--db", db, "settings", "set", "timezone", "America/New_York", "--json")
    assert code == 0 and json.loads(out)["timezone"] == "America/New_York"
    code, out, err = run("--db", db, "settings", "set", "timezone", "Mars/Base")
    assert code == 1 and out == "" and "not a known time zone" in err
    code, out, _ = run("--db", db, "settings", "show", "--json")
    assert json.loads(out)["timezone"] == "America/New_York"
    code, out, _ = run("--db", db, "settings", "show")
    assert "America/New_York" in out


def test_providers_rooms_types_hours(db: str) -> None:
    code, out, _ = run("--db", db, "providers", "add", "--name", "Dr Lind", "--json")
    provider = json.loads(out)
    assert code == 0 and provider["name"] == "Dr Lind" and isinstance(provider["id"], int)
    code, out, err = run("--db", db, "providers", "add", "--name", "Dr Lind")
    assert code == 1 and out == "" and "already a provider" in err
    code, out, _ = run("--db", db, "providers", "list", "--json")
    assert [p["name"] for p in json.loads(out)] == ["Dr Lind"]

    code, out, _ = run(
        "--db", db, "rooms", "add", "--name", "Procedure room", "--kind", "procedure", "--json"
    )
    assert code == 0 and json.loads(out)["kind"] == "procedure"
    code, out, _ = run("--db", db, "rooms", "list", "--json")
    assert json.loads(out)[0]["name"] == "Procedure room"

    code, out, _ = run(
        "--db",
        db,
        "types",
        "add",
        "--name",
        "Migraine treatment",
        "--minutes",
        "15",
        "--indication",
        "chronic_migraine",
        "--json",
    )
    t = json.loads(out)
    assert code == 0
    assert {k: t[k] for k in ("name", "minutes", "room_kind", "indication")} == {
        "name": "Migraine treatment",
        "minutes": 15,
        "room_kind": None,
        "indication": "chronic_migraine",
    }
    code, out, err = run("--db", db, "types", "add", "--name", "X", "--minutes", "15", "--indication", "nope")
    assert code == 1 and "Known indications" in err

    pid = str(provider["id"])
    code, out, err = run(
        "--db",
        db,
        "hours",
        "set",
        "--provider",
        pid,
        "--weekday",
        "mon",
        "--blocks",
        "08:00-12:00,13:00-17:00",
    )
    assert code == 0 and out == "" and "08:00-12:00" in err
    code, out, _ = run(
        "--db", db, "hours", "set", "--provider", pid, "--weekday", "sat", "--blocks", "", "--json"
    )
    assert json.loads(out) == {"provider_id": provider["id"], "weekday": "sat", "blocks": []}
    code, out, _ = run("--db", db, "hours", "show", "--provider", pid, "--json")
    assert json.loads(out)[0]["blocks"] == ["08:00-12:00", "13:00-17:00"]
    code, out, err = run("--db", db, "hours", "set", "--provider", pid, "--weekday", "mon", "--blocks", "9-5")
    assert code == 1 and out == "" and "time of day" in err
    code, out, err = run("--db", db, "hours", "set", "--provider", "42", "--weekday", "mon", "--blocks", "")
    assert code == 1 and "no provider with id 42" in err


def test_usage_errors_exit_2_with_empty_stdout(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "providers", "frobnicate"]) == 2
    assert main(["--db", db, "types", "add", "--name", "X", "--minutes", "ten"]) == 2
    assert main(["--db", db, "no-such-command"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "invalid choice" in captured.err


def test_bad_now_is_refused(db: str) -> None:
    code, out, err = run("--db", db, "--now", "yesterday", "info")
    assert code == 1 and out == "" and "YYYY-MM-DDTHH:MM" in err


def test_demo_then_check_and_schedule(db: str) -> None:
    code, out, err = run(
        "--db",
        db,
        "--now",
        NOW,
        "demo",
        "--patients",
        "150",
        "--providers",
        "2",
        "--years",
        "1",
        "--seed",
        "3",
        "--json",
    )
    assert code == 0 and "Demo clinic built" in err
    report = json.loads(out)
    assert report["patients"] == 150 and report["appointments"] > 100
    code, out, err = run("--db", db, "check")
    assert code == 0 and "No problems found" in err
    seen = []
    for day in range(16, 28):
        code, out, _ = run("--db", db, "--now", NOW, "schedule", "day", f"2026-11-{day}", "--json")
        items = json.loads(out)
        assert code == 0
        starts = [i["start"] for i in items]
        assert starts == sorted(starts)
        assert all(s.startswith(f"2026-11-{day}T") and s.endswith("-05:00") for s in starts)
        seen += items
    assert seen
    # --now is the clinic's wall-clock time even though demo set the zone after it was given:
    # what ended before 10:00 New York time on the 23rd has happened.
    for item in seen:
        if item["end"] <= "2026-11-23T10:00:00-05:00":
            assert item["status"] in ("completed", "no_show", "cancelled"), item
        elif item["start"] >= "2026-11-23T10:00:00-05:00":
            assert item["status"] in ("booked", "confirmed", "cancelled"), item
    items = seen
    assert {
        "id",
        "patient_id",
        "provider_id",
        "room_id",
        "type",
        "start",
        "end",
        "status",
        "patient_name",
        "provider_name",
    } <= set(items[0])
    code, out, err = run("--db", db, "demo", "--patients", "10")
    assert code == 1 and out == "" and "already holds a clinic" in err
    code, out, err = run("--db", db, "demo", "--if-empty")
    assert code == 0 and "was not added" in err


def test_check_lists_problems_and_exits_1(db: str) -> None:
    import sqlite3

    run("--db", db, "--now", NOW, "demo", "--patients", "50", "--providers", "1", "--years", "1")
    with sqlite3.connect(db) as conn:
        first = conn.execute(
            "SELECT id, start_at, end_at FROM appointment WHERE status <> 'cancelled' ORDER BY id LIMIT 1"
        ).fetchone()
        conn.execute(
            "INSERT INTO appointment (patient_id, provider_id, room_id, appointment_type_id, start_at, "
            "end_at, status, notes, cancel_reason, booked_by, created_at, override_reason) "
            "SELECT patient_id, provider_id, NULL, appointment_type_id, start_at, end_at, 'booked', "
            "'', '', '', "
            "created_at, '' FROM appointment WHERE id = ?",
            (first[0],),
        )
    conn.close()
    code, out, err = run("--db", db, "check")
    assert code == 1 and out == ""
    assert f"Appointments {first[0]} and" in err and "double-book the same provider" in err


def test_internal_error_exits_3_with_log_and_no_traceback(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from clinic_desktop.services.clinic import ClinicService

    def boom(self: object) -> None:
        raise RuntimeError("kaboom")

    monkeypatch.setattr(ClinicService, "info", boom)
    code, out, err = run("--db", db, "info")
    assert code == 3 and out == ""
    assert "Internal error: RuntimeError: kaboom" in err and "Traceback" not in err
    log = Path(err.rsplit("written to ", 1)[1].strip())
    assert "Traceback" in log.read_text() and "kaboom" in log.read_text()
    with pytest.raises(RuntimeError):
        run("--db", db, "--debug", "info")


def cli(
    *args: str, env: dict[str, str] | None = None, user: str | None = MANAGER
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "clinic_desktop", *args],
        capture_output=True,
        text=True,
        env=process_environment(user, **(env or {})),
        stdin=subprocess.DEVNULL,  # no terminal: nothing may wait for a password
        timeout=120,
    )


def test_subprocess_contract(tmp_path: Path) -> None:
    db = new_clinic(str(tmp_path / "sub.db"))
    done = cli("--db", db, "providers", "add", "--name", "Dr Okafor", "--json")
    assert done.returncode == 0 and json.loads(done.stdout)["name"] == "Dr Okafor"
    done = cli("info", "--json", env={"CLINIC_DB": db}, user=RECEPTION)
    assert done.returncode == 0 and json.loads(done.stdout)["counts"]["providers"] == 1
    done = cli("--db", db, "settings", "set", "timezone", "Nowhere/Land")
    assert done.returncode == 1 and done.stdout == "" and "Traceback" not in done.stderr
    done = cli("--db", db, "bogus")
    assert done.returncode == 2 and done.stdout == ""
    done = cli("--db", db, "info", user=None)  # no user, no terminal to ask at
    assert (done.returncode, done.stdout) == (1, "") and "Sign in to run this" in done.stderr
    done = cli("--db", db, "providers", "list", user=RECEPTION)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.strip() == "Clinic settings needs the manager role; you are signed in as reception."


def test_gui_smoke_in_a_subprocess(tmp_path: Path) -> None:
    db = str(tmp_path / "smoke.db")
    made = cli("--db", db, "--now", NOW, "demo", "--patients", "100", "--providers", "2", user=None,
               env={"CLINIC_PASSWORD": PASSWORD})  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "Demo users manager, provider, reception" in made.stderr
    done = cli("--db", db, "--now", NOW, "gui", "--smoke", env={"QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert "Start-up time:" in done.stdout


def desk(*args: str) -> tuple[int, str, str]:
    """Reception's commands: patients are theirs to register, find and merge."""
    return run(*args, user=RECEPTION)


def test_patients_add_search_show_merge(db: str) -> None:
    run("--db", db, "settings", "set", "country", "US")
    code, out, err = desk(
        "--db", db, "--now", NOW, "patients", "add", "--given", "Ines", "--family", "Ortega",
        "--dob", "4/2/1980", "--phone", "(212) 555-0123", "--json",
    )  # fmt: skip
    first = json.loads(out)
    assert code == 0 and "Registered Ines Ortega as M" in err
    assert {k: first[k] for k in ("given_name", "family_name", "date_of_birth", "phone", "email")} == {
        "given_name": "Ines", "family_name": "Ortega", "date_of_birth": "1980-04-02",
        "phone": "+12125550123", "email": "",
    }  # fmt: skip
    code, out, err = desk(
        "--db",
        db,
        "patients",
        "add",
        "--given",
        "Inés",
        "--family",
        "Ortega",
        "--dob",
        "1980-04-02",
        "--json",
    )
    second = json.loads(out)
    assert code == 0 and [d["id"] for d in second["possible_duplicates"]] == [first["id"]]
    assert "possibly the same person as " + first["mrn"] in err
    code, out, err = desk("--db", db, "patients", "add", "--given", "X", "--family", "Y", "--dob", "someday")
    assert code == 1 and out == "" and "not a date of birth" in err

    code, out, _ = desk("--db", db, "patients", "search", "ort ine", "--json")
    hits = json.loads(out)
    assert code == 0 and {h["id"] for h in hits} == {first["id"], second["id"]}
    assert all("score" in h for h in hits)
    code, out, _ = desk("--db", db, "patients", "search", "555-0123", "--json")
    assert [h["id"] for h in json.loads(out)] == [first["id"]]

    code, out, _ = desk("--db", db, "patients", "show", str(first["id"]), "--json")
    shown = json.loads(out)
    assert code == 0 and shown["mrn"] == first["mrn"] and shown["alerts"] == []

    code, out, err = desk("--db", db, "patients", "merge", str(first["id"]), str(second["id"]), "--json")
    assert code == 0 and json.loads(out)["survivor"]["id"] == first["id"]
    code, out, _ = desk("--db", db, "patients", "search", second["mrn"], "--json")
    assert [h["id"] for h in json.loads(out)] == [first["id"]]
    code, out, err = desk("--db", db, "patients", "show", "999")
    assert code == 1 and "no patient with id 999" in err


def test_dates_past_the_calendar_and_unusable_files_are_refusals(db: str, tmp_path: Path) -> None:
    """What was typed, not a fault of the software: exit 1 with words, not an internal error."""
    code, out, err = run("--db", db, "schedule", "day", "9999-12-31", "--json")
    assert (code, out) == (1, "") and "'9999-12-31' is out of range: give a date between 1900 and 2200" in err
    code, out, err = run("--db", db, "backup", str(tmp_path / ("n" * 300)))
    assert (code, out) == (1, "") and "File name too long" in err and "Traceback" not in err
    code, out, err = run("--db", db, "patients", "show", "99999999999999999999")
    assert (code, out) == (2, "") and "too large a number" in err
    code, out, err = run("--db", db, "patients", "show", "seven")
    assert (code, out) == (2, "") and "'seven' is not a whole number" in err
