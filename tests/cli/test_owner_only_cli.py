"""From the command line, under the usual umask 022: a new clinic database and the folders made for
it, the crash log and its folders, a CSV export and a printed day list are their owner's only."""

from __future__ import annotations

from pathlib import Path

import pytest

from clinic_desktop.app import log_path
from clinic_desktop.services import ClinicServices, Clock
from tests.clinic_users import new_clinic, run
from tests.conftest import FIXED_NOW
from tests.day_list_clinic import build
from tests.owner_only import assert_owner_only, assert_private_folders, mode, umask_022  # noqa: F401

# Printing in-process needs the session's QApplication first (see test_day_list_pdf_command).
pytestmark = pytest.mark.usefixtures("umask_022", "qapp")


def test_a_new_clinic_database_and_its_folders_are_owner_only(tmp_path: Path) -> None:
    db = tmp_path / "clinic" / "data" / "clinic.db"
    code, _, err = run("--db", str(db), "init", "--manager", "Maria Boss", user=None)
    assert code == 0, err
    assert_owner_only(db)
    assert_private_folders(tmp_path / "clinic", db.parent)


def test_the_crash_log_and_its_folders_are_owner_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clinic_desktop.services.clinic import ClinicService

    db = new_clinic(str(tmp_path / "clinic.db"))
    log = log_path()
    missing = [folder for folder in log.parents if not folder.exists()]
    assert len(missing) >= 2  # the log's folder and the application's, in the test's own state folder

    def boom(self: object) -> None:
        raise RuntimeError("kaboom: Ines Ortega, 1980-11-25")  # tracebacks can quote patients

    monkeypatch.setattr(ClinicService, "info", boom)
    code, _, err = run("--db", db, "info")
    assert code == 3 and str(log) in err
    assert "kaboom" in log.read_text()
    assert_owner_only(log)
    assert_private_folders(*missing)
    log.chmod(0o644)  # as an older version left it
    assert run("--db", db, "info")[0] == 3
    assert_owner_only(log)
    assert log.read_text().count("RuntimeError: kaboom") == 2  # appended to, not replaced


def test_an_export_and_a_printed_day_list_are_owner_only(tmp_path: Path) -> None:
    path = str(tmp_path / "clinic.db")
    services = ClinicServices.open(path, Clock(FIXED_NOW))
    try:
        build(services)
    finally:
        services.close()
    db = new_clinic(path)
    exported, printed = tmp_path / "patients.csv", tmp_path / "tuesday.pdf"
    code, _, err = run("--db", db, "patients", "export", str(exported))
    assert code == 0, err
    code, _, err = run("--db", db, "--now", "2026-11-23T10:00", "schedule", "day", "2026-11-24",
                       "--provider", "1", "--pdf", str(printed))  # fmt: skip
    assert code == 0, err
    assert "M0000001,,Ines,Ortega," in exported.read_text(encoding="utf-8")
    assert printed.read_bytes().startswith(b"%PDF") and mode(printed) == 0o600
    assert_owner_only(exported, printed, path)
