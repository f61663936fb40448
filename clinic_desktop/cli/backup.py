"""`backup` and `restore`: a consistent copy while the clinic works, and putting one back."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from clinic_desktop import APP_NAME
from clinic_desktop.cli.output import Output
from clinic_desktop.domain.backups import describe_size
from clinic_desktop.domain.errors import ValidationError

if TYPE_CHECKING:
    from clinic_desktop.services import ClinicServices
    from clinic_desktop.services.backup import BackupReport


def add_parsers(sub: Any, json_flag: Any, parser_class: type) -> None:
    p = sub.add_parser(
        "backup",
        help="a consistent copy of the database, taken while it is in use, and checked",
        description="Write a consistent copy of the clinic database to FILE while it is in use "
        "(SQLite: the online backup API; PostgreSQL: pg_dump, custom format), then check the copy "
        "(integrity, schema version, counts). With --auto, take the automatic daily backup into the "
        "backup folder if the last one is 24 hours old, and remove the old ones the retention no "
        "longer keeps (for a scheduled task where the application is not opened every day).",
    )
    p.add_argument("file", metavar="FILE", nargs="?")
    p.add_argument("--auto", action="store_true", help="the automatic daily backup, if one is due")
    json_flag(p)
    p = sub.add_parser(
        "restore",
        help="replace the database with a backup, keeping the current one beside it",
        description="Check FILE (undamaged, a clinic database of a schema this version knows), keep "
        "the current database beside it under a timestamped name, then replace it with FILE in one "
        "transaction; an older backup is upgraded as on opening. Onto a --db path with no database, "
        "creates it.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--key-lost",
        action="store_true",
        help="the backup is sealed with an audit key of which every copy is lost: restore it anyway; "
        "a manager then runs `audit key replace` (docs/audit-key.md)",
    )
    json_flag(p)


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n:,} {what}" for what, n in counts.items())


def _backup_json(report: BackupReport, s: ClinicServices) -> dict[str, Any]:
    return {
        "file": report.file,
        "size": report.size,
        "schema_version": report.schema_version,
        "counts": report.counts,
        "database": report.database,
        "taken_at": s.time.iso(report.taken_at),
        "automatic": report.automatic,
        "removed": report.removed,
        "anchor": report.anchor,
    }


def run_backup(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    if args.auto:
        if args.file:
            raise ValidationError("Give either FILE or --auto, not both.")
        report = s.backup.auto_backup_if_due()
        if report is None:
            last = s.backup.backups()[0]
            out.say(f"No backup was due: the last automatic backup, {last.path}, is under 24 hours old.")
            out.result({"file": None, "last": str(last.path), "folder": str(s.backup.folder())}, text="")
            return 0
    elif not args.file:
        raise ValidationError("Name the backup file to write (or use --auto for the backup folder).")
    else:
        report = s.backup.backup(args.file)
    out.say(
        f"Backed up {report.database} to {report.file} ({describe_size(report.size)}, schema "
        f"{report.schema_version}{'; ' + _counts(report.counts) if report.counts else ''}). "
        "The copy was checked."
    )
    for removed in report.removed:
        out.say(f"  removed the old backup {removed} (retention: {s.backup.policy.describe()})")
    out.result(_backup_json(report, s), text="")
    return 0


def run_restore(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    report = s.backup.restore(args.file, key_lost=args.key_lost)
    if report.created:
        out.say(f"Created {report.database} from {report.file}.")
    else:
        out.say(
            f"Restored {report.database} from {report.file}; the database it replaced was kept as "
            f"{report.previous}."
        )
    if report.migrated_from != report.schema_version:
        out.say(f"The backup was upgraded from schema {report.migrated_from} to {report.schema_version}.")
    out.say(f"It holds {_counts(report.counts)}.")
    if report.awaiting_key:
        out.say(
            "Its audit key is lost, so nobody can sign in until a manager replaces it: "
            f"`{APP_NAME} --user NAME audit key replace --reason TEXT` (the restore is recorded then)."
        )
    out.result(report, text="")
    return 0
