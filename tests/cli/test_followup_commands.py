"""followups and recalls on the command line: shapes, booking a proposal, the CSV."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from clinic_desktop.domain.codes import Indication, Product
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.services import ClinicServices, Clock
from tests.clinic_users import MANAGER, PROVIDER, RECEPTION, new_clinic, run, user_for
from tests.conftest import FIXED_NOW

NOW = "2026-11-23T10:00"


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = new_clinic(str(tmp_path / "recalls.db"))
    steps: list[tuple[str, ...]] = [
        ("settings", "set", "timezone", "America/New_York"),
        ("providers", "add", "--name", "Dr Lind", "--treats", "chronic_migraine"),
        ("types", "add", "--name", "Migraine treatment", "--minutes", "30",
         "--indication", "chronic_migraine"),
        ("patients", "add", "--given", "Ines", "--family", "Ortega", "--dob", "1980-04-02"),
        ("lots", "add", "--product", "onabotulinumtoxinA", "--lot", "C1", "--expires", "2027-06-30",
         "--vials", "9"),
        ("treatments", "record", "--patient", "1", "--provider", "1", "--indication", "chronic_migraine",
         "--protocol", "PREEMPT", "--product", "onabotulinumtoxinA", "--lot", "C1",
         "--at", "2026-08-20T09:00"),
    ]  # fmt: skip
    steps += [("hours", "set", "--provider", "1", "--weekday", day, "--blocks", "08:00-12:00,13:00-17:00")
              for day in ("mon", "tue", "wed", "thu", "fri")]  # fmt: skip
    for args in steps:
        code, _, err = run("--db", path, "--now", NOW, *args, user=user_for(args))
        assert code == 0, (args, err)
    return path


def cli(db: str, *args: str, user: str = RECEPTION) -> tuple[int, object, str]:
    """The recall list is reception's work."""
    code, out, err = run("--db", db, "--now", NOW, *args, user=user)
    return code, json.loads(out) if out.strip().startswith(("{", "[")) else out, err


def test_recalls_propose_and_book(db: str, tmp_path: Path) -> None:
    code, rows, err = cli(db, "recalls", "--json")
    assert code == 0, err
    assert isinstance(rows, list) and len(rows) == 1
    row = rows[0]
    for key in (
        "patient_id",
        "indication",
        "last_treatment",
        "due_from",
        "due_by",
        "days_overdue",
        "proposed",
    ):
        assert key in row
    assert (row["last_treatment"], row["due_from"], row["due_by"]) == (
        "2026-08-20",
        "2026-11-12",
        "2026-11-26",
    )
    code, proposals, _ = cli(db, "followups", "propose", "--patient", "1", "--count", "2", "--json")
    assert isinstance(proposals, list) and len(proposals) == 2
    assert set(proposals[0]) >= {"start", "end", "provider_id", "room_id", "score", "reasons"}
    assert proposals[0]["start"].startswith("2026-11-23T") or proposals[0]["start"] > "2026-11-23"
    assert cli(db, "followups", "refresh", "--json")[1] == {"patients": 1, "horizon_days": 28}
    code, rows, _ = cli(db, "recalls", "--json")
    assert isinstance(rows, list) and rows[0]["proposed"]["start"] == proposals[0]["start"]
    out = tmp_path / "recalls.csv"
    assert cli(db, "recalls", "--csv", str(out))[0] == 0
    assert [line["patient_id"] for line in csv.DictReader(out.open(encoding="utf-8"))] == ["1"]
    code, booked, err = cli(db, "followups", "book", "--patient", "1", "--json")
    assert code == 0, err
    assert (
        isinstance(booked, list)
        and booked[0]["start"] == proposals[0]["start"]
        and booked[0]["patient_id"] == 1
    )
    assert cli(db, "recalls", "--json")[1] == []
    code, _, err = cli(db, "check", user=MANAGER)
    assert code == 0, err


def test_contact_snooze_and_plan(db: str) -> None:
    code, _, err = cli(db, "followups", "contact", "--patient", "1", "--indication", "chronic_migraine",
                       "--kind", "left_message", "--note", "voicemail")  # fmt: skip
    assert code == 0, err
    code, rows, _ = cli(db, "recalls", "--json")
    assert isinstance(rows, list) and rows[0]["last_attempt"].startswith("Left a message on 2026-11-23")
    code, _, err = cli(db, "followups", "contact", "--patient", "1", "--indication", "chronic_migraine",
                       "--kind", "snoozed")  # fmt: skip
    assert code == 1 and "Snooze until a date after today" in err
    cli(db, "followups", "contact", "--patient", "1", "--indication", "chronic_migraine", "--kind", "snoozed",
        "--until", "2026-12-01")  # fmt: skip
    assert cli(db, "recalls", "--json")[1] == []
    plan_args = ("followups", "plan", "--patient", "1", "--indication", "chronic_migraine")
    code, out, err = cli(db, *plan_args, "--target-days", "120")  # a clinical decision
    assert (code, out) == (1, "") and "Charting needs the provider role" in err
    code, _, err = cli(db, *plan_args, "--target-days", "60", user=PROVIDER)
    assert code == 1 and "cannot be shorter than 84 days" in err
    code, plan, _ = cli(db, *plan_args, "--target-days", "120", "--json", user=PROVIDER)
    assert isinstance(plan, dict) and plan["target_days"] == 120
    code, _, err = cli(db, "followups", "propose", "--patient", "99")
    assert code == 1 and "99" in err


def test_recalls_say_why_not_to_rebook_each_role_in_its_own_words(db: str) -> None:
    """Ines's consent lapsed and her headache days fell only 10% over two cycles (NICE: stop)."""
    s = ClinicServices.open(db, Clock(FIXED_NOW))
    try:
        s.patients.add_consent(1, "toxin treatment", "2025-01-10", "2026-01-10")
        s.treatments.add_outcome(1, "headache_days", 20, date(2026, 5, 1))
        template = s.treatments.protocol("PREEMPT")
        s.treatments.record(
            TreatmentDraft(
                1, 1, s.time.parse_local("2026-05-28T09:00"), Indication.CHRONIC_MIGRAINE,
                Product.ONABOTULINUMTOXINA, "C1", template.sites,
            )
        )  # fmt: skip
        s.treatments.add_outcome(1, "headache_days", 18, date(2026, 9, 10))
    finally:
        s.close()
    code, rows, err = cli(db, "recalls", "--json")
    assert code == 0, err
    assert isinstance(rows, list)
    assert rows[0]["caution"] == (
        "Consent expired: renew it before booking treatment · Review with provider before rebooking"
    )
    code, rows, err = cli(db, "recalls", "--json", user=PROVIDER)
    assert code == 0 and isinstance(rows, list), err
    assert rows[0]["caution"] == (
        "Consent expired: renew it before booking treatment · Review with provider: Under 30% fewer "
        "headache days after 2 treatment cycles (10%): NICE TA260 advises stopping"
    )
