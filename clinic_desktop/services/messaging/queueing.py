"""Messages queued by the calendar inside its own write transaction, and recall invitations."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from clinic_desktop.domain import messages as rules
from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.entities import Appointment, ClinicSettings
from clinic_desktop.domain.outbox import Change, Channel, MessageKind, OutboxEntry, Slot
from clinic_desktop.domain.patients import PatientRecord
from clinic_desktop.services.messaging.base import UPCOMING, MessagingBase, stamp


class Queueing(MessagingBase):
    """Confirmations and reminders of appointments; invitations to book a recall."""

    # --- queued by the calendar (inside its write transaction; no permission of its own) -----------

    def appointments_booked(
        self, appointments: Sequence[Appointment], patient: PatientRecord | None = None
    ) -> None:
        """A booking (or a series: its first appointment is confirmed, each gets its reminders).
        ``patient``: the patient's record as the booking read it in this transaction, if it did.
        The patient's consents and open recall invitations are read in one statement, the
        record not again: each is a round trip to a PostgreSQL server (issue 22)."""
        if not appointments:
            return
        store = self._s.store
        first = appointments[0]
        if patient is None or patient.id != first.patient_id:
            patient = store.patients.get(first.patient_id)
        consents, invitations = store.outbox.consents_and_invitations(first.patient_id, self._s.now())
        consent = self._consent_of(patient, consents)
        channel = rules.choose_channel(patient.preferred_contact, consent.email, consent.sms)
        if channel is not None:
            now = self._s.now()
            settings = store.settings.get()
            self._queue(first, MessageKind.CONFIRMATION, channel, now, Change.BOOKED.value, Change.BOOKED)
            for a in appointments:
                self._queue_reminders(a, channel, settings, now)
        # An open recall invitation worked (however the patient answered: a reply, a call, at the
        # desk): the pencilled slot is let go.
        for invitation_id in invitations:
            store.outbox.converted(invitation_id, first.id)

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
            moved = f"{Change.MOVED.value}-{stamp(after.start)}"
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
            self._queue(a, MessageKind.REMINDER, channel, due, f"{hours}h-{stamp(a.start)}")

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

    def invitations(self, patient_ids: Sequence[int]) -> dict[tuple[int, str], OutboxEntry]:
        """The latest invitation sent to each of these patients per indication (the recall list's
        "invited on ..."; internal: the recall list asked its permission)."""
        return self._s.store.outbox.invitations_sent(patient_ids)
