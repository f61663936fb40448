"""An empty file given as --db is no clinic database: every command is refused there, as on a file
that is not a clinic database, and the file is left as it was (empty); the commands that make a
clinic with its manager (`init --manager`, `demo`, `restore`) make it there, and when they are
refused the file is empty again. No database exists without a manager."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from clinic_desktop.app import NewSqliteFile
from tests.clinic_users import MANAGER, PASSWORD, new_clinic, run

NOW = "2026-11-23T10:00"
COMMANDS = (
    ("info",),
    ("check",),
    ("users", "list"),
    ("audit", "verify"),
    ("patients", "add", "--given", "A", "--family", "B", "--dob", "1970-01-01"),
    ("schedule", "day", "2026-11-23"),
    ("settings", "set", "timezone", "UTC"),
)


def empty_file(folder: Path) -> Path:
    path = folder / "clinic.db"
    path.touch()
    path.chmod(0o600)
    return path


def assert_left_empty(path: Path) -> None:
    assert path.stat().st_size == 0 and path.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_every_command_is_refused_on_an_empty_file_and_leaves_it_empty(tmp_path: Path) -> None:
    db = empty_file(tmp_path)
    for command in COMMANDS:
        code, out, err = run("--db", str(db), *command)
        assert (code, out) == (1, ""), command
        assert err == (
            f"{db} is an empty file, not a clinic database; it was left untouched. Create it, with "
            f"its manager account, first: clinic-desktop --db {db} init --manager NAME\n"
        ), command
        assert_left_empty(db)


def test_a_file_that_is_not_a_clinic_database_is_refused_the_same_way(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with closing(sqlite3.connect(other)) as connection, connection:
        connection.execute("CREATE TABLE notes (text)")
    for command in COMMANDS[:3]:
        code, out, err = run("--db", str(other), *command)
        assert (code, out) == (1, "") and "not a clinic database; it was left untouched" in err
    text = tmp_path / "notes.txt"  # not even a SQLite file: never a damaged clinic database
    text.write_text("Call Ines back on Monday.\n", encoding="utf-8")
    for command in COMMANDS[:3]:
        code, out, err = run("--db", str(text), *command)
        assert (code, out) == (1, "")
        assert (
            err
            == f"{text} is not a clinic database (it is not a SQLite database file); it was left untouched.\n"
        )
    assert text.read_text(encoding="utf-8") == "Call Ines back on Monday.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "other.db"]


def test_init_makes_a_clinic_in_an_empty_file_only_with_its_manager(tmp_path: Path) -> None:
    db = empty_file(tmp_path)
    code, out, err = run("--db", str(db), "init", user=None)  # no manager named
    assert (code, out) == (1, "") and "init --manager NAME" in err
    code, out, err = run("--db", str(db), "init", "--manager", MANAGER, user=None, password="short")
    assert (code, out) == (1, "") and "at least 8 characters" in err
    assert_left_empty(db)
    code, _, err = run("--db", str(db), "init", "--manager", MANAGER, user=None)
    assert code == 0, err
    code, out, err = run("--db", str(db), "users", "list", "--json")
    assert code == 0 and [u["name"] for u in json.loads(out)] == [MANAGER]


def test_restore_and_demo_make_a_clinic_in_an_empty_file(tmp_path: Path) -> None:
    clinic = new_clinic(str(tmp_path / "clinic-at-work.db"))
    backup = tmp_path / "backup.db"
    code, _, err = run("--db", clinic, "backup", str(backup))
    assert code == 0, err

    (tmp_path / "restored").mkdir()
    target = empty_file(tmp_path / "restored")
    code, _, err = run("--db", str(target), "restore", str(tmp_path / "missing.db"), user=None)
    assert code == 1 and "There is no file" in err
    assert_left_empty(target)
    code, out, err = run("--db", str(target), "restore", str(backup), "--json", user=None)
    assert code == 0, err
    assert json.loads(out)["created"] is True
    code, out, _ = run("--db", str(target), "users", "list", "--json")  # the backup's accounts
    assert code == 0 and MANAGER in [u["name"] for u in json.loads(out)]

    (tmp_path / "demo").mkdir()
    demo = empty_file(tmp_path / "demo")
    code, _, err = run("--db", str(demo), "--now", NOW, "demo", "--patients", "20", "--providers", "1",
                       "--years", "1", "--password", PASSWORD, user=None)  # fmt: skip
    assert code == 0, err
    code, _, err = run("--db", str(demo), "check")
    assert code == 0, err


def test_an_empty_file_beside_a_write_ahead_log_is_a_database(tmp_path: Path) -> None:
    """A database's first pages can still be in its WAL (-wal) with the file itself empty: that is
    a database to open, not an empty file."""
    db = empty_file(tmp_path)
    assert NewSqliteFile.at(str(db)) == NewSqliteFile(db, (), empty_file=True)
    Path(f"{db}-wal").write_bytes(b"\x37\x7f\x06\x82" + bytes(28))
    assert NewSqliteFile.at(str(db)) is None
    Path(f"{db}-wal").write_bytes(b"")
    assert NewSqliteFile.at(str(db)) is not None
    assert NewSqliteFile.at(str(tmp_path / "new" / "clinic.db")) == NewSqliteFile(
        tmp_path / "new" / "clinic.db", (tmp_path / "new",)
    )


@pytest.mark.parametrize("command", [("info",), ("check",)])
def test_a_missing_file_is_still_refused_without_making_one(tmp_path: Path, command: tuple[str, ...]) -> None:
    db = tmp_path / "nowhere" / "clinic.db"
    code, out, err = run("--db", str(db), *command)
    assert (code, out) == (1, "") and f"There is no clinic database at {db}." in err
    assert not db.parent.exists()
