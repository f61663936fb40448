"""What was said to the patient: the contact log, recall calls, consent to be contacted, messages."""

from __future__ import annotations

from typing import Any

from clinic_desktop.domain.outbox import MessageState
from clinic_desktop.services.fhir.base import BuilderBase, Entries
from clinic_desktop.services.fhir.codes import (
    CONSENT_SCOPE,
    CONTACT_MODE,
    MESSAGE_MODE,
    MESSAGE_STATUS,
    PARTICIPATION_MODE,
    V3_ACT_CODE,
)
from clinic_desktop.services.followups import MARK_KINDS


class ContactResources(BuilderBase):
    """The contact log, recall calls, consent to be contacted and messages sent."""

    def _contacts(self) -> Entries:
        """The contact log: each call, message or letter, how, when, by whom and what was said."""
        found = []
        for c in self._r.contacts:
            mode, display = CONTACT_MODE[c.method]
            resource: dict[str, Any] = {
                "resourceType": "Communication",
                "status": "completed",
                "category": [self._code("CodeSystem/communication", "contact-log", "Contact log")],
                "medium": [
                    {
                        "coding": [{"system": PARTICIPATION_MODE, "code": mode, "display": display}],
                        "text": c.method.value,
                    }
                ],  # fmt: skip
                "subject": self._patient_ref(),
                "recipient": [self._patient_ref()],
                "sent": self._instant(c.at),
                "payload": [{"contentString": c.note}],
            }
            if c.by:
                resource["sender"] = {"display": c.by}
            found.append((f"Communication/contact/{c.id}", resource))
        return found

    def _recall_notes(self) -> Entries:
        """Reception working the recall list: called, left a message, declined, snoozed until."""
        found = []
        for note in self._r.recall_notes:
            said = MARK_KINDS.get(note.kind, note.kind)
            if note.until is not None:
                said += f" until {note.until.isoformat()}"
            resource: dict[str, Any] = {
                "resourceType": "Communication",
                "status": "not-done" if note.kind == "snoozed" else "completed",
                "category": [self._code("CodeSystem/communication", "recall", "Recall for re-treatment")],
                "subject": self._patient_ref(),
                "sent": self._instant(note.at),
                "reasonCode": [
                    self._code("CodeSystem/indication", note.indication.value, note.indication.label)
                ],
                "payload": [{"contentString": f"{said}: {note.note}" if note.note else said}],
            }
            if note.kind == "snoozed":
                resource["statusReason"] = {"text": said}
            if note.by:
                resource["sender"] = {"display": note.by}
            found.append((f"Communication/recall/{note.id}", resource))
        return found

    def _contact_consents(self) -> Entries:
        """Each change of the patient's consent to be contacted by email or text: a Consent of
        scope patient-privacy, permitting or denying, the newest per channel active."""
        latest = {c.channel: c.id for c in self._r.contact_consents}
        found = []
        for c in self._r.contact_consents:
            mode, display = MESSAGE_MODE[c.channel]
            resource: dict[str, Any] = {
                "resourceType": "Consent",
                "status": "active" if latest[c.channel] == c.id else "inactive",
                "scope": {
                    "coding": [
                        {"system": CONSENT_SCOPE, "code": "patient-privacy", "display": "Privacy Consent"}
                    ]
                },
                "category": [
                    {
                        "coding": [{"system": PARTICIPATION_MODE, "code": mode, "display": display}],
                        "text": f"Contact by {c.channel.label.lower()}",
                    }
                ],
                "patient": self._patient_ref(),
                "dateTime": self._instant(c.at),
                "policyRule": {
                    "coding": [
                        {"system": V3_ACT_CODE, "code": "OPTIN", "display": "opt-in"}
                        if c.agreed
                        else {"system": V3_ACT_CODE, "code": "OPTOUT", "display": "opt-out"}
                    ]
                },
                "provision": {"type": "permit" if c.agreed else "deny"},
            }
            said = [f"Recorded by {c.by}" if c.by else "", f"from {c.source}" if c.source else ""]
            if any(said):
                resource["extension"] = [self._text_extension("note", " ".join(x for x in said if x))]
            found.append((f"Consent/contact/{c.id}", resource))
        return found

    def _messages(self) -> Entries:
        """Each message to the patient (confirmation, reminder, recall invitation, missed visit):
        a Communication by its channel, in the state it reached."""
        found = []
        for msg in self._r.messages:
            mode, display = MESSAGE_MODE[msg.channel]
            said = msg.kind.label
            resource: dict[str, Any] = {
                "resourceType": "Communication",
                "status": MESSAGE_STATUS[msg.state],
                "category": [
                    self._code("CodeSystem/communication", f"message-{msg.kind.value}", msg.kind.label)
                ],
                "medium": [
                    {
                        "coding": [{"system": PARTICIPATION_MODE, "code": mode, "display": display}],
                        "text": msg.channel.value,
                    }
                ],
                "subject": self._patient_ref(),
                "recipient": [self._patient_ref()],
                "payload": [{"contentString": f"{said} ({msg.change})" if msg.change else said}],
            }
            if msg.sent_at is not None:
                resource["sent"] = self._instant(msg.sent_at)
            if msg.state is MessageState.FAILED and msg.last_error:
                resource["statusReason"] = {"text": msg.last_error}
            if msg.indication is not None:
                resource["reasonCode"] = [
                    self._code("CodeSystem/indication", msg.indication.value, msg.indication.label)
                ]
            if msg.appointment_id is not None and any(
                e.appointment.id == msg.appointment_id for e in self._r.appointments
            ):
                resource["about"] = [{"reference": self._url(f"Appointment/{msg.appointment_id}")}]
            found.append((f"Communication/message/{msg.id}", resource))
        return found
