"""A row of filters wraps rather than widen the window, each label beside its list; a list's
longest item does not set its width, yet shows whole when the list opens."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from clinic_desktop.ui.widgets.filter_row import CompactComboBox, labelled, wrapping_row

LONGEST = "Hiperhidrosis axilar primaria grave que no responde al tratamiento tópico"


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")  # the popup
def test_a_long_item_does_not_widen_the_list_and_shows_whole_when_it_opens(qtbot: QtBot) -> None:
    short, long = CompactComboBox(12), CompactComboBox(12)
    for combo in (short, long):
        qtbot.addWidget(combo)
        combo.addItem("All")
    long.addItem(LONGEST)
    assert long.minimumSizeHint().width() == short.minimumSizeHint().width()
    assert long.sizeHint().width() < long.fontMetrics().horizontalAdvance(LONGEST)
    long.show()
    long.showPopup()
    qtbot.waitUntil(lambda: long.view().isVisible())
    assert long.view().width() >= long.fontMetrics().horizontalAdvance(LONGEST)
    long.hidePopup()


def test_the_row_wraps_where_it_is_narrow_and_keeps_each_label_beside_its_list(qtbot: QtBot) -> None:
    label = QLabel("&Indicación:")
    combo = CompactComboBox(18)
    combo.addItem(LONGEST)
    pair = labelled(label, combo)
    boxes = [QCheckBox("Incluir pospuestos"), QCheckBox("Incluir perdidos de seguimiento")]
    row = wrapping_row([QLineEdit(), pair, *boxes])
    host = QWidget()
    qtbot.addWidget(host)
    row.setParent(host)
    assert label.buddy() is combo  # Alt+I still reaches the list
    widest = max(w.minimumSizeHint().width() for w in (pair, *boxes))
    assert row.minimumSizeHint().width() <= widest + 1  # no wider than its widest filter
    row.resize(2000, row.heightForWidth(2000))
    host.show()
    qtbot.waitExposed(host)
    one_line = row.height()
    assert len({w.geometry().center().y() for w in (pair, *boxes)}) == 1
    row.resize(widest + 10, row.heightForWidth(widest + 10))
    qtbot.waitUntil(lambda: boxes[1].y() > pair.y() > 0)  # a line each
    assert row.height() > 2 * one_line
    assert combo.geometry().center().y() - label.geometry().center().y() in (-1, 0, 1)  # side by side
