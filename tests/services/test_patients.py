"""Registering, finding, de-duplicating and merging patients through the service."""

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinic_desktop.domain.errors import ConflictError, ValidationError
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.services.phones import normalise_phone


def person(
    given: str = "Ines", family: str = "Ortega", dob: str = "1980-04-02", **extra: str
) -> PatientInput:
    return PatientInput(given_name=given, family_name=family, date_of_birth=dob, **extra)  # type: ignore[arg-type]


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    services.clinic.set_setting("timezone", "America/New_York")
    services.clinic.set_setting("country", "US")
    return services


def test_register_normalises_and_generates_an_mrn(clinic: ClinicServices) -> None:
    result = clinic.patients.add(
        person(phone="(212) 555-0123", email=" Ines@Example.com ", sex="F", preferred_contact="SMS")
    )
    r = result.record
    assert r.mrn == f"M{r.id:07d}"
    assert (r.phone, r.email, r.sex, r.preferred_contact) == (
        "+12125550123",
        "ines@example.com",
        "female",
        "sms",
    )
    assert result.duplicates == []
    assert r.created_at == r.updated_at is not None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (person(given=""), "given name is missing"),
        (person(dob="2030-01-01"), "in the future"),
        (person(dob="31/02/1980"), "not a date of birth"),
        (person(phone="call me"), "not a phone number"),
        (person(phone="123"), "not a valid phone number"),
        (person(email="ines@"), "not an email"),
        (person(sex="x"), "not a sex"),
        (person(status="asleep"), "not a patient status"),
        (person(preferred_contact="email"), "no email address"),
    ],
)
def test_bad_input_is_refused_in_plain_words(
    clinic: ClinicServices, data: PatientInput, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        clinic.patients.add(data)
    assert clinic.store.patient_count() == 0


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    style=st.sampled_from(
        ["(212) 555-0123", "212-555-0123", "212.555.0123", "2125550123", "+1 212 555 0123", "1-212-555-0123"]
    ),
    spaces=st.integers(min_value=0, max_value=2),
)
def test_any_way_of_writing_a_number_is_one_number(style: str, spaces: int) -> None:
    assert normalise_phone(" " * spaces + style + " " * spaces, "US") == "+12125550123"


def test_duplicates_by_birth_date_and_similar_name_or_by_phone(clinic: ClinicServices) -> None:
    first = clinic.patients.add(person(phone="212 555 0123")).record
    again = clinic.patients.add(person(given="Inés", phone=""))
    assert [d.id for d in again.duplicates] == [first.id]
    by_phone = clinic.patients.add(
        person(given="Carl", family="Berg", dob="1970-01-01", phone="+1 212 555 0123")
    )
    assert [d.id for d in by_phone.duplicates] == [first.id]
    unrelated = clinic.patients.add(person(given="Maria", family="Ortega"))
    assert unrelated.duplicates == []


def test_search_finds_by_fragments_phone_birth_date_and_mrn(clinic: ClinicServices) -> None:
    add = clinic.patients.add
    john = add(person("John", "Smith", "1975-06-01", phone="(917) 555-0142")).record
    add(person("Johnny", "Smithers", "1990-02-02"))
    add(person("Joan", "Smithson", "1962-03-03"))
    nunez = add(person("María", "Núñez", "1980-04-02")).record

    def found(text: str) -> list[int]:
        return [h.record.id for h in clinic.patients.search(text)]

    assert found("smith john")[0] == john.id
    assert found("jo smi")[0] == john.id and len(found("jo smi")) == 3
    assert found("9175550142") == [john.id]
    assert found("555 0142") == [john.id]
    assert found("0142") == [john.id]  # the last digits
    assert found("6/1/1975") == [john.id]  # the clinic's (US) date order
    assert found("nunez") == [nunez.id] == found("NÚÑEZ maria")
    assert found(john.mrn.lower()) == [john.id]
    assert found("smith 6/1/1975") == [john.id]
    assert found("zzz") == []


def two_patients_with_appointments(s: ClinicServices) -> tuple[int, int]:
    rows = s.store.database.execute_sql(
        "SELECT patient_id FROM appointment GROUP BY patient_id ORDER BY patient_id LIMIT 2"
    ).fetchall()
    return int(rows[0][0]), int(rows[1][0])


def test_merge_moves_everything_and_is_recorded(demo_services: ClinicServices) -> None:
    s = demo_services
    first, second = two_patients_with_appointments(s)
    survivor, duplicate = s.patients.get(first), s.patients.get(second)
    before_survivor = len(s.patients.chart(survivor.id).past) + len(s.patients.chart(survivor.id).upcoming)
    before_duplicate = len(s.patients.chart(duplicate.id).past) + len(s.patients.chart(duplicate.id).upcoming)
    s.patients.add_allergy(duplicate.id, "Latex", "rash")
    moved = s.patients.merge(survivor.id, duplicate.id, by="reception")
    assert moved["appointment"] == before_duplicate and moved["allergy"] >= 1
    chart = s.patients.chart(survivor.id)
    assert len(chart.past) + len(chart.upcoming) == before_survivor + before_duplicate
    assert any(a.substance == "Latex" for a in chart.summary.allergies)
    assert chart.merges[0][0] == duplicate.mrn
    merged = s.patients.get(duplicate.id)
    assert merged.status == "merged" and merged.merged_into == survivor.id
    # the old MRN still finds the patient, now as the surviving record; names no longer list it
    assert [h.record.id for h in s.patients.search(duplicate.mrn)] == [survivor.id]
    assert duplicate.id not in s.patients.list_ids()
    with pytest.raises(ConflictError, match="already been merged"):
        s.patients.merge(survivor.id, duplicate.id)
    with pytest.raises(ValidationError, match="into itself"):
        s.patients.merge(survivor.id, survivor.id)
    assert s.clinic.check() == []


def test_a_failed_merge_changes_nothing(
    demo_services: ClinicServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = demo_services
    from clinic_desktop.store import models

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(models.PatientMerge, "create", boom)
    ids = two_patients_with_appointments(s)
    before = s.store.database.execute_sql(
        "SELECT patient_id, COUNT(*) FROM appointment GROUP BY 1"
    ).fetchall()
    with pytest.raises(RuntimeError):
        s.patients.merge(ids[0], ids[1])
    assert (
        s.store.database.execute_sql("SELECT patient_id, COUNT(*) FROM appointment GROUP BY 1").fetchall()
        == before
    )
    assert s.patients.get(ids[1]).status != "merged"


def test_chart_alerts_and_clinical_summary(clinic: ClinicServices) -> None:
    r = clinic.patients.add(person()).record
    clinic.patients.add_condition(r.id, "chronic_migraine")
    clinic.patients.add_allergy(r.id, "Human albumin", "urticaria", "Severe")
    clinic.patients.add_medication(r.id, "Apixaban", "5 mg", anticoagulant=True)
    today = clinic.patients.today()
    clinic.patients.add_consent(
        r.id, "Botulinum toxin treatment", today - timedelta(days=400), today - timedelta(days=35)
    )
    chart = clinic.patients.chart(r.id)
    assert chart.summary.conditions[0].icd10 == "G43.709"
    assert [a.split(":")[0] for a in chart.alerts] == [
        "Allergy",
        "Anticoagulant / bleeding risk",
        "Consent expired",
    ]
    hit = clinic.patients.search("ortega")[0]
    assert hit.expired_consent
    with pytest.raises(ValidationError, match="after the day it was signed"):
        clinic.patients.add_consent(r.id, "Photography", today, today)
    with pytest.raises(ValidationError, match="Known indications"):
        clinic.patients.add_condition(r.id, "tennis elbow")


def test_list_ids_sorts_and_filters(demo_services: ClinicServices) -> None:
    s = demo_services
    by_name = s.patients.list_ids("name")
    records = [r for r, _ in s.patients.rows(by_name[:50])]
    assert [(r.family_name, r.given_name) for r in records] == sorted(
        (r.family_name, r.given_name) for r in records
    )
    by_dob = [
        r.date_of_birth
        for r, _ in s.patients.rows(s.patients.list_ids("date_of_birth", descending=True)[:50])
    ]
    assert by_dob == sorted(by_dob, reverse=True)
    retired = s.patients.input_of(s.patients.get(by_name[0]))
    retired.status = "inactive"
    s.patients.update(by_name[0], retired)
    active = s.patients.list_ids(statuses=["active"])
    assert all(r.status == "active" for r, _ in s.patients.rows(active[:100]))
    assert by_name[0] not in active and len(active) == len(by_name) - 1
    assert s.patients.list_ids(statuses=["inactive"]) == [by_name[0]]


def test_update_reindexes_the_search(clinic: ClinicServices) -> None:
    r = clinic.patients.add(person()).record
    changed = clinic.patients.input_of(r)
    changed.family_name = "Ortega-Lind"
    clinic.patients.update(r.id, changed)
    assert [h.record.id for h in clinic.patients.search("lind")] == [r.id]
    assert clinic.patients.get(r.id).updated_at is not None


def test_demo_patients_are_searchable(demo_services: ClinicServices) -> None:
    some = demo_services.patients.rows(demo_services.patients.list_ids()[:5])
    for record, _ in some:
        hits = demo_services.patients.search(f"{record.family_name} {record.given_name}")
        assert record.id in [h.record.id for h in hits]
        assert normalise_phone(record.phone, "US") == record.phone


def test_day_list_flags_a_lapsed_consent(demo_services: ClinicServices) -> None:
    s = demo_services
    day = s.schedule.day(s.schedule.today())
    patient = day.entries[0].appointment.patient_id
    assert not day.entries[0].expired_consent
    today = s.patients.today()
    s.patients.add_consent(patient, "Photography", today - timedelta(days=30), today - timedelta(days=1))
    flagged = s.schedule.day(s.schedule.today())
    assert {e.appointment.patient_id for e in flagged.entries if e.expired_consent} == {patient}


def test_generated_mrns_step_past_numbers_from_other_systems(clinic: ClinicServices) -> None:
    taken = clinic.patients.add(person("Ann", "Lee", "1960-01-01"), mrn="M0000002").record
    fresh = clinic.patients.add(person("Bob", "Kay", "1961-01-01")).record
    assert taken.id == 1 and fresh.id == 2
    assert fresh.mrn != "M0000002" and fresh.mrn == "M10000002"


def test_over_long_fields_are_refused_before_any_write(clinic: ClinicServices) -> None:
    with pytest.raises(ValidationError, match="The emergency contact can be at most 200 characters."):
        clinic.patients.add(person(emergency_contact="x" * 201))


def test_a_patients_language_is_kept_and_checked(services: ClinicServices) -> None:
    from clinic_desktop.services.patients import PatientInput

    added = services.patients.add(PatientInput("Lucia", "Reyes", "1975-03-09", language="ES")).record
    assert services.patients.get(added.id).language == "es"
    with pytest.raises(ValidationError, match="not a language code"):
        services.patients.add(PatientInput("Ana", "Diaz", "1975-03-09", language="spanish"))
