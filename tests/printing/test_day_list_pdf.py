"""The printed day list, read back from the PDF: every listed appointment on the pages, nothing
cancelled, the paper size asked for, each provider from a new page, a long day over several pages
with the column headings repeated and "Page i of n" on each."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from clinic_desktop.domain.date_formats import Clock, format_time
from clinic_desktop.printing.day_list import write_day_list_pdf
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.services.patients import PatientInput
from tests.day_list_clinic import DAY, build

A4 = (595, 842)  # points
LETTER = (612, 792)


def pages_text(path: Path) -> list[str]:
    """Each page's text with its whitespace folded (the PDF spaces words with tabs and breaks, and
    sometimes after the dash before an end time)."""
    return [" ".join(page.extract_text().split()).replace("– ", "–") for page in PdfReader(path).pages]


def page_size(path: Path) -> tuple[int, int]:
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    return build(services)


def test_a_providers_list_on_a4_holds_the_days_appointments_and_alerts(
    clinic: ClinicServices, tmp_path: Path
) -> None:
    path = tmp_path / "lind.pdf"
    pages = write_day_list_pdf(clinic.day_lists.day_list(DAY, 1), path, paper="a4")
    text = pages_text(path)
    assert pages == len(text) == 1 and page_size(path) == A4
    page = text[0]
    assert "Day list — Dr Lind — Tuesday, November 24, 2026" in page  # a US clinic's order
    assert "9:00 AM –9:30 AM Ines Ortega" in page and "9:30 AM –10:00 AM Tom Baker" in page  # a US clinic
    assert page.index("Ines Ortega") < page.index("Tom Baker")
    assert "Ana Ruiz" not in page  # Dr Okafor's
    assert "Rosa Diaz" not in page and "1 cancelled, not listed" in page
    for fact in (
        "45 y",
        "PREEMPT 155 U",
        "25 Aug 2026 · Botox 155 U",
        "Allergy: Latex",
        "Headache diary due",
        "Anticoagulant",
        "Consent expired",
        "Bring the MRI",
        "First treatment",
    ):
        assert fact in page, fact  # fmt: skip
    assert "(212) 555-0123" not in page  # phone numbers are reception's
    assert "Page 1 of 1" in page


def test_the_reception_list_on_letter_has_phones_not_clinical_alerts(
    clinic: ClinicServices, tmp_path: Path
) -> None:
    path = tmp_path / "reception.pdf"
    write_day_list_pdf(clinic.day_lists.day_list(DAY), path, reception=True, paper="letter")
    page = " ".join(pages_text(path))
    assert page_size(path) == LETTER
    assert "Reception list — All providers" in page
    assert "(212) 555-0123" in page and "(212) 555-0188" in page and "no phone" in page
    assert page.index("Ines Ortega") < page.index("Tom Baker") < page.index("Ana Ruiz")
    assert "Consent expired" in page  # reception hands out the form
    assert "Latex" not in page and "Headache diary" not in page


def test_each_provider_starts_a_new_page(clinic: ClinicServices, tmp_path: Path) -> None:
    path = tmp_path / "all.pdf"
    assert write_day_list_pdf(clinic.day_lists.day_list(DAY), path, paper="a4") == 2
    first, second = pages_text(path)
    assert "Dr Lind" in first and "Ines Ortega" in first and "Ana Ruiz" not in first
    assert second.startswith("Day list — Dr Okafor") and "Ana Ruiz" in second and "Page 2 of 2" in second


def test_a_busy_day_runs_over_pages_with_headings_repeated(clinic: ClinicServices, tmp_path: Path) -> None:
    s = clinic
    s.resources.add_type("Quick check", 15)
    starts = [s.time.parse_local(f"2026-11-24T{hour:02d}:{minute:02d}") for hour in (10, 11, 13, 14, 15, 16)
              for minute in (0, 15, 30, 45)]  # fmt: skip
    names = []
    for number, start in enumerate(starts):  # 24 more for Dr Lind: 26 in all
        patient = s.patients.add(PatientInput(f"Pat{number:02d}", "Busyday", "1975-05-05")).record.id
        s.appointments.book(BookingRequest(patient, 1, "Quick check", start))
        names.append(f"Pat{number:02d} Busyday")
    path = tmp_path / "busy.pdf"
    pages = write_day_list_pdf(s.day_lists.day_list(DAY, 1), path, paper="letter")
    text = pages_text(path)
    assert pages == len(text) >= 2
    everything = " ".join(text)
    assert len(s.day_lists.day_list(DAY, 1).rows) == 26
    for name in names:
        assert everything.count(name) == 1, name
    for number, page in enumerate(text, start=1):
        assert "Time Patient Indication · plan Last dose Alerts · notes" in page  # the heading row
        assert f"Page {number} of {pages}" in page


@pytest.mark.parametrize("reception", [False, True])
def test_a_list_with_initials_holds_no_names_phones_or_record_numbers(
    clinic: ClinicServices, tmp_path: Path, reception: bool
) -> None:
    path = tmp_path / "counter.pdf"
    day_list = clinic.day_lists.day_list(DAY, reception=reception, names="initials")
    pages = write_day_list_pdf(day_list, path, paper="a4")
    text = pages_text(path)
    everything = " ".join(text)
    for initials in ("I. O.", "T. B.", "A. R."):
        assert initials in everything, initials
    for name in ("Ines", "Ortega", "Tom", "Baker", "Ana Ruiz"):
        assert name not in everything, name
    for phone in ("(212) 555-0123", "(212) 555-0188", "555-01"):
        assert phone not in everything
    assert "MRN" not in everything and all(
        r.mrn not in everything for r in clinic.day_lists.day_list(DAY).rows
    )
    assert "Names are shown as initials; phone numbers and record numbers are left out." in everything
    assert len(text) == pages and all("names shown as initials" in page for page in text)  # each footer
    if reception:
        assert (
            "Reception list" in everything and "Phone" not in everything and "Consent expired" in everything
        )
    else:
        assert "Allergy: Latex" in everything and "PREEMPT 155 U" in everything


def test_a_list_made_for_reception_prints_as_reception_s_whatever_is_asked(
    clinic: ClinicServices, tmp_path: Path
) -> None:
    path = tmp_path / "reception.pdf"
    write_day_list_pdf(clinic.day_lists.day_list(DAY, 1, reception=True), path, reception=False, paper="a4")
    page = " ".join(pages_text(path))
    assert "Reception list — Dr Lind" in page and "(212) 555-0123" in page
    assert "First treatment" not in page and "Last dose" not in page  # not a provider's list with gaps


def sixty(s: ClinicServices) -> ClinicServices:
    """The day list clinic's Tuesday filled to 60 listed appointments: 15-minute checks all day
    for both providers, every fourth with a note long enough to run over three lines, so rows of
    many heights meet the page breaks wherever they fall."""
    s.resources.add_type("Quick check", 15)
    busy = {1: ("09:00", "09:15", "09:30", "09:45"), 2: ("10:00", "10:15")}
    number = 0
    for provider, skip in busy.items():
        for hour in (8, 9, 10, 11, 13, 14, 15, 16):
            for minute in (0, 15, 30, 45):
                at = f"{hour:02d}:{minute:02d}"
                if at in skip or (provider == 2 and at == "16:45"):
                    continue
                patient = s.patients.add(
                    PatientInput(f"Pat{number:02d}", "Sixty", "1975-05-05", phone=f"(212) 555-{number:04d}")
                ).record.id
                notes = f"Note {number:02d}" + (" about parking, the lift and the forms to bring" * 3) * (
                    number % 4 == 0
                )
                s.appointments.book(
                    BookingRequest(
                        patient, provider, "Quick check", s.time.parse_local(f"2026-11-24T{at}"), notes=notes
                    )
                )
                number += 1
    return s


@pytest.mark.parametrize(
    ("reception", "paper"), [(False, "a4"), (False, "letter"), (True, "letter"), (True, "a4")]
)
def test_no_appointment_is_split_across_a_page_break_on_a_60_appointment_day(
    clinic: ClinicServices, tmp_path: Path, reception: bool, paper: str
) -> None:
    day_list = sixty(clinic).day_lists.day_list(DAY)
    assert len(day_list.rows) == 60
    path = tmp_path / "sixty.pdf"
    pages = write_day_list_pdf(day_list, path, reception=reception, paper=paper)
    text = pages_text(path)
    assert pages == len(text) >= 3
    for row in day_list.rows:
        holding = [n for n, page in enumerate(text) if row.patient_name in page]
        assert len(holding) == 1, row.patient_name
        page = text[holding[0]]
        # its time, name and second line (age and MRN), its end time and its note: all on that page
        start, end = format_time(row.start, Clock.H12), format_time(row.end, Clock.H12)
        first = f"{start} –{end} {row.patient_name} {row.age} y · MRN {row.mrn}"
        assert first.replace(" ", "") in page.replace(" ", ""), (first, holding)  # spaced unevenly
        if row.notes:
            assert " ".join(row.notes.split()) in page, row.patient_name


def test_each_page_s_footer_names_the_list_the_page_shows(clinic: ClinicServices, tmp_path: Path) -> None:
    day_list = sixty(clinic).day_lists.day_list(DAY)
    path = tmp_path / "all.pdf"
    write_day_list_pdf(day_list, path, paper="a4")
    text = pages_text(path)
    assert len(text) >= 4
    for number, page in enumerate(text, start=1):
        assert "All providers" not in page  # each page shows one provider's list, and says so
        heading = page.split(" — Tuesday, November 24, 2026")[0]
        assert heading in ("Day list — Dr Lind", "Day list — Dr Okafor"), heading
        footer = (
            f"{heading} — Tuesday, November 24, 2026 · printed 11/23/2026 10:00 AM "
            f"Page {number} of {len(text)}"
            f" Audit trail anchor: {day_list.anchor}"  # the footer's second line
        )
        assert page.endswith(footer), page[-220:]
    assert "(continued)" in " ".join(text)  # a provider's later pages say whose list goes on
    path = tmp_path / "reception.pdf"
    write_day_list_pdf(day_list, path, reception=True, paper="a4")
    for page in pages_text(path):
        assert (
            page.startswith("Reception list — All providers")
            and "Reception list — All providers — Tuesday" in page[-250:]
        )


def test_a_phone_number_never_wraps(clinic: ClinicServices) -> None:
    from PySide6.QtGui import QFont

    from clinic_desktop.printing.day_list import MARGIN_MM, day_list_printout
    from clinic_desktop.printing.pages import LAYOUT_DPI, block_document, layout_ruler, page_layout

    long_number = "+44 20 7946 0958"  # a visitor's UK number: as long as a reception list meets
    visitor = clinic.patients.add(
        PatientInput("Olivia", "Fairweather-Smythe", "1988-02-02", phone=long_number)
    )
    start = clinic.time.parse_local("2026-11-24T11:00")
    clinic.appointments.book(BookingRequest(visitor.record.id, 1, "Consultation", start))
    printout = day_list_printout(clinic.day_lists.day_list(DAY), reception=True)
    width = page_layout("letter", MARGIN_MM).paintRectPixels(LAYOUT_DPI).width()  # the narrower paper
    font = QFont()
    font.setPointSizeF(printout.point_size)
    found = []
    for html in printout.sections[0].blocks:
        document = block_document(html, font, width, layout_ruler())
        document.size()  # laid out
        block = document.begin()
        while block.isValid():
            text = block.text().replace("\xa0", " ")
            if text in (long_number, "(212) 555-0123", "(212) 555-0188"):
                assert block.layout().lineCount() == 1, text
                found.append(text)
            block = block.next()
    assert sorted(found) == sorted([long_number, "(212) 555-0123", "(212) 555-0188"])


def test_a_treatment_booked_too_early_is_flagged_on_both_lists(
    clinic: ClinicServices, tmp_path: Path
) -> None:
    """Ines had PREEMPT on 25 Aug 2026; a second migraine treatment on 24 Nov (day 91) is fine, and
    one more on Thursday 26 Nov, booked with a reason, comes 2 days after it."""
    start = clinic.time.parse_local("2026-11-26T09:00")
    clinic.appointments.book(BookingRequest(1, 1, "Migraine treatment", start, override_reason="trial"))
    flag = "Too early: treatment booked 24 Nov 2026, safe from 16 Feb 2027"
    for reception in (False, True):
        path = tmp_path / f"{reception}.pdf"
        write_day_list_pdf(clinic.day_lists.day_list(DAY.replace(day=26), 1, reception=reception), path)
        [page] = pages_text(path)
        assert flag in page
    path = tmp_path / "tuesday.pdf"
    write_day_list_pdf(clinic.day_lists.day_list(DAY, 1), path)
    assert "Too early" not in pages_text(path)[0]


def test_every_page_carries_the_audit_trails_anchor(clinic: ClinicServices, tmp_path: Path) -> None:
    """A copy of the newest audit entry's hash on paper, outside the database (audit verify --anchor)."""
    day_list = clinic.day_lists.day_list(DAY)
    anchor = clinic.audit.current_anchor()
    assert anchor is not None and day_list.anchor == anchor.text
    path = tmp_path / "all.pdf"
    pages = write_day_list_pdf(day_list, path, paper="letter")
    assert pages >= 2
    for number, page in enumerate(pages_text(path), start=1):
        assert page.endswith(f"Page {number} of {pages} Audit trail anchor: {anchor.text}"), page[-200:]
