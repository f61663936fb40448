"""The follow-up engine's internal interface: the plan, the proposals, the recall list and the contact
log's entries, without asking who is signed in.

Callers have checked permission: FollowUpService's use cases ask (recalls, proposals and the contact
log need the recall permission, booking needs scheduling too), the outbox's send asks for its own,
and the background refresh needs none: it runs on a timer whoever is signed in, or nobody while the
window is locked, and only keeps proposals (derived, shown through the checked recall list). Its
slot search is the calendar's internal one (calendar/unchecked.py's free_slots_for), made here
without the calendar's use cases (a proposal does not load the booking, the waiting list or the
status flow)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from clinic_desktop.domain import followup, safety
from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.entities import Provider
from clinic_desktop.domain.errors import NotFoundError, ValidationError
from clinic_desktop.domain.followup import DueWindow
from clinic_desktop.domain.outbox import Slot
from clinic_desktop.domain.outcomes import HEADACHE_DAYS, migraine_status
from clinic_desktop.domain.words import QT_TR_NOOP, Text
from clinic_desktop.services.calendar.slots import Slot as FreeSlot
from clinic_desktop.services.calendar.unchecked import UncheckedCalendar
from clinic_desktop.services.phrases import label_words
from clinic_desktop.services.recall.proposals import (
    LEAD,
    OTHER_PROVIDERS,
    SEARCH_DAYS,
    SLOT_SPACING,
    SLOTS_OTHER,
    SLOTS_USUAL,
    DoseLimit,
    Plan,
    Proposal,
    dose_notes,
    holds,
    invited_first,
    spread,
)
from clinic_desktop.services.recall.recall_list import (
    LAPSED_AFTER_DAYS,
    RecallRow,
    last_attempt,
    recall_caution,
    snoozed,
)
from clinic_desktop.store.followups import LastTreatment, RecallCandidate

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

Held = dict[int, list[tuple[datetime, datetime]]]


class UncheckedFollowUps:
    """The follow-up engine without a permission check: callers have checked permission."""

    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    @cached_property
    def _calendar(self) -> UncheckedCalendar:
        return UncheckedCalendar(self._s)

    # --- when -------------------------------------------------------------------------------------

    def plan(self, patient_id: int, indication: Indication | None = None) -> Plan:
        """The next follow-up the patient needs: for the given indication, else the one due first."""
        store = self._s.store
        with store.read_transaction():
            brief = store.followups.patient_brief(patient_id)
            if brief is None:
                raise NotFoundError(QT_TR_NOOP("There is no patient with id {id}."), id=patient_id)
            name, preferred_times = brief
            treatments = store.followups.treatments(patient_id)
            plans = store.followups.plans(patient_id)
            types = store.types.list()
        if not treatments:
            raise ValidationError(
                QT_TR_NOOP("{name} has no treatment yet: there is nothing to follow up."), name=name
            )
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
            if indication is None:
                raise ValidationError(QT_TR_NOOP("{name} has no toxin treatment yet."), name=name)
            raise ValidationError(
                QT_TR_NOOP("{name} has no {indication} treatment yet."),
                name=name,
                indication=label_words(indication.label),
            )
        chosen = min(windows, key=lambda i: windows[i].due_from)
        window = windows[chosen]
        kind = next((t for t in types if t.indication is chosen and t.is_treatment), None) or next(
            (t for t in types if t.indication is chosen), None
        )
        if kind is None:
            raise ValidationError(
                QT_TR_NOOP("No appointment type books a {indication} treatment; add one first."),
                indication=label_words(chosen.label),
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
            weights = tuple(store.patients.weights(patient_id)) if child else ()
        return safety.Recipient(born, weights)

    # --- proposals --------------------------------------------------------------------------------

    def proposals(
        self,
        patient_id: int,
        count: int,
        indication: Indication | None = None,
        held: dict[int, list[tuple[datetime, datetime]]] | None = None,
    ) -> list[Proposal]:
        """Without ``held``, the slots pencilled in for other patients' recall invitations are
        held, and the patient's own invited slot comes first while it is still free."""
        with self._s.store.read_transaction():  # one snapshot; the small tables read once
            plan = self.plan(patient_id, indication)
            if held is not None:
                return self.propose(patient_id, plan, count, held)
            # The outbox's store, not its service: a proposal loads none of the messages' sending.
            invitations = self._s.store.outbox.open_invitations(self._s.now())
            others, mine = holds(invitations, patient_id, plan.window.indication)
            proposals = self.propose(patient_id, plan, count, others)
            if mine is not None and not self.slot_free(mine):
                mine = None  # booked for someone else at the calendar meanwhile
            providers = self._s.store.providers.list()
            return invited_first(mine, proposals, count, providers, patient_id, plan.window.indication)

    def slot_free(self, slot: Slot) -> bool:
        """Whether a pencilled-in slot is still free at the calendar (provider and room)."""
        calendar = self._s.store.calendar
        if calendar.clashes("provider", slot.provider_id, slot.start, slot.end):
            return False
        return slot.room_id is None or not calendar.clashes("room", slot.room_id, slot.start, slot.end)

    def propose(self, patient_id: int, plan: Plan, count: int, held: Held) -> list[Proposal]:
        """The ``count`` best free slots for ``plan``, best first, each with its reasons: never before
        the 84-day floor, never in the past, never breaking the 3-month dose limit with the planned
        dose (DoseLimit); ``held`` are slots per provider to treat as taken."""
        s = self._s
        today = s.time.local_date(s.now())
        window = plan.window
        start_day = max(window.due_from, today, window.floor)
        ordered, usual = self._providers(plan)
        # The planned dose is the last one; the 3-month limit that holds it decides the first day it
        # fits, and a child's session limits and weight add a note (dose_notes).
        limit = DoseLimit.of(plan, start_day)
        start_day, held_back, fits_from = limit.first_day(start_day, s.now())
        notes = dose_notes(plan, start_day)
        free = self._calendar.free_slots_for(  # the refresh runs signed out too
            [(p.id, n) for p, n in ordered],
            plan.type,
            start_day,
            SLOT_SPACING,
            SEARCH_DAYS,
            held,
            others_until_first=usual is not None,
        )
        names = {p.id: p for p, _ in ordered}
        scored, dose_skipped = self._scored(patient_id, plan, free, names, limit, fits_from, today)
        scored.sort(key=lambda p: (-p.score, p.start))
        keys = [(s.time.local_date(p.start), p.provider_id) for p in scored]
        chosen = spread(scored, keys, count)
        if held_back or dose_skipped:
            note = held_back or Text(
                QT_TR_NOOP("{count} slot(s) left out: the planned dose would pass {limit}"),
                count=dose_skipped,
                limit=limit.words,
            )
            notes = [note, *notes]
        if notes:
            chosen = [replace(p, reasons=(*p.reasons, *notes)) for p in chosen]
        return chosen

    def _providers(self, plan: Plan) -> tuple[list[tuple[Provider, int]], Provider | None]:
        """Who to search, with how many slots each: the usual provider first, then a few others who
        treat the indication; and the usual one, if still active."""
        indication = plan.window.indication
        providers = [p for p in self._s.store.providers.list() if p.active and p.treats(indication)]
        usual = next((p for p in providers if p.id == plan.last.provider_id), None)
        others = [p for p in providers if p is not usual][:OTHER_PROVIDERS]
        ordered: list[tuple[Provider, int]] = ([(usual, SLOTS_USUAL)] if usual else []) + [
            (p, SLOTS_OTHER) for p in others
        ]
        if not ordered:
            raise ValidationError(
                QT_TR_NOOP("No active provider treats {indication}."),
                indication=label_words(indication.label),
            )
        return ordered, usual

    def _scored(
        self,
        patient_id: int,
        plan: Plan,
        free: dict[int, list[FreeSlot]],
        names: dict[int, Provider],
        limit: DoseLimit,
        fits_from: date | None,
        today: date,
    ) -> tuple[list[Proposal], int]:
        """The free slots that qualify, each scored with its reasons (followup.score); and how many
        the planned dose left out."""
        s = self._s
        window = plan.window
        scored: list[Proposal] = []
        dose_skipped = 0
        for provider_id, slots in free.items():
            provider = names[provider_id]
            for slot in slots:
                if slot.start < s.now() + LEAD:
                    continue
                local = s.time.to_local(slot.start).replace(tzinfo=None)
                day = local.date()
                if day < window.floor:  # cannot happen (the search starts there); kept as the rule
                    continue
                if limit.rules_out(day, slot.start, fits_from):
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
        return scored, dose_skipped

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
            if snoozed(history, today) and not include_snoozed:
                continue
            said = last_attempt(history, s.time)
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
            lapsed = store.patients.expired_consent_patients(patients, today)
            reads = store.treatments.stopping_rule_reads(migraine, Indication.CHRONIC_MIGRAINE, HEADACHE_DAYS)
        stops = {p: migraine_status(scores, days).stop_flag for p, (days, scores) in reads.items()}
        clinical = self._s.patients.view().clinical
        found: dict[tuple[int, Indication], str] = {}
        for patient, code in rows:
            stop = stops.get(patient) if code is Indication.CHRONIC_MIGRAINE else None
            if stop or patient in lapsed:
                found[(patient, code)] = recall_caution(patient in lapsed, stop, clinical)
        return found

    # --- the contact log --------------------------------------------------------------------------

    def add_mark(
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
