"""What the calendar's use cases share: the clash and working-hours checks, the override rule, the
overlap retry, and their audit entries. Every method here runs inside a use case that asked for its
permission already (the mixins composed into services.appointments.AppointmentService)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
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
from clinic_desktop.services.calendar.unchecked import UncheckedCalendar
from clinic_desktop.services.treatment_interval import TreatmentIntervals

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

# A refused write is tried again this many times in all: each try sees every booking committed
# before it began, so only a burst of other workstations booking the same time could exhaust it.
OVERLAP_ATTEMPTS = 3
T = TypeVar("T")


class CalendarRules:
    """The base of the calendar's use cases: ``unchecked`` is the calendar's internal interface
    (calendar/unchecked.py), whose callers have checked permission."""

    def __init__(self, services: ClinicServices) -> None:
        self._s = services
        self._intervals = TreatmentIntervals(services)
        self.unchecked = UncheckedCalendar(services)

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
        self, before: Appointment, after: Appointment, override_reason: str, warnings: list[str]
    ) -> None:
        """A move's entry: where and when the booking was, and is now (and what a reason overrode)."""
        self._s.messages.appointment_changed(before, after)  # its messages follow (issue 23)
        now = _placement(after)
        if override_reason.strip():
            now["override_reason"] = override_reason.strip()
            if overridden(warnings):
                now["overridden"] = overridden(warnings)
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
                raise NotFoundError(f"There is no room with id {room_id}.")
            if kind.room_kind and room.kind != kind.room_kind:
                raise ValidationError(
                    f"{kind.name} needs a {kind.room_kind} room; {room.name} is a {room.kind} room."
                )
            return room.id
        suitable = [r for r in rooms if r.kind == kind.room_kind]
        for room in suitable:
            if not store.calendar.clashes("room", room.id, start, end):
                return room.id
        if not suitable:
            raise ValidationError(f"{kind.name} needs a {kind.room_kind} room and the clinic has none.")
        raise ConflictError(
            f"Every {kind.room_kind} room is taken at {self._s.time.to_local(start):%H:%M on %Y-%m-%d}."
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
    ) -> list[str]:
        """Refuse a clash of provider or room; return the warnings (those needing an override
        reason first, marked '!' internally when they need none)."""
        store = self._s.store
        clinic_time = self._s.time
        holders = (("provider", provider_id), ("room", room_id), ("patient", patient_id))
        found = store.calendar.clashes_at(start, end, holders, exclude)  # one statement for the three
        clash = found["provider"]
        if clash:
            raise ConflictError(f"{provider_name} already has {self.unchecked.describe(clash[0])}.")
        if room_id is not None:
            clash = found["room"]
            if clash:
                entry = self.unchecked.entry(clash[0])
                raise ConflictError(
                    f"{entry.room_name} is already taken: "
                    f"{entry.provider_name} has {self.unchecked.describe(clash[0])}."
                )
        warnings = []
        local_start, local_end = clinic_time.to_local(start), clinic_time.to_local(end)
        closed = calendar.why_closed(local_start.date())
        if closed:
            warnings.append(f"{closed[0].upper()}{closed[1:]}.")
        elif not calendar.covers(local_start.replace(tzinfo=None), local_end.replace(tzinfo=None)):
            warnings.append(
                f"{local_start:%H:%M}-{local_end:%H:%M} on {local_start:%Y-%m-%d} "
                f"is outside {provider_name}'s working hours."
            )
        same_patient = found["patient"]
        if same_patient:
            booked = self.unchecked.describe(same_patient[0], with_provider=True)
            warnings.append(f"!The patient is also booked then: {booked}.")
        return warnings

    def _visit_refusals(
        self, patient_id: int, type_id: int, starts: Sequence[datetime], exclude: Sequence[int]
    ) -> list[str]:
        """The interval rules for booked visits moving to ``starts`` (TreatmentIntervals)."""
        store = self._s.store
        kind = next((t for t in store.types.list() if t.id == type_id), None)
        if kind is None or not kind.is_treatment:
            return []
        name = store.patients.get(patient_id).display_name
        return self._intervals.booking_refusals(patient_id, name, kind, starts, exclude)

    @staticmethod
    def _require_override(warnings: list[str], reason: str) -> None:
        serious = overridden(warnings)
        if serious and not reason.strip():
            raise OverrideRequiredError(
                " ".join(serious) + " Give an override reason to book it anyway.", serious
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


def overridden(warnings: list[str]) -> list[str]:
    """The warnings that need an override reason (those that need none are marked '!')."""
    return [w for w in warnings if not w.startswith("!")]
