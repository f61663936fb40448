"""`export ics|appointments|treatments` on the command line: the files read back with their own
libraries, the JSON report, and refusals (exit 1, a reason on stderr, nothing on stdout, no file)."""

from __future__ import annotations

import csv
import json
from datetime import UTC
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.clinic_users import new_clinic, run, user_for

NOW = "2026-11-23T10:00"


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = new_clinic(str(tmp_path / "exports.db"))
    steps: list[tuple[str, ...]] = [
        ("settings", "set", "timezone", "Europe/Madrid"),
        ("providers", "add", "--name", "Dr Lind"),
        ("providers", "add", "--name", "Dr Okafor"),
        ("rooms", "add", "--name", "Sala 2"),
        ("types", "add", "--name", "Botox migraine", "--minutes", "30", "--indication", "chronic_migraine"),
        ("patients", "add", "--given", "Inés", "--family", "Ortega", "--dob", "1980-04-02",
         "--phone", "+34 612 345 678"),
        ("patients", "add", "--given", "Carl", "--family", "Berg", "--dob", "1975-09-30"),
        ("lots", "add", "--product", "onabotulinumtoxinA", "--lot", "C1", "--expires", "2027-06-30",
         "--vials", "9"),
        ("treatments", "record", "--patient", "1", "--provider", "1", "--indication", "chronic_migraine",
         "--protocol", "PREEMPT", "--product", "onabotulinumtoxinA", "--lot", "C1",
         "--at", "2026-08-20T09:00"),
    ]  # fmt: skip
    steps += [("hours", "set", "--provider", str(p), "--weekday", day, "--blocks", "08:00-17:00")
              for p in (1, 2) for day in ("mon", "tue", "wed", "thu", "fri")]  # fmt: skip
    steps += [
        ("appointments", "book", "--patient", "1", "--provider", "1", "--type", "Botox migraine",
         "--start", "2027-10-19T09:00", "--every-weeks", "1", "--count", "4", "--room", "1",
         "--override-reason", "weekly for the export tests"),  # a week apart: under the 84-day floor
        ("appointments", "book", "--patient", "2", "--provider", "2", "--type", "Botox migraine",
         "--start", "2027-10-20T11:00"),
        ("appointments", "cancel", "2", "--reason", "Away"),
    ]  # fmt: skip
    for args in steps:
        code, _, err = run("--db", path, "--now", NOW, *args, user=user_for(args))
        assert code == 0, (args, err)
    return path


def cli(db: str, *args: str) -> tuple[int, str, str]:
    return run("--db", db, "--now", NOW, *args)


def test_export_ics_json_report_and_file(db: str, tmp_path: Path) -> None:
    target = tmp_path / "lind.ics"
    code, out, err = cli(db, "export", "ics", "--provider", "1", "--from", "2027-10-01", "--to",
                         "2027-11-30", str(target), "--json")  # fmt: skip
    assert code == 0, err
    assert json.loads(out) == {"exported": 4, "file": str(target)}
    calendar = Calendar.from_ical(target.read_bytes())
    events = sorted(calendar.walk("VEVENT"), key=lambda e: e.decoded("DTSTART"))
    code, listed, _ = cli(db, "appointments", "list", "--patient", "1", "--json")
    booked = json.loads(listed)
    assert len(events) == len(booked) == 4
    for event, appointment in zip(events, booked, strict=True):
        assert event["DTSTART"].params["TZID"] == "Europe/Madrid"
        assert event.decoded("DTSTART").isoformat() == appointment["start"]  # same wall time and offset
        assert str(event["UID"]).startswith(f"appointment-{appointment['id']}@")
        assert str(event["STATUS"]) == ("CANCELLED" if appointment["status"] == "cancelled" else "TENTATIVE")
        assert str(event["SUMMARY"]) == "Botox migraine — Inés Ortega"
    assert [e.decoded("DTSTART").astimezone(UTC).hour for e in events] == [7, 7, 8, 8]
    assert [z.tz_name for z in calendar.timezones] == ["Europe/Madrid"]
    # run again: the same UIDs (an import updates rather than duplicates)
    again = tmp_path / "again.ics"
    assert cli(db, "export", "ics", "--provider", "1", "--from", "2027-10-01", "--to", "2027-11-30",
               str(again))[0] == 0  # fmt: skip
    uids = [str(e["UID"]) for e in Calendar.from_ical(again.read_bytes()).walk("VEVENT")]
    assert sorted(uids) == sorted(str(e["UID"]) for e in events)


def test_export_ics_without_json_says_a_sentence_on_stderr(db: str, tmp_path: Path) -> None:
    target = tmp_path / "lind.ics"
    code, out, err = cli(db, "export", "ics", "--provider", "1", "--from", "2027-10-01", "--to",
                         "2027-10-31", str(target))  # fmt: skip
    assert code == 0 and out == ""
    assert err.strip() == f"Exported 2 appointments from 2027-10-01 to 2027-10-31 to {target}."


def test_export_ics_initials(db: str, tmp_path: Path) -> None:
    target = tmp_path / "private.ics"
    code, out, err = cli(db, "export", "ics", "--provider", "1", "--from", "2027-10-01", "--to",
                         "2027-11-30", str(target), "--initials", "--json")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["exported"] == 4
    data = target.read_bytes().decode("utf-8")
    for secret in ("Inés", "Ortega", "612345678", "1980-04-02", "19800402", "M0000001"):
        assert secret not in data, secret
    summaries = {str(e["SUMMARY"]) for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")}
    assert summaries == {"Botox migraine — I. O."}


def test_export_appointments_csv(db: str, tmp_path: Path) -> None:
    target = tmp_path / "october.csv"
    code, out, err = cli(db, "export", "appointments", str(target), "--from", "2027-10-01", "--to",
                         "2027-10-31", "--json")  # fmt: skip
    assert code == 0, err
    assert json.loads(out) == {"exported": 3, "file": str(target)}
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    code, day, _ = cli(db, "schedule", "day", "2027-10-20", "--json")
    (okafor,) = json.loads(day)
    row = next(r for r in rows if r["id"] == str(okafor["id"]))
    assert (row["start"], row["end"], row["provider_name"], row["patient_name"], row["status"]) == (
        okafor["start"], okafor["end"], "Dr Okafor", "Carl Berg", okafor["status"],
    )  # fmt: skip
    assert [r["start"] for r in rows] == [
        "2027-10-19T09:00:00+02:00",
        "2027-10-20T11:00:00+02:00",
        "2027-10-26T09:00:00+02:00",
    ]
    cancelled = next(r for r in rows if r["id"] == "2")
    assert (cancelled["status"], cancelled["cancel_reason"]) == ("cancelled", "Away")
    only = tmp_path / "lind.csv"
    code, out, _ = cli(db, "export", "appointments", str(only), "--from", "2027-10-01", "--to",
                       "2027-10-31", "--provider", "2", "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["exported"] == 1


def test_export_treatments_csv(db: str, tmp_path: Path) -> None:
    target = tmp_path / "treatments.csv"
    code, out, err = cli(db, "export", "treatments", str(target), "--from", "2026-08-01", "--to",
                         "2026-08-31", "--json")  # fmt: skip
    assert code == 0, err
    assert json.loads(out) == {"exported": 1, "file": str(target)}
    with target.open(encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    code, listed, _ = cli(db, "treatments", "list", "--patient", "1", "--json")
    (treatment,) = json.loads(listed)
    for key in ("id", "patient_id", "provider_id", "performed_at", "indication", "product", "lot",
                "total_units", "waste_units", "protocol"):  # fmt: skip
        assert row[key] == str(treatment[key]), key
    assert row["signed"] == "yes" and row["patient_name"] == "Inés Ortega"
    assert len(row["sites"].split("; ")) == len(treatment["sites"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("ics", "--provider", "9", "--from", "2027-10-01", "--to", "2027-10-31"),
         "There is no provider with id 9."),
        (("ics", "--provider", "1", "--from", "2027-10-31", "--to", "2027-10-01"),
         "The range of dates ends (2027-10-01) before it starts (2027-10-31)."),
        (("appointments", "--from", "2027-10-31", "--to", "2027-10-01"), "before it starts"),
        (("appointments", "--from", "2027-10-01", "--to", "2027-10-31", "--provider", "9"),
         "There is no provider with id 9."),
        (("treatments", "--from", "2027-10-31", "--to", "2027-10-01"), "before it starts"),
        (("treatments", "--from", "2027-13-01", "--to", "2027-10-01"), "'2027-13-01' is not a date"),
    ],
)  # fmt: skip
def test_refusals_exit_1_with_a_reason_and_no_output(
    db: str, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    target = tmp_path / "refused.out"
    action, *rest = args
    code, out, err = cli(db, "export", action, *rest, str(target), "--json")
    assert (code, out) == (1, "")
    assert message in err
    assert not target.exists()


def test_an_unwritable_file_is_refused(db: str, tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "x.ics"
    code, out, err = cli(db, "export", "ics", "--provider", "1", "--from", "2027-10-01", "--to",
                         "2027-10-31", str(target), "--json")  # fmt: skip
    assert (code, out) == (1, "") and "Cannot write" in err


def test_usage_errors_exit_2(db: str, tmp_path: Path) -> None:
    code, out, err = cli(db, "export", "ics", "--from", "2027-10-01", "--to", "2027-10-31",
                         str(tmp_path / "x.ics"))  # fmt: skip
    assert (code, out) == (2, "")
    assert "--provider" in err  # the usage error is written to the command's own stderr
    code, out, err = cli(db, "export", "calendar", str(tmp_path / "x.ics"))
    assert (code, out) == (2, "")
    assert "invalid choice" in err
    assert list(tmp_path.glob("*.ics")) == []
