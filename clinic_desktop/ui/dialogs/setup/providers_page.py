"""The clinic's providers: name, title or credentials, calendar colour, the indications they treat,
and whether they are working here (switching one off keeps their history). A new provider's weekly
hours can be given in the same step ("Mon–Fri 08:00 to 17:00")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.entities import Provider
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.domain.words import shown
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.resources import PROVIDER_PALETTE
from clinic_desktop.ui.dates import display_block
from clinic_desktop.ui.dialogs.setup.common import (
    HoursForm,
    RecordModel,
    SetupPage,
    WeekdayPicker,
    button,
    form,
    labelled,
    record_table,
    side_by_side,
    weekdays_words,
)
from clinic_desktop.ui.dialogs.setup.hours_page import provider_words
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.operations import Operations


class ProvidersPage(SetupPage):
    key = "providers"
    title = QT_TRANSLATE_NOOP("SetupPage", "Providers")
    lead = QT_TRANSLATE_NOOP(
        "SetupPage",
        "Everyone who treats patients here. Tick what each one treats (nothing ticked: everything); "
        "a provider who leaves is switched off, not deleted: their bookings and charts keep their name.",
    )

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, operations, parent)
        self.editing: Provider | None = None
        self.model: RecordModel[Provider] = RecordModel(
            (
                QCoreApplication.translate("ProvidersPage", "Name"),
                QCoreApplication.translate("ProvidersPage", "Title"),
            ),
            lambda p: (provider_words(p), p.credentials),
            self,
            colour=lambda p: p.colour,
            dim=lambda p: not p.active,
        )
        self.table = record_table(
            self.model,
            "providersTable",
            give_way=0,
            spoken=QCoreApplication.translate("ProvidersPage", "Providers"),
        )
        self.table.selectionModel().selectionChanged.connect(lambda _n, _o: self._selected())
        colour_row = self._build_name_and_colour()
        self._build_treats()
        self._build_hours()
        self._build_buttons()

        fields = form()
        fields.addRow(QCoreApplication.translate("ProvidersPage", "&Name:"), self.name)
        fields.addRow(QCoreApplication.translate("ProvidersPage", "&Title or credentials:"), self.credentials)
        labelled(
            fields, QCoreApplication.translate("ProvidersPage", "Calendar c&olour:"), colour_row, self.colour
        )
        labelled(fields, QCoreApplication.translate("ProvidersPage", "T&reats:"), self.treats, self.treats)
        fields.addRow("", self.active)
        fields.addRow(self.hours_group)
        self.layout_.addLayout(side_by_side(self.table, fields), 1)
        self.layout_.addWidget(self.notice)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.layout_.addLayout(buttons)
        self.start_new()

    def _build_name_and_colour(self) -> QHBoxLayout:
        """The name, the title and the calendar colour; returns the colour's row."""
        self.name = QLineEdit()
        self.name.setObjectName("providerName")
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(QCoreApplication.translate("ProvidersPage", "e.g. Dr Ana Lind"))
        self.credentials = QLineEdit()
        self.credentials.setObjectName("providerTitle")
        self.credentials.setMaxLength(60)
        self.credentials.setPlaceholderText(
            QCoreApplication.translate("ProvidersPage", "e.g. MD, neurologist")
        )
        self.colour = QLineEdit(PROVIDER_PALETTE[0])
        self.colour.setObjectName("providerColour")
        self.colour.setMaxLength(7)
        self.colour.setFixedWidth(self.colour.fontMetrics().horizontalAdvance("#000000") + 24)
        self.colour.textChanged.connect(lambda _t: self._swatch())
        self.pick_colour = button(
            QCoreApplication.translate("ProvidersPage", "Pic&k…"),
            QCoreApplication.translate("ProvidersPage", "Pick the colour of this provider's calendar column"),
        )
        self.pick_colour.clicked.connect(self._choose_colour)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour)
        colour_row.addWidget(self.pick_colour)
        colour_row.addStretch(1)
        return colour_row

    def _build_treats(self) -> None:
        """What the provider treats (a box per indication) and whether they work here."""
        self.treats = QWidget()
        self.treats.setObjectName("providerTreats")
        grid = QGridLayout(self.treats)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.treat_boxes: dict[Indication, QCheckBox] = {}
        for index, indication in enumerate(Indication):
            box = QCheckBox(shown(indication.label))
            box.setObjectName(f"treats_{indication.value}")
            self.treat_boxes[indication] = box
            grid.addWidget(box, index // 2, index % 2)
        self.treats.setFocusProxy(self.treat_boxes[Indication.CHRONIC_MIGRAINE])
        self.active = QCheckBox(QCoreApplication.translate("ProvidersPage", "&Working here"))
        self.active.setToolTip(
            QCoreApplication.translate(
                "ProvidersPage", "Switched off: kept on record with their history, no longer booked"
            )
        )
        self.active.setObjectName("providerActive")
        self.active.setChecked(True)

    def _build_hours(self) -> None:
        """The weekdays and hours the provider works."""
        self.hours_group = QGroupBox(QCoreApplication.translate("ProvidersPage", "Weekly &hours"))
        self.hours_group.setObjectName("providerHours")
        self.weekdays = WeekdayPicker()
        self.hours = HoursForm()
        hours_layout = QVBoxLayout(self.hours_group)
        hours_layout.addWidget(self.weekdays)
        hours_layout.addWidget(self.hours)

    def _build_buttons(self) -> None:
        """New provider and Add (or Save) provider."""
        self.new_button = button(
            QCoreApplication.translate("ProvidersPage", "New pro&vider"),
            QCoreApplication.translate("ProvidersPage", "Clear the form to add another provider"),
        )
        self.new_button.setObjectName("newProvider")
        self.new_button.clicked.connect(self.start_new)
        self.save_button = button(QCoreApplication.translate("ProvidersPage", "&Add provider"))
        self.primary = self.save_button
        self.save_button.setObjectName("saveProvider")
        self.save_button.clicked.connect(self.save)

    # --- reading ----------------------------------------------------------------------------------

    def read(self) -> Any:
        return self.services.resources.providers()

    def show_records(self, records: Any) -> None:
        editing = self.editing.id if self.editing is not None else None
        self.model.set_rows(records)
        self.table.resizeColumnsToContents()
        for row, provider in enumerate(self.model.rows):
            if provider.id == editing:
                self.table.selectRow(row)
        if self.editing is None:
            self.colour.setText(PROVIDER_PALETTE[len(records) % len(PROVIDER_PALETTE)])

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        provider = self.model.rows[rows[0].row()]
        self.editing = provider
        self.name.setText(provider.name)
        self.credentials.setText(provider.credentials)
        self.colour.setText(provider.colour)
        for indication, box in self.treat_boxes.items():
            box.setChecked(indication in provider.indications)
        self.active.setChecked(provider.active)
        self.active.setEnabled(True)
        self.hours_group.setVisible(False)  # a provider's hours change on the Weekly hours page
        self.save_button.setText(QCoreApplication.translate("ProvidersPage", "&Save changes"))

    def start_new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.name.clear()
        self.credentials.clear()
        self.colour.setText(PROVIDER_PALETTE[self.model.shown() % len(PROVIDER_PALETTE)])
        for box in self.treat_boxes.values():
            box.setChecked(False)
        self.active.setChecked(True)
        self.active.setEnabled(False)
        self.hours_group.setVisible(True)
        self.weekdays.set_days([])
        self.save_button.setText(QCoreApplication.translate("ProvidersPage", "&Add provider"))
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _swatch(self) -> None:
        colour = QColor(self.colour.text())
        self.pick_colour.setStyleSheet(
            f"border-left: 14px solid {colour.name()};" if colour.isValid() and self.colour.text() else ""
        )

    def _choose_colour(self) -> None:
        chosen = QColorDialog.getColor(
            QColor(self.colour.text()), self, QCoreApplication.translate("ProvidersPage", "Calendar colour")
        )
        if chosen.isValid():
            self.colour.setText(chosen.name())

    def chosen_indications(self) -> list[Indication]:
        return [indication for indication, box in self.treat_boxes.items() if box.isChecked()]

    # --- saving -----------------------------------------------------------------------------------

    def save(self) -> None:
        resources, working = self.services.resources, self.services.working_time
        name, title, colour = self.name.text(), self.credentials.text(), self.colour.text().strip()
        treats = self.chosen_indications()
        if self.editing is not None:
            provider_id, active = self.editing.id, self.active.isChecked()
            self.run(
                lambda: resources.change_provider(provider_id, name, title, colour, treats, active),
                lambda p: QCoreApplication.translate("ProvidersPage", "{name} saved.").format(name=p.name),
            )
            return
        days = self.weekdays.days()
        try:
            blocks = self.hours.blocks() if days else []  # checked before anything is saved
        except ClinicError as error:
            self.refuse(error)
            return

        def add() -> Provider:
            provider = resources.add_provider(name, title, colour or None, treats)
            if days:
                working.set_hours(provider.id, days, blocks)
            return provider

        def said(provider: Provider) -> str:
            self.start_new()
            if not days:
                return QCoreApplication.translate("ProvidersPage", "{name} added.").format(name=provider.name)
            return QCoreApplication.translate(
                "ProvidersPage", "{name} added, working {days} {hours}."
            ).format(
                name=provider.name,
                days=weekdays_words(days),
                hours=", ".join(display_block(b) for b in blocks),
            )

        self.run(add, said)
