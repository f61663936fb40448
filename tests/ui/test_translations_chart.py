"""The patients and the chart in Spanish (issue 25): with the Spanish catalogue installed, the real
main window's patient list, a patient's chart opened from it with Enter, the charting dialog opened
with the chart's own button, and the printed day list read in Spanish; the catalogues hold these
texts (resources/translations/incoming/u2-chart.json, filled by resources/translations/fill.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clinic_desktop.domain.access import Role
from clinic_desktop.printing.day_list import day_list_printout, write_day_list_pdf
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui import languages
from clinic_desktop.ui.application import apply_look
from clinic_desktop.ui.dialogs.treatment import TreatmentDialog
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.settings import UiSettings
from clinic_desktop.ui.views.chart_treatments import TreatmentsPage
from clinic_desktop.ui.views.patient_chart import OverviewPage
from tests.day_list_clinic import DAY, build

PASSWORD = "correct horse battery"
TIMEOUT = 10_000


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    """Install a catalogue for one test, as start-up does (before any window is built)."""

    def install(lang: str) -> str:
        return languages.install_translator(qapp, lang)

    yield install
    languages.remove_translators(qapp)


@pytest.fixture
def spanish_window(
    qtbot: QtBot, in_language: Callable[[str], str], demo_services: ClinicServices, qsettings: QSettings
) -> Iterator[MainWindow]:
    """The main window built in Spanish, a provider signed in (every tab of the chart, and charting)."""
    assert in_language("es") == "es"
    apply_look(QApplication.instance())  # type: ignore[arg-type]
    provider = demo_services.resources.providers()[0].id
    demo_services.users.add("Lena", Role.PROVIDER, PASSWORD, provider)
    demo_services.users.sign_in("Lena", PASSWORD)
    window = MainWindow(demo_services, UiSettings(qsettings))
    window.quiet = True
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=TIMEOUT)
    yield window
    for chart in list(window.charts.values()):
        chart.close()
    window.operations.wait()


def test_the_patient_list_and_a_chart_opened_from_it_read_in_spanish(
    qtbot: QtBot, spanish_window: MainWindow
) -> None:
    window = spanish_window
    with qtbot.waitSignal(window.patients.loaded, timeout=TIMEOUT):
        window.show_view("patients")
    view = window.patients
    model = view.model
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headings == ["N.º HC", "Nombre", "Fecha de nacimiento", "Teléfono", "Estado", "Alertas"]
    assert (
        model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        == "Haga clic para ordenar"
    )
    assert view.title.text() == "Pacientes" and view.count.text() == "300 pacientes"
    assert [view.status_filter.itemText(i) for i in range(view.status_filter.count())] == [
        "Todos", "Activos", "Inactivos", "Fallecidos",
    ]  # fmt: skip
    assert view.search.placeholderText() == "Nombre, teléfono, fecha de nacimiento o n.º de historia"
    assert model.data(model.index(0, 4)) in {"Activo", "Inactivo", "Fallecido"}

    view.table.setFocus()
    view.table.setCurrentIndex(model.index(0, 1))
    patient = view.selected_patient()
    assert patient is not None
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter opens the chart
    qtbot.waitUntil(
        lambda: patient in window.charts and window.charts[patient].chart is not None, timeout=TIMEOUT
    )
    chart = window.charts[patient]
    tabs = [chart.tabs.tabText(i) for i in range(chart.tabs.count())]
    assert tabs == ["&Resumen", "&Citas", "&Tratamientos", "Res&ultados", "C&onsentimientos",
                    "Registro de cont&actos", "&Peso"]  # fmt: skip
    assert chart.edit_button.text() == "Editar datos…" and chart.book_button.text() == "Dar cita…"
    assert "años · " in chart.details.text() and " · HC " in chart.details.text()
    overview = chart.pages["overview"]
    assert isinstance(overview, OverviewPage) and overview.clinical.title() == "Resumen clínico"


def test_the_charting_dialog_reads_in_spanish(qtbot: QtBot, spanish_window: MainWindow) -> None:
    window = spanish_window
    patient = window.services.patients.list_ids("name", False, ["active"])[0]
    chart = window.open_chart(patient)
    qtbot.waitUntil(lambda: chart.chart is not None, timeout=TIMEOUT)
    chart.tabs.setCurrentIndex(2)
    page = chart.pages["treatments"]
    assert isinstance(page, TreatmentsPage)
    assert page.chart_button.text() == "Registrar tratamiento…"
    qtbot.mouseClick(page.chart_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, TreatmentDialog)
    qtbot.waitSignal(dialog.ready, timeout=TIMEOUT).wait()
    assert dialog.windowTitle().startswith("Registrar tratamiento — ")
    assert dialog.sign_button.text() == "Firmar  (Ctrl+Intro)"
    assert dialog.draft_button.text() == "Guardar borrador"
    assert dialog.consent.text() == "Consentimiento comprobado antes de inyectar"
    headers = dialog.sites.table.horizontalHeaderItem(0)
    assert headers is not None and headers.text() == "Músculo o región"
    assert dialog.map.accessibleName() == "Mapa de inyecciones"
    assert dialog.map.tabs.tabText(0).startswith("Cabeza delante")
    assert dialog.supervised.itemText(0) == "Nadie"
    dialog.reject()


def test_the_day_list_prints_in_spanish(
    in_language: Callable[[str], str], services: ClinicServices, tmp_path: Path
) -> None:
    assert in_language("es") == "es"
    build(services)
    day_list = services.day_lists.day_list(DAY, 1)
    text = day_list_printout(day_list).toPlainText()
    assert text.startswith("Lista del día — Dr Lind — ")
    assert "Hora Paciente Indicación · plan Última dosis Alertas · notas" in " ".join(text.split())
    assert "Primer tratamiento" in text
    path = tmp_path / "lista.pdf"
    assert write_day_list_pdf(day_list, path, reception=True, paper="a4") == 1
    page = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert page.startswith("Lista de recepción — Dr Lind — ")
    assert "Teléfono" in page and "Página 1 de 1" in page
