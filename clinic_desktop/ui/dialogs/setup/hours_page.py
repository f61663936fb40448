"""A provider's weekly hours, with the dates they apply from: "Mon–Fri 08:00 to 17:00, break 12:00
to 13:00, from 1 December" is one change; the weeks before keep their hours. A change that would
leave booked patients outside the hours lists them and asks (keep the hours, or go ahead and mark
those bookings as outside hours)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from clinic_desktop.domain.entities import Provider
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.domain.working_time import HoursEntry, weekday_name, weekdays_text
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.dates import display_block, display_date
from clinic_desktop.ui.dialogs.setup.common import (
    HoursForm,
    RecordModel,
    SetupPage,
    WeekdayPicker,
    button,
    date_edit,
    day_of,
    form,
    labelled,
    record_table,
)
from clinic_desktop.ui.operations import Operations


def provider_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setMinimumWidth(220)
    return combo


def fill_providers(combo: QComboBox, providers: list[Provider], keep: int | None) -> None:
    combo.blockSignals(True)
    combo.clear()
    for provider in providers:
        combo.addItem(provider.name + ("" if provider.active else " (switched off)"), provider.id)
    combo.setCurrentIndex(max(0, combo.findData(keep)))
    combo.blockSignals(False)


def _when(entry: HoursEntry, today: date) -> tuple[str, str]:
    block = entry.block
    since = display_date(block.effective_from) if block.effective_from else "always"
    until = display_date(block.effective_to) if block.effective_to else ""
    if block.effective_to is not None and block.effective_to < today:
        until += " (ended)"
    return since, until


class HoursPage(SetupPage):
    key = "hours"
    title = "Weekly hours"
    lead = (
        "When each provider works, week by week. Tick the days, give the times, and the date the "
        "hours start (the weeks before keep theirs). No times ticked on a day: not working that day."
    )

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, operations, parent)
        self.today = date.today()
        self.provider = provider_combo("hoursProvider")
        self.provider.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model: RecordModel[HoursEntry] = RecordModel(
            ("Day", "Hours", "From", "Until"),
            lambda e: (weekday_name(e.block.weekday), display_block(e.block.block), *_when(e, self.today)),
            self,
            dim=lambda e: e.block.effective_to is not None and e.block.effective_to < self.today,
        )
        self.table = record_table(self.model, "hoursTable", spoken="Working hours")
        self.weekdays = WeekdayPicker()
        self.hours = HoursForm()
        self.not_working = QCheckBox("&Not working these days")
        self.not_working.setObjectName("hoursNotWorking")
        self.not_working.toggled.connect(lambda on: self.hours.setEnabled(not on))
        self.from_date = date_edit(self.today, "hoursFrom")
        self.from_date.setToolTip("The first day the new hours apply; the days before keep their hours")
        self.apply_button = button("&Apply hours")
        self.primary = self.apply_button
        self.apply_button.setObjectName("applyHours")
        self.apply_button.clicked.connect(lambda: self.apply())

        top = QHBoxLayout()
        top.addWidget(QLabel("&Provider:"))
        top.itemAt(0).widget().setBuddy(self.provider)  # type: ignore[union-attr]
        top.addWidget(self.provider)
        top.addStretch(1)
        fields = form()
        labelled(fields, "&Days:", self.weekdays, self.weekdays)
        labelled(fields, "&Hours:", self.hours, self.hours)
        fields.addRow("", self.not_working)
        fields.addRow("Starting fro&m:", self.from_date)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addLayout(fields)
        self.layout_.addWidget(self.notice)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        self.layout_.addLayout(buttons)

    def provider_id(self) -> int | None:
        value = self.provider.currentData()
        return int(value) if value is not None else None

    def read(self) -> Any:
        providers = self.services.resources.providers()
        chosen = self.provider_id()
        if chosen is None and providers:
            chosen = next((p.id for p in providers if p.active), providers[0].id)
        entries = self.services.working_time.hours(chosen) if chosen is not None else []
        return providers, chosen, entries, self.services.schedule.today()

    def show_records(self, records: Any) -> None:
        providers, chosen, entries, today = records
        self.today = today
        fill_providers(self.provider, providers, chosen)
        self.model.set_rows(entries)
        self.table.resizeColumnsToContents()
        self.apply_button.setEnabled(bool(providers))
        if not providers:
            self.notice.confirm("Add a provider first (the Providers page).")

    def apply(self, keep_bookings: bool = False) -> None:
        provider_id = self.provider_id()
        if provider_id is None:
            self.notice.refuse("Add a provider first (the Providers page).")
            return
        days = self.weekdays.days()
        try:
            blocks = [] if self.not_working.isChecked() else self.hours.blocks()
        except ClinicError as error:
            self.refuse(error)
            return
        since = day_of(self.from_date)
        working = self.services.working_time
        name = self.provider.currentText()
        self.run(
            lambda: working.set_hours(provider_id, days, blocks, since, keep_bookings),
            lambda _entries: (
                f"{name}: {weekdays_text(days)} "
                + (", ".join(display_block(b) for b in blocks) if blocks else "not working")
                + f" from {display_date(since)}."
            ),
            lambda error: self.ask_to_keep_bookings(error, lambda: self.apply(keep_bookings=True)),
        )
