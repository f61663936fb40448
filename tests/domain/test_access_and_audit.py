"""Roles and permissions; the audit trail's hash chain: intact, and any change, deletion or
reordering of an entry found at the first place it breaks."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clinic_desktop.domain.access import ALLOWED, Permission, Role, allowed, require
from clinic_desktop.domain.audit import GENESIS, AuditEntry, entry_hash, first_broken
from clinic_desktop.domain.errors import PermissionDeniedError


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
