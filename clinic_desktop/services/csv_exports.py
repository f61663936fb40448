"""Appointments and treatments over a range of dates as CSV, for a spreadsheet.

Written like the other CSV exports (``patients export``, the recall list): UTF-8 without a
byte-order mark, comma separated, the csv module's CRLF line ends, a header row of the command
line's JSON field names, times in clinic-local ISO 8601 with their UTC offset. Each file is written
to a temporary file next to it that replaces it at the end, so a failed export never leaves half a
file, nor spoils the previous one. Every CSV file of the application is written by ``write_rows``
here: owner-only (clinic_desktop.private_files), and with every cell safe to open in a spreadsheet
(domain.spreadsheets).

Appointments are a calendar export (Permission.EXPORT_CALENDAR, the front desk's too), and can
name patients by their initials only; treatments are health records leaving the clinic
(EXPORT_RECORDS, a provider's or a manager's).
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clinic_desktop import private_files
from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.entities import ScheduleEntry
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.spreadsheets import spreadsheet_safe
from clinic_desktop.domain.treatment_record import SiteDose, TreatmentRecord
from clinic_desktop.domain.units import format_units
from clinic_desktop.domain.words import QT_TR_NOOP

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

APPOINTMENT_FIELDS = (
    "id", "start", "end", "provider_id", "provider_name", "patient_id", "patient_name", "type",
    "room_id", "room_name", "status", "cancel_reason",
)  # fmt: skip

TREATMENT_FIELDS = (
    "id", "performed_at", "patient_id", "patient_name", "provider_id", "provider_name", "indication",
    "protocol", "product", "lot", "total_units", "waste_units", "waste_modifier",
    "total_injection_points", "signed", "signed_by", "sites",
)  # fmt: skip


def check_range(first: date, last: date) -> None:
    """Refuse a range of dates that ends before it starts (both ends are included)."""
    if last < first:
        raise ValidationError(
            QT_TR_NOOP(
                "The range of dates ends ({last}) before it starts ({first}). Give the earlier date first."
            ),
            last=str(last),
            first=str(first),
        )


@contextmanager
def replacing_file(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path next to ``path`` to write the whole file to; it replaces ``path`` when the
    block ends without error and is removed when it does not. Exports hold patient data: the file
    is its owner's only from its creation (clinic_desktop.private_files). A file that cannot be
    written is a ValidationError naming it (a missing folder, no permission, a full disk)."""
    target = Path(path)
    if target.name in ("", ".", "..") or _is_folder(target):
        raise ValidationError(
            QT_TR_NOOP("{path} is a folder; give the name of the file to write."), path=str(path)
        )
    try:
        with private_files.replacing(target) as temporary:
            yield temporary
    except OSError as exc:
        raise ValidationError(
            QT_TR_NOOP("Cannot write {path}: {problem}."), path=str(target), problem=str(exc.strerror or exc)
        ) from None


def _is_folder(target: Path) -> bool:
    try:
        return target.is_dir()
    except OSError:  # a name too long to look up: writing it will say why
        return False


def write_rows(path: str | os.PathLike[str], header: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Every CSV file the application writes: the header and the rows, each cell made safe to open
    in a spreadsheet (domain.spreadsheets: a leading ``=``, ``+``, ``-``, ``@``, tab or carriage
    return is quoted away). Returns the number of rows written."""
    count = 0
    with replacing_file(path) as temporary, temporary.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([spreadsheet_safe(c) for c in header])
        for row in rows:
            writer.writerow([spreadsheet_safe(c) for c in row])
            count += 1
    return count


def write_csv(path: str | os.PathLike[str], columns: Iterable[str], rows: Iterable[dict[str, Any]]) -> int:
    """Write the header and the rows (by column name, a missing one empty); returns the number of
    rows written."""
    names = list(columns)
    return write_rows(path, names, ([_text(row.get(n)) for n in names] for row in rows))


def _text(value: Any) -> str:
    """A value as the csv module writes it: None as an empty cell."""
    return "" if value is None else str(value)


def site_text(site: SiteDose) -> str:
    """'corrugator left 5 U (1 point)': one injection site as a person reads it."""
    points = f"{site.injection_points} point{'' if site.injection_points == 1 else 's'}"
    return f"{site.muscle} {site.side.value} {format_units(site.units)} U ({points})"


def sites_text(sites: Iterable[SiteDose]) -> str:
    return "; ".join(site_text(s) for s in sites)


class CsvExportService:
    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    # --- appointments ---------------------------------------------------------------------------

    def appointments(self, first: date, last: date, provider_id: int | None = None) -> list[ScheduleEntry]:
        """Appointments starting on clinic-local dates first..last (inclusive), cancelled ones
        included, in start order; only the provider's when one is given (an unknown id is refused)."""
        self._s.require(Permission.EXPORT_CALENDAR)
        check_range(first, last)
        clinic_time = self._s.time
        start, end = clinic_time.day_bounds(first)[0], clinic_time.day_bounds(last)[1]
        store = self._s.store
        with store.read_transaction():
            if provider_id is not None:
                store.providers.get(provider_id)
            return store.appointments.schedule(start, end, provider_id)

    def appointment_row(self, entry: ScheduleEntry) -> dict[str, str]:
        a = entry.appointment
        clinic_time = self._s.time
        return {
            "id": str(a.id),
            "start": clinic_time.iso(a.start),
            "end": clinic_time.iso(a.end),
            "provider_id": str(a.provider_id),
            "provider_name": entry.provider_name,
            "patient_id": str(a.patient_id),
            "patient_name": entry.patient_name,
            "type": entry.type_name,
            "room_id": "" if a.room_id is None else str(a.room_id),
            "room_name": entry.room_name or "",
            "status": a.status.value,
            "cancel_reason": a.cancel_reason,
        }

    def export_appointments(
        self,
        path: str | os.PathLike[str],
        first: date,
        last: date,
        provider_id: int | None = None,
        initials_only: bool = False,
    ) -> int:
        """Write the appointments of ``appointments()`` to ``path``; returns how many. With
        ``initials_only`` patients are named by their initials (a file that may leave the clinic,
        a shared screen), as in the iCalendar export."""
        entries = self.appointments(first, last, provider_id)
        rows = (self.appointment_row(e) for e in entries)
        if initials_only:
            names = self._initials(sorted({e.appointment.patient_id for e in entries}))
            rows = ({**row, "patient_name": names.get(int(row["patient_id"]), "?")} for row in rows)
        return write_csv(path, APPOINTMENT_FIELDS, rows)

    def _initials(self, patient_ids: list[int]) -> dict[int, str]:
        from clinic_desktop.services.calendar_export import initials  # it imports this module

        store = self._s.store
        with store.read_transaction():
            return {p.id: initials(p.given_name, p.family_name) for p in store.patients.many(patient_ids)}

    # --- treatments -----------------------------------------------------------------------------

    def treatments(self, first: date, last: date) -> list[TreatmentRecord]:
        """Treatments performed on clinic-local dates first..last (inclusive), oldest first."""
        self._s.require(Permission.EXPORT_RECORDS)
        check_range(first, last)
        store = self._s.store
        with store.read_transaction():
            return store.treatments.performed_between(first, last)

    def treatment_rows(self, records: list[TreatmentRecord]) -> list[dict[str, str]]:
        self._s.require(Permission.EXPORT_RECORDS)
        store = self._s.store
        with store.read_transaction():
            patients = {p.id: p for p in store.patients.many(sorted({t.patient_id for t in records}))}
        clinic_time = self._s.time
        rows = []
        for t in records:
            patient = patients.get(t.patient_id)
            rows.append(
                {
                    "id": str(t.id),
                    "performed_at": clinic_time.iso(t.performed_at),
                    "patient_id": str(t.patient_id),
                    "patient_name": f"{patient.given_name} {patient.family_name}" if patient else "",
                    "provider_id": str(t.provider_id),
                    "provider_name": t.provider_name,
                    "indication": t.indication.value,
                    "protocol": t.protocol,
                    "product": t.product.value,
                    "lot": t.lot_number,
                    "total_units": format_units(t.total_units),
                    "waste_units": format_units(t.waste_units),
                    "waste_modifier": t.waste_modifier,
                    "total_injection_points": str(t.total_injection_points),
                    "signed": "yes" if t.signed else "no",
                    "signed_by": t.signed_by,
                    "sites": sites_text(t.sites),
                }
            )
        return rows

    def export_treatments(self, path: str | os.PathLike[str], first: date, last: date) -> int:
        """Write the treatments of ``treatments()`` to ``path``; returns how many."""
        return write_csv(path, TREATMENT_FIELDS, self.treatment_rows(self.treatments(first, last)))
