"""The Outcomes tab: the graph, recording a score through the chart, responder and stopping
status, and the aftercare sheet printed as a PDF."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from clinic_desktop.domain.codes import Indication, Product
from clinic_desktop.domain.outcomes import BUILTIN_MEASURES, HEADACHE_DAYS, Score
from clinic_desktop.domain.treatment_record import TreatmentRecord
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientInput
from clinic_desktop.ui.dialogs.aftercare import aftercare_document, open_aftercare, save_pdf
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.views.chart_outcomes import OutcomesPage
from clinic_desktop.ui.views.patient_chart import PatientChartWindow
from clinic_desktop.ui.widgets.outcome_graph import SERIES_COLOUR, OutcomeGraph, TreatmentMark

HEADACHE = next(m for m in BUILTIN_MEASURES if m.code == HEADACHE_DAYS)


@pytest.fixture
def clinic(services: ClinicServices) -> ClinicServices:
    services.clinic.set_setting("timezone", "America/New_York")
    services.clinic.set_setting("name", "Riverside Pain Clinic")
    services.resources.add_provider("Dr Lind")
    services.treatments.add_lot(Product.ONABOTULINUMTOXINA, "C1", date(2027, 6, 30), 20)
    return services


@pytest.fixture
def patient(clinic: ClinicServices) -> int:
    created = clinic.patients.add(PatientInput("Maria", "Núñez", "1968-05-14", language="es")).record
    clinic.patients.add_condition(created.id, "chronic_migraine")
    return created.id


def treat(clinic: ClinicServices, patient_id: int, local: str) -> TreatmentRecord:
    """A chronic migraine treatment on the PREEMPT sites (155 U)."""
    preempt = clinic.treatments.protocol("PREEMPT")
    draft = TreatmentDraft(
        patient_id,
        1,
        clinic.time.parse_local(local),
        Indication.CHRONIC_MIGRAINE,
        Product.ONABOTULINUMTOXINA,
        "C1",
        preempt.sites,
        protocol=preempt.name,
    )
    return clinic.treatments.record(draft).treatment


@pytest.fixture
def opener(qtbot, clinic: ClinicServices) -> Iterator[Callable[[int], PatientChartWindow]]:  # type: ignore[no-untyped-def]
    operations = Operations(clinic.end_thread)
    failures: list[str] = []
    operations.failed.connect(failures.append)

    def open_chart(patient_id: int) -> PatientChartWindow:
        window = PatientChartWindow(clinic, operations, patient_id)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.loaded, timeout=10_000):
            window.show()
        window.tabs.setCurrentWidget(window.pages["outcomes"])
        return window

    yield open_chart
    operations.wait()
    assert failures == []


def outcomes_of(window: PatientChartWindow) -> OutcomesPage:
    page = window.pages["outcomes"]
    assert isinstance(page, OutcomesPage)
    return page


def close_to(colour: QColor, wanted: QColor, tolerance: int = 40) -> bool:
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(colour.getRgb()[:3], wanted.getRgb()[:3], strict=True)  # type: ignore[arg-type]
    )


# --- the graph ------------------------------------------------------------------------------------


def render(graph: OutcomeGraph, size: tuple[int, int] = (640, 320)) -> QImage:
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    graph.render_to(painter, QRect(0, 0, *size))
    painter.end()
    return image


def test_the_graph_draws_each_score_where_it_belongs(qtbot) -> None:  # type: ignore[no-untyped-def]
    graph = OutcomeGraph()
    qtbot.addWidget(graph)
    scores = [Score(date(2026, 2, 1), Decimal(20)), Score(date(2026, 5, 1), Decimal(12)),
              Score(date(2026, 9, 1), Decimal(7))]  # fmt: skip
    graph.set_data(
        HEADACHE, scores, [TreatmentMark(date(2026, 2, 10), "155 U"), date(2026, 6, 1)], Decimal(20)
    )
    image = render(graph)
    rect = QRect(0, 0, 640, 320)
    previous_x = -1.0
    for score in scores:
        point = graph.map_point(score, rect)
        assert rect.contains(point.toPoint())
        assert point.x() > previous_x  # later days to the right
        previous_x = point.x()
        assert close_to(image.pixelColor(point.toPoint()), SERIES_COLOUR), score
    # fewer headache days are drawn lower
    assert graph.map_point(scores[2], rect).y() > graph.map_point(scores[0], rect).y()
    # away from the points and the line (high up in July), no series colour
    far = graph.map_point(Score(date(2026, 7, 15), Decimal(26)), rect).toPoint()
    assert not close_to(image.pixelColor(far), SERIES_COLOUR)
    assert "2026-09-01: 7" in graph.toolTip()


def test_an_empty_graph_says_so_and_draws_no_points(qtbot) -> None:  # type: ignore[no-untyped-def]
    graph = OutcomeGraph()
    qtbot.addWidget(graph)
    graph.set_data(HEADACHE, [], [date(2026, 6, 1)], None)
    image = render(graph, (200, 100))
    found = {image.pixelColor(x, y).name() for x in range(0, 200, 2) for y in range(0, 100, 2)}
    assert SERIES_COLOUR.name() not in found
    assert graph.describe() == "No scores for Headache days per month yet"


# --- the page -------------------------------------------------------------------------------------


def test_a_score_typed_in_the_quick_add_row_is_saved_and_shown(  # type: ignore[no-untyped-def]
    opener, qtbot, clinic: ClinicServices, patient: int
) -> None:
    window = opener(patient)
    page = outcomes_of(window)
    assert page.selector.currentData() == HEADACHE_DAYS  # headache days first
    assert page.add_measure.currentData() == HEADACHE_DAYS
    assert page.day.date() == QDate(2026, 11, 23)  # today in the clinic
    assert page.model.rowCount() == 0
    qtbot.keyClicks(page.value, "12")
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.keyClick(page.value, Qt.Key.Key_Return)
    assert clinic.treatments.outcomes(patient)[HEADACHE_DAYS] == [Score(date(2026, 11, 23), Decimal(12))]
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 1)) == "12 days"
    assert [s.value for s in page.graph.scores] == [Decimal(12)]
    assert page.value.text() == ""
    assert "saved" in page.message.text()
    assert "1 score" in page.selector.currentText()


def test_an_invalid_score_shows_the_services_message_and_keeps_what_was_typed(  # type: ignore[no-untyped-def]
    opener, qtbot, clinic: ClinicServices, patient: int
) -> None:
    window = opener(patient)
    page = outcomes_of(window)
    qtbot.keyClicks(page.value, "40")
    qtbot.keyClick(page.value, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.isVisibleTo(page), timeout=10_000)
    assert page.message.text() == "Headache days per month must be between 0 and 31; '40' is not."
    assert page.value.text() == "40"
    assert page.save_button.isEnabled()
    assert clinic.treatments.outcomes(patient) == {}
    assert page.model.rowCount() == 0


def test_the_responder_chip_appears_once_the_scores_make_a_responder(  # type: ignore[no-untyped-def]
    opener, qtbot, clinic: ClinicServices, patient: int
) -> None:
    clinic.treatments.add_outcome(patient, HEADACHE_DAYS, 20, date(2026, 8, 1))
    treat(clinic, patient, "2026-08-03T09:00")
    window = opener(patient)
    page = outcomes_of(window)
    assert not any("Responder" in label.text() for label in window.chip_labels)
    assert "Baseline 20 headache days/month" in page.status.text()
    assert [m.label for m in page.graph.marks] == ["155 U"]
    page.day.setDate(QDate(2026, 11, 1))
    qtbot.keyClicks(page.value, "8")
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.keyClick(page.value, Qt.Key.Key_Return)
    chips = [label for label in window.chip_labels if label.objectName() == "positiveChip"]
    assert [c.text() for c in chips] == ["✓ Responder: 60% fewer headache days"]
    assert "60% fewer headache days than baseline" in page.status.text()
    assert page.stop.isHidden()
    assert page.model.data(page.model.index(0, 2)) == "60% fewer"
    assert page.graph.baseline == Decimal(20)


def test_the_nice_stopping_flag_is_shown_as_a_warning(  # type: ignore[no-untyped-def]
    opener, clinic: ClinicServices, patient: int
) -> None:
    clinic.treatments.add_outcome(patient, HEADACHE_DAYS, 20, date(2026, 5, 1))
    treat(clinic, patient, "2026-05-04T09:00")
    treat(clinic, patient, "2026-08-03T09:00")
    clinic.treatments.add_outcome(patient, HEADACHE_DAYS, 16, date(2026, 9, 1))
    window = opener(patient)
    page = outcomes_of(window)
    assert not page.stop.isHidden()
    assert "NICE TA260 advises stopping" in page.stop.text()
    assert any("NICE TA260" in a for a in window.alert_texts)
    assert not any(label.objectName() == "positiveChip" for label in window.chip_labels)


def test_another_measure_is_chosen_and_recorded(  # type: ignore[no-untyped-def]
    opener, qtbot, clinic: ClinicServices
) -> None:
    """A patient without migraine opens on the measure last scored; the add row follows the
    selector so the new score lands on the graph being looked at."""
    other = clinic.patients.add(PatientInput("Ines", "Ortega", "1980-04-02")).record.id
    clinic.treatments.add_outcome(other, "pain_nrs", 7, date(2026, 10, 1))
    window = opener(other)
    page = outcomes_of(window)
    assert page.selector.currentData() == "pain_nrs"
    assert page.add_measure.currentData() == "pain_nrs"
    assert page.status.isHidden()
    page.selector.setCurrentIndex(page.selector.findData("hit6"))
    assert page.add_measure.currentData() == "hit6"
    page.add_measure.setCurrentIndex(page.add_measure.findData("pain_nrs"))
    assert page.selector.currentData() == "pain_nrs"
    qtbot.keyClicks(page.value, "4")
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.keyClick(page.value, Qt.Key.Key_Return)
    assert [row for row in page.model._rows] == [
        ["2026-11-23", "4 /10", "−3 vs first"],
        ["2026-10-01", "7 /10", "first score"],
    ]


# --- the aftercare sheet --------------------------------------------------------------------------


def test_the_aftercare_sheet_is_saved_as_a_pdf(  # type: ignore[no-untyped-def]
    clinic: ClinicServices, patient: int, tmp_path: Path
) -> None:
    treatment = treat(clinic, patient, "2026-08-03T09:00")
    document = aftercare_document(treatment, "Maria Núñez", "en", "Riverside Pain Clinic")
    text = document.toPlainText()
    for expected in (
        "Riverside Pain Clinic",
        "Maria Núñez",
        "3 August 2026",
        "Botox (onabotulinumtoxinA)",
        "155 units",
        "31 injections: corrugator, procerus",
        "Do not rub or massage the injected areas for 24 hours.",
        "Avoid strenuous activity",
        "Stay upright",
        "drooping eyelid",
        "trouble swallowing or breathing",
    ):
        assert expected in text, expected
    path = tmp_path / "aftercare.pdf"
    save_pdf(document, path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 1000  # QtPdf is not installed: the text itself is checked on the document


def test_the_aftercare_dialog_opens_in_the_patients_language(  # type: ignore[no-untyped-def]
    qtbot, clinic: ClinicServices, patient: int
) -> None:
    treatment = treat(clinic, patient, "2026-08-03T09:00")
    chart = clinic.patients.chart(patient)
    dialog = open_aftercare(None, clinic, chart, treatment)
    qtbot.addWidget(dialog)
    assert dialog.language_code == "es"
    assert "Después de su tratamiento" in dialog.document.toPlainText()
    assert "Riverside Pain Clinic" in dialog.document.toPlainText()
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert "Ne frottez pas" in dialog.document.toPlainText()
    english = open_aftercare(None, clinic, chart, treatment, language="de")  # no German sheet
    qtbot.addWidget(english)
    assert english.language_code == "en"
    assert "no translation" in english.note.text()
