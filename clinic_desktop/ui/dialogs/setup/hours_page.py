"""A provider's weekly hours, with the dates they apply from: "Mon–Fri 08:00 to 17:00, break 12:00
to 13:00, from 1 December" is one change; the weeks before keep their hours. A change that would
leave booked patients outside the hours lists them and asks (keep the hours, or go ahead and mark
those bookings as outside hours). The times are typed and shown in the clinic's clock."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from clinic_desktop.domain.entities import Provider
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.domain.hours import TimeBlock
from clinic_desktop.domain.working_time import HoursEntry
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
    weekday_name,
    weekdays_words,
)
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.operations import Operations


def provider_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setMinimumWidth(220)
    return combo


def provider_words(provider: Provider) -> str:
    """A provider's name, and "(switched off)" after it when they no longer work here."""
    if provider.active:
        return provider.name
    return QCoreApplication.translate("HoursPage", "{name} (switched off)").format(name=provider.name)


def fill_providers(combo: QComboBox, providers: list[Provider], keep: int | None) -> None:
    combo.blockSignals(True)
    combo.clear()
    for provider in providers:
        combo.addItem(provider_words(provider), provider.id)
    combo.setCurrentIndex(max(0, combo.findData(keep)))
    combo.blockSignals(False)


def add_a_provider_first() -> str:  # one sentence, said on three pages
    return QCoreApplication.translate("HoursPage", "Add a provider first (the Providers page).")


def _when(entry: HoursEntry, today: date) -> tuple[str, str]:
    block = entry.block
    since = (
        display_date(block.effective_from)
        if block.effective_from
        else QCoreApplication.translate("HoursPage", "always")
    )
    until = display_date(block.effective_to) if block.effective_to else ""
    if block.effective_to is not None and block.effective_to < today:
        until = QCoreApplication.translate("HoursPage", "{day} (ended)").format(day=until)
    return since, until


class HoursPage(SetupPage):
    key = "hours"
    title = QT_TRANSLATE_NOOP("SetupPage", "Weekly hours")
    lead = QT_TRANSLATE_NOOP(
        "SetupPage",
        "When each provider works, week by week. Tick the days, give the times, and the date the "
        "hours start (the weeks before keep theirs). No times ticked on a day: not working that day.",
    )

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, operations, parent)
        self.today = date.today()
        self.provider = provider_combo("hoursProvider")
        self.provider.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model: RecordModel[HoursEntry] = RecordModel(
            (
                QCoreApplication.translate("HoursPage", "Day"),
                QCoreApplication.translate("HoursPage", "Hours"),
                QCoreApplication.translate("HoursPage", "From"),
                QCoreApplication.translate("HoursPage", "Until"),
            ),
            lambda e: (weekday_name(e.block.weekday), display_block(e.block.block), *_when(e, self.today)),
            self,
            dim=lambda e: e.block.effective_to is not None and e.block.effective_to < self.today,
        )
        self.table = record_table(
            self.model, "hoursTable", spoken=QCoreApplication.translate("HoursPage", "Working hours")
        )
        self.weekdays = WeekdayPicker()
        self.hours = HoursForm()
        self.not_working = QCheckBox(QCoreApplication.translate("HoursPage", "&Not working these days"))
        self.not_working.setObjectName("hoursNotWorking")
        self.not_working.toggled.connect(lambda on: self.hours.setEnabled(not on))
        self.from_date = date_edit(self.today, "hoursFrom")
        self.from_date.setToolTip(
            QCoreApplication.translate(
                "HoursPage", "The first day the new hours apply; the days before keep their hours"
            )
        )
        self.apply_button = button(QCoreApplication.translate("HoursPage", "&Apply hours"))
        self.primary = self.apply_button
        self.apply_button.setObjectName("applyHours")
        self.apply_button.clicked.connect(lambda: self.apply())

        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("HoursPage", "&Provider:")))
        top.itemAt(0).widget().setBuddy(self.provider)  # type: ignore[union-attr]
        top.addWidget(self.provider)
        top.addStretch(1)
        fields = form()
        labelled(fields, QCoreApplication.translate("HoursPage", "&Days:"), self.weekdays, self.weekdays)
        labelled(fields, QCoreApplication.translate("HoursPage", "&Hours:"), self.hours, self.hours)
        fields.addRow("", self.not_working)
        fields.addRow(QCoreApplication.translate("HoursPage", "Starting fro&m:"), self.from_date)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addLayout(fields)
        self.layout_.addWidget(self.notice)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        self.layout_.addLayout(buttons)

    @staticmethod
    def said(name: str, days: list[int], blocks: list[TimeBlock], since: date) -> str:
        """What was saved: "Dr Lind: Mon-Fri 8:00 AM-12:00 PM, 1:00 PM-5:00 PM from 11/30/2026."."""
        if not blocks:
            return QCoreApplication.translate("HoursPage", "{name}: {days} not working from {day}.").format(
                name=name, days=weekdays_words(days), day=display_date(since)
            )
        return QCoreApplication.translate("HoursPage", "{name}: {days} {hours} from {day}.").format(
            name=name,
            days=weekdays_words(days),
            hours=", ".join(display_block(b) for b in blocks),
            day=display_date(since),
        )

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
            self.notice.confirm(add_a_provider_first())

    def apply(self, keep_bookings: bool = False) -> None:
        provider_id = self.provider_id()
        if provider_id is None:
            self.notice.refuse(add_a_provider_first())
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
            lambda _entries: self.said(name, days, blocks, since),
            lambda error: self.ask_to_keep_bookings(error, lambda: self.apply(keep_bookings=True)),
        )
