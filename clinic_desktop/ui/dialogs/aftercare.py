"""The aftercare sheet for one treatment: previewed, printed, or saved as a PDF.

The words come from domain/aftercare.py (one source for every language); this module only lays
them out with the treatment's details as an HTML QTextDocument, which prints on any printer and
writes a PDF through QPdfWriter without QtPdf or a browser engine.

The treatments tab calls ``open_aftercare(parent, services, chart, treatment)``. The sheet opens in
the patient's language (``PatientRecord.language``, blank meaning the clinic's own) when the clinic
has a translation for it, else in English; ``language`` overrides both.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QPalette, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.aftercare import DEFAULT_LANGUAGE, LANGUAGES, AftercareSheet, aftercare_sheet
from clinic_desktop.domain.products import PRODUCTS
from clinic_desktop.domain.treatment_record import SiteDose, TreatmentRecord, total_points
from clinic_desktop.domain.units import format_units
from clinic_desktop.printing.pages import page_layout, private_output, write_pdf
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientChart
from clinic_desktop.ui.appearance import readable_ink
from clinic_desktop.ui.keys import ButtonBox
from clinic_desktop.ui.names import set_name

URGENT_COLOUR = "#b3261e"
LABEL_COLOUR = "#555555"
Ink = Callable[[str], str]  # a fixed colour as it is drawn: as it is on paper, readable on screen


def paper_ink(colour: str) -> str:
    """On paper (print, PDF) the colours stay as chosen: the page is white."""
    return colour


def screen_ink(colour: str) -> str:
    """In the preview the colours are made readable on the palette's base (high contrast)."""
    return readable_ink(colour, QPalette.ColorRole.Base)


def sites_summary(sites: tuple[SiteDose, ...] | list[SiteDose], sheet: AftercareSheet) -> str:
    """'31 injections: corrugator, procerus, frontalis, …' (each muscle once, in charted order).
    Muscle names stay as charted: the clinic's own words, not translated."""
    muscles = list(dict.fromkeys(s.muscle.strip() for s in sites if s.muscle.strip()))
    points = total_points(sites)
    head = f"{points} {sheet.labels['injections']}" if points else ""
    return ": ".join(part for part in (head, ", ".join(muscles)) if part)


def product_text(treatment: TreatmentRecord) -> str:
    info = PRODUCTS.get(treatment.product)
    return f"{info.brand} ({info.label})" if info is not None else treatment.product.value


def aftercare_html(
    treatment: TreatmentRecord,
    patient_name: str,
    language: str = DEFAULT_LANGUAGE,
    clinic_name: str = "",
    ink: Ink = paper_ink,
) -> str:
    """The sheet in the patient's language (domain/aftercare.py), its colours through ``ink``."""
    sheet = aftercare_sheet(language)
    muted, urgent = ink(LABEL_COLOUR), ink(URGENT_COLOUR)
    labels = sheet.labels
    details = (
        (labels["patient"], patient_name),
        (labels["date"], sheet.format_date(treatment.performed_on)),
        (labels["product"], product_text(treatment)),
        (labels["total"], f"{format_units(treatment.total_units)} {labels['units']}"),
        (labels["sites"], sites_summary(treatment.sites, sheet)),
    )
    rows = "".join(
        f"<tr><td style='padding: 3px 14px 3px 0; color: {muted};'>{escape(label)}</td>"
        f"<td style='padding: 3px 0;'><b>{escape(value)}</b></td></tr>"
        for label, value in details
    )
    advice = "".join(f"<li style='margin-bottom: 6px;'>{escape(item)}</li>" for item in sheet.advice)
    clinic = f"<p style='color: {muted}; margin: 0;'>{escape(clinic_name)}</p>" if clinic_name else ""
    return (
        f"<html lang='{sheet.language}'><head><title>{escape(sheet.title)}</title></head><body>"
        f"{clinic}"
        f"<h1 style='font-size: 20pt; margin-top: 2px;'>{escape(sheet.title)}</h1>"
        f"<table cellspacing='0' style='margin-bottom: 8px;'>{rows}</table>"
        f"<h2 style='font-size: 14pt; margin-top: 16px;'>{escape(sheet.advice_heading)}</h2>"
        f"<ul style='font-size: 12pt;'>{advice}</ul>"
        f"<h2 style='font-size: 14pt; margin-top: 16px;'>{escape(sheet.call_heading)}</h2>"
        f"<p style='font-size: 12pt;'>{escape(sheet.call_clinic)}</p>"
        f"<table width='100%' cellspacing='0' cellpadding='8' border='1' "
        f"style='border-color: {urgent}; border-style: solid; margin-top: 6px;'>"
        f"<tr><td style='font-size: 12pt; color: {urgent};'><b>{escape(sheet.urgent)}</b></td>"
        "</tr></table>"
        f"<p style='font-size: 12pt; margin-top: 22px;'>{escape(labels['clinic_phone'])}: "
        "______________________________</p>"
        "</body></html>"
    )


def aftercare_document(
    treatment: TreatmentRecord,
    patient_name: str,
    language: str = DEFAULT_LANGUAGE,
    clinic_name: str = "",
    ink: Ink = paper_ink,
) -> QTextDocument:
    """The sheet as a document ready to print or save (``ink``: screen_ink for a preview)."""
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(11)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(aftercare_html(treatment, patient_name, language, clinic_name, ink))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, aftercare_sheet(language).title)
    return document


def save_pdf(document: QTextDocument, path: str | Path) -> None:
    """The sheet as a PDF, as Qt prints it (its own inner margin and page number)."""

    def paint(writer: QPdfWriter) -> int:
        document.print_(writer)
        return 0  # Qt does not say how many pages it printed, and the sheet has no use for it

    title = document.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
    write_pdf(path, title, page_layout(), paint)


class AftercareDialog(QDialog):
    """Preview the sheet in the chosen language; print it or save it as a PDF."""

    def __init__(
        self,
        treatment: TreatmentRecord,
        patient_name: str,
        language: str = DEFAULT_LANGUAGE,
        clinic_name: str = "",
        file_stem: str = "aftercare",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.treatment = treatment
        self.patient_name = patient_name
        self.clinic_name = clinic_name
        self.file_stem = file_stem
        self.setWindowTitle(
            QCoreApplication.translate("AftercareDialog", "Aftercare sheet — {name}").format(
                name=patient_name
            )
        )
        self.resize(720, 800)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(aftercare_sheet(language).language), 0))
        self._first_language = self.language_code
        self.language.currentIndexChanged.connect(self._rebuild)
        language_label = QLabel(QCoreApplication.translate("AftercareDialog", "&Language:"))
        language_label.setBuddy(self.language)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        if language.strip() and aftercare_sheet(language).language != language.strip().lower()[:2]:
            self.note.setText(
                QCoreApplication.translate(
                    "AftercareDialog",
                    "There is no translation for “{language}” yet: the sheet is in English.",
                ).format(language=language)
            )
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        set_name(
            self.preview,
            QCoreApplication.translate("AftercareDialog", "Aftercare sheet"),
            QCoreApplication.translate("AftercareDialog", "What will be printed, in the language chosen"),
        )
        self.print_button = QPushButton(QCoreApplication.translate("AftercareDialog", "&Print…"))
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button = QPushButton(QCoreApplication.translate("AftercareDialog", "&Save PDF…"))
        self.pdf_button.clicked.connect(self.save_sheet)
        buttons = ButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language)
        top.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.document = QTextDocument()
        self._rebuild()
        self.print_button.setDefault(True)

    @property
    def language_code(self) -> str:
        return str(self.language.currentData())

    def _rebuild(self) -> None:
        if self.language_code != self._first_language:
            self.note.hide()
        self.document = aftercare_document(
            self.treatment, self.patient_name, self.language_code, self.clinic_name
        )
        # The same sheet on screen, its colours readable in the palette in force (the paper's stay).
        preview = aftercare_document(
            self.treatment, self.patient_name, self.language_code, self.clinic_name, screen_ink
        )
        preview.setParent(self)
        preview.setDocumentMargin(24)
        self.preview.setDocument(preview)

    def print_sheet(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout())
        printer.setDocName(f"{self.file_stem}.pdf")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(QCoreApplication.translate("AftercareDialog", "Print aftercare sheet"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            private_output(printer)
            self.document.print_(printer)

    def save_sheet(self) -> None:
        suggested = f"{self.file_stem}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("AftercareDialog", "Save aftercare sheet as PDF"),
            suggested,
            QCoreApplication.translate("AftercareDialog", "PDF documents (*.pdf)"),
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            save_pdf(self.document, path)


def open_aftercare(
    parent: QWidget | None,
    services: ClinicServices,
    chart: PatientChart,
    treatment: TreatmentRecord,
    language: str | None = None,
) -> AftercareDialog:
    """Open the sheet for a treatment of the charted patient (non-modal; returned for tests)."""
    record = chart.record
    chosen = language if language is not None else getattr(record, "language", "") or DEFAULT_LANGUAGE
    dialog = AftercareDialog(
        treatment,
        f"{record.given_name} {record.family_name}",
        chosen,
        services.clinic.settings().name,
        f"aftercare-{record.mrn}-{treatment.performed_on:%Y-%m-%d}",
        parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
