"""A new clinic set up in the window only (issue 19's acceptance): from an empty database, the first
run's manager account, then the set-up checklist — the clinic, a provider with what she treats and
her hours in one step, rooms, the appointment types suggested from what she treats, the first lot
of toxin — until the calendar can book; the manager makes the provider's account, linked to her
provider record, and signs out; the provider signs in, registers a patient (Ctrl+N), books her
into her own afternoon from the calendar and charts the treatment as herself (the patient's chart,
Treatments, Ctrl+T). Nothing but the window's own widgets, typed into and clicked (tests/ui/
setup_steps.py has one function per step); the database is then read afresh through the services,
to see it holds exactly that and nothing else."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.codes import Indication, Product
from clinic_desktop.domain.hours import TimeBlock
from clinic_desktop.services import ClinicServices, Clock
from clinic_desktop.ui.dialogs.setup.clinic_page import ClinicPage
from clinic_desktop.ui.dialogs.setup.dialogs import SetupChecklist
from clinic_desktop.ui.dialogs.setup.hours_page import HoursPage
from clinic_desktop.ui.dialogs.setup.providers_page import ProvidersPage
from clinic_desktop.ui.dialogs.setup.rooms_types_pages import RoomsPage, TypesPage
from clinic_desktop.ui.dialogs.setup.stock_page import StockPage
from tests.conftest import FIXED_NOW
from tests.ui.setup_steps import (
    TIMEOUT,
    add_provider,
    add_provider_account,
    add_room,
    add_suggested_types,
    book_in_the_calendar,
    chart_treatment,
    click,
    fill_in_the_clinic,
    first_run,
    next_page,
    open_chart_from_the_calendar,
    quit_the_window,
    receive_lot,
    register_patient,
    sign_in,
    sign_out,
)

PASSWORD = "correct horse battery"
ANA_PASSWORD = "a long way to Vienna"


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise",
    "This plugin does not support grabbing",  # the menus' popups
)
def test_a_new_clinic_is_set_up_in_the_window_until_it_books_and_charts(
    qtbot: QtBot,
    services: ClinicServices,
    db_url: str,
    qsettings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
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

    stock = next_page(qtbot, checklist, StockPage)
    said = receive_lot(qtbot, stock, "onabotulinumtoxinA", "C4512A", date(2028, 3, 31), 4)
    assert said == "Lot C4512A received: 4 vials, expires 2028-03-31."
    qtbot.waitUntil(lambda: checklist.list.item(checklist.list.count() - 1).text()[0] == "✓", timeout=TIMEOUT)
    click(qtbot, checklist.done_button)
    qtbot.waitUntil(lambda: not checklist.isVisible(), timeout=TIMEOUT)

    # The calendar can book now: the day's grid with Dr Lind's column.
    qtbot.waitUntil(lambda: calendar.stack.currentWidget() is calendar.grid, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: [p.name for p in calendar.providers] == ["Dr Ana Lind"], timeout=TIMEOUT)
    assert window.windowTitle().endswith("Riverside Pain Clinic")

    # Dr Lind's own account, linked to her provider record; Mara signs out and Dr Lind signs in.
    users = add_provider_account(qtbot, window, "ana", "Dr Ana Lind", ANA_PASSWORD)
    assert users == [("ana", "Provider", "Dr Ana Lind"), ("Mara", "Manager", "")]
    sign_out(qtbot, window)
    sign_in(qtbot, window, "ana", ANA_PASSWORD)
    assert window.user_label.text() == "Signed in as ana (provider)"
    assert not window.registry["clinic_settings"].isVisible()  # the clinic's settings are Mara's
    assert calendar.mine.isChecked()  # her own day first

    # Her first patient, booked into her afternoon (it is 16:00 in Vienna) and treated there.
    register_patient(
        qtbot,
        window,
        {
            "given_name": "Ines",
            "family_name": "Ortega",
            "date_of_birth": "1971-04-02",
            "phone": "0664 1234567",
        },
    )
    (appointment,) = book_in_the_calendar(
        qtbot, window, "Dr Ana Lind", "16:00", "Ortega", "Migraine treatment"
    )
    chart = open_chart_from_the_calendar(qtbot, window, appointment)
    assert chart.name.text() == "Ines Ortega"
    charted = chart_treatment(qtbot, chart, "PREEMPT")
    assert (charted.provider, charted.provider_editable) == ("Dr Ana Lind", False)  # she charts as herself
    assert charted.lot.startswith("C4512A — expires 2028-03-31 — 4 vials left")
    assert charted.findings == []
    quit_the_window(qtbot, window)

    # The database, read afresh through the services (as the software itself): exactly that.
    afresh = ClinicServices.open(db_url, Clock(FIXED_NOW))
    try:
        the_clinic_holds_exactly_that(afresh, appointment)
    finally:
        afresh.close()


def the_clinic_holds_exactly_that(clinic: ClinicServices, appointment_id: int) -> None:
    settings = clinic.clinic.settings()
    assert (settings.name, settings.timezone, settings.country, settings.date_format) == (
        "Riverside Pain Clinic", "Europe/Vienna", "AT", "iso",
    )  # fmt: skip
    info = clinic.clinic.info()
    assert info.counts == {"patients": 1, "providers": 1, "appointments": 1, "treatments": 1}
    (lind,) = clinic.resources.providers()
    assert (lind.name, lind.credentials, lind.indications) == (
        "Dr Ana Lind", "MD, neurologist", (Indication.CHRONIC_MIGRAINE, Indication.OVERACTIVE_BLADDER),
    )  # fmt: skip
    week = clinic.working_time.hours(lind.id)
    assert sorted({e.block.weekday for e in week}) == [0, 1, 2, 3, 4]
    assert {e.block.block for e in week} == {TimeBlock(time(8), time(12)), TimeBlock(time(13), time(17))}
    assert all(e.block.effective_from is None and e.block.effective_to is None for e in week)
    assert [(r.name, r.kind) for r in clinic.resources.rooms()] == [
        ("Procedure room", "procedure"),
        ("Room 1", "exam"),
    ]
    assert [(t.name, t.minutes, t.room_kind, t.is_treatment) for t in clinic.resources.types()] == [
        ("Bladder procedure", 60, "procedure", True),
        ("Consultation", 45, None, False),
        ("Migraine treatment", 30, None, True),
    ]
    (stock,) = clinic.stock.stock()
    lot = stock.lot
    assert (lot.product, lot.lot_number, lot.expires_on, lot.units_per_vial) == (
        Product.ONABOTULINUMTOXINA, "C4512A", date(2028, 3, 31), 100,
    )  # fmt: skip
    assert (lot.vials_received, lot.vials_left) == (4, 2)  # PREEMPT's 155 U took two vials
    accounts = [(u.name, u.role, u.provider_id, u.active) for u in clinic.users.list()]
    assert accounts == [("ana", Role.PROVIDER, lind.id, True), ("Mara", Role.MANAGER, None, True)]

    (patient_id,) = clinic.patients.list_ids()
    ines = clinic.patients.get(patient_id)
    assert (ines.given_name, ines.family_name, ines.date_of_birth, ines.phone) == (
        "Ines", "Ortega", date(1971, 4, 2), "+436641234567",
    )  # fmt: skip
    (booking,) = clinic.appointments.for_patient(patient_id)
    a = booking.appointment
    assert a.id == appointment_id
    assert (a.provider_id, booking.type_name, a.room_id) == (lind.id, "Migraine treatment", None)
    assert clinic.time.to_local(a.start).replace(tzinfo=None) == datetime(2026, 11, 23, 16, 0)
    assert a.end - a.start == timedelta(minutes=30)
    (treatment,) = clinic.treatments.for_patient(patient_id)
    assert (treatment.provider_id, treatment.signed_by, treatment.signed) == (lind.id, "Dr Ana Lind", True)
    assert (treatment.product, treatment.lot_number, treatment.protocol) == (
        Product.ONABOTULINUMTOXINA, "C4512A", "PREEMPT",
    )  # fmt: skip
    assert (treatment.indication, treatment.total_units) == (Indication.CHRONIC_MIGRAINE, Decimal(155))
    assert treatment.appointment_id == appointment_id
    assert clinic.time.to_local(treatment.performed_at).replace(tzinfo=None) == datetime(2026, 11, 23, 16, 0)
    assert treatment.supervised_by_id is None

    # Who did what, in order: the set-up and the account Mara's; the patient, the booking and the
    # chart Dr Lind's (her account's name), each opening of the chart on the record too.
    trail = [(e.user, e.action, e.entity, e.entity_id) for e in reversed(clinic.audit.entries(limit=100))]
    assert trail == [
        ("Mara", "create", "user", "1"),
        ("Mara", "sign_in", "user", "1"),
        ("Mara", "change", "settings", "name"),
        ("Mara", "change", "settings", "timezone"),
        ("Mara", "change", "settings", "country"),
        ("Mara", "change", "settings", "date_format"),
        ("Mara", "create", "provider", str(lind.id)),
        ("Mara", "change", "hours", str(lind.id)),
        ("Mara", "create", "room", "1"),
        ("Mara", "create", "room", "2"),
        ("Mara", "create", "appointment_type", "1"),
        ("Mara", "create", "appointment_type", "2"),
        ("Mara", "create", "appointment_type", "3"),
        ("Mara", "create", "lot", str(lot.id)),
        ("Mara", "create", "user", "2"),
        ("ana", "sign_in", "user", "2"),
        ("ana", "create", "patient", str(patient_id)),
        ("ana", "open", "patient", str(patient_id)),
        ("ana", "create", "appointment", str(appointment_id)),
        ("ana", "open", "patient", str(patient_id)),
        ("ana", "create", "treatment", str(treatment.id)),
    ]
    assert clinic.audit.verify().intact
    assert clinic.clinic.check() == []
