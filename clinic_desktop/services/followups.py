"""The follow-up engine: when each patient is due again, the best concrete free slots for it (ranked,
each with its reasons), booking one through the calendar's conflict-safe booking, the background
refresh that keeps proposals for everyone due soon, and reception's recall list.

Who may: the recall list, proposals and the contact log need the recall permission (reception has
it; they read treatment dates internally, which is what the list is for, not the clinical record);
booking a proposal needs scheduling too; changing a patient's own interval is a clinical decision
(charting). The background refresh asks nothing: it runs on a timer whoever is signed in, or nobody
while the window is locked, and only keeps proposals (derived, shown through the checked recall
list). Contact notes, bookings and interval changes go into the audit trail.

The engine itself is services/recall/: the proposals (proposals.py), the recall list's rows
(recall_list.py), and the internal interface without permission checks that the use cases below, the
outbox and the refresh share (unchecked.py: ``followups.unchecked``; its callers have checked)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from clinic_desktop.domain import followup
from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.entities import AppointmentType
from clinic_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from clinic_desktop.domain.followup import Interval
from clinic_desktop.domain.setup import DEFAULT_RECALL_LEAD_DAYS
from clinic_desktop.domain.words import QT_TR_NOOP, Text
from clinic_desktop.services.jobs import CancelToken
from clinic_desktop.services.phrases import label_words
from clinic_desktop.services.recall.proposals import (
    Plan,
    Proposal,
    ProposalTakenError,
    dose_notes,
    holds,
    invited_first,
    without,
)
from clinic_desktop.services.recall.recall_list import (
    CONSENT_LAPSED,
    LAPSED_AFTER_DAYS,
    MARK_KINDS,
    REVIEW_WITH_PROVIDER,
    SHOWN_KINDS,
    RecallRow,
    recall_caution,
)
from clinic_desktop.services.recall.unchecked import UncheckedFollowUps
from clinic_desktop.store.followups import reasons_json

if TYPE_CHECKING:
    from clinic_desktop.services.calendar.booking import BookingResult
    from clinic_desktop.services.context import ClinicServices

__all__ = [
    "CONSENT_LAPSED",
    "LAPSED_AFTER_DAYS",
    "MARK_KINDS",
    "RECALL_HORIZON_DAYS",
    "REVIEW_WITH_PROVIDER",
    "SHOWN_KINDS",
    "FollowUpService",
    "Plan",
    "Proposal",
    "ProposalTakenError",
    "RecallRow",
    "dose_notes",
    "recall_caution",
]

RECALL_HORIZON_DAYS = DEFAULT_RECALL_LEAD_DAYS  # unless the clinic sets its own (recall_lead_days)


class FollowUpService:
    def __init__(self, services: ClinicServices) -> None:
        self._s = services
        self.unchecked = UncheckedFollowUps(services)

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
        return self.unchecked.plan(patient_id, indication)

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
        return self.unchecked.proposals(patient_id, count, indication, held)

    def book(self, proposal: Proposal, by: str = "", override_reason: str = "") -> BookingResult:
        """Book a proposal through the calendar's conflict-safe booking. If another workstation took
        the slot meanwhile: ProposalTakenError, naming the clash, with fresh proposals. A proposal
        that has become too early (a treatment booked or charted since it was made) is refused like
        any booking, OverrideRequiredError, unless ``override_reason`` is given."""
        self._s.require(Permission.RECALLS)
        self._s.require(Permission.SCHEDULE)
        from clinic_desktop.services.calendar.booking import BookingRequest  # booking's, not a proposal's

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
            fresh = self.unchecked.proposals(proposal.patient_id, 3, proposal.indication)
            taken = (
                Text(
                    QT_TR_NOOP("That slot was just taken. {clash} Next proposal: {proposal}."),
                    clash=clash.text,
                    proposal=self.describe(fresh[0]),
                )
                if fresh
                else Text(QT_TR_NOOP("That slot was just taken. {clash}"), clash=clash.text)
            )
            raise ProposalTakenError(taken, fresh) from clash
        store = self._s.store
        with store.write_transaction():
            self.unchecked.add_mark(
                proposal.patient_id, proposal.indication, "booked", None, str(self.describe(proposal)), by
            )
            store.followups.replace_proposals([proposal.patient_id], [])
        return result

    def book_choice(
        self, patient_id: int, choice: int = 1, by: str = "", override_reason: str = ""
    ) -> tuple[Proposal, BookingResult]:
        self._s.require(Permission.RECALLS)
        self._s.require(Permission.SCHEDULE)
        proposals = self.unchecked.proposals(patient_id, max(choice, 3))
        if not proposals:
            raise NotFoundError(QT_TR_NOOP("There is no free slot to propose in the next 90 days."))
        if not 1 <= choice <= len(proposals):
            raise ValidationError(
                QT_TR_NOOP("There are {count} proposals; choose 1 to {count}."), count=len(proposals)
            )
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
                QT_TR_NOOP(
                    "The clinic has no review appointment type: add one called Review (not a treatment)."
                )
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
            raise ValidationError(
                QT_TR_NOOP("{name} has no {indication} treatment to review."),
                name=name,
                indication=label_words(indication.label),
            )
        usual = treatments[-1].provider_id
        ordered = [usual] if usual in active else []
        ordered += [p for p in active if p != usual]
        today = s.time.local_date(s.now())
        free = s.appointments.free_slots_for([(p, 1) for p in ordered], kind, today)
        slot = next((free[p][0] for p in ordered if free[p]), None)
        if slot is None:
            raise NotFoundError(
                QT_TR_NOOP("There is no free {type} slot in the next 90 days."), type=kind.name.lower()
            )
        from clinic_desktop.services.calendar.booking import BookingRequest

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
            self.unchecked.add_mark(patient_id, indication, "booked", None, said, by)
            store.followups.replace_proposals([patient_id], [])
        return result

    def describe(self, proposal: Proposal) -> Text:
        local = self._s.time.to_local(proposal.start)
        return Text(
            QT_TR_NOOP("{when} with {provider}"),
            when=f"{local:%a %d %b %Y %H:%M}",
            provider=proposal.provider_name,
        )

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
        return self.unchecked.recalls(provider_id, indication, horizon_days, include_snoozed, include_lapsed)

    def invitation_candidates(self) -> list[RecallRow]:
        """The recall list as the outbox invites from it (not snoozed, not lapsed); internal: the
        outbox's send asked for its own permission."""
        return self.unchecked.recalls()

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
            raise ValidationError(
                QT_TR_NOOP("'{kind}' is not a recall note: use {kinds}."),
                kind=kind,
                kinds=", ".join(MARK_KINDS),
            )
        today = self._s.time.local_date(self._s.now())
        if kind == "snoozed" and (until is None or until <= today):
            raise ValidationError(QT_TR_NOOP("Snooze until a date after today."))
        store = self._s.store
        with store.write_transaction():
            store.patients.get(patient_id)
            self.unchecked.add_mark(patient_id, indication, kind, until, note.strip(), by)

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
        rows = self.unchecked.recalls(horizon_days=horizon_days, include_snoozed=True)
        invitations = self._s.store.outbox.open_invitations(self._s.now())
        held: dict[int, list[tuple[datetime, datetime]]] = holds(invitations, None, None)[0]
        providers = self._s.store.providers.list()
        kept: list[dict[str, Any]] = []
        now = self._s.now()
        done = 0
        for number, row in enumerate(rows, 1):
            if cancel is not None and cancel.cancelled:
                return None  # nothing written: the proposals kept so far stay as they were
            mine = holds(invitations, row.patient_id, row.indication)[1]
            if mine is not None and not self.unchecked.slot_free(mine):
                mine = None
            if mine is not None:  # let go of the patient's own pencilled slot while searching
                held = without(held, mine)
            try:
                proposals = self.unchecked.proposals(row.patient_id, 3, row.indication, held)
            except (ValidationError, NotFoundError):
                proposals = []
            if mine is not None:
                proposals = invited_first(mine, proposals, 3, providers, row.patient_id, row.indication)
            for rank, p in enumerate(proposals, 1):
                if rank == 1:
                    held.setdefault(p.provider_id, []).append((p.start, p.end))
                kept.append(
                    {
                        "patient": p.patient_id, "indication": p.indication.value, "rank": rank,
                        "start_at": p.start, "end_at": p.end, "provider": p.provider_id, "room": p.room_id,
                        "type_name": p.type_name, "score": p.score, "reasons": reasons_json(p.reasons),
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
