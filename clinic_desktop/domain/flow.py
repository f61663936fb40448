"""Patient flow on the clinic day: which status may follow which, the board's lanes, how long is
too long in the waiting room, and the waiting-list request a freed slot is offered to.

One place for the rule so that the flow board, the calendar and the command line all refuse the
same impossible change (a completed visit cannot become "arrived") with the same sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.words import QT_TR_NOOP, Text, joined

S = AppointmentStatus

# The forward steps of a visit.
FORWARD: dict[AppointmentStatus, frozenset[AppointmentStatus]] = {
    S.BOOKED: frozenset({S.CONFIRMED, S.ARRIVED, S.CANCELLED, S.NO_SHOW}),
    S.CONFIRMED: frozenset({S.ARRIVED, S.CANCELLED, S.NO_SHOW}),
    S.ARRIVED: frozenset({S.IN_ROOM, S.CANCELLED}),
    S.IN_ROOM: frozenset({S.COMPLETED}),
    S.COMPLETED: frozenset(),
    S.CANCELLED: frozenset(),
    S.NO_SHOW: frozenset(),
}

# One step back, for a mis-click. A cancellation is not undone: its slot may already be rebooked
# (from the waiting list), so a cancelled visit is booked again instead.
UNDO: dict[AppointmentStatus, frozenset[AppointmentStatus]] = {
    S.CONFIRMED: frozenset({S.BOOKED}),
    S.ARRIVED: frozenset({S.BOOKED, S.CONFIRMED}),
    S.IN_ROOM: frozenset({S.ARRIVED}),
    S.COMPLETED: frozenset({S.IN_ROOM}),
    S.NO_SHOW: frozenset({S.BOOKED}),
}

# The step the Enter key (or the board's main button) takes.
NEXT_STEP: dict[AppointmentStatus, AppointmentStatus] = {
    S.BOOKED: S.ARRIVED,
    S.CONFIRMED: S.ARRIVED,
    S.ARRIVED: S.IN_ROOM,
    S.IN_ROOM: S.COMPLETED,
}

# The instant a status records when it is entered (column names of the appointment table).
STAMPS: dict[AppointmentStatus, str] = {
    S.ARRIVED: "arrived_at",
    S.IN_ROOM: "roomed_at",
    S.COMPLETED: "completed_at",
}

WAIT_AMBER_MINUTES = 15
WAIT_RED_MINUTES = 30


def is_undo(current: AppointmentStatus, new: AppointmentStatus) -> bool:
    return new in UNDO.get(current, frozenset())


def can_change(current: AppointmentStatus, new: AppointmentStatus) -> bool:
    return new in FORWARD[current] or is_undo(current, new)


def check_change(appointment_id: int, current: AppointmentStatus, new: AppointmentStatus) -> None:
    """Refuse a change the visit cannot make, saying what it can do instead."""
    if current is new or can_change(current, new):
        return
    if current is S.CANCELLED:
        raise ValidationError(
            QT_TR_NOOP("Appointment {id} was cancelled; book a new one instead."), id=appointment_id
        )
    allowed = sorted(FORWARD[current] | UNDO.get(current, frozenset()), key=list(S).index)
    if not allowed:
        raise ValidationError(
            QT_TR_NOOP("Appointment {id} is {status}; it cannot be marked {new}."),
            id=appointment_id,
            status=current.words,
            new=new.words,
        )
    raise ValidationError(
        QT_TR_NOOP("Appointment {id} is {status}; it cannot be marked {new}. It can be marked {options}."),
        id=appointment_id,
        status=current.words,
        new=new.words,
        options=joined(s.words for s in allowed),
    )


class Lane(StrEnum):
    EXPECTED = "expected"
    WAITING = "waiting"
    IN_ROOM = "in_room"
    DONE = "done"

    @property
    def label(self) -> Text:
        """The lane's heading on the flow board."""
        return LANE_LABELS[self]

    @property
    def words(self) -> Text:
        """The lane inside a sentence ('3 waiting')."""
        return LANE_WORDS[self]


LANE_LABELS: dict[Lane, Text] = {
    Lane.EXPECTED: Text(QT_TR_NOOP("Expected")),
    Lane.WAITING: Text(QT_TR_NOOP("Waiting")),
    Lane.IN_ROOM: Text(QT_TR_NOOP("In room")),
    Lane.DONE: Text(QT_TR_NOOP("Done")),
}
LANE_WORDS: dict[Lane, Text] = {
    Lane.EXPECTED: Text(QT_TR_NOOP("expected")),
    Lane.WAITING: Text(QT_TR_NOOP("waiting")),
    Lane.IN_ROOM: Text(QT_TR_NOOP("in room")),
    Lane.DONE: Text(QT_TR_NOOP("done")),
}


def lane_of(status: AppointmentStatus) -> Lane | None:
    """The board's lane for a status; a cancelled visit has none (it is only counted)."""
    return {
        S.BOOKED: Lane.EXPECTED,
        S.CONFIRMED: Lane.EXPECTED,
        S.ARRIVED: Lane.WAITING,
        S.IN_ROOM: Lane.IN_ROOM,
        S.COMPLETED: Lane.DONE,
        S.NO_SHOW: Lane.DONE,
    }.get(status)


class WaitLevel(StrEnum):
    OK = "ok"
    AMBER = "amber"
    RED = "red"


def wait_level(minutes: int | None) -> WaitLevel:
    """Amber after 15 minutes in the waiting room, red after 30."""
    if minutes is None or minutes <= WAIT_AMBER_MINUTES:
        return WaitLevel.OK
    return WaitLevel.AMBER if minutes <= WAIT_RED_MINUTES else WaitLevel.RED


def minutes_between(start: datetime | None, end: datetime) -> int | None:
    if start is None:
        return None
    return max(0, int((end - start).total_seconds() // 60))


@dataclass(frozen=True)
class StatusTimes:
    arrived_at: datetime | None = None
    roomed_at: datetime | None = None
    completed_at: datetime | None = None


@dataclass(frozen=True)
class WaitlistEntry:
    """A patient who wants an earlier (or any) slot: with one provider or any, of one type or any,
    from a date and optionally until one. Open until it is booked or removed (resolved_at)."""

    id: int
    patient_id: int
    patient_name: str
    provider_id: int | None
    provider_name: str | None
    type_id: int | None
    type_name: str | None
    type_minutes: int | None
    earliest: date
    latest: date | None
    note: str
    created_at: datetime
    resolved_at: datetime | None = None

    def fits(self, provider_id: int, day: date, slot_minutes: int, default_minutes: int) -> bool:
        """Whether a freed slot (provider, local day, length) suits this request."""
        if self.provider_id is not None and self.provider_id != provider_id:
            return False
        if day < self.earliest or (self.latest is not None and day > self.latest):
            return False
        return (self.type_minutes or default_minutes) <= slot_minutes
