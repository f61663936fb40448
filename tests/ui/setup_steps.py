"""Steps a person takes in the window, one function each, driving the real widgets with the mouse
and the keyboard (qtbot.keyClicks / mouseClick): the first run's manager account, the set-up
checklist and the clinic settings pages, the window's menus, a provider's account, signing out and
in, a new patient, a booking from the calendar and charting a treatment. The end-to-end test
(test_first_run_setup.py) strings them together.

Every step waits for what the window says when it is done (a signal, or the text of a notice),
never for a fixed time."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from clinic_desktop.domain.codes import Indication
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.treatments import RecordResult
from clinic_desktop.ui.application import apply_look, open_window
from clinic_desktop.ui.dialogs.booking import BookingDialog
from clinic_desktop.ui.dialogs.patient_form import PatientFormDialog
from clinic_desktop.ui.dialogs.proposals import ProposalsDialog
from clinic_desktop.ui.dialogs.setup.clinic_page import ClinicPage
from clinic_desktop.ui.dialogs.setup.common import SetupPage
from clinic_desktop.ui.dialogs.setup.dialogs import SetupChecklist, _PagesDialog
from clinic_desktop.ui.dialogs.setup.providers_page import ProvidersPage
from clinic_desktop.ui.dialogs.setup.rooms_types_pages import RoomsPage, TypesPage
from clinic_desktop.ui.dialogs.setup.stock_page import StockPage
from clinic_desktop.ui.dialogs.sign_in import FirstRunDialog
from clinic_desktop.ui.dialogs.treatment import TreatmentDialog
from clinic_desktop.ui.dialogs.users import NAME, PROVIDER, ROLE, AddUserDialog, UsersDialog
from clinic_desktop.ui.main_window import MainWindow
from clinic_desktop.ui.settings import UiSettings
from clinic_desktop.ui.views.chart_treatments import TreatmentsPage
from clinic_desktop.ui.views.patient_chart import PatientChartWindow

TIMEOUT = 10_000
P = TypeVar("P", bound=SetupPage)


# --- typing and clicking -------------------------------------------------------------------------------


def click(qtbot: QtBot, widget: QWidget) -> None:
    """A left click where a person would click: a check box on its box, anything else mid-way."""
    assert widget.isVisible() and widget.isEnabled(), f"{widget.objectName() or widget} cannot be clicked"
    where = QPoint(6, widget.height() // 2) if isinstance(widget, QCheckBox) else widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=where)


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Replace what a field holds with ``text``, from the keyboard (select all, then type)."""
    target: QWidget = widget
    if isinstance(widget, QComboBox) and widget.isEditable() and widget.lineEdit() is not None:
        target = widget.lineEdit()
    target.setFocus(Qt.FocusReason.MouseFocusReason)
    if isinstance(target, QDateEdit):
        # The first section takes typing once it is selected: Home goes there, Up and Down select
        # it (and leave its value as it was); the typed text then runs through every section.
        for key in (Qt.Key.Key_Home, Qt.Key.Key_Up, Qt.Key.Key_Down):
            qtbot.keyClick(target, key)
    else:
        qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(target, Qt.Key.Key_Backspace)
    if text:
        qtbot.keyClicks(target, text)
    if isinstance(target, QAbstractSpinBox):
        qtbot.keyClick(target, Qt.Key.Key_Tab)  # the spin box takes the typed value on leaving


def type_date(qtbot: QtBot, edit: QDateEdit, day: date) -> None:
    """A date typed in whatever format the field shows (the clinic's date format)."""
    from clinic_desktop.ui.dates import qdate

    # Digits only: each section of a zero-padded format moves on to the next once full (a typed
    # separator would then skip one).
    digits = "".join(c for c in qdate(day).toString(edit.displayFormat()) if c.isdigit())
    type_into(qtbot, edit, digits)
    assert edit.date() == qdate(day), f"{edit.objectName()} shows {edit.text()}, not {day}"


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick the item that starts with ``text`` from the keyboard: typed on the closed list (its
    search; up to the first space, as Space opens the list), else, when that search still holds
    earlier keys or the first word is not enough, Home and Down until it shows."""
    combo.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(combo, text.split(" ")[0])
    if not combo.currentText().startswith(text):
        qtbot.keyClick(combo, Qt.Key.Key_Home)
        for _ in range(combo.count()):
            if combo.currentText().startswith(text):
                break
            qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().startswith(text), f"{combo.objectName()} shows {combo.currentText()!r}"


def tick(qtbot: QtBot, boxes: Iterable[QCheckBox]) -> None:
    for box in boxes:
        if not box.isChecked():
            click(qtbot, box)
        assert box.isChecked()


def answer_question(qtbot: QtBot, button_text: str, seen: list[str]) -> None:
    """Answer the next message box by clicking the button whose text starts with ``button_text``
    (it runs its own event loop: the answer is scheduled before the click that opens it)."""

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, act)
            return
        seen.append(box.text())
        chosen = next(b for b in box.buttons() if b.text().replace("&", "").startswith(button_text))
        assert isinstance(chosen, QAbstractButton)
        qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)


# --- the first run ---------------------------------------------------------------------------------------


def first_run(
    qtbot: QtBot, services: ClinicServices, qsettings: QSettings, name: str, password: str
) -> MainWindow:
    """Start the window on a database without accounts: create the manager in the first-run dialog
    (typing, Enter in the last field), and get the window with the set-up checklist over it."""
    apply_look(QApplication.instance())  # type: ignore[arg-type]
    answered: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FirstRunDialog):
            QTimer.singleShot(20, fill)
            return
        answered.append(dialog.heading.text())
        qtbot.keyClicks(dialog.name, name)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter moves on to the password
        qtbot.keyClicks(dialog.password, password)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.repeat, password)
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)  # Enter creates the account

    QTimer.singleShot(0, fill)
    window = open_window(services, UiSettings(qsettings))
    assert window is not None and answered == ["Create the clinic's manager account"]
    window.quiet = True
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: isinstance(window.settings_dialog, SetupChecklist), timeout=TIMEOUT)
    checklist = window.settings_dialog
    assert isinstance(checklist, SetupChecklist)
    qtbot.waitUntil(
        lambda: checklist.status is not None and checklist.operations.pending == 0, timeout=TIMEOUT
    )
    return window


# --- the set-up windows ------------------------------------------------------------------------------------


def open_settings(qtbot: QtBot, window: MainWindow) -> _PagesDialog:
    """File > Clinic settings…"""
    window.registry["clinic_settings"].trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, _PagesDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.operations.pending == 0, timeout=TIMEOUT)
    return dialog


def go_to(qtbot: QtBot, dialog: _PagesDialog, page_type: type[P]) -> P:
    """Click the page in the list on the left and wait for its records."""
    keys = list(dialog.pages)
    page = next(p for p in dialog.pages.values() if isinstance(p, page_type))
    row = keys.index(page.key)
    item_list: QListWidget = dialog.list
    if item_list.currentRow() == row:
        return page
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        rect = item_list.visualItemRect(item_list.item(row))
        qtbot.mouseClick(item_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return page


def saved(qtbot: QtBot, page: SetupPage, act: Callable[[], None]) -> str:
    """Do ``act`` (a click, or Enter in a field) and wait until the page says it was saved."""
    with qtbot.waitSignal(page.changed, timeout=TIMEOUT) as said:
        act()
    qtbot.waitUntil(lambda: page.operations.pending == 0, timeout=TIMEOUT)
    return str(said.args[0])


def refused(qtbot: QtBot, page: SetupPage, act: Callable[[], None]) -> str:
    """Do ``act`` and wait until the page shows a refusal (a new one: two refusals in a row must
    differ); returns its words."""
    before = page.notice.text() if page.notice.refused else None
    act()
    qtbot.waitUntil(
        lambda: page.notice.refused and page.notice.text() != before and page.operations.pending == 0,
        timeout=TIMEOUT,
    )
    return page.notice.text()


def next_page(qtbot: QtBot, checklist: SetupChecklist, page_type: type[P]) -> P:
    """The checklist's Next button, landing on ``page_type``."""
    page = next(p for p in checklist.pages.values() if isinstance(p, page_type))
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        click(qtbot, checklist.next_button)
    assert checklist.current_page is page
    return page


# --- the steps of setting a clinic up --------------------------------------------------------------------


def fill_in_the_clinic(
    qtbot: QtBot, page: ClinicPage, name: str, zone: str | None, country: str, date_format: str
) -> str:
    """The clinic page: name, time zone (typed; None keeps the one offered), country (typed on the
    list), date format; Enter in the name field saves them all."""
    type_into(qtbot, page.name, name)
    if zone is not None:
        type_into(qtbot, page.zone, zone)
    choose(qtbot, page.country, country)
    choose(qtbot, page.date_format, date_format)
    return saved(qtbot, page, lambda: qtbot.keyClick(page.name, Qt.Key.Key_Return))


def add_provider(
    qtbot: QtBot,
    page: ProvidersPage,
    name: str,
    title: str,
    treats: Iterable[Indication],
    mon_to_fri: tuple[str, str] | None = None,
    lunch: tuple[str, str] | None = None,
) -> str:
    """A new provider with what they treat and, in the same step, their weekly hours Mon–Fri."""
    if page.editing is not None:
        click(qtbot, page.new_button)
    type_into(qtbot, page.name, name)
    type_into(qtbot, page.credentials, title)
    tick(qtbot, [page.treat_boxes[i] for i in treats])
    if mon_to_fri is not None:
        click(qtbot, page.weekdays.working_week)
        type_into(qtbot, page.hours.start, mon_to_fri[0])
        type_into(qtbot, page.hours.end, mon_to_fri[1])
    if lunch is not None:
        tick(qtbot, [page.hours.has_break])
        type_into(qtbot, page.hours.break_start, lunch[0])
        type_into(qtbot, page.hours.break_end, lunch[1])
    return saved(qtbot, page, lambda: click(qtbot, page.save_button))


def add_room(qtbot: QtBot, page: RoomsPage, name: str, kind: str) -> str:
    if page.editing is not None:
        click(qtbot, page.new_button)
    type_into(qtbot, page.name, name)
    type_into(qtbot, page.kind, kind)
    return saved(qtbot, page, lambda: qtbot.keyClick(page.name, Qt.Key.Key_Return))


def add_suggested_types(qtbot: QtBot, page: TypesPage, leave_out: Iterable[str] = ()) -> str:
    """Tick off the suggestions not wanted (their check boxes), then "Add the ticked types"."""
    for name in leave_out:
        item = next(
            page.suggestions.item(i)
            for i in range(page.suggestions.count())
            if page.suggestions.item(i).text().startswith(name)
        )
        rect = page.suggestions.visualItemRect(item)
        qtbot.mouseClick(
            page.suggestions.viewport(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(rect.left() + 10, rect.center().y()),
        )
        assert item.checkState() == Qt.CheckState.Unchecked, name
    return saved(qtbot, page, lambda: click(qtbot, page.add_suggested))


def receive_lot(qtbot: QtBot, page: StockPage, product: str, lot: str, expires: date, vials: int) -> str:
    choose(qtbot, page.product, product)
    type_into(qtbot, page.lot_number, lot)
    type_date(qtbot, page.expires, expires)
    type_into(qtbot, page.vials, str(vials))
    return saved(qtbot, page, lambda: qtbot.keyClick(page.lot_number, Qt.Key.Key_Return))


def click_row(qtbot: QtBot, table: QAbstractItemView, row: int, column: int = 0) -> None:
    """Click a cell of a list (selects its row)."""
    model = table.model()
    rect = table.visualRect(model.index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def edit_cell(qtbot: QtBot, table: QTableWidget, row: int, column: int, text: str) -> None:
    """Click a cell, F2 to edit it, type over what it holds, Enter."""
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), f"no editor in cell {row}, {column}"
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(
        lambda: (item := table.item(row, column)) is not None and item.text() == text, timeout=TIMEOUT
    )


# --- the window's menus, and who is signed in ----------------------------------------------------------


def bring_to_front(qtbot: QtBot, window: QWidget) -> None:
    """What the desktop does when a person clicks a window's title: it becomes the active window
    (keyboard shortcuts such as Ctrl+N work in the active window only). The offscreen platform
    of the tests has no window manager to do it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=TIMEOUT)


def menu_item(qtbot: QtBot, window: QMainWindow, menu_title: str, item: str) -> None:
    """Click a menu's title in the menu bar, then one of its items (File > Users…)."""
    bar = window.menuBar()
    title = next(a for a in bar.actions() if a.text().replace("&", "") == menu_title)
    menu = title.menu()
    assert isinstance(menu, QMenu)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(title).center())
    qtbot.waitUntil(menu.isVisible, timeout=TIMEOUT)
    action = next(a for a in menu.actions() if a.text().replace("&", "") == item)
    assert action.isVisible() and action.isEnabled(), f"{menu_title} > {item} is not offered"
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=TIMEOUT)


def quit_the_window(qtbot: QtBot, window: MainWindow) -> None:
    """File > Quit; the window waits for its background work before it goes."""
    menu_item(qtbot, window, "File", "Quit")
    qtbot.waitUntil(lambda: not window.isVisible() and window.operations.pending == 0, timeout=TIMEOUT)


def add_provider_account(
    qtbot: QtBot, window: MainWindow, name: str, provider: str, password: str
) -> list[tuple[str, str, str]]:
    """File > Users…, Add user…: the name, the Provider role, the provider record the account is,
    the first password twice; Add user. Returns the table as the Users window then shows it
    (name, role, provider) and closes it with Escape."""
    menu_item(qtbot, window, "File", "Users…")
    users = window.findChild(UsersDialog)
    assert users is not None and users.isVisible()
    qtbot.waitUntil(lambda: users.model.rowCount() > 0 and window.operations.pending == 0, timeout=TIMEOUT)
    click(qtbot, users.add_button)
    form = users.dialog
    assert isinstance(form, AddUserDialog) and form.isVisible()
    type_into(qtbot, form.name, name)
    choose(qtbot, form.role, "Provider")
    assert form.provider.isVisible()  # a provider account is one provider: the picker shows
    choose(qtbot, form.provider, provider)
    type_into(qtbot, form.password, password)
    type_into(qtbot, form.repeat, password)
    with qtbot.waitSignal(users.listed, timeout=TIMEOUT):
        click(qtbot, form.ok_button)
    qtbot.waitUntil(lambda: not isValid(form) or not form.isVisible(), timeout=TIMEOUT)
    model = users.model

    def cell(row: int, column: int) -> str:
        return str(model.data(model.index(row, column)))

    shown = [(cell(row, NAME), cell(row, ROLE), cell(row, PROVIDER)) for row in range(model.rowCount())]
    assert users.notice.text() == f"{name} added as a provider."
    qtbot.keyClick(users.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not users.isVisible(), timeout=TIMEOUT)
    return shown


def sign_out(qtbot: QtBot, window: MainWindow) -> None:
    """File > Sign out: the window locks, nobody's name offered."""
    menu_item(qtbot, window, "File", "Sign out")
    qtbot.waitUntil(lambda: window.locked and window.services.session is None, timeout=TIMEOUT)
    assert window.lock_screen.isVisible() and window.lock_screen.form.name.text() == ""


def sign_in(qtbot: QtBot, window: MainWindow, name: str, password: str) -> None:
    """The sign-in form on the locked window (the start-up dialog's own form): the name, Enter,
    the password, Enter."""
    form = window.lock_screen.form
    assert form.isVisible()
    type_into(qtbot, form.name, name)
    qtbot.keyClick(form.name, Qt.Key.Key_Return)  # Enter moves on to the password
    assert window.focusWidget() is form.password
    qtbot.keyClicks(form.password, password)
    qtbot.keyClick(form.password, Qt.Key.Key_Return)  # Enter signs in
    qtbot.waitUntil(lambda: not window.locked, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=TIMEOUT)


# --- a patient, a booking, charting ---------------------------------------------------------------------


def register_patient(qtbot: QtBot, window: MainWindow, fields: dict[str, str]) -> PatientChartWindow:
    """Ctrl+N, the New patient form (``fields`` by the form's keys: given_name, family_name,
    date_of_birth, phone, …), Save; the new patient's chart opens, and is closed with Escape."""
    bring_to_front(qtbot, window)
    qtbot.keyClick(window.navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.findChild(PatientFormDialog)
    assert form is not None and form.isVisible() and form.windowTitle() == "New patient"
    for key, text in fields.items():
        type_into(qtbot, form.edits[key], text)
    with qtbot.waitSignal(form.saved, timeout=TIMEOUT) as saved:
        click(qtbot, form.save_button)
    record = saved.args[0]
    chart = window.charts[record.id]
    qtbot.waitUntil(lambda: chart.chart is not None and window.operations.pending == 0, timeout=TIMEOUT)
    bring_to_front(qtbot, chart)
    with qtbot.waitSignal(chart.closed, timeout=TIMEOUT):
        qtbot.keyClick(chart.tabs, Qt.Key.Key_Escape)
    return chart


def book_in_the_calendar(
    qtbot: QtBot, window: MainWindow, provider: str, at: str, patient: str, type_name: str
) -> list[int]:
    """In the calendar's day, a double-click on the provider's free slot at ``at`` (HH:MM) opens
    the booking dialog there; the patient found by typing into its search, the type chosen, then
    the Book button. Returns the ids of the appointments made.

    One function on purpose: the booking dialog is being reworked (Ctrl+B from anywhere,
    proposals at the top); only this step knows how it is driven."""
    calendar = window.calendar
    row = next(r for r in range(window.navigation.count()) if window.navigation.item(r).text() == "Calendar")
    rect = window.navigation.visualItemRect(window.navigation.item(row))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    grid = calendar.grid
    qtbot.waitUntil(
        lambda: window.operations.pending == 0 and calendar.stack.currentWidget() is grid, timeout=TIMEOUT
    )
    column = next(i for i, c in enumerate(grid.columns) if c.title.startswith(provider))
    hours, minutes = (int(part) for part in at.split(":"))
    qtbot.mouseDClick(
        grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.point_at(column, hours * 60 + minutes)
    )
    dialog = calendar.booking
    assert isinstance(dialog, BookingDialog)
    qtbot.waitUntil(lambda: dialog.book_button.isEnabled(), timeout=TIMEOUT)
    qtbot.keyClicks(dialog.search, patient)
    qtbot.waitUntil(lambda: dialog.hits.count() == 1 and dialog.patient_id is not None, timeout=TIMEOUT)
    # The patient's plan (the visit due, proposals) arrives next and may set the type: wait for it.
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.book_button.isEnabled(), timeout=TIMEOUT)
    choose(qtbot, dialog.type, type_name)
    qtbot.waitUntil(lambda: dialog.book_button.isEnabled(), timeout=TIMEOUT)
    with qtbot.waitSignal(dialog.booked, timeout=TIMEOUT) as booked:
        click(qtbot, dialog.book_button)
    qtbot.waitUntil(lambda: window.operations.pending == 0, timeout=TIMEOUT)
    return list(booked.args[0])


def open_chart_from_the_calendar(qtbot: QtBot, window: MainWindow, appointment_id: int) -> PatientChartWindow:
    """A double-click on the appointment's block in the calendar opens the patient's chart."""
    grid = window.calendar.grid
    qtbot.waitUntil(lambda: grid.block(appointment_id) is not None, timeout=TIMEOUT)
    block = grid.block(appointment_id)
    assert block is not None
    before = set(window.charts)
    qtbot.mouseDClick(
        grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.block_rect(block).center().toPoint()
    )
    qtbot.waitUntil(lambda: set(window.charts) - before != set(), timeout=TIMEOUT)
    (patient_id,) = set(window.charts) - before
    chart = window.charts[patient_id]
    qtbot.waitUntil(lambda: chart.chart is not None and window.operations.pending == 0, timeout=TIMEOUT)
    return chart


@dataclass(frozen=True)
class Charted:
    """What the charting dialog showed as it was signed, and what the service recorded."""

    provider: str  # the provider it opened with
    provider_editable: bool
    lot: str
    findings: list[str]
    recorded: RecordResult


def chart_treatment(qtbot: QtBot, chart: PatientChartWindow, protocol: str) -> Charted:
    """The chart's Treatments tab, Ctrl+T, the protocol chosen (it brings its sites, the product
    and the lot in stock), consent and aftercare ticked, Ctrl+Return signs. The follow-up
    proposals that open next are closed with Escape, nothing booked."""
    tab_bar = chart.tabs.tabBar()
    tab = next(i for i in range(tab_bar.count()) if tab_bar.tabText(i).replace("&", "") == "Treatments")
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(tab).center())
    page = chart.tabs.currentWidget()
    assert isinstance(page, TreatmentsPage) and page.chart_button.isVisible()
    bring_to_front(qtbot, chart)
    qtbot.keyClick(page.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(page.dialog, TreatmentDialog), timeout=TIMEOUT)  # the button's
    dialog = page.dialog  # shortcut clicks it (animated: a tenth of a second later)
    assert isinstance(dialog, TreatmentDialog)
    qtbot.waitUntil(  # built (its parts come a turn each: ui/slices.py) and filled
        lambda: not dialog.unbuilt and dialog.sign_button.isEnabled() and dialog.operations.pending == 0,
        timeout=TIMEOUT,
    )
    with qtbot.waitSignal(dialog.checked, timeout=TIMEOUT) as checked:  # the rules' findings
        choose(qtbot, dialog.protocol, protocol)
    tick(qtbot, [dialog.consent, dialog.aftercare])
    provider, editable, lot = (
        dialog.provider.currentText(),
        dialog.provider.isEnabled(),
        dialog.lot.currentText(),
    )
    with qtbot.waitSignal(dialog.recorded, timeout=TIMEOUT) as recorded:
        qtbot.keyClick(dialog.consent, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    proposals = page.follow_up
    assert isinstance(proposals, ProposalsDialog)
    qtbot.waitUntil(lambda: proposals.isVisible() and page.operations.pending == 0, timeout=TIMEOUT)
    with qtbot.waitSignal(proposals.finished, timeout=TIMEOUT):
        qtbot.keyClick(proposals.list, Qt.Key.Key_Escape)  # Esc closes without booking
    return Charted(provider, editable, lot, [f.message for f in checked.args[0]], recorded.args[0])
