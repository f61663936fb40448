"""Real servers on localhost for the message channels' tests: an SMTP server (aiosmtpd) that can
ask for a password and speak STARTTLS or TLS with a certificate from a throwaway authority
(trustme), and an HTTP text-message gateway (http.server in a thread) that records what it is
sent and answers as it is told. Each can be told to kill a process the moment a message has
reached it and before it answers: a sender killed between sending and recording."""

from __future__ import annotations

import json
import os
import signal
import socket
import ssl
import threading
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER, PASSWORD = "clinic", "s3cret-Xyz-9"  # the password tests search for wherever it must not be


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Authority:
    """A certificate authority the tests' clients trust (SSL_CERT_FILE) and the servers' certificate."""

    ca: trustme.CA
    ca_file: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.ca.issue_cert("localhost", "127.0.0.1").configure_cert(context)
        return context


def authority(folder: Path) -> Authority:
    ca = trustme.CA()
    path = folder / "test-ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return Authority(ca, path)


@dataclass
class Mailbox:
    """What the SMTP server received: one EmailMessage per delivery."""

    received: list[EmailMessage] = field(default_factory=list)
    kill_pid: int | None = None  # SIGKILL this process when a message arrives, before answering
    logins: list[tuple[str, str]] = field(default_factory=list)

    def by_key(self, fragment: str) -> list[EmailMessage]:
        return [m for m in self.received if fragment in str(m["Message-ID"])]


class _Handler:
    def __init__(self, box: Mailbox) -> None:
        self.box = box

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's
        parsed = message_from_bytes(envelope.original_content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        self.box.received.append(parsed)
        if self.box.kill_pid is not None:
            os.kill(self.box.kill_pid, signal.SIGKILL)
            self.box.kill_pid = None
            time.sleep(0.5)  # the sender is gone before it could hear the answer
        return "250 Message accepted"


class _Authenticator:
    def __init__(self, box: Mailbox) -> None:
        self.box = box

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        if isinstance(data, LoginPassword):
            user, password = data.login.decode(), data.password.decode()
            self.box.logins.append((user, password))
            return AuthResult(success=user == USER and password == PASSWORD, handled=False)
        return AuthResult(success=False, handled=False)


@contextmanager
def smtp_server(
    security: str = "none", auth: bool = False, tls: Authority | None = None
) -> Iterator[tuple[int, Mailbox]]:
    """An SMTP server on 127.0.0.1 ('none', 'starttls' or 'tls'); with ``auth`` it wants USER and
    PASSWORD. Yields its port and its mailbox."""
    box = Mailbox()
    port = free_port()
    options: dict[str, Any] = {}
    if auth:
        options.update(
            authenticator=_Authenticator(box), auth_required=True, auth_require_tls=security == "starttls"
        )
    if security == "starttls":
        assert tls is not None
        options.update(tls_context=tls.server_context(), require_starttls=True)
    controller: Controller
    warnings.filterwarnings(
        "ignore", "Requiring AUTH while not requiring TLS", UserWarning
    )  # TLS from the start
    if security == "tls":
        assert tls is not None
        controller = Controller(
            _Handler(box), hostname="127.0.0.1", port=port, ssl_context=tls.server_context(),
            server_hostname="localhost", **options,
        )  # fmt: skip
    else:
        controller = Controller(_Handler(box), hostname="127.0.0.1", port=port, **options)
    controller.start()
    try:
        yield port, box
    finally:
        controller.stop()


@dataclass
class Gateway:
    """What the HTTP gateway received (parsed JSON bodies and headers) and how it answers."""

    port: int = 0
    requests: list[dict[str, Any]] = field(default_factory=list)
    answers: list[int] = field(default_factory=list)  # status codes to give first, then 200
    kill_pid: int | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1/messages"

    def texts_for(self, key_fragment: str) -> list[dict[str, Any]]:
        return [r for r in self.requests if key_fragment in r["headers"].get("Idempotency-Key", "")]


@contextmanager
def sms_gateway() -> Iterator[Gateway]:
    gateway = Gateway()
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's
            length = int(self.headers.get("Content-Length", "0"))
            raw = self.rfile.read(length)
            with lock:
                body: Any = json.loads(raw) if raw.startswith(b"{") else raw.decode()
                gateway.requests.append({"body": body, "headers": dict(self.headers), "path": self.path})
                status = gateway.answers.pop(0) if gateway.answers else 200
                victim, gateway.kill_pid = gateway.kill_pid, None
            if victim is not None:
                os.kill(victim, signal.SIGKILL)
                time.sleep(0.5)
            answer = json.dumps({"id": f"gw-{len(gateway.requests)}"} if status == 200 else {"error": "busy"})
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(answer.encode())

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    gateway.port = int(server.server_address[1])
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield gateway
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
