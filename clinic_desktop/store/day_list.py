"""Reads for the day list: what it shows beside each appointment, for all the day's patients at once.

Fixed SQL over the day's patient ids (a whole clinic's day is a few hundred patients), so a list
costs a handful of statements however many rows it has."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

from clinic_desktop.domain.codes import Indication, Product
from clinic_desktop.domain.day_list import LastDose
from clinic_desktop.store import models as m
from clinic_desktop.store.patients import as_date

CHUNK = 500  # ids per statement: under every database's parameter limit


def _chunks(ids: Sequence[int]) -> list[list[int]]:
    return [list(ids[i : i + CHUNK]) for i in range(0, len(ids), CHUNK)]


def _rows(sql: str, ids: Sequence[int], *extra: Any) -> list[Any]:
    found: list[Any] = []
    for chunk in _chunks(ids):
        marks = ", ".join([m.db.param] * len(chunk))
        found += m.db.execute_sql(sql.format(ids=marks), [*chunk, *extra]).fetchall()
    return found


class PatientFacts(NamedTuple):
    """What the list shows of a patient beside the appointment (its names for initials)."""

    mrn: str
    born: date
    phone: str
    anticoagulant: bool
    bleeding_risk: str
    given_name: str
    family_name: str


class DayListRecords:
    def patients(self, ids: Sequence[int]) -> dict[int, PatientFacts]:
        """Each patient's facts by id."""
        sql = (
            "SELECT id, mrn, date_of_birth, phone, anticoagulant, bleeding_risk, given_name, family_name"
            " FROM patient WHERE id IN ({ids})"
        )
        return {
            int(pid): PatientFacts(
                str(mrn),
                as_date(born),
                str(phone or ""),
                bool(anti),
                str(risk or ""),
                str(given),
                str(family),
            )
            for pid, mrn, born, phone, anti, risk, given, family in _rows(sql, ids)
        }

    def allergies(self, ids: Sequence[int]) -> dict[int, list[str]]:
        found: dict[int, list[str]] = {}
        sql = "SELECT patient_id, substance FROM allergy WHERE patient_id IN ({ids}) ORDER BY substance"
        for pid, substance in _rows(sql, ids):
            found.setdefault(int(pid), []).append(str(substance))
        return found

    def on_anticoagulants(self, ids: Sequence[int]) -> set[int]:
        sql = "SELECT DISTINCT patient_id FROM medication WHERE patient_id IN ({ids}) AND anticoagulant"
        return {int(r[0]) for r in _rows(sql, ids)}

    def last_doses(self, ids: Sequence[int], before: date) -> dict[tuple[int, Indication], LastDose]:
        """Each patient's latest treatment per indication before a day (the list's own day may
        already have its treatments charted: those are not the *last* dose)."""
        mark = m.db.param
        sql = (
            "SELECT patient_id, indication, performed_on, product, total_units, protocol, weight_kg"
            f" FROM treatment WHERE patient_id IN ({{ids}}) AND performed_on < {mark}"
            " ORDER BY performed_on, id"
        )
        found: dict[tuple[int, Indication], LastDose] = {}
        for pid, code, day, product, units, protocol, kg in _rows(
            sql, ids, m.Treatment.performed_on.db_value(before)
        ):
            found[(int(pid), Indication(code))] = LastDose(
                as_date(day),
                Product(product),
                Decimal(str(units)),
                str(protocol or ""),
                Decimal(str(kg)) if kg is not None else None,
            )
        return found

    def last_scores(self, ids: Sequence[int], measure: str) -> dict[int, date]:
        """Each patient's latest day with a score of this measure."""
        mark = m.db.param
        sql = (
            "SELECT patient_id, MAX(recorded_on) FROM outcome"
            f" WHERE patient_id IN ({{ids}}) AND measure = {mark} GROUP BY patient_id"
        )
        return {int(pid): as_date(day) for pid, day in _rows(sql, ids, measure)}
