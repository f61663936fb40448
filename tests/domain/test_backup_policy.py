"""When an automatic backup is due, what it is called, and which ones the retention keeps."""

from __future__ import annotations

from datetime import datetime, timedelta

from clinic_desktop.domain.backups import (
    RetentionPolicy,
    backup_due,
    backup_name,
    describe_size,
    parse_backup_name,
)


def test_names_round_trip_and_other_files_are_not_backups() -> None:
    taken = datetime(2026, 11, 23, 9, 5)
    assert backup_name(taken, ".db") == "clinic-2026-11-23-0905.db"
    assert parse_backup_name("clinic-2026-11-23-0905.db") == taken
    assert parse_backup_name("clinic-2026-11-23-0905.dump") == taken
    others = ["clinic.db", "clinic-2026-11-23.db", "clinic-2026-13-01-0900.db", "notes-2026-11-23-0905.db"]
    for other in [*others, "clinic-2026-11-23-0905.db.partial"]:
        assert parse_backup_name(other) is None, other


def test_a_backup_is_due_after_24_hours_or_when_there_is_none() -> None:
    now = datetime(2026, 11, 23, 10, 0)
    assert backup_due(None, now)
    assert not backup_due(now - timedelta(hours=23, minutes=59), now)
    assert backup_due(now - timedelta(hours=24), now)
    assert backup_due(now + timedelta(days=3), now)  # a clock put back does not stop backups


def test_daily_for_a_week_then_weekly_then_monthly() -> None:
    policy = RetentionPolicy(daily=7, weekly=4, monthly=6)
    start = datetime(2026, 1, 1, 8, 30)
    taken = [start + timedelta(days=d) for d in range(365)]  # a year of daily backups
    kept = sorted(policy.keep(taken), reverse=True)
    newest = taken[-1]
    # the last 7 days, every one
    assert kept[:7] == [newest - timedelta(days=d) for d in range(7)]
    # then one per ISO week (its newest, a Sunday) for the last 4 weeks, then one per month
    weeks = {t.isocalendar()[:2] for t in kept}
    months = {(t.year, t.month) for t in kept}
    assert len(months) == 6 and min(months) == (2026, 7)
    assert len(weeks) >= 4
    assert len(kept) <= 7 + 4 + 6
    for t in kept[7:]:
        same_month = [x for x in taken if (x.year, x.month) == (t.year, t.month)]
        same_week = [x for x in taken if x.isocalendar()[:2] == t.isocalendar()[:2]]
        assert t in (max(same_month), max(same_week))


def test_several_backups_a_day_keep_the_newest_and_a_long_pause_keeps_history() -> None:
    policy = RetentionPolicy(daily=2, weekly=0, monthly=0)
    day = datetime(2026, 3, 2, 9, 0)
    taken = [day, day + timedelta(hours=3), day + timedelta(days=40)]  # closed for over a month
    assert policy.keep(taken) == {day + timedelta(hours=3), day + timedelta(days=40)}
    assert policy.keep([]) == set()


def test_sizes_read_as_people_read_them() -> None:
    assert describe_size(812) == "812 bytes"
    assert describe_size(3 * 1024 * 1024 + 400 * 1024) == "3.4 MB"
    assert describe_size(1288490189) == "1.2 GB"
