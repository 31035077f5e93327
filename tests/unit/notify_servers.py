"""Real servers on 127.0.0.1 that notifications are sent to: an SMTP server (aiosmtpd) that keeps
each message it accepts, optionally after a login, and an HTTP server that keeps each POST."""

from __future__ import annotations

import email
import email.policy
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def refused_port() -> int:
    """A loopback port nothing listens on (connections are refused)."""
    return free_port()


@dataclass
class MailBox:
    port: int
    messages: list[EmailMessage] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:  # noqa: N802 - aiosmtpd's hook name
        raw = envelope.original_content or b""
        self.messages.append(email.message_from_bytes(raw, policy=email.policy.default))  # type: ignore[arg-type]
        return "250 OK"

    def body(self, message: EmailMessage, subtype: str) -> str:
        part = message.get_body(preferencelist=(subtype,))
        assert part is not None, f"no text/{subtype} part in the mail"
        return str(part.get_content())  # type: ignore[attr-defined]


@contextmanager
def smtp_server(password: str | None = None) -> Iterator[MailBox]:
    """An SMTP server on 127.0.0.1; with ``password``, a login with it is required (over plain
    SMTP: a loopback test, no TLS)."""
    box = MailBox(free_port())

    def authenticate(server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any) -> AuthResult:
        assert isinstance(data, LoginPassword)
        box.logins.append((data.login.decode(), data.password.decode()))
        return AuthResult(success=data.password.decode() == password)

    options: dict[str, Any] = {}
    if password is not None:
        options = {"authenticator": authenticate, "auth_required": True, "auth_require_tls": False}
    controller = Controller(box, hostname="127.0.0.1", port=box.port, **options)
    controller.start()
    try:
        yield box
    finally:
        controller.stop()


@dataclass
class Post:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Hook:
    port: int
    posts: list[Post] = field(default_factory=list)

    def url(self, scheme: str = "json", path: str = "/hook") -> str:
        return f"{scheme}://127.0.0.1:{self.port}{path}"


@contextmanager
def webhook_server(status: int = 200) -> Iterator[Hook]:
    """An HTTP server on 127.0.0.1 that keeps every POST and answers ``status``."""
    hook = Hook(0)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's hook name
            length = int(self.headers.get("Content-Length") or 0)
            hook.posts.append(Post(self.path, dict(self.headers.items()), self.rfile.read(length)))
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    hook.port = int(server.server_address[1])
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield hook
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
