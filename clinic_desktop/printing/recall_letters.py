"""Recall letters: one letter per patient due for re-treatment, each on its own page, inviting them
to book (with the slot the follow-up engine keeps for them, when there is one).

The window prints them (the recall list's "Print recall letters…") and the command line writes them
to a PDF file (`recalls letters --pdf FILE`); both lay out the same document, made here.

The letters are for patients, and written in English whatever the window's language: the record's
language chooses only the aftercare sheet's and the messages' words (domain/aftercare.py, the message
templates), and no letter in another language exists yet. So nothing here goes through the window's
catalogues (they would write to the patient in the receptionist's language)."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtGui import QFont, QPdfWriter, QTextDocument

from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.date_formats import PLAIN, Writing
from clinic_desktop.printing.pages import ensure_application, page_layout, write_pdf
from clinic_desktop.services.followups import RecallRow

TITLE = "Recall letters"
LETTER_POINT_SIZE = 11


def indication_words(indication: Indication) -> str:
    """The indication inside a sentence: 'chronic migraine', but 'TMJ disorder / bruxism'."""
    label = indication.label
    return label[0].lower() + label[1:] if len(label) > 1 and label[1].islower() else label


def letter_html(
    row: RecallRow,
    clinic_name: str,
    today: date,
    clinic_time: ClinicTime,
    address: str = "",
    new_page: bool = False,
    writing: Writing = PLAIN,
) -> str:
    """One letter; ``new_page`` starts it on a page of its own (Qt's text layout honours a page
    break on a paragraph, not on a <div> around the letter: that broke after its first line)."""
    brk = "; page-break-before: always" if new_page else ""
    what = escape(indication_words(row.indication))
    name = escape(row.patient_name)
    clinic = escape(clinic_name)
    address_lines = "<br>".join(escape(line.strip()) for line in address.replace(",", "\n").splitlines())
    tense = "was" if row.due_from < today else "is"
    parts = [
        f"<p align='right' style='margin-top: 0{brk}'><b>{clinic}</b><br>{writing.words(today)}</p>",
        f"<p>{name}<br>{address_lines}</p>" if address_lines else "",
        f"<p style='margin-top: 24px'>Dear {name},</p>",
        f"<p>It is time to book your next {what} treatment. Your last one was on "
        f"{writing.words(row.last_treatment)}, and the next {tense} due from {writing.words(row.due_from)}: "
        "the effect of each treatment fades after a few months, so booking on time helps keep "
        "the pain from coming back.</p>",
    ]
    if row.proposed is not None:
        local = clinic_time.to_local(row.proposed.start)
        slot = f"{writing.day_words(local.date())} at {writing.clock_time(local)}"
        parts.append(
            f"<p>We have proposed <b>{escape(slot)} with {escape(row.proposed.provider_name)}</b>. "
            "Please call us to confirm it, or to choose another time: the time is only held for you "
            "once you have confirmed it.</p>"
        )
    else:
        parts.append("<p>Please call us to book a time that suits you.</p>")
    parts.append(
        "<p>If you have already booked, or have decided not to continue the treatment, please let "
        "us know so that we do not write again.</p>"
        f"<p style='margin-top: 24px'>Kind regards,<br><br>{clinic}</p>"
    )
    return "".join(parts)


def letters_document(
    rows: list[RecallRow],
    clinic_name: str = "",
    today: date | None = None,
    clinic_time: ClinicTime | None = None,
    addresses: dict[int, str] | None = None,
    writing: Writing = PLAIN,
) -> QTextDocument:
    """One recall letter per row, each on its own page, ready to print."""
    day = today or date.today()
    zone = clinic_time or ClinicTime()
    found = addresses or {}
    pages = [
        letter_html(row, clinic_name, day, zone, found.get(row.patient_id, ""), number > 0, writing)
        for number, row in enumerate(rows)
    ]
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(LETTER_POINT_SIZE)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    letters = f"<html><body>{''.join(pages)}</body></html>"
    document.setHtml(letters)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, TITLE)
    return document


def write_letters_pdf(
    rows: list[RecallRow],
    path: str | Path,
    clinic_name: str,
    today: date,
    clinic_time: ClinicTime,
    addresses: dict[int, str] | None = None,
    paper: str | None = None,
    writing: Writing = PLAIN,
) -> None:
    """The letters as a PDF file (owner-only: it names patients), laid out as the window prints
    them: A4 or US Letter (the locale's when not given), each letter from a new page."""
    ensure_application()  # fonts and text layout, off screen from the command line
    document = letters_document(rows, clinic_name, today, clinic_time, addresses, writing)

    def paint(writer: QPdfWriter) -> int:
        document.print_(writer)
        return len(rows)

    write_pdf(path, TITLE, page_layout(paper), paint)
