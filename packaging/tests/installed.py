"""What the tests of the installed program share (conftest.py has their fixtures)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
PREVIOUS_RELEASE_DB = ROOT / "tests" / "fixtures" / "clinic_schema8.sqlite"
DEMO_PASSWORD = "demo-clinic"


@dataclass(frozen=True)
class Bundled:
    """The bundle's executable, run as a person on a computer without Python would run it."""

    executable: Path
    bare_path: str

    def env(self, home: Path, **extra: str) -> dict[str, str]:
        home.mkdir(parents=True, exist_ok=True)
        env = {"PATH": self.bare_path, "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
        if sys.platform == "win32":
            # Windows needs its own folder; the data folder is the profile's (platformdirs' override
            # of the known folder, as the real one cannot be moved for a test).
            env |= {
                "SYSTEMROOT": os.environ["SYSTEMROOT"],
                "USERPROFILE": str(home),
                "TEMP": str(home),
                "TMP": str(home),
                "WIN_PD_OVERRIDE_LOCAL_APPDATA": str(home / "AppData" / "Local"),
            }
        return env | extra

    def run(self, home: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.executable), *args],
            env=self.env(home, **extra),  # nothing else of this process's environment
            cwd=home,
            capture_output=True,
            text=True,
            timeout=300,
        )


def data_folder(home: Path) -> Path:
    """The user's data folder (platformdirs' user_data_path) under a home."""
    if sys.platform == "win32":
        return home / "AppData" / "Local" / "clinic-desktop"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "clinic-desktop"
    return home / ".local" / "share" / "clinic-desktop"


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
