"""Which template charting starts from (domain/protocols.default_protocol) and the strength each
built-in template is drawn at (TEMPLATE_STRENGTH): rules the charting dialog asks for, not makes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.protocols import (
    AXILLARY_HYPERHIDROSIS,
    BUILTIN_PROTOCOLS,
    OVERACTIVE_BLADDER,
    PAEDIATRIC_UPPER_LIMB,
    PREEMPT,
    TEMPLATE_STRENGTH,
    UPPER_LIMB_SPASTICITY,
    WEIGHT_BASED_PROTOCOLS,
    default_protocol,
)
from clinic_desktop.domain.treatment_record import Guidance, SiteDose, TreatmentRecord, units_per_tenth_ml
from clinic_desktop.domain.treatments import ProtocolTemplate

OWN = ProtocolTemplate(
    name="Our migraine",
    indication=Indication.CHRONIC_MIGRAINE,
    product=Product.ONABOTULINUMTOXINA,
    sites=(SiteDose("temporalis", Side.LEFT, Decimal(20), 4),),
    source="The clinic's own template",
    builtin=False,
    id=7,
)
KNOWN = [*BUILTIN_PROTOCOLS, OWN]


def last_time(indication: Indication, protocol: str) -> TreatmentRecord:
    return TreatmentRecord(
        id=1, patient_id=1, provider_id=1, provider_name="Dr Who",
        performed_at=datetime(2026, 8, 1, 10, tzinfo=UTC), performed_on=date(2026, 8, 1),
        indication=indication, protocol=protocol, product=Product.ONABOTULINUMTOXINA,
        lot_number="C1", lot_expires_on=date(2027, 1, 1), diluent_ml=Decimal(2),
        units_per_tenth_ml=Decimal(5), sites=(SiteDose("temporalis", Side.LEFT, Decimal(20), 4),),
        total_units=Decimal(20), waste_units=Decimal(80), guidance=Guidance.NONE,
        consent_checked=True, aftercare_given=True, notes="", created_by="Dr Who",
        signed_at=None, signed_by="",
    )  # fmt: skip


def test_a_first_treatment_starts_from_the_first_template_for_its_indication() -> None:
    assert default_protocol(Indication.CHRONIC_MIGRAINE, KNOWN, None, child=False) == PREEMPT.name
    assert (
        default_protocol(Indication.OVERACTIVE_BLADDER, KNOWN, None, child=False) == OVERACTIVE_BLADDER.name
    )
    assert default_protocol(Indication.OTHER, KNOWN, None, child=False) is None  # no template: by hand


def test_last_times_template_for_the_same_indication_comes_first() -> None:
    migraine = Indication.CHRONIC_MIGRAINE
    assert default_protocol(migraine, KNOWN, last_time(migraine, OWN.name), child=False) == OWN.name
    # The clinic's own, chosen last time, even for a child.
    assert default_protocol(migraine, KNOWN, last_time(migraine, OWN.name), child=True) == OWN.name
    # Last time's was for another indication: not this one's.
    other = last_time(Indication.AXILLARY_HYPERHIDROSIS, AXILLARY_HYPERHIDROSIS.name)
    assert default_protocol(migraine, KNOWN, other, child=False) == PREEMPT.name
    # A template no longer known (a clinic's own deleted since): the first for the indication.
    gone = last_time(migraine, "Deleted since")
    assert default_protocol(migraine, KNOWN, gone, child=False) == PREEMPT.name


def test_a_child_starts_from_the_template_by_weight_unless_last_time_chose_otherwise() -> None:
    upper = Indication.UPPER_LIMB_SPASTICITY
    assert default_protocol(upper, KNOWN, None, child=False) == UPPER_LIMB_SPASTICITY.name
    assert default_protocol(upper, KNOWN, None, child=True) == PAEDIATRIC_UPPER_LIMB.name
    # An adult's built-in chosen last time gives way to the child's template by weight...
    builtin = last_time(upper, UPPER_LIMB_SPASTICITY.name)
    assert default_protocol(upper, KNOWN, builtin, child=True) == PAEDIATRIC_UPPER_LIMB.name
    # ...and the children's template chosen last time stays, for an adult too (just turned 18).
    per_kg = last_time(upper, PAEDIATRIC_UPPER_LIMB.name)
    assert default_protocol(upper, KNOWN, per_kg, child=False) == PAEDIATRIC_UPPER_LIMB.name
    # A child with no template by weight for the indication: the indication's first.
    assert default_protocol(Indication.CHRONIC_MIGRAINE, KNOWN, None, child=True) == PREEMPT.name


def test_a_first_treatment_takes_the_first_template_in_the_order_given() -> None:
    """services.treatments.protocols() gives the built-ins first, so PREEMPT before a clinic's own."""
    own_first = [replace(OWN, name="Aaa migraine"), *BUILTIN_PROTOCOLS]
    assert default_protocol(Indication.CHRONIC_MIGRAINE, own_first, None, child=False) == "Aaa migraine"
    assert default_protocol(Indication.CHRONIC_MIGRAINE, KNOWN, None, child=False) == PREEMPT.name


def test_each_templates_strength_is_its_labels_dilution_of_a_100_unit_vial() -> None:
    assert TEMPLATE_STRENGTH[PREEMPT.name] == units_per_tenth_ml(100, Decimal(2))  # 100 U in 2 mL
    assert TEMPLATE_STRENGTH[AXILLARY_HYPERHIDROSIS.name] == units_per_tenth_ml(100, Decimal(4))
    assert TEMPLATE_STRENGTH[OVERACTIVE_BLADDER.name] == units_per_tenth_ml(100, Decimal(10))
    for per_kg in WEIGHT_BASED_PROTOCOLS:
        assert TEMPLATE_STRENGTH[per_kg.name] == units_per_tenth_ml(100, Decimal(2))
    templates = {t.name for t in BUILTIN_PROTOCOLS} | {t.name for t in WEIGHT_BASED_PROTOCOLS}
    assert set(TEMPLATE_STRENGTH) <= templates
