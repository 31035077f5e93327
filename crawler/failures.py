"""Naming why a fetch failed, in words an operator can act on."""

from __future__ import annotations

from scrapy.exceptions import IgnoreRequest
from twisted.internet import error as net_error
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

KINDS: tuple[tuple[type[BaseException] | tuple[type[BaseException], ...], str], ...] = (
    (net_error.DNSLookupError, "dns"),
    (net_error.ConnectionRefusedError, "refused"),
    ((net_error.TimeoutError, net_error.TCPTimedOutError), "timeout"),
    ((net_error.ConnectionLost, net_error.ConnectionDone, ResponseFailed, ResponseNeverReceived), "connection"),
)


def classify_failure(failure: Failure) -> tuple[str, str]:
    """(kind, one-line message) for a failed request."""
    exc = failure.value
    text = str(exc).strip() or type(exc).__name__
    if isinstance(exc, IgnoreRequest):
        if "robots" in text.lower() or "Forbidden by robots.txt" in text:
            return "robots", "forbidden by robots.txt"
        if "maxsize" in text.lower() or "size" in text.lower():
            return "too-large", text
        return "ignored", text
    for types, kind in KINDS:
        if isinstance(exc, types):
            return kind, f"{kind}: {text}"
    name = type(exc).__name__
    if "playwright" in type(exc).__module__.lower() or "Playwright" in name:
        return "browser", f"browser: {text.splitlines()[0]}"
    if "Timeout" in name:
        return "timeout", f"timeout: {text}"
    if "Cancelled" in name and "size" in text.lower():
        return "too-large", text
    return "other", f"{name}: {text.splitlines()[0] if text else ''}"
