"""Outcome scores at rest, and what NICE TA260's stopping rule reads of them for the recall list."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from peewee import SqliteDatabase

from clinic_desktop.domain.codes import Indication
from clinic_desktop.domain.outcomes import EPISODIC_MONTHS, Score
from clinic_desktop.store import models as m
from clinic_desktop.store.patients import as_date


class OutcomeScores:
    """Part of TreatmentRecords (store.treatments): the patients' outcome scores."""

    def add_outcome(
        self, patient_id: int, measure: str, value: Decimal, day: date, by: str, at: datetime
    ) -> int:
        row = m.Outcome.create(
            patient=patient_id, measure=measure, value=value, recorded_on=day, by=by, created_at=at
        )
        return int(row.id)

    def outcomes(self, patient_id: int) -> dict[str, list[Score]]:
        found: dict[str, list[Score]] = {}
        for r in (
            m.Outcome.select()
            .where(m.Outcome.patient == patient_id)
            .order_by(m.Outcome.measure, m.Outcome.recorded_on, m.Outcome.id)
        ):
            found.setdefault(str(r.measure), []).append(Score(as_date(r.recorded_on), Decimal(r.value)))
        return found

    def stopping_rule_reads(
        self, patient_ids: Sequence[int], indication: Indication, measure: str
    ) -> dict[int, tuple[list[date], list[Score]]]:
        """What NICE TA260's stopping rule (domain.outcomes.migraine_status) reads of each of these
        patients, for the recall list, without reading whole histories: their first two treatment
        days for ``indication`` and, of their ``measure`` scores, the baseline (the day's last on or
        before the first treatment, else the first recorded) and, after the first treatment, those
        of the newest EPISODIC_MONTHS calendar months, by day as recorded. migraine_status gives the
        same answer from these as from everything (tests/store/test_stopping_rule_reads.py, on
        random diaries). Left out: patients with no score after their first treatment, whom the
        rule cannot flag. One statement for 500 patients, each part a seek in an index."""
        param = m.db.param
        # g and h are read once per patient, not once per score: SQLite would otherwise fold them
        # into the statement below (OFFSET 0 keeps them apart on both engines). The scores after
        # the first treatment are read from the first of the month EPISODIC_MONTHS - 1 before the
        # newest's.
        if isinstance(m.db.obj, SqliteDatabase):
            apart, window = "LIMIT -1 OFFSET 0", f"date(g.newest, 'start of month', {param})"
            back: object = f"-{EPISODIC_MONTHS - 1} months"
        else:
            apart, window = (
                "OFFSET 0",
                f"CAST(date_trunc('month', g.newest) - {param} * INTERVAL '1 month' AS DATE)",
            )
            back = EPISODIC_MONTHS - 1
        score = f"FROM outcome o WHERE o.patient_id = g.p AND o.measure = {param}"
        sql = (
            # g: each patient's first treatment day and second (NICE_CYCLES) and newest score's day.
            "WITH l AS (SELECT id FROM patient WHERE id IN ({ids})),"
            f" g AS (SELECT l.id AS p, (SELECT MIN(t.performed_on) FROM treatment t"
            f" WHERE t.patient_id = l.id AND t.indication = {param}) AS t1,"
            " (SELECT x.performed_on FROM treatment x WHERE x.patient_id = l.id"
            f" AND x.indication = {param} ORDER BY x.performed_on LIMIT 1 OFFSET 1) AS t2,"
            f" (SELECT MAX(o.recorded_on) FROM outcome o WHERE o.patient_id = l.id AND o.measure = {param})"
            f" AS newest FROM l {apart}),"
            # h: the window's first day and the baseline score's id (the last on or before the
            # first treatment, else the first), for the patients with a score after it.
            f" h AS (SELECT g.p, g.t1, g.t2, {window} AS since,"
            f" COALESCE((SELECT o.id {score} AND o.recorded_on <= g.t1"
            " ORDER BY o.recorded_on DESC, o.id DESC LIMIT 1),"
            f" (SELECT o.id {score} ORDER BY o.recorded_on, o.id LIMIT 1)) AS base"
            f" FROM g WHERE g.newest > g.t1 {apart})"
            # Each patient's baseline with each score of the window but the baseline itself.
            " SELECT h.p, h.t1, h.t2, b.recorded_on, b.value, w.recorded_on, w.value FROM h"
            " JOIN outcome b ON b.id = h.base LEFT JOIN outcome w ON w.patient_id = h.p"
            f" AND w.measure = {param} AND w.recorded_on >= h.since AND w.recorded_on > h.t1"
            " AND w.id <> h.base ORDER BY h.p, w.recorded_on, w.id"
        )
        found: dict[int, tuple[list[date], list[Score]]] = {}
        rows = _in_chunks(
            sql, patient_ids, indication.value, indication.value, measure, back, measure, measure, measure
        )
        for patient, first, second, base_day, base, day, value in rows:
            reads = found.get(int(patient))
            if reads is None:
                days = [as_date(first)] if second is None else [as_date(first), as_date(second)]
                # The baseline first: it is the first of its day when it is not before the window.
                reads = found[int(patient)] = (days, [Score(as_date(base_day), Decimal(str(base)))])
            if day is not None:
                reads[1].append(Score(as_date(day), Decimal(str(value))))
        return found

    def treatment_days(self, patient_id: int, indication: Indication | None = None) -> list[date]:
        query = m.Treatment.select(m.Treatment.performed_on).where(m.Treatment.patient == patient_id)
        if indication is not None:
            query = query.where(m.Treatment.indication == indication.value)
        return sorted(as_date(r.performed_on) for r in query)


def _in_chunks(sql: str, patient_ids: Sequence[int], *extra: Any) -> list[Any]:
    """Rows of ``sql`` (its ``{ids}`` the patients' ids, then ``extra``), 500 patients a statement."""
    ids = sorted(set(patient_ids))
    found: list[Any] = []
    for first in range(0, len(ids), 500):
        chunk = ids[first : first + 500]
        marks = ", ".join([m.db.param] * len(chunk))
        found += m.db.execute_sql(sql.format(ids=marks), [*chunk, *extra]).fetchall()
    return found
