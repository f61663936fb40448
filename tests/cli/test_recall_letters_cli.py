"""`recalls letters --pdf FILE [--patient ID ...]`: the recall letters from the command line (no
window), read back with pypdf."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.test_followup_commands import NOW, cli, db  # noqa: F401  (the fixture)
from tests.clinic_users import MANAGER, PROVIDER, run

# In-process, printing would make a bare QGuiApplication that the widget tests after it could not
# use: the session's QApplication is made first.
pytestmark = pytest.mark.usefixtures("qapp")


def second_patient(db: str) -> None:  # noqa: F811
    """Tom Baker, treated for migraine on 2026-08-27: due too, a week after Ines Ortega."""
    steps = [
        ("settings", "set", "name", "Lakeside Clinic"),
        ("patients", "add", "--given", "Tom", "--family", "Baker", "--dob", "1975-01-09"),
    ]
    for args in steps:
        code, _, err = run("--db", db, "--now", NOW, *args, user=MANAGER)
        assert code == 0, err
    treat = ["treatments", "record", "--patient", "2", "--provider", "1", "--indication", "chronic_migraine",
             "--protocol", "PREEMPT", "--product", "onabotulinumtoxinA", "--lot", "C1",
             "--at", "2026-08-27T09:00"]  # fmt: skip
    code, _, err = run("--db", db, "--now", NOW, *treat, user=PROVIDER)
    assert code == 0, err


def pages_text(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def test_letters_for_the_whole_list_one_page_each(db: str, tmp_path: Path) -> None:  # noqa: F811
    second_patient(db)
    target = tmp_path / "letters.pdf"
    code, report, err = cli(db, "recalls", "letters", "--pdf", str(target), "--paper", "a4", "--json")
    assert code == 0, err
    assert report == {"file": str(target), "letters": 2, "patients": [1, 2]}
    pages = pages_text(target)
    assert len(pages) == 2
    assert "Dear Ines Ortega" in pages[0] and "Tom Baker" not in pages[0]
    assert "Dear Tom Baker" in pages[1] and "chronic migraine treatment" in pages[1]
    assert all("Lakeside Clinic" in page for page in pages)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # it names patients
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # no partial file left


def test_letters_for_the_patients_given(db: str, tmp_path: Path) -> None:  # noqa: F811
    second_patient(db)
    target = tmp_path / "tom.pdf"
    code, out, err = cli(db, "recalls", "letters", "--pdf", str(target), "--patient", "2")
    assert (code, out) == (0, "") and "Wrote 1 recall letter to" in err
    pages = pages_text(target)
    assert len(pages) == 1 and "Dear Tom Baker" in pages[0]


def test_letters_refusals_write_nothing(db: str, tmp_path: Path) -> None:  # noqa: F811
    target = tmp_path / "x.pdf"
    code, out, err = cli(db, "recalls", "letters", "--pdf", str(target), "--patient", "1", "--patient", "9")
    assert (code, out) == (1, "") and "Not on the recall list" in err and "patient 9" in err
    assert not target.exists()
    code, out, err = cli(db, "recalls", "letters", "--pdf", str(tmp_path / "missing" / "x.pdf"))
    assert (code, out) == (1, "") and "Could not write" in err
    code, out, err = cli(db, "recalls", "letters", "--patient", "1")
    assert code == 2 and out == "" and "--pdf" in err
    # Nobody due with these filters: nothing to print, said, and no file.
    code, report, err = cli(db, "recalls", "letters", "--pdf", str(target), "--indication",
                            "cervical_dystonia", "--json")  # fmt: skip
    assert (code, report) == (0, {"file": None, "letters": 0, "patients": []}) and "no letters" in err
    assert not target.exists()


def test_the_list_without_an_action_still_prints(db: str) -> None:  # noqa: F811
    code, rows, err = cli(db, "recalls", "--json")
    assert code == 0 and isinstance(rows, list) and len(rows) == 1, err
