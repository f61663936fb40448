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
from clinic_desktop.domain.setup import DEFAULT_RECALL_LEAD_DAYS
from clinic_desktop.services.appointments import BookingRequest, BookingResult
from clinic_desktop.store.followups import LastTreatment

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
        return Plan(window, latest[chosen], kind, history, habits)

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
        with self._s.store.read_transaction():  # one snapshot; the small tables read once
            plan = self._plan(patient_id, indication)
            return self._propose(patient_id, plan, count, held or {})

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
        planned_units = plan.last.units if plan.last.product is safety.DOSE_WINDOW_PRODUCT else None
        held_back = ""
        dose_fits_from: date | None = None  # from this day on, every slot passes the 400 U rule
        if planned_units is not None:  # start where the planned dose fits the 400 U window
            day = start_day
            while day < start_day + timedelta(days=100) and safety.dose_window_finding(
                safety.Planned(day, s.now(), window.indication, plan.last.product, planned_units),
                plan.history,
            ):
                day += timedelta(days=1)
            if day < start_day + timedelta(days=100) and all(d.day <= day for d in plan.history):
                # Every past dose is on or before it, so a later day's window holds the same doses
                # or fewer: the rule cannot fail again later, and need not be asked per slot.
                dose_fits_from = day
            if day > start_day:
                held_back = (
                    f"Not before {day:%d %b %Y}: {planned_units.normalize():f} U sooner would pass 400 U of "
                    "onabotulinumtoxinA in 3 months"
                )
                start_day = day
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
                if planned_units is not None and (dose_fits_from is None or day < dose_fits_from):
                    planned = safety.Planned(
                        day, slot.start, window.indication, plan.last.product, planned_units
                    )
                    if safety.dose_window_finding(planned, plan.history) is not None:
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
            note = (
                held_back or f"{dose_skipped} slot(s) left out: the planned dose would pass 400 U in 3 months"
            )
            chosen = [replace(p, reasons=(*p.reasons, note)) for p in chosen]
        return chosen

    def book(self, proposal: Proposal, by: str = "") -> BookingResult:
        """Book a proposal through the calendar's conflict-safe booking. If another workstation took
        the slot meanwhile: ProposalTakenError, naming the clash, with fresh proposals."""
        self._s.require(Permission.RECALLS)
        self._s.require(Permission.SCHEDULE)
        request = BookingRequest(
            proposal.patient_id,
            proposal.provider_id,
            proposal.type_name,
            proposal.start,
            room_id=proposal.room_id,
            notes="Follow-up: " + "; ".join(proposal.reasons[:2]),
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

    def book_choice(self, patient_id: int, choice: int = 1, by: str = "") -> tuple[Proposal, BookingResult]:
        self._s.require(Permission.RECALLS)
        self._s.require(Permission.SCHEDULE)
        proposals = self._proposals(patient_id, max(choice, 3))
        if not proposals:
            raise NotFoundError("There is no free slot to propose in the next 90 days.")
        if not 1 <= choice <= len(proposals):
            raise ValidationError(f"There are {len(proposals)} proposals; choose 1 to {len(proposals)}.")
        proposal = proposals[choice - 1]
        return proposal, self.book(proposal, by)

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
        rows: list[RecallRow] = []
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
            attempt = next((h for h in reversed(history) if h.kind in MARK_KINDS), None)
            said = ""
            if attempt is not None:
                local_day = s.time.local_date(attempt.at)
                said = f"{MARK_KINDS[attempt.kind]} on {local_day:%Y-%m-%d}" + (
                    f" ({attempt.by})" if attempt.by else ""
                )
                if attempt.kind == "snoozed" and attempt.until:
                    said += f" until {attempt.until:%Y-%m-%d}"
            k = kept.get((patient, code))
            proposed = None
            if k is not None and k.start >= s.now():
                proposed = Proposal(
                    patient, code, k.start, k.end, k.provider_id, names.get(k.provider_id, ""), k.room_id,
                    k.type_name, k.score, k.reasons,
                )  # fmt: skip
            rows.append(
                RecallRow(
                    patient, c.name, c.phone, c.preferred_contact, code, c.last_day, c.last_provider_id,
                    window.due_from, window.due_by, window.days_overdue(today), window.status(today),
                    proposed, said,
                )
            )  # fmt: skip
        rows.sort(key=lambda r: (-r.days_overdue, r.due_from, r.patient_name))
        return rows

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
            "last_attempt",
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
        self, horizon_days: int | None = None, progress: Callable[[int, int], None] | None = None
    ) -> int:
        """Keep proposals for everyone due within the horizon with no booking: most overdue first,
        each slot offered to one patient only. Returns how many patients got proposals.

        Asks no permission (see the module's docstring): maintenance on a timer, which must not
        fail while the window is locked or a receptionist is signed in."""
        rows = self._recalls(horizon_days=horizon_days, include_snoozed=True)
        held: dict[int, list[tuple[datetime, datetime]]] = {}
        kept: list[dict[str, Any]] = []
        now = self._s.now()
        done = 0
        for number, row in enumerate(rows, 1):
            try:
                proposals = self._proposals(row.patient_id, 3, row.indication, held)
            except (ValidationError, NotFoundError):
                proposals = []
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


def _interval_values(indication: Indication, interval: Interval) -> dict[str, Any]:
    return {
        "indication": indication.value,
        "target_days": interval.target_days,
        "tolerance_days": interval.tolerance_days,
    }
