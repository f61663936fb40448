"""Charting a treatment, fast: for a migraine patient the PREEMPT template is already chosen, the lot
and dilution are filled in, and Ctrl+Return signs.

The dialog holds no clinical rules. As the provider types it asks the treatment service what the
rules find (off the GUI thread, a quarter-second after the last change) and shows every finding:
a refusal in red, one that needs a reason in amber with the reason field beside it, a note in grey.
Saving goes through the same service, which checks again inside its write; a refusal keeps the
dialog open with everything typed.

Plain Return never signs: a signature is a deliberate act (Ctrl+Return, or the Sign button), and
Return is what a provider presses to finish typing a dose in the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDateTime, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.clinic_time import ClinicTime
from clinic_desktop.domain.codes import AppointmentStatus, Indication, Product, Side
from clinic_desktop.domain.entities import Provider
from clinic_desktop.domain.errors import ClinicError, OverrideRequiredError
from clinic_desktop.domain.products import PRODUCTS
from clinic_desktop.domain.protocols import (
    DRAW_STEP,
    WEIGHT_BASED_PROTOCOLS,
    WeightBasedTemplate,
    weight_based_protocol,
)
from clinic_desktop.domain.safety import (
    WEIGHT_VALID_DAYS,
    Finding,
    Level,
    Recipient,
    format_per_kg,
    session_limit,
)
from clinic_desktop.domain.signing import is_linked_provider
from clinic_desktop.domain.treatments import (
    AdverseEventEntry,
    Guidance,
    Lot,
    ProtocolTemplate,
    Severity,
    SiteDose,
    TreatmentDraft,
    TreatmentRecord,
    format_units,
    parse_units,
    site_units,
    total_points,
    total_units,
    units_per_tenth_ml,
    vials_and_waste,
    waste_modifier,
)
from clinic_desktop.domain.weights import Weight, format_kg
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.patients import PatientChart
from clinic_desktop.services.treatments import ClinicalRuleError, RecordResult
from clinic_desktop.ui.dates import display_date, qdate
from clinic_desktop.ui.models.patient_list_model import alert_colour
from clinic_desktop.ui.operations import Operations
from clinic_desktop.ui.widgets.injection_map import InjectionMap, known_muscles

Index = QModelIndex | QPersistentModelIndex
DEBOUNCE_MS = 250
AMBER = "#a15c00"
MUTED = "palette(placeholder-text)"
SIDE_LABELS = {Side.LEFT: "Left", Side.RIGHT: "Right", Side.BILATERAL: "Both sides", Side.MIDLINE: "Midline"}
# The strength a built-in template is given at, in U per 0.1 mL (domain/protocols.py cites each):
# PREEMPT 100 U in 2 mL, axillary hyperhidrosis 100 U in 4 mL, overactive bladder 100 U in 10 mL.
# Kept as a strength, so a 200 U vial is offered the volume that gives the same dose per 0.1 mL.
TEMPLATE_STRENGTH = {
    "PREEMPT": Decimal("5"),
    "Axillary hyperhidrosis": Decimal("2.5"),
    "Overactive bladder": Decimal("1"),
    # The children's templates are drawn at 100 U in 2 mL (domain/protocols.py, DRAW_STEP).
    **{t.name: DRAW_STEP * 10 for t in WEIGHT_BASED_PROTOCOLS},
}
LAST_TIME = "__last__"


def product_label(product: Product) -> str:
    info = PRODUCTS[product]
    return f"{info.label} ({info.brand})"


def lot_label(lot: Lot) -> str:
    vials = f"{lot.vials_left} vial{'s' if lot.vials_left != 1 else ''} left"
    return f"{lot.lot_number} — expires {lot.expires_on:%Y-%m-%d} — {vials} of {lot.units_per_vial} U"


def waste_text(
    total: Decimal, waste: Decimal | None, units_per_vial: int | None
) -> tuple[Decimal | None, str]:
    """The units discarded and how the chart says it. Blank waste means the rest of the single-use
    vials opened (the service's rule when it records the treatment)."""
    if units_per_vial is None or total <= 0:
        return waste, ""
    vials, waste = vials_and_waste(total, waste, units_per_vial)
    opened = f"{vials} vial{'s' if vials != 1 else ''} of {units_per_vial} U"
    return waste, f"{opened} opened · {format_units(waste)} U discarded · {waste_modifier(waste)}"


# --- the sites table ----------------------------------------------------------------------------

MUSCLE, SIDE, UNITS, POINTS = range(4)


class _SideDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for side, label in SIDE_LABELS.items():
            combo.addItem(label, side.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.UserRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)
            model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class _MuscleDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        completer = QCompleter(known_muscles(), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor


@dataclass
class SitesRead:
    """What the table holds: the sites that read, the table row of each, and the rows that do not."""

    sites: list[SiteDose] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class SitesEditor(QWidget):
    """Muscle, side, units and injection points per row; the totals are computed, never typed."""

    changed = Signal()
    row_selected = Signal(int)  # table row, -1 for none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["Muscle or region", "Side", "Units", "Points"])
        self.table.setItemDelegateForColumn(MUSCLE, _MuscleDelegate(self.table))
        self.table.setItemDelegateForColumn(SIDE, _SideDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        heading = self.table.horizontalHeader()
        heading.setSectionResizeMode(MUSCLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((SIDE, 100), (UNITS, 64), (POINTS, 66)):
            heading.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, width)
        self.table.itemChanged.connect(lambda _item: self._changed())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton("Add site")
        self.add_button.setToolTip("Add a row (or click a grey circle on the map)")
        self.add_button.clicked.connect(lambda: self.add_site("", Side.LEFT, None, 1, edit=True))
        self.remove_button = QPushButton("Remove site")
        self.remove_button.setToolTip("Remove the selected row (Delete)")
        self.remove_button.clicked.connect(self.remove_selected)
        remove = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)
        self.total = QLabel("")
        self.total.setObjectName("sitesTotal")
        self.total.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {alert_colour().name()};")
        self.problem.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        self._quiet = False
        self.read = SitesRead()
        self._changed()

    def set_sites(self, sites: Sequence[SiteDose]) -> None:
        self._quiet = True
        self.table.setRowCount(0)
        for site in sites:
            self._append(site.muscle, site.side, site.units, site.injection_points)
        self._quiet = False
        self._changed()

    def _append(self, muscle: str, side: Side, units: Decimal | None, points: int) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, MUSCLE, QTableWidgetItem(muscle))
        side_item = QTableWidgetItem(SIDE_LABELS[side])
        side_item.setData(Qt.ItemDataRole.UserRole, side.value)
        self.table.setItem(row, SIDE, side_item)
        units_item = QTableWidgetItem(format_units(units) if units is not None else "")
        units_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, UNITS, units_item)
        points_item = QTableWidgetItem()
        points_item.setData(Qt.ItemDataRole.EditRole, points)
        points_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, POINTS, points_item)
        return row

    def add_site(
        self, muscle: str, side: Side, units: Decimal | None, points: int = 1, edit: bool = False
    ) -> int:
        """A new row; with ``edit`` the first empty cell is opened for typing."""
        self._quiet = True
        row = self._append(muscle, side, units, points)
        self._quiet = False
        self._changed()
        self.select_row(row)
        if edit:
            column = MUSCLE if not muscle else UNITS
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.setCurrentCell(row, column)
            item = self.table.item(row, column)
            if item is not None:
                self.table.editItem(item)
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self._changed()

    def select_row(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.selectRow(row)
            item = self.table.item(row, MUSCLE)
            if item is not None:
                self.table.scrollToItem(item)

    def set_read_only(self, read_only: bool) -> None:
        if read_only:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _read(self) -> SitesRead:
        read = SitesRead()
        for row in range(self.table.rowCount()):
            muscle = self._cell(row, MUSCLE)
            units_text = self._cell(row, UNITS)
            if not muscle and not units_text:
                continue  # a row added and not yet filled in
            side_item = self.table.item(row, SIDE)
            side = Side(side_item.data(Qt.ItemDataRole.UserRole)) if side_item is not None else Side.LEFT
            points_item = self.table.item(row, POINTS)
            points = int(points_item.data(Qt.ItemDataRole.EditRole) or 0) if points_item is not None else 1
            try:
                if not muscle:
                    raise ClinicError("name the muscle or region")
                if not units_text:
                    raise ClinicError(f"enter the units given in the {muscle}")
                units = site_units(units_text, f"{muscle} ({side.value})")
                read.sites.append(SiteDose(muscle, side, units, points))
                read.rows.append(row)
            except ClinicError as exc:
                read.problems.append(f"Row {row + 1}: {exc.message}")
        return read

    def _changed(self) -> None:
        if self._quiet:
            return
        self.read = self._read()
        sites = self.read.sites
        points = total_points(sites)
        self.total.setText(
            f"Total {format_units(total_units(sites))} U · "
            f"{points} injection point{'s' if points != 1 else ''}"
        )
        self.problem.setText(" ".join(self.read.problems))
        self.problem.setVisible(bool(self.read.problems))
        self.changed.emit()

    def _selection_changed(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        self.row_selected.emit(min(rows) if rows else -1)

    def site_index_of_row(self, row: int) -> int | None:
        return self.read.rows.index(row) if row in self.read.rows else None


# --- the findings -------------------------------------------------------------------------------


class FindingsPanel(QLabel):
    """What the rules say about the treatment as typed, most serious first."""

    def __init__(self) -> None:
        super().__init__("Checking…")
        self.setObjectName("findings")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(48)
        self.setStyleSheet(
            "QLabel#findings { border: 1px solid palette(mid); border-radius: 4px; padding: 6px;"
            " background: palette(base); }"
        )
        self.findings: list[Finding] = []

    def show_findings(
        self, findings: Sequence[Finding], notes: Sequence[str] = (), problem: str = ""
    ) -> None:
        from html import escape

        self.findings = list(findings)
        red = alert_colour().name()
        lines = []
        if problem:
            lines.append(f"<span style='color:{red}'><b>Cannot be saved yet:</b> {escape(problem)}</span>")
        for finding in findings:
            text = escape(finding.message)
            if finding.level is Level.REFUSE:
                lines.append(f"<span style='color:{red}'><b>Refused:</b> {text}</span>")
            elif finding.level is Level.OVERRIDE:
                lines.append(f"<span style='color:{AMBER}'><b>Needs a reason:</b> {text}</span>")
            else:
                lines.append(f"<span style='color:gray'>Note: {text}</span>")
        lines.extend(f"<span style='color:gray'>Note: {escape(note)}</span>" for note in notes)
        if not lines:
            lines.append("<span style='color:#2e7d32'>✓ No rule stops this treatment.</span>")
        self.setText("<br>".join(lines))

    @property
    def refused(self) -> bool:
        return any(f.level is Level.REFUSE for f in self.findings)

    @property
    def needs_reason(self) -> bool:
        return any(f.level is Level.OVERRIDE for f in self.findings)


# --- the dialog ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Setup:
    chart: PatientChart
    providers: list[Provider]
    protocols: list[ProtocolTemplate]
    lots: dict[Product, list[Lot]]
    clinic_time: ClinicTime
    now: datetime
    today: date
    own_provider_id: int | None = None  # a provider account charts as its own provider only


def _usable_lots(services: ClinicServices, day: date) -> dict[Product, list[Lot]]:
    return {product: services.treatments.usable_lots(product, day) for product in Product}


class TreatmentDialog(QDialog):
    ready = Signal()  # the form is filled and can be used
    checked = Signal(list)  # the findings shown after a check
    recorded = Signal(object)  # RecordResult: saved (signed or as a draft)
    protocol_saved = Signal(object)  # the clinic's template saved, or None when refused (said why)

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        patient_id: int,
        chart: PatientChart | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.operations = operations
        self.patient_id = patient_id
        self.chart = chart
        self.clinic_time = ClinicTime()
        self.today = date(1970, 1, 1)
        self.lots: dict[Product, list[Lot]] = {}
        self.protocols: list[ProtocolTemplate] = []
        self.result_: RecordResult | None = None
        self.appointment_id: int | None = None
        self.recipient: Recipient | None = None  # the patient's age and weights (children's doses)
        self._lots_day = self.today  # the day the lots on offer were read for
        self._strength: Decimal | None = None  # U per 0.1 mL chosen, kept when the lot changes
        self._filling = False
        self._loaded = False
        self.setWindowTitle("Chart treatment")
        self.setSizeGripEnabled(True)
        self.resize(1180, 800)
        self._build()
        self._load()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.alerts = QLabel("")
        self.alerts.setWordWrap(True)
        self.alerts.setStyleSheet(f"color: {alert_colour().name()}; font-weight: bold;")
        self.alerts.hide()
        self.provider = QComboBox()
        self.supervised = QComboBox()
        self.supervised.setToolTip(
            "A nurse injector's supervising physician, kept beside the provider who gives and signs it"
        )
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.indication = QComboBox()
        for indication in Indication:
            self.indication.addItem(indication.label, indication.value)
        self.protocol = QComboBox()
        self.product = QComboBox()
        for product in Product:
            self.product.addItem(product_label(product), product.value)
        self.lot = QComboBox()
        self.lot.setMinimumContentsLength(30)
        self.diluent = QComboBox()
        self.diluent.setToolTip("Saline added to each vial; the label's volumes for this vial size")
        self.guidance = QComboBox()
        for guidance in Guidance:
            self.guidance.addItem(guidance.label, guidance.value)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)

        def pair(row: int, column: int, text: str, widget: QWidget | QHBoxLayout) -> None:
            label = QLabel(text)
            grid.addWidget(label, row, column * 2, Qt.AlignmentFlag.AlignRight)
            if isinstance(widget, QWidget):
                label.setBuddy(widget)
                grid.addWidget(widget, row, column * 2 + 1)
            else:
                grid.addLayout(widget, row, column * 2 + 1)

        pair(0, 0, "P&rovider:", self.provider)
        pair(0, 1, "&Date and time:", self.when)
        pair(1, 0, "&Indication:", self.indication)
        pair(1, 1, "Pro&tocol:", self.protocol)
        pair(2, 0, "Pro&duct:", self.product)
        pair(2, 1, "&Lot:", self.lot)
        pair(3, 0, "Dil&uent per vial:", self.diluent)
        pair(3, 1, "&Guidance:", self.guidance)
        pair(4, 0, "Supervised b&y:", self.supervised)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.sites = SitesEditor()
        self.waste = QLineEdit()
        self.waste.setPlaceholderText("rest of vials")
        self.waste.setMaximumWidth(130)
        self.waste.setToolTip("Units discarded. Leave blank: what is left in the vials opened")
        self.waste_summary = QLabel("")
        waste_row = QHBoxLayout()
        waste_label = QLabel("&Waste (units):")
        waste_label.setBuddy(self.waste)
        waste_row.addWidget(waste_label)
        waste_row.addWidget(self.waste)
        waste_row.addWidget(self.waste_summary, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        sites_title = QLabel("Injection sites")
        sites_title.setStyleSheet("font-weight: bold;")
        left_layout.addWidget(sites_title)
        left_layout.addWidget(self.sites, 1)
        # Units per kilogram as the sites are filled in (a child's dose is set by weight).
        self.per_kg = QLabel("")
        self.per_kg.setObjectName("unitsPerKg")
        self.per_kg.setWordWrap(True)
        self.per_kg.hide()
        left_layout.addWidget(self.per_kg)
        left_layout.addLayout(waste_row)
        self.map = InjectionMap(editable=True)
        self.map.setMinimumWidth(400)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.map)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)

        self.consent = QCheckBox("Consent checked before injecting")
        self.consent.setToolTip("Space ticks it")
        self.aftercare = QCheckBox("Aftercare advice given")
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText("Notes (optional)")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)
        self.events = QTableWidget(0, 4)
        self.events.setHorizontalHeaderLabels(["Adverse event", "Severity", "Onset", "Notes"])
        self.events.verticalHeader().setVisible(False)
        self.events.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.events.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.events.setFixedHeight(86)
        self.events.hide()
        self.add_event = QPushButton("Add adverse event")
        self.add_event.setToolTip("Something that happened during the visit (vasovagal, bleeding, …)")
        self.add_event.clicked.connect(self.add_event_row)
        self.remove_event = QPushButton("Remove")
        self.remove_event.clicked.connect(self._remove_event_row)
        self.remove_event.hide()
        checks = QHBoxLayout()
        checks.addWidget(self.consent)
        checks.addSpacing(16)
        checks.addWidget(self.aftercare)
        checks.addStretch(1)
        checks.addWidget(self.add_event)
        checks.addWidget(self.remove_event)
        bottom_left = QVBoxLayout()
        bottom_left.addLayout(checks)
        bottom_left.addWidget(self.events)
        bottom_left.addWidget(self.notes)

        self.findings = FindingsPanel()
        self.override = QLineEdit()
        self.override.setPlaceholderText("Why you are going ahead anyway (kept on the record)")
        self.override_label = QLabel("&Override reason:")
        self.override_label.setBuddy(self.override)
        self.override_label.setStyleSheet(f"color: {AMBER}; font-weight: bold;")
        override_row = QHBoxLayout()
        override_row.addWidget(self.override_label)
        override_row.addWidget(self.override, 1)
        self.override_box = QWidget()
        self.override_box.setLayout(override_row)
        override_row.setContentsMargins(0, 0, 0, 0)
        self.override_box.hide()
        checks_box = QGroupBox("Safety checks")
        checks_layout = QVBoxLayout(checks_box)
        checks_layout.addWidget(self.findings, 1)
        checks_layout.addWidget(self.override_box)
        bottom = QHBoxLayout()
        bottom.addLayout(bottom_left, 5)
        bottom.addWidget(checks_box, 4)

        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.draft_button = self.buttons.addButton("Save draft", QDialogButtonBox.ButtonRole.ActionRole)
        self.draft_button.setToolTip("Save unsigned; sign it later from the chart")
        self.template_button = self.buttons.addButton(
            "Save as protocol…", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.template_button.setToolTip("Keep these sites as one of the clinic's own protocol templates")
        self.template_button.clicked.connect(lambda: self.save_as_protocol())
        self.sign_button = self.buttons.addButton("Sign", QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setToolTip("Record and sign (Ctrl+Return)")
        self.sign_button.setText("Sign  (Ctrl+Return)")
        self.sign_button.setStyleSheet("font-weight: bold; padding: 4px 14px;")
        self.sign_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.draft_button.clicked.connect(lambda: self.save(sign=False))
        self.sign_button.clicked.connect(lambda: self.save(sign=True))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda: self.save(sign=True))
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {alert_colour().name()}; font-weight: bold;")
        self.message.hide()
        footer = QHBoxLayout()
        footer.addWidget(self.message, 1)
        footer.addWidget(self.buttons)
        self._set_enabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.alerts)
        layout.addLayout(grid)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        layout.addLayout(footer)
        for button in self.findChildren(QPushButton):  # Sign is the only default: no other button
            button.setAutoDefault(False)  # takes Return for itself
        self.sign_button.setDefault(True)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.check_now)
        self.protocol.currentIndexChanged.connect(self._protocol_chosen)
        self.product.currentIndexChanged.connect(self._product_chosen)
        self.lot.currentIndexChanged.connect(self._lot_chosen)
        self.diluent.currentIndexChanged.connect(self._diluent_chosen)
        self.when.dateTimeChanged.connect(self._when_changed)
        for combo in (self.provider, self.supervised, self.indication, self.guidance):
            combo.currentIndexChanged.connect(self._edited)
        self.waste.textChanged.connect(self._edited)
        self.override.textChanged.connect(self._override_typed)
        self.sites.changed.connect(self._sites_changed)
        self.sites.row_selected.connect(self._row_selected)
        self.map.site_clicked.connect(self._dot_clicked)
        self.map.region_clicked.connect(self._region_clicked)

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.draft_button, self.sign_button):
            button.setEnabled(enabled)

    # --- loading --------------------------------------------------------------------------------

    def _load(self) -> None:
        services, patient_id, chart = self.services, self.patient_id, self.chart

        def work() -> _Setup:
            found = chart or services.patients.chart(patient_id)
            today = services.patients.today()
            providers = [p for p in services.resources.providers() if p.active]
            session = services.session
            own = session.provider_id if session is not None and is_linked_provider(session) else None
            return _Setup(
                found,
                providers,
                services.treatments.protocols(),
                _usable_lots(services, today),
                services.time,
                services.now(),
                today,
                own,
            )

        self.operations.run(f"treatment-setup/{patient_id}", work, self._fill, self._refused)

    def _fill(self, setup: _Setup) -> None:
        self._filling = True
        chart = setup.chart
        self.chart, self.clinic_time, self.today = chart, setup.clinic_time, setup.today
        self.lots, self.protocols = setup.lots, setup.protocols
        record = chart.record
        self.recipient = Recipient(record.date_of_birth, tuple(chart.weights))
        self.setWindowTitle(f"Chart treatment — {record.given_name} {record.family_name} ({record.mrn})")
        if chart.alerts:
            self.alerts.setText("⚠ " + " · ".join(chart.alerts))
            self.alerts.show()
        latest = chart.treatments[0] if chart.treatments else None

        for provider in setup.providers:
            self.provider.addItem(provider.name, provider.id)
        self.supervised.addItem("Nobody", None)
        for provider in setup.providers:
            self.supervised.addItem(provider.name, provider.id)
        today_visit = self._todays_visit(chart)
        self.appointment_id = today_visit[0] if today_visit else None
        provider_id = today_visit[1] if today_visit else (latest.provider_id if latest else None)
        if setup.own_provider_id is not None:
            # The person charting is the provider who gives it (domain/signing.py): not a choice.
            provider_id = setup.own_provider_id
            self.provider.setEnabled(False)
            self.provider.setToolTip("You chart and sign as yourself; a supervising physician goes below")
        if provider_id is not None:
            self.provider.setCurrentIndex(max(self.provider.findData(provider_id), 0))

        local = setup.clinic_time.to_local(setup.now).replace(second=0, microsecond=0, tzinfo=None)
        self.when.setDateTime(QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0))

        indication = self._default_indication(chart)
        self.indication.setCurrentIndex(max(self.indication.findData(indication.value), 0))

        self.protocol.addItem("No template — enter the sites", None)
        for template in setup.protocols:
            self.protocol.addItem(f"{template.name} — {format_units(template.total_units)} U", template.name)
        for per_kg in WEIGHT_BASED_PROTOCOLS:
            self.protocol.addItem(self._per_kg_label(per_kg, setup.today), per_kg.name)
        if latest is not None:
            self.protocol.addItem(
                f"Same sites as last time ({latest.performed_on:%Y-%m-%d}, "
                f"{format_units(latest.total_units)} U)",
                LAST_TIME,
            )
        self._lots_day = setup.today
        chosen = self._default_protocol(indication, latest)
        if chosen is not None:
            self.protocol.setCurrentIndex(max(self.protocol.findData(chosen), 0))
        self._filling = False
        if chosen is not None:
            self._protocol_chosen()
        else:
            self._set_product(latest.product if latest else Product.ONABOTULINUMTOXINA)
        if latest is not None and latest.indication is indication:
            self.guidance.setCurrentIndex(max(self.guidance.findData(latest.guidance.value), 0))
        self._loaded = True
        self._set_enabled(True)
        self._update_per_kg()
        self.consent.setFocus(Qt.FocusReason.OtherFocusReason)
        self.check_now()
        self.ready.emit()

    def _todays_visit(self, chart: PatientChart) -> tuple[int, int] | None:
        """(appointment id, provider id) of the patient's visit today, if there is one."""
        for entry in [*chart.past, *chart.upcoming]:
            a = entry.appointment
            if a.status in (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW):
                continue
            if self.clinic_time.local_date(a.start) == self.today:
                return a.id, a.provider_id
        return None

    @staticmethod
    def _default_indication(chart: PatientChart) -> Indication:
        if chart.treatments:
            return chart.treatments[0].indication
        if chart.summary.conditions:
            return chart.summary.conditions[0].indication
        return Indication.OTHER

    def _default_protocol(self, indication: Indication, latest: TreatmentRecord | None) -> str | None:
        own = {t.name for t in self.protocols if not t.builtin}  # the clinic's own, chosen last time
        children = {t.name for t in WEIGHT_BASED_PROTOCOLS}
        if latest is not None and latest.indication is indication and latest.protocol in own | children:
            return latest.protocol
        if self.recipient is not None and self.recipient.child_on(self.today):
            for per_kg in WEIGHT_BASED_PROTOCOLS:  # a child: the template by weight
                if per_kg.indication is indication:
                    return per_kg.name
        names = {t.name for t in self.protocols}
        if latest is not None and latest.indication is indication and latest.protocol in names:
            return latest.protocol
        for template in self.protocols:  # the built-ins first: PREEMPT for chronic migraine
            if template.indication is indication:
                return template.name
        return None

    # --- choices --------------------------------------------------------------------------------

    def template(self) -> ProtocolTemplate | None:
        """The chosen template; a children's one in units for the weight of the day (None without
        a recent weight)."""
        name = self.protocol.currentData()
        per_kg = weight_based_protocol(name) if isinstance(name, str) else None
        if per_kg is not None:
            weight = self.weight_of_day()
            if weight is None:
                return None
            try:
                return per_kg.for_weight(weight.kg)
            except ClinicError:
                return None
        return next((t for t in self.protocols if t.name == name), None)

    def day(self) -> date:
        try:
            return self.clinic_time.local_date(self.performed_at())
        except ClinicError:
            return self.today

    def weight_of_day(self) -> Weight | None:
        """The patient's weight on the day charted, if measured within 90 days before it."""
        return self.recipient.recent_weight(self.day()) if self.recipient is not None else None

    def _per_kg_label(self, per_kg: WeightBasedTemplate, day: date) -> str:
        weight = self.recipient.recent_weight(day) if self.recipient is not None else None
        if weight is None:
            return f"{per_kg.name} — {format_units(per_kg.units_per_kg)} U/kg, needs a recent weight"
        try:
            units = per_kg.for_weight(weight.kg).total_units
        except ClinicError:
            return f"{per_kg.name} — {format_units(per_kg.units_per_kg)} U/kg"
        return f"{per_kg.name} — {format_units(units)} U at {format_kg(weight.kg)}"

    def _update_per_kg(self) -> None:
        """Units per kilogram of the sites as typed, at the weight of the day; for a child the
        label's limit beside it (red when passed), or that a weight is needed first."""
        recipient = self.recipient
        if recipient is None:
            self.per_kg.hide()
            return
        day = self.day()
        child = recipient.child_on(day)
        weight = recipient.recent_weight(day)
        alert = f"color: {alert_colour().name()}; font-weight: bold;"
        if weight is None:
            self.per_kg.setText(
                f"Under 18: doses are set by weight, and no weight from the last {WEIGHT_VALID_DAYS} "
                "days is on record. Weigh the patient and record it (the chart's Weight tab) first."
            )
            self.per_kg.setStyleSheet(alert)
            self.per_kg.setVisible(child)
            return
        sites = self.sites.read.sites
        total = total_units(sites)
        text = (
            f"{format_per_kg(total, weight.kg)} at {format_kg(weight.kg)} (weighed {display_date(weight.on)})"
        )
        over = False
        if child:
            product, indication = self.product_value(), Indication(self.indication.currentData())
            limit = session_limit(product, indication, sites)
            if limit is None:
                text += " · no weight-based limit is known for this product and indication"
            else:
                cap = limit.units(weight.kg)
                over = total > cap
                text += f" · a child's limit here: {format_units(cap)} U ({limit.words})"
        self.per_kg.setText(text)
        self.per_kg.setStyleSheet(alert if over else "font-weight: bold;")
        self.per_kg.show()

    def _protocol_chosen(self, _index: int = 0) -> None:
        if self._filling:
            return
        choice = self.protocol.currentData()
        latest = self.chart.treatments[0] if self.chart and self.chart.treatments else None
        if choice == LAST_TIME and latest is not None:
            self._fill_sites(latest.sites, latest.product, latest.indication, latest.units_per_tenth_ml)
            return
        template = self.template()
        if template is not None:
            strength = TEMPLATE_STRENGTH.get(template.name) if template.builtin else None
            self._fill_sites(template.sites, template.product, template.indication, strength)
        elif isinstance(choice, str) and (per_kg := weight_based_protocol(choice)) is not None:
            # Its product and dilution still apply: the sites wait for the weight.
            self._filling = True
            self.indication.setCurrentIndex(max(self.indication.findData(per_kg.indication.value), 0))
            self._filling = False
            self._set_product(per_kg.product, TEMPLATE_STRENGTH.get(per_kg.name))
            self._show_problem(
                f"The {choice} template sets the units from the weight: record the patient's weight "
                f"(from the last {WEIGHT_VALID_DAYS} days) in the chart's Weight tab first."
            )
        self._edited()

    def _fill_sites(
        self,
        sites: Sequence[SiteDose],
        product: Product,
        indication: Indication,
        strength: Decimal | None,
    ) -> None:
        self._filling = True
        self.indication.setCurrentIndex(max(self.indication.findData(indication.value), 0))
        self._filling = False
        self._set_product(product, strength)
        self.sites.set_sites(sites)
        self.map.set_sites(self.sites.read.sites)
        self._edited()

    def save_as_protocol(self, name: str | None = None) -> bool:
        """Keep the sites as one of the clinic's own templates (same name as one of them: replaced).
        Saved off the GUI thread (a write waits for the database: the window must not freeze);
        protocol_saved tells when it is done. False: nothing was sent (said why, or cancelled)."""
        read = self.sites.read
        if read.problems or not read.sites:
            self._show_problem(read.problems[0] if read.problems else "Add the injection sites first.")
            return False
        if name is None:
            current = self.template()
            suggested = current.name if current is not None and not current.builtin else ""
            name, ok = QInputDialog.getText(
                self, "Save as protocol", "Name of the clinic's protocol:", text=suggested
            )
            if not ok:
                return False
        own = next(
            (t for t in self.protocols if not t.builtin and t.name.casefold() == name.strip().casefold()),
            None,
        )
        template = ProtocolTemplate(
            name=name,
            indication=Indication(self.indication.currentData()),
            product=self.product_value(),
            sites=tuple(read.sites),
            source="The clinic's own template",
            builtin=False,
            id=own.id if own is not None else None,
        )
        treatments = self.services.treatments
        self.operations.run(
            "treatment/save-protocol", lambda: treatments.save_protocol(template), self._protocol_saved,
            self._protocol_refused,
        )  # fmt: skip
        return True

    def _protocol_refused(self, error: ClinicError) -> None:
        self._show_problem(error.message)
        self.protocol_saved.emit(None)

    def _protocol_saved(self, saved: ProtocolTemplate) -> None:
        self.protocols = [t for t in self.protocols if t.id != saved.id or t.builtin] + [saved]
        self._filling = True
        index = self.protocol.findData(saved.name)
        label = f"{saved.name} — {format_units(saved.total_units)} U"
        if index < 0:
            self.protocol.addItem(label, saved.name)
            index = self.protocol.count() - 1
        else:
            self.protocol.setItemText(index, label)
        self.protocol.setCurrentIndex(index)
        self._filling = False
        self.message.setText(f"Saved the protocol '{saved.name}' ({format_units(saved.total_units)} U).")
        self.message.show()
        self.protocol_saved.emit(saved)

    def product_value(self) -> Product:
        return Product(self.product.currentData())

    def _set_product(self, product: Product, strength: Decimal | None = None) -> None:
        self._filling = True
        self.product.setCurrentIndex(max(self.product.findData(product.value), 0))
        self._filling = False
        self._fill_lots(strength)

    def _product_chosen(self, _index: int) -> None:
        if not self._filling:
            self._fill_lots()
            self._edited()

    def _fill_lots(self, strength: Decimal | None = None) -> None:
        self._filling = True
        self.lot.clear()
        lots = self.lots.get(self.product_value(), [])
        for lot in lots:
            self.lot.addItem(lot_label(lot), lot.lot_number)
        if not lots:
            self.lot.addItem(f"No usable lot of {self.product_value().value} in stock", None)
        self.lot.setEnabled(bool(lots))
        self.lot.setCurrentIndex(0)
        self._filling = False
        self._fill_diluents(strength)

    def current_lot(self) -> Lot | None:
        number = self.lot.currentData()
        return next(
            (lot for lot in self.lots.get(self.product_value(), []) if lot.lot_number == number), None
        )

    def _lot_chosen(self, _index: int) -> None:
        if not self._filling:
            self._fill_diluents(self._strength)
            self._edited()

    def _fill_diluents(self, wanted: Decimal | None = None) -> None:
        """The label's volumes for the chosen lot's vial size; chosen: the one giving the wanted
        strength (the template's, last time's, or what was chosen before a lot change), else 2 mL."""
        self._filling = True
        self.diluent.clear()
        lot = self.current_lot()
        info = PRODUCTS[self.product_value()]
        vial = lot.units_per_vial if lot is not None else info.vial_units[0]
        volumes = info.diluent_ml.get(vial, ())
        for volume in volumes:
            strength = format_units(units_per_tenth_ml(vial, volume).normalize())
            self.diluent.addItem(f"{format_units(volume)} mL ({strength} U per 0.1 mL)", str(volume))
        self.diluent.addItem("Not recorded", None)
        by_strength = {units_per_tenth_ml(vial, v).normalize(): v for v in volumes}
        chosen = by_strength.get(wanted.normalize()) if wanted is not None else None
        if chosen is None and Decimal(2) in volumes:
            chosen = Decimal(2)
        if chosen is None and volumes:
            chosen = volumes[0]
        self.diluent.setCurrentIndex(max(self.diluent.findData(str(chosen)), 0) if chosen else 0)
        self._filling = False
        self._diluent_chosen(0)

    def diluent_ml(self) -> Decimal | None:
        value = self.diluent.currentData()
        return Decimal(value) if value else None

    def _diluent_chosen(self, _index: int) -> None:
        lot = self.current_lot()
        diluent = self.diluent_ml()
        if lot is not None and diluent is not None:
            self._strength = units_per_tenth_ml(lot.units_per_vial, diluent).normalize()
        if not self._filling:
            self._edited()

    def _when_changed(self, _value: QDateTime) -> None:
        if self._filling or not self._loaded:
            return
        try:
            day = self.clinic_time.local_date(self.performed_at())
        except ClinicError:
            day = self.today
        if day != self._lots_day:
            self._lots_day = day
            services = self.services
            self.operations.run(
                f"treatment-lots/{self.patient_id}",
                lambda: _usable_lots(services, day),
                self._lots_loaded,
                self._refused,
            )
        self._edited()

    def _lots_loaded(self, lots: dict[Product, list[Lot]]) -> None:
        number = self.lot.currentData()
        self.lots = lots
        self._fill_lots(self._strength)
        index = self.lot.findData(number)
        if index >= 0:
            self.lot.setCurrentIndex(index)
        self._edited()

    # --- sites and map ---------------------------------------------------------------------------

    def _sites_changed(self) -> None:
        self.map.set_sites(self.sites.read.sites, keep_view=True)
        self._edited()

    def _row_selected(self, row: int) -> None:
        self.map.set_selected(self.sites.site_index_of_row(row) if row >= 0 else None)

    def _dot_clicked(self, index: int) -> None:
        rows = self.sites.read.rows
        if 0 <= index < len(rows):
            self.sites.select_row(rows[index])

    def _region_clicked(self, muscle: str, side: str) -> None:
        """A new row for that muscle and side, one 0.1 mL injection's worth of units, ready to edit."""
        lot = self.current_lot()
        diluent = self.diluent_ml()
        units = units_per_tenth_ml(lot.units_per_vial, diluent).normalize() if lot and diluent else None
        self.sites.add_site(muscle, Side(side), units, 1, edit=True)

    # --- adverse events --------------------------------------------------------------------------

    def add_event_row(self) -> None:
        self.events.show()
        self.remove_event.show()
        row = self.events.rowCount()
        self.events.insertRow(row)
        self.events.setItem(row, 0, QTableWidgetItem(""))
        severity = QComboBox()
        for value in Severity:
            severity.addItem(value.value.capitalize(), value.value)
        self.events.setCellWidget(row, 1, severity)
        onset = QDateEdit()
        onset.setDisplayFormat("yyyy-MM-dd")
        onset.setCalendarPopup(True)
        day = self.when.date()
        onset.setDate(day)
        self.events.setCellWidget(row, 2, onset)
        self.events.setItem(row, 3, QTableWidgetItem(""))
        self.events.setCurrentCell(row, 0)
        self.events.setFocus(Qt.FocusReason.OtherFocusReason)
        first = self.events.item(row, 0)
        if first is not None:
            self.events.editItem(first)

    def _remove_event_row(self) -> None:
        row = self.events.currentRow()
        if row >= 0:
            self.events.removeRow(row)
        if self.events.rowCount() == 0:
            self.events.hide()
            self.remove_event.hide()

    def adverse_events(self) -> tuple[AdverseEventEntry, ...]:
        found = []
        for row in range(self.events.rowCount()):
            kind_item = self.events.item(row, 0)
            kind = kind_item.text().strip() if kind_item is not None else ""
            if not kind:
                continue
            severity = self.events.cellWidget(row, 1)
            onset = self.events.cellWidget(row, 2)
            notes_item = self.events.item(row, 3)
            level = Severity(severity.currentData()) if isinstance(severity, QComboBox) else Severity.MILD
            day: date = onset.date().toPython() if isinstance(onset, QDateEdit) else self.today  # type: ignore[assignment]
            found.append(
                AdverseEventEntry(kind, level, day, notes=notes_item.text().strip() if notes_item else "")
            )
        return tuple(found)

    # --- the draft and its check -----------------------------------------------------------------

    def performed_at(self) -> datetime:
        value = self.when.dateTime()
        day, clock = value.date(), value.time()
        wall = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())
        return self.clinic_time.to_utc(wall)

    def waste_units(self) -> Decimal | None:
        text = self.waste.text().strip()
        return parse_units(text, "wasted units") if text else None

    def draft(self) -> TreatmentDraft:
        """The treatment as typed, or a ClinicError saying what is missing."""
        read = self.sites.read
        if read.problems:
            raise ClinicError(read.problems[0])
        if not read.sites:
            raise ClinicError("Add the injection sites (choose a protocol, or click the map).")
        lot = self.current_lot()
        if lot is None:
            raise ClinicError(
                f"There is no usable lot of {self.product_value().value} in stock; add one first."
            )
        provider = self.provider.currentData()
        if provider is None:
            raise ClinicError("Choose the provider.")
        template = self.template()
        protocol = template.name if template else ""
        if self.protocol.currentData() == LAST_TIME and self.chart and self.chart.treatments:
            protocol = self.chart.treatments[0].protocol
        return TreatmentDraft(
            patient_id=self.patient_id,
            provider_id=int(provider),
            performed_at=self.performed_at(),
            indication=Indication(self.indication.currentData()),
            product=self.product_value(),
            lot_number=lot.lot_number,
            sites=tuple(read.sites),
            protocol=protocol,
            diluent_ml=self.diluent_ml(),
            waste_units=self.waste_units(),
            guidance=Guidance(self.guidance.currentData()),
            consent_checked=self.consent.isChecked(),
            aftercare_given=self.aftercare.isChecked(),
            adverse_events=self.adverse_events(),
            notes=self.notes.toPlainText(),
            appointment_id=self.appointment_id,
            supervised_by_id=self.supervised.currentData(),
        )

    def _edited(self, *_args: object) -> None:
        if self._filling or not self._loaded:
            return
        self._update_waste()
        self._update_per_kg()
        self._debounce.start()

    def _update_waste(self) -> None:
        lot = self.current_lot()
        try:
            waste = self.waste_units()
        except ClinicError as exc:
            self.waste_summary.setText(exc.message)
            self.waste_summary.setStyleSheet(f"color: {alert_colour().name()};")
            return
        total = total_units(self.sites.read.sites)
        _waste, text = waste_text(total, waste, lot.units_per_vial if lot else None)
        self.waste_summary.setText(text)
        self.waste_summary.setStyleSheet(f"color: {MUTED};")

    def _notes(self) -> list[str]:
        return [] if self.consent.isChecked() else ["Consent not yet ticked as checked."]

    def check_now(self) -> None:
        self._debounce.stop()
        self._update_waste()
        try:
            draft = self.draft()
        except ClinicError as exc:
            self._show_findings([], exc.message)
            return
        treatments = self.services.treatments
        self.operations.run(
            f"treatment-check/{self.patient_id}",
            lambda: treatments.check(draft),
            self._show_findings,
            lambda error: self._show_findings([], error.message),
        )

    def _show_findings(self, findings: list[Finding], problem: str = "") -> None:
        self.findings.show_findings(findings, self._notes(), problem)
        self.override_box.setVisible(self.findings.needs_reason)
        self.sign_button.setEnabled(self._loaded and not self.findings.refused)
        self.draft_button.setEnabled(self._loaded and not self.findings.refused)
        self.checked.emit(findings)

    def _override_typed(self, _text: str) -> None:
        self.override.setStyleSheet("")

    # --- saving ---------------------------------------------------------------------------------

    def save(self, sign: bool = True) -> None:
        if not self._loaded or not self.sign_button.isEnabled():
            return
        self.message.hide()
        try:
            draft = self.draft()
        except ClinicError as exc:
            self._show_problem(exc.message)
            return
        reason = self.override.text().strip()
        if self.findings.needs_reason and not reason:
            self._ask_reason()
            return
        treatments = self.services.treatments
        self._set_enabled(False)
        self.operations.run(
            f"treatment-record/{self.patient_id}",
            lambda: treatments.record(draft, reason, sign=sign),
            self._saved,
            self._refused,
        )

    def _ask_reason(self) -> None:
        self.override_box.show()
        self.override.setStyleSheet(f"border: 2px solid {AMBER};")
        self.override.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_problem("Give the override reason: it is kept on the record with your name.")

    def _saved(self, result: RecordResult) -> None:
        self._set_enabled(True)
        self.result_ = result
        self.recorded.emit(result)
        self.accept()

    def _refused(self, error: ClinicError) -> None:
        """A clinical refusal lists its findings; one a reason would lift (its type says so, an
        OverrideRequiredError) asks for the reason when none was given."""
        self._set_enabled(True)
        if isinstance(error, ClinicalRuleError):
            self._show_findings(error.findings)
        if isinstance(error, OverrideRequiredError) and not self.override.text().strip():
            self._ask_reason()
            return
        self._show_problem(error.message)

    def _show_problem(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    # --- keys -----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier
        )
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            event.accept()  # Return finishes typing; only Ctrl+Return signs
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self._debounce.stop()
        super().done(result)


# --- after the visit: amend a treatment, report an adverse event --------------------------------


class AmendDialog(QDialog):
    """Correct notes, waste or sites with a reason. On a signed treatment every change is kept as an
    amendment with before and after; the service re-runs the dose rules when the sites change."""

    amended = Signal(object)  # TreatmentRecord

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        treatment: TreatmentRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.operations = operations
        self.treatment = treatment
        self.setWindowTitle(f"Amend treatment of {treatment.performed_on:%Y-%m-%d}")
        self.resize(640, 560)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("Required: why the record changes (kept with your name)")
        self.notes = QPlainTextEdit(treatment.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)
        self.waste = QLineEdit(format_units(treatment.waste_units))
        self.waste.setMaximumWidth(120)
        self.sites = SitesEditor()
        self.sites.set_sites(treatment.sites)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {alert_colour().name()}; font-weight: bold;")
        self.message.hide()
        form = QFormLayout()
        form.addRow("&Reason:", self.reason)
        form.addRow("&Notes:", self.notes)
        form.addRow("&Waste (units):", self.waste)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton("Save amendment", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if treatment.signed:
            note = QLabel(
                f"Signed by {treatment.signed_by}: the change is added as an amendment; the original stays."
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(QLabel("Injection sites"))
        layout.addWidget(self.sites, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def changes(self) -> dict[str, Any]:
        t = self.treatment
        found: dict[str, Any] = {}
        notes = self.notes.toPlainText().strip()
        if notes != t.notes:
            found["notes"] = notes
        waste = parse_units(self.waste.text() or "0", "wasted units")
        if waste != t.waste_units:
            found["waste_units"] = waste
        read = self.sites.read
        if read.problems:
            raise ClinicError(read.problems[0])
        if tuple(read.sites) != t.sites:
            found["sites"] = tuple(read.sites)
        return found

    def save(self) -> None:
        try:
            changes = self.changes()
        except ClinicError as exc:
            self._show(exc.message)
            return
        reason = self.reason.text().strip()
        if not reason:
            self._show("Give the reason for the amendment.")
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not changes:
            self._show("Nothing has changed.")
            return
        treatments, t = self.services.treatments, self.treatment
        self.save_button.setEnabled(False)
        self.operations.run(
            f"treatment-amend/{t.id}",
            lambda: treatments.amend(t.id, changes, reason, t.provider_name),
            self._done,
            self._refused,
        )

    def _done(self, record: TreatmentRecord) -> None:
        self.amended.emit(record)
        self.accept()

    def _refused(self, error: ClinicError) -> None:
        self.save_button.setEnabled(True)
        self._show(error.message)

    def _show(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()


class AdverseEventDialog(QDialog):
    """An adverse event reported after the visit (on a signed treatment, an amendment)."""

    added = Signal(object)  # TreatmentRecord

    def __init__(
        self,
        services: ClinicServices,
        operations: Operations,
        treatment: TreatmentRecord,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.operations = operations
        self.treatment = treatment
        self.setWindowTitle(f"Adverse event after the treatment of {treatment.performed_on:%Y-%m-%d}")
        self.kind = QLineEdit()
        self.kind.setPlaceholderText("e.g. neck pain, ptosis, dysphagia")
        self.severity = QComboBox()
        for value in Severity:
            self.severity.addItem(value.value.capitalize(), value.value)
        first = treatment.performed_on
        self.onset = self._date(first, first, today)
        self.resolved_check = QCheckBox("Resolved on")
        self.resolved = self._date(today, first, today)
        self.resolved.setEnabled(False)
        self.resolved_check.toggled.connect(self.resolved.setEnabled)
        self.notes = QLineEdit()
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {alert_colour().name()}; font-weight: bold;")
        self.message.hide()
        resolved_row = QHBoxLayout()
        resolved_row.addWidget(self.resolved_check)
        resolved_row.addWidget(self.resolved)
        resolved_row.addStretch(1)
        form = QFormLayout()
        form.addRow("&What happened:", self.kind)
        form.addRow("&Severity:", self.severity)
        form.addRow("&Onset:", self.onset)
        form.addRow("", resolved_row)
        form.addRow("&Notes:", self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton("Add adverse event", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    @staticmethod
    def _date(value: date, low: date, high: date) -> QDateEdit:
        edit = QDateEdit()
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        edit.setDateRange(qdate(low), qdate(high))
        edit.setDate(qdate(value))
        return edit

    def entry(self) -> AdverseEventEntry:
        onset: date = self.onset.date().toPython()  # type: ignore[assignment]
        resolved: date | None = self.resolved.date().toPython() if self.resolved_check.isChecked() else None  # type: ignore[assignment]
        return AdverseEventEntry(
            self.kind.text().strip(),
            Severity(self.severity.currentData()),
            onset,
            resolved,
            self.notes.text(),
        )

    def save(self) -> None:
        entry = self.entry()
        if not entry.kind:
            self.message.setText("Say what the adverse event was.")
            self.message.show()
            self.kind.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        treatments, t = self.services.treatments, self.treatment
        self.save_button.setEnabled(False)

        def work() -> TreatmentRecord:
            return treatments.add_adverse_event(t.id, entry, t.provider_name)

        self.operations.run(f"treatment-event/{t.id}", work, self._done, self._refused)

    def _done(self, record: TreatmentRecord) -> None:
        self.added.emit(record)
        self.accept()

    def _refused(self, error: ClinicError) -> None:
        self.save_button.setEnabled(True)
        self.message.setText(error.message)
        self.message.show()
