"""Units are bounded wherever a treatment reaches the services (a script, the window, an
amendment, a clinic's own protocol): more than 0 and at most 1000 at a site, a total and a waste
of at most 10,000; NaN, infinities, negatives, more than one decimal place are refused plainly,
naming the site and the limit, and nothing is saved."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.treatment_record import SiteDose
from clinic_desktop.domain.treatments import ProtocolTemplate, TreatmentDraft
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientInput

ABO = Product.ABOBOTULINUMTOXINA  # the product dosed in the largest units


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    services.clinic.set_setting("timezone", "America/New_York")
    services.resources.add_provider("Dr Lind")
    services.patients.add(PatientInput("Ines", "Ortega", "1980-04-02"))
    services.treatments.add_lot(ABO, "D1234", date(2027, 6, 30), 40)
    return services


def draft(clinic: ClinicServices, *sites: SiteDose, waste: Decimal | None = None) -> TreatmentDraft:
    return TreatmentDraft(
        patient_id=1, provider_id=1, performed_at=clinic.time.parse_local("2026-11-23T09:00"),
        indication=Indication.OVERACTIVE_BLADDER, product=ABO, lot_number="D1234", sites=sites,
        waste_units=waste,
    )  # fmt: skip


def detrusor(units: str) -> SiteDose:
    return SiteDose("detrusor", Side.MIDLINE, Decimal(units), 30)


def test_a_site_takes_more_than_0_and_at_most_1000_units(clinic: ClinicServices) -> None:
    refusals = [
        ((detrusor("0"), detrusor("200")), None, "The site detrusor (midline) has 0 units"),
        ((detrusor("12.25"),), None, "at most one decimal place"),
        ((detrusor("500"),), Decimal("1e28"), "more than 10000"),
        ((detrusor("500"),), Decimal("NaN"), "'NaN' is not a number of wasted units"),
        ((detrusor("500"),), Decimal("-Infinity"), "is not a number of wasted units"),
        ((detrusor("500"),), Decimal("-5"), "is not a number of wasted units"),
        (tuple(detrusor("1000") for _ in range(11)), None, "add up to 11000 units, more than 10000"),
    ]
    for sites, waste, words in refusals:
        with pytest.raises(ValidationError, match=re.escape(words)):
            clinic.treatments.record(draft(clinic, *sites, waste=waste), "a test of the limits")
    assert clinic.clinic.info().counts["treatments"] == 0  # nothing half-saved
    for units in ("NaN", "Infinity", "-1", "1000.1", "1e28"):
        with pytest.raises(ValidationError, match="units"):
            detrusor(units)  # a site given to the services directly is checked when it is made
    recorded = clinic.treatments.record(draft(clinic, detrusor("1000"), waste=Decimal(0)), "a test").treatment
    assert recorded.total_units == Decimal(1000) and recorded.waste_units == 0
    with pytest.raises(ValidationError, match="has 0 units"):
        clinic.treatments.amend(recorded.id, {"sites": (detrusor("0"),)}, "typo", "Dr Lind")
    with pytest.raises(ValidationError, match="is not a number of wasted units"):
        clinic.treatments.amend(recorded.id, {"waste_units": "1e28"}, "typo", "Dr Lind")
    assert clinic.treatments.get(recorded.id).total_units == Decimal(1000)
    own = ProtocolTemplate("Bladder", Indication.OVERACTIVE_BLADDER, ABO, (detrusor("0"),), builtin=False)
    with pytest.raises(ValidationError, match="has 0 units"):
        clinic.treatments.save_protocol(own)
