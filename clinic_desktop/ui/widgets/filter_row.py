"""A row of filters that wraps onto a second line where the window is narrow, and a drop-down
list whose longest item does not set its width.

Spanish and French words are longer than English ones: a row of filters laid side by side, each
list as wide as its longest item ("Hiperhidrosis axilar primaria grave"), made the window wider
than a 1366 px laptop's screen. Here the row wraps (FlowLayout), each label stays beside its list,
and a list asks for a few characters and shows its whole items when it opens."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from clinic_desktop.ui.widgets.flow_layout import FlowLayout


class CompactComboBox(QComboBox):
    """A drop-down list as wide as ``characters`` (its current item elides beyond them); its list
    still opens wide enough to read every item whole (Qt widens the popup to its items)."""

    def __init__(self, characters: int = 16, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumContentsLength(characters)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)


def labelled(label: QLabel, field: QWidget) -> QWidget:
    """The label and its field together, so a wrapping row never parts them."""
    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    row.addWidget(label)
    row.addWidget(field)
    label.setBuddy(field)
    return pair


def wrapping_row(widgets: Iterable[QWidget], spacing: int = 12) -> QWidget:
    """The widgets left to right, wrapping onto the next line when the row is full."""
    row = QWidget()
    flow = FlowLayout(row, spacing=spacing)
    for widget in widgets:
        flow.addWidget(widget)
    return row
