"""Who may do what: the three roles of the clinic and what each is allowed (issue 11).

From the clinic's own division of work (docs/domain.md) and the command line's contract
(shared docs/cli.md, "Roles"): reception schedules, keeps demographics and works the recall list,
and never charts; a provider does all of that and charts, signs and records outcomes; a manager runs
the clinic (settings, users, reports, backups, the audit trail) and sees everything, but does not
record treatments or outcomes (charting is a clinician's act, attributable to one).

The services ask ``require(role, permission)`` before they act, so a hidden button is never the
only guard; a refusal names the role that would be allowed."""

from __future__ import annotations

from enum import StrEnum

from clinic_desktop.domain.errors import PermissionDeniedError


class Role(StrEnum):
    RECEPTION = "reception"
    PROVIDER = "provider"
    MANAGER = "manager"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Permission(StrEnum):
    SCHEDULE = "schedule"  # book, move, cancel, the day list, free slots, the flow board
    DEMOGRAPHICS = "demographics"  # register and edit patients, import, merge
    RECALLS = "recalls"  # the recall list, proposals, contact log
    CHART_READ = "chart_read"  # treatments, outcomes and clinical history, read
    CHART_WRITE = "chart_write"  # record and amend treatments, outcomes, adverse events; sign
    STOCK = "stock"  # lots and protocols
    EXPORT_CALENDAR = "export_calendar"  # iCalendar, appointment CSV
    EXPORT_RECORDS = "export_records"  # FHIR, treatments CSV: health records leave the clinic
    REPORTS = "reports"
    SETTINGS = "settings"  # clinic settings, providers, rooms, types, hours
    USERS = "users"
    BACKUPS = "backups"
    AUDIT = "audit"
    MAINTENANCE = "maintenance"  # the integrity check, restore, the demo clinic
    MESSAGES = "messages"  # the outbox: send what is due, retry, cancel, patients' replies

    @property
    def label(self) -> str:
        return LABELS[self]


LABELS = {
    Permission.SCHEDULE: "Scheduling",
    Permission.DEMOGRAPHICS: "Changing patient details",
    Permission.RECALLS: "The recall list",
    Permission.CHART_READ: "Reading the clinical record",
    Permission.CHART_WRITE: "Charting",
    Permission.STOCK: "Stock and protocols",
    Permission.EXPORT_CALENDAR: "Exporting the calendar",
    Permission.EXPORT_RECORDS: "Exporting health records",
    Permission.REPORTS: "Reports",
    Permission.SETTINGS: "Clinic settings",
    Permission.USERS: "Managing users",
    Permission.BACKUPS: "Backups",
    Permission.AUDIT: "The audit trail",
    Permission.MAINTENANCE: "Checking and restoring the database",
    Permission.MESSAGES: "The outbox",
}

_FRONT_DESK = frozenset(
    {Permission.SCHEDULE, Permission.DEMOGRAPHICS, Permission.RECALLS, Permission.EXPORT_CALENDAR}
)

ALLOWED: dict[Role, frozenset[Permission]] = {
    # The outbox is the front desk's and the manager's (issue 23), not a clinician's work.
    Role.RECEPTION: _FRONT_DESK | {Permission.MESSAGES},
    Role.PROVIDER: _FRONT_DESK
    | {Permission.CHART_READ, Permission.CHART_WRITE, Permission.STOCK, Permission.EXPORT_RECORDS},
    Role.MANAGER: frozenset(Permission) - {Permission.CHART_WRITE},
}


def allowed(role: Role, permission: Permission) -> bool:
    return permission in ALLOWED[role]


def roles_allowed(permission: Permission) -> list[Role]:
    return [role for role in Role if permission in ALLOWED[role]]


def require(role: Role, permission: Permission) -> None:
    """Refuse, naming who may, unless the role allows the permission."""
    if allowed(role, permission):
        return
    who = " or ".join(r.label.lower() for r in roles_allowed(permission))
    raise PermissionDeniedError(
        f"{permission.label} needs the {who} role; you are signed in as {role.label.lower()}."
    )
