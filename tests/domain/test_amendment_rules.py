"""The rules asked when a charted treatment's sites are amended (safety.check_amendment): charting's
own list (safety.check), less the rules about what an amendment cannot change, so a rule added to
check() is asked of amendments too."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from clinic_desktop.domain import safety
from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.safety import SETTLED_WHEN_CHARTED, Level, PastDose, Planned, Recipient, Rule
from clinic_desktop.domain.treatment_record import SiteDose
from clinic_desktop.domain.treatments import Lot, Reconstitution
from clinic_desktop.domain.weights import Weight

ONA = Product.ONABOTULINUMTOXINA
NOW = datetime(2026, 11, 23, 15, tzinfo=UTC)
DAY = date(2026, 11, 2)
ADULT = Recipient(date(1970, 5, 1))


def given_on(day: date, units: int | str, indication: Indication = Indication.CHRONIC_MIGRAINE) -> Planned:
    at = datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=14)
    sites = (SiteDose("biceps brachii", Side.LEFT, Decimal(str(units)), 4),)
    return Planned(day, at, indication, ONA, Decimal(str(units)), sites)


def test_what_the_amendment_cannot_change_is_not_asked_again() -> None:
    """A treatment charted 30 days after the last, from a lot expired since, with a vial opened
    30 hours before: charting's findings all; an amendment's none of those, only its dose's."""
    planned = given_on(DAY, 155)
    history = [PastDose(DAY - timedelta(days=30), ONA, Decimal(155), 1, Indication.CHRONIC_MIGRAINE)]
    lot = Lot(1, Product.ABOBOTULINUMTOXINA, "OLD1", DAY - timedelta(days=1), 5, 1, 500)
    vial = Reconstitution(1, 1, Decimal(2), planned.at - timedelta(hours=30), "Dr Who", 500)
    charting = safety.check(planned, history, [lot], [vial], NOW, ADULT)
    assert {Rule.INTERVAL, Rule.LOT_EXPIRED, Rule.VIAL_TOO_OLD, Rule.WRONG_PRODUCT} <= {
        f.rule for f in charting
    }
    assert safety.check_amendment(planned, history, [lot], [vial], NOW, ADULT) == []
    # In the future (a clock set wrong at another desk): settled too.
    late = Planned(DAY, NOW + timedelta(hours=1), planned.indication, ONA, planned.units, planned.sites)
    assert safety.check_amendment(late, [], [], [], NOW, ADULT) == []


def test_an_adults_amended_dose_is_checked_against_the_400_unit_window_and_the_usual_total() -> None:
    history = [PastDose(DAY - timedelta(days=30), ONA, Decimal(200), 1, Indication.CERVICAL_DYSTONIA)]
    assert safety.check_amendment(given_on(DAY, 155), history, [], [], NOW, ADULT) == []
    found = safety.check_amendment(given_on(DAY, 201), history, [], [], NOW, ADULT)
    assert [(f.rule, f.level) for f in found] == [
        (Rule.DOSE_WINDOW, Level.OVERRIDE),
        (Rule.UNUSUAL_TOTAL, Level.WARN),  # 201 U is outside PREEMPT's usual 155-195 U
    ]
    assert "401 U" in found[0].message


def test_a_childs_amended_dose_is_checked_against_the_weight_of_its_day_however_old() -> None:
    """A child charted before the 90-day weight rule (or whose weighing was corrected since) is not
    refused for it on amendment; the limits apply at the weight on record that day, as before."""
    born = DAY - relativedelta(years=7)
    stale = Recipient(born, (Weight(Decimal(20), DAY - timedelta(days=200), 1),))
    uls = Indication.UPPER_LIMB_SPASTICITY
    assert safety.weight_finding(DAY, stale) is not None  # charting would refuse it now
    assert safety.check_amendment(given_on(DAY, 120, uls), [], [], [], NOW, stale) == []  # 6 U/kg
    (over,) = safety.check_amendment(given_on(DAY, 121, uls), [], [], [], NOW, stale)
    assert (over.rule, over.level) == (Rule.PAEDIATRIC_DOSE, Level.OVERRIDE)
    assert "6.05 U/kg at 20 kg" in over.message


@settings(max_examples=60, deadline=None)
@given(
    units=st.integers(min_value=1, max_value=600),
    gap=st.integers(min_value=0, max_value=120),
    earlier=st.integers(min_value=0, max_value=400),
    years=st.integers(min_value=2, max_value=40),
    kg=st.integers(min_value=8, max_value=90),
    weighed_ago=st.integers(min_value=0, max_value=200),
    indication=st.sampled_from(list(Indication)),
)
def test_an_amendment_asks_charting_s_list_less_the_settled_rules(
    units: int, gap: int, earlier: int, years: int, kg: int, weighed_ago: int, indication: Indication
) -> None:
    born = DAY - relativedelta(years=years)
    recipient = Recipient(born, (Weight(Decimal(kg), DAY - timedelta(days=weighed_ago), 1),))
    history = [PastDose(DAY - timedelta(days=gap), ONA, Decimal(earlier), 1, Indication.CERVICAL_DYSTONIA)]
    planned = given_on(DAY, units, indication)
    charting = safety.check(planned, history, [], [], NOW, recipient)
    amending = safety.check_amendment(planned, history, [], [], NOW, recipient)
    assert amending == [f for f in charting if f.rule not in SETTLED_WHEN_CHARTED]
    # What _findings_for_amendment picked by hand before check_amendment: the same findings.
    by_hand = safety.dose_limit_findings(planned, history, recipient)
    unusual = None if recipient.child_on(DAY) else safety.range_finding(planned)
    by_hand += [unusual] if unusual is not None else []
    assert sorted(amending, key=repr) == sorted(by_hand, key=repr)
