"""Print the day list: choose the day, the provider (or all) and the variant, see the pages as they
will print, then print them or save a PDF.

The facts are gathered off the GUI thread (services.day_lists); the pages are laid out by
clinic_desktop.printing, the same code the command line's `schedule day --pdf` uses.

Who may see what is the service's rule: a user who may not read the clinical record is offered
only the reception list, and the list is then fetched without the clinical facts at all.
"Initials only" fetches the list again with names as initials and no phone numbers or MRNs
(the service blanks them, so the preview, the print and the PDF all hold the same)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
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
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.day_list import DayList
from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.printing.day_list import MARGIN_MM, day_list_document, footer
from clinic_desktop.printing.pages import default_paper, page_layout, paint_pages, save_pdf
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.dates import pydate, qdate
from clinic_desktop.ui.operations import Operations


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
        self.document: QTextDocument | None = None
        self.setWindowTitle("Print day list")
        self.resize(1000, 760)

        self.date_edit = QDateEdit(qdate(day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.provider_combo = QComboBox()
        self.provider_combo.addItem("All providers", None)
        for provider in services.resources.providers():
            if provider.active:
                self.provider_combo.addItem(provider.name, provider.id)
        if provider_id is not None:
            self.provider_combo.setCurrentIndex(max(0, self.provider_combo.findData(provider_id)))
        # The provider's list needs the clinical record; without it only reception's is offered.
        self.clinical = services.may(Permission.CHART_READ)
        self.variant_combo = QComboBox()
        if self.clinical:
            self.variant_combo.addItem("Provider's list (alerts, last dose)", False)
        self.variant_combo.addItem("Reception list (phone numbers)", True)
        self.variant_combo.setEnabled(self.variant_combo.count() > 1)
        self.initials_box = QCheckBox("&Initials only")
        self.initials_box.setToolTip(
            "Show patients by their initials, without phone numbers or record numbers: "
            "for a list left where others can see it"
        )
        self.paper_combo = QComboBox()
        self.paper_combo.addItem("A4", "a4")
        self.paper_combo.addItem("US Letter", "letter")
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(default_paper()))

        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.paintRequested.connect(self._paint)
        self.status = QLabel("Loading…")
        self.print_button = QPushButton("&Print…")
        self.print_button.setToolTip("Print the list (Ctrl+P)")
        self.save_button = QPushButton("&Save PDF…")
        self.save_button.setToolTip("Save the list as a PDF file (Ctrl+S)")
        close_button = QPushButton("Close")
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        self.print_button.clicked.connect(self.print_list)
        self.save_button.clicked.connect(self.save_list)
        close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_list)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_list)

        controls = QHBoxLayout()
        for label, widget in (
            ("&Day", self.date_edit),
            ("P&rovider", self.provider_combo),
            ("&List", self.variant_combo),
            ("P&aper", self.paper_combo),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            controls.addWidget(caption)
            controls.addWidget(widget)
        controls.addWidget(self.initials_box)
        controls.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)

        self.date_edit.dateChanged.connect(lambda _: self.reload())
        self.provider_combo.currentIndexChanged.connect(lambda _: self.reload())
        self.variant_combo.currentIndexChanged.connect(lambda _: self._render())
        self.paper_combo.currentIndexChanged.connect(lambda _: self._render())
        self.initials_box.toggled.connect(lambda _: self.reload())
        self.reload()

    # --- what is shown ----------------------------------------------------------------------------

    @property
    def day(self) -> date:
        return pydate(self.date_edit.date())

    @property
    def provider_id(self) -> int | None:
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
        self.status.setText("Loading…")
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        day, provider, names = self.day, self.provider_id, self.names
        # A provider's full list serves both variants (switching re-renders it); reception's is read
        # without the clinical facts.
        reception = not self.clinical
        self.operations.run(
            "day-list",
            lambda: self.services.day_lists.day_list(day, provider, reception=reception, names=names),
            self._loaded,
            self._refused,
        )

    def _loaded(self, day_list: DayList) -> None:
        self.day_list = day_list
        self._render()
        self.loaded.emit()

    def _refused(self, error: ClinicError) -> None:
        self.status.setText(error.message)

    def _render(self) -> None:
        if self.day_list is None:
            return
        self.document = day_list_document(self.day_list, self.reception)
        self.printer.setPageLayout(page_layout(self.paper, MARGIN_MM))
        self.preview.updatePreview()
        rows = len(self.day_list.rows)
        pages = self.preview.pageCount()
        self.status.setText(
            f"{rows} appointment{'s' if rows != 1 else ''} · {pages} page{'s' if pages != 1 else ''}"
            + (" · nothing booked on this day" if not rows else "")
        )
        for button in (self.print_button, self.save_button):
            button.setEnabled(True)

    def _paint(self, printer: QPrinter) -> None:
        if self.document is not None and self.day_list is not None:
            paint_pages(self.document, printer, footer(self.day_list, self.reception))

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
        if self.document is None or not self.print_button.isEnabled():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.paper, MARGIN_MM))
        printer.setDocName(self.file_stem)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Print day list")
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._paint(printer)
            self.status.setText("Sent to the printer.")

    def save_list(self) -> None:
        if self.document is None or not self.save_button.isEnabled():
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, "Save day list as PDF", f"{self.file_stem}.pdf", "PDF documents (*.pdf)"
        )
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> int:
        """Write the list as shown to a PDF file; returns its pages."""
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        assert self.document is not None and self.day_list is not None
        try:
            pages = save_pdf(
                self.document, path, page_layout(self.paper, MARGIN_MM), footer(self.day_list, self.reception)
            )
        except OSError as exc:
            self.status.setText(f"Could not save {Path(path).name}: {exc.strerror or exc}")
            return 0
        self.status.setText(f"Saved {Path(path).name} ({pages} page{'s' if pages != 1 else ''}).")
        return pages


def open_day_list(
    parent: QWidget, services: ClinicServices, operations: Operations, day: date, provider_id: int | None
) -> DayListDialog:
    dialog = DayListDialog(services, operations, day, provider_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
