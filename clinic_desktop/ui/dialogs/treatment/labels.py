"""How the charting dialogs word a side, a product, a lot and the waste."""

from __future__ import annotations

from decimal import Decimal

from clinic_desktop.domain.codes import Product, Side
from clinic_desktop.domain.products import PRODUCTS
from clinic_desktop.domain.treatments import Lot, format_units, vials_and_waste, waste_modifier
from clinic_desktop.ui.dates import display_date

AMBER = "#a15c00"
MUTED = "palette(placeholder-text)"
SIDE_LABELS = {Side.LEFT: "Left", Side.RIGHT: "Right", Side.BILATERAL: "Both sides", Side.MIDLINE: "Midline"}


def product_label(product: Product) -> str:
    info = PRODUCTS[product]
    return f"{info.label} ({info.brand})"


def lot_label(lot: Lot) -> str:
    vials = f"{lot.vials_left} vial{'s' if lot.vials_left != 1 else ''} left"
    return f"{lot.lot_number} — expires {display_date(lot.expires_on)} — {vials} of {lot.units_per_vial} U"


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
