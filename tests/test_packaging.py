"""What ships: the wheel carries the migrations and the compiled resources and, installed into a
fresh environment outside the source tree, gives a working `clinic-desktop`: its --version, a demo
clinic's window, a first start on a computer with no clinic yet, and an upgrade of the previous
release's database. (The bundle and the .deb are checked by packaging/tests, after `make dist`.)"""

from __future__ import annotations

import io
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import pytest

from clinic_desktop import __version__
from clinic_desktop.store.migrations import SCHEMA_VERSION

ROOT = Path(__file__).parents[1]
# A demo clinic (20 patients, the users manager, provider and reception with the password
# demo-clinic) written by the schema-8 code, the release before accounts were linked to providers
# (tests/fixtures/README.md says how it was made).
PREVIOUS_RELEASE_DB = ROOT / "tests" / "fixtures" / "clinic_schema8.sqlite"
PREVIOUS_SCHEMA = 8
DEMO_PASSWORD = "demo-clinic"
FIRST_RUN_TITLE = "Create the clinic's manager account — Clinic Desktop"


def version_lines() -> list[str]:
    import PySide6
    from PySide6.QtCore import qVersion

    return [
        f"clinic-desktop {__version__}",
        f"database schema {SCHEMA_VERSION}",
        f"Qt {qVersion()} (PySide6 {PySide6.__version__})",
        f"Python {platform.python_version()}",
    ]


@pytest.mark.parametrize("where", [["--version"], ["--db", "{db}", "--version"], ["--version", "info"]])
def test_version_names_the_build_schema_and_qt_without_opening_a_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: list[str]
) -> None:
    from clinic_desktop.app import main

    db = tmp_path / "nowhere" / "clinic.db"
    monkeypatch.setenv("CLINIC_DB", str(tmp_path / "elsewhere" / "clinic.db"))
    out, err = io.StringIO(), io.StringIO()
    assert main([part.format(db=db) for part in where], stdout=out, stderr=err) == 0
    assert out.getvalue().splitlines() == version_lines()
    assert err.getvalue() == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no database, no folder made


def test_the_package_version_is_the_applications() -> None:
    """pyproject.toml reads its version from clinic_desktop.__version__ (one place)."""
    assert version("clinic-desktop") == __version__


def test_the_previous_releases_database_is_migrated_on_opening_with_its_backup_beside_it(
    tmp_path: Path,
) -> None:
    """What an installed newer build does at its first start over an older one (the slow tests
    below and packaging/tests do it with the installed wheel and the bundle)."""
    from clinic_desktop.services import ClinicServices

    db = tmp_path / "clinic.db"
    shutil.copyfile(PREVIOUS_RELEASE_DB, db)
    assert schema_of(db) == PREVIOUS_SCHEMA
    services = ClinicServices.open(str(db))
    try:
        assert services.migration is not None
        assert (services.migration.from_version, services.migration.to_version) == (8, SCHEMA_VERSION)
        backup = services.migration.backup
    finally:
        services.close()
    assert schema_of(db) == SCHEMA_VERSION
    assert backup is not None and backup.parent == tmp_path
    assert backup.name.startswith("clinic.db.schema8-") and backup.suffix == ".bak"
    assert schema_of(backup) == PREVIOUS_SCHEMA
    assert count(backup, "patient") == count(db, "patient") == 20


def schema_of(path: Path) -> int:
    assert path.is_file(), path
    connection = sqlite3.connect(path)
    try:
        row = connection.execute("SELECT value FROM database_info WHERE key = 'schema_version'").fetchone()
        return int(row[0])
    finally:
        connection.close()


def count(path: Path, table: str) -> int:
    assert path.is_file(), path
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def test_main_py_is_thin() -> None:
    lines = [line for line in (ROOT / "main.py").read_text().splitlines() if line.strip()]
    assert lines == ["from clinic_desktop.app import main", "raise SystemExit(main())"]


# --- the wheel, built and installed -----------------------------------------------------------


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(folder)]
        + [str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return next(folder.glob("clinic_desktop-*.whl"))


@pytest.mark.slow
def test_wheel_contains_migrations_and_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "clinic_desktop/store/migrations/__init__.py" in names
    for step in range(2, SCHEMA_VERSION + 1):
        assert any(n.startswith(f"clinic_desktop/store/migrations/m{step:04d}_") for n in names), step
    assert "clinic_desktop/ui/resources_rc.py" in names
    assert not any(n.startswith("tests/") for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "clinic-desktop = clinic_desktop.app:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
    metadata = next(n for n in names if n.endswith("METADATA"))
    assert f"Version: {__version__}\n" in zipfile.ZipFile(wheel).read(metadata).decode()


@dataclass(frozen=True)
class Installed:
    """A fresh virtual environment outside the source tree with the wheel installed in it."""

    venv: Path
    work: Path

    @property
    def bin(self) -> Path:
        return self.venv / ("Scripts" if os.name == "nt" else "bin")

    def env(self, home: Path, **extra: str) -> dict[str, str]:
        """A person's environment: their home (the data folder is the platform's, under it), the
        installed copy's commands first, nothing of the test session's (no PYTHONPATH, no XDG)."""
        home.mkdir(parents=True, exist_ok=True)
        keep = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "TZ", "SYSTEMROOT", "TMPDIR")}
        keep["PATH"] = os.pathsep.join([str(self.bin), keep.get("PATH", "")])
        return {**keep, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **extra}

    def run(self, *args: str, home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.bin / "clinic-desktop"), *args],
            cwd=self.work,
            env=self.env(home, **extra),
            capture_output=True,
            text=True,
            timeout=300,
        )


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    base = tmp_path_factory.mktemp("installed")
    assert not base.resolve().is_relative_to(ROOT.resolve())
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    copy = Installed(venv, base / "work")
    copy.work.mkdir()
    # The dependencies as the wheel names them, from the package index (or pip's cache); modules are
    # compiled when first imported instead of all at once here (fhir.resources alone has thousands).
    subprocess.run(
        [str(copy.bin / "python"), "-m", "pip", "install", "--quiet", "--no-compile", str(wheel)],
        check=True,
        capture_output=True,
        timeout=900,
    )
    yield copy


@pytest.mark.slow
def test_the_installed_wheel_runs_from_its_own_environment(installed: Installed, tmp_path: Path) -> None:
    where = subprocess.run(
        [str(installed.bin / "python"), "-c", "import clinic_desktop; print(clinic_desktop.__file__)"],
        cwd=installed.work,
        env=installed.env(tmp_path / "home"),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(installed.venv)  # not this source tree
    result = installed.run("--version", home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:2] == version_lines()[:2]
    assert result.stdout.splitlines()[2].startswith("Qt 6.")


@pytest.mark.slow
def test_the_installed_wheel_opens_a_demo_clinics_window(installed: Installed, tmp_path: Path) -> None:
    home, db = tmp_path / "home", tmp_path / "demo.db"
    made = installed.run(
        "--db", str(db), "demo", "--patients", "20", "--providers", "2", "--years", "1", "--seed", "1",
        "--password", DEMO_PASSWORD, home=home,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    smoke = installed.run(
        "--db", str(db), "gui", "--smoke", home=home, CLINIC_USER="manager", CLINIC_PASSWORD=DEMO_PASSWORD
    )
    assert smoke.returncode == 0, smoke.stderr
    assert "Start-up time:" in smoke.stdout


@pytest.mark.slow
def test_a_first_start_asks_for_the_manager_account_in_the_platform_data_folder(
    installed: Installed, tmp_path: Path
) -> None:
    """No arguments, no database yet: the window's first run (the manager's account) opens on a new
    clinic.db in the user's data folder, with no demo data in it; closed without a manager, it
    leaves no database behind (no clinic exists without its manager)."""
    home = tmp_path / "home"
    probe = subprocess.run(
        [str(installed.bin / "python"), str(ROOT / "tests" / "first_start_probe.py")],
        cwd=installed.work,
        env=installed.env(home),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert probe.returncode == 0, probe.stderr
    seen = json.loads(probe.stdout.splitlines()[-1])
    db = home / ".local" / "share" / "clinic-desktop" / "clinic.db"
    assert seen == {
        "dialog": "FirstRunDialog",
        "title": FIRST_RUN_TITLE,
        "database": str(db),
        "asking": {"schema": SCHEMA_VERSION, "accounts": 0, "patients": 0},
        "exit": 0,
    }
    assert not db.exists()  # cancelled before the manager existed: nothing left behind


@pytest.mark.slow
def test_the_installed_wheel_upgrades_the_previous_releases_database(
    installed: Installed, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    data = home / ".local" / "share" / "clinic-desktop"
    data.mkdir(parents=True)
    shutil.copyfile(PREVIOUS_RELEASE_DB, data / "clinic.db")
    smoke = installed.run("gui", "--smoke", home=home, CLINIC_USER="manager", CLINIC_PASSWORD=DEMO_PASSWORD)
    assert smoke.returncode == 0, smoke.stderr
    assert schema_of(data / "clinic.db") == SCHEMA_VERSION
    backups = sorted(data.glob("clinic.db.schema8-*.bak"))
    assert len(backups) == 1 and schema_of(backups[0]) == PREVIOUS_SCHEMA
    assert count(backups[0], "patient") == count(data / "clinic.db", "patient") == 20
    info = installed.run("info", "--json", home=home, CLINIC_USER="manager", CLINIC_PASSWORD=DEMO_PASSWORD)
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["schema_version"] == SCHEMA_VERSION
