"""The chart's Treatments tab: every treatment, newest first, and the one selected in full — its sites
on the injection map, adverse events, overrides with who gave them and why, and amendments with the
values before and after. From here a provider charts a new treatment (Ctrl+T), signs a draft,
amends, reports an adverse event, or prints the map.

Writes go through the treatment service (the dialogs run them off the GUI thread); afterwards the
page emits ``changed`` and the chart window reads the chart again. A role that reads charts but does
not chart (the manager) sees the same page without the buttons that write: charting, signing,
amending and adverse events need Permission.CHART_WRITE (the service refuses them anyway).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.products import PRODUCTS
from clinic_desktop.domain.safety import format_per_kg
from clinic_desktop.domain.treatments import TreatmentRecord, format_units
from clinic_desktop.domain.weights import format_kg
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientChart
from clinic_desktop.services.treatments import RecordResult
from clinic_desktop.ui.dates import display_date
from clinic_desktop.ui.dialogs.proposals import ProposalsDialog
from clinic_desktop.ui.dialogs.treatment import (
    SIDE_LABELS,
    AdverseEventDialog,
    AmendDialog,
    TreatmentDialog,
)
from clinic_desktop.ui.models.patient_list_model import alert_colour
from clinic_desktop.ui.names import name_table
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.views.chart_base import (
    NOTHING,
    ChartPage,
    InlineMessage,
    TextTableModel,
    fit_columns,
    local_text,
    text_table,
)
from clinic_desktop.ui.widgets.injection_map import InjectionMap

COLUMNS = ("Date", "Indication", "Protocol", "Product", "Lot", "Units", "Waste", "Status", "Changes")
RULE_LABELS = {
    "interval": "12-week interval",
    "dose_window": "400 U in 3 months",
    "unusual_total": "Unusual total",
}


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


def changes_text(t: TreatmentRecord) -> str:
    parts = []
    if t.overrides:
        parts.append(_plural(len(t.overrides), "override"))
    if t.amendments:
        parts.append(_plural(len(t.amendments), "amendment"))
    if t.adverse_events:
        parts.append(_plural(len(t.adverse_events), "adverse event"))
    return ", ".join(parts)


def _value(value: object) -> str:
    if value is None or value == "":
        return NOTHING
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


class TreatmentsPage(ChartPage):
    def __init__(self, services: ClinicServices, operations: Operations, chart: PatientChart) -> None:
        super().__init__(services, operations)
        self.chart: PatientChart | None = None
        self.treatments: list[TreatmentRecord] = []
        self.dialog: QWidget | None = None
        self.follow_up: ProposalsDialog | None = None  # opened after charting: Enter books the first
        self.model = TextTableModel(COLUMNS, self)
        self.table = text_table(self.model)
        name_table(self.table, "Treatments")
        self.table.selectionModel().selectionChanged.connect(self._selected)
        top = self._build_buttons()
        below = self._build_detail()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(below)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        self.table.setMinimumHeight(130)  # a header and four treatments at least
        split.setSizes([170, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        self._enable()

    def _build_buttons(self) -> QHBoxLayout:
        """The summary and the buttons above the table (charting ones only for those who chart)."""
        self.chart_button = QPushButton("Chart treatment…")
        self.chart_button.setToolTip("Record today's injections (Ctrl+T)")
        self.chart_button.setShortcut(QKeySequence("Ctrl+T"))
        self.chart_button.clicked.connect(self.chart_treatment)
        self.sign_button = QPushButton("Sign")
        self.sign_button.setToolTip("Sign the selected draft")
        self.sign_button.clicked.connect(self.sign)
        self.amend_button = QPushButton("Amend…")
        self.amend_button.setToolTip("Correct notes, waste or sites, with a reason")
        self.amend_button.clicked.connect(self.amend)
        self.event_button = QPushButton("Add adverse event…")
        self.event_button.clicked.connect(self.add_event)
        self.print_button = QPushButton("Print map")
        self.print_button.setToolTip("Print the injection map of the selected treatment")
        self.print_button.clicked.connect(self.print_map)
        self.aftercare_button = QPushButton("Aftercare sheet…")
        self.aftercare_button.setToolTip("Print or save the aftercare advice, in the patient's language")
        self.aftercare_button.clicked.connect(self.aftercare)
        self.summary = QLabel("")
        self.message = InlineMessage()
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        self.writes = self.services.may(Permission.CHART_WRITE)  # a manager reads, does not chart
        self.write_buttons = (self.chart_button, self.sign_button, self.amend_button, self.event_button)
        for button in (*self.write_buttons, self.print_button, self.aftercare_button):
            top.addWidget(button)
        for button in self.write_buttons:
            button.setVisible(self.writes)
        return top

    def _build_detail(self) -> QSplitter:
        """The selected treatment: its facts, sites and history beside its injection map."""
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.sites_model = TextTableModel(("Muscle or region", "Side", "Units", "Points"), self)
        self.sites_table = text_table(self.sites_model)
        name_table(self.sites_table, "Injection sites of the selected treatment")
        self.sites_table.selectionModel().selectionChanged.connect(self._site_selected)
        self.sites_table.verticalHeader().setDefaultSectionSize(24)
        self.history = QLabel("")
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        history_scroll = QScrollArea()
        history_scroll.setWidgetResizable(True)
        history_scroll.setWidget(self.history)
        history_scroll.setMinimumHeight(90)
        self.map = InjectionMap(editable=False)
        self.map.site_clicked.connect(self._dot_clicked)
        self.map.setMinimumWidth(380)

        facts = QWidget()
        facts_layout = QVBoxLayout(facts)
        facts_layout.setContentsMargins(0, 0, 0, 0)
        facts_layout.addWidget(self.detail)
        facts_layout.addWidget(self.sites_table, 2)
        facts_layout.addWidget(history_scroll, 1)
        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(facts)
        below.addWidget(self.map)
        below.setStretchFactor(0, 1)
        below.setStretchFactor(1, 1)
        below.setChildrenCollapsible(False)
        self.detail_pane = below
        return below

    # --- showing ------------------------------------------------------------------------------------

    def show_chart(self, chart: PatientChart) -> None:
        super().show_chart(chart)
        chosen = self.current()
        self.chart = chart
        self.treatments = list(chart.treatments)
        time = self.facts.time
        rows, drafts = [], set()
        for row, t in enumerate(self.treatments):
            if not t.signed:
                drafts.add(row)
            rows.append(
                [
                    local_text(time, t.performed_at),
                    t.indication.label,
                    t.protocol or NOTHING,
                    PRODUCTS[t.product].brand if t.product in PRODUCTS else t.product.value,
                    t.lot_number,
                    f"{format_units(t.total_units)} U" + (f" · {_per_kg(t)}" if t.weight_kg else ""),
                    f"{format_units(t.waste_units)} U · {t.waste_modifier}",
                    "Signed" if t.signed else "Draft — not signed",
                    changes_text(t),
                ]
            )
        self.model.set_rows(rows, alerts=drafts)
        fit_columns(self.table)
        count = len(rows)
        self.summary.setText(
            f"{_plural(count, 'treatment')}, most recent first"
            + (f" · {_plural(len(drafts), 'draft')} to sign" if drafts else "")
            if count
            else "No treatments charted yet." + (" Chart one with Ctrl+T." if self.writes else "")
        )
        ids = [t.id for t in self.treatments]
        row = ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0
        if self.treatments:
            self.table.selectRow(row)
        self._show_detail()

    def current(self) -> TreatmentRecord | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows:
            return None
        row = min(rows)
        return self.treatments[row] if 0 <= row < len(self.treatments) else None

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_detail()

    def _enable(self) -> None:
        t = self.current()
        writes = self.writes
        self.chart_button.setEnabled(writes)  # hidden, and its Ctrl+T off too
        self.sign_button.setEnabled(writes and t is not None and not t.signed)
        for button in (self.amend_button, self.event_button):
            button.setEnabled(writes and t is not None)
        for button in (self.print_button, self.aftercare_button):
            button.setEnabled(t is not None)

    def _show_detail(self) -> None:
        self._enable()
        t = self.current()
        self.detail_pane.setVisible(t is not None)
        if t is None:
            self.map.set_sites([])
            return
        time = self.facts.time
        red = alert_colour().name()
        info = PRODUCTS.get(t.product)
        product = f"{info.label} ({info.brand})" if info else t.product.value
        dilution = (
            f"{format_units(t.diluent_ml)} mL per vial"
            + (
                f" ({format_units(t.units_per_tenth_ml.normalize())} U per 0.1 mL)"
                if t.units_per_tenth_ml
                else ""
            )
            if t.diluent_ml is not None
            else "dilution not recorded"
        )
        status = (
            f"Signed by {escape(t.signed_by)} on {local_text(time, t.signed_at)}"
            if t.signed_at is not None
            else f"<b style='color:{red}'>Draft — not signed</b>"
        )
        ticks = [
            ("✓ " if t.consent_checked else "✗ ") + "consent checked",
            ("✓ " if t.aftercare_given else "✗ ") + "aftercare given",
        ]
        supervised = f" (supervised by {escape(t.supervised_by_name)})" if t.supervised_by_name else ""
        lines = [
            f"<b>{local_text(time, t.performed_at)}</b> · {escape(t.provider_name)}{supervised} · "
            f"{escape(t.indication.label)}" + (f" · {escape(t.protocol)}" if t.protocol else ""),
            f"{escape(product)}, lot {escape(t.lot_number)} (expires {display_date(t.lot_expires_on)}) · "
            f"{escape(dilution)} · guidance: {escape(t.guidance.label)}",
            f"<b>{format_units(t.total_units)} U</b>"
            + (f" (<b>{_per_kg(t)}</b>)" if t.weight_kg else "")
            + f" at {_plural(t.total_injection_points, 'point')} · "
            f"waste {format_units(t.waste_units)} U ({t.waste_modifier}) · {' · '.join(ticks)}",
            status,
        ]
        if t.notes:
            lines.append(f"<i>{escape(t.notes)}</i>")
        self.detail.setText("<br>".join(lines))
        self.sites_model.set_rows(
            [
                [s.muscle, SIDE_LABELS[s.side], f"{format_units(s.units)} U", str(s.injection_points)]
                for s in t.sites
            ]
        )
        fit_columns(self.sites_table)
        self.map.set_sites(t.sites)
        self.history.setText(self._history(t))

    def _history(self, t: TreatmentRecord) -> str:
        time = self.facts.time
        parts = []
        if t.adverse_events:
            items = "".join(
                f"<li>{escape(e.kind)} ({e.severity.value}), from {display_date(e.onset)}"
                + (f" to {display_date(e.resolved)}" if e.resolved else ", not resolved")
                + (f" — {escape(e.notes)}" if e.notes else "")
                + "</li>"
                for e in t.adverse_events
            )
            parts.append(f"<b>Adverse events</b><ul style='margin-left:-24px'>{items}</ul>")
        if t.overrides:
            items = "".join(
                f"<li><b>{escape(RULE_LABELS.get(o.rule, o.rule))}</b>: {escape(o.message)}<br>"
                f"Overridden by {escape(o.by)} on {local_text(time, o.at)} — “{escape(o.reason)}”</li>"
                for o in t.overrides
            )
            parts.append(f"<b style='color:#a15c00'>Overrides</b><ul style='margin-left:-24px'>{items}</ul>")
        if t.amendments:
            entries = []
            for a in t.amendments:
                changes = "".join(
                    f"<br>{escape(name.replace('_', ' '))}: {escape(_value(change.get('before')))} → "
                    f"{escape(_value(change.get('after')))}"
                    for name, change in a.changes.items()
                )
                entries.append(
                    f"<li>{local_text(time, a.at)} by {escape(a.by)} — “{escape(a.reason)}”{changes}</li>"
                )
            parts.append(f"<b>Amendments</b><ul style='margin-left:-24px'>{''.join(entries)}</ul>")
        return "".join(parts) or "<span style='color:gray'>No adverse events, overrides or amendments.</span>"

    def _site_selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        rows = [index.row() for index in self.sites_table.selectionModel().selectedRows()]
        self.map.set_selected(rows[0] if rows else None)

    def _dot_clicked(self, index: int) -> None:
        self.sites_table.selectRow(index)

    # --- writing ------------------------------------------------------------------------------------

    def chart_treatment(self) -> None:
        if self.patient_id is None or not self.writes:
            return
        dialog = TreatmentDialog(self.services, self.operations, self.patient_id, self.chart, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self._recorded)
        dialog.open()
        self.dialog = dialog

    def _recorded(self, result: RecordResult) -> None:
        t = result.treatment
        done = "signed" if t.signed else "saved as a draft"
        notes = " ".join(w.message for w in result.warnings)
        self.message.confirm(
            f"Treatment of {format_units(t.total_units)} U {done}." + (f" Note: {notes}" if notes else "")
        )
        self.changed.emit()
        self.propose_follow_up(result)

    def propose_follow_up(self, result: RecordResult) -> ProposalsDialog:
        """Straight after charting, the next treatment's best slots: one key (Enter) books the first."""
        t = result.treatment
        dialog = ProposalsDialog(self.services, self.operations, t.patient_id, t.indication, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.booked.connect(lambda _booked: self._written("Next follow-up booked."))
        dialog.destroyed.connect(lambda: setattr(self, "follow_up", None))
        self.follow_up = dialog
        dialog.open()
        return dialog

    def sign(self) -> None:
        t = self.current()
        if t is None or t.signed:
            return
        treatments = self.services.treatments
        self.write(
            f"chart/{t.patient_id}/treatment-sign",
            lambda: treatments.sign(t.id, t.provider_name),
            self.sign_button,
            self.message,
            f"Treatment of {display_date(t.performed_on)} signed by {t.provider_name}.",
            lambda: None,
        )

    def amend(self) -> None:
        t = self.current()
        if t is None:
            return
        dialog = AmendDialog(self.services, self.operations, t, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.amended.connect(lambda _r: self._written("Amendment saved."))
        dialog.open()
        self.dialog = dialog

    def add_event(self) -> None:
        t = self.current()
        if t is None:
            return
        dialog = AdverseEventDialog(self.services, self.operations, t, self.facts.today, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(lambda _r: self._written("Adverse event added."))
        dialog.open()
        self.dialog = dialog

    def _written(self, text: str) -> None:
        self.message.confirm(text)
        self.changed.emit()

    def aftercare(self) -> QWidget | None:
        """The aftercare sheet for the selected treatment (its own window; returned for tests)."""
        from clinic_desktop.ui.dialogs.aftercare import open_aftercare

        t = self.current()
        if t is None or self.chart is None:
            return None
        self.dialog = open_aftercare(self, self.services, self.chart, t)
        return self.dialog

    def print_map(self) -> None:
        t = self.current()
        if t is None or self.chart is None:
            return
        self.map.print_map(self, self.map_heading(t))

    def map_heading(self, t: TreatmentRecord) -> str:
        """The printed map's heading: who, when, what; a dose given by weight with its U/kg."""
        assert self.chart is not None
        r = self.chart.record
        per_kg = f" ({_per_kg(t)})" if t.weight_kg else ""
        return (
            f"{r.given_name} {r.family_name} ({r.mrn}) — {local_text(self.facts.time, t.performed_at)} — "
            f"{t.protocol or t.indication.label}, {format_units(t.total_units)} U{per_kg} {t.product.value}, "
            f"lot {t.lot_number}"
        )


def _per_kg(t: TreatmentRecord) -> str:
    """'6 U/kg at 20 kg': a dose given by weight, at the weight it was checked against."""
    assert t.weight_kg is not None
    return f"{format_per_kg(t.total_units, t.weight_kg)} at {format_kg(t.weight_kg)}"
