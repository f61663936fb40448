"""`messages ...` and `patients consent`: the outbox from the command line (shared docs/cli.md,
"Messages: reminders and recall invitations").

`messages send` is the one command for servers: run it from cron or a systemd timer every few
minutes on one computer (the one that holds the channels' passwords); running it more often, or on
two computers at once, never sends a message twice (services/messages.py says how)."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING, Any

from clinic_desktop.cli.output import Output, table
from clinic_desktop.domain.errors import ClinicError, ValidationError
from clinic_desktop.domain.message_settings import parse_flag

if TYPE_CHECKING:
    from clinic_desktop.domain.outbox import Channel
    from clinic_desktop.services import ClinicServices
    from clinic_desktop.services.messages import ChannelInfo

PASSWORD_VARIABLE = "CLINIC_CHANNEL_PASSWORD"


class ChannelProblemError(ClinicError):
    """A channel is not set up here or refused its credentials: `messages send` exits 1."""


# The messages' rules (domain/messages.py) and channels are loaded by these commands alone:
# `patients consent` is added to every patients command's parser (a command's start-up, issue 22).


def add_parsers(sub: Any, json_flag: Any, parser_class: type) -> None:
    from clinic_desktop.domain.outbox import MessageState
    from clinic_desktop.services.channels import DEFAULT_SMS_BODY

    messages = sub.add_parser(
        "messages",
        help="reminders and recall invitations by email and text: the outbox",
        description="The outbox: confirmations, reminders, recall invitations and no-show follow-ups. "
        "Run `messages send` every few minutes (cron, a systemd timer) on the computer that holds the "
        "channels' passwords.",
    )
    msub = messages.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=parser_class)

    p = msub.add_parser("channel", help="set up email (SMTP) or text messages (an HTTP gateway)")
    csub = p.add_subparsers(dest="channel", metavar="CHANNEL", required=True, parser_class=parser_class)
    p = csub.add_parser(
        "email",
        help="the mail server (password from $CLINIC_CHANNEL_PASSWORD, kept outside the database)",
    )
    p.add_argument("--host", required=True)
    p.add_argument("--port", type=int, help="default: 25, 587 (starttls) or 465 (tls)")
    p.add_argument("--security", required=True, choices=["none", "starttls", "tls"])
    p.add_argument(
        "--from", dest="sender", required=True, metavar="ADDR", help="the address emails come from"
    )
    # dest: the global --user is who runs the command; this one is the mail server's user name.
    p.add_argument(
        "--user", dest="channel_user", default="", metavar="U", help="the user name the server asks for"
    )
    json_flag(p)
    p = csub.add_parser(
        "sms",
        help="the text-message gateway (password or API key from $CLINIC_CHANNEL_PASSWORD)",
        description="Texts are POSTed to URL with HTTP Basic authentication (--user and the password) or a "
        "bearer token (the password alone). The body template's fields are $to, $from, $text and $key; "
        f"default: {DEFAULT_SMS_BODY}. A template that is not JSON is sent as a form.",
    )
    p.add_argument("--url", required=True)
    p.add_argument("--user", dest="channel_user", default="", metavar="U", help="the gateway's user name")
    p.add_argument("--body-template", metavar="T")
    p.add_argument(
        "--from", dest="sender", default="", metavar="SENDER", help="the number or name texts come from"
    )
    json_flag(p)
    p = csub.add_parser("list", help="how each channel is set up, and whether this computer has its password")
    json_flag(p)

    p = msub.add_parser("send", help="send what is due now (--now honoured); safe to run from cron")
    json_flag(p)
    p = msub.add_parser("list", help="the outbox, newest first")
    p.add_argument("--patient", type=int, metavar="ID")
    p.add_argument(
        "--state", choices=[s.value for s in MessageState if s is not MessageState.SENDING] + ["sending"]
    )
    p.add_argument("--limit", type=int, default=500)
    json_flag(p)
    p = msub.add_parser("retry", help="send a failed message again")
    p.add_argument("id", type=int)
    json_flag(p)
    p = msub.add_parser("cancel", help="withdraw a queued or failed message")
    p.add_argument("id", type=int)
    json_flag(p)
    p = msub.add_parser(
        "reply",
        help="a patient's reply (from a gateway's inbound hook): STOP opts out, YES books the offered slot",
    )
    p.add_argument("--from", dest="sender", required=True, metavar="NUMBER_OR_ADDRESS")
    p.add_argument("--text", required=True)
    json_flag(p)


def add_consent_command(patients_subparsers: Any) -> None:
    p = patients_subparsers.add_parser(
        "consent", help="what the patient agreed to be contacted by (email, text messages)"
    )
    p.add_argument("id", type=int)
    p.add_argument("--email", choices=["yes", "no"], help="may the clinic email them")
    p.add_argument("--sms", choices=["yes", "no"], help="may the clinic text them")
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON document")


def run_consent(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    from clinic_desktop.domain.outbox import Channel

    email = parse_flag(args.email) if args.email else None
    sms = parse_flag(args.sms) if args.sms else None
    if email is None and sms is None:
        found = s.messages.consent(args.id)
    else:
        found = s.messages.set_consent(args.id, email, sms)
    document = {"patient_id": args.id, "email": found[Channel.EMAIL], "sms": found[Channel.SMS]}
    words = ", ".join(f"{c.label.lower()}s: {'yes' if found[c] else 'no'}" for c in Channel)
    out.say(f"Patient {args.id} agrees to {words}.")
    out.result(document)
    return 0


def run_messages(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    from clinic_desktop.domain.outbox import MessageState

    service = s.messages
    if args.action == "channel":
        return _channel(args, s, out)
    if args.action == "send":
        report = service.send_due()
        if report.problems:
            raise ChannelProblemError(
                " ".join(report.problems)
                + f" Sent {report.sent}, failed {report.failed}, withdrawn {report.withdrawn}, "
                f"waiting {report.waiting}."
            )
        out.say(
            f"Sent {report.sent}, failed {report.failed} (tried again later), withdrawn {report.withdrawn}, "
            f"waiting {report.waiting}."
            + (
                f" {report.interrupted} interrupted earlier: see `messages list --state failed`."
                if report.interrupted
                else ""
            )
        )
        out.result(report.as_json())
        return 0
    if args.action == "list":
        state = MessageState(args.state) if args.state else None
        entries = service.outbox(args.patient, state, args.limit)
        rows = [
            [str(e.id), s.time.iso(e.due_at)[:16], e.patient_name, e.kind.value, e.channel.value,
             e.state.value, str(e.attempts), e.last_error[:60]]
            for e in entries
        ]  # fmt: skip
        out.result(
            [service.message_json(e) for e in entries],
            table(rows, ["id", "due", "patient", "kind", "channel", "state", "tries", "last error"]),
        )
        return 0
    if args.action == "retry":
        entry = service.retry(args.id)
        out.say(f"Message {entry.id} is queued again.")
        out.result(service.message_json(entry))
        return 0
    if args.action == "cancel":
        entry = service.cancel(args.id)
        out.say(f"Message {entry.id} is withdrawn.")
        out.result(service.message_json(entry))
        return 0
    said = service.record_reply(args.sender, args.text)
    out.say(said)
    out.result({"from": args.sender, "done": said})
    return 0


def _channel(args: argparse.Namespace, s: ClinicServices, out: Output) -> int:
    from clinic_desktop.domain.outbox import Channel

    service = s.messages
    if args.channel == "list":
        infos = service.channels()
        rows = [[i.channel.value, _describe(i), "yes" if i.has_password else "no"] for i in infos]
        out.result([channel_json(i) for i in infos], table(rows, ["channel", "set up", "password here"]))
        return 0
    password = os.environ.get(PASSWORD_VARIABLE) or None
    channel = Channel(args.channel)
    user = args.channel_user
    if user and password is None and not _known_password(s, channel):
        raise ValidationError(
            f"Give the password for {user} in the environment variable {PASSWORD_VARIABLE} "
            "(never on the command line, where other users of the computer can read it)."
        )
    if channel is Channel.EMAIL:
        info = service.set_email_channel(args.host, args.port, args.security, args.sender, user, password)
    else:
        info = service.set_sms_channel(args.url, user, args.body_template, args.sender, password)
    kept = f"; its password is kept in {info.kept_in}" if password else ""
    out.say(f"{info.channel.label}s go through {_describe(info)}{kept}.")
    out.result(channel_json(info))
    return 0


def _known_password(s: ClinicServices, channel: Channel) -> bool:
    return any(i.has_password for i in s.messages.channels() if i.channel is channel)


def _describe(info: ChannelInfo) -> str:
    return info.settings.describe() if info.settings is not None else "not set up"


def channel_json(info: ChannelInfo) -> dict[str, Any]:
    from clinic_desktop.services.channels import EmailSettings, SmsSettings

    settings = info.settings
    document: dict[str, Any] = {"channel": info.channel.value, "set_up": settings is not None}
    if isinstance(settings, EmailSettings):
        document.update(host=settings.host, port=settings.port, security=settings.security,
                        sender=settings.sender, user=settings.user)  # fmt: skip
    elif isinstance(settings, SmsSettings):
        document.update(url=settings.url, user=settings.user, body_template=settings.body_template,
                        sender=settings.sender)  # fmt: skip
    document["password_here"] = info.has_password
    return document
