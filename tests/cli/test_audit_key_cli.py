"""`audit anchor`, `audit verify --anchor`, `audit key export|import`, and `check` naming an account
changed behind the software's back, from the command line (docs/cli.md, "The audit trail's key
and anchors"). The forgeries are made with Python's own sqlite3, as someone who can write the
database file but does not hold the key would."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

import pytest

from clinic_desktop.domain.audit import AuditEntry, entry_hash
from tests.clinic_users import RECEPTION, new_clinic, run


@pytest.fixture
def db(tmp_path: Path) -> str:
    clinic = new_clinic(str(tmp_path / "clinic.db"))
    for room in ("Room A", "Room B"):
        assert run("--db", clinic, "rooms", "add", "--name", room)[0] == 0
    return clinic


def statements(db: str, *sql: tuple[str, tuple[object, ...]]) -> None:
    connection = sqlite3.connect(db)
    try:
        with connection:
            for statement, params in sql:
                connection.execute(statement, params)
    finally:
        connection.close()


def anchor(db: str) -> str:
    code, out, err = run("--db", db, "audit", "anchor")
    assert code == 0, err
    return out.strip()


def test_the_anchor_is_the_newest_entry_and_verify_checks_it(db: str) -> None:
    code, out, _ = run("--db", db, "audit", "anchor", "--json")
    taken = json.loads(out)
    assert code == 0 and taken["anchor"] == f"{taken['id']}:{taken['hash']}" == anchor(db)
    code, out, err = run("--db", db, "audit", "verify", "--anchor", taken["anchor"], "--json")
    assert code == 0 and "the trail holds the anchor given" in err
    report = json.loads(out)
    assert (report["intact"], report["keyed_from"], report["anchors"]) == (True, 1, [taken["anchor"]])

    # The newest entries cut off and the head rewritten: only the anchor shows it.
    keep = taken["id"] - 2
    connection = sqlite3.connect(db)
    (kept,) = connection.execute("SELECT hash FROM audit_entry WHERE id = ?", (keep,)).fetchone()
    connection.close()
    head = ("UPDATE database_info SET value = ? WHERE key = 'audit_head'", (f"{keep}:{kept}",))
    statements(db, ("DELETE FROM audit_entry WHERE id > ?", (keep,)), head)
    assert run("--db", db, "audit", "verify")[0] == 0
    code, out, err = run("--db", db, "audit", "verify", "--anchor", taken["anchor"])
    assert (code, out) == (1, "")
    assert err.strip() == (
        f"The audit trail no longer holds entry {taken['id']} of the anchor {taken['anchor']} (its last "
        f"entry is {keep}): entries were removed."
    )


def test_a_malformed_anchor_is_refused(db: str) -> None:
    code, out, err = run("--db", db, "audit", "verify", "--anchor", "12-abc")
    assert (code, out) == (1, "") and "'12-abc' is not an audit anchor" in err


def test_an_entry_rewritten_with_every_later_hash_is_named(db: str) -> None:
    connection = sqlite3.connect(db)
    rows = connection.execute(
        'SELECT id, at, "user", action, entity, entity_id, before, after, hash, patient_id FROM audit_entry '
        "ORDER BY id"
    ).fetchall()
    connection.close()
    room = next(r for r in rows if r[7] and '"Room A"' in r[7])
    previous = rows[room[0] - 2][8]
    updates = []
    for row in rows[room[0] - 1 :]:
        after = row[7].replace("Room A", "Room Z") if row[0] == room[0] else row[7]
        entry = AuditEntry(row[0], _at(row[1]), row[2], row[3], row[4], row[5],
                           json.loads(row[6]) if row[6] else None, json.loads(after) if after else None,
                           patient_id=row[9])  # fmt: skip
        previous = entry_hash(entry, previous)  # plain SHA-256: the forger has no key
        updates.append(("UPDATE audit_entry SET after = ?, hash = ? WHERE id = ?", (after, previous, row[0])))
    updates.append(
        ("UPDATE database_info SET value = ? WHERE key = 'audit_head'", (f"{rows[-1][0]}:{previous}",))
    )
    statements(db, *updates)
    code, out, err = run("--db", db, "audit", "verify")
    assert (code, out) == (1, "")
    assert err.startswith(f"The audit trail is broken at entry {room[0]}: its content")
    code, out, err = run("--db", db, "check")
    assert code == 1 and f"broken at entry {room[0]}" in err


def _at(text: str) -> object:
    from clinic_desktop.store.models import AuditEntry as Model

    return Model.at.python_value(text)


def test_an_account_promoted_in_the_database_is_named_and_stays_what_it_was(db: str) -> None:
    code, out, _ = run("--db", db, "users", "list", "--json")
    (reception,) = [u["id"] for u in json.loads(out) if u["name"] == RECEPTION]
    statements(db, ("UPDATE user_account SET role = 'manager' WHERE name = ?", (RECEPTION,)))
    for command in (("audit", "verify"), ("check",)):
        code, out, err = run("--db", db, *command)
        assert (code, out) == (1, "")
        assert f"The account {RECEPTION} (id {reception}) differs from its last audited change (entry " in err
        assert "its role is manager, but its last audited change made it reception" in err
    code, out, err = run("--db", db, "users", "list", user=RECEPTION)
    assert (code, out, err.strip()) == (
        1,
        "",
        "Managing users needs the manager role; you are signed in as reception.",
    )


def test_the_key_is_copied_to_a_workstation_without_it(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exported = tmp_path / "clinic.key"
    code, out, err = run("--db", db, "audit", "key", "export", str(exported), "--json")
    assert code == 0, err
    assert json.loads(out)["keyed_from"] == 1 and stat.S_IMODE(exported.stat().st_mode) == 0o600
    assert "Keep it as safe as the backups" in err
    code, out, err = run("--db", db, "audit", "key", "export", str(exported))
    assert (code, out) == (1, "") and "already exists" in err
    code, _, err = run("--db", db, "audit", "key", "export", str(tmp_path / "r.key"), user=RECEPTION)
    assert code == 1 and "needs the manager role" in err and not (tmp_path / "r.key").exists()

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "another computer"))
    code, out, err = run("--db", db, "info")
    assert (code, out) == (1, "")
    assert "does not have the clinic's audit key, so nobody can sign in here yet" in err
    assert "audit key import FILE" in err
    # A receptionist's sign-in works with the key given, but the import is a manager's: not kept.
    code, _, err = run("--db", db, "audit", "key", "import", str(exported), user=RECEPTION)
    assert code == 1 and "The audit trail needs the manager role" in err
    assert run("--db", db, "info")[0] == 1
    wrong = tmp_path / "wrong.key"
    wrong.write_text(exported.read_text(encoding="utf-8").replace('"keyed_from": 1', '"keyed_from": 2'))
    code, _, err = run("--db", db, "audit", "key", "import", str(wrong))
    assert code == 1 and "does not sign this clinic's audit trail" in err
    code, out, err = run("--db", db, "audit", "key", "import", str(exported), "--json")
    assert code == 0, err
    saved = Path(json.loads(out)["file"])
    assert saved.is_relative_to(tmp_path / "another computer") and stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert run("--db", db, "rooms", "add", "--name", "Room C")[0] == 0
    code, out, _ = run("--db", db, "audit", "list", "--limit", "2", "--json")
    assert [e["action"] for e in json.loads(out)] == ["create", "key_import"]
    assert run("--db", db, "audit", "verify")[0] == 0


def test_a_backup_carries_the_anchor_beside_it(db: str, tmp_path: Path) -> None:
    taken = anchor(db)
    code, out, err = run("--db", db, "backup", str(tmp_path / "copy.db"), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["anchor"] == taken == (tmp_path / "copy.db.anchor").read_text(encoding="utf-8").strip()
    assert run("--db", db, "audit", "verify", "--anchor", report["anchor"])[0] == 0
    # The copy holds the anchor's entry too: a restored backup is checked against it.
    connection = sqlite3.connect(tmp_path / "copy.db")
    (digest,) = connection.execute(
        "SELECT hash FROM audit_entry WHERE id = ?", (int(taken.split(":")[0]),)
    ).fetchone()
    connection.close()
    assert taken == f"{taken.split(':')[0]}:{digest}"
