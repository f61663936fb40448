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
from clinic_desktop.domain.words import QT_TR_NOOP, Text


class Role(StrEnum):
    RECEPTION = "reception"
    PROVIDER = "provider"
    MANAGER = "manager"

    @property
    def label(self) -> Text:
        """'Reception', 'Provider', 'Manager' (shown in the window's language)."""
        return ROLE_LABELS[self]

    @property
    def words(self) -> Text:
        """The role inside a sentence: 'reception', 'provider', 'manager'."""
        return ROLE_WORDS[self]


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
    def label(self) -> Text:
        return LABELS[self]


ROLE_LABELS: dict[Role, Text] = {
    Role.RECEPTION: Text(QT_TR_NOOP("Reception")),
    Role.PROVIDER: Text(QT_TR_NOOP("Provider")),
    Role.MANAGER: Text(QT_TR_NOOP("Manager")),
}
ROLE_WORDS: dict[Role, Text] = {
    Role.RECEPTION: Text(QT_TR_NOOP("reception")),
    Role.PROVIDER: Text(QT_TR_NOOP("provider")),
    Role.MANAGER: Text(QT_TR_NOOP("manager")),
}

LABELS: dict[Permission, Text] = {
    Permission.SCHEDULE: Text(QT_TR_NOOP("Scheduling")),
    Permission.DEMOGRAPHICS: Text(QT_TR_NOOP("Changing patient details")),
    Permission.RECALLS: Text(QT_TR_NOOP("The recall list")),
    Permission.CHART_READ: Text(QT_TR_NOOP("Reading the clinical record")),
    Permission.CHART_WRITE: Text(QT_TR_NOOP("Charting")),
    Permission.STOCK: Text(QT_TR_NOOP("Stock and protocols")),
    Permission.EXPORT_CALENDAR: Text(QT_TR_NOOP("Exporting the calendar")),
    Permission.EXPORT_RECORDS: Text(QT_TR_NOOP("Exporting health records")),
    Permission.REPORTS: Text(QT_TR_NOOP("Reports")),
    Permission.SETTINGS: Text(QT_TR_NOOP("Clinic settings")),
    Permission.USERS: Text(QT_TR_NOOP("Managing users")),
    Permission.BACKUPS: Text(QT_TR_NOOP("Backups")),
    Permission.AUDIT: Text(QT_TR_NOOP("The audit trail")),
    Permission.MAINTENANCE: Text(QT_TR_NOOP("Checking and restoring the database")),
    Permission.MESSAGES: Text(QT_TR_NOOP("The outbox")),
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
    who = roles_allowed(permission)
    if len(who) == 1:
        raise PermissionDeniedError(
            QT_TR_NOOP("{permission} needs the {role} role; you are signed in as {current}."),
            permission=permission.label,
            role=who[0].words,
            current=role.words,
        )
    raise PermissionDeniedError(
        QT_TR_NOOP("{permission} needs the {role} or {other} role; you are signed in as {current}."),
        permission=permission.label,
        role=who[0].words,
        other=who[1].words,
        current=role.words,
    )
