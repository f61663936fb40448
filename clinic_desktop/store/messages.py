"""The outbox at rest: messages to patients and their states, patients' consent per channel, the
clinic's own templates and its channels' settings (never their passwords: those live outside the
database, services/credentials.py).

State changes that two senders could race for are single conditional statements
(``UPDATE ... WHERE state = 'queued'``): whichever runs first claims the message, the other's
statement changes no row, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from peewee import SqliteDatabase

from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.errors import NotFoundError
from clinic_desktop.domain.outbox import (
    Channel,
    ConsentChange,
    MessageKind,
    MessageState,
    OutboxEntry,
    Slot,
    TemplateName,
)
from clinic_desktop.domain.words import QT_TR_NOOP
from clinic_desktop.store import models as m
from clinic_desktop.store import read_ahead
from clinic_desktop.store.calendar import instant

if TYPE_CHECKING:
    from clinic_desktop.domain.messages import Template

CHANNEL_KEYS = {Channel.EMAIL: "channel_email", Channel.SMS: "channel_sms"}  # in the setting table
OPEN = (MessageState.QUEUED.value, MessageState.SENDING.value)


def _entry(row: Any, name: str = "") -> OutboxEntry:
    slot = None
    if row.slot_start is not None:
        slot = Slot(
            instant(row.slot_start),
            instant(row.slot_end),
            int(row.slot_provider),
            int(row.slot_room) if row.slot_room is not None else None,
            str(row.slot_type),
        )
    return OutboxEntry(
        id=int(row.id),
        key=str(row.key),
        patient_id=int(row.patient_id),
        appointment_id=int(row.appointment_id) if row.appointment_id is not None else None,
        kind=MessageKind(row.kind),
        change=str(row.change),
        channel=Channel(row.channel),
        indication=Indication(row.indication) if row.indication else None,
        due_at=instant(row.due_at),
        next_attempt_at=instant(row.next_attempt_at),
        state=MessageState(row.state),
        attempts=int(row.attempts),
        last_error=str(row.last_error),
        provider_message_id=str(row.provider_message_id),
        created_at=instant(row.created_at),
        sent_at=instant(row.sent_at) if row.sent_at is not None else None,
        claimed_at=instant(row.claimed_at) if row.claimed_at is not None else None,
        claimed_by=str(row.claimed_by),
        slot=slot,
        hold_until=instant(row.hold_until) if row.hold_until is not None else None,
        converted_appointment_id=int(row.converted_appointment) if row.converted_appointment else None,
        patient_name=name,
    )


class OutboxRecords:
    # --- queueing -----------------------------------------------------------------------------------

    def queue(
        self,
        key: str,
        patient_id: int,
        appointment_id: int | None,
        kind: MessageKind,
        channel: Channel,
        due_at: datetime,
        now: datetime,
        change: str = "",
        indication: Indication | None = None,
        slot: Slot | None = None,
    ) -> int | None:
        """Queue a message unless one with this key exists (queued, sent or withdrawn: a key is
        used once). Its id, or None when it was there already. INSERT ... ON CONFLICT DO NOTHING,
        so two writers queueing the same key at once leave one row and no error."""
        o = m.OutboxMessage
        if o.select(o.id).where(o.key == key).exists():
            return None
        values: dict[str, Any] = {
            "key": key, "patient": patient_id, "appointment": appointment_id, "kind": kind.value,
            "change": change, "channel": channel.value,
            "indication": indication.value if indication else None,
            "due_at": due_at, "next_attempt_at": due_at, "state": MessageState.QUEUED.value,
            "created_at": now,
        }  # fmt: skip
        if slot is not None:
            values.update(
                slot_start=slot.start, slot_end=slot.end, slot_provider=slot.provider_id,
                slot_room=slot.room_id, slot_type=slot.type_name,
            )  # fmt: skip
        o.insert(**values).on_conflict_ignore().execute()
        row = o.select(o.id).where(o.key == key).first()
        return int(row.id) if row is not None else None

    def withdraw_open(
        self,
        appointment_id: int,
        kinds: Sequence[MessageKind],
        reason: str,
        keep: Sequence[str] = (),
    ) -> list[int]:
        """Withdraw the queued messages of these kinds about an appointment (those not yet being
        sent; a message already going out is the sender's), except the keys in ``keep``; their ids."""
        o = m.OutboxMessage
        where = (
            (o.appointment == appointment_id)
            & (o.kind.in_([k.value for k in kinds]))
            & (o.state == MessageState.QUEUED.value)
        )
        if keep:
            where &= o.key.not_in(list(keep))
        ids = [int(r.id) for r in o.select(o.id).where(where)]
        if ids:
            o.update(state=MessageState.WITHDRAWN.value, last_error=reason).where(
                o.id.in_(ids) & (o.state == MessageState.QUEUED.value)
            ).execute()
        return ids

    def withdraw_patient_channel(self, patient_id: int, channel: Channel, reason: str) -> int:
        o = m.OutboxMessage
        return int(
            o.update(state=MessageState.WITHDRAWN.value, last_error=reason)
            .where(
                (o.patient == patient_id)
                & (o.channel == channel.value)
                & (o.state.in_([MessageState.QUEUED.value, MessageState.FAILED.value]))
            )
            .execute()
        )

    # --- reading ------------------------------------------------------------------------------------

    def get(self, message_id: int) -> OutboxEntry:
        found = self._select(m.OutboxMessage.id == message_id)
        if not found:
            raise NotFoundError(QT_TR_NOOP("There is no message with id {id}."), id=message_id)
        return found[0]

    def find(
        self,
        patient_id: int | None = None,
        state: MessageState | None = None,
        limit: int | None = None,
    ) -> list[OutboxEntry]:
        """Newest first (by when due)."""
        o = m.OutboxMessage
        where: Any = o.id.is_null(False)
        if patient_id is not None:
            where &= o.patient == patient_id
        if state is not None:
            where &= o.state == state.value
        return self._select(where, newest_first=True, limit=limit)

    def due(self, now: datetime, limit: int = 500) -> list[OutboxEntry]:
        """Queued messages whose time (and next attempt) has come, oldest first."""
        o = m.OutboxMessage
        where = (o.state == MessageState.QUEUED.value) & (o.next_attempt_at <= now) & (o.due_at <= now)
        return self._select(where, limit=limit)

    def waiting(self, now: datetime) -> int:
        """Queued messages not yet due (or waiting for their next attempt)."""
        o = m.OutboxMessage
        return int(
            o.select()
            .where((o.state == MessageState.QUEUED.value) & ((o.next_attempt_at > now) | (o.due_at > now)))
            .count()
        )

    def sending(self) -> list[OutboxEntry]:
        return self._select(m.OutboxMessage.state == MessageState.SENDING.value)

    def for_appointment(self, appointment_id: int) -> list[OutboxEntry]:
        return self._select(m.OutboxMessage.appointment == appointment_id)

    def open_invitations(self, now: datetime, patient_id: int | None = None) -> list[OutboxEntry]:
        """Recall invitations whose slot is still pencilled in: not withdrawn or failed, not yet
        booked, slot ahead and hold not run out."""
        o = m.OutboxMessage
        where = (
            (o.kind == MessageKind.RECALL.value)
            & (o.state.in_([*OPEN, MessageState.SENT.value]))
            & o.converted_appointment.is_null()
            & (o.slot_start > now)
            & (o.hold_until.is_null() | (o.hold_until > now))
        )
        if patient_id is not None:
            where &= o.patient == patient_id
        return self._select(where)

    def consents_and_invitations(
        self, patient_id: int, now: datetime
    ) -> tuple[dict[tuple[int, Channel], bool], list[int]]:
        """What a booking reads here, in one statement (a round trip to a PostgreSQL server, issue
        22): the patient's consents (``consents``) and the ids of their open recall invitations
        (``open_invitations``), side by side in a UNION ALL, each row saying which it is. A
        booking on PostgreSQL reads them ahead (store/read_ahead.py), its invitations open at its
        start: those still open ``now`` are kept."""
        rows = read_ahead.take(("consents and invitations", patient_id))
        if rows is read_ahead.MISSING:
            rows = m.execute_prepared(*consents_statement(patient_id, now, ordered=True)).fetchall()
        else:  # read at the booking's start: the invitations still open now
            at = m.OutboxMessage.slot_start.db_value(now)
            rows = [r for r in rows if r[0] == 0 or (r[5] > at and (r[6] is None or r[6] > at))]
        consents: dict[tuple[int, Channel], bool] = {}
        invitations: list[int] = []
        for which, channel, agreed, _, row_id, _, _ in rows:
            if which == 0:
                consents[(patient_id, Channel(channel))] = bool(agreed)  # the latest one wins
            else:
                invitations.append(int(row_id))
        return consents, invitations

    def invitations_sent(self, patient_ids: Sequence[int]) -> dict[tuple[int, str], OutboxEntry]:
        """The latest invitation sent to each of these patients per indication."""
        o = m.OutboxMessage
        if not patient_ids:
            return {}
        found: dict[tuple[int, str], OutboxEntry] = {}
        for start in range(0, len(patient_ids), 500):
            chunk = list(patient_ids[start : start + 500])
            where = (o.kind == MessageKind.RECALL.value) & (o.state == MessageState.SENT.value)
            for entry in self._select(where & o.patient.in_(chunk)):
                key = (entry.patient_id, entry.indication.value if entry.indication else "")
                known = found.get(key)
                if known is None or (entry.sent_at or entry.created_at) > (known.sent_at or known.created_at):
                    found[key] = entry
        return found

    def _select(self, where: Any, newest_first: bool = False, limit: int | None = None) -> list[OutboxEntry]:
        o = m.OutboxMessage
        query = (
            o.select(o, m.Patient.given_name, m.Patient.family_name)
            .join(m.Patient, on=(o.patient == m.Patient.id))
            .where(where)
            .order_by(
                o.due_at.desc() if newest_first else o.next_attempt_at, o.id.desc() if newest_first else o.id
            )
        )
        if limit is not None:
            query = query.limit(limit)
        rows: list[Any] = list(query.objects())
        return [_entry(r, f"{r.given_name} {r.family_name}") for r in rows]

    # --- sending -------------------------------------------------------------------------------------

    def claim(self, message_id: int, claimant: str, at: datetime) -> bool:
        """Take a queued message for sending; False when another sender took it (or it changed)."""
        o = m.OutboxMessage
        count = (
            o.update(state=MessageState.SENDING.value, claimed_at=at, claimed_by=claimant)
            .where((o.id == message_id) & (o.state == MessageState.QUEUED.value))
            .execute()
        )
        return int(count) == 1

    def release(self, message_id: int) -> None:
        """Give a claimed message back untouched (its channel could not be used: nothing was sent)."""
        o = m.OutboxMessage
        o.update(state=MessageState.QUEUED.value, claimed_at=None, claimed_by="").where(
            (o.id == message_id) & (o.state == MessageState.SENDING.value)
        ).execute()

    def sent(
        self, message_id: int, at: datetime, provider_message_id: str, hold_until: datetime | None
    ) -> None:
        o = m.OutboxMessage
        values: dict[str, Any] = {
            "state": MessageState.SENT.value, "sent_at": at, "provider_message_id": provider_message_id[:200],
            "attempts": o.attempts + 1, "last_error": "",
        }  # fmt: skip
        if hold_until is not None:
            values["hold_until"] = hold_until
        o.update(**values).where(o.id == message_id).execute()

    def attempt_failed(self, message_id: int, error: str, retry_at: datetime | None) -> None:
        """Count a failed try: queued again for ``retry_at``, or failed (None)."""
        o = m.OutboxMessage
        values: dict[str, Any] = {"attempts": o.attempts + 1, "last_error": error}
        if retry_at is None:
            values["state"] = MessageState.FAILED.value
        else:
            values.update(state=MessageState.QUEUED.value, next_attempt_at=retry_at)
        o.update(**values).where(o.id == message_id).execute()

    def set_state(
        self, message_id: int, state: MessageState, reason: str, from_states: Sequence[MessageState]
    ) -> bool:
        """Change a message's state if it is in one of ``from_states``; False otherwise."""
        o = m.OutboxMessage
        count = (
            o.update(state=state.value, last_error=reason)
            .where((o.id == message_id) & o.state.in_([s.value for s in from_states]))
            .execute()
        )
        return int(count) == 1

    def requeue(self, message_id: int, at: datetime) -> bool:
        """A failed message queued again now, its attempts counted afresh."""
        o = m.OutboxMessage
        count = (
            o.update(state=MessageState.QUEUED.value, next_attempt_at=at, attempts=0, claimed_by="")
            .where((o.id == message_id) & (o.state == MessageState.FAILED.value))
            .execute()
        )
        return int(count) == 1

    def set_channel(self, message_id: int, channel: Channel) -> None:
        o = m.OutboxMessage
        o.update(channel=channel.value).where(o.id == message_id).execute()

    def future_booking(self, patient_id: int, now: datetime) -> bool:
        a = m.Appointment
        return bool(
            a.select(a.id)
            .where((a.patient == patient_id) & (a.start_at >= now) & (a.status != "cancelled"))
            .exists()
        )

    def converted(self, message_id: int, appointment_id: int) -> None:
        """The invitation became this booking. On PostgreSQL, inside the booking's transaction, the
        UPDATE goes with the transaction's next statement (or its COMMIT), its answer not awaited."""
        o = m.OutboxMessage
        query = o.update(converted_appointment=appointment_id).where(o.id == message_id)
        if isinstance(m.db.obj, SqliteDatabase) or not m.db.in_transaction():
            query.execute()
            return
        m.db.execute_with_next(*query.sql())

    # --- consent --------------------------------------------------------------------------------------

    def consents(self, patient_ids: Sequence[int]) -> dict[tuple[int, Channel], bool]:
        """The latest consent per patient and channel (absent: never asked, which is no)."""
        c = m.MessageConsent
        found: dict[tuple[int, Channel], bool] = {}
        for start in range(0, len(patient_ids), 500):
            chunk = list(patient_ids[start : start + 500])
            rows = c.select(c.patient, c.channel, c.agreed).where(c.patient.in_(chunk)).order_by(c.at, c.id)
            row: Any
            for row in rows.tuples():
                patient, channel, agreed = row
                found[(int(patient), Channel(channel))] = bool(agreed)
        return found

    def consent_history(self, patient_id: int) -> list[ConsentChange]:
        """Every change of a patient's consent to be contacted, oldest first (the record keeps them
        all: who recorded each, when and from where)."""
        c = m.MessageConsent
        rows = c.select().where(c.patient == patient_id).order_by(c.at, c.id)
        return [
            ConsentChange(
                int(r.id), Channel(r.channel), bool(r.agreed), str(r.source), str(r.by), instant(r.at)
            )
            for r in rows
        ]

    def set_consent(
        self, patient_id: int, channel: Channel, agreed: bool, source: str, by: str, at: datetime
    ) -> int:
        row = m.MessageConsent.create(
            patient=patient_id, channel=channel.value, agreed=agreed, source=source, by=by, at=at
        )
        return int(row.id)

    def patients_by_phone(self, e164: str) -> list[int]:
        p = m.Patient
        rows = p.select(p.id).where(((p.phone == e164) | (p.phone_alt == e164)) & (p.status == "active"))
        return [int(r.id) for r in rows]

    def patients_by_email(self, address: str) -> list[int]:
        p = m.Patient
        rows = p.select(p.id).where((p.email == address.strip().lower()) & (p.status == "active"))
        return [int(r.id) for r in rows]

    # --- templates and channels -----------------------------------------------------------------------

    def templates(self) -> list[Template]:
        from clinic_desktop.domain.messages import Template  # the templates' rules: their readers'

        t = m.MessageTemplate
        return [
            Template(
                TemplateName(r.name), Channel(r.channel), str(r.language), str(r.subject), str(r.body), True
            )
            for r in t.select().order_by(t.name, t.channel, t.language)
        ]

    def set_template(self, template: Template, by: str, at: datetime) -> None:
        t = m.MessageTemplate
        t.delete().where(
            (t.name == template.name.value)
            & (t.channel == template.channel.value)
            & (t.language == template.language)
        ).execute()
        t.create(
            name=template.name.value, channel=template.channel.value, language=template.language,
            subject=template.subject, body=template.body, updated_at=at, by=by,
        )  # fmt: skip

    def reset_template(self, name: TemplateName, channel: Channel, language: str) -> int:
        t = m.MessageTemplate
        return int(
            t.delete()
            .where((t.name == name.value) & (t.channel == channel.value) & (t.language == language))
            .execute()
        )

    def channel_settings(self, channel: Channel) -> dict[str, Any] | None:
        row = m.Setting.get_or_none(m.Setting.key == CHANNEL_KEYS[channel])
        if row is None:
            return None
        found: dict[str, Any] = json.loads(str(row.value))
        return found

    def set_channel_settings(self, channel: Channel, values: dict[str, Any]) -> None:
        m.put(m.Setting, CHANNEL_KEYS[channel], json.dumps(values, sort_keys=True))


def consents_statement(patient_id: int, now: datetime, ordered: bool) -> tuple[str, list[Any]]:
    """consents_and_invitations' statement and its parameters: rows of (0, channel, agreed, at, id,
    NULL, NULL) for the patient's consents, and (1, NULL, NULL, NULL, id, slot start, hold until)
    for their recall invitations open at ``now``; in the order the consents are taken in where
    ``ordered`` (a statement read inside another gives its order there: store/booking_reads.py)."""
    o, mark = m.OutboxMessage, m.db.param
    states = [*OPEN, MessageState.SENT.value]
    at = o.slot_start.db_value(now)
    sql = (
        'SELECT 0, channel, agreed, "at", id, NULL, NULL FROM message_consent WHERE patient_id = '
        f"{mark} UNION ALL SELECT 1, NULL, NULL, NULL, id, slot_start, hold_until FROM outbox_message"
        f" WHERE kind = {mark} AND state IN ({', '.join([mark] * len(states))})"
        f" AND converted_appointment IS NULL AND slot_start > {mark}"
        f" AND (hold_until IS NULL OR hold_until > {mark}) AND patient_id = {mark}"
    )
    return sql + (" ORDER BY 1, 4, 5" if ordered else ""), [
        patient_id,
        MessageKind.RECALL.value,
        *states,
        at,
        at,
        patient_id,
    ]
