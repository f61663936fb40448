"""The booking dialog's series row: "Repeat every [12 weeks] × [4 visits]".

Off by default; the weeks follow the patient's own interval once it is known (84 days: 12 weeks).
The appointment service books the series at the same wall-clock time each time, across
daylight-saving changes, as the command line's --every-weeks/--count do.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from clinic_desktop.domain.safety import MIN_INTERVAL_DAYS
from clinic_desktop.ui.names import set_name

SERIES_COUNT = 4  # "every 12 weeks × 4": a year of treatment visits


def series_weeks(target_days: int) -> int:
    """The repeat interval in whole weeks for a patient's interval in days (84 -> 12)."""
    return max(target_days // 7, 1)


class RepeatControl(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repeat = QCheckBox(QCoreApplication.translate("RepeatControl", "&Repeat every"))
        self.repeat.setToolTip(
            QCoreApplication.translate(
                "RepeatControl",
                "Book a series at the same wall-clock time each time (daylight-saving changes included)",
            )
        )
        self.every = QSpinBox()
        self.every.setRange(1, 52)
        self.every.setSuffix(QCoreApplication.translate("RepeatControl", " weeks"))
        set_name(self.every, QCoreApplication.translate("RepeatControl", "Weeks between visits"))
        self.every.setValue(series_weeks(MIN_INTERVAL_DAYS))
        self.count = QSpinBox()
        self.count.setRange(2, 26)
        self.count.setSuffix(QCoreApplication.translate("RepeatControl", " visits"))
        set_name(self.count, QCoreApplication.translate("RepeatControl", "Number of visits"))
        self.count.setValue(SERIES_COUNT)
        self.repeat.toggled.connect(self._toggled)
        self._toggled(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.repeat)
        row.addWidget(self.every)
        row.addWidget(QLabel("×"))
        row.addWidget(self.count)
        row.addStretch(1)

    def set_interval(self, target_days: int) -> None:
        """The patient's interval (days after the last treatment) as the weeks between visits."""
        self.every.setValue(series_weeks(target_days))

    def series(self) -> tuple[int, int] | None:
        """(every so many weeks, how many visits), or None for a single appointment."""
        return (self.every.value(), self.count.value()) if self.repeat.isChecked() else None

    def _toggled(self, on: bool) -> None:
        self.every.setEnabled(on)
        self.count.setEnabled(on)
