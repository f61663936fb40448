"""User accounts and signing in: argon2id hashes, the same answer for a wrong name or password,
the lockout after five wrong passwords in a row, the last manager kept, password changes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.errors import (
    ConcurrentWriteError,
    ConflictError,
    PermissionDeniedError,
    ValidationError,
)
from clinic_desktop.domain.users import MAX_FAILED_SIGN_INS
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.users import NoAccountsError, SignInError
from clinic_desktop.store.migrations import SCHEMA_VERSION, VERSION_KEY

PASSWORD = "correct horse"


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    services.users.create_first_manager("Maria Boss", PASSWORD)
    services.users.add("Ana", Role.RECEPTION, "reception pw")
    lind = services.resources.add_provider("Dr Ana Lind")
    services.users.add("Dr Lind", Role.PROVIDER, "provider pw", lind.id)
    return services


def stored_hash(services: ClinicServices, name: str) -> str:
    found = services.store.users.by_name(name)
    assert found is not None
    return found[1]


def test_a_new_clinic_has_no_accounts_until_the_manager_is_made(services: ClinicServices) -> None:
    assert not services.users.has_accounts()
    with pytest.raises(NoAccountsError, match="init --manager"):
        services.users.sign_in("anyone", "whatever1")
    manager = services.users.create_first_manager("  Maria   Boss ", PASSWORD)
    assert (manager.name, manager.role) == ("Maria Boss", Role.MANAGER)
    assert services.users.has_accounts()
    with pytest.raises(ConflictError, match="already has user accounts"):
        services.users.create_first_manager("Someone Else", PASSWORD)


def test_passwords_are_kept_only_as_argon2id_hashes(clinic: ClinicServices) -> None:
    digest = stored_hash(clinic, "Maria Boss")
    assert digest.startswith("$argon2id$") and PASSWORD not in digest
    assert PasswordHasher().verify(digest, PASSWORD)
    # The audit trail names the account, never its hash or password.
    for entry in clinic.store.audit.in_order():
        text = repr(entry.before) + repr(entry.after)
        assert "argon2" not in text and PASSWORD not in text


def test_signing_in_sets_the_session_and_ignores_the_case_of_the_name(clinic: ClinicServices) -> None:
    session = clinic.users.sign_in("ana", "reception pw")
    assert (session.name, session.role) == ("Ana", Role.RECEPTION)
    assert clinic.session == session
    clinic.users.sign_out()
    assert clinic.session is None
    with pytest.raises(PermissionDeniedError, match="Sign in first"):
        clinic.users.list()


def test_a_wrong_name_and_a_wrong_password_get_the_same_answer(clinic: ClinicServices) -> None:
    with pytest.raises(SignInError) as unknown:
        clinic.users.sign_in("Nobody", "reception pw")
    with pytest.raises(SignInError) as wrong:
        clinic.users.sign_in("Ana", "not the password")
    assert unknown.value.message == wrong.value.message == "Wrong user name or password."
    assert clinic.store.users.get(clinic.users.by_name("Ana").id).failed_sign_ins == 1


def test_five_wrong_passwords_lock_the_account_even_against_the_right_one(clinic: ClinicServices) -> None:
    for _ in range(MAX_FAILED_SIGN_INS):
        with pytest.raises(SignInError, match="Wrong user name or password"):
            clinic.users.sign_in("Ana", "guess guess")
    with pytest.raises(SignInError, match=r"account is locked after 5 wrong passwords, until \d\d:\d\d"):
        clinic.users.sign_in("Ana", "reception pw")
    actions = [e.action for e in clinic.store.audit.in_order() if e.user == "Ana"]
    assert actions == ["sign_in_failed"] * (MAX_FAILED_SIGN_INS - 1) + ["locked"]
    # A manager unlocks it; then the right password works again.
    clinic.users.sign_in("Maria Boss", PASSWORD)
    clinic.users.unlock(clinic.users.by_name("Ana").id)
    assert clinic.users.sign_in("Ana", "reception pw").role is Role.RECEPTION


def test_a_lockout_ends_by_itself(clinic: ClinicServices) -> None:
    for _ in range(MAX_FAILED_SIGN_INS):
        with pytest.raises(SignInError):
            clinic.users.sign_in("Ana", "guess guess")
    ana = clinic.users.by_name("Ana")
    assert ana.locked_until is not None and ana.locked_at(clinic.real_now())
    clinic.store.users.update(ana.id, locked_until=clinic.real_now() - timedelta(seconds=1))
    assert clinic.users.sign_in("Ana", "reception pw").name == "Ana"
    assert clinic.users.by_name("Ana").locked_until is None


def test_a_right_password_clears_the_failures_so_far(clinic: ClinicServices) -> None:
    for _ in range(MAX_FAILED_SIGN_INS - 1):
        with pytest.raises(SignInError):
            clinic.users.sign_in("Ana", "guess guess")
    clinic.users.sign_in("Ana", "reception pw")
    with pytest.raises(SignInError, match="Wrong user name or password"):
        clinic.users.sign_in("Ana", "guess guess")  # counts from one again: not locked


def test_a_switched_off_account_cannot_sign_in(clinic: ClinicServices) -> None:
    clinic.users.sign_in("Maria Boss", PASSWORD)
    clinic.users.change(clinic.users.by_name("Ana").id, active=False)
    with pytest.raises(SignInError, match="switched off"):
        clinic.users.sign_in("Ana", "reception pw")


def test_only_a_manager_manages_users(clinic: ClinicServices) -> None:
    clinic.users.sign_in("Dr Lind", "provider pw")
    with pytest.raises(PermissionDeniedError, match="Managing users needs the manager role"):
        clinic.users.add("Eve", Role.MANAGER, "password9")
    with pytest.raises(PermissionDeniedError, match="needs the manager role"):
        clinic.users.change(clinic.users.by_name("Ana").id, role=Role.MANAGER)
    with pytest.raises(PermissionDeniedError, match="needs the manager role"):
        clinic.users.set_password("Ana", "new password")


def test_the_last_manager_is_never_demoted_nor_switched_off(clinic: ClinicServices) -> None:
    clinic.users.sign_in("Maria Boss", PASSWORD)
    boss = clinic.users.by_name("Maria Boss").id
    with pytest.raises(ValidationError, match="only manager"):
        clinic.users.change(boss, role=Role.PROVIDER)
    with pytest.raises(ValidationError, match="only manager"):
        clinic.users.change(boss, active=False)
    clinic.users.change(clinic.users.by_name("Dr Lind").id, role=Role.MANAGER)
    boss_provider = clinic.resources.add_provider("Dr Maria Boss")
    assert clinic.users.change(boss, role=Role.PROVIDER, provider_id=boss_provider.id).role is Role.PROVIDER
    change = next(e for e in clinic.store.audit.find(user="Maria Boss") if e.action == "change")
    assert change.before is not None and change.after is not None
    assert {k: change.before[k] for k in ("name", "role", "active")} == {
        "name": "Maria Boss", "role": "manager", "active": True,
    }  # fmt: skip
    assert change.after == {**change.before, "role": "provider", "provider_id": 2}


def test_names_are_unique_ignoring_case_and_passwords_have_a_minimum_length(clinic: ClinicServices) -> None:
    clinic.users.sign_in("Maria Boss", PASSWORD)
    with pytest.raises(ConflictError, match="already a user called ANA"):
        clinic.users.add("ANA", Role.RECEPTION, "password9")
    with pytest.raises(ValidationError, match="at least 8 characters"):
        clinic.users.add("Bo", Role.RECEPTION, "short")
    with pytest.raises(ValidationError, match="needs a name"):
        clinic.users.add("   ", Role.RECEPTION, "password9")
    assert [u.name for u in clinic.users.list()] == ["Ana", "Dr Lind", "Maria Boss"]


def test_changing_ones_own_password_needs_the_current_one(clinic: ClinicServices) -> None:
    clinic.users.sign_in("Ana", "reception pw")
    with pytest.raises(SignInError, match="current password is wrong"):
        clinic.users.set_password("Ana", "brand new pw", current_password="wrong one")
    clinic.users.set_password("Ana", "brand new pw", current_password="reception pw")
    with pytest.raises(SignInError):
        clinic.users.sign_in("Ana", "reception pw")
    assert clinic.users.sign_in("Ana", "brand new pw").name == "Ana"


def test_a_manager_sets_anyones_password(clinic: ClinicServices) -> None:
    clinic.users.sign_in("Maria Boss", PASSWORD)
    clinic.users.set_password("Dr Lind", "reset by boss")
    assert clinic.users.sign_in("Dr Lind", "reset by boss").role is Role.PROVIDER
    lind = str(clinic.users.by_name("Dr Lind").id)
    by_boss = clinic.store.audit.find(user="Maria Boss")
    assert [(e.action, e.entity_id) for e in by_boss if e.action == "password"] == [("password", lind)]


def test_a_command_s_sign_in_succeeds_when_only_the_hash_s_upgrade_cannot_be_saved_yet(
    clinic: ClinicServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another workstation keeping the database busy past the wait delays only the upgrade of an
    old hash (saved at a later sign-in); the password was right, so the command goes on."""
    from clinic_desktop.services import users

    with monkeypatch.context() as older_version:
        older_version.setattr(
            users, "_hasher", PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)
        )
        clinic.users.add("Bo", Role.RECEPTION, "reception pw")
    weak = stored_hash(clinic, "Bo")
    with monkeypatch.context() as busy:
        busy.setattr(users.UserService, "_save_sign_in", _busy)
        session = clinic.users.sign_in("Bo", "reception pw", audit=False)
    assert session.name == "Bo" and clinic.session == session
    assert stored_hash(clinic, "Bo") == weak  # not upgraded yet
    clinic.users.sign_in("Bo", "reception pw", audit=False)
    assert stored_hash(clinic, "Bo") != weak  # upgraded at the next sign-in
    # What must be saved is never skipped: a sign-in to be audited is refused while busy.
    with monkeypatch.context() as busy, pytest.raises(ConcurrentWriteError):
        busy.setattr(users.UserService, "_save_sign_in", _busy)
        clinic.users.sign_in("Bo", "reception pw", audit=True)


def _busy(*_args: object) -> None:
    raise ConcurrentWriteError(
        "Another workstation was saving at the same moment, so nothing was saved; try again."
    )


@pytest.mark.parametrize("backend", ["sqlite"])
def test_sqlite_s_write_lock_held_past_the_wait_is_a_concurrent_write_not_an_internal_error(
    services: ClinicServices, db_url: str
) -> None:
    import sqlite3

    other = sqlite3.connect(db_url.removeprefix("sqlite:///"), isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another process's write in progress
        services.store.database.execute_sql("PRAGMA busy_timeout = 50")
        with (
            pytest.raises(ConcurrentWriteError, match="nothing was saved"),
            services.store.write_transaction(),
        ):
            pass
    finally:
        other.execute("ROLLBACK")
        other.close()
    with services.store.write_transaction():  # free again: writes go through
        pass


def test_a_hash_made_with_weaker_parameters_is_upgraded_at_sign_in(
    clinic: ClinicServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clinic_desktop.services import users

    weak_hasher = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)
    with monkeypatch.context() as older_version:  # the account made when weaker parameters were usual
        older_version.setattr(users, "_hasher", weak_hasher)
        clinic.users.add("Bo", Role.RECEPTION, "reception pw")
    weak = stored_hash(clinic, "Bo")
    clinic.users.sign_in("Bo", "reception pw")
    upgraded = stored_hash(clinic, "Bo")
    assert upgraded != weak and not PasswordHasher().check_needs_rehash(upgraded)
    # The new hash is audited (it is not a change of password), so the account still matches its trail.
    rehash, signed_in = clinic.store.audit.find(limit=2)[::-1]
    assert signed_in.action == "sign_in"
    assert (rehash.action, rehash.user, rehash.entity_id) == (
        "rehash",
        "Bo",
        str(clinic.users.by_name("Bo").id),
    )
    assert rehash.after is not None and rehash.after["password_changes"] == 0
    assert clinic.users.sign_in("Bo", "reception pw").role is Role.RECEPTION
    clinic.users.sign_in("Maria Boss", PASSWORD)
    assert clinic.audit.verify().intact


def test_an_older_clinic_upgraded_to_schema_8_starts_without_accounts(db_url: str) -> None:
    services = ClinicServices.open(db_url)
    services.resources.add_provider("Dr Okafor")
    database = services.store.database
    database.execute_sql('DROP TABLE "audit_entry"')
    database.execute_sql('DROP TABLE "access_token"')  # schema 14's, which refers to the accounts
    database.execute_sql('DROP TABLE "user_account"')
    database.execute_sql("DELETE FROM database_info WHERE key = 'audit_head'")  # as schema 7 had none
    services.store.set_info_value(VERSION_KEY, "7")
    services.close()
    upgraded = ClinicServices.open(db_url)
    try:
        assert upgraded.migration is not None
        assert (upgraded.migration.from_version, upgraded.migration.to_version) == (7, SCHEMA_VERSION)
        assert [p.name for p in upgraded.resources.providers()] == ["Dr Okafor"]
        assert not upgraded.users.has_accounts() and upgraded.store.audit.count() == 0
        upgraded.users.create_first_manager("Maria Boss", PASSWORD)
        assert upgraded.users.sign_in("Maria Boss", PASSWORD).role is Role.MANAGER
        assert upgraded.audit.verify().intact
    finally:
        upgraded.close()
