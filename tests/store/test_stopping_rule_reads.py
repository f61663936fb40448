"""The recall list reads only what NICE TA260's stopping rule reads (store.treatments.
stopping_rule_reads): migraine_status (domain/outcomes.py, the rule's one place) must give the same
answer from those rows as from the patient's whole history. Checked on random diaries and treatment
days on both engines, with same-day scores, month boundaries, gaps, zero and fractional values, other
indications' treatments and other measures' scores beside them; on the real clock."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinic_desktop.domain.codes import Indication, Product
from clinic_desktop.domain.outcomes import HEADACHE_DAYS, Score, migraine_status
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.store import models as m

MIGRAINE, DYSTONIA = Indication.CHRONIC_MIGRAINE, Indication.CERVICAL_DYSTONIA
FIRST_DAY = date(2025, 1, 1)

# Days within about 14 months, so that diaries have same-day scores, whole months, gaps and
# year ends; values on the headache-days scale, some fractional, some zero.
days = st.integers(min_value=0, max_value=430).map(lambda n: FIRST_DAY + timedelta(days=n))
values = st.one_of(
    st.integers(min_value=0, max_value=31).map(Decimal),
    st.decimals(min_value=0, max_value=31, places=2, allow_nan=False, allow_infinity=False),
)
diaries = st.lists(st.tuples(days, values), max_size=12)
# Monthly diaries, which meet (or just miss) the "episodic for 3 months" part of the rule.
monthly = st.builds(
    lambda start, gaps, counts: [
        (FIRST_DAY + timedelta(days=start + sum(gaps[: i + 1])), Decimal(c)) for i, c in enumerate(counts)
    ],
    st.integers(min_value=0, max_value=60),
    st.lists(st.integers(min_value=20, max_value=40), min_size=6, max_size=6),
    st.lists(st.integers(min_value=8, max_value=20), min_size=6, max_size=6),
)
treatment_days = st.lists(days, max_size=5)


@pytest.fixture
def clinic(db_url: str) -> Iterator[ClinicServices]:
    s = ClinicServices.open(db_url)  # the real clock (the rule reads none)
    s.resources.add_provider("Dr Lind")
    s.treatments.add_lot(Product.ONABOTULINUMTOXINA, "C1", date(2030, 6, 30), 20)
    yield s
    s.close()


def add_history(
    s: ClinicServices,
    treated: list[date],
    diary: list[tuple[date, Decimal]],
    other_treated: Sequence[date] = (),
    other_scores: Sequence[tuple[date, Decimal]] = (),
) -> int:
    """A new patient with these treatments and scores, written in this order (their ids follow it)."""
    patient = s.patients.add(PatientInput("Ines", "Ortega", "1975-01-30")).record.id
    now = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
    with s.store.write_transaction():
        for day, indication in [*((d, MIGRAINE) for d in treated), *((d, DYSTONIA) for d in other_treated)]:
            m.Treatment.insert(
                patient=patient, provider=1, performed_at=datetime.combine(day, time(15), UTC),
                performed_on=day, indication=indication.value, product=Product.ONABOTULINUMTOXINA.value,
                lot=1, total_units=Decimal(155), created_at=now,
            ).execute()  # fmt: skip
        for (day, value), measure in [
            *((x, HEADACHE_DAYS) for x in diary),
            *((x, "midas") for x in other_scores),
        ]:
            m.Outcome.insert(
                patient=patient, measure=measure, value=value, recorded_on=day, created_at=now
            ).execute()
    return patient


def assert_same_answer(
    s: ClinicServices, patient: int, treated: list[date], diary: list[tuple[date, Decimal]]
) -> None:
    whole = migraine_status([Score(d, v) for d, v in diary], treated)
    with s.store.read_transaction():
        reads = s.store.treatments.stopping_rule_reads([patient], MIGRAINE, HEADACHE_DAYS)
    if patient not in reads:  # left out: the rule cannot flag them
        assert whole.stop_flag is None
        assert not [d for d, _ in diary if treated and d > min(treated)]
        return
    first_days, scores = reads[patient]
    assert first_days == sorted(treated)[:2]
    assert len(scores) <= len(diary)
    assert migraine_status(scores, first_days) == whole


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(treated=treatment_days, diary=st.one_of(diaries, monthly), other_treated=treatment_days, other=diaries)
def test_the_rule_reads_the_same_from_the_rows_read_as_from_the_whole_history(
    clinic: ClinicServices,
    treated: list[date],
    diary: list[tuple[date, Decimal]],
    other_treated: list[date],
    other: list[tuple[date, Decimal]],
) -> None:
    patient = add_history(clinic, treated, diary, other_treated, other)
    assert_same_answer(clinic, patient, treated, diary)


def test_each_patient_gets_their_own_rows_in_one_read(clinic: ClinicServices) -> None:
    """Several patients at once, the flagged and the unflagged side by side: a monthly diary gone
    episodic, a poor response after two cycles, a good response, a diary with nothing after the first
    treatment, and no treatment at all."""
    d = date.fromisoformat
    cases = [
        ([d("2026-01-10")], [(d("2026-01-05"), Decimal(20)), (d("2026-06-02"), Decimal(14)),
                             (d("2026-07-30"), Decimal(12)), (d("2026-08-01"), Decimal(9))]),
        ([d("2026-01-10"), d("2026-04-10")], [(d("2026-01-10"), Decimal(20)), (d("2026-01-10"), Decimal(18)),
                                              (d("2026-05-01"), Decimal(15))]),
        ([d("2026-01-10"), d("2026-04-10")], [(d("2026-01-10"), Decimal(20)), (d("2026-05-01"), Decimal(9))]),
        ([d("2026-03-10")], [(d("2026-03-10"), Decimal(20))]),
        ([], [(d("2026-03-10"), Decimal(20)), (d("2026-04-10"), Decimal(20))]),
    ]  # fmt: skip
    patients = [add_history(clinic, treated, diary) for treated, diary in cases]
    with clinic.store.read_transaction():
        reads = clinic.store.treatments.stopping_rule_reads(patients, MIGRAINE, HEADACHE_DAYS)
    assert sorted(reads) == patients[:3]
    flags = {p: migraine_status(scores, first).stop_flag for p, (first, scores) in reads.items()}
    assert flags[patients[0]] is not None and flags[patients[0]].startswith("Episodic for 3 months")
    assert flags[patients[1]] is not None and "(17%)" in flags[patients[1]]  # baseline: the day's last, 18
    assert flags[patients[2]] is None
    for patient, (treated, diary) in zip(patients, cases, strict=True):
        assert_same_answer(clinic, patient, treated, diary)
