"""The calendar's header: the day's arrows, the date, today, the modes (day, week, month), whose
week, "Only my day" and Book…; the arrows named for the mode shown ("Previous week"). A part of
CalendarView (calendar_view.py); what it uses of the view is declared below for the type checker."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from clinic_desktop.ui.dates import qdate, window_locale
from clinic_desktop.ui.icons import icon
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.names import set_name
from clinic_desktop.ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    from PySide6.QtCore import QDate

    from clinic_desktop.ui.dialogs.booking import BookingDialog

MODES = ("day", "week", "month")
# The mode buttons, and the paging buttons' names and tooltips for each mode.
MODE_NAMES = {
    "day": QT_TRANSLATE_NOOP("CalendarView", "Day"),
    "week": QT_TRANSLATE_NOOP("CalendarView", "Week"),
    "month": QT_TRANSLATE_NOOP("CalendarView", "Month"),
}
PAGING = {
    "day": (
        QT_TRANSLATE_NOOP("CalendarView", "Previous day"),
        QT_TRANSLATE_NOOP("CalendarView", "Next day"),
    ),
    "week": (
        QT_TRANSLATE_NOOP("CalendarView", "Previous week"),
        QT_TRANSLATE_NOOP("CalendarView", "Next week"),
    ),
    "month": (
        QT_TRANSLATE_NOOP("CalendarView", "Previous month"),
        QT_TRANSLATE_NOOP("CalendarView", "Next month"),
    ),
}


def native_keys(keys: str) -> str:
    """Keys as this system writes them, in Qt's own words for them ("Alt+Left")."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class CalendarHeader:
    """CalendarView's header row (the view is a QWidget; this part only builds and names it)."""

    if TYPE_CHECKING:
        mode: str
        _day: date
        title: QLabel

        def shift(self, steps: int) -> None: ...
        def go_today(self) -> None: ...
        def set_mode(self, mode: str) -> None: ...
        def refresh(self) -> None: ...
        def open_booking(self) -> BookingDialog: ...
        def _date_edited(self, value: QDate) -> None: ...
        def _provider_chosen(self, index: int) -> None: ...

    def _build_header(self) -> QHBoxLayout:
        """Day by day, the date, the mode (day, week, month), whose week, and Book…."""
        self.previous_button = QPushButton(icon("previous"), "")
        self.previous_button.clicked.connect(lambda: self.shift(-1))
        self.next_button = QPushButton(icon("next"), "")
        self.next_button.clicked.connect(lambda: self.shift(1))
        self.today_button = QPushButton(icon("go-today"), QCoreApplication.translate("CalendarView", "Today"))
        self.today_button.setToolTip(
            QCoreApplication.translate("CalendarView", "Go to today (T in the grid, Ctrl+T anywhere)")
        )
        self.today_button.clicked.connect(self.go_today)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)  # its format is set on every refresh (the setting's)
        self.date_edit.setMinimumWidth(160)
        self.date_edit.setLocale(window_locale())  # the names of days and months in the window's language
        set_name(self.date_edit, QCoreApplication.translate("CalendarView", "Day shown"))
        self.date_edit.dateChanged.connect(self._date_edited)

        self.mode_buttons = QButtonGroup(cast(QWidget, self))
        modes = QWidget()
        mode_row = QHBoxLayout(modes)
        mode_row.setContentsMargins(0, 0, 0, 0)
        mode_row.setSpacing(0)
        for mode in MODES:
            button = QPushButton(QCoreApplication.translate("CalendarView", MODE_NAMES[mode]))
            button.setCheckable(True)
            button.setChecked(mode == self.mode)
            button.setObjectName(f"mode_{mode}")
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
            self.mode_buttons.addButton(button)
            mode_row.addWidget(button)
        self.provider_combo = QComboBox()
        self.provider_combo.setMinimumWidth(180)
        set_name(
            self.provider_combo,
            QCoreApplication.translate("CalendarView", "Provider whose week is shown"),
            tip=QCoreApplication.translate("CalendarView", "Whose week to show"),
        )
        self.provider_combo.currentIndexChanged.connect(self._provider_chosen)
        self.provider_combo.hide()
        # A provider's own day is their default calendar (their column, their week); unticked, the
        # whole clinic's day. Shown to a provider account linked to its provider record only.
        self.own_provider_id: int | None = None
        self.mine = QCheckBox(QCoreApplication.translate("CalendarView", "Only &my day"))
        self.mine.setToolTip(
            QCoreApplication.translate(
                "CalendarView", "Show only your own column; untick to see every provider's day"
            )
        )
        self.mine.toggled.connect(lambda _on: self.refresh())
        self.mine.hide()
        self.new_button = QPushButton(icon("new"), QCoreApplication.translate("CalendarView", "Book…"))
        self.new_button.setToolTip(
            QCoreApplication.translate(
                "CalendarView",
                "Book an appointment at the chosen slot, else the first free time of the day shown "
                "(Ctrl+B anywhere; N in the grid, or double-click a free slot)",
            )
        )
        self.new_button.clicked.connect(lambda: self.open_booking())

        # The controls wrap onto a second line where the window is narrow (French or Spanish words
        # on a 1366 px laptop) rather than widen it; Book… stays at the right, level with them.
        days = QWidget()
        day_row = QHBoxLayout(days)
        day_row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous_button, self.date_edit, self.next_button, self.today_button):
            day_row.addWidget(widget)
        self.header_row = QWidget()
        controls = FlowLayout(self.header_row, spacing=12)
        for control in (self.title, days, modes, self.provider_combo, self.mine):
            controls.addWidget(control)
        header = QHBoxLayout()
        header.addWidget(self.header_row, 1)
        header.addWidget(self.new_button)
        return header

    def _show_date(self) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(qdate(self._day))
        self.date_edit.blockSignals(False)
        previous, following = (QCoreApplication.translate("CalendarView", name) for name in PAGING[self.mode])
        set_name(self.previous_button, previous, tip=f"{previous} ({native_keys('Alt+Left')})")
        set_name(self.next_button, following, tip=f"{following} ({native_keys('Alt+Right')})")
