"""On the command line a damaged database file and a full disk exit 1 with a message saying what
happened and what to do (never exit 3, "Internal error", or SQLite's "cannot rollback - no
transaction is active"), and the damaged file is mended by the command the message gives."""

from __future__ import annotations

import json
import shlex
from datetime import date, timedelta
from pathlib import Path

import pytest

from clinic_desktop.domain.errors import DISK_FULL
from clinic_desktop.store import connection
from tests.clinic_users import PROVIDER, new_clinic, run
from tests.engine_faults import (
    LARGEST_SQLITE_FILE,
    PG_DAMAGED_PAGE,
    PG_DISK_FREED,
    PG_FULL_DISK,
    damage_page,
    postgresql,
    sqlite_pages,
)

NOW = "2026-11-23T10:00"
DAMAGED = "The database file is damaged (database disk image is malformed). Restore the last backup: "


def test_a_damaged_page_exits_1_naming_the_damage_and_the_restore_that_mends_it(tmp_path: Path) -> None:
    db = str(tmp_path / "clinic.db")
    code, _, err = run("--db", db, "--now", NOW, "demo", "--patients", "60", "--providers", "2",
                       "--years", "1", "--password", "test-clinic-password", user=None)  # fmt: skip
    assert code == 0, err
    code, out, err = run("--db", db, "--now", NOW, "backup", "--auto", "--json")
    assert code == 0, err
    newest = json.loads(out)["file"]
    damage_page(db, "appointment")

    code, out, err = run("--db", db, "check")
    assert (code, out) == (1, "")
    advice = f"clinic-desktop --db {db} restore {newest} (the newest automatic backup)"
    assert (
        err == f"1 problem(s) found:\n  - {DAMAGED}{advice}, or File > Backup and restore… in the window.\n"
    )
    for command in (("schedule", "day", "2026-11-23"), ("appointments", "list", "--patient", "1", "--json")):
        code, out, err = run("--db", db, "--now", NOW, *command)
        assert (code, out) == (1, ""), command
        assert err.startswith(DAMAGED) and advice in err and "Internal error" not in err

    # The command the message names puts the last backup back.
    words = shlex.split(err.split("Restore the last backup: ", 1)[1].split(" (the newest", 1)[0])
    assert words[:3] == ["clinic-desktop", "--db", db] and words[3:] == ["restore", newest]
    code, _, err = run(*words[1:])
    assert code == 0, err
    code, _, err = run("--db", db, "check")
    assert code == 0 and "No problems found" in err


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_page_postgresql_cannot_read_exits_1_naming_the_damage(db_url: str) -> None:
    db = new_clinic(db_url)
    postgresql(db, PG_DAMAGED_PAGE)
    code, out, err = run("--db", db, "patients", "add", "--given", "Ines", "--family", "Ortega",
                         "--dob", "1980-04-02", "--mrn", "M1")  # fmt: skip
    assert (code, out) == (1, "")
    assert err.startswith(
        "The database file is damaged (invalid page in block 7 of relation base/16384/16420). "
        "Restore the last backup: clinic-desktop --db postgresql://"
    )
    code, out, _ = run("--db", db, "patients", "search", "Ortega", "--json")
    assert code == 0 and json.loads(out) == []


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_full_disk_exits_1_with_the_disks_words_and_books_nothing(
    db_url: str, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = new_clinic(db_url)
    for step in (
        ("providers", "add", "--name", "Dr Lind"),
        ("hours", "set", "--provider", "1", "--weekday", "mon", "--blocks", "08:00-17:00"),
        ("types", "add", "--name", "Consultation", "--minutes", "30"),
        ("patients", "add", "--given", "Ines", "--family", "Ortega", "--dob", "1980-04-02", "--mrn", "M1"),
    ):
        code, _, err = run("--db", db, *step)
        assert code == 0, err
    today = date.today()  # the real clock: no --now
    monday = today + timedelta(days=35 - today.weekday())
    book = ("--db", db, "appointments", "book", "--patient", "1", "--provider", "1", "--type",
            "Consultation", "--start", f"{monday}T09:00", "--every-weeks", "1", "--count", "30",
            "--notes", "Bring the headache diary and the list of medicines. " * 40, "--json")  # fmt: skip
    if backend == "sqlite":
        monkeypatch.setitem(connection.SQLITE_PRAGMAS, "max_page_count", sqlite_pages(db))
    else:
        postgresql(db, PG_FULL_DISK)

    code, out, err = run(*book, user=PROVIDER)
    assert (code, out, err) == (1, "", DISK_FULL + "\n")
    code, out, _ = run("--db", db, "appointments", "list", "--patient", "1", "--json")
    assert code == 0 and json.loads(out) == []

    if backend == "sqlite":
        monkeypatch.setitem(connection.SQLITE_PRAGMAS, "max_page_count", LARGEST_SQLITE_FILE)
    else:
        postgresql(db, PG_DISK_FREED)
    code, out, err = run(*book, user=PROVIDER)
    assert code == 0, err
    assert len(json.loads(out)) == 30
    code, _, err = run("--db", db, "check")
    assert code == 0, err
