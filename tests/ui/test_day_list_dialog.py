"""The print-day-list dialog: loads off the GUI thread, previews the pages, follows the choices,
saves the PDF shown; the main window opens it with Ctrl+P on the calendar's day. "Initials only"
reads the list again without names, phones or MRNs; reception is offered only its own list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QKeySequence

from clinic_desktop.domain.access import Role
from clinic_desktop.domain.users import Session
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.dialogs.day_list import DayListDialog
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.operations import Operations
from tests.day_list_clinic import DAY, build


@pytest.fixture
def dialog(qtbot, services: ClinicServices) -> Iterator[DayListDialog]:  # type: ignore[no-untyped-def]
    build(services)
    operations = Operations(services.end_thread)
    with qtbot.waitSignal(operations.busy_changed, timeout=10_000):
        view = DayListDialog(services, operations, DAY, 1)
        qtbot.addWidget(view)
        view.show()
    qtbot.waitUntil(lambda: view.day_list is not None, timeout=10_000)
    yield view
    operations.wait()


def test_the_preview_shows_the_providers_list_and_follows_the_choices(qtbot, dialog: DayListDialog) -> None:  # type: ignore[no-untyped-def]
    assert dialog.day_list is not None and [r.patient_name for r in dialog.day_list.rows] == [
        "Ines Ortega",
        "Tom Baker",
    ]
    assert dialog.status.text() == "2 appointments · 1 page"
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert dialog.printout is not None and "Allergy: Latex" in dialog.printout.toPlainText()

    dialog.variant_combo.setCurrentIndex(1)  # reception: re-rendered at once, nothing reloaded
    assert "(212) 555-0123" in dialog.printout.toPlainText()
    assert "Latex" not in dialog.printout.toPlainText()

    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.provider_combo.setCurrentIndex(0)  # all providers: read again, off the GUI thread
    assert [r.patient_name for r in dialog.day_list.rows] == ["Ines Ortega", "Tom Baker", "Ana Ruiz"]


def test_save_writes_the_list_as_shown(dialog: DayListDialog, tmp_path: Path) -> None:
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("letter"))
    pages = dialog.save_to(str(tmp_path / "list"))  # the extension is added
    reader = PdfReader(tmp_path / "list.pdf")
    assert pages == len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.width)) == 612  # US Letter
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Day list — Dr Lind" in text and "Tom Baker" in text
    assert dialog.status.text() == "Saved list.pdf (1 page)."
    assert dialog.save_to(str(tmp_path / "missing" / "x.pdf")) == 0
    assert dialog.status.text().startswith("Could not save x.pdf")


def test_ctrl_p_opens_it_on_the_calendars_day(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    action = window.registry["print_day_list"]
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    action.trigger()
    opened = window.day_list_dialog
    qtbot.waitUntil(lambda: opened.day_list is not None, timeout=10_000)
    assert opened.day == window.calendar.day and opened.provider_id is None
    assert opened.day_list is not None and len(opened.day_list.rows) > 0
    opened.close()


def test_initials_only_reads_the_list_again_without_names_and_saves_it_so(
    qtbot, dialog: DayListDialog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert not dialog.initials_box.isChecked()
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.initials_box.setChecked(True)
    assert dialog.day_list is not None and dialog.day_list.names == "initials"
    shown = dialog.printout.toPlainText() if dialog.printout else ""
    assert "I. O." in shown and "T. B." in shown and "Ines Ortega" not in shown and "MRN" not in shown
    assert "Allergy: Latex" in shown  # still the provider's list
    dialog.variant_combo.setCurrentIndex(1)  # reception's, with initials: no phone numbers either
    assert "555-0123" not in dialog.printout.toPlainText() and "no phone" not in dialog.printout.toPlainText()
    assert dialog.file_stem == "reception-list-initials-2026-11-24-dr-lind"
    dialog.save_to(str(tmp_path / "counter.pdf"))
    text = " ".join(PdfReader(tmp_path / "counter.pdf").pages[0].extract_text().split())
    assert "I. O." in text and "Ortega" not in text and "names shown as initials" in text
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.initials_box.setChecked(False)
    assert dialog.day_list.rows[0].patient_name == "Ines Ortega"


def test_reception_is_offered_only_the_reception_list(qtbot, services: ClinicServices) -> None:  # type: ignore[no-untyped-def]
    build(services)
    services.session = Session("Ana", Role.RECEPTION)
    operations = Operations(services.end_thread)
    view = DayListDialog(services, operations, DAY, None)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.day_list is not None, timeout=10_000)
    try:
        assert view.variant_combo.count() == 1 and not view.variant_combo.isEnabled() and view.reception
        assert view.day_list is not None and view.day_list.reception
        shown = view.printout.toPlainText() if view.printout else ""
        assert "Reception list" in shown and "(212) 555-0123" in shown
        assert "Latex" not in shown and "Anticoagulant" not in shown and "Headache diary" not in shown
        assert view.status.text() == "3 appointments · 1 page"
    finally:
        operations.wait()


def test_the_preview_opens_readable_at_its_width_and_zooms_from_the_keyboard(
    qtbot, dialog: DayListDialog
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    dialog.resize(1000, 700)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow(), timeout=10_000)
    preview = dialog.preview
    assert (
        preview.zoomMode() == QPrintPreviewWidget.ZoomMode.FitToWidth and dialog.fit_width_button.isChecked()
    )
    qtbot.waitUntil(lambda: preview.zoomFactor() >= 1.0, timeout=10_000)  # 9 pt print shown at 9 pt or more
    fitted = preview.zoomFactor()
    qtbot.keyClick(dialog, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoomFactor() == pytest.approx(fitted * 1.25)
    assert (
        preview.zoomMode() == QPrintPreviewWidget.ZoomMode.CustomZoom
        and not dialog.fit_width_button.isChecked()
    )
    assert dialog.zoom_label.text() == f"{round(fitted * 125)} %"
    qtbot.keyClick(dialog, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoomFactor() == pytest.approx(fitted / 1.25)
    qtbot.mouseClick(dialog.whole_page_button, Qt.MouseButton.LeftButton)
    assert (
        preview.zoomMode() == QPrintPreviewWidget.ZoomMode.FitInView and dialog.whole_page_button.isChecked()
    )
    qtbot.mouseClick(dialog.zoom_in_button, Qt.MouseButton.LeftButton)
    assert preview.zoomMode() == QPrintPreviewWidget.ZoomMode.CustomZoom
    qtbot.keyClick(dialog, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoomMode() == QPrintPreviewWidget.ZoomMode.FitToWidth
    assert preview.zoomFactor() == pytest.approx(fitted)
