"""Toxin stock: the lots received, what is left of each and when it expires (soonest first, those
expiring soon in red), receiving a delivery, and adjusting a lot's count with the reason (a vial
broken, lost, returned, or found in a count)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clinic_desktop.domain.codes import Product
from clinic_desktop.domain.products import PRODUCTS
from clinic_desktop.domain.stock import EXPIRING_SOON_DAYS, LotStock, StockAdjustment
from clinic_desktop.domain.words import shown
from clinic_desktop.services import ClinicServices
from clinic_desktop.ui.dates import display_date
from clinic_desktop.ui.dialogs.setup.common import (
    RecordModel,
    SetupPage,
    button,
    date_edit,
    day_of,
    form,
    record_table,
    setup_words,
)
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.operations import Operations


def _lot_cells(s: LotStock) -> tuple[str, ...]:
    lot = s.lot
    return (
        lot.lot_number,
        shown(PRODUCTS[lot.product].label),
        display_date(lot.expires_on),
        str(lot.vials_left),
        f"{lot.units_per_vial} U",  # the unit's symbol, the same in every language
        shown(s.status),
    )


class StockPage(SetupPage):
    key = "stock"
    title = QT_TRANSLATE_NOOP("SetupPage", "Toxin stock")
    lead = QT_TRANSLATE_NOOP(
        "SetupPage",
        "Lots in stock, soonest expiry first; those expiring within {days} days are in "
        "red. Vials are taken off as treatments are charted; anything else (a vial broken, lost, "
        "returned, or found in a count) is an adjustment with its reason.",
    )

    def shown_lead(self) -> str:
        return setup_words(self.lead).format(days=EXPIRING_SOON_DAYS)

    def __init__(
        self, services: ClinicServices, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, operations, parent)
        self.model: RecordModel[LotStock] = RecordModel(
            (
                QCoreApplication.translate("StockPage", "Lot"),
                QCoreApplication.translate("StockPage", "Product"),
                QCoreApplication.translate("StockPage", "Expires"),
                QCoreApplication.translate("StockPage", "Vials left"),
                QCoreApplication.translate("StockPage", "Vial size"),
                QCoreApplication.translate("StockPage", "Status"),
            ),
            _lot_cells,
            self,
            dim=lambda s: s.expired or s.lot.vials_left <= 0,
            alert=lambda s: s.expiring_soon and s.lot.vials_left > 0,
        )
        self.table = record_table(
            self.model, "stockTable", spoken=QCoreApplication.translate("StockPage", "Stock lots")
        )
        self.table.selectionModel().selectionChanged.connect(lambda _n, _o: self._selected())
        self.history = QLabel("")
        self.history.setObjectName("adjustmentHistory")
        self.history.setWordWrap(True)
        receive_group = self._build_receive()
        adjust_group = self._build_adjust()
        groups = QHBoxLayout()
        groups.addWidget(receive_group, 1)
        groups.addWidget(adjust_group, 1)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addLayout(groups)
        self.layout_.addWidget(self.notice)
        self._sizes()
        self.adjust_button.setEnabled(False)

    def _build_receive(self) -> QGroupBox:
        """Receiving a lot: its product, number, expiry, vials and vial size."""
        self.product = QComboBox()
        self.product.setObjectName("lotProduct")
        for product in Product:
            self.product.addItem(shown(PRODUCTS[product].label), product.value)
        self.product.currentIndexChanged.connect(lambda _i: self._sizes())
        self.lot_number = QLineEdit()
        self.lot_number.setObjectName("lotNumber")
        self.lot_number.setMaxLength(40)
        self.lot_number.setPlaceholderText(QCoreApplication.translate("StockPage", "as printed on the box"))
        self.expires = date_edit(date.today() + timedelta(days=365), "lotExpires")
        self.vials = QSpinBox()
        self.vials.setObjectName("lotVials")
        self.vials.setRange(1, 1000)
        self.vials.setValue(10)
        self.vial_size = QComboBox()
        self.vial_size.setObjectName("lotSize")
        self.receive_button = button(QCoreApplication.translate("StockPage", "&Receive lot"))
        self.primary = self.receive_button
        self.receive_button.setObjectName("receiveLot")
        self.receive_button.clicked.connect(self.receive)
        receive_group = QGroupBox(QCoreApplication.translate("StockPage", "A delivery"))
        self.add_form(receive_group, self.receive_button)
        receive_fields = form()
        receive_fields.addRow(QCoreApplication.translate("StockPage", "&Product:"), self.product)
        receive_fields.addRow(QCoreApplication.translate("StockPage", "&Lot number:"), self.lot_number)
        receive_fields.addRow(QCoreApplication.translate("StockPage", "E&xpires:"), self.expires)
        receive_fields.addRow(QCoreApplication.translate("StockPage", "&Vials:"), self.vials)
        receive_fields.addRow(QCoreApplication.translate("StockPage", "Vial si&ze:"), self.vial_size)
        receive_layout = QVBoxLayout(receive_group)
        receive_layout.addLayout(receive_fields)
        receive_row = QHBoxLayout()
        receive_row.addStretch(1)
        receive_row.addWidget(self.receive_button)
        receive_layout.addLayout(receive_row)
        return receive_group

    def _build_adjust(self) -> QGroupBox:
        """Adjusting the selected lot's count, with the reason, above its adjustments so far."""
        self.change = QSpinBox()
        self.change.setObjectName("adjustVials")
        self.change.setRange(-1000, 1000)
        self.change.setPrefix("")
        self.change.setToolTip(
            QCoreApplication.translate("StockPage", "+ vials found, − vials broken, lost or returned")
        )
        self.reason = QLineEdit()
        self.reason.setObjectName("adjustReason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(
            QCoreApplication.translate(
                "StockPage", "why: vial broken, returned to the supplier, found in the count"
            )
        )
        self.adjust_button = button(QCoreApplication.translate("StockPage", "A&djust count"))
        self.adjust_button.setObjectName("adjustLot")
        self.adjust_button.clicked.connect(self.adjust)
        adjust_group = QGroupBox(QCoreApplication.translate("StockPage", "The selected lot's count"))
        self.add_form(adjust_group, self.adjust_button)
        adjust_fields = form()
        adjust_fields.addRow(QCoreApplication.translate("StockPage", "&Change by (vials):"), self.change)
        adjust_fields.addRow(QCoreApplication.translate("StockPage", "R&eason:"), self.reason)
        adjust_layout = QVBoxLayout(adjust_group)
        adjust_layout.addLayout(adjust_fields)
        adjust_row = QHBoxLayout()
        adjust_row.addStretch(1)
        adjust_row.addWidget(self.adjust_button)
        adjust_layout.addLayout(adjust_row)
        adjust_layout.addWidget(self.history)
        adjust_layout.addStretch(1)
        return adjust_group

    def _sizes(self) -> None:
        product = Product(str(self.product.currentData()))
        self.vial_size.clear()
        for units in PRODUCTS[product].vial_units:
            self.vial_size.addItem(
                QCoreApplication.translate("StockPage", "{units} units").format(units=units), units
            )

    def read(self) -> Any:
        return self.services.stock.stock()

    def show_records(self, records: Any) -> None:
        chosen = self.current()
        self.model.set_rows(records)
        self.table.resizeColumnsToContents()
        if chosen is not None:
            for row, stock in enumerate(self.model.rows):
                if stock.lot.id == chosen.lot.id:
                    self.table.selectRow(row)
        self._selected()

    def current(self) -> LotStock | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows and rows[0].row() < self.model.shown() else None

    def _selected(self) -> None:
        stock = self.current()
        self.adjust_button.setEnabled(stock is not None)
        if stock is None:
            self.history.setText(QCoreApplication.translate("StockPage", "Select a lot to adjust its count."))
            return
        lot_id, service = stock.lot.id, self.services.stock
        self.operations.run(f"setup/{self.key}/history", lambda: service.adjustments(lot_id), self._history)

    def _history(self, adjustments: list[StockAdjustment]) -> None:
        if not adjustments:
            self.history.setText(QCoreApplication.translate("StockPage", "No adjustments to this lot."))
            return
        time = self.services.time
        lines = [
            f"{display_date(time.local_date(a.at))}: {a.vials:+d} ({a.reason}, {a.by})"
            for a in adjustments[-5:]
        ]
        self.history.setText(
            QCoreApplication.translate("StockPage", "Adjustments: {list}").format(list="; ".join(lines))
        )

    def receive(self) -> None:
        product = Product(str(self.product.currentData()))
        number, expires, vials = self.lot_number.text(), day_of(self.expires), self.vials.value()
        size = int(self.vial_size.currentData())
        stock = self.services.stock

        def said(lot: Any) -> str:
            self.lot_number.clear()
            expires = display_date(lot.expires_on)
            return QCoreApplication.translate(
                "StockPage", "Lot {lot} received: {vials} vials, expires {day}."
            ).format(lot=lot.lot_number, vials=lot.vials_received, day=expires)

        self.run(lambda: stock.receive(product, number, expires, vials, size), said)

    def adjust(self) -> None:
        chosen = self.current()
        if chosen is None:
            self.notice.refuse(QCoreApplication.translate("StockPage", "Select the lot whose count changes."))
            return
        lot_id, vials, reason = chosen.lot.id, self.change.value(), self.reason.text()
        stock = self.services.stock

        def said(lot: Any) -> str:
            self.reason.clear()
            self.change.setValue(0)
            words = (
                QCoreApplication.translate("StockPage", "Lot {lot}: 1 vial left.")
                if lot.vials_left == 1
                else QCoreApplication.translate("StockPage", "Lot {lot}: {vials} vials left.")
            )
            return words.format(lot=lot.lot_number, vials=lot.vials_left)

        self.run(lambda: stock.adjust(lot_id, vials, reason), said)
