"""A small clinic with one busy morning, for the day list's tests (services, printing, CLI, GUI).

Tuesday 24 November 2026 (New York; "now" is Monday 23rd, 10:00):
- 09:00 Dr Lind: Ines Ortega, 45 (46 the day after), allergic to latex, chronic migraine, PREEMPT on
  25 Aug 2026 and no headache diary since: "Headache diary due".
- 09:30 Dr Lind: Tom Baker, consultation (no indication, never treated), on warfarin, consent expired,
  notes "Bring the MRI".
- 10:00 Dr Okafor: Ana Ruiz, chronic migraine, PREEMPT on 1 Sep 2026 and a diary since: no alert.
- 10:30 Dr Lind: Rosa Diaz, cancelled (counted, not listed).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from clinic_desktop.domain.codes import Indication, Product
from clinic_desktop.domain.hours import parse_blocks
from clinic_desktop.domain.treatments import TreatmentDraft
from clinic_desktop.services import ClinicServices
from clinic_desktop.services.appointments import BookingRequest
from clinic_desktop.services.patients import PatientInput

DAY = date(2026, 11, 24)
ONA = Product.ONABOTULINUMTOXINA


def build(s: ClinicServices) -> ClinicServices:
    s.clinic.set_setting("timezone", "America/New_York")
    s.clinic.set_setting("country", "US")
    lind = s.resources.add_provider("Dr Lind").id
    okafor = s.resources.add_provider("Dr Okafor").id
    for provider in (lind, okafor):
        for weekday in range(5):
            s.resources.set_hours(provider, weekday, parse_blocks("08:00-12:00,13:00-17:00"))
    s.resources.add_type("Migraine treatment", 30, indication="chronic_migraine")
    s.resources.add_type("Consultation", 30)
    s.treatments.add_lot(ONA, "C5551", date(2027, 6, 30), 20)
    ines = s.patients.add(PatientInput("Ines", "Ortega", "1980-11-25", phone="(212) 555-0123")).record.id
    tom = s.patients.add(PatientInput("Tom", "Baker", "1970-01-01", phone="(212) 555-0188")).record.id
    ana = s.patients.add(PatientInput("Ana", "Ruiz", "1990-06-15")).record.id
    rosa = s.patients.add(PatientInput("Rosa", "Diaz", "1985-03-03")).record.id
    s.patients.add_allergy(ines, "Latex")
    s.patients.add_medication(tom, "Warfarin", "5 mg", anticoagulant=True)
    s.patients.add_consent(tom, "Botulinum toxin treatment", "2025-01-01", "2026-01-01")
    preempt = s.treatments.protocol("PREEMPT")
    for patient, provider, when in ((ines, lind, "2026-08-25T09:00"), (ana, okafor, "2026-09-01T09:00")):
        s.treatments.record(
            TreatmentDraft(
                patient_id=patient,
                provider_id=provider,
                performed_at=s.time.parse_local(when),
                indication=Indication.CHRONIC_MIGRAINE,
                product=ONA,
                lot_number="C5551",
                sites=preempt.sites,
                protocol=preempt.name,
                diluent_ml=Decimal("2"),
            )
        )
    s.treatments.add_outcome(ines, "headache_days", 18, date(2026, 8, 1))
    s.treatments.add_outcome(ana, "headache_days", 9, date(2026, 10, 1))
    for patient, provider, kind, local, notes in (
        (ines, lind, "Migraine treatment", "2026-11-24T09:00", ""),
        (tom, lind, "Consultation", "2026-11-24T09:30", "Bring the MRI"),
        (ana, okafor, "Migraine treatment", "2026-11-24T10:00", ""),
        (rosa, lind, "Consultation", "2026-11-24T10:30", ""),
    ):
        s.appointments.book(BookingRequest(patient, provider, kind, s.time.parse_local(local), notes=notes))
    cancelled = s.appointments.for_patient(rosa)[0]
    s.appointments.cancel(cancelled.appointment.id, "Patient unwell")
    return s
