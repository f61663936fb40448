"""The patient list and the recall list draw their cells through RecordDelegate (one call into the
model a cell, from texts kept per row): what it draws is, pixel for pixel, what Qt's own delegate
draws from the model's roles, with the bold red alerts, the muted rows of the deceased, the
alternating rows and the selection."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QTableView

from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.patients import PatientStatus
from clinic_desktop.services.followups import RecallRow
from clinic_desktop.ui.application import apply_look
from clinic_desktop.ui.models.cells import Look
from clinic_desktop.ui.models.patient_list_model import ALERTS, MRN, NAME, PatientListModel, alert_colour
from clinic_desktop.ui.views.patients_view import PatientTable
from clinic_desktop.ui.views.recall_table import OVERDUE, PATIENT, RecallModel, RecallTable
from clinic_desktop.ui.widgets.record_delegate import RecordDelegate
from clinic_desktop.ui.widgets.record_table import Selection, set_up_record_table
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


def recall(patient: int, name: str, overdue: int, caution: str = "", phone: str = "") -> RecallRow:
    return RecallRow(
        patient_id=patient, patient_name=name, phone=phone, preferred_contact="phone" if phone else "",
        indication=Indication.CHRONIC_MIGRAINE, last_treatment=date(2026, 8, 1), last_provider_id=1,
        due_from=date(2026, 11, 9) if overdue else date(2026, 11, 23),
        due_by=date(2026, 12, 7), days_overdue=overdue, status="overdue" if overdue else "due",
        proposed=None, last_attempt="", caution=caution,
    )  # fmt: skip


def test_the_recall_list_draws_what_qt_draws_from_its_roles(qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = [
        recall(1, "Ines Ortega", 14, phone="+12125550101"),
        recall(2, "Maria Núñez", 0, caution="Consent lapsed", phone="+12125550102"),
        recall(3, "Tom Baker", 3),
        recall(4, "Ana Díaz", 0),
        recall(5, "Luis Núñez", 0, phone="+442079460000"),
    ]
    model = RecallModel()
    model.set_rows(rows, ClinicTime(), date(2026, 11, 23), "US")
    table = RecallTable()
    set_up_record_table(table, model, "recallTable", Selection.ExtendedSelection, fixed_rows=True)
    assert isinstance(table.itemDelegate(), RecordDelegate)
    shown(qtbot, table)
    click_row(qtbot, table, 1)
    click_row(qtbot, table, 3, Qt.KeyboardModifier.ControlModifier)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [1, 3]
    assert model.cell(1, PATIENT) == ("⚠ Maria Núñez", Look.ALERT)
    assert model.cell(0, OVERDUE) == ("14 days", Look.ALERT)
    fast = grab(table)
    assert alert_colour().rgb() in colours(fast)
    assert fast == drawn_by_qt(table)


def test_the_recall_list_sorted_and_filtered_still_draws_what_qt_draws(qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = [recall(n, name, n % 3) for n, name in enumerate(("Ana", "Bea", "Cai", "Dan", "Eva"), 1)]
    model = RecallModel()
    model.set_rows(rows, ClinicTime(), date(2026, 11, 23), "US")
    table = RecallTable()
    set_up_record_table(table, model, "recallTable", Selection.ExtendedSelection, fixed_rows=True)
    table.setSortingEnabled(True)
    shown(qtbot, table)
    table.sortByColumn(PATIENT, Qt.SortOrder.DescendingOrder)
    model.set_text("a")
    assert [r.patient_name for r in model.shown_rows()] == ["Eva", "Dan", "Cai", "Bea", "Ana"]
    model.set_text("an")
    assert [model.data(model.index(r, PATIENT)) for r in range(model.rowCount())] == ["Dan", "Ana"]
    assert grab(table) == drawn_by_qt(table)


def test_rows_that_bring_the_scroll_bar_are_painted_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The scroll bar that comes with the rows narrows the columns, and Qt repaints resized
    columns in a turn of its own: the table holds its painting until then (paint_once_laid_out)."""
    from PySide6.QtCore import QEvent, QObject

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    model = RecallModel()
    table = RecallTable()
    set_up_record_table(table, model, "recallTable", Selection.ExtendedSelection, fixed_rows=True)
    shown(qtbot, table)
    table.resize(1000, 200)
    qtbot.wait(20)
    paints = Paints()
    table.viewport().installEventFilter(paints)
    assert not table.verticalScrollBar().isVisible()
    model.set_rows(
        [recall(n, f"Patient {n}", n % 4) for n in range(40)], ClinicTime(), date(2026, 11, 23), "US"
    )
    qtbot.waitUntil(lambda: paints.count > 0)
    qtbot.wait(50)  # the turns in which Qt would paint again
    assert table.verticalScrollBar().isVisible()
    assert paints.count == 1
    assert grab(table) == drawn_by_qt(table)
