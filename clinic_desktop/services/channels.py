"""The two ways a message leaves the clinic, through their real protocols:

- **Email over SMTP** (Python's ``smtplib`` and ``email``): plain (a relay on the clinic's own
  network), STARTTLS (port 587) or TLS from the start (port 465), with a user name and password
  when the server asks for them. The server's certificate is verified against the computer's
  trusted authorities, as a browser would. One connection serves a whole run of ``messages send``.
- **Text messages through an HTTP gateway**: the common shape of SMS providers' APIs, one POST per
  message to a URL the clinic sets, authenticated with HTTP Basic (a user name and password or
  API key) or a bearer token (a key alone), with a body made from a template the clinic can change
  (JSON by default; a template that is not JSON is sent as a form). Fields: ``$to``, ``$from``,
  ``$text``, ``$key`` (the outbox's message key, also sent as the ``Idempotency-Key`` header,
  which gateways that support it use to refuse a duplicate).

Failures come back as one of two kinds, so the outbox knows what to do:
``ChannelRefusedError`` (the channel cannot be used at all: wrong password, a certificate that
does not verify, no such server name; nothing is counted against the message, which waits for
the channel to be fixed) and ``SendFailure`` (this message did not go: ``retry`` says whether
trying again later may help, as for a gateway answering 500). Neither ever holds a password.
"""

from __future__ import annotations

import json
import socket
import string
import urllib.parse
from base64 import b64encode
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported where a message is sent: a booking that queues one loads none of them
    import smtplib
    from email.message import EmailMessage

from clinic_desktop import APP_TITLE, __version__
from clinic_desktop.domain.errors import ClinicError, ValidationError
from clinic_desktop.domain.words import QT_TR_NOOP, Text

TIMEOUT_SECONDS = 30
SECURITY = ("none", "starttls", "tls")
DEFAULT_PORTS = {"none": 25, "starttls": 587, "tls": 465}
DEFAULT_SMS_BODY = '{"to": "$to", "from": "$from", "text": "$text"}'
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


class ChannelRefusedError(ClinicError):
    """The channel cannot be used as set up: nothing was sent and no message is the worse for it."""


class SendFailure(Exception):  # noqa: N818 - a result the outbox records, not a programming error
    """This one message did not go; ``retry``: whether a later attempt may succeed."""

    def __init__(self, reason: str, retry: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry = retry


@dataclass(frozen=True)
class Outgoing:
    key: str  # the outbox's unique key
    to: str  # an email address or an E.164 number
    subject: str
    body: str
    calendar: bytes | None = None  # an iCalendar file to attach (emails)


@dataclass(frozen=True)
class EmailSettings:
    host: str
    port: int
    security: str
    sender: str
    user: str = ""

    def describe(self) -> Text:
        said = {"host": self.host, "port": self.port, "security": self.security, "sender": self.sender}
        if self.user:
            return Text(
                QT_TR_NOOP("{host}:{port} ({security}, as {user}), from {sender}"), user=self.user, **said
            )
        return Text(QT_TR_NOOP("{host}:{port} ({security}), from {sender}"), **said)


@dataclass(frozen=True)
class SmsSettings:
    url: str
    user: str = ""
    body_template: str = DEFAULT_SMS_BODY
    sender: str = ""

    def describe(self) -> Text:
        if self.user:
            return Text(QT_TR_NOOP("{url}, as {user}"), url=self.url, user=self.user)
        return Text(self.url)


def check_email_settings(host: str, port: int | None, security: str, sender: str, user: str) -> EmailSettings:
    host = host.strip()
    if not host or any(c.isspace() for c in host):
        raise ValidationError(QT_TR_NOOP("'{host}' is not a mail server's name."), host=host)
    if security not in SECURITY:
        raise ValidationError(
            QT_TR_NOOP("'{security}' is not a kind of connection: use none, starttls or tls."),
            security=security,
        )
    chosen = DEFAULT_PORTS[security] if port is None else port
    if not 1 <= chosen <= 65535:
        raise ValidationError(QT_TR_NOOP("{port} is not a port number (1 to 65535)."), port=chosen)
    from clinic_desktop.domain.patients import require_email

    address = require_email(sender)
    if not address:
        raise ValidationError(QT_TR_NOOP("Say which address the emails come from (--from)."))
    return EmailSettings(host, chosen, security, address, user.strip())


def check_sms_settings(url: str, user: str, body_template: str | None, sender: str) -> SmsSettings:
    parsed = urllib.parse.urlsplit(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise ValidationError(
            QT_TR_NOOP("'{url}' is not a web address of a text-message gateway (https://...)."), url=url
        )
    if parsed.scheme == "http" and parsed.hostname not in LOCAL_HOSTS:
        raise ValidationError(
            QT_TR_NOOP(
                "The gateway's address must start with https:// (its password would otherwise cross the "
                "network readable); plain http is allowed only to this computer."
            )
        )
    template = (body_template or DEFAULT_SMS_BODY).strip()
    try:
        fields = {m.group("named") or m.group("braced") for m in string.Template.pattern.finditer(template)}
    except ValueError:
        fields = set()
    fields.discard(None)
    unknown = sorted(f for f in fields if f not in ("to", "from", "text", "key"))
    if unknown or "text" not in fields or "to" not in fields:
        if unknown:
            raise ValidationError(
                QT_TR_NOOP(
                    "The gateway's body template must hold $to and $text (and may hold $from and $key); "
                    "it has ${field}."
                ),
                field=unknown[0],
            )
        raise ValidationError(
            QT_TR_NOOP("The gateway's body template must hold $to and $text (and may hold $from and $key).")
        )
    return SmsSettings(url.strip(), user.strip(), template, sender.strip())


# --- email --------------------------------------------------------------------------------------------


class EmailChannel:
    """Sends through one SMTP connection, opened at the first message and closed by ``close``."""

    def __init__(
        self, settings: EmailSettings, password: str | None, timeout: float = TIMEOUT_SECONDS
    ) -> None:
        self.settings = settings
        self._password = password
        self._timeout = timeout
        self._smtp: smtplib.SMTP | None = None

    def _where(self) -> Text:
        return Text(
            QT_TR_NOOP("the mail server {host}:{port}"), host=self.settings.host, port=self.settings.port
        )

    def _connect(self) -> smtplib.SMTP:
        import smtplib
        import ssl

        s = self.settings
        context = ssl.create_default_context()
        try:
            smtp: smtplib.SMTP
            if s.security == "tls":
                smtp = smtplib.SMTP_SSL(s.host, s.port, timeout=self._timeout, context=context)
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=self._timeout)
                if s.security == "starttls":
                    smtp.starttls(context=context)
            if s.user:
                if self._password is None:
                    raise ChannelRefusedError(
                        QT_TR_NOOP(
                            "The email channel has no password on this computer for {user}: set it with "
                            "`messages channel email ...` and CLINIC_CHANNEL_PASSWORD."
                        ),
                        user=s.user,
                    )
                smtp.login(s.user, self._password)
        except smtplib.SMTPAuthenticationError as exc:
            raise ChannelRefusedError(
                QT_TR_NOOP(
                    "{server} refused the user name or password ({answer}). "
                    "Nothing was sent; the messages wait. Set the right ones with `messages channel email` "
                    "(the password in CLINIC_CHANNEL_PASSWORD)."
                ),
                server=self._where(),
                answer=f"{exc.smtp_code} {_said(exc.smtp_error)}",
            ) from None
        except smtplib.SMTPNotSupportedError as exc:
            raise ChannelRefusedError(
                QT_TR_NOOP(
                    "{server} does not offer what the channel is set up to use ({problem}); check "
                    "its security (none, starttls, tls) and whether it wants a user name."
                ),
                server=self._where(),
                problem=str(exc),
            ) from None
        except ssl.SSLCertVerificationError as exc:
            raise ChannelRefusedError(
                QT_TR_NOOP(
                    "{server}'s certificate could not be verified ({problem}); nothing "
                    "was sent. Check the server's name."
                ),
                server=self._where(),
                problem=str(exc.verify_message),
            ) from None
        except (ssl.SSLError, smtplib.SMTPHeloError) as exc:
            raise ChannelRefusedError(
                QT_TR_NOOP("{server} could not be used securely ({problem})."),
                server=self._where(),
                problem=str(exc),
            ) from None
        except socket.gaierror:
            raise ChannelRefusedError(
                QT_TR_NOOP("There is no mail server called {host}."), host=s.host
            ) from None
        except (smtplib.SMTPException, OSError) as exc:
            raise SendFailure(f"{self._where()} could not be reached ({_brief(exc)}).", retry=True) from None
        return smtp

    def send(self, message: Outgoing) -> str:
        """Send one email; its Message-ID (what the contact log and the outbox keep)."""
        import smtplib

        if self._smtp is None:
            self._smtp = self._connect()
        email = self._build(message)
        try:
            self._smtp.send_message(email)
        except smtplib.SMTPRecipientsRefused as exc:
            answer = next(iter(exc.recipients.values()), (0, b""))
            retry = 400 <= int(answer[0]) < 500
            raise SendFailure(
                f"{self._where()} refused the address {message.to} ({answer[0]} {_said(answer[1])}).", retry
            ) from None
        except smtplib.SMTPSenderRefused as exc:
            raise ChannelRefusedError(
                QT_TR_NOOP("{server} refused the sender address {sender} ({answer})."),
                server=self._where(),
                sender=self.settings.sender,
                answer=f"{exc.smtp_code} {_said(exc.smtp_error)}",
            ) from None
        except smtplib.SMTPResponseException as exc:
            self.close()
            raise SendFailure(
                f"{self._where()} answered {exc.smtp_code} {_said(exc.smtp_error)}.",
                400 <= exc.smtp_code < 500,
            ) from None
        except (smtplib.SMTPException, OSError) as exc:
            self.close()
            raise SendFailure(f"{self._where()} stopped answering ({_brief(exc)}).", retry=True) from None
        return str(email["Message-ID"])

    def _build(self, message: Outgoing) -> EmailMessage:
        from email.message import EmailMessage
        from email.utils import formatdate, make_msgid

        sender = self.settings.sender
        email = EmailMessage()
        email["From"] = sender
        email["To"] = message.to
        email["Subject"] = message.subject
        email["Date"] = formatdate(localtime=False)
        domain = sender.rpartition("@")[2] or "localhost"
        email["Message-ID"] = make_msgid(idstring=message.key.replace(":", "."), domain=domain)
        email["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies
        email["List-Unsubscribe"] = f"<mailto:{sender}?subject=STOP>"  # RFC 2369: the opt-out
        email["X-Mailer"] = f"{APP_TITLE} {__version__}"
        email.set_content(message.body)
        if message.calendar is not None:
            email.add_attachment(
                message.calendar, maintype="text", subtype="calendar", filename="appointment.ics"
            )
        return email

    def close(self) -> None:
        import smtplib

        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                smtp.close()


# --- text messages ----------------------------------------------------------------------------------------


class SmsChannel:
    def __init__(self, settings: SmsSettings, password: str | None, timeout: float = TIMEOUT_SECONDS) -> None:
        self.settings = settings
        self._password = password
        self._timeout = timeout

    def _body(self, message: Outgoing) -> tuple[bytes, str]:
        template = self.settings.body_template
        values = {"to": message.to, "from": self.settings.sender, "text": message.body, "key": message.key}
        if template.lstrip().startswith(("{", "[")):
            escaped = {k: json.dumps(v, ensure_ascii=False)[1:-1] for k, v in values.items()}
            return string.Template(template).safe_substitute(escaped).encode("utf-8"), "application/json"
        quoted = {k: urllib.parse.quote_plus(v) for k, v in values.items()}
        return (
            string.Template(template).safe_substitute(quoted).encode("utf-8"),
            "application/x-www-form-urlencoded",
        )

    def send(self, message: Outgoing) -> str:
        """POST one text; the gateway's id for it (or '' when its answer names none)."""
        import ssl
        import urllib.error
        import urllib.request

        body, content_type = self._body(message)
        request = urllib.request.Request(self.settings.url, data=body, method="POST")
        request.add_header("Content-Type", f"{content_type}; charset=utf-8")
        request.add_header("Accept", "application/json")
        request.add_header("Idempotency-Key", message.key)
        request.add_header("User-Agent", f"{APP_TITLE}/{__version__}")
        if self.settings.user:
            if self._password is None:
                raise ChannelRefusedError(
                    QT_TR_NOOP(
                        "The text-message channel has no password on this computer for {user}: "
                        "set it with `messages channel sms ...` and CLINIC_CHANNEL_PASSWORD."
                    ),
                    user=self.settings.user,
                )
            token = b64encode(f"{self.settings.user}:{self._password}".encode()).decode("ascii")
            request.add_header("Authorization", f"Basic {token}")
        elif self._password:
            request.add_header("Authorization", f"Bearer {self._password}")
        host = urllib.parse.urlsplit(self.settings.url).hostname or self.settings.url
        try:
            with urllib.request.urlopen(request, timeout=self._timeout) as answer:  # noqa: S310 - checked
                text = answer.read(65536).decode("utf-8", "replace")
        except urllib.error.HTTPError as exc:
            said = _said(exc.read(300)) if exc.fp is not None else ""
            detail = f"HTTP {exc.code} {exc.reason}" + (f": {said}" if said else "")
            if exc.code in (401, 403):
                raise ChannelRefusedError(
                    QT_TR_NOOP(
                        "The text-message gateway ({host}) refused the credentials ({detail}). Nothing was "
                        "sent; the messages wait. Set the right ones with `messages channel sms` "
                        "(the password "
                        "in CLINIC_CHANNEL_PASSWORD)."
                    ),
                    host=host,
                    detail=detail,
                ) from None
            retry = exc.code == 429 or exc.code >= 500 or exc.code == 408
            raise SendFailure(f"The text-message gateway answered {detail}.", retry) from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, ssl.SSLCertVerificationError):
                raise ChannelRefusedError(
                    QT_TR_NOOP(
                        "The text-message gateway's certificate ({host}) could not be "
                        "verified; nothing was sent."
                    ),
                    host=host,
                ) from None
            if isinstance(reason, socket.gaierror):
                raise ChannelRefusedError(
                    QT_TR_NOOP("There is no text-message gateway at {host}."), host=host
                ) from None
            raise SendFailure(
                f"The text-message gateway ({host}) could not be reached ({reason}).", True
            ) from None
        except (OSError, TimeoutError) as exc:
            raise SendFailure(
                f"The text-message gateway ({host}) did not answer ({_brief(exc)}).", True
            ) from None
        return _message_id(text)

    def close(self) -> None:
        """Nothing kept open between messages."""


def _message_id(text: str) -> str:
    """The gateway's id for the message, from the usual places in a JSON answer."""
    try:
        found: Any = json.loads(text)
    except ValueError:
        return ""
    for _ in range(3):
        if isinstance(found, list) and found:
            found = found[0]
        if not isinstance(found, dict):
            return ""
        for key in ("id", "message_id", "messageId", "sid", "uuid"):
            if found.get(key) not in (None, ""):
                return str(found[key])
        found = found.get("messages") or found.get("data") or found.get("message")
    return ""


def _said(value: Any) -> str:
    """A server's words, one line, short."""
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    return " ".join(text.split())[:200]


def _brief(exc: BaseException) -> str:
    return _said(str(exc) or type(exc).__name__)
