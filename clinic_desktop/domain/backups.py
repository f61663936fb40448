"""Automatic backups: when one is due, what the files are called, and which are kept.

The clinic's rhythm sets the retention. A mistake noticed the same week (a patient merged with the
wrong record, an import into the wrong clinic) wants yesterday's copy; one noticed when the patient
comes back for re-treatment, twelve weeks or more later, wants a copy from before it. So the policy
keeps the newest backup of each of the last 7 days, of each of the last 4 weeks and of each of the
last 6 months: at most 17 files (usually about 14, the buckets overlap), reaching back past two
treatment cycles. "The last 7 days" are the 7 most recent days *that have a backup*: a clinic
closed for a month comes back to its history, not to an emptied folder.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from clinic_desktop.domain.words import QT_TR_NOOP, Text

BACKUP_EVERY = timedelta(hours=24)
_NAME = re.compile(r"^clinic-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})\.(db|dump)$")


def backup_name(local: datetime, suffix: str) -> str:
    """``clinic-YYYY-MM-DD-HHMM.db`` (or ``.dump``) for a clinic-local wall-clock time: sorts by
    name in time order and reads at a glance in a file manager."""
    return f"clinic-{local:%Y-%m-%d-%H%M}{suffix}"


def parse_backup_name(name: str) -> datetime | None:
    """The naive clinic-local time in an automatic backup's name; None for any other file (which
    the retention never touches)."""
    match = _NAME.match(name)
    if match is None:
        return None
    year, month, day, hour, minute = (int(g) for g in match.groups()[:5])
    try:
        return datetime(year, month, day, hour, minute)
    except ValueError:
        return None


def backup_due(last: datetime | None, now: datetime) -> bool:
    """A backup is due when there is none, or the newest is 24 hours old (or from the future: a
    clock put back must not stop backups for good)."""
    return last is None or now - last >= BACKUP_EVERY or last > now


@dataclass(frozen=True)
class RetentionPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 6

    def keep(self, taken: Iterable[datetime]) -> set[datetime]:
        """The backup times to keep: the newest in each of the most recent ``daily`` days,
        ``weekly`` ISO weeks and ``monthly`` months that have any."""
        newest_first = sorted(set(taken), reverse=True)
        buckets: tuple[tuple[int, Callable[[datetime], Hashable]], ...] = (
            (self.daily, lambda t: t.date()),
            (self.weekly, lambda t: t.isocalendar()[:2]),
            (self.monthly, lambda t: (t.year, t.month)),
        )
        kept: set[datetime] = set()
        for count, bucket in buckets:
            seen: set[Hashable] = set()
            for instant in newest_first:
                key = bucket(instant)
                if key in seen:
                    continue
                if len(seen) == count:
                    break
                seen.add(key)
                kept.add(instant)
        return kept

    def describe(self) -> Text:
        return Text(
            QT_TR_NOOP("one a day, keeping the last {days} days, {weeks} weeks and {months} months"),
            days=self.daily,
            weeks=self.weekly,
            months=self.monthly,
        )


def describe_size(size: int) -> str:
    """A file size as people read it: 812 bytes, 3.4 MB, 1.2 GB."""
    if size < 1024:
        return f"{size:,} bytes"
    value = float(size)
    for unit in ("KB", "MB", "GB", "TB"):
        value /= 1024
        if value < 1024 or unit == "TB":
            break
    return f"{value:,.1f} {unit}"
