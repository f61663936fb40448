"""The calendar, booking, the recall list and the Today board in Spanish (issue 25): the real main
window, built with the Spanish catalogue installed as start-up installs it, reads in Spanish: its
buttons, labels, column headings, what a screen reader hears of an appointment in the grid, and the
days and months written in words.

The domain's own words (a status, an indication) come through ``shown`` and are the domain's
catalogue's (tests/domain/test_words.py); what is checked here is the window's own text around them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from clinic_desktop.domain import flow
from clinic_desktop.domain.access import Role
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.words import shown
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui import languages
from clinic_desktop.ui.application import apply_look
from clinic_desktop.ui.dates import display_time
from clinic_desktop.ui.dialogs.booking import BookingDialog
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.settings import UiSettings
from tests.ui.test_calendar_view import book

PASSWORD = "correct horse battery"
DAY = date(2026, 11, 25)  # a Wednesday after the fixed "now", empty in the demo clinic
NAME = QAccessible.Text.Name


@pytest.fixture
def spanish_window(
    qtbot: QtBot, qapp: QApplication, demo_services: ClinicServices, qsettings: QSettings
) -> Iterator[Callable[[], MainWindow]]:
    """The Spanish catalogue installed before the window is built (as run_gui does), a manager
    signed in; the window is made when the test has put what it needs in the database."""
    assert languages.install_translator(qapp, "es") == "es"
    apply_look(qapp)
    demo_services.users.add("Mara", Role.MANAGER, PASSWORD)
    demo_services.users.sign_in("Mara", PASSWORD)
    made: list[MainWindow] = []

    def open_window() -> MainWindow:
        window = MainWindow(demo_services, UiSettings(qsettings))
        window.quiet = True
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=10_000)
        made.append(window)
        return window

    yield open_window
    for window in made:
        window.operations.wait()
    languages.remove_translators(qapp)


def test_the_calendar_and_the_booking_dialog_read_in_spanish(
    qtbot: QtBot, spanish_window: Callable[[], MainWindow], demo_services: ClinicServices
) -> None:
    services = demo_services
    booked = book(services, f"{DAY}T09:00", 1)
    services.appointments.set_status(booked, AppointmentStatus.ARRIVED)
    window = spanish_window()
    window.show_view("calendar")
    calendar = window.calendar
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        calendar.set_day(DAY)

    # The header: buttons, the modes, and the day written in Spanish words.
    assert calendar.title.text() == "Calendario"
    assert calendar.today_button.text() == "Hoy" and calendar.new_button.text() == "Dar cita…"
    assert [b.text() for b in calendar.mode_buttons.buttons()] == ["Día", "Semana", "Mes"]
    assert calendar.previous_button.accessibleName() == "Día anterior"
    assert calendar.summary.text() == "miércoles, 25 de noviembre de 2026 · 1 cita · 1 han llegado"

    # What a screen reader hears of the appointment: one sentence, in Spanish.
    entry = services.appointments.entry(booked)
    start = services.time.to_local(entry.appointment.start)
    end = services.time.to_local(entry.appointment.end)
    grid = QAccessible.queryAccessibleInterface(calendar.grid)
    assert grid is not None
    # The grid has the keys: its name says the free slot the keyboard is on ("..., 8:00 AM, Dr Lind, free").
    assert grid.text(NAME).startswith("Calendario, ") and grid.text(NAME).endswith(", libre")
    heard = [grid.child(i).text(NAME) for i in range(grid.childCount())]
    status = shown(AppointmentStatus.ARRIVED.label).lower()
    assert heard == [
        f"{display_time(start)} a {display_time(end)}, {entry.patient_name}, {entry.type_name}, "
        f"{entry.provider_name}, {status}"
    ]
    tooltip = calendar.grid.tooltip_text(calendar.grid.blocks()[0]).splitlines()
    assert tooltip[3] == f"Estado: {shown(AppointmentStatus.ARRIVED.label)}"

    # The month: Spanish day headings and cells.
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        calendar.set_mode("month")
    model = calendar.month_table.model()
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headings == ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
    assert calendar.summary.text().startswith("noviembre de 2026: ")
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        calendar.set_mode("day")

    # Ctrl+B: the booking dialog, in Spanish.
    calendar.grid.setFocus()
    qtbot.keyClick(calendar.grid, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(calendar.booking, BookingDialog), timeout=5_000)
    dialog = calendar.booking
    assert isinstance(dialog, BookingDialog)
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=10_000)
    assert dialog.windowTitle() == "Reservar cita"
    assert dialog.book_button.text() == "Reservar" and dialog.next_free.text() == "Siguiente hueco libre"
    form = dialog._form
    label = form.labelForField(dialog.search)
    assert isinstance(label, QLabel) and label.text() == "&Paciente"
    assert form.labelForField(dialog.notes).text() == "&Notas"  # type: ignore[union-attr]
    assert dialog.series.repeat.text() == "&Repetir cada" and dialog.duration.suffix() == " minutos"
    assert dialog.search.placeholderText().startswith("Nombre, teléfono, fecha de nacimiento")
    header = dialog.choices.headerItem()
    assert [header.text(c) for c in range(1, 5)] == ["Cuándo", "Visita", "Con", "Por qué"]
    assert dialog.room.itemText(0) == "Cualquier sala adecuada"
    dialog.submit()  # nobody chosen yet: the form says so, in Spanish
    assert dialog.error.text() == "Elija primero al paciente."
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: calendar.booking is None, timeout=5_000)


def test_the_recall_list_and_the_today_board_read_in_spanish(
    qtbot: QtBot, spanish_window: Callable[[], MainWindow]
) -> None:
    window = spanish_window()
    window.show_view("recalls")
    recalls = window.recalls
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=10_000)
    assert recalls.title.text() == "Recordatorios"
    model = recalls.table.model()
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headings == ["Paciente", "Indicación", "Último tratamiento"]
    assert recalls.actions_["book"].text() == "Reservar propuesta"
    assert recalls.snoozed.text() == "Incluir p&ospuestos"
    assert recalls.search.placeholderText() == "Filtrar por nombre"
    assert "pendientes o con retraso" in recalls.summary.text()
    assert (
        recalls.table.horizontalHeader().accessibleName()
        == "Pacientes a los que toca un recordatorio, encabezados de columna"
    )

    window.show_view("today")
    board = window.today
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=10_000)
    assert board.title.text().startswith("Hoy · lunes, 23 de noviembre de 2026")
    assert board.buttons[AppointmentStatus.ARRIVED].text() == "Registrar llegada"
    assert (
        board.cancel_button.text() == "Cancelar la visita…"
        and board.waitlist_button.text() == "Lista de espera…"
    )
    waiting = board.lanes[flow.Lane.WAITING]
    count = waiting.count()
    lane = shown(flow.Lane.WAITING.label)
    expected = f"{lane}, 1 paciente" if count == 1 else f"{lane}, {count} pacientes"
    assert waiting.accessibleName() == expected
    assert board.previous_button.toolTip() == "Día anterior (Alt+Izquierda o Re Pág)"
