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

from clinic_desktop.services.messaging.base import (
    CONTACT_METHOD,
    UPCOMING,
    WHO,
    ChannelInfo,
    Consent,
)
from clinic_desktop.services.messaging.consent import Consents
from clinic_desktop.services.messaging.outbox import OutboxQueue
from clinic_desktop.services.messaging.sending import Sending, SendReport, this_process
from clinic_desktop.services.messaging.settings import ChannelsAndTemplates

# The outbox's names, where they always were (services/messaging/ holds them now).
__all__ = [
    "CONTACT_METHOD",
    "UPCOMING",
    "WHO",
    "ChannelInfo",
    "Consent",
    "MessageService",
    "SendReport",
    "this_process",
]


class MessageService(Consents, OutboxQueue, Sending, ChannelsAndTemplates):
    """The outbox, one facade: queueing (services/messaging/queueing.py), consent and replies
    (consent.py), the outbox itself (outbox.py), sending (sending.py), channels and templates
    (settings.py)."""
