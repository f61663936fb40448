"""What each role sees of a patient, decided in one place (PatientService.view, issue 20): the
front desk's list, search, chart and records leave out the clinical facts the chart leaves out
(anticoagulant, bleeding risk, conditions, allergies, medications); a provider and a manager see
them. A correction at the front desk keeps the facts it was never shown. On both engines."""

from __future__ import annotations

import pytest

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.patients import PatientRecord
from clinic_desktop.domain.users import Session
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientInput

HIDDEN = ("anticoagulant", "bleeding_risk", "conditions", "allergies", "medications")


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    s = services
    s.clinic.set_setting("timezone", "America/New_York")
    maria = s.patients.add(
        PatientInput("Maria", "Nunez", "1968-05-14", anticoagulant=True, bleeding_risk="on warfarin")
    ).record
    s.patients.add_condition(maria.id, "chronic_migraine")
    s.patients.add_allergy(maria.id, "latex")
    s.patients.add_medication(maria.id, "Apixaban", "5 mg", anticoagulant=True)
    s.patients.add_consent(maria.id, "toxin treatment", "2025-01-10", "2026-01-10")
    return s


def as_role(s: ClinicServices, role: Role) -> None:
    s.session = Session(role.value, role)


def every_read(s: ClinicServices) -> list[PatientRecord]:
    """The record through each way the window and the command line read it."""
    return [
        s.patients.get(1),
        s.patients.search("Nunez")[0].record,
        s.patients.rows([1])[0][0],
        s.patients.chart(1).record,
    ]


def test_reception_reads_no_clinical_fact_of_a_patient_anywhere(clinic: ClinicServices) -> None:
    as_role(clinic, Role.RECEPTION)
    view = clinic.patients.view()
    assert not view.clinical and view.hidden == HIDDEN
    for record in every_read(clinic):
        assert (record.anticoagulant, record.bleeding_risk) == (False, "")
        assert record.given_name == "Maria" and record.phone == ""  # the rest as it is
    chart = clinic.patients.chart(1)
    assert not chart.clinical
    assert (chart.summary.conditions, chart.summary.allergies, chart.summary.medications) == ([], [], [])
    assert chart.alerts == ["Consent expired: toxin treatment (2026-01-10)"]  # theirs to act on
    assert clinic.patients.rows([1])[0][1] is True  # the expired consent is still flagged


@pytest.mark.parametrize("role", [Role.PROVIDER, Role.MANAGER])
def test_a_provider_and_a_manager_see_every_clinical_fact(clinic: ClinicServices, role: Role) -> None:
    as_role(clinic, role)
    assert clinic.patients.view().clinical and clinic.patients.view().hidden == ()
    for record in every_read(clinic):
        assert (record.anticoagulant, record.bleeding_risk) == (True, "on warfarin")
    chart = clinic.patients.chart(1)
    assert [a.substance for a in chart.summary.allergies] == ["latex"]
    assert "Anticoagulant / bleeding risk: on warfarin" in chart.alerts


def test_a_correction_at_the_front_desk_keeps_the_facts_it_was_not_shown(clinic: ClinicServices) -> None:
    as_role(clinic, Role.RECEPTION)
    shown = clinic.patients.get(1)
    data = clinic.patients.input_of(shown)  # what the form holds: the flag blank
    data.phone = "212 555 0101"
    data.anticoagulant, data.bleeding_risk = False, ""
    saved = clinic.patients.update(1, data)
    assert saved.phone == "+12125550101" and not saved.anticoagulant  # as reception sees it
    as_role(clinic, Role.PROVIDER)
    kept = clinic.patients.get(1)
    assert (kept.phone, kept.anticoagulant, kept.bleeding_risk) == ("+12125550101", True, "on warfarin")
    data = clinic.patients.input_of(kept)
    data.anticoagulant, data.bleeding_risk = False, ""
    assert not clinic.patients.update(1, data).anticoagulant  # a provider may change them
