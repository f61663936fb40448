"""Toxin stock: receiving a lot, adjusting the count with a reason, and what expires soon.

A lot is received before its expiry date, never after (an expired lot cannot be charted:
docs/domain.md, so receiving one only fills the stock list with vials nobody may use). The count
of vials left changes by charting (vials used) and by adjustments: a vial found in a count (+),
or broken, lost, returned to the supplier or destroyed (-), each with its reason, so the stock
record explains every vial (a controlled, refrigerated biologic: storage and accountability per
the BOTOX prescribing information, "Storage and handling").

Expiring soon: within EXPIRING_SOON_DAYS of its date, so that a lot is used (or moved to the
patients booked first) before it must be thrown away.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.treatments import Lot

EXPIRING_SOON_DAYS = 60
MAX_ADJUSTMENT_VIALS = 1000
MAX_REASON = 200


@dataclass(frozen=True)
class StockAdjustment:
    id: int
    lot_id: int
    vials: int  # + found, - lost/broken/returned
    reason: str
    by: str
    at: datetime  # UTC


@dataclass(frozen=True)
class LotStock:
    """A lot as the stock list shows it on a given day."""

    lot: Lot
    days_to_expiry: int  # negative once expired

    @property
    def expired(self) -> bool:
        return self.days_to_expiry < 0

    @property
    def expiring_soon(self) -> bool:
        return 0 <= self.days_to_expiry <= EXPIRING_SOON_DAYS

    @property
    def status(self) -> str:
        if self.lot.vials_left <= 0:
            return "used up"
        if self.expired:
            return "expired"
        if self.expiring_soon:
            return f"expires in {self.days_to_expiry} day{'s' if self.days_to_expiry != 1 else ''}"
        return "in stock"


def lot_stock(lot: Lot, today: date) -> LotStock:
    return LotStock(lot, (lot.expires_on - today).days)


def check_receivable(expires_on: date, today: date) -> None:
    """A lot received today must not be past its expiry date already."""
    if expires_on < today:
        raise ValidationError(
            f"That lot expired on {expires_on:%Y-%m-%d}; an expired lot cannot be used, so it is not "
            "added to the stock. Check the date on the box."
        )


def check_adjustment(lot: Lot, vials: int, reason: str) -> str:
    """The cleaned reason, or a refusal: a change of at least one vial, a reason, and never fewer
    than no vials left."""
    cleaned = " ".join(reason.split())
    if vials == 0:
        raise ValidationError(
            "Give the number of vials to add (found) or take away (broken, lost, returned)."
        )
    if abs(vials) > MAX_ADJUSTMENT_VIALS:
        raise ValidationError(f"An adjustment is at most {MAX_ADJUSTMENT_VIALS} vials, not {abs(vials)}.")
    if not cleaned:
        raise ValidationError("Say why the count changes (for example: vial broken, found in the count).")
    if len(cleaned) > MAX_REASON:
        raise ValidationError(f"The reason is longer than {MAX_REASON} characters.")
    if lot.vials_left + vials < 0:
        raise ValidationError(
            f"Lot {lot.lot_number} has {lot.vials_left} vial{'s' if lot.vials_left != 1 else ''} left; "
            f"{-vials} cannot be taken away."
        )
    return cleaned
