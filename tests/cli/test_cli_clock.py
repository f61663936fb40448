"""The command line's text for people writes times in the clinic's clock (issue 25); its --json
stays ISO 8601. The demo clinic is in New York: its country's clock is the 12-hour one."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.clinic_users import new_clinic, run

NOW = "2026-11-23T10:00"
TWELVE = re.compile(r"\b\d{1,2}:\d\d [AP]M-\d{1,2}:\d\d [AP]M\b")
TWENTY_FOUR = re.compile(r"\b\d\d:\d\d-\d\d:\d\d\b")


def test_the_days_schedule_is_written_in_the_clinics_clock_and_its_json_in_iso(tmp_path: Path) -> None:
    db = new_clinic(str(tmp_path / "clock.db"))
    demo = ("demo", "--patients", "150", "--providers", "2", "--years", "1", "--seed", "3")
    code, _, err = run("--db", db, "--now", NOW, *demo)
    assert code == 0, err
    day = next(
        d
        for d in (f"2026-11-{n}" for n in range(16, 28))
        if json.loads(run("--db", db, "--now", NOW, "schedule", "day", d, "--json")[1])
    )
    code, text, err = run("--db", db, "--now", NOW, "schedule", "day", day)
    assert code == 0, err
    assert TWELVE.search(text) and not TWENTY_FOUR.search(text)

    assert run("--db", db, "settings", "set", "clock", "24")[0] == 0
    code, text, err = run("--db", db, "--now", NOW, "schedule", "day", day)
    assert code == 0, err
    assert TWENTY_FOUR.search(text) and not TWELVE.search(text)

    code, out, err = run("--db", db, "--now", NOW, "schedule", "day", day, "--json")
    starts = [item["start"] for item in json.loads(out)]
    assert starts and all(re.fullmatch(rf"{day}T\d\d:\d\d:\d\d-05:00", s) for s in starts)
