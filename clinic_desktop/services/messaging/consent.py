"""A patient's consent to be contacted, and their replies (STOP, YES, anything else)."""

from __future__ import annotations

from clinic_desktop.domain import messages as rules
from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from clinic_desktop.domain.outbox import Channel, OutboxEntry
from clinic_desktop.domain.patients import PatientRecord
from clinic_desktop.domain.words import QT_TR_NOOP, Text
from clinic_desktop.services.messaging.base import CONTACT_METHOD, WHO, MessagingBase


class Consents(MessagingBase):
    """What the patient agreed to be contacted by, and what they answered."""

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
                raise ValidationError(
                    QT_TR_NOOP("{name} has no email address: add it first."), name=patient.display_name
                )
            if agreed and channel is Channel.SMS and not patient.phone:
                raise ValidationError(
                    QT_TR_NOOP("{name} has no phone number: add it first."), name=patient.display_name
                )
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
            raise NotFoundError(
                QT_TR_NOOP("No patient has the address {sender}.")
                if by_email
                else QT_TR_NOOP("No patient has the number {sender}."),
                sender=sender,
            )
        intent = rules.reply_intent(text)
        said = " ".join(text.split())[:300]
        if intent == "stop":
            with store.write_transaction():
                for patient_id in patients:
                    self._set_consent(store.patients.get(patient_id), {channel: False}, "reply STOP")
            numbers = ", ".join(map(str, patients))
            if by_email:
                return Text(QT_TR_NOOP("Opted out of emails: patient {patients}."), patients=numbers)
            return Text(QT_TR_NOOP("Opted out of text messages: patient {patients}."), patients=numbers)
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
        return Text(QT_TR_NOOP("The reply is in the patient's contact log for reception."))

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
                    f"{exc.text}", WHO,
                )  # fmt: skip
            raise ConflictError(
                QT_TR_NOOP("The time offered was taken meanwhile; the patient needs a call. {refusal}"),
                refusal=exc.text,
            ) from exc
        booked = result.appointments[0]
        return Text(
            QT_TR_NOOP("Booked appointment {appointment} for patient {patient} from their reply."),
            appointment=booked.id,
            patient=invitation.patient_id,
        )


def _source_words(source: str) -> str:
    return {"desk": "recorded at the desk", "reply STOP": "replied STOP"}.get(source, source)
