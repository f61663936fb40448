"""A new clinic set up in the window only (issue 19): from an empty database, the first run's
manager account, then the set-up checklist — the clinic, a provider with what she treats and her
hours in one step, rooms, the appointment types suggested from what she treats — until the
calendar can book. Nothing but the window's own widgets, typed into and clicked (tests/ui/
setup_steps.py has one function per step, for the steps that follow: a patient, a booking,
charting); the database is read at the end to see it holds exactly that."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.hours import TimeBlock
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.dialogs.setup.clinic_page import ClinicPage
from clinic_desktop.ui.dialogs.setup.dialogs import SetupChecklist
from clinic_desktop.ui.dialogs.setup.hours_page import HoursPage
from clinic_desktop.ui.dialogs.setup.providers_page import ProvidersPage
from clinic_desktop.ui.dialogs.setup.rooms_types_pages import RoomsPage, TypesPage
from tests.ui.setup_steps import (
    TIMEOUT,
    add_provider,
    add_room,
    add_suggested_types,
    click,
    fill_in_the_clinic,
    first_run,
    next_page,
)

PASSWORD = "correct horse battery"


def test_a_new_clinic_is_set_up_in_the_window_until_it_can_book(
    qtbot: QtBot, services: ClinicServices, qsettings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Vienna")  # this computer's time zone
    services.session = None  # as the composition root hands the services over
    window = first_run(qtbot, services, qsettings, "Mara", PASSWORD)
    checklist = window.settings_dialog
    assert isinstance(checklist, SetupChecklist)
    # Behind it, the calendar says what is missing instead of showing an empty grid.
    calendar = window.calendar
    assert calendar.stack.currentWidget() is calendar.setup_needed
    assert "There is no provider yet" in calendar.setup_needed.text.text()
    assert not checklist.done_button.isEnabled()

    clinic = checklist.current_page
    assert isinstance(clinic, ClinicPage)  # opened at the first thing to do
    assert (clinic.zone.currentText(), clinic.zone_hint.text()) == ("Europe/Vienna", "(this computer's)")
    said = fill_in_the_clinic(qtbot, clinic, "Riverside Pain Clinic", None, "Austria", "ISO")
    assert said == "Saved: Riverside Pain Clinic, Europe/Vienna."

    providers = next_page(qtbot, checklist, ProvidersPage)
    said = add_provider(
        qtbot, providers, "Dr Ana Lind", "MD, neurologist",
        [Indication.CHRONIC_MIGRAINE, Indication.OVERACTIVE_BLADDER],
        mon_to_fri=("08:00", "17:00"), lunch=("12:00", "13:00"),
    )  # fmt: skip
    assert said == "Dr Ana Lind added, working Mon-Fri 08:00-12:00, 13:00-17:00."
    assert [p.name for p in providers.model.rows] == ["Dr Ana Lind"]

    hours = next_page(qtbot, checklist, HoursPage)
    assert [(r.block.weekday, str(r.block.block)) for r in hours.model.rows][:2] == [
        (0, "08:00-12:00"), (0, "13:00-17:00"),
    ]  # fmt: skip

    rooms = next_page(qtbot, checklist, RoomsPage)
    assert add_room(qtbot, rooms, "Room 1", "exam") == "Room 1 (exam) added."
    assert add_room(qtbot, rooms, "Procedure room", "procedure") == "Procedure room (procedure) added."

    types = next_page(qtbot, checklist, TypesPage)
    suggested = [types.suggestions.item(i).text() for i in range(types.suggestions.count())]
    assert suggested == [
        "Consultation — 45 minutes",
        "Migraine treatment — 30 minutes",
        "Bladder procedure — 60 minutes, needs a procedure room",
        "Review — 20 minutes",
    ]
    said = add_suggested_types(qtbot, types, leave_out=["Review"])
    assert said == "Added 3 types: Consultation, Migraine treatment, Bladder procedure."
    qtbot.waitUntil(lambda: checklist.done_button.isEnabled(), timeout=TIMEOUT)
    assert [checklist.list.item(r).text()[0] for r in range(checklist.list.count())] == ["✓"] * 5 + ["–"]
    click(qtbot, checklist.done_button)
    qtbot.waitUntil(lambda: not checklist.isVisible(), timeout=TIMEOUT)

    # The calendar can book now: the day's grid with Dr Lind's column.
    qtbot.waitUntil(lambda: calendar.stack.currentWidget() is calendar.grid, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: [p.name for p in calendar.providers] == ["Dr Ana Lind"], timeout=TIMEOUT)
    assert window.windowTitle().endswith("Riverside Pain Clinic")

    # The database holds exactly that, each change by Mara.
    store = services.store
    settings = store.settings.get()
    assert (settings.name, settings.timezone, settings.country, settings.date_format) == (
        "Riverside Pain Clinic", "Europe/Vienna", "AT", "iso",
    )  # fmt: skip
    (lind,) = store.providers.list()
    assert (lind.name, lind.credentials, lind.indications) == (
        "Dr Ana Lind", "MD, neurologist", (Indication.CHRONIC_MIGRAINE, Indication.OVERACTIVE_BLADDER),
    )  # fmt: skip
    week = store.setup.hours(lind.id)
    assert sorted({e.block.weekday for e in week}) == [0, 1, 2, 3, 4]
    assert {e.block.block for e in week} == {TimeBlock(time(8), time(12)), TimeBlock(time(13), time(17))}
    assert all(e.block.effective_from is None and e.block.effective_to is None for e in week)
    assert [(r.name, r.kind) for r in store.rooms.list()] == [
        ("Procedure room", "procedure"),
        ("Room 1", "exam"),
    ]
    assert [(t.name, t.minutes, t.room_kind, t.is_treatment) for t in store.types.list()] == [
        ("Bladder procedure", 60, "procedure", True),
        ("Consultation", 45, None, False),
        ("Migraine treatment", 30, None, True),
    ]
    assert store.patient_count() == 0 and store.appointments.count() == 0
    entries = store.audit.find()
    assert {e.user for e in entries if e.action != "sign_in"} == {"Mara"}
    assert {e.entity for e in entries} >= {"settings", "provider", "hours", "room", "appointment_type"}
    window.operations.wait()
