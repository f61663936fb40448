"""The commands: each turns parsed arguments into one service call and prints the result."""

from __future__ import annotations

import argparse
import importlib
import os
import secrets
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from clinic_desktop.cli.dates import writing
from clinic_desktop.cli.output import Output, table
from clinic_desktop.cli.sign_in import PASSWORD_VARIABLE, NotSignedInError, ask, new_password, user_name
from clinic_desktop.domain.access import Role
from clinic_desktop.domain.clinic_time import parse_date, validate_timezone
from clinic_desktop.domain.codes import parse_indication
from clinic_desktop.domain.entities import (
    AppointmentType,
    Provider,
    Room,
    ScheduleEntry,
    WeeklyHours,
    require_name,
)
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.hours import WEEKDAYS, parse_blocks, parse_weekdays
from clinic_desktop.domain.users import Session

if TYPE_CHECKING:
    from clinic_desktop.services import ClinicServices

Handler = Callable[[argparse.Namespace, "ClinicServices", Output], int]


def provider_json(p: Provider) -> dict[str, Any]:
    return {"id": p.id, "name": p.name, "credentials": p.credentials, "colour": p.colour, "active": p.active,
            "indications": [i.value for i in p.indications]}  # fmt: skip


def room_json(r: Room) -> dict[str, Any]:
    return {"id": r.id, "name": r.name, "kind": r.kind}


def type_json(t: AppointmentType) -> dict[str, Any]:
    return {
        "id": t.id,
        "name": t.name,
        "minutes": t.minutes,
        "room_kind": t.room_kind,
        "indication": t.indication.value if t.indication else None,
        "colour": t.colour,
        "is_treatment": t.is_treatment,
    }


def hours_json(h: WeeklyHours) -> dict[str, Any]:
    return {
        "provider_id": h.provider_id,
        "weekday": WEEKDAYS[h.weekday],
        "blocks": [str(b) for b in h.blocks],
    }


def init(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    """Create or migrate; a clinic without accounts gets its manager before anything is said to
    be done (a refusal then leaves no new database behind: the composition root removes it)."""
    info = s.clinic.info()
    migration = s.migration
    document: dict[str, Any] = {
        "schema_version": info.schema_version,
        "database": info.database,
        "migrated_from": migration.from_version if migration else info.schema_version,
        "backup": str(migration.backup) if migration and migration.backup else None,
        "manager": None,
    }
    created = migration is not None and migration.changed and migration.from_version == 0
    if migration and migration.changed and not created:
        out.say(
            f"Upgraded {info.database} from schema {migration.from_version} to {info.schema_version}; "
            f"the previous file was kept as {migration.backup}."
        )
    if not s.users.has_accounts():
        name = (
            args.manager or user_name(args.user) or ask(out.stdin, "Name of the manager account", out.stderr)
        )
        if not name:
            raise NotSignedInError(
                "A clinic needs its manager account: give init --manager NAME, with the password in "
                f"{PASSWORD_VARIABLE} (or run init from a terminal to be asked for both)."
            )
        password = new_password(out.stdin, prompt=f"Password for {name}", variable=PASSWORD_VARIABLE)
        manager = s.users.create_first_manager(name, password)
        document["manager"] = manager.name
        if created:
            out.say(f"Created a new clinic database at {info.database} (schema {info.schema_version}).")
        out.say(f"Created the manager account {manager.name}; sign in with it to add the other users.")
        # The clinic's first settings are its manager's doing (the audit trail says so).
        s.session = Session(manager.name, Role.MANAGER, manager.id)
        set_up_clinic(args, s, out, created)
    elif created:
        out.say(f"Created a new clinic database at {info.database} (schema {info.schema_version}).")
        set_up_clinic(args, s, out, created)
    else:
        if args.manager:
            out.say("This clinic already has user accounts; a manager adds more with `users add`.")
        if init_settings(args):
            out.say(
                "This clinic is already set up: its settings were left as they are "
                "(change them with `settings set name|timezone|country|subdivision VALUE`)."
            )
        if not (migration and migration.changed):
            out.say(f"{info.database} is up to date (schema {info.schema_version}).")
    settings = s.clinic.settings()
    document.update(name=settings.name, timezone=settings.timezone, country=settings.country or None,
                    subdivision=settings.subdivision or None)  # fmt: skip
    out.result(document, text="")
    return 0


def init_settings(args: argparse.Namespace) -> dict[str, str]:
    """`init`'s --name, --timezone and --region, checked: the settings they give, by key.
    Called before the database is opened too, so that a wrong zone or region creates nothing."""
    from clinic_desktop.services.clinic import validate_country, validate_subdivision

    values: dict[str, str] = {}
    if getattr(args, "name", None) is not None:
        values["name"] = require_name(args.name, "clinic")
    if getattr(args, "timezone", None) is not None:
        values["timezone"] = validate_timezone(args.timezone)
    if getattr(args, "region", None) is not None:
        country, _, subdivision = args.region.strip().partition("-")
        values["country"] = validate_country(country)
        if not values["country"]:
            raise ValidationError(f"'{args.region}' is not a region. Write a country code, e.g. AT or US-NY.")
        values["subdivision"] = validate_subdivision(values["country"], subdivision)
    return values


def check_before_opening(args: argparse.Namespace) -> None:
    """What a command can refuse before the database is opened (or made)."""
    if args.command == "init":
        init_settings(args)


def set_up_clinic(args: argparse.Namespace, s: ClinicServices, out: Output, created: bool) -> None:
    """A new clinic's name, time zone and region from `init`'s options. Without --timezone a new
    clinic gets this computer's zone, and is told so."""
    from clinic_desktop.services.local_zone import FALLBACK, computer_timezone

    values = init_settings(args)
    if "timezone" not in values and created:
        zone = computer_timezone()
        if zone is None:
            out.say(
                f"Time zone: {FALLBACK} (this computer names no time zone); change it with "
                "`settings set timezone ZONE`, e.g. Europe/Vienna."
            )
        else:
            values["timezone"] = zone
            out.say(f"Time zone: {zone} (this computer's); change it with `settings set timezone ZONE`.")
    for key in ("name", "timezone", "country", "subdivision"):
        if key in values and values[key] != getattr(s.clinic.settings(), key):
            s.clinic.set_setting(key, values[key])
    if not s.clinic.settings().name:
        out.say("The clinic has no name yet; give it one with `settings set name NAME` (or in the window).")


def info(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    i = s.clinic.info()
    text = "\n".join(
        [
            f"Database:        {i.database}",
            f"Schema version:  {i.schema_version}",
            f"Time zone:       {i.timezone}",
            *(f"{k.capitalize() + ':':<17}{v:,}" for k, v in i.counts.items()),
        ]
    )
    out.result(i, text)
    return 0


def check(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    notes: list[str] = []  # a replaced audit key: said every time, but not a problem
    problems = s.clinic.check(notes)
    if problems:
        out.say(f"{len(problems)} problem(s) found:")
        for problem in problems:
            out.say(f"  - {problem}")
        for note in notes:
            out.say(f"Note: {note}")
        return 1
    out.say("No problems found.")
    for note in notes:
        out.say(f"Note: {note}")
    out.result({"problems": [], "notes": notes}, text="")
    return 0


def demo(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    last = {"stage": ""}

    def progress(stage: str, fraction: float) -> None:
        if stage != last["stage"]:
            last["stage"] = stage
            out.say(f"  {stage}...")

    password, chosen = args.password, True
    if password is None:
        password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        password, chosen = secrets.token_urlsafe(12), False
    report = s.demo.generate(
        args.patients, args.providers, args.years, args.seed, args.if_empty, progress, users_password=password
    )
    if report.skipped:
        out.say("The database already holds a clinic; the demo was not added.")
    else:
        out.say(
            f"Demo clinic built in {report.seconds:.1f} s: {report.patients:,} patients, "
            f"{report.providers} providers, {report.appointments:,} appointments "
            f"({report.first_day} to {report.last_day}), {report.treatments:,} treatments, "
            f"{report.outcomes:,} outcome scores."
        )
    if report.users:
        users = ", ".join(report.users)
        if chosen:
            out.say(f"Demo users {users}: sign in with the password given (for demonstrations only).")
        else:  # the only time this password is ever shown
            out.say(
                f"Demo users {users}, all with the password {password}\n"
                "  (DEMO ONLY: shown this once; never use these accounts for real patients)."
            )
    out.result(report, text="")
    return 0


def settings(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    if args.action == "set":
        result = s.clinic.set_setting(args.key, args.value)
        out.say(f"{args.key} is now {getattr(result, args.key) or '(none)'}.")
    else:
        result = s.clinic.settings()
    text = "\n".join(f"{k:<12} {v}" for k, v in vars_of(result).items())
    out.result(result, text if args.action == "show" else "")
    return 0


def vars_of(obj: Any) -> dict[str, Any]:
    import dataclasses

    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}


def providers(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    if args.action == "add":
        treats = [parse_indication(code) for code in (args.treats or "").split(",") if code.strip()]
        p = s.resources.add_provider(args.name, args.credentials, args.colour, treats)
        out.say(f"Added provider {p.name} (id {p.id}).")
        out.result(provider_json(p), text="")
        return 0
    items = s.resources.providers()
    rows = [[str(p.id), p.name, p.credentials, "yes" if p.active else "no"] for p in items]
    out.result([provider_json(p) for p in items], table(rows, ["id", "name", "credentials", "active"]))
    return 0


def rooms(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    if args.action == "add":
        r = s.resources.add_room(args.name, args.kind)
        out.say(f"Added room {r.name} (id {r.id}, {r.kind}).")
        out.result(room_json(r), text="")
        return 0
    items = s.resources.rooms()
    out.result(
        [room_json(r) for r in items],
        table([[str(r.id), r.name, r.kind] for r in items], ["id", "name", "kind"]),
    )
    return 0


def types(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    if args.action == "add":
        t = s.resources.add_type(args.name, args.minutes, args.room_kind, args.indication, args.colour)
        out.say(f"Added appointment type {t.name} ({t.minutes} min, id {t.id}).")
        out.result(type_json(t), text="")
        return 0
    items = s.resources.types()
    rows = [
        [str(t.id), t.name, str(t.minutes), t.room_kind or "", t.indication.value if t.indication else ""]
        for t in items
    ]
    out.result(
        [type_json(t) for t in items], table(rows, ["id", "name", "minutes", "room kind", "indication"])
    )
    return 0


def hours(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    if args.action == "set":
        weekdays = parse_weekdays(args.weekday)
        results = s.resources.set_hours_on(args.provider, weekdays, parse_blocks(args.blocks))
        what = ", ".join(str(b) for b in results[0].blocks) or "not working"
        days = ", ".join(WEEKDAYS[h.weekday] for h in results)
        out.say(f"Provider {args.provider} on {days}: {what}.")
        # One day: that day's hours (as before); several: one item per day.
        out.result(hours_json(results[0]) if len(results) == 1 else [hours_json(h) for h in results], text="")
        return 0
    week = s.resources.week(args.provider)
    rows = [[WEEKDAYS[h.weekday], ", ".join(str(b) for b in h.blocks) or "-"] for h in week]
    out.result([hours_json(h) for h in week], table(rows, ["day", "blocks"]))
    return 0


def schedule_json(e: ScheduleEntry, s: ClinicServices) -> dict[str, Any]:
    """A day-list item: an appointment with the names beside it (cli.md, "Output shapes")."""
    from clinic_desktop.cli import appointments as appointment_commands

    return {
        **appointment_commands.entry_json(e, s),
        "patient_name": e.patient_name,
        "provider_name": e.provider_name,
        "too_early": e.too_early or None,
    }


def schedule(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    if args.pdf:
        return schedule_pdf(args, s, out)
    if args.reception or args.paper or args.initials:
        raise ValidationError("--reception, --paper and --initials go with --pdf FILE.")
    day = s.schedule.day(parse_date(args.date), args.provider)

    def text() -> str:
        clinic_time, written = s.time, writing(s)
        rows = [
            [
                written.span(
                    clinic_time.to_local(e.appointment.start), clinic_time.to_local(e.appointment.end), "-"
                ),
                e.provider_name,
                e.patient_name,
                e.type_name,
                e.room_name or "",
                e.appointment.status.label,
            ]
            for e in day.entries
        ]
        return table(rows, ["time", "provider", "patient", "type", "room", "status"])

    out.result([schedule_json(e, s) for e in day.entries], text)
    return 0


def schedule_pdf(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    """`schedule day DATE --pdf FILE`: the printable list, laid out by clinic_desktop.printing (Qt's
    text layout, off screen: no window is needed)."""
    from clinic_desktop.printing.day_list import write_day_list_pdf

    names = "initials" if args.initials else "full"
    day = parse_date(args.date)
    day_list = s.day_lists.day_list(day, args.provider, reception=args.reception, names=names)
    try:
        pages = write_day_list_pdf(day_list, args.pdf, reception=args.reception, paper=args.paper)
    except OSError as exc:
        raise ValidationError(f"Could not write {args.pdf}: {exc.strerror or exc}.") from exc
    out.say(
        f"Wrote the {'reception' if args.reception else 'day'} list of "
        f"{day_list.writing.day_words(day_list.day)} "
        f"({_plural(len(day_list.rows), 'appointment')}, {_plural(pages, 'page')}) to {args.pdf}."
    )
    out.result(
        {
            "file": args.pdf,
            "pages": pages,
            "appointments": len(day_list.rows),
            "date": day_list.day.isoformat(),
        },
        text="",
    )
    return 0


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def patients_import(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    """`patients import FILE.csv`: the one command whose report is printed even when it exits 1
    (some lines rejected), since the valid lines were imported all the same."""
    from clinic_desktop.services.patient_csv import PatientCsvService

    service = PatientCsvService(s)
    report = service.import_rows(service.read(args.file), dry_run=args.dry_run)
    if args.rejects:
        service.write_rejects(report, args.rejects)
    would = "would be " if args.dry_run else ""
    if args.dry_run:
        out.say("Dry run: nothing was changed.")
    out.say(
        f"Read {_plural(report.read, 'line')} of {args.file}: {report.imported:,} {would}imported, "
        f"{report.updated:,} {would}updated ({report.unchanged:,} already up to date), "
        f"{len(report.rejected):,} rejected."
    )
    for rejected in report.rejected:
        out.say(f"  line {rejected.line}: {rejected.reason}")
    for warning in report.warnings:
        out.say(f"  line {warning.line}: warning: {warning.message}")
    if args.rejects:
        out.say(f"The rejected lines were written to {args.rejects}.")
    document = {
        "read": report.read,
        "imported": report.imported,
        "updated": report.updated,
        "rejected": [{"line": r.line, "reason": r.reason} for r in report.rejected],
        "warnings": [{"line": w.line, "message": w.message} for w in report.warnings],
    }
    out.result(document, text="")
    return 1 if report.rejected else 0


def patients_export(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    from clinic_desktop.services.patient_csv import PatientCsvService

    count = PatientCsvService(s).export(args.file, statuses=args.status)
    out.say(f"Exported {_plural(count, 'patient')} to {args.file}.")
    out.result({"exported": count, "file": args.file}, text="")
    return 0


def elsewhere(module: str, function: str) -> Handler:
    """The handler ``function`` of the command module ``clinic_desktop.cli.<module>``, imported
    when its command runs: a command loads its own module and what that needs, never the
    others' (a search does not load the FHIR export; issue 22)."""

    def handler(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
        found: Handler = getattr(importlib.import_module(f"clinic_desktop.cli.{module}"), function)
        return found(args, s, out)

    handler.__name__ = handler.__qualname__ = function
    return handler


#: `patients import|export`, dispatched from the `patients` command by its action.
PATIENT_CSV_HANDLERS: dict[str, Handler] = {
    "import": patients_import,
    "export": patients_export,
    "consent": elsewhere("messages", "run_consent"),
}


def patients(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    if args.action in PATIENT_CSV_HANDLERS:
        return PATIENT_CSV_HANDLERS[args.action](args, s, out)
    from clinic_desktop.cli import patients as patient_commands

    return patient_commands.run(args, s, out)


HANDLERS: dict[str, Handler] = {
    "init": init,
    "info": info,
    "check": check,
    "demo": demo,
    "settings": settings,
    "providers": providers,
    "rooms": rooms,
    "types": types,
    "hours": hours,
    "schedule": schedule,
    "patients": patients,
    "appointments": elsewhere("appointments", "run_appointments"),
    "timeoff": elsewhere("appointments", "run_timeoff"),
    "slots": elsewhere("appointments", "run_slots"),
    "lots": elsewhere("treatments", "run_lots"),
    "protocols": elsewhere("treatments", "run_protocols"),
    "treatments": elsewhere("treatments", "run_treatments"),
    "outcomes": elsewhere("treatments", "run_outcomes"),
    "followups": elsewhere("followups", "run_followups"),
    "recalls": elsewhere("followups", "run_recalls"),
    "export": elsewhere("exports", "run_export"),
    "backup": elsewhere("backup", "run_backup"),
    "restore": elsewhere("backup", "run_restore"),
    "users": elsewhere("users", "run_users"),
    "audit": elsewhere("users", "run_audit"),
    "messages": elsewhere("messages", "run_messages"),
}
