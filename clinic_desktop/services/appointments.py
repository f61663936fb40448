"""Booking, moving and cancelling: the calendar's use cases, and the rule that nobody is double-booked.

Every write takes the write lock first (Store.write_transaction: BEGIN IMMEDIATE on SQLite), then
checks for clashes, then writes, so two workstations booking the same slot at the same moment
cannot both succeed. On PostgreSQL writers do not wait for each other: there the database's
exclusion constraints (store/migrations/m0007) refuse the second overlapping write, and the use
case runs again, so that its check names the booking in the way (_again_on_overlap).
A clash of provider or room is refused, naming the booking in the way;
outside working hours, on a holiday or a day off needs an override reason, and so does a
toxin-treatment visit before the patient's first safe day (the 84-day floor and the 400 U window,
services/treatment_interval.py: the same rules as charting); the same patient booked twice at
once is allowed with a warning (a consultation and a procedure may overlap). A refusal that a
reason would overcome is an OverrideRequiredError, carrying what the reason would override.

Booking, moving and moving a series lock the patient first (store.patients.lock), so two desks
booking or charting one patient take turns and the second sees the first's visit.

Every use case asks for the scheduling permission first (reception, providers and managers have it;
the clinic's own closures and a provider's time off are clinic settings), and every booking, move,
cancellation and status change is written to the audit trail inside its own write transaction, so
a refused or retried booking leaves no entry behind.

The use cases live in services/calendar/, one room each (availability, booking, status_flow,
waitlist; the shared rules in rules.py, the free-slot search in slots.py, and in unchecked.py the
internal interface whose callers have checked permission); AppointmentService composes them, so
callers keep using ``services.appointments.<method>``.
"""

from __future__ import annotations

from clinic_desktop.services.calendar.availability import Availability
from clinic_desktop.services.calendar.booking import BookingRequest, BookingResult
from clinic_desktop.services.calendar.holiday_cache import public_holidays
from clinic_desktop.services.calendar.rules import appointment_values
from clinic_desktop.services.calendar.slots import Slot
from clinic_desktop.services.calendar.status_flow import FlowBoard, FlowRow, StatusFlow
from clinic_desktop.services.calendar.waitlist import WaitingList, waitlist_values

__all__ = [
    "AppointmentService",
    "BookingRequest",
    "BookingResult",
    "FlowBoard",
    "FlowRow",
    "Slot",
    "appointment_values",
    "public_holidays",
    "waitlist_values",
]


class AppointmentService(WaitingList, StatusFlow, Availability):
    """The calendar's use cases behind one name: booking and moving (calendar/booking.py), the
    waiting list (calendar/waitlist.py), the status flow and flow board (calendar/status_flow.py),
    working time and free slots (calendar/availability.py). ``unchecked`` is the internal interface
    (calendar/unchecked.py) for callers that have checked permission."""
