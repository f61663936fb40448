"""`export`: files for other programs: a provider's calendar (iCalendar), spreadsheets (CSV) and
the health record (FHIR R4).

Who may export what is the services' rule (the calendar and appointments: every role; treatments
and health records: provider or manager); a refusal names the role and exits 1 like any other.

Each action is a parser added in ``add_parsers`` and a handler in ``EXPORT_HANDLERS``; adding an
export means adding one of each. Every export prints ``{"exported": N, "file": FILE}`` with --json.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from clinic_desktop.cli.output import Output
from clinic_desktop.domain.clinic_time import parse_date
from clinic_desktop.domain.codes import parse_indication

if TYPE_CHECKING:
    from clinic_desktop.services import ClinicServices

# The export services are imported by the handlers that use them: iCalendar and FHIR (pydantic
# models) took most of every command's start-up when imported here.

ExportHandler = Callable[[argparse.Namespace, "ClinicServices", Output], int]


def _date_range(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="first", required=True, metavar="DATE", help="first clinic-local date")
    p.add_argument(
        "--to", dest="last", required=True, metavar="DATE", help="last clinic-local date (included)"
    )


def add_parsers(sub: Any, json_flag: Any, parser_class: type) -> None:
    export = sub.add_parser(
        "export", help="write a calendar (iCalendar), a spreadsheet (CSV) or a FHIR record (JSON)"
    )
    esub = export.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=parser_class)
    p = esub.add_parser(
        "ics",
        help="a provider's appointments as an iCalendar file",
        description="Write a provider's appointments starting from one clinic-local date to another "
        "(both included) as an iCalendar file, in the clinic's time zone. Cancelled appointments are "
        "included as cancelled; importing a newer file updates the events of an earlier one.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--provider", type=int, required=True, metavar="ID")
    _date_range(p)
    p.add_argument(
        "--initials",
        action="store_true",
        help="name patients by their initials only, with nothing else about them",
    )
    json_flag(p)
    p = esub.add_parser("appointments", help="appointments as CSV for a spreadsheet")
    p.add_argument("file", metavar="FILE.csv")
    _date_range(p)
    p.add_argument("--provider", type=int, metavar="ID", help="only this provider's")
    json_flag(p)
    p = esub.add_parser("treatments", help="treatments as CSV for a spreadsheet")
    p.add_argument("file", metavar="FILE.csv")
    _date_range(p)
    json_flag(p)
    p = esub.add_parser(
        "recalls",
        help="the recall list as CSV for a spreadsheet (as `recalls --csv`)",
        description="Who is due or overdue for re-treatment with no future booking, with the "
        "proposed slot, as CSV.",
    )
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument("--provider", type=int, metavar="ID", help="only this provider's patients")
    p.add_argument("--indication", metavar="CODE", help="only this indication")
    json_flag(p)
    p = esub.add_parser(
        "fhir",
        help="a patient's record (or every patient's) as a FHIR R4 Bundle (JSON)",
        description="Write a patient's complete record (their right of access) as a FHIR R4 Bundle "
        "of type collection (JSON): Patient, Flag, Condition, AllergyIntolerance, MedicationStatement, "
        "Consent, Appointment (the waiting list too), Procedure, MedicationAdministration (product, "
        "lot, units, site), AdverseEvent, Observation (outcome scores), CarePlan and Communication "
        "(the contact log, recall calls). With --all, one file per patient (MRN.json) into a folder, "
        "written one patient at a time. Needs the provider or manager role; every file written is "
        "recorded in the audit trail.",
    )
    p.add_argument("target", metavar="FILE_OR_FOLDER", help="the file (--patient) or folder (--all)")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--patient", type=int, metavar="ID")
    which.add_argument("--all", action="store_true", help="every patient, into the folder")
    json_flag(p)


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def _report(out: Output, count: int, what: str, args: argparse.Namespace) -> int:
    out.say(f"Exported {_plural(count, what)} from {args.first} to {args.last} to {args.file}.")
    out.result({"exported": count, "file": args.file}, text="")
    return 0


def export_ics(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    first, last = parse_date(args.first), parse_date(args.last)
    from clinic_desktop.services.calendar_export import CalendarExportService

    count = CalendarExportService(s).write_ics(args.provider, first, last, args.file, args.initials)
    return _report(out, count, "appointment", args)


def export_appointments(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    first, last = parse_date(args.first), parse_date(args.last)
    from clinic_desktop.services.csv_exports import CsvExportService

    count = CsvExportService(s).export_appointments(args.file, first, last, args.provider)
    return _report(out, count, "appointment", args)


def export_treatments(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    first, last = parse_date(args.first), parse_date(args.last)
    from clinic_desktop.services.csv_exports import CsvExportService

    count = CsvExportService(s).export_treatments(args.file, first, last)
    return _report(out, count, "treatment", args)


def export_recalls(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    indication = parse_indication(args.indication) if args.indication else None
    rows = s.followups.recalls(provider_id=args.provider, indication=indication)
    count = s.followups.export_csv(rows, args.file)
    out.say(f"Exported {_plural(count, 'recall')} to {args.file}.")
    out.result({"exported": count, "file": args.file}, text="")
    return 0


FHIR_PROGRESS_EVERY = 500  # patients between progress lines of `export fhir --all`


def export_fhir(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    from clinic_desktop.services.fhir_export import FhirExportService

    service = FhirExportService(s)
    if args.patient is not None:
        count = service.write_patient(args.patient, args.target)
        out.say(f"Exported patient {args.patient} ({_plural(count, 'resource')}) to {args.target}.")
        out.result({"exported": count, "file": args.target}, text="")
        return 0

    def progress(done: int, total: int) -> None:
        if done == total or done % FHIR_PROGRESS_EVERY == 0:
            out.say(f"{done:,} of {total:,} patients…")

    count = service.write_all(args.target, progress)
    out.say(f"Exported {_plural(count, 'patient')} to {args.target}.")
    out.result({"exported": count, "folder": args.target}, text="")
    return 0


#: `export ACTION`, by action.
EXPORT_HANDLERS: dict[str, ExportHandler] = {
    "ics": export_ics,
    "appointments": export_appointments,
    "treatments": export_treatments,
    "recalls": export_recalls,
    "fhir": export_fhir,
}


def run_export(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    return EXPORT_HANDLERS[args.action](args, s, out)
