"""Treatment charting at rest: lots, reconstituted vials, treatments with their sites, adverse
events, amendments and overrides, the clinic's protocols and measures, outcome scores."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from peewee import SQL, SqliteDatabase, fn

from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.errors import NotFoundError
from clinic_desktop.domain.outcomes import EPISODIC_MONTHS, Measure, Score
from clinic_desktop.domain.safety import PastDose
from clinic_desktop.domain.treatments import (
    AdverseEventEntry,
    Amendment,
    FollowThePain,
    Guidance,
    Lot,
    Override,
    ProtocolTemplate,
    Reconstitution,
    Severity,
    SiteDose,
    TreatmentRecord,
    units_per_tenth_ml,
)
from clinic_desktop.store import models as m
from clinic_desktop.store.patients import as_date


def _lot(row: Any) -> Lot:
    return Lot(
        int(row.id),
        Product(row.product),
        str(row.lot_number),
        as_date(row.expires_on),
        int(row.vials_received),
        int(row.vials_used),
        int(row.units_per_vial),
        int(row.vials_adjusted),
    )


def sites_json(sites: Sequence[SiteDose]) -> str:
    return json.dumps(
        [
            {
                "muscle": s.muscle,
                "side": s.side.value,
                "units": str(s.units),
                "injection_points": s.injection_points,
            }
            for s in sites
        ]
    )


def sites_from_json(text: str) -> tuple[SiteDose, ...]:
    return tuple(
        SiteDose(str(s["muscle"]), Side(s["side"]), Decimal(str(s["units"])), int(s["injection_points"]))
        for s in json.loads(text)
    )


_JOINED = (
    m.Provider.name.alias("provider_name"),
    m.Lot.lot_number.alias("lot_number"),
    m.Lot.expires_on.alias("lot_expires_on"),
    m.Lot.units_per_vial.alias("lot_units_per_vial"),
)


class TreatmentRecords:
    # --- stock ------------------------------------------------------------------------------------

    def add_lot(
        self,
        product: Product,
        lot_number: str,
        expires_on: date,
        vials: int,
        units_per_vial: int,
        at: datetime,
    ) -> Lot:
        row = m.Lot.create(
            product=product.value,
            lot_number=lot_number,
            expires_on=expires_on,
            vials_received=vials,
            units_per_vial=units_per_vial,
            received_at=at,
        )
        return _lot(row)

    def lot_by_number(self, product: Product | None, lot_number: str) -> list[Lot]:
        query = m.Lot.select().where(m.Lot.lot_number == lot_number)
        if product is not None:
            query = query.where(m.Lot.product == product.value)
        return [_lot(r) for r in query]

    def lot(self, lot_id: int) -> Lot:
        row = m.Lot.get_or_none(m.Lot.id == lot_id)
        if row is None:
            raise NotFoundError(f"There is no lot {lot_id}.")
        return _lot(row)

    def lots(self, product: Product | None = None) -> list[Lot]:
        query = m.Lot.select().order_by(m.Lot.product, m.Lot.expires_on, m.Lot.lot_number)
        if product is not None:
            query = query.where(m.Lot.product == product.value)
        return [_lot(r) for r in query]

    def use_vials(self, lot_id: int, vials: int) -> None:
        m.Lot.update(vials_used=m.Lot.vials_used + vials).where(m.Lot.id == lot_id).execute()

    def add_reconstitution(self, lot: Lot, diluent_ml: Decimal, at: datetime, by: str) -> Reconstitution:
        row = m.Reconstitution.create(lot=lot.id, diluent_ml=diluent_ml, at=at, by=by)
        return Reconstitution(int(row.id), lot.id, Decimal(row.diluent_ml), at, by, lot.units_per_vial)

    def reconstitution(self, reconstitution_id: int) -> Reconstitution:
        row = (
            m.Reconstitution.select(m.Reconstitution, m.Lot.units_per_vial)
            .join(m.Lot)
            .where(m.Reconstitution.id == reconstitution_id)
            .first()
        )
        if row is None:
            raise NotFoundError(f"There is no reconstituted vial {reconstitution_id}.")
        return Reconstitution(
            int(row.id),
            int(row.lot_id),
            Decimal(row.diluent_ml),
            row.at,
            str(row.by),
            int(row.lot.units_per_vial),
        )

    def open_vials(self, since: datetime) -> list[Reconstitution]:
        rows: Any = (
            m.Reconstitution.select(m.Reconstitution, m.Lot.units_per_vial)
            .join(m.Lot)
            .where(m.Reconstitution.at >= since)
            .order_by(m.Reconstitution.at.desc())
        )
        return [
            Reconstitution(
                int(r.id), int(r.lot_id), Decimal(r.diluent_ml), r.at, str(r.by), int(r.lot.units_per_vial)
            )
            for r in rows
        ]

    # --- treatments -------------------------------------------------------------------------------

    def add(
        self, values: dict[str, Any], sites: Sequence[SiteDose], events: Sequence[AdverseEventEntry]
    ) -> int:
        row = m.Treatment.create(**values)
        self.replace_sites(int(row.id), sites)
        for event in events:
            self.add_adverse_event(int(row.id), event)
        return int(row.id)

    def replace_sites(self, treatment_id: int, sites: Sequence[SiteDose]) -> None:
        m.TreatmentSite.delete().where(m.TreatmentSite.treatment == treatment_id).execute()
        if sites:
            m.TreatmentSite.insert_many(
                [
                    {
                        "treatment": treatment_id,
                        "position": i,
                        "muscle": s.muscle,
                        "side": s.side.value,
                        "units": s.units,
                        "injection_points": s.injection_points,
                    }
                    for i, s in enumerate(sites)
                ]
            ).execute()

    def update(self, treatment_id: int, values: dict[str, Any]) -> None:
        m.Treatment.update(**values).where(m.Treatment.id == treatment_id).execute()

    def add_adverse_event(self, treatment_id: int, event: AdverseEventEntry) -> int:
        row = m.AdverseEvent.create(
            treatment=treatment_id,
            kind=event.kind,
            severity=event.severity.value,
            onset=event.onset,
            resolved=event.resolved,
            notes=event.notes,
        )
        return int(row.id)

    def add_amendment(
        self, treatment_id: int, at: datetime, by: str, reason: str, changes: dict[str, Any]
    ) -> None:
        m.TreatmentAmendment.create(
            treatment=treatment_id, at=at, by=by, reason=reason, changes=json.dumps(changes, default=str)
        )

    def add_override(
        self, treatment_id: int, rule: str, message: str, reason: str, by: str, at: datetime
    ) -> None:
        m.ClinicalOverride.create(
            treatment=treatment_id, rule=rule, message=message, reason=reason, by=by, at=at
        )

    def patient_of(self, treatment_id: int) -> int:
        """Whose treatment it is (what a use case locks before reading the treatment itself)."""
        row = m.Treatment.select(m.Treatment.patient).where(m.Treatment.id == treatment_id).first()
        if row is None:
            raise NotFoundError(f"There is no treatment {treatment_id}.")
        return int(row.patient_id)

    def history(self, patient_id: int, exclude: int | None = None) -> list[PastDose]:
        """Every treatment of the patient as the safety rules see it (date, product, units, and
        for one session's limits its indication and sites)."""
        query = m.Treatment.select(
            m.Treatment.id,
            m.Treatment.performed_on,
            m.Treatment.product,
            m.Treatment.total_units,
            m.Treatment.indication,
        ).where(m.Treatment.patient == patient_id)
        if exclude is not None:
            query = query.where(m.Treatment.id != exclude)
        rows = list(query.order_by(m.Treatment.performed_on))
        sites: dict[int, list[SiteDose]] = {int(r.id): [] for r in rows}
        s: Any
        for s in (
            m.TreatmentSite.select()
            .join(m.Treatment)
            .where(m.Treatment.patient == patient_id)
            .order_by(m.TreatmentSite.treatment, m.TreatmentSite.position)
        ):
            if int(s.treatment_id) in sites:
                sites[int(s.treatment_id)].append(
                    SiteDose(str(s.muscle), Side(s.side), Decimal(s.units), int(s.injection_points))
                )
        return [
            PastDose(
                as_date(r.performed_on),
                Product(r.product),
                Decimal(r.total_units),
                int(r.id),
                Indication(r.indication),
                tuple(sites[int(r.id)]),
            )
            for r in rows
        ]

    def count(self) -> int:
        # COUNT(*) on the table itself: peewee's .count() wraps a subquery SQLite cannot shortcut.
        return int(m.Treatment.select(fn.COUNT(SQL("*"))).scalar())

    def for_patient(self, patient_id: int) -> list[TreatmentRecord]:
        """A patient's treatments, newest first, each complete (sites, events, amendments, overrides)."""
        rows = list(
            m.Treatment.select(m.Treatment, *_JOINED)
            .join(m.Provider, on=(m.Treatment.provider == m.Provider.id))
            .switch(m.Treatment)
            .join(m.Lot, on=(m.Treatment.lot == m.Lot.id))
            .where(m.Treatment.patient == patient_id)
            .order_by(m.Treatment.performed_at.desc(), m.Treatment.id.desc())
            .objects()
        )
        return self._records(rows)

    def performed_between(self, first: date, last: date) -> list[TreatmentRecord]:
        """Treatments performed on clinic-local dates first..last (the performed_on index), oldest
        first, each complete; their sites and notes are read 500 treatments at a time."""
        rows = list(
            m.Treatment.select(m.Treatment, *_JOINED)
            .join(m.Provider, on=(m.Treatment.provider == m.Provider.id))
            .switch(m.Treatment)
            .join(m.Lot, on=(m.Treatment.lot == m.Lot.id))
            .where(m.Treatment.performed_on.between(first, last))
            .order_by(m.Treatment.performed_at, m.Treatment.id)
            .objects()
        )
        found: list[TreatmentRecord] = []
        for start in range(0, len(rows), 500):
            found += self._records(rows[start : start + 500])
        return found

    def get(self, treatment_id: int) -> TreatmentRecord:
        rows = list(
            m.Treatment.select(m.Treatment, *_JOINED)
            .join(m.Provider, on=(m.Treatment.provider == m.Provider.id))
            .switch(m.Treatment)
            .join(m.Lot, on=(m.Treatment.lot == m.Lot.id))
            .where(m.Treatment.id == treatment_id)
            .objects()
        )
        if not rows:
            raise NotFoundError(f"There is no treatment {treatment_id}.")
        return self._records(rows)[0]

    def _records(self, rows: list[Any]) -> list[TreatmentRecord]:
        ids = [int(r.id) for r in rows]
        if not ids:
            return []
        sites: dict[int, list[SiteDose]] = {i: [] for i in ids}
        s: Any
        for s in (
            m.TreatmentSite.select()
            .where(m.TreatmentSite.treatment.in_(ids))
            .order_by(m.TreatmentSite.treatment, m.TreatmentSite.position)
        ):
            sites[int(s.treatment_id)].append(
                SiteDose(str(s.muscle), Side(s.side), Decimal(s.units), int(s.injection_points))
            )
        events: dict[int, list[AdverseEventEntry]] = {i: [] for i in ids}
        e: Any
        for e in m.AdverseEvent.select().where(m.AdverseEvent.treatment.in_(ids)).order_by(m.AdverseEvent.id):
            events[int(e.treatment_id)].append(
                AdverseEventEntry(
                    str(e.kind),
                    Severity(e.severity),
                    as_date(e.onset),
                    as_date(e.resolved) if e.resolved else None,
                    str(e.notes),
                    int(e.id),
                )
            )
        amendments: dict[int, list[Amendment]] = {i: [] for i in ids}
        a: Any
        for a in (
            m.TreatmentAmendment.select()
            .where(m.TreatmentAmendment.treatment.in_(ids))
            .order_by(m.TreatmentAmendment.id)
        ):
            amendments[int(a.treatment_id)].append(
                Amendment(a.at, str(a.by), str(a.reason), json.loads(a.changes))
            )
        overrides: dict[int, list[Override]] = {i: [] for i in ids}
        o: Any
        for o in (
            m.ClinicalOverride.select()
            .where(m.ClinicalOverride.treatment.in_(ids))
            .order_by(m.ClinicalOverride.id)
        ):
            overrides[int(o.treatment_id)].append(
                Override(str(o.rule), str(o.message), str(o.reason), str(o.by), o.at)
            )
        supervisors = {int(r.supervised_by_id) for r in rows if r.supervised_by_id is not None}
        supervisor_names = {
            int(p.id): str(p.name)
            for p in m.Provider.select(m.Provider.id, m.Provider.name).where(m.Provider.id.in_(supervisors))
        } if supervisors else {}  # fmt: skip
        found = []
        for r in rows:
            diluent = Decimal(r.diluent_ml) if r.diluent_ml is not None else None
            supervisor = int(r.supervised_by_id) if r.supervised_by_id is not None else None
            per_vial = int(r.lot_units_per_vial)
            found.append(
                TreatmentRecord(
                    id=int(r.id),
                    patient_id=int(r.patient_id),
                    provider_id=int(r.provider_id),
                    provider_name=str(r.provider_name),
                    performed_at=r.performed_at,
                    performed_on=as_date(r.performed_on),
                    indication=Indication(r.indication),
                    protocol=str(r.protocol),
                    product=Product(r.product),
                    lot_number=str(r.lot_number),
                    lot_expires_on=as_date(r.lot_expires_on),
                    diluent_ml=diluent,
                    units_per_tenth_ml=units_per_tenth_ml(per_vial, diluent) if diluent else None,
                    sites=tuple(sites[int(r.id)]),
                    total_units=Decimal(r.total_units),
                    waste_units=Decimal(r.waste_units),
                    guidance=Guidance(r.guidance),
                    consent_checked=bool(r.consent_checked),
                    aftercare_given=bool(r.aftercare_given),
                    notes=str(r.notes),
                    created_by=str(r.created_by),
                    signed_at=r.signed_at,
                    signed_by=str(r.signed_by),
                    appointment_id=int(r.appointment_id) if r.appointment_id is not None else None,
                    adverse_events=tuple(events[int(r.id)]),
                    amendments=tuple(amendments[int(r.id)]),
                    overrides=tuple(overrides[int(r.id)]),
                    supervised_by_id=supervisor,
                    supervised_by_name=supervisor_names.get(supervisor, "") if supervisor else "",
                    weight_kg=Decimal(r.weight_kg) if r.weight_kg is not None else None,
                )
            )
        return found

    # --- protocols and measures -------------------------------------------------------------------

    def protocols(self) -> list[ProtocolTemplate]:
        return [
            ProtocolTemplate(
                name=str(r.name),
                indication=Indication(r.indication),
                product=Product(r.product),
                sites=sites_from_json(r.sites),
                follow_the_pain=_ftp_from_json(r.follow_the_pain),
                source=str(r.source),
                builtin=False,
                id=int(r.id),
            )
            for r in m.ClinicProtocol.select().order_by(m.ClinicProtocol.name)
        ]

    def save_protocol(self, template: ProtocolTemplate, at: datetime) -> int:
        ftp = template.follow_the_pain
        values = {
            "name": template.name,
            "indication": template.indication.value,
            "product": template.product.value,
            "sites": sites_json(template.sites),
            "follow_the_pain": json.dumps(
                {
                    "max_units": str(ftp.max_units),
                    "max_injection_points": ftp.max_injection_points,
                    "muscles": list(ftp.muscles),
                }
            )
            if ftp
            else None,
            "source": template.source,
            "updated_at": at,
        }
        if template.id is not None:
            m.ClinicProtocol.update(**values).where(m.ClinicProtocol.id == template.id).execute()
            return template.id
        return int(m.ClinicProtocol.create(**values).id)

    def delete_protocol(self, protocol_id: int) -> None:
        m.ClinicProtocol.delete().where(m.ClinicProtocol.id == protocol_id).execute()

    def measures(self) -> list[Measure]:
        return [
            Measure(
                str(r.code),
                str(r.label),
                Decimal(r.low),
                Decimal(r.high),
                str(r.unit),
                bool(r.lower_is_better),
                False,
            )
            for r in m.ClinicMeasure.select().order_by(m.ClinicMeasure.label)
        ]

    def add_measure(self, measure: Measure) -> None:
        m.ClinicMeasure.create(
            code=measure.code,
            label=measure.label,
            low=measure.low,
            high=measure.high,
            unit=measure.unit,
            lower_is_better=measure.lower_is_better,
        )

    # --- outcomes ---------------------------------------------------------------------------------

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


def _ftp_from_json(text: str | None) -> FollowThePain | None:
    if not text:
        return None
    data = json.loads(text)
    return FollowThePain(
        Decimal(str(data["max_units"])), int(data["max_injection_points"]), tuple(data["muscles"])
    )
