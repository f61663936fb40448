"""The clinical safety rules at their edges: day 83 vs 84, 400 U vs 401 U, a lot expiring today,
a vial at 24 hours, products never mixed; the dose window checked against brute force."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from clinic_desktop.domain import safety
from clinic_desktop.domain.codes import Indication, Product
from clinic_desktop.domain.safety import Level, PastDose, Planned, Rule
from clinic_desktop.domain.treatments import Lot, Reconstitution

ONA = Product.ONABOTULINUMTOXINA
ABO = Product.ABOBOTULINUMTOXINA
NOW = datetime(2026, 11, 23, 15, tzinfo=UTC)
TODAY = date(2026, 11, 23)


def planned(day: date = TODAY, units: int | str = 155, product: Product = ONA, **extra: object) -> Planned:
    at = datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=14)
    indication = extra.get("indication", Indication.CHRONIC_MIGRAINE)
    return Planned(day, at, indication, product, Decimal(str(units)))  # type: ignore[arg-type]


def rules(findings: list[safety.Finding]) -> set[Rule]:
    return {f.rule for f in findings}


def test_day_83_needs_an_override_and_day_84_does_not() -> None:
    last = TODAY - timedelta(days=84)
    history = [PastDose(last, ONA, Decimal(155))]
    assert safety.interval_finding(TODAY, history) is None
    early = safety.interval_finding(TODAY - timedelta(days=1), history)
    assert early is not None and early.level is Level.OVERRIDE
    assert "Only 83 days" in early.message and f"{TODAY:%Y-%m-%d}" in early.message
    assert safety.next_allowed_day(last) == TODAY


def test_the_interval_counts_any_toxin_and_only_earlier_treatments() -> None:
    history = [PastDose(TODAY - timedelta(days=10), ABO, Decimal(500))]
    assert safety.interval_finding(TODAY, history) is not None  # another product is still a toxin
    later_only = [PastDose(TODAY + timedelta(days=30), ONA, Decimal(155))]
    assert safety.interval_finding(TODAY, later_only) is None


def test_booking_asks_the_same_floor_counting_booked_visits_on_either_side() -> None:
    """interval_clash is charting's rule (interval_finding asks it) with the visits booked added:
    the nearest earlier dose, charted or booked, and a visit booked later that a new one would
    come too soon before."""
    last = TODAY - timedelta(days=84)
    history = [PastDose(last, ONA, Decimal(155))]
    assert safety.interval_clash(TODAY, history) is None  # day 84
    clash = safety.interval_clash(TODAY - timedelta(days=1), history)  # day 83
    assert clash is not None and not clash.booked and not clash.later
    assert (clash.other, clash.first_safe, clash.days, clash.last_injection) == (last, TODAY, 83, last)
    booked = [safety.BookedDose(TODAY)]
    after = safety.interval_clash(TODAY + timedelta(days=2), history, booked)  # two days after a visit
    assert after is not None and after.booked and after.other == TODAY
    assert after.first_safe == TODAY + timedelta(days=84) and after.last_injection == last
    before = safety.interval_clash(
        TODAY + timedelta(days=83), [], [safety.BookedDose(TODAY + timedelta(days=90))]
    )
    assert before is not None and before.later and before.days == 7
    assert safety.interval_clash(TODAY, [], [safety.BookedDose(TODAY + timedelta(days=84))]) is None
    # A visit booked on a day with an injection charted is that injection, not a second dose.
    same_day = [safety.BookedDose(last, 1, ONA, Decimal(155))]
    assert safety.interval_clash(TODAY, history, same_day) is None
    assert safety.with_booked(history, same_day) == history
    # An injection charted later never makes an earlier one too soon (charting, back-dated).
    assert safety.interval_clash(TODAY, [PastDose(TODAY + timedelta(days=30), ONA, Decimal(155))]) is None


def test_a_booked_visit_counts_its_known_planned_dose_in_the_400_unit_window() -> None:
    history = [PastDose(TODAY - relativedelta(months=2), ONA, Decimal(200))]
    known = safety.BookedDose(TODAY - timedelta(days=10), 7, ONA, Decimal(150))
    unknown = safety.BookedDose(TODAY - timedelta(days=9), 8)
    doses = safety.with_booked(history, [known, unknown])
    assert doses == [*history, PastDose(known.day, ONA, Decimal(150))]
    assert safety.dose_window_finding(planned(units=50), doses) is None  # 400 U exactly
    over = safety.dose_window_finding(planned(units=51), doses)
    assert over is not None and "401 U" in over.message


def test_400_units_exactly_is_allowed_and_401_across_two_indications_is_not() -> None:
    # 245 U for spasticity two months ago, then a migraine treatment today.
    history = [PastDose(TODAY - relativedelta(months=2), ONA, Decimal(245))]
    assert safety.dose_window_finding(planned(units=155), history) is None  # 400 U exactly
    over = safety.dose_window_finding(planned(units=156), history)
    assert over is not None and over.level is Level.OVERRIDE
    assert "401 U of onabotulinumtoxinA" in over.message


def test_the_window_holds_dates_after_three_calendar_months_before() -> None:
    edge = TODAY - relativedelta(months=3)  # 2026-08-23: outside the window ending today
    assert safety.dose_window_finding(planned(units=200), [PastDose(edge, ONA, Decimal(300))]) is None
    inside = edge + timedelta(days=1)
    assert safety.dose_window_finding(planned(units=200), [PastDose(inside, ONA, Decimal(300))]) is not None


def test_a_back_dated_entry_counts_the_treatments_after_it() -> None:
    later = [PastDose(TODAY + timedelta(days=40), ONA, Decimal(300))]
    finding = safety.dose_window_finding(planned(units=150), later)
    assert finding is not None and f"{TODAY + timedelta(days=40):%Y-%m-%d}" in finding.message


def test_other_products_never_count_towards_the_onabotulinumtoxin_limit() -> None:
    history = [PastDose(TODAY - timedelta(days=20), ABO, Decimal(1000))]
    assert safety.dose_window_finding(planned(units=300), history) is None
    assert safety.dose_window_finding(planned(units=1000, product=ABO), []) is None


def test_a_lot_expiring_today_may_be_used_and_not_tomorrow() -> None:
    lot = Lot(1, ONA, "C1234", TODAY, 10, 0, 100)
    assert safety.lot_findings(planned(), [lot]) == []
    expired = safety.lot_findings(planned(day=TODAY + timedelta(days=1)), [lot])
    assert [f.rule for f in expired] == [Rule.LOT_EXPIRED] and expired[0].level is Level.REFUSE


def test_a_lot_of_another_product_is_refused() -> None:
    lot = Lot(1, ABO, "D77", TODAY + timedelta(days=90), 10, 0, 500)
    found = safety.lot_findings(planned(), [lot])
    assert [f.rule for f in found] == [Rule.WRONG_PRODUCT]


def test_a_vial_is_usable_for_exactly_24_hours() -> None:
    plan = planned()
    vial = Reconstitution(1, 1, Decimal("2.0"), plan.at - timedelta(hours=24), "", 100)
    assert safety.vial_findings(plan, [vial], []) == []
    old = Reconstitution(1, 1, Decimal("2.0"), plan.at - timedelta(hours=24, seconds=1), "", 100)
    found = safety.vial_findings(plan, [old], [])
    assert [f.rule for f in found] == [Rule.VIAL_TOO_OLD] and "within 24 hours" in found[0].message


def test_a_treatment_in_the_future_is_refused_and_findings_come_refusals_first() -> None:
    plan = planned(day=TODAY + timedelta(days=1))
    history = [PastDose(TODAY - timedelta(days=30), ONA, Decimal(155))]
    found = safety.check(plan, history, [], [], NOW)
    assert found[0].rule is Rule.IN_THE_FUTURE and found[0].level is Level.REFUSE
    assert Rule.INTERVAL in rules(found)
    assert safety.blocking(found, "patient travelling") == [found[0]]  # a reason cannot lift a refusal


def test_blocking_lets_a_reason_lift_only_the_overridable_rules() -> None:
    history = [PastDose(TODAY - timedelta(days=60), ONA, Decimal(155))]
    found = safety.check(planned(), history, [], [], NOW)
    assert rules(found) == {Rule.INTERVAL}
    assert safety.blocking(found, "") == found
    assert safety.blocking(found, "  ") == found
    assert safety.blocking(found, "severe relapse, discussed with the patient") == []


def test_an_unusual_total_only_warns() -> None:
    found = safety.check(planned(units=20), [], [], [], NOW)
    assert [(f.rule, f.level) for f in found] == [(Rule.UNUSUAL_TOTAL, Level.WARN)]
    assert safety.blocking(found, "") == []
    assert safety.check(planned(units=155), [], [], [], NOW) == []


def _brute_force_worst(doses: list[PastDose], new: Planned) -> Decimal:
    """Every window (E - 3 months, E] for every day E that holds the new treatment's date."""
    everything = [*doses, PastDose(new.day, new.product, new.units)]
    worst = Decimal(0)
    end = new.day
    while end - relativedelta(months=3) < new.day:
        total = sum(
            (
                d.units
                for d in everything
                if d.product is ONA and end - relativedelta(months=3) < d.day <= end
            ),
            Decimal(0),
        )
        worst = max(worst, total)
        end += timedelta(days=1)
    return worst


@settings(max_examples=150, deadline=None)
@given(
    offsets=st.lists(st.integers(min_value=-200, max_value=200), max_size=6),
    units=st.lists(st.integers(min_value=1, max_value=400), min_size=6, max_size=6),
    products=st.lists(st.sampled_from([ONA, ABO]), min_size=6, max_size=6),
    new_units=st.integers(min_value=1, max_value=400),
)
def test_the_dose_window_agrees_with_brute_force(
    offsets: list[int], units: list[int], products: list[Product], new_units: int
) -> None:
    doses = [
        PastDose(TODAY + timedelta(days=o), p, Decimal(u))
        for o, u, p in zip(offsets, units, products, strict=False)
    ]
    new = planned(units=new_units)
    finding = safety.dose_window_finding(new, doses)
    assert (finding is not None) == (_brute_force_worst(doses, new) > 400)


def test_whole_vials_and_their_waste() -> None:
    from clinic_desktop.domain.treatment_record import waste_modifier
    from clinic_desktop.domain.treatments import vials_and_waste

    assert vials_and_waste(Decimal(155), None, 100) == (2, Decimal(45))
    assert vials_and_waste(Decimal(200), None, 100) == (2, Decimal(0))
    assert vials_and_waste(Decimal(155), Decimal(0), 100) == (2, Decimal(0))
    assert vials_and_waste(Decimal(95), Decimal(10), 100) == (2, Decimal(10))
    assert (waste_modifier(Decimal(0)), waste_modifier(Decimal("0.5"))) == ("JZ", "JW")
