"""Registering patients on the real clock, and text the database cannot keep (issue 18).

A new patient's MRN is in its insert from the start (no stand-in value: the old one, built from
the clock's fractions of a second, overflowed the column on PostgreSQL). Every text is checked
against its column's width and for NUL characters before anything is written, so each engine
answers with the same plain refusal and keeps nothing of the refused change.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinic_desktop.domain.errors import ConflictError, ValidationError
from clinic_desktop.domain.patients import mrn_for
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patient_csv import PatientCsvService
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.store import models as m

MRN_WIDTH = m.Patient.mrn.max_length


@pytest.fixture
def live(db_url: str) -> Iterator[ClinicServices]:
    """The clinic on the real clock (fractions of a second and all), as a workstation runs it."""
    s = ClinicServices.open(db_url)
    assert s.clock.fixed is None and s.clock.local_text is None
    yield s
    s.close()


def every_mrn(s: ClinicServices) -> list[str]:
    return [r.mrn for r in s.store.patients.many(s.store.patients.ids("mrn"))]


# --- MRNs -----------------------------------------------------------------------------------------


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(own=st.lists(st.one_of(st.none(), st.integers(min_value=1, max_value=30)), min_size=1, max_size=5))
def test_patients_added_on_the_real_clock_get_unique_mrns_that_fit(
    live: ClinicServices, own: list[int | None]
) -> None:
    """Some keep a number from another system (which may be the clinic's own next MRN), the
    others get the clinic's next: every registration succeeds unless its own MRN is taken."""
    for number in own:
        mrn = None if number is None else mrn_for(number)
        held = mrn is not None and live.store.patients.by_mrn(mrn) is not None
        try:
            added = live.patients.add(PatientInput("Ann", "Lee", "1960-01-01"), mrn=mrn).record
        except ConflictError as refused:
            assert held and f"The MRN {mrn} already belongs to another patient." == refused.message
            continue
        assert not held
        assert added.mrn == mrn if mrn else re.fullmatch(r"M\d{7,8}", added.mrn)
        assert live.patients.get(added.id).mrn == added.mrn
    mrns = every_mrn(live)
    assert len(mrns) == len(set(mrns)) == live.store.patient_count()
    assert all(len(mrn) <= MRN_WIDTH for mrn in mrns)


def test_new_rows_get_numbers_no_one_holds_and_mrns_stepped_past_taken_ones(live: ClinicServices) -> None:
    """What a bulk writer asks for (an import): several numbers at once, and their MRNs, each
    stepped past one another system's record holds and past the others of the same batch."""
    first = live.patients.add(PatientInput("Ann", "Lee", "1960-01-01"), mrn=mrn_for(1000)).record
    with live.store.write_transaction():
        ids = live.store.patients.new_ids(3)
        mrns = live.store.patients.mrns_for([1000, 10_001_000, 1001])
    assert len(set(ids)) == 3 and min(ids) > first.id
    assert mrns == [mrn_for(20_001_000), mrn_for(10_001_000), mrn_for(1001)]
    assert all(len(mrn) <= MRN_WIDTH for mrn in mrns)


def test_an_import_whose_lines_have_no_mrn_registers_everyone_on_the_real_clock(
    live: ClinicServices,
) -> None:
    service = PatientCsvService(live)
    text = "given_name,family_name,date_of_birth\nAnn,Lee,1960-01-01\nBob,Kay,1961-02-02\nCy,Ray,1962-03-03\n"
    report = service.import_rows(service.read(text))
    assert (report.imported, report.rejected) == (3, [])
    assert [r.mrn for r in report.rows] == every_mrn(live)
    assert all(re.fullmatch(r"M\d{7}", r.mrn) for r in report.rows)


# --- text the columns cannot keep ------------------------------------------------------------------


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    services.clinic.set_setting("timezone", "America/New_York")
    services.resources.add_provider("Dr Lind")
    services.patients.add(PatientInput("Ines", "Ortega", "1980-04-02"))
    return services


def person(given: str, family: str, born: str, field: str, value: str) -> PatientInput:
    return PatientInput.from_mapping(
        {"given_name": given, "family_name": family, "date_of_birth": born} | {field: value}
    )


def nothing_written(s: ClinicServices) -> tuple[int, int, int]:
    counts = s.clinic.info().counts
    return s.store.audit.count(), counts["patients"], counts["providers"]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("family_name", "N" * 81, "The family name can be at most 80 characters."),
        ("preferred_name", "N" * 81, "The preferred name can be at most 80 characters."),
        ("referring_physician", "R" * 201, "The referring physician can be at most 200 characters."),
        ("emergency_contact", "x" * 201, "The emergency contact can be at most 200 characters."),
        ("notes", "allergic to latex\x00", "There is a NUL character in the notes"),
        ("address", "1 Main St\x00", "There is a NUL character in the address"),
        ("given_name", "In\x00es", "There is a NUL character in the given name"),
    ],
)
def test_a_patient_with_text_the_columns_cannot_keep_is_refused_and_nothing_is_written(
    clinic: ClinicServices, field: str, value: str, message: str
) -> None:
    before = nothing_written(clinic)
    with pytest.raises(ValidationError, match=re.escape(message)):
        clinic.patients.add(person("Ana", "Diaz", "1975-03-09", field, value))
    with pytest.raises(ValidationError, match=re.escape(message)):
        clinic.patients.update(1, person("Ines", "Ortega", "1980-04-02", field, value))
    assert nothing_written(clinic) == before
    assert clinic.patients.get(1).family_name == "Ortega"


def test_text_no_service_checks_itself_is_refused_by_the_store_before_the_write(
    clinic: ClinicServices,
) -> None:
    """The widths are declared once (the models); no use case needs a check of its own."""
    before = nothing_written(clinic)
    with pytest.raises(ValidationError, match="^The provider credentials can be at most 60 characters.$"):
        clinic.resources.add_provider("Dr Ray", credentials="MD " * 21)
    with pytest.raises(ValidationError, match="^The allergy substance can be at most 120 characters.$"):
        clinic.patients.add_allergy(1, "p" * 121)
    with pytest.raises(ValidationError, match="There is a NUL character in the contact note"):
        clinic.patients.log_contact(1, "phone", "left a message\x00")
    with pytest.raises(ValidationError, match="^The time off reason can be at most 200 characters.$"):
        clinic.appointments.add_time_off(1, date(2026, 12, 1), date(2026, 12, 2), "conference " * 19)
    with pytest.raises(ValidationError, match="^The MRN can be at most 20 characters.$"):
        clinic.patients.add(PatientInput("Ana", "Diaz", "1975-03-09"), mrn="M" * 21)
    with pytest.raises(ValidationError, match="There is a NUL character in the room name"):
        clinic.resources.add_room("Room\x001")
    assert nothing_written(clinic) == before
    assert clinic.store.clinical.allergies(1) == [] and clinic.store.clinical.contacts(1) == []


def test_an_import_rejects_the_lines_the_columns_cannot_keep_and_imports_the_rest(
    clinic: ClinicServices,
) -> None:
    service = PatientCsvService(clinic)
    text = (
        "given_name,family_name,date_of_birth,preferred_name,notes\n"
        f"Ann,Lee,1960-01-01,{'A' * 81},\n"
        "Bob,Kay,1961-02-02,,bad\x00note\n"
        "Cy,Ray,1962-03-03,Cyrus,fine\n"
    )
    report = service.import_rows(service.read(text))
    assert report.imported == 1
    assert [(r.line, r.reason) for r in report.rejected] == [
        (2, "The preferred name can be at most 80 characters."),
        (3, "There is a NUL character in the column 'notes' (an invisible zero byte, left by pasting "
            "from another program or by a damaged file); remove it and try again."),
    ]  # fmt: skip
    assert sorted(r.family_name for r, _ in clinic.patients.rows(clinic.patients.list_ids())) == [
        "Ortega",
        "Ray",
    ]
