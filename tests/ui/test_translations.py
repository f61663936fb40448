"""The window in Spanish and French (issue 25): the catalogues complete by Qt's own count, the real
window read in the language chosen, the choice kept per workstation, and no user-visible text added
to the translated modules without going through the catalogues.

docs/translating.md says how a text is marked and a catalogue brought up to date.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clinic_desktop.domain.access import Role
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui import languages
from clinic_desktop.ui.application import apply_look, run_gui
from clinic_desktop.ui.dialogs.language import LanguageDialog
from clinic_desktop.ui.dialogs.shortcuts import menu_path
from clinic_desktop.ui.dialogs.sign_in import SignInDialog
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.settings import UiSettings

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent  # the PySide6 tools sit beside the interpreter in the venv
TRANSLATED = ("es", "fr")
# Every module of the window and the printouts is translated completely: every text it shows goes
# through the catalogues (the check below). PENDING would list modules not yet moved in: none.
PENDING: set[str] = set()
SHOWN_PARTS = ("clinic_desktop/ui", "clinic_desktop/printing")
MACHINE_MADE = {"clinic_desktop/ui/resources_rc.py"}  # pyside6-rcc's output: bytes, no texts
ALL_MODULES = sorted(
    str(path.relative_to(ROOT))
    for part in SHOWN_PARTS
    for path in (ROOT / part).rglob("*.py")
    if str(path.relative_to(ROOT)) not in MACHINE_MADE
)
TRANSLATED_MODULES = tuple(module for module in ALL_MODULES if module not in PENDING)
PASSWORD = "correct horse battery"


def sources() -> list[str]:
    """The code lupdate reads, as `make translations` names it: every module but pyside6-rcc's
    output (megabytes of bytes, no texts; it crashes lupdate's Python parser)."""
    return sorted(
        str(path) for path in (ROOT / "clinic_desktop").rglob("*.py") if path.name != "resources_rc.py"
    )


def tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else name


# --- the catalogues ---------------------------------------------------------------------------------


def lrelease_counts(ts: Path, qm: Path) -> dict[str, int]:
    """pyside6-lrelease's own report on a catalogue: finished, unfinished and untranslated texts."""
    done = subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], capture_output=True, text=True, check=True
    )
    report = done.stdout + done.stderr
    generated = re.search(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)", report)
    assert generated, report
    untranslated = re.search(r"Ignored (\d+) untranslated source text\(s\)", report)
    return {
        "generated": int(generated[1]),
        "finished": int(generated[2]),
        "unfinished": int(generated[3]),
        "untranslated": int(untranslated[1]) if untranslated else 0,
    }


def messages(ts: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every message in a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message.findtext("translation") or ""))
    return found


@pytest.mark.parametrize("lang", TRANSLATED)
def test_lrelease_reports_every_text_of_the_code_translated(lang: str, tmp_path: Path) -> None:
    """The committed catalogue, updated from today's code by lupdate (a text marked in the code
    but never extracted would arrive unfinished), is complete by lrelease's count, and updating
    changed nothing (`make translations` was run after the last change)."""
    committed = CATALOGUES / f"clinic_desktop_{lang}.ts"
    updated = tmp_path / committed.name
    shutil.copy(committed, updated)
    languages_options = ["-source-language", "en", "-target-language", lang]
    subprocess.run(
        [tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none", "-no-obsolete",
         *sources(), *languages_options, "-ts", str(updated)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    counts = lrelease_counts(updated, tmp_path / f"{lang}.qm")
    assert counts["unfinished"] == 0 and counts["untranslated"] == 0, counts
    assert counts["finished"] == counts["generated"] > 80  # the slice's texts, not an empty file
    assert {m[:2] for m in messages(updated)} == {m[:2] for m in messages(committed)}, "run make translations"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_compiled_catalogue_is_the_one_shipped(lang: str, tmp_path: Path) -> None:
    """The .qm compiled into the package (resources.qrc) is what lrelease makes of the .ts today
    (test_resources_and_smoke checks the package holds the .qm file's very bytes)."""
    fresh = tmp_path / f"{lang}.qm"
    lrelease_counts(CATALOGUES / f"clinic_desktop_{lang}.ts", fresh)
    assert fresh.read_bytes() == (CATALOGUES / f"clinic_desktop_{lang}.qm").read_bytes(), "make translations"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_keep_the_placeholders_and_one_accelerator(lang: str) -> None:
    """ "{name}" is filled in by the code: a translation must keep every one; a text with an
    Alt-key (&) keeps exactly one; and nothing is left in English by mistake (identical to its
    source only where the word is the same in both languages)."""
    same_in_both = {"Patients", "OK"}  # French spells them the same
    for context, source, translation in messages(CATALOGUES / f"clinic_desktop_{lang}.ts"):
        where = f"{context}: {source!r} -> {translation!r}"
        assert set(re.findall(r"\{\w+\}", translation)) == set(re.findall(r"\{\w+\}", source)), where
        accelerators = len(re.findall(r"&(?=[^&\s])", translation))
        assert accelerators == (1 if re.search(r"&(?=[^&\s])", source) else 0), where
        assert translation != source or source in same_in_both, where


# --- the window in Spanish ----------------------------------------------------------------------------


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[object]:
    """Install a catalogue for one test, as start-up does (before any window is built)."""

    def install(lang: str) -> str:
        return languages.install_translator(qapp, lang)

    yield install
    languages.remove_translators(qapp)


def test_the_main_window_reads_in_spanish(
    qtbot: QtBot, in_language, demo_services: ClinicServices, qsettings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    assert in_language("es") == "es"
    apply_look(QApplication.instance())  # type: ignore[arg-type]
    demo_services.users.add("Mara", Role.MANAGER, PASSWORD)  # the manager: every command
    demo_services.users.sign_in("Mara", PASSWORD)
    window = MainWindow(demo_services, UiSettings(qsettings))
    window.quiet = True
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=10_000)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Archivo", "&Ver", "&Ir", "A&yuda"]
    file_menu = window.menuBar().actions()[0].menu()
    shown = [a.text() for a in file_menu.actions() if a.isVisible() and not a.isSeparator()]
    assert shown[:3] == ["Reservar &cita…", "&Nuevo paciente…", "&Importar pacientes…"]
    for key, action in window.registry.all().items():  # each Alt-key its own in its menu
        assert action.shortcut().toString() or menu_path(action), f"{key}: {action.text()}"
    assert {"Im&primir lista del día…", "&Bloquear ahora", "Cerrar &sesión", "Idio&ma…", "Sa&lir"} <= set(
        shown
    )
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == ["Calendario", "Pacientes", "Recordatorios", "Hoy", "Informes", "Registro de auditoría",
                      "Bandeja de salida"]  # fmt: skip
    assert window.navigation.item(0).toolTip() == "Calendario (Ctrl+1)"
    # the longest title is not cut short: the list is as wide as its items need, drawn bold
    window.navigation.setCurrentRow(titles.index("Registro de auditoría"))
    needed = window.navigation.sizeHintForColumn(0)
    assert needed > 190 - 40 and needed <= window.navigation.viewport().width(), needed
    assert window.registry["find_patient"].toolTip().startswith("Buscar un paciente por nombre")
    assert window.toolbar.windowTitle() == "Barra de herramientas principal"
    assert window.user_label.text() == "Sesión iniciada como Mara (gerente)"
    assert window.timezone_label.text() == "Zona horaria: America/New_York"
    assert window.database_label.text().startswith("Base de datos: ")
    window.lock()
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)
    assert window.lock_screen.status.text() == "Bloqueado — inicie sesión para continuar"
    assert window.lock_screen.form.button.text() == "&Iniciar sesión"
    window.operations.wait()


def test_the_sign_in_dialog_reads_in_french_with_the_services_answer(
    qtbot: QtBot, in_language, demo_services: ClinicServices
) -> None:  # type: ignore[no-untyped-def]
    assert in_language("fr") == "fr"
    demo_services.users.add("Ana", Role.RECEPTION, PASSWORD)
    dialog = SignInDialog(demo_services, "Ana")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith("Connexion — ")
    assert dialog.form.button.text() == "Se &connecter" and dialog.quit_button.text() == "&Quitter"
    assert dialog.form.name.placeholderText() == "Votre nom d'utilisateur"
    dialog.form.submit()  # no password typed: answered by the form itself
    assert dialog.form.message.text() == "Saisissez votre mot de passe."
    dialog.form.password.setText("not the password")
    with qtbot.waitSignal(dialog.form.refused, timeout=10_000) as refused:
        dialog.form.submit()
    assert refused.args == ["Nom d'utilisateur ou mot de passe incorrect."]  # the services' words, translated
    dialog.operations.wait()


# --- the choice, per workstation --------------------------------------------------------------------------


def test_the_language_follows_the_system_unless_chosen(
    monkeypatch: pytest.MonkeyPatch, qsettings: QSettings
) -> None:
    assert UiSettings(qsettings).language == ""  # the default: the system's
    monkeypatch.setattr(languages, "system_language", lambda: "es")
    assert languages.resolve("") == "es"
    monkeypatch.setattr(languages, "system_language", lambda: "de")
    assert languages.resolve("") == "en"  # no German catalogue: English
    assert languages.resolve("fr") == "fr" and languages.resolve("xx") == "en"


def test_the_language_command_keeps_the_choice_and_start_up_installs_it(
    qtbot: QtBot, window: MainWindow, qsettings: QSettings, services: ClinicServices, tmp_path: Path
) -> None:
    window.registry["language"].trigger()  # File > Language…
    dialog = window.findChild(LanguageDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.choice.setCurrentIndex(dialog.choice.findData("es"))
    dialog.ok_button.click()
    assert UiSettings(qsettings).language == "es"
    # The next start: run_gui installs the catalogue before the first dialog.
    app = QApplication.instance()
    assert app is not None
    try:
        assert run_gui(services, smoke=True, qsettings=qsettings, until="sign-in") == 0
        assert QCoreApplication.translate("MainMenu", "&File") == "&Archivo"
        assert QCoreApplication.translate("SignIn", "Sign in") == "Iniciar sesión"
    finally:
        languages.remove_translators(app)
    assert QCoreApplication.translate("MainMenu", "&File") == "&File"


# --- no untranslated text in the translated modules -------------------------------------------------------

# Calls whose text arguments a person reads: (name, positions checked; None = all), keywords checked.
SHOWN: dict[str, tuple[tuple[int, ...] | None, tuple[str, ...]]] = {
    **{name: (None, ()) for name in (
        "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
        "setIconText", "showMessage", "addMenu", "setTitle", "setAccessibleName",
        "setAccessibleDescription", "QLabel", "QAction", "QPushButton", "QToolBar", "QMenu", "QCheckBox",
        "QRadioButton", "QGroupBox", "QListWidgetItem", "ElidedLabel", "ValidationError", "information",
        "warning", "critical", "question", "QMessageBox", "QToolButton", "QCommandLinkButton",
        "QTableWidgetItem", "QStandardItem", "QTreeWidgetItem", "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels", "setHeaderLabels", "setHeaderLabel", "addItems", "setSuffix",
        "setPrefix", "setSpecialValueText", "setInformativeText", "setDetailedText", "setLabelText",
        "setCancelButtonText", "setOkButtonText", "setButtonText", "setItemText", "setTabText",
        "setTabToolTip", "setNameFilter", "setNameFilters", "getText", "getItem", "getInt", "getDouble",
        "getSaveFileName", "getOpenFileName", "getExistingDirectory", "QProgressDialog", "QInputDialog",
        "setHtml", "setPlainText", "_say", "say", "refuse", "_show_problem", "_show", "_refused",
        "announce", "set_name", "name_table", "name_clear_button",
    )},
    "addRow": ((0,), ()),
    "addItem": ((0,), ()),
    "insertItem": ((1,), ()),
    "addTab": ((1,), ()),
    "insertTab": ((2,), ()),
    "setItemData": ((), ()),
    "addButton": ((0,), ()),
    "drawText": (None, ()),
    "ActionSpec": ((1, 4), ("text", "tip")),
    "button": (None, ()),  # the set-up pages' buttons (ui/dialogs/setup/common.py): text, tip
    "labelled": ((1,), ()),  # a set-up form's row label
    "record_table": ((3,), ("spoken",)),  # a set-up list's name for a screen reader
    "ViewSpec": ((1,), ("title",)),
    "name_table": ((1, 2), ()), "name_clear_button": ((1,), ()), "ItemWords": (None, ()),
    "PaintedItems": ((), ("name",)), "insertRow": ((1,), ()), "chip": ((0,), ()), "confirm": (None, ()),
    "write": ((4,), ()), "pair": ((2,), ()),
}  # fmt: skip


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _words(node: ast.expr) -> str:
    """The literal text a person would read in an argument that is not marked for translation."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(_words(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _words(node.left) + _words(node.right)
    if isinstance(node, ast.IfExp):
        return _words(node.body) + _words(node.orelse)
    return ""  # a name, a call (translate(...), translate(...).format(...)), ...


def untranslated(source: str) -> list[str]:
    """Texts with letters in them passed straight to a call that shows them, not through the
    catalogues ("line: text")."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or _name(node.func) not in SHOWN:
            continue
        positions, keywords = SHOWN[_name(node.func)]
        args = [a for i, a in enumerate(node.args) if positions is None or i in positions]
        args += [k.value for k in node.keywords if k.arg in keywords or (positions is None and k.arg)]
        for arg in args:
            text = _words(arg)
            if re.search(r"[A-Za-z]", text):
                found.append(f"{node.lineno}: {text}")
    return found


def test_the_check_finds_an_unmarked_text_and_passes_a_marked_one() -> None:
    assert untranslated('QLabel("Hello")\nx.setToolTip(f"Open {name}")\nform.addRow("&Name", edit)') == [
        "1: Hello",
        "2: Open ",
        "3: &Name",
    ]
    assert untranslated('ActionSpec("key", "&Open", None, "icon", tip="Opens")') == ["1: &Open", "1: Opens"]
    marked = (
        'QLabel(QCoreApplication.translate("C", "Hello"))\n'
        'x.setToolTip(QCoreApplication.translate("C", "Open {name}").format(name=name))\n'
        'ActionSpec("key", QT_TRANSLATE_NOOP("C", "&Open"), None, "icon")\n'
        'x.setWindowTitle(f"{APP_TITLE} — {clinic}")\n'
        'x.setObjectName("notShown")'
    )
    assert untranslated(marked) == []


@pytest.mark.parametrize("module", TRANSLATED_MODULES)
def test_every_text_the_translated_modules_show_goes_through_the_catalogues(module: str) -> None:
    assert untranslated((ROOT / module).read_text(encoding="utf-8")) == [], (
        f"{module}: wrap these in QCoreApplication.translate (docs/translating.md), then make translations"
    )
