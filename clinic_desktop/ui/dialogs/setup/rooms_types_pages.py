"""Rooms, and the types of appointment: name, length, colour, the kind of room a visit needs, and
whether it is a toxin treatment (whose booking the 12-week rule watches). The types a new clinic
starts with are suggested from what its providers treat (domain/setup.py). A room or type that was
ever booked stays on record (rename or change it); one never booked can be removed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.entities import MAX_APPOINTMENT_MINUTES, AppointmentType, Room
from clinic_desktop.domain.setup import SeedType
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.dialogs.setup.common import (
    RecordModel,
    SetupPage,
    button,
    form,
    record_table,
    selected_record,
    side_by_side,
)
from clinic_desktop.ui.names import name_table
from clinic_desktop.ui.operations import Operations

ROOM_KINDS = ("exam", "procedure")
ANY_ROOM = "Any room (the provider's own)"


class RoomsPage(SetupPage):
    key = "rooms"
    title = "Rooms"
    lead = (
        "The clinic's rooms and their kind. A type of visit that needs a kind of room (the bladder "
        "procedure needs a procedure room) is booked into a free room of that kind."
    )

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, operations, parent)
        self.editing: Room | None = None
        self.model: RecordModel[Room] = RecordModel(("Room", "Kind"), lambda r: (r.name, r.kind), self)
        self.table = record_table(self.model, "roomsTable", spoken="Rooms")
        self.table.selectionModel().selectionChanged.connect(lambda _n, _o: self._selected())
        self.name = QLineEdit()
        self.name.setObjectName("roomName")
        self.name.setMaxLength(120)
        self.name.setPlaceholderText("e.g. Room 1, Procedure room")
        self.kind = QComboBox()
        self.kind.setObjectName("roomKind")
        self.kind.setEditable(True)
        self.kind.addItems(ROOM_KINDS)
        self.new_button = button("New roo&m")
        self.new_button.clicked.connect(self.start_new)
        self.remove_button = button("&Remove room", "Remove the selected room (only one never booked)")
        self.remove_button.setObjectName("removeRoom")
        self.remove_button.clicked.connect(self.remove)
        self.save_button = button("&Add room")
        self.primary = self.save_button
        self.save_button.setObjectName("saveRoom")
        self.save_button.clicked.connect(self.save)
        fields = form()
        fields.addRow("&Name:", self.name)
        fields.addRow("&Kind:", self.kind)
        self.layout_.addLayout(side_by_side(self.table, fields), 1)
        self.layout_.addWidget(self.notice)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.layout_.addLayout(buttons)

    def read(self) -> Any:
        return self.services.resources.rooms()

    def show_records(self, records: Any) -> None:
        self.model.set_rows(records)
        self.table.resizeColumnsToContents()
        self.remove_button.setEnabled(self.editing is not None)

    def _selected(self) -> None:
        room = selected_record(self.table, self.model)
        if room is None:
            return
        self.editing = room
        self.name.setText(room.name)
        self.kind.setCurrentText(room.kind)
        self.save_button.setText("&Save changes")
        self.remove_button.setEnabled(True)

    def start_new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.name.clear()
        self.kind.setCurrentText("exam")
        self.save_button.setText("&Add room")
        self.remove_button.setEnabled(False)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        resources, name, kind = self.services.resources, self.name.text(), self.kind.currentText()
        if self.editing is not None:
            room_id = self.editing.id
            self.run(lambda: resources.change_room(room_id, name, kind), lambda r: f"{r.name} saved.")
            return

        def said(room: Room) -> str:
            self.start_new()
            return f"{room.name} ({room.kind}) added."

        self.run(lambda: resources.add_room(name, kind), said)

    def remove(self) -> None:
        room = self.editing
        if room is None:
            self.notice.refuse("Select the room to remove.")
            return
        resources = self.services.resources

        def said(_result: object) -> str:
            self.start_new()
            return f"{room.name} removed."

        self.run(lambda: resources.remove_room(room.id), said)


def _type_cells(t: AppointmentType) -> tuple[str, ...]:
    return (t.name + (" (toxin)" if t.is_treatment else ""), f"{t.minutes} min", t.room_kind or "any")


class TypesPage(SetupPage):
    key = "types"
    title = "Appointment types"
    lead = (
        "The kinds of visit the clinic books. A toxin treatment type is tied to the indication it "
        "treats: its bookings are checked against the 12-week minimum interval."
    )

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, operations, parent)
        self.editing: AppointmentType | None = None
        # Suggestions from what the providers treat
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("suggestedTypes")
        self.add_suggested = button("Add the &ticked types", "Add the suggested types ticked above")
        self.add_suggested.setObjectName("addSuggestedTypes")
        self.add_suggested.clicked.connect(self.add_suggestions)
        self.suggested_group = QGroupBox("Suggested from what your providers treat")
        self.add_form(self.suggested_group, self.add_suggested)
        suggested_layout = QVBoxLayout(self.suggested_group)
        suggested_layout.addWidget(self.suggestions)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_suggested)
        suggested_layout.addLayout(row)
        # The clinic's types
        self.model: RecordModel[AppointmentType] = RecordModel(
            ("Type", "Length", "Room"),
            _type_cells,
            self,
            colour=lambda t: t.colour,
        )
        self.table = record_table(self.model, "typesTable", give_way=0, spoken="Appointment types")
        self.table.selectionModel().selectionChanged.connect(lambda _n, _o: self._selected())
        self.name = QLineEdit()
        self.name.setObjectName("typeName")
        self.name.setMaxLength(120)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("typeMinutes")
        self.minutes.setRange(0, MAX_APPOINTMENT_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(" minutes")
        self.minutes.setValue(30)
        self.colour = QLineEdit("#7a8a9c")
        self.colour.setObjectName("typeColour")
        self.colour.setMaxLength(7)
        self.room = QComboBox()
        self.room.setObjectName("typeRoom")
        self.room.addItem(ANY_ROOM, "")
        for kind in ROOM_KINDS:
            self.room.addItem(f"A {kind} room", kind)
        self.indication = QComboBox()
        self.indication.setObjectName("typeIndication")
        self.indication.addItem("None (not tied to an indication)", "")
        for indication in Indication:
            self.indication.addItem(indication.label, indication.value)
        self.treatment = QCheckBox("A to&xin treatment (the 12-week rule applies)")
        self.treatment.setObjectName("typeTreatment")
        self.indication.currentIndexChanged.connect(
            lambda _i: self.treatment.setChecked(bool(self.indication.currentData()))
        )
        self.new_button = button("New t&ype")
        self.new_button.clicked.connect(self.start_new)
        self.remove_button = button("&Remove type", "Remove the selected type (only one never booked)")
        self.remove_button.setObjectName("removeType")
        self.remove_button.clicked.connect(self.remove)
        self.save_button = button("&Add type")
        self.primary = self.save_button
        self.save_button.setObjectName("saveType")
        self.save_button.clicked.connect(self.save)
        fields = form()
        fields.addRow("&Name:", self.name)
        fields.addRow("&Length:", self.minutes)
        fields.addRow("C&olour:", self.colour)
        fields.addRow("Roo&m needed:", self.room)
        fields.addRow("&Indication:", self.indication)
        fields.addRow("", self.treatment)
        self.layout_.addWidget(self.suggested_group)
        self.layout_.addLayout(side_by_side(self.table, fields), 1)
        self.layout_.addWidget(self.notice)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.layout_.addLayout(buttons)

    def read(self) -> Any:
        return self.services.resources.types(), self.services.setup.suggested_types()

    def show_records(self, records: Any) -> None:
        types, suggested = records
        self.model.set_rows(types)
        self.table.resizeColumnsToContents()
        self.suggestions.clear()
        for seed in suggested:
            self.suggestions.addItem(self._suggestion(seed))
        self.suggestions.setFixedHeight(
            self.suggestions.sizeHintForRow(0) * min(max(len(suggested), 1), 4) + 8 if suggested else 0
        )
        self.suggested_group.setVisible(bool(suggested))
        name_table(self.suggestions, f"Suggested appointment types to tick, {len(suggested)}")
        self.remove_button.setEnabled(self.editing is not None)

    @staticmethod
    def _suggestion(seed: SeedType) -> QListWidgetItem:
        room = f", needs a {seed.room_kind} room" if seed.room_kind else ""
        item = QListWidgetItem(f"{seed.name} — {seed.minutes} minutes{room}")
        item.setData(Qt.ItemDataRole.UserRole, seed.name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        return item

    def add_suggestions(self) -> None:
        names = [
            str(self.suggestions.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.suggestions.count())
            if self.suggestions.item(i).checkState() == Qt.CheckState.Checked
        ]
        setup = self.services.setup
        self.run(
            lambda: setup.add_suggested_types(names),
            lambda made: (
                f"Added {len(made)} type{'s' if len(made) != 1 else ''}: {', '.join(t.name for t in made)}."
            ),
        )

    def _selected(self) -> None:
        kind = selected_record(self.table, self.model)
        if kind is None:
            return
        self.editing = kind
        self.name.setText(kind.name)
        self.minutes.setValue(kind.minutes)
        self.colour.setText(kind.colour)
        self.room.setCurrentIndex(max(0, self.room.findData(kind.room_kind or "")))
        self.indication.setCurrentIndex(
            max(0, self.indication.findData(kind.indication.value if kind.indication else ""))
        )
        self.treatment.setChecked(kind.is_treatment)
        self.save_button.setText("&Save changes")
        self.remove_button.setEnabled(True)

    def start_new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.name.clear()
        self.minutes.setValue(30)
        self.colour.setText("#7a8a9c")
        self.room.setCurrentIndex(0)
        self.indication.setCurrentIndex(0)
        self.treatment.setChecked(False)
        self.save_button.setText("&Add type")
        self.remove_button.setEnabled(False)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        resources = self.services.resources
        name, minutes, colour = self.name.text(), self.minutes.value(), self.colour.text().strip()
        room = str(self.room.currentData() or "") or None
        code = str(self.indication.currentData() or "")
        indication = Indication(code) if code else None
        treatment = self.treatment.isChecked()
        if self.editing is not None:
            type_id = self.editing.id
            self.run(
                lambda: resources.change_type(type_id, name, minutes, room, indication, colour, treatment),
                lambda t: f"{t.name} saved.",
            )
            return

        def said(kind: AppointmentType) -> str:
            self.start_new()
            return f"{kind.name} ({kind.minutes} minutes) added."

        self.run(lambda: resources.add_type(name, minutes, room, indication, colour, treatment), said)

    def remove(self) -> None:
        kind = self.editing
        if kind is None:
            self.notice.refuse("Select the type to remove.")
            return
        resources = self.services.resources

        def said(_result: object) -> str:
            self.start_new()
            return f"{kind.name} removed."

        self.run(lambda: resources.remove_type(kind.id), said)
