from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QFile, QSettings, QSize
from PySide6.QtGui import QIcon
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from clinic_desktop.services import ClinicServices
from clinic_desktop.ui import icons
from clinic_desktop.ui.application import run_gui

RESOURCES = Path(__file__).parents[2] / "resources"


def test_every_resource_file_is_compiled_into_the_package() -> None:
    qrc = ElementTree.parse(RESOURCES / "resources.qrc")
    listed = {f.text for f in qrc.iter("file")}
    on_disk = {str(p.relative_to(RESOURCES)) for p in (RESOURCES / "icons").glob("*.svg")} | {"theme.qss"}
    assert on_disk <= listed
    for element in qrc.iter("file"):
        alias = element.get("alias") or element.text
        assert QFile(f":/{alias}").exists(), alias
        compiled = icons.read_resource(f":/{alias}")
        assert compiled == (RESOURCES / str(element.text)).read_bytes(), f"{alias}: run make resources"


def test_icons_render_and_recolour_on_dark(qapp) -> None:  # type: ignore[no-untyped-def]
    for svg in (RESOURCES / "icons").glob("*.svg"):
        assert QSvgRenderer(str(svg)).isValid(), svg.name
        assert not icons.icon(svg.stem).isNull()
    light = icons._icon("calendar", False).pixmap(24, 24).toImage()
    dark = icons._icon("calendar", True).pixmap(24, 24).toImage()
    assert light != dark
    assert "palette(" in icons.stylesheet()


def test_an_icon_already_made_follows_a_palette_switched_while_open(qapp) -> None:  # type: ignore[no-untyped-def]
    """View > Appearance… switches the palette live: icons made before it (the toolbar's, the
    navigation's) are drawn in the new palette's line colour, not left in the old one."""
    from clinic_desktop.ui.appearance import Appearance, Contrast, apply_appearance
    from clinic_desktop.ui.application import apply_look

    def line_colours(drawn: QIcon) -> set[str]:
        image = drawn.pixmap(24, 24).toImage()
        found = [image.pixelColor(x, y) for x in range(24) for y in range(24)]
        return {c.name() for c in found if c.alpha() == 255}

    apply_look(qapp)
    made = icons.icon("calendar")
    assert icons.LINE_COLOUR in line_colours(made)
    try:
        apply_appearance(qapp, Appearance(contrast=Contrast.HIGH_DARK))
        assert icons.palette_is_dark()
        assert icons.LINE_COLOUR_ON_DARK in line_colours(made) and icons.LINE_COLOUR not in line_colours(made)
        disabled = made.pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage()
        assert disabled != made.pixmap(24, 24).toImage()  # greyed, as any icon is
        scaled = made.pixmap(QSize(24, 24), 1.5)  # drawn sharp at 150 % scaling
        assert scaled.width() == 36 and scaled.devicePixelRatio() == 1.5
    finally:
        apply_look(qapp)
    assert icons.LINE_COLOUR in line_colours(made)


def test_smoke_run_renders_every_view(
    qtbot,
    demo_services: ClinicServices,
    tmp_path: Path,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    assert run_gui(demo_services, smoke=True, qsettings=settings) == 0
    assert "Start-up time:" in capsys.readouterr().out
    assert settings.allKeys() == []  # a smoke run leaves the user's window settings alone


def test_a_smoke_run_without_a_signed_in_user_shows_no_dialog(
    qtbot: QtBot, services: ClinicServices, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services.session = None  # as the composition root hands the services over
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    assert run_gui(services, smoke=True, qsettings=settings) == 1
    assert "CLINIC_USER" in capsys.readouterr().err


def test_gui_smoke_signs_in_from_the_environment(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`gui --smoke` signs in as CLINIC_USER with CLINIC_PASSWORD (no dialog), as a command does."""
    from clinic_desktop.app import main
    from clinic_desktop.cli.sign_in import HOW_TO_SIGN_IN

    clinic = ClinicServices.open(str(db_path))
    clinic.users.create_first_manager("Mara", "correct horse battery")
    clinic.close()
    monkeypatch.delenv("CLINIC_USER", raising=False)
    monkeypatch.delenv("CLINIC_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", None)  # no terminal to ask the password at
    assert main(["--db", str(db_path), "gui", "--smoke"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and HOW_TO_SIGN_IN in captured.err
    monkeypatch.setenv("CLINIC_USER", "Mara")
    monkeypatch.setenv("CLINIC_PASSWORD", "not the password")
    assert main(["--db", str(db_path), "gui", "--smoke"]) == 1
    assert "Wrong user name or password." in capsys.readouterr().err
    monkeypatch.setenv("CLINIC_PASSWORD", "correct horse battery")
    assert main(["--db", str(db_path), "gui", "--smoke"]) == 0
    assert "Start-up time:" in capsys.readouterr().out
    clinic = ClinicServices.open(str(db_path))
    try:
        signed_in = [e for e in clinic.audit.entries() if e.action == "sign_in"]
        assert [e.user for e in signed_in] == ["Mara"]  # the smoke run's sign-in is on the record
    finally:
        clinic.close()


def test_gui_smoke_until_each_moment(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`gui --smoke --until sign-in` shows the sign-in dialog and exits (no name or password
    needed, nobody signed in); `--until first-view` signs in from the environment and exits once
    the first view is drawn, saying how long the sign-in (argon2id) took apart from the window."""
    from clinic_desktop.app import main

    clinic = ClinicServices.open(str(db_path))
    clinic.users.create_first_manager("Mara", "correct horse battery")
    clinic.close()
    monkeypatch.delenv("CLINIC_USER", raising=False)
    monkeypatch.delenv("CLINIC_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", None)
    assert main(["--db", str(db_path), "gui", "--smoke", "--until", "sign-in"]) == 0
    out = capsys.readouterr().out
    assert "to the sign-in dialog on screen" in out and "first rendered view" not in out

    monkeypatch.setenv("CLINIC_USER", "Mara")
    monkeypatch.setenv("CLINIC_PASSWORD", "correct horse battery")
    assert main(["--db", str(db_path), "gui", "--smoke", "--until", "first-view"]) == 0
    out = capsys.readouterr().out
    assert "to the first rendered view." in out and "render all" not in out
    assert "(the argon2id password check); first view drawn" in out
    assert main(["--db", str(db_path), "gui", "--smoke", "--until", "all"]) == 0
    assert "to render all" in capsys.readouterr().out
    assert main(["--db", str(db_path), "gui", "--smoke", "--until", "never"]) == 2


def test_only_the_window_s_options_are_parsed_to_open_it() -> None:
    """Opening the window parses the global options and `gui` alone (the command modules are not
    loaded before the sign-in dialog); asking for help, or any command, parses them all."""
    from clinic_desktop.cli.parser import opens_the_window

    assert opens_the_window([])
    assert opens_the_window(["--db", "x.db", "--user", "gui", "gui", "--smoke"])
    assert opens_the_window(["--debug", "gui"])
    assert not opens_the_window(["--db", "x.db", "info"])
    assert not opens_the_window(["--help"])
    assert not opens_the_window(["--user", "gui", "patients", "search", "gui"])


def test_the_window_collects_garbage_on_the_gui_thread_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Automatic collection is off while the window runs; the GUI thread's timer collects a
    generation once its threshold is crossed (a worker collecting Qt objects crashes the process)."""
    import gc

    from PySide6.QtCore import QObject

    from clinic_desktop.ui.garbage import GuiThreadCollector

    parent = QObject()
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        collector = GuiThreadCollector(parent, interval_ms=10)
        assert not gc.isenabled() and collector.timer.isActive()
        threshold = gc.get_threshold()[0]
        garbage = []
        for _ in range(threshold + 50):  # cycles: only the collector frees them
            cycle: list[object] = []
            cycle.append(cycle)
            garbage.append(cycle)
        garbage.clear()
        assert gc.get_count()[0] > threshold
        qtbot.waitUntil(lambda: gc.get_count()[0] <= threshold, timeout=5000)
    finally:
        if was_enabled:
            gc.enable()
        else:
            gc.disable()


def test_the_application_keeps_the_interpreter_lock_from_the_gui_thread_briefly() -> None:
    """The application's start shortens Python's switch interval (5 ms by default) to 1 ms, so that
    the GUI thread, which lets go of the lock at nearly every call into Qt, waits at most that long
    for a worker or a background job to hand it back (ui/application.py)."""
    from clinic_desktop.ui.application import SWITCH_INTERVAL_S

    script = (
        "import sys\n"
        "before = sys.getswitchinterval()\n"
        "from clinic_desktop.ui.application import ensure_application\n"
        "ensure_application()\n"
        "print(before, sys.getswitchinterval())\n"
    )
    before, after = (float(word) for word in in_a_fresh_interpreter(script).split())
    assert before == 0.005 and after == SWITCH_INTERVAL_S == 0.001


def test_qt_s_own_modules_are_first_imported_on_the_gui_thread_not_by_the_preload() -> None:
    """The window's code loads on a thread of its own while the person types (ui/preload.py); the
    Qt modules it needs that the sign-in dialog does not (printing, SVG) are imported first on the
    GUI thread: first imported by the loading thread while the GUI thread built a view, they
    crashed the process now and then. Checked in a fresh interpreter, by who imports them first."""
    script = (
        "import sys, threading\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from clinic_desktop.ui import preload\n"
        "first = {}\n"
        "class Watch:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name in preload.QT_MODULES and name not in first:\n"
        "            first[name] = threading.current_thread() is threading.main_thread()\n"
        "        return None\n"
        "sys.meta_path.insert(0, Watch())\n"
        "assert not any(m in sys.modules for m in preload.QT_MODULES)\n"
        "preload.start()\n"
        "assert preload.wait_for_all(60)\n"
        "print(sorted(first.items()))\n"
    )
    shown = in_a_fresh_interpreter(script).strip()
    assert shown == "[('PySide6.QtPrintSupport', True), ('PySide6.QtSvg', True)]", shown


def in_a_fresh_interpreter(script: str) -> str:
    """What ``script`` prints, run by a Python of its own (offscreen): what a start loads or sets is
    seen there as a fresh start has it, not as this test session left it."""
    import os
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    ).stdout
