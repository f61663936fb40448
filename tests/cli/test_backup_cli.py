"""`backup FILE` and `restore FILE` as scripts use them (docs/cli.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from clinic_desktop.store.migrations import SCHEMA_VERSION
from tests.clinic_users import PROVIDER, RECEPTION, new_clinic, process_environment, run

NOW = "2026-11-23T10:00"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = new_clinic(str(tmp_path / "clinic.db"))
    assert run("--db", path, "settings", "set", "timezone", "America/New_York")[0] == 0
    code, _, err = run(
        "--db", path, "--now", NOW, "demo", "--patients", "40", "--providers", "2", "--seed", "3"
    )
    assert code == 0, err
    return path


def info(db: str) -> dict[str, object]:
    code, out, _ = run("--db", db, "info", "--json")
    assert code == 0
    return dict(json.loads(out))


def test_backup_prints_what_was_written(db: str, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    code, out, err = run("--db", db, "--now", NOW, "backup", str(target), "--json")
    assert code == 0, err
    document = json.loads(out)
    assert document["file"] == str(target) and document["size"] == target.stat().st_size
    assert document["schema_version"] == SCHEMA_VERSION
    assert document["counts"] == info(db)["counts"]
    assert document["taken_at"] == "2026-11-23T10:00:00-05:00"
    assert document["database"] == db and document["automatic"] is False
    assert "The copy was checked" in err
    # without --json: words on stderr, nothing on stdout
    code, out, err = run("--db", db, "backup", str(tmp_path / "again.db"))
    assert (code, out) == (0, "") and "Backed up" in err


def test_refusals_exit_1_with_a_reason_and_nothing_on_stdout(db: str, tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("hello", encoding="utf-8")
    cases = [
        (("backup", str(tmp_path / "missing-folder" / "b.db")), "does not exist"),
        (("backup", db), "is the database in use"),
        (("backup",), "Name the backup file"),
        (("restore", str(junk)), "not a clinic database backup"),
        (("restore", str(tmp_path / "nothing.db")), "There is no file"),
    ]
    before = info(db)["counts"]
    for args, reason in cases:
        code, out, err = run("--db", db, *args, "--json")
        assert (code, out) == (1, ""), args
        assert reason in err, (args, err)
    assert info(db)["counts"] == before
    assert not list(Path(db).parent.glob("clinic-before-restore-*"))


def test_backups_are_the_managers_and_restores_too(db: str, tmp_path: Path) -> None:
    target = tmp_path / "theirs.db"
    for user in (PROVIDER, RECEPTION):
        code, out, err = run("--db", db, "backup", str(target), user=user)
        assert (code, out) == (1, "") and err.strip().endswith(f"you are signed in as {user}.")
        assert "Backups needs the manager role" in err
        code, out, err = run("--db", db, "restore", str(target), user=user)
        assert (code, out) == (1, "") and "needs the manager role" in err
    assert not target.exists()


def test_restore_keeps_the_current_database_and_prints_json(db: str, tmp_path: Path) -> None:
    target = tmp_path / "monday.db"
    assert run("--db", db, "backup", str(target))[0] == 0
    before = info(db)["counts"]
    code, _, _ = run("--db", db, "--now", NOW, "patients", "add", "--given", "Late", "--family", "Entry",
                     "--dob", "1970-01-01")  # fmt: skip
    assert code == 0
    code, out, err = run("--db", db, "--now", NOW, "restore", str(target), "--json")
    assert code == 0, err
    document = json.loads(out)
    assert set(document) == {
        "file",
        "database",
        "schema_version",
        "migrated_from",
        "previous",
        "created",
        "counts",
        "awaiting_key",
    }
    assert document["counts"] == before == info(db)["counts"]
    assert (document["created"], document["migrated_from"], document["awaiting_key"]) == (
        False,
        SCHEMA_VERSION,
        False,
    )
    previous = Path(document["previous"])
    assert previous.name == "clinic-before-restore-2026-11-23-100000.db" and previous.exists()
    assert f"kept as {previous}" in err
    code, out, _ = run("--db", str(previous), "patients", "search", "late entry", "--json", user=RECEPTION)
    assert code == 0 and [p["given_name"] for p in json.loads(out)] == ["Late"]
    assert run("--db", db, "check")[0] == 0


def test_restore_onto_a_path_with_no_database_creates_it(db: str, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    run("--db", db, "backup", str(target))
    fresh = tmp_path / "new-site" / "clinic.db"
    # Nobody can sign in to a database that is not there yet: the backup brings its accounts.
    code, out, err = run("--db", str(fresh), "restore", str(target), "--json", user=None, password=None)
    assert code == 0, err
    document = json.loads(out)
    assert (document["created"], document["previous"]) == (True, None)
    assert document["counts"] == info(db)["counts"] == info(str(fresh))["counts"]
    assert f"Created {fresh}" in err
    assert sorted(p.name for p in fresh.parent.iterdir() if "before-restore" in p.name) == []
    # A restore that fails onto a new path leaves no database (without a manager) behind.
    other = tmp_path / "other-site" / "clinic.db"
    code, out, err = run("--db", str(other), "restore", str(tmp_path / "absent.db"), user=None)
    assert (code, out) == (1, "") and "There is no file" in err
    assert not other.parent.exists()


def test_auto_takes_the_daily_backup_once(db: str) -> None:
    code, out, err = run("--db", db, "--now", NOW, "backup", "--auto", "--json")
    assert code == 0, err
    document = json.loads(out)
    assert document["automatic"] is True
    assert Path(document["file"]) == Path(db).parent / "clinic-backups" / "clinic-2026-11-23-1000.db"
    code, out, err = run("--db", db, "--now", "2026-11-24T09:00", "backup", "--auto", "--json")
    assert code == 0 and json.loads(out)["file"] is None and "No backup was due" in err
    code, out, _ = run("--db", db, "--now", "2026-11-24T10:00", "backup", "--auto", "--json")
    assert json.loads(out)["file"].endswith("clinic-2026-11-24-1000.db")


def test_backup_and_restore_through_a_real_process(db: str, tmp_path: Path) -> None:
    environment = process_environment(PYTHONPATH=str(REPO))
    target = tmp_path / "process.db"
    done = subprocess.run(
        [sys.executable, "-m", "clinic_desktop", "--db", db, "backup", str(target), "--json"],
        capture_output=True, text=True, env=environment, check=False, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["file"] == str(target)
    done = subprocess.run(
        [sys.executable, "-m", "clinic_desktop", "--db", db, "restore", str(tmp_path / "absent.db")],
        capture_output=True, text=True, env=environment, check=False, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.strip() == f"There is no file {tmp_path / 'absent.db'}."
