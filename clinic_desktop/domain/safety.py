"""The clinical safety rules for charting a treatment and for booking one, in one place
(docs/domain.md, "Rules that must hold"; the dates as docs/cli.md, "Clinical dates", fixes them).

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

Booking asks the same two dose rules where a dose is planned rather than given: interval_clash()
is the 84-day floor for charting and for booking alike (booking also counts the toxin-treatment
visits already booked, BookedDose, on either side of the new one), and dose_window_finding() is
asked with the dose planned for the visit when one is known (services/treatment_interval.py says
when that is).
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


@dataclass(frozen=True)
class BookedDose:
    """A toxin-treatment visit booked and not given yet, as the interval rule sees it: its
    clinic-local day, and the dose planned for it when one is known (else product and units are
    None: the visit still counts for the 84-day floor, not for the 400 U window)."""

    day: date
    appointment_id: int | None = None
    product: Product | None = None
    units: Decimal | None = None

    @property
    def planned(self) -> PastDose | None:
        """The planned dose as the 400 U window counts it, when it is known."""
        if self.product is None or self.units is None:
            return None
        return PastDose(self.day, self.product, self.units)


@dataclass(frozen=True)
class IntervalClash:
    """A toxin dose on ``day`` closer than 84 days to another one (``other``)."""

    day: date
    other: date
    booked: bool  # ``other`` is a visit booked, not an injection charted
    later: bool  # ``other`` comes after ``day``: a visit booked that this one would come too soon before
    last_injection: date | None  # the latest injection charted on or before ``day``

    @property
    def days(self) -> int:
        """Days between the two doses."""
        return abs((self.day - self.other).days)

    @property
    def first_safe(self) -> date:
        """The first day after ``other`` on which the next dose may be given."""
        return next_allowed_day(self.other)


def next_allowed_day(last: date) -> date:
    """The first clinic-local date a toxin may be injected again after one on ``last``."""
    return last + timedelta(days=MIN_INTERVAL_DAYS)


def too_soon(earlier: date, later: date) -> bool:
    """Two toxin doses on these days break the 84-day floor."""
    return later < next_allowed_day(earlier)


def interval_clash(
    day: date, history: Sequence[PastDose], booked: Sequence[BookedDose] = ()
) -> IntervalClash | None:
    """The 84-day floor for a dose on ``day``, for charting and booking alike: too soon after the
    nearest earlier dose (any product: each is a botulinum toxin), charted or booked; or, for a
    visit booked later (never an injection charted later: a back-dated chart entry is checked
    against what came before it, as charting always has), too soon before it.

    A visit booked on a day that already has an injection charted is that injection (charted,
    its visit not closed yet), so it is not counted twice. Of two doses on the nearest earlier
    day the charted one is named."""
    charted = {d.day for d in history}
    visits = sorted({b.day for b in booked if b.day not in charted})
    injected = [d for d in charted if d <= day]
    last_injection = max(injected) if injected else None
    earlier = [(d, False) for d in injected] + [(d, True) for d in visits if d <= day]
    if earlier:
        other, is_booked = max(earlier, key=lambda pair: (pair[0], not pair[1]))
        if too_soon(other, day):
            return IntervalClash(day, other, is_booked, False, last_injection)
    later = [d for d in visits if d > day]
    if later and too_soon(day, later[0]):
        return IntervalClash(day, later[0], True, True, last_injection)
    return None


def with_booked(history: Sequence[PastDose], booked: Sequence[BookedDose]) -> list[PastDose]:
    """The injections charted and the known doses planned for the visits booked, as the 400 U
    window counts them (a visit on a day with an injection charted is that injection, as in
    interval_clash)."""
    charted = {d.day for d in history}
    planned = [b.planned for b in booked if b.day not in charted]
    return [*history, *(d for d in planned if d is not None)]


def interval_finding(planned_day: date, history: Sequence[PastDose]) -> Finding | None:
    """Charting: too soon after the nearest earlier toxin injection (interval_clash)."""
    clash = interval_clash(planned_day, history)
    if clash is None:
        return None
    days, last = clash.days, clash.other
    return Finding(
        Rule.INTERVAL,
        Level.OVERRIDE,
        f"Only {days} day{'s' if days != 1 else ''} since the last toxin injection on {last:%Y-%m-%d}; "
        f"the next is due on or after {clash.first_safe:%Y-%m-%d} ({MIN_INTERVAL_DAYS} days).",
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
