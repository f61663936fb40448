"""The waiting list: the offer of a freed slot after a cancellation, and a small manager.

The offer lists who on the waiting list would take the slot, oldest request first; "Book this
patient" books them into it (through the same booking rules as any other booking) and closes
their request. The manager lists open requests and adds or removes one.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.entities import AppointmentType, Provider, ScheduleEntry
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.domain.flow import WaitlistEntry
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingResult
from clinic_desktop.services.patients import SearchHit
from clinic_desktop.ui.dates import display_date, display_day, display_month_day, display_span, pydate, qdate
from clinic_desktop.ui.keys import ButtonBox
from clinic_desktop.ui.names import name_clear_button, name_table
from clinic_desktop.ui.operations import Operations

ID_ROLE = Qt.ItemDataRole.UserRole


def describe(entry: WaitlistEntry) -> str:
    """'Laura Wright — Review with Dr Lind, Tue 24 Nov to Fri 4 Dec · waiting since 2 Nov', and
    the note on a line of its own."""
    kind = entry.type_name or QCoreApplication.translate("Waitlist", "any visit type")
    provider = entry.provider_name or QCoreApplication.translate("Waitlist", "any provider")
    if entry.latest:
        wants = QCoreApplication.translate(
            "Waitlist", "{patient} — {type} with {provider}, {earliest} to {latest} · waiting since {since}"
        )
    else:
        wants = QCoreApplication.translate(
            "Waitlist", "{patient} — {type} with {provider}, {earliest} on · waiting since {since}"
        )
    text = wants.format(
        patient=entry.patient_name,
        type=kind,
        provider=provider,
        earliest=display_day(entry.earliest),
        latest=display_day(entry.latest) if entry.latest else "",
        since=display_month_day(entry.created_at),
    )
    return text + (f"\n{entry.note}" if entry.note else "")


class WaitlistOfferDialog(QDialog):
    """After a cancellation: who on the waiting list could have the freed slot."""

    booked = Signal(object)  # BookingResult

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        freed: ScheduleEntry,
        offers: list[WaitlistEntry],
        clinic_time: ClinicTime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._operations = operations
        self._freed = freed
        self.setWindowTitle(QCoreApplication.translate("Waitlist", "Offer the freed slot"))
        start = clinic_time.to_local(freed.appointment.start)
        end = clinic_time.to_local(freed.appointment.end)
        intro = QLabel(
            QCoreApplication.translate(
                "Waitlist",
                "{provider}'s slot {time} on {day} is free. These patients on the waiting list would take it "
                "(longest waiting first):",
            ).format(
                provider=freed.provider_name, time=display_span(start, end), day=display_day(start.date())
            )
        )
        intro.setWordWrap(True)
        self.offers = QListWidget()
        name_table(
            self.offers,
            QCoreApplication.translate("Waitlist", "Patients who would take it"),
            QCoreApplication.translate("Waitlist", "Longest waiting first"),
        )
        for entry in offers:
            item = QListWidgetItem(describe(entry))
            item.setData(ID_ROLE, entry.id)
            self.offers.addItem(item)
        self.offers.setCurrentRow(0)
        self.offers.itemDoubleClicked.connect(lambda _item: self.book_selected())
        self.message = QLabel("")
        self.message.setWordWrap(True)
        buttons = ButtonBox()
        self.book_button = buttons.addButton(
            QCoreApplication.translate("Waitlist", "Book this patient"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.not_now_button = buttons.addButton(
            QCoreApplication.translate("Waitlist", "Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.book_button.setDefault(True)
        self.book_button.clicked.connect(self.book_selected)
        self.not_now_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.offers, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def book_selected(self) -> None:
        item = self.offers.currentItem()
        if item is None:
            return
        waitlist_id = int(item.data(ID_ROLE))
        freed_id = self._freed.appointment.id
        services = self._services
        self.book_button.setEnabled(False)
        self._operations.run(
            "waitlist-offer",
            lambda: services.appointments.book_from_waitlist(waitlist_id, freed_id),
            self._booked,
            self._refused,
        )

    def _booked(self, result: BookingResult) -> None:
        self.booked.emit(result)
        self.accept()

    def _refused(self, error: ClinicError) -> None:
        self.book_button.setEnabled(True)
        self.message.setText(error.message)


class WaitlistDialog(QDialog):
    """The open waiting list: add a patient (found by name, phone, birth date or MRN), remove one."""

    changed = Signal()

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._operations = operations
        self.setWindowTitle(QCoreApplication.translate("Waitlist", "Waiting list"))

        self.entries = QListWidget()
        name_table(self.entries, QCoreApplication.translate("Waitlist", "Waiting list"))
        self.entries.currentItemChanged.connect(lambda *_: self._update())
        self.remove_button = QPushButton(QCoreApplication.translate("Waitlist", "Remove from list"))
        self.remove_button.clicked.connect(self.remove_selected)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            QCoreApplication.translate("Waitlist", "Find a patient: name, phone, date of birth or MRN")
        )
        self.search.setClearButtonEnabled(True)
        name_clear_button(self.search, QCoreApplication.translate("Waitlist", "Clear the search"))
        self.results = QListWidget()
        name_table(self.results, QCoreApplication.translate("Waitlist", "Patients found"))
        self.results.setMaximumHeight(110)
        self.results.currentItemChanged.connect(lambda *_: self._update())
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())

        adding = self._build_adding(services.schedule.today())

        self.message = QLabel("")
        self.message.setWordWrap(True)
        close = ButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(QCoreApplication.translate("Waitlist", "Open requests, longest waiting first:"))
        )
        layout.addWidget(self.entries, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(adding)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(620, 620)
        self._update()
        self._load_choices()
        self.reload()

    def _build_adding(self, today: date) -> QGroupBox:
        """The "Add a patient" box: who (found by typing above), with whom, what, from when, a note."""
        self.provider = QComboBox()
        self.provider.addItem(QCoreApplication.translate("Waitlist", "Any provider"), None)
        self.kind = QComboBox()
        self.kind.addItem(QCoreApplication.translate("Waitlist", "Any visit type"), None)
        self.earliest = QDateEdit(qdate(today))
        self.earliest.setCalendarPopup(True)
        self.until = QCheckBox(QCoreApplication.translate("Waitlist", "Until"))
        self.latest = QDateEdit(qdate(today))
        self.latest.setCalendarPopup(True)
        self.latest.setEnabled(False)
        self.until.toggled.connect(self.latest.setEnabled)
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            QCoreApplication.translate("Waitlist", "e.g. mornings only, can come at short notice")
        )
        self.add_button = QPushButton(QCoreApplication.translate("Waitlist", "Add to waiting list"))
        self.add_button.clicked.connect(self.add)
        dates = QHBoxLayout()
        dates.addWidget(self.earliest)
        dates.addWidget(self.until)
        dates.addWidget(self.latest)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Waitlist", "Patient"), self.search)
        form.addRow("", self.results)
        form.addRow(QCoreApplication.translate("Waitlist", "Provider"), self.provider)
        form.addRow(QCoreApplication.translate("Waitlist", "Visit type"), self.kind)
        form.addRow(QCoreApplication.translate("Waitlist", "From"), dates)
        form.addRow(QCoreApplication.translate("Waitlist", "Note"), self.note)
        form.addRow("", self.add_button)
        adding = QGroupBox(QCoreApplication.translate("Waitlist", "Add a patient"))
        adding.setLayout(form)
        return adding

    # --- loading --------------------------------------------------------------------------------

    def _load_choices(self) -> None:
        services = self._services
        self._operations.run(
            "waitlist-choices",
            lambda: (services.resources.providers(), services.resources.types()),
            self._show_choices,
            self._say,
        )

    def _show_choices(self, result: tuple[list[Provider], list[AppointmentType]]) -> None:
        providers, kinds = result
        for provider in providers:
            if provider.active:
                self.provider.addItem(provider.name, provider.id)
        for kind in kinds:
            self.kind.addItem(kind.name, kind.name)

    def reload(self) -> None:
        services = self._services
        self._operations.run("waitlist", services.appointments.waitlist, self._show, self._say)

    def _show(self, entries: list[WaitlistEntry]) -> None:
        self.entries.clear()
        for entry in entries:
            item = QListWidgetItem(describe(entry))
            item.setData(ID_ROLE, entry.id)
            self.entries.addItem(item)
        self._update()

    def _run_search(self) -> None:
        text = self.search.text()
        services = self._services
        self._operations.run(
            "waitlist-search",
            lambda: services.patients.search(text, 10),
            self._show_hits,
            self._say,
        )

    def _show_hits(self, hits: list[SearchHit]) -> None:
        self.results.clear()
        for hit in hits:
            record = hit.record
            item = QListWidgetItem(
                f"{record.display_name} · {display_date(record.date_of_birth)} · {record.mrn}"
            )
            item.setData(ID_ROLE, record.id)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        self._update()

    def _update(self) -> None:
        self.remove_button.setEnabled(self.entries.currentItem() is not None)
        self.add_button.setEnabled(self.results.currentItem() is not None)

    # --- changes --------------------------------------------------------------------------------

    def add(self) -> None:
        patient = self.results.currentItem()
        if patient is None:
            return
        patient_id = int(patient.data(ID_ROLE))
        provider_id = self.provider.currentData()
        type_name = self.kind.currentData()
        earliest = pydate(self.earliest.date())
        latest = pydate(self.latest.date()) if self.until.isChecked() else None
        note = self.note.text()
        services = self._services
        self._operations.run(
            "waitlist-change",
            lambda: services.appointments.add_to_waitlist(
                patient_id, earliest, latest, provider_id, type_name, note
            ),
            self._changed,
            self._say,
        )

    def remove_selected(self) -> None:
        item = self.entries.currentItem()
        if item is None:
            return
        waitlist_id = int(item.data(ID_ROLE))
        services = self._services
        self._operations.run(
            "waitlist-change",
            lambda: services.appointments.remove_from_waitlist(waitlist_id),
            self._changed,
            self._say,
        )

    def _say(self, error: ClinicError) -> None:
        self.message.setText(error.message)

    def _changed(self, _result: object) -> None:
        self.message.setText("")
        self.note.clear()
        self.changed.emit()
        self.reload()
