"""The patient list and the recall list draw their cells through RecordDelegate (one call into the
model a cell, from texts kept per row): what it draws is, pixel for pixel, what Qt's own delegate
draws from the model's roles, with the bold red alerts, the muted rows of the deceased, the
alternating rows and the selection."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QTableView

from clinic_desktop.domain.patients import PatientStatus
from clinic_desktop.ui.application import apply_look
from clinic_desktop.ui.models.cells import Look
from clinic_desktop.ui.models.patient_list_model import ALERTS, MRN, NAME, PatientListModel, alert_colour
from clinic_desktop.ui.views.patients_view import PatientTable
from clinic_desktop.ui.widgets.record_delegate import RecordDelegate
from clinic_desktop.ui.widgets.record_table import set_up_record_table
from tests.ui.test_patients_view import FakePatients


def grab(table: QTableView) -> QImage:
    table.viewport().repaint()
    return table.viewport().grab().toImage()


def drawn_by_qt(table: QTableView) -> QImage:
    """The same table drawn by Qt's own delegate, which asks the model for each role."""
    table.setItemDelegate(QStyledItemDelegate(table))
    return grab(table)


def click_row(qtbot, table: QTableView, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def colours(image: QImage) -> set[int]:
    return {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}


def shown(qtbot, table: QTableView) -> None:  # type: ignore[no-untyped-def]
    apply_look(QApplication.instance())  # type: ignore[arg-type]  # the theme, as the window has it
    qtbot.addWidget(table)
    table.resize(1000, 420)
    table.show()
    qtbot.waitExposed(table)
    table.setFocus()


def test_the_patient_list_draws_what_qt_draws_from_its_roles(qtbot) -> None:  # type: ignore[no-untyped-def]
    fake = FakePatients(40)  # 4: consent expired, 5: anticoagulant, 10, 20, 30: deceased
    model = PatientListModel(fake.rows, fake.list_ids, page_size=100)
    model.sort(MRN)
    model.reload()
    table = PatientTable()
    set_up_record_table(table, model, "patientTable", fixed_rows=True)
    assert isinstance(table.itemDelegate(), RecordDelegate)
    shown(qtbot, table)
    click_row(qtbot, table, 2)
    assert table.selectionModel().isRowSelected(2)
    ids = [model.data(model.index(r, NAME), Qt.ItemDataRole.UserRole) for r in range(12)]
    assert ids[3:5] == [4, 5] and ids[9] == 10  # alerts and a deceased patient are on screen
    assert fake.records[10].status is PatientStatus.DECEASED
    assert model.cell(3, ALERTS) == ("Consent expired", Look.ALERT)
    assert model.cell(9, NAME)[1] is Look.MUTED
    fast = grab(table)
    assert alert_colour().rgb() in colours(fast)  # the alerts are drawn red
    assert fast == drawn_by_qt(table)


def test_a_look_left_out_would_show(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The comparison above sees a difference in the look alone: the alerts drawn plain differ."""
    fake = FakePatients(12)
    model = PatientListModel(fake.rows, fake.list_ids, page_size=100)
    model.sort(MRN)
    model.reload()
    table = PatientTable()
    set_up_record_table(table, model, "patientTable", fixed_rows=True)
    shown(qtbot, table)
    cell = model.cell
    monkeypatch.setattr(model, "cell", lambda row, column: (cell(row, column)[0], Look.PLAIN))
    table.setItemDelegate(RecordDelegate(model, table))
    assert grab(table) != drawn_by_qt(table)
