"""A provider's schedule as an iCalendar file (RFC 5545), for a phone or a desktop calendar.

The file is built and written by the ``icalendar`` library, never as hand-made text, so that
escaping, line folding and time zones follow the standard:

- Times are the clinic's wall-clock times with ``TZID`` set to the clinic's IANA zone, and the
  file carries a ``VTIMEZONE`` for that zone (its standard and daylight rules for the years
  around the export). A weekly series therefore shows at 09:00 on both sides of a daylight-saving
  change, as it does in the clinic, whatever the zone of the device that opens it.
- Each appointment keeps one ``UID`` (its id and a random identity stored once per database), so
  importing a newer export updates the events of the earlier one instead of doubling them.
- Cancelled appointments are included, as ``STATUS:CANCELLED``, so that an import removes or
  strikes them out on the device.
- With ``initials_only`` the file names patients by their initials and holds nothing else about
  them: a calendar synced to a phone is not the place for names, phone numbers, dates of birth or
  notes. Notes and phone numbers are never written, private or not.
- Exporting needs Permission.EXPORT_CALENDAR (every role has it: reception keeps the providers'
  calendars), asked here so that every way in (window, command line, scripts) is guarded.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from icalendar import Calendar, Event, Timezone

from clinic_desktop import APP_TITLE, __version__
from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.codes import AppointmentStatus
from clinic_desktop.domain.entities import (
    Appointment,
    AppointmentType,
    ClinicSettings,
    Provider,
    ScheduleEntry,
)
from clinic_desktop.domain.patients import PatientRecord
from clinic_desktop.services.csv_exports import check_range, replacing_file

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

#: The DatabaseInfo key of this database's stable identity (a random UUID made on first use).
#: Copies of the database (a backup restored) keep it, so their exports update the same events.

#: The iCalendar STATUS of each appointment status: a booking the patient has not yet confirmed is
#: tentative; one that was confirmed or has happened (even a no-show, whose time was held) is
#: confirmed; a cancelled one is cancelled.
ICS_STATUS: dict[AppointmentStatus, str] = {
    AppointmentStatus.BOOKED: "TENTATIVE",
    AppointmentStatus.CONFIRMED: "CONFIRMED",
    AppointmentStatus.ARRIVED: "CONFIRMED",
    AppointmentStatus.IN_ROOM: "CONFIRMED",
    AppointmentStatus.COMPLETED: "CONFIRMED",
    AppointmentStatus.NO_SHOW: "CONFIRMED",
    AppointmentStatus.CANCELLED: "CANCELLED",
}

PRODID = f"-//{APP_TITLE}//clinic-desktop {__version__}//EN"


def initials(given_name: str, family_name: str) -> str:
    """'Ines', 'Ortega' -> 'I. O.': the first letter of each name, what a private calendar shows."""
    letters = []
    for name in (given_name, family_name):
        first = next((c for c in name if c.isalnum()), "")
        if first:
            letters.append(f"{first.upper()}.")
    return " ".join(letters) or "?"


class CalendarExportService:
    """Builds and writes the iCalendar file of one provider's appointments over local dates."""

    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    def database_identity(self) -> str:
        """This database's stable identity, the right-hand side of every UID."""
        return self._s.clinic.identity()

    def uid(self, appointment_id: int, identity: str | None = None) -> str:
        """The UID of an appointment's event: the same in every export of this database."""
        return f"appointment-{appointment_id}@{identity or self.database_identity()}"

    def provider_calendar(
        self, provider_id: int, first: date, last: date, initials_only: bool = False
    ) -> tuple[Calendar, int]:
        """The calendar of the provider's appointments starting on clinic-local dates first..last
        (inclusive), cancelled ones included, and how many events it holds."""
        self._s.require(Permission.EXPORT_CALENDAR)
        check_range(first, last)
        identity = self.database_identity()
        clinic_time = self._s.time
        start, end = clinic_time.day_bounds(first)[0], clinic_time.day_bounds(last)[1]
        store = self._s.store
        with store.read_transaction():
            provider = store.providers.get(provider_id)  # NotFoundError names the id
            entries = store.appointments.schedule(start, end, provider_id)
            patients = {
                p.id: p for p in store.patients.many(sorted({e.appointment.patient_id for e in entries}))
            }
            types = {t.id: t for t in store.types.list()}
            clinic_name = store.settings.get().name
        calendar = self._calendar(provider, clinic_name)
        stamp = self._s.now()
        for entry in entries:
            patient = patients.get(entry.appointment.patient_id)
            kind = types.get(entry.appointment.type_id)
            calendar.add_component(self._event(entry, patient, kind, identity, stamp, initials_only))
        self._add_timezone(calendar, first, last)
        return calendar, len(entries)

    def provider_ics(self, provider_id: int, first: date, last: date, initials_only: bool = False) -> bytes:
        """The iCalendar file's bytes (UTF-8, CRLF lines, as RFC 5545 says)."""
        calendar, _ = self.provider_calendar(provider_id, first, last, initials_only)
        data: bytes = calendar.to_ical()
        return data

    def write_ics(
        self,
        provider_id: int,
        first: date,
        last: date,
        path: str | os.PathLike[str],
        initials_only: bool = False,
    ) -> int:
        """Write the file to ``path`` (through a temporary file, so a failure never leaves half a
        file or spoils an earlier export); returns the number of events written."""
        calendar, count = self.provider_calendar(provider_id, first, last, initials_only)
        data: bytes = calendar.to_ical()
        with replacing_file(path) as temporary, open(temporary, "wb") as handle:
            handle.write(data)
        return count

    def patient_event(self, appointment: Appointment, settings: ClinicSettings) -> bytes:
        """The one appointment as an iCalendar file for the patient's own calendar, attached to
        their emails (services/messages.py): when, where (the clinic's address), with whom, and
        nothing about why (no visit type, no indication). The UID is the exports' own, so a moved
        appointment's newer file updates the event already in the patient's calendar. No
        permission asked here: the outbox asked for its own."""
        clinic_time = self._s.time
        store = self._s.store
        provider = store.providers.get(appointment.provider_id)
        calendar = Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        event = Event()
        event.add("uid", self.uid(appointment.id))
        event.add("dtstamp", self._s.now())
        event.add("dtstart", clinic_time.to_local(appointment.start))
        event.add("dtend", clinic_time.to_local(appointment.end))
        clinic = settings.name or "the clinic"
        event.add("summary", f"Appointment at {clinic}" if settings.name else "Clinic appointment")
        event.add("status", ICS_STATUS[appointment.status])
        if settings.address or settings.name:
            event.add("location", settings.address or settings.name)
        lines = [f"With {provider.name}"]
        if settings.reply_phone:
            lines.append(f"To change it call {settings.reply_phone}")
        event.add("description", "\n".join(lines))
        calendar.add_component(event)
        day = clinic_time.local_date(appointment.start)
        self._add_timezone(calendar, day, day)
        data: bytes = calendar.to_ical()
        return data

    # --- building -------------------------------------------------------------------------------

    def _calendar(self, provider: Provider, clinic_name: str) -> Calendar:
        calendar = Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("x-wr-calname", f"{provider.name} ({clinic_name})" if clinic_name else provider.name)
        calendar.add("x-wr-timezone", self._s.time.timezone)
        return calendar

    def _event(
        self,
        entry: ScheduleEntry,
        patient: PatientRecord | None,
        kind: AppointmentType | None,
        identity: str,
        stamp: datetime,
        initials_only: bool,
    ) -> Event:
        a = entry.appointment
        clinic_time = self._s.time
        if patient is None:  # cannot happen (a foreign key), but never print a name by accident
            who = "?"
        elif initials_only:
            who = initials(patient.given_name, patient.family_name)
        else:
            who = f"{patient.given_name} {patient.family_name}"
        event = Event()
        event.add("uid", self.uid(a.id, identity))
        # DTSTAMP: when this copy was made. The database keeps no revision count of a booking, so
        # no SEQUENCE is invented; a client comparing two copies of one UID takes the later stamp.
        event.add("dtstamp", stamp)
        event.add("dtstart", clinic_time.to_local(a.start))
        event.add("dtend", clinic_time.to_local(a.end))
        event.add("summary", f"{entry.type_name} — {who}")
        event.add("status", ICS_STATUS[a.status])
        event.add("transp", "TRANSPARENT" if a.status is AppointmentStatus.CANCELLED else "OPAQUE")
        if entry.room_name:
            event.add("location", entry.room_name)
        event.add("description", "\n".join(self._description(entry, patient, kind, initials_only)))
        return event

    @staticmethod
    def _description(
        entry: ScheduleEntry, patient: PatientRecord | None, kind: AppointmentType | None, private: bool
    ) -> Sequence[str]:
        a = entry.appointment
        lines = [f"Type: {entry.type_name}"]
        if kind is not None and kind.indication is not None:
            lines.append(f"Indication: {kind.indication.label}")
        lines.append(f"Provider: {entry.provider_name}")
        lines.append(f"Status: {a.status.label}")
        if not private:
            if patient is not None:
                lines.append(f"Patient: {patient.given_name} {patient.family_name} (MRN {patient.mrn})")
            if a.status is AppointmentStatus.CANCELLED and a.cancel_reason:
                lines.append(f"Cancelled: {a.cancel_reason}")
        return lines

    def _add_timezone(self, calendar: Calendar, first: date, last: date) -> None:
        """The VTIMEZONE of the clinic's zone, first in the file, when the events use it (a UTC
        clinic's times are written with Z and need none). It spans whole years around the export,
        so it holds the zone's standard and daylight rules even for a range within one season."""
        clinic_time = self._s.time
        if clinic_time.timezone not in calendar.get_missing_tzids():
            return
        component = Timezone.from_tzinfo(
            clinic_time.zone,
            tzid=clinic_time.timezone,
            first_date=date(first.year, 1, 1),
            last_date=date(last.year + 2, 1, 1),
        )
        calendar.subcomponents.insert(0, component)
