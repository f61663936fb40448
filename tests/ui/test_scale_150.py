"""The window at 150 % scaling (issue 25): the views, the patient chart's tabs, every dialog and
the painted widgets laid out and drawn with Qt's scale factor at 1.5, as a workstation set to
150 % runs it. Qt reads QT_SCALE_FACTOR once, when the application starts, so the checks run in a
fresh process: the same tests as at 100 % (tests/ui/test_fits_1366.py, whose view test asserts the
device pixel ratio it runs at, and the painted widgets' accessibility, and the large text's fit,
so 150 % scaling and 1.5x text together), as the manager, who sees every view and dialog."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_view_and_dialog_fits_and_draws_at_150_percent(tmp_path: Path) -> None:
    env = {**os.environ, "QT_SCALE_FACTOR": "1.5", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:xdist", "-p", "no:randomly",
         "-p", "no:cacheprovider",
         "tests/ui/test_fits_1366.py", "tests/ui/test_painted_accessibility.py",
         "tests/ui/test_appearance.py::test_every_view_fits_at_large_text",
         "tests/ui/test_appearance.py::test_every_dialog_fits_at_large_text",
         "tests/ui/test_appearance.py::test_the_dialog_by_keys_and_clicks_changes_the_application_and_keeps_it_here",
         "-k", "not provider and not reception", f"--basetemp={tmp_path / 'run'}"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    report = done.stdout[-4000:] + done.stderr[-2000:]
    assert done.returncode == 0, report
    assert " passed" in done.stdout and " failed" not in done.stdout, report
