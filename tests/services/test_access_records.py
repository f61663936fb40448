"""Who may do what, checked by the services themselves (not only by hidden buttons): for each
role, and for nobody signed in, every guarded use case of the patient record, settings, reports,
exports, backups and maintenance is allowed or refused as domain/access.py says; a refusal names
the role that may, and changes nothing (not even the audit trail)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from clinic_desktop.domain.access import ALLOWED, Permission, Role, roles_allowed
from clinic_desktop.domain.errors import PermissionDeniedError
from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.domain.users import SYSTEM, Session
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.csv_exports import CsvExportService
from clinic_desktop.services.patient_csv import ImportReport, ParsedCsv, PatientCsvService
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.services.reports import ReportKind, TreatmentsReport

YEAR = (date(2026, 1, 1), date(2026, 12, 31))
CSV = b"given_name,family_name,date_of_birth\nAna,Lopez,1990-01-02\nNo,Birthday,\n"


@dataclass
class Clinic:
    """A small clinic made by the software itself (SYSTEM), and what the use cases need."""

    s: ClinicServices
    folder: Path
    patient: int
    survivor: int
    duplicate: int
    provider: int
    backup: Path
    report: TreatmentsReport
    parsed: ParsedCsv
    csv: PatientCsvService

    def path(self, name: str) -> Path:
        return self.folder / name


@dataclass(frozen=True)
class Case:
    name: str
    permission: Permission | None  # None: a plain read anyone may make, even signed out
    call: Callable[[Clinic], object]


def person(given: str = "Ines", family: str = "Ortega", dob: str = "1980-04-02") -> PatientInput:
    return PatientInput(given_name=given, family_name=family, date_of_birth=dob)


def system_import(c: Clinic) -> ImportReport:
    """An import report to write rejects from, made by the software (not the role under test)."""
    session = c.s.session
    c.s.session = SYSTEM
    try:
        return c.csv.import_rows(c.parsed, dry_run=True)
    finally:
        c.s.session = session


CASES = [
    # the demographic record: every role, but only when signed in
    Case("register a patient", Permission.DEMOGRAPHICS, lambda c: c.s.patients.add(person("Eva", "Stone"))),
    Case(
        "correct a patient",
        Permission.DEMOGRAPHICS,
        lambda c: c.s.patients.update(c.patient, person(family="Ortega Diaz")),
    ),
    Case("read a patient", Permission.DEMOGRAPHICS, lambda c: c.s.patients.get(c.patient)),
    Case("search patients", Permission.DEMOGRAPHICS, lambda c: c.s.patients.search("ortega")),
    Case("list patients", Permission.DEMOGRAPHICS, lambda c: c.s.patients.list_ids()),
    Case("a page of the list", Permission.DEMOGRAPHICS, lambda c: c.s.patients.rows([c.patient])),
    Case("look for duplicates", Permission.DEMOGRAPHICS, lambda c: c.s.patients.duplicates(person())),
    Case("merge two records", Permission.DEMOGRAPHICS, lambda c: c.s.patients.merge(c.survivor, c.duplicate)),
    Case(
        "record a consent",
        Permission.DEMOGRAPHICS,
        lambda c: c.s.patients.add_consent(c.patient, "treatment", "2026-01-05"),
    ),
    Case("open a chart", Permission.DEMOGRAPHICS, lambda c: c.s.patients.open_chart(c.patient)),
    Case("read a chart", Permission.DEMOGRAPHICS, lambda c: c.s.patients.chart(c.patient)),
    Case("read a CSV file", Permission.DEMOGRAPHICS, lambda c: c.csv.read(CSV)),
    Case("preview an import", Permission.DEMOGRAPHICS, lambda c: c.csv.import_rows(c.parsed, dry_run=True)),
    Case("import patients", Permission.DEMOGRAPHICS, lambda c: c.csv.import_rows(c.parsed)),
    Case(
        "write the rejected lines",
        Permission.DEMOGRAPHICS,
        lambda c: c.csv.write_rejects(system_import(c), c.path("rejects.csv")),
    ),
    Case("export patients", Permission.DEMOGRAPHICS, lambda c: c.csv.export(c.path("patients.csv"))),
    Case(
        "log a contact",
        Permission.RECALLS,
        lambda c: c.s.patients.log_contact(c.patient, "phone", "Left a message"),
    ),
    # the clinical record
    Case("read the clinical summary", Permission.CHART_READ, lambda c: c.s.patients.summary(c.patient)),
    Case(
        "add a condition",
        Permission.CHART_WRITE,
        lambda c: c.s.patients.add_condition(c.patient, "chronic_migraine"),
    ),
    Case("add an allergy", Permission.CHART_WRITE, lambda c: c.s.patients.add_allergy(c.patient, "Latex")),
    Case(
        "add a medication",
        Permission.CHART_WRITE,
        lambda c: c.s.patients.add_medication(c.patient, "Warfarin"),
    ),
    # the clinic's set-up: written by managers, read by everyone
    Case("rename the clinic", Permission.SETTINGS, lambda c: c.s.clinic.set_setting("name", "Renamed")),
    Case("add a provider", Permission.SETTINGS, lambda c: c.s.resources.add_provider("Dr New")),
    Case(
        "change what a provider treats",
        Permission.SETTINGS,
        lambda c: c.s.resources.set_provider_indications(c.provider, []),
    ),
    Case("add a room", Permission.SETTINGS, lambda c: c.s.resources.add_room("Room 9")),
    Case("add a visit type", Permission.SETTINGS, lambda c: c.s.resources.add_type("Review", 15)),
    Case(
        "set working hours",
        Permission.SETTINGS,
        lambda c: c.s.resources.set_hours(c.provider, 2, parse_blocks("09:00-12:00")),
    ),
    Case("read the settings", None, lambda c: c.s.clinic.settings()),
    Case("list providers", None, lambda c: c.s.resources.providers()),
    Case("read a provider", None, lambda c: c.s.resources.provider(c.provider)),
    Case("list rooms", None, lambda c: c.s.resources.rooms()),
    Case("list visit types", None, lambda c: c.s.resources.types()),
    Case("read working hours", None, lambda c: c.s.resources.week(c.provider)),
    Case("database information", None, lambda c: c.s.clinic.info()),
    # the schedule
    Case("the day's schedule", Permission.SCHEDULE, lambda c: c.s.schedule.day(date(2026, 11, 23))),
    Case("a week of the schedule", Permission.SCHEDULE, lambda c: c.s.schedule.days(date(2026, 11, 23), 7)),
    # exports
    Case(
        "export appointments",
        Permission.EXPORT_CALENDAR,
        lambda c: CsvExportService(c.s).export_appointments(c.path("appointments.csv"), *YEAR),
    ),
    Case(
        "export treatments",
        Permission.EXPORT_RECORDS,
        lambda c: CsvExportService(c.s).export_treatments(c.path("treatments.csv"), *YEAR),
    ),
    Case("treatment rows", Permission.EXPORT_RECORDS, lambda c: CsvExportService(c.s).treatment_rows([])),
    # reports
    *(
        Case(
            f"the {kind.value} report",
            Permission.REPORTS,
            lambda c, kind=kind: c.s.reports.build(kind, *YEAR),
        )
        for kind in ReportKind
    ),
    Case("a report as CSV", Permission.REPORTS, lambda c: c.s.reports.write_csv(c.report, c.path("r.csv"))),
    # backups, the audit trail, maintenance
    Case(
        "take a backup", Permission.BACKUPS, lambda c: c.s.backup.backup(c.path("copy" + c.s.backup.suffix))
    ),
    Case("check a backup", Permission.BACKUPS, lambda c: c.s.backup.verify(c.backup)),
    Case("list the automatic backups", Permission.BACKUPS, lambda c: c.s.backup.backups()),
    Case("verify the audit trail", Permission.AUDIT, lambda c: c.s.audit.verify()),
    Case("read the audit trail", Permission.AUDIT, lambda c: c.s.audit.entries()),
    Case("check the database", Permission.MAINTENANCE, lambda c: c.s.clinic.check()),
    Case(
        "restore a backup", Permission.MAINTENANCE, lambda c: c.s.backup.restore(c.backup)
    ),  # last: it replaces all
]


@pytest.fixture
def clinic(services: ClinicServices, tmp_path: Path) -> Iterator[Clinic]:
    s = services
    s.clinic.set_setting("timezone", "America/New_York")
    provider = s.resources.add_provider("Dr Lind")
    s.resources.add_room("Room 1")
    s.resources.add_type("Consultation", 20)
    patient = s.patients.add(person()).record.id
    survivor = s.patients.add(person("Carl", "Berg", "1975-09-30")).record.id
    duplicate = s.patients.add(person("Karl", "Berg", "1975-09-30")).record.id
    backup = s.backup.backup(tmp_path / f"before{s.backup.suffix}")
    csv_service = PatientCsvService(s)
    yield Clinic(
        s, tmp_path, patient, survivor, duplicate, provider.id, Path(backup.file),
        s.reports.treatments(*YEAR), csv_service.read(CSV), csv_service,
    )  # fmt: skip
    s.session = SYSTEM


def may(role: Role | None, permission: Permission | None) -> bool:
    if permission is None:
        return True
    return role is not None and permission in ALLOWED[role]


def refusal(role: Role | None, permission: Permission) -> str:
    if role is None:
        return "Sign in first"
    who = " or ".join(r.value for r in roles_allowed(permission))
    return f"needs the {who} role; you are signed in as {role.value}."


@pytest.mark.parametrize("role", [Role.RECEPTION, Role.PROVIDER, Role.MANAGER, None], ids=str)
def test_each_use_case_is_allowed_or_refused_by_role(clinic: Clinic, role: Role | None) -> None:
    s = clinic.s
    s.session = None if role is None else Session(f"{role} user", role, user_id=None)
    wrong: list[str] = []
    for case in CASES:
        entries = s.store.audit.count()
        patients = s.store.patient_count()
        settings = s.store.settings.get()
        if may(role, case.permission):
            try:
                case.call(clinic)
            except PermissionDeniedError as exc:
                wrong.append(f"{case.name}: refused ({exc.message})")
            continue
        assert case.permission is not None
        try:
            case.call(clinic)
        except PermissionDeniedError as exc:
            if refusal(role, case.permission) not in exc.message:
                wrong.append(f"{case.name}: refused as {exc.message!r}")
        else:
            wrong.append(f"{case.name}: allowed")
            continue
        # A refusal is made before anything is touched: no change, no audit entry.
        if (s.store.audit.count(), s.store.patient_count(), s.store.settings.get()) != (
            entries,
            patients,
            settings,
        ):
            wrong.append(f"{case.name}: refused, but something was written")
    assert wrong == []


def test_a_refusal_says_which_role_may_in_words_a_receptionist_understands(clinic: Clinic) -> None:
    s = clinic.s
    s.session = Session("Ana", Role.RECEPTION)
    with pytest.raises(PermissionDeniedError) as refused:
        s.patients.add_allergy(clinic.patient, "Latex")
    assert refused.value.message == "Charting needs the provider role; you are signed in as reception."
    with pytest.raises(PermissionDeniedError) as refused:
        s.clinic.set_setting("idle_lock_minutes", "10")
    assert refused.value.message == "Clinic settings needs the manager role; you are signed in as reception."
    s.session = Session("Maria", Role.MANAGER)
    with pytest.raises(
        PermissionDeniedError, match="Charting needs the provider role; you are signed in as manager"
    ):
        s.patients.add_medication(clinic.patient, "Warfarin")
    s.session = None
    with pytest.raises(PermissionDeniedError, match="Sign in first"):
        s.patients.search("ortega")


def test_the_front_desk_sees_the_patient_but_not_the_clinical_record(clinic: Clinic) -> None:
    s = clinic.s
    s.patients.add_allergy(clinic.patient, "Latex")
    s.patients.add_medication(clinic.patient, "Warfarin", anticoagulant=True)
    s.patients.add_consent(clinic.patient, "treatment", "2025-01-05", "2025-06-30")
    s.session = Session("Ana", Role.RECEPTION)
    chart = s.patients.chart(clinic.patient)
    assert not chart.clinical
    assert chart.record.family_name == "Ortega"
    assert (chart.summary.allergies, chart.summary.medications, chart.summary.conditions) == ([], [], [])
    assert [c.kind for c in chart.summary.consents] == ["treatment"]  # the desk renews consents
    assert chart.treatments == [] and chart.outcomes == {}
    assert not any("Latex" in alert or "Anticoagulant" in alert for alert in chart.alerts)
    s.session = Session("Dr Lind", Role.PROVIDER)
    full = s.patients.chart(clinic.patient)
    assert full.clinical
    assert [a.substance for a in full.summary.allergies] == ["Latex"]
    assert any(alert.startswith("Allergy: Latex") for alert in full.alerts)


def test_signed_in_users_are_checked_through_the_same_services(clinic: Clinic) -> None:
    """End to end with real accounts: the session sign_in sets is the one the services check."""
    s = clinic.s
    s.users.create_first_manager("Maria Boss", "manager pw")
    s.users.add("Ana", Role.RECEPTION, "reception pw")
    s.users.add("Dr Lind", Role.PROVIDER, "provider pw", 1)  # provider 1, Dr Lind
    s.users.sign_in("ana", "reception pw")
    with pytest.raises(PermissionDeniedError, match="needs the provider role"):
        s.patients.add_condition(clinic.patient, "chronic_migraine")
    s.patients.log_contact(clinic.patient, "phone", "Booked the recall")
    s.users.sign_in("Dr Lind", "provider pw")
    s.patients.add_condition(clinic.patient, "chronic_migraine")
    with pytest.raises(PermissionDeniedError, match="needs the manager role; you are signed in as provider"):
        s.backup.backup(clinic.path("mine.db"))
    newest = s.store.audit.find(limit=2)
    assert [(e.user, e.action, e.entity) for e in newest] == [
        ("Dr Lind", "create", "condition"),
        ("Dr Lind", "sign_in", "user"),
    ]
    assert s.store.clinical.contacts(clinic.patient)[0].by == "Ana"  # who called, recorded as signed in
    s.users.sign_out()
    with pytest.raises(PermissionDeniedError, match="Sign in first"):
        s.patients.get(clinic.patient)


def test_the_automatic_backup_runs_whoever_is_signed_in(clinic: Clinic) -> None:
    """The daily backup is the software's duty: a receptionist's workstation (or a locked window)
    still takes it, though neither may take a backup by hand."""
    s = clinic.s
    s.session = Session("Ana", Role.RECEPTION)
    report = s.backup.auto_backup_if_due()
    assert report is not None and Path(report.file).is_file()
    s.session = None
    assert s.backup.auto_backup_if_due() is None  # not due again: but asked without a refusal
