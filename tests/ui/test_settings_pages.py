"""File > Clinic settings…, page by page, through the real widgets (typed into and clicked): on each,
a wrong value is refused with the services' plain words and writes nothing (no change, no audit
entry), and a right one is saved with its audit entry in the signed-in manager's name.

The clinic (made by the software itself, before the window opens): New York, dates written ISO
(typed as YYYY-MM-DD), now Monday 23 November 2026 10:00; Dr Lind works Mon-Fri 08:00-12:00 and
13:00-17:00 and Ines Ortega is booked with her next Monday at 15:00; Mara, the manager, is signed in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.audit import AuditEntry
from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.domain.outcomes import Measure
from clinic_desktop.domain.users import SYSTEM
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.ui.application import apply_look
from clinic_desktop.ui.dialogs.setup.absences_page import AbsencesPage, ExtraSessionsPage
from clinic_desktop.ui.dialogs.setup.catalogue_pages import MeasuresPage, ProtocolsPage
from clinic_desktop.ui.dialogs.setup.clinic_page import ClinicPage
from clinic_desktop.ui.dialogs.setup.dialogs import _PagesDialog
from clinic_desktop.ui.dialogs.setup.hours_page import HoursPage
from clinic_desktop.ui.dialogs.setup.providers_page import ProvidersPage
from clinic_desktop.ui.dialogs.setup.rooms_types_pages import RoomsPage, TypesPage
from clinic_desktop.ui.dialogs.setup.stock_page import StockPage
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.settings import UiSettings
from tests.ui.setup_steps import (
    TIMEOUT,
    add_room,
    answer_question,
    choose,
    click,
    click_row,
    edit_cell,
    go_to,
    open_settings,
    receive_lot,
    refused,
    saved,
    tick,
    type_date,
    type_into,
)

PASSWORD = "correct horse battery"
NEXT_MONDAY = date(2026, 11, 30)


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    s = services
    s.clinic.set_settings(
        {"name": "Riverside Pain Clinic", "timezone": "America/New_York", "date_format": "iso"}
    )
    lind = s.resources.add_provider("Dr Lind", "MD", indications=[Indication.CHRONIC_MIGRAINE])
    s.working_time.set_hours(lind.id, range(5), parse_blocks("08:00-12:00,13:00-17:00"))
    s.resources.add_type("Consultation", 30)
    s.patients.add(PatientInput("Ines", "Ortega", "1980-04-02"))
    start = s.time.parse_local("2026-11-30T15:00")
    s.appointments.book(BookingRequest(1, lind.id, "Consultation", start))
    s.users.create_first_manager("Mara", PASSWORD)
    s.users.sign_in("Mara", PASSWORD)
    return s


@pytest.fixture
def settings_window(qtbot: QtBot, clinic: ClinicServices, qsettings: QSettings) -> Iterator[_PagesDialog]:
    apply_look(QApplication.instance())  # type: ignore[arg-type]
    window = MainWindow(clinic, UiSettings(qsettings))
    window.quiet = True
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=TIMEOUT)
    dialog = open_settings(qtbot, window)
    yield dialog
    window.operations.wait()
    clinic.session = SYSTEM


def trail(s: ClinicServices) -> list[AuditEntry]:
    return list(reversed(s.store.audit.find()))


class Unchanged:
    """Nothing written while in the block: the same audit trail length and the same set-up."""

    def __init__(self, s: ClinicServices) -> None:
        self.s = s

    def state(self) -> tuple[Any, ...]:
        store = self.s.store
        return (
            store.audit.count(),
            store.settings.get(),
            store.providers.list(),
            store.setup.hours(1),
            store.setup.extra_sessions(1, date(2000, 1, 1)),
            store.setup.time_off(None, date(2000, 1, 1)),
            store.setup.closures(date(2000, 1, 1)),
            store.rooms.list(),
            store.types.list(),
            store.treatments.lots(),
            store.treatments.protocols(),
            store.treatments.measures(),
        )

    def __enter__(self) -> Unchanged:
        self.before = self.state()
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            assert self.state() == self.before


def new_entries(s: ClinicServices, since: int) -> list[AuditEntry]:
    entries = trail(s)[since:]
    assert entries and {e.user for e in entries} == {"Mara"}
    return entries


# --- the clinic -----------------------------------------------------------------------------------


def test_clinic_page_refuses_a_time_zone_that_does_not_exist_and_saves_a_real_one(
    qtbot: QtBot, settings_window: _PagesDialog, clinic: ClinicServices
) -> None:
    page = go_to(qtbot, settings_window, ClinicPage)
    assert page.name.text() == "Riverside Pain Clinic" and page.zone.currentText() == "America/New_York"
    type_into(qtbot, page.zone, "Mars/Olympus_Mons")
    with Unchanged(clinic):
        message = refused(qtbot, page, lambda: click(qtbot, page.save_button))
    assert message == "'Mars/Olympus_Mons' is not a known time zone. Use an IANA name such as Europe/Vienna."
    # US and UK dates are told apart in the preview before anything is saved.
    choose(qtbot, page.date_format, "US")
    assert "written 04/03/1980" in page.preview.text()
    choose(qtbot, page.date_format, "UK")
    assert "written 03/04/1980" in page.preview.text()
    type_into(qtbot, page.zone, "Europe/London")
    choose(qtbot, page.country, "United Kingdom")
    choose(qtbot, page.subdivision, "England")
    since = clinic.store.audit.count()
    assert saved(qtbot, page, lambda: qtbot.keyClick(page.name, Qt.Key.Key_Return)) == (
        "Saved: Riverside Pain Clinic, Europe/London."
    )
    changed = {e.entity_id: e.after for e in new_entries(clinic, since)}
    assert changed == {
        "timezone": {"timezone": "Europe/London"},
        "country": {"country": "GB"},
        "subdivision": {"subdivision": "ENG"},
        "date_format": {"date_format": "uk"},
    }
    window = settings_window.parent()
    assert isinstance(window, MainWindow)
    assert window.timezone_label.text() == "Time zone: Europe/London"
    # Dates in the window follow at once: Ines's date of birth in the patient list.
    window.show_view("patients")
    model = window.patients.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and bool(model.data(model.index(0, 2))), timeout=TIMEOUT)
    assert str(model.data(model.index(0, 2))).startswith("02/04/1980")


# --- providers ------------------------------------------------------------------------------------


def test_providers_page_refuses_hours_ending_before_they_start_and_adds_a_provider_with_hours(
    qtbot: QtBot, settings_window: _PagesDialog, clinic: ClinicServices
) -> None:
    page = go_to(qtbot, settings_window, ProvidersPage)
    assert [p.name for p in page.model.rows] == ["Dr Lind"]
    type_into(qtbot, page.name, "Dr Okafor")
    tick(qtbot, [page.treat_boxes[Indication.CERVICAL_DYSTONIA]])
    click(qtbot, page.weekdays.working_week)
    type_into(qtbot, page.hours.start, "17:00")
    type_into(qtbot, page.hours.end, "08:00")
    with Unchanged(clinic):
        message = refused(qtbot, page, lambda: click(qtbot, page.save_button))
    assert message == "A working block must end after it starts (17:00-08:00)."
    type_into(qtbot, page.name, "dr lind")  # a name taken (any case)
    type_into(qtbot, page.hours.start, "09:00")
    type_into(qtbot, page.hours.end, "15:00")
    with Unchanged(clinic):
        assert (
            refused(qtbot, page, lambda: click(qtbot, page.save_button))
            == "There is already a provider called dr lind."
        )
    since = clinic.store.audit.count()
    type_into(qtbot, page.name, "Dr Okafor")
    said = saved(qtbot, page, lambda: qtbot.keyClick(page.name, Qt.Key.Key_Return))
    assert said == "Dr Okafor added, working Mon-Fri 09:00-15:00."
    created, hours = new_entries(clinic, since)
    assert (created.action, created.entity, created.after["indications"]) == (
        "create",
        "provider",
        ["cervical_dystonia"],
    )
    assert (hours.entity, hours.after["hours"][0]) == ("hours", "Mon 09:00-15:00")


def test_switching_a_booked_provider_off_is_refused_and_a_change_is_audited(
    qtbot: QtBot, settings_window: _PagesDialog, clinic: ClinicServices
) -> None:
    page = go_to(qtbot, settings_window, ProvidersPage)
    click_row(qtbot, page.table, 0)
    assert page.name.text() == "Dr Lind"
    click(qtbot, page.active)
    assert not page.active.isChecked()
    with Unchanged(clinic):
        message = refused(qtbot, page, lambda: click(qtbot, page.save_button))
    assert message.startswith("Dr Lind has 1 booking to come (the first 2026-11-30 15:00 with Ines Ortega)")
    click(qtbot, page.active)
    type_into(qtbot, page.credentials, "MD, neurologist")
    since = clinic.store.audit.count()
    assert saved(qtbot, page, lambda: click(qtbot, page.save_button)) == "Dr Lind saved."
    (entry,) = new_entries(clinic, since)
    assert (entry.before, entry.after) == ({"credentials": "MD"}, {"credentials": "MD, neurologist"})


# --- weekly hours ---------------------------------------------------------------------------------


def test_hours_page_asks_before_leaving_a_booking_outside_the_hours(
    qtbot: QtBot, settings_window: _PagesDialog, clinic: ClinicServices
) -> None:
    page = go_to(qtbot, settings_window, HoursPage)
    assert len(page.model.rows) == 10  # two blocks a day, Monday to Friday
    tick(qtbot, [page.weekdays.boxes[0]])
    type_into(qtbot, page.hours.start, "12:00")
    type_into(qtbot, page.hours.end, "09:00")
    with Unchanged(clinic):
        assert refused(qtbot, page, lambda: click(qtbot, page.apply_button)) == (
            "A working block must end after it starts (12:00-09:00)."
        )
    type_into(qtbot, page.hours.end, "13:00")
    type_date(qtbot, page.from_date, NEXT_MONDAY)
    seen: list[str] = []
    answer_question(qtbot, "Keep things", seen)
    with Unchanged(clinic):
        message = refused(qtbot, page, lambda: click(qtbot, page.apply_button))
    assert "1 booking outside working hours: Ines Ortega Mon 2026-11-30 15:00-15:30 with Dr Lind" in seen[0]
    assert message.startswith("Nothing was changed: Dr Lind's hours (Mon 12:00-13:00 from 2026-11-30)")
    since = clinic.store.audit.count()
    answer_question(qtbot, "Go ahead", seen)
    said = saved(qtbot, page, lambda: click(qtbot, page.apply_button))
    assert said == "Dr Lind: Mon 12:00-13:00 from 2026-11-30."
    marked, hours = new_entries(clinic, since)
    assert (marked.entity, marked.patient_id) == ("appointment", 1)
    assert hours.after["bookings_outside_hours"] == [1]
    assert [str(b) for b in clinic.appointments.availability(1, NEXT_MONDAY)] == ["12:00-13:00"]
    assert sum(1 for r in page.model.rows if r.block.effective_to == date(2026, 11, 29)) == 2


# --- extra sessions, time off, closures -----------------------------------------------------------


def test_extra_sessions_page_refuses_a_session_ending_before_it_starts_and_adds_one(
    qtbot: QtBot, settings_window: _PagesDialog, clinic: ClinicServices
) -> None:
    page = go_to(qtbot, settings_window, ExtraSessionsPage)
    type_date(qtbot, page.day, date(2026, 11, 28))
    type_into(qtbot, page.start, "13:00")
    type_into(qtbot, page.end, "09:00")
    with Unchanged(clinic):
        assert refused(qtbot, page, lambda: click(qtbot, page.add_button)) == (
            "A working block must end after it starts (13:00-09:00)."
        )
    type_into(qtbot, page.start, "9:00")
    type_into(qtbot, page.end, "12:30")
    since = clinic.store.audit.count()
    said = saved(qtbot, page, lambda: qtbot.keyClick(page.end, Qt.Key.Key_Return))
    assert said == "Extra session 09:00-12:30 on 2026-11-28 added."
    (entry,) = new_entries(clinic, since)
    assert entry.after == {"provider_id": 1, "day": "2026-11-28", "block": "09:00-12:30"}
    qtbot.waitUntil(lambda: page.model.shown() == 1, timeout=TIMEOUT)


def test_time_off_and_closures_are_refused_when_wrong_and_audited_when_saved(
    qtbot: QtBot, settings_window: _PagesDialog, clinic: ClinicServices
) -> None:
    page = go_to(qtbot, settings_window, AbsencesPage)
    type_date(qtbot, page.off_first, date(2026, 12, 8))
    type_date(qtbot, page.off_last, date(2026, 12, 7))
    with Unchanged(clinic):
        assert refused(qtbot, page, lambda: click(qtbot, page.add_off)) == (
            "Time off must end on or after the day it starts."
        )
    type_date(qtbot, page.off_last, date(2026, 12, 9))
    type_into(qtbot, page.off_reason, "Course")
    since = clinic.store.audit.count()
    said = saved(qtbot, page, lambda: qtbot.keyClick(page.off_reason, Qt.Key.Key_Return))
    assert said == "Dr Lind is off 2026-12-08 – 2026-12-09."
    assert new_entries(clinic, since)[0].after["reason"] == "Course"
    # A closure over Ines's booking: asked, and kept as it is.
    type_date(qtbot, page.closed_first, NEXT_MONDAY)
    type_date(qtbot, page.closed_last, NEXT_MONDAY)
    seen: list[str] = []
    answer_question(qtbot, "Keep things", seen)
    with Unchanged(clinic):
        refused(qtbot, page, lambda: qtbot.keyClick(page.closed_reason, Qt.Key.Key_Return))
    assert seen and "Closing the clinic on 2026-11-30 would leave 1 booking" in seen[0]
    type_date(qtbot, page.closed_first, date(2026, 12, 24))
    type_date(qtbot, page.closed_last, date(2026, 12, 24))
    type_into(qtbot, page.closed_reason, "Christmas Eve")
    since = clinic.store.audit.count()
    said = saved(qtbot, page, lambda: qtbot.keyClick(page.closed_reason, Qt.Key.Key_Return))
    assert said == "The clinic is closed 2026-12-24."
    assert new_entries(clinic, since)[0].entity == "closure"
    qtbot.waitUntil(lambda: page.closed_model.shown() == 1 and page.off_model.shown() == 1, timeout=TIMEOUT)


# --- rooms and types ------------------------------------------------------------------------------


def test_rooms_page_refuses_a_room_without_a_name_and_adds_one(
    qtbot: QtBot, settings_window: _PagesDialog, clinic: ClinicServices
) -> None:
    page = go_to(qtbot, settings_window, RoomsPage)
    with Unchanged(clinic):
        assert refused(qtbot, page, lambda: click(qtbot, page.save_button)) == "The room needs a name."
    since = clinic.store.audit.count()
    assert add_room(qtbot, page, "Procedure room", "procedure") == "Procedure room (procedure) added."
    (entry,) = new_entries(clinic, since)
    assert (entry.action, entry.after) == ("create", {"name": "Procedure room", "kind": "procedure"})


def test_types_page_refuses_a_type_of_0_minutes_and_adds_a_treatment_type(
    qtbot: QtBot, settings_window: _PagesDialog, clinic: ClinicServices
) -> None:
    page = go_to(qtbot, settings_window, TypesPage)
    assert page.suggested_group.isVisible()  # Dr Lind treats migraine: its visit is suggested
    type_into(qtbot, page.name, "Migraine treatment")
    type_into(qtbot, page.minutes, "0")
    with Unchanged(clinic):
        assert refused(qtbot, page, lambda: click(qtbot, page.save_button)) == (
            "An appointment lasts between 5 and 480 minutes, not 0."
        )
    type_into(qtbot, page.minutes, "30")
    choose(qtbot, page.indication, "Chronic migraine")
    assert page.treatment.isChecked()  # tied to an indication: a toxin treatment
    since = clinic.store.audit.count()
    said = saved(qtbot, page, lambda: qtbot.keyClick(page.name, Qt.Key.Key_Return))
    assert said == "Migraine treatment (30 minutes) added."
    (entry,) = new_entries(clinic, since)
    assert (entry.after["minutes"], entry.after["indication"], entry.after["is_treatment"]) == (
        30, "chronic_migraine", True,
    )  # fmt: skip


def test_a_long_name_gives_way_so_every_column_of_a_list_stays_in_view(
    qtbot: QtBot, settings_window: _PagesDialog, clinic: ClinicServices
) -> None:
    """The lists sit beside their forms: a long type or provider name (or time-off reason) is
    elided rather than pushing a type's length and room out of sight behind a sideways scroll."""
    long_name = "Lower limb spasticity treatment with ultrasound guidance (toxin)"
    clinic.resources.add_type(long_name, 45, "procedure", Indication.LOWER_LIMB_SPASTICITY)
    clinic.resources.add_provider("Dr Carla Winterbottom-Fairweather", "MD, PhD, consultant neurologist")
    clinic.working_time.add_time_off(1, date(2026, 12, 14), date(2026, 12, 18), "A" * 150)

    def every_column_in_view(table: QTableView) -> bool:
        heading, width = table.horizontalHeader(), table.viewport().width()
        return table.horizontalScrollBar().maximum() == 0 and all(
            heading.sectionViewportPosition(c) >= 0
            and heading.sectionPosition(c) + heading.sectionSize(c) <= width
            for c in range(heading.count())
        )

    types = go_to(qtbot, settings_window, TypesPage)
    table = types.table
    row = next(r for r, t in enumerate(types.model.rows) if t.name == long_name)
    assert every_column_in_view(table)
    shown = table.visualRect(types.model.index(row, 0))
    assert shown.width() < table.fontMetrics().horizontalAdvance(long_name)  # elided, not cut off
    assert [types.model.data(types.model.index(row, c)) for c in (1, 2)] == ["45 min", "procedure"]
    for page_type, table_of in ((ProvidersPage, "table"), (AbsencesPage, "off_table")):
        page = go_to(qtbot, settings_window, page_type)
        assert every_column_in_view(getattr(page, table_of)), page_type.__name__


# --- stock, protocols, measures -------------------------------------------------------------------


def test_stock_page_refuses_a_lot_expiring_in_the_past_and_receives_and_adjusts_one(
    qtbot: QtBot, settings_window: _PagesDialog, clinic: ClinicServices
) -> None:
    page = go_to(qtbot, settings_window, StockPage)
    choose(qtbot, page.product, "onabotulinumtoxinA")
    type_into(qtbot, page.lot_number, "OLD1")
    type_date(qtbot, page.expires, date(2026, 11, 1))
    with Unchanged(clinic):
        message = refused(qtbot, page, lambda: click(qtbot, page.receive_button))
    assert message.startswith("That lot expired on 2026-11-01; an expired lot cannot be used")
    since = clinic.store.audit.count()
    said = receive_lot(qtbot, page, "onabotulinumtoxinA", "C5551", date(2027, 1, 10), 6)
    assert said == "Lot C5551 received: 6 vials, expires 2027-01-10."
    assert new_entries(clinic, since)[0].after["lot"] == "C5551"
    qtbot.waitUntil(lambda: page.model.shown() == 1, timeout=TIMEOUT)
    assert page.model.data(page.model.index(0, 5)) == "expires in 48 days"  # within 60: in red
    click_row(qtbot, page.table, 0)
    type_into(qtbot, page.change, "-7")
    type_into(qtbot, page.reason, "dropped")
    with Unchanged(clinic):
        assert refused(qtbot, page, lambda: click(qtbot, page.adjust_button)) == (
            "Lot C5551 has 6 vials left; 7 cannot be taken away."
        )
    type_into(qtbot, page.change, "-1")
    since = clinic.store.audit.count()
    said = saved(qtbot, page, lambda: qtbot.keyClick(page.reason, Qt.Key.Key_Return))
    assert said == "Lot C5551: 5 vials left."
    (entry,) = new_entries(clinic, since)
    assert entry.after == {"lot": "C5551", "vials_left": 5, "vials": -1, "reason": "dropped"}
    qtbot.waitUntil(lambda: "-1 (dropped, Mara)" in page.history.text(), timeout=TIMEOUT)


def test_protocols_page_refuses_a_protocol_without_sites_and_saves_one(
    qtbot: QtBot, settings_window: _PagesDialog, clinic: ClinicServices
) -> None:
    page = go_to(qtbot, settings_window, ProtocolsPage)
    assert page.model.shown() >= 1 and all(t.builtin for t in page.model.rows)
    type_into(qtbot, page.name, "Neck trigger points")
    choose(qtbot, page.indication, "Myofascial pain")
    with Unchanged(clinic):
        assert (
            refused(qtbot, page, lambda: click(qtbot, page.save_button))
            == "A protocol needs at least one site."
        )
    click(qtbot, page.add_site)
    edit_cell(qtbot, page.sites, 0, 0, "trapezius")
    edit_cell(qtbot, page.sites, 0, 2, "abc")  # not a number of units
    with Unchanged(clinic):
        assert refused(qtbot, page, lambda: click(qtbot, page.save_button)).startswith(
            "Site 1: 'abc' is not a number"
        )
    edit_cell(qtbot, page.sites, 0, 2, "20")
    since = clinic.store.audit.count()
    said = saved(qtbot, page, lambda: click(qtbot, page.save_button))
    assert said == "Neck trigger points saved: 20 U at 1 points."
    (entry,) = new_entries(clinic, since)
    assert (entry.action, entry.entity, entry.after["sites"]) == (
        "create",
        "protocol",
        ["trapezius:bilateral:20.0:1"],
    )


def test_measures_page_refuses_a_range_upside_down_and_adds_a_measure(
    qtbot: QtBot, settings_window: _PagesDialog, clinic: ClinicServices
) -> None:
    page = go_to(qtbot, settings_window, MeasuresPage)
    type_into(qtbot, page.code, "neck_pain")
    type_into(qtbot, page.label, "Neck pain")
    type_into(qtbot, page.low, "10")
    type_into(qtbot, page.high, "0")
    with Unchanged(clinic):
        assert refused(qtbot, page, lambda: click(qtbot, page.save_button)) == (
            "A measure's lowest value must be below its highest."
        )
    type_into(qtbot, page.low, "0")
    type_into(qtbot, page.high, "10")
    type_into(qtbot, page.unit, "/10")
    since = clinic.store.audit.count()
    assert saved(qtbot, page, lambda: qtbot.keyClick(page.unit, Qt.Key.Key_Return)) == "Neck pain added."
    (entry,) = new_entries(clinic, since)
    assert (entry.entity, entry.entity_id, entry.after["label"]) == ("measure", "neck_pain", "Neck pain")
    assert Measure("neck_pain", "Neck pain", Decimal(0), Decimal(10), "/10", True, False) in (
        clinic.store.treatments.measures()
    )


# --- who sees it ----------------------------------------------------------------------------------


def test_only_a_manager_is_offered_the_clinic_settings(
    qtbot: QtBot, clinic: ClinicServices, qsettings: QSettings
) -> None:
    clinic.session = SYSTEM
    clinic.users.add("Ana", Role.RECEPTION, PASSWORD)
    clinic.users.sign_in("Ana", PASSWORD)
    window = MainWindow(clinic, UiSettings(qsettings))
    window.quiet = True
    qtbot.addWidget(window)
    assert not window.registry["clinic_settings"].isVisible()
    assert not window.registry["set_up_clinic"].isVisible()
    window.operations.wait()
