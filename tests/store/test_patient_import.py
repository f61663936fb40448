"""The import's staging tables and moves (store/patient_import.py) on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from clinic_desktop.domain.audit import GENESIS
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.store.patient_import import PATIENT_COLUMNS, STAGING_TABLES

NOW = datetime(2026, 11, 23, 15, 0, 12, 345678, tzinfo=UTC)


def row(patient_id: int, mrn: str, given: str = "Nora", family: str = "Quinn") -> dict[str, Any]:
    values: dict[str, Any] = dict.fromkeys(PATIENT_COLUMNS, "")
    values.update(
        id=patient_id, mrn=mrn, given_name=given, family_name=family, date_of_birth=date(1980, 1, 2),
        status="active", external_id=None, anticoagulant=False, merged_into=None, created_at=NOW,
        updated_at=NOW,
    )  # fmt: skip
    return values


def test_staging_tables_are_the_connections_own_and_go_away(services: ClinicServices) -> None:
    records = services.store.patient_import
    records.open_staging()
    assert records.staging_tables() == sorted(STAGING_TABLES)
    records.close_staging()
    assert records.staging_tables() == []
    records.close_staging()  # twice is harmless


def test_ids_are_reserved_after_the_largest_and_checked_before_the_move(
    services: ClinicServices, backend: str
) -> None:
    services.patients.add(PatientInput("Ines", "Ortega", "1980-04-02"))
    records = services.store.patient_import
    first = records.reserve_ids(3, None)
    assert first == [2, 3, 4]
    assert records.reserve_ids(2, first[-1]) == [5, 6]
    assert records.ids_free(2)
    services.patients.add(PatientInput("Carl", "Berg", "1975-09-30"))  # another desk took id 2
    # SQLite reuses the next number, so the import must check again; PostgreSQL's sequence never does
    assert records.ids_free(2) is (backend != "sqlite")


def test_a_generated_mrn_steps_past_numbers_already_taken() -> None:
    from clinic_desktop.store.patient_import import PatientImportRecords

    taken = {"M0000007", "M10000007"}  # another system's numbers (as PatientRecords.add steps past)
    assert PatientImportRecords.generated_mrn(7, taken.__contains__) == "M20000007"
    assert PatientImportRecords.generated_mrn(8, taken.__contains__) == "M0000008"


def test_a_move_writes_patients_entries_and_head_and_marks_them_for_indexing(
    services: ClinicServices,
) -> None:
    store = services.store
    records = store.patient_import
    records.open_staging()
    try:
        records.stage_new([row(1, "M0000001"), row(2, "M0000002", "Otto", "Rask")])
        records.stage_tokens([(1, "n:nora"), (1, "n:quinn"), (2, "n:otto"), (2, "n:rask")], new=True)
        records.stage_entries(
            [(1, 1, "create", None, '{"mrn":"M0000001"}', None), (2, 2, "create", None, "{}", None)]
        )
        records.stage_hashes([(1, "a" * 64), (2, "b" * 64)])
        with store.write_transaction():
            assert records.move_patients() == (2, 0)
            head = records.lock_audit_head()
            assert head == store.audit.head()
            assert records.move_entries(head, NOW, "Ana", "b" * 64) == 2
        entries = store.audit.find(limit=2)[::-1]
        assert [(e.id, e.user, e.action, e.entity_id, e.patient_id) for e in entries] == [
            (head[0] + 1, "Ana", "create", "1", 1),
            (head[0] + 2, "Ana", "create", "2", 2),
        ]
        assert entries[0].at == NOW.replace(microsecond=0) and entries[0].after == {"mrn": "M0000001"}
        assert store.audit.head() == (head[0] + 2, "b" * 64)
        assert services.patients.search("otto") == []  # not indexed yet ...
        assert records.index_pending() == 1
        with store.write_transaction():
            assert records.index_new(0) == (2, 2)
            assert records.index_new(2) is None
        assert [h.record.id for h in services.patients.search("otto")] == [2]
        assert records.unindexed(1, 10) == []
    finally:
        records.close_staging()


def test_indexing_skips_a_patient_another_desk_already_changed(services: ClinicServices) -> None:
    store = services.store
    records = store.patient_import
    records.open_staging()
    try:
        records.stage_new([row(1, "M0000001")])
        records.stage_tokens([(1, "n:nora"), (1, "n:quinn")], new=True)
        records.stage_entries([(1, 1, "create", None, "{}", None)])
        records.stage_hashes([(1, "c" * 64)])
        with store.write_transaction():
            records.move_patients()
            records.move_entries(records.lock_audit_head(), NOW, "Ana", "c" * 64)
        services.patients.update(1, PatientInput("Nora", "Quist", "1980-01-02"))  # renamed meanwhile
        with store.write_transaction():
            records.index_new(0)
        assert [h.record.id for h in services.patients.search("quist")] == [1]
        assert services.patients.search("quinn") == []  # the staged, older words were not added
    finally:
        records.close_staging()


def test_changes_since_a_snapshot_ignore_readings_and_other_patients(services: ClinicServices) -> None:
    store = services.store
    records = store.patient_import
    ines = services.patients.add(PatientInput("Ines", "Ortega", "1980-04-02")).record
    carl = services.patients.add(PatientInput("Carl", "Berg", "1975-09-30")).record
    records.open_staging()
    try:
        records.stage_changed([{**row(ines.id, ines.mrn), "id": ines.id}])
        snapshot = store.audit.head()[0]
        services.patients.open_chart(ines.id)  # a reading
        services.patients.add_allergy(carl.id, "Latex")  # about someone the file does not change
        assert not records.changed_since(snapshot)
        services.patients.add_allergy(ines.id, "Latex")  # about a patient the file changes
        assert records.changed_since(snapshot)
        snapshot = store.audit.head()[0]
        services.clinic.set_setting("country", "GB")  # phones are read in another country now
        assert records.changed_since(snapshot)
        snapshot = store.audit.head()[0]
        services.patients.update(carl.id, PatientInput("Carl", "Berg", "1975-09-30", email="c@example.org"))
        assert records.changed_since(snapshot)
    finally:
        records.close_staging()


def test_an_empty_trail_has_a_head_to_lock(services: ClinicServices) -> None:
    records = services.store.patient_import
    with services.store.write_transaction():
        assert records.lock_audit_head() == (0, GENESIS)
