"""Toxin stock as the clinic keeps it: lots received, the count adjusted with a reason, what is
left and what expires soon (domain/stock.py has the rules).

Kept by providers and managers (Permission.STOCK), like the lots the charting dialog draws from;
every change has its audit entry in the same write transaction. Taking vials away is checked twice:
first against the lot as read, for a plain message, then by the database's own conditional update,
so two workstations taking the last vials at the same moment cannot both succeed."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.codes import Product
from clinic_desktop.domain.errors import ConflictError
from clinic_desktop.domain.stock import (
    LotStock,
    StockAdjustment,
    check_adjustment,
    check_receivable,
    lot_stock,
)
from clinic_desktop.domain.treatments import Lot
from clinic_desktop.domain.words import QT_TR_NOOP

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices


class StockService:
    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    def receive(
        self,
        product: Product,
        lot_number: str,
        expires_on: date,
        vials: int,
        units_per_vial: int | None = None,
    ) -> Lot:
        """A delivered lot; refused if it has already expired (it could never be charted)."""
        self._s.require(Permission.STOCK)
        check_receivable(expires_on, self._today())
        return self._s.treatments.add_lot(product, lot_number, expires_on, vials, units_per_vial)

    def adjust(self, lot_id: int, vials: int, reason: str) -> Lot:
        """Change the count of vials left: + found, - broken, lost, returned; always with a reason."""
        self._s.require(Permission.STOCK)
        store = self._s.store
        with store.write_transaction():
            lot = store.treatments.lot(lot_id)
            cleaned = check_adjustment(lot, vials, reason)
            who = self._s.session.name if self._s.session is not None else ""
            made = store.setup.adjust_lot(lot_id, vials, cleaned, who, self._s.real_now())
            if made is None:
                after = store.treatments.lot(lot_id)
                raise ConflictError(
                    QT_TR_NOOP(
                        "Lot {lot} has just been used at another workstation and has {left} vial left; "
                        "{vials} cannot be taken away."
                    )
                    if after.vials_left == 1
                    else QT_TR_NOOP(
                        "Lot {lot} has just been used at another workstation and has {left} vials left; "
                        "{vials} cannot be taken away."
                    ),
                    lot=lot.lot_number,
                    left=after.vials_left,
                    vials=-vials,
                )
            changed = store.treatments.lot(lot_id)
            self._s.record(
                "adjust", "lot", lot_id,
                {"lot": lot.lot_number, "vials_left": lot.vials_left},
                {"lot": lot.lot_number, "vials_left": changed.vials_left, "vials": vials, "reason": cleaned},
            )  # fmt: skip
            return changed

    def stock(self, product: Product | None = None) -> list[LotStock]:
        """Every lot with what is left and how long until it expires, soonest expiry first."""
        today = self._today()
        lots = self._s.treatments.lots(product)  # asks the catalogue's permission
        return sorted(
            (lot_stock(lot, today) for lot in lots),
            key=lambda s: (s.lot.vials_left <= 0, s.lot.expires_on, s.lot.lot_number),
        )

    def expiring_soon(self) -> list[LotStock]:
        """Lots with vials left that expire within EXPIRING_SOON_DAYS (domain/stock.py)."""
        return [s for s in self.stock() if s.expiring_soon and s.lot.vials_left > 0]

    def adjustments(self, lot_id: int) -> list[StockAdjustment]:
        self._s.require(Permission.STOCK)
        store = self._s.store
        with store.read_transaction():
            store.treatments.lot(lot_id)  # NotFoundError for a lot that does not exist
            return store.setup.adjustments(lot_id)

    def _today(self) -> date:
        return self._s.time.local_date(self._s.now())
