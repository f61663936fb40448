"""What a charted treatment is, as the chart and the store read it back: its injection sites with
their units (SiteDose), the guidance used, adverse events, amendments and overridden rules, and the
record itself (TreatmentRecord). What charting, protocols, lots and vials add is
domain/treatments.py; they are apart so that reading a chart does not load them.

Units are Decimals with at most one decimal place (docs/domain.md; domain/treatments.py says more).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.units import format_units
from clinic_desktop.domain.words import QT_TR_NOOP, Text

TENTH = Decimal("0.1")
# The units charted at one site (a muscle or region, however many injection points): more than 0
# (a site not injected is left out) and at most the largest single-site dose published for any
# product: 1,000 U of abobotulinumtoxinA into the detrusor for neurogenic detrusor overactivity
# (Ghalayini IF et al., Int Urol Nephrol 2009;41(4):805-813: 500 or 1,000 U intradetrusor). The
# Dysport SmPC's largest per-muscle doses stay below it (as Ipsen's ipsen-hub.ie quotes it: up to
# 500 U into the shoulder muscles, at most 1,500 U per session across the limbs); the other
# products' units are smaller. More is a slip of the keyboard (a digit too many), not a dose.
MAX_SITE_UNITS = Decimal(1000)
MAX_INJECTION_POINTS = 99


class Guidance(StrEnum):
    NONE = "none"
    EMG = "emg"
    ULTRASOUND = "ultrasound"
    ELECTRICAL_STIMULATION = "electrical_stimulation"
    CYSTOSCOPY = "cystoscopy"

    @property
    def label(self) -> str:
        return {
            "none": Text(QT_TR_NOOP("None (anatomical landmarks)")),
            "emg": "EMG",  # the same in every language
            "ultrasound": Text(QT_TR_NOOP("Ultrasound")),
            "electrical_stimulation": Text(QT_TR_NOOP("Electrical stimulation")),
            "cystoscopy": Text(QT_TR_NOOP("Cystoscopy")),
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
            raise ValidationError(QT_TR_NOOP("Each injection site needs a muscle or region."))
        # Zero is kept readable: charts recorded before sites had to hold more than 0 (site_units).
        if not isinstance(self.units, Decimal) or not self.units.is_finite() or self.units < 0:
            raise ValidationError(
                QT_TR_NOOP("'{units}' is not a number of units ({muscle})."),
                units=self.units,
                muscle=self.muscle,
            )
        if self.units > MAX_SITE_UNITS:
            raise ValidationError(
                QT_TR_NOOP("{units} units at one site ({muscle}) is more than {most}."),
                units=format_units(self.units),
                muscle=self.muscle,
                most=format_units(MAX_SITE_UNITS),
            )
        if not 0 <= self.injection_points <= MAX_INJECTION_POINTS:
            raise ValidationError(
                QT_TR_NOOP("{muscle}: the number of injection points must be 0 to {most}."),
                muscle=self.muscle,
                most=MAX_INJECTION_POINTS,
            )


def total_units(sites: tuple[SiteDose, ...] | list[SiteDose]) -> Decimal:
    """The total of a treatment is always computed from its sites, never typed."""
    return sum((s.units for s in sites), Decimal(0)).quantize(TENTH)


def waste_modifier(waste: Decimal) -> str:
    """The billing modifier: JW with units discarded, JZ when none were."""
    return "JW" if waste > 0 else "JZ"


def total_points(sites: tuple[SiteDose, ...] | list[SiteDose]) -> int:
    return sum(s.injection_points for s in sites)


def units_per_tenth_ml(vial_units: int, diluent_ml: Decimal) -> Decimal:
    """Units in 0.1 mL of a vial reconstituted with this much diluent (vial units / (mL x 10)),
    to two decimals (100 U in 2.5 mL -> 4.00 U per 0.1 mL)."""
    if diluent_ml <= 0:
        raise ValidationError(QT_TR_NOOP("The diluent volume must be more than 0 mL."))
    return (Decimal(vial_units) / (diluent_ml * 10)).quantize(Decimal("0.01"))


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
    supervised_by_id: int | None = None
    supervised_by_name: str = ""
    weight_kg: Decimal | None = None  # the weight its dose was checked against, if one was recent

    @property
    def signed(self) -> bool:
        return self.signed_at is not None

    @property
    def waste_modifier(self) -> str:
        return waste_modifier(self.waste_units)

    @property
    def total_injection_points(self) -> int:
        return total_points(self.sites)
