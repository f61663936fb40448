"""Rooms, and the types of appointment: name, length, colour, the kind of room a visit needs, and
whether it is a toxin treatment (whose booking the 12-week rule watches). The types a new clinic
starts with are suggested from what its providers treat (domain/setup.py). A room or type that was
ever booked stays on record (rename or change it); one never booked can be removed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
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
from clinic_desktop.domain.words import shown
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
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.names import name_table
from clinic_desktop.ui.operations import Operations

# The kinds of room offered: saved as these codes (a type's room kind matches a room's), shown and
# typed in the window's language; a kind of the clinic's own is saved as typed.
ROOM_KINDS = ("exam", "procedure")
TYPE_COLOUR = "#7a8a9c"  # a new type's calendar colour, until one is chosen
KIND_WORDS = {
    "exam": QT_TRANSLATE_NOOP("RoomsTypesPages", "exam"),
    "procedure": QT_TRANSLATE_NOOP("RoomsTypesPages", "procedure"),
}


def kind_words(kind: str) -> str:
    """A room kind as the window shows it: an offered kind in the window's language."""
    return QCoreApplication.translate("RoomsTypesPages", KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def kind_code(text: str) -> str:
    """The kind to save for what was typed or chosen: an offered kind's code, else the text."""
    typed = text.strip().casefold()
    return next((code for code in ROOM_KINDS if kind_words(code).casefold() == typed), text)


class RoomsPage(SetupPage):
    key = "rooms"
    title = QT_TRANSLATE_NOOP("SetupPage", "Rooms")
    lead = QT_TRANSLATE_NOOP(
        "SetupPage",
        "The clinic's rooms and their kind. A type of visit that needs a kind of room (the bladder "
        "procedure needs a procedure room) is booked into a free room of that kind.",
    )

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, operations, parent)
        self.editing: Room | None = None
        self.model: RecordModel[Room] = RecordModel(
            (
                QCoreApplication.translate("RoomsTypesPages", "Room"),
                QCoreApplication.translate("RoomsTypesPages", "Kind"),
            ),
            lambda r: (r.name, kind_words(r.kind)),
            self,
        )
        self.table = record_table(
            self.model, "roomsTable", spoken=QCoreApplication.translate("RoomsTypesPages", "Rooms")
        )
        self.table.selectionModel().selectionChanged.connect(lambda _n, _o: self._selected())
        self.name = QLineEdit()
        self.name.setObjectName("roomName")
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(
            QCoreApplication.translate("RoomsTypesPages", "e.g. Room 1, Procedure room")
        )
        self.kind = QComboBox()
        self.kind.setObjectName("roomKind")
        self.kind.setEditable(True)
        for kind in ROOM_KINDS:
            self.kind.addItem(kind_words(kind), kind)
        self.new_button = button(QCoreApplication.translate("RoomsTypesPages", "New roo&m"))
        self.new_button.clicked.connect(self.start_new)
        self.remove_button = button(
            QCoreApplication.translate("RoomsTypesPages", "&Remove room"),
            QCoreApplication.translate("RoomsTypesPages", "Remove the selected room (only one never booked)"),
        )
        self.remove_button.setObjectName("removeRoom")
        self.remove_button.clicked.connect(self.remove)
        self.save_button = button(QCoreApplication.translate("RoomsTypesPages", "&Add room"))
        self.primary = self.save_button
        self.save_button.setObjectName("saveRoom")
        self.save_button.clicked.connect(self.save)
        fields = form()
        fields.addRow(QCoreApplication.translate("RoomsTypesPages", "&Name:"), self.name)
        fields.addRow(QCoreApplication.translate("RoomsTypesPages", "&Kind:"), self.kind)
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
        self.kind.setCurrentText(kind_words(room.kind))
        self.save_button.setText(QCoreApplication.translate("RoomsTypesPages", "&Save changes"))
        self.remove_button.setEnabled(True)

    def start_new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.name.clear()
        self.kind.setCurrentText(kind_words("exam"))
        self.save_button.setText(QCoreApplication.translate("RoomsTypesPages", "&Add room"))
        self.remove_button.setEnabled(False)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        resources, name, kind = self.services.resources, self.name.text(), kind_code(self.kind.currentText())
        if self.editing is not None:
            room_id = self.editing.id
            self.run(
                lambda: resources.change_room(room_id, name, kind),
                lambda r: QCoreApplication.translate("RoomsTypesPages", "{name} saved.").format(name=r.name),
            )
            return

        def said(room: Room) -> str:
            self.start_new()
            return QCoreApplication.translate("RoomsTypesPages", "{name} ({kind}) added.").format(
                name=room.name, kind=kind_words(room.kind)
            )

        self.run(lambda: resources.add_room(name, kind), said)

    def remove(self) -> None:
        room = self.editing
        if room is None:
            self.notice.refuse(QCoreApplication.translate("RoomsTypesPages", "Select the room to remove."))
            return
        resources = self.services.resources

        def said(_result: object) -> str:
            self.start_new()
            return QCoreApplication.translate("RoomsTypesPages", "{name} removed.").format(name=room.name)

        self.run(lambda: resources.remove_room(room.id), said)


def _type_cells(t: AppointmentType) -> tuple[str, ...]:
    name = (
        QCoreApplication.translate("RoomsTypesPages", "{name} (toxin)").format(name=t.name)
        if t.is_treatment
        else t.name
    )
    room = kind_words(t.room_kind) if t.room_kind else QCoreApplication.translate("RoomsTypesPages", "any")
    return (name, f"{t.minutes} min", room)  # "min": the minute's symbol, the same in every language


class TypesPage(SetupPage):
    key = "types"
    title = QT_TRANSLATE_NOOP("SetupPage", "Appointment types")
    lead = QT_TRANSLATE_NOOP(
        "SetupPage",
        "The kinds of visit the clinic books. A toxin treatment type is tied to the indication it "
        "treats: its bookings are checked against the 12-week minimum interval.",
    )

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, operations, parent)
        self.editing: AppointmentType | None = None
        self._build_suggestions()
        # The clinic's types
        self.model: RecordModel[AppointmentType] = RecordModel(
            (
                QCoreApplication.translate("RoomsTypesPages", "Type"),
                QCoreApplication.translate("RoomsTypesPages", "Length"),
                QCoreApplication.translate("RoomsTypesPages", "Room"),
            ),
            _type_cells,
            self,
            colour=lambda t: t.colour,
        )
        self.table = record_table(
            self.model,
            "typesTable",
            give_way=0,
            spoken=QCoreApplication.translate("RoomsTypesPages", "Appointment types"),
        )
        self.table.selectionModel().selectionChanged.connect(lambda _n, _o: self._selected())
        self.name = QLineEdit()
        self.name.setObjectName("typeName")
        self.name.setMaxLength(120)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("typeMinutes")
        self.minutes.setRange(0, MAX_APPOINTMENT_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(QCoreApplication.translate("RoomsTypesPages", " minutes"))
        self.minutes.setValue(30)
        self.colour = QLineEdit(TYPE_COLOUR)
        self.colour.setObjectName("typeColour")
        self.colour.setMaxLength(7)
        self.room = QComboBox()
        self.room.setObjectName("typeRoom")
        self.room.addItem(QCoreApplication.translate("RoomsTypesPages", "Any room (the provider's own)"), "")
        for kind in ROOM_KINDS:
            self.room.addItem(
                QCoreApplication.translate("RoomsTypesPages", "A {kind} room").format(kind=kind_words(kind)),
                kind,
            )
        self.indication = QComboBox()
        self.indication.setObjectName("typeIndication")
        self.indication.addItem(
            QCoreApplication.translate("RoomsTypesPages", "None (not tied to an indication)"), ""
        )
        for indication in Indication:
            self.indication.addItem(shown(indication.label), indication.value)
        self.treatment = QCheckBox(
            QCoreApplication.translate("RoomsTypesPages", "A to&xin treatment (the 12-week rule applies)")
        )
        self.treatment.setObjectName("typeTreatment")
        self.indication.currentIndexChanged.connect(
            lambda _i: self.treatment.setChecked(bool(self.indication.currentData()))
        )
        self._build_buttons()
        fields = form()
        fields.addRow(QCoreApplication.translate("RoomsTypesPages", "&Name:"), self.name)
        fields.addRow(QCoreApplication.translate("RoomsTypesPages", "&Length:"), self.minutes)
        fields.addRow(QCoreApplication.translate("RoomsTypesPages", "C&olour:"), self.colour)
        fields.addRow(QCoreApplication.translate("RoomsTypesPages", "Roo&m needed:"), self.room)
        fields.addRow(QCoreApplication.translate("RoomsTypesPages", "&Indication:"), self.indication)
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

    def _build_suggestions(self) -> None:
        """The types suggested from what the providers treat, each to tick, and the button adding them."""
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("suggestedTypes")
        self.add_suggested = button(
            QCoreApplication.translate("RoomsTypesPages", "Add the &ticked types"),
            QCoreApplication.translate("RoomsTypesPages", "Add the suggested types ticked above"),
        )
        self.add_suggested.setObjectName("addSuggestedTypes")
        self.add_suggested.clicked.connect(self.add_suggestions)
        self.suggested_group = QGroupBox(
            QCoreApplication.translate("RoomsTypesPages", "Suggested from what your providers treat")
        )
        self.add_form(self.suggested_group, self.add_suggested)
        suggested_layout = QVBoxLayout(self.suggested_group)
        suggested_layout.addWidget(self.suggestions)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_suggested)
        suggested_layout.addLayout(row)

    def _build_buttons(self) -> None:
        """New type, Remove type and Add (or Save) type."""
        self.new_button = button(QCoreApplication.translate("RoomsTypesPages", "New t&ype"))
        self.new_button.clicked.connect(self.start_new)
        self.remove_button = button(
            QCoreApplication.translate("RoomsTypesPages", "&Remove type"),
            QCoreApplication.translate("RoomsTypesPages", "Remove the selected type (only one never booked)"),
        )
        self.remove_button.setObjectName("removeType")
        self.remove_button.clicked.connect(self.remove)
        self.save_button = button(QCoreApplication.translate("RoomsTypesPages", "&Add type"))
        self.primary = self.save_button
        self.save_button.setObjectName("saveType")
        self.save_button.clicked.connect(self.save)

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
        name_table(
            self.suggestions,
            QCoreApplication.translate(
                "RoomsTypesPages", "Suggested appointment types to tick, {count}"
            ).format(count=len(suggested)),
        )
        self.remove_button.setEnabled(self.editing is not None)

    @staticmethod
    def _suggestion(seed: SeedType) -> QListWidgetItem:
        if seed.room_kind:
            words = QCoreApplication.translate(
                "RoomsTypesPages", "{name} — {minutes} minutes, needs a {kind} room"
            )
        else:
            words = QCoreApplication.translate("RoomsTypesPages", "{name} — {minutes} minutes")
        item = QListWidgetItem(
            words.format(name=shown(seed.name), minutes=seed.minutes, kind=kind_words(seed.room_kind or ""))
        )
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
                QCoreApplication.translate("RoomsTypesPages", "Added 1 type: {names}.")
                if len(made) == 1
                else QCoreApplication.translate("RoomsTypesPages", "Added {count} types: {names}.")
            ).format(count=len(made), names=", ".join(t.name for t in made)),
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
        self.save_button.setText(QCoreApplication.translate("RoomsTypesPages", "&Save changes"))
        self.remove_button.setEnabled(True)

    def start_new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.name.clear()
        self.minutes.setValue(30)
        self.colour.setText(TYPE_COLOUR)
        self.room.setCurrentIndex(0)
        self.indication.setCurrentIndex(0)
        self.treatment.setChecked(False)
        self.save_button.setText(QCoreApplication.translate("RoomsTypesPages", "&Add type"))
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
                lambda t: QCoreApplication.translate("RoomsTypesPages", "{name} saved.").format(name=t.name),
            )
            return

        def said(kind: AppointmentType) -> str:
            self.start_new()
            return QCoreApplication.translate("RoomsTypesPages", "{name} ({minutes} minutes) added.").format(
                name=kind.name, minutes=kind.minutes
            )

        self.run(lambda: resources.add_type(name, minutes, room, indication, colour, treatment), said)

    def remove(self) -> None:
        kind = self.editing
        if kind is None:
            self.notice.refuse(QCoreApplication.translate("RoomsTypesPages", "Select the type to remove."))
            return
        resources = self.services.resources

        def said(_result: object) -> str:
            self.start_new()
            return QCoreApplication.translate("RoomsTypesPages", "{name} removed.").format(name=kind.name)

        self.run(lambda: resources.remove_type(kind.id), said)
