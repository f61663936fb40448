"""When a patient is due again, and how a free slot is scored as their follow-up.

Intervals (target and tolerance) per indication, each never shorter than the 84-day floor
(domain/safety.py), from the product labels and the clinic's usual practice:
- chronic migraine: re-treatment every 12 weeks (BOTOX prescribing information, section 2.2: "the
  recommended re-treatment schedule is every 12 weeks"); window 12-14 weeks.
- cervical dystonia, limb spasticity, myofascial and TMJ pain, other: when the effect fades, no sooner
  than 12 weeks (BOTOX prescribing information, sections 2.4-2.6); most patients come at 12-16 weeks:
  target 13 weeks, window to 17 weeks.
- overactive bladder: re-treatment no sooner than 12 weeks; in studies OAB-1 and OAB-2 the median
  duration of response, based on qualification for re-treatment, was 19-24 weeks for 100 U
  (BOTOX prescribing information, section 14): target 20 weeks, window to 24 weeks.
- axillary hyperhidrosis: re-injection when the effect diminishes, the clinical studies re-injecting
  no sooner than 8 weeks (botoxone.com, hyperhidrosis efficacy); responses commonly last 4-12 months
  (docs/domain.md) and the label reports a median of about 200 days for 50 U (section 14): target
  28 weeks, window to 36.
A review visit after a patient's first treatment for an indication: 4-6 weeks later (docs: issue;
the PREEMPT programme and clinics' usual practice review response and adverse effects then).

The floor is absolute: nothing here ever places a toxin treatment earlier than 84 days after the
last one; a per-patient plan may lengthen a target or window but never go below the floor.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.hours import WEEKDAY_NAMES
from clinic_desktop.domain.safety import MIN_INTERVAL_DAYS
from clinic_desktop.domain.words import QT_TR_NOOP, Text

#: The notes reception keeps on a recall (a call made, a message left, ...) and their words; the
#: command line's `followups mark --kind` offers the keys.
MARK_KINDS = {
    "called": Text(QT_TR_NOOP("Called")),
    "left_message": Text(QT_TR_NOOP("Left a message")),
    "declined": Text(QT_TR_NOOP("Declined")),
    "snoozed": Text(QT_TR_NOOP("Snoozed")),
}


@dataclass(frozen=True)
class Interval:
    target_days: int  # the aim, days after the last treatment
    tolerance_days: int  # how long after the target the patient is still "due" rather than "overdue"

    def __post_init__(self) -> None:
        if self.target_days < MIN_INTERVAL_DAYS:
            raise ValidationError(
                QT_TR_NOOP("A re-treatment interval cannot be shorter than {floor} days ({days})."),
                floor=MIN_INTERVAL_DAYS,
                days=self.target_days,
            )
        if not 0 <= self.tolerance_days <= 180:
            raise ValidationError(QT_TR_NOOP("The tolerance after the target must be 0 to 180 days."))


INTERVALS: dict[Indication, Interval] = {
    Indication.CHRONIC_MIGRAINE: Interval(84, 14),
    Indication.CERVICAL_DYSTONIA: Interval(91, 28),
    Indication.UPPER_LIMB_SPASTICITY: Interval(91, 28),
    Indication.LOWER_LIMB_SPASTICITY: Interval(91, 28),
    Indication.MYOFASCIAL_PAIN: Interval(91, 28),
    Indication.TMJ_DISORDER: Interval(91, 28),
    Indication.OVERACTIVE_BLADDER: Interval(140, 28),
    Indication.AXILLARY_HYPERHIDROSIS: Interval(196, 56),
    Indication.OTHER: Interval(91, 28),
}
REVIEW_FROM_DAYS = 28
REVIEW_BY_DAYS = 42


@dataclass(frozen=True)
class DueWindow:
    indication: Indication
    last_treatment: date
    due_from: date  # target day (never before the floor)
    due_by: date  # end of the tolerance
    floor: date  # the first day a toxin may be given again

    def days_overdue(self, today: date) -> int:
        return max(0, (today - self.due_by).days)

    def status(self, today: date) -> str:
        if today > self.due_by:
            return "overdue"
        if today >= self.due_from:
            return "due"
        return "upcoming"


def due_window(
    indication: Indication, last: date, plan: Interval | None = None, last_any: date | None = None
) -> DueWindow:
    """When the next treatment for this indication is due after one on ``last``. ``last_any`` is the
    latest toxin treatment of any indication: the floor holds for every toxin, so a later one for
    another indication moves the floor, and the window with it."""
    interval = plan or INTERVALS[indication]
    floor = max(last, last_any or last) + timedelta(days=MIN_INTERVAL_DAYS)
    due_from = max(last + timedelta(days=interval.target_days), floor)
    due_by = max(last + timedelta(days=interval.target_days + interval.tolerance_days), floor)
    return DueWindow(indication, last, due_from, due_by, floor)


def review_window(first_treatment: date) -> tuple[date, date]:
    return first_treatment + timedelta(days=REVIEW_FROM_DAYS), first_treatment + timedelta(
        days=REVIEW_BY_DAYS
    )


# --- scoring ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Habits:
    """What the patient's past visits and stated preferences say about when they like to come."""

    usual_provider: int | None = None
    usual_weekday: int | None = None  # 0 = Monday
    usual_minutes: int | None = None  # local minutes after midnight of a typical start
    prefers: str = ""  # "morning", "afternoon", "evening" or ""; from their stated preferred times


def prefers_from_text(text: str) -> str:
    """'mornings only', 'after 2pm' ... -> 'morning' / 'afternoon' / 'evening' / ''."""
    lowered = text.lower()
    if "morning" in lowered or lowered.startswith("am") or "before noon" in lowered:
        return "morning"
    if "afternoon" in lowered or "after lunch" in lowered or "pm" in lowered.split():
        return "afternoon"
    if "evening" in lowered or "after work" in lowered:
        return "evening"
    return ""


def habits_from(visits: Sequence[tuple[int, datetime]], stated: str = "") -> Habits:
    """From past treatment visits (provider, local start), newest last: the latest provider, the
    weekday they came most often and their median start time."""
    if not visits:
        return Habits(prefers=prefers_from_text(stated))
    weekdays: dict[int, int] = {}
    for _, start in visits:
        weekdays[start.weekday()] = weekdays.get(start.weekday(), 0) + 1
    usual_weekday = max(sorted(weekdays), key=lambda d: weekdays[d])
    minutes = sorted(s.hour * 60 + s.minute for _, s in visits)
    return Habits(visits[-1][0], usual_weekday, minutes[len(minutes) // 2], prefers_from_text(stated))


@dataclass(frozen=True)
class Candidate:
    start_local: datetime  # naive local wall-clock start
    provider_id: int
    provider_name: str


@dataclass(frozen=True)
class Scored:
    score: int
    reasons: tuple[str, ...]  # each a Text: the window shows it in its language


PART_OF_DAY = {
    "morning": (time(0), time(12)),
    "afternoon": (time(12), time(17)),
    "evening": (time(17), time(23, 59)),
}
# Why a slot suits (or does not suit) the part of the day a patient prefers, in whole sentences.
_AS_PREFERRED = {
    "morning": QT_TR_NOOP("In the morning, as they prefer"),
    "afternoon": QT_TR_NOOP("In the afternoon, as they prefer"),
    "evening": QT_TR_NOOP("In the evening, as they prefer"),
}
_NOT_AS_PREFERRED = {
    "morning": QT_TR_NOOP("Not in the morning, which they prefer"),
    "afternoon": QT_TR_NOOP("Not in the afternoon, which they prefer"),
    "evening": QT_TR_NOOP("Not in the evening, which they prefer"),
}


def score(candidate: Candidate, window: DueWindow, habits: Habits, today: date) -> Scored:
    """A number (higher is better) and the reasons, in words, for one free slot."""
    points = 100
    reasons: list[str] = []
    day = candidate.start_local.date()
    if candidate.provider_id == habits.usual_provider:
        points += 40
        reasons.append(
            Text(QT_TR_NOOP("Same provider as last time ({provider})"), provider=candidate.provider_name)
        )
    else:
        reasons.append(Text(QT_TR_NOOP("{provider} also treats this"), provider=candidate.provider_name))
    start = max(window.due_from, today)
    overdue = today > window.due_by
    # An overdue patient is seen as soon as possible: their window runs from today for its length.
    end = today + (window.due_by - window.due_from) if overdue else window.due_by
    if day <= end:
        points -= (day - start).days  # the sooner inside the window the better
        if overdue:
            reasons.append(
                Text(
                    QT_TR_NOOP("Overdue since {day}: among the soonest free"), day=f"{window.due_by:%d %b %Y}"
                )
            )
        elif day == window.due_from:
            reasons.append(Text(QT_TR_NOOP("On the target day ({day})"), day=f"{window.due_from:%a %d %b}"))
        else:
            reasons.append(
                Text(
                    QT_TR_NOOP("Inside the due window ({first}-{last})"),
                    first=f"{window.due_from:%d %b}",
                    last=f"{window.due_by:%d %b}",
                )
            )
    else:
        late = (day - end).days
        points -= 30 + 2 * late
        if late == 1:
            reasons.append(
                Text(QT_TR_NOOP("{days} day after the due window: nothing earlier was free"), days=late)
            )
        else:
            reasons.append(
                Text(QT_TR_NOOP("{days} days after the due window: nothing earlier was free"), days=late)
            )
    if habits.usual_weekday is not None and day.weekday() == habits.usual_weekday:
        points += 15
        reasons.append(
            Text(QT_TR_NOOP("A {weekday}, the day they usually come"), weekday=WEEKDAY_NAMES[day.weekday()])
        )
    minutes = candidate.start_local.hour * 60 + candidate.start_local.minute
    if habits.usual_minutes is not None and abs(minutes - habits.usual_minutes) <= 60:
        points += 15 - 3 * (abs(minutes - habits.usual_minutes) // 15)  # 15 at their time, 3 an hour off
        usual = f"{habits.usual_minutes // 60:02d}:{habits.usual_minutes % 60:02d}"
        if minutes == habits.usual_minutes:
            reasons.append(Text(QT_TR_NOOP("At their usual time ({time})"), time=usual))
        else:
            reasons.append(Text(QT_TR_NOOP("Near their usual time ({time})"), time=usual))
    if habits.prefers:
        low, high = PART_OF_DAY[habits.prefers]
        if low <= candidate.start_local.time() < high:
            points += 20
            reasons.append(Text(_AS_PREFERRED[habits.prefers]))
        else:
            points -= 20
            reasons.append(Text(_NOT_AS_PREFERRED[habits.prefers]))
    return Scored(points, tuple(reasons))
