"""The 84-day floor and the 400 U window where a toxin dose is planned rather than given: booking,
moving and the follow-up engine's bookings of a toxin-treatment visit, and the flag the calendar
and the day list put on a visit booked too early. The rules are domain/safety.py's, the ones
charting asks (interval_clash, dose_window_finding); this module only gathers what they count.

What is counted, besides the injections charted:
- the patient's other toxin-treatment visits (of a type that is a treatment,
  AppointmentType.is_treatment) booked from the start of today and not over (booked, confirmed,
  arrived, in a room), each as a dose on its day;
- a visit's planned dose, when it is *known*: the patient has an injection charted for the visit
  type's indication, and the dose planned is then the last one charted for that indication (its
  product and total units: the patient's usual protocol total, which is also the dose the
  follow-up engine plans). A first treatment, or a type tied to no indication, has no known dose:
  the 84-day floor applies to it, the dose limits cannot be asked. The dose limits are the ones
  charting asks (safety.dose_limit_findings): an adult's 400 U window; a child's weight-based
  limits (issue 21), at the newest weight on record (none known: asked again at charting, where a
  recent weight is required).

Not a use case: nothing here asks a permission. The booking use cases that call it asked already,
and lock the patient (store.patients.lock) first in their write transaction, so what is read here
stays true until their booking is saved; the schedule reads the flags inside its read transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from clinic_desktop.domain import safety
from clinic_desktop.domain.codes import AppointmentStatus, Indication
from clinic_desktop.domain.entities import AppointmentType, ScheduleEntry
from clinic_desktop.domain.units import format_units
from clinic_desktop.domain.words import QT_TR_NOOP, Text
from clinic_desktop.services.phrases import label_words
from clinic_desktop.store.followups import LastTreatment

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

NOT_OVER = (
    AppointmentStatus.BOOKED,
    AppointmentStatus.CONFIRMED,
    AppointmentStatus.ARRIVED,
    AppointmentStatus.IN_ROOM,
)


def usual_doses(treatments: Sequence[LastTreatment]) -> dict[Indication, safety.PastDose]:
    """The dose planned for each indication the patient has been treated for: the last one charted
    (``treatments`` oldest first). The one place that says what a "known" planned dose is."""
    doses: dict[Indication, safety.PastDose] = {}
    for t in treatments:
        doses[t.indication] = safety.PastDose(t.day, t.product, t.units)
    return doses


def booking_sentence(patient_name: str, clash: safety.IntervalClash) -> Text:
    """Why a toxin-treatment visit needs an override reason, naming the dose it is too close to
    and the first safe day ('Ines Ortega's last toxin injection was on 2026-12-06; the first safe
    day for the next is 2027-02-28.')."""
    other, safe = f"{clash.other:%Y-%m-%d}", f"{clash.first_safe:%Y-%m-%d}"
    if clash.later:
        return Text(
            QT_TR_NOOP(
                "{name} has a toxin treatment booked on {other}, only {days} day after {day}; "
                "treatments are at least {floor} days apart."
            )
            if clash.days == 1
            else QT_TR_NOOP(
                "{name} has a toxin treatment booked on {other}, only {days} days after {day}; "
                "treatments are at least {floor} days apart."
            ),
            name=patient_name,
            other=other,
            days=clash.days,
            day=f"{clash.day:%Y-%m-%d}",
            floor=safety.MIN_INTERVAL_DAYS,
        )
    if clash.booked:
        return Text(
            QT_TR_NOOP(
                "{name} has a toxin treatment booked on {other}; the first safe day for the next is {safe}."
            ),
            name=patient_name,
            other=other,
            safe=safe,
        )
    return Text(
        QT_TR_NOOP(
            "{name}'s last toxin injection was on {other}; the first safe day for the next is {safe}."
        ),
        name=patient_name,
        other=other,
        safe=safe,
    )


def flag_text(clash: safety.IntervalClash) -> Text:
    """The calendar's and the day list's flag on a visit booked too early."""
    other, safe = f"{clash.other:%d %b %Y}", f"{clash.first_safe:%d %b %Y}"
    if clash.booked:
        return Text(
            QT_TR_NOOP("Too early: treatment booked {other}, safe from {safe}"), other=other, safe=safe
        )
    return Text(QT_TR_NOOP("Too early: last dose {other}, safe from {safe}"), other=other, safe=safe)


class TreatmentIntervals:
    """The interval rules where a dose is planned (see the module's docstring)."""

    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    def booking_refusals(
        self,
        patient_id: int,
        patient_name: str,
        kind: AppointmentType,
        starts: Sequence[datetime],
        exclude: Sequence[int] = (),
    ) -> list[Text]:
        """Why visits of ``kind`` at ``starts`` (a booking, a series, or the new places of moved
        visits) need an override reason, one sentence per rule broken; none when the type is not a
        toxin treatment. Each start is checked against the injections charted, the patient's other
        visits booked (``exclude``: the ones being moved) and the starts before it in the list.
        Inside the caller's write transaction, with the patient locked."""
        if not kind.is_treatment:
            return []
        s = self._s
        store = s.store
        clinic_time = s.time
        since = clinic_time.day_bounds(clinic_time.local_date(s.now()))[0]
        treatments = store.followups.treatments(patient_id)
        history = [safety.PastDose(t.day, t.product, t.units) for t in treatments]
        usual = usual_doses(treatments)
        booked = [
            self._booked(v.start, v.indication, usual)
            for v in store.calendar.treatment_visits([patient_id], since)
            if v.appointment_id not in exclude
        ]
        dose = usual.get(kind.indication) if kind.indication is not None else None
        recipient = self._recipient(patient_id) if dose is not None else None
        found: list[Text] = []
        for start in starts:
            day = clinic_time.local_date(start)
            clash = safety.interval_clash(day, history, booked)
            if clash is not None:
                found.append(booking_sentence(patient_name, clash))
            if dose is not None and kind.indication is not None:
                # An adult's 400 U window; a child's weight-based limits at the newest weight.
                planned = safety.Planned(day, start, kind.indication, dose.product, dose.units)
                for finding in safety.dose_limit_findings(
                    planned, safety.with_booked(history, booked), recipient
                ):
                    if finding.level is safety.Level.OVERRIDE:
                        found.append(
                            Text(
                                QT_TR_NOOP(
                                    "The dose planned ({units} U, as at {name}'s last {indication} "
                                    "treatment): {finding}"
                                ),
                                units=format_units(dose.units),
                                name=patient_name,
                                indication=label_words(kind.indication.label),
                                finding=finding.message,
                            )
                        )
            booked.append(self._booked(start, kind.indication, usual))
        return list(dict.fromkeys(found))

    def _recipient(self, patient_id: int) -> safety.Recipient:
        """Age, and for a child the weighings (an adult's are never asked: one read fewer)."""
        store = self._s.store
        born = store.patients.get(patient_id).date_of_birth
        child = safety.Recipient(born).child_on(self._s.time.local_date(self._s.now()))
        return safety.Recipient(born, tuple(store.patients.weights(patient_id)) if child else ())

    def flags(self, entries: Sequence[ScheduleEntry], types: Sequence[AppointmentType]) -> dict[int, Text]:
        """For the toxin-treatment visits among ``entries`` that are not over, the flag of each one
        booked too soon after an earlier dose (flag_text), by appointment id: a dose charted on an
        earlier day, or another visit of the patient's booked from today on that starts before it.
        Two statements for the lot, whatever the number of visits."""
        treatment_types = {t.id for t in types if t.is_treatment}
        visits = [
            e.appointment
            for e in entries
            if e.appointment.type_id in treatment_types and e.appointment.status in NOT_OVER
        ]
        if not visits:
            return {}
        s = self._s
        store = s.store
        clinic_time = s.time
        patients = sorted({a.patient_id for a in visits})
        since = clinic_time.day_bounds(clinic_time.local_date(s.now()))[0]
        charted: dict[int, list[safety.PastDose]] = {}
        for t in store.followups.treatments_of(patients):
            charted.setdefault(t.patient_id, []).append(safety.PastDose(t.day, t.product, t.units))
        booked: dict[int, list[tuple[datetime, int]]] = {}
        for v in store.calendar.treatment_visits(patients, since):
            booked.setdefault(v.patient_id, []).append((v.start, v.appointment_id))
        found: dict[int, Text] = {}
        for a in visits:
            day = clinic_time.local_date(a.start)
            before = [d for d in charted.get(a.patient_id, []) if d.day < day]  # one on its day is its own
            earlier = [
                safety.BookedDose(clinic_time.local_date(start), visit_id)
                for start, visit_id in booked.get(a.patient_id, [])
                if (start, visit_id) < (a.start, a.id)
            ]
            clash = safety.interval_clash(day, before, earlier)
            if clash is not None and not clash.later:
                found[a.id] = flag_text(clash)
        return found

    def _booked(
        self, start: datetime, indication: Indication | None, usual: dict[Indication, safety.PastDose]
    ) -> safety.BookedDose:
        day = self._s.time.local_date(start)
        dose = usual.get(indication) if indication is not None else None
        if dose is None:
            return safety.BookedDose(day)
        return safety.BookedDose(day, None, dose.product, dose.units)
