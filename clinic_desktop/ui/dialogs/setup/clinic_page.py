"""The clinic itself: its name, time zone, country and region (public holidays, phone numbers), how
dates are written, when an idle window locks, and how early the recall list shows a patient.

Saved together through ClinicService.set_settings: one wrong value (a time zone that does not
exist) refuses them all and nothing is saved. The labels are the settings table's
(domain/clinic_settings.py, marked there), the countries named in the window's language."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimeZone, QTranslator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from clinic_desktop.domain import clinic_settings as cs
from clinic_desktop.domain.date_formats import Clock, DateFormat, format_time, resolve_clock
from clinic_desktop.domain.entities import ClinicSettings
from clinic_desktop.domain.setup import MAX_RECALL_LEAD_DAYS
from clinic_desktop.domain.users import MAX_IDLE_LOCK_MINUTES
from clinic_desktop.domain.words import shown
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.dates import computer_clock, display_date, use_clock, use_date_format
from clinic_desktop.ui.dialogs.setup.common import SetupPage, button, form, labelled
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, TRANSLATOR_NAME
from clinic_desktop.ui.operations import Operations

EXAMPLE = date(1980, 4, 3)  # day and month both under 13: the one date that shows which is which
HALF_PAST_TWO = time(14, 30)  # the afternoon: 2:30 PM or 14:30


def this_computers_zone() -> str:
    """The computer's own IANA time zone (the first set-up's suggestion)."""
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    return "UTC" if zone in ("", "Etc/UTC", "Etc/Universal", "Universal", "Zulu") else zone


def window_language() -> str:
    """The language of the catalogue the window installed (ui/languages.py), else English."""
    app = QCoreApplication.instance()
    found = app.findChildren(QTranslator, TRANSLATOR_NAME) if app is not None else []
    return next((t.language() for t in found if t.language()), SOURCE_LANGUAGE)


def country_name(code: str) -> str:
    """A country's name in the window's language (CLDR's, through Babel, beyond English)."""
    language = window_language()
    if language != SOURCE_LANGUAGE:
        from babel import Locale, UnknownLocaleError  # its data is large: read when needed

        try:
            found = Locale.parse(language.replace("-", "_")).territories.get(code)
        except (UnknownLocaleError, ValueError):
            found = None
        if found:
            return str(found)
    name = QLocale.territoryToString(QLocale.codeToTerritory(code))
    return name if name and name != "AnyTerritory" else code


class ClinicPage(SetupPage):
    key = "clinic"
    title = QT_TRANSLATE_NOOP("SetupPage", "The clinic")
    lead = QT_TRANSLATE_NOOP(
        "SetupPage",
        "The clinic's name heads every printed list. Appointments are kept in the clinic's time zone; "
        "the country and region give the public holidays (nobody is booked on them) and the way "
        "phone numbers are read.",
    )

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        parent: QWidget | None = None,
        suggest_zone: bool = False,
    ) -> None:
        super().__init__(services, operations, parent)
        self._suggest_zone = suggest_zone  # the first set-up offers this computer's zone
        self._regions: dict[str, list[tuple[str, str]]] = {}
        self.current = ClinicSettings()
        self.name = QLineEdit()
        self.name.setObjectName("clinicName")
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(QCoreApplication.translate("ClinicPage", "e.g. Riverside Pain Clinic"))
        self.zone = QComboBox()
        self.zone.setObjectName("clinicZone")
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zones = sorted(bytes(z.data()).decode() for z in QTimeZone.availableTimeZoneIds())
        self.zone.addItems([z for z in zones if "/" in z or z == "UTC"])
        # Typing completes the name in place ("Europe/Vi" -> "Europe/Vienna"); a misspelt zone is
        # refused with a suggestion ("Vienna" -> "Did you mean Europe/Vienna?").
        completer = QCompleter(self.zone.model(), self.zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.zone.setCompleter(completer)
        self.zone_hint = QLabel("")
        self.country = QComboBox()
        self.country.setObjectName("clinicCountry")
        self.country.currentIndexChanged.connect(lambda _i: self._country_chosen())
        self.subdivision = QComboBox()
        self.subdivision.setObjectName("clinicSubdivision")
        for combo in (self.country, self.subdivision):
            combo.setMinimumContentsLength(28)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.date_format, self.clock, self.preview = self._writing_fields()
        self.idle = QSpinBox()
        self.idle.setObjectName("clinicIdleMinutes")
        self.idle.setRange(0, MAX_IDLE_LOCK_MINUTES)
        self.idle.setSuffix(QCoreApplication.translate("ClinicPage", " minutes"))
        self.lead_days = QSpinBox()
        self.lead_days.setObjectName("clinicRecallLead")
        self.lead_days.setRange(0, MAX_RECALL_LEAD_DAYS)
        self.lead_days.setSuffix(QCoreApplication.translate("ClinicPage", " days before they are due"))
        self.save_button = button(
            QCoreApplication.translate("ClinicPage", "&Save clinic settings"),
            QCoreApplication.translate("ClinicPage", "Save every setting on this page"),
        )
        self.primary = self.save_button
        self.save_button.setObjectName("saveClinic")
        self.save_button.clicked.connect(self.save)

        fields = form()
        fields.addRow(shown(cs.NAME.label), self.name)
        zone_row = QHBoxLayout()
        zone_row.addWidget(self.zone, 1)
        zone_row.addWidget(self.zone_hint)
        labelled(fields, shown(cs.TIMEZONE.label), zone_row, self.zone)
        fields.addRow(shown(cs.COUNTRY.label), self.country)
        fields.addRow(shown(cs.SUBDIVISION.label), self.subdivision)
        fields.addRow(shown(cs.DATE_FORMAT.label), self.date_format)
        fields.addRow(shown(cs.CLOCK.label), self.clock)
        fields.addRow("", self.preview)
        fields.addRow(shown(cs.IDLE_LOCK_MINUTES.label), self.idle)
        fields.addRow(shown(cs.RECALL_LEAD_DAYS.label), self.lead_days)
        self.layout_.addLayout(fields)
        self.layout_.addWidget(self.notice)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.layout_.addLayout(buttons)
        self.layout_.addStretch(1)
        self.setTabOrder(self.name, self.zone)

    def _writing_fields(self) -> tuple[QComboBox, QComboBox, QLabel]:
        """How dates and times are written: the date format, the clock, and a preview of both."""
        date_format = QComboBox()
        date_format.setObjectName("clinicDateFormat")
        for chosen in DateFormat:
            date_format.addItem(f"{shown(chosen.label)} — {display_date(EXAMPLE, chosen)}", chosen.value)
        date_format.currentIndexChanged.connect(lambda _i: self._preview())
        clock = QComboBox()
        clock.setObjectName("clinicClock")
        for each in Clock:
            clock.addItem(shown(each.label), each.value)
        clock.currentIndexChanged.connect(lambda _i: self._preview())
        preview = QLabel("")
        preview.setObjectName("dateFormatPreview")
        preview.setWordWrap(True)
        preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return date_format, clock, preview

    # --- reading ----------------------------------------------------------------------------------

    def read(self) -> Any:
        clinic = self.services.clinic
        return clinic.settings(), (self._regions or clinic.regions()), self.services.setup.status().named

    def show_records(self, records: Any) -> None:
        settings, regions, named = records
        self.current = settings
        if not self._regions:
            self._regions = regions
            self.country.blockSignals(True)
            self.country.addItem(QCoreApplication.translate("ClinicPage", "None (no public holidays)"), "")
            for code in sorted(regions, key=country_name):
                self.country.addItem(f"{country_name(code)} ({code})", code)
            self.country.blockSignals(False)
        self.name.setText(settings.name if named else "")
        zone = settings.timezone
        if self._suggest_zone and zone == "UTC" and not named:
            zone = this_computers_zone()
            self.zone_hint.setText(QCoreApplication.translate("ClinicPage", "(this computer's)"))
        self.zone.setCurrentText(zone)
        self.country.blockSignals(True)
        self.country.setCurrentIndex(max(0, self.country.findData(settings.country)))
        self.country.blockSignals(False)
        self._fill_subdivisions(settings.subdivision)
        self.date_format.setCurrentIndex(max(0, self.date_format.findData(settings.date_format)))
        self.clock.setCurrentIndex(max(0, self.clock.findData(settings.clock)))
        self.idle.setValue(settings.idle_lock_minutes)
        self.lead_days.setValue(settings.recall_lead_days)
        self._preview()

    def _country_chosen(self) -> None:
        """Its regions to choose from, and the clock the country writes in the preview."""
        self._fill_subdivisions("")
        self._preview()

    def _fill_subdivisions(self, chosen: str) -> None:
        code = str(self.country.currentData() or "")
        self.subdivision.clear()
        self.subdivision.addItem(
            QCoreApplication.translate("ClinicPage", "The whole country") if code else "—", ""
        )
        for sub, name in self._regions.get(code, []):
            self.subdivision.addItem(f"{name} ({sub})" if name != sub else sub, sub)
        self.subdivision.setCurrentIndex(max(0, self.subdivision.findData(chosen)))
        self.subdivision.setEnabled(bool(self._regions.get(code)))

    def _preview(self) -> None:
        chosen = DateFormat(str(self.date_format.currentData() or DateFormat.LOCALE.value))
        country = str(self.country.currentData() or "")
        clock = resolve_clock(str(self.clock.currentData() or Clock.LOCALE.value), country, computer_clock())
        self.preview.setText(
            QCoreApplication.translate(
                "ClinicPage",
                "A date of birth of 3 April 1980 is written {birth}; today is {today}; half past two in "
                "the afternoon is {time} (files for other systems keep the ISO form).",
            ).format(
                birth=display_date(EXAMPLE, chosen),
                today=display_date(date.today(), chosen),
                time=format_time(HALF_PAST_TWO, clock),
            )
        )

    # --- saving -----------------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        return {
            "name": self.name.text(),
            "timezone": self.zone.currentText(),
            "country": str(self.country.currentData() or ""),
            "subdivision": str(self.subdivision.currentData() or ""),
            "date_format": str(self.date_format.currentData()),
            "clock": str(self.clock.currentData()),
            "idle_lock_minutes": str(self.idle.value()),
            "recall_lead_days": str(self.lead_days.value()),
        }

    def save(self) -> None:
        clinic, values = self.services.clinic, self.values()

        def said(saved: ClinicSettings) -> str:
            use_date_format(saved.date_format)
            use_clock(saved.clock, saved.country)
            self.zone_hint.setText("")
            return QCoreApplication.translate("ClinicPage", "Saved: {name}, {zone}.").format(
                name=saved.name, zone=saved.timezone
            )

        self.run(lambda: clinic.set_settings(values), said)
