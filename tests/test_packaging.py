"""What ships: the wheel carries the migrations and the compiled resources; main.py stays thin."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


@pytest.mark.slow
def test_wheel_contains_migrations_and_resources(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheel = next(tmp_path.glob("clinic_desktop-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "clinic_desktop/store/migrations/__init__.py" in names
    assert "clinic_desktop/store/migrations/m0002_colours.py" in names
    assert "clinic_desktop/ui/resources_rc.py" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "clinic-desktop = clinic_desktop.app:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_main_py_is_thin() -> None:
    lines = [line for line in (ROOT / "main.py").read_text().splitlines() if line.strip()]
    assert lines == ["from clinic_desktop.app import main", "raise SystemExit(main())"]
