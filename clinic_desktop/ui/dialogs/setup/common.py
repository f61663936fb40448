"""What every set-up page shares: a heading and a lead, a list of records, a form, the services'
answer shown under it, and every read and write run off the GUI thread (ui/operations.py).

A page never judges a value itself beyond turning text into the domain's types (a time of day, a
date): the services check and refuse, in their own words, and the page shows the refusal where the
person is looking. A change that would leave booked patients outside working hours is asked about
(``ask_to_keep_bookings``): keep things as they are, or go ahead and mark those bookings.

Every text is in the window's language (docs/translating.md): this module's under the context
"SetupPage", which also holds every page's title and lead (declared on each page with
QT_TRANSLATE_NOOP, translated here where they are shown). A time of day is typed and shown in the
clinic's clock (``TimeField``): "9:00 AM" with a 12-hour clock, "09:00" with a 24-hour one."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, time
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from clinic_desktop.domain.date_formats import Clock
from clinic_desktop.domain.errors import ClinicError, ValidationError
from clinic_desktop.domain.hours import TimeBlock
from clinic_desktop.domain.working_time import OutsideHoursError
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.appearance import readable_ink, theme
from clinic_desktop.ui.dates import clock as window_clock
from clinic_desktop.ui.dates import date_pattern, display_span, display_time, pydate, qdate
from clinic_desktop.ui.dialogs.users import Notice
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.models.columns import ColumnTableModel
from clinic_desktop.ui.names import set_name
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.widgets.record_table import set_up_record_table

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
DIM_INK = "#808080"  # a row greyed out (switched off, built in, ended): made readable in the palette


def setup_words(text: str) -> str:
    """A text marked QT_TRANSLATE_NOOP("SetupPage", ...) (a page's title or lead, a weekday) in
    the window's language."""
    return QCoreApplication.translate("SetupPage", text)


class RecordModel(ColumnTableModel, Generic[T]):
    """A short list of set-up records (providers, rooms, lots: held whole), each row's texts from
    ``cells``; ``colour`` may give a row's swatch (first column) and ``dim`` greys a row out.
    ``columns`` are the headings as shown (translated by the page)."""

    def __init__(
        self,
        columns: Sequence[str],
        cells: Callable[[T], Sequence[str]],
        parent: QObject | None = None,
        colour: Callable[[T], str | None] | None = None,
        dim: Callable[[T], bool] | None = None,
        alert: Callable[[T], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._cells = cells
        self._colour = colour
        self._dim = dim
        self._alert = alert
        self.rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def shown(self) -> int:
        return len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.holds(index):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells(row)[index.column()]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and self._colour is not None:
            colour = self._colour(row)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._alert is not None and self._alert(row):
                from clinic_desktop.ui.models.patient_list_model import alert_colour

                return QBrush(alert_colour())
            if self._dim is not None and self._dim(row):
                return QBrush(QColor(readable_ink(DIM_INK, QPalette.ColorRole.Base)))
        return None


class SetupPage(QWidget):
    """One page of the clinic's set-up. ``refresh()`` reads its records (``loaded`` when shown);
    ``run()`` makes a change through a service (``changed`` after it was saved)."""

    loaded = Signal()
    changed = Signal(str)  # what was saved, in words

    key = ""
    title = ""  # marked QT_TRANSLATE_NOOP("SetupPage", ...) on each page, shown translated
    lead = ""
    # The button Enter presses (the dialog's default while the page is shown), and for a page with
    # two forms, each form's box and its button: Enter presses the button of the form being typed in.
    primary: QPushButton | None = None

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.operations = operations
        self.setObjectName(f"setupPage_{self.key}")
        self.forms: list[tuple[QWidget, QPushButton]] = []
        self._enter = _EnterPresses(self)
        self.heading = QLabel(self.shown_title())
        theme(self.heading, "viewTitle")
        self.intro = QLabel(self.shown_lead())
        self.intro.setWordWrap(True)
        self.notice = Notice()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 8, 12, 8)
        self.layout_.addWidget(self.heading)
        if self.lead:
            self.layout_.addWidget(self.intro)

    def shown_title(self) -> str:
        """The page's title in the window's language (``title`` is the English, marked)."""
        return setup_words(self.title)

    def shown_lead(self) -> str:
        """The page's lead in the window's language (a page fills in its fields here)."""
        return setup_words(self.lead) if self.lead else ""

    # --- reading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the page's records (off the GUI thread) and show them; the page's times of day
        follow the clinic's clock (a setting the clinic page may just have changed)."""
        for field in self.findChildren(TimeField):
            field.follow_clock()
        self.operations.run(f"setup/{self.key}/read", self.read, self._read_done, self._refused)

    def read(self) -> Any:  # runs in a worker thread: service calls only
        return None

    def show_records(self, records: Any) -> None:
        """Show what ``read`` returned (on the GUI thread)."""

    def _read_done(self, records: Any) -> None:
        if not isValid(self):
            return
        self.show_records(records)
        self.loaded.emit()

    # --- writing ----------------------------------------------------------------------------------

    def run(
        self,
        work: Callable[[], Any],
        said: Callable[[Any], str],
        on_refused: Callable[[ClinicError], bool] | None = None,
    ) -> None:
        """Save through a service off the GUI thread; on success say ``said(result)`` and read the
        page again; on refusal show the service's words (``on_refused`` may take the refusal over
        and return True, e.g. to ask what to do)."""

        def done(result: Any) -> None:
            if not isValid(self):
                return
            message = said(result)
            self.notice.confirm(message)
            self.changed.emit(message)
            self.refresh()

        def refused(error: ClinicError) -> None:
            if not isValid(self):
                return
            if on_refused is not None and on_refused(error):
                return
            self._refused(error)

        self.notice.confirm(QCoreApplication.translate("SetupPage", "Saving…"))
        self.operations.run(f"setup/{self.key}/write", work, done, refused)

    def add_form(self, box: QWidget, pressed: QPushButton) -> None:
        """A second form on the page: Enter in any of its fields presses its own button (the key,
        left unused by a line edit, passes up through the box on its way to the dialog)."""
        self.forms.append((box, pressed))
        box.installEventFilter(self._enter)

    def default_for(self, focus: QWidget | None) -> QPushButton | None:
        """The button Enter should press with ``focus`` in the page."""
        for box, pressed in self.forms:
            if focus is not None and (box is focus or box.isAncestorOf(focus)):
                return pressed
        return self.primary

    def refuse(self, error: ClinicError) -> None:
        """A value the page could not even turn into the domain's types (a malformed time)."""
        self._refused(error)

    def _refused(self, error: ClinicError) -> None:
        if isValid(self):
            self.notice.refuse(error.message)

    def ask_to_keep_bookings(self, error: ClinicError, go_ahead: Callable[[], None]) -> bool:
        """A change would leave bookings outside working hours: say which and ask. True when the
        refusal was that one (an OutsideHoursError, answered here), False for any other refusal."""
        if not isinstance(error, OutsideHoursError):
            return False
        message = error.message
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("SetupPage", "Bookings outside working hours"))
        box.setText(message)
        keep = box.addButton(
            QCoreApplication.translate("SetupPage", "&Keep things as they are"),
            QMessageBox.ButtonRole.RejectRole,
        )
        ahead = box.addButton(
            QCoreApplication.translate("SetupPage", "&Go ahead, mark those bookings"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.question = box  # tests answer it
        box.exec()
        self.question = None
        if box.clickedButton() is ahead:
            go_ahead()
        else:
            # The message without its last sentence (the question just answered), in any language.
            what = message.rstrip().rsplit(". ", 1)[0].rstrip(".")
            self.notice.refuse(
                QCoreApplication.translate("SetupPage", "Nothing was changed: {what}.").format(what=what)
            )
        return True

    question: QMessageBox | None = None


class _EnterPresses(QObject):
    """Return or Enter reaching a form's box (from a field that did not use it) presses the form's
    button, and goes no further (the dialog would press its default button too)."""

    def __init__(self, page: SetupPage) -> None:
        super().__init__(page)
        self._page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        enter = (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers()
        )
        if enter:
            for box, pressed in self._page.forms:
                if box is watched and pressed.isEnabled():
                    pressed.click()
                    return True
        return False


def record_table(
    model: ColumnTableModel, name: str, give_way: int | None = None, spoken: str = ""
) -> QTableView:
    """A page's list of records. ``give_way``: the column of long free text (a name, a reason)
    that takes the width the others leave and elides what does not fit, every other column as
    wide as its contents: a list beside its form then shows every column (a type's length and
    room) instead of hiding the last ones behind a sideways scroll bar. ``spoken``: its name for
    a screen reader."""
    table = QTableView()
    heading = set_up_record_table(table, model, name, spoken=spoken)
    if give_way is not None:
        heading.setStretchLastSection(False)
        heading.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        heading.setSectionResizeMode(give_way, QHeaderView.ResizeMode.Stretch)
    table.setMinimumHeight(140)
    return table


def selected_record(table: QTableView, model: RecordModel[Any]) -> Any:
    """The record of the table's selected row, or None when none is selected."""
    rows = table.selectionModel().selectedRows()
    return model.rows[rows[0].row()] if rows else None


def button(text: str, tip: str = "") -> QPushButton:
    """A page's button. None is the dialog's default by itself: the dialog makes the button of the
    form being filled in its default (SetupPage.primary / forms), so Enter there submits it."""
    made = QPushButton(text)
    made.setAutoDefault(False)
    if tip:
        made.setToolTip(tip)
    return made


def labelled(fields: QFormLayout, text: str, field: QWidget | QLayout, buddy: QWidget) -> None:
    """A row whose field is a layout (or a composite widget): its label's mnemonic focuses ``buddy``
    (QFormLayout only does that by itself for a plain widget)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    if isinstance(field, QWidget):
        fields.addRow(label, field)
    else:
        fields.addRow(label, field)


def side_by_side(left: QWidget, right: QLayout) -> QHBoxLayout:
    """The list of records on the left, the form about the chosen one on the right."""
    row = QHBoxLayout()
    row.addWidget(left, 5)
    column = QVBoxLayout()
    column.addLayout(right)
    column.addStretch(1)
    row.addLayout(column, 6)
    return row


def form() -> QFormLayout:
    layout = QFormLayout()
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return layout


# --- times, dates, weekdays ---------------------------------------------------------------------------


WEEKDAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_SHORT = (
    QT_TRANSLATE_NOOP("SetupPage", "Mon"),
    QT_TRANSLATE_NOOP("SetupPage", "Tue"),
    QT_TRANSLATE_NOOP("SetupPage", "Wed"),
    QT_TRANSLATE_NOOP("SetupPage", "Thu"),
    QT_TRANSLATE_NOOP("SetupPage", "Fri"),
    QT_TRANSLATE_NOOP("SetupPage", "Sat"),
    QT_TRANSLATE_NOOP("SetupPage", "Sun"),
)
WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("SetupPage", "Monday"),
    QT_TRANSLATE_NOOP("SetupPage", "Tuesday"),
    QT_TRANSLATE_NOOP("SetupPage", "Wednesday"),
    QT_TRANSLATE_NOOP("SetupPage", "Thursday"),
    QT_TRANSLATE_NOOP("SetupPage", "Friday"),
    QT_TRANSLATE_NOOP("SetupPage", "Saturday"),
    QT_TRANSLATE_NOOP("SetupPage", "Sunday"),
)


def weekday_name(day: int) -> str:
    """Monday (0) to Sunday (6), in the window's language."""
    return setup_words(WEEKDAY_NAMES[day])


def short_weekday(day: int) -> str:
    """Mon (0) to Sun (6), in the window's language."""
    return setup_words(WEEKDAY_SHORT[day])


def weekdays_words(days: Sequence[int] | range) -> str:
    """[0, 1, 2, 3, 4] -> 'Mon-Fri'; [0, 2, 4] -> 'Mon, Wed, Fri', in the window's language."""
    chosen = sorted(set(days))
    if len(chosen) > 2 and chosen == list(range(chosen[0], chosen[-1] + 1)):
        return f"{short_weekday(chosen[0])}-{short_weekday(chosen[-1])}"
    return ", ".join(short_weekday(day) for day in chosen)


_TIME = re.compile(r"(\d{1,2})(?::(\d{2}))?(am|pm|a|p)?")


def read_time(text: str) -> time:
    """A time of day as a person types it, in either clock: '9:00 AM', '5:30 pm', '9 a. m.' or
    '09:00', '17:30'. An hour from 1 to 11 written without AM or PM and without a leading zero
    ('5:30') is morning or afternoon only to the one who typed it: with a 12-hour clock it is
    refused with the question; with a 24-hour clock it is the morning. Refused (ValidationError) in
    the clinic's clock's words."""
    cleaned = text.lower().replace(".", "").replace(" ", "")
    found = _TIME.fullmatch(cleaned)
    twelve = window_clock() is Clock.H12
    if found is not None:
        hours, minutes, half = int(found[1]), int(found[2] or 0), found[3]
        if half and 1 <= hours <= 12 and minutes < 60:
            return time(hours % 12 + (12 if half.startswith("p") else 0), minutes)
        if not half and found[2] is not None and hours < 24 and minutes < 60:
            if twelve and 1 <= hours <= 11 and not found[1].startswith("0"):
                raise ValidationError(
                    QCoreApplication.translate(
                        "SetupPage",
                        "Is {time} in the morning or the afternoon? Write {morning} or {afternoon}.",
                    ).format(
                        time=text.strip(),
                        morning=display_time(time(hours, minutes)),
                        afternoon=display_time(time(hours + 12, minutes)),
                    )
                )
            return time(hours, minutes)
    first, second = (time(9, 0), time(17, 30)) if twelve else (time(8, 30), time(17, 30))
    raise ValidationError(
        QCoreApplication.translate(
            "SetupPage", "'{text}' is not a time of day. Write it as {example} or {other}."
        ).format(text=text.strip(), example=display_time(first), other=display_time(second))
    )


class TimeField(QLineEdit):
    """A time of day typed and shown in the clinic's clock: '9:00 AM' with a 12-hour clock, '09:00'
    with a 24-hour one. Either form is read whatever the clock (``read_time``); leaving the field
    writes what was typed in the clinic's clock, so the person sees how it was understood."""

    def __init__(self, value: time, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMaxLength(12)
        self.editingFinished.connect(self.follow_clock)
        self.follow_clock(value)

    def follow_clock(self, value: time | None = None) -> None:
        """Show ``value`` (default: what the field holds, when it reads as a time) in the clinic's
        clock, with the clock's example as the placeholder."""
        if value is None:
            try:
                value = read_time(self.text())
            except ValidationError:
                value = None
        if value is not None:
            self.setText(display_time(value))
        twelve = window_clock() is Clock.H12
        self.setPlaceholderText(
            QCoreApplication.translate("SetupPage", "e.g. {time}").format(time=display_time(time(9, 0)))
        )
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00:00 PM" if twelve else "00:00") + 24)

    def value(self, what: str) -> time:
        """The time typed; refused with ``what`` it is ("Start: ...") when it is not one."""
        try:
            return read_time(self.text())
        except ValidationError as error:
            raise ValidationError(f"{what}: {error.message}") from None


def date_edit(value: date, name: str) -> QDateEdit:
    """A date in the clinic's format, with a calendar to pick from."""
    edit = QDateEdit(qdate(value))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_pattern())
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00/00/0000") + 48)
    return edit


def day_of(edit: QDateEdit) -> date:
    return pydate(edit.date())


class WeekdayPicker(QWidget):
    """Monday to Sunday as boxes to tick (in the window's language), and "Mon–Fri" to tick the
    working week in one go."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QCheckBox] = []
        for code, short, full in zip(WEEKDAY_CODES, WEEKDAY_SHORT, WEEKDAY_NAMES, strict=True):
            box = QCheckBox(setup_words(short))
            box.setObjectName(f"weekday_{code}")
            box.setAccessibleName(setup_words(full))
            self.boxes.append(box)
            row.addWidget(box)
        self.working_week = button(
            QCoreApplication.translate("SetupPage", "Mon–&Fri"),
            QCoreApplication.translate("SetupPage", "Tick Monday to Friday"),
        )
        self.working_week.setObjectName("weekdaysMonFri")
        self.working_week.clicked.connect(lambda: self.set_days(range(5)))
        row.addSpacing(8)
        row.addWidget(self.working_week)
        row.addStretch(1)
        self.setFocusProxy(self.boxes[0])

    def set_days(self, days: Sequence[int] | range) -> None:
        for index, box in enumerate(self.boxes):
            box.setChecked(index in days)

    def days(self) -> list[int]:
        return [index for index, box in enumerate(self.boxes) if box.isChecked()]


class HoursForm(QWidget):
    """A working day as two times, with an optional break: "08:00 to 17:00, break 12:00 to 13:00"
    (or "8:00 AM to 5:00 PM" with a 12-hour clock)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = TimeField(time(8, 0), "hoursStart")
        self.end = TimeField(time(17, 0), "hoursEnd")
        self.has_break = QCheckBox(QCoreApplication.translate("SetupPage", "&Break"))
        self.has_break.setObjectName("hoursBreak")
        self.break_start = TimeField(time(12, 0), "breakStart")
        self.break_end = TimeField(time(13, 0), "breakEnd")
        set_name(self.start, QCoreApplication.translate("SetupPage", "Starts at"))
        set_name(self.end, QCoreApplication.translate("SetupPage", "Ends at"))
        set_name(self.break_start, QCoreApplication.translate("SetupPage", "Break starts at"))
        set_name(self.break_end, QCoreApplication.translate("SetupPage", "Break ends at"))
        self.has_break.toggled.connect(self._enable)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        parts: list[QWidget] = [self.start, QLabel(QCoreApplication.translate("SetupPage", "to")), self.end]
        parts += [
            self.has_break,
            self.break_start,
            QLabel(QCoreApplication.translate("SetupPage", "to")),
            self.break_end,
        ]
        for index, widget in enumerate(parts):
            if index == 3:
                row.addSpacing(12)
            row.addWidget(widget)
        row.addStretch(1)
        self.setFocusProxy(self.start)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        self.break_start.setEnabled(on)
        self.break_end.setEnabled(on)

    def edits(self) -> tuple[TimeField, ...]:
        return (self.start, self.end, self.break_start, self.break_end)

    def blocks(self) -> list[TimeBlock]:
        """The day's working blocks; refused (ValidationError) when a time is malformed or a block
        ends before it starts (domain/hours.py)."""
        start, end = (
            self.start.value(QCoreApplication.translate("SetupPage", "Start")),
            self.end.value(QCoreApplication.translate("SetupPage", "End")),
        )
        day = TimeBlock(start, end)  # refuses a day that ends before it starts
        if not self.has_break.isChecked():
            return [day]
        pause, back = (
            self.break_start.value(QCoreApplication.translate("SetupPage", "Break")),
            self.break_end.value(QCoreApplication.translate("SetupPage", "Break end")),
        )
        if not (start < pause < back < end):
            raise ValidationError(
                QCoreApplication.translate(
                    "SetupPage", "The break ({pause}) must lie inside the day ({day})."
                ).format(pause=display_span(pause, back, "-"), day=display_span(start, end, "-"))
            )
        return [TimeBlock(start, pause), TimeBlock(back, end)]
