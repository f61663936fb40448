"""Personal access tokens (issue 22): made, used, expired, revoked; a wrong token refused the same
way in constant time; the token acts as its account as the account is now (a reception token
cannot chart, a switched-off account's token signs nothing in); writes made with one are audited
with the token; the clinic keeps only the secret's SHA-256. On both engines, on the real clock
(real_now is never --now)."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from typing import Any

import pytest

from clinic_desktop.domain import tokens
from clinic_desktop.domain.access import Role
from clinic_desktop.domain.audit import AuditKeyError
from clinic_desktop.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.services.users import SignInError
from clinic_desktop.store import models as m
from clinic_desktop.store.audit_keys import AuditKeyFolder

PASSWORD = "correct horse"


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    services.users.create_first_manager("Maria Boss", PASSWORD)
    services.users.add("Ana", Role.RECEPTION, "reception pw")
    lind = services.resources.add_provider("Dr Ana Lind")
    services.users.add("Dr Lind", Role.PROVIDER, "provider pw", lind.id)
    services.users.sign_in("Maria Boss", PASSWORD)
    return services


def audit_actions(services: ClinicServices) -> list[tuple[str, str, str, str]]:
    return [(e.user, e.action, e.entity, e.entity_id) for e in services.store.audit.in_order()]


def test_a_token_is_made_once_kept_as_a_digest_and_signs_in_as_its_account(clinic: ClinicServices) -> None:
    made = clinic.tokens.create(days=30)
    assert (made.token.user_name, made.token.revoked_at) == ("Maria Boss", None)
    assert made.token.expires_at - made.token.created_at == timedelta(days=30)
    token_id, secret = tokens.parse(made.text) or (0, "")
    assert token_id == made.token.id and len(secret) >= 43  # 32 random bytes, URL-safe base64
    # The database holds the secret's SHA-256 and nothing else of it; the audit trail neither.
    stored = [row.digest for row in m.AccessToken.select()]
    assert stored == [hashlib.sha256(secret.encode()).hexdigest()]
    for entry in clinic.store.audit.in_order():
        assert secret not in repr(entry.before) + repr(entry.after)
        assert stored[0] not in repr(entry.before) + repr(entry.after)

    clinic.users.sign_out()
    session = clinic.tokens.sign_in(made.text)
    assert (session.name, session.role, session.token_id) == ("Maria Boss", Role.MANAGER, made.token.id)
    assert clinic.session == session
    assert [t.id for t in clinic.tokens.list()] == [made.token.id]


def test_two_tokens_never_share_a_secret(clinic: ClinicServices) -> None:
    first, second = clinic.tokens.create(), clinic.tokens.create()
    assert first.text != second.text
    assert tokens.parse(first.text) is not None and tokens.parse(second.text) is not None
    assert len({row.digest for row in m.AccessToken.select()}) == 2


def test_an_expired_token_is_refused_saying_so(
    clinic: ClinicServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = clinic.tokens.create(days=1)
    clinic.users.sign_out()
    later = made.token.expires_at + timedelta(seconds=1)
    monkeypatch.setattr(clinic, "real_now", lambda: later)
    with pytest.raises(SignInError, match="That access token expired on .*users token create"):
        clinic.tokens.sign_in(made.text)
    assert clinic.session is None
    monkeypatch.setattr(clinic, "real_now", lambda: made.token.expires_at - timedelta(seconds=1))
    assert clinic.tokens.sign_in(made.text).name == "Maria Boss"  # still valid a second before


def test_a_revoked_token_is_refused_and_revoking_is_audited(clinic: ClinicServices) -> None:
    made = clinic.tokens.create()
    revoked = clinic.tokens.revoke(made.token.id)
    assert revoked.revoked_at is not None and revoked.state(clinic.real_now()) == "revoked"
    again = clinic.tokens.revoke(made.token.id)  # changes nothing
    assert again.revoked_at == revoked.revoked_at
    actions = [a for a in audit_actions(clinic) if a[2] == "access_token"]
    assert actions == [
        ("Maria Boss", "create", "access_token", str(made.token.id)),
        ("Maria Boss", "revoke", "access_token", str(made.token.id)),
    ]
    clinic.users.sign_out()
    with pytest.raises(SignInError, match="That access token was revoked on"):
        clinic.tokens.sign_in(made.text)


@pytest.mark.parametrize(
    "wrong",
    [
        lambda text: text[:-1] + ("A" if text[-1] != "A" else "B"),  # the secret's last character
        lambda text: tokens.compose(999_999, tokens.parse(text)[1]),  # type: ignore[index]  # no such id
        lambda text: "cdt_" + text.split("_", 2)[1] + "_",  # no secret at all
        lambda text: "not a token",
        lambda text: "",
    ],
    ids=["wrong secret", "unknown id", "empty secret", "not a token", "empty"],
)
def test_a_wrong_token_is_refused_the_same_way_in_constant_time(
    clinic: ClinicServices, monkeypatch: pytest.MonkeyPatch, wrong: Any
) -> None:
    """Whatever is wrong, the same words, and exactly one comparison of two SHA-256 digests of
    equal length through hmac.compare_digest (constant time): an unknown id is compared with a
    digest no secret has, so it takes as long as a wrong secret."""
    made = clinic.tokens.create()
    clinic.users.sign_out()
    compared: list[tuple[bytes, bytes]] = []
    real = tokens.hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(tokens.hmac, "compare_digest", spy)
    before = audit_actions(clinic)
    with pytest.raises(SignInError) as refused:
        clinic.tokens.sign_in(wrong(made.text))
    assert refused.value.message == tokens.NOT_A_TOKEN
    assert len(compared) == 1 and len(compared[0][0]) == len(compared[0][1]) == 64
    assert clinic.session is None
    assert audit_actions(clinic) == before  # a refused token writes nothing


def test_a_reception_token_cannot_chart_and_follows_its_account(clinic: ClinicServices) -> None:
    patient = clinic.patients.add(PatientInput("Ines", "Ortega", "1980-01-02")).record
    made = clinic.tokens.create("Ana", days=10)  # a manager makes one for another account
    assert made.token.user_name == "Ana"
    clinic.users.sign_out()
    session = clinic.tokens.sign_in(made.text)
    assert (session.name, session.role) == ("Ana", Role.RECEPTION)
    with pytest.raises(
        PermissionDeniedError, match="Charting needs the provider role; you are signed in as reception"
    ):
        clinic.treatments.add_outcome(patient.id, "midas", 10)

    # The account's role changes: its token acts with the new role at its next use.
    clinic.users.sign_in("Maria Boss", PASSWORD)
    ana = clinic.users.by_name("Ana")
    clinic.users.change(ana.id, role=Role.MANAGER)
    assert clinic.tokens.sign_in(made.text).role is Role.MANAGER
    # Switched off: the token signs nothing in.
    clinic.users.sign_in("Maria Boss", PASSWORD)
    clinic.users.change(ana.id, active=False)
    clinic.users.sign_out()
    with pytest.raises(SignInError, match="Ana's account is switched off"):
        clinic.tokens.sign_in(made.text)
    assert clinic.session is None


def test_who_may_make_see_and_revoke_which_tokens(clinic: ClinicServices) -> None:
    boss = clinic.tokens.create()
    clinic.users.sign_in("Ana", "reception pw")
    with pytest.raises(PermissionDeniedError, match="Managing users needs the manager role"):
        clinic.tokens.create("Dr Lind")
    own = clinic.tokens.create()
    assert own.token.user_name == "Ana"
    assert [t.id for t in clinic.tokens.list()] == [own.token.id]  # only her own
    with pytest.raises(PermissionDeniedError):
        clinic.tokens.list("Maria Boss")
    with pytest.raises(NotFoundError, match=f"no access token with id {boss.token.id}"):
        clinic.tokens.revoke(boss.token.id)
    with pytest.raises(ValidationError, match="1 to 366 days"):
        clinic.tokens.create(days=0)
    clinic.users.sign_in("Maria Boss", PASSWORD)
    assert {t.id for t in clinic.tokens.list()} == {boss.token.id, own.token.id}  # a manager: all
    assert [t.id for t in clinic.tokens.list("Ana")] == [own.token.id]
    assert clinic.tokens.revoke(own.token.id).revoked_at is not None  # anyone's, as a manager


def test_writes_made_with_a_token_name_it_in_the_audit_trail_once_per_transaction(
    clinic: ClinicServices,
) -> None:
    made = clinic.tokens.create("Ana")
    clinic.users.sign_out()
    clinic.tokens.sign_in(made.text)
    before = audit_actions(clinic)
    found = clinic.patients.search("Ortega")  # a read writes nothing
    assert found == [] and audit_actions(clinic) == before
    first = clinic.patients.add(PatientInput("Ines", "Ortega", "1980-01-02")).record
    second = clinic.patients.add(PatientInput("Juan", "Ortega", "1981-03-04")).record
    new = audit_actions(clinic)[len(before) :]
    assert new == [
        ("Ana", "token_use", "access_token", str(made.token.id)),
        ("Ana", "create", "patient", str(first.id)),
        ("Ana", "token_use", "access_token", str(made.token.id)),
        ("Ana", "create", "patient", str(second.id)),
    ]
    used = clinic.store.tokens.get(made.token.id).last_used_at
    assert used is not None and abs(used - clinic.real_now()) < timedelta(minutes=1)
    assert clinic.audit.chain_verdict().intact


def test_a_token_signs_in_as_a_password_does_with_the_audited_role_and_the_key(
    clinic: ClinicServices, tmp_path: Any
) -> None:
    """The account's audited role, not what its row says; refused for an account changed behind the
    software's back, and on a computer without the clinic's audit key (services/users.py)."""
    made = clinic.tokens.create("Ana", days=10)
    database = clinic.store.database

    def behind_the_back(column: str, value: object) -> None:
        sql = f"UPDATE user_account SET {column} = %s WHERE name = 'Ana'"
        database.execute_sql(sql.replace("%s", database.param), (value,))

    behind_the_back("role", "manager")
    clinic.users.sign_out()
    session = clinic.tokens.sign_in(made.text)
    assert session.role is Role.RECEPTION  # what the trail says
    with pytest.raises(PermissionDeniedError, match="needs the manager role; you are signed in as reception"):
        clinic.users.list()
    behind_the_back("role", "reception")
    behind_the_back("active", False)
    clinic.users.sign_out()
    with pytest.raises(SignInError, match="Ana's account is switched off"):
        clinic.tokens.sign_in(made.text)
    behind_the_back("active", True)
    behind_the_back("password_changes", 7)
    with pytest.raises(SignInError, match="Ana's account was changed outside the software"):
        clinic.tokens.sign_in(made.text)
    assert clinic.session is None

    behind_the_back("password_changes", 0)
    assert clinic.tokens.sign_in(made.text).role is Role.RECEPTION  # set right: signs in again
    desk = ClinicServices(store=clinic.store, session=None)  # another computer on the same database
    desk.audit_keys.keys = AuditKeyFolder(tmp_path / "another computer")  # no key there
    with pytest.raises(AuditKeyError, match="does not have the clinic's audit key, so nobody can sign in"):
        desk.tokens.sign_in(made.text)
    assert desk.session is None
