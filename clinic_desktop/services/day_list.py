"""The day list: each appointment of a day with what the provider reads before the patient walks in
(age, indication, the planned protocol and last dose, alerts) and what reception needs (phone).

Two lists, two permissions: reception's (who to expect and how to reach them) needs scheduling;
the provider's carries the clinical record (allergies, anticoagulants, doses) and so also needs
reading the clinical record. Reception's list is built without reading those facts at all, so a
receptionist's screen or printout never holds them, whatever the printing code does.

A list with ``names="initials"`` is meant to be left on a counter or a treatment-room door: names
become initials ("I. O."), and the phone numbers and record numbers that would identify the
patient as surely as a name are left out (it says so on the page).

Printed and saved as PDF by clinic_desktop.printing; this service only gathers the facts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from clinic_desktop.domain import outcomes
from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.codes import AppointmentStatus, Indication
from clinic_desktop.domain.date_formats import writing_for
from clinic_desktop.domain.day_list import DayList, DayListRow, LastDose, age_on
from clinic_desktop.domain.entities import AppointmentType, ScheduleEntry
from clinic_desktop.domain.errors import PermissionDeniedError, ValidationError
from clinic_desktop.domain.protocols import BUILTIN_PROTOCOLS
from clinic_desktop.domain.safety import WEIGHT_VALID_DAYS, Recipient
from clinic_desktop.domain.weights import Weight, format_kg
from clinic_desktop.domain.words import QT_TR_NOOP, Text
from clinic_desktop.services.calendar_export import initials
from clinic_desktop.services.phones import display_phone
from clinic_desktop.store.day_list import PatientFacts

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

NAMES = ("full", "initials")
CONSENT_EXPIRED = QT_TR_NOOP("Consent expired")


def default_plan(indication: Indication) -> str:
    """The built-in protocol of an indication, with its total ('PREEMPT 155 U'), when it has one."""
    for template in BUILTIN_PROTOCOLS:
        if template.indication is indication:
            return f"{template.name} {template.total_units.normalize():f} U"
    return ""


def weigh_alert(recipient: Recipient, day: date) -> Text:
    """A child coming for a toxin treatment with no weight from the last 90 days: weigh first
    (charting refuses without one: domain/safety.py)."""
    last = recipient.weight_on(day)
    if last is None:
        return Text(
            QT_TR_NOOP("Weigh before treatment: under 18, no weight within {days} days (none on record)"),
            days=WEIGHT_VALID_DAYS,
        )
    return Text(
        QT_TR_NOOP("Weigh before treatment: under 18, no weight within {days} days (last {weight} on {day})"),
        days=WEIGHT_VALID_DAYS,
        weight=format_kg(last.kg),
        day=f"{last.on:%d %b %Y}",
    )


class DayListService:
    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    def day_list(
        self, day: date, provider_id: int | None = None, reception: bool = False, names: str = "full"
    ) -> DayList:
        """The day's appointments in start order (cancelled ones counted, not listed), each with its
        patient's facts, in a few statements for the whole day however many rows it has.

        ``reception``: reception's list (phones, an expired consent, no clinical facts), which needs
        only scheduling; the provider's list also needs reading the clinical record.
        ``names``: "full", or "initials" (no names, phone numbers or record numbers)."""
        s = self._s
        if names not in NAMES:
            raise ValidationError(
                QT_TR_NOOP("'{names}' is not a way to show names: use full or initials."), names=names
            )
        s.require(Permission.SCHEDULE)
        if not reception:
            try:
                s.require(Permission.CHART_READ)
            except PermissionDeniedError as exc:
                raise PermissionDeniedError(
                    QT_TR_NOOP(
                        "{refusal} Print the reception list instead: it has the phone numbers and "
                        "no clinical alerts."
                    ),
                    refusal=exc.text,
                ) from None
        store = s.store
        clinic_time = s.time
        with store.read_transaction():
            title = (
                store.providers.get(provider_id).name
                if provider_id is not None
                else Text(QT_TR_NOOP("All providers"))
            )
            settings = store.settings.get()
            schedule = s.schedule.day(day, provider_id)
            entries = [e for e in schedule.entries if e.appointment.status is not AppointmentStatus.CANCELLED]
            facts = self._facts(sorted({e.appointment.patient_id for e in entries}), day, reception)
        rows = tuple(self._row(entry, facts, day, reception, names == "initials") for entry in entries)
        return DayList(
            day=day,
            provider_id=provider_id,
            title=title,
            timezone=clinic_time.timezone,
            printed_at=clinic_time.to_local(s.now()),
            rows=rows,
            cancelled=len(schedule.entries) - len(entries),
            reception=reception,
            names=names,
            anchor=anchor.text if (anchor := s.audit.current_anchor()) is not None else "",
            writing=writing_for(settings.date_format, settings.clock, settings.country),
        )

    def _facts(self, ids: list[int], day: date, reception: bool) -> _DayFacts:
        """What the day's rows are made from, for all its patients at once (inside the read)."""
        store = self._s.store
        kinds = {t.id: t for t in store.types.list()}
        patients = store.day_list.patients(ids)
        region = store.settings.get().country
        if reception:  # never read: reception's list holds no clinical facts
            return _DayFacts(kinds, patients, region)
        children = [p for p in ids if Recipient(patients[p].born).child_on(day)]
        return _DayFacts(
            kinds,
            patients,
            region,
            allergies=store.day_list.allergies(ids),
            medicated=store.day_list.on_anticoagulants(ids),
            doses=store.day_list.last_doses(ids, day),
            diaries=store.day_list.last_scores(ids, outcomes.HEADACHE_DAYS),
            children=children,
            weights=store.patients.newest_weights(children, day),
        )

    def _row(
        self, entry: ScheduleEntry, facts: _DayFacts, day: date, reception: bool, private: bool
    ) -> DayListRow:
        a = entry.appointment
        patient = facts.patients[a.patient_id]
        kind = facts.kinds.get(a.type_id)
        indication = kind.indication if kind is not None and not reception else None
        if indication is None and not reception:  # the type names none: the most recent one
            mine = [(d.day, ind) for (p, ind), d in facts.doses.items() if p == a.patient_id]
            indication = max(mine)[1] if mine else None
        last = facts.doses.get((a.patient_id, indication)) if indication is not None else None
        plan = ""
        if last is not None and last.protocol:
            plan = f"{last.protocol} {last.units.normalize():f} U"
        elif indication is not None:
            plan = default_plan(indication)
        phone = display_phone(patient.phone, facts.region) if patient.phone else ""
        clinic_time = self._s.time
        return DayListRow(
            appointment_id=a.id,
            start=clinic_time.to_local(a.start),
            end=clinic_time.to_local(a.end),
            status=a.status,
            provider_id=a.provider_id,
            provider_name=entry.provider_name,
            room_name=entry.room_name,
            type_name=entry.type_name,
            patient_id=a.patient_id,
            patient_name=initials(patient.given_name, patient.family_name) if private else entry.patient_name,
            mrn="" if private else patient.mrn,
            age=age_on(patient.born, day),
            phone="" if private else phone,
            indication=indication,
            plan=plan,
            last_dose=last,
            alerts=_alerts(entry, facts, day, reception, indication, last),
            notes=a.notes,
            too_early=entry.too_early,
        )


@dataclass(frozen=True)
class _DayFacts:
    """The facts of a day's patients, read at once; the clinical ones empty on reception's list."""

    kinds: dict[int, AppointmentType]
    patients: dict[int, PatientFacts]
    region: str
    allergies: dict[int, list[str]] = field(default_factory=dict)
    medicated: set[int] = field(default_factory=set)
    doses: dict[tuple[int, Indication], LastDose] = field(default_factory=dict)
    diaries: dict[int, date] = field(default_factory=dict)
    children: list[int] = field(default_factory=list)
    weights: dict[int, Weight] = field(default_factory=dict)


def _alerts(
    entry: ScheduleEntry,
    facts: _DayFacts,
    day: date,
    reception: bool,
    indication: Indication | None,
    last: LastDose | None,
) -> tuple[str, ...]:
    """A row's alerts: allergies, an anticoagulant, an expired consent, a child to weigh, a diary due."""
    a = entry.appointment
    patient = facts.patients[a.patient_id]
    alerts: list[str] = []
    if facts.allergies.get(a.patient_id):
        alerts.append(
            Text(QT_TR_NOOP("Allergy: {allergies}"), allergies=", ".join(facts.allergies[a.patient_id]))
        )
    if not reception and (patient.anticoagulant or a.patient_id in facts.medicated):
        bleeding = patient.bleeding_risk
        alerts.append(
            Text(QT_TR_NOOP("Anticoagulant: {risk}"), risk=bleeding)
            if bleeding
            else Text(QT_TR_NOOP("Anticoagulant"))
        )
    if entry.expired_consent:
        alerts.append(Text(CONSENT_EXPIRED))
    if indication is not None and a.patient_id in facts.children:
        weighed = Recipient(patient.born, tuple(w for w in [facts.weights.get(a.patient_id)] if w))
        if weighed.recent_weight(day) is None:
            alerts.append(weigh_alert(weighed, day))
    if indication is Indication.CHRONIC_MIGRAINE:
        due = outcomes.headache_diary_due(last.day if last else None, facts.diaries.get(a.patient_id))
        if due:
            alerts.append(due)
    return tuple(alerts)
