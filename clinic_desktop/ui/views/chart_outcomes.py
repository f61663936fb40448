"""The chart's Outcomes tab: a measure's scores over time against the treatments, the responder
status and the NICE TA260 stopping flag, and a one-line way to record a new score.

The rules (ranges, responder, stopping) live in domain/outcomes.py and reach this page through
the chart (``PatientChart.outcomes``, ``.migraine``) and ``TreatmentService.add_outcome``; the page
only shows them and passes on what is typed, so the command line and this tab refuse the same
values with the same words. Recording a score is charting (Permission.CHART_WRITE): a role that only
reads the chart (the manager) sees the graph and the scores without the form.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.outcomes import BUILTIN_MEASURES, HEADACHE_DAYS, Measure, Score
from clinic_desktop.domain.treatment_record import TreatmentRecord
from clinic_desktop.domain.units import format_units
from clinic_desktop.domain.words import shown
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientChart
from clinic_desktop.ui.dates import date_pattern, display_date, qdate
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.models.patient_list_model import alert_colour
from clinic_desktop.ui.names import name_clear_button, name_table, set_name
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.views.chart_base import (
    NOTHING,
    ChartPage,
    InlineMessage,
    TextTableModel,
    fit_columns,
    text_table,
)
from clinic_desktop.ui.widgets.outcome_graph import OutcomeGraph, TreatmentMark, number_text

SCORE_COLUMNS = (
    QT_TRANSLATE_NOOP("ChartOutcomes", "Date"),
    QT_TRANSLATE_NOOP("ChartOutcomes", "Score"),
    QT_TRANSLATE_NOOP("ChartOutcomes", "Change"),
)


def ordered_measures(measures: list[Measure] | tuple[Measure, ...]) -> list[Measure]:
    """Headache days first (the measure the stopping rules read), then the built-ins in their
    order, then the clinic's own by name."""
    builtin = [m for m in measures if m.builtin]
    own = sorted((m for m in measures if not m.builtin), key=lambda m: shown(m.label).casefold())
    return sorted(builtin, key=lambda m: m.code != HEADACHE_DAYS) + own


def marks_for(measure: Measure, treatments: list[TreatmentRecord]) -> list[TreatmentMark]:
    """Treatments to mark on the graph: for headache days only the chronic migraine ones (those the
    responder and stopping rules count), for any other measure every treatment."""
    chosen = [
        t for t in treatments if measure.code != HEADACHE_DAYS or t.indication is Indication.CHRONIC_MIGRAINE
    ]
    return [TreatmentMark(t.performed_on, f"{format_units(t.total_units)} U") for t in chosen]


class OutcomesPage(ChartPage):
    def __init__(self, services: ClinicServices, operations: Operations, chart: PatientChart) -> None:
        super().__init__(services, operations)
        self.measures: list[Measure] = ordered_measures(BUILTIN_MEASURES)
        self.chart: PatientChart | None = None
        self._chosen_once = False
        self._day_set = False
        measure_label = self._build_heading()
        self._build_scores()
        value_label, day_label = self._build_entry()
        top = QHBoxLayout()
        top.addWidget(measure_label)
        top.addWidget(self.selector)
        top.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.table_label)
        right.addWidget(self.table, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.graph, 3)
        middle.addLayout(right, 1)
        form = self._build_record_form(value_label, day_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.stop)
        layout.addLayout(middle, 1)
        layout.addWidget(form)
        layout.addWidget(self.message)

        treatments = services.treatments
        self.operations.run(
            f"chart/{chart.record.id}/measures", treatments.measures, self._measures_loaded, lambda _m: None
        )

    def _build_heading(self) -> QLabel:
        """The measure shown, the status and the stopping rule's flag; returns the measure's label."""
        self.selector = QComboBox()
        self.selector.setToolTip(
            QCoreApplication.translate("ChartOutcomes", "Which measure the graph and the table show")
        )
        measure_label = QLabel(QCoreApplication.translate("ChartOutcomes", "&Measure:"))
        measure_label.setBuddy(self.selector)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stop = QLabel("")
        self.stop.setObjectName("stopFlag")
        self.stop.setWordWrap(True)
        self.stop.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        alert = alert_colour().name()
        self.stop.setStyleSheet(
            f"QLabel#stopFlag {{ color: {alert}; font-weight: bold; border: 1px solid {alert}; "
            "border-radius: 4px; padding: 6px 10px; background: rgba(179, 38, 30, 0.10); }"
        )
        self.stop.hide()
        return measure_label

    def _build_scores(self) -> None:
        """The measure's graph and its table of scores."""
        self.graph = OutcomeGraph()
        self.graph.empty_hint = (
            QCoreApplication.translate(
                "ChartOutcomes", "Type a value in “Record a score” below and press Enter."
            )
            if self.services.may(Permission.CHART_WRITE)
            else QCoreApplication.translate("ChartOutcomes", "No scores recorded yet.")
        )
        self.model = TextTableModel(
            [QCoreApplication.translate("ChartOutcomes", c) for c in SCORE_COLUMNS], self
        )
        self.table = text_table(self.model)
        name_table(self.table, QCoreApplication.translate("ChartOutcomes", "Scores"))
        self.table.setMinimumWidth(340)
        self.table_label = QLabel("")

    def _build_entry(self) -> tuple[QLabel, QLabel]:
        """A new score's measure, value and day; returns the value's and the day's labels."""
        self.add_measure = QComboBox()
        set_name(self.add_measure, QCoreApplication.translate("ChartOutcomes", "Measure to record"))
        self.value = QLineEdit()
        self.value.setClearButtonEnabled(True)
        name_clear_button(self.value, QCoreApplication.translate("ChartOutcomes", "Clear the value"))
        self.value.setMaximumWidth(120)
        self.value.returnPressed.connect(self.save)
        value_label = QLabel(QCoreApplication.translate("ChartOutcomes", "&Value:"))
        value_label.setBuddy(self.value)
        self.unit = QLabel("")
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_pattern())
        self.day.setToolTip(
            QCoreApplication.translate(
                "ChartOutcomes", "The day the score describes (a diary month: the day it was counted)"
            )
        )
        day_label = QLabel(QCoreApplication.translate("ChartOutcomes", "&Date:"))
        day_label.setBuddy(self.day)
        self.save_button = QPushButton(QCoreApplication.translate("ChartOutcomes", "Add score"))
        self.save_button.setToolTip(
            QCoreApplication.translate("ChartOutcomes", "Save the score (Enter in the value field)")
        )
        self.save_button.clicked.connect(self.save)
        self.message = InlineMessage()
        self._fill_combos()
        self.selector.currentIndexChanged.connect(self._selector_changed)
        self.add_measure.currentIndexChanged.connect(self._add_measure_changed)
        return value_label, day_label

    def _build_record_form(self, value_label: QLabel, day_label: QLabel) -> QGroupBox:
        """The "Record a score" box, shown to those who may write the chart."""
        form = QGroupBox(QCoreApplication.translate("ChartOutcomes", "Record a score"))
        self.record_form = form
        self.writes = self.services.may(Permission.CHART_WRITE)
        form.setVisible(self.writes)
        row = QHBoxLayout(form)
        row.addWidget(self.add_measure)
        row.addSpacing(8)
        row.addWidget(value_label)
        row.addWidget(self.value)
        row.addWidget(self.unit)
        row.addSpacing(8)
        row.addWidget(day_label)
        row.addWidget(self.day)
        row.addStretch(1)
        row.addWidget(self.save_button)
        return form

    # --- measures -----------------------------------------------------------------------------------

    @property
    def measure(self) -> Measure:
        code = self.selector.currentData()
        return next((m for m in self.measures if m.code == code), self.measures[0])

    def _fill_combos(self) -> None:
        current = self.selector.currentData() or HEADACHE_DAYS
        outcomes = self.chart.outcomes if self.chart is not None else {}
        for combo in (self.selector, self.add_measure):
            combo.blockSignals(True)
            combo.clear()
            for measure in self.measures:
                count = len(outcomes.get(measure.code, []))
                text = shown(measure.label)
                if combo is self.selector:
                    text = self._with_count(text, count)
                combo.addItem(text, measure.code)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        self._measure_shown()

    @staticmethod
    def _with_count(label: str, count: int) -> str:
        """'Headache days per month — 3 scores'."""
        if count == 1:
            words = QCoreApplication.translate("ChartOutcomes", "{measure} — 1 score")
        elif count:
            words = QCoreApplication.translate("ChartOutcomes", "{measure} — {count} scores")
        else:
            words = QCoreApplication.translate("ChartOutcomes", "{measure} — none yet")
        return words.format(measure=label, count=count)

    def _measures_loaded(self, measures: list[Measure]) -> None:
        self.measures = ordered_measures(measures)
        self._fill_combos()

    def _selector_changed(self, index: int) -> None:
        self.add_measure.blockSignals(True)
        self.add_measure.setCurrentIndex(index)
        self.add_measure.blockSignals(False)
        self._measure_shown()

    def _add_measure_changed(self, index: int) -> None:
        """The graph follows the measure being recorded, so the new score is seen where it lands."""
        self.selector.setCurrentIndex(index)

    def _measure_shown(self) -> None:
        measure = self.measure
        self.unit.setText(shown(measure.unit))
        self.value.setPlaceholderText(f"{number_text(measure.low)}–{number_text(measure.high)}")
        self.value.setToolTip(
            QCoreApplication.translate("ChartOutcomes", "{measure}: {low} to {high}. Enter saves.").format(
                measure=shown(measure.label), low=measure.low, high=measure.high
            )
        )
        if self.chart is not None:
            self._show_scores(self.chart)

    # --- showing ------------------------------------------------------------------------------------

    def show_chart(self, chart: PatientChart) -> None:
        super().show_chart(chart)
        self.chart = chart
        if not self._chosen_once:
            self._chosen_once = True
            self._choose_first_measure(chart)
        self._fill_combos()
        migraine = chart.migraine
        if migraine is None:
            self.status.hide()
        else:
            self.status.setText(
                QCoreApplication.translate("ChartOutcomes", "Chronic migraine: {summary}.").format(
                    summary=shown(migraine.summary)
                )
            )
            self.status.show()
        if migraine is not None and migraine.stop_flag:
            self.stop.setText(
                QCoreApplication.translate(
                    "ChartOutcomes", "⚠ {flag}. Review before the next treatment."
                ).format(flag=shown(migraine.stop_flag))
            )
            self.stop.show()
        else:
            self.stop.hide()
        today = self.facts.today
        self.day.setMaximumDate(qdate(today))
        if not self._day_set:
            self._day_set = True
            self.day.setDate(qdate(today))

    def _choose_first_measure(self, chart: PatientChart) -> None:
        """Headache days for a migraine patient; otherwise the measure scored most recently."""
        if chart.migraine is not None or not chart.outcomes:
            return
        latest = max(chart.outcomes.items(), key=lambda item: max(s.day for s in item[1]))[0]
        self.selector.blockSignals(True)
        self.selector.setCurrentIndex(max(self.selector.findData(latest), 0))
        self.selector.blockSignals(False)

    def _show_scores(self, chart: PatientChart) -> None:
        measure = self.measure
        scores = chart.outcomes.get(measure.code, [])
        marks = marks_for(measure, chart.treatments)
        baseline = chart.migraine.baseline if measure.code == HEADACHE_DAYS and chart.migraine else None
        self.graph.set_data(measure, scores, marks, baseline)
        first_treated = min((m.day for m in marks), default=None)
        changes = self._changes(measure, scores, baseline, first_treated)
        unit = shown(measure.unit)
        rows = [
            [f"{display_date(s.day)}", f"{number_text(s.value)} {unit}".strip(), change]
            for s, change in zip(scores, changes, strict=True)
        ]
        self.model.set_rows(rows[::-1])
        fit_columns(self.table)
        count = len(scores)
        if count == 1:
            counted = QCoreApplication.translate("ChartOutcomes", "1 score, most recent first")
        elif count:
            counted = QCoreApplication.translate("ChartOutcomes", "{count} scores, most recent first")
        else:
            counted = QCoreApplication.translate("ChartOutcomes", "No scores yet")
        self.table_label.setText(counted.format(count=count))

    @staticmethod
    def _changes(
        measure: Measure, scores: list[Score], baseline: Decimal | None, first_treated: date | None
    ) -> list[str]:
        """Headache days against the baseline, in percent (what the responder and stopping rules
        read); any other measure against its first score."""
        if measure.code == HEADACHE_DAYS:
            if baseline is None or baseline <= 0:
                return [NOTHING for _ in scores]
            found = []
            for s in scores:
                if first_treated is None or s.day <= first_treated:
                    found.append(QCoreApplication.translate("ChartOutcomes", "pre-treatment"))
                    continue
                percent = int(((baseline - s.value) / baseline * 100).to_integral_value())
                if percent > 0:
                    words = QCoreApplication.translate("ChartOutcomes", "{percent}% fewer")
                elif percent < 0:
                    words = QCoreApplication.translate("ChartOutcomes", "{percent}% more")
                else:
                    words = QCoreApplication.translate("ChartOutcomes", "no change")
                found.append(words.format(percent=abs(percent)))
            return found
        if not scores:
            return []
        first = scores[0].value
        versus = QCoreApplication.translate("ChartOutcomes", "{change} vs first")

        def against_first(value: Decimal) -> str:
            sign = "+" if value > first else "−" if value < first else "±"
            return versus.format(change=f"{sign}{number_text(abs(value - first))}")

        return [QCoreApplication.translate("ChartOutcomes", "first score")] + [
            against_first(s.value) for s in scores[1:]
        ]

    # --- recording ----------------------------------------------------------------------------------

    def save(self) -> None:
        if self.patient_id is None or not self.writes:
            return
        measure = self.measure
        typed = self.value.text().strip()
        if not typed:
            self.message.refuse(
                QCoreApplication.translate(
                    "ChartOutcomes", "Type a value for {measure} ({low} to {high})."
                ).format(measure=shown(measure.label), low=measure.low, high=measure.high)
            )
            return
        patient_id = self.patient_id
        day: date = self.day.date().toPython()  # type: ignore[assignment]
        treatments = self.services.treatments
        value = f"{typed} {shown(measure.unit)}" if measure.unit else typed
        self.write(
            f"chart/{patient_id}/outcome",
            lambda: treatments.add_outcome(patient_id, measure.code, typed, day),
            self.save_button,
            self.message,
            QCoreApplication.translate("ChartOutcomes", "{measure}: {value} on {day} saved.").format(
                measure=shown(measure.label), value=value, day=display_date(day)
            ),
            self.value.clear,
        )
