"""Sending what is due, exactly once, and recovering messages whose sender stopped."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from clinic_desktop.domain import messages as rules
from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.entities import Appointment, ClinicSettings
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.outbox import Change, Channel, MessageKind, MessageState, OutboxEntry
from clinic_desktop.domain.words import QT_TR_NOOP
from clinic_desktop.services.channels import (
    ChannelRefusedError,
    EmailChannel,
    EmailSettings,
    Outgoing,
    SendFailure,
    SmsChannel,
)
from clinic_desktop.services.jobs import CancelToken, Progress
from clinic_desktop.services.messaging.base import CONTACT_METHOD, UPCOMING, WHO, stamp
from clinic_desktop.services.messaging.queueing import Queueing


@dataclass
class SendReport:
    """What one run of the sender did (`messages send` prints it)."""

    sent: int = 0
    failed: int = 0  # attempts that failed (most are tried again later)
    withdrawn: int = 0  # no longer wanted (the appointment moved or passed, consent withdrawn)
    waiting: int = 0  # still queued: not yet due, quiet hours, a channel not usable here
    interrupted: int = 0  # found "sending" with their sender gone: failed, for a person to check
    invited: int = 0  # recall invitations queued by this run
    problems: list[str] = field(default_factory=list)  # channels that could not be used

    def as_json(self) -> dict[str, Any]:
        return {
            "sent": self.sent, "failed": self.failed, "withdrawn": self.withdrawn, "waiting": self.waiting,
            "interrupted": self.interrupted, "invited": self.invited, "problems": list(self.problems),
        }  # fmt: skip


def this_process() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _gone(claimant: str, claimed_at: datetime | None, now: datetime) -> bool:
    """Whether the sender that claimed a message has stopped without recording what happened."""
    host, _, pid = claimant.rpartition(":")
    if host == socket.gethostname() and pid.isdigit() and os.name == "posix":
        if int(pid) == os.getpid():
            return False  # this process: another of its threads is sending it now
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            pass  # alive, another user's
    return claimed_at is None or now - claimed_at > rules.SENDING_LEASE


class Sending(Queueing):
    """Claim, send and record each due message (recall invitations queued first)."""

    # --- sending ---------------------------------------------------------------------------------------

    def send_due(self, cancel: CancelToken | None = None, progress: Progress | None = None) -> SendReport:
        """Send what is due now (``--now`` honoured): recall invitations are queued first when the
        clinic sends them. Safe to run often and from several computers at once."""
        self._s.require(Permission.MESSAGES)
        report = SendReport()
        store = self._s.store
        settings = store.settings.get()
        report.interrupted = self._recover_interrupted()
        if settings.recall_invitations:
            report.invited = self.invite_recalls()
        now = self._s.now()
        with store.read_transaction():
            due = store.outbox.due(now)
        senders: dict[Channel, EmailChannel | SmsChannel | None] = {}
        refused: dict[Channel, str] = {}
        try:
            for number, entry in enumerate(due, 1):
                if cancel is not None and cancel.cancelled:
                    break
                self._send_one(entry, settings, senders, refused, report)
                if progress is not None:
                    progress(number, len(due))
        finally:
            for sender in senders.values():
                if sender is not None:
                    sender.close()
        with store.read_transaction():
            report.waiting += store.outbox.waiting(self._s.now())
        report.problems = list(refused.values())
        return report

    def _send_one(
        self,
        entry: OutboxEntry,
        settings: ClinicSettings,
        senders: dict[Channel, EmailChannel | SmsChannel | None],
        refused: dict[Channel, str],
        report: SendReport,
    ) -> None:
        store = self._s.store
        now = self._s.now()
        with store.read_transaction():
            verdict = self._prepare(entry, settings, now)
        if isinstance(verdict, str):  # no longer wanted
            with store.write_transaction():
                if store.outbox.set_state(entry.id, MessageState.WITHDRAWN, verdict, (MessageState.QUEUED,)):
                    report.withdrawn += 1
            return
        channel, outgoing = verdict
        if channel is Channel.SMS and rules.in_quiet_hours(self._s.time.to_local(now)):
            report.waiting += 1
            return
        if channel in refused:
            report.waiting += 1
            return
        try:
            sender = self._sender(channel, senders)
        except ChannelRefusedError as exc:
            refused[channel] = exc.text
            report.waiting += 1
            return
        with store.write_transaction():
            if channel is not entry.channel:
                store.outbox.set_channel(entry.id, channel)
            if not store.outbox.claim(entry.id, this_process(), self._s.real_now()):
                return  # another sender has it
        try:
            provider_id = sender.send(outgoing)
        except ChannelRefusedError as exc:
            refused[channel] = exc.text
            with store.write_transaction():
                store.outbox.release(entry.id)
            report.waiting += 1
            return
        except SendFailure as failure:
            self._record_failure(entry, failure, now)
            report.failed += 1
            return
        self._record_sent(entry, channel, outgoing, provider_id, now)
        report.sent += 1

    def _sender(
        self, channel: Channel, senders: dict[Channel, EmailChannel | SmsChannel | None]
    ) -> EmailChannel | SmsChannel:
        if channel not in senders:
            senders[channel] = None
            info = self._channel_info(channel)
            if info.settings is None:
                raise ChannelRefusedError(
                    QT_TR_NOOP(
                        "Emails are not set up, so they wait: set up the channel with "
                        "`messages channel email ...` (a manager)."
                    )
                    if channel is Channel.EMAIL
                    else QT_TR_NOOP(
                        "Text messages are not set up, so they wait: set up the channel with "
                        "`messages channel sms ...` (a manager)."
                    )
                )
            secret = self._credentials().get(channel.value)
            if isinstance(info.settings, EmailSettings):
                senders[channel] = EmailChannel(info.settings, secret)
            else:
                senders[channel] = SmsChannel(info.settings, secret)
        sender = senders[channel]
        if sender is None:
            raise ChannelRefusedError(
                QT_TR_NOOP("Emails cannot be sent from here.")
                if channel is Channel.EMAIL
                else QT_TR_NOOP("Text messages cannot be sent from here.")
            )
        return sender

    def _prepare(
        self, entry: OutboxEntry, settings: ClinicSettings, now: datetime
    ) -> tuple[Channel, Outgoing] | str:
        """The message as it goes now (the channel the patient agrees to now, the template and the
        facts as they are now), or why it is no longer wanted."""
        store = self._s.store
        patient = store.patients.get(entry.patient_id)
        consent = self._consent_of(patient)
        channel = entry.channel
        if not (consent.email if channel is Channel.EMAIL else consent.sms):
            other = Channel.SMS if channel is Channel.EMAIL else Channel.EMAIL
            if not (consent.email if other is Channel.EMAIL else consent.sms):
                return "The patient no longer agrees to messages (or has no address or number for them)."
            channel = other
        appointment = None
        when: datetime | None = None
        provider = ""
        if entry.appointment_id is not None:
            appointment = store.calendar.get(entry.appointment_id)
            reason = _still_wanted(entry, appointment, now)
            if reason:
                return reason
            when = appointment.start
            provider = store.providers.get(appointment.provider_id).name
        elif entry.slot is not None:
            if entry.slot.start <= now + timedelta(minutes=30):
                return "The time offered has passed."
            if store.outbox.future_booking(entry.patient_id, now):
                return "The patient has booked meanwhile."
            when = entry.slot.start
            provider = store.providers.get(entry.slot.provider_id).name
        if when is None:
            return "The message has nothing to say (no appointment or slot)."
        language = rules.language_of(patient.language)
        template = self._template(entry.template, channel, language)
        local = self._s.time.to_local(when)
        values = self._values(
            settings, language, local, patient.preferred_name or patient.given_name, provider
        )
        try:
            subject, body = rules.render(template, values)
        except ValidationError as exc:
            return str(exc.text)  # kept in the outbox: the English
        calendar = None
        if channel is Channel.EMAIL and appointment is not None and entry.kind is not MessageKind.NO_SHOW:
            from clinic_desktop.services.calendar_export import CalendarExportService

            calendar = CalendarExportService(self._s).patient_event(appointment, settings)
        to = patient.email if channel is Channel.EMAIL else patient.phone
        return channel, Outgoing(entry.key, to, subject, body, calendar)

    def _record_sent(
        self, entry: OutboxEntry, channel: Channel, outgoing: Outgoing, provider_id: str, now: datetime
    ) -> None:
        store = self._s.store
        hold = None
        if entry.slot is not None:
            hold = min(entry.slot.start, now + timedelta(days=rules.HOLD_DAYS))
        what = f"{entry.template.label} sent {channel.words}"
        when = self._about(entry)
        note = f"{what}{when} (message {entry.id})."
        with store.write_transaction():
            store.outbox.sent(entry.id, now, provider_id, hold)
            store.clinical.add_contact(entry.patient_id, now, CONTACT_METHOD[channel], note, WHO)
            if entry.kind is MessageKind.RECALL and entry.indication is not None:
                store.followups.add_mark(
                    entry.patient_id, entry.indication, "invited", None, f"{what}{when}", WHO, now
                )
            self._s.record(
                "send", "message", entry.id, {"state": MessageState.SENDING.value},
                {"state": MessageState.SENT.value, "kind": entry.kind.value, "channel": channel.value,
                 "to": outgoing.to, "provider_message_id": provider_id},
                entry.patient_id,
            )  # fmt: skip

    def _record_failure(self, entry: OutboxEntry, failure: SendFailure, now: datetime) -> None:
        store = self._s.store
        attempts = entry.attempts + 1
        retry_at = None
        if failure.retry and attempts < rules.MAX_ATTEMPTS:
            retry_at = now + rules.retry_delay(attempts)
        with store.write_transaction():
            store.outbox.attempt_failed(entry.id, failure.reason, retry_at)
            if retry_at is None:
                self._s.record(
                    "fail", "message", entry.id, {"state": MessageState.SENDING.value},
                    {"state": MessageState.FAILED.value, "attempts": attempts, "reason": failure.reason},
                    entry.patient_id,
                )  # fmt: skip

    def _recover_interrupted(self) -> int:
        """Messages left "sending" by a sender that stopped: failed, for a person to check."""
        store = self._s.store
        real = self._s.real_now()
        with store.read_transaction():
            stuck = [e for e in store.outbox.sending() if _gone(e.claimed_by, e.claimed_at, real)]
        found = 0
        for entry in stuck:
            host = entry.claimed_by.rpartition(":")[0] or "another computer"
            reason = (
                f"Interrupted while sending on {host}: the program stopped before it could record whether "
                "the message went, so it may have reached the patient and is not sent again on its own. "
                "Check with the patient; Retry sends it again."
            )
            with store.write_transaction():
                if store.outbox.set_state(entry.id, MessageState.FAILED, reason, (MessageState.SENDING,)):
                    found += 1
                    self._s.record(
                        "interrupted", "message", entry.id, {"state": MessageState.SENDING.value},
                        {"state": MessageState.FAILED.value, "claimed_by": entry.claimed_by},
                        entry.patient_id,
                    )  # fmt: skip
        return found

    def _about(self, entry: OutboxEntry) -> str:
        when = entry.slot.start if entry.slot is not None else None
        if when is None and entry.appointment_id is not None:
            when = self._s.store.calendar.get(entry.appointment_id).start
        if when is None:
            return ""
        local = self._s.time.to_local(when)
        return f" for {local:%a %d %b %Y %H:%M}"


def _still_wanted(entry: OutboxEntry, appointment: Appointment, now: datetime) -> str:
    """Why a message about an appointment is no longer wanted, or ''."""
    if entry.kind is MessageKind.NO_SHOW:
        return "" if appointment.status is AppointmentStatus.NO_SHOW else "The no-show was undone."
    if entry.change == Change.CANCELLED:
        return (
            ""
            if appointment.status is AppointmentStatus.CANCELLED
            else "The appointment is no longer cancelled."
        )
    if appointment.status not in UPCOMING:
        return f"The appointment is {appointment.status.label.lower()}."
    if appointment.start <= now:
        return "The appointment has begun."
    if entry.kind is MessageKind.REMINDER and not entry.key.endswith(stamp(appointment.start)):
        return "The appointment was moved."
    return ""
