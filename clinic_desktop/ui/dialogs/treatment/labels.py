"""How the charting dialogs word a side, a severity, a product, a lot and the waste, in the window's
language (context "TreatmentWords"), and the caution's amber they write in."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from clinic_desktop.domain.codes import Product, Side
from clinic_desktop.domain.products import PRODUCTS
from clinic_desktop.domain.treatment_record import Severity, waste_modifier
from clinic_desktop.domain.treatments import Lot, vials_and_waste
from clinic_desktop.domain.units import format_units
from clinic_desktop.ui.appearance import readable_ink
from clinic_desktop.ui.dates import display_date
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP

AMBER = "#a15c00"
MUTED = "palette(placeholder-text)"
# Shown through side_label / severity_label (translate("TreatmentWords", ...)).
SIDE_LABELS = {
    Side.LEFT: QT_TRANSLATE_NOOP("TreatmentWords", "Left"),
    Side.RIGHT: QT_TRANSLATE_NOOP("TreatmentWords", "Right"),
    Side.BILATERAL: QT_TRANSLATE_NOOP("TreatmentWords", "Both sides"),
    Side.MIDLINE: QT_TRANSLATE_NOOP("TreatmentWords", "Midline"),
}
SEVERITY_LABELS = {
    Severity.MILD: QT_TRANSLATE_NOOP("TreatmentWords", "Mild"),
    Severity.MODERATE: QT_TRANSLATE_NOOP("TreatmentWords", "Moderate"),
    Severity.SEVERE: QT_TRANSLATE_NOOP("TreatmentWords", "Severe"),
}


def amber() -> str:
    """The caution's amber (a finding that needs a reason, the override field), readable in the
    palette in force (ui/appearance.py)."""
    return readable_ink(AMBER)


def side_label(side: Side) -> str:
    """'Left', 'Both sides' ... in the window's language."""
    return QCoreApplication.translate("TreatmentWords", SIDE_LABELS[side])


def severity_label(severity: Severity) -> str:
    """'Mild', 'Moderate', 'Severe' in the window's language."""
    return QCoreApplication.translate("TreatmentWords", SEVERITY_LABELS[severity])


def protocol_label(name: str, total: Decimal) -> str:
    """A protocol template as the choice lists it: 'PREEMPT 155 U — 155 U'."""
    return f"{name} — {format_units(total)} U"


def product_label(product: Product) -> str:
    info = PRODUCTS[product]
    return f"{info.label} ({info.brand})"


def lot_label(lot: Lot) -> str:
    """'C3412 — expires 03/01/2027 — 2 vials left of 100 U'."""
    vials = (
        QCoreApplication.translate("TreatmentWords", "1 vial left")
        if lot.vials_left == 1
        else QCoreApplication.translate("TreatmentWords", "{count} vials left").format(count=lot.vials_left)
    )
    return QCoreApplication.translate(
        "TreatmentWords", "{lot} — expires {day} — {vials} of {units} U"
    ).format(lot=lot.lot_number, day=display_date(lot.expires_on), vials=vials, units=lot.units_per_vial)


def waste_text(
    total: Decimal, waste: Decimal | None, units_per_vial: int | None
) -> tuple[Decimal | None, str]:
    """The units discarded and how the chart says it. Blank waste means the rest of the single-use
    vials opened (the service's rule when it records the treatment)."""
    if units_per_vial is None or total <= 0:
        return waste, ""
    vials, waste = vials_and_waste(total, waste, units_per_vial)
    opened = (
        QCoreApplication.translate("TreatmentWords", "1 vial of {units} U opened")
        if vials == 1
        else QCoreApplication.translate("TreatmentWords", "{count} vials of {units} U opened")
    )
    discarded = QCoreApplication.translate("TreatmentWords", "{waste} U discarded")
    return waste, " · ".join(
        (
            opened.format(count=vials, units=units_per_vial),
            discarded.format(waste=format_units(waste)),
            waste_modifier(waste),
        )
    )
