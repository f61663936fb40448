"""Book an appointment: find the patient, choose provider, type and time, and let the service decide.

The dialog holds no booking rules. It asks the appointment service (off the GUI thread) and shows
the service's refusal inline, word for word; when the service refuses with an OverrideRequiredError
(outside working hours, a treatment before the first safe day) the reason field appears, so
booking anyway is a deliberate second step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.entities import AppointmentType, Provider, Room
from clinic_desktop.domain.errors import ClinicError, OverrideRequiredError
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingRequest, BookingResult, Slot
from clinic_desktop.services.patients import SearchHit
from clinic_desktop.ui.operations import Operations

DEBOUNCE_MS = 250


@dataclass(frozen=True)
class _Setup:
    providers: list[Provider]
    types: list[AppointmentType]
    rooms: list[Room]
    clinic_time: ClinicTime
    now: datetime
    patient: SearchHit | None = None


class BookingDialog(QDialog):
    booked = Signal(list)  # ids of the appointments made
    ready = Signal()  # providers, types and rooms are loaded
    searched = Signal(int)  # number of patients found
    slot_found = Signal(bool)

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        provider_id: int | None = None,
        start: datetime | None = None,
        parent: QWidget | None = None,
        patient_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Book appointment")
        self.setMinimumWidth(640)
        self._services = services
        self._operations = operations
        self._provider_id = provider_id
        self._start = start
        self._patient_id = patient_id
        self.clinic_time = ClinicTime()
        self.result_: BookingResult | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText("Name, phone, date of birth or MRN")
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._search_now)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.hits = QListWidget()
        self.hits.setMinimumHeight(120)

        self.provider = QComboBox()
        self.type = QComboBox()
        self.type.currentIndexChanged.connect(self._type_chosen)
        self.duration = QSpinBox()
        self.duration.setRange(5, 480)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(" min")
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.next_free = QPushButton("Next free slot")
        self.next_free.setToolTip("The first free time for this type with this provider, from the chosen day")
        self.next_free.clicked.connect(self.find_free_slot)
        self.room = QComboBox()
        self.override = QLineEdit()
        self.override.setPlaceholderText("Why it is booked anyway (kept on record)")
        self.override_label = QLabel("Override reason")
        self.notes = QLineEdit()
        self.error = QLabel("")
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        when_row = QHBoxLayout()
        when_row.addWidget(self.when, 1)
        when_row.addWidget(self.next_free)
        type_row = QHBoxLayout()
        type_row.addWidget(self.type, 1)
        type_row.addWidget(self.duration)
        form = QFormLayout()
        form.addRow("Patient", self.search)
        form.addRow("", self.hits)
        form.addRow("Provider", self.provider)
        form.addRow("Type", type_row)
        form.addRow("When", when_row)
        form.addRow("Room", self.room)
        form.addRow(self.override_label, self.override)
        form.addRow("Notes", self.notes)
        self._form = form
        form.setRowVisible(self.override, False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.book_button = self.buttons.addButton("Book", QDialogButtonBox.ButtonRole.AcceptRole)
        self.book_button.setDefault(True)
        self.book_button.setEnabled(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._load()

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
        for provider in setup.providers:
            self.provider.addItem(provider.name, provider.id)
        if self._provider_id is not None:
            self.provider.setCurrentIndex(max(self.provider.findData(self._provider_id), 0))
        for kind in setup.types:
            self.type.addItem(f"{kind.name} ({kind.minutes} min)", kind)
        # Start on a type that fits any room: a procedure type is chosen on purpose, not by the alphabet.
        plain = next((i for i, kind in enumerate(setup.types) if not kind.room_kind), 0)
        self.type.setCurrentIndex(plain)
        self.room.addItem("Any suitable room", None)
        for room in setup.rooms:
            self.room.addItem(f"{room.name} ({room.kind})", room.id)
        start = self._start or setup.now
        local = self.clinic_time.to_local(start)
        self.set_local_time(local.replace(tzinfo=None))
        self.book_button.setEnabled(True)
        self.ready.emit()
        if setup.patient is not None:
            self._show_hits([setup.patient])
        else:
            self.search.setFocus()

    def set_local_time(self, local: datetime) -> None:
        self.when.setDateTime(QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0))

    def _type_chosen(self, _index: int) -> None:
        kind = self.type.currentData()
        if isinstance(kind, AppointmentType):
            self.duration.setValue(kind.minutes)

    # --- patient search -------------------------------------------------------------------------

    def _search_now(self) -> None:
        text = self.search.text().strip()
        patients = self._services.patients
        if not text:
            self._show_hits([])
            return
        self._operations.run("booking-search", lambda: patients.search(text), self._show_hits, self._failed)

    def _show_hits(self, hits: list[SearchHit]) -> None:
        self.hits.clear()
        for hit in hits:
            record = hit.record
            born = f"{record.date_of_birth:%Y-%m-%d}" if record.date_of_birth else "?"
            marker = "  ⚠ consent expired" if hit.expired_consent else ""
            item = QListWidgetItem(f"{record.display_name} · born {born} · {record.mrn}{marker}")
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.hits.addItem(item)
        if len(hits) >= 1:
            self.hits.setCurrentRow(0)
        self.searched.emit(len(hits))

    @property
    def patient_id(self) -> int | None:
        item = self.hits.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    # --- slots and booking ----------------------------------------------------------------------

    def local_start(self) -> datetime:
        value = self.when.dateTime()
        day, clock = value.date(), value.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())

    def find_free_slot(self) -> None:
        provider_id = self.provider.currentData()
        kind = self.type.currentData()
        if provider_id is None or not isinstance(kind, AppointmentType):
            return
        appointments = self._services.appointments
        from_day: date = self.local_start().date()
        self._operations.run(
            "booking-slot",
            lambda: appointments.free_slots(int(provider_id), kind.name, from_day, 1),
            self._slot_found,
            self._failed,
        )

    def _slot_found(self, slots: list[Slot]) -> None:
        if not slots:
            self._show_error("No free time for this type with this provider in the next 90 days.")
            self.slot_found.emit(False)
            return
        slot = slots[0]
        self.set_local_time(self.clinic_time.to_local(slot.start).replace(tzinfo=None))
        if slot.room_id is not None:
            self.room.setCurrentIndex(max(self.room.findData(slot.room_id), 0))
        self.error.hide()
        self.slot_found.emit(True)

    def request(self) -> BookingRequest:
        kind = self.type.currentData()
        patient = self.patient_id
        if patient is None:
            raise ValueError("Choose the patient first.")
        if not isinstance(kind, AppointmentType):
            raise ValueError("Choose the type of appointment.")
        return BookingRequest(
            patient_id=patient,
            provider_id=int(self.provider.currentData()),
            type_name=kind.name,
            start=self.clinic_time.to_utc(self.local_start()),
            duration=self.duration.value(),
            room_id=self.room.currentData(),
            override_reason=self.override.text().strip(),
            notes=self.notes.text().strip(),
        )

    def submit(self) -> None:
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
        self.error.setText(message)
        self.error.show()

    def done(self, result: int) -> None:
        self._debounce.stop()
        super().done(result)
