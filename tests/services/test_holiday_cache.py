"""A year's public holidays are worked out once per computer and release of the `holidays`
package, and read from the user's cache folder afterwards (services/calendar/holiday_cache.py):
a command-line booking need not import the package, whose countries take a fifth of a second to
load (issue 22). A cache that cannot be used only means working them out again."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from clinic_desktop.services.calendar import holiday_cache
from clinic_desktop.services.calendar.holiday_cache import cache_file, package_version, public_holidays

ROOT = Path(__file__).parents[2]


@pytest.fixture(autouse=True)
def _fresh() -> None:
    public_holidays.cache_clear()  # what this process remembers: each test starts from the disk


def test_a_year_worked_out_once_is_read_back_without_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    found = public_holidays("US", "NY", 2027)
    assert found[date(2027, 7, 5)] == "Independence Day (observed)"
    file = cache_file()
    assert file is not None and file.name == f"{package_version()}.json"
    assert json.loads(file.read_text(encoding="utf-8"))["US/NY/2027"]["2027-12-25"] == "Christmas Day"

    def not_again(*args: object) -> dict[date, str]:
        raise AssertionError("worked out again")

    monkeypatch.setattr(holiday_cache, "_worked_out", not_again)
    public_holidays.cache_clear()
    assert public_holidays("US", "NY", 2027) == found
    with pytest.raises(AssertionError, match="worked out again"):
        public_holidays("US", "", 2027)  # another place (or year) is worked out when first asked


def test_a_new_process_reads_them_without_importing_the_package() -> None:
    public_holidays("US", "NY", 2027)  # written to this test's cache folder (conftest isolates it)
    code = (
        "import sys\n"
        "from clinic_desktop.services.calendar.holiday_cache import public_holidays\n"
        "found = public_holidays('US', 'NY', 2027)\n"
        "print(len(found), 'holidays' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == [str(len(public_holidays("US", "NY", 2027))), "False"]


def test_a_damaged_or_unusable_cache_is_worked_around(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    file = cache_file()
    assert file is not None
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text("{not json", encoding="utf-8")
    assert public_holidays("US", "NY", 2027)[date(2027, 1, 1)] == "New Year's Day"
    assert "US/NY/2027" in json.loads(file.read_text(encoding="utf-8"))  # written whole again

    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    public_holidays.cache_clear()
    assert public_holidays("US", "NY", 2028)[date(2028, 12, 25)] == "Christmas Day"  # kept nowhere


def test_each_release_of_the_package_has_a_file_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    now = cache_file()
    monkeypatch.setattr(holiday_cache, "package_version", lambda: "0.1")
    older = cache_file()
    assert now is not None and older is not None and older != now and older.parent == now.parent
    monkeypatch.setattr(holiday_cache, "package_version", lambda: None)
    assert cache_file() is None
    assert public_holidays("US", "NY", 2027)[date(2027, 1, 1)] == "New Year's Day"  # worked out, not kept
