"""Reception's recall list: its rows (RecallRow), the contact notes it shows (MARK_KINDS), who has lapsed,
and why a patient should not simply be rebooked (recall_caution). The list is read by
recall/unchecked.py; FollowUpService asks permission."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from clinic_desktop.domain import followup
from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import Indication
from clinic_desktop.services.recall.proposals import Proposal
from clinic_desktop.store.followups import RecallMark

# Overdue by more than this, a patient has lapsed: they need a new consultation rather than a recall
# call, so the recall list leaves them out unless asked (include_lapsed).
LAPSED_AFTER_DAYS = 180
MARK_KINDS = followup.MARK_KINDS  # the recall notes, declared in domain/followup.py
# What the recall list shows as the last contact: reception's notes, and the outbox's invitations
# (services/messages.py writes "invited" when one is sent; nobody notes it by hand).
SHOWN_KINDS = {**MARK_KINDS, "invited": "Invited"}


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


CONSENT_LAPSED = "Consent expired: renew it before booking treatment"
REVIEW_WITH_PROVIDER = "Review with provider before rebooking"


def recall_caution(consent_lapsed: bool, stop_flag: str | None, clinical: bool) -> str:
    """Why a patient on the recall list should not simply be rebooked, in words for the reader: a
    lapsed consent (the front desk renews consents, so it is said to everyone); NICE TA260's
    stopping advice (domain/outcomes.py), said as "review with provider" with its reason to a role
    that reads the clinical record (PatientView) and without it to the front desk. "" when none."""
    found = []
    if consent_lapsed:
        found.append(CONSENT_LAPSED)
    if stop_flag:
        found.append(f"Review with provider: {stop_flag}" if clinical else REVIEW_WITH_PROVIDER)
    return " · ".join(found)


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
    local_day = clinic_time.local_date(attempt.at)
    said = f"{SHOWN_KINDS[attempt.kind]} on {local_day:%Y-%m-%d}" + (f" ({attempt.by})" if attempt.by else "")
    if attempt.kind == "snoozed" and attempt.until:
        said += f" until {attempt.until:%Y-%m-%d}"
    if attempt.kind == "invited" and attempt.note:
        said = f"Invited on {local_day:%Y-%m-%d}: {attempt.note}"
    return said
