"""Treatment charting at rest: lots, reconstituted vials, treatments with their sites, adverse
events, amendments and overrides, the clinic's protocols and measures, outcome scores."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from peewee import SQL, fn

from clinic_desktop.domain.codes import Indication, Product, Side
from clinic_desktop.domain.errors import NotFoundError
from clinic_desktop.domain.treatment_record import (
    AdverseEventEntry,
    Amendment,
    Guidance,
    Override,
    Severity,
    SiteDose,
    TreatmentRecord,
    units_per_tenth_ml,
)
from clinic_desktop.domain.words import QT_TR_NOOP
from clinic_desktop.store import models as m
from clinic_desktop.store.outcome_scores import OutcomeScores
from clinic_desktop.store.patients import as_date
from clinic_desktop.store.treatment_catalogue import ProtocolsAndMeasures

if TYPE_CHECKING:  # the safety rules, loaded by the checks that read a history; lots and vials
    # by what reads them (a chart's history reads neither: a command's start-up, issue 22)
    from clinic_desktop.domain.safety import PastDose
    from clinic_desktop.domain.treatments import Lot, Reconstitution


def _lot(row: Any) -> Lot:
    from clinic_desktop.domain.treatments import Lot

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


_JOINED = (
    m.Provider.name.alias("provider_name"),
    m.Lot.lot_number.alias("lot_number"),
    m.Lot.expires_on.alias("lot_expires_on"),
    m.Lot.units_per_vial.alias("lot_units_per_vial"),
)


class TreatmentRecords(ProtocolsAndMeasures, OutcomeScores):
    """Lots, reconstituted vials and treatments with their sites, adverse events, amendments and
    overrides; with the clinic's protocols and measures and the outcome scores (their modules)."""

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
            raise NotFoundError(QT_TR_NOOP("There is no lot {id}."), id=lot_id)
        return _lot(row)

    def lots(self, product: Product | None = None) -> list[Lot]:
        query = m.Lot.select().order_by(m.Lot.product, m.Lot.expires_on, m.Lot.lot_number)
        if product is not None:
            query = query.where(m.Lot.product == product.value)
        return [_lot(r) for r in query]

    def use_vials(self, lot_id: int, vials: int) -> None:
        m.Lot.update(vials_used=m.Lot.vials_used + vials).where(m.Lot.id == lot_id).execute()

    def add_reconstitution(self, lot: Lot, diluent_ml: Decimal, at: datetime, by: str) -> Reconstitution:
        from clinic_desktop.domain.treatments import Reconstitution

        row = m.Reconstitution.create(lot=lot.id, diluent_ml=diluent_ml, at=at, by=by)
        return Reconstitution(int(row.id), lot.id, Decimal(row.diluent_ml), at, by, lot.units_per_vial)

    def reconstitution(self, reconstitution_id: int) -> Reconstitution:
        from clinic_desktop.domain.treatments import Reconstitution

        row = (
            m.Reconstitution.select(m.Reconstitution, m.Lot.units_per_vial)
            .join(m.Lot)
            .where(m.Reconstitution.id == reconstitution_id)
            .first()
        )
        if row is None:
            raise NotFoundError(
                QT_TR_NOOP("There is no reconstituted vial {id}."),
                id=reconstitution_id,
            )
        return Reconstitution(
            int(row.id),
            int(row.lot_id),
            Decimal(row.diluent_ml),
            row.at,
            str(row.by),
            int(row.lot.units_per_vial),
        )

    def open_vials(self, since: datetime) -> list[Reconstitution]:
        from clinic_desktop.domain.treatments import Reconstitution

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
            raise NotFoundError(QT_TR_NOOP("There is no treatment {id}."), id=treatment_id)
        return int(row.patient_id)

    def history(self, patient_id: int, exclude: int | None = None) -> list[PastDose]:
        """Every treatment of the patient as the safety rules see it (date, product, units, and
        for one session's limits its indication and sites)."""
        from clinic_desktop.domain.safety import PastDose

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
            raise NotFoundError(QT_TR_NOOP("There is no treatment {id}."), id=treatment_id)
        return self._records(rows)[0]

    def _records(self, rows: list[Any]) -> list[TreatmentRecord]:
        """The treatments of these rows (read with _JOINED), each with its sites, adverse events,
        amendments, overrides and supervisor's name: one query each for all of them."""
        ids = [int(r.id) for r in rows]
        if not ids:
            return []
        parts = _Parts(
            _sites_of(ids), _events_of(ids), _amendments_of(ids), _overrides_of(ids), _supervisor_names(rows)
        )
        return [_record(r, parts) for r in rows]


@dataclass(frozen=True)
class _Parts:
    """What treatments hold besides their own row, by treatment id (supervisors by provider id)."""

    sites: dict[int, list[SiteDose]]
    events: dict[int, list[AdverseEventEntry]]
    amendments: dict[int, list[Amendment]]
    overrides: dict[int, list[Override]]
    supervisor_names: dict[int, str]


def _sites_of(ids: list[int]) -> dict[int, list[SiteDose]]:
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
    return sites


def _events_of(ids: list[int]) -> dict[int, list[AdverseEventEntry]]:
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
    return events


def _amendments_of(ids: list[int]) -> dict[int, list[Amendment]]:
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
    return amendments


def _overrides_of(ids: list[int]) -> dict[int, list[Override]]:
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
    return overrides


def _supervisor_names(rows: list[Any]) -> dict[int, str]:
    supervisors = {int(r.supervised_by_id) for r in rows if r.supervised_by_id is not None}
    if not supervisors:
        return {}
    query = m.Provider.select(m.Provider.id, m.Provider.name).where(m.Provider.id.in_(supervisors))
    return {int(p.id): str(p.name) for p in query}


def _record(r: Any, parts: _Parts) -> TreatmentRecord:
    diluent = Decimal(r.diluent_ml) if r.diluent_ml is not None else None
    supervisor = int(r.supervised_by_id) if r.supervised_by_id is not None else None
    per_vial = int(r.lot_units_per_vial)
    return TreatmentRecord(
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
        sites=tuple(parts.sites[int(r.id)]),
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
        adverse_events=tuple(parts.events[int(r.id)]),
        amendments=tuple(parts.amendments[int(r.id)]),
        overrides=tuple(parts.overrides[int(r.id)]),
        supervised_by_id=supervisor,
        supervised_by_name=parts.supervisor_names.get(supervisor, "") if supervisor else "",
        weight_kg=Decimal(r.weight_kg) if r.weight_kg is not None else None,
    )
