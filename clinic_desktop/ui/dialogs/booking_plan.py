"""What the booking dialog asks about a patient once chosen: the visit they are due for, their own
interval (for a series) and the follow-up engine's proposals, read off the GUI thread; and the
defaults for a patient the engine knows nothing of (a first visit).

The rules stay in the services and domain: the type due and the proposals come from the follow-up
engine (services/followups.py), the interval from domain/followup.py through it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.entities import AppointmentType
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.followup import DueWindow
from clinic_desktop.domain.safety import MIN_INTERVAL_DAYS
from clinic_desktop.domain.words import shown
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.followups import Proposal
from clinic_desktop.ui.dates import display_medium_date, display_month_day

PROPOSALS_SHOWN = 3  # the engine's best few: the dialog stays small enough for a 768-pixel screen
FIRST_VISIT_TYPE = "consultation"  # the calendar's usual first visit, for a patient not yet treated


def first_visit_type(types: Sequence[AppointmentType]) -> int:
    """The index of the type a new patient is booked for: the consultation, else the first visit
    type that is not a treatment and needs no special room."""
    for index, kind in enumerate(types):
        if kind.name.casefold() == FIRST_VISIT_TYPE:
            return index
    plain = [i for i, kind in enumerate(types) if not kind.room_kind]
    visits = [i for i in plain if not types[i].is_treatment]
    return (visits or plain or [0])[0]


@dataclass(frozen=True)
class PatientPlan:
    """The chosen patient's next visit: the type due and the engine's proposals for it (no type,
    no window and no proposals for a patient with no treatment yet)."""

    patient_id: int
    type_name: str | None = None
    window: DueWindow | None = None
    target_days: int = MIN_INTERVAL_DAYS
    proposals: list[Proposal] = field(default_factory=list)
    last_dose: date | None = None  # the latest toxin dose of any indication

    def describe(self, first_visit: str, today: date) -> str:
        """One line above the proposals: what is due and since when, in words."""
        window = self.window
        if window is None:
            return QCoreApplication.translate(
                "BookingDialog", "No toxin treatment yet: a {visit} first."
            ).format(visit=first_visit.lower())
        due = f"{display_month_day(window.due_from)} – {display_medium_date(window.due_by)}"
        late = window.days_overdue(today)
        if late:
            due += f" ({overdue_text(late)})"
        said = QCoreApplication.translate("BookingDialog", "Next {indication} treatment due {window}").format(
            indication=shown(window.indication.label).lower(), window=due
        )
        if self.last_dose:
            last = display_medium_date(self.last_dose)
            said += "; " + QCoreApplication.translate("BookingDialog", "last dose {day}").format(day=last)
        if window.floor > today:
            floor = display_medium_date(window.floor)
            said += ", " + QCoreApplication.translate("BookingDialog", "not before {day}").format(day=floor)
        if self.proposals:
            offer = QCoreApplication.translate("BookingDialog", "Proposed, best first:")
        else:
            offer = QCoreApplication.translate(
                "BookingDialog", "Nothing free to propose: choose a time below."
            )
        return f"{said}. {offer}"


def overdue_text(days: int) -> str:
    """'1 day overdue', '3 days overdue'."""
    if days == 1:
        return QCoreApplication.translate("BookingDialog", "1 day overdue")
    return QCoreApplication.translate("BookingDialog", "{days} days overdue").format(days=days)


def load_plan(services: ClinicServices, patient_id: int, indication: Indication | None = None) -> PatientPlan:
    """Off the GUI thread: the visit the patient is due for and the engine's best slots for it.
    A patient with no treatment yet (or a role without the recall list) gets a first visit."""
    if not services.may(Permission.RECALLS):
        return PatientPlan(patient_id)
    followups = services.followups
    try:
        plan = followups.plan(patient_id, indication)
    except ValidationError:  # nothing to follow up: a new patient
        return PatientPlan(patient_id)
    chosen = plan.window.indication
    try:
        proposals = followups.propose(patient_id, PROPOSALS_SHOWN, chosen)
    except ValidationError:  # no active provider treats it: the form is still there
        proposals = []
    interval = followups.interval(patient_id, chosen)
    last_dose = max((dose.day for dose in plan.history), default=None)
    return PatientPlan(patient_id, plan.type.name, plan.window, interval.target_days, proposals, last_dose)
