"""`schedule day DATE --pdf FILE`: the printable day list from the command line (no window)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from clinic_desktop.services import ClinicServices, Clock
from tests.clinic_users import RECEPTION, new_clinic, run
from tests.conftest import FIXED_NOW
from tests.day_list_clinic import build

# In-process, printing would make a bare QGuiApplication that the widget tests after it could not
# use: the session's QApplication is made first.
pytestmark = pytest.mark.usefixtures("qapp")


def make_clinic(tmp_path: Path) -> str:
    path = str(tmp_path / "clinic.db")
    services = ClinicServices.open(path, Clock(FIXED_NOW))
    try:
        build(services)
    finally:
        services.close()
    return new_clinic(path)  # its accounts: init --manager on a clinic that has none yet


def test_schedule_day_writes_the_pdf_and_reports_it(tmp_path: Path) -> None:
    db = make_clinic(tmp_path)
    target = tmp_path / "lists" / "tuesday.pdf"
    target.parent.mkdir()
    code, out, err = run("--db", db, "--now", "2026-11-23T10:00", "schedule", "day", "2026-11-24",
                         "--provider", "1", "--pdf", str(target), "--paper", "letter", "--json")  # fmt: skip
    assert code == 0, err
    assert json.loads(out) == {"file": str(target), "pages": 1, "appointments": 2, "date": "2026-11-24"}
    text = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "Ines Ortega" in text and "Tom Baker" in text and "Ana Ruiz" not in text
    assert [p.name for p in target.parent.iterdir()] == ["tuesday.pdf"]  # no partial file left

    code, out, err = run("--db", db, "schedule", "day", "2026-11-24", "--reception", "--pdf",
                         str(tmp_path / "reception.pdf"), user=RECEPTION)  # fmt: skip
    assert code == 0 and out == "" and "reception list" in err and "3 appointments" in err
    # The provider's list shows the clinical record (doses, alerts): not reception's to print.
    code, out, err = run("--db", db, "schedule", "day", "2026-11-24", "--pdf", str(tmp_path / "day.pdf"),
                         user=RECEPTION)  # fmt: skip
    assert (code, out) == (1, "") and "needs the provider or manager role" in err
    assert not (tmp_path / "day.pdf").exists()


def test_schedule_day_pdf_refusals(tmp_path: Path) -> None:
    db = make_clinic(tmp_path)
    code, out, err = run("--db", db, "schedule", "day", "2026-11-24", "--reception")
    assert (code, out) == (1, "") and "--pdf" in err
    code, out, err = run("--db", db, "schedule", "day", "2026-11-24", "--pdf",
                         str(tmp_path / "missing" / "x.pdf"))  # fmt: skip
    assert (code, out) == (1, "") and "Could not write" in err
    code, out, err = run("--db", db, "schedule", "day", "2026-11-24", "--provider", "9", "--pdf",
                         str(tmp_path / "x.pdf"))  # fmt: skip
    assert (code, out) == (1, "") and "provider" in err.lower()
