"""docs/architecture.md's map of the tree is checked against the tree: every path it names in
backticks exists, and every file name it gives alone exists in the package, so the page cannot
send a newcomer to a room that has moved."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAP = ROOT / "docs" / "architecture.md"


def named() -> tuple[list[str], list[str]]:
    """(paths with a folder, bare file names) written in backticks on the page."""
    words = re.findall(r"`([^`\s]+)`", MAP.read_text(encoding="utf-8"))
    paths = [w for w in words if "/" in w and not w.startswith(("http", "--"))]
    files = [w for w in words if "/" not in w and re.fullmatch(r"[\w.]+\.(py|md|toml)", w)]
    return paths, files


def test_every_path_on_the_map_exists() -> None:
    paths, _ = named()
    assert len(paths) > 20  # the page names the rooms (an empty match would pass)
    assert [p for p in paths if not (ROOT / p).exists()] == []


def test_every_file_named_alone_exists_in_the_package() -> None:
    _, files = named()
    assert files
    present = {p.name for p in (ROOT / "clinic_desktop").rglob("*")} | {"pyproject.toml"}
    assert [f for f in files if f not in present] == []


def test_the_names_it_gives_for_a_safety_rule_exist() -> None:
    """The recipe's entry points are real names, not only real files."""
    from clinic_desktop.domain import safety
    from clinic_desktop.services.treatment_interval import TreatmentIntervals

    assert callable(safety.check) and callable(safety.check_amendment)
    assert hasattr(safety, "SETTLED_WHEN_CHARTED") and hasattr(TreatmentIntervals, "booking_refusals")
