"""The booking dialog's time: the form's local start, and the free-slot searches (the first free
time when the dialog opens, "Next free slot" when asked), which Book waits for. ``BookingState``
declares, for the type checker, what the dialog's parts share (booking.py builds it)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime

from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.entities import AppointmentType
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.services.appointments import Slot

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QDialog, QLabel, QLineEdit, QPushButton, QSpinBox

    from clinic_desktop.domain.codes import Indication
    from clinic_desktop.services import ClinicServices
    from clinic_desktop.ui.dialogs.booking_plan import PatientPlan
    from clinic_desktop.ui.operations import Operations
    from clinic_desktop.ui.widgets.proposal_choices import ProposalChoices
    from clinic_desktop.ui.widgets.repeat_control import RepeatControl

    _Dialog = QDialog
else:
    _Dialog = object


class BookingState(_Dialog):
    """What BookingDialog's parts share; declared for the type checker only."""

    if TYPE_CHECKING:
        _services: ClinicServices
        _operations: Operations
        _provider_id: int | None
        _providers: tuple[int, ...]
        _day: date | None
        _patient_id: int | None
        _indication: Indication | None
        clinic_time: ClinicTime
        today: date
        plan: PatientPlan | None
        _auto_time: bool
        _exact: bool
        _filling: bool
        _advance: bool
        _planning: bool
        _seeking: bool
        _plan_for: int | None
        _ready: bool
        plan_note: QLabel
        choices: ProposalChoices
        why: QLabel
        provider: QComboBox
        type: QComboBox
        duration: QSpinBox
        when: QDateTimeEdit
        series: RepeatControl
        room: QComboBox
        override: QLineEdit
        notes: QLineEdit
        error: QLabel
        book_button: QPushButton
        slot_found: SignalInstance
        planned: SignalInstance

        @property
        def patient_id(self) -> int | None: ...
        def _show_error(self, message: str) -> None: ...
        def _go_on(self) -> None: ...


class SlotSearchMixin(BookingState):
    """The form's time and the searches for a free one."""

    def set_local_time(self, local: datetime) -> None:
        self.when.setDateTime(QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0))

    def local_start(self) -> datetime:
        value = self.when.dateTime()
        day, clock = value.date(), value.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())

    def find_free_slot(self) -> None:
        """ "Next free slot": from the chosen day, or from today when that day has passed."""
        provider_id = self.provider.currentData()
        kind = self.type.currentData()
        if provider_id is None or not isinstance(kind, AppointmentType):
            return
        appointments = self._services.appointments
        from_day: date = max(self.local_start().date(), self.today)
        self._auto_time = False  # a person asked: a pending first-free search no longer applies
        self._seeking = True
        self._update_book()
        self._operations.run(
            "booking-slot",
            lambda: appointments.free_slots(int(provider_id), kind.name, from_day, 1),
            self._next_free_found,
            self._seek_failed,
        )

    def _next_free_found(self, slots: list[Slot]) -> None:
        self._seeking = False
        self._update_book()
        self._slot_found(slots)

    def _find_first_free(self) -> None:
        """The first free time from the calendar's day among the providers it shows."""
        kind = self.type.currentData()
        if not isinstance(kind, AppointmentType) or not self.provider.count():
            return
        chosen = self.provider.currentData()
        shown = [p for p in self._providers if self.provider.findData(p) >= 0]
        if self._provider_id is not None and self._provider_id not in shown:
            shown.insert(0, self._provider_id)
        providers = shown or ([int(chosen)] if chosen is not None else [])
        from_day = max(self._day or self.today, self.today)
        appointments = self._services.appointments

        def work() -> list[Slot]:
            found = appointments.free_slots_for([(p, 1) for p in providers], kind.name, from_day)
            slots = [s for p in providers for s in found.get(p, [])]
            return sorted(slots, key=lambda s: s.start)[:1]

        self._seeking = True
        self._update_book()
        self._operations.run("booking-slot", work, self._first_free_found, self._seek_failed)

    def _first_free_found(self, slots: list[Slot]) -> None:
        self._seeking = False
        self._update_book()
        if self._auto_time:  # not once a proposal or a person has chosen the time
            self._slot_found(slots)

    def _seek_failed(self, error: ClinicError) -> None:
        self._seeking = False
        self._update_book()
        self._show_error(error.message)

    def _update_book(self) -> None:
        """Book waits for what would change the form: the patient's plan, the first free time."""
        self.book_button.setEnabled(self._ready and not self._planning and not self._seeking)

    def _slot_found(self, slots: list[Slot]) -> None:
        if not slots:
            self._show_error(
                QCoreApplication.translate(
                    "BookingDialog", "No free time for this type with this provider in the next 90 days."
                )
            )
            self.slot_found.emit(False)
            return
        slot = slots[0]
        self._filling = True
        self.provider.setCurrentIndex(max(self.provider.findData(slot.provider_id), 0))
        self.set_local_time(self.clinic_time.to_local(slot.start).replace(tzinfo=None))
        self.room.setCurrentIndex(max(self.room.findData(slot.room_id), 0))
        self._filling = False
        self.error.hide()
        self.slot_found.emit(True)
