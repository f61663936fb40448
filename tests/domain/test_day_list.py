from datetime import date
from decimal import Decimal

from clinic_desktop.domain.codes import Product
from clinic_desktop.domain.day_list import LastDose, age_on
from clinic_desktop.domain.outcomes import headache_diary_due


def test_age_counts_completed_years() -> None:
    assert age_on(date(1980, 11, 25), date(2026, 11, 24)) == 45
    assert age_on(date(1980, 11, 25), date(2026, 11, 25)) == 46
    assert age_on(date(2000, 2, 29), date(2026, 2, 28)) == 25  # a leap-day birthday: on 1 March
    assert age_on(date(2000, 2, 29), date(2026, 3, 1)) == 26


def test_a_headache_diary_is_due_each_cycle_and_at_baseline() -> None:
    treated = date(2026, 8, 25)
    assert headache_diary_due(treated, date(2026, 8, 1)) == "Headache diary due (none since 25 Aug 2026)"
    assert headache_diary_due(treated, None) == "Headache diary due (none since 25 Aug 2026)"
    assert headache_diary_due(treated, treated) is None  # scored on the day of the treatment
    assert headache_diary_due(treated, date(2026, 10, 1)) is None
    assert headache_diary_due(None, None) == "Baseline headache diary due"
    assert headache_diary_due(None, date(2026, 10, 1)) is None


def test_last_dose_reads_as_a_provider_says_it() -> None:
    dose = LastDose(date(2026, 8, 25), Product.ONABOTULINUMTOXINA, Decimal("155.00"), "PREEMPT")
    assert dose.text(date(2026, 11, 24)) == "25 Aug 2026 · Botox 155 U (13 wk ago)"
