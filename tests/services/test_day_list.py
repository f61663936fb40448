"""The day list's facts: alerts, plan, last dose, ages, the provider filter and cancelled visits."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.errors import NotFoundError
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.services import ClinicServices
from tests.day_list_clinic import DAY, ONA, build


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    return build(services)


def test_the_whole_clinic_list_has_each_patients_facts(clinic: ClinicServices) -> None:
    day_list = clinic.day_lists.day_list(DAY)
    assert day_list.title == "All providers" and day_list.cancelled == 1
    assert [(r.start.strftime("%H:%M"), r.patient_name) for r in day_list.rows] == [
        ("09:00", "Ines Ortega"),
        ("09:30", "Tom Baker"),
        ("10:00", "Ana Ruiz"),
    ]
    ines, tom, ana = day_list.rows
    assert ines.age == 45 and ines.indication is Indication.CHRONIC_MIGRAINE
    assert ines.plan == "PREEMPT 155 U"
    assert ines.last_dose is not None and ines.last_dose.day == date(2026, 8, 25)
    assert ines.last_dose.units == Decimal(155)
    assert ines.alerts == ("Allergy: Latex", "Headache diary due (none since 25 Aug 2026)")
    assert ines.phone == "(212) 555-0123"
    assert tom.indication is None and tom.plan == "" and tom.last_dose is None
    assert tom.alerts == ("Anticoagulant", "Consent expired")
    assert tom.notes == "Bring the MRI"
    assert ana.alerts == () and ana.provider_name == "Dr Okafor" and ana.phone == ""
    assert [name for name, _ in day_list.by_provider()] == ["Dr Lind", "Dr Okafor"]


def test_a_providers_list_and_a_day_already_treated(clinic: ClinicServices) -> None:
    lind = clinic.day_lists.day_list(DAY, 1)
    assert lind.title == "Dr Lind" and [r.patient_name for r in lind.rows] == ["Ines Ortega", "Tom Baker"]
    # Treated at the visit: the day's own treatment is not the "last" dose on that day's list.
    clinic.clock.fixed = clinic.time.parse_local("2026-11-24T11:00")
    preempt = clinic.treatments.protocol("PREEMPT")
    clinic.treatments.record(
        TreatmentDraft(
            patient_id=1, provider_id=1, performed_at=clinic.time.parse_local("2026-11-24T09:10"),
            indication=Indication.CHRONIC_MIGRAINE, product=ONA, lot_number="C5551",
            sites=preempt.sites, protocol=preempt.name, diluent_ml=Decimal("2"),
        )
    )  # fmt: skip
    again = clinic.day_lists.day_list(DAY, 1).rows[0]
    assert again.last_dose is not None and again.last_dose.day == date(2026, 8, 25)
    assert clinic.day_lists.day_list(date(2026, 11, 25), None).rows == ()
    with pytest.raises(NotFoundError):
        clinic.day_lists.day_list(DAY, 99)
