"""Another workstation, in a process of its own: what live refresh must notice (SQLite's
data_version moves only for another connection's commit; PostgreSQL notifies at commit)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

CHANGE_SETTING = """
import sys
from clinic_desktop.services import ClinicServices
services = ClinicServices.open(sys.argv[1])
services.clinic.set_setting(sys.argv[2], sys.argv[3])
services.close()
"""


def change_setting(db: str, key: str, value: str) -> None:
    """A clinic setting changed at another workstation (the software's own session, real clock)."""
    done = subprocess.run(
        [sys.executable, "-c", CHANGE_SETTING, db, key, value],
        capture_output=True, text=True, cwd=REPO, check=False, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
