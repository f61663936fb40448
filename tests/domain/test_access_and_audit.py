"""Roles and permissions; the audit trail's hash chain: intact, and any change, deletion or
reordering of an entry found at the first place it breaks; keyed with the clinic's secret, the
key file's text, anchors, and accounts compared with their audited values."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clinic_desktop.domain.access import ALLOWED, Permission, Role, allowed, require
from clinic_desktop.domain.audit import (
    GENESIS,
    AuditEntry,
    AuditKey,
    ChainWalk,
    anchor_problem,
    entry_hash,
    first_broken,
    new_key,
    parse_anchor,
)
from clinic_desktop.domain.errors import PermissionDeniedError, ValidationError
from clinic_desktop.domain.users import UserAccount, account_differences, password_fingerprint


def test_each_role_does_its_own_work() -> None:
    assert allowed(Role.RECEPTION, Permission.SCHEDULE) and allowed(Role.RECEPTION, Permission.RECALLS)
    assert not allowed(Role.RECEPTION, Permission.CHART_READ)
    assert not allowed(Role.RECEPTION, Permission.CHART_WRITE)
    assert allowed(Role.PROVIDER, Permission.CHART_WRITE) and not allowed(Role.PROVIDER, Permission.USERS)
    assert allowed(Role.MANAGER, Permission.USERS) and allowed(Role.MANAGER, Permission.CHART_READ)
    assert not allowed(Role.MANAGER, Permission.CHART_WRITE)  # charting is a clinician's act
    # A provider can do the desk's work, except the outbox (issue 23: reception's and the manager's).
    assert ALLOWED[Role.RECEPTION] - {Permission.MESSAGES} < ALLOWED[Role.PROVIDER]
    assert not allowed(Role.PROVIDER, Permission.MESSAGES) and allowed(Role.RECEPTION, Permission.MESSAGES)


def test_a_refusal_names_the_role_that_may() -> None:
    require(Role.PROVIDER, Permission.CHART_WRITE)  # allowed: nothing raised
    with pytest.raises(PermissionDeniedError) as refused:
        require(Role.RECEPTION, Permission.CHART_WRITE)
    assert refused.value.message == "Charting needs the provider role; you are signed in as reception."
    with pytest.raises(PermissionDeniedError, match="needs the provider or manager role"):
        require(Role.RECEPTION, Permission.EXPORT_RECORDS)


def chain(count: int) -> list[AuditEntry]:
    start = datetime(2026, 11, 23, 15, tzinfo=UTC)
    entries: list[AuditEntry] = []
    previous = GENESIS
    for number in range(1, count + 1):
        entry = AuditEntry(
            number, start + timedelta(minutes=number), "desk", "change", "patient", str(number % 3),
            {"phone": f"555-{number:04d}"}, {"phone": f"555-{number + 1:04d}"},
        )  # fmt: skip
        entry = replace(entry, hash=entry_hash(entry, previous))
        previous = entry.hash
        entries.append(entry)
    return entries


def test_an_intact_trail_verifies() -> None:
    assert first_broken(chain(20)) is None
    assert first_broken([]) is None


def test_a_changed_entry_breaks_the_chain_there() -> None:
    entries = chain(10)
    entries[4] = replace(entries[4], after={"phone": "555-9999"})  # edited in place
    assert first_broken(entries) == 5
    entries = chain(10)
    entries[4] = replace(entries[4], after={"phone": "555-9999"})
    entries[4] = replace(entries[4], hash=entry_hash(entries[4], entries[3].hash))  # and re-hashed
    assert first_broken(entries) == 6  # the next entry no longer follows it


def test_a_deleted_or_moved_entry_is_found() -> None:
    entries = chain(10)
    del entries[3]
    assert first_broken(entries) == 5
    entries = chain(10)
    entries[2], entries[3] = entries[3], entries[2]
    assert first_broken(entries) == 4


@given(st.integers(min_value=1, max_value=30), st.data())
def test_any_single_tampering_is_detected(count: int, data: st.DataObject) -> None:
    entries = chain(count)
    index = data.draw(st.integers(min_value=0, max_value=count - 1))
    how = data.draw(st.sampled_from(["user", "at", "before", "hash", "delete", "swap"]))
    if how == "delete":
        if index == count - 1:
            return  # cutting off the newest entry leaves a shorter, intact chain (see audit's store)
        del entries[index]
    elif how == "swap":
        if count < 2:
            return
        other = (index + 1) % count
        entries[index], entries[other] = entries[other], entries[index]
    elif how == "user":
        entries[index] = replace(entries[index], user="someone else")
    elif how == "at":
        entries[index] = replace(entries[index], at=entries[index].at + timedelta(seconds=1))
    elif how == "before":
        entries[index] = replace(entries[index], before=None)
    else:
        entries[index] = replace(entries[index], hash="f" * 64)
    assert first_broken(entries) is not None


def test_the_idle_lock_is_a_sensible_number_of_minutes() -> None:
    from clinic_desktop.domain.errors import ValidationError
    from clinic_desktop.domain.users import validate_idle_minutes

    assert validate_idle_minutes(" 10 ") == 10
    for bad in ("0", "-3", "241", "five", ""):
        with pytest.raises(ValidationError, match="idle lock"):
            validate_idle_minutes(bad)


def test_the_system_session_may_everything_and_a_role_only_its_own() -> None:
    from clinic_desktop.domain.users import SYSTEM, Session

    assert all(SYSTEM.may(p) for p in Permission)
    reception = Session(name="Ana", role=Role.RECEPTION, user_id=2)
    assert reception.may(Permission.SCHEDULE) and not reception.may(Permission.CHART_READ)
    with pytest.raises(PermissionDeniedError, match="Charting needs the provider role"):
        reception.require(Permission.CHART_WRITE)


# --- the keyed chain, keys, anchors and accounts -------------------------------------------------------


def keyed_chain(count: int, keyed_from: int, secret: bytes) -> list[AuditEntry]:
    """``count`` entries, plain SHA-256 before ``keyed_from`` and HMAC-SHA-256 from it on."""
    entries = chain(count)
    previous = entries[keyed_from - 2].hash if keyed_from > 1 else GENESIS
    for index in range(keyed_from - 1, count):
        entries[index] = replace(entries[index], hash=entry_hash(entries[index], previous, secret))
        previous = entries[index].hash
    return entries


def test_a_keyed_chain_verifies_only_with_its_key() -> None:
    secret = b"k" * 32
    entries = keyed_chain(10, 4, secret)
    assert first_broken(entries, keyed_from=4, secret=secret) is None
    assert first_broken(entries, keyed_from=4, secret=b"x" * 32) == 4  # another key
    assert first_broken(entries) == 4  # read as a plain chain: the keyed part does not hold
    # Re-hashed with the plain rule from an edited entry on: found at that very entry.
    forged = entries[:5] + [replace(entries[5], after={"phone": "555-0000"})] + entries[6:]
    previous = forged[4].hash
    for index in range(5, 10):
        forged[index] = replace(forged[index], hash=entry_hash(forged[index], previous))
        previous = forged[index].hash
    assert first_broken(forged, keyed_from=4, secret=secret) == 6
    # The plain part is guarded by the first keyed entry, whose hash covers the last plain one.
    rewritten = [replace(entries[1], user="someone else")]
    rewritten = [entries[0], replace(rewritten[0], hash=entry_hash(rewritten[0], entries[0].hash))]
    rewritten.append(replace(entries[2], hash=entry_hash(entries[2], rewritten[1].hash)))
    assert first_broken(rewritten + entries[3:], keyed_from=4, secret=secret) == 4


def test_without_the_key_the_walk_stops_where_the_keyed_part_begins() -> None:
    walk = ChainWalk(keyed_from=4)
    results = [walk.add(entry) for entry in keyed_chain(6, 4, b"k" * 32)]
    assert results == [True, True, True, False, False, False]
    assert (walk.verified, walk.unkeyed_at, walk.broken) == (3, 4, None)


def test_a_key_file_is_read_back_and_anything_else_refused() -> None:
    key = new_key(7, "/clinic/clinic.db", datetime(2026, 11, 23, 15, tzinfo=UTC))
    assert len(key.clinic) == 32 and len(key.secret) == 32 and key.secret.hex() not in repr(key)
    assert AuditKey.from_text(key.to_text()) == key
    assert key.with_database("/other.db").databases == ("/clinic/clinic.db", "/other.db")
    assert key.with_database("/other.db").without_database("/clinic/clinic.db").databases == ("/other.db",)
    assert new_key(7, "/clinic/clinic.db", datetime(2026, 11, 23, tzinfo=UTC)).secret != key.secret
    good = json.loads(key.to_text())
    for bad in ("", "[]", "{}", json.dumps({**good, "format": "other"}), json.dumps({**good, "secret": "ab"}),
                json.dumps({**good, "clinic": "../../etc"}), json.dumps({**good, "keyed_from": 0}),
                json.dumps({**good, "databases": "x"})):  # fmt: skip
        with pytest.raises(ValidationError, match="is not a clinic-desktop audit key"):
            AuditKey.from_text(bad)


def test_anchors_are_read_from_text_and_matched_by_their_digits() -> None:
    digest = "ab" * 32
    anchor = parse_anchor(f" 42:{digest.upper()} ")
    assert (anchor.id, anchor.hash, anchor.text) == (42, digest, f"42:{digest}")
    assert anchor.matches(digest) and not anchor.matches("cd" * 32)
    assert parse_anchor(f"42:{digest[:16]}").matches(digest)
    assert parse_anchor("42:" + "\ufb00" * 8).hash == "ff" * 8  # "ff" copied from a PDF as one ligature
    entry = AuditEntry(
        42, datetime(2026, 11, 23, tzinfo=UTC), "desk", "open", "patient", "1", None, None, digest
    )
    assert anchor_problem(anchor, entry, 50) is None
    assert "no longer holds entry 42" in (anchor_problem(anchor, None, 41) or "")
    assert "is not the one the anchor" in (anchor_problem(anchor, replace(entry, hash="cd" * 32), 50) or "")


def test_an_account_is_compared_with_its_audited_values_in_words() -> None:
    user = UserAccount(2, "Ana", Role.RECEPTION, password_changes=1)
    state = user.state("$argon2id$v=19$m=65536,t=3,p=4$salt$hash")
    assert state["password_fingerprint"] == password_fingerprint("$argon2id$v=19$m=65536,t=3,p=4$salt$hash")
    assert "argon2" not in json.dumps(state) and len(state["password_fingerprint"]) == 32
    assert account_differences(state, state) == []
    assert account_differences({**state, "role": "manager"}, state) == [
        "its role is manager, but its last audited change made it reception"
    ]
    assert account_differences({**state, "active": False}, state) == [
        "it is switched off, but its last audited change switched it on"
    ]
    swapped = user.state("$argon2id$v=19$m=65536,t=3,p=4$other$hash")
    assert account_differences(swapped, state) == ["its password was changed outside the software"]
    assert account_differences({**state, "password_changes": 0}, state) == [
        "its password was changed outside the software"
    ]
    older = {"name": "Ana", "role": "reception", "active": True}  # written before passwords were counted
    assert account_differences(swapped, older) == []
    assert account_differences(state, None) == ["the audit trail has no record of this account being made"]
    lind = UserAccount(4, "Dr Lind", Role.PROVIDER, provider_id=1).state("$argon2id$lind")
    assert lind["provider_id"] == 1 and "provider_id" not in state  # only a provider account has one
    assert account_differences({**lind, "provider_id": 2}, lind) == [
        "it is linked to provider 2, but its last audited change linked it to provider 1"
    ]
    assert account_differences({**lind, "provider_id": None}, lind) == []  # unlinked: charts nothing
