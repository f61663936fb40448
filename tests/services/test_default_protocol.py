"""The template charting starts from, asked of the treatment service (the dialog asks it, the rule
is domain/protocols.default_protocol): from the patient's last treatment and age on the day, on
both engines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.errors import PermissionDeniedError
from clinic_desktop.domain.protocols import PAEDIATRIC_UPPER_LIMB, PREEMPT, UPPER_LIMB_SPASTICITY
from clinic_desktop.domain.safety import Recipient
from clinic_desktop.domain.treatment_record import SiteDose
from clinic_desktop.domain.treatments import ProtocolTemplate, TreatmentDraft
from clinic_desktop.domain.users import Session
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientInput

ONA = Product.ONABOTULINUMTOXINA
TODAY = date(2026, 11, 23)
ADULT = Recipient(date(1980, 4, 2))
CHILD = Recipient(date(2019, 4, 2))


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    s = services
    s.clinic.set_setting("timezone", "America/New_York")
    s.resources.add_provider("Dr Lind")
    s.patients.add(PatientInput("Ines", "Ortega", "1980-04-02"))
    s.treatments.add_lot(ONA, "C5551", date(2027, 6, 30), 20)
    return s


def test_a_first_migraine_treatment_starts_from_preempt_and_a_childs_spasticity_by_weight(
    clinic: ClinicServices,
) -> None:
    treatments = clinic.treatments
    assert treatments.default_protocol(Indication.CHRONIC_MIGRAINE, None, ADULT, TODAY) == PREEMPT.name
    upper = Indication.UPPER_LIMB_SPASTICITY
    assert treatments.default_protocol(upper, None, ADULT, TODAY) == UPPER_LIMB_SPASTICITY.name
    assert treatments.default_protocol(upper, None, CHILD, TODAY) == PAEDIATRIC_UPPER_LIMB.name
    assert treatments.default_protocol(Indication.OTHER, None, ADULT, TODAY) is None


def test_the_clinics_own_template_charted_last_time_is_chosen_again(clinic: ClinicServices) -> None:
    own = clinic.treatments.save_protocol(
        ProtocolTemplate(
            name="Our migraine",
            indication=Indication.CHRONIC_MIGRAINE,
            product=ONA,
            sites=(SiteDose("temporalis", Side.LEFT, Decimal(40), 8),),
            builtin=False,
        )
    )
    draft = TreatmentDraft(
        1, 1, clinic.time.parse_local("2026-11-23T09:00"), Indication.CHRONIC_MIGRAINE, ONA, "C5551",
        own.sites, protocol=own.name, diluent_ml=Decimal(2),
    )  # fmt: skip
    latest = clinic.treatments.record(draft).treatment
    migraine = Indication.CHRONIC_MIGRAINE
    # Read here, or given the templates the chart already read: the same answer.
    assert clinic.treatments.default_protocol(migraine, latest, ADULT, TODAY) == own.name
    known = clinic.treatments.protocols()
    assert clinic.treatments.default_protocol(migraine, latest, ADULT, TODAY, known) == own.name
    # Another indication this time: its own first template, not last time's.
    bladder = Indication.OVERACTIVE_BLADDER
    assert clinic.treatments.default_protocol(bladder, latest, ADULT, TODAY) == "Overactive bladder"


def test_reception_is_not_offered_templates(clinic: ClinicServices) -> None:
    clinic.session = Session("rita", Role.RECEPTION, user_id=1)
    with pytest.raises(PermissionDeniedError):
        clinic.treatments.default_protocol(Indication.CHRONIC_MIGRAINE, None, ADULT, TODAY)
