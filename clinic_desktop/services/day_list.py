"""The day list: each appointment of a day with what the provider reads before the patient walks in
(age, indication, the planned protocol and last dose, alerts) and what reception needs (phone).

Printed and saved as PDF by clinic_desktop.printing; this service only gathers the facts."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from clinic_desktop.domain import outcomes
from clinic_desktop.domain.codes import AppointmentStatus, Indication
from clinic_desktop.domain.day_list import DayList, DayListRow, age_on
from clinic_desktop.domain.protocols import BUILTIN_PROTOCOLS
from clinic_desktop.services.phones import display_phone

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices


def default_plan(indication: Indication) -> str:
    """The built-in protocol of an indication, with its total ('PREEMPT 155 U'), when it has one."""
    for template in BUILTIN_PROTOCOLS:
        if template.indication is indication:
            return f"{template.name} {template.total_units.normalize():f} U"
    return ""


class DayListService:
    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    def day_list(self, day: date, provider_id: int | None = None) -> DayList:
        """The day's appointments in start order (cancelled ones counted, not listed), each with its
        patient's facts, in a few statements for the whole day however many rows it has."""
        s = self._s
        store = s.store
        clinic_time = s.time
        with store.read_transaction():
            title = store.providers.get(provider_id).name if provider_id is not None else "All providers"
            schedule = s.schedule.day(day, provider_id)
            entries = [e for e in schedule.entries if e.appointment.status is not AppointmentStatus.CANCELLED]
            ids = sorted({e.appointment.patient_id for e in entries})
            kinds = {t.id: t for t in store.types.list()}
            facts = store.day_list.patients(ids)
            allergies = store.day_list.allergies(ids)
            medicated = store.day_list.on_anticoagulants(ids)
            doses = store.day_list.last_doses(ids, day)
            diaries = store.day_list.last_scores(ids, outcomes.HEADACHE_DAYS)
            region = store.settings.get().country
        rows = []
        for entry in entries:
            a = entry.appointment
            mrn, born, phone, anticoagulant, bleeding = facts[a.patient_id]
            kind = kinds.get(a.type_id)
            indication = kind.indication if kind is not None else None
            if indication is None:  # the type names none: the patient's most recent indication
                mine = [(d.day, ind) for (p, ind), d in doses.items() if p == a.patient_id]
                indication = max(mine)[1] if mine else None
            last = doses.get((a.patient_id, indication)) if indication is not None else None
            alerts = []
            if allergies.get(a.patient_id):
                alerts.append("Allergy: " + ", ".join(allergies[a.patient_id]))
            if anticoagulant or a.patient_id in medicated:
                alerts.append("Anticoagulant" + (f": {bleeding}" if bleeding else ""))
            if entry.expired_consent:
                alerts.append("Consent expired")
            if indication is Indication.CHRONIC_MIGRAINE:
                due = outcomes.headache_diary_due(last.day if last else None, diaries.get(a.patient_id))
                if due:
                    alerts.append(due)
            plan = ""
            if last is not None and last.protocol:
                plan = f"{last.protocol} {last.units.normalize():f} U"
            elif indication is not None:
                plan = default_plan(indication)
            rows.append(
                DayListRow(
                    appointment_id=a.id,
                    start=clinic_time.to_local(a.start),
                    end=clinic_time.to_local(a.end),
                    status=a.status,
                    provider_id=a.provider_id,
                    provider_name=entry.provider_name,
                    room_name=entry.room_name,
                    type_name=entry.type_name,
                    patient_id=a.patient_id,
                    patient_name=entry.patient_name,
                    mrn=mrn,
                    age=age_on(born, day),
                    phone=display_phone(phone, region) if phone else "",
                    indication=indication,
                    plan=plan,
                    last_dose=last,
                    alerts=tuple(alerts),
                    notes=a.notes,
                )
            )
        return DayList(
            day=day,
            provider_id=provider_id,
            title=title,
            timezone=clinic_time.timezone,
            printed_at=clinic_time.to_local(s.now()),
            rows=tuple(rows),
            cancelled=len(schedule.entries) - len(entries),
        )
