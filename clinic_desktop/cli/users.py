"""`users` and `audit`: the clinic's accounts and its audit trail from the command line.

A new password is never an argument (it would sit in the shell's history and the process list):
it comes from CLINIC_NEW_PASSWORD, else is asked twice at the terminal, else the command is refused.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from clinic_desktop.cli.output import Output, table
from clinic_desktop.cli.sign_in import credentials, new_password
from clinic_desktop.domain.access import Permission, Role
from clinic_desktop.domain.audit import AuditEntry, KeyReplacement, parse_anchor
from clinic_desktop.domain.clinic_time import parse_date
from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.domain.tokens import DEFAULT_DAYS, MAX_DAYS, AccessToken
from clinic_desktop.domain.users import UserAccount, parse_role

if TYPE_CHECKING:
    from clinic_desktop.services import ClinicServices

ROLES = [r.value for r in Role]


def add_parsers(sub: Any, json_flag: Any, parser_class: type) -> None:
    """`users` (with `users token`) and `audit` with their actions."""
    _add_users_parsers(sub, json_flag, parser_class)
    _add_audit_parsers(sub, json_flag, parser_class)


def _add_users_parsers(sub: Any, json_flag: Any, parser_class: type) -> None:
    users = sub.add_parser("users", help="user accounts and their roles (managers)")
    usub = users.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=parser_class)
    p = usub.add_parser(
        "add",
        help="add a user; the password from $CLINIC_NEW_PASSWORD or asked twice",
        description="Add a user account. Its password is read from the environment variable "
        "CLINIC_NEW_PASSWORD, else asked for twice at the terminal (at least 8 characters).",
    )
    p.add_argument("--name", required=True)
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument(
        "--provider",
        type=int,
        metavar="ID",
        help="the provider record a provider account is (required for --role provider)",
    )
    json_flag(p)
    p = usub.add_parser("list", help="every account: name, role, whether it is active or locked")
    json_flag(p)
    p = usub.add_parser(
        "passwd",
        help="change a password (your own, or anyone's as a manager)",
        description="Change NAME's password: your own, or anyone's as a manager. The new password "
        "is read from CLINIC_NEW_PASSWORD, else asked for twice at the terminal.",
    )
    p.add_argument("name", metavar="NAME")
    json_flag(p)
    p = usub.add_parser("set", help="change a user's role, or switch the account off or on")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", choices=ROLES)
    p.add_argument("--active", choices=["yes", "no"], help="no: the account can no longer sign in")
    p.add_argument(
        "--provider",
        type=int,
        metavar="ID",
        help="link a provider account to its provider record (it charts and signs as them)",
    )
    json_flag(p)
    p = usub.add_parser("unlock", help="unlock an account locked after wrong passwords")
    p.add_argument("name", metavar="NAME")
    json_flag(p)
    add_token_parsers(usub, json_flag, parser_class)


def _add_audit_parsers(sub: Any, json_flag: Any, parser_class: type) -> None:
    audit = sub.add_parser("audit", help="the audit trail: who changed or opened what, and when")
    asub = audit.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=parser_class)
    p = asub.add_parser(
        "verify",
        help="check the hash chain, the anchors given and the accounts; exit 1 naming each problem",
        description="Check the audit trail end to end: its hash chain (signed with the clinic's audit "
        "key), the head kept beside it, each anchor given, and every account's role, switch and "
        "password against the last audited change of that account. Exit 1 naming each problem.",
    )
    p.add_argument(
        "--anchor",
        action="append",
        default=[],
        metavar="ID:HASH",
        help="an anchor taken earlier (audit anchor, a day list, a backup): the trail must still hold "
        "that entry with that hash (repeatable)",
    )
    json_flag(p)
    p = asub.add_parser(
        "anchor",
        help="the newest entry's id and hash (ID:HASH), to keep outside the database",
        description="Print the audit trail's newest entry as ID:HASH. Kept outside the database "
        "(printed, mailed, written beside a backup), it lets `audit verify --anchor ID:HASH` prove "
        "later that the trail was not cut short and rewritten.",
    )
    json_flag(p)
    _add_audit_key_parsers(asub, json_flag, parser_class)
    p = asub.add_parser("list", help="entries, newest first, filtered by patient, user and dates")
    p.add_argument("--patient", type=int, metavar="ID", help="only entries about this patient")
    p.add_argument("--user", dest="by", metavar="NAME", help="only what this user did")
    p.add_argument("--from", dest="first", metavar="DATE", help="first clinic-local date")
    p.add_argument("--to", dest="last", metavar="DATE", help="last clinic-local date (included)")
    p.add_argument("--limit", type=int, metavar="N", help="at most N entries (the newest)")
    json_flag(p)


def _add_audit_key_parsers(asub: Any, json_flag: Any, parser_class: type) -> None:
    """`audit key export|import|replace`: the clinic's audit key between workstations."""
    p = asub.add_parser("key", help="copy the clinic's audit key to another workstation, or back it up")
    ksub = p.add_subparsers(dest="key_action", metavar="ACTION", required=True, parser_class=parser_class)
    k = ksub.add_parser(
        "export",
        help="write a copy of the clinic's audit key to a new FILE (keep it safe: it is a secret)",
        description="Write a copy of the clinic's audit key to FILE (a new file, readable by you only), "
        "to import on another workstation or to keep with the backups. Whoever holds it can sign "
        "audit entries: keep it as safe as the backups.",
    )
    k.add_argument("file", metavar="FILE")
    json_flag(k)
    k = ksub.add_parser(
        "import",
        help="keep the clinic's audit key from FILE on this computer (a manager signs in with it)",
        description="Check that FILE holds this clinic's audit key (it must sign the trail), sign in "
        "with it (a manager), and keep it in this computer's key folder.",
    )
    k.add_argument("file", metavar="FILE")
    json_flag(k)
    k = ksub.add_parser(
        "replace",
        help="when every copy of the key is lost: a manager makes a new one (recorded, with --reason)",
        description="Only when every copy of the clinic's audit key is lost (docs/audit-key.md): a "
        "manager (--user NAME, the password from CLINIC_PASSWORD or the terminal) makes a new key. "
        "Its first entry records the key it replaces, the last entry before it, who, when, on which "
        "computer and why. The entries sealed with the lost key can no longer be proven by their "
        "seals: audit verify and check say so every time; anchors taken before still prove them.",
    )
    # Also after the action (`audit key replace --user NAME`); SUPPRESS keeps the global --user.
    k.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS, help="the manager replacing the key")
    k.add_argument("--reason", metavar="TEXT", required=True, help="why the key is replaced (recorded)")
    json_flag(k)


def add_token_parsers(usub: Any, json_flag: Any, parser_class: type) -> None:
    """`users token create|list|revoke`: personal access tokens for scripts (domain/tokens.py)."""
    token = usub.add_parser(
        "token",
        help="personal access tokens: sign scripts in with $CLINIC_TOKEN instead of a password",
        description="A token signs a command in through the environment variable CLINIC_TOKEN alone "
        "(no name, no password), with its account's role as it is when used. It is shown once when "
        "made; the clinic keeps only its SHA-256 digest.",
    )
    tsub = token.add_subparsers(
        dest="token_action", metavar="ACTION", required=True, parser_class=parser_class
    )
    p = tsub.add_parser("create", help="make a token (yours, or another user's as a manager); shown once")
    p.add_argument(
        "--user", dest="token_user", metavar="NAME", help="whose token (default: yours; others': managers)"
    )
    p.add_argument(
        "--days",
        type=int,
        metavar="N",
        help=f"how long it lasts (default {DEFAULT_DAYS}, at most {MAX_DAYS})",
    )
    json_flag(p)
    p = tsub.add_parser("list", help="your tokens (a manager: everyone's), without their secrets")
    p.add_argument("--user", dest="token_user", metavar="NAME", help="only this user's tokens")
    json_flag(p)
    p = tsub.add_parser("revoke", help="revoke a token at once (yours, or anyone's as a manager)")
    p.add_argument("id", type=int, metavar="ID")
    json_flag(p)


def token_json(token: AccessToken, s: ClinicServices) -> dict[str, Any]:
    return {
        "id": token.id,
        "user": token.user_name,
        "created": s.time.iso(token.created_at),
        "expires": s.time.iso(token.expires_at),
        "revoked": s.time.iso(token.revoked_at) if token.revoked_at is not None else None,
        "last_used": s.time.iso(token.last_used_at) if token.last_used_at is not None else None,
        "state": token.state(s.real_now()),
    }


def run_tokens(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    action = args.token_action
    if action == "create":
        made = s.tokens.create(args.token_user, args.days)
        expires = s.time.to_local(made.token.expires_at)
        out.say(
            f"Token {made.token.id} for {made.token.user_name}, valid until {expires:%Y-%m-%d %H:%M}. "
            "It is shown only this once; keep it like a password (CLINIC_TOKEN=...):"
        )
        document = {"id": made.token.id, "user": made.token.user_name, "token": made.text,
                    "expires": s.time.iso(made.token.expires_at)}  # fmt: skip
        out.result(document, text=made.text)
        return 0
    if action == "list":
        found = s.tokens.list(args.token_user)
        rows = [
            [str(t.id), t.user_name, f"{s.time.to_local(t.expires_at):%Y-%m-%d %H:%M}", t.state(s.real_now())]
            for t in found
        ]
        out.result([token_json(t, s) for t in found], table(rows, ["id", "user", "expires", "state"]))
        return 0
    if action == "revoke":
        token = s.tokens.revoke(args.id)
        out.say(f"Token {token.id} of {token.user_name} is revoked.")
        out.result(token_json(token, s), text="")
        return 0
    raise AssertionError(action)


def user_json(user: UserAccount, s: ClinicServices) -> dict[str, Any]:
    now = s.real_now()
    return {
        "id": user.id,
        "name": user.name,
        "role": user.role.value,
        "active": user.active,
        "locked_until": s.time.iso(user.locked_until) if user.locked_at(now) and user.locked_until else None,
        "provider_id": user.provider_id,
    }


def run_users(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    action = args.action
    if action == "token":
        return run_tokens(args, s, out)
    if action == "list":
        users = s.users.list()
        rows = [
            [str(u.id), u.name, u.role.value, _linked(u), "yes" if u.active else "no", _locked(u, s)]
            for u in users
        ]
        out.result(
            [user_json(u, s) for u in users],
            table(rows, ["id", "name", "role", "provider", "active", "locked"]),
        )
        return 0
    if action == "add":
        role = parse_role(args.role)
        password = new_password(out.stdin, prompt=f"Password for {args.name}")
        user = s.users.add(args.name, role, password, args.provider)
        linked = f", charting as provider {user.provider_id}" if user.provider_id is not None else ""
        out.say(f"Added {user.name} as {user.role.value} (id {user.id}{linked}).")
        out.result(user_json(user, s), text="")
        return 0
    if action == "passwd":
        user = s.users.by_name(args.name)
        session = s.session
        if session is not None and session.user_id != user.id:
            s.require(Permission.USERS)  # before asking for a password that would be refused
        password = new_password(out.stdin, prompt=f"New password for {user.name}")
        user = s.users.set_password(user.name, password)
        out.say(f"{user.name}'s password was changed.")
        out.result(user_json(user, s), text="")
        return 0
    if action == "set":
        if args.role is None and args.active is None and args.provider is None:
            raise ValidationError("Say what to change: --role ROLE, --provider ID and/or --active yes|no.")
        user = s.users.by_name(args.name)
        new_role = parse_role(args.role) if args.role is not None else None
        active = None if args.active is None else args.active == "yes"
        user = s.users.change(user.id, role=new_role, active=active, provider_id=args.provider)
        linked = f" (provider {user.provider_id})" if user.provider_id is not None else ""
        out.say(f"{user.name} is now {user.role.value}{linked}{'' if user.active else ', switched off'}.")
        out.result(user_json(user, s), text="")
        return 0
    if action == "unlock":
        user = s.users.unlock(s.users.by_name(args.name).id)
        out.say(f"{user.name}'s account is unlocked.")
        out.result(user_json(user, s), text="")
        return 0
    raise AssertionError(action)


def _linked(user: UserAccount) -> str:
    if user.provider_id is not None:
        return str(user.provider_id)
    return "not linked" if user.role is Role.PROVIDER else ""


def _locked(user: UserAccount, s: ClinicServices) -> str:
    if user.locked_until is None or not user.locked_at(s.real_now()):
        return ""
    return f"until {s.time.to_local(user.locked_until):%Y-%m-%d %H:%M}"


def entry_json(entry: AuditEntry, s: ClinicServices) -> dict[str, Any]:
    return {
        "id": entry.id,
        "at": s.time.iso(entry.at),
        "user": entry.user,
        "action": entry.action,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "before": entry.before,
        "after": entry.after,
        "patient_id": entry.patient_id,
    }


def replaced_json(
    replaced: KeyReplacement, span: tuple[int, int] | None, s: ClinicServices
) -> dict[str, Any]:
    return {
        "entry": replaced.entry,
        "at": s.time.iso(replaced.at),
        "user": replaced.user,
        "hostname": replaced.hostname,
        "reason": replaced.reason,
        "previous": f"{replaced.previous}:{replaced.previous_hash}",
        "unchecked": list(span) if span is not None else None,
    }


def before_sign_in(args: argparse.Namespace, s: ClinicServices) -> None:
    """`audit key import FILE`: the key is read, and checked against the trail, before the manager
    signs in, so that on a computer without the key a wrong password is recorded all the same."""
    if args.command == "audit" and args.action == "key" and args.key_action == "import":
        s.audit_keys.offer_key(args.file)


def signs_in_itself(args: argparse.Namespace) -> bool:
    """`audit key replace` checks the manager's password itself: nobody can sign in while the
    clinic's audit key is lost (services AuditKeyService.replace_lost_key)."""
    return bool(args.command == "audit" and args.action == "key" and args.key_action == "replace")


def run_audit(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    if args.action == "verify":
        anchors = [parse_anchor(text) for text in args.anchor]
        verdict = s.audit.verify(anchors)
        if not verdict.intact:
            for problem in verdict.problems:
                out.say(problem)
            for note in verdict.notes:
                out.say(note)
            return 1
        held = f"; the trail holds the anchor{'s' if len(anchors) > 1 else ''} given" if anchors else ""
        if verdict.replaced:
            out.say(f"{verdict.verified:,} entries verified{held}.")
        else:
            out.say(f"{verdict.verified:,} entries verified: the audit trail is intact{held}.")
        for note in verdict.notes:
            out.say(note)
        out.result(
            {"verified": verdict.verified, "intact": True, "keyed_from": verdict.keyed_from,
             "anchors": list(verdict.anchors), "unchecked": verdict.unchecked,
             "replaced_keys": [replaced_json(r, span, s) for r, span in verdict.replaced]},
            text="",
        )  # fmt: skip
        return 0
    if args.action == "anchor":
        anchor = s.audit.anchor()
        if anchor is None:
            raise ValidationError("The audit trail is empty: there is no entry to anchor yet.")
        out.result({"id": anchor.id, "hash": anchor.hash, "anchor": anchor.text}, text=anchor.text)
        return 0
    if args.action == "key":
        if args.key_action == "export":
            key = s.audit_keys.export_key(args.file)
            out.say(
                f"The clinic's audit key was written to {args.file}. Keep it as safe as the backups; "
                f"import it on another workstation with `audit key import {args.file}`."
            )
            out.result({"file": args.file, "clinic": key.clinic, "keyed_from": key.keyed_from}, text="")
            return 0
        if args.key_action == "replace":
            name, password = credentials(args.user, out.stdin)
            replaced = s.audit_keys.replace_lost_key(name, password, args.reason)
            out.say(
                f"The clinic's audit key was replaced: a new key is kept on this computer and seals "
                f"the trail from entry {replaced.entry} on. Entries {replaced.lost_from}–"
                f"{replaced.previous} stay as they were, but their seals can no longer be checked. "
                f"Export the new key now and keep it with the backups (`audit key export FILE`)."
            )
            out.result(replaced_json(replaced, (replaced.lost_from, replaced.previous), s), text="")
            return 0
        saved = s.audit_keys.import_key()
        out.say(f"The clinic's audit key is kept on this computer ({saved}).")
        out.result({"file": str(saved)}, text="")
        return 0
    first = parse_date(args.first) if args.first is not None else None
    last = parse_date(args.last) if args.last is not None else None
    if first and last and last < first:
        raise ValidationError(f"The range of dates ends ({last}) before it starts ({first}).")
    if args.limit is not None and args.limit < 1:
        raise ValidationError("--limit is a number of entries, 1 or more.")
    entries = s.audit.entries(patient_id=args.patient, user=args.by, first_day=first, last_day=last,
                              limit=args.limit)  # fmt: skip
    rows = [
        [str(e.id), f"{s.time.to_local(e.at):%Y-%m-%d %H:%M:%S}", e.user, e.action, e.entity, e.entity_id]
        for e in entries
    ]
    out.result(
        [entry_json(e, s) for e in entries],
        table(rows, ["id", "at", "user", "action", "entity", "entity id"]) if entries else "",
    )
    if not entries:
        out.say("No audit entries match.")
    return 0
