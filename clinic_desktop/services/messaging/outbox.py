"""The outbox as reception sees it: the messages, retried or cancelled, and their JSON."""

from __future__ import annotations

from typing import Any

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.outbox import MessageState, OutboxEntry
from clinic_desktop.domain.words import QT_TR_NOOP, Text
from clinic_desktop.services.messaging.base import MessagingBase

# A message's state as a word in a sentence ("Message 12 is sent; ...").
STATE_WORDS: dict[MessageState, str] = {
    MessageState.QUEUED: QT_TR_NOOP("queued"),
    MessageState.SENDING: QT_TR_NOOP("sending"),
    MessageState.SENT: QT_TR_NOOP("sent"),
    MessageState.FAILED: QT_TR_NOOP("failed"),
    MessageState.WITHDRAWN: QT_TR_NOOP("withdrawn"),
}


class OutboxQueue(MessagingBase):
    """Listing, retrying and cancelling messages; their docs/cli.md fields."""

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
                    QT_TR_NOOP("Message {id} is {state}; only a failed message can be tried again."),
                    id=message_id,
                    state=Text(STATE_WORDS[entry.state]),
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
                    QT_TR_NOOP("Message {id} is {state}; only a queued or failed message can be cancelled."),
                    id=message_id,
                    state=Text(STATE_WORDS[entry.state]),
                )
            self._s.record(
                "cancel", "message", message_id, {"state": entry.state.value},
                {"state": MessageState.WITHDRAWN.value, "reason": reason}, entry.patient_id,
            )  # fmt: skip
            return store.outbox.get(message_id)

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
