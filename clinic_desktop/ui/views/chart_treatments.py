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

from collections.abc import Callable
from functools import partial
from html import escape

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
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
from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.products import PRODUCTS
from clinic_desktop.domain.safety import format_per_kg
from clinic_desktop.domain.treatment_record import TreatmentRecord
from clinic_desktop.domain.units import format_units
from clinic_desktop.domain.weights import format_kg
from clinic_desktop.domain.words import shown
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientChart
from clinic_desktop.services.treatments import RecordResult
from clinic_desktop.ui.appearance import readable_ink
from clinic_desktop.ui.dates import display_date
from clinic_desktop.ui.dialogs.proposals import ProposalsDialog
from clinic_desktop.ui.dialogs.treatment import AdverseEventDialog, AmendDialog, TreatmentDialog
from clinic_desktop.ui.dialogs.treatment.labels import severity_label, side_label
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.models.patient_list_model import alert_colour
from clinic_desktop.ui.names import name_table
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.slices import Slice, build
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

COLUMNS = (
    QT_TRANSLATE_NOOP("ChartTreatments", "Date"),
    QT_TRANSLATE_NOOP("ChartTreatments", "Indication"),
    QT_TRANSLATE_NOOP("ChartTreatments", "Protocol"),
    QT_TRANSLATE_NOOP("ChartTreatments", "Product"),
    QT_TRANSLATE_NOOP("ChartTreatments", "Lot"),
    QT_TRANSLATE_NOOP("ChartTreatments", "Units"),
    QT_TRANSLATE_NOOP("ChartTreatments", "Waste"),
    QT_TRANSLATE_NOOP("ChartTreatments", "Status"),
    QT_TRANSLATE_NOOP("ChartTreatments", "Changes"),
)
SITE_COLUMNS = (
    QT_TRANSLATE_NOOP("ChartTreatments", "Muscle or region"),
    QT_TRANSLATE_NOOP("ChartTreatments", "Side"),
    QT_TRANSLATE_NOOP("ChartTreatments", "Units"),
    QT_TRANSLATE_NOOP("ChartTreatments", "Points"),
)
RULE_LABELS = {
    "interval": QT_TRANSLATE_NOOP("ChartTreatments", "12-week interval"),
    "dose_window": QT_TRANSLATE_NOOP("ChartTreatments", "400 U in 3 months"),
    "unusual_total": QT_TRANSLATE_NOOP("ChartTreatments", "Unusual total"),
}
# The fields an amendment changes, as the history names them (others: their name, spaced).
FIELD_WORDS = {
    "notes": QT_TRANSLATE_NOOP("ChartTreatments", "notes"),
    "waste_units": QT_TRANSLATE_NOOP("ChartTreatments", "waste units"),
    "sites": QT_TRANSLATE_NOOP("ChartTreatments", "sites"),
}
OVERRIDE_COLOUR = "#a15c00"  # the overrides' heading (through readable_ink: every palette)
GREY = "#808080"  # "nothing happened since", quiet


def _words(text: str) -> str:
    return QCoreApplication.translate("ChartTreatments", text)


def _counted(count: int, one: str, more: str) -> str:
    """``one`` (already translated) for a single one, else ``more`` with {count} filled in."""
    return (one if count == 1 else more).format(count=count)


def changes_text(t: TreatmentRecord) -> str:
    """'2 overrides, 1 amendment': what happened to a treatment since it was charted."""
    parts = []
    if t.overrides:
        parts.append(
            _counted(
                len(t.overrides),
                QCoreApplication.translate("ChartTreatments", "1 override"),
                QCoreApplication.translate("ChartTreatments", "{count} overrides"),
            )
        )
    if t.amendments:
        parts.append(
            _counted(
                len(t.amendments),
                QCoreApplication.translate("ChartTreatments", "1 amendment"),
                QCoreApplication.translate("ChartTreatments", "{count} amendments"),
            )
        )
    if t.adverse_events:
        parts.append(
            _counted(
                len(t.adverse_events),
                QCoreApplication.translate("ChartTreatments", "1 adverse event"),
                QCoreApplication.translate("ChartTreatments", "{count} adverse events"),
            )
        )
    return ", ".join(parts)


def _value(value: object) -> str:
    if value is None or value == "":
        return NOTHING
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


class TreatmentsPage(ChartPage):
    BUILDS_IN_SLICES = True  # the chart window builds it a part a turn (ui/slices.py)

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        chart: PatientChart,
        slices: list[Slice] | None = None,  # given, only its skeleton is built now (ui/slices.py)
    ) -> None:
        super().__init__(services, operations)
        self.chart: PatientChart | None = None
        self.treatments: list[TreatmentRecord] = []
        self._chosen_row = 0  # the row selected once the list is shown (_show_list)
        self.dialog: QWidget | None = None
        self.follow_up: ProposalsDialog | None = None  # opened after charting: Enter books the first
        layout = QVBoxLayout(self)
        steps = (self._build_table, lambda: self._add_buttons(layout), lambda: self._add_detail(layout))
        build(steps, slices)

    def _build_table(self) -> None:
        self.model = TextTableModel([_words(c) for c in COLUMNS], self)
        self.table = text_table(self.model)
        name_table(self.table, QCoreApplication.translate("ChartTreatments", "Treatments"))
        self.table.selectionModel().selectionChanged.connect(self._selected)

    def _add_buttons(self, layout: QVBoxLayout) -> None:
        layout.addLayout(self._build_buttons())
        layout.addWidget(self.message)

    def _add_detail(self, layout: QVBoxLayout) -> None:
        below = self._build_detail()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(below)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        self.table.setMinimumHeight(130)  # a header and four treatments at least
        split.setSizes([170, 600])
        layout.addWidget(split, 1)
        self._enable()

    def _build_buttons(self) -> QHBoxLayout:
        """The summary and the buttons above the table (charting ones only for those who chart)."""
        self.chart_button = QPushButton(QCoreApplication.translate("ChartTreatments", "Chart treatment…"))
        self.chart_button.setToolTip(
            QCoreApplication.translate("ChartTreatments", "Record today's injections (Ctrl+T)")
        )
        self.chart_button.setShortcut(QKeySequence("Ctrl+T"))
        self.chart_button.clicked.connect(self.chart_treatment)
        self.sign_button = QPushButton(QCoreApplication.translate("ChartTreatments", "Sign"))
        self.sign_button.setToolTip(QCoreApplication.translate("ChartTreatments", "Sign the selected draft"))
        self.sign_button.clicked.connect(self.sign)
        self.amend_button = QPushButton(QCoreApplication.translate("ChartTreatments", "Amend…"))
        self.amend_button.setToolTip(
            QCoreApplication.translate("ChartTreatments", "Correct notes, waste or sites, with a reason")
        )
        self.amend_button.clicked.connect(self.amend)
        self.event_button = QPushButton(QCoreApplication.translate("ChartTreatments", "Add adverse event…"))
        self.event_button.clicked.connect(self.add_event)
        self.print_button = QPushButton(QCoreApplication.translate("ChartTreatments", "Print map"))
        self.print_button.setToolTip(
            QCoreApplication.translate("ChartTreatments", "Print the injection map of the selected treatment")
        )
        self.print_button.clicked.connect(self.print_map)
        self.aftercare_button = QPushButton(QCoreApplication.translate("ChartTreatments", "Aftercare sheet…"))
        self.aftercare_button.setToolTip(
            QCoreApplication.translate(
                "ChartTreatments", "Print or save the aftercare advice, in the patient's language"
            )
        )
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
        self.sites_model = TextTableModel([_words(c) for c in SITE_COLUMNS], self)
        self.sites_table = text_table(self.sites_model)
        name_table(
            self.sites_table,
            QCoreApplication.translate("ChartTreatments", "Injection sites of the selected treatment"),
        )
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
        for step in self.show_chart_in_steps(chart):
            step()

    def show_chart_in_steps(self, chart: PatientChart) -> list[Callable[[], None]]:
        """show_chart in two turns of the event loop (the chart window's): the list of
        treatments, then the one selected with its sites and map (a busy patient's, at once,
        froze the window: issue 22)."""
        return [partial(self._show_list, chart), self._show_selected]

    def _show_list(self, chart: PatientChart) -> None:
        super().show_chart(chart)
        chosen = self.current()
        self.chart = chart
        self.treatments = list(chart.treatments)
        time = self.facts.time
        rows, drafts = [], set()
        signed = QCoreApplication.translate("ChartTreatments", "Signed")
        draft = QCoreApplication.translate("ChartTreatments", "Draft — not signed")
        for row, t in enumerate(self.treatments):
            if not t.signed:
                drafts.add(row)
            rows.append(
                [
                    local_text(time, t.performed_at),
                    shown(t.indication.label),
                    t.protocol or NOTHING,
                    PRODUCTS[t.product].brand if t.product in PRODUCTS else t.product.value,
                    t.lot_number,
                    f"{format_units(t.total_units)} U" + (f" · {_per_kg(t)}" if t.weight_kg else ""),
                    f"{format_units(t.waste_units)} U · {t.waste_modifier}",
                    signed if t.signed else draft,
                    changes_text(t),
                ]
            )
        self.model.set_rows(rows, alerts=drafts)
        fit_columns(self.table)
        self.summary.setText(self._summary(len(rows), len(drafts)))
        ids = [t.id for t in self.treatments]
        self._chosen_row = ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0

    def _show_selected(self) -> None:
        if self.treatments:
            self.table.selectRow(self._chosen_row)
        self._show_detail()

    def _summary(self, count: int, drafts: int) -> str:
        """'3 treatments, most recent first · 1 draft to sign'."""
        if not count:
            if self.writes:
                return QCoreApplication.translate(
                    "ChartTreatments", "No treatments charted yet. Chart one with Ctrl+T."
                )
            return QCoreApplication.translate("ChartTreatments", "No treatments charted yet.")
        summary = _counted(
            count,
            QCoreApplication.translate("ChartTreatments", "1 treatment, most recent first"),
            QCoreApplication.translate("ChartTreatments", "{count} treatments, most recent first"),
        )
        if drafts:
            summary += " · " + _counted(
                drafts,
                QCoreApplication.translate("ChartTreatments", "1 draft to sign"),
                QCoreApplication.translate("ChartTreatments", "{count} drafts to sign"),
            )
        return summary

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
        self.detail.setText(facts_html(t, self.facts.time))
        self.sites_model.set_rows(
            [
                [s.muscle, side_label(s.side), f"{format_units(s.units)} U", str(s.injection_points)]
                for s in t.sites
            ]
        )
        fit_columns(self.sites_table)
        self.map.set_sites(t.sites)
        self.history.setText(history_html(t, self.facts.time))

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
        done = (
            QCoreApplication.translate("ChartTreatments", "Treatment of {units} U signed.")
            if t.signed
            else QCoreApplication.translate("ChartTreatments", "Treatment of {units} U saved as a draft.")
        ).format(units=format_units(t.total_units))
        notes = " ".join(shown(w.message) for w in result.warnings)
        if notes:
            done += " " + QCoreApplication.translate("ChartTreatments", "Note: {notes}").format(notes=notes)
        self.message.confirm(done)
        self.changed.emit()
        self.propose_follow_up(result)

    def propose_follow_up(self, result: RecordResult) -> ProposalsDialog:
        """Straight after charting, the next treatment's best slots: one key (Enter) books the first."""
        t = result.treatment
        dialog = ProposalsDialog(self.services, self.operations, t.patient_id, t.indication, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        booked = QCoreApplication.translate("ChartTreatments", "Next follow-up booked.")
        dialog.booked.connect(lambda _booked: self._written(booked))
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
            QCoreApplication.translate("ChartTreatments", "Treatment of {day} signed by {name}.").format(
                day=display_date(t.performed_on), name=t.provider_name
            ),
            lambda: None,
        )

    def amend(self) -> None:
        t = self.current()
        if t is None:
            return
        dialog = AmendDialog(self.services, self.operations, t, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        saved = QCoreApplication.translate("ChartTreatments", "Amendment saved.")
        dialog.amended.connect(lambda _r: self._written(saved))
        dialog.open()
        self.dialog = dialog

    def add_event(self) -> None:
        t = self.current()
        if t is None:
            return
        dialog = AdverseEventDialog(self.services, self.operations, t, self.facts.today, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        added = QCoreApplication.translate("ChartTreatments", "Adverse event added.")
        dialog.added.connect(lambda _r: self._written(added))
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
        return QCoreApplication.translate(
            "ChartTreatments", "{name} ({mrn}) — {when} — {treatment}, {dose} {product}, lot {lot}"
        ).format(
            name=f"{r.given_name} {r.family_name}",
            mrn=r.mrn,
            when=local_text(self.facts.time, t.performed_at),
            treatment=t.protocol or shown(t.indication.label),
            dose=f"{format_units(t.total_units)} U{per_kg}",
            product=t.product.value,
            lot=t.lot_number,
        )


def _dilution(t: TreatmentRecord) -> str:
    """'2 mL per vial (5 U per 0.1 mL)', or that it was not recorded."""
    if t.diluent_ml is None:
        return QCoreApplication.translate("ChartTreatments", "dilution not recorded")
    ml = format_units(t.diluent_ml)
    if t.units_per_tenth_ml:
        return QCoreApplication.translate(
            "ChartTreatments", "{ml} mL per vial ({units} U per 0.1 mL)"
        ).format(ml=ml, units=format_units(t.units_per_tenth_ml.normalize()))
    return QCoreApplication.translate("ChartTreatments", "{ml} mL per vial").format(ml=ml)


def facts_html(t: TreatmentRecord, time: ClinicTime) -> str:
    """The selected treatment in full: when, who, what, the dose, the ticks and the signature."""
    red = alert_colour().name()
    info = PRODUCTS.get(t.product)
    product = f"{info.label} ({info.brand})" if info else t.product.value
    if t.signed_at is not None:
        status = QCoreApplication.translate("ChartTreatments", "Signed by {name} on {when}").format(
            name=escape(t.signed_by), when=local_text(time, t.signed_at)
        )
    else:
        draft = QCoreApplication.translate("ChartTreatments", "Draft — not signed")
        status = f"<b style='color:{red}'>{escape(draft)}</b>"
    ticks = [
        ("✓ " if t.consent_checked else "✗ ")
        + QCoreApplication.translate("ChartTreatments", "consent checked"),
        ("✓ " if t.aftercare_given else "✗ ")
        + QCoreApplication.translate("ChartTreatments", "aftercare given"),
    ]
    supervised = (
        " "
        + QCoreApplication.translate("ChartTreatments", "(supervised by {name})").format(
            name=escape(t.supervised_by_name)
        )
        if t.supervised_by_name
        else ""
    )
    dose = f"<b>{format_units(t.total_units)} U</b>" + (f" (<b>{_per_kg(t)}</b>)" if t.weight_kg else "")
    points = _counted(
        t.total_injection_points,
        QCoreApplication.translate("ChartTreatments", "1 point"),
        QCoreApplication.translate("ChartTreatments", "{count} points"),
    )
    lines = [
        f"<b>{local_text(time, t.performed_at)}</b> · {escape(t.provider_name)}{supervised} · "
        f"{escape(shown(t.indication.label))}" + (f" · {escape(t.protocol)}" if t.protocol else ""),
        QCoreApplication.translate(
            "ChartTreatments", "{product}, lot {lot} (expires {expires}) · {dilution} · guidance: {guidance}"
        ).format(
            product=escape(product),
            lot=escape(t.lot_number),
            expires=display_date(t.lot_expires_on),
            dilution=escape(_dilution(t)),
            guidance=escape(shown(t.guidance.label)),
        ),
        QCoreApplication.translate(
            "ChartTreatments", "{dose} at {points} · waste {waste} U ({modifier}) · {ticks}"
        ).format(
            dose=dose,
            points=escape(points),
            waste=format_units(t.waste_units),
            modifier=t.waste_modifier,
            ticks=escape(" · ".join(ticks)),
        ),
        status,
    ]
    if t.notes:
        lines.append(f"<i>{escape(t.notes)}</i>")
    return "<br>".join(lines)


def _events_html(t: TreatmentRecord) -> str:
    resolved = QCoreApplication.translate(
        "ChartTreatments", "{event} ({severity}), from {onset} to {resolved}"
    )
    ongoing = QCoreApplication.translate(
        "ChartTreatments", "{event} ({severity}), from {onset}, not resolved"
    )
    items = "".join(
        "<li>"
        + (resolved if e.resolved else ongoing).format(
            event=escape(e.kind),
            severity=escape(severity_label(e.severity).lower()),
            onset=display_date(e.onset),
            resolved=display_date(e.resolved) if e.resolved else "",
        )
        + (f" — {escape(e.notes)}" if e.notes else "")
        + "</li>"
        for e in t.adverse_events
    )
    title = escape(QCoreApplication.translate("ChartTreatments", "Adverse events"))
    return f"<b>{title}</b><ul style='margin-left:-24px'>{items}</ul>"


def _overrides_html(t: TreatmentRecord, time: ClinicTime) -> str:
    by = QCoreApplication.translate("ChartTreatments", "Overridden by {name} on {when} — “{reason}”")
    items = "".join(
        f"<li><b>{escape(_words(RULE_LABELS[o.rule]) if o.rule in RULE_LABELS else o.rule)}</b>: "
        f"{escape(shown(o.message))}<br>"
        + by.format(name=escape(o.by), when=local_text(time, o.at), reason=escape(o.reason))
        + "</li>"
        for o in t.overrides
    )
    title = escape(QCoreApplication.translate("ChartTreatments", "Overrides"))
    colour = readable_ink(OVERRIDE_COLOUR)
    return f"<b style='color:{colour}'>{title}</b><ul style='margin-left:-24px'>{items}</ul>"


def _amendments_html(t: TreatmentRecord, time: ClinicTime) -> str:
    entry = QCoreApplication.translate("ChartTreatments", "{when} by {name} — “{reason}”")
    entries = []
    for a in t.amendments:
        changes = "".join(
            f"<br>{escape(_words(FIELD_WORDS[name]) if name in FIELD_WORDS else name.replace('_', ' '))}: "
            f"{escape(_value(change.get('before')))} → {escape(_value(change.get('after')))}"
            for name, change in a.changes.items()
        )
        said = entry.format(when=local_text(time, a.at), name=escape(a.by), reason=escape(a.reason))
        entries.append(f"<li>{said}{changes}</li>")
    title = escape(QCoreApplication.translate("ChartTreatments", "Amendments"))
    return f"<b>{title}</b><ul style='margin-left:-24px'>{''.join(entries)}</ul>"


def history_html(t: TreatmentRecord, time: ClinicTime) -> str:
    """What happened to the treatment since: adverse events, overrides, amendments."""
    parts = []
    if t.adverse_events:
        parts.append(_events_html(t))
    if t.overrides:
        parts.append(_overrides_html(t, time))
    if t.amendments:
        parts.append(_amendments_html(t, time))
    if parts:
        return "".join(parts)
    nothing = QCoreApplication.translate("ChartTreatments", "No adverse events, overrides or amendments.")
    return f"<span style='color:{readable_ink(GREY)}'>{escape(nothing)}</span>"


def _per_kg(t: TreatmentRecord) -> str:
    """'6 U/kg at 20 kg': a dose given by weight, at the weight it was checked against."""
    assert t.weight_kg is not None
    return QCoreApplication.translate("ChartTreatments", "{dose} at {weight}").format(
        dose=format_per_kg(t.total_units, t.weight_kg), weight=format_kg(t.weight_kg)
    )
