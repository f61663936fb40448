"""The lockout holds when wrong passwords arrive at the same moment from many desks (issue 18).

Thirty desks try a wrong password at once. The race lives between reading the account (its
failure count) and counting the failure, and the password check sits in between: it is slowed
here to the real argon2id cost (a fifth of a second) while the hashes themselves stay cheap
(fast_password_hashing), so that every desk has read the account before any has counted. The
count is added in the database, so each failure counts and the account locks.
"""

from __future__ import annotations

import time

import pytest

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.users import LOCKOUT, MAX_FAILED_SIGN_INS
from clinic_desktop.services import ClinicServices
from clinic_desktop.services import users as user_service
from clinic_desktop.services.users import SignInError
from tests.clinic_users import fast_password_hashing
from tests.desks import at_once

DESKS = 30
CHECK_TAKES = 0.2  # seconds: what argon2id's real parameters cost per password


@pytest.fixture
def clinic(services: ClinicServices, monkeypatch: pytest.MonkeyPatch) -> ClinicServices:
    fast_password_hashing(monkeypatch)
    services.users.create_first_manager("Maria Boss", "correct horse")
    services.users.add("Ana", Role.RECEPTION, "reception pw")
    verify = user_service._verify

    def slow_verify(stored_hash: str, password: str) -> bool:
        time.sleep(CHECK_TAKES)
        return verify(stored_hash, password)

    monkeypatch.setattr(user_service, "_verify", slow_verify)
    return services


def test_thirty_wrong_passwords_at_once_lock_the_account(clinic: ClinicServices) -> None:
    def guess(desk: ClinicServices, n: int) -> object:
        return desk.users.sign_in("Ana", f"guess number {n}")

    signed_in, refused = at_once(clinic, guess, DESKS)
    assert not signed_in and len(refused) == DESKS
    assert all(isinstance(e, SignInError) for e in refused), refused
    wrong = [e for e in refused if e.message == "Wrong user name or password."]
    locked = [e for e in refused if "account is locked" in e.message]
    assert len(wrong) + len(locked) == DESKS

    # Every wrong password was counted and audited: one entry each, a lock at every fifth.
    entries = [e for e in clinic.store.audit.in_order() if e.user == "Ana"]
    assert len(entries) == len(wrong)
    counts = sorted(e.after["failed_sign_ins"] for e in entries if e.after)
    assert counts == sorted((n - 1) % MAX_FAILED_SIGN_INS + 1 for n in range(1, len(wrong) + 1))
    assert [e.action for e in entries].count("locked") == len(wrong) // MAX_FAILED_SIGN_INS >= 1

    # And the right password is now refused as locked, at any desk.
    with pytest.raises(SignInError, match=r"Ana's account is locked after 5 wrong passwords"):
        clinic.users.sign_in("Ana", "reception pw")
    assert clinic.store.users.get(clinic.users.by_name("Ana").id).locked_until is not None
    assert clinic.audit.chain_verdict().broken is None


def test_the_right_password_is_refused_when_the_account_locked_while_it_was_checked(
    clinic: ClinicServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lock is read again after the password check: wrong passwords at other desks may have
    locked the account during it (here another desk's lock lands inside the check itself)."""
    ana = clinic.users.by_name("Ana")
    verify = user_service._verify

    def locked_meanwhile(stored_hash: str, password: str) -> bool:
        def lock(desk: ClinicServices, n: int) -> None:
            desk.store.users.update(ana.id, locked_until=desk.real_now() + LOCKOUT)

        at_once(clinic, lock, 1)
        return verify(stored_hash, password)

    monkeypatch.setattr(user_service, "_verify", locked_meanwhile)
    with pytest.raises(SignInError, match="Ana's account is locked"):
        clinic.users.sign_in("Ana", "reception pw")
    assert clinic.session is not None and clinic.session.name != "Ana"
