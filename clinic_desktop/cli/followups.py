"""`followups` and `recalls`: the follow-up engine and reception's recall list from the command line."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from clinic_desktop.cli.appointments import entry_json
from clinic_desktop.cli.output import Output, table
from clinic_desktop.domain.clinic_time import parse_date
from clinic_desktop.domain.codes import parse_indication
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.followup import MARK_KINDS
from clinic_desktop.domain.setup import DEFAULT_RECALL_LEAD_DAYS

if TYPE_CHECKING:
    from clinic_desktop.services import ClinicServices

HORIZON_HELP = f"days ahead (default: the recall_lead_days setting, {DEFAULT_RECALL_LEAD_DAYS} unless set)"


def add_parsers(sub: Any, json_flag: Any, parser_class: type) -> None:
    followups = sub.add_parser("followups", help="proposed follow-up slots")
    fsub = followups.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=parser_class)
    p = fsub.add_parser("propose", help="the best free slots for a patient's next treatment, with reasons")
    p.add_argument("--patient", type=int, required=True, metavar="ID")
    p.add_argument("--count", type=int, default=3)
    p.add_argument("--indication", metavar="CODE", help="default: the indication due first")
    json_flag(p)
    p = fsub.add_parser("book", help="book proposal K (default 1)")
    p.add_argument("--patient", type=int, required=True, metavar="ID")
    p.add_argument("--choice", type=int, default=1, metavar="K")
    p.add_argument(
        "--override-reason", default="", help="why a treatment before the first safe day is booked anyway"
    )
    json_flag(p)
    p = fsub.add_parser("refresh", help="keep proposals for everyone due soon with no booking")
    p.add_argument("--horizon", type=int, metavar="DAYS", help=HORIZON_HELP)
    json_flag(p)
    p = fsub.add_parser("contact", help="note a recall call, a message left, a refusal, or snooze")
    p.add_argument("--patient", type=int, required=True, metavar="ID")
    p.add_argument("--indication", required=True, metavar="CODE")
    p.add_argument("--kind", required=True, choices=list(MARK_KINDS))
    p.add_argument("--until", metavar="DATE", help="snoozed until (with --kind snoozed)")
    p.add_argument("--note", default="")
    json_flag(p)
    p = fsub.add_parser("plan", help="a patient's own re-treatment interval (never under 84 days)")
    p.add_argument("--patient", type=int, required=True, metavar="ID")
    p.add_argument("--indication", required=True, metavar="CODE")
    p.add_argument("--target-days", type=int, required=True, metavar="N")
    p.add_argument("--tolerance-days", type=int, default=14, metavar="N")
    json_flag(p)

    recalls = sub.add_parser("recalls", help="who is due or overdue with no future booking")
    recalls.add_argument("--provider", type=int, metavar="ID")
    recalls.add_argument("--indication", metavar="CODE")
    recalls.add_argument("--horizon", type=int, metavar="DAYS", help=HORIZON_HELP)
    recalls.add_argument("--include-snoozed", action="store_true")
    recalls.add_argument(
        "--include-lapsed", action="store_true", help="also those overdue by more than 180 days"
    )
    recalls.add_argument("--csv", metavar="FILE", help="write the list as CSV for a spreadsheet")
    json_flag(recalls)
    add_letters_parser(recalls, json_flag, parser_class)


def add_letters_parser(recalls: Any, json_flag: Any, parser_class: type) -> None:
    """`recalls letters --pdf FILE [--patient ID ...]`: the list's recall letters, one per page."""
    rsub = recalls.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class)
    p = rsub.add_parser(
        "letters",
        help="write the recall letters (one per patient, a page each) to a PDF file",
        description="Write a recall letter for everyone on the recall list (or only the patients "
        "given) to a PDF file, readable by its owner only, as the window prints them.",
    )
    p.add_argument("--pdf", metavar="FILE", required=True, help="the PDF file to write")
    p.add_argument(
        "--patient", type=int, action="append", metavar="ID", help="only this patient (repeatable)"
    )
    p.add_argument("--provider", type=int, metavar="ID")
    p.add_argument("--indication", metavar="CODE")
    p.add_argument("--horizon", type=int, metavar="DAYS", help=HORIZON_HELP)
    p.add_argument("--include-snoozed", action="store_true")
    p.add_argument("--include-lapsed", action="store_true")
    p.add_argument("--paper", choices=("a4", "letter"), help="default: the locale's")
    json_flag(p)


def run_followups(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    service = s.followups
    if args.action == "propose":
        indication = parse_indication(args.indication) if args.indication else None
        proposals = service.propose(args.patient, args.count, indication)
        rows = [
            [str(i), service.describe(p), str(p.score), "; ".join(p.reasons)]
            for i, p in enumerate(proposals, 1)
        ]
        out.result([service.proposal_json(p) for p in proposals], table(rows, ["#", "slot", "score", "why"]))
        if not proposals:
            out.say("No free slot to propose in the next 90 days.")
        return 0
    if args.action == "book":
        proposal, result = service.book_choice(
            args.patient, args.choice, override_reason=args.override_reason
        )
        out.say(f"Booked {service.describe(proposal)}.")
        for warning in result.warnings:
            out.say(f"Warning: {warning}")
        entries = s.appointments.entries([a.id for a in result.appointments])
        out.result([entry_json(e, s) for e in entries])
        return 0
    if args.action == "refresh":
        horizon = args.horizon if args.horizon is not None else s.clinic.settings().recall_lead_days
        count = service.refresh(horizon)
        out.say(
            f"Proposals kept for {count} patient{'s' if count != 1 else ''} due in the next {horizon} days."
        )
        out.result({"patients": count, "horizon_days": horizon})
        return 0
    if args.action == "contact":
        indication = parse_indication(args.indication)
        until = parse_date(args.until) if args.until else None
        service.mark(args.patient, indication, args.kind, args.note, until=until)
        out.say(f"Noted: {MARK_KINDS[args.kind].lower()} for patient {args.patient}.")
        out.result(
            {"patient_id": args.patient, "indication": indication.value, "kind": args.kind, "until": until}
        )
        return 0
    indication = parse_indication(args.indication)
    interval = service.set_interval(args.patient, indication, args.target_days, args.tolerance_days)
    out.say(
        f"Patient {args.patient} is due {interval.target_days} days after each "
        f"{indication.label.lower()} treatment."
    )
    out.result(
        {"patient_id": args.patient, "indication": indication.value, "target_days": interval.target_days,
         "tolerance_days": interval.tolerance_days}
    )  # fmt: skip
    return 0


def run_recalls(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    if getattr(args, "action", None) == "letters":
        return recall_letters(args, s, out)
    service = s.followups
    indication = parse_indication(args.indication) if args.indication else None
    rows = service.recalls(args.provider, indication, args.horizon, args.include_snoozed, args.include_lapsed)
    if args.csv:
        count = service.export_csv(rows, args.csv)
        out.say(f"Wrote {count} recall{'s' if count != 1 else ''} to {args.csv}.")
        return 0
    lines = [
        [r.patient_name, r.indication.value, str(r.last_treatment), f"{r.due_from} to {r.due_by}",
         str(r.days_overdue), service.describe(r.proposed) if r.proposed else "-", r.last_attempt]
        for r in rows
    ]  # fmt: skip
    out.result(
        [service.recall_json(r) for r in rows],
        table(lines, ["patient", "indication", "last", "due", "overdue", "proposed", "last attempt"]),
    )
    return 0


def recall_letters(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    """`recalls letters --pdf FILE`: laid out by clinic_desktop.printing, as the window prints them.
    Patients given by --patient are looked for among the snoozed and lapsed too (asked for by
    name, so to speak); one who is not on the list at all is refused, and nothing is written."""
    from clinic_desktop.domain.date_formats import writing_for
    from clinic_desktop.printing.recall_letters import write_letters_pdf

    indication = parse_indication(args.indication) if args.indication else None
    wanted = list(dict.fromkeys(args.patient or []))
    everyone = bool(wanted)
    rows = s.followups.recalls(
        args.provider,
        indication,
        args.horizon,
        args.include_snoozed or everyone,
        args.include_lapsed or everyone,
    )
    if wanted:
        missing = [str(pid) for pid in wanted if not any(r.patient_id == pid for r in rows)]
        if missing:
            raise ValidationError(
                f"Not on the recall list (due or overdue with no booking): patient {', '.join(missing)}."
            )
        rows = [r for pid in wanted for r in rows if r.patient_id == pid]
    if not rows:
        out.say("No one is on the recall list with these filters: no letters written.")
        out.result({"file": None, "letters": 0, "patients": []}, text="")
        return 0
    addresses = {pid: s.patients.get(pid).address for pid in {r.patient_id for r in rows}}
    settings = s.clinic.settings()
    writing = writing_for(settings.date_format, settings.clock, settings.country)
    try:
        write_letters_pdf(
            rows, args.pdf, settings.name, s.patients.today(), s.time, addresses, args.paper, writing
        )
    except OSError as exc:
        raise ValidationError(f"Could not write {args.pdf}: {exc.strerror or exc}.") from exc
    patients = list(dict.fromkeys(r.patient_id for r in rows))
    out.say(f"Wrote {len(rows)} recall letter{'s' if len(rows) != 1 else ''} to {args.pdf}.")
    out.result({"file": args.pdf, "letters": len(rows), "patients": patients}, text="")
    return 0
