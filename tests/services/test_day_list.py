"""The day list's facts: alerts, plan, last dose, ages, the provider filter and cancelled visits;
who may read which list (reception's holds no clinical fact), and names shown as initials."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.domain.users import Session
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


# --- who may see which list, and names as initials ---------------------------------------------------


def acting_as(s: ClinicServices, role: Role) -> ClinicServices:
    s.session = Session(f"a {role.value}", role)
    return s


def test_reception_gets_its_own_list_without_any_clinical_fact(clinic: ClinicServices) -> None:
    acting_as(clinic, Role.RECEPTION)
    with pytest.raises(PermissionDeniedError) as refused:
        clinic.day_lists.day_list(DAY)  # the provider's list
    assert refused.value.message.startswith(
        "Reading the clinical record needs the provider or manager role; you are signed in as reception."
    )
    assert "reception list" in refused.value.message
    day_list = clinic.day_lists.day_list(DAY, reception=True)
    assert day_list.reception and [r.patient_name for r in day_list.rows] == [
        "Ines Ortega",
        "Tom Baker",
        "Ana Ruiz",
    ]
    ines, tom, ana = day_list.rows
    assert ines.phone == "(212) 555-0123" and ines.mrn and ines.age == 45
    # allergies, anticoagulants, diaries, doses, plans and indications were never read
    assert (ines.alerts, tom.alerts, ana.alerts) == ((), ("Consent expired",), ())
    assert all(r.last_dose is None and r.plan == "" and r.indication is None for r in day_list.rows)
    assert tom.notes == "Bring the MRI"  # a booking note is reception's business


@pytest.mark.parametrize("role", [Role.PROVIDER, Role.MANAGER])
def test_providers_and_managers_get_both_lists(clinic: ClinicServices, role: Role) -> None:
    acting_as(clinic, role)
    full = clinic.day_lists.day_list(DAY)
    assert not full.reception and full.rows[0].alerts[0] == "Allergy: Latex"
    assert clinic.day_lists.day_list(DAY, reception=True).rows[0].alerts == ()


def test_nobody_signed_in_gets_no_list(clinic: ClinicServices) -> None:
    clinic.session = None
    for reception in (False, True):
        with pytest.raises(PermissionDeniedError, match="Sign in first"):
            clinic.day_lists.day_list(DAY, reception=reception)


def test_initials_hide_names_phones_and_record_numbers(clinic: ClinicServices) -> None:
    for reception in (False, True):
        day_list = clinic.day_lists.day_list(DAY, reception=reception, names="initials")
        assert day_list.names == "initials"
        assert [r.patient_name for r in day_list.rows] == ["I. O.", "T. B.", "A. R."]
        assert all(r.phone == "" and r.mrn == "" for r in day_list.rows)
        assert [r.age for r in day_list.rows] == [45, 56, 36]
    clinical = clinic.day_lists.day_list(DAY, names="initials").rows[0]
    assert clinical.alerts[0] == "Allergy: Latex" and clinical.plan == "PREEMPT 155 U"  # still the provider's
    with pytest.raises(ValidationError, match="full or initials"):
        clinic.day_lists.day_list(DAY, names="nicknames")
