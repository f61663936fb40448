"""Children's doses by weight through the services, on both engines (issue 21): weighings kept and
audited; charting refused without a weight from the last 90 days; a 20 kg child's 120 U into the
upper limb allowed and 121 U stored only with a reason; the lower of the per-kg and absolute
limits for a heavy adolescent; a patient turning 18 between two treatments; one session of two
indications; an amendment; the weight-based template; the follow-up engine, booking and the day
list using the child's limit for the planned dose; on the real clock; and two desks charting one
child at once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal

import pytest

from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.errors import OverrideRequiredError, ValidationError
from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.domain.protocols import PAEDIATRIC_UPPER_LIMB
from clinic_desktop.domain.safety import Level, Rule
from clinic_desktop.domain.treatment_record import SiteDose, TreatmentRecord
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.domain.weights import WeightUnit
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.services.treatments import ClinicalRuleError
from tests.desks import at_once
from tests.services.test_concurrent_charting import slow_treatment_inserts

ONA = Product.ONABOTULINUMTOXINA
ULS, LLS = Indication.UPPER_LIMB_SPASTICITY, Indication.LOWER_LIMB_SPASTICITY
UPPER = "Upper limb spasticity, paediatric (per kg)"
# Now is Monday 23 Nov 2026, 10:00 in New York (tests/conftest.py, FIXED_NOW).
TODAY = date(2026, 11, 23)


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    """New York; Dr Lind treats spasticity Mon-Fri 08:00-12:00, 13:00-17:00; patients: 1 Maya
    (7), 2 Noah (7), 3 Ines (46), 4 Leo (16), 5 Sam (turns 18 on 20 Aug 2026)."""
    s = services
    for key, value in (("timezone", "America/New_York"), ("country", "US"), ("subdivision", "NY")):
        s.clinic.set_setting(key, value)
    lind = s.resources.add_provider("Dr Lind", indications=[ULS, LLS, Indication.CHRONIC_MIGRAINE])
    for day in range(5):
        s.resources.set_hours(lind.id, day, parse_blocks("08:00-12:00,13:00-17:00"))
    s.resources.add_type("Spasticity treatment", 30, None, "upper_limb_spasticity")
    for given, family, born in (
        ("Maya", "Reyes", "2019-05-02"),
        ("Noah", "Berg", "2019-03-14"),
        ("Ines", "Ortega", "1980-04-02"),
        ("Leo", "Novak", "2010-01-10"),
        ("Sam", "Kerr", "2008-08-20"),
    ):
        s.patients.add(PatientInput(given, family, born))
    s.treatments.add_lot(ONA, "C1", date(2027, 6, 30), 60)
    return s


def arm(units: str | int, side: Side = Side.LEFT) -> tuple[SiteDose, ...]:
    return (SiteDose("biceps brachii", side, Decimal(str(units)), 4),)


def leg(units: str | int) -> tuple[SiteDose, ...]:
    return (SiteDose("gastrocnemius (medial head)", Side.LEFT, Decimal(str(units)), 2),)


def draft(
    s: ClinicServices,
    patient: int,
    local: str,
    sites: tuple[SiteDose, ...],
    indication: Indication = ULS,
) -> TreatmentDraft:
    return TreatmentDraft(
        patient, 1, s.time.parse_local(local), indication, ONA, "C1", sites, waste_units=Decimal(0)
    )


def chart(
    s: ClinicServices,
    patient: int,
    local: str,
    sites: tuple[SiteDose, ...],
    indication: Indication = ULS,
    reason: str = "",
) -> TreatmentRecord:
    return s.treatments.record(draft(s, patient, local, sites, indication), reason).treatment


def refused(s: ClinicServices, *args: object, **kwargs: object) -> ClinicalRuleError:
    with pytest.raises(ClinicalRuleError) as caught:
        chart(s, *args, **kwargs)  # type: ignore[arg-type]
    return caught.value


def test_weighings_are_kept_the_newest_used_pounds_stored_as_kilograms_and_audited(
    clinic: ClinicServices,
) -> None:
    s = clinic
    s.patients.add_weight(1, "18.5", "2026-06-01")
    s.patients.add_weight(1, "44", date(2026, 11, 20), WeightUnit.LB)
    assert [(w.kg, w.on) for w in s.patients.weights(1)] == [
        (Decimal("19.96"), date(2026, 11, 20)),
        (Decimal("18.50"), date(2026, 6, 1)),
    ]
    chart = s.patients.chart(1)
    assert chart.weight is not None and chart.weight.kg == Decimal("19.96")
    for bad, words in (
        (("20", "2026-11-24"), "a day after today"),
        (("20", "2019-05-01"), "before the patient was born"),
        (("twenty", None), "is not a weight"),
        (("0.3", None), "not a weight a person has"),
    ):
        with pytest.raises(ValidationError, match=words):
            s.patients.add_weight(1, *bad)
    assert len(s.patients.weights(1)) == 2  # nothing written by a refusal
    entries = [e for e in s.audit.entries(patient_id=1) if e.entity == "weight"]
    assert sorted(e.after["measured_on"] for e in entries) == ["2026-06-01", "2026-11-20"]
    assert {e.after["kg"] for e in entries} == {"18.50", "19.96"}


def test_a_child_without_a_weight_from_the_last_90_days_is_refused_whatever_the_reason(
    clinic: ClinicServices,
) -> None:
    s = clinic
    error = refused(s, 1, "2026-11-23T09:00", arm(60), reason="the scale is broken")
    assert [(f.rule, f.level) for f in error.findings] == [(Rule.PAEDIATRIC_WEIGHT, Level.REFUSE)]
    assert "Under 18, doses are set by weight" in error.message and "None is on record" in error.message
    s.patients.add_weight(1, "20", "2026-08-24")  # 91 days before today
    error = refused(s, 1, "2026-11-23T09:00", arm(60))
    assert "20 kg on 2026-08-24, is 91 days old" in error.message
    assert s.treatments.for_patient(1) == []
    s.patients.add_weight(1, "21", "2026-08-25")  # 90 days
    t = chart(s, 1, "2026-11-23T09:00", arm(60))
    assert t.weight_kg == Decimal(21) and t.overrides == ()


def test_a_20_kg_child_may_have_120_units_in_the_upper_limb_and_121_only_with_a_reason(
    clinic: ClinicServices,
) -> None:
    s = clinic
    for child in (1, 2):
        s.patients.add_weight(child, "20")
    allowed = chart(s, 1, "2026-11-23T09:00", arm(120))
    assert (allowed.total_units, allowed.weight_kg, allowed.overrides) == (Decimal(120), Decimal(20), ())
    error = refused(s, 2, "2026-11-23T09:00", arm(121))
    assert [f.rule for f in error.findings] == [Rule.PAEDIATRIC_DOSE]
    assert "121 U of onabotulinumtoxinA for upper limb spasticity is 6.05 U/kg at 20 kg" in error.message
    assert "at most 6 Units/kg or 200 Units, whichever is lower (120 U)" in error.message
    assert error.message.endswith("Give an override reason to record it anyway.")
    assert s.treatments.for_patient(2) == []
    reason = "Severe flexion; agreed with the family and the team"
    kept = chart(s, 2, "2026-11-23T09:00", arm(121), reason=reason)
    assert [(o.rule, o.reason, o.by) for o in kept.overrides] == [("paediatric_dose", reason, "Dr Lind")]
    (entry,) = [e for e in s.audit.entries(patient_id=2) if e.entity == "treatment"]
    assert entry.after["overrides"] == ["paediatric_dose"] and entry.after["override_reason"] == reason


def test_a_heavy_adolescent_gets_the_lower_of_the_per_kg_and_the_absolute_limit(
    clinic: ClinicServices,
) -> None:
    s = clinic
    s.patients.add_weight(4, "60")  # 16 years old: 6 U/kg would be 360 U
    error = refused(s, 4, "2026-11-23T09:00", arm(201))
    assert "3.35 U/kg at 60 kg" in error.message and "(200 U)" in error.message
    assert chart(s, 4, "2026-11-23T09:00", arm(200)).weight_kg == Decimal(60)


def test_a_patient_turning_18_between_two_treatments(clinic: ClinicServices) -> None:
    """Sam is 17 on 19 Aug 2026 (weighed, a child's limit) and 18 from 20 Aug: on 18 Nov no weight
    is asked, and the adult 400 U window counts the dose given as a child."""
    s = clinic
    s.patients.add_weight(5, "60", "2026-08-19")
    with pytest.raises(ClinicalRuleError, match=r"\(200 U\)"):
        chart(s, 5, "2026-08-19T09:00", arm(201))
    chart(s, 5, "2026-08-19T09:00", arm(200))
    error = refused(s, 5, "2026-11-18T09:00", arm(201))  # 91 days on: 401 U in 3 months
    assert [f.rule for f in error.findings] == [Rule.DOSE_WINDOW]
    assert "401 U of onabotulinumtoxinA" in error.message
    adult = chart(s, 5, "2026-11-18T09:00", arm(200))  # 90 days after the weighing: not asked
    assert adult.overrides == () and adult.weight_kg is None


def test_one_session_of_two_indications_counts_once_for_the_floor_and_adds_up(clinic: ClinicServices) -> None:
    s = clinic
    for child in (1, 2):
        s.patients.add_weight(child, "20")  # 10 U/kg or 340 U in 3 months: 200 U
    chart(s, 1, "2026-11-23T08:30", arm(100))
    both = chart(s, 1, "2026-11-23T09:00", leg(100), LLS)  # no interval finding: the same session
    assert both.overrides == ()
    chart(s, 2, "2026-11-23T08:30", arm(100))
    error = refused(s, 2, "2026-11-23T09:00", leg(101), LLS)
    assert [f.rule for f in error.findings] == [Rule.PAEDIATRIC_DOSE_WINDOW]
    assert "201 U of onabotulinumtoxinA between 2026-08-23 and 2026-11-23" in error.message
    # An adult: chronic migraine and cervical dystonia at one visit, 400 U together.
    chart(s, 3, "2026-11-23T08:30", arm(155), Indication.CHRONIC_MIGRAINE)
    assert chart(s, 3, "2026-11-23T09:00", arm(245), Indication.CERVICAL_DYSTONIA).overrides == ()


def test_an_amendment_over_a_childs_limit_keeps_its_reason_as_the_override(clinic: ClinicServices) -> None:
    s = clinic
    s.patients.add_weight(1, "20")
    t = chart(s, 1, "2026-11-23T09:00", arm(120))
    amended = s.treatments.amend(t.id, {"sites": arm(130)}, "Units miscounted: 130 U given", "Dr Lind")
    assert amended.total_units == Decimal(130)
    assert [(o.rule, o.reason) for o in amended.overrides] == [
        ("paediatric_dose", "Units miscounted: 130 U given")
    ]


def test_the_weight_based_template_is_charted_in_units_for_the_weight_of_the_day(
    clinic: ClinicServices,
) -> None:
    s = clinic
    with pytest.raises(ValidationError, match="Weigh the patient first"):
        s.treatments.protocol_for(UPPER, 1)
    s.patients.add_weight(1, "20")
    template = s.treatments.protocol_for(UPPER, 1)
    assert template.total_units == Decimal(120) and template.sites[0].units == Decimal(30)
    assert template == PAEDIATRIC_UPPER_LIMB.for_weight(Decimal(20))
    t = chart(s, 1, "2026-11-23T09:00", template.sites)
    assert t.overrides == () and t.total_units == Decimal(120)
    assert s.treatments.protocol_for("PREEMPT", 3).total_units == Decimal(155)  # any other as it is


def test_the_follow_up_engine_holds_a_childs_planned_dose_to_the_childs_limit(clinic: ClinicServices) -> None:
    """Maya (20 kg, weighed 31 Aug) had 120 U on 1 Sep and is re-treated every 84 days: 120 U
    more before 1 Dec would pass 200 U (10 U/kg) in 3 months, and by then her weight is over 90
    days old."""
    s = clinic
    s.patients.add_weight(1, "20", "2026-08-31")
    chart(s, 1, "2026-09-01T09:00", arm(120))
    s.followups.set_interval(1, ULS, 84, 14)
    proposals = s.followups.propose(1, 3, ULS)
    assert proposals
    days = [s.time.local_date(p.start) for p in proposals]
    assert min(days) >= date(2026, 12, 1)
    reasons = proposals[0].reasons
    assert any("Not before 01 Dec 2026" in r and "the child's limit for 3 months" in r for r in reasons)
    assert any(r.startswith("Weigh at the visit") and "20 kg" in r for r in reasons)
    # An adult with the same history is not held back by a child's limit.
    s.treatments.record(draft(s, 3, "2026-09-01T09:00", arm(120)))
    s.followups.set_interval(3, ULS, 84, 14)
    adult = s.followups.propose(3, 3, ULS)
    assert min(s.time.local_date(p.start) for p in adult) < date(2026, 12, 1)
    assert not any("Weigh" in r for p in adult for r in p.reasons)


def test_booking_a_child_whose_planned_dose_is_over_the_limit_for_the_weight_needs_a_reason(
    clinic: ClinicServices,
) -> None:
    """Noah had 150 U at 25 kg on 1 Sep; he weighs 20 kg today, so 150 U is over 120 U."""
    s = clinic
    s.patients.add_weight(2, "25", "2026-08-31")
    chart(s, 2, "2026-09-01T09:00", arm(150))
    s.patients.add_weight(2, "20")
    request = BookingRequest(2, 1, "Spasticity treatment", s.time.parse_local("2026-12-01T09:00"))
    with pytest.raises(OverrideRequiredError) as caught:  # the window asks for the reason
        s.appointments.book(request)
    message = caught.value.message
    assert "The dose planned (150 U, as at Noah Berg's last upper limb spasticity treatment)" in message
    assert "(120 U)" in message and message.endswith("Give an override reason to book it anyway.")
    assert s.clinic.info().counts["appointments"] == 0
    reason = "Dose to be lowered at the visit"
    (booked,) = s.appointments.book(
        BookingRequest(2, 1, "Spasticity treatment", request.start, override_reason=reason)
    ).appointments
    (entry,) = [e for e in s.audit.entries(patient_id=2) if e.entity == "appointment"]
    assert entry.after["override_reason"] == reason
    with pytest.raises(OverrideRequiredError, match=r"The dose planned \(150 U"):
        s.appointments.move(booked.id, s.time.parse_local("2026-12-02T09:00"))
    # Weighed 25 kg again: 150 U is 6 U/kg and the visit books without a reason.
    s.patients.add_weight(2, "25")
    s.appointments.move(booked.id, s.time.parse_local("2026-12-02T09:00"))


def test_the_day_list_prints_units_per_kg_and_asks_to_weigh_a_child(clinic: ClinicServices) -> None:
    s = clinic
    s.patients.add_weight(1, "20", "2026-08-31")
    chart(s, 1, "2026-09-01T09:00", arm(120))
    s.appointments.book(BookingRequest(1, 1, "Spasticity treatment", s.time.parse_local("2026-12-01T09:00")))
    (row,) = s.day_lists.day_list(date(2026, 12, 1), 1).rows
    assert row.last_dose is not None and row.last_dose.weight_kg == Decimal(20)
    assert "120 U (6 U/kg at 20 kg)" in row.last_dose.text(date(2026, 12, 1))
    assert any(
        a.startswith("Weigh before treatment: under 18") and "20 kg on 31 Aug 2026" in a for a in row.alerts
    )
    s.patients.add_weight(1, "21")
    (row,) = s.day_lists.day_list(date(2026, 12, 1), 1).rows
    assert not any(a.startswith("Weigh") for a in row.alerts)
    reception = s.day_lists.day_list(date(2026, 12, 1), 1, reception=True)
    assert reception.rows[0].last_dose is None  # reception's list holds no clinical facts


@pytest.fixture
def live(db_url: str) -> Iterator[ClinicServices]:
    """The clinic on the real clock (fractions of a second and all), as a workstation runs it."""
    s = ClinicServices.open(db_url)
    assert s.clock.fixed is None and s.clock.local_text is None
    yield s
    s.close()


def test_a_child_weighed_today_and_charted_now_on_the_real_clock(live: ClinicServices) -> None:
    s = live
    s.resources.add_provider("Dr Lind")
    today = s.patients.today()
    born = date(today.year - 7, 1, 15)
    # Its own MRN: PostgreSQL on the real clock would otherwise trip issue 18's temporary MRN.
    child = s.patients.add(PatientInput("Maya", "Reyes", born.isoformat()), mrn="M0000101").record.id
    s.treatments.add_lot(ONA, "C1", date(today.year + 2, 1, 1), 5)
    s.patients.add_weight(child, "20")
    now: datetime = s.now()
    over = TreatmentDraft(child, 1, now, ULS, ONA, "C1", arm(121), waste_units=Decimal(0))
    with pytest.raises(ClinicalRuleError, match="6.05 U/kg at 20 kg"):
        s.treatments.record(over)
    kept = s.treatments.record(TreatmentDraft(child, 1, now, ULS, ONA, "C1", arm(120))).treatment
    assert kept.weight_kg == Decimal(20) and kept.performed_on == today
    assert s.treatments.for_patient(child)[0].weight_kg == Decimal(20)


def test_two_desks_charting_one_child_at_once_take_turns_for_the_childs_limit(
    clinic: ClinicServices, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Maya (20 kg: 200 U in 3 months): an arm (100 U) and a leg (101 U) charted at two desks at
    the same moment, each insert slowed at the server (or in the store): the second sees the
    first, so exactly one is refused, naming 201 U."""
    clinic.patients.add_weight(1, "20")
    slow_treatment_inserts(clinic, backend, monkeypatch)
    drafts = [
        draft(clinic, 1, "2026-11-23T08:30", arm(100)),
        draft(clinic, 1, "2026-11-23T09:00", leg(101), LLS),
    ]

    def record(desk: ClinicServices, n: int) -> object:
        return desk.treatments.record(drafts[n])

    stored, errors = at_once(clinic, record, 2)
    assert len(stored) == 1 and len(errors) == 1
    (error,) = errors
    assert isinstance(error, ClinicalRuleError) and "201 U of onabotulinumtoxinA" in error.message
    assert [f.rule for f in error.findings] == [Rule.PAEDIATRIC_DOSE_WINDOW]
    assert len(clinic.treatments.for_patient(1)) == 1
