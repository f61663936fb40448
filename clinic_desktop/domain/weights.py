"""A patient's body weight: kilograms measured on a day. Every weighing is kept; the newest one on
or before a day is the weight of that day (domain/safety.py uses it for children's doses, which are
set per kilogram).

Weights are stored in kilograms with at most two decimals (10 g, finer than any clinic scale reads).
A US clinic may type pounds in the window; they are converted with the international pound,
1 lb = 0.45359237 kg exactly (the International Yard and Pound Agreement of 1959, as NIST gives it:
NIST Handbook 44, Appendix C, "avoirdupois pound") and rounded to the nearest 10 g, so nothing a
scale showed is lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.words import QT_TR_NOOP, Text

KG_PER_POUND = Decimal("0.45359237")
HUNDREDTH = Decimal("0.01")
# The range a person's weight can be: from a very premature newborn (about 0.5 kg) to far above
# any adult a clinic weighs. Outside it the number is a slip of the keyboard, not a weight.
LIGHTEST_KG = Decimal("0.5")
HEAVIEST_KG = Decimal(400)
_PLAIN_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+")


class WeightUnit(StrEnum):
    KG = "kg"
    LB = "lb"

    @property
    def label(self) -> str:
        return {"kg": "kg", "lb": Text(QT_TR_NOOP("lb (pounds)"))}[self.value]


@dataclass(frozen=True)
class Weight:
    """One weighing: kilograms on a clinic-local day, and who recorded it."""

    kg: Decimal
    on: date
    id: int | None = None
    recorded_by: str = ""


def pounds_to_kg(pounds: Decimal) -> Decimal:
    """Pounds to kilograms, to the nearest 10 g (44 lb -> 19.96 kg)."""
    return (pounds * KG_PER_POUND).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)


def kg_to_pounds(kg: Decimal) -> Decimal:
    """Kilograms to pounds, to one decimal (for showing a US clinic what was stored)."""
    return (kg / KG_PER_POUND).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def parse_weight(value: object, unit: WeightUnit | str = WeightUnit.KG) -> Decimal:
    """A weight as typed ('20', '19.5', '44,1' in pounds) -> kilograms, or a plain message.
    Digits with at most two decimals; from 0.5 to 400 kg (or the same in pounds)."""
    try:
        unit = WeightUnit(str(unit).strip().lower())
    except ValueError:
        raise ValidationError(
            QT_TR_NOOP("'{unit}' is not a unit of weight: use kg or lb."), unit=unit
        ) from None
    number = _plain(value)
    if number is None:
        raise ValidationError(
            QT_TR_NOOP(
                "'{value}' is not a weight: write digits, with at most two decimals (such as 19.5), "
                "in {unit}."
            ),
            value=value,
            unit=unit.value,
        )
    if number != number.quantize(HUNDREDTH):
        raise ValidationError(
            QT_TR_NOOP("A weight has at most two decimals ({value} {unit})."), value=value, unit=unit.value
        )
    kg = pounds_to_kg(number) if unit is WeightUnit.LB else number.quantize(HUNDREDTH)
    if not LIGHTEST_KG <= kg <= HEAVIEST_KG:
        typed = f"{value} {unit.value}" + (f" ({format_kg(kg)})" if unit is WeightUnit.LB else "")
        raise ValidationError(
            QT_TR_NOOP(
                "{weight} is not a weight a person has (from {lightest} to {heaviest}); check the number and "
                "the unit."
            ),
            weight=typed,
            lightest=format_kg(LIGHTEST_KG),
            heaviest=format_kg(HEAVIEST_KG),
        )
    return kg


def _plain(value: object) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal | int | float):
        number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
        return number if number.is_finite() and number >= 0 else None
    text = str(value).strip()
    if not _PLAIN_NUMBER.fullmatch(text):
        return None
    return Decimal(text.replace(",", "."))


def check_weight_day(on: date, born: date, today: date) -> None:
    """A weighing is on a day the patient was alive and not later than today."""
    if on > today:
        raise ValidationError(
            QT_TR_NOOP("A weight cannot be recorded for {day}, a day after today."), day=f"{on:%Y-%m-%d}"
        )
    if on < born:
        raise ValidationError(
            QT_TR_NOOP("{day} is before the patient was born ({born})."),
            day=f"{on:%Y-%m-%d}",
            born=f"{born:%Y-%m-%d}",
        )


def newest_on(weights: Iterable[Weight], day: date) -> Weight | None:
    """The weight of a day: the newest weighing on or before it (of two on one day, the one
    recorded last)."""
    earlier = [w for w in weights if w.on <= day]
    if not earlier:
        return None
    return max(earlier, key=lambda w: (w.on, w.id if w.id is not None else 0))


def format_kg(kg: Decimal) -> str:
    """20.00 -> '20 kg', 19.50 -> '19.5 kg', 19.96 -> '19.96 kg'."""
    text = f"{kg.normalize():f}" if kg != kg.to_integral() else str(int(kg))
    return f"{text} kg"


def kg_number(kg: Decimal) -> int | float:
    """Kilograms for JSON: an integer when whole."""
    return int(kg) if kg == kg.to_integral() else float(kg)
