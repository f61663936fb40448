"""What the window writes about patients is readable by its owner only, under the usual umask 022:
PDFs it saves (the day list, a report, an aftercare sheet), the recall list as CSV, and whatever
a print dialog sends to a file instead of a printer ("Print to File": the day list, a report, an
aftercare sheet, recall letters, an injection map). The print dialog is answered as a person
choosing "Print to File" would: the printer comes back set to a PDF file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog

from clinic_desktop.domain.codes import Indication, Product
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.services.reports import ReportKind
from clinic_desktop.ui.dialogs.aftercare import AftercareDialog
from clinic_desktop.ui.dialogs.day_list import DayListDialog
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.views.recalls_view import RecallsView
from clinic_desktop.ui.views.reports_view import ReportsView
from clinic_desktop.ui.widgets.injection_map import InjectionMap
from tests.day_list_clinic import DAY, build
from tests.owner_only import assert_owner_only, mode, partials, umask_022  # noqa: F401

pytestmark = pytest.mark.usefixtures("umask_022")

ONA = Product.ONABOTULINUMTOXINA
TIMEOUT = 10_000


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    """The day list's clinic and Carl Weiss, treated on 1 Sep 2026 and booked for nothing since:
    on the recall list."""
    s = build(services)
    carl = s.patients.add(PatientInput("Carl", "Weiss", "1990-07-07", address="3 Oak Road, Springfield"))
    preempt = s.treatments.protocol("PREEMPT")
    s.treatments.record(
        TreatmentDraft(
            patient_id=carl.record.id, provider_id=1, performed_at=s.time.parse_local("2026-09-01T11:00"),
            indication=Indication.CHRONIC_MIGRAINE, product=ONA, lot_number="C5551", sites=preempt.sites,
            protocol=preempt.name, diluent_ml=Decimal("2"),
        )
    )  # fmt: skip
    return s


@pytest.fixture
def operations(clinic: ClinicServices) -> Iterator[Operations]:
    ops = Operations(clinic.end_thread)
    failures: list[str] = []
    ops.failed.connect(failures.append)
    yield ops
    ops.wait()
    assert failures == []


@pytest.fixture
def print_to_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every print dialog is answered "Print to File" into this file, which is there already,
    readable by everyone (an older printout): printing over it must not leave it so."""
    target = tmp_path / "printout.pdf"
    target.write_bytes(b"an older printout")
    assert mode(target) == 0o644

    def choose_file(self: QPrintDialog) -> int:
        self.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", choose_file)
    return target


def assert_printed(path: Path) -> None:
    assert path.read_bytes().startswith(b"%PDF")
    assert_owner_only(path)


def older(path: Path) -> Path:
    """A file of that name from before, readable by everyone, for the save to replace."""
    path.write_bytes(b"an older file")
    assert mode(path) == 0o644
    return path


@pytest.fixture
def day_list(qtbot, clinic: ClinicServices, operations: Operations) -> DayListDialog:  # type: ignore[no-untyped-def]
    dialog = DayListDialog(clinic, operations, DAY, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.day_list is not None and dialog.save_button.isEnabled(), timeout=TIMEOUT)
    return dialog


def test_the_day_list_saved_and_printed_to_a_file_is_owner_only(
    day_list: DayListDialog, print_to_file: Path, tmp_path: Path
) -> None:
    saved = older(tmp_path / "day-list.pdf")
    assert day_list.save_to(str(saved)) == 1
    assert_printed(saved)
    day_list.print_list()
    assert day_list.status.text() == "Sent to the printer."
    assert_printed(print_to_file)
    assert partials(tmp_path) == []


@pytest.fixture
def aftercare(qtbot, clinic: ClinicServices) -> AftercareDialog:  # type: ignore[no-untyped-def]
    treatment = clinic.treatments.for_patient(1)[0]
    dialog = AftercareDialog(treatment, "Ines Ortega", "en", "Springfield Pain Clinic", "aftercare-M0000001")
    qtbot.addWidget(dialog)
    return dialog


def test_the_aftercare_sheet_saved_and_printed_to_a_file_is_owner_only(
    aftercare: AftercareDialog, print_to_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clinic_desktop.ui.dialogs import aftercare as module

    saved = older(tmp_path / "aftercare.pdf")
    monkeypatch.setattr(module.QFileDialog, "getSaveFileName", lambda *args: (str(saved), ""))
    aftercare.save_sheet()
    assert_printed(saved)
    aftercare.print_sheet()
    assert_printed(print_to_file)


@pytest.fixture
def reports(qtbot, clinic: ClinicServices, operations: Operations) -> ReportsView:  # type: ignore[no-untyped-def]
    view = ReportsView(clinic, operations)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        view.refresh()
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        view.choose(ReportKind.UNITS)
    return view


def test_a_report_exported_and_printed_to_a_file_is_owner_only(  # type: ignore[no-untyped-def]
    qtbot, reports: ReportsView, print_to_file: Path, tmp_path: Path
) -> None:
    pdf, table = older(tmp_path / "units.pdf"), older(tmp_path / "units.csv")
    reports.export_pdf(str(pdf))
    assert_printed(pdf)
    with qtbot.waitSignal(reports.exported, timeout=TIMEOUT):
        reports.export_csv(str(table))
    assert table.read_text(encoding="utf-8").startswith("Product,Lot")
    assert_owner_only(table)
    reports.print_report()
    assert_printed(print_to_file)
    assert partials(tmp_path) == []


@pytest.fixture
def recalls(qtbot, clinic: ClinicServices, operations: Operations) -> RecallsView:  # type: ignore[no-untyped-def]
    view = RecallsView(clinic, operations)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        view.refresh()
    assert [r.patient_name for r in view.shown_rows()] == ["Carl Weiss"]
    return view


def test_recall_letters_printed_to_a_file_and_the_list_as_csv_are_owner_only(  # type: ignore[no-untyped-def]
    qtbot, recalls: RecallsView, print_to_file: Path, tmp_path: Path
) -> None:
    recalls.print_letters()
    qtbot.waitUntil(lambda: "sent to the printer" in recalls.status.text(), timeout=TIMEOUT)
    assert_printed(print_to_file)
    table = older(tmp_path / "recalls.csv")
    recalls.export_csv(str(table))
    qtbot.waitUntil(lambda: "Exported 1 row" in recalls.status.text(), timeout=TIMEOUT)
    assert "Carl Weiss" in table.read_text(encoding="utf-8")
    assert_owner_only(table)


def test_an_injection_map_printed_to_a_file_is_owner_only(  # type: ignore[no-untyped-def]
    qtbot, clinic: ClinicServices, print_to_file: Path
) -> None:
    widget = InjectionMap()
    qtbot.addWidget(widget)
    widget.set_sites(clinic.treatments.for_patient(1)[0].sites)
    assert widget.print_map(heading=f"Ines Ortega (M0000001) — {date(2026, 8, 25)}")
    assert_printed(print_to_file)
