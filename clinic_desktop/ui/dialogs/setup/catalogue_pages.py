"""The clinic's own clinical catalogue: protocol templates beside the built-in ones (PREEMPT and
the others in domain/protocols.py, which cannot change but can be copied), and outcome measures
beside the built-in scores. Kept by providers and managers; the services check every value."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.errors import ClinicError, ValidationError
from clinic_desktop.domain.outcomes import Measure
from clinic_desktop.domain.products import PRODUCTS
from clinic_desktop.domain.treatment_record import SiteDose
from clinic_desktop.domain.treatments import ProtocolTemplate, parse_units
from clinic_desktop.domain.units import format_units
from clinic_desktop.domain.words import shown
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.dialogs.setup.common import (
    RecordModel,
    SetupPage,
    button,
    form,
    record_table,
    selected_record,
    side_by_side,
)
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.names import name_table, set_name
from clinic_desktop.ui.operations import Operations

SITE_COLUMNS = (
    QT_TRANSLATE_NOOP("CataloguePages", "Muscle or region"),
    QT_TRANSLATE_NOOP("CataloguePages", "Side"),
    QT_TRANSLATE_NOOP("CataloguePages", "Units"),
    QT_TRANSLATE_NOOP("CataloguePages", "Points"),
)
SIDE_WORDS = {
    Side.LEFT: QT_TRANSLATE_NOOP("CataloguePages", "left"),
    Side.RIGHT: QT_TRANSLATE_NOOP("CataloguePages", "right"),
    Side.BILATERAL: QT_TRANSLATE_NOOP("CataloguePages", "bilateral"),
    Side.MIDLINE: QT_TRANSLATE_NOOP("CataloguePages", "midline"),
}


def words(text: str) -> str:
    """A text marked QT_TRANSLATE_NOOP("CataloguePages", ...) in the window's language."""
    return QCoreApplication.translate("CataloguePages", text)


class ProtocolsPage(SetupPage):
    key = "protocols"
    title = QT_TRANSLATE_NOOP("SetupPage", "Protocols")
    lead = QT_TRANSLATE_NOOP(
        "SetupPage",
        "Templates that fill the injection sites when charting. The built-in ones (grey) follow their "
        "published sources and cannot change; select one and save it under a new name to start your own.",
    )

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, operations, parent)
        self.editing: ProtocolTemplate | None = None
        self.model: RecordModel[ProtocolTemplate] = RecordModel(
            (
                QCoreApplication.translate("CataloguePages", "Protocol"),
                QCoreApplication.translate("CataloguePages", "Total"),
            ),
            lambda t: (
                shown(t.name),
                f"{format_units(t.total_units)} U",  # the unit's symbol, the same in every language
            ),
            self,
            dim=lambda t: t.builtin,
        )
        self.table = record_table(
            self.model, "protocolsTable", spoken=QCoreApplication.translate("CataloguePages", "Protocols")
        )
        self.table.selectionModel().selectionChanged.connect(lambda _n, _o: self._selected())
        self.name = QLineEdit()
        self.name.setObjectName("protocolName")
        self.name.setMaxLength(80)
        self.indication = QComboBox()
        self.indication.setObjectName("protocolIndication")
        for indication in Indication:
            self.indication.addItem(shown(indication.label), indication.value)
        self.product = QComboBox()
        self.product.setObjectName("protocolProduct")
        for product in Product:
            self.product.addItem(shown(PRODUCTS[product].label), product.value)
        self.source = QLineEdit()
        self.source.setObjectName("protocolSource")
        self.source.setPlaceholderText(
            QCoreApplication.translate(
                "CataloguePages", "where the doses come from (a paper, the clinic's own practice)"
            )
        )
        sites = self._build_sites()
        self._build_buttons()
        fields = form()
        fields.addRow(QCoreApplication.translate("CataloguePages", "&Name:"), self.name)
        fields.addRow(QCoreApplication.translate("CataloguePages", "&Indication:"), self.indication)
        fields.addRow(QCoreApplication.translate("CataloguePages", "&Product:"), self.product)
        fields.addRow(QCoreApplication.translate("CataloguePages", "S&ource:"), self.source)
        editor = QVBoxLayout()
        editor.addLayout(fields)
        editor.addLayout(sites, 1)
        row = QHBoxLayout()
        row.addWidget(self.table, 5)
        row.addLayout(editor, 6)
        self.layout_.addLayout(row, 1)
        self.layout_.addWidget(self.notice)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.layout_.addLayout(buttons)
        self.start_new()

    def _build_sites(self) -> QVBoxLayout:
        """The protocol's sites, a row each, with the buttons that add and remove a row."""
        self.sites = QTableWidget(0, len(SITE_COLUMNS))
        self.sites.setObjectName("protocolSites")
        name_table(
            self.sites,
            QCoreApplication.translate("CataloguePages", "Protocol's injection sites"),
            QCoreApplication.translate("CataloguePages", "A muscle or region a row: its side and units"),
        )
        self.sites.setHorizontalHeaderLabels([words(column) for column in SITE_COLUMNS])
        self.sites.verticalHeader().setVisible(False)
        self.sites.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.sites.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sites.setMinimumHeight(120)
        self.add_site = button(
            QCoreApplication.translate("CataloguePages", "Add &site"),
            QCoreApplication.translate("CataloguePages", "Add an injection site row"),
        )
        self.add_site.setObjectName("addSite")
        self.add_site.clicked.connect(lambda: self.add_site_row())
        self.remove_site = button(
            QCoreApplication.translate("CataloguePages", "Remove si&te"),
            QCoreApplication.translate("CataloguePages", "Remove the selected site row"),
        )
        self.remove_site.clicked.connect(self._remove_site_row)
        site_buttons = QHBoxLayout()
        site_buttons.addWidget(self.add_site)
        site_buttons.addWidget(self.remove_site)
        site_buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.sites, 1)
        column.addLayout(site_buttons)
        return column

    def _build_buttons(self) -> None:
        """New protocol, Delete protocol and Save protocol."""
        self.new_button = button(QCoreApplication.translate("CataloguePages", "&New protocol"))
        self.new_button.clicked.connect(self.start_new)
        self.delete_button = button(
            QCoreApplication.translate("CataloguePages", "&Delete protocol"),
            QCoreApplication.translate("CataloguePages", "Delete the selected clinic protocol"),
        )
        self.delete_button.setObjectName("deleteProtocol")
        self.delete_button.clicked.connect(self.delete)
        self.save_button = button(QCoreApplication.translate("CataloguePages", "Sa&ve protocol"))
        self.primary = self.save_button
        self.save_button.setObjectName("saveProtocol")
        self.save_button.clicked.connect(self.save)

    def read(self) -> Any:
        return self.services.treatments.protocols()

    def show_records(self, records: Any) -> None:
        self.model.set_rows(records)
        self.table.resizeColumnsToContents()

    def add_site_row(self, site: SiteDose | None = None) -> None:
        row = self.sites.rowCount()
        self.sites.insertRow(row)
        self.sites.setItem(row, 0, QTableWidgetItem(site.muscle if site else ""))
        side = QComboBox()
        set_name(side, QCoreApplication.translate("CataloguePages", "Side"))
        for choice in Side:
            side.addItem(words(SIDE_WORDS[choice]), choice.value)
        side.setCurrentIndex(side.findData((site.side if site else Side.BILATERAL).value))
        self.sites.setCellWidget(row, 1, side)
        self.sites.setItem(row, 2, QTableWidgetItem(format_units(site.units) if site else ""))
        self.sites.setItem(row, 3, QTableWidgetItem(str(site.injection_points) if site else "1"))
        if site is None:  # a new row: typing starts filling in its muscle
            self.sites.setCurrentCell(row, 0)
            self.sites.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove_site_row(self) -> None:
        row = self.sites.currentRow()
        if row >= 0:
            self.sites.removeRow(row)

    def _selected(self) -> None:
        template = selected_record(self.table, self.model)
        if template is None:
            return
        self.editing = template
        self.name.setText(
            template.name
            if not template.builtin
            else QCoreApplication.translate("CataloguePages", "{name} (clinic)").format(
                name=shown(template.name)
            )
        )
        self.indication.setCurrentIndex(self.indication.findData(template.indication.value))
        self.product.setCurrentIndex(self.product.findData(template.product.value))
        self.source.setText(template.source)
        self.sites.setRowCount(0)
        for site in template.sites:
            self.add_site_row(site)
        self.delete_button.setEnabled(not template.builtin)
        self.save_button.setText(
            QCoreApplication.translate("CataloguePages", "Sa&ve as a clinic protocol")
            if template.builtin
            else QCoreApplication.translate("CataloguePages", "Sa&ve changes")
        )

    def start_new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.name.clear()
        self.source.clear()
        self.sites.setRowCount(0)
        self.delete_button.setEnabled(False)
        self.save_button.setText(QCoreApplication.translate("CataloguePages", "Sa&ve protocol"))

    def site_doses(self) -> tuple[SiteDose, ...]:
        """The rows as sites; a row left wholly empty is skipped. Refused (ValidationError) with the
        row's number when a value is wrong."""
        sites = []
        for row in range(self.sites.rowCount()):
            texts = [_cell(self.sites.item(row, column)) for column in (0, 2, 3)]
            if not any(texts[:2]):
                continue
            side_box = self.sites.cellWidget(row, 1)
            side = Side(str(side_box.currentData())) if isinstance(side_box, QComboBox) else Side.BILATERAL
            muscle, units, points = texts
            try:
                if not points.isdigit():
                    raise ValidationError(
                        QCoreApplication.translate(
                            "CataloguePages", "'{points}' is not a number of injection points."
                        ).format(points=points)
                    )
                sites.append(SiteDose(muscle, side, parse_units(units or "x"), int(points)))
            except ValidationError as error:
                raise ValidationError(
                    QCoreApplication.translate("CataloguePages", "Site {number}: {problem}").format(
                        number=row + 1, problem=error.message
                    )
                ) from None
        return tuple(sites)

    def save(self) -> None:
        try:
            sites = self.site_doses()
        except ClinicError as error:
            self.refuse(error)
            return
        template = ProtocolTemplate(
            name=self.name.text(),
            indication=Indication(str(self.indication.currentData())),
            product=Product(str(self.product.currentData())),
            sites=sites,
            follow_the_pain=self.editing.follow_the_pain if self.editing else None,
            source=self.source.text().strip(),
            builtin=False,
            id=self.editing.id if self.editing is not None and not self.editing.builtin else None,
        )
        treatments = self.services.treatments

        def said(saved: ProtocolTemplate) -> str:
            self.editing = saved
            self.delete_button.setEnabled(True)
            units, points = format_units(saved.total_units), saved.total_injection_points
            return QCoreApplication.translate(
                "CataloguePages", "{name} saved: {units} U at {points} points."
            ).format(name=saved.name, units=units, points=points)

        self.run(lambda: treatments.save_protocol(template), said)

    def delete(self) -> None:
        template = self.editing
        if template is None or template.builtin or template.id is None:
            self.notice.refuse(
                QCoreApplication.translate(
                    "CataloguePages", "Select one of the clinic's own protocols to delete."
                )
            )
            return
        protocol_id, treatments = template.id, self.services.treatments

        def said(_result: object) -> str:
            self.start_new()
            return QCoreApplication.translate("CataloguePages", "{name} deleted.").format(name=template.name)

        self.run(lambda: treatments.delete_protocol(protocol_id), said)


def _cell(item: QTableWidgetItem | None) -> str:
    return item.text().strip() if item is not None else ""


def _number(text: str, refusal: str) -> Decimal:
    """``text`` as a number; else refused with ``refusal`` (a template with {text})."""
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError(refusal.format(text=text)) from None
    if not value.is_finite():
        raise ValidationError(refusal.format(text=text))
    return value


def _range(measure: Measure) -> str:
    """A measure's range: "0 to 10 /10"."""
    low, high = f"{measure.low.normalize():f}", f"{measure.high.normalize():f}"
    template = QCoreApplication.translate("CataloguePages", "{low} to {high} {unit}")
    return template.format(low=low, high=high, unit=measure.unit).strip()


class MeasuresPage(SetupPage):
    key = "measures"
    title = QT_TRANSLATE_NOOP("SetupPage", "Outcome measures")
    lead = QT_TRANSLATE_NOOP(
        "SetupPage",
        "Scores recorded at visits to follow how a patient responds. The built-in ones (grey) are "
        "fixed; the clinic may add its own. A measure's range must hold every score already recorded.",
    )

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, operations, parent)
        self.editing: Measure | None = None
        self.model: RecordModel[Measure] = RecordModel(
            (
                QCoreApplication.translate("CataloguePages", "Measure"),
                QCoreApplication.translate("CataloguePages", "Range"),
            ),
            lambda m: (shown(m.label), _range(m)),
            self,
            dim=lambda m: m.builtin,
        )
        self.table = record_table(
            self.model,
            "measuresTable",
            spoken=QCoreApplication.translate("CataloguePages", "Outcome measures"),
        )
        self.table.selectionModel().selectionChanged.connect(lambda _n, _o: self._selected())
        self.code = QLineEdit()
        self.code.setObjectName("measureCode")
        self.code.setMaxLength(32)
        self.code.setPlaceholderText(
            QCoreApplication.translate(
                "CataloguePages", "lowercase, e.g. neck_pain (kept once scores use it)"
            )
        )
        self.label = QLineEdit()
        self.label.setObjectName("measureLabel")
        self.label.setMaxLength(80)
        self.low = QLineEdit("0")
        self.low.setObjectName("measureLow")
        self.high = QLineEdit("10")
        self.high.setObjectName("measureHigh")
        self.unit = QLineEdit()
        self.unit.setObjectName("measureUnit")
        self.unit.setMaxLength(20)
        self.lower_better = QCheckBox(
            QCoreApplication.translate("CataloguePages", "&Lower is better (pain, disability)")
        )
        self.lower_better.setObjectName("measureLowerBetter")
        self.lower_better.setChecked(True)
        self.new_button = button(QCoreApplication.translate("CataloguePages", "&New measure"))
        self.new_button.clicked.connect(self.start_new)
        self.remove_button = button(
            QCoreApplication.translate("CataloguePages", "&Remove measure"),
            QCoreApplication.translate(
                "CataloguePages", "Remove the selected clinic measure (only one never scored)"
            ),
        )
        self.remove_button.setObjectName("removeMeasure")
        self.remove_button.clicked.connect(self.remove)
        self.save_button = button(QCoreApplication.translate("CataloguePages", "&Add measure"))
        self.primary = self.save_button
        self.save_button.setObjectName("saveMeasure")
        self.save_button.clicked.connect(self.save)
        range_row = QHBoxLayout()
        for widget in (self.low, self.high, self.unit):
            range_row.addWidget(widget)
        fields = form()
        fields.addRow(QCoreApplication.translate("CataloguePages", "Co&de:"), self.code)
        fields.addRow(QCoreApplication.translate("CataloguePages", "La&bel:"), self.label)
        fields.addRow(QCoreApplication.translate("CataloguePages", "L&owest:"), self.low)
        fields.addRow(QCoreApplication.translate("CataloguePages", "&Highest:"), self.high)
        fields.addRow(QCoreApplication.translate("CataloguePages", "&Unit:"), self.unit)
        fields.addRow("", self.lower_better)
        self.layout_.addLayout(side_by_side(self.table, fields), 1)
        self.layout_.addWidget(self.notice)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.layout_.addLayout(buttons)
        self.start_new()

    def read(self) -> Any:
        return self.services.treatments.measures()

    def show_records(self, records: Any) -> None:
        self.model.set_rows(records)
        self.table.resizeColumnsToContents()

    def _selected(self) -> None:
        measure = selected_record(self.table, self.model)
        if measure is None:
            return
        self.editing = measure
        self.code.setText(measure.code)
        self.code.setEnabled(False)
        self.label.setText(shown(measure.label))
        self.low.setText(f"{measure.low.normalize():f}")
        self.high.setText(f"{measure.high.normalize():f}")
        self.unit.setText(measure.unit)
        self.lower_better.setChecked(measure.lower_is_better)
        for widget in (self.label, self.low, self.high, self.unit, self.lower_better, self.save_button):
            widget.setEnabled(not measure.builtin)
        self.remove_button.setEnabled(not measure.builtin)
        self.save_button.setText(QCoreApplication.translate("CataloguePages", "&Save changes"))

    def start_new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        for edit in (self.code, self.label, self.unit):
            edit.clear()
        self.low.setText("0")
        self.high.setText("10")
        self.lower_better.setChecked(True)
        for widget in (
            self.code,
            self.label,
            self.low,
            self.high,
            self.unit,
            self.lower_better,
            self.save_button,
        ):
            widget.setEnabled(True)
        self.remove_button.setEnabled(False)
        self.save_button.setText(QCoreApplication.translate("CataloguePages", "&Add measure"))

    def save(self) -> None:
        try:
            measure = Measure(
                self.code.text().strip().lower(),
                self.label.text(),
                _number(
                    self.low.text(),
                    QCoreApplication.translate(
                        "CataloguePages", "'{text}' is not a number for the lowest value."
                    ),
                ),
                _number(
                    self.high.text(),
                    QCoreApplication.translate(
                        "CataloguePages", "'{text}' is not a number for the highest value."
                    ),
                ),
                self.unit.text(),
                self.lower_better.isChecked(),
                False,
            )
        except ClinicError as error:
            self.refuse(error)
            return
        if self.editing is not None:
            catalogue = self.services.catalogue
            self.run(
                lambda: catalogue.change_measure(measure),
                lambda m: QCoreApplication.translate("CataloguePages", "{name} saved.").format(name=m.label),
            )
            return
        treatments = self.services.treatments

        def said(made: Measure) -> str:
            self.start_new()
            return QCoreApplication.translate("CataloguePages", "{name} added.").format(name=made.label)

        self.run(lambda: treatments.add_measure(measure), said)

    def remove(self) -> None:
        measure = self.editing
        if measure is None or measure.builtin:
            self.notice.refuse(
                QCoreApplication.translate(
                    "CataloguePages", "Select one of the clinic's own measures to remove."
                )
            )
            return
        catalogue = self.services.catalogue

        def said(_result: object) -> str:
            self.start_new()
            return QCoreApplication.translate("CataloguePages", "{name} removed.").format(name=measure.label)

        self.run(lambda: catalogue.remove_measure(measure.code), said)
