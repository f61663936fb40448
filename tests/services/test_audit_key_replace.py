"""A clinic audit key lost for good, replaced by a manager (docs/audit-key.md, "If the key is lost"),
on SQLite and PostgreSQL alike, on the real clock.

The only computer that held the key is gone and nobody exported it: nobody can sign in. A manager
runs `audit key replace`: the password is checked (a wrong one counts, and is audited once the new
key exists), a new key seals the trail from a `key_replace` entry on, and the entries sealed with
the lost key are reported as unprovable, never as broken; an anchor taken before still proves
them, and a forger who rewrites one of them afterwards is caught."""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.audit import KEY_REPLACE, AuditKeyError, canonical, entry_hash, parse_anchor
from clinic_desktop.domain.errors import PermissionDeniedError, ValidationError
from clinic_desktop.domain.users import MAX_FAILED_SIGN_INS, SYSTEM
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.users import SignInError
from clinic_desktop.store.audit_keys import AuditKeyFolder
from tests.desks import at_once
from tests.services.test_audit_key import PASSWORD, another_desk, sql, the_key, trail

REASON = "the only computer's disk died and no copy of the key was kept"


@pytest.fixture
def clinic(db_url: str) -> Iterator[ClinicServices]:
    """A clinic on the real clock with a manager, a receptionist, a provider and two rooms (seven
    entries, all sealed with its key)."""
    services = ClinicServices.open(db_url)
    services.users.create_first_manager("Maria Boss", PASSWORD)
    services.users.sign_in("Maria Boss", PASSWORD)
    services.users.add("Ana", Role.RECEPTION, "reception pw")
    lind = services.resources.add_provider("Dr Lind")
    services.users.add("Dr Lind", Role.PROVIDER, "provider pw", provider_id=lind.id)
    services.resources.add_room("Room A")
    services.resources.add_room("Room B")
    yield services
    services.close()


@pytest.fixture(autouse=True)
def _fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.clinic_users import fast_password_hashing

    fast_password_hashing(monkeypatch)


def lose_the_key(clinic: ClinicServices) -> ClinicServices:
    """Every copy of the key gone: the computer starts again with the database and no key file."""
    AuditKeyFolder().path(the_key(clinic).clinic).unlink()
    return another_desk(clinic)


def failed_sign_ins(services: ClinicServices, name: str) -> int:
    return int(sql(services, "SELECT failed_sign_ins FROM user_account WHERE name = ?", name)[0][0])


def test_a_lost_key_is_replaced_and_the_old_entries_are_unprovable_not_broken(clinic: ClinicServices) -> None:
    anchor = clinic.audit.anchor()
    assert anchor is not None and anchor.id == 7
    lost = the_key(clinic)
    old = trail(clinic)
    desk = lose_the_key(clinic)
    with pytest.raises(AuditKeyError) as refusal:
        desk.users.sign_in("Maria Boss", PASSWORD)
    assert refusal.value.message == (
        "This computer does not have the clinic's audit key, so nobody can sign in here yet (a wrong "
        "password could not be recorded). A manager copies it from a workstation that has it: "
        "`clinic-desktop audit key export FILE` there, then `clinic-desktop --user NAME audit key import "
        "FILE` here. If every copy of it is lost, a manager runs `clinic-desktop --user NAME audit key "
        "replace --reason TEXT` instead (docs/audit-key.md)."
    )

    replaced = desk.audit_keys.replace_lost_key("Maria Boss", PASSWORD, f"  {REASON}\n", "front-desk")
    assert (replaced.entry, replaced.user, replaced.reason, replaced.hostname) == (
        8,
        "Maria Boss",
        REASON,
        "front-desk",
    )
    assert (replaced.lost_clinic, replaced.lost_from, replaced.previous) == (lost.clinic, 1, 7)
    assert replaced.previous_hash == old[-1].hash
    assert abs((replaced.at - datetime.now(UTC)).total_seconds()) < 120  # the real clock
    new = the_key(desk)
    assert new.clinic != lost.clinic and new.keyed_from == 8
    assert desk.store.audit.keying() == (new.clinic, 8)
    entries = trail(desk)
    assert entries[:7] == old  # the old entries stay exactly as they were
    first = entries[7]
    assert (first.action, first.entity, first.entity_id, first.user) == (
        KEY_REPLACE,
        "audit",
        new.clinic,
        "Maria Boss",
    )
    assert first.before == {"clinic": lost.clinic, "keyed_from": 1}
    assert first.after is not None and first.after["previous_head"] == f"7:{old[-1].hash}"
    assert first.hash == hmac.new(new.secret, canonical(first, old[-1].hash), hashlib.sha256).hexdigest()
    # Each account's audited values again, sealed with the new key (signing in compares them).
    assert [(e.action, e.entity_id) for e in entries[8:]] == [
        ("baseline", "1"),
        ("baseline", "2"),
        ("baseline", "3"),
    ]

    # From now on the clinic works: signing in, saving, each sealed with the new key.
    work = another_desk(desk)
    assert work.users.sign_in("Ana", "reception pw").role is Role.RECEPTION
    work.users.sign_in("Maria Boss", PASSWORD)
    work.resources.add_room("Room C")
    last, before_last = trail(work)[-1], trail(work)[-2]
    assert last.hash == entry_hash(last, before_last.hash, new.secret)

    verdict = work.audit.verify()
    assert verdict.intact and verdict.broken is None and verdict.findings == ()
    assert verdict.verified == len(trail(work)) - 7 and verdict.unchecked == 7
    assert [(r.entry, span) for r, span in verdict.replaced] == [(8, (1, 7))]
    day = f"{work.time.to_local(replaced.at):%Y-%m-%d}"
    note = (
        f"Entries 1–7 were sealed with a key replaced at entry 8 on {day} by Maria Boss ({REASON}): their "
        "seals could not be checked; an anchor taken before then (audit verify --anchor) still proves "
        "they are unchanged."
    )
    assert verdict.notes == (note,)
    assert note in verdict.message
    # An anchor taken before the replacement is still compared with the entry it names.
    assert work.audit.verify([anchor]).intact
    wrong = replace(anchor, hash="0" * 64)
    assert work.audit.verify([wrong]).problems == [
        f"Entry 7 of the audit trail is not the one the anchor {wrong.text} recorded: the trail was "
        "rewritten at or before that entry."
    ]
    notes: list[str] = []
    assert work.clinic.check(notes) == [] and notes == [note]  # check says it too, not as a problem


def test_an_old_entry_rewritten_after_the_replacement_is_caught(clinic: ClinicServices) -> None:
    anchor = clinic.audit.anchor()
    assert anchor is not None
    desk = lose_the_key(clinic)
    desk.audit_keys.replace_lost_key("Maria Boss", PASSWORD, REASON)
    room = next(e for e in trail(desk) if e.after and e.after.get("name") == "Room A")
    text = sql(desk, "SELECT after FROM audit_entry WHERE id = ?", room.id)[0][0]

    # Its content changed, its hash kept: the replacement's fingerprint no longer matches.
    sql(desk, "UPDATE audit_entry SET after = ? WHERE id = ?", text.replace("Room A", "Room Z"), room.id)
    verdict = desk.audit.verify()
    assert (verdict.intact, verdict.broken) == (False, 8)
    assert verdict.problems[0] == (
        "The audit trail is broken at entry 8: the entries before it were changed, added or removed after "
        "the audit key was replaced here: they no longer give the fingerprint this entry recorded of them."
    )
    assert verdict.problems[0] in desk.clinic.check()

    # Rewritten with every later old hash recomputed (no key checks them): the anchor catches it too.
    entries = trail(desk)
    previous = entries[room.id - 2].hash
    for entry in entries[room.id - 1 : 7]:
        forged = entry_hash(entry, previous)
        sql(desk, "UPDATE audit_entry SET hash = ? WHERE id = ?", forged, entry.id)
        previous = forged
    verdict = desk.audit.verify([anchor])
    assert verdict.broken == 8 and not verdict.intact
    assert verdict.findings == (
        f"Entry 7 of the audit trail is not the one the anchor {anchor.text} recorded: the trail was "
        "rewritten at or before that entry.",
    )


def test_a_wrong_password_is_refused_counted_and_audited_once_the_key_is_replaced(
    clinic: ClinicServices,
) -> None:
    desk = lose_the_key(clinic)
    count = desk.store.audit.count()
    with pytest.raises(SignInError, match="Wrong user name or password"):
        desk.audit_keys.replace_lost_key("Maria Boss", "a wrong password", REASON)
    assert failed_sign_ins(desk, "Maria Boss") == 1  # counted in the account itself
    assert desk.store.audit.count() == count and desk.store.audit.keying()[0] == the_key_name(clinic)
    with pytest.raises(SignInError, match="Wrong user name or password"):
        desk.audit_keys.replace_lost_key("Nobody", PASSWORD, REASON)

    replaced = desk.audit_keys.replace_lost_key("Maria Boss", PASSWORD, REASON)
    after = trail(desk)[replaced.entry :]
    failed = [e for e in after if e.action == "sign_in_failed"]
    assert len(failed) == 1 and failed[0].user == "Maria Boss" and failed[0].entity_id == "1"
    assert failed[0].after is not None and failed[0].after["failed_sign_ins"] == 1
    assert datetime.fromisoformat(str(failed[0].after["at"])) <= replaced.at.replace(microsecond=999999)
    with desk.store.read_transaction():
        assert desk.store.audit.unsealed() == []
    assert desk.audit.verify().intact


def the_key_name(clinic: ClinicServices) -> str:
    with clinic.store.read_transaction():
        name = clinic.store.audit.keying()[0]
    assert name is not None
    return name


def test_wrong_passwords_at_once_each_count_and_wait_to_be_audited(
    clinic: ClinicServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lockout holds while no entry can be sealed: ten desks guess at once behind a barrier,
    five at the manager's account and five at the receptionist's, the password check slowed to
    argon2id's real cost so that every desk has read its account before any counts."""
    from clinic_desktop.services import users as user_service

    verify = user_service._verify

    def slow_verify(stored_hash: str, password: str) -> bool:
        time.sleep(0.2)
        return verify(stored_hash, password)

    monkeypatch.setattr(user_service, "_verify", slow_verify)
    lose_the_key(clinic)
    desks = 2 * MAX_FAILED_SIGN_INS
    names = ("Maria Boss", "Ana")
    _, errors = at_once(
        clinic, lambda s, n: s.audit_keys.replace_lost_key(names[n % 2], f"guess {n}", REASON), desks
    )
    assert len(errors) == desks and all(isinstance(e, SignInError) for e in errors)
    assert all(e.message == "Wrong user name or password." for e in errors if isinstance(e, SignInError))
    for name in names:
        locked = sql(clinic, "SELECT locked_until FROM user_account WHERE name = ?", name)[0][0]
        assert locked is not None
    with clinic.store.read_transaction():
        waiting = clinic.store.audit.unsealed()
    # Every wrong password counted and waits to be audited (none lost to another desk's write).
    for name in names:
        mine = [w for w in waiting if w["user"] == name]
        assert sorted(w["after"]["failed_sign_ins"] for w in mine) == list(range(1, MAX_FAILED_SIGN_INS + 1))
        assert [w["action"] for w in mine].count("locked") == 1
    monkeypatch.setattr(user_service, "_verify", verify)
    with pytest.raises(SignInError, match="is locked after"):
        another_desk(clinic).audit_keys.replace_lost_key("Maria Boss", PASSWORD, REASON)  # the right one


def test_only_a_manager_replaces_and_only_a_lost_key(clinic: ClinicServices) -> None:
    kept = the_key(clinic)
    with pytest.raises(ValidationError, match="holds the clinic's audit key: it is not lost"):
        another_desk(clinic).audit_keys.replace_lost_key("Maria Boss", PASSWORD, REASON)
    desk = lose_the_key(clinic)
    count = desk.store.audit.count()
    with pytest.raises(PermissionDeniedError, match="needs the manager role"):
        desk.audit_keys.replace_lost_key("Ana", "reception pw", REASON)
    with pytest.raises(ValidationError, match=r"Say why the audit key is replaced \(--reason TEXT\)"):
        desk.audit_keys.replace_lost_key("Maria Boss", PASSWORD, "  ")
    assert desk.store.audit.count() == count and the_key_name(desk) == kept.clinic
    assert AuditKeyFolder().held() == []  # no key was made
    assert failed_sign_ins(desk, "Maria Boss") == 0  # a missing reason is refused before the password


def test_a_workstation_holding_the_replaced_key_is_told_to_import_the_new_one(clinic: ClinicServices) -> None:
    lost = the_key(clinic)
    desk = lose_the_key(clinic)
    replaced = desk.audit_keys.replace_lost_key("Maria Boss", PASSWORD, REASON)
    AuditKeyFolder().path(the_key(desk).clinic).unlink()  # the new key is only at the other desk
    AuditKeyFolder().save(lost)  # and this one finds its old key again
    old_desk = another_desk(desk)
    with pytest.raises(AuditKeyError, match=f"was replaced by Maria Boss \\(audit entry {replaced.entry}\\)"):
        old_desk.users.sign_in("Maria Boss", PASSWORD)
    # Holding the lost key again, this computer checks those old seals too.
    verdict = old_desk.audit.chain_verdict()
    assert verdict.unchecked == 0
    assert "this computer still holds the key it replaced" in "\n".join(verdict.notes)


def test_a_backup_whose_key_is_lost_is_restored_then_the_key_replaced(
    new_database: Any, tmp_path: Path
) -> None:
    """The clinic's computer died; its backup survived, its key did not. Restoring it is refused
    until told the key is lost; then the restore's record waits beside the restored trail (nobody
    can sign in) and the manager's replacement enters it, sealed with the new key."""
    old = ClinicServices.open(new_database("the old computer"))
    old.users.create_first_manager("Maria Boss", PASSWORD)
    old.users.sign_in("Maria Boss", PASSWORD)
    old.resources.add_room("Room A")
    backup = old.backup.backup(tmp_path / f"last{old.backup.suffix}")
    assert backup.anchor is not None
    AuditKeyFolder().path(the_key(old).clinic).unlink()
    old.close()

    new = ClinicServices.open(new_database("the new computer"))
    try:
        with pytest.raises(AuditKeyError) as refusal:
            new.backup.restore(backup.file)
        assert refusal.value.message.endswith(
            "Import the key and restore again; if every copy of it is lost, restore with `--key-lost`, "
            "then a manager runs `clinic-desktop --user NAME audit key replace --reason TEXT` "
            "(docs/audit-key.md)."
        )
        report = new.backup.restore(backup.file, key_lost=True)
        assert report.awaiting_key and report.counts["providers"] == 0
        assert [e.action for e in trail(new)] == [
            "create",
            "sign_in",
            "create",
        ]  # the backup's own, unchanged
        with pytest.raises(AuditKeyError, match="audit key replace --reason TEXT"):
            another_desk(new).users.sign_in("Maria Boss", PASSWORD)

        desk = another_desk(new)
        replaced = desk.audit_keys.replace_lost_key("Maria Boss", PASSWORD, REASON)
        entries = trail(desk)
        assert [e.action for e in entries[replaced.entry - 1 :]] == [KEY_REPLACE, "restore", "baseline"]
        restore = entries[replaced.entry]
        assert restore.after is not None and restore.after["file"] == backup.file
        assert "at" in restore.after and restore.user == SYSTEM.name
        verdict = desk.audit.verify([parse_anchor(backup.anchor)])
        assert verdict.intact and [span for _, span in verdict.replaced] == [(1, 3)]
        desk.users.sign_in("Maria Boss", PASSWORD)
        assert [r.name for r in desk.resources.rooms()] == ["Room A"]
    finally:
        new.close()
