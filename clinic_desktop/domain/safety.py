"""The clinical safety rules for charting a treatment, in one place (docs/domain.md, "Rules that must
hold"; the dates as docs/cli.md, "Clinical dates", fixes them).

- Re-treatment interval: no botulinum toxin injection sooner than 84 days (12 weeks) after the last
  one, counted in clinic-local calendar days (a treatment on day D allows the next on D + 84 or later).
  Needs an override reason. (BOTOX prescribing information, section 2: the chronic migraine
  re-treatment schedule is every 12 weeks; for spasticity and overactive bladder re-treatment
  "generally no sooner than 12 weeks" / "no sooner than 12 weeks" after the previous injection.)
- Cumulative dose: no more than 400 Units of onabotulinumtoxinA in any 3-month window, across all
  indications (BOTOX prescribing information, section 2.1: in treating adult patients for one or
  more indications, the maximum cumulative dose should generally not exceed 400 Units in a 3-month
  interval; the same limit is printed in the BOTOX Cosmetic label's dosage summary). A window
  holds a date E and the dates after E - 3 calendar months; every window that would hold the
  treatment being entered is checked, so back-dated entries are covered too. Over 400 U needs an
  override reason.
- A lot past its expiry date is refused (a lot may be used on its expiry date).
- A reconstituted vial older than 24 hours is refused (BOTOX label, storage: administer within
  24 hours of reconstitution).
- The lot and the vial must be of the treatment's product: units of different products are never
  added or compared (each product's units are its own).
- A total outside the usual range for the indication and product warns (domain/products.py).
- Charting a treatment later than now is refused.

check() returns every finding; the service refuses on any REFUSE finding, and on any OVERRIDE
finding without a reason, and stores the reason with who gave it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from clinic_desktop.domain.codes import Indication, Product
from clinic_desktop.domain.products import usual_range
from clinic_desktop.domain.treatments import Lot, Reconstitution, format_units

MIN_INTERVAL_DAYS = 84
DOSE_WINDOW = relativedelta(months=3)
DOSE_WINDOW_PRODUCT = Product.ONABOTULINUMTOXINA
DOSE_WINDOW_LIMIT = Decimal(400)


class Rule(StrEnum):
    INTERVAL = "interval"
    DOSE_WINDOW = "dose_window"
    LOT_EXPIRED = "lot_expired"
    VIAL_TOO_OLD = "vial_too_old"
    WRONG_PRODUCT = "wrong_product"
    UNUSUAL_TOTAL = "unusual_total"
    IN_THE_FUTURE = "in_the_future"


class Level(StrEnum):
    WARN = "warn"  # shown; saving goes on
    OVERRIDE = "override"  # refused unless a provider gives a reason, which is stored
    REFUSE = "refuse"  # refused, whatever the reason


@dataclass(frozen=True)
class Finding:
    rule: Rule
    level: Level
    message: str


@dataclass(frozen=True)
class PastDose:
    """An earlier treatment as the rules see it: its clinic-local date, product and total units."""

    day: date
    product: Product
    units: Decimal
    treatment_id: int | None = None


@dataclass(frozen=True)
class Planned:
    """The treatment being charted."""

    day: date  # clinic-local date of the injection
    at: datetime  # its UTC instant
    indication: Indication
    product: Product
    units: Decimal


def next_allowed_day(last: date) -> date:
    """The first clinic-local date a toxin may be injected again after one on ``last``."""
    return last + timedelta(days=MIN_INTERVAL_DAYS)


def interval_finding(planned_day: date, history: Sequence[PastDose]) -> Finding | None:
    """Too soon after the nearest earlier toxin injection (any product: each is a botulinum toxin)."""
    earlier = [d.day for d in history if d.day <= planned_day]
    if not earlier:
        return None
    last = max(earlier)
    if planned_day >= next_allowed_day(last):
        return None
    days = (planned_day - last).days
    return Finding(
        Rule.INTERVAL,
        Level.OVERRIDE,
        f"Only {days} day{'s' if days != 1 else ''} since the last toxin injection on {last:%Y-%m-%d}; "
        f"the next is due on or after {next_allowed_day(last):%Y-%m-%d} ({MIN_INTERVAL_DAYS} days).",
    )


def window_total(end: date, doses: Sequence[PastDose]) -> Decimal:
    """onabotulinumtoxinA units in the window ending on ``end``: dates after end - 3 months, up to end."""
    start = end - DOSE_WINDOW
    return sum(
        (d.units for d in doses if d.product is DOSE_WINDOW_PRODUCT and start < d.day <= end),
        Decimal(0),
    )


def dose_window_finding(planned: Planned, history: Sequence[PastDose]) -> Finding | None:
    """Over 400 U of onabotulinumtoxinA in some 3-month window that holds the planned treatment."""
    if planned.product is not DOSE_WINDOW_PRODUCT:
        return None
    everything = [*history, PastDose(planned.day, planned.product, planned.units)]
    # Windows holding the planned date end on it or on a later treatment's date within 3 months.
    ends = sorted(
        {planned.day} | {d.day for d in history if d.day > planned.day and d.day - DOSE_WINDOW < planned.day}
    )
    worst_end, worst = planned.day, Decimal(0)
    for end in ends:
        total = window_total(end, everything)
        if total > worst:
            worst_end, worst = end, total
    if worst <= DOSE_WINDOW_LIMIT:
        return None
    start = worst_end - DOSE_WINDOW
    return Finding(
        Rule.DOSE_WINDOW,
        Level.OVERRIDE,
        f"This would make {format_units(worst)} U of onabotulinumtoxinA between {start:%Y-%m-%d} and "
        f"{worst_end:%Y-%m-%d} (more than {DOSE_WINDOW_LIMIT} U in 3 months, all indications counted).",
    )


def lot_findings(planned: Planned, lots: Sequence[Lot]) -> list[Finding]:
    found = []
    for lot in lots:
        if lot.product is not planned.product:
            found.append(
                Finding(
                    Rule.WRONG_PRODUCT,
                    Level.REFUSE,
                    f"Lot {lot.lot_number} is {lot.product.value}, not {planned.product.value}: "
                    "units of different products cannot be mixed in one treatment.",
                )
            )
        if lot.expired_on(planned.day):
            found.append(
                Finding(
                    Rule.LOT_EXPIRED,
                    Level.REFUSE,
                    f"Lot {lot.lot_number} expired on {lot.expires_on:%Y-%m-%d}; it cannot be used.",
                )
            )
    return found


def vial_findings(planned: Planned, vials: Sequence[Reconstitution], lots: Sequence[Lot]) -> list[Finding]:
    found = []
    products = {lot.id: lot.product for lot in lots}
    for vial in vials:
        if not vial.usable_at(planned.at):
            hours = (planned.at - vial.at).total_seconds() / 3600
            when = (
                "before it was reconstituted"
                if hours < 0
                else f"{hours:.0f} hours after it was reconstituted"
            )
            found.append(
                Finding(
                    Rule.VIAL_TOO_OLD,
                    Level.REFUSE,
                    f"The vial opened at {vial.at:%Y-%m-%d %H:%M} UTC would be used {when}; "
                    "a reconstituted vial must be used within 24 hours.",
                )
            )
        product = products.get(vial.lot_id)
        if product is not None and product is not planned.product:
            found.append(
                Finding(
                    Rule.WRONG_PRODUCT,
                    Level.REFUSE,
                    f"The reconstituted vial is {product.value}, not {planned.product.value}.",
                )
            )
    return found


def range_finding(planned: Planned) -> Finding | None:
    usual = usual_range(planned.indication, planned.product)
    if usual is None:
        return None
    low, high = usual
    if low <= planned.units <= high:
        return None
    return Finding(
        Rule.UNUSUAL_TOTAL,
        Level.WARN,
        f"{format_units(planned.units)} U is outside the usual {format_units(low)}-{format_units(high)} U "
        f"of {planned.product.value} for {planned.indication.label.lower()}.",
    )


def check(
    planned: Planned,
    history: Sequence[PastDose],
    lots: Sequence[Lot],
    vials: Sequence[Reconstitution],
    now: datetime,
) -> list[Finding]:
    """Every rule's finding for the planned treatment, refusals first."""
    found: list[Finding] = []
    if planned.at > now:
        found.append(
            Finding(
                Rule.IN_THE_FUTURE, Level.REFUSE, "A treatment cannot be charted for a time later than now."
            )
        )
    found += lot_findings(planned, lots)
    found += vial_findings(planned, vials, lots)
    for finding in (interval_finding(planned.day, history), dose_window_finding(planned, history)):
        if finding is not None:
            found.append(finding)
    unusual = range_finding(planned)
    if unusual is not None:
        found.append(unusual)
    order = {Level.REFUSE: 0, Level.OVERRIDE: 1, Level.WARN: 2}
    return sorted(found, key=lambda f: order[f.level])


def blocking(findings: Sequence[Finding], override_reason: str) -> list[Finding]:
    """The findings that stop the save: every refusal, and the overridable ones without a reason."""
    reason = override_reason.strip()
    return [f for f in findings if f.level is Level.REFUSE or (f.level is Level.OVERRIDE and not reason)]
