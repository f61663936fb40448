"""Reception's recall list: its rows (RecallRow), the contact notes it shows (MARK_KINDS), who has lapsed,
and why a patient should not simply be rebooked (recall_caution). The list is read by
recall/unchecked.py; FollowUpService asks permission."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from clinic_desktop.domain import followup
from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.words import QT_TR_NOOP, Text
from clinic_desktop.services.phrases import Joined
from clinic_desktop.services.recall.proposals import Proposal
from clinic_desktop.store.followups import RecallMark

# Overdue by more than this, a patient has lapsed: they need a new consultation rather than a recall
# call, so the recall list leaves them out unless asked (include_lapsed).
LAPSED_AFTER_DAYS = 180
MARK_KINDS = followup.MARK_KINDS  # the recall notes, declared in domain/followup.py
# What the recall list shows as the last contact: reception's notes, and the outbox's invitations
# (services/messages.py writes "invited" when one is sent; nobody notes it by hand).
SHOWN_KINDS = {**MARK_KINDS, "invited": QT_TR_NOOP("Invited")}


@dataclass(frozen=True)
class RecallRow:
    patient_id: int
    patient_name: str
    phone: str
    preferred_contact: str
    indication: Indication
    last_treatment: date
    last_provider_id: int
    due_from: date
    due_by: date
    days_overdue: int
    status: str  # due / overdue / upcoming
    proposed: Proposal | None
    last_attempt: str  # "Left a message on 2026-11-20 (reception)" or ""
    # Why the patient should not simply be rebooked, in words for the reader (recall_caution),
    # else "": a lapsed consent; a NICE stopping flag ("review with provider").
    caution: str = ""


CONSENT_LAPSED = QT_TR_NOOP("Consent expired: renew it before booking treatment")
REVIEW_WITH_PROVIDER = QT_TR_NOOP("Review with provider before rebooking")


def recall_caution(consent_lapsed: bool, stop_flag: str | None, clinical: bool) -> str:
    """Why a patient on the recall list should not simply be rebooked, in words for the reader: a
    lapsed consent (the front desk renews consents, so it is said to everyone); NICE TA260's
    stopping advice (domain/outcomes.py), said as "review with provider" with its reason to a role
    that reads the clinical record (PatientView) and without it to the front desk. "" when none."""
    found: list[Text] = []
    if consent_lapsed:
        found.append(Text(CONSENT_LAPSED))
    if stop_flag:
        found.append(
            Text(QT_TR_NOOP("Review with provider: {reason}"), reason=stop_flag)
            if clinical
            else Text(REVIEW_WITH_PROVIDER)
        )
    return Joined(found, " · ")


def snoozed(history: list[RecallMark], today: date) -> bool:
    """Whether this cycle's notes end in a snooze that lasts past today."""
    snooze = next((h for h in reversed(history) if h.kind == "snoozed"), None)
    return snooze is not None and snooze.until is not None and snooze.until > today


def last_attempt(history: list[RecallMark], clinic_time: ClinicTime) -> str:
    """The last contact the list shows, in words: "Left a message on 2026-11-20 (reception)"; ""
    when there is none."""
    attempt = next((h for h in reversed(history) if h.kind in SHOWN_KINDS), None)
    if attempt is None:
        return ""
    day = f"{clinic_time.local_date(attempt.at):%Y-%m-%d}"
    if attempt.kind == "invited" and attempt.note:
        return Text(QT_TR_NOOP("Invited on {day}: {note}"), day=day, note=attempt.note)
    kind = Text(SHOWN_KINDS[attempt.kind])
    until = f"{attempt.until:%Y-%m-%d}" if attempt.kind == "snoozed" and attempt.until else ""
    if attempt.by and until:
        return Text(
            QT_TR_NOOP("{kind} on {day} ({by}) until {until}"), kind=kind, day=day, by=attempt.by, until=until
        )
    if attempt.by:
        return Text(QT_TR_NOOP("{kind} on {day} ({by})"), kind=kind, day=day, by=attempt.by)
    if until:
        return Text(QT_TR_NOOP("{kind} on {day} until {until}"), kind=kind, day=day, until=until)
    return Text(QT_TR_NOOP("{kind} on {day}"), kind=kind, day=day)
