"""Registering patients on the real clock (issue 18).

A new patient's MRN is in its insert from the start (no stand-in value: the old one, built from
the clock's fractions of a second, overflowed the column on PostgreSQL).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinic_desktop.domain.errors import ConflictError
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
