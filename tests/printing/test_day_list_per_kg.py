"""The printed day list of a child's visit (issue 21), read back from the PDF: the last dose with
its units per kilogram at the weight it was given at, and the reminder to weigh the child when the
weight on record is over 90 days old by the visit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.domain.treatment_record import SiteDose
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.printing.day_list import write_day_list_pdf
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.services.patients import PatientInput

VISIT = date(2026, 12, 1)


def test_the_printed_list_gives_a_childs_last_dose_per_kg_and_asks_to_weigh(
    services: ClinicServices, tmp_path: Path
) -> None:
    s = services
    s.clinic.set_setting("timezone", "America/New_York")
    lind = s.resources.add_provider("Dr Lind")
    s.resources.set_hours(lind.id, 1, parse_blocks("08:00-12:00"))
    s.resources.add_type("Spasticity treatment", 30, None, "upper_limb_spasticity")
    maya = s.patients.add(PatientInput("Maya", "Reyes", "2019-05-02")).record.id
    s.treatments.add_lot(Product.ONABOTULINUMTOXINA, "C1", date(2027, 6, 30), 5)
    s.patients.add_weight(maya, "20", "2026-08-31")
    s.treatments.record(
        TreatmentDraft(
            maya, lind.id, s.time.parse_local("2026-09-01T09:00"), Indication.UPPER_LIMB_SPASTICITY,
            Product.ONABOTULINUMTOXINA, "C1", (SiteDose("biceps brachii", Side.LEFT, Decimal(120), 4),),
        )
    )  # fmt: skip
    s.appointments.book(
        BookingRequest(maya, lind.id, "Spasticity treatment", s.time.parse_local("2026-12-01T09:00"))
    )
    path = tmp_path / "day.pdf"
    write_day_list_pdf(s.day_lists.day_list(VISIT, lind.id), path, paper="letter")
    page = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)
    assert "Maya Reyes" in page
    assert "01 Sep 2026 · Botox 120 U (6 U/kg at 20 kg)" in page
    assert "Weigh before treatment: under 18, no weight within 90 days (last 20 kg on 31 Aug 2026)" in page
