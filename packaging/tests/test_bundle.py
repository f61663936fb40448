"""The bundle's executable on a computer without Python (conftest.py says how it is run): on every
system the bundle is built for."""

from __future__ import annotations

import shutil
from pathlib import Path

from installed import DEMO_PASSWORD, PREVIOUS_RELEASE_DB, Bundled, count, data_folder, schema_of

from clinic_desktop import __version__
from clinic_desktop.store.migrations import SCHEMA_VERSION

PREVIOUS_SCHEMA = 8


def test_the_bundled_executable_prints_its_versions_without_opening_a_database(
    bundled: Bundled, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    result = bundled.run(home, "--version")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:2] == [f"clinic-desktop {__version__}", f"database schema {SCHEMA_VERSION}"]
    assert lines[2].startswith("Qt 6.") and "(PySide6 6." in lines[2]
    assert lines[3].startswith("Python 3.")
    assert not data_folder(home).exists()


def test_the_bundle_opens_a_demo_clinics_window_offscreen(bundled: Bundled, tmp_path: Path) -> None:
    home, db = tmp_path / "home", tmp_path / "demo.db"
    made = bundled.run(
        home, "--db", str(db), "demo", "--patients", "20", "--providers", "2", "--years", "1", "--seed", "1",
        "--password", DEMO_PASSWORD,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    smoke = bundled.run(
        home, "--db", str(db), "gui", "--smoke", CLINIC_USER="manager", CLINIC_PASSWORD=DEMO_PASSWORD
    )
    assert smoke.returncode == 0, smoke.stderr
    assert "Start-up time:" in smoke.stdout
    assert "qt.qpa" not in smoke.stderr and "Could not" not in smoke.stderr  # every plugin it asked for


def test_the_bundle_upgrades_the_previous_releases_database_keeping_a_backup(
    bundled: Bundled, tmp_path: Path
) -> None:
    """A newer build installed over an older one: the clinic.db in the user's data folder, written
    by the schema-8 release, is migrated at the first start, after a copy is kept beside it."""
    home = tmp_path / "home"
    data = data_folder(home)
    data.mkdir(parents=True)
    shutil.copyfile(PREVIOUS_RELEASE_DB, data / "clinic.db")
    smoke = bundled.run(home, "gui", "--smoke", CLINIC_USER="manager", CLINIC_PASSWORD=DEMO_PASSWORD)
    assert smoke.returncode == 0, smoke.stderr
    assert schema_of(data / "clinic.db") == SCHEMA_VERSION
    backups = sorted(data.glob(f"clinic.db.schema{PREVIOUS_SCHEMA}-*.bak"))
    assert len(backups) == 1 and schema_of(backups[0]) == PREVIOUS_SCHEMA
    assert count(backups[0], "patient") == count(data / "clinic.db", "patient") == 20
    # Every migration step is in the bundle (pkgutil finds them at run time, no import names them).
    info = bundled.run(home, "info", "--json", CLINIC_USER="manager", CLINIC_PASSWORD=DEMO_PASSWORD)
    assert info.returncode == 0, info.stderr
    assert f'"schema_version": {SCHEMA_VERSION}' in info.stdout
