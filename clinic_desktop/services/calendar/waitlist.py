"""The waiting list: patients asking for an earlier or any slot, offered the slot a cancellation frees,
and booked into it (through the booking use case, so with its checks and its overlap retry)."""

from __future__ import annotations

from datetime import date
from typing import Any

from clinic_desktop.domain import flow
from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.patients import PatientStatus
from clinic_desktop.domain.words import QT_TR_NOOP
from clinic_desktop.services.calendar.booking import Booking, BookingRequest, BookingResult


class WaitingList(Booking):
    """Booking from the list is a booking: this room is built on Booking's."""

    def add_to_waitlist(
        self,
        patient_id: int,
        earliest: date,
        latest: date | None = None,
        provider_id: int | None = None,
        type_name: str | None = None,
        note: str = "",
    ) -> flow.WaitlistEntry:
        self._s.require(Permission.SCHEDULE)
        if latest is not None and latest < earliest:
            raise ValidationError(QT_TR_NOOP("The latest date must be on or after the earliest date."))
        store = self._s.store
        kind = self.unchecked.appointment_type(type_name) if type_name else None
        with store.write_transaction():
            patient = store.patients.get(patient_id)
            if patient.status in (PatientStatus.MERGED, PatientStatus.DECEASED):
                raise ValidationError(
                    QT_TR_NOOP("{name} ({mrn}) is merged; add the current record.")
                    if patient.status is PatientStatus.MERGED
                    else QT_TR_NOOP("{name} ({mrn}) is deceased; add the current record."),
                    name=patient.display_name,
                    mrn=patient.mrn,
                )
            if provider_id is not None:
                store.providers.get(provider_id)
            type_id = kind.id if kind else None
            added = store.calendar.add_waitlist(
                patient_id, provider_id, type_id, earliest, latest, note.strip(), self._s.now()
            )
            self._s.record("create", "waitlist", added.id, None, waitlist_values(added), patient_id)
            return added

    def waitlist(self) -> list[flow.WaitlistEntry]:
        """Open requests, oldest first."""
        self._s.require(Permission.SCHEDULE)
        with self._s.store.read_transaction():
            return self._s.store.calendar.open_waitlist()

    def remove_from_waitlist(self, waitlist_id: int) -> None:
        """Close a request (kept, with the time, for the record)."""
        self._s.require(Permission.SCHEDULE)
        store = self._s.store
        with store.write_transaction():
            entry = store.calendar.waitlist_entry(waitlist_id)
            if entry.resolved_at is not None:
                raise ValidationError(
                    QT_TR_NOOP("{name} is no longer on the waiting list."), name=entry.patient_name
                )
            self._resolve_waitlist(entry, "removed")

    def offers_for(self, appointment_id: int) -> list[flow.WaitlistEntry]:
        """Who on the waiting list could take the slot this (cancelled) appointment frees:
        same provider or any, the day within their dates, their visit type short enough.
        Oldest request first. A slot already past offers nobody."""
        self._s.require(Permission.SCHEDULE)
        store = self._s.store
        clinic_time = self._s.time
        with store.read_transaction():
            freed = store.calendar.get(appointment_id)
            if freed.start < self._s.now():
                return []
            default = next((t.minutes for t in store.types.list() if t.id == freed.type_id), 0)
            slot = int((freed.end - freed.start).total_seconds() // 60)
            day = clinic_time.local_date(freed.start)
            return [
                w
                for w in store.calendar.open_waitlist()
                if w.patient_id != freed.patient_id
                and w.fits(freed.provider_id, day, slot, default)
                and not store.calendar.clashes("patient", w.patient_id, freed.start, freed.end)
            ]

    def book_from_waitlist(self, waitlist_id: int, appointment_id: int) -> BookingResult:
        """Book a waiting patient into the slot a cancelled appointment freed, and close the request."""
        self._s.require(Permission.SCHEDULE)
        return self._again_on_overlap(lambda: self._book_from_waitlist(waitlist_id, appointment_id))

    def _book_from_waitlist(self, waitlist_id: int, appointment_id: int) -> BookingResult:
        store = self._s.store
        with store.write_transaction():
            entry = store.calendar.waitlist_entry(waitlist_id)
            if entry.resolved_at is not None:
                raise ValidationError(
                    QT_TR_NOOP("{name} is no longer on the waiting list."), name=entry.patient_name
                )
            freed = store.calendar.get(appointment_id)
            type_name = entry.type_name or next(t.name for t in store.types.list() if t.id == freed.type_id)
            note = f"From the waiting list. {entry.note}".strip()
            result = self.book(
                BookingRequest(entry.patient_id, freed.provider_id, type_name, freed.start, notes=note)
            )
            self._resolve_waitlist(entry, "booked", result.appointments[0].id)
        return result

    def _resolve_waitlist(
        self, entry: flow.WaitlistEntry, how: str, appointment_id: int | None = None
    ) -> None:
        """Close a request and say so in the trail (inside the caller's write transaction)."""
        self._s.store.calendar.resolve_waitlist(entry.id, self._s.now())
        after: dict[str, Any] = {"resolved": how}
        if appointment_id is not None:
            after["appointment_id"] = appointment_id
        self._s.record("change", "waitlist", entry.id, {"resolved": None}, after, entry.patient_id)


def waitlist_values(w: flow.WaitlistEntry) -> dict[str, Any]:
    return {
        "patient_id": w.patient_id,
        "provider_id": w.provider_id,
        "type_id": w.type_id,
        "earliest": w.earliest.isoformat(),
        "latest": w.latest.isoformat() if w.latest else None,
        "note": w.note,
    }
