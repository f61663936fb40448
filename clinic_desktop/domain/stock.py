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
from clinic_desktop.domain.words import QT_TR_NOOP, Text

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
    def status(self) -> Text:
        if self.lot.vials_left <= 0:
            return Text(QT_TR_NOOP("used up"))
        if self.expired:
            return Text(QT_TR_NOOP("expired"))
        if self.expiring_soon:
            if self.days_to_expiry == 1:
                return Text(QT_TR_NOOP("expires in {days} day"), days=self.days_to_expiry)
            return Text(QT_TR_NOOP("expires in {days} days"), days=self.days_to_expiry)
        return Text(QT_TR_NOOP("in stock"))


def lot_stock(lot: Lot, today: date) -> LotStock:
    return LotStock(lot, (lot.expires_on - today).days)


def check_receivable(expires_on: date, today: date) -> None:
    """A lot received today must not be past its expiry date already."""
    if expires_on < today:
        raise ValidationError(
            QT_TR_NOOP(
                "That lot expired on {day}; an expired lot cannot be used, so it is not added to the stock. "
                "Check the date on the box."
            ),
            day=f"{expires_on:%Y-%m-%d}",
        )


def check_adjustment(lot: Lot, vials: int, reason: str) -> str:
    """The cleaned reason, or a refusal: a change of at least one vial, a reason, and never fewer
    than no vials left."""
    cleaned = " ".join(reason.split())
    if vials == 0:
        raise ValidationError(
            QT_TR_NOOP("Give the number of vials to add (found) or take away (broken, lost, returned).")
        )
    if abs(vials) > MAX_ADJUSTMENT_VIALS:
        raise ValidationError(
            QT_TR_NOOP("An adjustment is at most {most} vials, not {vials}."),
            most=MAX_ADJUSTMENT_VIALS,
            vials=abs(vials),
        )
    if not cleaned:
        raise ValidationError(
            QT_TR_NOOP("Say why the count changes (for example: vial broken, found in the count).")
        )
    if len(cleaned) > MAX_REASON:
        raise ValidationError(QT_TR_NOOP("The reason is longer than {most} characters."), most=MAX_REASON)
    if lot.vials_left + vials < 0:
        template = (
            QT_TR_NOOP("Lot {lot} has {left} vial left; {taken} cannot be taken away.")
            if lot.vials_left == 1
            else QT_TR_NOOP("Lot {lot} has {left} vials left; {taken} cannot be taken away.")
        )
        raise ValidationError(template, lot=lot.lot_number, left=lot.vials_left, taken=-vials)
    return cleaned
