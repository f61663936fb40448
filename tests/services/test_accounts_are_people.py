"""Accounts are people (domain/signing.py), on both engines: a provider account is linked to exactly
one provider record, one provider record to at most one active account (even when two managers
link at once); a provider account charts, signs and amends only as its provider, and a nurse
injector's supervising physician is a separate field, never a substitution."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.codes import Indication, Product
from clinic_desktop.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from clinic_desktop.domain.protocols import BUILTIN_PROTOCOLS
from clinic_desktop.domain.treatment_record import AdverseEventEntry, Severity
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.services import ClinicServices, Clock
from clinic_desktop.services.patients import PatientInput
from tests.clinic_users import fast_password_hashing

PASSWORD = "correct horse"
RULE = "a treatment is charted and signed by the provider who gives it"
ONA, MIGRAINE = Product.ONABOTULINUMTOXINA, Indication.CHRONIC_MIGRAINE


@pytest.fixture(autouse=True)
def _cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_password_hashing(monkeypatch)


def staff(s: ClinicServices) -> ClinicServices:
    """Dr Ana Lind (1) and Dr Bob Reyes (2) with their accounts ana and bob, Nurse Kim (3) with
    kim, the manager mara; a patient (1) and a lot (C1)."""
    s.users.create_first_manager("mara", PASSWORD)
    for number, (name, account) in enumerate(
        (("Dr Ana Lind", "ana"), ("Dr Bob Reyes", "bob"), ("Nurse Kim", "kim")), start=1
    ):
        assert s.resources.add_provider(name).id == number
        s.users.add(account, Role.PROVIDER, PASSWORD, number)
    s.patients.add(PatientInput("Ines", "Ortega", "1980-04-02"))
    s.treatments.add_lot(ONA, "C1", date(2027, 6, 30), 20)
    return s


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    return staff(services)


def draft(s: ClinicServices, provider: int, local: str = "2026-11-23T09:00", **extra: Any) -> TreatmentDraft:
    template = next(t for t in BUILTIN_PROTOCOLS if t.name == "PREEMPT")
    return TreatmentDraft(
        1, provider, s.time.parse_local(local), MIGRAINE, ONA, "C1", template.sites, template.name,
        waste_units=Decimal(0), **extra,
    )  # fmt: skip


def refused(act: Callable[[], object], error: type[Exception] = PermissionDeniedError) -> str:
    with pytest.raises(error) as caught:
        act()
    return str(caught.value)


# --- the link ---------------------------------------------------------------------------------------


def test_a_provider_account_is_made_with_exactly_one_provider(clinic: ClinicServices) -> None:
    s = clinic
    s.users.sign_in("mara", PASSWORD)
    assert refused(lambda: s.users.add("dan", Role.PROVIDER, PASSWORD), ValidationError) == (
        f"A provider account is one provider: choose the provider record it belongs to ({RULE})."
    )
    assert "a manager account is linked to nobody" in refused(
        lambda: s.users.add("dan", Role.MANAGER, PASSWORD, 1), ValidationError
    )
    assert refused(lambda: s.users.add("dan", Role.PROVIDER, PASSWORD, 1), ConflictError) == (
        "Dr Ana Lind already has the account ana; one provider is one active account "
        "(switch that one off first)."
    )
    assert "no provider with id 9" in refused(
        lambda: s.users.add("dan", Role.PROVIDER, PASSWORD, 9), Exception
    )
    assert [u.name for u in s.users.list()] == ["ana", "bob", "kim", "mara"]  # nothing added
    assert {u.name: u.provider_id for u in s.users.list()} == {"ana": 1, "bob": 2, "kim": 3, "mara": None}
    reception = s.users.add("rita", Role.RECEPTION, PASSWORD)
    assert reception.provider_id is None  # reception is linked to nobody
    # switching ana's account off frees Dr Lind's record for a new account; ana cannot come back then
    ana = s.users.by_name("ana").id
    s.users.change(ana, active=False)
    assert s.users.add("ana2", Role.PROVIDER, PASSWORD, 1).provider_id == 1
    assert "Dr Ana Lind already has the account ana2" in refused(
        lambda: s.users.change(ana, active=True), ConflictError
    )
    # a provider account changed to reception loses its link; back to provider, it needs one again
    s.users.change(s.users.by_name("kim").id, role=Role.RECEPTION)
    assert s.users.by_name("kim").provider_id is None
    assert "A provider account is one provider" in refused(
        lambda: s.users.change(s.users.by_name("kim").id, role=Role.PROVIDER), ValidationError
    )
    assert s.users.change(s.users.by_name("kim").id, role=Role.PROVIDER, provider_id=3).provider_id == 3


def test_signing_in_gives_the_session_its_provider_and_a_change_is_the_managers_audited(
    clinic: ClinicServices,
) -> None:
    s = clinic
    assert s.users.sign_in("bob", PASSWORD).provider_id == 2
    with pytest.raises(PermissionDeniedError, match="Managing users needs the manager role"):
        s.users.change(s.users.by_name("bob").id, provider_id=1)
    s.users.sign_in("mara", PASSWORD)
    s.users.change(s.users.by_name("kim").id, active=False)
    s.users.change(s.users.by_name("bob").id, provider_id=3)
    entry = s.audit.entries(user="mara", limit=1)[0]
    assert entry.action == "change" and entry.before is not None
    assert {k: entry.before[k] for k in ("name", "role", "active", "provider_id")} == {
        "name": "bob", "role": "provider", "active": True, "provider_id": 2,
    }  # fmt: skip
    assert entry.after == {**entry.before, "provider_id": 3}
    assert s.users.sign_in("bob", PASSWORD).provider_id == 3  # from the next sign-in on


# --- charting as oneself ----------------------------------------------------------------------------


def test_a_provider_charts_only_as_themselves(clinic: ClinicServices) -> None:
    s = clinic
    s.users.sign_in("ana", PASSWORD)
    trail = s.store.audit.count()
    assert refused(lambda: s.treatments.record(draft(s, 2))) == f"You are signed in as Dr Ana Lind; {RULE}."
    assert s.treatments.for_patient(1) == [] and s.store.audit.count() == trail  # nothing, not even the trail
    # `by` cannot put another name on it either: the account is the person
    t = s.treatments.record(draft(s, 1), by="Dr Bob Reyes").treatment
    assert (t.provider_id, t.created_by, t.signed_by) == (1, "Dr Ana Lind", "Dr Ana Lind")
    (entry,) = [e for e in s.store.audit.find(patient_id=1) if e.entity == "treatment"]
    assert (entry.user, entry.after["signed_by"] if entry.after else None) == ("ana", "Dr Ana Lind")


def test_signing_and_amending_are_the_authors_alone(clinic: ClinicServices) -> None:
    s = clinic
    s.users.sign_in("bob", PASSWORD)
    signed = s.treatments.record(draft(s, 2, "2026-06-01T09:00"), sign=True).treatment
    unsigned = s.treatments.record(draft(s, 2, "2026-09-01T09:00"), sign=False).treatment
    s.users.sign_in("ana", PASSWORD)
    given = f"You are signed in as Dr Ana Lind; {RULE} (this one was given by Dr Bob Reyes)."
    assert refused(lambda: s.treatments.sign(unsigned.id, "Dr Ana Lind")) == given
    assert refused(lambda: s.treatments.amend(signed.id, {"notes": "x"}, "typo", "Dr Ana Lind")) == given
    assert not s.treatments.get(unsigned.id).signed and s.treatments.get(signed.id).notes == ""
    # another clinician reports an adverse event, as themselves (an addition, not an amendment of it)
    event = AdverseEventEntry("Ptosis", Severity.MILD, date(2026, 6, 10))
    reported = s.treatments.add_adverse_event(signed.id, event, by="Dr Bob Reyes")
    assert reported.amendments[-1].by == "Dr Ana Lind"
    s.users.sign_in("bob", PASSWORD)
    assert s.treatments.sign(unsigned.id, "anyone").signed_by == "Dr Bob Reyes"
    amended = s.treatments.amend(signed.id, {"notes": "Follow-the-pain declined"}, "completed", by="x")
    assert (amended.notes, amended.amendments[-1].by) == ("Follow-the-pain declined", "Dr Bob Reyes")


def test_an_unlinked_provider_account_signs_in_but_charts_nothing(clinic: ClinicServices) -> None:
    s = clinic
    s.store.database.execute_sql("UPDATE user_account SET provider_id = NULL WHERE name = 'kim'")  # upgraded
    session = s.users.sign_in("kim", PASSWORD)
    assert session.provider_id is None
    assert refused(lambda: s.treatments.record(draft(s, 3))).startswith(
        f"Your account kim is not linked to your provider record yet, so it cannot chart: {RULE}."
    )
    assert refused(lambda: s.treatments.add_outcome(1, "headache_days", 8)).startswith("Your account kim")
    assert s.patients.get(1).given_name == "Ines"  # the desk's work goes on
    s.users.sign_in("mara", PASSWORD)
    s.users.change(s.users.by_name("kim").id, active=False)  # an unlinked account can be switched off
    s.users.change(s.users.by_name("kim").id, active=True, provider_id=3)
    s.users.sign_in("kim", PASSWORD)
    assert s.treatments.record(draft(s, 3)).treatment.signed_by == "Nurse Kim"


def test_the_software_itself_names_the_provider_freely(clinic: ClinicServices) -> None:
    s = clinic  # the SYSTEM session of scripts and tests
    t = s.treatments.record(draft(s, 2)).treatment
    assert t.signed_by == "Dr Bob Reyes"


def test_supervised_by_is_a_separate_field_beside_the_provider(clinic: ClinicServices) -> None:
    s = clinic
    s.users.sign_in("kim", PASSWORD)
    assert "someone other than the provider who gives it" in refused(
        lambda: s.treatments.record(draft(s, 3, supervised_by_id=3)), ValidationError
    )
    t = s.treatments.record(draft(s, 3, supervised_by_id=1)).treatment
    assert (t.provider_id, t.signed_by, t.supervised_by_id, t.supervised_by_name) == (
        3,
        "Nurse Kim",
        1,
        "Dr Ana Lind",
    )
    (listed,) = s.treatments.for_patient(1)
    assert (listed.supervised_by_id, listed.supervised_by_name) == (1, "Dr Ana Lind")
    assert s.treatments.get(t.id).supervised_by_name == "Dr Ana Lind"


def test_on_the_real_clock_every_new_record_is_signed_by_the_linked_provider(db_url: str) -> None:
    s = staff(ClinicServices.open(db_url, Clock()))  # no fixed now: fractions of a second and all
    try:
        signed = []
        for account, provider in (("ana", 1), ("bob", 2)):
            s.users.sign_in(account, PASSWORD)
            now = s.time.to_local(s.now()).replace(tzinfo=None).isoformat(timespec="seconds")
            when = f"{now[:10]}T00:00" if account == "ana" else now
            recorded = s.treatments.record(draft(s, provider, when, notes=account), override_reason="test")
            signed.append((recorded.treatment.provider_id, recorded.treatment.signed_by))
        s.users.sign_in("ana", PASSWORD)
        listed = sorted((t.provider_id, t.signed_by) for t in s.treatments.for_patient(1))
        assert listed == sorted(signed) == [
            (1, "Dr Ana Lind"), (2, "Dr Bob Reyes"),
        ]  # fmt: skip
    finally:
        s.close()


# --- two managers linking one provider record at the same moment -----------------------------------


def test_two_workstations_linking_one_provider_at_once_make_one_account(
    db_url: str, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each workstation's check ("is Dr Lind anyone's yet?") passes before the other's write
    commits: the latency is injected in the write (a trigger sleeping in the server on PostgreSQL, a
    slowed insert on SQLite), and a barrier starts both together. One account is made; the other
    is refused in words, and the database holds one active account for the provider."""
    s = ClinicServices.open(db_url, Clock())  # one per process (the store's proxy); a connection per thread
    s.users.create_first_manager("mara", PASSWORD)
    s.resources.add_provider("Dr Ana Lind")
    if backend == "postgresql":
        s.store.database.execute_sql(
            "CREATE FUNCTION slow_link() RETURNS trigger AS $$ BEGIN PERFORM pg_sleep(0.5); RETURN NEW; "
            "END $$ LANGUAGE plpgsql"
        )
        s.store.database.execute_sql(
            "CREATE TRIGGER slow_link BEFORE INSERT ON user_account FOR EACH ROW EXECUTE FUNCTION slow_link()"
        )
    else:
        add = s.store.users.add

        def slow_add(*args: Any, **kwargs: Any) -> Any:
            time.sleep(0.5)  # inside the write transaction, after the check, before the insert
            return add(*args, **kwargs)

        monkeypatch.setattr(s.store.users, "add", slow_add)
    s.users.sign_in("mara", PASSWORD)
    barrier = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def link(name: str) -> None:
        try:
            barrier.wait(timeout=10)
            outcomes[name] = s.users.add(name, Role.PROVIDER, PASSWORD, 1)
        except Exception as exc:  # what the test looks at
            outcomes[name] = exc
        finally:
            s.end_thread()

    threads = [threading.Thread(target=link, args=(name,)) for name in ("ana", "lind")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    made = [v for v in outcomes.values() if not isinstance(v, Exception)]
    errors = [v for v in outcomes.values() if isinstance(v, Exception)]
    assert len(made) == 1 and len(errors) == 1, outcomes
    assert isinstance(errors[0], ConflictError)
    # PostgreSQL: both checks passed, the unique index refused the second insert; SQLite: the
    # second writer waited for the first's transaction (BEGIN IMMEDIATE) and its check saw the link.
    expected = (
        "was just linked to another active account" if backend == "postgresql" else "already has the account"
    )
    assert expected in str(errors[0])
    try:
        assert [u.name for u in s.store.users.linked_to(1)] == [made[0].name]  # type: ignore[attr-defined]
        assert s.audit.verify().intact
    finally:
        s.close()
