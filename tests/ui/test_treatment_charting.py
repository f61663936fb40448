"""Charting a treatment in the GUI: the injection map, the treatment dialog (PREEMPT in a few keys,
live totals and findings, the override reason), and the chart's Treatments tab."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter

from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.protocols import PREEMPT
from clinic_desktop.domain.safety import Level, Rule
from clinic_desktop.domain.treatment_record import SiteDose
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.ui.dialogs.treatment import UNITS, TreatmentDialog
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.views.chart_treatments import TreatmentsPage
from clinic_desktop.ui.views.patient_chart import PatientChartWindow
from clinic_desktop.ui.widgets.injection_map import (
    HEAD_BACK,
    HEAD_FRONT,
    REGIONS,
    SITE_COLOUR,
    InjectionMap,
    MapPainter,
    points_for,
)

ONA = Product.ONABOTULINUMTOXINA


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    services.clinic.set_setting("timezone", "America/New_York")
    services.resources.add_provider("Dr Lind")
    patient = services.patients.add(PatientInput("Maria", "Núñez", "1968-05-14")).record
    services.patients.add_condition(patient.id, "chronic_migraine")
    services.treatments.add_lot(ONA, "C1", date(2027, 6, 30), 20)
    services.treatments.add_lot(ONA, "OLD1", date(2026, 10, 31), 5)  # expired before today
    return services


@pytest.fixture
def operations(clinic: ClinicServices) -> Iterator[Operations]:
    ops = Operations(clinic.end_thread)
    failures: list[str] = []
    ops.failed.connect(failures.append)
    yield ops
    ops.wait()
    assert failures == []


def open_dialog(qtbot, clinic: ClinicServices, operations: Operations) -> TreatmentDialog:  # type: ignore[no-untyped-def]
    dialog = TreatmentDialog(clinic, operations, 1)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def sign_with_keys(qtbot, dialog: TreatmentDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(dialog.consent, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.consent, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def close(colour: QColor, wanted: QColor, slack: int = 40) -> bool:
    return all(abs(a - b) <= slack for a, b in zip(colour.getRgb()[:3], wanted.getRgb()[:3], strict=True))


# --- the map --------------------------------------------------------------------------------------


def test_every_builtin_muscle_has_a_place_on_the_map() -> None:
    from clinic_desktop.domain.protocols import BUILTIN_PROTOCOLS

    for template in BUILTIN_PROTOCOLS:
        for site in template.sites:
            assert points_for(site.muscle, site.side), site.muscle
    assert len(points_for("frontalis", Side.BILATERAL)) == 2
    assert points_for("procerus", Side.LEFT) == [REGIONS["procerus:midline"]]


def test_the_map_draws_sites_and_reports_clicks(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    chart = InjectionMap()
    qtbot.addWidget(chart)
    chart.resize(460, 440)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_sites(PREEMPT.sites)
    assert chart.view == HEAD_FRONT  # the first view that holds sites
    frontalis_left = next(
        i for i, s in enumerate(PREEMPT.sites) if s.muscle == "frontalis" and s.side == "left"
    )
    dot = chart.dot_position(frontalis_left)
    assert dot is not None
    image = chart.canvas.grab().toImage()
    assert close(image.pixelColor(dot), SITE_COLOUR)
    assert not close(image.pixelColor(dot.x() + 30, dot.y() + 60), SITE_COLOUR)

    with qtbot.waitSignal(chart.site_clicked) as clicked:
        qtbot.mouseClick(chart.canvas, Qt.MouseButton.LeftButton, pos=dot)
    assert clicked.args == [frontalis_left]
    free = chart.region_position("masseter", Side.RIGHT)
    assert free is not None
    with qtbot.waitSignal(chart.region_clicked) as region:
        qtbot.mouseClick(chart.canvas, Qt.MouseButton.LeftButton, pos=free)
    assert region.args == ["masseter", "right"]

    chart.show_view(HEAD_BACK)
    assert chart.dot_position(frontalis_left) is None
    assert "· 6" in chart.tabs.tabText(1)  # occipitalis, paraspinal, trapezius, both sides


def test_the_map_renders_every_view_with_sites_on_one_page(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    chart = InjectionMap(editable=False)
    qtbot.addWidget(chart)
    unknown = SiteDose("pectoralis major", Side.LEFT, Decimal(20), 2)
    chart.set_sites(
        [*PREEMPT.sites, SiteDose("gastrocnemius (medial head)", Side.LEFT, Decimal(75), 3), unknown]
    )
    assert MapPainter(chart.sites, chart.font()).unplaced() == [len(chart.sites) - 1]
    image = QImage(900, 1200, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    chart.render_to(painter, QRectF(0, 0, 900, 1200), "Maria Núñez — PREEMPT")
    painter.end()
    blue = sum(
        close(image.pixelColor(x, y), SITE_COLOUR) for x in range(0, 900, 3) for y in range(0, 1200, 3)
    )
    assert blue > 40
    pdf = tmp_path / "map.pdf"
    writer = QPdfWriter(str(pdf))
    painter = QPainter(writer)
    chart.render_to(painter, QRectF(0, 0, writer.width(), writer.height()), "Maria Núñez")
    painter.end()
    assert pdf.stat().st_size > 1000


# --- the dialog -----------------------------------------------------------------------------------


def test_preempt_is_chosen_filled_and_signed_in_a_few_keys(qtbot, clinic, operations) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, clinic, operations)
    assert "Maria Núñez" in dialog.windowTitle()
    assert dialog.protocol.currentData() == "PREEMPT"
    assert dialog.sites.total.text() == "Total 155 U · 31 injection points"
    assert [dialog.lot.itemData(i) for i in range(dialog.lot.count())] == ["C1"]  # OLD1 has expired
    assert dialog.diluent.currentText().startswith("2 mL (5 U per 0.1 mL)")
    assert "JW" in dialog.waste_summary.text() and "45 U discarded" in dialog.waste_summary.text()
    assert dialog.focusWidget() is dialog.consent

    item = dialog.sites.table.item(0, UNITS)
    assert item is not None
    item.setText("10")
    assert dialog.sites.total.text() == "Total 160 U · 31 injection points"
    item.setText("5")

    with qtbot.waitSignal(dialog.recorded, timeout=10_000):
        sign_with_keys(qtbot, dialog)
    (saved,) = clinic.treatments.for_patient(1)
    assert saved.signed and saved.total_units == Decimal(155) and saved.protocol == "PREEMPT"
    assert saved.consent_checked and saved.lot_number == "C1" and saved.diluent_ml == Decimal(2)
    assert saved.indication is Indication.CHRONIC_MIGRAINE


def test_plain_return_does_not_sign(qtbot, clinic, operations) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, clinic, operations)
    qtbot.keyClick(dialog.consent, Qt.Key.Key_Return)
    operations.wait()
    assert clinic.treatments.for_patient(1) == []
    assert dialog.isVisible()


def test_the_map_and_the_sites_table_follow_each_other(qtbot, clinic, operations) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, clinic, operations)
    dialog.map.site_clicked.emit(3)
    assert {i.row() for i in dialog.sites.table.selectedIndexes()} == {3}
    assert dialog.map.selected == 3
    dialog.map.region_clicked.emit("masseter", "right")  # one 0.1 mL injection's worth: 5 U
    assert dialog.sites.table.rowCount() == 14
    assert dialog.sites.total.text() == "Total 160 U · 32 injection points"
    assert dialog.map.sites[-1] == SiteDose("masseter", Side.RIGHT, Decimal(5), 1)


def test_too_early_needs_an_override_reason_which_is_stored(qtbot, clinic, operations) -> None:  # type: ignore[no-untyped-def]
    earlier = TreatmentDraft(
        1, 1, clinic.time.parse_local("2026-10-01T09:00"), Indication.CHRONIC_MIGRAINE, ONA, "C1",
        PREEMPT.sites, protocol="PREEMPT",
    )  # fmt: skip
    clinic.treatments.record(earlier)
    dialog = open_dialog(qtbot, clinic, operations)
    qtbot.waitUntil(lambda: dialog.findings.needs_reason, timeout=10_000)
    assert [f.rule for f in dialog.findings.findings if f.level is Level.OVERRIDE] == [Rule.INTERVAL]
    assert "Needs a reason" in dialog.findings.text()
    assert dialog.override_box.isVisibleTo(dialog)

    sign_with_keys(qtbot, dialog)
    operations.wait()
    assert len(clinic.treatments.for_patient(1)) == 1  # refused: no reason given
    assert dialog.isVisible() and "override reason" in dialog.message.text()
    assert dialog.sites.total.text() == "Total 155 U · 31 injection points"  # nothing typed is lost

    qtbot.keyClicks(dialog.override, "pain back after 7 weeks")
    with qtbot.waitSignal(dialog.recorded, timeout=10_000):
        qtbot.keyClick(dialog.override, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    latest = clinic.treatments.for_patient(1)[0]
    (override,) = latest.overrides
    assert override.rule == Rule.INTERVAL and override.reason == "pain back after 7 weeks"
    assert override.by == "Dr Lind"


# --- the chart's tab ------------------------------------------------------------------------------


def test_the_treatments_tab_lists_what_was_charted(qtbot, clinic, operations) -> None:  # type: ignore[no-untyped-def]
    window = PatientChartWindow(clinic, operations, 1)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.show()
    page = window.pages["treatments"]
    assert isinstance(page, TreatmentsPage)
    assert page.model.rowCount() == 0 and "No treatments" in page.summary.text()
    window.tabs.setCurrentWidget(page)
    page.chart_treatment()
    dialog = page.dialog
    assert isinstance(dialog, TreatmentDialog)
    qtbot.waitSignal(dialog.ready, timeout=10_000).wait()
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        dialog.save(sign=False)
    assert page.model.rowCount() == 1
    row = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert row[1:8] == [
        "Chronic migraine", "PREEMPT", "Botox", "C1", "155 U", "45 U · JW", "Draft — not signed",
    ]  # fmt: skip
    assert page.sign_button.isEnabled()
    assert page.map.sites == list(PREEMPT.sites)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        page.sign()
    assert page.model.index(0, 7).data() == "Signed"
    assert not page.sign_button.isEnabled()
    assert "Signed by Dr Lind" in page.detail.text()
    sheet = page.aftercare()
    assert sheet is not None
    qtbot.addWidget(sheet)
    text = sheet.preview.toPlainText()  # type: ignore[attr-defined]
    assert "155" in text and "24 hours" in text


def test_the_sites_can_be_kept_as_the_clinics_own_protocol(qtbot, clinic, operations) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, clinic, operations)
    item = dialog.sites.table.item(0, UNITS)
    assert item is not None
    item.setText("10")
    # Saved off the GUI thread (issue 22: the window never waits on the database): the dialog
    # says when it is done.
    with qtbot.waitSignal(dialog.protocol_saved, timeout=10_000) as done:
        assert dialog.save_as_protocol("PREEMPT plus")
    saved = done.args[0]
    assert saved is not None and saved.total_units == Decimal(160) and not saved.builtin
    assert dialog.protocol.currentData() == "PREEMPT plus"
    assert clinic.treatments.protocol("preempt PLUS").total_units == Decimal(160)
    item.setText("15")
    with qtbot.waitSignal(dialog.protocol_saved, timeout=10_000) as done:
        dialog.save_as_protocol("PREEMPT plus")  # the same name: the clinic's template is replaced
    again = done.args[0]
    assert again is not None and again.id == saved.id
    assert clinic.treatments.protocol("PREEMPT plus").total_units == Decimal(165)
    with qtbot.waitSignal(dialog.protocol_saved, timeout=10_000) as done:
        dialog.save_as_protocol("PREEMPT")  # a built-in name cannot be taken
    assert done.args == [None]
    assert "already a protocol" in dialog.message.text()
