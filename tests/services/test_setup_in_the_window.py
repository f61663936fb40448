"""The set-up the window edits, through the same services as the command line (issue 19): clinic
settings, providers, rooms, types, weekly hours with their dates, extra sessions, time off,
closures, stock and the clinic's own measures. For each: a wrong value is refused in plain words
and writes nothing (not even an audit entry); a right one is saved with its audit entry; who may
is the services' own decision. On SQLite and on PostgreSQL (the suite's ``backend``)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date, time, timedelta
from decimal import Decimal
from typing import Any

import pytest

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.audit import AuditEntry
from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.errors import (
    ClinicError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from clinic_desktop.domain.hours import TimeBlock, parse_blocks
from clinic_desktop.domain.outcomes import Measure
from clinic_desktop.domain.treatment_record import SiteDose
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.domain.users import SYSTEM, Session
from clinic_desktop.domain.working_time import OutsideHoursError
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.services.patients import PatientInput
from tests.conftest import NewDatabase

ONA = Product.ONABOTULINUMTOXINA
MIGRAINE = Indication.CHRONIC_MIGRAINE
MON_FRI = range(5)
TODAY = date(2026, 11, 23)  # FIXED_NOW is Monday 23 Nov 2026, 10:00 in New York
NEXT_MONDAY = date(2026, 11, 30)


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    """New York; Dr Lind works Mon-Fri 08:00-12:00 and 13:00-17:00; a consultation type; Ines Ortega
    is booked next Monday at 15:00. Set up by the software itself."""
    s = services
    s.clinic.set_setting("timezone", "America/New_York")
    lind = s.resources.add_provider("Dr Lind", "MD", indications=[MIGRAINE])
    s.working_time.set_hours(lind.id, MON_FRI, parse_blocks("08:00-12:00,13:00-17:00"))
    s.resources.add_type("Consultation", 30)
    s.patients.add(PatientInput("Ines", "Ortega", "1980-04-02"))
    book(s, "2026-11-30T15:00")
    return s


def book(s: ClinicServices, local: str, type_name: str = "Consultation", **extra: Any) -> int:
    request = BookingRequest(1, 1, type_name, s.time.parse_local(local), **extra)
    return s.appointments.book(request).appointments[0].id


def trail(s: ClinicServices) -> list[AuditEntry]:
    """The audit trail, oldest first (read from the store: reading it through the service is a
    manager's)."""
    return list(reversed(s.store.audit.find()))


def refused(s: ClinicServices, act: Callable[[], object], error: type[ClinicError], match: str) -> None:
    """The act is refused with a message matching ``match``, and nothing is written: no audit
    entry, the same set-up afterwards."""
    before = (s.store.audit.count(), snapshot(s))
    with pytest.raises(error, match=match):
        act()
    assert (s.store.audit.count(), snapshot(s)) == before


def snapshot(s: ClinicServices) -> tuple[Any, ...]:
    store = s.store
    with store.read_transaction():
        return (
            store.settings.get(),
            store.providers.list(),
            store.rooms.list(),
            store.types.list(),
            store.setup.hours(1) if store.providers.count() else [],
            store.setup.time_off(None, date(2000, 1, 1)),
            store.setup.closures(date(2000, 1, 1)),
            store.treatments.lots(),
            store.treatments.measures(),
        )


def last(s: ClinicServices) -> AuditEntry:
    return trail(s)[-1]


# --- clinic settings --------------------------------------------------------------------------------


def test_settings_are_saved_together_and_each_change_is_audited(services: ClinicServices) -> None:
    s = services
    before = s.store.audit.count()
    saved = s.clinic.set_settings(
        {"name": "Vienna Pain Clinic", "timezone": "Europe/Vienna", "country": "at", "subdivision": "9",
         "date_format": "UK", "idle_lock_minutes": "10", "recall_lead_days": "21"}
    )  # fmt: skip
    assert (saved.name, saved.timezone, saved.country, saved.subdivision) == (
        "Vienna Pain Clinic", "Europe/Vienna", "AT", "9",
    )  # fmt: skip
    assert (saved.date_format, saved.idle_lock_minutes, saved.recall_lead_days) == ("uk", 10, 21)
    assert s.time.timezone == "Europe/Vienna"  # the services follow the new zone at once
    changes = {e.entity_id: (e.before, e.after) for e in trail(s)[before:]}
    assert changes["timezone"] == ({"timezone": "UTC"}, {"timezone": "Europe/Vienna"})
    assert changes["date_format"] == ({"date_format": "locale"}, {"date_format": "uk"})
    assert changes["recall_lead_days"] == ({"recall_lead_days": 28}, {"recall_lead_days": 21})
    assert len(changes) == 7


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": "A clinic", "timezone": "Mars/Olympus_Mons"}, "not a known time zone"),
        ({"name": "A clinic", "country": "XX"}, "holiday calendar"),
        ({"country": "US", "subdivision": "ZZ"}, "not a subdivision of US"),
        ({"date_format": "martian"}, "not a date format"),
        ({"recall_lead_days": "0"}, "1 to 120 days"),
        ({"idle_lock_minutes": "100000"}, "minutes"),
        ({"name": "   "}, "needs a name"),
        ({"colour": "red"}, "Unknown setting"),
    ],
)
def test_one_wrong_setting_refuses_them_all(
    services: ClinicServices, changes: dict[str, str], message: str
) -> None:
    refused(services, lambda: services.clinic.set_settings(changes), ValidationError, message)


def test_the_countries_and_regions_offered_are_the_holiday_calendar_s(services: ClinicServices) -> None:
    regions = services.clinic.regions()
    assert ("ENG", "England") in regions["GB"] and ("9", "Wien") in regions["AT"]
    assert all(len(code) == 2 for code in regions) and len(regions) > 100
    # Every code offered is one the settings accept.
    assert services.clinic.set_settings({"country": "AT", "subdivision": "9"}).subdivision == "9"


def test_the_new_settings_go_through_the_single_setting_use_case_too(services: ClinicServices) -> None:
    s = services
    assert s.clinic.set_setting("date_format", "us").date_format == "us"
    assert s.clinic.set_setting("recall_lead_days", "35").recall_lead_days == 35
    refused(s, lambda: s.clinic.set_setting("date_format", "dd.mm"), ValidationError, "not a date format")
    assert (last(s).entity, last(s).after) == ("settings", {"recall_lead_days": 35})


# --- providers, rooms, types ------------------------------------------------------------------------


def test_a_provider_is_changed_and_the_trail_keeps_what_changed(clinic: ClinicServices) -> None:
    s = clinic
    changed = s.resources.change_provider(
        1, "Dr Ana  Lind", "MD, PhD", "#AA3377", [MIGRAINE, Indication.TMJ_DISORDER]
    )
    assert (changed.name, changed.credentials, changed.colour) == ("Dr Ana Lind", "MD, PhD", "#aa3377")
    assert changed.indications == (MIGRAINE, Indication.TMJ_DISORDER)
    entry = last(s)
    assert (entry.action, entry.entity, entry.entity_id) == ("change", "provider", "1")
    assert entry.before == {"name": "Dr Lind", "credentials": "MD", "colour": "#0072b2",
                            "indications": ["chronic_migraine"]}  # fmt: skip
    assert entry.after["indications"] == ["chronic_migraine", "tmj_disorder"]
    s.resources.add_provider("Dr Okafor")
    refused(
        s, lambda: s.resources.change_provider(1, "dr okafor", "", "#aa3377", []), ConflictError, "already"
    )
    refused(
        s, lambda: s.resources.change_provider(1, "Dr Lind", "", "red", []), ValidationError, "not a colour"
    )
    refused(s, lambda: s.resources.change_provider(1, "", "", "#aa3377", []), ValidationError, "needs a name")
    refused(s, lambda: s.resources.change_provider(9, "X", "", "#aa3377", []), NotFoundError, "no provider")


def test_switching_a_provider_off_waits_for_their_bookings_and_keeps_their_history(
    clinic: ClinicServices,
) -> None:
    s = clinic
    refused(
        s,
        lambda: s.resources.change_provider(1, "Dr Lind", "MD", "#0072b2", [MIGRAINE], active=False),
        ValidationError,
        r"Dr Lind has 1 booking to come \(the first 2026-11-30 15:00 with Ines Ortega\)",
    )
    s.appointments.cancel(1, "moving away")
    off = s.resources.change_provider(1, "Dr Lind", "MD", "#0072b2", [MIGRAINE], active=False)
    assert not off.active
    assert last(s).before == {"active": True} and last(s).after == {"active": False}
    # History stays: the cancelled booking still names her, and she is still a provider on record.
    assert s.appointments.entry(1).provider_name == "Dr Lind"
    assert [p.name for p in s.resources.providers()] == ["Dr Lind"]
    assert s.setup.status().providers == 0  # but not one the clinic books


def test_rooms_are_renamed_and_only_a_room_never_booked_is_removed(clinic: ClinicServices) -> None:
    s = clinic
    one = s.resources.add_room("Room 1", "exam")
    spare = s.resources.add_room("Spare", "exam")
    book(s, "2026-11-30T09:00", room_id=one.id)
    renamed = s.resources.change_room(one.id, "Exam room 1", "Exam")
    assert (renamed.name, renamed.kind) == ("Exam room 1", "exam")
    assert (last(s).before, last(s).after) == ({"name": "Room 1"}, {"name": "Exam room 1"})
    refused(s, lambda: s.resources.remove_room(one.id), ConflictError, "Exam room 1 has 1 booking on record")
    refused(s, lambda: s.resources.change_room(spare.id, "exam ROOM 1", "exam"), ConflictError, "already")
    refused(
        s, lambda: s.resources.change_room(spare.id, "Spare", "big room!"), ValidationError, "not a room kind"
    )
    s.resources.remove_room(spare.id)
    assert [r.name for r in s.resources.rooms()] == ["Exam room 1"]
    assert (last(s).action, last(s).entity, last(s).before) == (
        "delete",
        "room",
        {"name": "Spare", "kind": "exam"},
    )


def test_types_are_changed_checked_and_removed_only_when_never_booked(clinic: ClinicServices) -> None:
    s = clinic
    refused(s, lambda: s.resources.change_type(1, "Consultation", 0, None, None, "#7a8a9c", False),
            ValidationError, "between 5 and 480 minutes, not 0")  # fmt: skip
    refused(s, lambda: s.resources.change_type(1, "Consultation", 30, None, None, "#7a8a9c", True),
            ValidationError, "needs the indication")  # fmt: skip
    refused(
        s,
        lambda: s.resources.add_type("Botox", 20, is_treatment=True),
        ValidationError,
        "needs the indication",
    )
    changed = s.resources.change_type(1, "New patient consultation", 45, "exam", None, "#6f42c1", False)
    assert (changed.name, changed.minutes, changed.room_kind) == ("New patient consultation", 45, "exam")
    assert last(s).after == {"name": "New patient consultation", "minutes": 45, "room_kind": "exam",
                             "colour": "#6f42c1"}  # fmt: skip
    refused(s, lambda: s.resources.remove_type(1), ConflictError, "has 1 booking on record")
    spare = s.resources.add_type("Spare", 15)
    s.resources.remove_type(spare.id)
    assert [t.name for t in s.resources.types()] == ["New patient consultation"]
    assert (last(s).action, last(s).entity_id) == ("delete", str(spare.id))


# --- weekly hours with effective dates ----------------------------------------------------------------


def test_mon_to_fri_hours_are_one_change_and_a_date_keeps_the_weeks_before(clinic: ClinicServices) -> None:
    s = clinic
    assert [str(b) for b in s.appointments.availability(1, NEXT_MONDAY)] == ["08:00-12:00", "13:00-17:00"]
    s.appointments.cancel(1, "to change the hours")
    s.working_time.set_hours(1, [0], parse_blocks("09:00-13:00"), NEXT_MONDAY)
    assert [str(b) for b in s.appointments.availability(1, TODAY)] == ["08:00-12:00", "13:00-17:00"]
    assert [str(b) for b in s.appointments.availability(1, NEXT_MONDAY)] == ["09:00-13:00"]
    assert [str(b) for b in s.appointments.availability(1, NEXT_MONDAY + timedelta(days=1))] == [
        "08:00-12:00", "13:00-17:00",
    ]  # fmt: skip
    entry = last(s)
    assert (entry.entity, entry.entity_id) == ("hours", "1")
    assert entry.before["hours"] == ["Mon 08:00-12:00", "Mon 13:00-17:00"]
    assert entry.after["hours"] == [
        "Mon 08:00-12:00 to 2026-11-29", "Mon 13:00-17:00 to 2026-11-29", "Mon 09:00-13:00 from 2026-11-30",
    ]  # fmt: skip
    # The week as it is today (what `hours show` prints) is still the old one.
    assert [str(b) for b in s.resources.week(1)[0].blocks] == ["08:00-12:00", "13:00-17:00"]
    # A second change from the same date replaces the first one's blocks, not the weeks before.
    s.working_time.set_hours(1, [0], [], NEXT_MONDAY)
    assert s.appointments.availability(1, NEXT_MONDAY) == []
    assert len(s.appointments.availability(1, TODAY)) == 2


@pytest.mark.parametrize(
    ("blocks", "message"),
    [
        (lambda: parse_blocks("17:00-08:00"), "must end after it starts"),
        (lambda: [TimeBlock(time(8), time(12)), TimeBlock(time(11), time(13))], "overlap"),
    ],
)
def test_hours_that_end_before_they_start_or_overlap_are_refused(
    clinic: ClinicServices, blocks: Callable[[], list[TimeBlock]], message: str
) -> None:
    refused(clinic, lambda: clinic.working_time.set_hours(1, MON_FRI, blocks()), ValidationError, message)
    refused(clinic, lambda: clinic.working_time.set_hours(1, [], []), ValidationError, "at least one weekday")


def test_hours_that_bookings_need_are_kept_unless_told_and_then_the_bookings_are_marked(
    clinic: ClinicServices,
) -> None:
    s = clinic
    refused(
        s,
        lambda: s.working_time.set_hours(1, [0], parse_blocks("08:00-12:00"), NEXT_MONDAY),
        OutsideHoursError,
        r"would leave 1 booking outside working hours: Ines Ortega Mon 2026-11-30 15:00-15:30 with Dr Lind",
    )
    try:
        s.working_time.set_hours(1, [0], parse_blocks("08:00-12:00"), NEXT_MONDAY)
    except OutsideHoursError as error:
        assert [b.appointment_id for b in error.bookings] == [1]
    s.working_time.set_hours(1, [0], parse_blocks("08:00-12:00"), NEXT_MONDAY, keep_bookings=True)
    assert [str(b) for b in s.appointments.availability(1, NEXT_MONDAY)] == ["08:00-12:00"]
    assert s.appointments.entry(1).appointment.status.occupies_time  # the booking stays where it was
    marked, hours = trail(s)[-2:]
    assert (marked.entity, marked.entity_id, marked.patient_id) == ("appointment", "1", 1)
    assert marked.after["override_reason"].startswith(
        "Outside working hours since 2026-11-23: Dr Lind's hours"
    )
    assert hours.entity == "hours" and hours.after["bookings_outside_hours"] == [1]


# --- extra sessions, time off, closures -----------------------------------------------------------------


def test_extra_sessions_are_added_listed_and_removed(clinic: ClinicServices) -> None:
    s = clinic
    saturday = date(2026, 11, 28)
    session = s.working_time.add_extra_session(1, saturday, TimeBlock(time(9), time(12)))
    assert [str(b) for b in s.appointments.availability(1, saturday)] == ["09:00-12:00"]
    assert s.working_time.extra_sessions(1) == [session]
    assert last(s).after == {"provider_id": 1, "day": "2026-11-28", "block": "09:00-12:00"}
    refused(s, lambda: s.working_time.add_extra_session(1, saturday, TimeBlock(time(11), time(13))),
            ValidationError, "already an extra session 09:00-12:00")  # fmt: skip
    refused(s, lambda: s.working_time.add_extra_session(1, date(2026, 11, 1), TimeBlock(time(9), time(12))),
            ValidationError, "has passed")  # fmt: skip
    book(s, "2026-11-28T10:00")
    refused(s, lambda: s.working_time.remove_extra_session(session.id), OutsideHoursError, "Ines Ortega Sat")
    s.working_time.remove_extra_session(session.id, keep_bookings=True)
    assert s.working_time.extra_sessions(1) == []
    assert (last(s).action, last(s).entity) == ("delete", "extra_session")


def test_time_off_over_a_booking_is_refused_naming_it_unless_kept(clinic: ClinicServices) -> None:
    s = clinic
    refused(s, lambda: s.working_time.add_time_off(1, NEXT_MONDAY, TODAY), ValidationError, "end on or after")
    three_days = NEXT_MONDAY + timedelta(days=2)
    refused(s, lambda: s.working_time.add_time_off(1, NEXT_MONDAY, three_days, "course"), OutsideHoursError,
            "Dr Lind's time off from 2026-11-30 to 2026-12-02 would leave 1 booking")  # fmt: skip
    off = s.working_time.add_time_off(1, date(2026, 12, 7), date(2026, 12, 8), " training  course ")
    assert (off.reason, s.working_time.time_off(1)) == ("training course", [off])
    assert last(s).after == {"provider_id": 1, "first": "2026-12-07", "last": "2026-12-08",
                             "reason": "training course", "bookings_outside_hours": []}  # fmt: skip
    s.working_time.add_time_off(1, NEXT_MONDAY, NEXT_MONDAY, "ill", keep_bookings=True)
    assert s.appointments.availability(1, NEXT_MONDAY) == []
    s.working_time.remove_time_off(off.id)
    assert (last(s).action, last(s).entity, last(s).before["reason"]) == (
        "delete",
        "time_off",
        "training course",
    )
    assert [o.reason for o in s.working_time.time_off()] == ["ill"]


def test_a_closure_names_every_provider_s_booking_it_would_strand(clinic: ClinicServices) -> None:
    s = clinic
    s.resources.add_provider("Dr Okafor")
    s.working_time.set_hours(2, MON_FRI, parse_blocks("09:00-17:00"))
    s.appointments.book(BookingRequest(1, 2, "Consultation", s.time.parse_local("2026-11-30T09:00")))
    with pytest.raises(OutsideHoursError) as error:
        s.working_time.add_closure(NEXT_MONDAY, NEXT_MONDAY, "building works")
    assert "2 bookings" in error.value.message and "with Dr Okafor" in error.value.message
    closure = s.working_time.add_closure(date(2026, 12, 24), date(2026, 12, 24), "Christmas Eve")
    assert s.working_time.closures() == [closure]
    assert s.appointments.availability(1, date(2026, 12, 24)) == []
    s.working_time.remove_closure(closure.id)
    assert s.working_time.closures() == [] and last(s).entity == "closure"


# --- stock ----------------------------------------------------------------------------------------------


def test_a_lot_expiring_in_the_past_is_not_received(clinic: ClinicServices) -> None:
    s = clinic
    refused(
        s,
        lambda: s.stock.receive(ONA, "OLD1", date(2026, 11, 22), 5),
        ValidationError,
        "expired on 2026-11-22",
    )
    lot = s.stock.receive(ONA, "C1", TODAY, 5)  # expiring today: usable today
    assert (last(s).action, last(s).entity, last(s).after["lot"]) == ("create", "lot", "C1")
    assert [x.status for x in s.stock.stock()] == ["expires in 0 days"] and lot.vials_left == 5


def test_the_count_is_adjusted_with_a_reason_and_never_below_nothing(clinic: ClinicServices) -> None:
    s = clinic
    lot = s.stock.receive(ONA, "C1", date(2027, 6, 30), 5)
    refused(s, lambda: s.stock.adjust(lot.id, -1, "   "), ValidationError, "Say why")
    refused(s, lambda: s.stock.adjust(lot.id, 0, "count"), ValidationError, "number of vials")
    refused(s, lambda: s.stock.adjust(lot.id, -6, "lost"), ValidationError, "has 5 vials left; 6 cannot")
    after = s.stock.adjust(lot.id, -2, "vial  dropped")
    assert after.vials_left == 3 and after.vials_adjusted == -2
    assert s.stock.adjust(lot.id, 1, "found in the fridge count").vials_left == 4
    assert [(a.vials, a.reason) for a in s.stock.adjustments(lot.id)] == [
        (-2, "vial dropped"), (1, "found in the fridge count"),
    ]  # fmt: skip
    assert (last(s).action, last(s).before, last(s).after) == (
        "adjust", {"lot": "C1", "vials_left": 3}, {"lot": "C1", "vials_left": 4, "vials": 1,
                                                   "reason": "found in the fridge count"},
    )  # fmt: skip
    assert s.treatments.usable_lots(ONA, TODAY)[0].vials_left == 4  # charting sees the same count


def test_what_expires_soon_is_listed_first(clinic: ClinicServices) -> None:
    s = clinic
    s.stock.receive(ONA, "LATE", date(2027, 9, 30), 5)
    s.stock.receive(ONA, "SOON", TODAY + timedelta(days=20), 5)
    empty = s.stock.receive(ONA, "GONE", TODAY + timedelta(days=10), 1)
    s.stock.adjust(empty.id, -1, "broken")
    assert [x.lot.lot_number for x in s.stock.stock()] == ["SOON", "LATE", "GONE"]
    assert [(x.lot.lot_number, x.status) for x in s.stock.expiring_soon()] == [("SOON", "expires in 20 days")]


SLOW = 0.3  # seconds the lot's update is held up, so that both workstations have read the count


def test_two_workstations_taking_the_last_vials_at_once_cannot_both_succeed(
    clinic: ClinicServices, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both read 5 vials left and take 3; the database lets one through. Two threads, each with its
    own connection (as the window's workers have), start together behind a barrier, and the write
    is slowed where the race lives (the lot's update: a trigger sleeping on PostgreSQL, the store's
    call on SQLite), so both have read the count before either has written."""
    s = clinic
    lot = s.stock.receive(ONA, "C1", date(2027, 6, 30), 5)
    if backend == "postgresql":
        s.store.database.execute_sql(
            "CREATE FUNCTION slow_lot() RETURNS trigger AS $$ BEGIN PERFORM pg_sleep("
            f"{SLOW}); RETURN NEW; END $$ LANGUAGE plpgsql"
        )
        s.store.database.execute_sql(
            "CREATE TRIGGER slow_lot BEFORE UPDATE ON lot FOR EACH ROW EXECUTE FUNCTION slow_lot()"
        )
    else:
        from clinic_desktop.store.setup import SetupRecords

        real = SetupRecords.adjust_lot

        def slow(self: SetupRecords, *args: Any) -> Any:
            threading.Event().wait(SLOW)
            return real(self, *args)

        monkeypatch.setattr(SetupRecords, "adjust_lot", slow)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def take() -> None:
        barrier.wait()
        try:
            s.stock.adjust(lot.id, -3, "returned to the supplier")
            outcomes.append("taken")
        except ClinicError as exc:
            outcomes.append(exc.message)
        finally:
            s.end_thread()

    threads = [threading.Thread(target=take) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert outcomes.count("taken") == 1, outcomes
    refusal = next(o for o in outcomes if o != "taken")
    assert "has 2 vials left; 3 cannot be taken away" in refusal
    assert s.store.treatments.lot(lot.id).vials_left == 2
    assert [a.vials for a in s.store.setup.adjustments(lot.id)] == [-3]
    assert [e.entity for e in trail(s)].count("lot") == 2  # the receipt and the one adjustment


# --- the clinic's own measures --------------------------------------------------------------------------


def test_a_clinic_measure_changes_within_its_scores_and_goes_only_unused(clinic: ClinicServices) -> None:
    s = clinic
    s.treatments.add_measure(Measure("neck_pain", "Neck pain", Decimal(0), Decimal(10), "/10"))
    s.treatments.add_outcome(1, "neck_pain", "7", TODAY)
    changed = s.catalogue.change_measure(
        Measure("neck_pain", " Neck  pain score ", Decimal(0), Decimal(20), "points")
    )
    assert (changed.label, changed.high, changed.unit) == ("Neck pain score", Decimal(20), "points")
    assert (last(s).action, last(s).after["label"]) == ("change", "Neck pain score")
    refused(s, lambda: s.catalogue.change_measure(Measure("neck_pain", "Neck", Decimal(0), Decimal(5))),
            ValidationError, "1 score of Neck pain score lie between 7 and 7")  # fmt: skip
    refused(s, lambda: s.catalogue.change_measure(Measure("neck_pain", "Neck", Decimal(5), Decimal(5))),
            ValidationError, "lowest value must be below")  # fmt: skip
    refused(s, lambda: s.catalogue.change_measure(Measure("midas", "MIDAS", Decimal(0), Decimal(9))),
            ValidationError, "built-in")  # fmt: skip
    refused(s, lambda: s.catalogue.remove_measure("neck_pain"), ConflictError, "1 score of Neck pain score")
    s.treatments.add_measure(Measure("jaw", "Jaw opening", Decimal(0), Decimal(60), "mm", False))
    s.catalogue.remove_measure("jaw")
    assert "jaw" not in [m.code for m in s.treatments.measures()]
    assert (last(s).action, last(s).entity_id) == ("delete", "jaw")


# --- the set-up checklist ---------------------------------------------------------------------------------


def test_a_new_clinic_learns_what_it_needs_before_it_can_book(services: ClinicServices) -> None:
    s = services
    status = s.setup.status()
    assert not status.can_book and not status.named and not s.setup.can_book()
    assert [page for page, _ in status.missing()] == ["providers", "types"]
    lind = s.resources.add_provider("Dr Lind", indications=[MIGRAINE, Indication.OVERACTIVE_BLADDER])
    assert [page for page, _ in s.setup.status().missing()] == ["hours", "types"]
    assert [t.name for t in s.setup.suggested_types()] == [
        "Consultation", "Migraine treatment", "Bladder procedure", "Review",
    ]  # fmt: skip
    made = s.setup.add_suggested_types(["consultation", "Bladder procedure"])
    assert [(t.name, t.minutes, t.room_kind, t.is_treatment) for t in made] == [
        ("Consultation", 45, None, False), ("Bladder procedure", 60, "procedure", True),
    ]  # fmt: skip
    assert [t.name for t in s.setup.suggested_types()] == ["Migraine treatment", "Review"]
    assert [e.entity for e in trail(s)[-2:]] == ["appointment_type", "appointment_type"]
    s.working_time.set_hours(lind.id, MON_FRI, parse_blocks("08:00-17:00"))
    status = s.setup.status()
    assert status.can_book and s.setup.can_book() and [page for page, _ in status.missing()] == ["rooms"]
    assert "Bladder procedure needs a kind of room" in status.missing()[0][1]
    s.clinic.set_setting("name", "Lind Pain Clinic")
    s.resources.add_room("Procedure room", "procedure")
    assert s.setup.status().missing() == [] and s.setup.status().named
    refused(
        s, lambda: s.setup.add_suggested_types(["Botox party"]), ValidationError, "not one of the suggested"
    )
    refused(s, lambda: s.setup.add_suggested_types([]), ValidationError, "Tick the")
    refused(s, lambda: s.setup.add_suggested_types(["Consultation"]), ConflictError, "already")


def test_hours_that_ended_do_not_count_as_working(services: ClinicServices) -> None:
    s = services
    lind = s.resources.add_provider("Dr Lind")
    s.resources.add_type("Consultation", 30)
    s.working_time.set_hours(lind.id, [0], parse_blocks("08:00-12:00"))
    s.working_time.set_hours(lind.id, [0], [], date(2026, 11, 1))  # stopped working Mondays
    assert not s.setup.status().can_book and not s.setup.can_book()


# --- who may ---------------------------------------------------------------------------------------------

MANAGER_ONLY: dict[str, Callable[[ClinicServices], object]] = {
    "settings": lambda s: s.clinic.set_settings({"name": "Clinic"}),
    "change provider": lambda s: s.resources.change_provider(1, "Dr Lind", "MD", "#0072b2", [MIGRAINE]),
    "change room": lambda s: s.resources.change_room(1, "Room", "exam"),
    "remove room": lambda s: s.resources.remove_room(1),
    "change type": lambda s: s.resources.change_type(1, "Consultation", 30, None, None, "#7a8a9c", False),
    "remove type": lambda s: s.resources.remove_type(2),
    "hours": lambda s: s.working_time.set_hours(1, [5], parse_blocks("09:00-12:00")),
    "extra session": lambda s: s.working_time.add_extra_session(
        1, date(2026, 12, 5), TimeBlock(time(9), time(10))
    ),
    "remove extra session": lambda s: s.working_time.remove_extra_session(1),
    "time off": lambda s: s.working_time.add_time_off(1, date(2026, 12, 7), date(2026, 12, 7)),
    "remove time off": lambda s: s.working_time.remove_time_off(1),
    "closure": lambda s: s.working_time.add_closure(date(2026, 12, 24), date(2026, 12, 24)),
    "remove closure": lambda s: s.working_time.remove_closure(1),
    "suggested types": lambda s: s.setup.add_suggested_types(["Review"]),
}
STOCK_KEEPERS: dict[str, Callable[[ClinicServices], object]] = {
    "receive": lambda s: s.stock.receive(ONA, "N1", date(2027, 6, 30), 1),
    "adjust": lambda s: s.stock.adjust(1, 1, "found"),
    "adjustments": lambda s: s.stock.adjustments(1),
    "stock": lambda s: s.stock.stock(),
    "change measure": lambda s: s.catalogue.change_measure(Measure("jaw", "Jaw", Decimal(0), Decimal(70))),
    "remove measure": lambda s: s.catalogue.remove_measure("jaw"),
}
ANYONE: dict[str, Callable[[ClinicServices], object]] = {
    "status": lambda s: s.setup.status(),
    "can book": lambda s: s.setup.can_book(),
    "suggestions": lambda s: s.setup.suggested_types(),
    "hours list": lambda s: s.working_time.hours(1),
    "extra sessions list": lambda s: s.working_time.extra_sessions(1),
    "time off list": lambda s: s.working_time.time_off(),
    "closures list": lambda s: s.working_time.closures(),
}


@pytest.fixture
def furnished(clinic: ClinicServices) -> Iterator[ClinicServices]:
    """Something for every use case to act on (as the software itself)."""
    s = clinic
    s.resources.add_room("Room", "exam")
    s.resources.add_type("Spare", 15)
    s.working_time.add_extra_session(1, date(2026, 12, 5), TimeBlock(time(14), time(15)))
    s.working_time.add_time_off(1, date(2026, 12, 14), date(2026, 12, 14))
    s.working_time.add_closure(date(2026, 12, 31), date(2026, 12, 31))
    s.stock.receive(ONA, "C1", date(2027, 6, 30), 5)
    s.treatments.add_measure(Measure("jaw", "Jaw opening", Decimal(0), Decimal(60), "mm"))
    yield s
    s.session = SYSTEM


@pytest.mark.parametrize("role", [Role.RECEPTION, Role.PROVIDER, Role.MANAGER, None], ids=str)
def test_who_may_change_the_set_up(furnished: ClinicServices, role: Role | None) -> None:
    s = furnished
    s.session = None if role is None else Session(f"{role} user", role, user_id=None)
    wrong: list[str] = []
    cases = [(n, a, Role.MANAGER) for n, a in MANAGER_ONLY.items()]
    cases += [(n, a, "stock") for n, a in STOCK_KEEPERS.items()]
    cases += [(n, a, "anyone") for n, a in ANYONE.items()]
    for name, act, who in cases:
        allowed = role is not None and (
            who == "anyone" or role is Role.MANAGER or (who == "stock" and role is Role.PROVIDER)
        )
        entries = s.store.audit.count()
        try:
            act(s)
        except PermissionDeniedError as exc:
            if allowed:
                wrong.append(f"{name}: refused ({exc.message})")
            elif s.store.audit.count() != entries:
                wrong.append(f"{name}: refused, but something was written")
            elif role is not None and "needs the" not in exc.message:
                wrong.append(f"{name}: refused as {exc.message!r}")
            continue
        if not allowed:
            wrong.append(f"{name}: allowed")
    assert wrong == []


# --- on the real clock ----------------------------------------------------------------------------------


def test_receiving_and_the_checklist_on_the_real_clock(new_database: NewDatabase) -> None:
    """No fixed now: the real clock has fractions of a second, and today is the computer's."""
    s = ClinicServices.open(new_database("real"))
    try:
        today = s.time.local_date(s.now())
        refused(
            s, lambda: s.stock.receive(ONA, "Y1", today - timedelta(days=1), 1), ValidationError, "expired"
        )
        assert s.stock.receive(ONA, "T1", today, 1).expires_on == today
        lind = s.resources.add_provider("Dr Lind")
        s.resources.add_type("Consultation", 30)
        s.working_time.set_hours(lind.id, range(7), parse_blocks("00:00-23:55"), today)
        assert s.setup.status().can_book and s.setup.status().lots == 1
        s.working_time.set_hours(lind.id, range(7), [], today + timedelta(days=1))
        assert s.setup.status().can_book and s.setup.can_book()  # still works today
    finally:
        s.close()


def test_the_follow_up_lead_time_decides_how_early_the_recall_list_shows_a_patient(
    clinic: ClinicServices,
) -> None:
    """Ines was treated on 11 Sep 2026: due from 4 Dec, 11 days after today (the 84-day interval)."""
    s = clinic
    s.stock.receive(ONA, "C1", date(2027, 6, 30), 5)
    sites = (SiteDose("frontalis", Side.BILATERAL, Decimal(20), 4),)
    s.appointments.cancel(1, "treated instead")
    s.treatments.record(
        TreatmentDraft(1, 1, s.time.parse_local("2026-09-11T09:00"), MIGRAINE, ONA, "C1", sites),
        "before the booking",
    )
    assert [r.due_from for r in s.followups.recalls()] == [date(2026, 12, 4)]  # within 28 days
    s.clinic.set_setting("recall_lead_days", "7")
    assert s.followups.recalls() == []
    assert len(s.followups.recalls(horizon_days=14)) == 1  # a horizon asked for still wins
