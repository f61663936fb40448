"""`messages ...` and `patients consent` as scripts and cron use them (shared docs/cli.md,
"Messages: reminders and recall invitations"), and the crash that matters: `messages send` killed
(SIGKILL) after a message reached the server and before it was recorded. A rerun never sends it
again on its own; at most one delivery per message key reaches the server."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.services import ClinicServices, Clock
from clinic_desktop.services.patients import PatientInput
from tests.clinic_users import MANAGER, RECEPTION, new_clinic, process_environment, run
from tests.conftest import FIXED_NOW, NewDatabase
from tests.message_servers import PASSWORD, USER, sms_gateway, smtp_server

NOW = ("--now", "2026-11-23T10:00")
FIELDS = {
    "id",
    "patient_id",
    "appointment_id",
    "kind",
    "channel",
    "due_at",
    "state",
    "attempts",
    "last_error",
}


def clinic(db: str) -> str:
    """New York, Dr Lind Mon-Fri 08:00-17:00, Ines (1) with a phone and an email address."""
    s = ClinicServices.open(db, Clock(FIXED_NOW))
    s.clinic.set_setting("timezone", "America/New_York")
    s.clinic.set_setting("name", "Lakeside Clinic")
    lind = s.resources.add_provider("Dr Lind")
    for day in range(5):
        s.resources.set_hours(lind.id, day, parse_blocks("08:00-17:00"))
    s.resources.add_type("Review", 20)
    s.patients.add(
        PatientInput("Ines", "Ortega", "1980-04-02", phone="212 555 0101", email="ines@example.org")
    )
    s.close()
    new_clinic(db)
    return db


def ok(*args: str, user: str = MANAGER) -> str:
    code, out, err = run(*args, user=user)
    assert code == 0, err
    return out


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_the_contract_consent_channel_send_list_retry_cancel(new_database: NewDatabase) -> None:
    db = clinic(new_database("clinic"))
    consent = ok("--db", db, "patients", "consent", "1", "--sms", "yes", "--json", user=RECEPTION)
    assert json.loads(consent) == {
        "patient_id": 1, "email": False, "sms": True,
    }  # fmt: skip
    ok("--db", db, "settings", "set", "reminder_hours", "24")
    assert json.loads(ok("--db", db, "settings", "show", "--json"))["reminder_hours"] == 24
    ok("--db", db, *NOW, "appointments", "book", "--patient", "1", "--provider", "1", "--type", "Review",
       "--start", "2026-12-01T09:00", user=RECEPTION)  # fmt: skip
    listed = json.loads(ok("--db", db, "messages", "list", "--patient", "1", "--json", user=RECEPTION))
    assert {m["kind"] for m in listed} == {"confirmation", "reminder"} and set(listed[0]) >= FIELDS
    reminder = next(m for m in listed if m["kind"] == "reminder")
    assert (reminder["channel"], reminder["state"], reminder["due_at"]) == (
        "sms",
        "queued",
        "2026-11-30T09:00:00-05:00",
    )

    # No channel set up: send refuses (exit 1, stdout empty), saying how to set it up; nothing lost.
    code, out, err = run("--db", db, *NOW, "messages", "send", "--json", user=RECEPTION)
    assert (code, out) == (1, "") and "Text messages are not set up" in err and "messages channel sms" in err
    # Only a manager sets up channels; reception may not.
    with sms_gateway() as gateway:
        code, _, err = run("--db", db, "messages", "channel", "sms", "--url", gateway.url, user=RECEPTION)
        assert code == 1 and "Clinic settings needs the manager role" in err
        code, out, err = run("--db", db, "messages", "channel", "sms", "--url", gateway.url, "--user", USER,
                             "--from", "Lakeside", "--json", user=MANAGER)  # fmt: skip
        assert code == 1 and "password" not in out  # no password given for a user: refused? see below
        # The password comes from CLINIC_CHANNEL_PASSWORD, never from the command line.
        from tests.clinic_users import environment

        with environment({"CLINIC_CHANNEL_PASSWORD": PASSWORD}):
            document = json.loads(ok("--db", db, "messages", "channel", "sms", "--url", gateway.url, "--user",
                                     USER, "--from", "Lakeside", "--json"))  # fmt: skip
        assert document["set_up"] and document["password_here"] and document["url"] == gateway.url
        assert PASSWORD not in json.dumps(document)
        channels = json.loads(ok("--db", db, "messages", "channel", "list", "--json"))
        assert [c["channel"] for c in channels] == ["email", "sms"] and not channels[0]["set_up"]

        report = json.loads(ok("--db", db, *NOW, "messages", "send", "--json", user=RECEPTION))
        assert {k: report[k] for k in ("sent", "failed", "withdrawn", "waiting")} == {
            "sent": 1, "failed": 0, "withdrawn": 0, "waiting": 1,
        }  # fmt: skip
        gateway.answers = [400]  # a number the gateway will not take: failed at once, with the reason
        report = json.loads(
            ok("--db", db, "--now", "2026-11-30T09:00", "messages", "send", "--json", user=RECEPTION)
        )
        assert (report["sent"], report["failed"]) == (0, 1)
        (failed,) = json.loads(
            ok("--db", db, "messages", "list", "--state", "failed", "--json", user=RECEPTION)
        )
        assert failed["attempts"] == 1 and failed["last_error"].startswith(
            "The text-message gateway answered HTTP 400"
        )
        retried = json.loads(ok("--db", db, "messages", "retry", str(failed["id"]), "--json", user=RECEPTION))
        assert retried["state"] == "queued"
        cancelled = json.loads(
            ok("--db", db, "messages", "cancel", str(failed["id"]), "--json", user=RECEPTION)
        )
        assert cancelled["state"] == "withdrawn" and cancelled["last_error"] == "Cancelled by reception."
        code, out, err = run("--db", db, "messages", "cancel", str(failed["id"]), user=RECEPTION)
        assert (code, out) == (1, "") and "only a queued or failed message can be cancelled" in err
        assert len(gateway.requests) == 2
    code, _, err = run("--db", db, "messages", "send", user="provider")
    assert code == 1 and "The outbox needs the reception or manager role" in err


def test_a_wrong_smtp_password_exits_1_with_a_clear_message_and_nothing_lost(
    new_database: NewDatabase,
) -> None:
    db = clinic(new_database("clinic"))
    ok("--db", db, "patients", "consent", "1", "--email", "yes")
    from tests.clinic_users import environment

    with smtp_server("none", auth=True) as (port, box):
        with environment({"CLINIC_CHANNEL_PASSWORD": "not-it"}):
            ok("--db", db, "messages", "channel", "email", "--host", "127.0.0.1", "--port", str(port),
               "--security", "none", "--from", "desk@lakeside.example", "--user", USER)  # fmt: skip
        ok("--db", db, *NOW, "appointments", "book", "--patient", "1", "--provider", "1", "--type", "Review",
           "--start", "2026-12-01T09:00")  # fmt: skip
        code, out, err = run("--db", db, *NOW, "messages", "send", "--json")
        assert (code, out) == (1, "")
        assert "refused the user name or password (535" in err and "not-it" not in err
        listed = json.loads(ok("--db", db, "messages", "list", "--json"))
        assert {(m["state"], m["attempts"]) for m in listed} == {("queued", 0)}
        assert box.received == []


SEND = """
import sys
import clinic_desktop.app
sys.exit(clinic_desktop.app.main(sys.argv[1:]))
"""


def send_process(db: str, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", SEND, "--db", db, *NOW, "messages", "send", "--json", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=Path(__file__).parents[2],
        env=process_environment(RECEPTION), stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_killed_between_send_and_record_the_message_is_never_sent_twice_by_email(
    new_database: NewDatabase,
) -> None:
    db = clinic(new_database("clinic"))
    ok("--db", db, "patients", "consent", "1", "--email", "yes")
    with smtp_server("none") as (port, box):
        ok("--db", db, "messages", "channel", "email", "--host", "127.0.0.1", "--port", str(port),
           "--security", "none", "--from", "desk@lakeside.example")  # fmt: skip
        ok("--db", db, *NOW, "appointments", "book", "--patient", "1", "--provider", "1", "--type", "Review",
           "--start", "2026-12-01T09:00")  # fmt: skip
        process = send_process(db)
        box.kill_pid = process.pid  # the server has the message, then the sender dies
        process.communicate(timeout=120)
        assert process.returncode == -9
        assert len(box.received) == 1
        (sending,) = [
            m for m in json.loads(ok("--db", db, "messages", "list", "--json")) if m["state"] == "sending"
        ]

        for _ in range(2):  # two reruns, as cron would
            rerun = send_process(db)
            out, err = rerun.communicate(timeout=120)
            assert rerun.returncode == 0, err
        report = json.loads(out)
        assert report["sent"] == 0
        assert len(box.received) == 1  # at most one delivery for the message key
        assert len(box.by_key(sending["kind"])) == 1
        after = json.loads(ok("--db", db, "messages", "list", "--state", "failed", "--json"))
        assert [m["id"] for m in after] == [sending["id"]]
        assert after[0]["last_error"].startswith("Interrupted while sending on")
        assert "may have reached the patient" in after[0]["last_error"]
        # A person checked with the patient and decided to send it again: that, and only that, resends.
        ok("--db", db, "messages", "retry", str(sending["id"]), user=RECEPTION)
        ok("--db", db, *NOW, "messages", "send", user=RECEPTION)
        assert len(box.received) == 2


def test_killed_between_send_and_record_the_text_is_never_sent_twice(new_database: NewDatabase) -> None:
    db = clinic(new_database("clinic"))
    ok("--db", db, "patients", "consent", "1", "--sms", "yes")
    with sms_gateway() as gateway:
        ok("--db", db, "messages", "channel", "sms", "--url", gateway.url)
        ok("--db", db, *NOW, "appointments", "book", "--patient", "1", "--provider", "1", "--type", "Review",
           "--start", "2026-12-01T09:00")  # fmt: skip
        process = send_process(db)
        gateway.kill_pid = process.pid
        process.communicate(timeout=120)
        assert process.returncode == -9
        rerun = send_process(db)
        out, err = rerun.communicate(timeout=120)
        assert rerun.returncode == 0, err
        assert json.loads(out)["interrupted"] == 1
        keys = [r["headers"]["Idempotency-Key"] for r in gateway.requests]
        assert keys == ["confirmation:appointment-1:booked"]
