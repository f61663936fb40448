"""lots, protocols, treatments and outcomes on the command line: the contract's shapes and refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.clinic_users import MANAGER, PROVIDER, RECEPTION, new_clinic, run

NOW = "2026-11-23T10:00"


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = new_clinic(str(tmp_path / "charting.db"))
    for args in (
        ("settings", "set", "timezone", "America/New_York"),
        ("providers", "add", "--name", "Dr Lind"),
        ("patients", "add", "--given", "Ines", "--family", "Ortega", "--dob", "1980-04-02"),
    ):
        code, _, err = run("--db", path, *args)
        assert code == 0, err
    return path


def cli(db: str, *args: str, user: str = PROVIDER) -> tuple[int, object, str]:
    """Charting runs as the provider."""
    code, out, err = run("--db", db, "--now", NOW, *args, user=user)
    return code, json.loads(out) if out.strip().startswith(("{", "[")) else out, err


def test_charting_is_the_providers_and_reading_it_not_receptions(db: str) -> None:
    record = ("treatments", "record", "--patient", "1", "--provider", "1", "--indication",
              "chronic_migraine", "--protocol", "PREEMPT", "--product", "onabotulinumtoxinA",
              "--lot", "C5551", "--at", "2026-09-01T09:00")  # fmt: skip
    code, out, err = cli(db, *record, user=RECEPTION)
    assert (code, out) == (1, "")
    assert err.strip() == "Charting needs the provider role; you are signed in as reception."
    code, out, err = cli(db, *record, user=MANAGER)
    assert (code, out) == (1, "")
    assert err.strip() == "Charting needs the provider role; you are signed in as manager."
    code, out, err = cli(db, "outcomes", "add", "--patient", "1", "--measure", "headache_days",
                         "--value", "18", user=MANAGER)  # fmt: skip
    assert (code, out) == (1, "") and "Charting needs the provider role" in err
    code, out, err = cli(db, "treatments", "list", "--patient", "1", "--json", user=RECEPTION)
    assert (code, out) == (1, "") and "Reading the clinical record needs the provider or manager" in err
    code, out, err = cli(db, "lots", "list", user=RECEPTION)
    assert (code, out) == (1, "") and "needs the provider or manager role" in err
    code, listed, _ = cli(db, "treatments", "list", "--patient", "1", "--json", user=MANAGER)
    assert (code, listed) == (0, [])  # the manager reads the record, and nothing was charted


def test_protocols_list_and_show(db: str) -> None:
    code, listed, _ = cli(db, "protocols", "list", "--json")
    assert code == 0 and isinstance(listed, list)
    names = [p["name"] for p in listed]
    assert "PREEMPT" in names
    code, shown, _ = cli(db, "protocols", "show", "preempt", "--json")
    assert code == 0 and isinstance(shown, dict)
    assert shown["total_units"] == 155 and shown["total_injection_points"] == 31
    assert shown["follow_the_pain"]["max_units"] == 40
    assert set(shown["sites"][0]) == {"muscle", "side", "units", "injection_points"}
    code, _, err = cli(db, "protocols", "show", "nothing")
    assert code == 1 and "no protocol called 'nothing'" in err


def test_record_a_preempt_treatment_then_refuse_the_next_too_soon(db: str) -> None:
    code, lot, err = cli(db, "lots", "add", "--product", "onabotulinumtoxinA", "--lot", "C5551",
                         "--expires", "2027-06-30", "--vials", "10", "--json")  # fmt: skip
    assert code == 0, err
    assert isinstance(lot, dict) and lot["units_per_vial"] == 100 and lot["vials_left"] == 10
    code, t, err = cli(db, "treatments", "record", "--patient", "1", "--provider", "1",
                       "--indication", "chronic_migraine", "--protocol", "PREEMPT",
                       "--product", "onabotulinumtoxinA", "--lot", "C5551", "--at", "2026-09-01T09:00",
                       "--waste", "0", "--json")  # fmt: skip
    assert code == 0, err
    assert isinstance(t, dict)
    for key in ("id", "patient_id", "provider_id", "performed_at", "indication", "product", "lot",
                "total_units", "waste_units"):  # fmt: skip
        assert key in t
    assert t["total_units"] == 155 and t["waste_units"] == 0 and t["waste_modifier"] == "JZ"
    assert t["performed_at"] == "2026-09-01T09:00:00-04:00"
    args = ("treatments", "record", "--patient", "1", "--provider", "1", "--indication", "chronic_migraine",
            "--product", "onabotulinumtoxinA", "--lot", "C5551", "--site", "trapezius:left:10:2",
            "--at", "2026-11-23T09:00")  # fmt: skip
    code, out, err = cli(db, *args, "--json")
    assert code == 1 and out == "" and "83 days" in err and "override reason" in err
    code, t2, err = cli(db, *args, "--override-reason", "pain returned", "--json")
    assert code == 0 and isinstance(t2, dict) and t2["total_units"] == 10
    assert t2["overrides"] == [{"rule": "interval", "reason": "pain returned", "by": "Dr Lind"}]
    code, listed, _ = cli(db, "treatments", "list", "--patient", "1", "--json")
    assert isinstance(listed, list) and [x["total_units"] for x in listed] == [10, 155]
    code, info, _ = cli(db, "info", "--json")
    assert isinstance(info, dict) and info["counts"]["treatments"] == 2


def test_refusals_name_the_problem(db: str) -> None:
    code, _, err = cli(
        db, "lots", "add", "--product", "botox", "--lot", "A", "--expires", "2027-01-01", "--vials", "1"
    )
    assert code == 1 and "Unknown product 'botox'" in err
    # Received on 1 November, before it expired (an expired lot is not received: lots add refuses it).
    code, _, err = run("--db", db, "--now", "2026-11-01T10:00", "lots", "add", "--product",
                       "onabotulinumtoxinA", "--lot", "OLD", "--expires", "2026-11-22", "--vials", "1",
                       user=PROVIDER)  # fmt: skip
    assert code == 0, err
    code, out, err = cli(db, "treatments", "record", "--patient", "1", "--provider", "1", "--indication",
                         "chronic_migraine", "--product", "onabotulinumtoxinA", "--lot", "OLD",
                         "--site", "frontalis:bilateral:20:4", "--override-reason", "none left")  # fmt: skip
    assert code == 1 and out == "" and "expired on 2026-11-22" in err
    code, _, err = cli(db, "treatments", "record", "--patient", "1", "--provider", "1", "--indication",
                       "chronic_migraine", "--product", "onabotulinumtoxinA", "--lot", "OLD",
                       "--site", "frontalis-20")  # fmt: skip
    assert code == 1 and "is not a site" in err


def test_outcomes_add_and_list(db: str) -> None:
    code, score, err = cli(db, "outcomes", "add", "--patient", "1", "--measure", "headache_days",
                           "--value", "18", "--at", "2026-10-01", "--json")  # fmt: skip
    assert code == 0, err
    assert score == {"patient_id": 1, "measure": "headache_days", "value": 18.0, "at": "2026-10-01"}
    code, _, err = cli(db, "outcomes", "add", "--patient", "1", "--measure", "hit6", "--value", "90")
    assert code == 1 and "between 36 and 78" in err
    code, listed, _ = cli(db, "outcomes", "list", "--patient", "1", "--json")
    assert isinstance(listed, dict) and listed["scores"]["headache_days"] == [
        {"at": "2026-10-01", "value": 18.0}
    ]


def test_the_clinic_defines_its_own_measure_and_records_it(db: str) -> None:
    code, measure, err = cli(db, "outcomes", "define", "--code", "ndi", "--label", "Neck Disability Index",
                             "--low", "0", "--high", "50", "--json")  # fmt: skip
    assert code == 0, err
    assert isinstance(measure, dict) and measure["code"] == "ndi" and measure["builtin"] is False
    code, measures, _ = cli(db, "outcomes", "measures", "--json")
    assert isinstance(measures, list)
    assert [m["code"] for m in measures][:4] == ["headache_days", "midas", "hit6", "pain_nrs"]
    assert "ndi" in [m["code"] for m in measures]
    code, _, err = cli(db, "outcomes", "add", "--patient", "1", "--measure", "ndi", "--value", "51")
    assert code == 1 and "between 0 and 50" in err
    assert cli(db, "outcomes", "add", "--patient", "1", "--measure", "ndi", "--value", "22")[0] == 0
    code, _, err = cli(
        db, "outcomes", "define", "--code", "ndi", "--label", "again", "--low", "0", "--high", "1"
    )
    assert code == 1 and "already a measure" in err
    code, _, err = cli(
        db, "outcomes", "define", "--code", "x y", "--label", "bad", "--low", "0", "--high", "1"
    )
    assert code == 1 and "not a measure code" in err
