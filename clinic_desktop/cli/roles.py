"""Which role may run which command: the command line's gate, in one table (shared docs/cli.md,
"Roles": reception runs patients, appointments, schedule, slots, followups, recalls, export ics
and info; a provider all of that and treatments, outcomes, protocols, lots and export fhir; a
manager everything except recording treatments and outcomes).

Each command (or command and action) maps to the Permission of domain/access.py that the services
ask for the same work, so a refusal here reads exactly like the services' own ("Charting needs the
provider role; you are signed in as manager."). The gate is asked before the command runs so that
a refused command opens nothing and writes nothing; the services check again on their side, which
is what keeps the window and in-process scripts honest too."""

from __future__ import annotations

import argparse

from clinic_desktop.domain.access import Permission

P = Permission

#: (command, action) -> what it needs; (command, None) is the rule for all of the command's
#: actions that have no rule of their own. None: any signed-in user (a rule of the service's own,
#: such as "your own password, or anyone's as a manager", decides the rest).
RULES: dict[tuple[str, str | None], Permission | None] = {
    ("info", None): None,
    ("check", None): P.MAINTENANCE,
    ("demo", None): P.MAINTENANCE,
    ("restore", None): P.MAINTENANCE,
    ("backup", None): P.BACKUPS,
    ("settings", None): P.SETTINGS,
    ("providers", None): P.SETTINGS,
    ("rooms", None): P.SETTINGS,
    ("types", None): P.SETTINGS,
    ("hours", None): P.SETTINGS,
    ("timeoff", None): P.SETTINGS,
    ("patients", None): P.DEMOGRAPHICS,
    ("appointments", None): P.SCHEDULE,
    ("schedule", None): P.SCHEDULE,
    ("slots", None): P.SCHEDULE,
    ("followups", None): P.RECALLS,
    # A patient's own re-treatment interval is a clinical decision (services/followups.py).
    ("followups", "plan"): P.CHART_WRITE,
    ("recalls", None): P.RECALLS,
    ("lots", None): P.STOCK,
    ("protocols", None): P.STOCK,
    ("treatments", None): P.CHART_READ,
    ("treatments", "record"): P.CHART_WRITE,
    ("outcomes", None): P.CHART_READ,
    ("outcomes", "add"): P.CHART_WRITE,
    # A clinic's own measure is clinical set-up like its own protocols: providers and managers.
    ("outcomes", "define"): P.STOCK,
    # Health records leaving the clinic unless said otherwise; the calendar is reception's.
    ("export", None): P.EXPORT_RECORDS,
    ("export", "ics"): P.EXPORT_CALENDAR,
    ("export", "appointments"): P.EXPORT_CALENDAR,
    ("export", "recalls"): P.RECALLS,
    ("users", None): P.USERS,
    ("users", "passwd"): None,
    # Personal access tokens: one's own for anyone; others' for managers (services/tokens.py).
    ("users", "token"): None,
    ("audit", None): P.AUDIT,
    # The outbox is the front desk's; how the clinic sends (its channels) is a clinic setting.
    ("messages", None): P.MESSAGES,
    ("messages", "channel"): P.SETTINGS,
}

#: Commands that may run before anyone can sign in: `init` makes the first account and `gui` signs
#: in through its own window. (`demo` and `restore` on a database just made are the runner's call.)
WITHOUT_SIGN_IN = frozenset({"init", "gui"})

#: What a command nobody listed needs: the manager's, so that a new command is never open to all.
UNLISTED = P.MAINTENANCE


def command_key(args: argparse.Namespace) -> tuple[str, str | None]:
    return str(args.command), getattr(args, "action", None)


def needed(command: str, action: str | None) -> Permission | None:
    """The permission a command needs (None: only being signed in)."""
    if (command, action) in RULES:
        return RULES[command, action]
    return RULES.get((command, None), UNLISTED)


def listed(command: str, action: str | None) -> bool:
    """Whether the table says something about this command (a test keeps every command listed)."""
    return (command, action) in RULES or (command, None) in RULES or command in WITHOUT_SIGN_IN
