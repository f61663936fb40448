"""Book an appointment: the one booking flow, whichever way it was opened (Ctrl+B anywhere, the
calendar's Book… button, N or a double-click in the grid, the patient list, a chart, the recall list).

It opens where the calendar is: at the slot chosen there, else at the first free time of the shown
day for the shown provider(s), never in the past. Once the patient is known (given by the view it was
opened from, or found by typing and Enter) the follow-up engine's proposals for them come to the top,
the first highlighted and filled into the form, and the type becomes the treatment they are due for
(a first-visit consultation for a patient with no treatment yet). Enter books the highlighted choice:
the proposal, through the engine's conflict-safe booking, or whatever the form now says. A series
("every 12 weeks × 4", the weeks from the patient's interval) is booked at the same wall-clock time
each time, across daylight-saving changes, by the appointment service.

The dialog holds no booking rules. It asks the services (off the GUI thread) and shows a refusal
inline, word for word; when the service refuses with an OverrideRequiredError (outside working hours,
a treatment before the first safe day) the reason field appears, so booking anyway is a deliberate
second step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.entities import AppointmentType, Provider, Room
from clinic_desktop.domain.errors import ClinicError, OverrideRequiredError
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingRequest, BookingResult
from clinic_desktop.services.followups import Proposal, ProposalTakenError
from clinic_desktop.services.patients import SearchHit
from clinic_desktop.ui.appearance import readable_ink
from clinic_desktop.ui.dates import datetime_pattern
from clinic_desktop.ui.dialogs.booking_plan import PatientPlan, first_visit_type
from clinic_desktop.ui.dialogs.booking_proposals import PatientPlanMixin
from clinic_desktop.ui.dialogs.proposals import workstation_user
from clinic_desktop.ui.keys import ButtonBox, set_default_button
from clinic_desktop.ui.names import set_name
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.widgets.patient_picker import PatientPicker
from clinic_desktop.ui.widgets.proposal_choices import ProposalChoices
from clinic_desktop.ui.widgets.repeat_control import RepeatControl

ERROR_RED = "#b00020"


@dataclass(frozen=True)
class _Setup:
    providers: list[Provider]
    types: list[AppointmentType]
    rooms: list[Room]
    clinic_time: ClinicTime
    now: datetime
    patient: SearchHit | None = None


class BookingDialog(PatientPlanMixin, QDialog):
    booked = Signal(list)  # ids of the appointments made
    ready = Signal()  # providers, types and rooms are loaded
    searched = Signal(int)  # number of patients found
    slot_found = Signal(bool)
    planned = Signal(int)  # the chosen patient's plan arrived: the number of proposals shown

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        provider_id: int | None = None,
        start: datetime | None = None,
        parent: QWidget | None = None,
        patient_id: int | None = None,
        *,
        day: date | None = None,
        providers: Sequence[int] = (),
        indication: Indication | None = None,
        search: str = "",
    ) -> None:
        """``start``: the exact slot chosen (UTC); without one (or one in the past) the dialog finds
        the first free time from ``day`` among ``providers`` (else ``provider_id``, else everyone).
        ``patient_id``: the patient already chosen; ``indication``: the treatment they are due for
        (the recall list knows it); ``search``: text typed for a patient, searched at once."""
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("BookingDialog", "Book appointment"))
        self.setMinimumWidth(860)
        self._services = services
        self._operations = operations
        self._provider_id = provider_id
        self._start = start
        self._day = day
        self._providers = tuple(providers)
        self._patient_id = patient_id
        self._indication = indication
        self._initial_search = search.strip()
        self.clinic_time = ClinicTime()
        self.today = date.today()
        self.result_: BookingResult | None = None
        self.plan: PatientPlan | None = None
        self._auto_time = False  # the time is the dialog's own first-free pick, not a person's
        self._exact = False  # opened at a slot a person chose: it stays chosen over the proposals
        self._filling = False  # the dialog is setting fields itself: not a person's choice
        self._advance = False  # once the patient's plan arrives, go on to the proposals
        self._planning = False  # the chosen patient's plan is on its way
        self._seeking = False  # the dialog's own first-free search is on its way
        self._plan_for: int | None = None
        self._ready = False

        self._build_proposals()
        self.picker = PatientPicker(services, operations, self)  # Enter on a name chooses, never books
        self.picker.changed.connect(self._patient_changed)
        self.picker.go_on.connect(self._picked)
        self.picker.failed.connect(self._show_error)
        self.picker.searched.connect(self.searched)
        self.search, self.hits = self.picker.search, self.picker.hits

        self._build_fields()
        form = self._build_form()
        hint = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(self.plan_note)
        layout.addWidget(self.choices)
        layout.addWidget(self.why)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        set_default_button(self, self.book_button)  # now that it is in the dialog
        self._set_tab_order()
        self._load()

    def _build_proposals(self) -> None:
        """Above the form: the plan's note, the proposals (best first) and why the highlighted one."""
        self.plan_note = QLabel("")
        self.plan_note.setObjectName("planNote")
        self.plan_note.setWordWrap(True)
        self.plan_note.hide()
        self.choices = ProposalChoices()
        self.choices.setToolTip(
            QCoreApplication.translate(
                "BookingDialog",
                "The clinic's proposals for this patient, best first: Enter books the one highlighted",
            )
        )
        self.choices.highlighted.connect(self._proposal_highlighted)
        self.choices.book_requested.connect(self.submit)
        self.choices.hide()
        self.why = QLabel("")  # the highlighted proposal's reasons in full (the column elides them)
        self.why.setObjectName("proposalReasons")
        self.why.setWordWrap(True)
        self.why.hide()

    def _build_fields(self) -> None:
        """The form's fields: provider, type and length, when, series, room, override reason, notes."""
        self.provider = QComboBox()
        self.provider.currentIndexChanged.connect(lambda _i: self._chosen_by_hand())
        self.type = QComboBox()
        set_name(self.type, QCoreApplication.translate("BookingDialog", "Appointment type"))
        self.type.currentIndexChanged.connect(self._type_chosen)
        self.duration = QSpinBox()
        self.duration.setRange(5, 480)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(QCoreApplication.translate("BookingDialog", " min"))
        set_name(self.duration, QCoreApplication.translate("BookingDialog", "Length in minutes"))
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(datetime_pattern())
        set_name(
            self.when,
            QCoreApplication.translate("BookingDialog", "When"),
            QCoreApplication.translate("BookingDialog", "The day and time the appointment starts"),
        )
        self.when.dateTimeChanged.connect(lambda _v: self._chosen_by_hand())
        self.next_free = QPushButton(QCoreApplication.translate("BookingDialog", "Next free slot"))
        self.next_free.setToolTip(
            QCoreApplication.translate(
                "BookingDialog", "The first free time for this type with this provider, from the chosen day"
            )
        )
        self.next_free.clicked.connect(self.find_free_slot)
        self.series = RepeatControl()
        self.repeat, self.every, self.count = self.series.repeat, self.series.every, self.series.count
        self.room = QComboBox()
        self.override = QLineEdit()
        self.override.setPlaceholderText(
            QCoreApplication.translate("BookingDialog", "Why it is booked anyway (kept on record)")
        )
        self.override_label = QLabel(QCoreApplication.translate("BookingDialog", "Override reason"))
        self.notes = QLineEdit()
        self.error = QLabel("")
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()

    def _build_form(self) -> QFormLayout:
        """Patient, provider, type, when, series, room, notes; the override reason hidden until asked."""
        when_row = QHBoxLayout()
        when_row.addWidget(self.when, 1)
        when_row.addWidget(self.next_free)
        type_row = QHBoxLayout()
        type_row.addWidget(self.type, 1)
        type_row.addWidget(self.duration)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("BookingDialog", "&Patient"), self.search)
        form.addRow("", self.hits)
        form.addRow(QCoreApplication.translate("BookingDialog", "Pro&vider"), self.provider)
        form.addRow(QCoreApplication.translate("BookingDialog", "Type"), type_row)
        form.addRow(QCoreApplication.translate("BookingDialog", "When"), when_row)
        form.addRow(QCoreApplication.translate("BookingDialog", "Series"), self.series)
        form.addRow(QCoreApplication.translate("BookingDialog", "R&oom"), self.room)
        form.addRow(self.override_label, self.override)
        form.addRow(QCoreApplication.translate("BookingDialog", "&Notes"), self.notes)
        self._form = form
        form.setRowVisible(self.override, False)
        return form

    def _build_buttons(self) -> QLabel:
        """Book (the default button) and Cancel; the returned hint says what Enter and Esc do."""
        self.buttons = ButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.book_button = self.buttons.addButton(
            QCoreApplication.translate("BookingDialog", "Book"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.book_button.setEnabled(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(
            QCoreApplication.translate(
                "BookingDialog", "Enter books the highlighted choice · Esc closes without booking"
            )
        )
        hint.setStyleSheet("color: palette(placeholder-text);")
        return hint

    def _set_tab_order(self) -> None:
        """Tab goes as the eye reads: the proposals, then the form top to bottom, left to right."""
        chain: list[QWidget] = [self.choices, self.search, self.hits, self.provider, self.type]
        chain += [self.duration, self.when, self.next_free, self.repeat, self.every, self.count]
        chain += [self.room, self.override, self.notes]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)  # as the eye reads: top to bottom, left to right

    # --- loading --------------------------------------------------------------------------------

    def _load(self) -> None:
        services, patient_id = self._services, self._patient_id

        def work() -> _Setup:
            providers = [p for p in services.resources.providers() if p.active]
            resources = services.resources
            patient = SearchHit(services.patients.get(patient_id), 0) if patient_id is not None else None
            return _Setup(
                providers, resources.types(), resources.rooms(), services.time, services.now(), patient
            )

        self._operations.run("booking-setup", work, self._fill, self._failed)

    def _fill(self, setup: _Setup) -> None:
        self.clinic_time = setup.clinic_time
        self.today = setup.clinic_time.local_date(setup.now)
        self._filling = True
        for provider in setup.providers:
            self.provider.addItem(provider.name, provider.id)
        wanted = self._provider_id if self._provider_id is not None else next(iter(self._providers), None)
        if wanted is not None:
            self.provider.setCurrentIndex(max(self.provider.findData(wanted), 0))
        for kind in setup.types:
            self.type.addItem(
                QCoreApplication.translate("BookingDialog", "{type} ({minutes} min)").format(
                    type=kind.name, minutes=kind.minutes
                ),
                kind,
            )
        # A first visit until the patient says otherwise: a procedure is chosen on purpose.
        self.type.setCurrentIndex(first_visit_type(setup.types))
        self.room.addItem(QCoreApplication.translate("BookingDialog", "Any suitable room"), None)
        for room in setup.rooms:
            self.room.addItem(f"{room.name} ({room.kind})", room.id)
        exact = self._start is not None and self._start >= setup.now
        if exact and self._start is not None:
            self.set_local_time(self.clinic_time.to_local(self._start).replace(tzinfo=None))
        else:  # a placeholder until the first free time is found: never a time already past
            day = max(self._day or self.today, self.today)
            local = self.clinic_time.to_local(setup.now).replace(tzinfo=None)
            opening = local + timedelta(minutes=-local.minute % 15) if day == self.today else None
            self.set_local_time(opening or datetime(day.year, day.month, day.day, 8, 0))
        self._filling = False
        self._auto_time = not exact
        self._exact = exact
        self._ready = True
        self._update_book()
        self.ready.emit()
        if self._auto_time:
            self._find_first_free()
        if setup.patient is not None:
            self._advance = True
            self.picker.show_hits([setup.patient])
        elif self._initial_search:
            self.picker.type_and_pick(self._initial_search)
        else:
            self.search.setFocus()

    def _chosen_by_hand(self) -> None:
        if not self._filling:
            self._auto_time = False

    def _type_chosen(self, _index: int) -> None:
        kind = self.type.currentData()
        if isinstance(kind, AppointmentType):
            self.duration.setValue(kind.minutes)
            if self._auto_time and not self._filling and self._ready:
                self._find_first_free()  # a longer visit may not fit where the shorter one did

    # --- the patient ---------------------------------------------------------------------------

    @property
    def patient_id(self) -> int | None:
        return self.picker.patient_id

    def _picked(self) -> None:
        """Enter on a patient: go on to the proposals (once their plan is here)."""
        self._advance = True
        if not self._planning and self._plan_for == self.patient_id:
            self._go_on()

    def _go_on(self) -> None:
        self._advance = False
        if self.choices.selected() is not None:
            self.choices.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.when.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- slots and booking ----------------------------------------------------------------------

    def request(self) -> BookingRequest:
        kind = self.type.currentData()
        patient = self.patient_id
        if patient is None:
            raise ValueError(QCoreApplication.translate("BookingDialog", "Choose the patient first."))
        if not isinstance(kind, AppointmentType):
            raise ValueError(QCoreApplication.translate("BookingDialog", "Choose the type of appointment."))
        every, count = self.series.series() or (None, None)
        return BookingRequest(
            patient_id=patient,
            provider_id=int(self.provider.currentData()),
            type_name=kind.name,
            start=self.clinic_time.to_utc(self.local_start()),
            duration=self.duration.value(),
            room_id=self.room.currentData(),
            every_weeks=every,
            count=count,
            override_reason=self.override.text().strip(),
            notes=self.notes.text().strip(),
        )

    def submit(self) -> None:
        """Book the highlighted proposal, or what the form says (Enter, or the Book button)."""
        if not self.book_button.isEnabled():
            return  # the form is still changing (or a booking is on its way)
        proposal = self.chosen_proposal()
        if proposal is not None:
            self._book_proposal(proposal)
            return
        try:
            request = self.request()
        except ClinicError as exc:  # a wall-clock time the clocks skip
            self._show_error(exc.message)
            return
        except ValueError as exc:  # a missing choice
            self._show_error(str(exc))
            return
        appointments = self._services.appointments
        self.book_button.setEnabled(False)
        self._operations.run("booking-book", lambda: appointments.book(request), self._booked, self._refused)

    def _book_proposal(self, proposal: Proposal) -> None:
        followups = self._services.followups
        by = workstation_user()

        def work() -> BookingResult | ProposalTakenError:
            try:
                return followups.book(proposal, by)
            except ProposalTakenError as taken:  # keep the fresh proposals, not only the message
                return taken

        self.book_button.setEnabled(False)
        self._operations.run("booking-book", work, self._proposal_booked, self._refused)

    def _proposal_booked(self, result: BookingResult | ProposalTakenError) -> None:
        if isinstance(result, ProposalTakenError):
            self.book_button.setEnabled(True)
            plan = self.plan
            self.choices.set_proposals(result.proposals, self.clinic_time, plan.last_dose if plan else None)
            self.choices.setVisible(bool(result.proposals))
            self.choices.fit_rows(len(result.proposals))
            self._show_error(result.message)
            return
        self._booked(result)

    def _booked(self, result: BookingResult) -> None:
        self.result_ = result
        self.booked.emit([a.id for a in result.appointments])
        self.accept()

    def _refused(self, error: ClinicError) -> None:
        self.book_button.setEnabled(True)
        if isinstance(error, OverrideRequiredError):  # the type decides, never the words
            self._form.setRowVisible(self.override, True)
            self.override.setFocus()
        self._show_error(error.message)

    def _failed(self, error: ClinicError) -> None:
        self._show_error(error.message)

    def _show_error(self, message: str) -> None:
        # The error's red, readable in the palette in force now (high contrast, dark: appearance.py).
        self.error.setStyleSheet(f"color: {readable_ink(ERROR_RED)};")
        self.error.setText(message)
        self.error.show()

    def done(self, result: int) -> None:
        self.picker.stop()
        super().done(result)
