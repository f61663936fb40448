"""What a treatment is made of: injection sites with their units, protocol templates, lots and
reconstituted vials. The values the clinical rules (domain/safety.py), the store and the charting
views hand each other. The record as a chart reads it back (TreatmentRecord, SiteDose and their
parts) is domain/treatment_record.py; units are written by domain/units.py.

Units are Decimals with at most one decimal place (a unit is what the product's label counts; a
tenth is the finest a syringe is read to). Units of different products are different things
(docs/domain.md): nothing here adds units of two products together; a treatment has one product.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.treatment_record import (
    MAX_SITE_UNITS,
    TENTH,
    AdverseEventEntry,
    Guidance,
    SiteDose,
    total_points,
    total_units,
    units_per_tenth_ml,
)
from clinic_desktop.domain.units import format_units
from clinic_desktop.domain.words import QT_TR_NOOP, Text

# A reconstituted vial is used within 24 hours (docs/domain.md; product labels: onabotulinumtoxinA
# "administer within 24 hours after reconstitution", BOTOX prescribing information, section 2.2).
RECONSTITUTED_USE_WITHIN = timedelta(hours=24)
# A treatment's total and its recorded waste: far above any label's session maximum (Dysport for
# adult limb spasticity: 1,500 U), and within what the database keeps (numeric(6,1): 99,999.9).
MAX_TREATMENT_UNITS = Decimal(10_000)
# Units as a person types them: digits with at most one decimal separator ("5", "2.5", "2,5").
# No sign, exponent ("1e3"), "NaN" or "Infinity", digit separators or other scripts' digits, all of
# which Decimal() would take.
_PLAIN_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+")
UNITS = Text(QT_TR_NOOP("units"))  # what parse_units reads unless told (a Text: the window translates it)
# What else is read as units, by the words callers pass (each shown in the window's language).
_UNITS_WORDS = {"wasted units": QT_TR_NOOP("wasted units")}


def parse_units(value: object, what: str = UNITS, most: Decimal = MAX_TREATMENT_UNITS) -> Decimal:
    """Units as a person types them ('5', '2.5', 5) -> Decimal with one decimal place, or a
    plain message. Zero is allowed here (no waste); at most ``most`` (never a number too large
    to hold). A site's units are read by site_units, which also refuses zero."""
    if what in _UNITS_WORDS and not isinstance(what, Text):
        what = Text(_UNITS_WORDS[what])
    units = _plain_decimal(value)
    if units is None:
        raise ValidationError(
            QT_TR_NOOP(
                "'{value}' is not a number of {what}: write digits, with at most one decimal place "
                "(such as 2.5), from 0 to {most}."
            ),
            value=value,
            what=what,
            most=format_units(most),
        )
    if units > most:
        raise ValidationError(
            QT_TR_NOOP("{value} {what} is more than {most}; check the number."),
            value=value,
            what=what,
            most=format_units(most),
        )
    if units != units.quantize(TENTH):
        raise ValidationError(
            QT_TR_NOOP("The {what} can have at most one decimal place ({value})."), what=what, value=value
        )
    return units.quantize(TENTH, rounding=ROUND_HALF_UP).copy_abs()  # never "-0.0"


def site_units(value: object, site: str) -> Decimal:
    """The units given at one site, as typed: more than 0 and at most MAX_SITE_UNITS; refused
    with a message naming the site and the limit."""
    limit = format_units(MAX_SITE_UNITS)
    units = _plain_decimal(value)
    if units is None:
        raise ValidationError(
            QT_TR_NOOP(
                "'{value}' is not a number of units for {site}: write digits, with at most one decimal "
                "place (such as 2.5), more than 0 and at most {most}."
            ),
            value=value,
            site=site,
            most=limit,
        )
    if units > MAX_SITE_UNITS:
        raise ValidationError(
            QT_TR_NOOP(
                "{value} units at {site} is more than {most}, the most one site takes; check the number."
            ),
            value=value,
            site=site,
            most=limit,
        )
    if units == 0:
        raise ValidationError(
            QT_TR_NOOP(
                "The site {site} has 0 units: a site takes more than 0 and at most {most} units; leave out "
                "a site that was not injected."
            ),
            site=site,
            most=limit,
        )
    return parse_units(units, Text(QT_TR_NOOP("units at {site}"), site=site), MAX_SITE_UNITS)


def _plain_decimal(value: object) -> Decimal | None:
    """A finite, non-negative Decimal from what was typed or given, or None: text must be plain
    digits (_PLAIN_NUMBER); numbers must be finite and not negative."""
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal | int | float):
        try:
            number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
        except (InvalidOperation, ValueError):
            return None
        return number if number.is_finite() and number >= 0 else None
    text = str(value).strip()
    if not _PLAIN_NUMBER.fullmatch(text):
        return None
    return Decimal(text.replace(",", "."))


def check_units(sites: tuple[SiteDose, ...] | list[SiteDose], waste: Decimal | None) -> None:
    """A treatment's units as given to the services (a script, the window, an amendment): each
    site more than 0 and at most MAX_SITE_UNITS, the total and the waste at most
    MAX_TREATMENT_UNITS, every number finite with at most one decimal place."""
    for site in sites:
        site_units(site.units, f"{site.muscle} ({site.side.value})")
    total = sum((s.units for s in sites), Decimal(0))
    if total > MAX_TREATMENT_UNITS:
        raise ValidationError(
            QT_TR_NOOP(
                "The sites add up to {total} units, more than {most} in one treatment; check the units at "
                "each site."
            ),
            total=format_units(total),
            most=format_units(MAX_TREATMENT_UNITS),
        )
    if waste is not None:
        parse_units(waste, Text(_UNITS_WORDS["wasted units"]))


def parse_site(text: str) -> SiteDose:
    """'MUSCLE:SIDE:UNITS:POINTS' as the command line takes it (POINTS may be left out: 1)."""
    parts = [p.strip() for p in text.split(":")]
    if len(parts) not in (3, 4):
        raise ValidationError(
            QT_TR_NOOP(
                "'{text}' is not a site. Write MUSCLE:SIDE:UNITS:POINTS, e.g. frontalis:bilateral:20:4."
            ),
            text=text,
        )
    try:
        side = Side(parts[1].lower())
    except ValueError:
        sides = ", ".join(s.value for s in Side)
        raise ValidationError(
            QT_TR_NOOP("'{side}' in '{text}' is not a side. Sides: {sides}."),
            side=parts[1],
            text=text,
            sides=sides,
        ) from None
    points = parts[3] if len(parts) == 4 else "1"
    if not points.isdigit():
        raise ValidationError(
            QT_TR_NOOP("'{points}' in '{text}' is not a number of injection points."),
            points=points,
            text=text,
        )
    return SiteDose(parts[0], side, site_units(parts[2], f"{parts[0]} ({side.value})"), int(points))


def vials_and_waste(total: Decimal, waste: Decimal | None, units_per_vial: int) -> tuple[int, Decimal]:
    """The single-use vials opened for ``total`` units (and any waste given), and the units wasted:
    when not given, the rest of those vials is discarded."""
    vials = math.ceil((total + (waste or 0)) / units_per_vial)
    return vials, waste if waste is not None else Decimal(vials * units_per_vial) - total


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
    supervised_by_id: int | None = None  # a supervising physician, beside the provider (domain/signing.py)

    @property
    def total_units(self) -> Decimal:
        return total_units(self.sites)
