"""What the front desk does to the selected visit on the flow board: the next step (Enter), a step
back, to a room (which one, the booked one first), a status, cancelling with its reason and then
offering the freed slot to the waiting list; the same from a card's context menu."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import (
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from clinic_desktop.domain import flow
from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.entities import Room, ScheduleEntry
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.ui.dialogs.waitlist import WaitlistDialog, WaitlistOfferDialog

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from clinic_desktop.services import ClinicServices
    from clinic_desktop.ui.operations import Operations


class FlowActionsMixin:
    """FlowBoardView's actions on the selected visit (the view is the dialogs' parent)."""

    if TYPE_CHECKING:
        _services: ClinicServices
        _operations: Operations
        _key: str
        _selected: int | None
        _rooms_booked: dict[int, int | None]
        _entries: dict[int, ScheduleEntry]
        offer_dialog: WaitlistOfferDialog | None
        buttons: dict[AppointmentStatus, QPushButton]
        cancel_button: QPushButton
        undo_button: QPushButton
        offers_shown: SignalInstance

        def refresh(self) -> None: ...
        def _status(self) -> AppointmentStatus | None: ...
        def _allowed(self, status: AppointmentStatus) -> bool: ...
        def _picked(self, listing: QListWidget, item: QListWidgetItem | None) -> None: ...

    @property
    def _view(self) -> QWidget:
        return cast(QWidget, self)

    def advance_selected(self) -> None:
        """Enter: the next step for the selected patient (check in, to room, complete)."""
        current = self._status()
        if current is not None and current in flow.NEXT_STEP and self._allowed(flow.NEXT_STEP[current]):
            self.set_selected_status(flow.NEXT_STEP[current])

    def undo_selected(self) -> None:
        current = self._status()
        if current is None or not flow.UNDO.get(current):
            return
        # Back to where it most likely came from: the nearest earlier status in the visit's life.
        order = list(AppointmentStatus)
        choices = sorted(flow.UNDO[current], key=order.index)
        self.set_selected_status(choices[-1])

    def pick_room(self, rooms: list[Room], booked: int | None) -> int | None | bool:
        """Which room the patient goes to: a room id, None to keep the booked one, False to stay."""
        if not rooms:
            return None
        names = [f"{r.name} ({r.kind})" for r in rooms]
        current = next((i for i, r in enumerate(rooms) if r.id == booked), 0)
        chosen, ok = QInputDialog.getItem(
            self._view,
            QCoreApplication.translate("FlowBoard", "To room"),
            QCoreApplication.translate("FlowBoard", "Which room does the patient go to?"),
            names,
            current,
            False,
        )
        if not ok:
            return False
        return rooms[names.index(chosen)].id

    def send_selected_to_room(self) -> None:
        """To room: ask which room (the booked one first), then the service checks it is free."""
        appointment_id = self._selected
        if appointment_id is None:
            return
        services = self._services
        booked = self._rooms_booked.get(appointment_id)

        def chosen(rooms: list[Room]) -> None:
            room = self.pick_room(rooms, booked)
            if room is False:
                return
            self._operations.run(
                f"{self._key}-action",
                lambda: services.appointments.send_to_room(
                    appointment_id, room if isinstance(room, int) else None
                ),
                lambda _result: self.refresh(),
                self._room_refused,
            )

        self._operations.run(f"{self._key}-rooms", services.resources.rooms, chosen)

    def _room_refused(self, error: ClinicError) -> None:
        QMessageBox.warning(
            self._view, QCoreApplication.translate("FlowBoard", "Not sent to the room"), error.message
        )

    def set_selected_status(self, status: AppointmentStatus) -> None:
        appointment_id = self._selected
        if appointment_id is None:
            return
        if status is AppointmentStatus.IN_ROOM:
            self.send_selected_to_room()
            return
        services = self._services
        self._operations.run(
            f"{self._key}-action",
            lambda: services.appointments.set_status(appointment_id, status),
            lambda _result: self.refresh(),
        )

    def cancel_selected(self, reason: str | None = None) -> None:
        """Cancel the selected visit (asking why), then offer its slot to the waiting list."""
        appointment_id = self._selected
        if appointment_id is None:
            return
        if reason is None:
            entry = self._entries.get(appointment_id)
            if entry is not None:
                question = QCoreApplication.translate(
                    "FlowBoard", "Why is {patient}'s visit cancelled?"
                ).format(patient=entry.patient_name)
            else:
                question = QCoreApplication.translate("FlowBoard", "Why is this patient's visit cancelled?")
            reason, ok = QInputDialog.getText(
                self._view, QCoreApplication.translate("FlowBoard", "Cancel visit"), question
            )
            if not ok or not reason.strip():
                return
        services = self._services
        why = reason

        def work() -> tuple[ScheduleEntry, list[flow.WaitlistEntry], ClinicTime]:
            services.appointments.cancel(appointment_id, why)
            return (
                services.appointments.entry(appointment_id),
                services.appointments.offers_for(appointment_id),
                services.time,
            )

        self._operations.run(f"{self._key}-action", work, self._cancelled)

    def _cancelled(self, result: tuple[ScheduleEntry, list[flow.WaitlistEntry], ClinicTime]) -> None:
        freed, offers, clinic_time = result
        self.refresh()
        if not offers:
            return
        dialog = WaitlistOfferDialog(self._services, self._operations, freed, offers, clinic_time, self._view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.booked.connect(lambda _result: self.refresh())
        dialog.destroyed.connect(lambda: setattr(self, "offer_dialog", None))
        self.offer_dialog = dialog
        dialog.open()
        self.offers_shown.emit(dialog)

    def open_waitlist(self) -> WaitlistDialog:
        dialog = WaitlistDialog(self._services, self._operations, self._view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _context_menu(self, listing: QListWidget, pos: QPoint) -> None:
        item = listing.itemAt(pos)
        if item is None:
            return
        listing.setCurrentItem(item)
        self._picked(listing, item)
        menu = QMenu(self._view)
        for status, button in self.buttons.items():
            menu.addAction(button.text(), partial(self.set_selected_status, status)).setEnabled(
                button.isEnabled()
            )
        menu.addSeparator()
        menu.addAction(self.undo_button.text(), self.undo_selected).setEnabled(self.undo_button.isEnabled())
        menu.addAction(self.cancel_button.text(), lambda: self.cancel_selected()).setEnabled(
            self.cancel_button.isEnabled()
        )
        menu.exec(listing.viewport().mapToGlobal(pos))
