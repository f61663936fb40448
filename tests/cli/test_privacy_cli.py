"""Privacy on the command line, run as signed-in users: `schedule day --pdf --initials` prints no
names, phone numbers or MRNs; reception may print only its own list and may not export a health
record; a provider's `export fhir` is in the audit trail under the patient, with the provider's
name; a calendar exported by reception can name patients by initials; reception's `patients show`
and `patients search` leave the clinical facts out."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from clinic_desktop.app import main
from clinic_desktop.domain.access import Role
from clinic_desktop.services import ClinicServices, Clock
from tests.conftest import FIXED_NOW
from tests.day_list_clinic import build

# In-process, printing would make a bare QGuiApplication that the widget tests after it could not
# use: the session's QApplication is made first.
pytestmark = pytest.mark.usefixtures("qapp")

PASSWORD = "password1"
DAY = "2026-11-24"


@pytest.fixture
def db(tmp_path: Path) -> str:
    """The day-list clinic with a manager ("boss"), a provider ("lind") and reception ("ana")."""
    path = str(tmp_path / "clinic.db")
    services = ClinicServices.open(path, Clock(FIXED_NOW))
    try:
        build(services)
        services.users.create_first_manager("boss", PASSWORD)
        services.users.add("lind", Role.PROVIDER, PASSWORD, 1)  # Dr Lind, the day list's provider 1
        services.users.add("ana", Role.RECEPTION, PASSWORD)
    finally:
        services.close()
    return path


@pytest.fixture
def cli(db: str, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Run a command as a user, signed in through CLINIC_USER / CLINIC_PASSWORD as a script is."""

    def run(user: str, *args: str) -> tuple[int, str, str]:
        monkeypatch.setenv("CLINIC_USER", user)
        monkeypatch.setenv("CLINIC_PASSWORD", PASSWORD)
        out, err = io.StringIO(), io.StringIO()
        code = main(["--db", db, "--now", "2026-11-23T10:00", *args], stdout=out, stderr=err)
        return code, out.getvalue(), err.getvalue()

    return run


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_a_day_list_with_initials_names_nobody(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "counter.pdf"
    code, out, err = cli("lind", "schedule", "day", DAY, "--pdf", str(target), "--initials")
    assert (code, out) == (0, ""), err
    text = pdf_text(target)
    assert "I. O." in text and "T. B." in text and "A. R." in text
    assert all(name not in text for name in ("Ines", "Ortega", "Baker", "Ruiz", "MRN"))
    assert "Allergy: Latex" in text and "names shown as initials" in text

    reception = tmp_path / "desk.pdf"
    code, out, err = cli("ana", "schedule", "day", DAY, "--reception", "--pdf", str(reception), "--initials")
    assert (code, out) == (0, ""), err
    text = pdf_text(reception)
    assert "Reception list" in text and "I. O." in text and "555-01" not in text and "Ortega" not in text


def test_reception_prints_only_its_own_list(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "day.pdf"
    code, out, err = cli("ana", "schedule", "day", DAY, "--pdf", str(target))
    assert (code, out) == (1, "") and not target.exists()
    assert "needs the provider or manager role; you are signed in as reception" in err
    assert "reception list" in err
    code, out, err = cli("ana", "schedule", "day", DAY, "--initials")
    assert (code, out) == (1, "") and "--pdf" in err


def test_a_health_record_export_is_audited_and_refused_to_reception(cli, db: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    refused = tmp_path / "by-reception.json"
    code, out, err = cli("ana", "export", "fhir", "--patient", "1", str(refused))
    assert (code, out) == (1, "") and not refused.exists()
    assert "Exporting health records needs the provider or manager role" in err

    target = tmp_path / "ines.json"
    code, out, err = cli("lind", "export", "fhir", "--patient", "1", str(target))
    assert code == 0 and target.exists(), err
    services = ClinicServices.open(db)
    try:
        exports = [e for e in services.store.audit.in_order() if e.action == "export"]
    finally:
        services.close()
    assert [(e.user, e.entity, e.patient_id) for e in exports] == [("lind", "patient", 1)]
    assert exports[0].after is not None and exports[0].after["file"] == str(target)


def test_reception_exports_a_calendar_by_initials(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "lind.ics"
    code, _, err = cli("ana", "export", "ics", "--provider", "1", "--from", DAY, "--to", DAY, "--initials",
                       str(target))  # fmt: skip
    assert code == 0, err
    summaries = sorted(str(e.get("SUMMARY")) for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert summaries == ["Consultation — R. D.", "Consultation — T. B.", "Migraine treatment — I. O."]


def test_reception_s_patients_show_and_search_leave_the_clinical_facts_out(cli) -> None:  # type: ignore[no-untyped-def]
    """The keys are left out, not set false or empty: reception was not told, which is not "none"."""
    clinical = {"anticoagulant", "bleeding_risk", "conditions", "allergies", "medications"}
    code, out, err = cli("ana", "patients", "show", "1", "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["family_name"] == "Ortega" and not clinical & set(shown)
    code, out, err = cli("ana", "patients", "search", "Baker", "--json")
    assert code == 0, err
    [hit] = json.loads(out)
    assert hit["family_name"] == "Baker" and not clinical & set(hit)
    code, out, err = cli("lind", "patients", "show", "1", "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert clinical <= set(shown) and [a["substance"] for a in shown["allergies"]] == ["Latex"]
    code, out, _ = cli("lind", "patients", "search", "Baker", "--json")
    assert json.loads(out)[0]["anticoagulant"] is False  # Tom's warfarin is a medication, not the flag
    code, out, _ = cli("lind", "patients", "show", "2", "--json")
    assert [m["name"] for m in json.loads(out)["medications"] if m["anticoagulant"]] == ["Warfarin"]
