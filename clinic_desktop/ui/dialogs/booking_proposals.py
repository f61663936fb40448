"""The booking dialog's patient plan: once a patient is chosen, the visit they are due for and the
follow-up engine's proposals, best first; a highlighted proposal fills the form, and is what Enter
books while the form still says exactly it."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from clinic_desktop.domain.entities import AppointmentType
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.services.followups import Proposal
from clinic_desktop.ui.dialogs.booking_plan import PatientPlan, first_visit_type, load_plan
from clinic_desktop.ui.dialogs.booking_slots import SlotSearchMixin
from clinic_desktop.ui.widgets.proposal_choices import proposal_minutes, reason_words


class PatientPlanMixin(SlotSearchMixin):
    """The chosen patient's plan and the proposals' choice."""

    def _patient_changed(self) -> None:
        patient_id = self.patient_id
        if patient_id == self._plan_for:
            return
        self._plan_for = patient_id
        self.plan = None
        self.choices.set_proposals([], self.clinic_time)
        self.choices.hide()
        self.why.hide()
        self.plan_note.hide()
        self._planning = patient_id is not None  # the type and time are about to change
        self._update_book()
        if patient_id is None:
            return
        services = self._services
        indication = self._indication if patient_id == self._patient_id else None
        self._operations.run(
            "booking-plan",
            lambda: load_plan(services, patient_id, indication),
            self._planned,
            self._plan_failed,
        )

    def _planned(self, plan: PatientPlan) -> None:
        if plan.patient_id != self.patient_id:
            return  # another patient was chosen meanwhile
        self._planning = False
        self.plan = plan
        self._update_book()
        self._filling = True
        types = [self.type.itemData(i) for i in range(self.type.count())]
        wanted = next((i for i, t in enumerate(types) if plan.type_name and t.name == plan.type_name), None)
        self.type.setCurrentIndex(wanted if wanted is not None else first_visit_type(types))
        self.series.set_interval(plan.target_days)
        self._filling = False
        kind = self.type.currentData()
        first_visit = kind.name if kind else QCoreApplication.translate("BookingDialog", "first visit")
        note = plan.describe(first_visit, self.today)
        if self._exact and plan.proposals:
            note += " " + QCoreApplication.translate(
                "BookingDialog",
                "(Enter books the time chosen in the calendar; Tab or Down to take a proposal.)",
            )
        self.plan_note.setText(note)
        self.plan_note.show()
        self.choices.setVisible(bool(plan.proposals))
        self.choices.set_proposals(plan.proposals, self.clinic_time, plan.last_dose, not self._exact)
        self.choices.fit_rows(len(plan.proposals))
        if not plan.proposals and self._auto_time:
            self._find_first_free()
        self.planned.emit(len(plan.proposals))
        if self._advance:
            self._go_on()

    def _plan_failed(self, error: ClinicError) -> None:
        self._planning = False
        self._update_book()
        self._advance = False
        self._show_error(error.message)

    def _proposal_highlighted(self, proposal: object) -> None:
        """A highlighted proposal is what the form says, so Enter (Book) books it."""
        if not isinstance(proposal, Proposal):
            self.why.hide()
            return
        last_dose = self.plan.last_dose if self.plan is not None else None
        self.why.setText(
            QCoreApplication.translate("BookingDialog", "Why: {reasons}.").format(
                reasons=reason_words(self.clinic_time, proposal, last_dose)
            )
        )
        self.why.show()
        self._filling = True
        self.provider.setCurrentIndex(max(self.provider.findData(proposal.provider_id), 0))
        types = [self.type.itemData(i) for i in range(self.type.count())]
        found = next((i for i, t in enumerate(types) if t.name == proposal.type_name), None)
        if found is not None:
            self.type.setCurrentIndex(found)
        self.duration.setValue(proposal_minutes(proposal))
        self.set_local_time(self.clinic_time.to_local(proposal.start).replace(tzinfo=None))
        self.room.setCurrentIndex(max(self.room.findData(proposal.room_id), 0))
        self._filling = False
        self._auto_time = False
        self.error.hide()

    def chosen_proposal(self) -> Proposal | None:
        """The highlighted proposal, if the form still books exactly it (nothing changed by hand,
        no series, reason or note to keep): then the engine books it and logs the follow-up."""
        proposal = self.choices.selected() if self.choices.isVisibleTo(cast(QWidget, self)) else None
        kind = self.type.currentData()
        if (
            proposal is None
            or proposal.patient_id != self.patient_id
            or not isinstance(kind, AppointmentType)
        ):
            return None
        same = (
            self.provider.currentData() == proposal.provider_id
            and kind.name == proposal.type_name
            and self.duration.value() == proposal_minutes(proposal)
            and self.room.currentData() == proposal.room_id
            and self.local_start() == self.clinic_time.to_local(proposal.start).replace(tzinfo=None)
            and self.series.series() is None
            and not self.override.text().strip()
            and not self.notes.text().strip()
        )
        return proposal if same else None
