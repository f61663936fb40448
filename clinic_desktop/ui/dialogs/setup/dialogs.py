"""The two windows over the set-up pages: File > Clinic settings… (every page, for a manager), and
the first run's set-up checklist (the pages a clinic needs before it can book, ticked as they are
done, with Back and Next; the manager may close it and come back: the ticks come from the database,
so it opens where the clinic has got to). Their texts are under the context "SetupDialogs"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from clinic_desktop.domain.setup import SetupStatus
from clinic_desktop.domain.words import shown
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.dialogs.setup.absences_page import AbsencesPage, ExtraSessionsPage
from clinic_desktop.ui.dialogs.setup.catalogue_pages import MeasuresPage, ProtocolsPage
from clinic_desktop.ui.dialogs.setup.clinic_page import ClinicPage
from clinic_desktop.ui.dialogs.setup.common import SetupPage
from clinic_desktop.ui.dialogs.setup.hours_page import HoursPage
from clinic_desktop.ui.dialogs.setup.providers_page import ProvidersPage
from clinic_desktop.ui.dialogs.setup.rooms_types_pages import RoomsPage, TypesPage
from clinic_desktop.ui.dialogs.setup.stock_page import StockPage
from clinic_desktop.ui.icons import icon
from clinic_desktop.ui.names import name_table
from clinic_desktop.ui.operations import Operations

SETTINGS_PAGES: tuple[type[SetupPage], ...] = (
    ClinicPage,
    ProvidersPage,
    HoursPage,
    ExtraSessionsPage,
    AbsencesPage,
    RoomsPage,
    TypesPage,
    StockPage,
    ProtocolsPage,
    MeasuresPage,
)
CHECKLIST_PAGES: tuple[type[SetupPage], ...] = (
    ClinicPage,
    ProvidersPage,
    HoursPage,
    RoomsPage,
    TypesPage,
    StockPage,
)
DONE, TO_DO, OPTIONAL = "✓", "○", "–"


class _PagesDialog(QDialog):
    """Pages listed on the left, the chosen one on the right; every page refreshes when shown."""

    settings_saved = Signal()  # something was changed (the window re-reads what it shows)

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        pages: Sequence[type[SetupPage]],
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.operations = operations
        self.setWindowTitle(title)
        self.setWindowIcon(icon("settings"))
        self.pages: dict[str, SetupPage] = {}
        self.list = QListWidget()
        self.list.setObjectName("setupPages")
        name_table(self.list, QCoreApplication.translate("SetupDialogs", "Settings pages"))
        self.list.setIconSize(QSize(16, 16))
        self.stack = QStackedWidget()
        for page_class in pages:
            page = (
                page_class(services, operations, self, suggest_zone=True)
                if page_class is ClinicPage and self.suggests_zone
                else page_class(services, operations, self)
            )
            page.changed.connect(self._changed)
            self.pages[page.key] = page
            self.list.addItem(QListWidgetItem(page.shown_title()))
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
        width = max(self.list.sizeHintForColumn(0), 120) + 36
        self.list.setFixedWidth(width)
        self.list.currentRowChanged.connect(self._show)
        self.body = QHBoxLayout()
        self.body.addWidget(self.list)
        self.body.addWidget(self.stack, 1)
        self.resize(1100, 700)  # fits a 1366x768 screen with the window's frame and a taskbar
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)

    suggests_zone = False

    @property
    def current_page(self) -> SetupPage:
        return list(self.pages.values())[max(self.list.currentRow(), 0)]

    def open_page(self, key: str) -> SetupPage:
        """Show the page called ``key`` (unknown: the first)."""
        keys = list(self.pages)
        row = keys.index(key) if key in keys else 0
        if self.list.currentRow() == row:
            self._show(row)
        else:
            self.list.setCurrentRow(row)
        return self.pages[keys[row]]

    def _show(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        page = list(self.pages.values())[row]
        page.notice.clear_text()
        self._set_default(page.primary)
        page.refresh()

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Enter presses the button of the form being filled in (the page's main one otherwise)."""
        if not isValid(self) or not self.isVisible() or new is None or new.window() is not self:
            return  # focus in another window (a question asked over this one) changes nothing
        self._set_default(self.current_page.default_for(new))

    def _set_default(self, chosen: QPushButton | None) -> None:
        for page in self.pages.values():
            for pressed in [page.primary, *(b for _box, b in page.forms)]:
                if pressed is not None and pressed is not chosen:
                    pressed.setDefault(False)
        if chosen is not None:
            chosen.setDefault(True)

    def _changed(self, _message: str) -> None:
        self.settings_saved.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.operations.wait(3000)
        super().closeEvent(event)


class ClinicSettingsDialog(_PagesDialog):
    """File > Clinic settings… (managers): every page of the clinic's set-up."""

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            services,
            operations,
            SETTINGS_PAGES,
            QCoreApplication.translate("SetupDialogs", "Clinic settings"),
            parent,
        )
        close = QPushButton(QCoreApplication.translate("SetupDialogs", "&Close"))
        close.setObjectName("closeSettings")
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body, 1)
        layout.addLayout(buttons)
        self.list.setCurrentRow(0)


class SetupChecklist(_PagesDialog):
    """The first run's set-up: the clinic, its providers and their hours, rooms, appointment types
    and the first lot of toxin, each ticked once done. "Finish later" closes it (File > Set up the
    clinic… opens it again, where the clinic has got to); the calendar says what is still missing."""

    status_read = Signal(object)  # SetupStatus
    suggests_zone = True

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        parent: QWidget | None = None,
        start: str | None = None,
    ) -> None:
        super().__init__(
            services,
            operations,
            CHECKLIST_PAGES,
            QCoreApplication.translate("SetupDialogs", "Set up the clinic"),
            parent,
        )
        self.status: SetupStatus | None = None
        self._start = start  # the page to open at (else: the first thing still to do)
        self.summary = QLabel("")
        self.summary.setObjectName("setupSummary")
        self.summary.setWordWrap(True)
        self.back_button = QPushButton(icon("previous"), QCoreApplication.translate("SetupDialogs", "&Back"))
        self.back_button.setObjectName("setupBack")
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(lambda: self.list.setCurrentRow(max(0, self.list.currentRow() - 1)))
        self.next_button = QPushButton(icon("next"), QCoreApplication.translate("SetupDialogs", "&Next"))
        self.next_button.setObjectName("setupNext")
        self.next_button.setAutoDefault(False)
        self.next_button.clicked.connect(self._next)
        self.later_button = QPushButton(QCoreApplication.translate("SetupDialogs", "Finish &later"))
        self.later_button.setObjectName("setupLater")
        self.later_button.setAutoDefault(False)
        self.later_button.setToolTip(
            QCoreApplication.translate(
                "SetupDialogs", "Close the set-up; File > Set up the clinic… opens it again"
            )
        )
        self.later_button.clicked.connect(self.reject)
        self.done_button = QPushButton(QCoreApplication.translate("SetupDialogs", "&Done"))
        self.done_button.setObjectName("setupDone")
        self.done_button.setAutoDefault(False)
        self.done_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.body, 1)
        layout.addLayout(buttons)
        self.settings_saved.connect(self.read_status)
        self.list.currentRowChanged.connect(lambda _r: self._buttons())
        self._started = False
        self.read_status()

    def read_status(self) -> None:
        setup = self.services.setup
        self.operations.run(
            "setup/status", setup.status, self._status, lambda error: self.summary.setText(error.message)
        )

    def _status(self, status: SetupStatus) -> None:
        if not isValid(self):
            return
        self.status = status
        ticks = {
            "clinic": DONE if status.named else TO_DO,
            "providers": DONE if status.providers else TO_DO,
            "hours": DONE if status.providers_with_hours else TO_DO,
            "rooms": DONE if status.rooms else OPTIONAL,
            "types": DONE if status.types else TO_DO,
            "stock": DONE if status.lots else OPTIONAL,
        }
        for row, page in enumerate(self.pages.values()):
            self.list.item(row).setText(f"{ticks[page.key]}  {page.shown_title()}")
        if status.can_book:
            self.summary.setText(
                QCoreApplication.translate(
                    "SetupDialogs",
                    "The clinic can book now. Rooms and the first lot of toxin can be added now or later; "
                    "everything here stays in File > Clinic settings…",
                )
            )
        else:
            missing = " ".join(shown(sentence) for _page, sentence in status.missing())
            self.summary.setText(
                QCoreApplication.translate("SetupDialogs", "Before the clinic can book: {missing}").format(
                    missing=missing
                )
            )
        if not self._started:  # open where the clinic has got to
            self._started = True
            first = next((k for k, tick in ticks.items() if tick == TO_DO), "clinic")
            self.open_page(self._start if self._start in self.pages else first)
        self._buttons()
        self.status_read.emit(status)

    def _buttons(self) -> None:
        row, last = self.list.currentRow(), self.list.count() - 1
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < last)
        can_book = self.status is not None and self.status.can_book
        self.done_button.setEnabled(can_book)
        self.done_button.setDefault(can_book and row == last)

    def _next(self) -> None:
        self.list.setCurrentRow(min(self.list.count() - 1, self.list.currentRow() + 1))
