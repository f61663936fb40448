"""Who may schedule, chart and work the recall list, asked by the services themselves (not only by
hidden buttons), and the audit trail those use cases write: who, what, before and after.

Every guarded use case of the appointment, treatment and follow-up services is run as each role
and signed out: allowed roles succeed, the others are refused with the sentence naming the role
that may, and a refusal changes nothing (not even the trail)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from clinic_desktop.domain.access import Permission, Role
from clinic_desktop.domain.audit import AuditEntry
from clinic_desktop.domain.codes import AppointmentStatus, Indication, Product, Side
from clinic_desktop.domain.errors import ConflictError, PermissionDeniedError
from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.domain.outcomes import Measure
from clinic_desktop.domain.protocols import BUILTIN_PROTOCOLS
from clinic_desktop.domain.treatment_record import AdverseEventEntry, Severity, SiteDose
from clinic_desktop.domain.treatments import ProtocolTemplate, TreatmentDraft
from clinic_desktop.domain.users import SYSTEM, Session
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.services.patients import PatientInput
from tests.services.test_appointments import blind_first_check

ONA = Product.ONABOTULINUMTOXINA
MIGRAINE = Indication.CHRONIC_MIGRAINE
PASSWORD = "correct horse battery"
PEOPLE = {Role.RECEPTION: "rita", Role.PROVIDER: "lind", Role.MANAGER: "maria"}
ALL = frozenset(Role)
CLINICIANS = frozenset({Role.PROVIDER, Role.MANAGER})
# The first half of each refusal, as a receptionist reads it (domain/access.py words it).
NEEDS = {
    Permission.CHART_WRITE: "Charting needs the provider role",
    Permission.CHART_READ: "Reading the clinical record needs the provider or manager role",
    Permission.STOCK: "Stock and protocols needs the provider or manager role",
    Permission.SETTINGS: "Clinic settings needs the manager role",
}
SIGNED_OUT = "Sign in first: the window is locked or nobody is signed in."


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    """New York, now Mon 23 Nov 2026 10:00; Dr Lind (provider 1) treats migraine Mon-Fri
    08:00-12:00, 13:00-17:00; Ines Ortega (patient 1) was treated on Tue 1 Sep 2026, Carl Berg
    (patient 2) never; one lot of onabotulinumtoxinA (C1). Set up by the software itself."""
    s = services
    for key, value in (("timezone", "America/New_York"), ("country", "US"), ("subdivision", "NY")):
        s.clinic.set_setting(key, value)
    lind = s.resources.add_provider("Dr Lind", indications=[MIGRAINE])
    for day in range(5):
        s.resources.set_hours(lind.id, day, parse_blocks("08:00-12:00,13:00-17:00"))
    s.resources.add_room("Room 1", "exam")
    s.resources.add_room("Procedure A", "procedure")
    s.resources.add_room("Procedure B", "procedure")
    s.resources.add_type("Consultation", 30)
    s.resources.add_type("Migraine treatment", 30, None, "chronic_migraine")
    s.resources.add_type("Bladder procedure", 30, "procedure", "overactive_bladder")
    s.patients.add(PatientInput("Ines", "Ortega", "1980-04-02"))
    s.patients.add(PatientInput("Carl", "Berg", "1975-01-01"))
    s.treatments.add_lot(ONA, "C1", date(2027, 6, 30), 50)
    s.treatments.record(draft(s, 1, "2026-09-01T09:00"), "test setup")
    return s


def draft(s: ClinicServices, patient: int, local: str) -> TreatmentDraft:
    """PREEMPT for the patient (the template read from the domain: reading it through the service
    is itself guarded)."""
    template = next(t for t in BUILTIN_PROTOCOLS if t.name == "PREEMPT")
    return TreatmentDraft(
        patient, 1, s.time.parse_local(local), MIGRAINE, ONA, "C1", template.sites, template.name,
        waste_units=Decimal(0),
    )  # fmt: skip


def at(s: ClinicServices, text: str) -> datetime:
    return s.time.parse_local(text)


def book(s: ClinicServices, local: str, patient: int = 1, **extra: Any) -> list[int]:
    kind = str(extra.pop("type_name", "Consultation"))
    request = BookingRequest(patient, 1, kind, at(s, local), **extra)
    return [a.id for a in s.appointments.book(request).appointments]


def day_of(n: int) -> str:
    """The n-th run's own day (Mon 30 Nov to Thu 3 Dec 2026), so runs never clash."""
    return f"2026-{'11-30' if n == 0 else f'12-0{n}'}"


def as_role(s: ClinicServices, role: Role) -> Session:
    """Each role's person; the provider's account is Dr Lind (provider 1), as a provider's is one."""
    linked = 1 if role is Role.PROVIDER else None
    s.session = Session(PEOPLE[role], role, user_id=list(Role).index(role) + 1, provider_id=linked)
    return s.session


@contextmanager
def as_system(s: ClinicServices) -> Iterator[None]:
    kept, s.session = s.session, SYSTEM
    try:
        yield
    finally:
        s.session = kept


def trail(s: ClinicServices, entity: str | None = None) -> list[AuditEntry]:
    """The audit trail, oldest first (read from the store: the trail's own reading is a manager's)."""
    return [e for e in reversed(s.store.audit.find()) if entity is None or e.entity == entity]


def state(s: ClinicServices) -> tuple[int, dict[str, int], int, int]:
    """Enough of the clinic to see that a refused use case changed nothing."""
    with as_system(s):
        counts = s.clinic.info().counts
        waiting = len(s.appointments.waitlist())
        outcomes = sum(len(v) for v in s.treatments.outcomes(1).values())
    return s.store.audit.count(), counts, waiting, outcomes


# --- the matrix ----------------------------------------------------------------------------------

Prepare = Callable[[ClinicServices, int, Path], Callable[[], object]]


@dataclass(frozen=True)
class Case:
    """A guarded use case: ``prepare`` sets up what it needs as the software itself (the n-th time,
    on its own day) and returns the call to make as the role."""

    name: str
    prepare: Prepare
    allowed: frozenset[Role]
    needs: Permission | None = None  # the permission named when refused (None: every role may)


def _booked(s: ClinicServices, n: int, **extra: Any) -> int:
    return book(s, f"{day_of(n)}T09:00", **extra)[0]


def _cancelled(s: ClinicServices, n: int) -> int:
    freed = _booked(s, n)
    s.appointments.cancel(freed, "patient ill")
    return freed


def _arrived(s: ClinicServices, n: int) -> int:
    visit = _booked(s, n)
    s.appointments.set_status(visit, AppointmentStatus.ARRIVED)
    return visit


def _own_protocol(n: int) -> ProtocolTemplate:
    site = SiteDose("trapezius", Side.LEFT, Decimal(20), 4)
    return ProtocolTemplate(f"Neck {n}", MIGRAINE, ONA, (site,), builtin=False)


CASES: list[Case] = []
Act = Callable[[], object]


def case(allowed: frozenset[Role] = ALL, needs: Permission | None = None) -> Callable[[Prepare], Prepare]:
    """Register the decorated preparation as a case named after it (``appointments__move`` is
    appointments.move)."""

    def register(prepare: Prepare) -> Prepare:
        CASES.append(Case(prepare.__name__.replace("__", "."), prepare, allowed, needs))
        return prepare

    return register


def plain(
    name: str,
    act: Callable[[ClinicServices], object],
    allowed: frozenset[Role] = ALL,
    needs: Permission | None = None,
) -> None:
    """A case that needs nothing set up first."""
    CASES.append(Case(name, lambda s, n, tmp: lambda: act(s), allowed, needs))


# scheduling: every role
plain("appointments.availability", lambda s: s.appointments.availability(1, date(2026, 11, 30)))
plain(
    "appointments.closed_days", lambda s: s.appointments.closed_days(date(2026, 12, 24), date(2026, 12, 27))
)
plain("appointments.for_patient", lambda s: s.appointments.for_patient(1))
plain("appointments.flow_board", lambda s: s.appointments.flow_board(date(2026, 11, 23)))
plain("appointments.add_to_waitlist", lambda s: s.appointments.add_to_waitlist(2, date(2026, 11, 30)))
plain("appointments.waitlist", lambda s: s.appointments.waitlist())
plain("appointments.free_slots", lambda s: s.appointments.free_slots(1, "Consultation", date(2026, 11, 30)))
plain(
    "appointments.free_slots_for",
    lambda s: s.appointments.free_slots_for([(1, 2)], "Consultation", date(2026, 11, 30)),
)


@case()
def appointments__book(s: ClinicServices, n: int, tmp: Path) -> Act:
    return lambda: book(s, f"{day_of(n)}T09:00")


@case()
def appointments__move(s: ClinicServices, n: int, tmp: Path) -> Act:
    visit = _booked(s, n)
    return lambda: s.appointments.move(visit, at(s, f"{day_of(n)}T14:00"))


@case()
def appointments__move_following(s: ClinicServices, n: int, tmp: Path) -> Act:
    first = _booked(s, n, every_weeks=1, count=2)
    return lambda: s.appointments.move_following(first, at(s, f"{day_of(n)}T15:00"))


@case()
def appointments__cancel(s: ClinicServices, n: int, tmp: Path) -> Act:
    visit = _booked(s, n)
    return lambda: s.appointments.cancel(visit, "patient ill")


@case()
def appointments__cancel_following(s: ClinicServices, n: int, tmp: Path) -> Act:
    first = _booked(s, n, every_weeks=1, count=2)
    return lambda: s.appointments.cancel_following(first, "stopped treatment")


@case()
def appointments__set_status(s: ClinicServices, n: int, tmp: Path) -> Act:
    visit = _booked(s, n)
    return lambda: s.appointments.set_status(visit, AppointmentStatus.ARRIVED)


@case()
def appointments__send_to_room(s: ClinicServices, n: int, tmp: Path) -> Act:
    visit = _arrived(s, n)
    return lambda: s.appointments.send_to_room(visit, None)


@case()
def appointments__entries(s: ClinicServices, n: int, tmp: Path) -> Act:
    visit = _booked(s, n)
    return lambda: s.appointments.entries([visit])


@case()
def appointments__entry(s: ClinicServices, n: int, tmp: Path) -> Act:
    visit = _booked(s, n)
    return lambda: s.appointments.entry(visit)


@case()
def appointments__remove_from_waitlist(s: ClinicServices, n: int, tmp: Path) -> Act:
    request = s.appointments.add_to_waitlist(2, date(2026, 11, 30))
    return lambda: s.appointments.remove_from_waitlist(request.id)


@case()
def appointments__offers_for(s: ClinicServices, n: int, tmp: Path) -> Act:
    freed = _cancelled(s, n)
    return lambda: s.appointments.offers_for(freed)


@case()
def appointments__book_from_waitlist(s: ClinicServices, n: int, tmp: Path) -> Act:
    freed = _cancelled(s, n)
    request = s.appointments.add_to_waitlist(2, date(2026, 11, 30))
    return lambda: s.appointments.book_from_waitlist(request.id, freed)


# the clinic's set-up: a manager's
@case(frozenset({Role.MANAGER}), Permission.SETTINGS)
def appointments__add_time_off(s: ClinicServices, n: int, tmp: Path) -> Act:
    day = date(2027, 1, 4 + n)
    return lambda: s.appointments.add_time_off(1, day, day, "course")


@case(frozenset({Role.MANAGER}), Permission.SETTINGS)
def appointments__add_closure(s: ClinicServices, n: int, tmp: Path) -> Act:
    day = date(2027, 2, 1 + n)
    return lambda: s.appointments.add_closure(day, day, "staff training")


# the recall list and follow-ups: every role; a patient's own interval is a clinical decision
plain("followups.interval", lambda s: s.followups.interval(1, MIGRAINE))
plain("followups.plan", lambda s: s.followups.plan(1))
plain("followups.propose", lambda s: s.followups.propose(1, 2))
plain("followups.recalls", lambda s: s.followups.recalls())
plain("followups.mark", lambda s: s.followups.mark(1, MIGRAINE, "called", "no answer"))
# Each allowed role books Ines's next follow-up in turn: the second and third are too soon after the
# first (the 84-day floor at booking), so these give the reason the rule asks for.
plain("followups.book_choice", lambda s: s.followups.book_choice(1, override_reason="each role books one"))
plain(
    "followups.set_interval",
    lambda s: s.followups.set_interval(1, MIGRAINE, 90, 7),
    frozenset({Role.PROVIDER}),
    Permission.CHART_WRITE,
)


@case()
def followups__export_csv(s: ClinicServices, n: int, tmp: Path) -> Act:
    rows = s.followups.recalls()
    return lambda: s.followups.export_csv(rows, str(tmp / f"recalls{n}.csv"))


@case()
def followups__book(s: ClinicServices, n: int, tmp: Path) -> Act:
    proposal = s.followups.propose(1, 1)[0]
    return lambda: s.followups.book(proposal, override_reason="each role books one")


# charting: a provider's
PROVIDER = frozenset({Role.PROVIDER})
plain(
    "treatments.record",
    lambda s: s.treatments.record(draft(s, 2, "2026-11-23T09:00")),
    PROVIDER,
    Permission.CHART_WRITE,
)
plain(
    "treatments.check",
    lambda s: s.treatments.check(draft(s, 2, "2026-11-23T09:00")),
    PROVIDER,
    Permission.CHART_WRITE,
)
plain(
    "treatments.amend",
    lambda s: s.treatments.amend(1, {"notes": "tolerated well"}, "typo", "Dr Lind"),
    PROVIDER,
    Permission.CHART_WRITE,
)
plain(
    "treatments.add_adverse_event",
    lambda s: s.treatments.add_adverse_event(
        1, AdverseEventEntry("neck pain", Severity.MILD, date(2026, 9, 3)), "Dr Lind"
    ),
    PROVIDER,
    Permission.CHART_WRITE,
)
plain(
    "treatments.add_outcome",
    lambda s: s.treatments.add_outcome(1, "headache_days", 8),
    PROVIDER,
    Permission.CHART_WRITE,
)
plain(
    "treatments.reconstitute",
    lambda s: s.treatments.reconstitute(1, Decimal(2)),
    PROVIDER,
    Permission.CHART_WRITE,
)


@case(PROVIDER, Permission.CHART_WRITE)
def treatments__sign(s: ClinicServices, n: int, tmp: Path) -> Act:
    unsigned = s.treatments.record(draft(s, 2, f"2026-11-2{n}T08:00"), "test setup", sign=False).treatment
    return lambda: s.treatments.sign(unsigned.id, "Dr Lind")


# the clinical record, read: providers and managers
plain("treatments.for_patient", lambda s: s.treatments.for_patient(1), CLINICIANS, Permission.CHART_READ)
plain("treatments.get", lambda s: s.treatments.get(1), CLINICIANS, Permission.CHART_READ)
plain("treatments.outcomes", lambda s: s.treatments.outcomes(1), CLINICIANS, Permission.CHART_READ)
plain(
    "treatments.migraine_status", lambda s: s.treatments.migraine_status(1), CLINICIANS, Permission.CHART_READ
)

# stock, protocols and measures: kept by providers and managers, read by whoever charts
plain("treatments.lots", lambda s: s.treatments.lots(), CLINICIANS, Permission.STOCK)
plain(
    "treatments.usable_lots",
    lambda s: s.treatments.usable_lots(ONA, date(2026, 11, 23)),
    CLINICIANS,
    Permission.STOCK,
)
plain("treatments.open_vials", lambda s: s.treatments.open_vials(), CLINICIANS, Permission.STOCK)
plain("treatments.protocols", lambda s: s.treatments.protocols(), CLINICIANS, Permission.STOCK)
plain("treatments.protocol", lambda s: s.treatments.protocol("PREEMPT"), CLINICIANS, Permission.STOCK)
plain("treatments.measures", lambda s: s.treatments.measures(), CLINICIANS, Permission.STOCK)
plain("treatments.measure", lambda s: s.treatments.measure("midas"), CLINICIANS, Permission.STOCK)


@case(CLINICIANS, Permission.STOCK)
def treatments__add_lot(s: ClinicServices, n: int, tmp: Path) -> Act:
    return lambda: s.treatments.add_lot(ONA, f"L{n}", date(2027, 6, 30), 5)


@case(CLINICIANS, Permission.STOCK)
def treatments__save_protocol(s: ClinicServices, n: int, tmp: Path) -> Act:
    return lambda: s.treatments.save_protocol(_own_protocol(n))


@case(CLINICIANS, Permission.STOCK)
def treatments__delete_protocol(s: ClinicServices, n: int, tmp: Path) -> Act:
    saved = s.treatments.save_protocol(_own_protocol(n))
    assert saved.id is not None
    protocol_id = saved.id
    return lambda: s.treatments.delete_protocol(protocol_id)


@case(CLINICIANS, Permission.STOCK)
def treatments__add_measure(s: ClinicServices, n: int, tmp: Path) -> Act:
    return lambda: s.treatments.add_measure(Measure(f"score{n}", "Own score", Decimal(0), Decimal(10)))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_use_case_is_allowed_or_refused_naming_the_role_that_may(
    clinic: ClinicServices, case: Case, tmp_path: Path
) -> None:
    s = clinic
    runs = 0
    for index, role in enumerate([*Role, None]):
        with as_system(s):
            act = case.prepare(s, index, tmp_path)
        if role is not None:
            as_role(s, role)
        else:
            s.session = None
        if role in case.allowed:
            act()  # allowed: runs to the end
            runs += 1
            continue
        before = state(s)
        with pytest.raises(PermissionDeniedError) as refused:
            act()
        if role is None:
            assert str(refused.value) == SIGNED_OUT
        else:
            assert case.needs is not None, f"{case.name} refused {role} but should allow every role"
            assert str(refused.value) == f"{NEEDS[case.needs]}; you are signed in as {role.value}."
        assert state(s) == before, f"{case.name} changed something for {role} although refused"
    assert runs == len(case.allowed)


def test_the_background_refresh_runs_signed_out_and_for_reception(clinic: ClinicServices) -> None:
    """It runs on a timer while the window may be locked; it only keeps proposals."""
    clinic.session = None
    assert clinic.followups.refresh() == 1
    as_role(clinic, Role.RECEPTION)
    assert clinic.followups.refresh() == 1
    kept = clinic.followups.recalls()[0].proposed
    assert kept is not None and kept.patient_id == 1
    assert trail(clinic, "contact_log") == []  # nothing a person did


# --- real accounts -------------------------------------------------------------------------------


@pytest.fixture
def staffed(clinic: ClinicServices) -> ClinicServices:
    """The clinic with one account per role (added by the software itself); the provider's is
    Dr Lind (provider 1)."""
    for role, name in PEOPLE.items():
        clinic.users.add(name, role, PASSWORD, 1 if role is Role.PROVIDER else None)
    return clinic


def test_a_manager_cannot_record_a_treatment_or_an_outcome(staffed: ClinicServices) -> None:
    s = staffed
    s.users.sign_in("maria", PASSWORD)
    assert len(s.treatments.for_patient(1)) == 1  # but reads the record
    for act in (
        lambda: s.treatments.record(draft(s, 2, "2026-11-23T09:00")),
        lambda: s.treatments.add_outcome(1, "headache_days", 8),
    ):
        with pytest.raises(PermissionDeniedError) as refused:
            act()
        assert str(refused.value) == "Charting needs the provider role; you are signed in as manager."
    assert s.treatments.for_patient(2) == [] and s.treatments.outcomes(1) == {}


def test_reception_cannot_read_treatment_history_but_works_the_recall_list(staffed: ClinicServices) -> None:
    s = staffed
    s.users.sign_in("rita", PASSWORD)
    with pytest.raises(PermissionDeniedError) as refused:
        s.treatments.for_patient(1)
    assert str(refused.value) == (
        "Reading the clinical record needs the provider or manager role; you are signed in as reception."
    )
    with pytest.raises(PermissionDeniedError, match="^Charting needs the provider role; you are signed in"):
        s.treatments.record(draft(s, 2, "2026-11-23T09:00"))
    (row,) = s.followups.recalls()
    assert (row.patient_id, row.last_treatment) == (1, date(2026, 9, 1))  # treatment dates, read inside
    s.followups.mark(1, MIGRAINE, "left_message", "voicemail", by="front-desk-pc")
    proposal, result = s.followups.book_choice(1)
    assert result.appointments[0].start == proposal.start
    assert s.followups.recalls() == []  # booked: off the list
    note = trail(s, "contact_log")
    assert [(e.user, e.after["kind"] if e.after else None) for e in note] == [
        ("rita", "left_message"),
        ("rita", "booked"),
    ]
    assert note[0].after is not None and note[0].after["by"] == "rita"  # the person, not the workstation
    assert [e.user for e in trail(s, "appointment")] == ["rita"]


def test_signed_out_nothing_is_done(staffed: ClinicServices) -> None:
    s = staffed
    s.users.sign_in("lind", PASSWORD)
    assert len(s.treatments.for_patient(1)) == 1
    s.users.sign_out()
    for act in (
        lambda: s.treatments.for_patient(1),
        lambda: s.followups.recalls(),
        lambda: book(s, "2026-11-30T09:00"),
    ):
        with pytest.raises(PermissionDeniedError, match="^Sign in first"):
            act()
    assert s.store.audit.find(user="lind", limit=1)[0].action == "sign_in"


# --- the trail -----------------------------------------------------------------------------------


def test_booking_a_series_writes_one_entry_per_appointment_by_the_signed_in_user(
    staffed: ClinicServices,
) -> None:
    s = staffed
    s.users.sign_in("rita", PASSWORD)
    ids = book(s, "2026-11-30T09:00", every_weeks=12, count=3, notes="series")
    entries = trail(s, "appointment")
    assert [(e.action, e.user, e.entity_id, e.patient_id) for e in entries] == [
        ("create", "rita", str(i), 1) for i in ids
    ]
    first = entries[0].after
    assert first is not None and entries[0].before is None
    assert first["start"] == at(s, "2026-11-30T09:00").isoformat()
    assert first["provider_id"] == 1 and first["status"] == "booked" and first["notes"] == "series"
    assert {e.after["series_id"] for e in entries if e.after} == {ids[0]}
    # 24 weeks later, still 09:00 in New York (across the change from EST to EDT)
    assert entries[2].after is not None and entries[2].after["start"] == at(s, "2027-05-17T09:00").isoformat()
    assert entries[2].after["start"].endswith("13:00:00+00:00")
    with as_system(s):
        assert s.audit.verify().intact


def test_moving_and_cancelling_record_before_and_after(staffed: ClinicServices) -> None:
    s = staffed
    visit = book(s, "2026-11-30T09:00")[0]
    s.users.sign_in("rita", PASSWORD)
    s.appointments.move(visit, at(s, "2026-12-01T14:00"), duration=45)
    s.appointments.set_status(visit, AppointmentStatus.CONFIRMED)
    s.appointments.cancel(visit, "patient has flu")
    moved, confirmed, cancelled = trail(s, "appointment")[1:]
    assert (moved.action, moved.user, moved.patient_id) == ("change", "rita", 1)
    assert moved.before == {
        "start": at(s, "2026-11-30T09:00").isoformat(),
        "end": at(s, "2026-11-30T09:30").isoformat(),
        "provider_id": 1,
        "room_id": None,
    }
    assert moved.after == {
        "start": at(s, "2026-12-01T14:00").isoformat(),
        "end": at(s, "2026-12-01T14:45").isoformat(),
        "provider_id": 1,
        "room_id": None,
    }
    assert (confirmed.before, confirmed.after) == ({"status": "booked"}, {"status": "confirmed"})
    assert cancelled.before == {"status": "confirmed", "cancel_reason": ""}
    assert cancelled.after == {"status": "cancelled", "cancel_reason": "patient has flu"}


def test_a_refused_double_booking_writes_no_entry(staffed: ClinicServices) -> None:
    s = staffed
    s.users.sign_in("rita", PASSWORD)
    book(s, "2026-11-30T09:00")
    book(s, "2026-12-07T10:00")
    written = s.store.audit.count()
    with pytest.raises(ConflictError, match="Dr Lind already has Ines Ortega at 09:00-09:30 on 2026-11-30"):
        book(s, "2026-11-30T09:15", patient=2)
    with pytest.raises(ConflictError, match="10:00-10:30 on 2026-12-07"):  # one clash in a series:
        book(s, "2026-11-30T10:00", patient=2, every_weeks=1, count=2)  # none booked, none recorded
    assert s.store.audit.count() == written
    with as_system(s):
        assert s.audit.verify().intact


@pytest.mark.parametrize("backend", ["postgresql"])  # SQLite: no check passes while another writes
def test_a_booking_the_database_refused_and_retried_leaves_one_entry(
    staffed: ClinicServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another workstation took the procedure room between this one's check and its write: the
    exclusion constraint refuses, the booking runs again and takes the other room. The first try's
    entry went with its rollback; the chain has no gap."""
    s = staffed
    okafor = s.resources.add_provider("Dr Okafor")
    s.resources.set_hours(okafor.id, 0, parse_blocks("08:00-17:00"))
    book(s, "2026-11-30T09:00", type_name="Bladder procedure")
    s.users.sign_in("rita", PASSWORD)
    written = s.store.audit.count()
    blind_first_check(s, monkeypatch, "room", times=2)  # _room_for's check and _check's
    second = s.appointments.book(
        BookingRequest(2, 2, "Bladder procedure", at(s, "2026-11-30T09:00"))
    ).appointments[0]
    assert s.store.audit.count() == written + 1
    entry = trail(s, "appointment")[-1]
    assert (entry.user, entry.entity_id, entry.after and entry.after["room_id"]) == (
        "rita",
        str(second.id),
        second.room_id,
    )
    with as_system(s):
        assert s.audit.verify().intact


def test_charting_records_what_was_given_and_each_correction(staffed: ClinicServices) -> None:
    s = staffed
    s.users.sign_in("lind", PASSWORD)
    t = s.treatments.record(draft(s, 2, "2026-11-23T09:00"), sign=False).treatment
    s.treatments.amend(t.id, {"notes": "tolerated well"}, "forgot the note", "Dr Lind")
    s.treatments.sign(t.id, "Dr Lind")
    s.treatments.add_adverse_event(
        t.id, AdverseEventEntry("ptosis", Severity.MILD, date(2026, 11, 25)), "Dr Lind"
    )
    s.treatments.add_outcome(2, "headache_days", 9)
    created, amended, signed = trail(s, "treatment")[1:]  # the first is the clinic's set-up
    assert (created.action, created.user, created.patient_id, created.before) == ("create", "lind", 2, None)
    after = created.after
    assert after is not None
    assert (after["product"], after["lot"], after["total_units"], after["indication"]) == (
        "onabotulinumtoxinA",
        "C1",
        "155",
        "chronic_migraine",
    )
    assert len(after["sites"]) == len(t.sites) and after["sites"][0].count(":") == 3
    assert after["signed_at"] is None
    assert amended.before == {"notes": ""}
    assert amended.after == {"notes": "tolerated well", "reason": "forgot the note"}
    assert signed.before == {"signed_at": None, "signed_by": ""}
    assert signed.after is not None and signed.after["signed_by"] == "Dr Lind"
    (event,) = trail(s, "adverse_event")
    assert (event.patient_id, event.after) == (
        2,
        {"treatment_id": t.id, "kind": "ptosis", "severity": "mild", "onset": "2026-11-25",
         "resolved": None, "notes": ""},
    )  # fmt: skip
    (outcome,) = trail(s, "outcome")
    assert (outcome.user, outcome.patient_id) == ("lind", 2)
    assert outcome.after is not None and outcome.after["measure"] == "headache_days"
    assert outcome.after["value"] == "9" and outcome.after["recorded_on"] == "2026-11-23"


def test_stock_protocols_and_follow_up_plans_are_in_the_trail(staffed: ClinicServices) -> None:
    s = staffed
    s.users.sign_in("lind", PASSWORD)
    s.treatments.add_lot(ONA, "C2", date(2027, 8, 31), 10)
    saved = s.treatments.save_protocol(_own_protocol(1))
    s.treatments.save_protocol(ProtocolTemplate("Neck 1", MIGRAINE, ONA, (SiteDose("splenius", Side.RIGHT, Decimal(10), 2),), builtin=False, id=saved.id))  # fmt: skip  # noqa: E501
    assert saved.id is not None
    s.treatments.delete_protocol(saved.id)
    s.followups.set_interval(1, MIGRAINE, 100, 10)
    s.followups.set_interval(1, MIGRAINE, 90, 7)
    (lot,) = trail(s, "lot")[1:]
    assert lot.after == {"product": "onabotulinumtoxinA", "lot": "C2", "expires_on": "2027-08-31",
                         "vials_received": 10, "units_per_vial": 100}  # fmt: skip
    created, changed, deleted = trail(s, "protocol")
    assert created.action == "create" and created.after is not None and created.after["name"] == "Neck 1"
    assert (changed.before, changed.after) == (
        {"sites": ["trapezius:left:20:4"]},
        {"sites": ["splenius:right:10:2"]},
    )
    assert deleted.action == "delete" and deleted.after is None and deleted.before is not None
    first, second = trail(s, "followup_plan")
    assert (first.action, first.before, first.patient_id) == ("create", None, 1)
    assert second.before == {"indication": "chronic_migraine", "target_days": 100, "tolerance_days": 10}
    assert second.after == {"indication": "chronic_migraine", "target_days": 90, "tolerance_days": 7}
    assert {e.user for e in trail(s)[-6:]} == {"lind"}


def test_the_waiting_list_and_the_flow_board_steps_are_in_the_trail(staffed: ClinicServices) -> None:
    s = staffed
    freed = book(s, "2026-12-01T09:00")[0]
    visit = book(s, "2026-11-23T10:30")[0]
    s.users.sign_in("rita", PASSWORD)
    request = s.appointments.add_to_waitlist(2, date(2026, 11, 30), note="mornings")
    s.appointments.cancel(freed, "moved away")
    booked = s.appointments.book_from_waitlist(request.id, freed).appointments[0]
    s.appointments.set_status(visit, AppointmentStatus.ARRIVED)
    s.appointments.send_to_room(visit, 1)
    added, resolved = trail(s, "waitlist")
    assert (added.action, added.patient_id, added.user) == ("create", 2, "rita")
    assert added.after is not None and added.after["note"] == "mornings"
    assert resolved.after == {"resolved": "booked", "appointment_id": booked.id}
    steps = [(e.before, e.after) for e in trail(s, "appointment") if e.entity_id == str(visit)][1:]
    assert steps == [
        ({"status": "booked"}, {"status": "arrived"}),
        ({"status": "arrived", "room_id": None}, {"status": "in_room", "room_id": 1}),
    ]
