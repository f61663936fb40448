"""The outbox: messages to patients queued by the changes that cause them, sent when due, exactly
once (domain/messages.py has the rules, services/channels.py the protocols).

**Queued with the change.** Booking, moving, cancelling and changing an appointment's status call
``appointments_booked`` / ``appointment_changed`` inside their own write transaction, so the
booking and its messages are saved or undone together. A booking queues its confirmation and its
reminders; a move withdraws the queued ones and queues the new ones; a cancellation withdraws them
and queues the cancellation's confirmation; a no-show queues the follow-up. Nothing is queued for
a patient who agreed to no channel. (Queueing and automatic withdrawals are not audit entries of
their own: the booking's entry is the reason; what is sent, failed, retried or cancelled is.)

**Sent once.** ``send_due`` (the window's background job, or `messages send` from cron on a
server) claims each due message in a committed write (state "sending", with this computer's
name and process id), sends it with no transaction open, then records the result: sent (with the
provider's id, an entry in the patient's contact log and one in the audit trail), or a failed
attempt (tried again after a back-off, failed after the last one). Two senders at once claim
different messages: the claim is one conditional UPDATE. A message found "sending" whose sender is
gone (its process no longer runs on this computer, or its claim is older than the lease on
another one) may or may not have reached the patient: it is failed with that said, never resent
on its own; a person decides and presses Retry (domain/messages.py).

**Where the channel is.** Each channel's settings are in the database; its password is on the
computer that sends (services/credentials.py). A computer without it sends nothing by that
channel and leaves those messages waiting; `messages send` says so and exits 1.

Who may: the outbox (list, send, retry, cancel, replies) needs Permission.MESSAGES (reception and
managers); the channels and templates are clinic settings (managers); a patient's consent is part
of their demographic record (every role at the desk).
"""

from __future__ import annotations

import os
import socket
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from clinic_desktop.domain import messages as rules
from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.entities import Appointment, ClinicSettings
from clinic_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from clinic_desktop.domain.messages import (
    Change,
    Channel,
    MessageKind,
    MessageState,
    OutboxEntry,
    Slot,
    Template,
    TemplateName,
)
from clinic_desktop.domain.patients import ContactMethod, PatientRecord, PatientStatus
from clinic_desktop.services.channels import (
    ChannelRefusedError,
    EmailChannel,
    EmailSettings,
    Outgoing,
    SendFailure,
    SmsChannel,
    SmsSettings,
    check_email_settings,
    check_sms_settings,
)
from clinic_desktop.services.credentials import Credentials
from clinic_desktop.services.jobs import CancelToken, Progress

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

#: Appointment statuses whose reminders and confirmations still mean something.
UPCOMING = (AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED)
WHO = "outbox"  # the contact log's "by" of what the outbox sent on its own
CONTACT_METHOD = {Channel.EMAIL: ContactMethod.EMAIL, Channel.SMS: ContactMethod.SMS}


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


@dataclass(frozen=True)
class ChannelInfo:
    channel: Channel
    settings: EmailSettings | SmsSettings | None
    has_password: bool  # on this computer
    kept_in: str  # where this computer keeps the password, in words


@dataclass(frozen=True)
class Consent:
    email: bool
    sms: bool


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


class MessageService:
    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    # --- queued by the calendar (inside its write transaction; no permission of its own) -----------

    def appointments_booked(self, appointments: Sequence[Appointment]) -> None:
        """A booking (or a series: its first appointment is confirmed, each gets its reminders)."""
        if not appointments:
            return
        store = self._s.store
        first = appointments[0]
        channel = self._channel_for(first.patient_id)
        if channel is not None:
            now = self._s.now()
            settings = store.settings.get()
            self._queue(first, MessageKind.CONFIRMATION, channel, now, Change.BOOKED.value, Change.BOOKED)
            for a in appointments:
                self._queue_reminders(a, channel, settings, now)
        self._converted(first)

    def appointment_changed(self, before: Appointment, after: Appointment) -> None:
        """A move or a status change of one appointment."""
        outbox = self._s.store.outbox
        now = self._s.now()
        if after.status is AppointmentStatus.CANCELLED and before.status is not AppointmentStatus.CANCELLED:
            outbox.withdraw_open(after.id, list(MessageKind), "The appointment was cancelled.")
            channel = self._channel_for(after.patient_id)
            if channel is not None and after.start > now:
                self._queue(
                    after, MessageKind.CONFIRMATION, channel, now, Change.CANCELLED.value, Change.CANCELLED
                )
            return
        if after.status is AppointmentStatus.NO_SHOW and before.status is not AppointmentStatus.NO_SHOW:
            outbox.withdraw_open(after.id, [MessageKind.REMINDER], "The patient did not come.")
            channel = self._channel_for(after.patient_id)
            if channel is not None:
                self._queue(after, MessageKind.NO_SHOW, channel, now)
            return
        if before.status is AppointmentStatus.NO_SHOW and after.status is not AppointmentStatus.NO_SHOW:
            outbox.withdraw_open(after.id, [MessageKind.NO_SHOW], "The no-show was undone.")
        if after.status not in UPCOMING:  # arrived, in the room, done: no reminder is wanted now
            outbox.withdraw_open(
                after.id, [MessageKind.REMINDER], f"The patient is {after.status.label.lower()}."
            )
            return
        if after.start != before.start:
            moved = f"{Change.MOVED.value}-{_stamp(after.start)}"
            outbox.withdraw_open(
                after.id, [MessageKind.REMINDER, MessageKind.CONFIRMATION], "The appointment was moved."
            )
            channel = self._channel_for(after.patient_id)
            if channel is not None:
                settings = self._s.store.settings.get()
                self._queue(after, MessageKind.CONFIRMATION, channel, now, moved, Change.MOVED)
                self._queue_reminders(after, channel, settings, now)

    def _queue_reminders(
        self, a: Appointment, channel: Channel, settings: ClinicSettings, now: datetime
    ) -> None:
        for hours, due in rules.reminder_times(
            a.start, now, settings.reminder_hours, settings.second_reminder_hours
        ):
            self._queue(a, MessageKind.REMINDER, channel, due, f"{hours}h-{_stamp(a.start)}")

    def _queue(
        self,
        a: Appointment,
        kind: MessageKind,
        channel: Channel,
        due: datetime,
        variant: str = "",
        change: Change | None = None,
    ) -> int | None:
        key = rules.message_key(kind, f"appointment-{a.id}", variant)
        return self._s.store.outbox.queue(
            key, a.patient_id, a.id, kind, channel, due, self._s.now(), change.value if change else ""
        )

    def _converted(self, booked: Appointment) -> None:
        """A booking for a patient holding an open recall invitation: the invitation worked (however
        the patient answered: a reply, a call, at the desk) and the pencilled slot is let go."""
        outbox = self._s.store.outbox
        for invitation in outbox.open_invitations(self._s.now(), booked.patient_id):
            outbox.converted(invitation.id, booked.id)

    def _channel_for(self, patient_id: int) -> Channel | None:
        store = self._s.store
        patient = store.patients.get(patient_id)
        consent = self._consent_of(patient)
        return rules.choose_channel(patient.preferred_contact, consent.email, consent.sms)

    def _consent_of(self, patient: PatientRecord) -> Consent:
        """What the patient agreed to, where the record has the address or number for it."""
        if patient.status is not PatientStatus.ACTIVE:
            return Consent(False, False)
        found = self._s.store.outbox.consents([patient.id])
        return Consent(
            bool(found.get((patient.id, Channel.EMAIL))) and bool(patient.email),
            bool(found.get((patient.id, Channel.SMS))) and bool(patient.phone),
        )

    # --- consent ----------------------------------------------------------------------------------------

    def consent(self, patient_id: int) -> dict[Channel, bool]:
        """What the patient agreed to be contacted by (never asked: no)."""
        self._s.require(Permission.DEMOGRAPHICS)
        store = self._s.store
        with store.read_transaction():
            store.patients.get(patient_id)
            found = store.outbox.consents([patient_id])
        return {c: bool(found.get((patient_id, c))) for c in Channel}

    def set_consent(
        self, patient_id: int, email: bool | None = None, sms: bool | None = None, source: str = "desk"
    ) -> dict[Channel, bool]:
        """Record what the patient agreed to (None: unchanged); an opt-out withdraws what is queued
        for that channel. Each change goes into the contact log and the audit trail."""
        self._s.require(Permission.DEMOGRAPHICS)
        store = self._s.store
        with store.write_transaction():
            patient = store.patients.get(patient_id)
            self._set_consent(patient, {Channel.EMAIL: email, Channel.SMS: sms}, source)
            found = store.outbox.consents([patient_id])
        return {c: bool(found.get((patient_id, c))) for c in Channel}

    def _set_consent(self, patient: PatientRecord, wanted: dict[Channel, bool | None], source: str) -> None:
        store = self._s.store
        now = self._s.now()
        current = store.outbox.consents([patient.id])
        who = self._person() or source
        for channel, agreed in wanted.items():
            if agreed is None or current.get((patient.id, channel)) == agreed:
                continue
            if agreed and channel is Channel.EMAIL and not patient.email:
                raise ValidationError(f"{patient.display_name} has no email address: add it first.")
            if agreed and channel is Channel.SMS and not patient.phone:
                raise ValidationError(f"{patient.display_name} has no phone number: add it first.")
            consent_id = store.outbox.set_consent(patient.id, channel, agreed, source, who, now)
            if not agreed:
                store.outbox.withdraw_patient_channel(
                    patient.id, channel, "The patient opted out of this channel."
                )
            words = "agreed to" if agreed else "opted out of"
            what = "emails" if channel is Channel.EMAIL else "text messages"
            note = f"The patient {words} {what} from the clinic ({_source_words(source)})."
            store.clinical.add_contact(patient.id, now, CONTACT_METHOD[channel], note, who)
            self._s.record(
                "change",
                "message_consent",
                consent_id,
                {"channel": channel.value, "agreed": current.get((patient.id, channel))},
                {"channel": channel.value, "agreed": agreed, "source": source},
                patient.id,
            )

    # --- the outbox ------------------------------------------------------------------------------------

    def outbox(
        self, patient_id: int | None = None, state: MessageState | None = None, limit: int | None = None
    ) -> list[OutboxEntry]:
        self._s.require(Permission.MESSAGES)
        with self._s.store.read_transaction():
            if patient_id is not None:
                self._s.store.patients.get(patient_id)
            return self._s.store.outbox.find(patient_id, state, limit)

    def get(self, message_id: int) -> OutboxEntry:
        self._s.require(Permission.MESSAGES)
        with self._s.store.read_transaction():
            return self._s.store.outbox.get(message_id)

    def retry(self, message_id: int) -> OutboxEntry:
        """A failed message queued again, to go at the next send (its attempts start afresh)."""
        self._s.require(Permission.MESSAGES)
        store = self._s.store
        with store.write_transaction():
            entry = store.outbox.get(message_id)
            if entry.state is not MessageState.FAILED:
                raise ValidationError(
                    f"Message {message_id} is {entry.state.value}; only a failed message can be tried again."
                )
            store.outbox.requeue(message_id, min(self._s.now(), entry.due_at))  # at the next send
            self._s.record(
                "retry", "message", message_id, {"state": entry.state.value, "last_error": entry.last_error},
                {"state": MessageState.QUEUED.value}, entry.patient_id,
            )  # fmt: skip
            return store.outbox.get(message_id)

    def cancel(self, message_id: int) -> OutboxEntry:
        """A queued or failed message that should not go after all."""
        self._s.require(Permission.MESSAGES)
        store = self._s.store
        with store.write_transaction():
            entry = store.outbox.get(message_id)
            reason = f"Cancelled by {self._person() or 'the software'}."
            if not store.outbox.set_state(
                message_id, MessageState.WITHDRAWN, reason, (MessageState.QUEUED, MessageState.FAILED)
            ):
                raise ValidationError(
                    f"Message {message_id} is {entry.state.value}; only a queued or failed message can be "
                    "cancelled."
                )
            self._s.record(
                "cancel", "message", message_id, {"state": entry.state.value},
                {"state": MessageState.WITHDRAWN.value, "reason": reason}, entry.patient_id,
            )  # fmt: skip
            return store.outbox.get(message_id)

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
            refused[channel] = exc.message
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
            refused[channel] = exc.message
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
                    f"{channel.label}s are not set up, so they wait: set up the channel with "
                    f"`messages channel {channel.value} ...` (a manager)."
                )
            secret = self._credentials().get(channel.value)
            if isinstance(info.settings, EmailSettings):
                senders[channel] = EmailChannel(info.settings, secret)
            else:
                senders[channel] = SmsChannel(info.settings, secret)
        sender = senders[channel]
        if sender is None:
            raise ChannelRefusedError(f"{channel.label}s cannot be sent from here.")
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
        values = {
            "clinic": settings.name or "The clinic",
            "date": rules.date_words(local.date(), language),
            "time": rules.time_words(local),
            "place": settings.address or settings.name or rules.THE_CLINIC[language],
            "reply_phone": self._reply_phone(settings) or rules.THE_CLINIC[language],
            "patient": patient.preferred_name or patient.given_name,
            "provider": provider,
        }
        try:
            subject, body = rules.render(template, values)
        except ValidationError as exc:
            return exc.message
        calendar = None
        if channel is Channel.EMAIL and appointment is not None and entry.kind is not MessageKind.NO_SHOW:
            from clinic_desktop.services.calendar_export import CalendarExportService

            calendar = CalendarExportService(self._s).patient_event(appointment, settings)
        to = patient.email if channel is Channel.EMAIL else patient.phone
        return channel, Outgoing(entry.key, to, subject, body, calendar)

    def _reply_phone(self, settings: ClinicSettings) -> str:
        from clinic_desktop.services.phones import display_phone

        return display_phone(settings.reply_phone, settings.country) if settings.reply_phone else ""

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

    # --- recall invitations ----------------------------------------------------------------------------

    def invite_recalls(self) -> int:
        """Queue an invitation for each patient on the recall list with a proposal kept for them,
        who agreed to a channel and was not invited this cycle; the proposal is pencilled in for
        them (the follow-up engine offers it to nobody else). How many were queued."""
        self._s.require(Permission.MESSAGES)
        s = self._s
        rows = s.followups.invitation_candidates()
        queued = 0
        for row in rows:
            proposal = row.proposed
            if proposal is None:
                continue
            store = s.store
            with store.write_transaction():
                channel = self._channel_for(row.patient_id)
                if channel is None:
                    continue
                subject = f"patient-{row.patient_id}-{row.indication.value}-{row.last_treatment.isoformat()}"
                slot = Slot(
                    proposal.start, proposal.end, proposal.provider_id, proposal.room_id, proposal.type_name
                )
                key = rules.message_key(MessageKind.RECALL, subject)
                if store.outbox.queue(
                    key, row.patient_id, None, MessageKind.RECALL, channel, s.now(), s.now(),
                    indication=row.indication, slot=slot,
                ) is not None:  # fmt: skip
                    queued += 1
        return queued

    def open_invitations(self) -> list[OutboxEntry]:
        """The slots pencilled in for invited patients (internal: the follow-up engine's holds)."""
        return self._s.store.outbox.open_invitations(self._s.now())

    def invitations(self, patient_ids: Sequence[int]) -> dict[tuple[int, str], OutboxEntry]:
        """The latest invitation sent to each of these patients per indication (the recall list's
        "invited on ..."; internal: the recall list asked its permission)."""
        return self._s.store.outbox.invitations_sent(patient_ids)

    # --- replies -------------------------------------------------------------------------------------

    def record_reply(self, sender: str, text: str) -> str:
        """A patient's reply (a gateway's inbound text, an email answered): STOP opts them out of
        that channel; YES books the slot their open invitation holds; anything else goes into
        their contact log for reception. What was done, in words."""
        self._s.require(Permission.MESSAGES)
        store = self._s.store
        by_email = "@" in sender
        channel = Channel.EMAIL if by_email else Channel.SMS
        with store.read_transaction():
            if by_email:
                patients = store.outbox.patients_by_email(sender)
            else:
                from clinic_desktop.services.phones import normalise_phone

                patients = store.outbox.patients_by_phone(
                    normalise_phone(sender, store.settings.get().country)
                )
        if not patients:
            raise NotFoundError(f"No patient has the {'address' if by_email else 'number'} {sender}.")
        intent = rules.reply_intent(text)
        said = " ".join(text.split())[:300]
        if intent == "stop":
            with store.write_transaction():
                for patient_id in patients:
                    self._set_consent(store.patients.get(patient_id), {channel: False}, "reply STOP")
            what = "emails" if by_email else "text messages"
            return f"Opted out of {what}: patient {', '.join(map(str, patients))}."
        if intent == "yes":
            for patient_id in patients:
                invitation = next(iter(store.outbox.open_invitations(self._s.now(), patient_id)), None)
                if invitation is None or invitation.slot is None:
                    continue
                return self._book_invitation(invitation, said)
        with store.write_transaction():
            for patient_id in patients:
                store.clinical.add_contact(
                    patient_id, self._s.now(), CONTACT_METHOD[channel], f"The patient replied: “{said}”", WHO
                )
        return "The reply is in the patient's contact log for reception."

    def _book_invitation(self, invitation: OutboxEntry, said: str) -> str:
        from clinic_desktop.services.followups import Proposal, ProposalTakenError

        slot = invitation.slot
        assert slot is not None and invitation.indication is not None
        store = self._s.store
        name = store.providers.get(slot.provider_id).name
        proposal = Proposal(
            invitation.patient_id, invitation.indication, slot.start, slot.end, slot.provider_id, name,
            slot.room_id, slot.type_name, 0, ("Booked from the patient's reply to the recall invitation",),
        )  # fmt: skip
        try:
            result = self._s.followups.book(proposal, WHO)
        except ProposalTakenError as exc:
            with store.write_transaction():
                store.clinical.add_contact(
                    invitation.patient_id, self._s.now(), CONTACT_METHOD[invitation.channel],
                    f"The patient replied “{said}” to the recall invitation, but the time was taken: "
                    "call them. "
                    f"{exc.message}", WHO,
                )  # fmt: skip
            raise ConflictError(
                f"The time offered was taken meanwhile; the patient needs a call. {exc.message}"
            ) from exc
        booked = result.appointments[0]
        return f"Booked appointment {booked.id} for patient {invitation.patient_id} from their reply."

    # --- channels and templates (clinic settings) ------------------------------------------------------

    def _credentials(self) -> Credentials:
        return Credentials(self._s.clinic.identity())

    def _channel_info(self, channel: Channel) -> ChannelInfo:
        values = self._s.store.outbox.channel_settings(channel)
        settings: EmailSettings | SmsSettings | None = None
        if values is not None:
            settings = EmailSettings(**values) if channel is Channel.EMAIL else SmsSettings(**values)
        credentials = self._credentials()
        return ChannelInfo(channel, settings, credentials.get(channel.value) is not None, credentials.where())

    def channels(self) -> list[ChannelInfo]:
        self._s.require(Permission.MESSAGES)
        return [self._channel_info(c) for c in Channel]

    def set_email_channel(
        self,
        host: str,
        port: int | None,
        security: str,
        sender: str,
        user: str = "",
        password: str | None = None,
    ) -> ChannelInfo:
        """The mail server; the password (None: keep the one this computer has) on this computer."""
        self._s.require(Permission.SETTINGS)
        settings = check_email_settings(host, port, security, sender, user)
        return self._set_channel(Channel.EMAIL, settings.__dict__, password)

    def set_sms_channel(
        self,
        url: str,
        user: str = "",
        body_template: str | None = None,
        sender: str = "",
        password: str | None = None,
    ) -> ChannelInfo:
        self._s.require(Permission.SETTINGS)
        settings = check_sms_settings(url, user, body_template, sender)
        return self._set_channel(Channel.SMS, settings.__dict__, password)

    def _set_channel(self, channel: Channel, values: dict[str, Any], password: str | None) -> ChannelInfo:
        store = self._s.store
        with store.write_transaction():
            before = store.outbox.channel_settings(channel)
            store.outbox.set_channel_settings(channel, values)
            after = dict(values, password="changed" if password else "unchanged")  # never the password
            self._s.record("change", "message_channel", channel.value, before, after)
        if password:
            self._credentials().set(channel.value, password)
        return self._channel_info(channel)

    def templates(self) -> list[Template]:
        """Every template: the clinic's own where it changed one, else the default."""
        custom = {(t.name, t.channel, t.language): t for t in self._s.store.outbox.templates()}
        return [custom.get((t.name, t.channel, t.language), t) for t in rules.default_templates()]

    def _template(self, name: TemplateName, channel: Channel, language: str) -> Template:
        for t in self._s.store.outbox.templates():
            if (t.name, t.channel, t.language) == (name, channel, language):
                return t
        return rules.default_template(name, channel, language)

    def save_template(self, template: Template) -> Template:
        self._s.require(Permission.SETTINGS)
        checked = rules.check_template(template)
        store = self._s.store
        with store.write_transaction():
            before = self._template(checked.name, checked.channel, checked.language)
            store.outbox.set_template(checked, self._person(), self._s.now())
            self._s.record(
                "change",
                "message_template",
                f"{checked.name.value}:{checked.channel.value}:{checked.language}",
                {"subject": before.subject, "body": before.body},
                {"subject": checked.subject, "body": checked.body},
            )
        return Template(checked.name, checked.channel, checked.language, checked.subject, checked.body, True)

    def reset_template(self, name: TemplateName, channel: Channel, language: str) -> Template:
        self._s.require(Permission.SETTINGS)
        store = self._s.store
        with store.write_transaction():
            before = self._template(name, channel, language)
            if store.outbox.reset_template(name, channel, language):
                default = rules.default_template(name, channel, language)
                self._s.record(
                    "change",
                    "message_template",
                    f"{name.value}:{channel.value}:{language}",
                    {"subject": before.subject, "body": before.body},
                    {"subject": default.subject, "body": default.body},
                )
        return rules.default_template(name, channel, language)

    def preview(self, template: Template) -> tuple[str, str]:
        """The template filled in with an example patient and appointment (the clinic's own name,
        address and number): what the editor shows beside the text. Refuses what saving would."""
        checked = rules.check_template(template)
        settings = self._s.store.settings.get()
        language = checked.language
        example = self._s.time.to_local(self._s.now()).replace(hour=9, minute=30, second=0) + timedelta(
            days=7
        )
        values = {
            "clinic": settings.name or "The clinic",
            "date": rules.date_words(example.date(), language),
            "time": rules.time_words(example),
            "place": settings.address or settings.name or rules.THE_CLINIC[language],
            "reply_phone": self._reply_phone(settings) or rules.THE_CLINIC[language],
            "patient": "Ines",
            "provider": "Dr Lind",
        }
        return rules.render(checked, values)

    # --- the command line's and the window's words ------------------------------------------------------

    def message_json(self, entry: OutboxEntry) -> dict[str, Any]:
        """docs/cli.md field names."""
        clinic_time = self._s.time
        slot = entry.slot
        return {
            "id": entry.id,
            "patient_id": entry.patient_id,
            "appointment_id": entry.appointment_id,
            "kind": entry.kind.value,
            "channel": entry.channel.value,
            "due_at": clinic_time.iso(entry.due_at),
            "state": entry.state.value,
            "attempts": entry.attempts,
            "last_error": entry.last_error,
            "patient_name": entry.patient_name,
            "change": entry.change or None,
            "next_attempt_at": clinic_time.iso(entry.next_attempt_at),
            "sent_at": clinic_time.iso(entry.sent_at) if entry.sent_at else None,
            "provider_message_id": entry.provider_message_id or None,
            "slot": None if slot is None else {
                "start": clinic_time.iso(slot.start), "end": clinic_time.iso(slot.end),
                "provider_id": slot.provider_id, "room_id": slot.room_id, "type": slot.type_name,
            },
            "converted_appointment_id": entry.converted_appointment_id,
        }  # fmt: skip

    def _person(self) -> str:
        session = self._s.session
        return session.name if session is not None and session.role is not None else ""


def _stamp(instant: datetime) -> str:
    return f"{instant:%Y%m%dT%H%MZ}"


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
    if entry.kind is MessageKind.REMINDER and not entry.key.endswith(_stamp(appointment.start)):
        return "The appointment was moved."
    return ""


def _source_words(source: str) -> str:
    return {"desk": "recorded at the desk", "reply STOP": "replied STOP"}.get(source, source)
