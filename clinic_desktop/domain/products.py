"""The toxin products the clinic stocks (vial sizes and the diluent volumes their labels give) and the
usual total dose per treatment for an indication and product, for the unusual-total warning
(domain/safety.py: a total outside the range warns; it never refuses).

Units of different products are different things (docs/domain.md): every range here belongs to one
product and is never compared with another product's.

Every value is taken from a published source, cited where it is defined. Where the label's own text
could not be read while this file was written, the comment says so and the value is the conservative,
widely published one (marked UNVERIFIED).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from clinic_desktop.domain.codes import Indication, Product


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


def _ml(*volumes: str) -> tuple[Decimal, ...]:
    return tuple(Decimal(v) for v in volumes)


PRODUCTS: dict[Product, ProductInfo] = {
    # BOTOX: 100 U and 200 U single-dose vials (AbbVie ordering and storage instructions; MPR, "FDA
    # approves expanded Botox label": "supplied as 100 Units and 200 Units of vacuum-dried powder").
    # Diluent (0.9% preservative-free saline), from the label's text and dilution table:
    # - 100 U: 1 mL and 2 mL ("100 Units/1 mL, or 100 Units/2 mL", cervical dystonia section), 4 mL
    #   ("100 Units/4 mL", axillary hyperhidrosis), 8 mL (dilution table: 1.25 U per 0.1 mL, as the
    #   UK SmPC's table prints it), 10 mL (overactive bladder: "100 Units in 10 mL", botoxone.com).
    # - 200 U: 2 mL and 4 mL ("200 Units/2 mL, 200 Units/4 mL", cervical dystonia section).
    #   UNVERIFIED and left out: the 1 mL and 8 mL rows of the US table for the 200 U vial.
    Product.ONABOTULINUMTOXINA: ProductInfo(
        product=Product.ONABOTULINUMTOXINA,
        label="onabotulinumtoxinA",
        brand="Botox",
        vial_units=(100, 200),
        diluent_ml={100: _ml("1", "2", "4", "8", "10"), 200: _ml("2", "4")},
        source="BOTOX (onabotulinumtoxinA) prescribing information, section 2 (dilution table)",
    ),
    # DYSPORT: 300 U and 500 U vials ("Table 1: Dilution Instructions for DYSPORT Vials (500 Units and
    # 300 Units)", drugs.com/dosage/dysport). 500 U: 1, 2.5 and 5 mL give 50, 20 and 10 U per 0.1 mL
    # (Ipsen adult spasticity dilution table; the label's 5 mL steps). 300 U: 1.5 mL and 2.5 mL
    # (Dysport glabellar-lines dilution chart: 10 U in 0.05 mL and in 0.08 mL).
    # UNVERIFIED and left out: the 300 U vial's 0.6 mL and 3 mL rows of the therapeutic table.
    Product.ABOBOTULINUMTOXINA: ProductInfo(
        product=Product.ABOBOTULINUMTOXINA,
        label="abobotulinumtoxinA",
        brand="Dysport",
        vial_units=(300, 500),
        diluent_ml={300: _ml("1.5", "2.5"), 500: _ml("1", "2.5", "5")},
        source="DYSPORT (abobotulinumtoxinA) prescribing information, Table 1; Ipsen dilution tables",
    ),
    # XEOMIN: 50, 100 and 200 U vials ("3 vial options: 50, 100, 200 Units", hcp.xeomin.com).
    # UNVERIFIED: the label's dilution table (Table 5) could not be read through the tools. The volumes
    # are the conservative widely published ones: 50 U in 1.25 mL and 100 U in 2.5 mL (4 U per 0.1 mL,
    # the glabellar-lines dose of 4 U per injection), 200 U in 4 mL (5 U per 0.1 mL).
    Product.INCOBOTULINUMTOXINA: ProductInfo(
        product=Product.INCOBOTULINUMTOXINA,
        label="incobotulinumtoxinA",
        brand="Xeomin",
        vial_units=(50, 100, 200),
        diluent_ml={50: _ml("1.25"), 100: _ml("2.5"), 200: _ml("4")},
        source="XEOMIN (incobotulinumtoxinA) prescribing information (vial sizes); dilutions unverified",
    ),
    # JEUVEAU: a single-dose 100 U vial; "Table 1. Dilution Instructions for JEUVEAU Vials (100 Units):
    # 2.5 mL, 4 Units per 0.1 mL" (JEUVEAU prescribing information, section 2.2).
    Product.PRABOTULINUMTOXINA: ProductInfo(
        product=Product.PRABOTULINUMTOXINA,
        label="prabotulinumtoxinA",
        brand="Jeuveau",
        vial_units=(100,),
        diluent_ml={100: _ml("2.5")},
        source="JEUVEAU (prabotulinumtoxinA-xvfs) prescribing information, section 2.2, Table 1",
    ),
    # DAXXIFY: 50 U and 100 U single-dose vials (Medscape; MPR). Glabellar lines: 8 U (0.1 mL) at each
    # of 5 sites (drugs.com), i.e. 8 U per 0.1 mL.
    # UNVERIFIED: the label's dilution table was not readable; the volumes are derived from that
    # 8 U per 0.1 mL (50 U in 0.625 mL, 100 U in 1.25 mL). Its cervical dystonia dilutions are not
    # included.
    Product.DAXIBOTULINUMTOXINA: ProductInfo(
        product=Product.DAXIBOTULINUMTOXINA,
        label="daxibotulinumtoxinA",
        brand="Daxxify",
        vial_units=(50, 100),
        diluent_ml={50: _ml("0.625"), 100: _ml("1.25")},
        source="DAXXIFY (daxibotulinumtoxinA-lanm) prescribing information; dilutions derived, unverified",
    ),
    # MYOBLOC: a ready-to-use solution of 5,000 U per mL, "requires no mixing" (myobloc.com), in vials
    # of 2,500 U/0.5 mL, 5,000 U/1 mL and 10,000 U/2 mL (MPR). Nothing is added: the volume listed is
    # the vial's fill volume, so units per 0.1 mL come out as the label's 500.
    Product.RIMABOTULINUMTOXINB: ProductInfo(
        product=Product.RIMABOTULINUMTOXINB,
        label="rimabotulinumtoxinB",
        brand="Myobloc",
        vial_units=(2500, 5000, 10000),
        diluent_ml={2500: _ml("0.5"), 5000: _ml("1"), 10000: _ml("2")},
        source="MYOBLOC (rimabotulinumtoxinB) prescribing information: solution of 5,000 U/mL, no diluent",
    ),
}


USUAL_TOTAL_UNITS: dict[tuple[Indication, Product], tuple[Decimal, Decimal]] = {
    # onabotulinumtoxinA (BOTOX)
    # PREEMPT: 155 U at the fixed sites, up to 195 U with follow-the-pain (Blumenfeld A et al.,
    # Headache 2010;50(9):1406-18; Drugs 2012;72(6):825-45: "155-195 units/cycle").
    (Indication.CHRONIC_MIGRAINE, Product.ONABOTULINUMTOXINA): (Decimal(155), Decimal(195)),
    # Label: median dose 236 U, 25th to 75th percentile 198 to 300 U (botoxone.com,
    # cervical-dystonia/safety).
    (Indication.CERVICAL_DYSTONIA, Product.ONABOTULINUMTOXINA): (Decimal(198), Decimal(300)),
    # Label: 75 to 360 U divided among selected muscles (MedicineNet, eMedTV, RxEconsult summaries).
    # UNVERIFIED: the 2021 label may allow up to 400 U; 360 U kept as the conservative upper end.
    (Indication.UPPER_LIMB_SPASTICITY, Product.ONABOTULINUMTOXINA): (Decimal(75), Decimal(360)),
    # Label: 300 to 400 U divided among up to 6 muscles (abbviepro.com, Adult Lower Limb Spasticity).
    (Indication.LOWER_LIMB_SPASTICITY, Product.ONABOTULINUMTOXINA): (Decimal(300), Decimal(400)),
    # Label: 100 U as 20 intradetrusor injections (botoxone.com/oab/dosing).
    (Indication.OVERACTIVE_BLADDER, Product.ONABOTULINUMTOXINA): (Decimal(100), Decimal(100)),
    # Label: 50 U per axilla, both axillae 100 U (BOTOX PI, axillary hyperhidrosis).
    (Indication.AXILLARY_HYPERHIDROSIS, Product.ONABOTULINUMTOXINA): (Decimal(100), Decimal(100)),
    # abobotulinumtoxinA (DYSPORT)
    # Label: initial 500 U divided among the affected muscles, titrated in 250 U steps (eMedTV Dysport
    # dosage; Medscape). UNVERIFIED: the 250-1000 U bounds are the label's range as widely published.
    (Indication.CERVICAL_DYSTONIA, Product.ABOBOTULINUMTOXINA): (Decimal(250), Decimal(1000)),
    # Label: "between Dysport 500 Units and Dysport 1000 Units divided among selected muscles"
    # (dysporthcp.com, adult spasticity dosing).
    (Indication.UPPER_LIMB_SPASTICITY, Product.ABOBOTULINUMTOXINA): (Decimal(500), Decimal(1000)),
    # Label: "between Dysport 1000 Units and Dysport 1500 Units" (dysporthcp.com).
    (Indication.LOWER_LIMB_SPASTICITY, Product.ABOBOTULINUMTOXINA): (Decimal(1000), Decimal(1500)),
    # incobotulinumtoxinA (XEOMIN)
    # Label: recommended initial total dose 120 U; the placebo-controlled trial used 120 U and 240 U
    # (xeomin.com, cervical dystonia dosing).
    (Indication.CERVICAL_DYSTONIA, Product.INCOBOTULINUMTOXINA): (Decimal(120), Decimal(240)),
    # Label: up to 400 U per treatment session (drugs.com/dosage/xeomin: "should not exceed 400 Units
    # in a treatment session"). The label gives no lower bound, so none is set (0): only a total over
    # 400 U warns.
    (Indication.UPPER_LIMB_SPASTICITY, Product.INCOBOTULINUMTOXINA): (Decimal(0), Decimal(400)),
    # daxibotulinumtoxinA (DAXXIFY)
    # Label: 125 to 250 U divided among the affected muscles (drugs.com; Medscape).
    (Indication.CERVICAL_DYSTONIA, Product.DAXIBOTULINUMTOXINA): (Decimal(125), Decimal(250)),
    # rimabotulinumtoxinB (MYOBLOC)
    # Label: 2,500 to 5,000 U divided among affected muscles in patients who have tolerated botulinum
    # toxin before; a lower initial dose otherwise (myobloc.com; MYOBLOC PI section 2.2).
    (Indication.CERVICAL_DYSTONIA, Product.RIMABOTULINUMTOXINB): (Decimal(2500), Decimal(5000)),
}


def usual_range(indication: Indication, product: Product) -> tuple[Decimal, Decimal] | None:
    """The usual total units per treatment of this product for this indication, or None where no label
    or guideline gives one (then no unusual-total warning is possible)."""
    return USUAL_TOTAL_UNITS.get((indication, product))
