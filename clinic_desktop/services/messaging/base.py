"""What every part of the outbox uses: the patient's consent and channel, the clinic's templates
and channels, who is working (services/messages.py describes the outbox)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from clinic_desktop.domain import messages as rules
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.date_formats import resolve_clock
from clinic_desktop.domain.entities import ClinicSettings
from clinic_desktop.domain.messages import Template
from clinic_desktop.domain.outbox import Channel, TemplateName
from clinic_desktop.domain.patients import ContactMethod, PatientRecord, PatientStatus
from clinic_desktop.services.channels import EmailSettings, SmsSettings
from clinic_desktop.services.credentials import Credentials

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

#: Appointment statuses whose reminders and confirmations still mean something.
UPCOMING = (AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED)
WHO = "outbox"  # the contact log's "by" of what the outbox sent on its own
CONTACT_METHOD = {Channel.EMAIL: ContactMethod.EMAIL, Channel.SMS: ContactMethod.SMS}


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


def stamp(instant: datetime) -> str:
    return f"{instant:%Y%m%dT%H%MZ}"


class MessagingBase:
    """The clinic's services, and the reads every part of the outbox shares."""

    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    def _channel_for(self, patient_id: int) -> Channel | None:
        store = self._s.store
        patient = store.patients.get(patient_id)
        consent = self._consent_of(patient)
        return rules.choose_channel(patient.preferred_contact, consent.email, consent.sms)

    def _consent_of(
        self, patient: PatientRecord, found: dict[tuple[int, Channel], bool] | None = None
    ) -> Consent:
        """What the patient agreed to, where the record has the address or number for it;
        ``found``: their consents, read already (else they are read here)."""
        if patient.status is not PatientStatus.ACTIVE:
            return Consent(False, False)
        if found is None:
            found = self._s.store.outbox.consents([patient.id])
        return Consent(
            bool(found.get((patient.id, Channel.EMAIL))) and bool(patient.email),
            bool(found.get((patient.id, Channel.SMS))) and bool(patient.phone),
        )

    def _reply_phone(self, settings: ClinicSettings) -> str:
        from clinic_desktop.services.phones import display_phone

        return display_phone(settings.reply_phone, settings.country) if settings.reply_phone else ""

    def _values(
        self, settings: ClinicSettings, language: str, local: datetime, patient: str, provider: str
    ) -> dict[str, str]:
        """What a template's fields are filled with: the clinic, the clinic-local day and time in
        the patient's language, the place, the number to reply to, the patient and the provider."""
        return {
            "clinic": settings.name or "The clinic",
            "date": rules.date_words(local.date(), language),
            "time": rules.time_words(local, resolve_clock(settings.clock, settings.country)),
            "place": settings.address or settings.name or rules.THE_CLINIC[language],
            "reply_phone": self._reply_phone(settings) or rules.THE_CLINIC[language],
            "patient": patient,
            "provider": provider,
        }

    def _credentials(self) -> Credentials:
        return Credentials(self._s.clinic.identity())

    def _channel_info(self, channel: Channel) -> ChannelInfo:
        values = self._s.store.outbox.channel_settings(channel)
        settings: EmailSettings | SmsSettings | None = None
        if values is not None:
            settings = EmailSettings(**values) if channel is Channel.EMAIL else SmsSettings(**values)
        credentials = self._credentials()
        return ChannelInfo(channel, settings, credentials.get(channel.value) is not None, credentials.where())

    def _template(self, name: TemplateName, channel: Channel, language: str) -> Template:
        for t in self._s.store.outbox.templates():
            if (t.name, t.channel, t.language) == (name, channel, language):
                return t
        return rules.default_template(name, channel, language)

    def _person(self) -> str:
        session = self._s.session
        return session.name if session is not None and session.role is not None else ""
