"""Units of toxin as the clinic writes them: in a chart, a sentence, a JSON document. A module of
its own so that the clinical rules (domain/safety.py) and the day list can write a dose without
loading the treatment records (a command's start-up, issue 22)."""

from __future__ import annotations

from decimal import Decimal


def format_units(units: Decimal) -> str:
    """5.0 -> '5', 2.5 -> '2.5' (how a chart prints a dose)."""
    return f"{units.normalize():f}" if units != units.to_integral() else str(int(units))


def units_number(units: Decimal) -> int | float:
    """Units for JSON: an integer when whole, else a float with one decimal."""
    return int(units) if units == units.to_integral() else float(units)
