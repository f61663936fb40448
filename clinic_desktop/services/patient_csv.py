"""Patients in and out of spreadsheets: CSV import with a per-line report, and CSV export.

Why it is shaped this way:

- The file is read once into a ``ParsedCsv`` (header, raw cells, line numbers) that judges nothing.
  The GUI shows its header to a person who maps odd column names onto the patient fields; the same
  parsed file is then previewed (a dry run) and imported.
- Every field check is ``PatientService.validate``: a line is refused for exactly the reasons the
  registration form refuses a patient, in the same words. This module adds only what belongs to a
  *file*: an MRN or external id repeated on two lines, and which registered patient a line updates.
- Matching by MRN, then external id, then (for lines with neither) exactly the same name and date
  of birth makes an import idempotent: importing a file again, or importing an export, changes
  records in place instead of registering everyone twice.
- The front desk keeps working during a large import (issue 18): every line is checked first,
  against one snapshot of the clinic and without the write lock, deciding what it does (the new
  patients' ids and MRNs included). Only then are the valid lines saved, all in one short
  transaction of bulk statements, or none (services/import_writes.py; a patient changed at another
  desk in between makes the import check the file again).
- Speed: asking the database several questions per line costs a few milliseconds a line, so a
  large file first reads every patient once into memory (``_MemoryDirectory``) and answers from
  there. A dry run is the same check without the saving.
- A cell that a spreadsheet would run as a formula (``=HYPERLINK(...)``) is stored as typed and
  written with a quote before it (domain.spreadsheets); reading a file takes exactly that quote
  off again, so an export imported back changes nothing and grows no quotes.
- Reading, importing and exporting patients is the front desk's work (Permission.DEMOGRAPHICS);
  every patient an import registers or changes gets its own audit entry, saved with the change; a
  refused line leaves neither a change nor an entry behind.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.errors import ClinicError, ConflictError, ValidationError
from clinic_desktop.domain.patients import PatientRecord, PatientStatus, similar_names
from clinic_desktop.domain.spreadsheets import as_typed
from clinic_desktop.domain.text import check_text
from clinic_desktop.domain.words import QT_TR_NOOP, Text
from clinic_desktop.services.csv_exports import write_rows
from clinic_desktop.services.import_writes import ImportWriter, Progress, StaleImportError
from clinic_desktop.services.patients import PatientInput, PatientService
from clinic_desktop.services.phrases import Joined, label_words

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices

log = logging.getLogger(__name__)

#: The columns of an export, and the fields an import understands (the JSON field names).
CSV_FIELDS: tuple[str, ...] = (
    "mrn", "external_id", "given_name", "family_name", "preferred_name", "date_of_birth", "sex",
    "phone", "phone_alt", "email", "address", "preferred_contact", "preferred_times",
    "emergency_contact", "referring_physician", "status", "notes", "anticoagulant", "bleeding_risk",
    "language",
)  # fmt: skip

#: What a receptionist sees for each field (the GUI's mapping table, messages): marked for the
#: catalogues (domain/words.py), so the window shows them with ``shown(Text(label))``.
FIELD_LABELS: dict[str, str] = {
    "mrn": QT_TR_NOOP("MRN"),
    "external_id": QT_TR_NOOP("External id"),
    "given_name": QT_TR_NOOP("Given name"),
    "family_name": QT_TR_NOOP("Family name"),
    "preferred_name": QT_TR_NOOP("Preferred name"),
    "date_of_birth": QT_TR_NOOP("Date of birth"),
    "sex": QT_TR_NOOP("Sex"),
    "phone": QT_TR_NOOP("Phone"),
    "phone_alt": QT_TR_NOOP("Other phone"),
    "email": QT_TR_NOOP("Email"),
    "address": QT_TR_NOOP("Address"),
    "preferred_contact": QT_TR_NOOP("Preferred contact"),
    "preferred_times": QT_TR_NOOP("Preferred times"),
    "emergency_contact": QT_TR_NOOP("Emergency contact"),
    "referring_physician": QT_TR_NOOP("Referring physician"),
    "status": QT_TR_NOOP("Status"),
    "notes": QT_TR_NOOP("Notes"),
    "anticoagulant": QT_TR_NOOP("Anticoagulant"),
    "bleeding_risk": QT_TR_NOOP("Bleeding risk"),
    "language": QT_TR_NOOP("Language"),
}

#: A new patient cannot be registered without these.
REQUIRED_FIELDS = ("given_name", "family_name", "date_of_birth")

#: Common spellings of the columns in other systems' exports, used only when no column carries the
#: field's own name (so a file with both `phone` and `mobile` keeps `phone` for the phone).
ALIASES: dict[str, str] = {
    "first_name": "given_name", "firstname": "given_name", "given": "given_name", "forename": "given_name",
    "last_name": "family_name", "lastname": "family_name", "surname": "family_name", "family": "family_name",
    "dob": "date_of_birth", "birth_date": "date_of_birth", "birthdate": "date_of_birth",
    "gender": "sex", "e_mail": "email", "email_address": "email", "mobile": "phone",
    "telephone": "phone", "phone_number": "phone", "other_phone": "phone_alt", "nickname": "preferred_name",
    "medical_record_number": "mrn",
}  # fmt: skip

MRN_LIMIT = 20  # the width of the store's column
EXTERNAL_ID_LIMIT = 64
UNINDEXED = QT_TR_NOOP(
    "The patients were saved, but some of them cannot be found by a search until the clinic is next opened."
)
PLAN_ATTEMPTS = 3  # checks of the file when other workstations keep changing patients meanwhile
PROGRESS_EVERY = 1000  # lines checked between two progress messages
_CHUNK = 1000
_DELIMITERS = (",", ";", "\t")
_RECORD_FIELDS = frozenset(f.name for f in fields(PatientRecord))


THE_FILE = QT_TR_NOOP("The file")  # a file read from bytes or text, which has no name


def _named(source: str) -> str:
    """How a message names the file: its path, or "The file" in the window's language."""
    return Text(THE_FILE) if source == THE_FILE else source


def header_key(name: str) -> str:
    """A header as a field name: case, spaces and hyphens do not matter ('Date of Birth')."""
    return re.sub(r"[\s\-]+", "_", name.strip().lower())


def guess_mapping(columns: Iterable[str]) -> dict[str, int]:
    """Field -> column index, by name: exact field names first, then the common aliases."""
    keys = [header_key(c) for c in columns]
    mapping: dict[str, int] = {}
    for index, key in enumerate(keys):
        if key in FIELD_LABELS and key not in mapping:
            mapping[key] = index
    for index, key in enumerate(keys):
        target = ALIASES.get(key)
        if target and target not in mapping and index not in mapping.values():
            mapping[target] = index
    return mapping


# --- the parsed file ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CsvRecord:
    """One data record of the file: the line it starts on (the header is line 1) and its cells."""

    line: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class ParsedCsv:
    """A CSV file read but not judged: what the mapping step and the import work from."""

    columns: tuple[str, ...]
    records: tuple[CsvRecord, ...]
    mapping: dict[str, int]  # patient field -> index into columns
    delimiter: str = ","
    source: str = THE_FILE

    def cell(self, record: CsvRecord, field_name: str) -> str:
        index = self.mapping.get(field_name)
        if index is None or index >= len(record.cells):
            return ""
        return record.cells[index]

    def values(self, record: CsvRecord) -> dict[str, str]:
        """The record's mapped cells by patient field (fields with no column are left out)."""
        return {name: self.cell(record, name) for name in CSV_FIELDS if name in self.mapping}

    def row(self, record: CsvRecord) -> dict[str, str]:
        """The record as the file had it: column -> cell (for the rejects file)."""
        return {c: (record.cells[i] if i < len(record.cells) else "") for i, c in enumerate(self.columns)}

    @property
    def ignored_columns(self) -> list[str]:
        used = set(self.mapping.values())
        return [c for i, c in enumerate(self.columns) if i not in used]

    @property
    def notes(self) -> list[str]:
        """What a person should know about the header: the columns that are not imported."""
        return [
            Text(QT_TR_NOOP("The column '{column}' is not a patient field; it was ignored."), column=c)
            if c
            else Text(QT_TR_NOOP("A column with no name was ignored."))
            for c in self.ignored_columns
        ]

    def missing_columns(self) -> list[str]:
        """Required fields with no column. A file without them can still update patients found by
        MRN or external id, so this names them only for a file that has neither column."""
        missing = [f for f in REQUIRED_FIELDS if f not in self.mapping]
        if missing and "mrn" not in self.mapping and "external_id" not in self.mapping:
            return missing
        return []

    def remap(self, mapping: Mapping[str, str | int | None]) -> ParsedCsv:
        """The same file with some fields taken from other columns (by name or index); a field
        mapped to None or '' is not imported. Fields not named keep their column."""
        new = dict(self.mapping)
        keys = [header_key(c) for c in self.columns]
        for target, source in mapping.items():
            if target not in FIELD_LABELS:
                raise ValidationError(QT_TR_NOOP("'{field}' is not a patient field."), field=target)
            if source is None or source == "":
                new.pop(target, None)
            elif isinstance(source, int):
                if not 0 <= source < len(self.columns):
                    raise ValidationError(
                        QT_TR_NOOP("The file has no column number {number}."), number=source + 1
                    )
                new[target] = source
            elif source in self.columns:
                new[target] = self.columns.index(source)
            elif header_key(source) in keys:
                new[target] = keys.index(header_key(source))
            else:
                raise ValidationError(
                    QT_TR_NOOP("The file has no column '{column}'; its columns are {columns}."),
                    column=source,
                    columns=", ".join(self.columns),
                )
        return replace(self, mapping=new)


# --- the report -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RejectedRow:
    line: int
    reason: str
    values: dict[str, str] = field(default_factory=dict)  # column -> cell, as in the file


@dataclass(frozen=True)
class ImportWarning:
    line: int
    message: str


@dataclass(frozen=True)
class RowResult:
    """What happened to one line: 'imported', 'updated', 'unchanged' or 'rejected'; the MRN of
    the patient it created or changed (empty for a rejected line, and for a new patient in a dry
    run unless the file gives the MRN); the reason or the warnings."""

    line: int
    action: str
    mrn: str = ""
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.action != "rejected"


@dataclass
class ImportReport:
    """``read`` = ``imported`` + ``updated`` + ``len(rejected)``. ``unchanged`` counts the updated
    lines whose record already held exactly the file's values (nothing was written for them)."""

    read: int = 0
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)
    rows: list[RowResult] = field(default_factory=list)
    columns: tuple[str, ...] = ()
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.rejected

    def result(self, line: int) -> RowResult | None:
        for row in self.rows:
            if row.line == line:
                return row
        return None


# --- reading --------------------------------------------------------------------------------------


def _decode(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ValidationError(
            QT_TR_NOOP(
                "{file} is not UTF-8 text (line {line} has a character that is not). "
                "Save it as 'CSV UTF-8' and import it again."
            ),
            file=_named(source),
            line=line,
        ) from None


def _delimiter(text: str) -> str:
    """The separator of the header line: whichever of , ; TAB occurs most outside quotes."""
    first = re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]
    outside = re.sub(r'"[^"]*"', "", first)
    counts = {d: outside.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _unique(columns: list[str]) -> tuple[str, ...]:
    seen: dict[str, int] = {}
    result = []
    for column in columns:
        name = column.strip()
        seen[name] = seen.get(name, 0) + 1
        result.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return tuple(result)


def parse_text(
    text: str, source: str = THE_FILE, mapping: Mapping[str, str | int | None] | None = None
) -> ParsedCsv:
    """Parse CSV text (see ``PatientCsvService.read``)."""
    if not text.strip():
        raise ValidationError(QT_TR_NOOP("{file} is empty."), file=_named(source))
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[CsvRecord] = []
    columns: tuple[str, ...] | None = None
    end = 0  # the last physical line read so far
    try:
        for cells in reader:
            start, end = end + 1, reader.line_num
            if columns is None:
                columns = _unique([as_typed(c) for c in cells])
                continue
            cleaned = tuple(as_typed(c).replace("\r\n", "\n").replace("\r", "\n") for c in cells)
            if not any(c.strip() for c in cleaned):
                continue  # blank lines and lines of separators only (spreadsheets leave them)
            records.append(CsvRecord(start, cleaned))
    except csv.Error as exc:
        raise ValidationError(
            QT_TR_NOOP(
                "{file} cannot be read from line {line} on ({problem}); check the quotes on that line."
            ),
            file=_named(source),
            line=end + 1,
            problem=str(exc),
        ) from None
    if columns is None:
        raise ValidationError(QT_TR_NOOP("{file} is empty."), file=_named(source))
    parsed = ParsedCsv(columns, tuple(records), guess_mapping(columns), delimiter, source)
    return parsed.remap(mapping) if mapping else parsed


# --- the service ----------------------------------------------------------------------------------


class PatientCsvService:
    """Import and export of patient lists as CSV (see the module docstring for the design)."""

    #: An import reads every patient once up front (~50 µs a patient) when the file has at least
    #: 1/preload_ratio as many lines as the clinic has patients; below that, asking the database
    #: line by line (a few ms a line) is cheaper. A dry run always reads up front.
    preload_ratio = 50

    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    def read(
        self, source: str | os.PathLike[str] | bytes, mapping: Mapping[str, str | int | None] | None = None
    ) -> ParsedCsv:
        """Read a CSV file (a path) or CSV content (bytes, or a str holding a line break).

        UTF-8 with or without a byte-order mark; comma, semicolon or tab separated (seen from the
        header line); LF, CRLF or CR line ends; quoted cells may hold separators, quotes and line
        breaks (kept as LF). Line numbers count the header as line 1, and a record whose quoted
        cells span several lines is numbered by the line where it starts. Blank lines are skipped.
        Headers are matched to the patient fields ignoring case, spaces and hyphens (and a few
        common aliases such as 'First Name', 'DOB'); ``mapping`` (field -> column) overrides that.
        """
        self._s.require(Permission.DEMOGRAPHICS)
        if isinstance(source, bytes):
            return parse_text(_decode(source, THE_FILE), THE_FILE, mapping)
        if isinstance(source, str) and ("\n" in source or "\r" in source):
            return parse_text(source.removeprefix("\ufeff"), THE_FILE, mapping)
        path = Path(source)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise ValidationError(QT_TR_NOOP("There is no file {path}."), path=str(path)) from None
        except IsADirectoryError:
            raise ValidationError(QT_TR_NOOP("{path} is a folder, not a CSV file."), path=str(path)) from None
        except OSError as exc:
            raise ValidationError(
                QT_TR_NOOP("Cannot read {path}: {problem}."), path=str(path), problem=str(exc.strerror or exc)
            ) from None
        return parse_text(_decode(data, str(path)), str(path), mapping)

    def import_rows(
        self, parsed: ParsedCsv, dry_run: bool = False, progress: Progress | None = None
    ) -> ImportReport:
        """Import every valid line; report every other line with its reason, in plain words.

        A line is rejected for what the registration form refuses (a missing name or date of
        birth, a date that is not a date or is in the future, a malformed email or phone, an
        unknown sex, status or contact method), and for an MRN or external id that an earlier line
        of the file already has (the later line is rejected, naming the earlier one).

        Which patient a line is: the one with its MRN; failing that, the one with its external id;
        for a line with neither, the one patient with exactly its name and date of birth. That
        patient is updated: the cells the line gives replace the stored values, and **empty cells
        leave the stored values as they are** (an import never erases data; blank a value in the
        patient's record instead). A line matched to someone whose name *and* date of birth both
        differ is refused, as a wrong MRN is likelier than a complete change of identity. Any other
        line registers a new patient, with the file's MRN or the clinic's next one.

        New patients who may already be registered (a similar name and the same date of birth, or
        the same phone) are imported and listed under ``warnings`` naming the existing MRNs; the
        header's ignored columns are warnings of line 1.

        A line with a NUL character in a cell it imports is refused (a damaged file; PostgreSQL
        cannot store one).

        The valid lines are saved together, in one transaction: nothing is half done. Every line is
        checked before that, without holding the clinic's write lock, so that the other desks can
        book meanwhile (services/import_writes.py). ``dry_run`` reports what the import would do and
        writes nothing (new patients' MRNs are not known yet). ``progress`` hears what the import is
        doing, in sentences for the person waiting.
        """
        self._s.require(Permission.DEMOGRAPHICS)
        missing = parsed.missing_columns()
        if missing:
            raise ValidationError(
                QT_TR_NOOP(
                    "{file} has no column for the {fields} (its columns are {columns}). Name the columns "
                    "mrn, given_name, family_name, date_of_birth, phone, email, ... or choose them in the "
                    "import window."
                ),
                file=_named(parsed.source),
                fields=Joined((label_words(FIELD_LABELS[f]) for f in missing), ", "),
                columns=", ".join(parsed.columns) or Text(QT_TR_NOOP("none")),
            )
        return _Import(self._s, parsed, dry_run, self.preload_ratio, progress).run()

    def write_rejects(self, report: ImportReport, path: str | os.PathLike[str]) -> int:
        """The rejected lines as CSV (UTF-8, comma separated): the input's columns as they were,
        then ``line`` and ``reason``, so that a person can correct them and import the file again
        (the two extra columns are then ignored). Returns the number of rows written."""
        self._s.require(Permission.DEMOGRAPHICS)
        columns = list(report.columns) + ["line", "reason"]

        def rows() -> Iterator[list[str]]:
            for rejected in report.rejected:
                cells = [rejected.values.get(c, "") for c in report.columns]
                yield cells + [str(rejected.line), rejected.reason]

        _write_csv(Path(path), columns, rows())
        return len(report.rejected)

    def export(self, path: str | os.PathLike[str], statuses: Iterable[str] | None = None) -> int:
        """Every patient not merged into another (or those of ``statuses``), by MRN, as CSV:
        UTF-8, comma separated, the ``CSV_FIELDS`` columns, dates YYYY-MM-DD, phones as stored
        (E.164), anticoagulant yes/no. Records are read 1,000 at a time and streamed to a temporary
        file that replaces ``path`` at the end, so a failed export never leaves half a file.
        Returns the number of patients written."""
        self._s.require(Permission.DEMOGRAPHICS)
        wanted: list[str] | None = None
        if statuses is not None:
            allowed = {s.value for s in PatientStatus if s != PatientStatus.MERGED}
            wanted = []
            for status in statuses:
                if status.strip().lower() not in allowed:
                    raise ValidationError(
                        QT_TR_NOOP("'{status}' is not a patient status: use active, inactive or deceased."),
                        status=status,
                    )
                wanted.append(status.strip().lower())
        store = self._s.store
        count = 0

        def rows() -> Iterator[list[str]]:
            nonlocal count
            with store.read_transaction():
                ids = store.patients.ids("mrn", statuses=wanted)
                for start in range(0, len(ids), _CHUNK):
                    for record in store.patients.many(ids[start : start + _CHUNK]):
                        count += 1
                        yield export_row(record)

        _write_csv(Path(path), list(CSV_FIELDS), rows())
        return count


def export_row(record: PatientRecord) -> list[str]:
    """One patient as CSV cells, in ``CSV_FIELDS`` order."""
    cells: list[str] = []
    for name in CSV_FIELDS:
        value: Any = getattr(record, name)
        if isinstance(value, bool):
            cells.append("yes" if value else "no")
        elif isinstance(value, PatientStatus):
            cells.append(value.value)
        elif isinstance(value, date):
            cells.append(value.isoformat())
        else:
            cells.append(str(value))
    return cells


def _write_csv(path: Path, columns: list[str], rows: Iterable[list[str]]) -> None:
    write_rows(path, columns, rows)


# --- one import -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Known:
    """What the import asks about a registered patient, without the whole record."""

    id: int
    mrn: str
    given_name: str
    family_name: str
    date_of_birth: date
    phone: str
    phone_alt: str
    external_id: str
    merged: bool

    @classmethod
    def of(cls, r: PatientRecord) -> _Known:
        return cls(
            r.id, r.mrn, r.given_name, r.family_name, r.date_of_birth, r.phone, r.phone_alt,
            r.external_id, r.status == PatientStatus.MERGED,
        )  # fmt: skip

    @property
    def person(self) -> dict[str, str]:
        """Who they are as a warning names them: the fields of "Ines Ortega, born 1972-05-10"."""
        return {
            "given": self.given_name,
            "family": self.family_name,
            "born": f"{self.date_of_birth:%Y-%m-%d}",
        }

    def stand_in(self) -> PatientRecord:
        """A record this import registers or changes, as a later line of the file meets it. Such a
        line is always refused (``_Import._check_target``: one line per patient), naming the MRN or
        the line, so the rest of the record is not kept: 100,000 full records would cost ~200 MB."""
        return PatientRecord(
            id=self.id, mrn=self.mrn, given_name=self.given_name, family_name=self.family_name,
            date_of_birth=self.date_of_birth, phone=self.phone, phone_alt=self.phone_alt,
            external_id=self.external_id,
        )  # fmt: skip


class _ImportPatients(PatientService):
    """The patient rules for one import, with the clinic's settings read once instead of twice
    for every line (validation asks for the region and today's date)."""

    def __init__(self, services: ClinicServices) -> None:
        super().__init__(services)
        self._region = super().region
        self._today = super().today()

    @property
    def region(self) -> str:
        return self._region

    def today(self) -> date:
        return self._today

    def possible_duplicates(self, values: dict[str, Any]) -> list[_Known]:
        return [_Known.of(r) for r in self._duplicates(values)]


class _Index:
    """Patients in memory by id, MRN, external id, date of birth and phone."""

    def __init__(self) -> None:
        self.known: dict[int, _Known] = {}
        self.by_mrn: dict[str, _Known] = {}
        self.by_external: dict[str, _Known] = {}
        self.by_birth: dict[date, dict[int, _Known]] = {}
        self.by_phone: dict[str, dict[int, _Known]] = {}

    def add(self, known: _Known) -> None:
        self.known[known.id] = known
        if known.mrn:  # a dry run's new patients have none yet
            self.by_mrn[known.mrn.upper()] = known
        if known.external_id:
            self.by_external[known.external_id] = known
        if not known.merged:
            self.by_birth.setdefault(known.date_of_birth, {})[known.id] = known
            for phone in {known.phone, known.phone_alt} - {""}:
                self.by_phone.setdefault(phone, {})[known.id] = known

    def remove(self, known: _Known) -> None:
        """Forget what may change (the MRN stays: a record keeps it)."""
        self.known.pop(known.id, None)
        if self.by_external.get(known.external_id) == known:
            del self.by_external[known.external_id]
        self.by_birth.get(known.date_of_birth, {}).pop(known.id, None)
        for phone in {known.phone, known.phone_alt}:
            self.by_phone.get(phone, {}).pop(known.id, None)

    def with_birth_date(self, birth: date) -> list[_Known]:
        return sorted(self.by_birth.get(birth, {}).values(), key=lambda k: k.id)

    def duplicates(self, values: dict[str, Any]) -> list[_Known]:
        """The rule of ``PatientService.duplicates`` (the same date of birth and similar names, or
        the same phone) applied to the patients in memory."""
        found: dict[int, _Known] = {}
        for other in self.with_birth_date(values["date_of_birth"]):
            if similar_names(
                values["given_name"], values["family_name"], other.given_name, other.family_name
            ):
                found[other.id] = other
        for phone in (values["phone"], values["phone_alt"]):
            if phone:
                found.update(self.by_phone.get(phone, {}))
        return sorted(found.values(), key=lambda k: k.id)


def _merged(database: list[_Known], planned: list[_Known], skip: dict[int, _Known]) -> list[_Known]:
    """The database's answer with the import's own records in place of their stored versions."""
    found = {k.id: k for k in database if k.id not in skip}
    found.update((k.id, k) for k in planned)
    return sorted(found.values(), key=lambda k: k.id)


class _Directory:
    """Who is registered, as the import asks line by line: by MRN, by external id, by date of
    birth, and the possible duplicates. This one asks the database (small files, large clinics),
    with the records this import registers or changes on top (``remember``): nothing is written
    before every line has been checked."""

    def __init__(self, services: ClinicServices, patients: _ImportPatients) -> None:
        self._store = services.store
        self._patients = patients
        self._planned = _Index()

    def by_mrn(self, mrn: str) -> PatientRecord | None:
        known = self._planned.by_mrn.get(mrn.strip().upper())
        if known is not None:
            return known.stand_in()
        return self._store.patients.by_mrn(mrn)  # an MRN never changes: no planned version of it

    def by_external_id(self, external_id: str) -> PatientRecord | None:
        known = self._planned.by_external.get(external_id)
        if known is not None:
            return known.stand_in()
        found = self._store.patients.by_external_id(external_id)
        return None if found is None or found.id in self._planned.known else found

    def with_birth_date(self, birth: date) -> list[_Known]:
        stored = [_Known.of(r) for r in self._store.patients.with_birth_date(birth)]
        return _merged(stored, self._planned.with_birth_date(birth), self._planned.known)

    def record(self, known: _Known) -> PatientRecord:
        planned = self._planned.known.get(known.id)
        return planned.stand_in() if planned is not None else self._store.patients.get(known.id)

    def duplicates(self, values: dict[str, Any]) -> list[_Known]:
        stored = self._patients.possible_duplicates(values)
        return _merged(stored, self._planned.duplicates(values), self._planned.known)

    def remember(self, record: PatientRecord, before: PatientRecord | None = None) -> None:
        """A record this import registers or changes (or would, in a dry run)."""
        if before is not None:
            self._planned.remove(_Known.of(before))
        self._planned.add(_Known.of(record))


class _MemoryDirectory(_Directory):
    """The same answers from one read of every patient up front: a few dictionary look-ups per
    line instead of several queries. The tests check that both directories give the same report."""

    def __init__(self, services: ClinicServices, patients: _ImportPatients, keep: set[str]) -> None:
        super().__init__(services, patients)
        self._all = _Index()
        self._records: dict[int, PatientRecord] = {}  # those the file names by MRN or external id
        self._written: set[int] = set()  # those this import registers or changes
        store = services.store
        ids = store.patients.ids("mrn", statuses=[s.value for s in PatientStatus])
        for start in range(0, len(ids), _CHUNK):
            for record in store.patients.many(ids[start : start + _CHUNK]):
                self._all.add(_Known.of(record))
                if record.mrn.upper() in keep or record.external_id in keep:
                    self._records[record.id] = record

    def record(self, known: _Known) -> PatientRecord:
        if known.id in self._written:
            return known.stand_in()
        found = self._records.get(known.id)
        return found if found is not None else self._store.patients.get(known.id)

    def by_mrn(self, mrn: str) -> PatientRecord | None:
        known = self._all.by_mrn.get(mrn.strip().upper())
        return self.record(known) if known else None

    def by_external_id(self, external_id: str) -> PatientRecord | None:
        known = self._all.by_external.get(external_id)
        return self.record(known) if known else None

    def with_birth_date(self, birth: date) -> list[_Known]:
        return self._all.with_birth_date(birth)

    def duplicates(self, values: dict[str, Any]) -> list[_Known]:
        return self._all.duplicates(values)

    def remember(self, record: PatientRecord, before: PatientRecord | None = None) -> None:
        if before is not None:
            self._all.remove(_Known.of(before))
        self._all.add(_Known.of(record))
        self._written.add(record.id)


class _Import:
    """One run of an import: the file, the rules, the directory of patients, the report.

    The file is checked line by line against one snapshot of the clinic (a read transaction),
    deciding what each line does; only then is anything written (``ImportWriter``). A dry run
    stops after the check."""

    def __init__(
        self,
        services: ClinicServices,
        parsed: ParsedCsv,
        dry_run: bool,
        preload_ratio: int,
        progress: Progress | None = None,
    ) -> None:
        self._s = services
        self.parsed = parsed
        self.dry_run = dry_run
        self.preload_ratio = preload_ratio
        self._say: Progress = progress or (lambda _: None)
        self._writer: ImportWriter | None = None

    def run(self) -> ImportReport:
        repeats = self._repeats()
        store = self._s.store
        if self.dry_run:
            with store.read_transaction():
                self._check(repeats)
        else:
            self._import(repeats)
        report = self.report
        report.rows.sort(key=lambda r: r.line)
        report.rejected.sort(key=lambda r: r.line)
        report.warnings.sort(key=lambda w: w.line)
        return report

    def _import(self, repeats: dict[int, str]) -> None:
        """Check, then save; checked again when another workstation registered or changed
        patients in between (StaleImportError), up to PLAN_ATTEMPTS times."""
        store = self._s.store
        self._writer = writer = ImportWriter(self._s, self._say)
        writer.open()
        try:
            for _ in range(PLAN_ATTEMPTS):
                with store.read_transaction():
                    writer.start()
                    self._check(repeats)
                try:
                    writer.save()
                except StaleImportError:
                    self._say(
                        Text(
                            QT_TR_NOOP(
                                "Patients were changed at another workstation meanwhile: checking again…"
                            )
                        )
                    )
                    continue
                try:
                    writer.index()
                except Exception:  # the patients are saved: say so; the index is finished later
                    log.warning("Indexing the imported patients stopped", exc_info=True)
                    self.report.warnings.append(ImportWarning(1, Text(UNINDEXED)))
                return
            raise ConflictError(
                QT_TR_NOOP(
                    "Other workstations kept registering or changing patients while the file was being "
                    "checked ({times} times), so nothing was imported. Import the file again."
                ),
                times=PLAN_ATTEMPTS,
            )
        finally:
            writer.close()

    def _check(self, repeats: dict[int, str]) -> None:
        """Every line's verdict against the snapshot; what is to be written goes to the writer."""
        self.report = ImportReport(
            read=len(self.parsed.records), columns=self.parsed.columns, dry_run=self.dry_run
        )
        self.report.warnings.extend(ImportWarning(1, note) for note in self.parsed.notes)
        self._seen: dict[int, tuple[int, bool, bool]] = {}  # id -> (line, created, MRN generated)
        self._next_draft_id = 0  # dry run: the stand-in ids of patients it would create
        self._now = self._s.now()
        self._patients = _ImportPatients(self._s)
        self._directory = self._make_directory()
        # New patients with the file's own MRN go last: a generated MRN ('M' + the row number)
        # may equal one of them, and the store cannot skip a taken number. Checked after, such
        # a line is refused naming the line that got the MRN, instead of making every later
        # new patient without an MRN clash on the same number.
        later = []
        total = len(self.parsed.records)
        for done, record in enumerate(self.parsed.records, 1):
            if record.line not in repeats and self._new_with_own_mrn(record):
                later.append(record)
            else:
                self._import_record(record, repeats.get(record.line))
            if done % PROGRESS_EVERY == 0:
                self._say(
                    Text(
                        QT_TR_NOOP("Checking the file: {done} of {total} lines…"),
                        done=f"{done:,}",
                        total=f"{total:,}",
                    )
                )
        for record in later:
            self._import_record(record, None)

    def _new_with_own_mrn(self, record: CsvRecord) -> bool:
        mrn = self.parsed.cell(record, "mrn").strip()
        if not mrn or self._directory.by_mrn(mrn) is not None:
            return False
        external = self.parsed.cell(record, "external_id").strip()
        return not external or self._directory.by_external_id(external) is None

    def _make_directory(self) -> _Directory:
        records = self.parsed.records
        if self.dry_run or len(records) * self.preload_ratio >= self._s.store.patient_count():
            keep: set[str] = set()
            for record in records:
                keep.add(self.parsed.cell(record, "mrn").strip().upper())
                keep.add(self.parsed.cell(record, "external_id").strip())
            return _MemoryDirectory(self._s, self._patients, keep - {""})
        return _Directory(self._s, self._patients)

    def _repeats(self) -> dict[int, str]:
        """Lines whose MRN or external id an earlier line already has -> the reason."""
        parsed = self.parsed
        reasons: dict[int, str] = {}
        first_mrn: dict[str, int] = {}
        first_external: dict[str, int] = {}
        for record in parsed.records:
            mrn = parsed.cell(record, "mrn").strip()
            external = parsed.cell(record, "external_id").strip()
            if mrn:
                earlier = first_mrn.setdefault(mrn.upper(), record.line)
                if earlier != record.line:
                    reasons[record.line] = Text(
                        QT_TR_NOOP("MRN {mrn} is already on line {line} of this file."), mrn=mrn, line=earlier
                    )
            if external:
                earlier = first_external.setdefault(external, record.line)
                if earlier != record.line and record.line not in reasons:
                    reasons[record.line] = Text(
                        QT_TR_NOOP("External id {id} is already on line {line} of this file."),
                        id=external,
                        line=earlier,
                    )
        return reasons

    def _import_record(self, record: CsvRecord, repeat: str | None) -> None:
        parsed, report = self.parsed, self.report
        try:
            if repeat:
                raise ValidationError(repeat)
            width = len(parsed.columns)
            if any(c.strip() for c in record.cells[width:]):
                raise ValidationError(
                    QT_TR_NOOP(
                        "This line has {cells} cells but the header has {columns} columns; "
                        "a cell may hold an unquoted separator."
                    ),
                    cells=len(record.cells),
                    columns=width,
                )
            cells = parsed.values(record)
            _refuse_nul(parsed, cells)
            action, mrn, warnings = self._line(cells, record.line)
        except ClinicError as exc:
            report.rejected.append(RejectedRow(record.line, exc.text, parsed.row(record)))
            report.rows.append(RowResult(record.line, "rejected", "", exc.text))
            return
        if action == "imported":
            report.imported += 1
        else:
            report.updated += 1
            if action == "unchanged":
                report.unchanged += 1
        report.warnings.extend(ImportWarning(record.line, w) for w in warnings)
        report.rows.append(RowResult(record.line, action, mrn, Joined(warnings)))

    def _line(self, cells: dict[str, str], line: int) -> tuple[str, str, list[str]]:
        """Import one line: (action, MRN, warnings); a refusal raises ClinicError."""
        patients, directory = self._patients, self._directory
        mrn = cells.get("mrn", "").strip()
        external = cells.get("external_id", "").strip()
        if len(mrn) > MRN_LIMIT or any(c.isspace() for c in mrn):
            raise ValidationError(
                QT_TR_NOOP("'{mrn}' is not an MRN: one word of at most {limit} characters."),
                mrn=mrn,
                limit=MRN_LIMIT,
            )
        if len(external) > EXTERNAL_ID_LIMIT:
            raise ValidationError(
                QT_TR_NOOP("The external id is longer than {limit} characters."), limit=EXTERNAL_ID_LIMIT
            )
        warnings: list[str] = []
        new_data = PatientInput.from_mapping({k: v for k, v in cells.items() if k != "mrn"})
        new_values: dict[str, Any] | None = None
        existing, how = (directory.by_mrn(mrn), "mrn") if mrn else (None, "")
        if existing is None and external:
            existing, how = directory.by_external_id(external), "external_id"
            if existing is not None and mrn:
                warnings.append(
                    Text(
                        QT_TR_NOOP(
                            "MRN {mrn} is not in this clinic; the line was matched by external id {id} "
                            "to {matched}, who keeps that MRN."
                        ),
                        mrn=mrn,
                        id=external,
                        matched=existing.mrn,
                    )
                )
        if existing is None and not mrn and not external:
            new_values = patients.validate(new_data)
            existing, how = self._same_identity(new_values), "identity"

        if existing is not None:
            return self._update(existing, how, cells, line, warnings)

        values = new_values if new_values is not None else patients.validate(new_data)
        duplicates = directory.duplicates(values)
        created = self._create(values, mrn)
        self._seen[created.id] = (line, True, not mrn)
        if duplicates:
            warnings.append(
                Text(
                    QT_TR_NOOP("Possibly the same person as {people}."),
                    people=Joined((self._label(d) for d in duplicates), ", "),
                )
            )
        return "imported", mrn if self.dry_run else created.mrn, warnings

    def _update(
        self, existing: PatientRecord, how: str, cells: dict[str, str], line: int, warnings: list[str]
    ) -> tuple[str, str, list[str]]:
        patients = self._patients
        self._check_target(existing, how)
        data = patients.input_of(existing)
        for name, value in cells.items():
            if name != "mrn" and value.strip():
                setattr(data, name, value)
        values = patients.validate(data)
        if not _same_person(existing, values):
            raise ValidationError(
                QT_TR_NOOP(
                    "{mrn} is {given} {family}, born {born}: the name and date of birth on this line are "
                    "both different. Check the MRN."
                )
                if how == "mrn"
                else QT_TR_NOOP(
                    "{mrn} is {given} {family}, born {born}: the name and date of birth on this line are "
                    "both different. Check the external id."
                ),
                mrn=existing.mrn,
                given=existing.given_name,
                family=existing.family_name,
                born=f"{existing.date_of_birth:%Y-%m-%d}",
            )
        if values["external_id"]:
            other = self._directory.by_external_id(values["external_id"])
            if other is not None and other.id != existing.id:
                raise ValidationError(
                    QT_TR_NOOP("The external id {id} already belongs to {mrn}."),
                    id=values["external_id"],
                    mrn=other.mrn,
                )
        self._seen[existing.id] = (line, False, False)
        if _unchanged(existing, values):
            return "unchanged", existing.mrn, warnings
        if how == "identity":
            warnings.append(
                Text(
                    QT_TR_NOOP(
                        "The line has no MRN; it was matched to {mrn} by name and date of birth, "
                        "and that record was updated."
                    ),
                    mrn=existing.mrn,
                )
            )
        updated = replace(existing, **_record_values(values))
        if self._writer is not None:  # not a dry run
            updated = replace(updated, updated_at=self._now)
            self._writer.change(existing, updated, patients.tokens(updated), patients.tokens(existing))
        self._directory.remember(updated, existing)
        return "updated", existing.mrn, warnings

    def _create(self, values: dict[str, Any], mrn: str) -> PatientRecord:
        writer = self._writer
        if writer is None:  # a dry run
            self._next_draft_id -= 1
            created = PatientRecord(id=self._next_draft_id, mrn=mrn, **_record_values(values))
        else:
            patient_id = writer.new_id()
            directory = self._directory
            created = PatientRecord(
                id=patient_id,
                mrn=mrn or writer.new_mrn(patient_id, lambda number: directory.by_mrn(number) is not None),
                created_at=self._now,
                updated_at=self._now,
                **_record_values(values),
            )
            writer.create(created, self._patients.tokens(created))
        self._directory.remember(created)
        return created

    def _label(self, known: _Known) -> Text:
        """A patient as a warning names them: by MRN, or by the line of this file that registers
        them (the same words in a dry run, where new patients have no MRN yet)."""
        seen = self._seen.get(known.id)
        if seen is not None and seen[1]:
            return Text(
                QT_TR_NOOP("line {line} ({given} {family}, born {born})"), line=seen[0], **known.person
            )
        return Text(QT_TR_NOOP("{mrn} ({given} {family}, born {born})"), mrn=known.mrn, **known.person)

    def _same_identity(self, values: dict[str, Any]) -> PatientRecord | None:
        """For a line with neither MRN nor external id: the one patient with exactly this name
        (ignoring case, not accents) and date of birth, so that importing a file again updates
        instead of registering everyone twice. Similar names are only warned about."""
        given, family = values["given_name"].casefold(), values["family_name"].casefold()
        same = [
            k
            for k in self._directory.with_birth_date(values["date_of_birth"])
            if k.given_name.casefold() == given and k.family_name.casefold() == family
        ]
        if len(same) > 1:
            raise ValidationError(
                QT_TR_NOOP(
                    "{count} patients are called {given} {family} and born {born} ({mrns}); "
                    "add the MRN to this line to say which."
                ),
                count=len(same),
                given=values["given_name"],
                family=values["family_name"],
                born=f"{values['date_of_birth']:%Y-%m-%d}",
                mrns=Joined((k.mrn or Text(QT_TR_NOOP("new")) for k in same), ", "),
            )
        return self._directory.record(same[0]) if same else None

    def _check_target(self, existing: PatientRecord, how: str) -> None:
        if existing.status == PatientStatus.MERGED and existing.merged_into is not None:
            survivor = self._s.store.patients.get(existing.merged_into)
            raise ValidationError(
                QT_TR_NOOP("MRN {mrn} was merged into {survivor}; use {survivor} instead."),
                mrn=existing.mrn,
                survivor=survivor.mrn,
            )
        earlier = self._seen.get(existing.id)
        if earlier is None:
            return
        earlier_line, created, generated = earlier
        if how == "mrn" and created and generated:
            raise ValidationError(
                QT_TR_NOOP(
                    "MRN {mrn} was just given to the new patient on line {line}; "
                    "give this line another MRN or leave its MRN empty."
                ),
                mrn=existing.mrn,
                line=earlier_line,
            )
        if how == "identity":
            raise ValidationError(
                QT_TR_NOOP(
                    "Line {line} has the same name and date of birth; "
                    "if these are two people, give each line an MRN or external id."
                ),
                line=earlier_line,
            )
        raise ValidationError(
            QT_TR_NOOP("Line {line} already changes this patient ({mrn})."),
            line=earlier_line,
            mrn=existing.mrn,
        )


def _refuse_nul(parsed: ParsedCsv, cells: dict[str, str]) -> None:
    """A NUL character (a zero byte) in a cell: no name, phone or note holds one. It comes from a
    damaged file or another program's binary export, and PostgreSQL cannot store it."""
    for name, value in cells.items():
        column = parsed.columns[parsed.mapping[name]] or FIELD_LABELS[name]
        check_text(
            Text(QT_TR_NOOP("column '{column}'"), column=column), value
        )  # the same words as any other NUL refused


def _record_values(values: dict[str, Any]) -> dict[str, Any]:
    """Validated values as PatientRecord fields."""
    found = {k: v for k, v in values.items() if k in _RECORD_FIELDS}
    found["status"] = PatientStatus(values["status"])
    return found


def _same_person(existing: PatientRecord, values: dict[str, Any]) -> bool:
    """False when a line matched to a patient has a different date of birth *and* name."""
    return existing.date_of_birth == values["date_of_birth"] or similar_names(
        values["given_name"], values["family_name"], existing.given_name, existing.family_name
    )


def _unchanged(existing: PatientRecord, values: dict[str, Any]) -> bool:
    for name, value in values.items():
        current = getattr(existing, name, value)
        if isinstance(current, PatientStatus):
            current = current.value
        if current != value:
            return False
    return True
