"""The follow-up engine: when each patient is due again, the best concrete free slots for it (ranked,
each with its reasons), booking one through the calendar's conflict-safe booking, the background
refresh that keeps proposals for everyone due soon, and reception's recall list.

Who may: the recall list, proposals and the contact log need the recall permission (reception has
it; they read treatment dates internally, which is what the list is for, not the clinical record);
booking a proposal needs scheduling too; changing a patient's own interval is a clinical decision
(charting). The background refresh asks nothing: it runs on a timer whoever is signed in, or nobody
while the window is locked, and only keeps proposals (derived, shown through the checked recall
list). Contact notes, bookings and interval changes go into the audit trail."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from clinic_desktop.domain import followup, safety
from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.entities import AppointmentType, Provider
from clinic_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from clinic_desktop.domain.followup import DueWindow, Habits, Interval
from clinic_desktop.domain.messages import OutboxEntry, Slot
from clinic_desktop.domain.outcomes import HEADACHE_DAYS, migraine_status
from clinic_desktop.domain.setup import DEFAULT_RECALL_LEAD_DAYS
from clinic_desktop.domain.weights import format_kg
from clinic_desktop.services.appointments import BookingRequest, BookingResult
from clinic_desktop.services.jobs import CancelToken
from clinic_desktop.store.followups import LastTreatment, RecallCandidate

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

RECALL_HORIZON_DAYS = DEFAULT_RECALL_LEAD_DAYS  # unless the clinic sets its own (recall_lead_days)
# Overdue by more than this, a patient has lapsed: they need a new consultation rather than a recall
# call, so the recall list leaves them out unless asked (include_lapsed).
LAPSED_AFTER_DAYS = 180
SLOTS_USUAL = 12  # free slots read for the usual provider, an hour apart: a day or two of choice
SLOTS_OTHER = 4  # ... and for each other provider who treats the indication
SLOT_SPACING = 60
SEARCH_DAYS = 42  # proposals look six weeks on from the first allowed day; later is not a proposal
LEAD = timedelta(minutes=30)  # a proposal leaves the patient at least this long to get there
SAME_DAY_BAND = 25  # a second slot the same day with the same provider only when no other is this close
OTHER_PROVIDERS = 3
MARK_KINDS = followup.MARK_KINDS  # the recall notes, declared in domain/followup.py
# What the recall list shows as the last contact: reception's notes, and the outbox's invitations
# (services/messages.py writes "invited" when one is sent; nobody notes it by hand).
SHOWN_KINDS = {**MARK_KINDS, "invited": "Invited"}
HELD_REASON = "Held for the patient: their recall invitation offers it"


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


class FollowUpService:
    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    # --- when -------------------------------------------------------------------------------------

    def interval(self, patient_id: int, indication: Indication) -> Interval:
        self._s.require(Permission.RECALLS)
        plans = self._s.store.followups.plans(patient_id)
        return plans.get((patient_id, indication), followup.INTERVALS[indication])

    def set_interval(
        self, patient_id: int, indication: Indication, target_days: int, tolerance_days: int
    ) -> Interval:
        """A patient's own interval instead of the indication's: a clinician's decision."""
        self._s.require(Permission.CHART_WRITE)
        interval = Interval(target_days, tolerance_days)  # refuses anything under the floor
        store = self._s.store
        with store.write_transaction():
            store.patients.get(patient_id)
            old = store.followups.plans(patient_id).get((patient_id, indication))
            store.followups.set_plan(patient_id, indication, interval, "", self._s.now())
            self._s.record(
                "create" if old is None else "change",
                "followup_plan",
                f"{patient_id}:{indication.value}",
                None if old is None else _interval_values(indication, old),
                _interval_values(indication, interval),
                patient_id,
            )
        return interval

    def plan(self, patient_id: int, indication: Indication | None = None) -> Plan:
        """The next follow-up the patient needs: for the given indication, else the one due first."""
        self._s.require(Permission.RECALLS)
        return self._plan(patient_id, indication)

    def _plan(self, patient_id: int, indication: Indication | None = None) -> Plan:
        store = self._s.store
        with store.read_transaction():
            brief = store.followups.patient_brief(patient_id)
            if brief is None:
                raise NotFoundError(f"There is no patient with id {patient_id}.")
            name, preferred_times = brief
            treatments = store.followups.treatments(patient_id)
            plans = store.followups.plans(patient_id)
            types = store.types.list()
        if not treatments:
            raise ValidationError(f"{name} has no treatment yet: there is nothing to follow up.")
        latest: dict[Indication, LastTreatment] = {}
        for t in treatments:
            latest[t.indication] = t
        last_any = max(t.day for t in treatments)
        windows = {
            i: followup.due_window(i, t.day, plans.get((patient_id, i)), last_any)
            for i, t in latest.items()
            if indication is None or i is indication
        }
        if not windows:
            what = indication.label.lower() if indication is not None else "toxin"
            raise ValidationError(f"{name} has no {what} treatment yet.")
        chosen = min(windows, key=lambda i: windows[i].due_from)
        window = windows[chosen]
        kind = next((t for t in types if t.indication is chosen and t.is_treatment), None) or next(
            (t for t in types if t.indication is chosen), None
        )
        if kind is None:
            raise ValidationError(
                f"No appointment type books a {chosen.label.lower()} treatment; add one first."
            )
        clinic_time = self._s.time
        visits = [(t.provider_id, clinic_time.to_local(t.at)) for t in treatments if t.indication is chosen]
        habits = followup.habits_from(visits, preferred_times)
        history = [safety.PastDose(t.day, t.product, t.units) for t in treatments]
        return Plan(window, latest[chosen], kind, history, habits, self._recipient(patient_id))

    def _recipient(self, patient_id: int) -> safety.Recipient:
        """Age and, for a child, the weighings (an adult's are never asked: one read fewer)."""
        store = self._s.store
        with store.read_transaction():
            born = store.patients.get(patient_id).date_of_birth
            today = self._s.time.local_date(self._s.now())
            child = safety.Recipient(born).child_on(today)
            weights = tuple(store.clinical.weights(patient_id)) if child else ()
        return safety.Recipient(born, weights)

    # --- proposals --------------------------------------------------------------------------------

    def propose(
        self,
        patient_id: int,
        count: int = 3,
        indication: Indication | None = None,
        held: dict[int, list[tuple[datetime, datetime]]] | None = None,
    ) -> list[Proposal]:
        """The ``count`` best free slots for the patient's next follow-up, best first, each with its
        reasons. Never before the 84-day floor, never in the past, never breaking the 400 U window
        with the planned dose (the last one); ``held`` are slots per provider to treat as taken (the
        refresh uses it so two patients are not offered the same slot)."""
        self._s.require(Permission.RECALLS)
        return self._proposals(patient_id, count, indication, held)

    def _proposals(
        self,
        patient_id: int,
        count: int,
        indication: Indication | None = None,
        held: dict[int, list[tuple[datetime, datetime]]] | None = None,
    ) -> list[Proposal]:
        """Without ``held``, the slots pencilled in for other patients' recall invitations are
        held, and the patient's own invited slot comes first while it is still free."""
        with self._s.store.read_transaction():  # one snapshot; the small tables read once
            plan = self._plan(patient_id, indication)
            if held is not None:
                return self._propose(patient_id, plan, count, held)
            invitations = self._s.messages.open_invitations()
            others, mine = _holds(invitations, patient_id, plan.window.indication)
            proposals = self._propose(patient_id, plan, count, others)
            if mine is not None and not self._free(mine):
                mine = None  # booked for someone else at the calendar meanwhile
            providers = self._s.store.providers.list()
            return _invited_first(mine, proposals, count, providers, patient_id, plan.window.indication)

    def _free(self, slot: Slot) -> bool:
        calendar = self._s.store.calendar
        if calendar.clashes("provider", slot.provider_id, slot.start, slot.end):
            return False
        return slot.room_id is None or not calendar.clashes("room", slot.room_id, slot.start, slot.end)

    def _propose(
        self, patient_id: int, plan: Plan, count: int, held: dict[int, list[tuple[datetime, datetime]]]
    ) -> list[Proposal]:
        s = self._s
        today = s.time.local_date(s.now())
        window = plan.window
        start_day = max(window.due_from, today, window.floor)
        providers = [p for p in s.store.providers.list() if p.active and p.treats(plan.window.indication)]
        usual = next((p for p in providers if p.id == plan.last.provider_id), None)
        others = [p for p in providers if p is not usual][:OTHER_PROVIDERS]
        ordered: list[tuple[Provider, int]] = ([(usual, SLOTS_USUAL)] if usual else []) + [
            (p, SLOTS_OTHER) for p in others
        ]
        if not ordered:
            raise ValidationError(f"No active provider treats {window.indication.label.lower()}.")
        # The planned dose is the last one; the 3-month limit that holds it (an adult's 400 U of
        # onabotulinumtoxinA, a child's weight-based one: safety.window_limit_finding) decides the
        # first day it fits, and a child's session limits and weight add a note (dose_notes).
        recipient = plan.recipient
        child = recipient is not None and recipient.child_on(start_day)
        product = plan.last.product
        windowed = product is safety.DOSE_WINDOW_PRODUCT or (
            child and product in safety.PAEDIATRIC_WINDOW_LIMITS
        )
        planned_units = plan.last.units if windowed else None
        limit_words = "the child's limit for 3 months" if child else "400 U of onabotulinumtoxinA in 3 months"

        def too_much(day: date, at: datetime) -> bool:
            assert planned_units is not None
            planned = safety.Planned(day, at, window.indication, product, planned_units)
            return safety.window_limit_finding(planned, plan.history, recipient) is not None

        held_back = ""
        dose_fits_from: date | None = None  # from this day on, every slot passes the 3-month limit
        if planned_units is not None:  # start where the planned dose fits the 3-month limit
            day = start_day
            while day < start_day + timedelta(days=100) and too_much(day, s.now()):
                day += timedelta(days=1)
            if day < start_day + timedelta(days=100) and all(d.day <= day for d in plan.history):
                # Every past dose is on or before it, so a later day's window holds the same doses
                # or fewer: the rule cannot fail again later, and need not be asked per slot.
                dose_fits_from = day
            if day > start_day:
                held_back = (
                    f"Not before {day:%d %b %Y}: {planned_units.normalize():f} U sooner would pass "
                    f"{limit_words}"
                )
                start_day = day
        notes = dose_notes(plan, start_day)
        scored: list[Proposal] = []
        dose_skipped = 0
        names = {p.id: p for p, _ in ordered}
        free = s.appointments._free_slots_for(  # unchecked: the refresh runs signed out too
            [(p.id, n) for p, n in ordered],
            plan.type,
            start_day,
            SLOT_SPACING,
            SEARCH_DAYS,
            held,
            others_until_first=usual is not None,
        )
        for provider_id, slots in free.items():
            provider = names[provider_id]
            for slot in slots:
                if slot.start < s.now() + LEAD:
                    continue
                local = s.time.to_local(slot.start).replace(tzinfo=None)
                day = local.date()
                if day < window.floor:  # cannot happen (the search starts there); kept as the rule
                    continue
                unsure = planned_units is not None and (dose_fits_from is None or day < dose_fits_from)
                if unsure and too_much(day, slot.start):
                    dose_skipped += 1
                    continue
                verdict = followup.score(
                    followup.Candidate(local, provider.id, provider.name), window, plan.habits, today
                )
                scored.append(
                    Proposal(
                        patient_id, window.indication, slot.start, slot.end, provider.id, provider.name,
                        slot.room_id, plan.type.name, verdict.score, verdict.reasons,
                    )
                )  # fmt: skip
        scored.sort(key=lambda p: (-p.score, p.start))
        keys = [(s.time.local_date(p.start), p.provider_id) for p in scored]
        chosen: list[Proposal] = []
        days: set[tuple[date, int]] = set()
        for index, proposal in enumerate(scored):  # best first; spread over days unless that costs much
            if len(chosen) == count:
                break
            if keys[index] in days:
                later = next((j for j in range(index + 1, len(scored)) if keys[j] not in days), None)
                if later is not None and scored[later].score >= proposal.score - SAME_DAY_BAND:
                    continue
            days.add(keys[index])
            chosen.append(proposal)
        if held_back or dose_skipped:
            note = held_back or f"{dose_skipped} slot(s) left out: the planned dose would pass {limit_words}"
            notes = [note, *notes]
        if notes:
            chosen = [replace(p, reasons=(*p.reasons, *notes)) for p in chosen]
        return chosen

    def book(self, proposal: Proposal, by: str = "", override_reason: str = "") -> BookingResult:
        """Book a proposal through the calendar's conflict-safe booking. If another workstation took
        the slot meanwhile: ProposalTakenError, naming the clash, with fresh proposals. A proposal
        that has become too early (a treatment booked or charted since it was made) is refused like
        any booking, OverrideRequiredError, unless ``override_reason`` is given."""
        self._s.require(Permission.RECALLS)
        self._s.require(Permission.SCHEDULE)
        request = BookingRequest(
            proposal.patient_id,
            proposal.provider_id,
            proposal.type_name,
            proposal.start,
            room_id=proposal.room_id,
            notes="Follow-up: " + "; ".join(proposal.reasons[:2]),
            override_reason=override_reason,
        )
        try:
            result = self._s.appointments.book(request)
        except ConflictError as clash:
            fresh = self._proposals(proposal.patient_id, 3, proposal.indication)
            offer = f" Next proposal: {self.describe(fresh[0])}." if fresh else ""
            raise ProposalTakenError(f"That slot was just taken. {clash.message}{offer}", fresh) from clash
        store = self._s.store
        with store.write_transaction():
            self._add_mark(
                proposal.patient_id, proposal.indication, "booked", None, self.describe(proposal), by
            )
            store.followups.replace_proposals([proposal.patient_id], [])
        return result

    def book_choice(
        self, patient_id: int, choice: int = 1, by: str = "", override_reason: str = ""
    ) -> tuple[Proposal, BookingResult]:
        self._s.require(Permission.RECALLS)
        self._s.require(Permission.SCHEDULE)
        proposals = self._proposals(patient_id, max(choice, 3))
        if not proposals:
            raise NotFoundError("There is no free slot to propose in the next 90 days.")
        if not 1 <= choice <= len(proposals):
            raise ValidationError(f"There are {len(proposals)} proposals; choose 1 to {len(proposals)}.")
        proposal = proposals[choice - 1]
        return proposal, self.book(proposal, by, override_reason)

    def review_type(self) -> AppointmentType:
        """The clinic's review appointment type: the type called "Review" (any case), else the
        shortest one that is not a treatment and has "review" in its name."""
        types = self._s.store.types.list()
        exact = [t for t in types if t.name.casefold() == "review"]
        named = sorted(
            (t for t in types if not t.is_treatment and "review" in t.name.casefold()),
            key=lambda t: t.minutes,
        )
        if not exact + named:
            raise ValidationError(
                "The clinic has no review appointment type: add one called Review (not a treatment)."
            )
        return (exact + named)[0]

    def book_review(self, patient_id: int, indication: Indication, by: str = "") -> BookingResult:
        """Book a review instead of the treatment due (the recall list offers it for a patient who
        should not simply be rebooked): the clinic's review type (review_type), at the first free
        time from now with the provider who last treated the indication, else with the first other
        provider free; the contact log says so and the patient's kept proposals are dropped."""
        self._s.require(Permission.RECALLS)
        self._s.require(Permission.SCHEDULE)
        s = self._s
        store = s.store
        with store.read_transaction():
            kind = self.review_type()
            treatments = [t for t in store.followups.treatments(patient_id) if t.indication is indication]
            active = [p.id for p in store.providers.list() if p.active]
            name = store.patients.get(patient_id).display_name
        if not treatments:
            raise ValidationError(f"{name} has no {indication.label.lower()} treatment to review.")
        usual = treatments[-1].provider_id
        ordered = [usual] if usual in active else []
        ordered += [p for p in active if p != usual]
        today = s.time.local_date(s.now())
        free = s.appointments.free_slots_for([(p, 1) for p in ordered], kind, today)
        slot = next((free[p][0] for p in ordered if free[p]), None)
        if slot is None:
            raise NotFoundError(f"There is no free {kind.name.lower()} slot in the next 90 days.")
        request = BookingRequest(
            patient_id,
            slot.provider_id,
            kind.name,
            slot.start,
            room_id=slot.room_id,
            notes=f"Review with the provider before re-treatment for {indication.label.lower()} "
            "(from the recall list).",
        )
        result = s.appointments.book(request)
        local = s.time.to_local(slot.start)
        provider = next((p.name for p in store.providers.list() if p.id == slot.provider_id), "")
        with store.write_transaction():
            said = f"{kind.name} booked {local:%a %d %b %Y %H:%M} with {provider} instead of the treatment"
            self._add_mark(patient_id, indication, "booked", None, said, by)
            store.followups.replace_proposals([patient_id], [])
        return result

    def describe(self, proposal: Proposal) -> str:
        local = self._s.time.to_local(proposal.start)
        return f"{local:%a %d %b %Y %H:%M} with {proposal.provider_name}"

    # --- the recall list --------------------------------------------------------------------------

    def recalls(
        self,
        provider_id: int | None = None,
        indication: Indication | None = None,
        horizon_days: int | None = None,
        include_snoozed: bool = False,
        include_lapsed: bool = False,
    ) -> list[RecallRow]:
        """Who is due (within the horizon) or overdue and has no future booking, most overdue first."""
        self._s.require(Permission.RECALLS)
        return self._recalls(provider_id, indication, horizon_days, include_snoozed, include_lapsed)

    def _recalls(
        self,
        provider_id: int | None = None,
        indication: Indication | None = None,
        horizon_days: int | None = None,
        include_snoozed: bool = False,
        include_lapsed: bool = False,
    ) -> list[RecallRow]:
        s = self._s
        store = s.store
        today = s.time.local_date(s.now())
        if horizon_days is None:  # the clinic's follow-up lead time (a setting)
            horizon_days = store.settings.get().recall_lead_days
        horizon = today + timedelta(days=horizon_days)
        cutoff = horizon - timedelta(days=safety.MIN_INTERVAL_DAYS)  # no plan is shorter than the floor
        with store.read_transaction():
            plans = store.followups.plans()
            candidates = store.followups.recall_candidates(cutoff, s.now())
            marks = store.followups.marks()
            kept = {(k.patient_id, k.indication): k for k in store.followups.kept(rank=1)}
            names = {p.id: p.name for p in store.providers.list()}
        # Each row's parts; the rows are made once the cautions of all of them are read.
        found: list[tuple[RecallCandidate, DueWindow, Proposal | None, str]] = []
        for c in candidates:
            patient, code = c.patient_id, c.indication
            if indication is not None and code is not indication:
                continue
            if provider_id is not None and c.last_provider_id != provider_id:
                continue
            window = followup.due_window(code, c.last_day, plans.get((patient, code)), c.last_any_day)
            if window.due_from > horizon:
                continue
            if window.days_overdue(today) > LAPSED_AFTER_DAYS and not include_lapsed:
                continue
            history = marks.get((patient, code), [])
            history = [h for h in history if h.at.date() >= c.last_day]  # this cycle's only
            snoozed = next((h for h in reversed(history) if h.kind == "snoozed"), None)
            if (
                snoozed is not None
                and snoozed.until is not None
                and snoozed.until > today
                and not include_snoozed
            ):
                continue
            attempt = next((h for h in reversed(history) if h.kind in SHOWN_KINDS), None)
            said = ""
            if attempt is not None:
                local_day = s.time.local_date(attempt.at)
                said = f"{SHOWN_KINDS[attempt.kind]} on {local_day:%Y-%m-%d}" + (
                    f" ({attempt.by})" if attempt.by else ""
                )
                if attempt.kind == "snoozed" and attempt.until:
                    said += f" until {attempt.until:%Y-%m-%d}"
                if attempt.kind == "invited" and attempt.note:
                    said = f"Invited on {local_day:%Y-%m-%d}: {attempt.note}"
            k = kept.get((patient, code))
            proposed = None
            if k is not None and k.start >= s.now():
                proposed = Proposal(
                    patient, code, k.start, k.end, k.provider_id, names.get(k.provider_id, ""), k.room_id,
                    k.type_name, k.score, k.reasons,
                )  # fmt: skip
            found.append((c, window, proposed, said))
        cautions = self._cautions([(c.patient_id, c.indication) for c, *_ in found], today)
        rows = [
            RecallRow(
                c.patient_id, c.name, c.phone, c.preferred_contact, c.indication, c.last_day,
                c.last_provider_id, window.due_from, window.due_by, window.days_overdue(today),
                window.status(today), proposed, said, cautions.get((c.patient_id, c.indication), ""),
            )
            for c, window, proposed, said in found
        ]  # fmt: skip
        rows.sort(key=lambda r: (-r.days_overdue, r.due_from, r.patient_name))
        return rows

    def _cautions(self, rows: list[tuple[int, Indication]], today: date) -> dict[tuple[int, Indication], str]:
        """Why each (patient, indication) of the list should not simply be rebooked, when it should
        not (recall_caution), read for the whole list in two statements (per 500 patients): the
        lapsed consents, and for chronic migraine only what NICE's stopping rule reads of the
        headache diary and the treatment days (stopping_rule_reads), never whole histories."""
        if not rows:
            return {}
        store = self._s.store
        patients = sorted({p for p, _ in rows})
        migraine = sorted({p for p, code in rows if code is Indication.CHRONIC_MIGRAINE})
        with store.read_transaction():
            lapsed = store.clinical.expired_consent_patients(patients, today)
            reads = store.treatments.stopping_rule_reads(migraine, Indication.CHRONIC_MIGRAINE, HEADACHE_DAYS)
        stops = {p: migraine_status(scores, days).stop_flag for p, (days, scores) in reads.items()}
        clinical = self._s.patients.view().clinical
        found: dict[tuple[int, Indication], str] = {}
        for patient, code in rows:
            stop = stops.get(patient) if code is Indication.CHRONIC_MIGRAINE else None
            if stop or patient in lapsed:
                found[(patient, code)] = recall_caution(patient in lapsed, stop, clinical)
        return found

    def invitation_candidates(self) -> list[RecallRow]:
        """The recall list as the outbox invites from it (not snoozed, not lapsed); internal: the
        outbox's send asked for its own permission."""
        return self._recalls()

    def mark(
        self,
        patient_id: int,
        indication: Indication,
        kind: str,
        note: str = "",
        by: str = "",
        until: date | None = None,
    ) -> None:
        """Log a contact attempt (called, left_message, declined) or a snooze (until a date). Who
        logged it is the person signed in (``by`` only when the software itself acts)."""
        self._s.require(Permission.RECALLS)
        if kind not in MARK_KINDS:
            raise ValidationError(f"'{kind}' is not a recall note: use {', '.join(MARK_KINDS)}.")
        today = self._s.time.local_date(self._s.now())
        if kind == "snoozed" and (until is None or until <= today):
            raise ValidationError("Snooze until a date after today.")
        store = self._s.store
        with store.write_transaction():
            store.patients.get(patient_id)
            self._add_mark(patient_id, indication, kind, until, note.strip(), by)

    def _add_mark(
        self, patient_id: int, indication: Indication, kind: str, until: date | None, note: str, by: str
    ) -> None:
        """One contact-log entry and its audit entry (inside the caller's write transaction)."""
        session = self._s.session
        who = session.name if session is not None and session.role is not None else by.strip()
        mark_id = self._s.store.followups.add_mark(
            patient_id, indication, kind, until, note, who, self._s.now()
        )
        after = {
            "indication": indication.value,
            "kind": kind,
            "until": until.isoformat() if until else None,
            "note": note,
            "by": who,
        }
        self._s.record("create", "contact_log", mark_id, None, after, patient_id)

    def recall_json(self, row: RecallRow) -> dict[str, Any]:
        """A recall row as the command line and the CSV export give it (docs/cli.md field names)."""
        proposed = row.proposed
        return {
            "patient_id": row.patient_id,
            "patient_name": row.patient_name,
            "phone": row.phone,
            "preferred_contact": row.preferred_contact,
            "indication": row.indication.value,
            "last_treatment": row.last_treatment.isoformat(),
            "due_from": row.due_from.isoformat(),
            "due_by": row.due_by.isoformat(),
            "days_overdue": row.days_overdue,
            "status": row.status,
            "proposed": self.proposal_json(proposed) if proposed is not None else None,
            "last_attempt": row.last_attempt,
            "caution": row.caution or None,
        }

    def proposal_json(self, p: Proposal) -> dict[str, Any]:
        clinic_time = self._s.time
        return {
            "start": clinic_time.iso(p.start),
            "end": clinic_time.iso(p.end),
            "provider_id": p.provider_id,
            "provider_name": p.provider_name,
            "room_id": p.room_id,
            "type": p.type_name,
            "score": p.score,
            "reasons": list(p.reasons),
        }

    def export_csv(self, rows: list[RecallRow], path: str) -> int:
        """The recall list as CSV for a spreadsheet (UTF-8, the JSON field names as headers; the
        proposal as its start and provider). Written to a temporary file, then moved into place."""
        self._s.require(Permission.RECALLS)
        from clinic_desktop.services.csv_exports import write_csv

        columns = [
            "patient_id", "patient_name", "phone", "preferred_contact", "indication", "last_treatment",
            "due_from", "due_by", "days_overdue", "status", "proposed_start", "proposed_provider",
            "last_attempt", "caution",
        ]  # fmt: skip

        def flat(row: RecallRow) -> dict[str, Any]:
            values = self.recall_json(row)
            proposed = values.pop("proposed")
            values["proposed_start"] = proposed["start"] if proposed else ""
            values["proposed_provider"] = proposed["provider_name"] if proposed else ""
            return values

        return write_csv(path, columns, (flat(row) for row in rows))

    # --- the background refresh -------------------------------------------------------------------

    def refresh(
        self,
        horizon_days: int | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancel: CancelToken | None = None,
    ) -> int | None:
        """Keep proposals for everyone due within the horizon with no booking: most overdue first,
        each slot offered to one patient only, a slot pencilled in by a recall invitation offered
        to the invited patient alone. Returns how many patients got proposals; None when
        ``cancel`` stopped it (between two patients, before anything was written).

        Asks no permission (see the module's docstring): maintenance on a timer, which must not
        fail while the window is locked or a receptionist is signed in."""
        rows = self._recalls(horizon_days=horizon_days, include_snoozed=True)
        invitations = self._s.messages.open_invitations()
        held: dict[int, list[tuple[datetime, datetime]]] = _holds(invitations, None, None)[0]
        providers = self._s.store.providers.list()
        kept: list[dict[str, Any]] = []
        now = self._s.now()
        done = 0
        for number, row in enumerate(rows, 1):
            if cancel is not None and cancel.cancelled:
                return None  # nothing written: the proposals kept so far stay as they were
            mine = _holds(invitations, row.patient_id, row.indication)[1]
            if mine is not None and not self._free(mine):
                mine = None
            if mine is not None:  # let go of the patient's own pencilled slot while searching
                held = _without(held, mine)
            try:
                proposals = self._proposals(row.patient_id, 3, row.indication, held)
            except (ValidationError, NotFoundError):
                proposals = []
            if mine is not None:
                proposals = _invited_first(mine, proposals, 3, providers, row.patient_id, row.indication)
            for rank, p in enumerate(proposals, 1):
                if rank == 1:
                    held.setdefault(p.provider_id, []).append((p.start, p.end))
                kept.append(
                    {
                        "patient": p.patient_id, "indication": p.indication.value, "rank": rank,
                        "start_at": p.start, "end_at": p.end, "provider": p.provider_id, "room": p.room_id,
                        "type_name": p.type_name, "score": p.score, "reasons": json.dumps(list(p.reasons)),
                        "computed_at": now,
                    }
                )  # fmt: skip
            done += 1 if proposals else 0
            if progress is not None and (number % 50 == 0 or number == len(rows)):
                progress(number, len(rows))
        store = self._s.store
        with store.write_transaction():
            store.followups.clear_proposals()
            store.followups.replace_proposals([], kept)
        return done


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


def _interval_values(indication: Indication, interval: Interval) -> dict[str, Any]:
    return {
        "indication": indication.value,
        "target_days": interval.target_days,
        "tolerance_days": interval.tolerance_days,
    }


def dose_notes(plan: Plan, day: date) -> list[str]:
    """What a child's follow-up must say about the planned dose (the last one) on ``day``: over a
    session limit at the weight on record (it is lowered at the visit, not a reason to book
    later), and a weighing needed at the visit when the last will be over 90 days old by then."""
    recipient = plan.recipient
    if recipient is None or not recipient.child_on(day):
        return []
    found = []
    planned = safety.Planned(day, datetime.combine(day, datetime.min.time()), plan.window.indication,
                             plan.last.product, plan.last.units)  # fmt: skip
    for finding in safety.session_limit_findings(planned, plan.history, recipient):
        if finding.rule is safety.Rule.PAEDIATRIC_DOSE:
            found.append(f"Planned dose as last time, lower it at the visit: {finding.message}")
    if recipient.recent_weight(day) is None:
        last = recipient.weight_on(day)
        when = f"the last ({format_kg(last.kg)}) was on {last.on:%d %b %Y}" if last else "none is on record"
        found.append(f"Weigh at the visit: a child's dose needs a weight from the last 90 days; {when}")
    return found


def _holds(
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


def _without(
    held: dict[int, list[tuple[datetime, datetime]]], slot: Slot
) -> dict[int, list[tuple[datetime, datetime]]]:
    found = {p: list(spans) for p, spans in held.items()}
    spans = found.get(slot.provider_id, [])
    if (slot.start, slot.end) in spans:
        spans.remove((slot.start, slot.end))
    return found


def _invited_first(
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
        100, (HELD_REASON,),
    )  # fmt: skip
    rest = [p for p in proposals if (p.start, p.provider_id) != (mine.start, mine.provider_id)]
    return [held, *rest][:count]
