"""What a treatment is made of: injection sites with their units, protocol templates, lots and
reconstituted vials. The values the clinical rules (domain/safety.py), the store and the charting
views hand each other.

Units are Decimals with at most one decimal place (a unit is what the product's label counts; a
tenth is the finest a syringe is read to). Units of different products are different things
(docs/domain.md): nothing here adds units of two products together; a treatment has one product.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.errors import ValidationError

TENTH = Decimal("0.1")
# A reconstituted vial is used within 24 hours (docs/domain.md; product labels: onabotulinumtoxinA
# "administer within 24 hours after reconstitution", BOTOX prescribing information, section 2.2).
RECONSTITUTED_USE_WITHIN = timedelta(hours=24)
MAX_SITE_UNITS = Decimal(500)  # no single site takes more; catches a typed 1000 for 10.00
MAX_INJECTION_POINTS = 99


def parse_units(value: object, what: str = "units") -> Decimal:
    """Units as a person types them ('5', '2.5', 5) -> Decimal with one decimal place, or a
    plain message. Zero is allowed (a site charted but not injected); negatives are not."""
    try:
        units = Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        raise ValidationError(f"'{value}' is not a number of {what}.") from None
    if not units.is_finite() or units < 0:
        raise ValidationError(f"The {what} must be zero or more, not {value}.")
    if units != units.quantize(TENTH):
        raise ValidationError(f"The {what} can have at most one decimal place ({value}).")
    return units.quantize(TENTH, rounding=ROUND_HALF_UP)


def format_units(units: Decimal) -> str:
    """5.0 -> '5', 2.5 -> '2.5' (how a chart prints a dose)."""
    return f"{units.normalize():f}" if units != units.to_integral() else str(int(units))


def units_number(units: Decimal) -> int | float:
    """Units for JSON: an integer when whole, else a float with one decimal."""
    return int(units) if units == units.to_integral() else float(units)


class Guidance(StrEnum):
    NONE = "none"
    EMG = "emg"
    ULTRASOUND = "ultrasound"
    ELECTRICAL_STIMULATION = "electrical_stimulation"
    CYSTOSCOPY = "cystoscopy"

    @property
    def label(self) -> str:
        return {
            "none": "None (anatomical landmarks)",
            "emg": "EMG",
            "ultrasound": "Ultrasound",
            "electrical_stimulation": "Electrical stimulation",
            "cystoscopy": "Cystoscopy",
        }[self.value]


class Severity(StrEnum):
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


@dataclass(frozen=True)
class SiteDose:
    """One injection site: a muscle or region, its side, the units given there and over how many
    injection points they were spread."""

    muscle: str
    side: Side
    units: Decimal
    injection_points: int = 1

    def __post_init__(self) -> None:
        if not self.muscle.strip():
            raise ValidationError("Each injection site needs a muscle or region.")
        if self.units > MAX_SITE_UNITS:
            raise ValidationError(
                f"{self.units} units at one site ({self.muscle}) is more than {MAX_SITE_UNITS}."
            )
        if not 0 <= self.injection_points <= MAX_INJECTION_POINTS:
            raise ValidationError(
                f"{self.muscle}: the number of injection points must be 0 to {MAX_INJECTION_POINTS}."
            )


def parse_site(text: str) -> SiteDose:
    """'MUSCLE:SIDE:UNITS:POINTS' as the command line takes it (POINTS may be left out: 1)."""
    parts = [p.strip() for p in text.split(":")]
    if len(parts) not in (3, 4):
        raise ValidationError(
            f"'{text}' is not a site. Write MUSCLE:SIDE:UNITS:POINTS, e.g. frontalis:bilateral:20:4."
        )
    try:
        side = Side(parts[1].lower())
    except ValueError:
        sides = ", ".join(s.value for s in Side)
        raise ValidationError(f"'{parts[1]}' in '{text}' is not a side. Sides: {sides}.") from None
    points = parts[3] if len(parts) == 4 else "1"
    if not points.isdigit():
        raise ValidationError(f"'{points}' in '{text}' is not a number of injection points.")
    return SiteDose(parts[0], side, parse_units(parts[2]), int(points))


def total_units(sites: tuple[SiteDose, ...] | list[SiteDose]) -> Decimal:
    """The total of a treatment is always computed from its sites, never typed."""
    return sum((s.units for s in sites), Decimal(0)).quantize(TENTH)


def vials_and_waste(total: Decimal, waste: Decimal | None, units_per_vial: int) -> tuple[int, Decimal]:
    """The single-use vials opened for ``total`` units (and any waste given), and the units wasted:
    when not given, the rest of those vials is discarded."""
    vials = math.ceil((total + (waste or 0)) / units_per_vial)
    return vials, waste if waste is not None else Decimal(vials * units_per_vial) - total


def waste_modifier(waste: Decimal) -> str:
    """The billing modifier: JW with units discarded, JZ when none were."""
    return "JW" if waste > 0 else "JZ"


def total_points(sites: tuple[SiteDose, ...] | list[SiteDose]) -> int:
    return sum(s.injection_points for s in sites)


@dataclass(frozen=True)
class FollowThePain:
    """Optional extra sites a protocol allows at the injector's judgement (PREEMPT's
    'follow-the-pain'): at most these units over at most these points, in these muscles."""

    max_units: Decimal
    max_injection_points: int
    muscles: tuple[str, ...]


@dataclass(frozen=True)
class ProtocolTemplate:
    """A named starting set of sites for an indication and product. Choosing it fills the sites;
    the provider may adjust them. Built-in templates cite where they are defined (source)."""

    name: str
    indication: Indication
    product: Product
    sites: tuple[SiteDose, ...]
    follow_the_pain: FollowThePain | None = None
    source: str = ""
    builtin: bool = True
    id: int | None = None  # the clinic's own templates are stored; built-ins are not

    @property
    def total_units(self) -> Decimal:
        return total_units(self.sites)

    @property
    def total_injection_points(self) -> int:
        return total_points(self.sites)


@dataclass(frozen=True)
class ProductInfo:
    """A toxin product as the clinic stocks it: its vial sizes (units per vial) and the diluent
    volumes its label gives for each, from which units per 0.1 mL follow."""

    product: Product
    label: str
    brand: str
    vial_units: tuple[int, ...]
    diluent_ml: dict[int, tuple[Decimal, ...]] = field(default_factory=dict)  # vial units -> volumes
    source: str = ""


def units_per_tenth_ml(vial_units: int, diluent_ml: Decimal) -> Decimal:
    """Units in 0.1 mL of a vial reconstituted with this much diluent (vial units / (mL x 10)),
    to two decimals (100 U in 2.5 mL -> 4.00 U per 0.1 mL)."""
    if diluent_ml <= 0:
        raise ValidationError("The diluent volume must be more than 0 mL.")
    return (Decimal(vial_units) / (diluent_ml * 10)).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class Lot:
    id: int
    product: Product
    lot_number: str
    expires_on: date
    vials_received: int
    vials_used: int
    units_per_vial: int
    vials_adjusted: int = 0  # vials found (+) or lost, broken, returned (-) since: domain/stock.py

    @property
    def vials_left(self) -> int:
        return self.vials_received - self.vials_used + self.vials_adjusted

    def expired_on(self, day: date) -> bool:
        """A lot may be used up to and including its expiry date."""
        return day > self.expires_on


@dataclass(frozen=True)
class Reconstitution:
    """An opened vial: from which lot, how much diluent, when."""

    id: int
    lot_id: int
    diluent_ml: Decimal
    at: datetime  # UTC
    by: str
    units_per_vial: int

    @property
    def units_per_tenth_ml(self) -> Decimal:
        return units_per_tenth_ml(self.units_per_vial, self.diluent_ml)

    def usable_at(self, instant: datetime) -> bool:
        return self.at <= instant <= self.at + RECONSTITUTED_USE_WITHIN


@dataclass(frozen=True)
class AdverseEventEntry:
    kind: str
    severity: Severity
    onset: date
    resolved: date | None = None
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Amendment:
    at: datetime
    by: str
    reason: str
    changes: dict[str, dict[str, object]]  # field -> {"before": ..., "after": ...}


@dataclass(frozen=True)
class Override:
    rule: str
    message: str
    reason: str
    by: str
    at: datetime


@dataclass(frozen=True)
class TreatmentDraft:
    """What a provider charts; the total is computed from the sites."""

    patient_id: int
    provider_id: int
    performed_at: datetime  # UTC
    indication: Indication
    product: Product
    lot_number: str
    sites: tuple[SiteDose, ...]
    protocol: str = ""
    diluent_ml: Decimal | None = None  # per vial, when reconstituted for this treatment
    reconstitution_id: int | None = None  # an already opened vial
    reconstituted_at: datetime | None = None  # when the vial was opened (default: performed_at)
    waste_units: Decimal | None = None  # None: the rest of the single-use vials used
    guidance: Guidance = Guidance.NONE
    consent_checked: bool = False
    aftercare_given: bool = False
    adverse_events: tuple[AdverseEventEntry, ...] = ()
    notes: str = ""
    appointment_id: int | None = None

    @property
    def total_units(self) -> Decimal:
        return total_units(self.sites)


@dataclass(frozen=True)
class TreatmentRecord:
    id: int
    patient_id: int
    provider_id: int
    provider_name: str
    performed_at: datetime
    performed_on: date
    indication: Indication
    protocol: str
    product: Product
    lot_number: str
    lot_expires_on: date
    diluent_ml: Decimal | None
    units_per_tenth_ml: Decimal | None
    sites: tuple[SiteDose, ...]
    total_units: Decimal
    waste_units: Decimal
    guidance: Guidance
    consent_checked: bool
    aftercare_given: bool
    notes: str
    created_by: str
    signed_at: datetime | None
    signed_by: str
    appointment_id: int | None = None
    adverse_events: tuple[AdverseEventEntry, ...] = ()
    amendments: tuple[Amendment, ...] = ()
    overrides: tuple[Override, ...] = ()

    @property
    def signed(self) -> bool:
        return self.signed_at is not None

    @property
    def waste_modifier(self) -> str:
        return waste_modifier(self.waste_units)

    @property
    def total_injection_points(self) -> int:
        return total_points(self.sites)
