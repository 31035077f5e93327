"""What a simulated portal receives and answers: one HTTP request and one response, without the
socket (``server`` does the wire; the portal applications only map one to the other)."""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_HOST = "127.0.0.1"


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: dict[str, str]
    body: bytes = b""
    host: str = DEFAULT_HOST  # the Host header: the portal's own address, for return URLs


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)
    drop_connection: bool = False  # close the socket without answering (a dead system)


def redirect(location: str, status: int = 302) -> Response:
    return Response(status, b"", "text/html; charset=utf-8", [("Location", location)])
