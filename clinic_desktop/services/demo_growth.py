"""Weights that fit a child's age, for the demo clinic's children (services/demo.py): the median
weight for age and sex of the CDC growth charts, 2 to 20 years.

Source: the 2000 CDC growth charts for the United States, weight-for-age, 2 to 20 years, LMS
parameters by sex and age (National Center for Health Statistics, data file wtage.csv, read as a
copy kept in a public repository); the median is the M parameter at 24 months and at each birthday
plus half a month (24.5 ... 204.5 months). Kuczmarski RJ, Ogden CL, Guo SS, et al. 2000 CDC growth
charts for the United States: methods and development. Vital Health Stat 11(246), 2002. The CDC
recommends these charts from age 2 (the WHO standards below it); the demo's children are 2 or older
when treated, as the labels' pediatric spasticity indications are.

A demo child is this median times a factor of their own, kept for life (services/demo.py), so that
the clinic has light and heavy children, as any clinic does; children with cerebral palsy are
often lighter than the median, which the lower factors cover."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from clinic_desktop.domain.patients import age_on

# Median kg at each age in years (the M of wtage.csv at 12 x age + 0.5 months; 24 months at 2).
MEDIAN_KG: dict[str, tuple[float, ...]] = {
    # ages 2 .. 17
    "male": (
        12.67, 14.40, 16.32, 18.49, 20.78, 23.17, 25.75, 28.68,
        32.09, 36.07, 40.67, 45.81, 51.23, 56.49, 61.10, 64.70,
    ),
    "female": (
        12.06, 13.94, 15.88, 18.02, 20.34, 22.87, 25.76, 29.14,
        33.06, 37.39, 41.83, 45.98, 49.49, 52.14, 53.95, 55.18,
    ),
}  # fmt: skip
FIRST_AGE = 2
LAST_AGE = FIRST_AGE + len(MEDIAN_KG["male"]) - 1  # 17


def median_kg(sex: str, born: date, day: date) -> float:
    """The median weight for the child's age on ``day``, between birthdays by the month (linear
    between the yearly medians); the female table for "female", the male one otherwise."""
    table = MEDIAN_KG["female" if sex == "female" else "male"]
    years = age_on(born, day)
    if years < FIRST_AGE:
        return table[0]
    if years >= LAST_AGE:
        return table[-1]
    birthday = date(born.year + years, born.month, 1)
    months = (day.year - birthday.year) * 12 + day.month - birthday.month
    share = min(max(months, 0), 12) / 12
    low = table[years - FIRST_AGE]
    return low + (table[years - FIRST_AGE + 1] - low) * share


def demo_weight(sex: str, born: date, day: date, factor: float) -> Decimal:
    """A child's weight on a day: the median times their own factor, to 0.1 kg as a scale reads."""
    return Decimal(str(median_kg(sex, born, day) * factor)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
