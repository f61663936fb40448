"""The audit trail as the services write it: who did what, when, with the values before and after,
in the same transaction as the change; and its hash chain, which finds a changed, deleted,
reordered or re-hashed entry at the first place it breaks, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.audit import AuditEntry, entry_hash, to_json
from clinic_desktop.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.domain.users import SYSTEM, Session, password_fingerprint
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patient_csv import PatientCsvService
from clinic_desktop.services.patients import PatientInput

MANAGER = Session("Maria Boss", Role.MANAGER, 1)
RECEPTION = Session("Ana", Role.RECEPTION, 2)
PROVIDER = Session("Dr Lind", Role.PROVIDER, 3)


def person(
    given: str = "Ines", family: str = "Ortega", dob: str = "1980-04-02", **extra: str
) -> PatientInput:
    return PatientInput(given_name=given, family_name=family, date_of_birth=dob, **extra)  # type: ignore[arg-type]


def trail(services: ClinicServices) -> list[AuditEntry]:
    with services.store.read_transaction():
        return list(services.store.audit.in_order())


def newest(services: ClinicServices) -> AuditEntry:
    return services.store.audit.find(limit=1)[0]


# --- what is written --------------------------------------------------------------------------------


def test_a_patient_registered_and_corrected_is_recorded_with_who_and_what_changed(
    services: ClinicServices,
) -> None:
    services.session = RECEPTION
    record = services.patients.add(person(phone="(212) 555-0123")).record
    created = newest(services)
    assert (created.user, created.action, created.entity, created.entity_id) == (
        "Ana",
        "create",
        "patient",
        str(record.id),
    )
    assert created.patient_id == record.id and created.before is None
    assert created.after is not None
    assert created.after["given_name"] == "Ines" and created.after["date_of_birth"] == "1980-04-02"
    assert created.after["mrn"] == record.mrn and created.after["phone"] == "+12125550123"
    assert "email" not in created.after  # empty fields are left out of a registration
    assert abs((created.at - datetime.now(UTC)).total_seconds()) < 60  # the real clock, not --now

    services.patients.update(record.id, person(phone="(212) 555-0123", email="ines@example.com"))
    changed = newest(services)
    assert (changed.action, changed.patient_id) == ("change", record.id)
    assert (changed.before, changed.after) == ({"email": ""}, {"email": "ines@example.com"})

    services.patients.update(record.id, person(phone="(212) 555-0123", email="ines@example.com"))
    assert newest(services).id == changed.id  # saving the same values again changes nothing


def test_settings_are_recorded_with_the_value_before_and_after(services: ClinicServices) -> None:
    services.session = MANAGER
    services.clinic.set_setting("idle_lock_minutes", "10")
    entry = newest(services)
    assert (entry.user, entry.action, entry.entity, entry.entity_id) == (
        "Maria Boss",
        "change",
        "settings",
        "idle_lock_minutes",
    )
    assert (entry.before, entry.after) == ({"idle_lock_minutes": 5}, {"idle_lock_minutes": 10})
    assert entry.patient_id is None
    services.clinic.set_setting("country", "US")
    services.clinic.set_setting("subdivision", "NY")
    services.clinic.set_setting("country", "CA")  # clears the subdivision of the old country
    entry = newest(services)
    assert (entry.before, entry.after) == (
        {"country": "US", "subdivision": "NY"},
        {"country": "CA", "subdivision": ""},
    )


def test_the_clinic_set_up_is_recorded(services: ClinicServices) -> None:
    services.session = MANAGER
    provider = services.resources.add_provider("Dr Lind", "MD", "#0072b2")
    services.resources.add_room("Room 1")
    services.resources.add_type("Consultation", 20)
    services.resources.set_hours(provider.id, 0, [])  # not working Mondays already: nothing changed
    services.resources.set_hours(provider.id, 0, parse_blocks("08:00-12:00, 13:00-17:00"))
    entries = trail(services)
    assert [(e.action, e.entity) for e in entries] == [
        ("create", "provider"),
        ("create", "room"),
        ("create", "appointment_type"),
        ("change", "hours"),
    ]
    assert entries[0].after is not None and entries[0].after["name"] == "Dr Lind"
    assert entries[2].after is not None and entries[2].after["minutes"] == 20
    assert (entries[3].before, entries[3].after) == (
        {"provider_id": provider.id, "weekday": 0, "blocks": []},
        {"provider_id": provider.id, "weekday": 0, "blocks": ["08:00-12:00", "13:00-17:00"]},
    )


def test_users_are_recorded_but_never_their_passwords(services: ClinicServices) -> None:
    services.users.create_first_manager("Maria Boss", "manager password")
    services.users.sign_in("Maria Boss", "manager password")
    ana = services.users.add("Ana", Role.RECEPTION, "reception password")
    nurse = services.resources.add_provider("Ana Ruiz RN")
    services.users.change(ana.id, role=Role.PROVIDER, provider_id=nurse.id)
    services.users.set_password("Ana", "a brand new password")
    entries = trail(services)
    assert [(e.user, e.action, e.entity) for e in entries] == [
        ("Maria Boss", "create", "user"),
        ("Maria Boss", "sign_in", "user"),
        ("Maria Boss", "create", "user"),
        ("Maria Boss", "create", "provider"),
        ("Maria Boss", "change", "user"),
        ("Maria Boss", "password", "user"),
    ]
    made = entries[2].after
    assert made is not None and {k: made[k] for k in ("name", "role", "active", "password_changes")} == {
        "name": "Ana", "role": "reception", "active": True, "password_changes": 0,
    }  # fmt: skip
    assert entries[4].before == made  # the link to her provider record with it
    assert entries[4].after == {**made, "role": "provider", "provider_id": nurse.id}
    # A password change counts, and the hash's fingerprint changes: what the integrity check compares.
    changed = entries[5].after
    assert entries[5].entity_id == str(ana.id) and changed is not None
    assert changed["password_changes"] == 1
    assert changed["password_fingerprint"] != made["password_fingerprint"]
    assert changed["password_fingerprint"] == password_fingerprint(services.store.users.password_hash(ana.id))
    for entry in entries:
        text = (to_json(entry.before) or "") + (to_json(entry.after) or "")
        assert "argon2" not in text  # never a hash, never a password
        assert not any(p in text for p in ("manager password", "reception password", "a brand new"))
        assert services.store.users.password_hash(ana.id) not in text


def test_opening_a_chart_and_adding_to_the_record_are_recorded_under_the_patient(
    services: ClinicServices,
) -> None:
    patient = services.patients.add(person()).record.id
    other = services.patients.add(person("Carl", "Berg", "1975-09-30")).record.id
    services.session = PROVIDER
    services.patients.open_chart(patient)
    services.patients.add_allergy(patient, "Latex", "rash", "Mild")
    services.patients.add_condition(patient, "chronic_migraine")
    services.session = RECEPTION
    services.patients.add_consent(patient, "treatment", "2026-01-05")
    services.patients.log_contact(other, "phone", "Left a message")
    services.patients.open_chart(other)
    mine = services.store.audit.find(patient_id=patient)  # newest first
    assert [(e.user, e.action, e.entity) for e in reversed(mine)] == [
        ("system", "create", "patient"),
        ("Dr Lind", "open", "patient"),
        ("Dr Lind", "create", "allergy"),
        ("Dr Lind", "create", "condition"),
        ("Ana", "create", "consent"),
    ]
    opened = mine[3]
    assert (opened.entity_id, opened.before, opened.after) == (str(patient), None, None)
    assert mine[2].after == {"substance": "Latex", "reaction": "rash", "severity": "mild"}
    assert mine[0].after is not None and mine[0].after["signed_on"] == "2026-01-05"
    with pytest.raises(NotFoundError):
        services.patients.open_chart(999)  # an unknown id is refused, not recorded
    assert newest(services).entity_id == str(other)


def test_a_merge_is_recorded_under_both_patients(services: ClinicServices) -> None:
    survivor = services.patients.add(person("Carl", "Berg", "1975-09-30")).record
    merged = services.patients.add(person("Karl", "Berg", "1975-09-30")).record
    services.session = RECEPTION
    services.patients.merge(survivor.id, merged.id)
    gone = services.store.audit.find(patient_id=merged.id, limit=1)[0]
    kept = services.store.audit.find(patient_id=survivor.id, limit=1)[0]
    assert (gone.user, gone.action, gone.before, gone.after) == (
        "Ana",
        "change",
        {"status": "active", "merged_into": None, "external_id": ""},
        {"status": "merged", "merged_into": survivor.id, "merged_into_mrn": survivor.mrn, "external_id": ""},
    )
    assert (kept.user, kept.action, kept.before) == ("Ana", "change", None)
    assert kept.after is not None
    assert (kept.after["merged_from"], kept.after["merged_from_id"]) == (merged.mrn, merged.id)
    assert services.store.patients.merges(survivor.id)[0][0] == merged.mrn


def test_an_import_records_each_patient_it_registers_or_changes(services: ClinicServices) -> None:
    existing = services.patients.add(person()).record
    before = services.store.audit.count()
    importer = PatientCsvService(services)
    csv = (
        "mrn,given_name,family_name,date_of_birth,email\n"
        f"{existing.mrn},Ines,Ortega,1980-04-02,ines@example.com\n"
        ",Carl,Berg,1975-09-30,\n"
        ",Nobody,Without,,\n"
    ).encode()
    services.session = RECEPTION
    preview = importer.import_rows(importer.read(csv), dry_run=True)
    assert (preview.imported, preview.updated) == (1, 1)
    assert services.store.audit.count() == before  # a preview writes nothing
    report = importer.import_rows(importer.read(csv))
    assert (report.imported, report.updated, len(report.rejected)) == (1, 1, 1)
    entries = services.store.audit.find(limit=3)
    assert services.store.audit.count() == before + 2  # the rejected line leaves no entry
    carl = services.store.patients.by_mrn(report.rows[1].mrn)
    assert carl is not None
    assert [(e.user, e.action, e.patient_id) for e in reversed(entries[:2])] == [
        ("Ana", "change", existing.id),
        ("Ana", "create", carl.id),
    ]
    assert (entries[1].before, entries[1].after) == ({"email": ""}, {"email": "ines@example.com"})
    again = importer.import_rows(importer.read(csv))
    assert again.unchanged == 2 and services.store.audit.count() == before + 2


def test_a_restore_is_recorded_in_the_restored_trail(services: ClinicServices, tmp_path: Path) -> None:
    services.session = MANAGER
    services.patients.add(person())
    backup = services.backup.backup(tmp_path / f"backup{services.backup.suffix}")
    services.patients.add(person("Carl", "Berg", "1975-09-30"))
    services.backup.restore(backup.file)
    entries = trail(services)
    assert [(e.action, e.entity) for e in entries] == [
        ("create", "patient"),
        ("restore", "database"),
    ]  # the entry of the patient made after the backup went with the database it was in
    assert entries[1].user == "Maria Boss"
    assert entries[1].after is not None and entries[1].after["file"] == backup.file
    assert services.audit.verify().intact


# --- refused and failed changes -------------------------------------------------------------------


def test_a_refused_change_writes_no_entry(services: ClinicServices) -> None:
    patient = services.patients.add(person()).record.id
    count = services.store.audit.count()
    services.session = RECEPTION
    with pytest.raises(PermissionDeniedError):
        services.patients.add_allergy(patient, "Latex")
    with pytest.raises(PermissionDeniedError):
        services.clinic.set_setting("name", "Mine now")
    with pytest.raises(ValidationError):
        services.patients.update(patient, person(email="not an email"))
    services.session = None
    with pytest.raises(PermissionDeniedError):
        services.patients.open_chart(patient)
    assert services.store.audit.count() == count
    services.session = SYSTEM
    assert services.store.clinical.allergies(patient) == []


def test_a_change_and_its_entry_are_saved_or_undone_together(
    services: ClinicServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.patients.add(person())
    count, patients = services.store.audit.count(), services.store.patient_count()
    record = services.record

    def written_then_failed(*args: Any, **kwargs: Any) -> None:
        record(*args, **kwargs)
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(services, "record", written_then_failed)
    with pytest.raises(RuntimeError):
        services.patients.add(person("Carl", "Berg", "1975-09-30"))
    with pytest.raises(RuntimeError):
        services.clinic.set_setting("name", "Never saved")
    assert (services.store.audit.count(), services.store.patient_count()) == (count, patients)
    assert services.clinic.settings().name != "Never saved"

    def refused(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("the trail cannot be written")

    monkeypatch.setattr(services, "record", refused)
    with pytest.raises(RuntimeError):
        services.patients.add(person("Eva", "Stone", "1990-01-15"))
    assert services.store.patient_count() == patients  # no change without its entry
    monkeypatch.undo()
    assert services.audit.verify().intact


# --- the hash chain -------------------------------------------------------------------------------


@pytest.fixture
def chained(services: ClinicServices) -> ClinicServices:
    """Seven entries: 1 the manager's account, 2 a setting, 3 a provider, 4 and 5 two patients,
    6 a correction, 7 a chart opened."""
    services.users.create_first_manager("Maria Boss", "manager password")
    services.session = MANAGER
    services.clinic.set_setting("idle_lock_minutes", "10")
    services.resources.add_provider("Dr Lind")
    ines = services.patients.add(person()).record.id
    services.patients.add(person("Carl", "Berg", "1975-09-30"))
    services.patients.update(ines, person(email="ines@example.com"))
    services.session = PROVIDER
    services.patients.open_chart(ines)
    services.session = MANAGER
    assert [e.id for e in trail(services)] == [1, 2, 3, 4, 5, 6, 7]
    return services


def sql(services: ClinicServices, statement: str, *params: object) -> None:
    database = services.store.database
    database.execute_sql(statement.replace("?", database.param), params)


def row(services: ClinicServices, entry_id: int) -> tuple[Any, ...]:
    database = services.store.database
    cursor = database.execute_sql(
        'SELECT at, "user", action, entity, entity_id, patient_id, before, after, hash '
        f"FROM audit_entry WHERE id = {database.param}",
        (entry_id,),
    )
    return tuple(cursor.fetchone())


def swap_contents(services: ClinicServices, first: int, second: int) -> None:
    a, b = row(services, first), row(services, second)
    for entry_id, values in ((first, b), (second, a)):
        sql(
            services,
            'UPDATE audit_entry SET at = ?, "user" = ?, action = ?, entity = ?, entity_id = ?, '
            "patient_id = ?, before = ?, after = ?, hash = ? WHERE id = ?",
            *values,
            entry_id,
        )


def swap_ids(services: ClinicServices, first: int, second: int) -> None:
    sql(services, "UPDATE audit_entry SET id = ? WHERE id = ?", -1, first)
    sql(services, "UPDATE audit_entry SET id = ? WHERE id = ?", first, second)
    sql(services, "UPDATE audit_entry SET id = ? WHERE id = ?", second, -1)


def rehash(services: ClinicServices, entry_id: int, after: dict[str, Any]) -> None:
    """A forger who knows the plain hash rule but not the clinic's key: changes an entry and gives
    it a plain SHA-256 hash, but does not re-hash every entry after it."""
    entries = {e.id: e for e in trail(services)}
    forged = replace(entries[entry_id], after=after)
    previous = entries[entry_id - 1].hash
    sql(
        services,
        "UPDATE audit_entry SET after = ?, hash = ? WHERE id = ?",
        to_json(after),
        entry_hash(forged, previous),
        entry_id,
    )


def wipe(services: ClinicServices) -> None:
    """Every entry and the head beside them: an empty trail, in a clinic that has accounts."""
    sql(services, "DELETE FROM audit_entry")
    sql(services, "DELETE FROM database_info WHERE key = 'audit_head'")


Tamper = Callable[[ClinicServices], None]

TAMPERING: list[tuple[str, Tamper, int]] = [
    (
        "an entry's values changed",
        lambda s: sql(s, "UPDATE audit_entry SET after = REPLACE(after, 'Carl', 'Karl') WHERE id = 5"),
        5,
    ),
    (
        "an entry's user changed",
        lambda s: sql(s, "UPDATE audit_entry SET \"user\" = 'nobody' WHERE id = 2"),
        2,
    ),
    ("an entry's patient changed", lambda s: sql(s, "UPDATE audit_entry SET patient_id = 4 WHERE id = 7"), 7),
    ("a middle entry deleted", lambda s: sql(s, "DELETE FROM audit_entry WHERE id = 3"), 3),
    ("the newest entry deleted", lambda s: sql(s, "DELETE FROM audit_entry WHERE id = 7"), 7),
    ("the newest entries deleted", lambda s: sql(s, "DELETE FROM audit_entry WHERE id >= 5"), 5),
    ("two entries' ids swapped", lambda s: swap_ids(s, 3, 4), 3),
    ("two entries' contents swapped", lambda s: swap_contents(s, 4, 6), 4),
    # Re-hashed with the plain rule, the entry itself no longer verifies: its hash is keyed.
    ("an entry re-hashed", lambda s: rehash(s, 4, {"given_name": "Someone", "family_name": "Else"}), 4),
    ("the newest entry re-hashed", lambda s: rehash(s, 7, {"looked": "elsewhere"}), 7),
    ("the whole trail and its head deleted", lambda s: wipe(s), 1),
]


def test_an_untouched_trail_verifies(chained: ClinicServices) -> None:
    verdict = chained.audit.verify()
    assert (verdict.intact, verdict.verified, verdict.broken) == (True, 7, None)
    assert verdict.message == "The audit trail is intact: 7 entries verified."
    assert chained.clinic.check() == []


@pytest.mark.parametrize(("how", "tamper", "broken"), TAMPERING, ids=[t[0] for t in TAMPERING])
def test_tampering_is_found_at_the_first_broken_entry(
    chained: ClinicServices, how: str, tamper: Tamper, broken: int
) -> None:
    tamper(chained)
    verdict = chained.audit.verify()
    assert (verdict.intact, verdict.broken) == (False, broken), verdict.message
    assert verdict.message.startswith(f"The audit trail is broken at entry {broken}: ")
    assert verdict.verified == broken - 1  # the entries before it still hold
    assert verdict.message in chained.clinic.check()  # the integrity check lists it too


def test_the_trail_keeps_growing_intact_after_many_writers(chained: ClinicServices) -> None:
    other = chained.patients.add(person("Eva", "Stone", "1990-01-15")).record.id
    for minutes in ("6", "7", "8"):
        chained.clinic.set_setting("idle_lock_minutes", minutes)
    chained.patients.open_chart(other)
    assert chained.audit.verify().verified == 12


# --- reading the trail ----------------------------------------------------------------------------


def test_the_manager_filters_the_trail_by_patient_user_and_day(
    services: ClinicServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = {"now": datetime(2026, 11, 20, 14, tzinfo=UTC)}
    monkeypatch.setattr(services, "real_now", lambda: clock["now"])
    services.session = RECEPTION
    ines = services.patients.add(person()).record.id
    clock["now"] = datetime(2026, 11, 21, 9, tzinfo=UTC)
    carl = services.patients.add(person("Carl", "Berg", "1975-09-30")).record.id
    services.session = PROVIDER
    services.patients.open_chart(ines)
    clock["now"] = datetime(2026, 11, 22, 23, 30, tzinfo=UTC)
    services.patients.open_chart(carl)

    services.session = MANAGER
    audit = services.audit

    def ids(entries: list[AuditEntry]) -> list[int]:
        return [e.id for e in entries]

    assert ids(audit.entries()) == [4, 3, 2, 1]  # newest first
    assert ids(audit.entries(patient_id=ines)) == [3, 1]
    assert ids(audit.entries(user="dr lind")) == [4, 3]  # the name in any case
    assert ids(audit.entries(user="Ana", patient_id=carl)) == [2]
    assert ids(audit.entries(first_day=date(2026, 11, 21))) == [4, 3, 2]
    assert ids(audit.entries(last_day=date(2026, 11, 21))) == [3, 2, 1]
    assert ids(audit.entries(first_day=date(2026, 11, 21), last_day=date(2026, 11, 21))) == [3, 2]
    assert ids(audit.entries(limit=1)) == [4]
    services.clinic.set_setting("timezone", "America/New_York")  # days are the clinic's days
    assert ids(audit.entries(first_day=date(2026, 11, 22), last_day=date(2026, 11, 22))) == [5, 4]
    services.session = RECEPTION
    with pytest.raises(PermissionDeniedError, match="needs the manager role"):
        audit.entries(patient_id=ines)


def test_entries_page_on_from_the_oldest_shown(services: ClinicServices) -> None:
    for name in ("Room A", "Room B", "Room C", "Room D"):
        services.resources.add_room(name)
    newest = services.audit.entries(limit=2)
    assert len(newest) == 2 and newest[0].id > newest[1].id
    older = services.audit.entries(limit=2, before_id=newest[-1].id)
    assert [e.id for e in older] == [newest[-1].id - 1, newest[-1].id - 2]
    assert services.audit.entries(before_id=1) == []
