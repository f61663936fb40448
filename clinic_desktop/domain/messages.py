"""Messages to patients (issue 23): confirmations, reminders, recall invitations and no-show
follow-ups, by email and by text message. The rules here are the clinic's and the channels', in one
place; the outbox service (services/messages.py) asks them.

- **Kinds.** A confirmation when an appointment is booked, moved or cancelled; a reminder
  ``reminder_hours`` before it (default 48) and, if the clinic wants one, a second one
  ``second_reminder_hours`` before (e.g. 2); a recall invitation holding the follow-up engine's
  first proposal; a follow-up after a no-show.
- **Consent and minimum necessary.** A patient gets messages only by a channel they agreed to
  (``patients consent``); a reply STOP is recorded as an opt-out. A text carries no diagnosis and no
  treatment or product name, only the clinic, the date, the time and the place (the templates
  for texts may use only those fields, and any text naming a condition or a toxin is refused
  before it is saved and again before it is sent): a text is read on a lock screen, by whoever
  holds the phone. HIPAA's minimum necessary standard (45 CFR 164.502(b)) and the HHS guidance
  that appointment reminders are treatment communications which should still disclose no more
  than needed say the same.
- **Quiet hours.** No text between 20:00 and 08:00 clinic time (CTIA's Messaging Principles and
  Best Practices, and the US TCPA rule 47 CFR 64.1200(c)(1) for calls, allow 08:00-21:00 local
  time; the clinic keeps an hour inside it). Emails are not held back: nothing rings.
- **Never twice.** Each message has a key, unique in the outbox (the kind, the appointment or the
  patient's recall cycle, and what changed or when it is due), so a booking saved
  twice or a crash and a rerun cannot queue or send it again. A message is claimed (state
  "sending") before it goes out and recorded after; one found still "sending" after its sender
  stopped may or may not have reached the patient, and is not sent again on its own: it becomes
  "failed", saying so, and a person decides (retry sends it again).
- **Retries.** A channel that fails for a while (a gateway answering 500, a mail server away) is
  tried again after 5 minutes, then 15, 45, 135 (each three times longer, at most 6 hours), and
  after 5 attempts the message is failed with the last reason. A refusal that will not change
  (a number the gateway rejects) fails at once.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from clinic_desktop.domain.aftercare import DEFAULT_LANGUAGE, LANGUAGES, aftercare_sheet
from clinic_desktop.domain.codes import INDICATION_LABELS, Product
from clinic_desktop.domain.date_formats import Clock, format_time
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.outbox import Channel, MessageKind, TemplateName
from clinic_desktop.domain.words import QT_TR_NOOP, Text

# The kinds of message, the channels and the outbox's rows are domain/outbox.py; the reminders'
# settings, which the clinic's settings check, domain/message_settings.py.


# --- when ---------------------------------------------------------------------------------------------

QUIET_FROM = time(20, 0)  # no text from this local time ...
QUIET_UNTIL = time(8, 0)  # ... until this one


def in_quiet_hours(local: datetime) -> bool:
    """Whether a text may not go at this clinic-local wall-clock time."""
    clock = local.time()
    return clock >= QUIET_FROM or clock < QUIET_UNTIL


def quiet_hours_end(local: datetime) -> datetime:
    """The first moment at or after ``local`` (clinic wall-clock time) when texts may go again."""
    if not in_quiet_hours(local):
        return local
    day = local.date() if local.time() < QUIET_UNTIL else local.date() + timedelta(days=1)
    return datetime.combine(day, QUIET_UNTIL, tzinfo=local.tzinfo)


MAX_ATTEMPTS = 5
FIRST_RETRY = timedelta(minutes=5)
LONGEST_RETRY = timedelta(hours=6)
#: A message "sending" for longer than this on another computer is taken as interrupted.
SENDING_LEASE = timedelta(minutes=15)
#: A recall invitation's slot stays pencilled in for the patient this long after it is sent.
HOLD_DAYS = 7


def retry_delay(attempts: int) -> timedelta:
    """How long to wait after the ``attempts``-th failed try: 5 minutes, then three times longer
    each time, at most 6 hours."""
    delay: timedelta = FIRST_RETRY * int(3 ** max(0, attempts - 1))
    return min(delay, LONGEST_RETRY)


def reminder_times(
    start: datetime, booked_at: datetime, hours: int, second_hours: int
) -> list[tuple[int, datetime]]:
    """The reminders of an appointment starting at ``start`` booked at ``booked_at``: (hours
    before, when due), for each reminder whose time is still ahead (an appointment booked for
    tomorrow gets no 48-hour reminder: its confirmation has just told the patient)."""
    found: list[tuple[int, datetime]] = []
    for before in sorted({hours, second_hours}, reverse=True):
        if before <= 0:
            continue
        due = start - timedelta(hours=before)
        if due > booked_at:
            found.append((before, due))
    return found


def message_key(kind: MessageKind, subject: str, variant: str = "") -> str:
    """The outbox's unique key: 'reminder:appointment-12:48h-20261201T1400Z'. ``subject`` names what
    the message is about (an appointment, or a patient's recall cycle). The channel is not part of
    it: a patient gets one reminder by whichever channel they agree to when it goes."""
    return ":".join(part for part in (kind.value, subject, variant) if part)


# --- who may be contacted how -------------------------------------------------------------------------


def choose_channel(preferred: str, email_ok: bool, sms_ok: bool) -> Channel | None:
    """The channel for a patient's message: the preferred one when they agreed to it and we have
    the address or number, else email, else text; None when they agreed to neither."""
    if preferred == Channel.SMS.value and sms_ok:
        return Channel.SMS
    if preferred == Channel.EMAIL.value and email_ok:
        return Channel.EMAIL
    if email_ok:
        return Channel.EMAIL
    if sms_ok:
        return Channel.SMS
    return None


#: A reply whose first word is one of these is an opt-out: the words carriers and CTIA require
#: every programme to honour (STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT), and their Spanish
#: and French equivalents (BAJA, ALTO, ARRET).
STOP_WORDS = frozenset({"stop", "stopall", "unsubscribe", "cancel", "end", "quit", "baja", "alto", "arret"})
YES_WORDS = frozenset({"yes", "y", "ok", "si", "oui", "1"})


def reply_intent(text: str) -> str | None:
    """'stop' (opt out), 'yes' (take the slot offered), or None (words for reception to read)."""
    words = _folded(text).split()
    if not words:
        return None
    first = words[0].strip(".,!;:")
    if first in STOP_WORDS:
        return "stop"
    if first in YES_WORDS:
        return "yes"
    return None


# --- minimum necessary --------------------------------------------------------------------------------

_CLINICAL = (
    # Conditions (the indications, in English, Spanish and French) ...
    "migraine", "migrana", "headache", "cefalea", "cephalee", "dystonia", "distonia", "dystonie",
    "spasticity", "espasticidad", "spasticite", "myofascial", "miofascial", "trigger point", "tmj",
    "bruxism", "bruxismo", "bruxisme", "bladder", "vejiga", "vessie", "incontinence", "incontinencia",
    "hyperhidrosis", "hiperhidrosis", "hyperhidrose", "sweating", "sudoracion", "transpiration",
    # ... and the treatment: the toxin, its products and brands, the injection.
    "botulinum", "botulinica", "botulique", "toxin", "toxina", "toxine", "botox", "dysport", "xeomin",
    "myobloc", "daxxify", "jeuveau", "letybo", "preempt", "injection", "inyeccion", "injections",
    "inyecciones",
)  # fmt: skip


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _clinical_terms() -> tuple[str, ...]:
    terms = set(_CLINICAL)
    terms.update(_folded(label) for label in INDICATION_LABELS.values() if label != "Other")
    terms.update(_folded(p.value) for p in Product)
    return tuple(sorted(terms))


_CLINICAL_TERMS = _clinical_terms()
_CLINICAL_PATTERN = re.compile(r"\b(" + "|".join(re.escape(t) for t in _CLINICAL_TERMS) + r")\b")


def clinical_words(text: str) -> list[str]:
    """The words of ``text`` that name a condition or a treatment (accents and case ignored)."""
    return sorted({m.group(1) for m in _CLINICAL_PATTERN.finditer(_folded(text))})


# --- templates ----------------------------------------------------------------------------------------


#: What a template may say. A text: only where and when (minimum necessary); an email may also
#: greet the patient by name and name the provider.
SMS_FIELDS = ("clinic", "date", "time", "place", "reply_phone")
EMAIL_FIELDS = (*SMS_FIELDS, "patient", "provider")
FIELD_HELP = {
    "clinic": Text(QT_TR_NOOP("the clinic's name")),
    "date": Text(QT_TR_NOOP("the appointment's (or offered slot's) date, in the patient's language")),
    "time": Text(QT_TR_NOOP("its time (24-hour clock)")),
    "place": Text(QT_TR_NOOP("the clinic's address (its name when none is set)")),
    "reply_phone": Text(QT_TR_NOOP("the number patients call or text back")),
    "patient": Text(QT_TR_NOOP("the patient's first name (emails only)")),
    "provider": Text(QT_TR_NOOP("the provider's name (emails only)")),
}
SMS_LIMIT = 480  # three concatenated segments at most: anything longer is an email's job
SUBJECT_LIMIT = 200
BODY_LIMIT = 4000


@dataclass(frozen=True)
class Template:
    name: TemplateName
    channel: Channel
    language: str
    subject: str  # emails only
    body: str
    custom: bool = False  # changed by the clinic (else the default below)


def template_fields(text: str) -> list[str]:
    """The {fields} a template text uses; refuses what str.format would choke on, in words."""
    found: list[str] = []
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        # The braces are values, not the message's fields: a template of its own shows them as they are.
        raise ValidationError(
            QT_TR_NOOP(
                "The template has an unmatched brace ({problem}): write fields as {example}, and a brace "
                "itself as {open} or {close}."
            ),
            problem=str(exc),
            example="{date}",
            open="{{",
            close="}}",
        ) from None
    for _literal, field, spec, conversion in parsed:
        if field is None:
            continue
        if not field or spec or conversion or not field.isidentifier():
            raise ValidationError(
                QT_TR_NOOP("'{field}' is not a field; use one of {fields}."),
                field=f"{{{field}}}",
                fields=_field_list(EMAIL_FIELDS),
            )
        found.append(field)
    return found


def _field_list(fields: tuple[str, ...]) -> str:
    return ", ".join(f"{{{f}}}" for f in fields)


def check_template(template: Template) -> Template:
    """The template as the clinic may save it, or a ValidationError saying what to change."""
    language = template.language.strip().lower()
    if language not in LANGUAGES:
        raise ValidationError(
            QT_TR_NOOP("'{language}' is not a language of the messages: use en, es or fr."),
            language=template.language,
        )
    body = template.body.strip()
    subject = " ".join(template.subject.split())
    if not body:
        raise ValidationError(QT_TR_NOOP("The message needs some text."))
    allowed = SMS_FIELDS if template.channel is Channel.SMS else EMAIL_FIELDS
    for text in (subject, body):
        for field in template_fields(text):
            if field not in allowed:
                if template.channel is Channel.SMS and field in EMAIL_FIELDS:
                    raise ValidationError(
                        QT_TR_NOOP(
                            "A text message may not use {field}: texts say only where and when ({fields})."
                        ),
                        field=f"{{{field}}}",
                        fields=_field_list(SMS_FIELDS),
                    )
                raise ValidationError(
                    QT_TR_NOOP("'{field}' is not a field; use one of {fields}."),
                    field=f"{{{field}}}",
                    fields=_field_list(allowed),
                )
    if template.channel is Channel.SMS:
        named = clinical_words(body)
        if named:
            raise ValidationError(
                QT_TR_NOOP(
                    "A text message may not name a condition or a treatment ({words}): a text is read on a "
                    "lock screen. Say only the clinic, the date, the time and the place."
                ),
                words=", ".join(named),
            )
        if len(body) > SMS_LIMIT:
            raise ValidationError(
                QT_TR_NOOP("A text message can be at most {most} characters, not {length}."),
                most=SMS_LIMIT,
                length=len(body),
            )
        subject = ""
    else:
        if not subject:
            raise ValidationError(QT_TR_NOOP("An email needs a subject."))
        if len(subject) > SUBJECT_LIMIT:
            raise ValidationError(
                QT_TR_NOOP("The subject can be at most {most} characters."), most=SUBJECT_LIMIT
            )
        if len(body) > BODY_LIMIT:
            raise ValidationError(QT_TR_NOOP("The email can be at most {most} characters."), most=BODY_LIMIT)
    return replace(template, language=language, subject=subject, body=body)


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:
        raise ValidationError(QT_TR_NOOP("'{field}' is not a field of this message."), field=f"{{{key}}}")


def render(template: Template, values: Mapping[str, str]) -> tuple[str, str]:
    """(subject, body) with the fields filled in. A text that would name a condition or a
    treatment (a clinic named after one, say) is refused here too: it is never sent."""
    known = _Values(values)
    subject = template.subject.format_map(known) if template.channel is Channel.EMAIL else ""
    body = template.body.format_map(known)
    if template.channel is Channel.SMS:
        named = clinical_words(body)
        if named:
            raise ValidationError(
                QT_TR_NOOP(
                    "The text would name a condition or a treatment ({words}), so it was not sent: change "
                    "the clinic's name or address as texts show it, or the template."
                ),
                words=", ".join(named),
            )
    return subject, body


_WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
#: When the clinic has no reply number set, what a message says instead ("call {reply_phone}").
THE_CLINIC = {"en": "the clinic", "es": "la clínica", "fr": "la clinique"}


def language_of(code: str) -> str:
    """The messages' language for a patient's language code ('es-MX' -> 'es'; unknown: English)."""
    short = code.strip().lower().replace("_", "-").split("-")[0]
    return short if short in LANGUAGES else DEFAULT_LANGUAGE


def date_words(day: date, language: str) -> str:
    """'Tuesday 1 December 2026', 'martes 1 de diciembre de 2026', 'mardi 1 décembre 2026'."""
    sheet = aftercare_sheet(language)
    weekday = _WEEKDAYS.get(sheet.language, _WEEKDAYS[DEFAULT_LANGUAGE])[day.weekday()]
    return f"{weekday} {sheet.format_date(day)}"


def time_words(local: datetime, clock: Clock = Clock.H24) -> str:
    """The time of an appointment in a message, in the clinic's clock (resolved): '2:30 PM' or
    '14:30' (domain/date_formats.py)."""
    return format_time(local, clock)


# --- the clinic's starting templates ------------------------------------------------------------------
# Plain, short, and the same in every language. Texts end with how to stop them (carriers require
# it of automated messages); emails with a reply address for the same.

_STOP = {"en": "Reply STOP to stop texts.", "es": "Responda BAJA para no recibir más.",
         "fr": "Répondez ARRET pour ne plus recevoir de SMS."}  # fmt: skip
_EMAIL_STOP = {
    "en": "To stop these emails, reply with the word STOP.",
    "es": "Para no recibir más correos, responda con la palabra BAJA.",
    "fr": "Pour ne plus recevoir ces courriels, répondez par le mot ARRET.",
}

_SMS_TEXT: dict[str, dict[TemplateName, str]] = {
    "en": {
        TemplateName.CONFIRMATION: "{clinic}: your appointment is booked for {date} at {time}, {place}. "
        "To change it call {reply_phone}.",
        TemplateName.MOVED: "{clinic}: your appointment is now on {date} at {time}, {place}. "
        "Questions: {reply_phone}.",
        TemplateName.CANCELLED: "{clinic}: your appointment on {date} at {time} is cancelled. "
        "To book again call {reply_phone}.",
        TemplateName.REMINDER: "{clinic}: a reminder of your appointment on {date} at {time}, {place}. "
        "To change it call {reply_phone}.",
        TemplateName.RECALL: "{clinic}: it is time for your next appointment. We are holding {date} at "
        "{time} for you. Reply YES to take it, or call {reply_phone}.",
        TemplateName.NO_SHOW: "{clinic}: we missed you on {date} at {time}. "
        "Please call {reply_phone} to book again.",
    },
    "es": {
        TemplateName.CONFIRMATION: "{clinic}: su cita está reservada para el {date} a las {time}, {place}. "
        "Para cambiarla llame al {reply_phone}.",
        TemplateName.MOVED: "{clinic}: su cita es ahora el {date} a las {time}, {place}. "
        "Consultas: {reply_phone}.",
        TemplateName.CANCELLED: "{clinic}: su cita del {date} a las {time} está cancelada. "
        "Para reservar otra llame al {reply_phone}.",
        TemplateName.REMINDER: "{clinic}: le recordamos su cita del {date} a las {time}, {place}. "
        "Para cambiarla llame al {reply_phone}.",
        TemplateName.RECALL: "{clinic}: es hora de su próxima cita. Le reservamos el {date} a las {time}. "
        "Responda SI para aceptarla o llame al {reply_phone}.",
        TemplateName.NO_SHOW: "{clinic}: le esperábamos el {date} a las {time}. "
        "Llame al {reply_phone} para reservar otra cita.",
    },
    "fr": {
        TemplateName.CONFIRMATION: "{clinic} : votre rendez-vous est fixé au {date} à {time}, {place}. "
        "Pour le changer, appelez le {reply_phone}.",
        TemplateName.MOVED: "{clinic} : votre rendez-vous est déplacé au {date} à {time}, {place}. "
        "Questions : {reply_phone}.",
        TemplateName.CANCELLED: "{clinic} : votre rendez-vous du {date} à {time} est annulé. "
        "Pour en prendre un autre, appelez le {reply_phone}.",
        TemplateName.REMINDER: "{clinic} : rappel de votre rendez-vous du {date} à {time}, {place}. "
        "Pour le changer, appelez le {reply_phone}.",
        TemplateName.RECALL: "{clinic} : c'est le moment de votre prochain rendez-vous. Nous vous réservons "
        "le {date} à {time}. Répondez OUI pour l'accepter ou appelez le {reply_phone}.",
        TemplateName.NO_SHOW: "{clinic} : nous vous attendions le {date} à {time}. "
        "Appelez le {reply_phone} pour prendre un autre rendez-vous.",
    },
}

_SUBJECTS: dict[str, dict[TemplateName, str]] = {
    "en": {
        TemplateName.CONFIRMATION: "Your appointment on {date} at {time}",
        TemplateName.MOVED: "Your appointment has moved to {date} at {time}",
        TemplateName.CANCELLED: "Your appointment on {date} is cancelled",
        TemplateName.REMINDER: "Reminder: your appointment on {date} at {time}",
        TemplateName.RECALL: "Time for your next appointment at {clinic}",
        TemplateName.NO_SHOW: "We missed you on {date}",
    },
    "es": {
        TemplateName.CONFIRMATION: "Su cita del {date} a las {time}",
        TemplateName.MOVED: "Su cita ha cambiado al {date} a las {time}",
        TemplateName.CANCELLED: "Su cita del {date} está cancelada",
        TemplateName.REMINDER: "Recordatorio: su cita del {date} a las {time}",
        TemplateName.RECALL: "Es hora de su próxima cita en {clinic}",
        TemplateName.NO_SHOW: "Le esperábamos el {date}",
    },
    "fr": {
        TemplateName.CONFIRMATION: "Votre rendez-vous du {date} à {time}",
        TemplateName.MOVED: "Votre rendez-vous est déplacé au {date} à {time}",
        TemplateName.CANCELLED: "Votre rendez-vous du {date} est annulé",
        TemplateName.REMINDER: "Rappel : votre rendez-vous du {date} à {time}",
        TemplateName.RECALL: "C'est le moment de votre prochain rendez-vous à {clinic}",
        TemplateName.NO_SHOW: "Nous vous attendions le {date}",
    },
}

_GREETING = {"en": "Dear {patient},", "es": "Estimado/a {patient}:", "fr": "Bonjour {patient},"}
_WITH = {"en": "with {provider}", "es": "con {provider}", "fr": "avec {provider}"}
_CALENDAR = {
    "en": "The appointment is attached for your calendar.",
    "es": "Adjuntamos la cita para su calendario.",
    "fr": "Le rendez-vous est joint pour votre agenda.",
}


def _email_body(language: str, name: TemplateName) -> str:
    """An email: the greeting, the text's sentence (with the provider's name where it reads well),
    the calendar file's note, how to stop, and the clinic's name."""
    sentence = _SMS_TEXT[language][name].split(": ", 1)[-1].split(" : ", 1)[-1]
    sentence = sentence[0].upper() + sentence[1:]
    if name in (TemplateName.CONFIRMATION, TemplateName.MOVED, TemplateName.REMINDER):
        at = {"en": " at {time}", "es": " a las {time}", "fr": " à {time}"}[language]
        sentence = sentence.replace(at, f"{at} {_WITH[language]}", 1)
    lines = [_GREETING[language], "", sentence]
    if name in (TemplateName.CONFIRMATION, TemplateName.MOVED, TemplateName.REMINDER):
        lines += ["", _CALENDAR[language]]
    lines += ["", _EMAIL_STOP[language], "", "{clinic}"]
    return "\n".join(lines)


def default_template(name: TemplateName, channel: Channel, language: str) -> Template:
    language = language_of(language)
    if channel is Channel.SMS:
        return Template(name, channel, language, "", f"{_SMS_TEXT[language][name]} {_STOP[language]}")
    return Template(name, channel, language, _SUBJECTS[language][name], _email_body(language, name))


def default_templates() -> list[Template]:
    return [default_template(n, c, lang) for n in TemplateName for c in Channel for lang in LANGUAGES]
