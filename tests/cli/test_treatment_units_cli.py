"""`treatments record --site MUSCLE:SIDE:UNITS:POINTS` and `--waste UNITS` on both engines: a
number that is not plain digits, zero at a site, more than 1000 at a site or more than 10,000
wasted exits 1 naming the site and the limit (never 3: `1e28` used to end in a decimal error),
and nothing is recorded."""

from __future__ import annotations

import json

import pytest

from tests.clinic_users import PROVIDER, new_clinic, run
from tests.conftest import NewDatabase

NOW = "2026-11-23T10:00"
RECORD = ("treatments", "record", "--patient", "1", "--provider", "1", "--indication", "chronic_migraine",
          "--product", "onabotulinumtoxinA", "--lot", "C5551", "--at", "2026-11-23T09:00")  # fmt: skip


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db(new_database: NewDatabase) -> str:
    url = new_clinic(new_database("charting"))
    for args in (
        ("settings", "set", "timezone", "America/New_York"),
        ("providers", "add", "--name", "Dr Lind"),
        ("patients", "add", "--given", "Ines", "--family", "Ortega", "--dob", "1980-04-02"),
        ("lots", "add", "--product", "onabotulinumtoxinA", "--lot", "C5551", "--expires", "2027-06-30",
         "--vials", "10"),
    ):  # fmt: skip
        code, _, err = run("--db", url, "--now", NOW, *args)
        assert code == 0, err
    return url


def record(db: str, *args: str) -> tuple[int, str, str]:
    return run("--db", db, "--now", NOW, *RECORD, *args, user=PROVIDER)


SITES = [
    ("frontalis:left:1e28:2", "'1e28' is not a number of units for frontalis (left): write digits"),
    ("frontalis:left:NaN:2", "'NaN' is not a number of units for frontalis (left)"),
    ("frontalis:left:Infinity:2", "'Infinity' is not a number of units for frontalis (left)"),
    ("frontalis:left:-5:2", "'-5' is not a number of units for frontalis (left)"),
    ("frontalis:left:1e2:2", "'1e2' is not a number of units for frontalis (left)"),
    ("frontalis:left:0:2", "The site frontalis (left) has 0 units"),
    ("frontalis:left:1000.5:2", "1000.5 units at frontalis (left) is more than 1000"),
]
WASTES = ["1e28", "NaN", "Infinity", "-1", "1e2", "10000.1", "2.55"]


def test_units_outside_the_limits_are_refused_naming_the_site_and_nothing_is_recorded(db: str) -> None:
    for site, words in SITES:
        code, out, err = record(db, "--site", site, "--json")
        assert (code, out) == (1, ""), err
        assert words in err and "1000" in err, err
    for waste in WASTES:
        code, out, err = record(db, "--site", "frontalis:left:10:2", "--waste", waste)
        assert (code, out) == (1, ""), err
        assert "wasted units" in err, err
    code, out, _ = run("--db", db, "treatments", "list", "--patient", "1", "--json", user=PROVIDER)
    assert (code, json.loads(out)) == (0, [])
    code, out, err = record(db, "--site", "frontalis:left:10:2", "--waste", "0", "--json")
    assert code == 0, err
    assert json.loads(out)["waste_units"] == 0 and json.loads(out)["total_units"] == 10
