"""A person's age in completed years: what the chart, the day list and the clinical rules for
children (domain/safety.py) count by. A module of its own so that those rules do not load the
patient records to count a birthday (a command's start-up, issue 22)."""

from __future__ import annotations

from datetime import date


def age_on(born: date, day: date) -> int:
    """Completed years on a day (a birthday on 29 February counts on 1 March in other years)."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))
