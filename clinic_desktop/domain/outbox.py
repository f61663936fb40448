"""The outbox's rows and their words: what a message to a patient is (MessageKind, Channel,
MessageState, the change a confirmation confirms), which template says it (TemplateName), the slot a
recall invitation pencils in (Slot), consent changes and the outbox entry itself. The rules for
sending and the templates' text are domain/messages.py; these are apart so that what only reads the
outbox (a follow-up proposal reads the invitations' held slots) does not load them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.words import QT_TR_NOOP, Text


class MessageKind(StrEnum):
    CONFIRMATION = "confirmation"
    REMINDER = "reminder"
    RECALL = "recall"
    NO_SHOW = "no_show"

    @property
    def label(self) -> Text:
        return {
            MessageKind.CONFIRMATION: Text(QT_TR_NOOP("Confirmation")),
            MessageKind.REMINDER: Text(QT_TR_NOOP("Reminder")),
            MessageKind.RECALL: Text(QT_TR_NOOP("Recall invitation")),
            MessageKind.NO_SHOW: Text(QT_TR_NOOP("No-show follow-up")),
        }[self]


class Channel(StrEnum):
    EMAIL = "email"
    SMS = "sms"

    @property
    def label(self) -> Text:
        return Text(QT_TR_NOOP("Email")) if self is Channel.EMAIL else Text(QT_TR_NOOP("Text message"))

    @property
    def words(self) -> Text:
        """How a sentence says it was sent: 'by email', 'by text'."""
        return Text(QT_TR_NOOP("by email")) if self is Channel.EMAIL else Text(QT_TR_NOOP("by text"))


class MessageState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> Text:
        return {
            MessageState.QUEUED: Text(QT_TR_NOOP("Queued")),
            MessageState.SENDING: Text(QT_TR_NOOP("Sending")),
            MessageState.SENT: Text(QT_TR_NOOP("Sent")),
            MessageState.FAILED: Text(QT_TR_NOOP("Failed")),
            MessageState.WITHDRAWN: Text(QT_TR_NOOP("Withdrawn")),
        }[self]


class Change(StrEnum):
    """What a confirmation confirms."""

    BOOKED = "booked"
    MOVED = "moved"
    CANCELLED = "cancelled"


class TemplateName(StrEnum):
    """What a template says: a kind of message, and for a confirmation what changed."""

    CONFIRMATION = "confirmation"
    MOVED = "moved"
    CANCELLED = "cancelled"
    REMINDER = "reminder"
    RECALL = "recall"
    NO_SHOW = "no_show"

    @property
    def label(self) -> Text:
        return {
            TemplateName.CONFIRMATION: Text(QT_TR_NOOP("Booking confirmed")),
            TemplateName.MOVED: Text(QT_TR_NOOP("Appointment moved")),
            TemplateName.CANCELLED: Text(QT_TR_NOOP("Appointment cancelled")),
            TemplateName.REMINDER: Text(QT_TR_NOOP("Reminder")),
            TemplateName.RECALL: Text(QT_TR_NOOP("Recall invitation")),
            TemplateName.NO_SHOW: Text(QT_TR_NOOP("No-show follow-up")),
        }[self]


def template_name(kind: MessageKind, change: str = "") -> TemplateName:
    if kind is MessageKind.CONFIRMATION:
        if change == Change.MOVED:
            return TemplateName.MOVED
        if change == Change.CANCELLED:
            return TemplateName.CANCELLED
        return TemplateName.CONFIRMATION
    return TemplateName(kind.value)


# --- the outbox's rows ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    """A recall invitation's offered time, pencilled in for the patient (UTC instants)."""

    start: datetime
    end: datetime
    provider_id: int
    room_id: int | None
    type_name: str


@dataclass(frozen=True)
class ConsentChange:
    """One change of a patient's consent to be contacted by a channel (the latest one counts)."""

    id: int
    channel: Channel
    agreed: bool
    source: str  # the desk, the command line, a reply STOP
    by: str
    at: datetime


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    key: str
    patient_id: int
    appointment_id: int | None
    kind: MessageKind
    change: str
    channel: Channel
    indication: Indication | None
    due_at: datetime
    next_attempt_at: datetime
    state: MessageState
    attempts: int
    last_error: str
    provider_message_id: str
    created_at: datetime
    sent_at: datetime | None
    claimed_at: datetime | None
    claimed_by: str
    slot: Slot | None
    hold_until: datetime | None
    converted_appointment_id: int | None
    patient_name: str = ""

    @property
    def template(self) -> TemplateName:
        return template_name(self.kind, self.change)
