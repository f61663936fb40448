"""The reads behind the clinic manager's reports: counts and sums made by the database (GROUP BY),
so that a year of a 50,000-patient clinic comes back as a few hundred rows, not as its treatments.

Each statement is plain SQL that SQLite and PostgreSQL both run. Months are not grouped here
(``strftime`` and ``date_trunc`` differ): rows come back per clinic-local day (``performed_on``),
at most a few hundred a year, and the service folds them into months.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from itertools import groupby
from operator import itemgetter
from typing import Any

from clinic_desktop.domain.codes import Indication, Product
from clinic_desktop.store import models as m
from clinic_desktop.store.patients import as_date

TENTH = Decimal("0.1")


def units(value: Any) -> Decimal:
    """A sum of units as the database hands it back (SQLite: int or float, PostgreSQL: Decimal),
    as an exact Decimal to the tenth a unit is charted to."""
    if value is None:
        return Decimal(0).quantize(TENTH)
    if isinstance(value, float):
        return Decimal(repr(value)).quantize(TENTH)
    return Decimal(str(value)).quantize(TENTH)


@dataclass(frozen=True)
class DayIndicationCount:
    day: date
    indication: Indication
    treatments: int


@dataclass(frozen=True)
class LotSum:
    product: Product
    lot_id: int
    lot_number: str
    expires_on: date
    treatments: int
    administered: Decimal
    wasted: Decimal


@dataclass(frozen=True)
class DayWasteCount:
    """Treatments of one day and product that recorded the same waste (0 for most, or the rest of
    a vial): the billing modifier is decided per value, by the domain rule, in the service."""

    day: date
    product: Product
    waste: Decimal
    treatments: int


@dataclass(frozen=True)
class StatusCount:
    provider_id: int
    provider_name: str
    status: str
    appointments: int


@dataclass(frozen=True)
class PatientHistory:
    """What the responder rule reads of one patient: treatment days, and scores (day, value)."""

    patient_id: int
    treatment_days: list[date]
    scores: list[tuple[date, Decimal]]


@dataclass(frozen=True)
class OfferCount:
    indication: Indication
    booked: bool
    offers: int


class ReportRecords:
    """Stateless (the models' DatabaseProxy is the connection): the reports service makes its own."""

    def _param(self) -> str:
        return str(m.db.param)

    def _day(self, day: date) -> Any:
        return m.Treatment.performed_on.db_value(day)

    def _instant(self, at: datetime) -> Any:
        return m.Appointment.start_at.db_value(at)

    def _treatment_filter(self, first: date, last: date, provider_id: int | None) -> tuple[str, list[Any]]:
        p = self._param()
        where = f"t.performed_on >= {p} AND t.performed_on <= {p}"
        params: list[Any] = [self._day(first), self._day(last)]
        if provider_id is not None:
            where += f" AND t.provider_id = {p}"
            params.append(provider_id)
        return where, params

    def treatments_by_day(self, first: date, last: date, provider_id: int | None) -> list[DayIndicationCount]:
        where, params = self._treatment_filter(first, last, provider_id)
        sql = (
            "SELECT t.performed_on, t.indication, COUNT(*) FROM treatment t"
            f" WHERE {where} GROUP BY t.performed_on, t.indication"
        )
        return [
            DayIndicationCount(as_date(day), Indication(code), int(count))
            for day, code, count in m.db.execute_sql(sql, params).fetchall()
        ]

    def units_by_lot(self, first: date, last: date, provider_id: int | None) -> list[LotSum]:
        """Units given and units wasted per lot (each lot is one product's)."""
        where, params = self._treatment_filter(first, last, provider_id)
        sql = (
            "SELECT t.product, t.lot_id, l.lot_number, l.expires_on, COUNT(*), SUM(t.total_units),"
            " SUM(t.waste_units) FROM treatment t JOIN lot l ON l.id = t.lot_id"
            f" WHERE {where} GROUP BY t.product, t.lot_id, l.lot_number, l.expires_on"
        )
        return [
            LotSum(
                Product(product),
                int(lot_id),
                str(number),
                as_date(expires),
                int(count),
                units(given),
                units(wasted),
            )  # fmt: skip
            for product, lot_id, number, expires, count, given, wasted in m.db.execute_sql(
                sql, params
            ).fetchall()
        ]

    def waste_by_day(self, first: date, last: date, provider_id: int | None) -> list[DayWasteCount]:
        where, params = self._treatment_filter(first, last, provider_id)
        sql = (
            "SELECT t.performed_on, t.product, t.waste_units, COUNT(*) FROM treatment t"
            f" WHERE {where} GROUP BY t.performed_on, t.product, t.waste_units"
        )
        return [
            DayWasteCount(as_date(day), Product(product), units(waste), int(count))
            for day, product, waste, count in m.db.execute_sql(sql, params).fetchall()
        ]

    def appointment_statuses(
        self, start: datetime, end: datetime, provider_id: int | None
    ) -> list[StatusCount]:
        """Appointments starting in [start, end) per provider and status."""
        p = self._param()
        where = f"a.start_at >= {p} AND a.start_at < {p}"
        params: list[Any] = [self._instant(start), self._instant(end)]
        if provider_id is not None:
            where += f" AND a.provider_id = {p}"
            params.append(provider_id)
        sql = (
            "SELECT a.provider_id, v.name, a.status, COUNT(*) FROM appointment a"
            f" JOIN provider v ON v.id = a.provider_id WHERE {where}"
            " GROUP BY a.provider_id, v.name, a.status"
        )
        return [
            StatusCount(int(provider), str(name), str(status), int(count))
            for provider, name, status, count in m.db.execute_sql(sql, params).fetchall()
        ]

    def recall_offers(self, start: datetime, end: datetime, provider_id: int | None) -> list[OfferCount]:
        """Follow-up offers in [start, end), per indication: those booked (the recall list's "booked"
        mark: booking a proposal logs it and removes the kept proposal) and those still kept
        unbooked (rank 1: one per patient and indication). With a provider: the offers to patients
        whose last treatment for the indication, before the offer, was with that provider (the
        recall list's own provider filter)."""
        p = self._param()
        params: list[Any] = []

        def last_provider(alias: str, at: str) -> str:
            return (
                "(SELECT t.provider_id FROM treatment t"
                f" WHERE t.patient_id = {alias}.patient_id AND t.indication = {alias}.indication"
                f" AND t.performed_at <= {alias}.{at}"
                " ORDER BY t.performed_on DESC, t.id DESC LIMIT 1)"
            )

        booked = (
            "SELECT r.indication, 1 AS booked FROM recall_event r"
            f" WHERE r.kind = 'booked' AND r.at >= {p} AND r.at < {p}"
        )
        params += [self._instant(start), self._instant(end)]
        if provider_id is not None:
            booked += f" AND {last_provider('r', 'at')} = {p}"
            params.append(provider_id)
        kept = (
            "SELECT f.indication, 0 AS booked FROM follow_up_proposal f"
            f" WHERE f.rank = 1 AND f.computed_at >= {p} AND f.computed_at < {p}"
        )
        params += [self._instant(start), self._instant(end)]
        if provider_id is not None:
            kept += f" AND {last_provider('f', 'computed_at')} = {p}"
            params.append(provider_id)
        sql = (
            f"SELECT o.indication, o.booked, COUNT(*) FROM ({booked} UNION ALL {kept}) o"
            " GROUP BY o.indication, o.booked"
        )
        return [
            OfferCount(Indication(code), bool(flag), int(count))
            for code, flag, count in m.db.execute_sql(sql, params).fetchall()
        ]

    def responder_histories(
        self,
        indication: Indication,
        measure: str | None,
        first: date,
        last: date,
        provider_id: int | None,
    ) -> Iterator[PatientHistory]:
        """For each patient treated for the indication in the range (by the provider, if given):
        their treatment days for it and their scores of the measure (none without one), both up to
        ``last``. Two statements ordered by patient, merged as they stream from the cursors, so
        only one patient's history is in memory at a time; the caller keeps only counts."""
        p = self._param()
        cohort = (
            f"SELECT c.patient_id FROM treatment c WHERE c.indication = {p}"
            f" AND c.performed_on >= {p} AND c.performed_on <= {p}"
        )
        cohort_params: list[Any] = [indication.value, self._day(first), self._day(last)]
        if provider_id is not None:
            cohort += f" AND c.provider_id = {p}"
            cohort_params.append(provider_id)
        treatments = m.db.execute_sql(
            "SELECT x.patient_id, x.performed_on FROM treatment x"
            f" WHERE x.indication = {p} AND x.performed_on <= {p} AND x.patient_id IN ({cohort})"
            " ORDER BY x.patient_id",
            [indication.value, self._day(last), *cohort_params],
        )
        scores: Iterator[tuple[Any, ...]] = iter(())
        if measure is not None:
            scores = _rows(
                m.db.execute_sql(
                    "SELECT o.patient_id, o.recorded_on, o.value FROM outcome o"
                    f" WHERE o.measure = {p} AND o.recorded_on <= {p} AND o.patient_id IN ({cohort})"
                    " ORDER BY o.patient_id",
                    [measure, self._day(last), *cohort_params],
                )
            )
        days: dict[Any, date] = {}  # a year repeats a few hundred days: each is parsed once

        def day(value: Any) -> date:
            found = days.get(value)
            if found is None:
                found = days[value] = as_date(value)
            return found

        pending = next(scores, None)
        for patient, group in groupby(_rows(treatments), key=itemgetter(0)):
            while pending is not None and pending[0] < patient:
                pending = next(scores, None)
            mine: list[tuple[date, Decimal]] = []
            while pending is not None and pending[0] == patient:
                mine.append((day(pending[1]), Decimal(str(pending[2]))))
                pending = next(scores, None)
            yield PatientHistory(int(patient), [day(row[1]) for row in group], mine)


def _rows(cursor: Any) -> Iterator[tuple[Any, ...]]:
    """A cursor's rows a chunk at a time (never the whole result in one list)."""
    while True:
        chunk = cursor.fetchmany(5000)
        if not chunk:
            return
        yield from chunk
