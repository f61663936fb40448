from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QFile, QSettings
from PySide6.QtSvg import QSvgRenderer

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
