"""The outbox against real servers on localhost (tests/message_servers.py), on SQLite and
PostgreSQL: a booking queues its confirmation and reminders in its own transaction, the reminder
goes at its time and once only, a move or a cancellation withdraws it, quiet hours and opt-outs
hold, a gateway answering 500 is tried again and then failed with its reason, a wrong password
loses nothing, two senders at once send each message once, and a recall invitation holds its slot
until the patient's YES books it."""

from __future__ import annotations

import json
import stat
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from clinic_desktop.domain.codes import Indication, Product
from clinic_desktop.domain.date_formats import Clock, format_time
from clinic_desktop.domain.errors import PermissionDeniedError, ValidationError
from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.domain.messages import Template
from clinic_desktop.domain.outbox import Channel, MessageKind, MessageState, TemplateName
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.services.credentials import Credentials
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.store import models as m
from clinic_desktop.store.messages import OutboxRecords
from tests.desks import at_once
from tests.message_servers import PASSWORD, USER, Authority, authority, sms_gateway, smtp_server

MIGRAINE = Indication.CHRONIC_MIGRAINE


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    """New York; Dr Lind works Mon-Fri 08:00-17:00; now Mon 23 Nov 2026 10:00. Ines (1) agreed to
    email and texts and prefers texts; Carl (2) agreed to nothing."""
    s = services
    for key, value in (("timezone", "America/New_York"), ("country", "US"), ("name", "Lakeside Clinic"),
                       ("reply_phone", "212 555 0100"), ("address", "12 Lake Road")):  # fmt: skip
        s.clinic.set_setting(key, value)
    lind = s.resources.add_provider("Dr Lind", indications=[MIGRAINE])
    for day in range(5):
        s.resources.set_hours(lind.id, day, parse_blocks("08:00-17:00"))
    s.resources.add_type("Migraine treatment", 30, None, "chronic_migraine")
    ines = s.patients.add(
        PatientInput("Ines", "Ortega", "1980-04-02", phone="212 555 0101", email="ines@example.org",
                     preferred_contact="sms", language="es")
    ).record  # fmt: skip
    s.patients.add(PatientInput("Carl", "Berg", "1975-01-01", phone="212 555 0102"))
    s.messages.set_consent(ines.id, email=True, sms=True)
    return s


def book(s: ClinicServices, patient: int, local: str, override_reason: str = "") -> int:
    start = s.time.parse_local(local)
    result = s.appointments.book(
        BookingRequest(patient, 1, "Migraine treatment", start, override_reason=override_reason)
    )
    return result.appointments[0].id


# Treatment visits a week apart need a reason since booking holds the 84-day floor (issue 20).
SOONER = "several visits in one month to test the messages"


def at(s: ClinicServices, local: str) -> None:
    s.clock.local_text = local


def states(s: ClinicServices) -> dict[str, str]:
    return {e.key: e.state.value for e in s.messages.outbox()}


@pytest.fixture
def gateway(clinic: ClinicServices) -> Iterator:  # type: ignore[type-arg]
    with sms_gateway() as found:
        clinic.messages.set_sms_channel(found.url, USER, None, "Lakeside", PASSWORD)
        yield found


@pytest.fixture
def tls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Authority:
    made = authority(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(made.ca_file))  # the computer trusts the clinic's server
    return made


def test_a_booking_queues_its_confirmation_and_reminder_in_the_same_transaction(
    clinic: ClinicServices,
) -> None:
    appointment = book(clinic, 1, "2026-12-01T09:00")
    found = {e.kind: e for e in clinic.messages.outbox()}
    assert set(found) == {MessageKind.CONFIRMATION, MessageKind.REMINDER}
    reminder = found[MessageKind.REMINDER]
    assert (reminder.appointment_id, reminder.channel, reminder.state) == (
        appointment,
        Channel.SMS,
        MessageState.QUEUED,
    )
    assert clinic.time.iso(reminder.due_at) == "2026-11-29T09:00:00-05:00"  # 48 hours before
    # Carl agreed to nothing: his booking queues nothing.
    book(clinic, 2, "2026-12-01T11:00")
    assert {e.patient_id for e in clinic.messages.outbox()} == {1}
    # A refused booking (a clash) leaves no message behind: the same transaction.
    with pytest.raises(Exception, match="already has"):
        book(clinic, 1, "2026-12-01T09:00")
    assert len(clinic.messages.outbox()) == 2


def test_the_reminder_goes_at_its_time_once_and_a_move_or_cancellation_withdraws(
    clinic: ClinicServices, gateway
) -> None:  # type: ignore[no-untyped-def]
    appointment = book(clinic, 1, "2026-12-01T09:00")
    report = clinic.messages.send_due()
    assert (report.sent, report.waiting) == (1, 1)  # the confirmation now; the reminder waits
    confirmation = gateway.requests[0]
    text = confirmation["body"]["text"]
    assert confirmation["body"]["to"] == "+12125550101" and confirmation["body"]["from"] == "Lakeside"
    # her language, and the clinic's clock (a New York clinic: 12-hour)
    assert "martes 1 de diciembre de 2026 a las 9:00 AM" in text and "12 Lake Road" in text
    assert "migra" not in text.lower() and "Lind" not in text  # a text says where and when only
    assert confirmation["headers"]["Idempotency-Key"] == f"confirmation:appointment-{appointment}:booked"
    assert confirmation["headers"]["Authorization"].startswith("Basic ")
    at(clinic, "2026-11-29T08:59")
    assert clinic.messages.send_due().sent == 0
    at(clinic, "2026-11-29T09:00")
    assert clinic.messages.send_due().sent == 1
    assert clinic.messages.send_due().sent == 0  # a second run sends nothing again
    assert len(gateway.texts_for("reminder:")) == 1
    contacts = clinic.patients.chart(1).contacts
    assert any("Reminder sent by text for Tue 01 Dec 2026 09:00" in c.note for c in contacts)
    trail = [e for e in clinic.audit.entries(patient_id=1) if e.entity == "message"]
    assert [e.action for e in trail] == ["send", "send"]

    # A second appointment: moved, then cancelled.
    second = book(clinic, 1, "2026-12-08T09:00", SOONER)
    clinic.appointments.move(second, clinic.time.parse_local("2026-12-09T10:00"), override_reason=SOONER)
    after_move = states(clinic)
    assert after_move[f"reminder:appointment-{second}:48h-20261208T1400Z"] == "withdrawn"
    assert after_move[f"reminder:appointment-{second}:48h-20261209T1500Z"] == "queued"
    clinic.appointments.cancel(second, "patient called")
    after_cancel = states(clinic)
    assert after_cancel[f"reminder:appointment-{second}:48h-20261209T1500Z"] == "withdrawn"
    assert after_cancel[f"confirmation:appointment-{second}:cancelled"] == "queued"
    at(clinic, "2026-12-07T10:00")  # the withdrawn reminder's time: nothing about it goes
    clinic.messages.send_due()
    assert not gateway.texts_for(f"reminder:appointment-{second}")
    assert gateway.texts_for(f"confirmation:appointment-{second}:cancelled")


def test_no_texts_in_quiet_hours_and_an_opt_out_is_kept(clinic: ClinicServices, gateway) -> None:  # type: ignore[no-untyped-def]
    at(clinic, "2026-11-23T20:30")
    book(clinic, 1, "2026-12-01T09:00")
    report = clinic.messages.send_due()
    assert (report.sent, gateway.requests) == (0, [])  # 20:30: the confirmation waits
    at(clinic, "2026-11-24T07:59")
    assert clinic.messages.send_due().sent == 0
    at(clinic, "2026-11-24T08:00")
    assert clinic.messages.send_due().sent == 1
    # She replies STOP: texts stop; the reminder is not sent, by text or otherwise unasked.
    said = clinic.messages.record_reply("(212) 555-0101", "STOP")
    assert "Opted out of text messages" in said
    assert clinic.messages.consent(1) == {Channel.EMAIL: True, Channel.SMS: False}
    assert any("replied STOP" in c.note for c in clinic.patients.chart(1).contacts)
    at(clinic, "2026-11-29T10:00")
    clinic.messages.set_consent(1, email=False)
    report = clinic.messages.send_due()
    assert report.sent == 0 and len(gateway.requests) == 1
    assert all(e.state is not MessageState.QUEUED for e in clinic.messages.outbox())


def test_a_gateway_answering_500_is_retried_with_back_off_then_failed_with_the_reason(  # type: ignore[no-untyped-def]
    clinic: ClinicServices, gateway
) -> None:
    gateway.answers = [500] * 5
    book(clinic, 1, "2026-12-01T09:00")
    now = datetime(2026, 11, 23, 10, 0)
    waits = []
    for attempt in range(1, 6):
        at(clinic, now.isoformat())
        report = clinic.messages.send_due()
        assert report.failed == 1, attempt
        entry = next(e for e in clinic.messages.outbox() if e.kind is MessageKind.CONFIRMATION)
        assert entry.attempts == attempt and "HTTP 500" in entry.last_error
        if entry.state is MessageState.QUEUED:
            waits.append(clinic.time.to_local(entry.next_attempt_at).replace(tzinfo=None) - now)
            now = clinic.time.to_local(entry.next_attempt_at).replace(tzinfo=None)
    assert waits == [
        timedelta(minutes=5),
        timedelta(minutes=15),
        timedelta(minutes=45),
        timedelta(minutes=135),
    ]
    assert entry.state is MessageState.FAILED
    assert (
        entry.last_error
        == 'The text-message gateway answered HTTP 500 Internal Server Error: {"error": "busy"}.'
    )
    assert len(gateway.requests) == 5
    assert [e.action for e in clinic.audit.entries(patient_id=1) if e.entity == "message"] == ["fail"]
    # A person retries it: it goes.
    clinic.messages.retry(entry.id)
    assert clinic.messages.send_due().sent == 1


def test_a_wrong_smtp_password_is_a_clear_message_and_loses_nothing(  # type: ignore[no-untyped-def]
    clinic: ClinicServices, tls: Authority
) -> None:
    clinic.messages.set_consent(1, sms=False)  # by email
    with smtp_server("starttls", auth=True, tls=tls) as (port, box):
        clinic.messages.set_email_channel(
            "localhost", port, "starttls", "desk@lakeside.example", USER, "wrong"
        )
        book(clinic, 1, "2026-12-01T09:00")
        report = clinic.messages.send_due()
        assert report.sent == 0 and report.failed == 0
        assert report.problems and "refused the user name or password (535" in report.problems[0]
        assert "wrong" not in report.problems[0]
        confirmation = next(e for e in clinic.messages.outbox() if e.kind is MessageKind.CONFIRMATION)
        assert (confirmation.state, confirmation.attempts) == (MessageState.QUEUED, 0)  # nothing lost
        clinic.messages.set_email_channel(
            "localhost", port, "starttls", "desk@lakeside.example", USER, PASSWORD
        )
        assert clinic.messages.send_due().sent == 1
    (email,) = box.received
    assert email["To"] == "ines@example.org" and email["Subject"].startswith(
        "Su cita del martes 1 de diciembre"
    )
    body = email.get_body(("plain",)).get_content()
    assert "Estimado/a Ines:" in body and "con Dr Lind" in body
    (attachment,) = list(email.iter_attachments())
    calendar = attachment.get_content()
    calendar = calendar.decode() if isinstance(calendar, bytes) else calendar
    assert (
        attachment.get_content_type() == "text/calendar"
        and "DTSTART;TZID=America/New_York:20261201T090000" in calendar
    )
    assert "Migraine" not in calendar
    assert box.logins[-1] == (USER, PASSWORD)


def test_tls_from_the_start_and_the_password_is_kept_outside_the_database(  # type: ignore[no-untyped-def]
    clinic: ClinicServices, tls: Authority, db_url: str
) -> None:
    clinic.messages.set_consent(1, sms=False)
    with smtp_server("tls", auth=True, tls=tls) as (port, box):
        clinic.messages.set_email_channel("localhost", port, "tls", "desk@lakeside.example", USER, PASSWORD)
        book(clinic, 1, "2026-12-01T09:00")
        assert clinic.messages.send_due().sent == 1
    assert len(box.received) == 1
    credentials = Credentials(clinic.clinic.identity())
    assert stat.S_IMODE(credentials.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(credentials.path.parent.stat().st_mode) == 0o700
    with clinic.store.read_transaction():
        settings = [str(r.value) for r in m.Setting.select()]
        trail = [str(e.before) + str(e.after) for e in m.AuditEntry.select()]
        messages = [str(r.last_error) for r in m.OutboxMessage.select()]
    assert not any(PASSWORD in text for text in settings + trail + messages)
    if not db_url.startswith("postgresql"):
        assert PASSWORD.encode() not in Path(db_url).read_bytes()


def test_two_senders_at_once_send_each_message_once(  # type: ignore[no-untyped-def]
    clinic: ClinicServices, gateway, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for day in (1, 2, 3):
        book(clinic, 1, f"2026-12-0{day}T09:00", SOONER)
    at(clinic, "2026-11-30T10:00")  # three confirmations and two reminders are due
    due = [e for e in clinic.messages.outbox() if e.state is MessageState.QUEUED and e.due_at <= clinic.now()]
    assert len(due) == 5
    # The race is between reading what is due and claiming it. Latency goes there: on PostgreSQL
    # each claim waits at the server (a trigger), so the second sender's claim of the same row
    # runs while the first one's is open; on SQLite (one writer at a time) each sender waits
    # after reading the list, so both hold the same list before either claims.
    if backend == "postgresql":
        with clinic.store.database.atomic():
            clinic.store.database.execute_sql(
                "CREATE FUNCTION slow_claim() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN PERFORM pg_sleep(0.2); RETURN NEW; END $$"
            )
            clinic.store.database.execute_sql(
                "CREATE TRIGGER slow_claim BEFORE UPDATE ON outbox_message FOR EACH ROW "
                "WHEN (NEW.state = 'sending') EXECUTE FUNCTION slow_claim()"
            )
    else:
        read = OutboxRecords.due

        def slow_due(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            found = read(self, *args, **kwargs)
            time.sleep(0.3)
            return found

        monkeypatch.setattr(OutboxRecords, "due", slow_due)
    reports, errors = at_once(clinic, lambda desk, _n: desk.messages.send_due(), 2)
    assert errors == []
    assert sum(r.sent for r in reports) == 5
    keys = [r["headers"]["Idempotency-Key"] for r in gateway.requests]
    assert sorted(keys) == sorted(e.key for e in due)  # each exactly once


def test_a_recall_invitation_holds_its_slot_and_the_reply_books_it(clinic: ClinicServices, gateway) -> None:  # type: ignore[no-untyped-def]
    clinic.treatments.add_lot(Product.ONABOTULINUMTOXINA, "C1", date(2027, 6, 30), 50)
    template = clinic.treatments.protocol("PREEMPT")
    clinic.treatments.record(
        TreatmentDraft(1, 1, clinic.time.parse_local("2026-09-01T09:00"), MIGRAINE,
                       Product.ONABOTULINUMTOXINA, "C1", template.sites, template.name,
                       waste_units=Decimal(0)),
        "test setup",
    )  # fmt: skip
    clinic.followups.refresh()
    report = clinic.messages.send_due()
    assert report.invited == 1 and report.sent == 1
    (invitation,) = [e for e in clinic.messages.outbox() if e.kind is MessageKind.RECALL]
    assert invitation.slot is not None and invitation.hold_until is not None
    text = gateway.requests[0]["body"]["text"]
    local = clinic.time.to_local(invitation.slot.start)
    assert f"a las {format_time(local, Clock.H12)}" in text and "SI" in text and "(212) 555-0100" in text
    # Held: the engine offers the slot to nobody else, and to her first.
    assert clinic.followups.propose(1, 1)[0].start == invitation.slot.start
    (row,) = clinic.followups.recalls()
    assert row.last_attempt.startswith(
        f"Invited on 2026-11-23: Recall invitation sent by text for {local:%a}"
    )
    # She replies YES: the slot is booked, the invitation converted.
    said = clinic.messages.record_reply("+12125550101", "Si, gracias")
    assert said.startswith("Booked appointment")
    booked = clinic.appointments.for_patient(1)[-1].appointment
    assert booked.start == invitation.slot.start
    assert clinic.messages.get(invitation.id).converted_appointment_id == booked.id
    assert clinic.followups.recalls() == []  # booked: off the list


def test_templates_say_where_and_when_only_in_texts_and_are_used(clinic: ClinicServices, gateway) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match=r"may not use \{patient\}"):
        clinic.messages.save_template(
            Template(TemplateName.REMINDER, Channel.SMS, "es", "", "Hola {patient}")
        )
    with pytest.raises(ValidationError, match="may not name a condition or a treatment \\(botox\\)"):
        clinic.messages.save_template(
            Template(TemplateName.REMINDER, Channel.SMS, "es", "", "Su Botox: {date}")
        )
    with pytest.raises(ValidationError, match=r"'\{fecha\}' is not a field"):
        clinic.messages.preview(Template(TemplateName.REMINDER, Channel.SMS, "es", "", "El {fecha}"))
    mine = Template(TemplateName.CONFIRMATION, Channel.SMS, "es", "", "{clinic}: cita el {date}, {time}.")
    subject, body = clinic.messages.preview(mine)
    assert subject == "" and body.startswith("Lakeside Clinic: cita el ")
    clinic.messages.save_template(mine)
    book(clinic, 1, "2026-12-01T09:00")
    clinic.messages.send_due()
    assert (
        gateway.requests[0]["body"]["text"]
        == "Lakeside Clinic: cita el martes 1 de diciembre de 2026, 9:00 AM."
    )
    clinic.messages.reset_template(TemplateName.CONFIRMATION, Channel.SMS, "es")
    assert next(t for t in clinic.messages.templates() if (t.name, t.channel, t.language) == (
        TemplateName.CONFIRMATION, Channel.SMS, "es")).custom is False  # fmt: skip


def test_who_may_use_the_outbox(clinic: ClinicServices) -> None:
    from clinic_desktop.domain.access import Role
    from clinic_desktop.domain.users import Session

    clinic.session = Session("pat", Role.PROVIDER, 9, provider_id=1)
    with pytest.raises(PermissionDeniedError, match="The outbox needs the reception or manager role"):
        clinic.messages.send_due()
    clinic.session = Session("ana", Role.RECEPTION, 8)
    assert clinic.messages.outbox() == []
    with pytest.raises(PermissionDeniedError):
        clinic.messages.set_sms_channel("https://gw.example/v1", "u", None, "", "p")


def test_on_the_real_clock(db_url: str, tmp_path: Path) -> None:
    """No --now anywhere: real clocks have fractions of a second, and the outbox's times do not."""
    s = ClinicServices.open(db_url)
    try:
        s.clinic.set_setting("timezone", "America/New_York")
        lind = s.resources.add_provider("Dr Lind")
        for day in range(7):
            s.resources.set_hours(lind.id, day, parse_blocks("00:00-23:55"))
        s.resources.add_type("Review", 20)
        patient = s.patients.add(PatientInput("Ines", "Ortega", "1980-04-02", phone="212 555 0101")).record
        s.messages.set_consent(patient.id, sms=True)
        start = s.time.to_local(s.now() + timedelta(days=3)).replace(minute=0, second=0, microsecond=0)
        s.appointments.book(BookingRequest(patient.id, lind.id, "Review", start))
        with sms_gateway() as gateway:
            s.messages.set_sms_channel(gateway.url, "", None, "", "token-1")
            report = s.messages.send_due()
            quiet = report.waiting == 2  # the real clock may be in New York's quiet hours
            assert report.sent == (0 if quiet else 1)
            assert len(gateway.requests) == report.sent
            if gateway.requests:
                assert gateway.requests[0]["headers"]["Authorization"] == "Bearer token-1"
        entries = s.messages.outbox()
        assert all(e.due_at.microsecond == 0 for e in entries)
        assert json.dumps([s.messages.message_json(e) for e in entries])
    finally:
        s.close()
