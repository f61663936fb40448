"""The demo clinic: deterministic, realistic in shape, and never double-booked."""

import hashlib
import math
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

import pytest

from clinic_desktop.domain.codes import AppointmentStatus, Indication, Product
from clinic_desktop.domain.errors import ConflictError, ValidationError
from clinic_desktop.domain.outcomes import BUILTIN_MEASURES, HEADACHE_DAYS
from clinic_desktop.domain.safety import DOSE_WINDOW_LIMIT, MIN_INTERVAL_DAYS, PastDose, window_total
from clinic_desktop.domain.treatment_record import total_units
from clinic_desktop.services import ClinicServices, Clock
from tests.conftest import FIXED_NOW, NewDatabase

TABLES = (
    "provider", "room", "appointment_type", "working_hours", "patient", "appointment",
    "condition", "consent", "lot", "reconstitution", "treatment", "treatment_site", "outcome",
)  # fmt: skip


def fingerprint(services: ClinicServices) -> str:
    digest = hashlib.sha256()
    for table in TABLES:
        for row in services.store.database.execute_sql(f"SELECT * FROM {table} ORDER BY id").fetchall():
            digest.update(repr(row).encode())
    return digest.hexdigest()


def build(location: str, seed: int) -> str:
    services = ClinicServices.open(location, Clock(FIXED_NOW))
    try:
        report = services.demo.generate(patients=200, providers=2, years=1, seed=seed)
        assert report.treatments == services.treatments.count() > 0 and report.outcomes > 0
        return fingerprint(services)
    finally:
        services.close()


def test_same_seed_same_clinic(new_database: NewDatabase) -> None:
    assert build(new_database("a"), 5) == build(new_database("b"), 5)
    assert build(new_database("c"), 6) != build(new_database("a2"), 5)


def test_demo_shape(demo_services: ClinicServices) -> None:
    s = demo_services
    assert s.clinic.check() == []
    types = {t.name: t for t in s.resources.types()}
    for needed in ("Consultation", "Migraine treatment", "Dystonia treatment", "Review"):
        assert needed in types
    assert any(r.kind == "procedure" for r in s.resources.rooms())
    assert types["Bladder procedure"].room_kind == "procedure"
    # five working days with a lunch break
    week = s.resources.week(s.resources.providers()[0].id)
    assert [len(day.blocks) for day in week] == [2, 2, 2, 2, 2, 0, 0]

    rows = s.store.database.execute_sql(
        "SELECT a.patient_id, a.start_at, a.status, t.is_treatment, t.indication FROM appointment a "
        "JOIN appointment_type t ON t.id = a.appointment_type_id ORDER BY a.patient_id, a.start_at"
    ).fetchall()
    statuses = {r[2] for r in rows}
    assert {"completed", "no_show", "cancelled", "booked"} <= statuses
    # about three months between a patient's treatments, never under 84 days
    gaps = []
    treatments: dict[int, list[date]] = defaultdict(list)
    for patient, start, status, is_treatment, _ in rows:
        if is_treatment and status in ("completed", "booked", "confirmed"):
            treatments[patient].append(date.fromisoformat(str(start)[:10]))  # text on SQLite
    for days in treatments.values():
        gaps += [(b - a).days for a, b in zip(days, days[1:], strict=False)]
    assert gaps and min(gaps) >= 84
    median = sorted(gaps)[len(gaps) // 2]
    assert 84 <= median <= 110


def test_demo_appointments_fall_inside_working_hours_in_local_time(demo_services: ClinicServices) -> None:
    s = demo_services
    clinic_time = s.time
    for day_offset in range(-40, 40, 7):
        day = s.schedule.today() + timedelta(days=day_offset)
        for entry in s.schedule.day(day).entries:
            start = clinic_time.to_local(entry.appointment.start)
            end = clinic_time.to_local(entry.appointment.end)
            assert start.weekday() < 5
            assert (start.hour, start.minute) >= (7, 30) and (end.hour, end.minute) <= (18, 0)
            lunch_start, lunch_end = (12, 30), (13, 0)
            assert not ((start.hour, start.minute) < lunch_end and (end.hour, end.minute) > lunch_start)


def test_no_holidays_and_past_is_settled(demo_services: ClinicServices) -> None:
    import holidays

    s = demo_services
    closed = holidays.country_holidays("US", subdiv="NY", years=[2025, 2026, 2027])
    for day in closed:
        if s.schedule.today() - timedelta(days=365) <= day <= s.schedule.today() + timedelta(days=365):
            assert s.schedule.day(day).entries == []
    yesterday = s.schedule.day(s.schedule.today() - timedelta(days=1))
    for entry in yesterday.entries:
        assert entry.appointment.status in (
            AppointmentStatus.COMPLETED,
            AppointmentStatus.NO_SHOW,
            AppointmentStatus.CANCELLED,
        )


def test_demo_only_fills_an_empty_database(demo_services: ClinicServices) -> None:
    with pytest.raises(ConflictError, match="already holds a clinic"):
        demo_services.demo.generate(patients=10, providers=1, years=1)
    skipped = demo_services.demo.generate(patients=10, providers=1, years=1, if_empty=True)
    assert skipped.skipped and demo_services.clinic.info().counts["patients"] == 300


def test_demo_respects_a_time_zone_set_before(services: ClinicServices) -> None:
    services.clinic.set_setting("timezone", "Europe/Vienna")
    services.demo.generate(patients=20, providers=1, years=1)
    assert services.clinic.settings().timezone == "Europe/Vienna"


def test_demo_limits(services: ClinicServices) -> None:
    with pytest.raises(ValidationError):
        services.demo.generate(patients=0)


def test_demo_treatments_follow_the_completed_treatment_visits(demo_services: ClinicServices) -> None:
    s = demo_services
    rows = s.store.database.execute_sql(
        "SELECT t.id, t.provider_id, t.performed_at, t.indication, a.provider_id, a.start_at, a.status, "
        "y.indication, a.patient_id, t.patient_id FROM treatment t JOIN appointment a "
        "ON a.id = t.appointment_id JOIN appointment_type y ON y.id = a.appointment_type_id"
    ).fetchall()
    assert len(rows) == s.treatments.count() > 100
    for _, provider, performed, indication, a_provider, start, status, type_indication, *patients in rows:
        assert status == "completed" and indication == type_indication and provider == a_provider
        assert performed == start and patients[0] == patients[1]
    visits = s.store.database.execute_sql(
        "SELECT count(*) FROM appointment a JOIN appointment_type y ON y.id = a.appointment_type_id "
        "WHERE a.status = 'completed' AND y.indication IS NOT NULL"
    ).fetchone()[0]
    assert len(rows) >= 0.95 * visits  # only the few a dose rule would break are left out
    assert len({r[3] for r in rows}) == 6


def test_demo_treatments_keep_the_clinical_rules(demo_services: ClinicServices) -> None:
    s = demo_services
    used: dict[str, int] = defaultdict(int)
    migraine = 0
    for patient in range(1, 301):
        records = sorted(s.treatments.for_patient(patient), key=lambda t: t.performed_at)
        for t in records:
            assert t.total_units == total_units(t.sites) > 0
            assert t.product is Product.ONABOTULINUMTOXINA and t.signed and t.signed_by == t.provider_name
            assert t.consent_checked and t.aftercare_given and t.appointment_id is not None
            assert t.performed_on == s.time.local_date(t.performed_at)
            assert t.performed_on <= t.lot_expires_on  # the lot was in date that day
            assert t.diluent_ml in (2, 4, 10) and 0 <= t.waste_units < 100
            used[t.lot_number] += math.ceil(t.total_units / 100)
        days = [t.performed_on for t in records]
        assert all((b - a).days >= MIN_INTERVAL_DAYS for a, b in zip(days, days[1:], strict=False))
        doses = [PastDose(t.performed_on, t.product, t.total_units) for t in records]
        assert all(window_total(day, doses) <= DOSE_WINDOW_LIMIT for day in days)
        if records and records[0].indication is Indication.CHRONIC_MIGRAINE:
            migraine += 1
            assert records[0].protocol == "PREEMPT" and 155 <= records[0].total_units <= 195
            scores = s.treatments.outcomes(patient)
            baseline = [x for x in scores[HEADACHE_DAYS] if x.day <= days[0]]
            assert baseline and 15 <= baseline[-1].value <= 28
            assert s.treatments.migraine_status(patient).baseline == baseline[-1].value
    assert migraine > 20
    for lot in s.treatments.lots():
        assert lot.vials_used == used[lot.lot_number] <= lot.vials_received
    ranges = {m.code: (m.low, m.high) for m in BUILTIN_MEASURES}
    for measure, value in s.store.database.execute_sql("SELECT measure, value FROM outcome").fetchall():
        low, high = ranges[measure]
        assert low <= Decimal(str(value)) <= high
