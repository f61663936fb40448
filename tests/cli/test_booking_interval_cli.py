"""The command line's contract for booking a toxin-treatment visit before the first safe day
(docs/cli.md): `appointments book` (and a series), `appointments move` and `followups book` exit 1
naming the last injection and the first safe day unless --override-reason is given; `schedule day`
flags the visit booked too early."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.clinic_users import RECEPTION, new_clinic, run, user_for

NOW = "2026-11-23T10:00"
REFUSED = (
    "Ines Ortega's last toxin injection was on 2026-11-20; the first safe day for the next is "
    "2027-02-12. Give an override reason to book it anyway."
)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = new_clinic(str(tmp_path / "interval.db"))
    steps: list[tuple[str, ...]] = [
        ("settings", "set", "timezone", "America/New_York"),
        ("providers", "add", "--name", "Dr Lind", "--treats", "chronic_migraine"),
        ("types", "add", "--name", "Botox migraine", "--minutes", "30", "--indication", "chronic_migraine"),
        ("patients", "add", "--given", "Ines", "--family", "Ortega", "--dob", "1980-04-02"),
        ("lots", "add", "--product", "onabotulinumtoxinA", "--lot", "C1", "--expires", "2027-06-30",
         "--vials", "9"),
        ("treatments", "record", "--patient", "1", "--provider", "1", "--indication", "chronic_migraine",
         "--protocol", "PREEMPT", "--product", "onabotulinumtoxinA", "--lot", "C1",
         "--at", "2026-11-20T09:00"),
    ]  # fmt: skip
    steps += [("hours", "set", "--provider", "1", "--weekday", day, "--blocks", "08:00-12:00,13:00-17:00")
              for day in ("mon", "tue", "wed", "thu", "fri")]  # fmt: skip
    for args in steps:
        code, _, err = run("--db", path, "--now", NOW, *args, user=user_for(args))
        assert code == 0, (args, err)
    return path


def cli(db: str, *args: str) -> tuple[int, object, str]:
    """As reception, who books."""
    code, out, err = run("--db", db, "--now", NOW, *args, user=RECEPTION)
    return code, json.loads(out) if out.strip() else out, err


def book(db: str, start: str, *extra: str) -> tuple[int, object, str]:
    return cli(
        db, "appointments", "book", "--patient", "1", "--provider", "1", "--type", "Botox migraine",
        "--start", start, *extra, "--json",
    )  # fmt: skip


def test_booking_moving_and_a_series_before_the_first_safe_day_exit_1_without_a_reason(db: str) -> None:
    code, out, err = book(db, "2027-02-11T09:00")  # day 83
    assert (code, out) == (1, "") and REFUSED in err
    code, out, err = book(db, "2027-02-11T09:00", "--every-weeks", "12", "--count", "2")
    assert (code, out) == (1, "") and REFUSED in err
    code, booked, err = book(db, "2027-02-12T09:00")  # day 84
    assert code == 0 and "Warning" not in err, err
    assert isinstance(booked, list)
    visit = str(booked[0]["id"])
    code, out, err = cli(db, "appointments", "move", visit, "--start", "2027-02-11T09:00", "--json")
    assert (code, out) == (1, "") and REFUSED in err
    code, moved, err = cli(
        db, "appointments", "move", visit, "--start", "2027-02-11T09:00", "--override-reason", "her only day",
        "--json",
    )  # fmt: skip
    assert code == 0 and isinstance(moved, dict) and moved["start"] == "2027-02-11T09:00:00-05:00"
    assert "Warning: Ines Ortega's last toxin injection was on 2026-11-20" in err
    code, day, err = cli(db, "schedule", "day", "2027-02-11", "--json")
    assert code == 0 and isinstance(day, list)
    assert day[0]["too_early"] == "Too early: last dose 20 Nov 2026, safe from 12 Feb 2027"


def test_followups_book_next_to_a_visit_already_booked_needs_a_reason(db: str) -> None:
    """The engine proposes from the first safe day after the last injection; a visit booked on
    that day already makes its proposal too early, and booking it needs a reason."""
    code, _, err = book(db, "2027-02-12T08:00")
    assert code == 0, err
    code, out, err = cli(db, "followups", "book", "--patient", "1", "--json")
    assert (code, out) == (1, "")
    assert "Ines Ortega has a toxin treatment booked on 2027-02-12" in err and "override reason" in err
    code, booked, err = cli(
        db, "followups", "book", "--patient", "1", "--override-reason", "second site agreed", "--json"
    )
    assert code == 0, err
    assert isinstance(booked, list) and len(booked) == 1 and "Warning: Ines Ortega has a toxin" in err
    code, trail, _ = run("--db", db, "audit", "list", "--patient", "1", "--json")
    entries = json.loads(trail)
    created = [e for e in entries if e["entity"] == "appointment" and e["entity_id"] == str(booked[0]["id"])]
    assert created[0]["after"]["override_reason"] == "second site agreed"
