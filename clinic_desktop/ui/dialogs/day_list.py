"""Print the day list: choose the day, the provider (or all) and the variant, see the pages as they
will print, then print them or save a PDF.

The preview opens at the width of the window (the text readable as it will print) and zooms: "Fit
width", "Whole page", − and + beside it, or Ctrl++ / Ctrl+- and Ctrl+0 for the width again.

The facts are gathered off the GUI thread (services.day_lists); the pages are laid out by
clinic_desktop.printing, the same code the command line's `schedule day --pdf` uses.

Who may see what is the service's rule: a user who may not read the clinical record is offered
only the reception list, and the list is then fetched without the clinical facts at all.
"Initials only" fetches the list again with names as initials and no phone numbers or MRNs
(the service blanks them, so the preview, the print and the PDF all hold the same)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.day_list import DayList
from clinic_desktop.domain.entities import Provider
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.domain.signing import is_linked_provider
from clinic_desktop.printing.day_list import MARGIN_MM, day_list_printout
from clinic_desktop.printing.pages import (
    LaidOut,
    Printout,
    default_paper,
    lay_out_ahead,
    page_layout,
    paint_printout,
    private_output,
    save_printout,
)
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.dates import long_date_pattern, pydate, qdate
from clinic_desktop.ui.operations import Operations

A4 = "A4"  # the paper size's own name, written so in every language


class DayListDialog(QDialog):
    loaded = Signal()  # a day list arrived and the preview shows it (tests wait on it)

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        day: date,
        provider_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.operations = operations
        self.day_list: DayList | None = None
        self.printout: Printout | None = None
        self._ahead: LaidOut | None = None  # the printout as the worker laid it out (_render)
        self.setWindowTitle(QCoreApplication.translate("DayListDialog", "Print day list"))
        self.resize(*default_size())
        self._build_choices(day, provider_id)
        self._build_preview()
        close_button = self._build_buttons()
        self._lay_out(close_button)
        self.date_edit.dateChanged.connect(lambda _: self.reload())
        self.provider_combo.currentIndexChanged.connect(lambda _: self.reload())
        self.variant_combo.currentIndexChanged.connect(lambda _: self._render())
        self.paper_combo.currentIndexChanged.connect(lambda _: self._render())
        self.initials_box.toggled.connect(lambda _: self.reload())
        self.reload()

    def _build_choices(self, day: date, provider_id: int | None) -> None:
        """The day, the provider, the variant, the names and the paper."""
        services = self.services
        self.date_edit = QDateEdit(qdate(day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(long_date_pattern())
        self.provider_combo = QComboBox()
        self.provider_combo.addItem(QCoreApplication.translate("DayListDialog", "All providers"), None)
        session = services.session
        if provider_id is None and session is not None and is_linked_provider(session):
            provider_id = session.provider_id  # a provider's own day list is their default
        # The providers are read with the first list, off the GUI thread (issue 22: the dialog
        # read them here and the window waited); until then the list asked for is this one's.
        self._wanted_provider: int | None = provider_id
        self._providers_listed = False
        # The provider's list needs the clinical record; without it only reception's is offered.
        self.clinical = services.may(Permission.CHART_READ)
        self.variant_combo = QComboBox()
        if self.clinical:
            self.variant_combo.addItem(
                QCoreApplication.translate("DayListDialog", "Provider's list (alerts, last dose)"), False
            )
        self.variant_combo.addItem(
            QCoreApplication.translate("DayListDialog", "Reception list (phone numbers)"), True
        )
        self.variant_combo.setEnabled(self.variant_combo.count() > 1)
        self.initials_box = QCheckBox(QCoreApplication.translate("DayListDialog", "&Initials only"))
        self.initials_box.setToolTip(
            QCoreApplication.translate(
                "DayListDialog",
                "Show patients by their initials, without phone numbers or record numbers: "
                "for a list left where others can see it",
            )
        )
        self.paper_combo = QComboBox()
        self.paper_combo.addItem(A4, "a4")
        self.paper_combo.addItem(QCoreApplication.translate("DayListDialog", "US Letter"), "letter")
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(default_paper()))

    def _build_preview(self) -> None:
        """The pages as they will print, and the zoom buttons beside them."""
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.paintRequested.connect(self._paint)
        # At the window's width: the text as large as it will print, or larger.
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
        self.preview.previewChanged.connect(self._show_zoom)
        self.fit_width_button = QToolButton()
        self.fit_width_button.setText(QCoreApplication.translate("DayListDialog", "Fit &width"))
        self.fit_width_button.setToolTip(
            QCoreApplication.translate("DayListDialog", "The page as wide as the window (Ctrl+0)")
        )
        self.fit_width_button.setCheckable(True)
        self.fit_width_button.clicked.connect(self.fit_width)
        self.whole_page_button = QToolButton()
        self.whole_page_button.setText(QCoreApplication.translate("DayListDialog", "W&hole page"))
        self.whole_page_button.setToolTip(QCoreApplication.translate("DayListDialog", "A whole page in view"))
        self.whole_page_button.setCheckable(True)
        self.whole_page_button.clicked.connect(self.whole_page)
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(QCoreApplication.translate("DayListDialog", "Smaller (Ctrl+-)"))
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_label = QLabel("")
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("000 %"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(QCoreApplication.translate("DayListDialog", "Larger (Ctrl++)"))
        self.zoom_in_button.clicked.connect(self.zoom_in)

    def _build_buttons(self) -> QPushButton:
        """Print, Save PDF and Close, and the keys that do the same; returns Close."""
        self.status = QLabel(QCoreApplication.translate("DayListDialog", "Loading…"))
        self.print_button = QPushButton(QCoreApplication.translate("DayListDialog", "&Print…"))
        self.print_button.setToolTip(QCoreApplication.translate("DayListDialog", "Print the list (Ctrl+P)"))
        self.save_button = QPushButton(QCoreApplication.translate("DayListDialog", "&Save PDF…"))
        self.save_button.setToolTip(
            QCoreApplication.translate("DayListDialog", "Save the list as a PDF file (Ctrl+S)")
        )
        close_button = QPushButton(QCoreApplication.translate("DayListDialog", "Close"))
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        self.print_button.clicked.connect(self.print_list)
        self.save_button.clicked.connect(self.save_list)
        close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_list)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_list)
        for keys, slot in (
            ("Ctrl++", self.zoom_in),
            ("Ctrl+=", self.zoom_in),  # the + key without Shift
            ("Ctrl+-", self.zoom_out),
            ("Ctrl+0", self.fit_width),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        return close_button

    def _lay_out(self, close_button: QPushButton) -> None:
        """The choices above the preview, the zoom and the buttons below it."""
        controls = QHBoxLayout()
        for label, widget in (
            (QCoreApplication.translate("DayListDialog", "&Day"), self.date_edit),
            (QCoreApplication.translate("DayListDialog", "P&rovider"), self.provider_combo),
            (QCoreApplication.translate("DayListDialog", "&List"), self.variant_combo),
            (QCoreApplication.translate("DayListDialog", "P&aper"), self.paper_combo),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            controls.addWidget(caption)
            controls.addWidget(widget)
        controls.addWidget(self.initials_box)
        controls.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for zoom in (
            self.fit_width_button,
            self.whole_page_button,
            self.zoom_out_button,
            self.zoom_label,
            self.zoom_in_button,
        ):
            buttons.addWidget(zoom)
        buttons.addSpacing(12)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)

    # --- what is shown ----------------------------------------------------------------------------

    @property
    def day(self) -> date:
        return pydate(self.date_edit.date())

    @property
    def provider_id(self) -> int | None:
        if not self._providers_listed:
            return self._wanted_provider
        chosen = self.provider_combo.currentData()
        return int(chosen) if chosen is not None else None

    @property
    def reception(self) -> bool:
        return bool(self.variant_combo.currentData())

    @property
    def names(self) -> str:
        return "initials" if self.initials_box.isChecked() else "full"

    @property
    def paper(self) -> str:
        return str(self.paper_combo.currentData())

    def reload(self) -> None:
        self.status.setText(QCoreApplication.translate("DayListDialog", "Loading…"))
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        day, provider, names = self.day, self.provider_id, self.names
        # A provider's full list serves both variants (switching re-renders it); reception's is read
        # without the clinical facts.
        reception = not self.clinical
        services = self.services
        listing = not self._providers_listed
        # Laid out on the worker too, for the variant and paper chosen now (issue 22).
        chosen = (self.reception, self.paper)
        layout, resolution = page_layout(self.paper, MARGIN_MM), self.printer.logicalDpiY()

        def work() -> tuple[DayList, list[Provider] | None, tuple[tuple[bool, str], LaidOut]]:
            providers = services.resources.providers() if listing else None
            found = services.day_lists.day_list(day, provider, reception=reception, names=names)
            return (
                found,
                providers,
                (chosen, lay_out_ahead(day_list_printout(found, chosen[0]), layout, resolution)),
            )

        self.operations.run("day-list", work, self._loaded, self._refused)

    def _loaded(self, found: tuple[DayList, list[Provider] | None, tuple[tuple[bool, str], LaidOut]]) -> None:
        day_list, providers, (chosen, ahead) = found
        if providers is not None and not self._providers_listed:
            self._list_providers(providers)
        self.day_list = day_list
        self._render(ahead if chosen == (self.reception, self.paper) else None)
        self.loaded.emit()

    def _list_providers(self, providers: list[Provider]) -> None:
        """The provider choice, with the one asked for chosen (the list shown is already theirs)."""
        self.provider_combo.blockSignals(True)
        for provider in providers:
            if provider.active:
                self.provider_combo.addItem(provider.name, provider.id)
        if self._wanted_provider is not None:
            self.provider_combo.setCurrentIndex(max(0, self.provider_combo.findData(self._wanted_provider)))
        self.provider_combo.blockSignals(False)
        self._providers_listed = True

    def _refused(self, error: ClinicError) -> None:
        self.status.setText(error.message)

    # --- zoom -------------------------------------------------------------------------------------

    def fit_width(self) -> None:
        self.preview.fitToWidth()
        self._show_zoom()

    def whole_page(self) -> None:
        self.preview.fitInView()
        self._show_zoom()

    def zoom_in(self) -> None:
        self.preview.zoomIn(ZOOM_STEP)
        self._show_zoom()

    def zoom_out(self) -> None:
        self.preview.zoomOut(ZOOM_STEP)
        self._show_zoom()

    def _show_zoom(self) -> None:
        mode = self.preview.zoomMode()
        self.fit_width_button.setChecked(mode == QPrintPreviewWidget.ZoomMode.FitToWidth)
        self.whole_page_button.setChecked(mode == QPrintPreviewWidget.ZoomMode.FitInView)
        self.zoom_label.setText(f"{round(self.preview.zoomFactor() * 100)} %")

    # --- rendering ----------------------------------------------------------------------------------

    def _render(self, ahead: LaidOut | None = None) -> None:
        if self.day_list is None:
            return
        self._ahead = ahead  # laid out on the worker for the variant and paper chosen now
        self.printout = day_list_printout(self.day_list, self.reception) if ahead is None else ahead.printout
        self.printer.setPageLayout(page_layout(self.paper, MARGIN_MM))
        self.preview.updatePreview()
        self.status.setText(self._counts(len(self.day_list.rows), self.preview.pageCount()))
        for button in (self.print_button, self.save_button):
            button.setEnabled(True)

    @staticmethod
    def _counts(rows: int, pages: int) -> str:
        """'3 appointments · 1 page', and when nothing is booked, that nothing is."""
        appointments = (
            QCoreApplication.translate("DayListDialog", "1 appointment")
            if rows == 1
            else QCoreApplication.translate("DayListDialog", "{count} appointments").format(count=rows)
        )
        paged = (
            QCoreApplication.translate("DayListDialog", "1 page")
            if pages == 1
            else QCoreApplication.translate("DayListDialog", "{count} pages").format(count=pages)
        )
        counts = f"{appointments} · {paged}"
        return (
            counts
            if rows
            else counts + " · " + QCoreApplication.translate("DayListDialog", "nothing booked on this day")
        )

    def _paint(self, printer: QPrinter) -> None:
        if self.printout is not None:
            paint_printout(self.printout, printer, self._ahead)

    # --- output -----------------------------------------------------------------------------------

    @property
    def file_stem(self) -> str:
        kind = "reception-list" if self.reception else "day-list"
        kind += "-initials" if self.names == "initials" else ""
        who = (
            f"-{self.day_list.title.replace(' ', '-').lower()}" if self.day_list and self.provider_id else ""
        )
        return f"{kind}-{self.day:%Y-%m-%d}{who}"

    def print_list(self) -> None:
        if self.printout is None or not self.print_button.isEnabled():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.paper, MARGIN_MM))
        printer.setDocName(self.file_stem)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(QCoreApplication.translate("DayListDialog", "Print day list"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                private_output(printer)
            except OSError as exc:
                self.status.setText(
                    QCoreApplication.translate("DayListDialog", "Could not print to {file}: {reason}").format(
                        file=printer.outputFileName(), reason=exc.strerror or exc
                    )
                )
                return
            self._paint(printer)
            self.status.setText(QCoreApplication.translate("DayListDialog", "Sent to the printer."))

    def save_list(self) -> None:
        if self.printout is None or not self.save_button.isEnabled():
            return
        suggested = f"{self.file_stem}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("DayListDialog", "Save day list as PDF"),
            suggested,
            QCoreApplication.translate("DayListDialog", "PDF documents (*.pdf)"),
        )
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> int:
        """Write the list as shown to a PDF file; returns its pages."""
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        assert self.printout is not None
        try:
            pages = save_printout(self.printout, path, page_layout(self.paper, MARGIN_MM))
        except OSError as exc:
            self.status.setText(
                QCoreApplication.translate("DayListDialog", "Could not save {file}: {reason}").format(
                    file=Path(path).name, reason=exc.strerror or exc
                )
            )
            return 0
        saved = (
            QCoreApplication.translate("DayListDialog", "Saved {file} (1 page).")
            if pages == 1
            else QCoreApplication.translate("DayListDialog", "Saved {file} ({count} pages).")
        )
        self.status.setText(saved.format(file=Path(path).name, count=pages))
        return pages


ZOOM_STEP = 1.25


def default_size() -> tuple[int, int]:
    """1000 x 700, or less on a smaller screen (a 1366 x 768 laptop keeps room for its panel)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return 1000, 700
    room = screen.availableGeometry()
    return min(1000, room.width() - 40), min(700, room.height() - 60)


def open_day_list(
    parent: QWidget, services: ClinicServices, operations: Operations, day: date, provider_id: int | None
) -> DayListDialog:
    dialog = DayListDialog(services, operations, day, provider_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
