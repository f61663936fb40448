"""`appointments`, `timeoff` and `slots`: the calendar from the command line."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from clinic_desktop.cli.dates import writing
from clinic_desktop.cli.output import Output, table
from clinic_desktop.domain.clinic_time import parse_date
from clinic_desktop.domain.entities import Appointment, ScheduleEntry

if TYPE_CHECKING:
    from clinic_desktop.services import ClinicServices


def add_parsers(sub: Any, json_flag: Any, parser_class: type) -> None:
    appointments = sub.add_parser("appointments", help="book, move, cancel and list appointments")
    asub = appointments.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=parser_class
    )
    p = asub.add_parser("book", help="book an appointment, or a series with --every-weeks and --count")
    p.add_argument("--patient", type=int, required=True, metavar="ID")
    p.add_argument("--provider", type=int, required=True, metavar="ID")
    p.add_argument("--type", required=True, metavar="NAME")
    p.add_argument("--start", required=True, metavar="LOCAL", help="clinic-local time, e.g. 2026-12-01T09:00")
    p.add_argument("--duration", type=int, metavar="MIN")
    p.add_argument("--room", type=int, metavar="ID")
    p.add_argument("--every-weeks", type=int, metavar="N")
    p.add_argument("--count", type=int, metavar="K")
    p.add_argument("--override-reason", default="", metavar="TEXT")
    p.add_argument("--notes", default="")
    json_flag(p)
    p = asub.add_parser("move", help="move an appointment to another time")
    p.add_argument("id", type=int)
    p.add_argument("--start", required=True, metavar="LOCAL")
    p.add_argument("--duration", type=int, metavar="MIN")
    p.add_argument("--provider", type=int, metavar="ID")
    p.add_argument("--override-reason", default="", metavar="TEXT")
    p.add_argument("--following", action="store_true", help="also every later appointment of its series")
    json_flag(p)
    p = asub.add_parser("cancel", help="cancel an appointment")
    p.add_argument("id", type=int)
    p.add_argument("--reason", required=True)
    p.add_argument("--following", action="store_true", help="also every later appointment of its series")
    json_flag(p)
    p = asub.add_parser("list", help="a patient's appointments")
    p.add_argument("--patient", type=int, required=True, metavar="ID")
    json_flag(p)

    timeoff = sub.add_parser("timeoff", help="providers' days off")
    tsub = timeoff.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=parser_class)
    p = tsub.add_parser("add", help="a provider is absent from one date to another (inclusive)")
    p.add_argument("--provider", type=int, required=True, metavar="ID")
    p.add_argument("--from", dest="first", required=True, metavar="DATE")
    p.add_argument("--to", dest="last", required=True, metavar="DATE")
    p.add_argument("--reason", default="")
    json_flag(p)

    slots = sub.add_parser("slots", help="free slots")
    ssub = slots.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=parser_class)
    p = ssub.add_parser("free", help="the next free slots for a type with a provider")
    p.add_argument("--provider", type=int, required=True, metavar="ID")
    p.add_argument("--type", required=True, metavar="NAME")
    p.add_argument("--from", dest="first", required=True, metavar="DATE")
    p.add_argument("--count", type=int, default=5)
    json_flag(p)


def appointment_json(a: Appointment, s: ClinicServices, type_name: str) -> dict[str, Any]:
    clinic_time = s.time
    return {
        "id": a.id,
        "patient_id": a.patient_id,
        "provider_id": a.provider_id,
        "room_id": a.room_id,
        "type": type_name,
        "start": clinic_time.iso(a.start),
        "end": clinic_time.iso(a.end),
        "status": a.status.value,
    }


def entry_json(e: ScheduleEntry, s: ClinicServices) -> dict[str, Any]:
    return appointment_json(e.appointment, s, e.type_name)


def _lines(entries: list[ScheduleEntry], s: ClinicServices) -> str:
    clinic_time, written = s.time, writing(s)
    rows = [
        [
            str(e.appointment.id),
            written.stamp(clinic_time.to_local(e.appointment.start)),
            e.provider_name,
            e.patient_name,
            e.type_name,
            e.appointment.status.label,
        ]
        for e in entries
    ]
    return table(rows, ["id", "start", "provider", "patient", "type", "status"])


def _report(
    out: Output,
    s: ClinicServices,
    appointments: list[Appointment],
    message: str,
    warnings: Sequence[str] = (),
) -> int:
    """What a booking command prints: its warnings and message on stderr, the appointments as the
    result (JSON array, or a table)."""
    for warning in warnings:
        out.say(f"Warning: {warning}")
    entries = s.appointments.entries([a.id for a in appointments])
    out.say(message)
    out.result([entry_json(e, s) for e in entries], lambda: _lines(entries, s))
    return 0


def run_appointments(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    from clinic_desktop.services.appointments import BookingRequest

    service = s.appointments
    clinic_time = s.time
    if args.action == "book":
        result = service.book(
            BookingRequest(
                patient_id=args.patient, provider_id=args.provider, type_name=args.type,
                start=clinic_time.parse_local(args.start), duration=args.duration, room_id=args.room,
                every_weeks=args.every_weeks, count=args.count, override_reason=args.override_reason,
                notes=args.notes,
            )
        )  # fmt: skip
        count = len(result.appointments)
        return _report(
            out,
            s,
            result.appointments,
            f"Booked {count} appointment{'s' if count != 1 else ''}.",
            result.warnings,
        )
    if args.action == "move" and args.following:
        result = service.move_following(args.id, clinic_time.parse_local(args.start), args.override_reason)
        moved = f"Moved {len(result.appointments)} appointments of the series."
        return _report(out, s, result.appointments, moved, result.warnings)
    if args.action == "cancel" and args.following:
        cancelled = service.cancel_following(args.id, args.reason)
        return _report(out, s, cancelled, f"Cancelled {len(cancelled)} appointments of the series.")
    if args.action == "move":
        result = service.move(
            args.id, clinic_time.parse_local(args.start), args.duration, args.provider, args.override_reason
        )
        for warning in result.warnings:
            out.say(f"Warning: {warning}")
        entry = service.entry(args.id)
        moved_to = writing(s).stamp(clinic_time.to_local(entry.appointment.start))
        out.say(f"Moved appointment {args.id} to {moved_to}.")
        out.result(entry_json(entry, s))
        return 0
    if args.action == "cancel":
        service.cancel(args.id, args.reason)
        entry = service.entry(args.id)
        out.say(f"Cancelled appointment {args.id} ({entry.patient_name}).")
        out.result(entry_json(entry, s))
        return 0
    entries = service.for_patient(args.patient)
    out.result([entry_json(e, s) for e in entries], lambda: _lines(entries, s))
    return 0


def run_timeoff(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    first, last = parse_date(args.first), parse_date(args.last)
    s.appointments.add_time_off(args.provider, first, last, args.reason)
    out.say(f"Provider {args.provider} is off from {first} to {last}.")
    out.result({"provider_id": args.provider, "from": first, "to": last, "reason": args.reason})
    return 0


def run_slots(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    slots = s.appointments.free_slots(args.provider, args.type, parse_date(args.first), args.count)
    clinic_time = s.time
    document = [
        {"start": clinic_time.iso(x.start), "end": clinic_time.iso(x.end), "provider_id": x.provider_id,
         "room_id": x.room_id}
        for x in slots
    ]  # fmt: skip
    written = writing(s)
    rows = [
        [f"{clinic_time.to_local(x.start):%a} {written.stamp(clinic_time.to_local(x.start))}",
         written.clock_time(clinic_time.to_local(x.end))]
        for x in slots
    ]  # fmt: skip
    out.result(document, table(rows, ["start", "end"]) if slots else "")
    if not slots:
        out.say("No free slot in the next 90 days.")
    return 0
