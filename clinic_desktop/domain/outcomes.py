"""Outcome measures and what they say about a patient's treatment: responder status and the NICE
stopping rule for chronic migraine.

Sources:
- Responder: a patient with >= 50% fewer monthly headache days than at baseline (the responder
  definition used in the PREEMPT trials' analyses; docs/domain.md).
- NICE technology appraisal TA260 (Botulinum toxin type A for the prevention of headaches in adults
  with chronic migraine, 2012), recommendation 1.2: treatment should be stopped in people whose
  condition is not adequately responding (less than 30% reduction in headache days per month after
  2 treatment cycles) or has changed to episodic migraine (fewer than 15 headache days per month)
  for 3 consecutive months.
- Score ranges: MIDAS (Stewart et al., Neurology 2001;56(6 Suppl 1):S20-8): five questions, each
  the days in the last 3 months (0-90), summed, so 0-450; grade IV (severe) from 21. HIT-6: six
  items scored 6, 8, 10, 11 or 13, so 36-78. Pain on a 0-10 numeric rating scale; headache days
  0-31 in a month.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.words import QT_TR_NOOP, Text

RESPONDER_REDUCTION = Decimal("0.5")
NICE_MIN_REDUCTION = Decimal("0.3")
NICE_CYCLES = 2
EPISODIC_BELOW = 15  # headache days per month
EPISODIC_MONTHS = 3


@dataclass(frozen=True)
class Measure:
    code: str
    label: str
    low: Decimal
    high: Decimal
    unit: str = ""
    lower_is_better: bool = True
    builtin: bool = True


DAYS = Text(QT_TR_NOOP("days"))  # the units of the built-in measures, as a person reads them
POINTS = Text(QT_TR_NOOP("points"))
BUILTIN_MEASURES: tuple[Measure, ...] = (
    Measure("headache_days", Text(QT_TR_NOOP("Headache days per month")), Decimal(0), Decimal(31), DAYS),
    Measure("midas", Text(QT_TR_NOOP("MIDAS (disability, 3 months)")), Decimal(0), Decimal(450), POINTS),
    Measure("hit6", Text(QT_TR_NOOP("HIT-6 (headache impact)")), Decimal(36), Decimal(78), POINTS),
    Measure("pain_nrs", Text(QT_TR_NOOP("Pain (0-10)")), Decimal(0), Decimal(10), "/10"),
)
HEADACHE_DAYS = "headache_days"


def measure_value(measure: Measure, value: object) -> Decimal:
    """A typed value checked against the measure's range, or a plain message."""
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        raise ValidationError(
            QT_TR_NOOP("'{value}' is not a number for {measure}."), value=value, measure=measure.label
        ) from None
    if not number.is_finite() or not measure.low <= number <= measure.high:
        raise ValidationError(
            QT_TR_NOOP("{measure} must be between {low} and {high}; '{value}' is not."),
            measure=measure.label,
            low=measure.low,
            high=measure.high,
            value=value,
        )
    return number


@dataclass(frozen=True)
class Score:
    day: date
    value: Decimal


@dataclass(frozen=True)
class MigraineStatus:
    """What the headache diary says, for the chart header and the outcome graph."""

    baseline: Decimal | None
    latest: Decimal | None
    reduction: Decimal | None  # 0.5 = 50% fewer headache days than baseline
    responder: bool
    stop_flag: str | None  # why NICE TA260 says to stop, or None

    @property
    def summary(self) -> Text:
        if self.baseline is None:
            return Text(QT_TR_NOOP("No baseline headache days recorded"))
        if self.latest is None or self.reduction is None:
            return Text(QT_TR_NOOP("Baseline {baseline} headache days/month"), baseline=self.baseline)
        percent = int((self.reduction * 100).to_integral_value())
        if self.responder:
            return Text(
                QT_TR_NOOP(
                    "{percent}% fewer headache days than baseline ({baseline} -> {latest}) - responder"
                ),
                percent=percent,
                baseline=self.baseline,
                latest=self.latest,
            )
        return Text(
            QT_TR_NOOP("{percent}% fewer headache days than baseline ({baseline} -> {latest})"),
            percent=percent,
            baseline=self.baseline,
            latest=self.latest,
        )


def reduction(baseline: Decimal, value: Decimal) -> Decimal | None:
    if baseline <= 0:
        return None
    return (baseline - value) / baseline


def episodic_months(scores: Sequence[Score]) -> int:
    """How many consecutive calendar months, ending with the newest month scored, each have a
    headache-days score (the month's last) under 15. A gap in the diary breaks the run: a score
    every 12 weeks says nothing about the months between."""
    by_month: dict[tuple[int, int], Decimal] = {}
    for score in sorted(scores, key=lambda s: s.day):
        by_month[(score.day.year, score.day.month)] = score.value
    run = 0
    expected: tuple[int, int] | None = None
    for month in sorted(by_month, reverse=True):
        if expected is not None and month != expected:
            break
        if by_month[month] >= EPISODIC_BELOW:
            break
        run += 1
        year, number = month
        expected = (year, number - 1) if number > 1 else (year - 1, 12)
    return run


def migraine_status(headache_days: Sequence[Score], treatment_days: Sequence[date]) -> MigraineStatus:
    """Baseline: the last headache-days value on or before the first treatment (else the first value
    recorded). Latest: the newest value after the first treatment. Responder at >= 50% reduction.
    NICE TA260 stopping flag: under 30% reduction at the latest value once two treatment cycles
    are done (a value recorded after the 2nd treatment), or 3 consecutive calendar months each
    scored under 15 days (episodic_months)."""
    scores = sorted(headache_days, key=lambda s: s.day)
    treatments = sorted(treatment_days)
    if not scores:
        return MigraineStatus(None, None, None, False, None)
    first_treatment = treatments[0] if treatments else None
    before = [s for s in scores if first_treatment is not None and s.day <= first_treatment]
    baseline = (before[-1] if before else scores[0]).value
    after = [s for s in scores if first_treatment is not None and s.day > first_treatment]
    latest = after[-1].value if after else None
    cut = reduction(baseline, latest) if latest is not None else None
    responder = cut is not None and cut >= RESPONDER_REDUCTION
    stop: Text | None = None
    if len(treatments) >= NICE_CYCLES:
        after_cycles = [s for s in scores if s.day > treatments[NICE_CYCLES - 1]]
        if after_cycles and latest is not None:
            assessed = reduction(baseline, latest)
            if assessed is not None and assessed < NICE_MIN_REDUCTION:
                percent = int((assessed * 100).to_integral_value())
                stop = Text(
                    QT_TR_NOOP(
                        "Under 30% fewer headache days after {cycles} treatment cycles ({percent}%): "
                        "NICE TA260 advises stopping"
                    ),
                    cycles=NICE_CYCLES,
                    percent=percent,
                )
    if stop is None and episodic_months(after) >= EPISODIC_MONTHS:
        stop = Text(
            QT_TR_NOOP(
                "Episodic for {months} months in a row (under {days} headache days a month): NICE TA260 "
                "advises stopping"
            ),
            months=EPISODIC_MONTHS,
            days=EPISODIC_BELOW,
        )
    return MigraineStatus(baseline, latest, cut, responder, stop)


def headache_diary_due(last_treatment: date | None, last_headache_score: date | None) -> Text | None:
    """What a chronic migraine patient's visit needs recorded before treating, in words, or None.

    NICE TA260 (recommendation 1.2) stops treatment on the change in headache days per month after
    two cycles, so each cycle needs a count: a headache-days score on or after the last treatment
    (the diary the patient brings); before the first treatment, the baseline."""
    if last_headache_score is not None and (last_treatment is None or last_headache_score >= last_treatment):
        return None
    if last_treatment is None:
        return Text(QT_TR_NOOP("Baseline headache diary due"))
    return Text(QT_TR_NOOP("Headache diary due (none since {day})"), day=f"{last_treatment:%d %b %Y}")
