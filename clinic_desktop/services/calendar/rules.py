"""What the calendar's use cases share: the clash and working-hours checks, the override rule, the
overlap retry, and their audit entries. Every method here runs inside a use case that asked for its
permission already (the mixins composed into services.appointments.AppointmentService)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from clinic_desktop.domain.availability import ProviderCalendar
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.entities import Appointment, AppointmentType
from clinic_desktop.domain.errors import (
    ConcurrentWriteError,
    ConflictError,
    NotFoundError,
    OverrideRequiredError,
    ValidationError,
)
from clinic_desktop.domain.words import QT_TR_NOOP, Text
from clinic_desktop.services.calendar.unchecked import UncheckedCalendar
from clinic_desktop.services.phrases import Joined, Sentence

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices
    from clinic_desktop.services.treatment_interval import TreatmentIntervals

# A refused write is tried again this many times in all: each try sees every booking committed
# before it began, so only a burst of other workstations booking the same time could exhaust it.
OVERLAP_ATTEMPTS = 3
T = TypeVar("T")


# An appointment's status as a word in a sentence ("Appointment 12 is cancelled; ...").
STATUS_WORDS: dict[AppointmentStatus, str] = {
    AppointmentStatus.BOOKED: QT_TR_NOOP("booked"),
    AppointmentStatus.CONFIRMED: QT_TR_NOOP("confirmed"),
    AppointmentStatus.ARRIVED: QT_TR_NOOP("arrived"),
    AppointmentStatus.IN_ROOM: QT_TR_NOOP("in room"),
    AppointmentStatus.COMPLETED: QT_TR_NOOP("completed"),
    AppointmentStatus.CANCELLED: QT_TR_NOOP("cancelled"),
    AppointmentStatus.NO_SHOW: QT_TR_NOOP("no show"),
}


def status_word(status: AppointmentStatus) -> Text:
    """The status in lower case (its label's words), shown in the window's language."""
    return Text(STATUS_WORDS[status])


class Notice(Text):
    """A warning about a booking that needs no override reason (the patient is also booked at
    that time): shown with the others, never asked a reason for."""


class CalendarRules:
    """The base of the calendar's use cases: ``unchecked`` is the calendar's internal interface
    (calendar/unchecked.py), whose callers have checked permission."""

    def __init__(self, services: ClinicServices) -> None:
        self._s = services
        self.unchecked = UncheckedCalendar(services)

    @cached_property
    def _intervals(self) -> TreatmentIntervals:
        """The interval rules, loaded with the safety rules and treatments when a booking or a
        move first asks them: listing appointments does not (a command's start-up, issue 22)."""
        from clinic_desktop.services.treatment_interval import TreatmentIntervals

        return TreatmentIntervals(self._s)

    def provider_calendar(self, provider_id: int | None, first: date, last: date) -> ProviderCalendar:
        """What decides a provider's working time (UncheckedCalendar.provider_calendar): no use case
        of its own, no permission asked; the working-time settings compare with it."""
        return self.unchecked.provider_calendar(provider_id, first, last)

    # --- the trail ----------------------------------------------------------------------------------

    def _person(self) -> str:
        """The name of the person signed in, for the booking's own "booked by"; empty when the
        software itself acts (a script, the demo)."""
        session = self._s.session
        return session.name if session is not None and session.role is not None else ""

    def _record_move(
        self, before: Appointment, after: Appointment, override_reason: str, warnings: Sequence[str]
    ) -> None:
        """A move's entry: where and when the booking was, and is now (and what a reason overrode)."""
        self._s.messages.appointment_changed(before, after)  # its messages follow (issue 23)
        now = _placement(after)
        if override_reason.strip():
            now["override_reason"] = override_reason.strip()
            if overridden(warnings):
                now["overridden"] = overridden_words(warnings)
        self._s.record("change", "appointment", after.id, _placement(before), now, after.patient_id)

    def _record_status(self, before: Appointment, after: Appointment) -> None:
        """A status change's entry (a cancellation with its reason); nothing when nothing changed."""
        self._s.messages.appointment_changed(before, after)  # its messages follow (issue 23)
        was: dict[str, Any] = {"status": before.status.value}
        now: dict[str, Any] = {"status": after.status.value}
        if before.room_id != after.room_id:
            was["room_id"], now["room_id"] = before.room_id, after.room_id
        if after.status is AppointmentStatus.CANCELLED:
            was["cancel_reason"], now["cancel_reason"] = before.cancel_reason, after.cancel_reason
        if was != now:
            self._s.record("change", "appointment", after.id, was, now, after.patient_id)

    # --- the rules --------------------------------------------------------------------------------

    def _again_on_overlap(self, use_case: Callable[[], T]) -> T:
        """Run a booking use case; if the database refused its write as overlapping a booking that
        another workstation committed after this one's check (PostgreSQL's exclusion constraint:
        DoubleBookingError), or as a deadlock with another workstation booking the same time
        (ConcurrentWriteError), run it again. The check then sees that booking and refuses with the
        usual message naming it, or a type that needs a room takes another one. Inside an outer
        write transaction (booking from the waiting list) the outer use case runs again instead."""
        for attempt in range(OVERLAP_ATTEMPTS):
            try:
                return use_case()
            except ConcurrentWriteError:
                if attempt + 1 == OVERLAP_ATTEMPTS or self._s.store.in_transaction():
                    raise
        raise AssertionError("unreachable")

    def _room_for(
        self, kind: AppointmentType, room_id: int | None, start: datetime, end: datetime
    ) -> int | None:
        if room_id is None and not kind.room_kind:
            return None  # no room wanted: the rooms are not read
        store = self._s.store
        rooms = store.rooms.list()
        if room_id is not None:
            room = next((r for r in rooms if r.id == room_id), None)
            if room is None:
                raise NotFoundError(QT_TR_NOOP("There is no room with id {id}."), id=room_id)
            if kind.room_kind and room.kind != kind.room_kind:
                raise ValidationError(
                    QT_TR_NOOP("{type} needs a {kind} room; {room} is a {room_kind} room."),
                    type=kind.name,
                    kind=kind.room_kind,
                    room=room.name,
                    room_kind=room.kind,
                )
            return room.id
        suitable = [r for r in rooms if r.kind == kind.room_kind]
        for room in suitable:
            if not store.calendar.clashes("room", room.id, start, end):
                return room.id
        if not suitable:
            raise ValidationError(
                QT_TR_NOOP("{type} needs a {kind} room and the clinic has none."),
                type=kind.name,
                kind=kind.room_kind,
            )
        local = self._s.time.to_local(start)
        raise ConflictError(
            QT_TR_NOOP("Every {kind} room is taken at {time} on {day}."),
            kind=kind.room_kind,
            time=f"{local:%H:%M}",
            day=f"{local:%Y-%m-%d}",
        )

    def _check(
        self,
        provider_id: int,
        provider_name: str,
        room_id: int | None,
        patient_id: int,
        start: datetime,
        end: datetime,
        calendar: ProviderCalendar,
        exclude: list[int],
    ) -> list[Text]:
        """Refuse a clash of provider or room; return the warnings (those needing an override
        reason, and a Notice for those that need none)."""
        store = self._s.store
        clinic_time = self._s.time
        holders = (("provider", provider_id), ("room", room_id), ("patient", patient_id))
        found = store.calendar.clashes_at(start, end, holders, exclude)  # one statement for the three
        clash = found["provider"]
        if clash:
            raise ConflictError(
                QT_TR_NOOP("{provider} already has {booking}."),
                provider=provider_name,
                booking=self.unchecked.describe(clash[0]),
            )
        if room_id is not None:
            clash = found["room"]
            if clash:
                entry = self.unchecked.entry(clash[0])
                raise ConflictError(
                    QT_TR_NOOP("{room} is already taken: {provider} has {booking}."),
                    room=entry.room_name,
                    provider=entry.provider_name,
                    booking=self.unchecked.describe(clash[0]),
                )
        warnings: list[Text] = []
        local_start, local_end = clinic_time.to_local(start), clinic_time.to_local(end)
        closed = calendar.why_closed(local_start.date())
        if closed:
            warnings.append(Sentence(closed, "."))
        elif not calendar.covers(local_start.replace(tzinfo=None), local_end.replace(tzinfo=None)):
            warnings.append(
                Text(
                    QT_TR_NOOP("{start}-{end} on {day} is outside {provider}'s working hours."),
                    start=f"{local_start:%H:%M}",
                    end=f"{local_end:%H:%M}",
                    day=f"{local_start:%Y-%m-%d}",
                    provider=provider_name,
                )
            )
        same_patient = found["patient"]
        if same_patient:
            booked = self.unchecked.describe(same_patient[0], with_provider=True)
            warnings.append(Notice(QT_TR_NOOP("The patient is also booked then: {booking}."), booking=booked))
        return warnings

    def _visit_refusals(
        self, patient_id: int, type_id: int, starts: Sequence[datetime], exclude: Sequence[int]
    ) -> list[Text]:
        """The interval rules for booked visits moving to ``starts`` (TreatmentIntervals)."""
        store = self._s.store
        kind = next((t for t in store.types.list() if t.id == type_id), None)
        if kind is None or not kind.is_treatment:
            return []
        name = store.patients.get(patient_id).display_name
        return self._intervals.booking_refusals(patient_id, name, kind, starts, exclude)

    @staticmethod
    def _require_override(warnings: Sequence[str], reason: str) -> None:
        serious = overridden(warnings)
        if serious and not reason.strip():
            raise OverrideRequiredError(
                Text(
                    QT_TR_NOOP("{reasons} Give an override reason to book it anyway."),
                    reasons=Joined(serious),
                ),
                serious,
            )


def appointment_values(a: Appointment) -> dict[str, Any]:
    """An appointment as its audit entry keeps it (instants as ISO 8601 in UTC)."""
    return {
        "patient_id": a.patient_id,
        "provider_id": a.provider_id,
        "room_id": a.room_id,
        "type_id": a.type_id,
        "start": a.start.isoformat(),
        "end": a.end.isoformat(),
        "status": a.status.value,
        "notes": a.notes,
        "cancel_reason": a.cancel_reason,
        "series_id": a.series_id,
    }


def _placement(a: Appointment) -> dict[str, Any]:
    """What a move changes: when, with whom, where."""
    return {
        "start": a.start.isoformat(),
        "end": a.end.isoformat(),
        "provider_id": a.provider_id,
        "room_id": a.room_id,
    }


def overridden(warnings: Sequence[str]) -> list[str]:
    """The warnings that need an override reason (a Notice needs none)."""
    return [w for w in warnings if not isinstance(w, Notice)]


def overridden_words(warnings: Sequence[str]) -> list[str]:
    """The warnings a reason overrode as the audit entry keeps them: plain English."""
    return [str(w) for w in overridden(warnings)]
