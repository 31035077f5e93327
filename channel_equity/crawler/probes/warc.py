"""A probe's requests and responses as a WARC file that standard replay tools (pywb) open.

The browser hands bodies over decoded (no gzip, no chunks), so the headers that describe the
transfer are dropped and Content-Length restated: a replay tool must not try to unzip a body
that is no longer zipped. Each exchange is a ``request`` record and a ``response`` record tied
by ``WARC-Concurrent-To``; a redirect's response has no body.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

TRANSFER_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length", "connection",
                              "keep-alive"})


@dataclass(frozen=True)
class Exchange:
    """One request the page made and the response it got."""

    url: str
    method: str
    request_headers: dict[str, str]
    request_body: bytes
    status: int
    status_text: str
    response_headers: list[tuple[str, str]]
    body: bytes
    at: datetime


def warc_date(at: datetime) -> str:
    return at.strftime("%Y-%m-%dT%H:%M:%SZ")


def _request_line(exchange: Exchange) -> str:
    parts = urlsplit(exchange.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return f"{exchange.method} {target} HTTP/1.1"


def warc_bytes(exchanges: list[Exchange], probe_name: str) -> bytes:
    """A gzip WARC (one gzip member per record) of the exchanges, in the order they happened."""
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    writer.write_record(writer.create_warcinfo_record(
        f"{probe_name}.warc.gz", {"software": "channel-equity probe", "format": "WARC File Format 1.1"}))
    for exchange in exchanges:
        headers = [(name, value) for name, value in exchange.response_headers if name.lower() not in TRANSFER_HEADERS]
        headers.append(("Content-Length", str(len(exchange.body))))
        reason = exchange.status_text or "-"
        http_headers = StatusAndHeaders(f"{exchange.status} {reason}", headers, protocol="HTTP/1.1")
        date = {"WARC-Date": warc_date(exchange.at)}
        response = writer.create_warc_record(exchange.url, "response", payload=BytesIO(exchange.body),
                                             http_headers=http_headers, warc_headers_dict=date)
        request_headers = StatusAndHeaders(_request_line(exchange), list(exchange.request_headers.items()),
                                           is_http_request=True)
        request = writer.create_warc_record(exchange.url, "request", payload=BytesIO(exchange.request_body),
                                            http_headers=request_headers, warc_headers_dict=dict(date))
        request.rec_headers.add_header("WARC-Concurrent-To", response.rec_headers.get_header("WARC-Record-ID"))
        writer.write_record(response)
        writer.write_record(request)
    return buffer.getvalue()
