"""The follow-up engine's proposals: what they are (Proposal, Plan), how they are tuned, the 3-month
dose limit that decides the first day the planned dose fits (DoseLimit), how the best are spread over
days (spread), what a child's follow-up must say about the dose (dose_notes), and the slots held for
invited patients (holds). The engine itself is recall/unchecked.py; FollowUpService asks permission."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from clinic_desktop.domain import safety
from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.entities import AppointmentType, Provider
from clinic_desktop.domain.errors import ConflictError
from clinic_desktop.domain.followup import DueWindow, Habits
from clinic_desktop.domain.outbox import OutboxEntry, Slot
from clinic_desktop.domain.weights import format_kg
from clinic_desktop.domain.words import QT_TR_NOOP, Text
from clinic_desktop.store.followups import LastTreatment

SLOTS_USUAL = 12  # free slots read for the usual provider, an hour apart: a day or two of choice
SLOTS_OTHER = 4  # ... and for each other provider who treats the indication
SLOT_SPACING = 60
SEARCH_DAYS = 42  # proposals look six weeks on from the first allowed day; later is not a proposal
LEAD = timedelta(minutes=30)  # a proposal leaves the patient at least this long to get there
SAME_DAY_BAND = 25  # a second slot the same day with the same provider only when no other is this close
OTHER_PROVIDERS = 3
HELD_REASON = QT_TR_NOOP("Held for the patient: their recall invitation offers it")
# How far past the first allowed day the planned dose's first fitting day is looked for.
DOSE_SEARCH_DAYS = 100


@dataclass(frozen=True)
class Proposal:
    patient_id: int
    indication: Indication
    start: datetime  # UTC
    end: datetime
    provider_id: int
    provider_name: str
    room_id: int | None
    type_name: str
    score: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Plan:
    """What a patient is due for next and what the proposals must respect."""

    window: DueWindow
    last: LastTreatment
    type: AppointmentType
    history: list[safety.PastDose]
    habits: Habits
    # Who is injected (age, weights): a child's planned dose is held to the weight-based limits.
    recipient: safety.Recipient | None = None


class ProposalTakenError(ConflictError):
    """The proposed slot went to someone else; ``proposals`` holds fresh ones."""

    def __init__(self, message: str, proposals: list[Proposal]) -> None:
        super().__init__(message)
        self.proposals = proposals


@dataclass(frozen=True)
class DoseLimit:
    """The 3-month limit that holds the planned dose (the last one): an adult's 400 U of
    onabotulinumtoxinA, a child's weight-based one (safety.window_limit_finding). ``units`` is None
    when no such limit holds the product."""

    plan: Plan
    units: Decimal | None
    words: Text  # the limit, as the proposals' notes name it

    @classmethod
    def of(cls, plan: Plan, start_day: date) -> DoseLimit:
        recipient = plan.recipient
        child = recipient is not None and recipient.child_on(start_day)
        product = plan.last.product
        windowed = product is safety.DOSE_WINDOW_PRODUCT or (
            child and product in safety.PAEDIATRIC_WINDOW_LIMITS
        )
        words = (
            Text(QT_TR_NOOP("the child's limit for 3 months"))
            if child
            else Text(QT_TR_NOOP("400 U of onabotulinumtoxinA in 3 months"))
        )
        return cls(plan, plan.last.units if windowed else None, words)

    def too_much(self, day: date, at: datetime) -> bool:
        """Whether the planned dose on ``day`` (at ``at``) would pass the limit."""
        assert self.units is not None
        plan = self.plan
        planned = safety.Planned(day, at, plan.window.indication, plan.last.product, self.units)
        return safety.window_limit_finding(planned, plan.history, plan.recipient) is not None

    def first_day(self, start_day: date, now: datetime) -> tuple[date, Text, date | None]:
        """Where the proposals start so the planned dose fits the limit: that day, why it is later
        than ``start_day`` in words (else ""), and the day from which every slot passes the limit
        (None when each slot must still be asked)."""
        if self.units is None:
            return start_day, Text(""), None
        day = start_day
        while day < start_day + timedelta(days=DOSE_SEARCH_DAYS) and self.too_much(day, now):
            day += timedelta(days=1)
        fits_from = None
        if day < start_day + timedelta(days=DOSE_SEARCH_DAYS) and all(
            d.day <= day for d in self.plan.history
        ):
            # Every past dose is on or before it, so a later day's window holds the same doses or
            # fewer: the rule cannot fail again later, and need not be asked per slot.
            fits_from = day
        if day == start_day:
            return day, Text(""), fits_from
        held_back = Text(
            QT_TR_NOOP("Not before {day}: {units} U sooner would pass {limit}"),
            day=f"{day:%d %b %Y}",
            units=f"{self.units.normalize():f}",
            limit=self.words,
        )
        return day, held_back, fits_from

    def rules_out(self, day: date, at: datetime, fits_from: date | None) -> bool:
        """Whether a slot on ``day`` at ``at`` would pass the limit (asked only before ``fits_from``)."""
        unsure = self.units is not None and (fits_from is None or day < fits_from)
        return unsure and self.too_much(day, at)


def spread(scored: list[Proposal], keys: list[tuple[date, int]], count: int) -> list[Proposal]:
    """The ``count`` best of ``scored`` (best first; ``keys`` their local day and provider), spread
    over days: a second slot the same day with the same provider only when the next one elsewhere
    scores more than SAME_DAY_BAND less."""
    chosen: list[Proposal] = []
    days: set[tuple[date, int]] = set()
    for index, proposal in enumerate(scored):
        if len(chosen) == count:
            break
        if keys[index] in days:
            later = next((j for j in range(index + 1, len(scored)) if keys[j] not in days), None)
            if later is not None and scored[later].score >= proposal.score - SAME_DAY_BAND:
                continue
        days.add(keys[index])
        chosen.append(proposal)
    return chosen


def dose_notes(plan: Plan, day: date) -> list[str]:
    """What a child's follow-up must say about the planned dose (the last one) on ``day``: over a
    session limit at the weight on record (it is lowered at the visit, not a reason to book
    later), and a weighing needed at the visit when the last will be over 90 days old by then."""
    recipient = plan.recipient
    if recipient is None or not recipient.child_on(day):
        return []
    found: list[str] = []
    planned = safety.Planned(day, datetime.combine(day, datetime.min.time()), plan.window.indication,
                             plan.last.product, plan.last.units)  # fmt: skip
    for finding in safety.session_limit_findings(planned, plan.history, recipient):
        if finding.rule is safety.Rule.PAEDIATRIC_DOSE:
            found.append(
                Text(
                    QT_TR_NOOP("Planned dose as last time, lower it at the visit: {finding}"),
                    finding=finding.message,
                )
            )
    if recipient.recent_weight(day) is None:
        last = recipient.weight_on(day)
        found.append(
            Text(
                QT_TR_NOOP(
                    "Weigh at the visit: a child's dose needs a weight from the last 90 days; "
                    "the last ({weight}) was on {day}"
                ),
                weight=format_kg(last.kg),
                day=f"{last.on:%d %b %Y}",
            )
            if last
            else Text(
                QT_TR_NOOP(
                    "Weigh at the visit: a child's dose needs a weight from the last 90 days; none "
                    "is on record"
                )
            )
        )
    return found


def holds(
    invitations: list[OutboxEntry], patient_id: int | None, indication: Indication | None
) -> tuple[dict[int, list[tuple[datetime, datetime]]], Slot | None]:
    """The slots pencilled in for invited patients, per provider, leaving out ``patient_id``'s own
    (for ``indication``); and that own slot, if any."""
    held: dict[int, list[tuple[datetime, datetime]]] = {}
    mine: Slot | None = None
    for invitation in invitations:
        slot = invitation.slot
        if slot is None:
            continue
        if invitation.patient_id == patient_id and (
            indication is None or invitation.indication is indication
        ):
            mine = slot
            continue
        held.setdefault(slot.provider_id, []).append((slot.start, slot.end))
    return held, mine


def without(
    held: dict[int, list[tuple[datetime, datetime]]], slot: Slot
) -> dict[int, list[tuple[datetime, datetime]]]:
    found = {p: list(spans) for p, spans in held.items()}
    spans = found.get(slot.provider_id, [])
    if (slot.start, slot.end) in spans:
        spans.remove((slot.start, slot.end))
    return found


def invited_first(
    mine: Slot | None,
    proposals: list[Proposal],
    count: int,
    providers: list[Provider],
    patient_id: int,
    indication: Indication,
) -> list[Proposal]:
    """The patient's own invited slot first (it is theirs until they answer or the hold ends),
    then the engine's proposals without it."""
    if mine is None:
        return proposals
    name = next((p.name for p in providers if p.id == mine.provider_id), "")
    held = Proposal(
        patient_id, indication, mine.start, mine.end, mine.provider_id, name, mine.room_id, mine.type_name,
        100, (Text(HELD_REASON),),
    )  # fmt: skip
    rest = [p for p in proposals if (p.start, p.provider_id) != (mine.start, mine.provider_id)]
    return [held, *rest][:count]
