"""Issue 22, "Never freeze": the GUI thread does less at once (the garbage the start-up made kept
out of every collection, a wrapping row not laid out again for the same width, ...). No timings
here: what is checked is that the work is not done again, and that what the window shows is
still complete."""

from __future__ import annotations

import gc
from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.garbage import GuiThreadCollector, keep_the_code_loaded, keep_what_start_up_made
from clinic_desktop.ui.widgets.flow_layout import FlowLayout


def test_what_start_up_made_is_kept_out_of_later_collections_when_the_gui_thread_collects(qtbot) -> None:  # type: ignore[no-untyped-def]
    """With the GUI thread's collector running, the objects alive are frozen (walked by no later
    collection); without it (the automatic collector, in any thread), nothing is."""
    was_enabled = gc.isenabled()
    app = QCoreApplication.instance()
    earlier = app.findChildren(GuiThreadCollector)  # an earlier test's application start-up
    for other in earlier:
        other.setParent(None)
    gc.unfreeze()
    try:
        assert not keep_what_start_up_made()
        assert gc.get_freeze_count() == 0
        collector = GuiThreadCollector(app)
        assert gc.get_freeze_count() > 0  # the program's code so far
        try:
            long_lived = [[] for _ in range(100)]
            assert keep_what_start_up_made()
            assert gc.get_freeze_count() >= len(long_lived)
            young = {id(found) for generation in (0, 1, 2) for found in gc.get_objects(generation)}
            assert not any(id(kept) in young for kept in long_lived)  # in no generation: frozen
        finally:
            collector.timer.stop()
            collector.setParent(None)
            collector.deleteLater()
    finally:
        gc.unfreeze()
        for other in earlier:
            other.setParent(app)
        if was_enabled:
            gc.enable()
        else:
            gc.disable()


def test_the_code_loaded_is_kept_out_of_collections_only_when_the_gui_thread_collects() -> None:
    was_enabled = gc.isenabled()
    gc.unfreeze()
    try:
        gc.enable()  # the automatic collector: nothing frozen
        keep_the_code_loaded()
        assert gc.get_freeze_count() == 0
        gc.disable()  # the GUI thread's collector in charge
        keep_the_code_loaded()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        if was_enabled:
            gc.enable()
        else:
            gc.disable()


def _row_of_buttons(qtbot, texts: list[str]):  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    row = FlowLayout(host, spacing=6)
    buttons = [QPushButton(text) for text in texts]
    for button in buttons:
        row.addWidget(button)
    return host, row, buttons


def test_the_wrapping_row_is_not_laid_out_again_for_a_width_it_has_worked_out(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt asks a row whose height follows its width again and again, at a few widths: each width
    is worked out once, until something in the row changes."""
    host, row, buttons = _row_of_buttons(qtbot, ["Registrar llegada", "A la sala", "Completar", "No acudió"])
    wide, narrow = 2000, buttons[0].sizeHint().width() + 10
    one_line = row.heightForWidth(wide)
    worked_out = row.arrangements
    assert row.heightForWidth(wide) == one_line and row.heightForWidth(narrow) > one_line
    assert row.arrangements == worked_out + 1  # the narrow width only
    assert row.heightForWidth(narrow) > one_line and row.heightForWidth(wide) == one_line
    assert row.arrangements == worked_out + 1  # both known
    buttons[1].setText("Enviar a la sala de tratamiento número dos " * 20)  # wider than the row
    assert row.heightForWidth(wide) > one_line  # worked out again: now on two lines
    assert row.arrangements == worked_out + 2


def test_the_wrapping_row_still_wraps_and_closes_up_behind_a_hidden_item(qtbot) -> None:  # type: ignore[no-untyped-def]
    host, row, buttons = _row_of_buttons(qtbot, ["Check in", "To room", "Complete", "No show"])
    host.resize(2000, 100)
    host.show()
    qtbot.waitExposed(host)
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 1 and buttons[3].x() > buttons[2].x())
    second = buttons[1].x()
    buttons[0].hide()
    qtbot.waitUntil(lambda: buttons[1].x() < second)  # moved up into the gap
    buttons[0].show()
    qtbot.waitUntil(lambda: buttons[1].x() == second)
    host.resize(buttons[0].width() + buttons[1].width() + 20, 300)
    qtbot.waitUntil(lambda: buttons[2].y() > buttons[0].y())  # wrapped: two a line
    assert buttons[1].y() == buttons[0].y() and buttons[3].y() == buttons[2].y()


def test_a_chart_built_in_steps_ends_up_whole_and_a_newer_read_midway_still_completes(  # type: ignore[no-untyped-def]
    qtbot, demo_services: ClinicServices
) -> None:
    """Each tab is made, put in the window and filled in turns of its own, the treatments tab in
    two (the list, then the one selected): once ``loaded``, every tab is there, in order, and
    shows the chart, the most recent treatment selected with its sites; a newer read that starts
    while the steps run (a change saved meanwhile) still ends with every tab whole."""
    from clinic_desktop.ui.operations import Operations
    from clinic_desktop.ui.views.chart_treatments import TreatmentsPage
    from clinic_desktop.ui.views.patient_chart import PatientChartWindow

    treated = next(
        p for p in demo_services.patients.list_ids() if len(demo_services.treatments.for_patient(p)) > 2
    )
    chart = demo_services.patients.chart(treated)
    assert len(chart.treatments) >= 2
    operations = Operations(demo_services.end_thread)
    window = PatientChartWindow(demo_services, operations, treated)
    qtbot.addWidget(window)
    loaded: list[int] = []
    window.loaded.connect(loaded.append)
    loaded_before_read: list[int] = []  # at each read's arrival, how many times it was loaded
    show_pages = window._show_pages

    def arrived(*args: object) -> None:
        loaded_before_read.append(len(loaded))
        show_pages(*args)  # type: ignore[arg-type]

    window._show_pages = arrived  # type: ignore[method-assign]
    window.show()
    qtbot.waitUntil(lambda: "overview" in window.pages, timeout=10_000)
    window._read(opened=False)  # a newer read while the other tabs are still to come
    qtbot.waitUntil(lambda: len(loaded_before_read) == 2, timeout=10_000)
    qtbot.waitUntil(lambda: len(loaded) > loaded_before_read[1], timeout=10_000)  # its steps all run
    expected = [spec.key for spec in window.tab_specs()]
    assert list(window.pages) == expected
    assert window.tabs.count() == len(expected)
    assert [window.tabs.widget(i) for i in range(window.tabs.count())] == [window.pages[k] for k in expected]
    page = window.pages["treatments"]
    assert isinstance(page, TreatmentsPage)
    assert page.model.rowCount() == len(chart.treatments)
    selected = page.current()
    assert selected is not None and selected.id == chart.treatments[0].id
    assert page.sites_model.rowCount() == len(selected.sites)
    assert not page.detail_pane.isHidden()
    operations.wait()


def test_the_flow_board_lays_its_cards_out_a_few_at_a_time_and_ends_with_every_card_in_place(  # type: ignore[no-untyped-def]
    qtbot, demo_services: ClinicServices, monkeypatch
) -> None:
    """A busy day's lanes are laid out a few cards a turn (Qt's batched layout), not all at once:
    once done, every card of every lane has its place, one under the other in the lane's order,
    each as tall as its lines need."""
    from clinic_desktop.domain import flow
    from clinic_desktop.ui.operations import Operations
    from clinic_desktop.ui.views import flow_board
    from clinic_desktop.ui.views.flow_board import FlowBoardView

    monkeypatch.setattr(flow_board, "CARDS_A_TURN", 2)  # the demo day is short: small batches
    operations = Operations(demo_services.end_thread)
    view = FlowBoardView(demo_services, operations)
    qtbot.addWidget(view)
    view.resize(1200, 2000)  # every card in sight
    view.show()
    today = demo_services.schedule.today()
    days = [today + timedelta(days=n) for n in range(-7, 8)]
    busiest_day = max(days, key=lambda day: len(demo_services.schedule.day(day).active))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.set_day(busiest_day)
    lanes = [view.lanes[lane] for lane in flow.Lane]
    assert all(listing.batchSize() == 2 for listing in lanes)
    assert sum(listing.count() for listing in lanes) > 2
    busiest = max(lanes, key=lambda listing: listing.count())
    assert busiest.count() > 2  # more than one batch

    def laid_out(listing) -> bool:  # type: ignore[no-untyped-def]
        rects = [listing.visualItemRect(listing.item(row)) for row in range(listing.count())]
        return all(r.height() > 0 for r in rects) and all(
            later.top() >= earlier.bottom() for earlier, later in zip(rects, rects[1:], strict=False)
        )

    qtbot.waitUntil(lambda: all(laid_out(listing) for listing in lanes), timeout=5_000)
    for listing in lanes:
        lines = 2 * listing.fontMetrics().height()  # a card has two lines at least
        assert all(
            listing.visualItemRect(listing.item(row)).height() >= lines for row in range(listing.count())
        )
    view.timer.stop()
    operations.wait()


def test_the_recall_list_works_a_row_out_once_and_afresh_after_a_reload(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A row's cells are worked out once (Qt asks again at every repaint) and again for the new
    rows after a reload: never the last list's text."""
    from datetime import date

    from PySide6.QtCore import Qt

    from clinic_desktop.domain.clinic_time import ClinicTime
    from clinic_desktop.domain.codes import Indication
    from clinic_desktop.services.followups import RecallRow
    from clinic_desktop.ui.views import recall_table
    from clinic_desktop.ui.views.recall_table import COLUMNS, PATIENT, PHONE, RecallModel

    def recall(name: str, phone: str) -> RecallRow:
        return RecallRow(
            patient_id=1, patient_name=name, phone=phone, preferred_contact="",
            indication=Indication.CHRONIC_MIGRAINE, last_treatment=date(2026, 8, 1), last_provider_id=1,
            due_from=date(2026, 10, 24), due_by=date(2026, 11, 7), days_overdue=16, status="overdue",
            proposed=None, last_attempt="", caution="",
        )  # fmt: skip

    model = RecallModel()
    today = date(2026, 11, 23)
    model.set_rows([recall("Ana Díaz", "+12125550147")], ClinicTime(), today, "US")
    worked_out: list[tuple[str, int]] = []
    text = recall_table.cell_text

    def counted(row: RecallRow, column: int, *clinic: object) -> str:
        worked_out.append((row.patient_name, column))
        return text(row, column, *clinic)  # type: ignore[arg-type]

    monkeypatch.setattr(recall_table, "cell_text", counted)
    name, phone = model.index(0, PATIENT), model.index(0, PHONE)
    assert model.data(name) == "Ana Díaz" and model.data(phone) == "(212) 555-0147"
    assert model.cell(0, PATIENT)[0] == "Ana Díaz" and model.cell(0, PHONE)[0] == "(212) 555-0147"
    assert model.data(name) == "Ana Díaz" and model.data(phone) == "(212) 555-0147"  # a repaint
    assert worked_out == [("Ana Díaz", column) for column in range(len(COLUMNS))]
    model.set_rows([recall("Luis Núñez", "+442079460000")], ClinicTime(), today, "US")
    assert model.data(model.index(0, PATIENT)) == "Luis Núñez"
    assert model.data(model.index(0, PHONE)) == "+44 20 7946 0000"  # abroad: international
    assert model.data(model.index(0, PATIENT), Qt.ItemDataRole.ToolTipRole) == "Luis Núñez"
    assert recall_table.NOTHING not in (model.data(model.index(0, c)) for c in (PATIENT, PHONE))


def test_the_patient_list_s_cells_come_with_their_page_and_are_written_once(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """What a page's rows show is worked out by the work that reads the page (a worker's), not
    when it arrives nor when it is painted; written again only for another clinic or today."""
    from datetime import date

    from clinic_desktop.ui.models import patient_list_model
    from clinic_desktop.ui.models.patient_list_model import BIRTH, NAME, PLACEHOLDER, PatientListModel
    from tests.ui.test_patients_view import FakePatients, QueueRunner

    fake, runner = FakePatients(300), QueueRunner()
    model = PatientListModel(fake.rows, fake.list_ids, runner, page_size=100)
    model.set_clinic("US", date(2026, 11, 23))
    written: list[int] = []
    text = patient_list_model.cell_text

    def counted(record, expired, column, clinic):  # type: ignore[no-untyped-def]
        written.append(record.id)
        return text(record, expired, column, clinic)

    monkeypatch.setattr(patient_list_model, "cell_text", counted)

    def run_one() -> None:  # the work (a worker's), then its arrival (the GUI thread's)
        _key, work, done, _error = runner.jobs.pop(0)
        result = work()
        before = len(written)
        done(result)
        assert len(written) == before  # arriving writes nothing

    model.reload()
    run_one()
    assert len(written) == 100 * 6  # the first page's cells, with the ids
    written.clear()
    first = model.ids[0]
    birth = fake.records[first].date_of_birth
    age = 2026 - birth.year - ((birth.month, birth.day) > (11, 23))
    for _ in range(2):  # painted twice
        assert (
            model.cell(0, BIRTH)[0] == model.data(model.index(0, BIRTH))
            and f"({age})" in model.cell(0, BIRTH)[0]
        )  # type: ignore[operator]
        assert all(model.cell(row, NAME)[0] != PLACEHOLDER for row in range(100))
    assert written == []
    assert model.cell(150, NAME)[0] == PLACEHOLDER  # the second page is asked for
    qtbot.waitUntil(lambda: bool(runner.jobs))
    run_one()
    assert model.cell(150, NAME)[0] == model.data(model.index(150, NAME)) != PLACEHOLDER
    assert len(written) == 100 * 6 and written.count(model.ids[150]) == 6
    written.clear()
    model.set_clinic("US", date(2027, 11, 23))  # a year on
    assert f"({age + 1})" in model.cell(0, BIRTH)[0]  # type: ignore[operator]
    assert written == [first] * 6  # that row's cells written again, at its paint
    assert model.cell(250, NAME)[0] == PLACEHOLDER
    qtbot.waitUntil(lambda: bool(runner.jobs))
    _key, work, done, _error = runner.jobs.pop(0)
    result = work()  # written for 2027 ...
    model.set_clinic("US", date(2028, 11, 23))  # ... but the clinic's day changed meanwhile
    done(result)
    row = model.ids[250]
    birth = fake.records[row].date_of_birth
    assert f"({2028 - birth.year - ((birth.month, birth.day) > (11, 23))})" in model.cell(250, BIRTH)[0]  # type: ignore[operator]


def test_the_body_map_makes_its_outlines_once_and_still_draws_the_body(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Joining the head, neck and shoulders into one outline is made once a view, not at every
    repaint; the body is still drawn in skin colour each time."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from clinic_desktop.ui.widgets import injection_map as im

    made: list[int] = []
    head_and_shoulders = im._head_and_shoulders

    def counted():  # type: ignore[no-untyped-def]
        made.append(1)
        return head_and_shoulders()

    monkeypatch.setattr(im, "_head_and_shoulders", counted)
    im._outlines.cache_clear()
    try:
        for _ in range(3):
            image = QImage(420, 400, QImage.Format.Format_ARGB32)
            image.fill(im.PAPER)
            painter = QPainter(image)
            scene = im.MapPainter([], QApplication.font()).draw(
                painter, im.HEAD_FRONT, QRectF(0, 0, 420, 400)
            )
            painter.end()
            chest = scene.body.center().toPoint()
            chest.setY(int(scene.body.top() + scene.body.height() * 0.9))
            assert image.pixelColor(chest) == im.SKIN  # the torso, filled
        assert len(made) == 1
    finally:
        im._outlines.cache_clear()


def test_the_recall_filter_folds_no_name_until_a_name_is_typed(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from clinic_desktop.domain.clinic_time import ClinicTime
    from clinic_desktop.domain.codes import Indication
    from clinic_desktop.domain.patients import fold
    from clinic_desktop.services.followups import RecallRow
    from clinic_desktop.ui.views import recall_table
    from clinic_desktop.ui.views.recall_table import RecallModel

    def recall(patient: int, name: str) -> RecallRow:
        return RecallRow(
            patient_id=patient, patient_name=name, phone="", preferred_contact="",
            indication=Indication.CERVICAL_DYSTONIA, last_treatment=date(2026, 8, 1), last_provider_id=1,
            due_from=date(2026, 10, 24), due_by=date(2026, 11, 7), days_overdue=16, status="overdue",
            proposed=None, last_attempt="", caution="",
        )  # fmt: skip

    model = RecallModel()
    folded: list[str] = []

    def counted(text: str) -> str:
        folded.append(text)
        return fold(text)

    monkeypatch.setattr(recall_table, "fold", counted)
    rows = [recall(1, "Maria Núñez"), recall(2, "Tom Baker"), recall(3, "Ana Nunes")]
    model.set_rows(rows, ClinicTime(), date(2026, 11, 23), "US")
    assert model.rowCount() == 3 and folded == []  # no name typed: every row, none folded
    model.set_text("  NUÑ ")
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Maria Núñez", "Ana Nunes"]
    assert sorted(folded) == ["Ana Nunes", "Maria Núñez", "NUÑ", "Tom Baker"]  # each row's name, once
    model.set_text("a.*")  # typed text, not a pattern
    assert model.rowCount() == 0
    model.set_text("")
    assert model.rowCount() == 3
    model.set_text("nunez")
    assert model.rowCount() == 1
    assert folded[4:] == ["a.*", "", "nunez"]  # what was typed; the names are not folded again


def test_a_calendar_block_fits_its_font_as_before_and_measures_it_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A short block's font shrinks to the size the half-point steps reach (never below 7 pt),
    worked out once for a font and a height and then only looked up."""
    from PySide6.QtGui import QFont, QFontMetricsF

    from clinic_desktop.ui.views import calendar_paint

    def shrunk(font: QFont, height: float) -> float:  # the steps, as a block used to take them
        probe = QFont(font)
        while probe.pointSizeF() > 7 and QFontMetricsF(probe).height() > height:
            probe.setPointSizeF(max(probe.pointSizeF() - 0.5, 7))
        return probe.pointSizeF()

    calendar_paint._FITTED.clear()
    base = QFont(QApplication.font())
    base.setPointSizeF(11)
    for height in (30.0, 17.5, 14.0, 9.0, 3.0):
        font = QFont(base)
        calendar_paint._fit_font(font, height)
        assert font.pointSizeF() == shrunk(base, height)
    assert len(calendar_paint._FITTED) == 5
    again = QFont(base)
    calendar_paint._fit_font(again, 14.0)
    assert again.pointSizeF() == shrunk(base, 14.0) and len(calendar_paint._FITTED) == 5
    assert calendar_paint._line_height(base) == QFontMetricsF(base).height()


def test_the_locale_s_paper_is_read_while_the_window_loads_not_when_the_day_list_opens() -> None:
    """The system locale's first reading (Letter or A4) took 30 ms on the GUI thread when the day
    list's dialog opened; the window's loading thread reads it, once."""
    import threading

    from clinic_desktop.printing import pages
    from clinic_desktop.ui import preload

    pages.default_paper.cache_clear()
    loading = threading.Thread(target=preload.load)
    loading.start()
    loading.join(60)
    assert pages.default_paper.cache_info().currsize == 1
    assert pages.default_paper() in pages.PAPERS
    assert pages.default_paper.cache_info().hits >= 1  # the dialog's asking: the answer kept
