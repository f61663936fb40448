"""Follow-ups at rest: patients' own intervals, the recall list's contact attempts and snoozes,
kept proposals, and the reads the recall list needs over the whole clinic."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from clinic_desktop.domain.codes import Indication, Product
from clinic_desktop.domain.followup import Interval
from clinic_desktop.domain.words import Text
from clinic_desktop.store import models as m
from clinic_desktop.store.calendar import instant
from clinic_desktop.store.patients import as_date


@dataclass(frozen=True)
class LastTreatment:
    patient_id: int
    indication: Indication
    day: date
    provider_id: int
    units: Decimal
    product: Product
    at: datetime


@dataclass(frozen=True)
class RecallCandidate:
    patient_id: int
    indication: Indication
    last_day: date
    last_provider_id: int
    name: str
    phone: str
    preferred_contact: str
    last_any_day: date  # the latest toxin treatment of any indication


@dataclass(frozen=True)
class RecallMark:
    kind: str
    at: datetime
    until: date | None
    note: str
    by: str


@dataclass(frozen=True)
class KeptProposal:
    patient_id: int
    indication: Indication
    rank: int
    start: datetime
    end: datetime
    provider_id: int
    room_id: int | None
    type_name: str
    score: int
    reasons: tuple[str, ...]
    computed_at: datetime


_LIGHT = (
    "SELECT patient_id, indication, performed_on, provider_id, total_units, product, performed_at"
    " FROM treatment WHERE patient_id IN ({marks}) ORDER BY performed_on, id"
)


def _light(patient_ids: Sequence[int]) -> list[LastTreatment]:
    """The treatments of these patients, oldest first, without their sites (fixed SQL: it runs for
    every proposal)."""
    sql = _LIGHT.format(marks=", ".join([m.db.param] * len(patient_ids)))
    found = []
    row: Any
    for row in m.db.execute_sql(sql, list(patient_ids)).fetchall():
        patient, code, day, provider, units, product, at = row
        found.append(
            LastTreatment(
                int(patient), Indication(code), as_date(day), int(provider), Decimal(str(units)),
                Product(product), instant(at),
            )
        )  # fmt: skip
    return found


class FollowUpRecords:
    def treatments(self, patient_id: int) -> list[LastTreatment]:
        """Every treatment of the patient, oldest first (light: no sites)."""
        return _light([patient_id])

    def treatments_of(self, patient_ids: Sequence[int]) -> list[LastTreatment]:
        """Every treatment of these patients, oldest first (light: no sites), in one statement."""
        return _light(patient_ids) if patient_ids else []

    def recall_candidates(self, cutoff: date, now: datetime) -> list[RecallCandidate]:
        """One statement for the recall list: each active patient's latest treatment per indication
        given on or before ``cutoff`` (so that it can be due by now), when they have no booking from
        ``now`` on, with their latest toxin day of any indication and what reception needs to call."""
        mark = m.db.param
        sql = (
            "SELECT l.patient_id, l.indication, l.last_on, t.provider_id, p.given_name, p.family_name,"
            " p.phone, p.preferred_contact,"
            " (SELECT MAX(x.performed_on) FROM treatment x WHERE x.patient_id = l.patient_id)"
            " FROM (SELECT patient_id, indication, MAX(performed_on) AS last_on FROM treatment"
            " GROUP BY patient_id, indication) l"
            " JOIN treatment t ON t.patient_id = l.patient_id AND t.indication = l.indication"
            " AND t.performed_on = l.last_on"
            " JOIN patient p ON p.id = l.patient_id"
            f" WHERE l.last_on <= {mark} AND p.status = 'active'"
            " AND NOT EXISTS (SELECT 1 FROM appointment a WHERE a.patient_id = l.patient_id"
            f" AND a.start_at >= {mark} AND a.status <> 'cancelled')"
            " ORDER BY l.patient_id, l.indication, t.id DESC"
        )
        params = [m.Treatment.performed_on.db_value(cutoff), m.Appointment.start_at.db_value(now)]
        found: dict[tuple[int, str], RecallCandidate] = {}
        for patient, code, last_on, provider, given, family, phone, contact, last_any in m.db.execute_sql(
            sql, params
        ).fetchall():
            key = (int(patient), str(code))
            if key not in found:  # two treatments the same day: the latest recorded
                found[key] = RecallCandidate(
                    int(patient), Indication(code), as_date(last_on), int(provider), f"{given} {family}",
                    str(phone), str(contact), as_date(last_any),
                )  # fmt: skip
        return list(found.values())

    # --- plans ------------------------------------------------------------------------------------

    def plans(self, patient_id: int | None = None) -> dict[tuple[int, Indication], Interval]:
        sql = "SELECT patient_id, indication, target_days, tolerance_days FROM follow_up_plan"
        params: list[Any] = []
        if patient_id is not None:
            sql += f" WHERE patient_id = {m.db.param}"
            params.append(patient_id)
        return {
            (int(p), Indication(i)): Interval(int(t), int(tol))
            for p, i, t, tol in m.db.execute_sql(sql, params).fetchall()
        }

    def patient_brief(self, patient_id: int) -> tuple[str, str] | None:
        """(display name, stated preferred times) of a patient, or None (fixed SQL: every proposal)."""
        row = m.db.execute_sql(
            "SELECT given_name, preferred_name, family_name, preferred_times FROM patient"
            f" WHERE id = {m.db.param}",
            [patient_id],
        ).fetchone()
        if row is None:
            return None
        given, preferred, family, times = (str(v or "") for v in row)
        return (f"{given} ({preferred}) {family}" if preferred else f"{given} {family}"), times

    def set_plan(
        self, patient_id: int, indication: Indication, interval: Interval, notes: str, at: datetime
    ) -> None:
        m.FollowUpPlan.delete().where(
            (m.FollowUpPlan.patient == patient_id) & (m.FollowUpPlan.indication == indication.value)
        ).execute()
        m.FollowUpPlan.create(
            patient=patient_id,
            indication=indication.value,
            target_days=interval.target_days,
            tolerance_days=interval.tolerance_days,
            notes=notes,
            updated_at=at,
        )

    # --- recall marks -----------------------------------------------------------------------------

    def add_mark(
        self,
        patient_id: int,
        indication: Indication,
        kind: str,
        until: date | None,
        note: str,
        by: str,
        at: datetime,
    ) -> int:
        """The new entry's id (what the audit trail names)."""
        row = m.RecallEvent.create(
            patient=patient_id, indication=indication.value, kind=kind, until=until, note=note, by=by, at=at
        )
        return int(row.id)

    def marks(self, patient_id: int | None = None) -> dict[tuple[int, Indication], list[RecallMark]]:
        """Contact attempts and snoozes, oldest first, per patient and indication."""
        query = m.RecallEvent.select().order_by(m.RecallEvent.at, m.RecallEvent.id)
        if patient_id is not None:
            query = query.where(m.RecallEvent.patient == patient_id)
        found: dict[tuple[int, Indication], list[RecallMark]] = {}
        r: Any
        for r in query:
            found.setdefault((int(r.patient_id), Indication(r.indication)), []).append(
                RecallMark(str(r.kind), r.at, as_date(r.until) if r.until else None, str(r.note), str(r.by))
            )
        return found

    # --- kept proposals ---------------------------------------------------------------------------

    def replace_proposals(self, patient_ids: Sequence[int], rows: list[dict[str, Any]]) -> None:
        for start in range(0, len(patient_ids), 500):
            chunk = list(patient_ids[start : start + 500])
            m.FollowUpProposal.delete().where(m.FollowUpProposal.patient.in_(chunk)).execute()
        for start in range(0, len(rows), 500):
            m.FollowUpProposal.insert_many(rows[start : start + 500]).execute()

    def clear_proposals(self) -> None:
        m.FollowUpProposal.delete().execute()

    def kept(self, patient_id: int | None = None, rank: int | None = None) -> list[KeptProposal]:
        query = m.FollowUpProposal.select().order_by(m.FollowUpProposal.patient, m.FollowUpProposal.rank)
        if patient_id is not None:
            query = query.where(m.FollowUpProposal.patient == patient_id)
        if rank is not None:
            query = query.where(m.FollowUpProposal.rank == rank)
        rows: list[Any] = list(query)
        return [
            KeptProposal(
                int(r.patient_id),
                Indication(r.indication),
                int(r.rank),
                r.start_at,
                r.end_at,
                int(r.provider_id),
                int(r.room_id) if r.room_id is not None else None,
                str(r.type_name),
                int(r.score),
                tuple(_kept_words(w) for w in json.loads(r.reasons)),
                r.computed_at,
            )
            for r in rows
        ]


def reasons_json(reasons: Sequence[str]) -> str:
    """A proposal's reasons as they are kept: each as its English, or, when it is a marked template
    (domain/words.py), as the template and its fields, so that read back it is still shown in the
    window's language."""
    return json.dumps([_words_kept(r) for r in reasons])


def _words_kept(text: object) -> object:
    if type(text) is Text and all(isinstance(v, str | int | float) for v in text.fields.values()):
        fields = {k: _words_kept(v) if isinstance(v, Text) else v for k, v in text.fields.items()}
        return {"template": text.template, "fields": fields}
    return str(text)


def _kept_words(kept: Any) -> str:
    if isinstance(kept, dict):
        return Text(
            kept["template"],
            **{k: _kept_words(v) if isinstance(v, dict) else v for k, v in kept["fields"].items()},
        )
    return str(kept)
