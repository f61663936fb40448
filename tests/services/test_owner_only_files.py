"""Every file the services write about patients is readable by its owner only, under the usual
umask 022, on both engines: manual and automatic backups and the folder they go to, the database
kept before a restore, each CSV export (patients, the rejects of an import, appointments,
treatments, the recall list, a report), FHIR exports (one record; every record into a folder made
for them) and iCalendar files. A backup killed half-way leaves a partial file that the next
backup removes; a partial file that another backup is writing at that moment is left alone."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from clinic_desktop import private_files
from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.domain.treatment_record import SiteDose
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.services import ClinicServices, Clock
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.services.calendar_export import CalendarExportService
from clinic_desktop.services.csv_exports import CsvExportService
from clinic_desktop.services.fhir_export import FhirExportService
from clinic_desktop.services.patient_csv import PatientCsvService
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.services.reports import ReportKind
from clinic_desktop.store.backup import backup_folder
from clinic_desktop.store.migrations import SCHEMA_VERSION
from tests.owner_only import (  # noqa: F401
    assert_owner_only,
    assert_private_folders,
    mode,
    partials,
    umask_022,
)

pytestmark = pytest.mark.usefixtures("umask_022")

ONA = Product.ONABOTULINUMTOXINA
AUTUMN = (date(2026, 9, 1), date(2026, 12, 31))


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    """One provider; a patient treated on 1 Sep 2026 (due for re-treatment now, 23 Nov), another
    with a consultation booked on 1 Dec: something in every export."""
    s = services
    s.clinic.set_setting("timezone", "America/New_York")
    provider = s.resources.add_provider("Dr Lind")
    for day in range(5):
        s.resources.set_hours(provider.id, day, parse_blocks("08:00-17:00"))
    s.resources.add_type("Consultation", 20)
    s.patients.add(PatientInput("Inés", "Ortega", "1980-04-02", phone="+12125550101"))
    s.patients.add(PatientInput("Carl", "Berg", "1975-09-30"))
    s.treatments.add_lot(ONA, "C1", date(2027, 6, 30), 20)
    s.treatments.record(
        TreatmentDraft(
            1, 1, s.time.parse_local("2026-09-01T09:00"), Indication.CHRONIC_MIGRAINE, ONA, "C1",
            (SiteDose("frontalis", Side.BILATERAL, Decimal(20), 4),), "", waste_units=Decimal(0),
        )
    )  # fmt: skip
    s.appointments.book(BookingRequest(2, 1, "Consultation", s.time.parse_local("2026-12-01T09:00")))
    return s


def export_patients(s: ClinicServices, path: Path) -> int:
    return PatientCsvService(s).export(path)


def export_rejects(s: ClinicServices, path: Path) -> int:
    service = PatientCsvService(s)
    report = service.import_rows(service.read("given_name,family_name,date_of_birth\nAna,Ruiz,soon\n"))
    return service.write_rejects(report, path)


def export_appointments(s: ClinicServices, path: Path) -> int:
    return CsvExportService(s).export_appointments(path, *AUTUMN)


def export_treatments(s: ClinicServices, path: Path) -> int:
    return CsvExportService(s).export_treatments(path, *AUTUMN)


def export_recalls(s: ClinicServices, path: Path) -> int:
    return s.followups.export_csv(s.followups.recalls(), str(path))


def export_report(s: ClinicServices, path: Path) -> int:
    return s.reports.write_csv(s.reports.build(ReportKind.UNITS, *AUTUMN), path)


def export_fhir(s: ClinicServices, path: Path) -> int:
    return FhirExportService(s).write_patient(1, path)


def export_ics(s: ClinicServices, path: Path) -> int:
    return CalendarExportService(s).write_ics(1, *AUTUMN, path)


WRITERS: dict[str, Callable[[ClinicServices, Path], int]] = {
    "patients.csv": export_patients,
    "rejects.csv": export_rejects,
    "appointments.csv": export_appointments,
    "treatments.csv": export_treatments,
    "recalls.csv": export_recalls,
    "units-report.csv": export_report,
    "patient.json": export_fhir,
    "lind.ics": export_ics,
}


@pytest.mark.parametrize("name", list(WRITERS))
def test_every_export_is_owner_only(
    name: str, clinic: ClinicServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Owner-only from the moment its temporary file exists, and after it takes its name (also
    when it replaces an earlier export that was readable by everyone)."""
    path = tmp_path / name
    path.write_text("an earlier export, written by an older version")
    assert mode(path) == 0o644
    modes: list[int] = []
    real = private_files.temporary_beside, private_files.replacing

    def temporary_beside(target: str | os.PathLike[str], suffix: str = ".partial") -> Path:
        made = real[0](target, suffix)
        modes.append(mode(made))
        return made

    @contextmanager
    def replacing(target: str | os.PathLike[str]) -> Iterator[Path]:
        with real[1](target) as temporary:
            modes.append(mode(temporary))
            yield temporary
            modes.append(mode(temporary))

    monkeypatch.setattr(private_files, "temporary_beside", temporary_beside)
    monkeypatch.setattr(private_files, "replacing", replacing)
    assert WRITERS[name](clinic, path) >= 1
    assert path.stat().st_size > 0 and "older version" not in path.read_text(encoding="utf-8")
    assert_owner_only(path)
    assert modes and set(modes) == {0o600}
    assert partials(tmp_path) == []


def test_every_record_exported_into_a_new_folder_is_owner_only(
    clinic: ClinicServices, tmp_path: Path
) -> None:
    folder = tmp_path / "exports" / "fhir"
    assert FhirExportService(clinic).write_all(folder) == 2
    assert_private_folders(tmp_path / "exports", folder)
    written = sorted(folder.iterdir())
    assert len(written) == 2
    assert_owner_only(*written)


# --- backups --------------------------------------------------------------------------------------


def suffix(s: ClinicServices) -> str:
    return s.backup.suffix


def test_a_backup_is_owner_only(clinic: ClinicServices, tmp_path: Path) -> None:
    target = tmp_path / f"manual{suffix(clinic)}"
    report = clinic.backup.backup(target)
    assert report.file == str(target) and report.counts["patients"] == 2
    assert_owner_only(target)
    assert partials(tmp_path) == []


def test_automatic_backups_and_their_folder_are_owner_only_on_the_real_clock(db_url: str) -> None:
    services = ClinicServices.open(db_url, Clock())  # the real clock: fractions of a second
    try:
        report = services.backup.auto_backup_if_due()
        assert report is not None and report.automatic
        folder = backup_folder(services.store.location)
        assert Path(report.file).parent == folder
        assert_owner_only(report.file)
        assert_private_folders(folder)
        if services.store.location.kind == "sqlite":
            database = services.store.location.path
            assert database is not None
            assert_owner_only(database, f"{database}-wal", f"{database}-shm")
    finally:
        services.close()


def test_the_database_kept_before_a_restore_is_owner_only(clinic: ClinicServices, tmp_path: Path) -> None:
    backup = tmp_path / f"before-the-mistake{suffix(clinic)}"
    clinic.backup.backup(backup)
    clinic.patients.add(PatientInput("Zoë", "O'Neill", "1990-01-15"))
    report = clinic.backup.restore(backup)
    assert report.previous is not None and report.counts["patients"] == 2
    assert_owner_only(report.previous)
    if clinic.store.location.kind == "postgresql":
        assert_private_folders(Path(report.previous).parent)


# --- partial backups ------------------------------------------------------------------------------

# A backup in another process, stopped with its partial file written (SQLite: the copy made; on
# PostgreSQL: pg_dump has written the archive), then killed as a power cut or `kill -9` would.
KILLED_BACKUP = """
import sys
import types
from clinic_desktop.services import ClinicServices
from clinic_desktop.store import backup as store_backup

def stop_here(path):
    print(path, flush=True)
    sys.stdin.read()  # until killed

real_sqlite3 = store_backup.sqlite3
copying = types.SimpleNamespace(**{n: getattr(real_sqlite3, n) for n in dir(real_sqlite3) if n[0] != "_"})

def connect(target, *args, **kwargs):
    connection = real_sqlite3.connect(target, *args, **kwargs)
    if str(target).endswith(".partial"):
        connection.execute("CREATE TABLE half_written (x)")
        connection.commit()
        stop_here(target)
    return connection

copying.connect = connect
store_backup.sqlite3 = copying
store_backup.archive_version = stop_here
services = ClinicServices.open(sys.argv[1])
services.backup.backup(sys.argv[2])
"""


def killed_backup(db_url: str, target: Path) -> Path:
    """The partial file of a backup to ``target`` whose process was killed half-way."""
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_BACKUP, db_url, str(target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        partial = Path(process.stdout.readline().strip())
        assert partial.parent == target.parent and partial.exists()
    finally:
        process.kill()
        process.wait(60)
    return partial


def age(path: Path) -> None:
    """As the file would be an hour and more after its writer died."""
    past = time.time() - 2 * private_files.STALE_AFTER_SECONDS
    os.utime(path, (past, past))


def test_a_backup_killed_half_way_leaves_a_partial_file_that_the_next_backup_removes(
    clinic: ClinicServices, db_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    partial = killed_backup(db_url, folder / f"killed{suffix(clinic)}")
    assert_owner_only(partial)  # never readable by others, even left behind
    assert not (folder / f"killed{suffix(clinic)}").exists()
    clinic.backup.backup(folder / f"fresh{suffix(clinic)}")
    assert partial.exists()  # just written: it might be a backup still running
    age(partial)
    for side in partial.parent.glob(f"{partial.name}-*"):
        age(side)
    clinic.backup.backup(folder / f"next{suffix(clinic)}")
    assert partials(folder) == []
    backups = [f"fresh{suffix(clinic)}", f"next{suffix(clinic)}"]
    # Each beside its audit anchor (services/backup.py), owner-only like the backup.
    assert sorted(p.name for p in folder.iterdir()) == sorted(backups + [f"{b}.anchor" for b in backups])
    for written in folder.iterdir():
        assert_owner_only(written)


def test_a_partial_file_another_backup_is_writing_is_left_alone(
    clinic: ClinicServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two backups into one folder at once: the first is held with its partial file written (and
    made to look an hour old) while the second starts and clears the folder's stale partials;
    the first then finishes, whole."""
    writing, finish = threading.Barrier(2), threading.Event()
    real = private_files.replacing
    held: list[Path] = []

    @contextmanager
    def slow(target: str | os.PathLike[str]) -> Iterator[Path]:
        with real(target) as temporary:
            yield temporary
            if Path(target).name.startswith("first") and not held:
                held.append(temporary)
                age(temporary)
                writing.wait(30)
                assert finish.wait(30)

    monkeypatch.setattr(private_files, "replacing", slow)
    errors: list[BaseException] = []

    def first() -> None:
        try:
            clinic.backup.backup(tmp_path / f"first{suffix(clinic)}")
        except BaseException as exc:
            errors.append(exc)
        finally:
            clinic.end_thread()

    worker = threading.Thread(target=first)
    worker.start()
    try:
        writing.wait(30)
        clinic.backup.backup(tmp_path / f"second{suffix(clinic)}")
        assert held[0].exists()
    finally:
        finish.set()
        worker.join(60)
    assert errors == []
    for name in ("first", "second"):
        assert clinic.backup.verify(tmp_path / f"{name}{suffix(clinic)}").schema_version == SCHEMA_VERSION
        assert_owner_only(tmp_path / f"{name}{suffix(clinic)}")
    assert partials(tmp_path) == []
