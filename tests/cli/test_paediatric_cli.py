"""Children's doses by weight on the command line (issue 21): `patients weight ID --kg N [--on
DATE]`, `weight_kg` and `weight_on` in `patients show --json`, charting refused without a recent
weight and over the label's limit (the refusal names U/kg), the template by weight, and the
treatment's `weight_kg` and `units_per_kg`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.clinic_users import PROVIDER, RECEPTION, new_clinic, run

NOW = "2026-11-23T10:00"
UPPER = "Upper limb spasticity, paediatric (per kg)"


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = new_clinic(str(tmp_path / "children.db"))
    for args in (
        ("settings", "set", "timezone", "America/New_York"),
        ("providers", "add", "--name", "Dr Lind"),
        ("patients", "add", "--given", "Maya", "--family", "Reyes", "--dob", "2019-05-02"),
        ("lots", "add", "--product", "onabotulinumtoxinA", "--lot", "C1", "--expires", "2027-06-30",
         "--vials", "10"),
    ):  # fmt: skip
        code, _, err = run("--db", path, "--now", NOW, *args)
        assert code == 0, err
    return path


def cli(db: str, *args: str, user: str = PROVIDER) -> tuple[int, object, str]:
    code, out, err = run("--db", db, "--now", NOW, *args, user=user)
    return code, json.loads(out) if out.strip().startswith(("{", "[")) else out, err


def record(db: str, *extra: str) -> tuple[int, object, str]:
    return cli(db, "treatments", "record", "--patient", "1", "--provider", "1", "--indication",
               "upper_limb_spasticity", "--product", "onabotulinumtoxinA", "--lot", "C1", "--json",
               *extra)  # fmt: skip


def test_a_weight_is_recorded_and_shown_and_nonsense_refused(db: str) -> None:
    code, shown, _ = cli(db, "patients", "show", "1", "--json", user=RECEPTION)
    assert code == 0 and isinstance(shown, dict)
    assert (shown["weight_kg"], shown["weight_on"]) == (None, None)
    code, weighed, err = cli(db, "patients", "weight", "1", "--kg", "19.5", "--on", "2026-11-20", "--json",
                             user=RECEPTION)  # fmt: skip
    assert code == 0, err
    assert weighed == {"patient_id": 1, "weight_kg": 19.5, "weight_on": "2026-11-20"}
    assert "Recorded 19.5 kg for Maya Reyes on 2026-11-20." in err
    code, weighed, _ = cli(db, "patients", "weight", "1", "--kg", "20", "--json")  # today by default
    assert weighed == {"patient_id": 1, "weight_kg": 20, "weight_on": "2026-11-23"}
    code, shown, _ = cli(db, "patients", "show", "1", "--json")
    assert isinstance(shown, dict) and (shown["weight_kg"], shown["weight_on"]) == (20, "2026-11-23")
    code, text, _ = cli(db, "patients", "show", "1")
    assert "weight: 20 kg on 2026-11-23" in str(text)
    for args, words in (
        (("--kg", "2000"), "is not a weight a person has"),
        (("--kg", "twenty"), "is not a weight"),
        (("--kg", "20", "--on", "2026-12-01"), "a day after today"),
        (("--kg", "20", "--on", "2019-01-01"), "before the patient was born"),
    ):
        code, out, err = cli(db, "patients", "weight", "1", *args)
        assert (code, out) == (1, "") and words in err, err
    code, shown, _ = cli(db, "patients", "show", "1", "--json")
    assert isinstance(shown, dict) and shown["weight_kg"] == 20  # nothing written by a refusal


def test_charting_a_child_needs_a_recent_weight_and_keeps_to_the_limit_per_kg(db: str) -> None:
    code, out, err = record(db, "--site", "biceps brachii:left:60:4")
    assert (code, out) == (1, "")
    assert "Under 18, doses are set by weight" in err and "None is on record" in err
    cli(db, "patients", "weight", "1", "--kg", "20")
    code, out, err = record(db, "--site", "biceps brachii:left:121:4")
    assert (code, out) == (1, "")
    assert "6.05 U/kg at 20 kg" in err and "(120 U)" in err and "Give an override reason" in err
    code, saved, err = record(db, "--protocol", UPPER)
    assert code == 0, err
    assert isinstance(saved, dict)
    assert (saved["total_units"], saved["weight_kg"], saved["units_per_kg"]) == (120, 20, 6.0)
    assert saved["protocol"] == UPPER and saved["sites"][0] == {
        "muscle": "biceps brachii", "side": "left", "units": 30, "injection_points": 4,
    }  # fmt: skip
    code, listed, _ = cli(db, "treatments", "list", "--patient", "1", "--json")
    assert isinstance(listed, list) and listed[0]["units_per_kg"] == 6.0


def test_the_templates_by_weight_are_listed_per_kg_and_shown_for_a_weight(db: str) -> None:
    code, listed, _ = cli(db, "protocols", "list", "--json")
    assert code == 0 and isinstance(listed, list)
    upper = next(p for p in listed if p["name"] == UPPER)
    assert upper["weight_based"] is True and upper["units_per_kg"] == 6.0
    assert upper["sites"][0] == {"muscle": "biceps brachii", "side": "left", "units_per_kg": 1.5,
                                 "injection_points": 4}  # fmt: skip
    assert next(p for p in listed if p["name"] == "PREEMPT")["weight_based"] is False
    code, shown, _ = cli(db, "protocols", "show", UPPER, "--kg", "20", "--json")
    assert isinstance(shown, dict) and shown["total_units"] == 120
    code, shown, _ = cli(db, "protocols", "show", UPPER.upper(), "--kg", "60", "--json")
    assert isinstance(shown, dict) and shown["total_units"] <= 200  # the label's 200 U, not 360 U
    code, out, err = record(db, "--protocol", UPPER)  # Maya was never weighed here
    assert code == 1 and "Weigh the patient first (patients weight ID --kg N)" in err
