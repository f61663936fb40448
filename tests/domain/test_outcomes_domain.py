"""Responder status and the NICE TA260 stopping rule at their edges."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.outcomes import (
    BUILTIN_MEASURES,
    Score,
    episodic_months,
    measure_value,
    migraine_status,
)

TREATED = [date(2026, 1, 10), date(2026, 4, 5), date(2026, 7, 1)]


def scores(*pairs: tuple[str, int]) -> list[Score]:
    return [Score(date.fromisoformat(d), Decimal(v)) for d, v in pairs]


def test_exactly_half_the_baseline_is_a_responder_and_just_over_half_is_not() -> None:
    assert migraine_status(scores(("2026-01-05", 20), ("2026-03-01", 10)), TREATED).responder
    assert not migraine_status(scores(("2026-01-05", 20), ("2026-03-01", 11)), TREATED).responder


def test_under_30_percent_after_two_cycles_flags_stopping_but_not_after_one() -> None:
    diary = scores(("2026-01-05", 20), ("2026-03-01", 15))  # 25% fewer, one cycle
    assert migraine_status(diary, TREATED).stop_flag is None
    after_two = [*diary, *scores(("2026-05-01", 15))]
    flag = migraine_status(after_two, TREATED).stop_flag
    assert flag is not None and "Under 30%" in flag
    assert migraine_status([*diary, *scores(("2026-05-01", 14))], TREATED).stop_flag is None  # 30%


def test_three_consecutive_months_under_15_flag_episodic_and_a_gap_does_not() -> None:
    monthly = scores(("2026-01-05", 22), ("2026-04-20", 12), ("2026-05-20", 11), ("2026-06-20", 14))
    assert episodic_months(monthly[1:]) == 3
    flag = migraine_status(monthly, TREATED[:1]).stop_flag
    assert flag is not None and "Episodic for 3 months" in flag
    quarterly = scores(("2026-01-05", 22), ("2026-04-05", 12), ("2026-07-01", 11), ("2026-10-01", 10))
    assert migraine_status(quarterly, TREATED[:1]).stop_flag is None
    broken = scores(("2026-01-05", 22), ("2026-04-20", 12), ("2026-05-20", 16), ("2026-06-20", 14))
    assert episodic_months(broken[1:]) == 1


def test_measure_ranges() -> None:
    hit6 = next(m for m in BUILTIN_MEASURES if m.code == "hit6")
    assert measure_value(hit6, "36") == 36 and measure_value(hit6, 78) == 78
    with pytest.raises(ValidationError, match="between 36 and 78"):
        measure_value(hit6, 35)
    with pytest.raises(ValidationError, match="not a number"):
        measure_value(hit6, "lots")


def test_a_later_toxin_for_another_indication_moves_the_floor_and_the_window() -> None:
    from clinic_desktop.domain.codes import Indication
    from clinic_desktop.domain.followup import due_window

    alone = due_window(Indication.CHRONIC_MIGRAINE, date(2026, 9, 1))
    assert (alone.floor, alone.due_from, alone.due_by) == (
        date(2026, 11, 24),
        date(2026, 11, 24),
        date(2026, 12, 8),
    )
    moved = due_window(Indication.CHRONIC_MIGRAINE, date(2026, 9, 1), last_any=date(2026, 10, 15))
    assert (moved.floor, moved.due_from, moved.due_by) == (
        date(2027, 1, 7),
        date(2027, 1, 7),
        date(2027, 1, 7),
    )
    assert due_window(Indication.CHRONIC_MIGRAINE, date(2026, 9, 1), last_any=date(2026, 8, 1)) == alone
