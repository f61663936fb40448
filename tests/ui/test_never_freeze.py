"""Issue 22, "Never freeze": the GUI thread does less at once (the garbage the start-up made kept
out of every collection, a wrapping row not laid out again for the same width, ...). No timings
here: what is checked is that the work is not done again, and that what the window shows is
still complete."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from clinic_desktop.ui.garbage import GuiThreadCollector, keep_what_start_up_made
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
