"""The clinic's settings and the shortcuts sheet in Spanish (issue 25): the real main window, with the
Spanish catalogue installed as start-up installs it, opened by a manager; File > Clinic settings…
reads in Spanish page by page (titles, labels, buttons, column headings, a refusal typed into the
real fields), and F1's sheet too.

Passes once the catalogues are filled (resources/translations/fill.py, docs/translating.md)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from clinic_desktop.domain.access import Role
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui import languages
from clinic_desktop.ui.application import apply_look
from clinic_desktop.ui.dialogs.setup.absences_page import AbsencesPage
from clinic_desktop.ui.dialogs.setup.clinic_page import ClinicPage
from clinic_desktop.ui.dialogs.setup.common import SetupPage
from clinic_desktop.ui.dialogs.setup.hours_page import HoursPage
from clinic_desktop.ui.dialogs.setup.providers_page import ProvidersPage
from clinic_desktop.ui.dialogs.setup.stock_page import StockPage
from clinic_desktop.ui.dialogs.shortcuts import ShortcutsDialog
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.settings import UiSettings
from tests.ui.setup_steps import TIMEOUT, click, go_to, open_settings, refused, type_into

PASSWORD = "correct horse battery"


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[object]:
    """Install a catalogue for one test, as start-up does (before any window is built)."""

    def install(lang: str) -> str:
        return languages.install_translator(qapp, lang)

    yield install
    languages.remove_translators(qapp)


@pytest.fixture
def spanish_window(
    qtbot: QtBot, in_language, demo_services: ClinicServices, qsettings: QSettings
) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    assert in_language("es") == "es"
    apply_look(QApplication.instance())  # type: ignore[arg-type]
    demo_services.users.add("Mara", Role.MANAGER, PASSWORD)
    demo_services.users.sign_in("Mara", PASSWORD)
    window = MainWindow(demo_services, UiSettings(qsettings))
    window.quiet = True
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=TIMEOUT)
    yield window
    window.operations.wait()


def label_of(page: SetupPage, field: QWidget) -> str:
    """The text of the form label whose mnemonic reaches ``field``."""
    for form in page.findChildren(QFormLayout):
        label = form.labelForField(field)
        if isinstance(label, QLabel):
            return label.text()
    return next(label.text() for label in page.findChildren(QLabel) if label.buddy() is field)


def headings(page: SetupPage) -> list[str]:
    model = page.model  # type: ignore[attr-defined]
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_clinic_settings_read_in_spanish(qtbot: QtBot, spanish_window: MainWindow) -> None:
    dialog = open_settings(qtbot, spanish_window)
    assert dialog.windowTitle() == "Ajustes de la clínica"
    titles = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert titles == [
        "La clínica", "Profesionales", "Horario semanal", "Sesiones extra", "Ausencias y cierres", "Salas",
        "Tipos de cita", "Existencias de toxina", "Protocolos", "Medidas de resultado",
    ]  # fmt: skip
    close = dialog.findChild(QPushButton, "closeSettings")
    assert close is not None and close.text() == "&Cerrar"

    clinic = go_to(qtbot, dialog, ClinicPage)
    assert clinic.heading.text() == "La clínica"
    assert label_of(clinic, clinic.name) == "&Nombre de la clínica:"  # the settings table's label
    assert label_of(clinic, clinic.zone) == "&Zona horaria:"
    assert clinic.save_button.text() == "&Guardar los ajustes de la clínica"
    assert clinic.idle.suffix() == " minutos" and clinic.preview.text().startswith(
        "Una fecha de nacimiento del 3 de abril de 1980 se escribe "
    )

    hours = go_to(qtbot, dialog, HoursPage)
    assert hours.heading.text() == "Horario semanal" and hours.intro.text().startswith("Cuándo trabaja")
    assert headings(hours) == ["Día", "Horario", "Desde", "Hasta"]
    assert hours.model.data(hours.model.index(0, 0)) == "Lunes"  # the demo's providers work Monday
    assert [box.text() for box in hours.weekdays.boxes] == ["Lun", "Mar", "Mié", "Jue", "Vie", "Sáb", "Dom"]
    assert hours.weekdays.working_week.text() == "Lun–&Vie"
    assert hours.apply_button.text() == "Apl&icar horario"
    assert label_of(hours, hours.from_date) == "&A partir del:"
    assert hours.hours.has_break.text() == "Pa&usa"
    type_into(qtbot, hours.hours.start, "5:30")  # New York: a 12-hour clock, so it asks
    assert refused(qtbot, hours, lambda: click(qtbot, hours.apply_button)) == (
        "Inicio: ¿Es 5:30 por la mañana o por la tarde? Escriba 5:30 AM o 5:30 PM."
    )

    providers = go_to(qtbot, dialog, ProvidersPage)
    assert headings(providers) == ["Nombre", "Título"]
    assert providers.save_button.text() == "Añadir profe&sional"
    assert providers.name.placeholderText() == "p. ej., Dra. Ana Lind"
    assert providers.active.text() == "Trabaja a&quí"

    absences = go_to(qtbot, dialog, AbsencesPage)
    assert absences.add_off.text() == "Añadir &ausencia" and absences.add_closed.text() == "Añadir c&ierre"
    assert label_of(absences, absences.off_last) == "&Hasta (incluido):"

    stock = go_to(qtbot, dialog, StockPage)
    assert headings(stock) == ["Lote", "Producto", "Caduca", "Viales restantes", "Tamaño del vial", "Estado"]
    assert stock.receive_button.text() == "&Recibir lote"
    assert stock.intro.text().startswith("Lotes en existencias") and "60 días" in stock.intro.text()
    dialog.close()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_shortcuts_sheet_reads_in_spanish(qtbot: QtBot, spanish_window: MainWindow) -> None:
    spanish_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is spanish_window, timeout=TIMEOUT)
    qtbot.keyClick(spanish_window.navigation, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(getattr(spanish_window, "shortcuts_dialog", None), ShortcutsDialog))
    sheet: ShortcutsDialog = spanish_window.shortcuts_dialog
    assert sheet.windowTitle() == "Atajos de teclado"
    header = sheet.tree.headerItem()
    assert [header.text(i) for i in range(3)] == ["Orden", "Teclas", "Qué hace"]
    commands, views = sheet.tree.topLevelItem(0), sheet.tree.topLevelItem(1)
    assert (commands.text(0), views.text(0)) == ("Órdenes", "Dentro de las vistas")
    ctrl_b = QKeySequence("Ctrl+B").toString(QKeySequence.SequenceFormat.NativeText)  # Qt's own Spanish
    assert ("Reservar cita…", ctrl_b) in sheet.listed()  # the main menu's own Spanish
    in_views = [tuple(views.child(i).text(c) for c in range(3)) for i in range(views.childCount())]
    assert ("Cuadrícula del calendario", "T", "Ir a hoy") in in_views
    what = "Dar cita en la franja propuesta / mostrar las opciones"
    assert ("Lista de recordatorios", "Intro / Control+Intro", what) in in_views
    qtbot.keyClick(sheet.tree, Qt.Key.Key_Escape)
    assert not sheet.isVisible()
