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
from decimal import ROUND_UP, Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from clinic_desktop.domain.ages import age_on
from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.products import usual_range
from clinic_desktop.domain.units import format_units
from clinic_desktop.domain.weights import Weight, format_kg, newest_on
from clinic_desktop.domain.words import QT_TR_NOOP, Text

if TYPE_CHECKING:  # read by the charting checks; a booking's rules need only their types
    from clinic_desktop.domain.treatment_record import SiteDose
    from clinic_desktop.domain.treatments import Lot, Reconstitution

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
    # Children (see "Children: doses by body weight" below).
    PAEDIATRIC_WEIGHT = "paediatric_weight"
    PAEDIATRIC_DOSE = "paediatric_dose"
    PAEDIATRIC_DOSE_WINDOW = "paediatric_dose_window"
    PAEDIATRIC_NO_LIMIT = "paediatric_no_limit"

    @property
    def label(self) -> Text:
        """The rule's name as a person reads it (a chart's overrides, a warning's heading)."""
        return RULE_LABELS[self]


RULE_LABELS: dict[Rule, Text] = {
    Rule.INTERVAL: Text(QT_TR_NOOP("12-week interval")),
    Rule.DOSE_WINDOW: Text(QT_TR_NOOP("400 U in 3 months")),
    Rule.LOT_EXPIRED: Text(QT_TR_NOOP("Expired lot")),
    Rule.VIAL_TOO_OLD: Text(QT_TR_NOOP("Vial older than 24 hours")),
    Rule.WRONG_PRODUCT: Text(QT_TR_NOOP("Another product")),
    Rule.UNUSUAL_TOTAL: Text(QT_TR_NOOP("Unusual total")),
    Rule.IN_THE_FUTURE: Text(QT_TR_NOOP("Charted in the future")),
    Rule.PAEDIATRIC_WEIGHT: Text(QT_TR_NOOP("Child's weight")),
    Rule.PAEDIATRIC_DOSE: Text(QT_TR_NOOP("Child's dose per session")),
    Rule.PAEDIATRIC_DOSE_WINDOW: Text(QT_TR_NOOP("Child's dose in 3 months")),
    Rule.PAEDIATRIC_NO_LIMIT: Text(QT_TR_NOOP("No weight-based limit known")),
}


class Level(StrEnum):
    WARN = "warn"  # shown; saving goes on
    OVERRIDE = "override"  # refused unless a provider gives a reason, which is stored
    REFUSE = "refuse"  # refused, whatever the reason


@dataclass(frozen=True)
class Finding:
    rule: Rule
    level: Level
    message: str  # a Text (domain/words.py): English where it is stored, the window's language shown


@dataclass(frozen=True)
class PastDose:
    """An earlier treatment as the rules see it: its clinic-local date, product and total units."""

    day: date
    product: Product
    units: Decimal
    treatment_id: int | None = None
    indication: Indication | None = None  # for the limits of one session (children's)
    sites: tuple[SiteDose, ...] = ()  # likewise: which limbs it went into


@dataclass(frozen=True)
class Planned:
    """The treatment being charted."""

    day: date  # clinic-local date of the injection
    at: datetime  # its UTC instant
    indication: Indication
    product: Product
    units: Decimal
    sites: tuple[SiteDose, ...] = ()  # where known: a child's per-limb limits read them


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
    days = clash.days
    template = (
        QT_TR_NOOP(
            "Only {days} day since the last toxin injection on {last}; the next is due on or after "
            "{safe} ({floor} days)."
        )
        if days == 1
        else QT_TR_NOOP(
            "Only {days} days since the last toxin injection on {last}; the next is due on or after "
            "{safe} ({floor} days)."
        )
    )
    message = Text(
        template,
        days=days,
        last=f"{clash.other:%Y-%m-%d}",
        safe=f"{clash.first_safe:%Y-%m-%d}",
        floor=MIN_INTERVAL_DAYS,
    )
    return Finding(Rule.INTERVAL, Level.OVERRIDE, message)


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
        Text(
            QT_TR_NOOP(
                "This would make {units} U of onabotulinumtoxinA between {first} and {last} (more than "
                "{limit} U in 3 months, all indications counted)."
            ),
            units=format_units(worst),
            first=f"{start:%Y-%m-%d}",
            last=f"{worst_end:%Y-%m-%d}",
            limit=DOSE_WINDOW_LIMIT,
        ),
    )


def lot_findings(planned: Planned, lots: Sequence[Lot]) -> list[Finding]:
    found = []
    for lot in lots:
        if lot.product is not planned.product:
            found.append(
                Finding(
                    Rule.WRONG_PRODUCT,
                    Level.REFUSE,
                    Text(
                        QT_TR_NOOP(
                            "Lot {lot} is {product}, not {planned}: units of different products cannot be "
                            "mixed in one treatment."
                        ),
                        lot=lot.lot_number,
                        product=lot.product.value,
                        planned=planned.product.value,
                    ),
                )
            )
        if lot.expired_on(planned.day):
            found.append(
                Finding(
                    Rule.LOT_EXPIRED,
                    Level.REFUSE,
                    Text(
                        QT_TR_NOOP("Lot {lot} expired on {day}; it cannot be used."),
                        lot=lot.lot_number,
                        day=f"{lot.expires_on:%Y-%m-%d}",
                    ),
                )
            )
    return found


def vial_findings(planned: Planned, vials: Sequence[Reconstitution], lots: Sequence[Lot]) -> list[Finding]:
    found = []
    products = {lot.id: lot.product for lot in lots}
    for vial in vials:
        if not vial.usable_at(planned.at):
            hours = (planned.at - vial.at).total_seconds() / 3600
            opened = f"{vial.at:%Y-%m-%d %H:%M}"
            if hours < 0:
                message = Text(
                    QT_TR_NOOP(
                        "The vial opened at {opened} UTC would be used before it was reconstituted; a "
                        "reconstituted vial must be used within 24 hours."
                    ),
                    opened=opened,
                )
            else:
                message = Text(
                    QT_TR_NOOP(
                        "The vial opened at {opened} UTC would be used {hours} hours after it was "
                        "reconstituted; a reconstituted vial must be used within 24 hours."
                    ),
                    opened=opened,
                    hours=f"{hours:.0f}",
                )
            found.append(Finding(Rule.VIAL_TOO_OLD, Level.REFUSE, message))
        product = products.get(vial.lot_id)
        if product is not None and product is not planned.product:
            found.append(
                Finding(
                    Rule.WRONG_PRODUCT,
                    Level.REFUSE,
                    Text(
                        QT_TR_NOOP("The reconstituted vial is {product}, not {planned}."),
                        product=product.value,
                        planned=planned.product.value,
                    ),
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
        Text(
            QT_TR_NOOP("{units} U is outside the usual {low}-{high} U of {product} for {indication}."),
            units=format_units(planned.units),
            low=format_units(low),
            high=format_units(high),
            product=planned.product.value,
            indication=planned.indication.words,
        ),
    )


# --- Children: doses by body weight -------------------------------------------------------------
#
# A patient under 18 on the day of the treatment (ADULT_AGE; patients.age_on counts a 29 February
# birthday on 1 March) is dosed per kilogram of body weight where the product's label gives a
# weight-based limit (docs/domain.md: "a weight-based limit applies where the label gives one"):
#
# - A weight measured within WEIGHT_VALID_DAYS (90) days before the treatment is needed; without one
#   the charting is refused (Rule.PAEDIATRIC_WEIGHT), whatever the reason, since no per-kilogram
#   limit can be worked out. 90 days is this clinic's rule (the issue that brought it: a child is
#   weighed at least once a re-treatment cycle of 12 weeks or more); the labels say to dose by the
#   patient's body weight but give no age for the weighing.
# - Each limit below is "X Units/kg or Y Units, whichever is lower" (KgLimit), as the label words it;
#   over it needs an override reason (Rule.PAEDIATRIC_DOSE, PAEDIATRIC_DOSE_WINDOW), stored like the
#   others. A product or indication whose label gives children no weight-based limit gets none and a
#   warning that none is known (Rule.PAEDIATRIC_NO_LIMIT): nothing is made up.
# - For a child the adult 400 U window is replaced by the children's 3-month limit, and the adult
#   "usual total" ranges (domain/products.py) are not asked: they are adults' doses.
#
# One session. Toxin given on one clinic-local day is one treatment session, however many
# treatments are charted for it: the 84-day floor does not count a dose of another indication
# given the same day as an earlier session (other_sessions; one of the same indication that day is
# still asked about, as a treatment charted twice would be), and the dose limits add the day's
# doses up. The labels treat a visit that injects several limbs, or limbs of two indications,
# as one session whose doses add up: Dysport's "If more than one limb is injected [upper and lower
# limb spasticity], the maximum recommended total dose per treatment session is 30 Units/kg or
# 1000 Units, whichever is lower" (Dysport US prescribing information, section 2, as dysport.com's
# "Pediatric Spasticity Dosing and Dilution" page for US healthcare professionals quotes it, read
# 2025); BOTOX's "When treating both lower limbs or upper and lower limbs in combination, the total
# dose for pediatric patients should not exceed 10 Units/kg body weight, or 340 Units, whichever is
# lower, in a 3-month interval" (Allergan's 2019 announcement of the pediatric lower limb approval,
# as guidedsolutions.co.uk reported it; the BOTOX prescribing information, section 2.1, counts
# every indication in its cumulative 3-month dose the same way, see DOSE_WINDOW_LIMIT above).
# Units of different products are never added: each product's limits count its own units only.
#
# Sources read (for each number, where it is defined below):
# [BOTOX ULS] botoxone.com (AbbVie), "Pediatric Spasticity: dosing", quoting the BOTOX prescribing
#     information (2023): pediatric upper limb spasticity 3 to 6 Units/kg divided among the
#     affected muscles; "The total dose of BOTOX administered per treatment session in the upper
#     limb should not exceed 6 Units/kg or 200 Units, whichever is lower"; the per-muscle table
#     (domain/protocols.py); re-treatment generally no sooner than 12 weeks.
# [BOTOX LLS] Allergan announcement of FDA approval for pediatric lower limb spasticity (Oct 2019),
#     via guidedsolutions.co.uk and neurologyadvisor.com (MPR): 4 to 8 Units/kg divided among the
#     affected muscles of the lower limb, not exceeding 8 Units/kg or 300 Units, whichever is
#     lower; both lower limbs, or upper and lower limbs in combination: 10 Units/kg or 340 Units,
#     whichever is lower, in a 3-month interval. (The label's own section 2 text was not readable
#     through the tools; Picelli A et al., Toxins 2024;16(12):513, abstract read, gives the same
#     34 kg point where 10 Units/kg reaches 340 Units.)
# [BOTOX NDO] botoxone.com, "Pediatric NDO: dosing": detrusor overactivity with a neurologic
#     condition in children (5 years and older): 200 Units in patients of 34 kg or more, 6 Units/kg
#     below that, i.e. 6 Units/kg or 200 Units, whichever is lower. The clinic's bladder code
#     (overactive_bladder) stands for it in a child: the label approves no other bladder use in
#     children.
# [DYSPORT US] dysport.com, "Pediatric Spasticity Dosing and Dilution" (Ipsen, for US healthcare
#     professionals), quoting the Dysport prescribing information: upper limb 8 to 16 Units/kg per
#     limb, "not to exceed 16 Units/kg or 640 Units, whichever is lower"; lower limb 10 to 15
#     Units/kg per limb, unilateral not above 15 Units/kg or 1000 Units, bilateral not above
#     30 Units/kg or 1000 Units, whichever is lower; upper and lower limbs together, "30 Units/kg or
#     1000 Units, whichever is lower" per session. Re-treatment of the upper limb no sooner than 16
#     weeks (not checked here: the interval rule is the clinic's 84-day floor; said in the report).
#     Also mdedge.com, "FDA Approves Dysport for Pediatric Limb Spasticity" (Aug 2016), the same
#     lower-limb limits.
# [DYSPORT SmPC] ipsen-hub.ie, "Dosing and administration" (Ipsen Ireland), quoting the Dysport
#     Summary of Product Characteristics: upper limb 16 U/kg or 640 U (whichever is lower) when
#     injecting unilaterally, "21 U/kg or 840 U (whichever is lower) when injecting bilaterally".
# [XEOMIN] XEOMIN prescribing information, section 2.3 (medlibrary.org, "Xeomin (Page 2 of 12)"):
#     pediatric upper limb spasticity (excluding cerebral palsy), "The maximum recommended dose is
#     8 Units/kg, divided among affected muscles, up to a maximum dose of 200 Units per single upper
#     limb"; both upper limbs 16 Units/kg up to 400 Units (the label's next sentence, not readable
#     through the tools; read in the BMC Neurology 2020 case series' Table 2 footnote, "16 U/kg, not
#     exceeding 400 U", and Picelli 2024's 25 kg point where 16 Units/kg reaches 400 Units).
#     XEOMIN's label calls lower limb spasticity in children an unapproved use: no limit is known.
# Not found, so no per-kilogram limit is applied (and a warning says none is known): every other
# product and indication in children, among them the Xeomin weight bands for sialorrhea (no such
# indication code here), Jeuveau, Daxxify and Myobloc (no pediatric use in their labels).

ADULT_AGE = 18
WEIGHT_VALID_DAYS = 90


@dataclass(frozen=True)
class KgLimit:
    """A label's "X Units/kg or Y Units, whichever is lower"."""

    per_kg: Decimal
    most: Decimal

    def units(self, kg: Decimal) -> Decimal:
        """The limit for a child of ``kg``: the lower of the two."""
        return min(self.per_kg * kg, self.most)

    @property
    def words(self) -> Text:
        return Text(
            QT_TR_NOOP("{per_kg} Units/kg or {most} Units, whichever is lower"),
            per_kg=format_units(self.per_kg),
            most=format_units(self.most),
        )


@dataclass(frozen=True)
class PaediatricLimit:
    """A product's weight-based limit for one indication in children, per treatment session.

    ``one_limb``: each limb's dose, and the session's when one limb (or no limb: the bladder) is
    treated. ``both_limbs``: the session's when both sides are treated; None where the label gives
    one limit for the session however many limbs (BOTOX, upper limb: "in the upper limb")."""

    product: Product
    indication: Indication
    one_limb: KgLimit
    both_limbs: KgLimit | None
    source: str


def _kg(per_kg: str, most: int) -> KgLimit:
    return KgLimit(Decimal(per_kg), Decimal(most))


_ONA, _ABO, _INCO = Product.ONABOTULINUMTOXINA, Product.ABOBOTULINUMTOXINA, Product.INCOBOTULINUMTOXINA
_ULS, _LLS = Indication.UPPER_LIMB_SPASTICITY, Indication.LOWER_LIMB_SPASTICITY
_OAB = Indication.OVERACTIVE_BLADDER


def _limit(
    product: Product, indication: Indication, one: KgLimit, both: KgLimit | None, source: str
) -> tuple[tuple[Product, Indication], PaediatricLimit]:
    return (product, indication), PaediatricLimit(product, indication, one, both, source)


PAEDIATRIC_LIMITS: dict[tuple[Product, Indication], PaediatricLimit] = dict(
    [
        # [BOTOX ULS] 6 Units/kg or 200 Units per session in the upper limb.
        _limit(_ONA, _ULS, _kg("6", 200), None, "BOTOX prescribing information (2023), pediatric upper limb"),
        # [BOTOX LLS] 8 Units/kg or 300 Units for a lower limb; both: 10 Units/kg or 340 Units.
        _limit(
            _ONA, _LLS, _kg("8", 300), _kg("10", 340), "BOTOX prescribing information, pediatric lower limb"
        ),
        # [BOTOX NDO] 6 Units/kg or 200 Units into the detrusor.
        _limit(
            _ONA, _OAB, _kg("6", 200), None, "BOTOX prescribing information, pediatric detrusor overactivity"
        ),
        # [DYSPORT US] 16 Units/kg or 640 Units per upper limb; [DYSPORT SmPC] both: 21 Units/kg or 840 Units.
        _limit(
            _ABO, _ULS, _kg("16", 640), _kg("21", 840), "Dysport prescribing information and SmPC, upper limb"
        ),
        # [DYSPORT US] 15 Units/kg or 1000 Units per lower limb; both: 30 Units/kg or 1000 Units.
        _limit(_ABO, _LLS, _kg("15", 1000), _kg("30", 1000), "Dysport prescribing information, lower limb"),
        # [XEOMIN] 8 Units/kg up to 200 Units per upper limb; both: 16 Units/kg up to 400 Units.
        _limit(_INCO, _ULS, _kg("8", 200), _kg("16", 400), "XEOMIN prescribing information 2.3, upper limb"),
    ]
)

#: A product's limit for everything one child is given of it in one session, all limbs and
#: indications together. [DYSPORT US] upper and lower limbs: 30 Units/kg or 1000 Units.
PAEDIATRIC_SESSION_LIMITS: dict[Product, KgLimit] = {_ABO: _kg("30", 1000)}

#: A product's limit for a child in any 3-month window, all indications (counted like the adult
#: 400 U window). [BOTOX LLS]: 10 Units/kg or 340 Units in a 3-month interval.
PAEDIATRIC_WINDOW_LIMITS: dict[Product, KgLimit] = {_ONA: _kg("10", 340)}


@dataclass(frozen=True)
class Recipient:
    """Who is injected, as the dose rules see them: the date of birth and every weighing."""

    born: date
    weights: tuple[Weight, ...] = ()

    def child_on(self, day: date) -> bool:
        """Under 18 on that day."""
        return age_on(self.born, day) < ADULT_AGE

    def weight_on(self, day: date) -> Weight | None:
        return newest_on(self.weights, day)

    def recent_weight(self, day: date) -> Weight | None:
        """The weight of the day if it was measured within WEIGHT_VALID_DAYS before it."""
        weight = self.weight_on(day)
        if weight is None or (day - weight.on).days > WEIGHT_VALID_DAYS:
            return None
        return weight


def units_per_kg(units: Decimal, kg: Decimal) -> Decimal:
    """Units per kilogram to two decimals, rounded up: a dose over a limit never reads as at it."""
    return (units / kg).quantize(Decimal("0.01"), rounding=ROUND_UP)


def format_per_kg(units: Decimal, kg: Decimal) -> str:
    """'6 U/kg', '6.05 U/kg'."""
    return f"{format_units(units_per_kg(units, kg))} U/kg"


def other_sessions(day: date, history: Sequence[PastDose], indication: Indication) -> list[PastDose]:
    """The doses the 84-day floor counts for a dose of ``indication`` on ``day``: a dose of another
    indication given that day is the same session (see above), never an earlier one. A dose of the
    same indication that day still counts (0 days: a reason is asked): it is most likely the same
    treatment charted twice, and a second limb is charted on the same treatment."""
    return [d for d in history if not (d.day == day and d.indication not in (None, indication))]


def weight_finding(day: date, recipient: Recipient | None) -> Finding | None:
    """A child charted without a weight measured within 90 days: refused (no limit can be known)."""
    if recipient is None or not recipient.child_on(day) or recipient.recent_weight(day) is not None:
        return None
    last = recipient.weight_on(day)
    if last is None:
        message = Text(
            QT_TR_NOOP(
                "Under 18, doses are set by weight: a weight measured within {valid} days before {day} is "
                "needed. None is on record. Weigh the patient and record the weight first."
            ),
            valid=WEIGHT_VALID_DAYS,
            day=f"{day:%Y-%m-%d}",
        )
    else:
        message = Text(
            QT_TR_NOOP(
                "Under 18, doses are set by weight: a weight measured within {valid} days before {day} is "
                "needed. The last, {weight} on {weighed}, is {age} days old. Weigh the patient and record "
                "the weight first."
            ),
            valid=WEIGHT_VALID_DAYS,
            day=f"{day:%Y-%m-%d}",
            weight=format_kg(last.kg),
            weighed=f"{last.on:%Y-%m-%d}",
            age=(day - last.on).days,
        )
    return Finding(Rule.PAEDIATRIC_WEIGHT, Level.REFUSE, message)


def _limbs(sites: Sequence[SiteDose]) -> dict[Side, Decimal]:
    """Units per limb side: a bilateral site counts half on each side (split evenly, as the
    templates split them); midline sites belong to no limb."""
    found = {Side.LEFT: Decimal(0), Side.RIGHT: Decimal(0)}
    for site in sites:
        if site.side in found:
            found[site.side] += site.units
        elif site.side is Side.BILATERAL:
            found[Side.LEFT] += site.units / 2
            found[Side.RIGHT] += site.units / 2
    return {side: units for side, units in found.items() if units > 0}


def session_limit(
    product: Product, indication: Indication, sites: Sequence[SiteDose] | None
) -> KgLimit | None:
    """The label's limit for a child's session of one indication, given where it goes: both limbs
    (or limbs unknown, ``sites`` None: the most generous), else one limb; None where no label
    gives one."""
    limit = PAEDIATRIC_LIMITS.get((product, indication))
    if limit is None:
        return None
    both = sites is None or len(_limbs(sites)) == 2
    return limit.both_limbs if both and limit.both_limbs is not None else limit.one_limb


def session_findings(planned: Planned, history: Sequence[PastDose], weight: Weight) -> list[Finding]:
    """A child's limits for one session (the planned dose and the same product's doses charted on
    the same day): the indication's, per limb and for the session, and the product's for all limbs
    and indications together. ``planned.sites`` empty (a dose planned, not charted): the limbs are
    unknown, so only the session's most generous limit is asked."""
    kg = weight.kg
    same_day = [d for d in history if d.day == planned.day and d.product is planned.product]
    found: list[Finding] = []
    limit = PAEDIATRIC_LIMITS.get((planned.product, planned.indication))
    product, indication = planned.product.value, planned.indication.words
    if limit is None:
        found.append(
            Finding(
                Rule.PAEDIATRIC_NO_LIMIT,
                Level.WARN,
                Text(
                    QT_TR_NOOP(
                        "No weight-based limit is known for {product} for {indication} in children (its "
                        "label gives none), so none is applied: {units} U is {per_kg} at {weight}. Check the "
                        "dose against the label."
                    ),
                    product=product,
                    indication=indication,
                    units=format_units(planned.units),
                    per_kg=format_per_kg(planned.units, kg),
                    weight=format_kg(kg),
                ),
            )
        )
    else:
        found += _indication_findings(planned, same_day, limit, kg)
    product_cap = PAEDIATRIC_SESSION_LIMITS.get(planned.product)
    others = [d for d in same_day if d.indication is not planned.indication]
    if product_cap is not None and others:
        total = planned.units + sum((d.units for d in same_day), Decimal(0))
        if total > product_cap.units(kg):
            found.append(
                Finding(
                    Rule.PAEDIATRIC_DOSE,
                    Level.OVERRIDE,
                    Text(
                        QT_TR_NOOP(
                            "{units} U of {product} in one session (every limb and indication of {day}) is "
                            "{per_kg} at {weight}: at most {limit} ({most} U)."
                        ),
                        units=format_units(total),
                        product=product,
                        day=f"{planned.day:%Y-%m-%d}",
                        per_kg=format_per_kg(total, kg),
                        weight=format_kg(kg),
                        limit=product_cap.words,
                        most=format_units(product_cap.units(kg)),
                    ),
                )
            )
    return found


def _indication_findings(
    planned: Planned, same_day: Sequence[PastDose], limit: PaediatricLimit, kg: Decimal
) -> list[Finding]:
    """A child's limits of the planned dose's indication: for the session, and each limb's when
    both sides are treated."""
    found: list[Finding] = []
    mine = [d for d in same_day if d.indication is planned.indication]
    total = planned.units + sum((d.units for d in mine), Decimal(0))
    sites = [*planned.sites, *(s for d in mine for s in d.sites)]
    limbs = _limbs(sites)
    known = bool(planned.sites)
    cap = session_limit(planned.product, planned.indication, sites if known else None) or limit.one_limb
    if total > cap.units(kg):
        values = {
            "units": format_units(total),
            "product": planned.product.value,
            "indication": planned.indication.words,
            "per_kg": format_per_kg(total, kg),
            "weight": format_kg(kg),
            "limit": cap.words,
            "most": format_units(cap.units(kg)),
        }
        if mine:
            message = Text(
                QT_TR_NOOP(
                    "{units} U of {product} for {indication} (with {earlier} U charted earlier that day) is "
                    "{per_kg} at {weight}: a child's session may have at most {limit} ({most} U)."
                ),
                earlier=format_units(total - planned.units),
                **values,
            )
        else:
            message = Text(
                QT_TR_NOOP(
                    "{units} U of {product} for {indication} is {per_kg} at {weight}: a child's session may "
                    "have at most {limit} ({most} U)."
                ),
                **values,
            )
        found.append(Finding(Rule.PAEDIATRIC_DOSE, Level.OVERRIDE, message))
    if known and len(limbs) == 2 and limit.both_limbs is not None:
        for side, units in limbs.items():
            if units > limit.one_limb.units(kg):
                found.append(
                    Finding(
                        Rule.PAEDIATRIC_DOSE,
                        Level.OVERRIDE,
                        Text(
                            _INTO_LIMB[side],
                            units=format_units(units),
                            per_kg=format_per_kg(units, kg),
                            weight=format_kg(kg),
                            limit=limit.one_limb.words,
                            most=format_units(limit.one_limb.units(kg)),
                        ),
                    )
                )
    return found


# A limb's dose over its limit, one sentence per side (a language's word for the side agrees with
# its word for the limb).
_INTO_LIMB = {
    Side.LEFT: QT_TR_NOOP(
        "{units} U into the left limb is {per_kg} at {weight}: each limb may have at most {limit} ({most} U)."
    ),
    Side.RIGHT: QT_TR_NOOP(
        "{units} U into the right limb is {per_kg} at {weight}: each limb may have at most "
        "{limit} ({most} U)."
    ),
}


def paediatric_window_finding(
    planned: Planned, history: Sequence[PastDose], weight: Weight
) -> Finding | None:
    """A child's 3-month limit of a product (PAEDIATRIC_WINDOW_LIMITS), counted like the adult
    400 U window: every window that would hold the planned dose."""
    limit = PAEDIATRIC_WINDOW_LIMITS.get(planned.product)
    if limit is None:
        return None
    mine = [d for d in history if d.product is planned.product]
    everything = [*mine, PastDose(planned.day, planned.product, planned.units)]
    ends = sorted(
        {planned.day} | {d.day for d in mine if d.day > planned.day and d.day - DOSE_WINDOW < planned.day}
    )
    worst_end, worst = planned.day, Decimal(0)
    for end in ends:
        start = end - DOSE_WINDOW
        total = sum((d.units for d in everything if start < d.day <= end), Decimal(0))
        if total > worst:
            worst_end, worst = end, total
    cap = limit.units(weight.kg)
    if worst <= cap:
        return None
    return Finding(
        Rule.PAEDIATRIC_DOSE_WINDOW,
        Level.OVERRIDE,
        Text(
            QT_TR_NOOP(
                "This would make {units} U of {product} between {first} and {last}, {per_kg} at {weight}: a "
                "child may have at most {limit} ({most} U) in 3 months, all indications counted."
            ),
            units=format_units(worst),
            product=planned.product.value,
            first=f"{worst_end - DOSE_WINDOW:%Y-%m-%d}",
            last=f"{worst_end:%Y-%m-%d}",
            per_kg=format_per_kg(worst, weight.kg),
            weight=format_kg(weight.kg),
            limit=limit.words,
            most=format_units(cap),
        ),
    )


def window_limit_finding(
    planned: Planned, history: Sequence[PastDose], recipient: Recipient | None = None
) -> Finding | None:
    """The limit that depends on the day: an adult's 400 U window, a child's 3-month limit (with
    the weight of the day; none known, nothing can be asked: charting refuses that itself)."""
    if recipient is None or not recipient.child_on(planned.day):
        return dose_window_finding(planned, history)
    weight = recipient.weight_on(planned.day)
    return paediatric_window_finding(planned, history, weight) if weight is not None else None


def session_limit_findings(
    planned: Planned, history: Sequence[PastDose], recipient: Recipient | None = None
) -> list[Finding]:
    """The limits of one session: a child's (session_findings, with the weight of the day); an
    adult's session has none beyond the 400 U window."""
    if recipient is None or not recipient.child_on(planned.day):
        return []
    weight = recipient.weight_on(planned.day)
    return session_findings(planned, history, weight) if weight is not None else []


def dose_limit_findings(
    planned: Planned, history: Sequence[PastDose], recipient: Recipient | None = None
) -> list[Finding]:
    """Every dose limit for a dose on ``planned.day``, where it is charted and where it is only
    planned (booking, the follow-up engine): for an adult the 400 U window, for a child the
    weight-based limits. The one function that decides which apply."""
    window = window_limit_finding(planned, history, recipient)
    return [*([window] if window is not None else []), *session_limit_findings(planned, history, recipient)]


def check(
    planned: Planned,
    history: Sequence[PastDose],
    lots: Sequence[Lot],
    vials: Sequence[Reconstitution],
    now: datetime,
    recipient: Recipient | None = None,
) -> list[Finding]:
    """Every rule's finding for the planned treatment, refusals first. ``recipient``: who is
    injected (their age on the day and their weights decide which dose limits apply); None, the
    adult limits."""
    found: list[Finding] = []
    if planned.at > now:
        found.append(
            Finding(
                Rule.IN_THE_FUTURE,
                Level.REFUSE,
                Text(QT_TR_NOOP("A treatment cannot be charted for a time later than now.")),
            )
        )
    found += lot_findings(planned, lots)
    found += vial_findings(planned, vials, lots)
    child = recipient is not None and recipient.child_on(planned.day)
    for finding in (
        interval_finding(planned.day, other_sessions(planned.day, history, planned.indication)),
        weight_finding(planned.day, recipient),
    ):
        if finding is not None:
            found.append(finding)
    found += dose_limit_findings(planned, history, recipient)
    unusual = None if child else range_finding(planned)  # the usual totals are adults' doses
    if unusual is not None:
        found.append(unusual)
    order = {Level.REFUSE: 0, Level.OVERRIDE: 1, Level.WARN: 2}
    return sorted(found, key=lambda f: order[f.level])


#: The rules about what an amendment cannot change: when the treatment was given (the time, the
#: interval since the injection before it, whether the child had been weighed by then) and what
#: with (its lot and vial, of its product). They were asked when it was charted; an override then
#: was kept with its own reason. Not asked again when its sites change.
SETTLED_WHEN_CHARTED = frozenset(
    {
        Rule.IN_THE_FUTURE,
        Rule.LOT_EXPIRED,
        Rule.VIAL_TOO_OLD,
        Rule.WRONG_PRODUCT,
        Rule.INTERVAL,
        Rule.PAEDIATRIC_WEIGHT,
    }
)


def check_amendment(
    planned: Planned,
    history: Sequence[PastDose],
    lots: Sequence[Lot],
    vials: Sequence[Reconstitution],
    now: datetime,
    recipient: Recipient | None = None,
) -> list[Finding]:
    """The findings for a charted treatment whose sites are amended (``planned``: it as amended,
    ``history``: the patient's other treatments): check()'s, every rule but those SETTLED_WHEN_CHARTED,
    so a rule added to check() is asked of amendments too. For an adult: the 400 U window and the
    usual total; for a child: the weight-based limits at the weight of its day."""
    found = check(planned, history, lots, vials, now, recipient)
    return [f for f in found if f.rule not in SETTLED_WHEN_CHARTED]


def blocking(findings: Sequence[Finding], override_reason: str) -> list[Finding]:
    """The findings that stop the save: every refusal, and the overridable ones without a reason."""
    reason = override_reason.strip()
    return [f for f in findings if f.level is Level.REFUSE or (f.level is Level.OVERRIDE and not reason)]
