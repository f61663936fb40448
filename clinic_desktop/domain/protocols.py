"""The built-in protocol templates: named starting sets of sites for an indication and product.

Choosing a template fills the treatment's sites; the provider adjusts them to the patient. The names
are a stable contract (the command line's `protocols list`, docs/cli.md), so they never change.

Every value below is taken from a published source, cited where it is defined. Where the source's
own text could not be read while this file was written, the comment says so and the value is the
conservative, widely published one (marked UNVERIFIED). Sources read:

- [PREEMPT] Blumenfeld A, Silberstein SD, Dodick DW, et al. Method of injection of onabotulinumtoxinA
  for chronic migraine: a safe, well-tolerated, and effective treatment paradigm based on the PREEMPT
  clinical program. Headache 2010;50(9):1406-1418 (PubMed 20958294; abstract read: fixed sites plus
  follow-the-pain sites). Its per-muscle table, as the BOTOX label reproduces it, was read in
  secondary copies: drugs.com "How many units of Botox are used for migraines?" (155 U as 0.1 mL
  (5 U) injections, 31 injections over 7 head and neck muscle areas); Dr.Oracle "PREEMPT dosing
  protocol" (per-muscle units and sites); oakvillemedical.com/migraine.htm (31 to 39 sites, up to
  40 additional units into three specific muscle groups, at most 195 U); Adis Drug Evaluation,
  Drugs 2012;72(6):825-845 (155-195 U per cycle in PREEMPT 1 and 2).
- [BOTOX PI] BOTOX (onabotulinumtoxinA) US prescribing information, section 2, as quoted on
  botoxsarasotafl.com (axillary hyperhidrosis paragraph; "no more than 50 Units per site") and on
  AbbVie's botoxone.com (overactive bladder injection protocol; cervical dystonia median dose).
- [WE MOVE] WE MOVE Spasticity Study Group, "Management of spasticity with botulinum toxin type A
  (BOTOX): suggested adult BOTOX dosing", edition 3.0, revised August 2005 (scribd copy): average
  starting dose, range and number of sites per muscle.
- [AbbViePro LLS] abbviepro.com, Adult Lower Limb Spasticity: 300 to 400 Units divided among up to
  6 muscles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.safety import PAEDIATRIC_LIMITS
from clinic_desktop.domain.treatment_record import TENTH, SiteDose, TreatmentRecord
from clinic_desktop.domain.treatments import FollowThePain, ProtocolTemplate
from clinic_desktop.domain.weights import format_kg
from clinic_desktop.domain.words import QT_TR_NOOP


def _both_sides(muscle: str, units_per_side: int, points_per_side: int) -> tuple[SiteDose, SiteDose]:
    """A bilateral muscle as two sites (left, right) so the injection map can draw each side."""
    return (
        SiteDose(muscle, Side.LEFT, Decimal(units_per_side), points_per_side),
        SiteDose(muscle, Side.RIGHT, Decimal(units_per_side), points_per_side),
    )


# --- Chronic migraine: the PREEMPT fixed-site, fixed-dose paradigm ----------------------------------
# [PREEMPT] and [BOTOX PI] chronic migraine: 155 U intramuscularly as 0.1 mL (5 U) at each of 31 sites
# (100 U vial in 2 mL: 5 U per 0.1 mL), divided over seven muscle areas. Per muscle, total over both
# sides: corrugator 10 U in 2 sites, procerus 5 U in 1 site (midline), frontalis 20 U in 4 sites,
# temporalis 40 U in 8 sites, occipitalis 30 U in 6 sites, cervical paraspinal group 20 U in 4 sites,
# trapezius 30 U in 6 sites. Each bilateral muscle is split evenly between the sides.
PREEMPT_UNITS_PER_POINT = Decimal(5)

PREEMPT = ProtocolTemplate(
    name="PREEMPT",
    indication=Indication.CHRONIC_MIGRAINE,
    product=Product.ONABOTULINUMTOXINA,
    sites=(
        *_both_sides("corrugator", 5, 1),  # 10 U, 2 sites
        SiteDose("procerus", Side.MIDLINE, Decimal(5), 1),  # 5 U, 1 site
        *_both_sides("frontalis", 10, 2),  # 20 U, 4 sites
        *_both_sides("temporalis", 20, 4),  # 40 U, 8 sites
        *_both_sides("occipitalis", 15, 3),  # 30 U, 6 sites
        *_both_sides("cervical paraspinal", 10, 2),  # 20 U, 4 sites
        *_both_sides("trapezius", 15, 3),  # 30 U, 6 sites
    ),
    # [PREEMPT]: up to 40 U more, at the injector's judgement, into the temporalis, occipitalis and/or
    # trapezius where the pain predominates, for at most 195 U over at most 39 sites: 39 - 31 = 8
    # extra points of 5 U.
    follow_the_pain=FollowThePain(
        max_units=Decimal(40),
        max_injection_points=8,
        muscles=("occipitalis", "temporalis", "trapezius"),
    ),
    source=(
        "Blumenfeld A et al., Headache 2010;50(9):1406-18 (PREEMPT paradigm); "
        "BOTOX prescribing information, chronic migraine: 155 U, 5 U at each of 31 sites"
    ),
)

# --- Axillary hyperhidrosis ----------------------------------------------------------------------------
# [BOTOX PI] axillary hyperhidrosis: "The recommended dose is 50 Units per axilla ... The recommended
# dilution is 100 Units/4 mL ... 50 Units of BOTOX (2 mL) is injected intradermally in 0.1 to 0.2 mL
# aliquots to each axilla evenly distributed in multiple sites (10-15) approximately 1-2 cm apart."
# 10 points per axilla: 5 U (0.2 mL) each, the label's larger aliquot; 15 points is equally on label.
AXILLARY_HYPERHIDROSIS = ProtocolTemplate(
    name="Axillary hyperhidrosis",
    indication=Indication.AXILLARY_HYPERHIDROSIS,
    product=Product.ONABOTULINUMTOXINA,
    sites=_both_sides("axilla", 50, 10),
    source=(
        "BOTOX prescribing information, axillary hyperhidrosis: 50 U per axilla intradermally, 10-15 sites"
    ),
)

# --- Overactive bladder ------------------------------------------------------------------------------
# [BOTOX PI] overactive bladder, as AbbVie's botoxone.com/oab/dosing gives the label's protocol:
# "20 intradetrusor injections of 0.5 mL; 5 Units per 0.5-mL injection (100 Units in 10 mL)",
# each about 1 cm apart and 2 mm deep, under cystoscopy.
OVERACTIVE_BLADDER = ProtocolTemplate(
    name="Overactive bladder",
    indication=Indication.OVERACTIVE_BLADDER,
    product=Product.ONABOTULINUMTOXINA,
    sites=(SiteDose("detrusor", Side.MIDLINE, Decimal(100), 20),),
    source="BOTOX prescribing information, overactive bladder: 100 U as 20 intradetrusor injections of 5 U",
)

# --- Cervical dystonia (a starting template) ------------------------------------------------------------
# [BOTOX PI] cervical dystonia: doses are individualised; in the trials the median dose was 236 U
# (25th to 75th percentile 198 to 300 U) divided among the affected muscles (botoxone.com,
# cervical-dystonia/safety); no more than 50 U per site should generally be given.
# The label warns (spasmodictorticollis.org, "BOTOX has established dose ranges"): patients with
# smaller neck muscle mass, or who need bilateral sternocleidomastoid injections, are at greater risk
# of dysphagia; limiting the dose injected into the sternocleidomastoid to 100 U or less may decrease
# its occurrence. Hence the modest 40 U here and only one side.
# Pattern: rotational torticollis to the left, whose usual muscles are the splenius capitis on the side
# the chin turns to and the opposite sternocleidomastoid (Medscape, "How is botulinum toxin
# administered in the treatment of focal dystonias?"). Mirror the sides for rotation to the right.
# UNVERIFIED: the per-muscle figures. The US label gives no per-muscle doses for cervical dystonia, and
# AbbVie's per-muscle dose-range chart is an image that could not be read through the tools. Each dose
# is a conservative value inside the ranges commonly reproduced from that chart (sternocleidomastoid
# 15-100 U, splenius capitis 50-150 U, trapezius 50-150 U, levator scapulae 50-100 U, scalenes
# 15-50 U; recalled, not checked), at most 25 U per point, with the total (220 U) inside the label's
# 198-300 U, which was read. The provider sets the muscles and doses.
CERVICAL_DYSTONIA = ProtocolTemplate(
    name="Cervical dystonia (starting)",
    indication=Indication.CERVICAL_DYSTONIA,
    product=Product.ONABOTULINUMTOXINA,
    sites=(
        SiteDose("splenius capitis", Side.LEFT, Decimal(60), 3),
        SiteDose("sternocleidomastoid", Side.RIGHT, Decimal(40), 2),
        SiteDose("trapezius", Side.LEFT, Decimal(50), 2),
        SiteDose("levator scapulae", Side.LEFT, Decimal(50), 2),
        SiteDose("scalenes", Side.RIGHT, Decimal(20), 1),
    ),
    source=(
        "BOTOX prescribing information, cervical dystonia: median 236 U (198-300 U), sternocleidomastoid "
        "100 U or less; per-muscle split unverified (see domain/protocols.py)"
    ),
)

# --- Upper limb spasticity (a starting template) ----------------------------------------------------
# Elbow, wrist and finger flexors of one arm (Side.LEFT; the provider changes the side).
# [BOTOX PI] adult upper limb spasticity: total 75 to 360 U per session divided among the selected
# muscles (MedicineNet, eMedTV and RxEconsult dosing summaries of the label; the 2021 label, which
# added muscles, may allow up to 400 U: not verified), no more than 50 U per site.
# UNVERIFIED against the label's own per-muscle table (not readable through the tools). The label's
# ranges as widely published: biceps brachii 60-200 U in 4 sites, flexor carpi radialis 12.5-50 U in
# 1 site, flexor carpi ulnaris 12.5-50 U in 1 site, flexor digitorum profundus 30-50 U in 1 site,
# flexor digitorum superficialis 30-50 U in 1 site. Each dose below lies inside those ranges and inside
# [WE MOVE]'s (biceps 75-200 U, 2-4 sites; FCR 25-100 U; FCU 20-100 U; FDS and FDP 20-50 U per
# fascicle), which was read.
UPPER_LIMB_SPASTICITY = ProtocolTemplate(
    name="Upper limb spasticity (starting)",
    indication=Indication.UPPER_LIMB_SPASTICITY,
    product=Product.ONABOTULINUMTOXINA,
    sites=(
        SiteDose("biceps brachii", Side.LEFT, Decimal(100), 4),
        SiteDose("flexor carpi radialis", Side.LEFT, Decimal(40), 1),
        SiteDose("flexor carpi ulnaris", Side.LEFT, Decimal(40), 1),
        SiteDose("flexor digitorum profundus", Side.LEFT, Decimal(40), 1),
        SiteDose("flexor digitorum superficialis", Side.LEFT, Decimal(40), 1),
    ),
    source=(
        "BOTOX prescribing information, adult upper limb spasticity (75-360 U; per-muscle ranges); "
        "WE MOVE adult BOTOX dosing table 2005"
    ),
)

# --- Lower limb spasticity (a starting template) ----------------------------------------------------
# Ankle and toe flexors of one leg (Side.LEFT; the provider changes the side).
# [AbbViePro LLS] / [BOTOX PI] adult lower limb spasticity: 300 to 400 U divided among up to 6 muscles.
# The label's per-muscle table (UNVERIFIED: not readable through the tools; values as widely
# published): gastrocnemius medial head 75 U in 3 sites, lateral head 75 U in 3 sites, soleus 75 U in
# 3 sites, tibialis posterior 75 U in 3 sites, flexor hallucis longus 50 U in 2 sites, flexor digitorum
# longus 50 U in 2 sites (400 U). Each lies inside [WE MOVE]'s ranges, which were read (gastrocnemius
# medial/lateral 50-250 U, soleus 50-200 U, tibialis posterior 50-150 U, flexor digitorum longus
# 50-100 U, flexor hallucis longus 25-75 U). 400 U is the whole onabotulinumtoxinA allowance for a
# 3-month window (domain/safety.py): lower it within 300-400 U when other treatments fall nearby.
LOWER_LIMB_SPASTICITY = ProtocolTemplate(
    name="Lower limb spasticity (starting)",
    indication=Indication.LOWER_LIMB_SPASTICITY,
    product=Product.ONABOTULINUMTOXINA,
    sites=(
        SiteDose("gastrocnemius (medial head)", Side.LEFT, Decimal(75), 3),
        SiteDose("gastrocnemius (lateral head)", Side.LEFT, Decimal(75), 3),
        SiteDose("soleus", Side.LEFT, Decimal(75), 3),
        SiteDose("tibialis posterior", Side.LEFT, Decimal(75), 3),
        SiteDose("flexor hallucis longus", Side.LEFT, Decimal(50), 2),
        SiteDose("flexor digitorum longus", Side.LEFT, Decimal(50), 2),
    ),
    source="BOTOX prescribing information, adult lower limb spasticity: 300-400 U over up to 6 muscles",
)

BUILTIN_PROTOCOLS: tuple[ProtocolTemplate, ...] = (
    PREEMPT,
    AXILLARY_HYPERHIDROSIS,
    OVERACTIVE_BLADDER,
    CERVICAL_DYSTONIA,
    UPPER_LIMB_SPASTICITY,
    LOWER_LIMB_SPASTICITY,
)


def builtin_protocol(name: str) -> ProtocolTemplate | None:
    """The built-in template of this name, matched case-insensitively ('preempt' finds PREEMPT)."""
    wanted = name.strip().casefold()
    for template in BUILTIN_PROTOCOLS:
        if template.name.casefold() == wanted:
            return template
    return None


# --- Children: templates whose units come from the weight ---------------------------------------
#
# A child's dose is set per kilogram (domain/safety.py, "Children: doses by body weight"). These
# templates hold Units/kg per muscle; for_weight() turns them into a template of units for one
# child: each muscle's Units/kg times the weight, rounded DOWN to what can be drawn (DRAW_STEP), the
# whole kept within the label's limit for the session (the lower of its Units/kg and its Units: a
# heavy adolescent's template is scaled down to it). Rounding down keeps every template at or under
# the limit. The provider adjusts the sites as with the adult templates.
#
# What can be drawn: the templates assume the label's spasticity dilution of 100 Units in 2 mL
# (5 Units per 0.1 mL; domain/products.py lists it), drawn in a 1 mL syringe marked in 0.01 mL: the
# smallest step is 0.01 mL, 0.5 Units.
DRAW_STEP = Decimal("0.5")


@dataclass(frozen=True)
class PerKgSite:
    """A muscle of a weight-based template: its Units per kilogram and injection points."""

    muscle: str
    side: Side
    units_per_kg: Decimal
    injection_points: int = 1


@dataclass(frozen=True)
class WeightBasedTemplate:
    """A starting set of sites for a child, in Units/kg (a stable name, like the adult ones)."""

    name: str
    indication: Indication
    product: Product
    sites: tuple[PerKgSite, ...]
    source: str = ""

    @property
    def units_per_kg(self) -> Decimal:
        return sum((s.units_per_kg for s in self.sites), Decimal(0))

    def for_weight(self, kg: Decimal) -> ProtocolTemplate:
        """The template in units for a child of ``kg``: rounded down to DRAW_STEP, within the
        label's session limit. Refused (ValidationError) when the weight is so low that a muscle's
        dose rounds to nothing."""
        limit = PAEDIATRIC_LIMITS[(self.product, self.indication)].one_limb.units(kg)
        raw = [s.units_per_kg * kg for s in self.sites]
        total = sum(raw, Decimal(0))
        scale = min(Decimal(1), limit / total) if total else Decimal(1)
        doses = [_drawable(units * scale) for units in raw]
        if any(units <= 0 for units in doses):
            raise ValidationError(
                QT_TR_NOOP(
                    "At {weight} a muscle of {template} would get less than {step} U; "
                    "enter the sites by hand."
                ),
                weight=format_kg(kg),
                template=self.name,
                step=DRAW_STEP,
            )
        sites = tuple(
            SiteDose(s.muscle, s.side, units, s.injection_points)
            for s, units in zip(self.sites, doses, strict=True)
        )
        return ProtocolTemplate(
            name=self.name,
            indication=self.indication,
            product=self.product,
            sites=sites,
            source=f"{self.source}; for {format_kg(kg)}",
        )


def _drawable(units: Decimal) -> Decimal:
    return ((units / DRAW_STEP).to_integral_value(rounding=ROUND_DOWN) * DRAW_STEP).quantize(TENTH)


# [BOTOX ULS] (domain/safety.py): the label's table of muscles and doses for pediatric upper limb
# spasticity, as botoxone.com quotes it: biceps brachii 1.5-3 Units/kg divided in 4 sites,
# brachialis 1-2 Units/kg in 2 sites, brachioradialis 0.5-1 Unit/kg in 2 sites (flexed elbow);
# flexor carpi radialis 1-2 Units/kg in 2 sites, flexor carpi ulnaris 1-2 Units/kg in 2 sites,
# flexor digitorum profundus 0.5-1 Unit/kg in 2 sites, flexor digitorum superficialis (sublimis)
# 0.5-1 Unit/kg in 2 sites (flexed wrist and fingers); the recommended dose is 3-6 Units/kg divided
# among the affected muscles. Every muscle at the low end of its range adds up to 6 Units/kg, the
# session limit: the template starts there (one arm, Side.LEFT; the provider changes the side and
# leaves out muscles that are not affected).
PAEDIATRIC_UPPER_LIMB = WeightBasedTemplate(
    name="Upper limb spasticity, paediatric (per kg)",
    indication=Indication.UPPER_LIMB_SPASTICITY,
    product=Product.ONABOTULINUMTOXINA,
    sites=(
        PerKgSite("biceps brachii", Side.LEFT, Decimal("1.5"), 4),
        PerKgSite("brachialis", Side.LEFT, Decimal(1), 2),
        PerKgSite("brachioradialis", Side.LEFT, Decimal("0.5"), 2),
        PerKgSite("flexor carpi radialis", Side.LEFT, Decimal(1), 2),
        PerKgSite("flexor carpi ulnaris", Side.LEFT, Decimal(1), 2),
        PerKgSite("flexor digitorum profundus", Side.LEFT, Decimal("0.5"), 2),
        PerKgSite("flexor digitorum superficialis", Side.LEFT, Decimal("0.5"), 2),
    ),
    source=(
        "BOTOX prescribing information, pediatric upper limb spasticity: per-muscle Units/kg "
        "(low end of each range), at most 6 Units/kg or 200 Units"
    ),
)

# [BOTOX LLS] (domain/safety.py): 4 to 8 Units/kg divided among the affected muscles of the lower
# limb, at most 8 Units/kg or 300 Units. The label's muscles for it are the ankle plantar flexors of
# its trial: gastrocnemius (medial and lateral head), soleus and tibialis posterior (read in a
# secondary summary of the label only; the label's own per-muscle table could not be read through
# the tools). UNVERIFIED: the per-muscle split. The template gives the low end of the label's
# total, 4 Units/kg, evenly over those four muscles (1 Unit/kg each), in 2 injection points each
# (also unverified); the provider raises it within 8 Units/kg as needed.
PAEDIATRIC_LOWER_LIMB = WeightBasedTemplate(
    name="Lower limb spasticity, paediatric (per kg)",
    indication=Indication.LOWER_LIMB_SPASTICITY,
    product=Product.ONABOTULINUMTOXINA,
    sites=(
        PerKgSite("gastrocnemius (medial head)", Side.LEFT, Decimal(1), 2),
        PerKgSite("gastrocnemius (lateral head)", Side.LEFT, Decimal(1), 2),
        PerKgSite("soleus", Side.LEFT, Decimal(1), 2),
        PerKgSite("tibialis posterior", Side.LEFT, Decimal(1), 2),
    ),
    source=(
        "BOTOX prescribing information, pediatric lower limb spasticity: 4-8 Units/kg, at most "
        "8 Units/kg or 300 Units (per-muscle split unverified, see domain/protocols.py)"
    ),
)

WEIGHT_BASED_PROTOCOLS: tuple[WeightBasedTemplate, ...] = (PAEDIATRIC_UPPER_LIMB, PAEDIATRIC_LOWER_LIMB)


def weight_based_protocol(name: str) -> WeightBasedTemplate | None:
    """The weight-based template of this name, matched case-insensitively."""
    wanted = name.strip().casefold()
    return next((t for t in WEIGHT_BASED_PROTOCOLS if t.name.casefold() == wanted), None)


# --- The strength each built-in template is drawn at ----------------------------------------------
# In Units per 0.1 mL, the dilution each template's doses assume (kept as a strength, so a 200 U vial
# is offered the volume that gives the same dose per 0.1 mL):
# - PREEMPT: [PREEMPT] and [BOTOX PI] chronic migraine, 100 U in 2 mL (5 U per 0.1 mL; see PREEMPT);
# - axillary hyperhidrosis: [BOTOX PI] "The recommended dilution is 100 Units/4 mL" (2.5 U per 0.1 mL);
# - overactive bladder: [BOTOX PI] "100 Units in 10 mL" (1 U per 0.1 mL);
# - the children's templates: 100 U in 2 mL, the label's spasticity dilution (DRAW_STEP above).
# The other templates name no dilution: the dialog offers the vial's usual volume.
TEMPLATE_STRENGTH: dict[str, Decimal] = {
    PREEMPT.name: Decimal("5"),
    AXILLARY_HYPERHIDROSIS.name: Decimal("2.5"),
    OVERACTIVE_BLADDER.name: Decimal("1"),
    **{t.name: DRAW_STEP * 10 for t in WEIGHT_BASED_PROTOCOLS},
}


def default_protocol(
    indication: Indication,
    protocols: Sequence[ProtocolTemplate],
    latest: TreatmentRecord | None,
    child: bool,
) -> str | None:
    """The name of the template charting starts from, for a treatment of ``indication`` of a patient
    whose latest treatment is ``latest`` (None: this is the first) and who is a child on the day or
    not; None: no template (the sites are entered by hand). ``protocols``: the built-in templates
    and the clinic's own (services.treatments.protocols()).

    In order: the clinic's own template or a children's one chosen last time for the same
    indication; for a child, the template by weight for the indication; any other template chosen
    last time for it; else the first template for the indication (the built-ins come first:
    PREEMPT for chronic migraine)."""
    same = latest is not None and latest.indication is indication
    last = latest.protocol if same and latest is not None else None
    own = {t.name for t in protocols if not t.builtin}
    children = {t.name for t in WEIGHT_BASED_PROTOCOLS}
    if last is not None and last in own | children:
        return last
    if child:
        for per_kg in WEIGHT_BASED_PROTOCOLS:
            if per_kg.indication is indication:
                return per_kg.name
    if last is not None and last in {t.name for t in protocols}:
        return last
    return next((t.name for t in protocols if t.indication is indication), None)
