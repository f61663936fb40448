"""The built-in protocol templates and the product reference data (domain/protocols.py,
domain/products.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.products import PRODUCTS, USUAL_TOTAL_UNITS, usual_range
from clinic_desktop.domain.protocols import BUILTIN_PROTOCOLS, builtin_protocol
from clinic_desktop.domain.treatment_record import units_per_tenth_ml
from clinic_desktop.domain.treatments import ProtocolTemplate


def template(name: str) -> ProtocolTemplate:
    found = builtin_protocol(name)
    assert found is not None, name
    return found


def test_preempt_is_155_units_at_31_points() -> None:
    preempt = template("PREEMPT")
    assert preempt.indication is Indication.CHRONIC_MIGRAINE
    assert preempt.product is Product.ONABOTULINUMTOXINA
    assert preempt.total_units == Decimal(155)
    assert preempt.total_injection_points == 31


def test_preempt_fixed_sites_are_5_units_per_point() -> None:
    for site in template("PREEMPT").sites:
        assert site.injection_points > 0
        assert site.units == 5 * site.injection_points, site


@pytest.mark.parametrize(
    ("muscle", "units", "points"),
    [
        ("corrugator", 10, 2),
        ("procerus", 5, 1),
        ("frontalis", 20, 4),
        ("temporalis", 40, 8),
        ("occipitalis", 30, 6),
        ("cervical paraspinal", 20, 4),
        ("trapezius", 30, 6),
    ],
)
def test_preempt_muscles_as_the_paradigm_tabulates(muscle: str, units: int, points: int) -> None:
    sites = [s for s in template("PREEMPT").sites if s.muscle == muscle]
    assert sum(s.units for s in sites) == units
    assert sum(s.injection_points for s in sites) == points
    if muscle == "procerus":
        assert [s.side for s in sites] == [Side.MIDLINE]
    else:
        assert sorted(s.side for s in sites) == [Side.LEFT, Side.RIGHT]
        assert sites[0].units == sites[1].units


def test_preempt_follow_the_pain() -> None:
    preempt = template("PREEMPT")
    ftp = preempt.follow_the_pain
    assert ftp is not None
    assert ftp.max_units == Decimal(40)
    assert ftp.max_injection_points == 8
    assert set(ftp.muscles) == {"occipitalis", "temporalis", "trapezius"}
    assert set(ftp.muscles) <= {s.muscle for s in preempt.sites}
    # The fixed sites plus the most follow-the-pain allows is the top of the usual range (195 U).
    usual = usual_range(preempt.indication, preempt.product)
    assert usual == (preempt.total_units, preempt.total_units + ftp.max_units)


def test_axillary_hyperhidrosis_is_50_units_per_axilla() -> None:
    axillary = template("Axillary hyperhidrosis")
    assert axillary.total_units == Decimal(100)
    assert sorted(s.side for s in axillary.sites) == [Side.LEFT, Side.RIGHT]
    for site in axillary.sites:
        assert site.units == Decimal(50)
        assert 10 <= site.injection_points <= 15


def test_overactive_bladder_is_100_units_in_20_intradetrusor_points() -> None:
    oab = template("Overactive bladder")
    assert oab.total_units == Decimal(100)
    assert oab.total_injection_points == 20
    assert [(s.muscle, s.side) for s in oab.sites] == [("detrusor", Side.MIDLINE)]


def test_cervical_dystonia_keeps_the_sternocleidomastoid_at_100_units_or_less() -> None:
    cd = template("Cervical dystonia (starting)")
    scm = sum(s.units for s in cd.sites if s.muscle == "sternocleidomastoid")
    assert 0 < scm <= 100


@pytest.mark.parametrize("protocol", BUILTIN_PROTOCOLS, ids=lambda p: p.name)
def test_every_template_total_is_inside_its_usual_range(protocol: ProtocolTemplate) -> None:
    usual = usual_range(protocol.indication, protocol.product)
    if usual is not None:
        low, high = usual
        assert low <= protocol.total_units <= high


@pytest.mark.parametrize("protocol", BUILTIN_PROTOCOLS, ids=lambda p: p.name)
def test_every_template_is_cited_and_sensible(protocol: ProtocolTemplate) -> None:
    assert protocol.builtin
    assert protocol.id is None
    assert protocol.source.strip()
    assert protocol.sites
    for site in protocol.sites:
        assert site.muscle == site.muscle.lower()
        assert site.injection_points >= 1
        # No more than 50 U per point (BOTOX label).
        assert site.units <= 50 * site.injection_points


def test_the_onabotulinumtoxina_templates_named_in_the_brief_have_ranges() -> None:
    for protocol in BUILTIN_PROTOCOLS:
        assert usual_range(protocol.indication, protocol.product) is not None, protocol.name


def test_builtin_protocol_matches_names_case_insensitively() -> None:
    assert builtin_protocol("preempt") is template("PREEMPT")
    assert builtin_protocol("  OVERACTIVE BLADDER ") is template("Overactive bladder")
    assert builtin_protocol("upper limb spasticity (STARTING)") is template(
        "Upper limb spasticity (starting)"
    )
    assert builtin_protocol("no such protocol") is None


def test_template_names_are_unique_and_the_stable_ones() -> None:
    names = [p.name for p in BUILTIN_PROTOCOLS]
    assert len({n.casefold() for n in names}) == len(names)
    assert names == [
        "PREEMPT",
        "Axillary hyperhidrosis",
        "Overactive bladder",
        "Cervical dystonia (starting)",
        "Upper limb spasticity (starting)",
        "Lower limb spasticity (starting)",
    ]


def test_every_product_is_described() -> None:
    assert set(PRODUCTS) == set(Product)
    for product, info in PRODUCTS.items():
        assert info.product is product
        assert info.label == product.value
        assert info.brand
        assert info.source
        assert info.vial_units
        assert set(info.diluent_ml) == set(info.vial_units)


@pytest.mark.parametrize("product", list(Product))
def test_every_dilution_gives_sensible_units_per_tenth_ml(product: Product) -> None:
    info = PRODUCTS[product]
    for vial in info.vial_units:
        volumes = info.diluent_ml[vial]
        assert volumes, (product, vial)
        for ml in volumes:
            per_tenth = units_per_tenth_ml(vial, ml)
            # From 1 U per 0.1 mL (Botox for the bladder) to Myobloc's 500 U per 0.1 mL.
            assert Decimal(1) <= per_tenth <= Decimal(500), (product, vial, ml, per_tenth)


@pytest.mark.parametrize(
    ("product", "vial", "ml", "expected"),
    [
        (Product.ONABOTULINUMTOXINA, 100, "2", "5.00"),
        (Product.ONABOTULINUMTOXINA, 100, "4", "2.50"),
        (Product.ONABOTULINUMTOXINA, 200, "4", "5.00"),
        (Product.ONABOTULINUMTOXINA, 100, "10", "1.00"),
        (Product.ABOBOTULINUMTOXINA, 500, "2.5", "20.00"),
        (Product.ABOBOTULINUMTOXINA, 500, "1", "50.00"),
        (Product.PRABOTULINUMTOXINA, 100, "2.5", "4.00"),
        (Product.DAXIBOTULINUMTOXINA, 100, "1.25", "8.00"),
        (Product.RIMABOTULINUMTOXINB, 5000, "1", "500.00"),
    ],
)
def test_label_dilutions(product: Product, vial: int, ml: str, expected: str) -> None:
    assert Decimal(ml) in PRODUCTS[product].diluent_ml[vial]
    assert units_per_tenth_ml(vial, Decimal(ml)) == Decimal(expected)


def test_usual_ranges_are_ordered_and_per_product() -> None:
    for (indication, product), (low, high) in USUAL_TOTAL_UNITS.items():
        assert isinstance(indication, Indication)
        assert isinstance(product, Product)
        assert Decimal(0) <= low <= high


def test_usual_range_is_none_where_no_label_gives_one() -> None:
    assert usual_range(Indication.MYOFASCIAL_PAIN, Product.ONABOTULINUMTOXINA) is None
    assert usual_range(Indication.CHRONIC_MIGRAINE, Product.ABOBOTULINUMTOXINA) is None
    assert usual_range(Indication.CHRONIC_MIGRAINE, Product.ONABOTULINUMTOXINA) == (
        Decimal(155),
        Decimal(195),
    )
