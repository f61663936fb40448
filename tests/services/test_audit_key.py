"""An audit trail that cannot be silently rewritten (issue 18), on SQLite and PostgreSQL alike.

The red team's forgeries, each by someone who can write the database but does not hold the
clinic's key (kept in the user's configuration folder, never in the database): (1) an entry changed
and every later hash and the head recomputed with plain SHA-256; (2) the same with a key of their
own; (3) the newest entries cut off and the head rewritten (found with an anchor taken before);
(4) an account promoted, switched on or given another password hash in the database; (5) the
record of where the keyed trail begins deleted, to pass the trail off as never keyed. Each is
found by `audit verify` and the integrity check, naming what was done, and none can be
continued: a computer without the key saves nothing, and signs nobody in until it is imported."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import stat
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.audit import (
    AuditEntry,
    AuditKey,
    AuditKeyError,
    canonical,
    entry_hash,
    parse_anchor,
)
from clinic_desktop.domain.errors import PermissionDeniedError, ValidationError
from clinic_desktop.domain.users import SYSTEM, Session
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.users import SignInError, hash_password
from clinic_desktop.store.audit_keys import AuditKeyFolder
from clinic_desktop.store.migrations import SCHEMA_VERSION, VERSION_KEY
from tests.clinic_users import fast_password_hashing
from tests.desks import at_once

PASSWORD = "correct horse"
MANAGER = Session("Maria Boss", Role.MANAGER, 1)


@pytest.fixture(autouse=True)
def _fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_password_hashing(monkeypatch)


@pytest.fixture
def clinic(db_url: str) -> Iterator[ClinicServices]:
    """A clinic on the real clock (no fixed Clock: real instants have fractions of a second), with a
    manager, a receptionist, a provider record and its account, and two rooms: seven entries."""
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


def sql(services: ClinicServices, statement: str, *params: object) -> list[tuple[Any, ...]]:
    database = services.store.database
    cursor = database.execute_sql(statement.replace("?", database.param), params)
    return list(cursor.fetchall()) if cursor.description else []


def trail(services: ClinicServices) -> list[AuditEntry]:
    with services.store.read_transaction():
        return list(services.store.audit.in_order())


def the_key(services: ClinicServices) -> AuditKey:
    clinic, _ = services.store.audit.keying()
    assert clinic is not None
    key = AuditKeyFolder().load(clinic)
    assert key is not None
    return key


def rewrite_from(services: ClinicServices, first: int, secret: bytes | None, **changes: Any) -> None:
    """What a forger does: change entry ``first`` and give it and every later entry a new hash
    (plain SHA-256, or HMAC with a key of their own), then the head beside the trail."""
    entries = trail(services)
    previous = entries[first - 2].hash if first > 1 else "0" * 64
    for entry in entries[first - 1 :]:
        if entry.id == first:
            entry = replace(entry, **changes)
        forged = entry_hash(entry, previous, secret)
        sql(services, "UPDATE audit_entry SET after = ?, hash = ? WHERE id = ?",
            None if entry.after is None else _json(entry.after), forged, entry.id)  # fmt: skip
        previous = forged
    sql(
        services,
        "UPDATE database_info SET value = ? WHERE key = 'audit_head'",
        f"{entries[-1].id}:{previous}",
    )


def _json(values: dict[str, Any]) -> str:
    from clinic_desktop.domain.audit import to_json

    text = to_json(values)
    assert text is not None
    return text


# --- the key ---------------------------------------------------------------------------------------


def test_every_entry_is_signed_with_a_key_kept_outside_the_database(clinic: ClinicServices) -> None:
    key = the_key(clinic)
    path = AuditKeyFolder().path(key.clinic)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # the owner's only
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert key.keyed_from == 1 and len(key.secret) == 32
    assert clinic.store.audit.keying() == (key.clinic, 1)
    entries = trail(clinic)
    assert len(entries) == 7
    previous = "0" * 64
    for entry in entries:  # HMAC-SHA-256 of the canonical entry, chained
        assert entry.hash == hmac.new(key.secret, canonical(entry, previous), hashlib.sha256).hexdigest()
        assert entry.hash != hashlib.sha256(canonical(entry, previous)).hexdigest()
        previous = entry.hash
        assert abs((entry.at - datetime.now(UTC)).total_seconds()) < 120  # the real clock
    secret = key.secret.hex()
    stored = sql(clinic, "SELECT key, value FROM database_info") + sql(
        clinic, "SELECT after, hash FROM audit_entry"
    )
    assert not any(secret in str(value) for row in stored for value in row)
    verdict = clinic.audit.verify()
    assert (verdict.intact, verdict.verified, verdict.keyed_from) == (True, 7, 1)
    assert clinic.clinic.check() == []


def test_two_databases_on_one_computer_have_a_key_each(clinic: ClinicServices, new_database: Any) -> None:
    first = the_key(clinic)
    clinic.close()  # one database open per process (the models are bound to it)
    other = ClinicServices.open(new_database("second"))
    try:
        other.users.create_first_manager("Otto", PASSWORD)
        second = the_key(other)
        assert second.clinic != first.clinic and second.secret != first.secret
        assert sorted(k.clinic for k in AuditKeyFolder().held()) == sorted([first.clinic, second.clinic])
        assert other.audit.chain_verdict().intact
    finally:
        other.close()


# --- (1) and (2): an entry changed and the chain recomputed ----------------------------------------


@pytest.mark.parametrize("secret", [None, secrets.token_bytes(32)], ids=["plain SHA-256", "a wrong key"])
def test_a_changed_entry_with_every_later_hash_recomputed_is_found(
    clinic: ClinicServices, secret: bytes | None
) -> None:
    room = next(e for e in trail(clinic) if e.after and e.after.get("name") == "Room A")
    rewrite_from(clinic, room.id, secret, after={**(room.after or {}), "name": "Room Z"})
    verdict = clinic.audit.verify()
    assert (verdict.intact, verdict.broken, verdict.verified) == (False, room.id, room.id - 1)
    assert verdict.message.startswith(f"The audit trail is broken at entry {room.id}: ")
    assert verdict.message in clinic.clinic.check()


def test_the_key_signs_nothing_but_this_clinics_trail(clinic: ClinicServices) -> None:
    """A forger's own key put in place of the clinic's is refused before anything is signed with it."""
    key = the_key(clinic)
    AuditKeyFolder().save(replace(key, secret=secrets.token_bytes(32)))
    fresh = another_desk(clinic)
    count = fresh.store.audit.count()
    with pytest.raises(AuditKeyError, match="does not sign entry 1"):
        fresh.resources.add_room("Room 9")
    assert fresh.store.audit.count() == count and len(fresh.resources.rooms()) == 2
    assert fresh.audit.chain_verdict().broken == 1


# --- (3): the newest entries cut off, the head rewritten -------------------------------------------


def test_a_trail_cut_short_is_found_by_an_anchor_taken_before(clinic: ClinicServices) -> None:
    anchor = clinic.audit.anchor()
    assert anchor is not None and anchor.id == 7
    assert parse_anchor(anchor.text) == anchor
    clinic.resources.add_room("Room 1")
    clinic.resources.add_room("Room 2")
    assert clinic.audit.verify([anchor]).intact
    # Cut back to entry 5 and make the head say so: every remaining hash still holds.
    fifth = trail(clinic)[4]
    sql(clinic, "DELETE FROM audit_entry WHERE id > 5")
    sql(clinic, "UPDATE database_info SET value = ? WHERE key = 'audit_head'", f"5:{fifth.hash}")
    assert clinic.audit.verify().intact  # without an anchor, a shorter trail is all there is
    verdict = clinic.audit.verify([anchor])
    assert not verdict.intact and verdict.broken is None
    assert verdict.problems == [
        f"The audit trail no longer holds entry 7 of the anchor {anchor.text} (its last entry is 5): "
        "entries were removed."
    ]
    assert "no longer holds entry 7" in "\n".join(clinic.audit.verify([anchor]).problems)
    # Written again from there, entry 7 is another entry: the anchor (even its first 16 digits) says so.
    clinic.resources.add_room("Room 3")
    clinic.resources.add_room("Room 4")
    short = parse_anchor(f"7:{anchor.hash[:16]}")
    for given in (anchor, short):
        problems = clinic.audit.verify([given]).problems
        assert problems == [
            f"Entry 7 of the audit trail is not the one the anchor {given.text} recorded: the trail was "
            "rewritten at or before that entry."
        ]


def test_a_malformed_anchor_is_refused_in_words() -> None:
    for text in ("7", "seven:abc", "7:abc", "0:" + "a" * 64, "7:" + "g" * 20, "7:" + "a" * 65):
        with pytest.raises(ValidationError, match="is not an audit anchor. An anchor reads ID:HASH"):
            parse_anchor(text)


# --- (4): accounts changed behind the software's back ----------------------------------------------


def ana_id(services: ClinicServices) -> int:
    return services.users.by_name("Ana").id


Tamper = Callable[[ClinicServices], None]
ANA = "WHERE name = 'Ana'"
ACCOUNTS: list[tuple[str, Tamper, str]] = [
    ("promoted", lambda s: sql(s, f"UPDATE user_account SET role = 'manager' {ANA}"),
     "its role is manager, but its last audited change made it reception"),
    ("switched back on", lambda s: sql(s, f"UPDATE user_account SET active = ? {ANA}", True),
     "it is switched on, but its last audited change switched it off"),
    ("given a known password", lambda s: sql(s, f"UPDATE user_account SET password_hash = ? {ANA}",
                                             hash_password("the forger's password")),
     "its password was changed outside the software"),
    ("password count put back", lambda s: sql(s, f"UPDATE user_account SET password_changes = 0 {ANA}"),
     "its password was changed outside the software"),
    ("linked to another provider", lambda s: sql(s, "UPDATE user_account SET provider_id = ? WHERE name = "
                                                 "'Dr Lind'", s.resources.add_provider("Dr Other").id),
     "it is linked to provider 2, but its last audited change linked it to provider 1"),
]  # fmt: skip


@pytest.mark.parametrize(("how", "tamper", "said"), ACCOUNTS, ids=[a[0] for a in ACCOUNTS])
def test_an_account_changed_in_the_database_is_named_by_verify_and_check(
    clinic: ClinicServices, how: str, tamper: Tamper, said: str
) -> None:
    ana = ana_id(clinic)
    if how == "switched back on":
        clinic.users.change(ana, active=False)
    if how == "password count put back":
        clinic.users.set_password("Ana", "a new password")
    assert clinic.clinic.check() == []
    tamper(clinic)
    verdict = clinic.audit.verify()
    assert not verdict.intact and verdict.broken is None  # the chain itself holds
    (problem,) = verdict.problems
    name = "Dr Lind" if how == "linked to another provider" else "Ana"
    changed = clinic.users.by_name(name).id
    assert problem.startswith(
        f"The account {name} (id {changed}) differs from its last audited change (entry "
    )
    assert said in problem and "behind the software's back" in problem
    assert clinic.clinic.check() == [problem]


def test_a_promoted_account_signs_in_with_its_audited_role(clinic: ClinicServices) -> None:
    sql(clinic, "UPDATE user_account SET role = 'manager' WHERE name = 'Ana'")
    session = clinic.users.sign_in("Ana", "reception pw")
    assert session.role is Role.RECEPTION  # what the trail says, not what the row says
    with pytest.raises(PermissionDeniedError, match="needs the manager role; you are signed in as reception"):
        clinic.users.list()
    with pytest.raises(PermissionDeniedError):
        clinic.users.change(ana_id(clinic), role=Role.MANAGER)
    # A manager sets it right through the software: the account matches its trail again.
    clinic.users.sign_in("Maria Boss", PASSWORD)
    clinic.users.change(ana_id(clinic), role=Role.RECEPTION)
    assert clinic.clinic.check() == []


def test_an_account_whose_password_or_switch_was_changed_cannot_sign_in(clinic: ClinicServices) -> None:
    sql(clinic, "UPDATE user_account SET password_hash = ? WHERE name = 'Ana'", hash_password("forged pw 1"))
    with pytest.raises(SignInError, match="Ana's account was changed outside the software .its password was "
                                          "changed outside the software.+cannot sign in"):  # fmt: skip
        clinic.users.sign_in("Ana", "forged pw 1")
    clinic.users.sign_in("Maria Boss", PASSWORD)
    clinic.users.set_password("Ana", "reset by boss")  # the manager puts it right
    assert clinic.users.sign_in("Ana", "reset by boss").role is Role.RECEPTION

    clinic.users.sign_in("Maria Boss", PASSWORD)
    clinic.users.change(ana_id(clinic), active=False)
    sql(clinic, "UPDATE user_account SET active = ? WHERE name = 'Ana'", True)
    with pytest.raises(SignInError, match="it is switched on, but its last audited change switched it off"):
        clinic.users.sign_in("Ana", "reset by boss")


def test_an_account_inserted_behind_the_softwares_back_is_named_and_cannot_sign_in(
    clinic: ClinicServices,
) -> None:
    sql(clinic, "INSERT INTO user_account (name, name_key, role, password_hash, active, failed_sign_ins, "
                "created_at, password_changes) VALUES ('Eve', 'eve', 'manager', ?, ?, 0, ?, 0)",
        hash_password("eve's password"), True, datetime.now(UTC).replace(tzinfo=None))  # fmt: skip
    eve = clinic.users.by_name("Eve").id
    assert clinic.clinic.check() == [
        f"The account Eve (id {eve}) differs from its last audited change: the audit trail has no record "
        "of this account being made. It was changed in the database behind the software's back."
    ]
    with pytest.raises(SignInError, match="no record of this account being made"):
        clinic.users.sign_in("Eve", "eve's password")


# --- (5): the record of where the keyed trail begins deleted ----------------------------------------


def test_deleting_where_the_keyed_trail_begins_is_found(clinic: ClinicServices) -> None:
    sql(clinic, "DELETE FROM database_info WHERE key = 'audit_keyed_from'")
    rewrite_from(clinic, 1, None)  # and the whole trail re-hashed as if it had never been keyed
    verdict = clinic.audit.verify()
    assert verdict.broken == 1
    assert (
        "The record of where the signed part of the audit trail begins was removed or changed: the "
        "database says nothing, the clinic's audit key says entry 1." in verdict.problems
    )
    count = clinic.store.audit.count()
    with pytest.raises(AuditKeyError, match="key records in the database were changed outside the software"):
        clinic.resources.add_room("Room 1")
    assert clinic.store.audit.count() == count


def test_deleting_the_whole_key_record_to_pass_the_trail_off_as_never_keyed_is_found(
    clinic: ClinicServices,
) -> None:
    key = the_key(clinic)
    sql(clinic, "DELETE FROM database_info WHERE key IN ('audit_keyed_from', 'audit_clinic')")
    rewrite_from(clinic, 1, None)
    fresh = another_desk(clinic)  # nothing remembered in memory: only what the computer holds
    verdict = fresh.audit.chain_verdict()
    assert verdict.broken == 1
    assert any(
        "claims never to have been signed, but this computer holds the audit key made for it" in p
        and str(AuditKeyFolder().path(key.clinic)) in p
        for p in verdict.problems
    )
    count = fresh.store.audit.count()
    with pytest.raises(AuditKeyError, match="this computer's key .+ was made for it and signs from entry 1"):
        fresh.resources.add_room("Room 1")  # no new key is made over a wiped record
    assert fresh.store.audit.count() == count and len(AuditKeyFolder().held()) == 1


def another_desk(services: ClinicServices) -> ClinicServices:
    """Another workstation (or a new start of this one) on the same database: nothing of the
    audit key remembered. (The same open database: the models are bound to one per process.)"""
    return ClinicServices(store=services.store)


# --- a computer without the key ---------------------------------------------------------------------


def test_a_computer_without_the_key_saves_nothing_until_a_manager_imports_it(
    clinic: ClinicServices, tmp_path: Path
) -> None:
    exported = tmp_path / "clinic.key"
    clinic.audit_keys.export_key(exported)
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    assert trail(clinic)[-1].action == "key_export"
    with pytest.raises(ValidationError, match="already exists"):
        clinic.audit_keys.export_key(exported)  # never over another file

    # Another workstation: the same database, an empty key folder.
    desk = another_desk(clinic)
    desk.audit_keys.keys = AuditKeyFolder(tmp_path / "other computer")
    count = desk.store.audit.count()
    with pytest.raises(AuditKeyError, match="does not have the clinic's audit key, so nobody can sign in"):
        desk.users.sign_in("Maria Boss", PASSWORD)
    with pytest.raises(AuditKeyError, match=r"audit key export FILE` there, then .+audit key import FILE"):
        desk.users.sign_in("Maria Boss", "a wrong password")  # refused the same, before it is judged
    desk.session = SYSTEM
    with pytest.raises(AuditKeyError, match="so nothing can be saved here"):
        desk.resources.add_room("Room C")
    assert desk.store.audit.count() == count
    assert [r.name for r in desk.resources.rooms()] == ["Room A", "Room B"]  # reading works
    verdict = desk.audit.chain_verdict()
    assert not verdict.intact and verdict.broken is None
    assert verdict.problems[0].startswith("Entries from 1 on are signed with the clinic's audit key, which")

    # Importing: a file that is not the key, or another clinic's, is refused.
    (tmp_path / "junk.key").write_text("not a key", encoding="utf-8")
    with pytest.raises(ValidationError, match="is not a clinic-desktop audit key"):
        desk.audit_keys.offer_key(tmp_path / "junk.key")
    foreign = tmp_path / "foreign.key"
    foreign.write_text(replace(the_key(clinic), clinic="f" * 32).to_text(), encoding="utf-8")
    with pytest.raises(ValidationError, match="another clinic's audit key"):
        desk.audit_keys.offer_key(foreign)
    forged = tmp_path / "forged.key"
    forged.write_text(replace(the_key(clinic), secret=secrets.token_bytes(32)).to_text(), encoding="utf-8")
    with pytest.raises(ValidationError, match="does not sign this clinic's audit trail"):
        desk.audit_keys.offer_key(forged)

    # The real copy: a wrong password is now recorded, then the manager keeps the key here.
    desk.audit_keys.offer_key(exported)
    with pytest.raises(SignInError):
        desk.users.sign_in("Maria Boss", "a wrong password")
    assert [e.action for e in trail(desk)][-1] == "sign_in_failed"
    desk.users.sign_in("Maria Boss", PASSWORD)
    saved = desk.audit_keys.import_key()
    assert saved.parent == tmp_path / "other computer" and stat.S_IMODE(saved.stat().st_mode) == 0o600
    desk.resources.add_room("Room C")
    assert [e.action for e in trail(desk)][-2:] == ["key_import", "create"]
    assert desk.audit.verify().intact


def test_only_a_manager_copies_the_key(clinic: ClinicServices, tmp_path: Path) -> None:
    clinic.users.sign_in("Ana", "reception pw")
    with pytest.raises(PermissionDeniedError, match="The audit trail needs the manager role"):
        clinic.audit_keys.export_key(tmp_path / "k.key")
    assert not (tmp_path / "k.key").exists()
    with pytest.raises(PermissionDeniedError):
        clinic.audit.anchor()


# --- an older clinic -----------------------------------------------------------------------------------


def as_of_schema_8(services: ClinicServices) -> None:
    """A clinic as schema 8 left it: accounts and a plain SHA-256 trail, no key, no password count."""
    store = services.store
    now = datetime.now(UTC)
    with store.write_transaction():
        for name, role in (("Maria Boss", Role.MANAGER), ("Ana", Role.RECEPTION)):
            user = store.users.add(name, role, hash_password(PASSWORD), now)
            values = {"name": name, "role": role.value, "active": True}
            store.audit.append(now, name, "create", "user", str(user.id), None, values, None, key=None)
        for room in ("Room 1", "Room 2"):
            made = store.rooms.add(room, "consultation")
            store.audit.append(now, "Maria Boss", "create", "room", str(made.id), None, {"name": room}, None,
                               key=None)  # fmt: skip
    sql(services, "DROP INDEX audit_entry_entity_entity_id")
    sql(services, "ALTER TABLE user_account DROP COLUMN password_changes")
    services.store.set_info_value(VERSION_KEY, "8")


def test_an_older_trail_stays_verifiable_and_is_signed_from_the_first_change_after_the_upgrade(
    db_url: str,
) -> None:
    old = ClinicServices.open(db_url)
    as_of_schema_8(old)
    old.close()
    services = ClinicServices.open(db_url)
    try:
        assert services.migration is not None
        assert (services.migration.from_version, services.migration.to_version) == (8, SCHEMA_VERSION)
        verdict = services.audit.chain_verdict()
        assert (verdict.intact, verdict.verified, verdict.keyed_from) == (True, 4, None)
        services.users.sign_in("Maria Boss", PASSWORD, audit=False)  # reads only: no key yet
        assert services.store.audit.keying() == (None, None)
        services.resources.add_room("Room 3")
        key = the_key(services)
        assert key.keyed_from == 5
        entries = trail(services)
        # Each account made before the key gets a signed entry with what is compared from now on.
        assert [(e.action, e.entity, e.entity_id) for e in entries[4:]] == [
            ("baseline", "user", "1"), ("baseline", "user", "2"), ("create", "room", "3"),
        ]  # fmt: skip
        assert entries[5].after is not None and entries[5].after["password_changes"] == 0
        verdict = services.audit.verify()
        assert (verdict.intact, verdict.verified, verdict.keyed_from) == (True, 7, 5)
        # The plain part is guarded by the first signed entry: rewriting it breaks the chain there.
        rewrite_from(services, 3, None, after={"name": "Room One"})
        assert services.audit.verify().broken == 5
    finally:
        services.close()


def test_an_older_clinics_password_swap_is_found_once_it_has_a_key(db_url: str) -> None:
    old = ClinicServices.open(db_url)
    as_of_schema_8(old)
    old.close()
    services = ClinicServices.open(db_url)
    try:
        services.session = MANAGER
        services.resources.add_room("Room 3")  # the key and the baseline entries
        sql(
            services,
            "UPDATE user_account SET password_hash = ? WHERE name = 'Ana'",
            hash_password("forged 1"),
        )
        assert any("The account Ana (id 2)" in p and "password" in p for p in services.clinic.check())
    finally:
        services.close()


# --- two workstations making the first entry at once ---------------------------------------------


def test_desks_making_the_first_entry_at_once_make_one_key(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every desk finds a trail without a key; one makes it while the others wait (on PostgreSQL
    the head's row lock, on SQLite the write lock), then they sign with the same key. Making the
    key is slowed down so that the others surely arrive while the first is at it (without the
    second look after the lock, PostgreSQL's desks each make a key of their own: refused)."""
    save = AuditKeyFolder.save
    saving = threading.Event()

    def slow_save(self: AuditKeyFolder, key: AuditKey) -> Path:
        saving.set()
        time.sleep(0.5)
        return save(self, key)

    monkeypatch.setattr(AuditKeyFolder, "save", slow_save)
    services = ClinicServices.open(db_url)
    try:
        results, errors = at_once(services, lambda desk, n: desk.resources.add_room(f"Room {n}"), 4)
        assert errors == [] and len(results) == 4 and saving.is_set()
        (key,) = AuditKeyFolder().held()
        assert services.store.audit.keying() == (key.clinic, 1)
        assert sorted(e.entity_id for e in trail(services)) == ["1", "2", "3", "4"]
        assert services.audit.chain_verdict().intact
    finally:
        services.close()


# --- anchors outside the database ---------------------------------------------------------------------


def test_each_backup_carries_the_anchor_beside_it(clinic: ClinicServices, tmp_path: Path) -> None:
    """The trail's newest entry when the copy was taken, outside the database (the printed day list
    carries it too: tests/printing)."""
    anchor = clinic.audit.current_anchor()
    assert anchor is not None
    report = clinic.backup.backup(tmp_path / f"copy{clinic.backup.suffix}")
    written = Path(report.file + ".anchor")
    assert report.anchor == written.read_text(encoding="utf-8").strip() == anchor.text
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    clinic.resources.add_room("Room C")  # the trail goes on; the anchor still holds
    assert clinic.audit.verify([parse_anchor(written.read_text(encoding="utf-8"))]).intact


def test_a_backup_from_before_keys_restored_gets_a_key_of_its_own(new_database: Any, tmp_path: Path) -> None:
    """A restore replaces the database here: the key this computer made for the database it
    replaced no longer claims the place, so the restored, never-keyed trail gets its own key."""
    from clinic_desktop.store import backup as store_backup
    from clinic_desktop.store.connection import open_database

    legacy = new_database("legacy")
    older = ClinicServices.open(legacy)
    as_of_schema_8(older)
    older.close()
    database, location = open_database(legacy)  # copied as it is, not upgraded
    copy = tmp_path / ("legacy.db" if location.kind == "sqlite" else "legacy.dump")
    if location.kind == "sqlite":
        store_backup.backup_sqlite(database, copy)
    else:
        assert location.url is not None
        store_backup.backup_postgresql(database, location.url, copy)
    database.close()

    live = ClinicServices.open(new_database("live"))
    try:
        live.users.create_first_manager("Otto", PASSWORD)  # its key signs from entry 1
        replaced = the_key(live)
        report = live.backup.restore(copy)
        assert (report.migrated_from, report.schema_version) == (8, SCHEMA_VERSION)
        live.resources.add_room("Room 3")  # the first change after it, if the restore made no key
        key = the_key(live)
        assert key.clinic != replaced.clinic and key.keyed_from > 4  # the backup's four stay plain
        actions = [e.action for e in trail(live)]
        assert actions[:4] == ["create"] * 4 and actions[-1] == "create"
        assert sorted(actions[4:-1]) == ["baseline", "baseline", "restore"]
        assert live.audit.chain_verdict().intact
        kept = AuditKeyFolder().load(replaced.clinic)  # kept for the backups it signed
        assert kept is not None and kept.databases == ()
    finally:
        live.close()


def test_a_backup_signed_with_a_key_this_computer_lacks_is_not_restored(
    new_database: Any, tmp_path: Path
) -> None:
    """Its restore could not be recorded in its trail: refused before the database in use changes."""
    other = ClinicServices.open(new_database("other clinic"))
    other.users.create_first_manager("Otto", PASSWORD)
    other.resources.add_room("Their room")
    copy = other.backup.backup(tmp_path / f"theirs{other.backup.suffix}").file
    AuditKeyFolder().path(the_key(other).clinic).unlink()  # their key stayed at their computer
    other.close()

    live = ClinicServices.open(new_database("live"))
    try:
        live.users.create_first_manager("Maria Boss", PASSWORD)
        live.resources.add_room("Our room")
        count = live.store.audit.count()
        with pytest.raises(AuditKeyError, match="does not hold|does not have"):
            live.backup.restore(copy)
        assert [r.name for r in live.resources.rooms()] == ["Our room"]
        assert live.store.audit.count() == count and live.audit.chain_verdict().intact
    finally:
        live.close()


def test_an_import_signs_its_entries_with_the_key_and_keys_an_older_trail(db_url: str) -> None:
    """An import hashes its entries in bulk, ahead of its write transaction: with the clinic's key,
    and into a trail without one it brings the key (and the accounts' baseline entries) with it."""
    from clinic_desktop.services.patient_csv import PatientCsvService

    old = ClinicServices.open(db_url)
    as_of_schema_8(old)
    old.close()
    services = ClinicServices.open(db_url)
    try:
        services.session = MANAGER
        csv = "given_name,family_name,date_of_birth\nInes,Ortega,1980-04-02\nCarl,Berg,1975-09-30\n"
        importer = PatientCsvService(services)
        assert importer.import_rows(importer.read(csv.encode())).imported == 2
        key = the_key(services)
        assert key.keyed_from == 5
        assert [e.action for e in trail(services)][4:] == ["baseline", "baseline", "create", "create"]
        assert services.audit.verify().intact
        more = "given_name,family_name,date_of_birth\nEva,Stone,1990-01-15\n"
        assert importer.import_rows(importer.read(more.encode())).imported == 1
        last = trail(services)[-1]
        assert (last.action, last.entity) == ("create", "patient")
        previous = trail(services)[-2].hash
        assert last.hash == entry_hash(last, previous, key.secret) != entry_hash(last, previous)
        assert services.audit.verify().intact
    finally:
        services.close()
