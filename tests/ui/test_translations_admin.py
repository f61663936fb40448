"""The manager's part of the window in Spanish (issue 25): the reports and the audit trail in the
real main window, the users and the backup dialogs opened from the File menu, read with the
Spanish catalogue installed; and their fixed text colours (a refusal's red, the verdict's green)
readable in the high-contrast palettes.

Run the fill steps of docs/translating.md first: the catalogues compiled into the package must
hold these texts.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.colours import AA_TEXT, contrast_ratio
from clinic_desktop.domain.words import shown
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui import languages
from clinic_desktop.ui.appearance import Appearance, Contrast, apply_appearance, readable_ink
from clinic_desktop.ui.application import apply_look
from clinic_desktop.ui.dialogs.backup import BackupDialog
from clinic_desktop.ui.dialogs.users import AddUserDialog, UsersDialog
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.settings import UiSettings
from clinic_desktop.ui.views.audit_view import ACTION, INTACT_COLOUR
from tests.clinic_users import fast_password_hashing

PASSWORD = "correct horse battery"
TIMEOUT = 10_000


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[object]:
    """Install a catalogue for one test, as start-up does (before any window is built)."""

    def install(lang: str) -> str:
        return languages.install_translator(qapp, lang)

    yield install
    languages.remove_translators(qapp)


@pytest.fixture
def spanish_window(
    qtbot: QtBot,
    in_language,  # type: ignore[no-untyped-def]
    demo_services: ClinicServices,
    qsettings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MainWindow]:
    """The demo clinic's window in Spanish, a manager (every command of this part) signed in."""
    fast_password_hashing(monkeypatch)
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


def ink_of(style_sheet: str) -> str:
    """The colour a "color: #rrggbb; …" style sheet gives the text."""
    return style_sheet.split("color:")[1].split(";")[0].strip()


def test_the_reports_view_reads_in_spanish(qtbot: QtBot, spanish_window: MainWindow) -> None:
    window = spanish_window
    with qtbot.waitSignal(window.reports.loaded, timeout=TIMEOUT):
        window.registry["view_reports"].trigger()
    view = window.reports
    assert view.title.text() == "Informes"
    tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert tabs == [
        "Tratamientos", "Unidades por lote", "Desperdicio (JW/JZ)", "Ausencias y cancelaciones",
        "Conversión de recordatorios", "Respondedores",
    ]  # fmt: skip
    assert view.tabs.tabToolTip(0).endswith("(Ctrl+AvPág / Ctrl+RePág: siguiente / anterior)")
    assert view.last_year.text() == "Últimos 12 meses"
    assert [view.actions_[key].text() for key in ("csv", "pdf", "print")] == [
        "Exportar CSV…", "Exportar PDF…", "Imprimir…"
    ]  # fmt: skip
    assert view.actions_["csv"].toolTip().startswith("Guardar la tabla como hoja de cálculo (CSV)")
    # The report's own words (the services') are shown through the catalogue too.
    report = view.report
    assert report is not None and view.heading.text() == shown(report.title)
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == shown(report.table().columns[0].title)
    # Turning to the units report: its note beside the range is the view's own, in Spanish.
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(view.tabs, Qt.MouseButton.LeftButton, pos=view.tabs.tabRect(1).center())
    assert view.scope_label.text().endswith(" · nunca se suman unidades de productos distintos")


def test_the_audit_view_reads_in_spanish_and_its_verdict_too(
    qtbot: QtBot, spanish_window: MainWindow
) -> None:
    window = spanish_window
    with qtbot.waitSignal(window.audit.loaded, timeout=TIMEOUT):
        window.registry["view_audit"].trigger()
    view = window.audit
    assert view.title.text() == "Registro de auditoría"
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert headers == ["Cuándo", "Usuario", "Acción", "Qué", "Paciente", "Cambios"]
    assert view.verify_button.text() == "&Comprobar el registro"
    assert view.user.itemText(0) == "Todos los usuarios"
    assert view.patient.placeholderText() == "Paciente: nombre, n.º de historia o id"
    actions = {view.model.data(view.model.index(r, ACTION)) for r in range(view.model.rowCount())}
    assert "Inicio de sesión" in actions  # Mara's sign-in, the newest entry
    assert view.summary.text().endswith(", las más recientes primero") or "desplácese" in view.summary.text()

    with qtbot.waitSignal(view.verified, timeout=TIMEOUT) as checked:
        qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)
        assert view.verdict_label.text() == "Comprobando cada entrada del registro…"
    verdict = checked.args[0]
    assert verdict.intact
    assert view.verdict_label.text() == f"✓ {shown(verdict.message)}"
    assert ink_of(view.verdict_label.styleSheet()) == readable_ink(INTACT_COLOUR)


def test_the_users_dialog_reads_in_spanish(qtbot: QtBot, spanish_window: MainWindow) -> None:
    window = spanish_window
    window.registry["users"].trigger()  # File > Users…
    dialog = window.findChild(UsersDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=TIMEOUT)
    assert dialog.windowTitle() == "Usuarios"
    model = dialog.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Nombre", "Rol", "Activa", "Bloqueada hasta", "Profesional"]
    roles = {dialog.model.data(dialog.model.index(r, 1)) for r in range(dialog.model.rowCount())}
    assert "Gerente" in roles  # the status bar's role names, as a list shows them
    assert dialog.add_button.text() == "&Añadir usuario…"
    assert dialog.unlock_button.text() == "&Desbloquear"
    roles_offered = [dialog.role.itemText(i) for i in range(dialog.role.count())]
    assert roles_offered == ["Recepción", "Profesional", "Gerente"]

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = dialog.dialog
    assert isinstance(form, AddUserDialog) and form.windowTitle() == "Añadir usuario"
    assert form.password.placeholderText() == "al menos 8 caracteres"
    qtbot.keyClicks(form.name, "luis")
    qtbot.keyClicks(form.password, "first secret one")
    qtbot.keyClicks(form.repeat, "first secret two")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert form.notice.text() == "Las dos contraseñas no coinciden; escriba la nueva contraseña dos veces."
    form.repeat.clear()
    qtbot.keyClicks(form.repeat, "first secret one")
    with qtbot.waitSignal(dialog.changed, timeout=TIMEOUT):
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.notice.text() == "luis se ha añadido con el rol de recepción."


def test_the_backup_dialog_reads_in_spanish_and_its_refusal_reads_in_high_contrast(
    qtbot: QtBot, spanish_window: MainWindow, tmp_path: Path
) -> None:
    window = spanish_window
    window.registry["backup_restore"].trigger()  # File > Backup and restore…
    dialog = window.findChild(BackupDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.status_label.text().startswith("Cargando"), timeout=TIMEOUT)
    assert dialog.windowTitle() == "Copia de seguridad y restauración"
    header = dialog.list.headerItem()
    assert [header.text(c) for c in range(3)] == ["Hecha el", "Tamaño", "Archivo"]
    assert dialog.backup_button.text() == "&Hacer una copia ahora…"
    assert dialog.restore_file_button.text() == "Restaurar desde un &archivo…"
    assert "<b>Copias de seguridad automáticas</b> (" in dialog.folder_label.text()

    target = tmp_path / "ahora.db"
    with qtbot.waitSignal(dialog.backed_up, timeout=TIMEOUT):
        dialog.back_up_now(target)
        assert dialog.status_label.text() == "Haciendo la copia en ahora.db…"
    said = dialog.status_label.text()
    assert said.startswith(f"Copia hecha en {target} (") and said.endswith("La copia se ha comprobado.")
    assert " pacientes, " in said and " citas" in said

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        apply_appearance(app, Appearance(contrast=Contrast.HIGH_DARK))  # white on black
        junk = tmp_path / "junk.db"
        junk.write_text("not a database", encoding="utf-8")
        with qtbot.waitSignal(dialog.failed, timeout=TIMEOUT):
            dialog.restore_from_file(junk)
        assert dialog.status_label.text().startswith("Este archivo no se puede restaurar: ")
        black = app.palette().color(QPalette.ColorRole.Window).name()
        assert contrast_ratio(ink_of(dialog.status_label.styleSheet()), black) >= AA_TEXT
    finally:
        apply_appearance(app, Appearance())
    dialog.reject()
