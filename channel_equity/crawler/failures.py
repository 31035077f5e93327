"""Naming why a fetch failed, in words an operator can act on."""

from __future__ import annotations

import re

from scrapy import exceptions as scrapy_errors
from scrapy.exceptions import IgnoreRequest
from twisted.internet import error as net_error
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived


class ScriptTimeoutError(Exception):
    """A rendered page whose scripts never let the monitor read it (a script that loops for ever)."""


def _scrapy_error(name: str) -> tuple[type[BaseException], ...]:
    """Scrapy 2.19 wraps network errors in its own classes; older versions raise Twisted's."""
    found = getattr(scrapy_errors, name, None)
    return (found,) if isinstance(found, type) else ()


KINDS: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    ((net_error.DNSLookupError, *_scrapy_error("CannotResolveHostError")), "dns"),
    ((net_error.ConnectionRefusedError, *_scrapy_error("DownloadConnectionRefusedError")), "refused"),
    ((net_error.TimeoutError, net_error.TCPTimedOutError, *_scrapy_error("DownloadTimeoutError")), "timeout"),
    ((net_error.ConnectionLost, net_error.ConnectionDone, ResponseFailed, ResponseNeverReceived,
      *_scrapy_error("ResponseDataLossError"), *_scrapy_error("DownloadFailedError")), "connection"),
)


PHRASES = {"dns": "host name not found (DNS)", "refused": "connection refused", "timeout": "timed out",
           "connection": "connection lost or response incomplete"}


OVER_MAXSIZE = re.compile(r"(\d+) bytes which is larger than download max size \((\d+)\)")


def too_large(text: str, max_bytes: int | None) -> str:
    """Scrapy's size message ("Expected to receive 52428800 bytes which is larger than download
    max size (10485760) in request <GET …>") as the limit and what passed it."""
    found = OVER_MAXSIZE.search(text)
    if found:
        return f"{int(found[1]):,} bytes, over the limit of {int(found[2]):,} bytes (crawl.max_page_bytes)"
    limit = f" of {max_bytes:,} bytes" if max_bytes else ""
    return f"the download passed the limit{limit} (crawl.max_page_bytes) and was stopped"


def classify_failure(failure: Failure, max_bytes: int | None = None) -> tuple[str, str]:
    """(kind, one-line message) for a failed request; ``max_bytes`` is the crawl's size limit
    (``DOWNLOAD_MAXSIZE``), the one reason the crawler cancels a download of its own accord."""
    exc = failure.value
    text = str(exc).strip() or type(exc).__name__
    if isinstance(exc, ScriptTimeoutError):
        return "script-timeout", text
    if isinstance(exc, IgnoreRequest):
        if "robots" in text.lower() or "Forbidden by robots.txt" in text:
            return "robots", "forbidden by robots.txt"
        if "maxsize" in text.lower() or "size" in text.lower():
            return "too-large", too_large(text, max_bytes)
        if "max redirections" in text.lower():
            return "redirect-limit", "redirect limit reached: a redirect loop or too long a chain"
        return "ignored", text
    for types, kind in KINDS:
        if isinstance(exc, types):
            return kind, PHRASES[kind]
    name = type(exc).__name__
    if "playwright" in type(exc).__module__.lower() or "Playwright" in name:
        return "browser", f"browser: {text.splitlines()[0]}"
    if "Timeout" in name:
        return "timeout", f"timeout: {text}"
    if "Cancelled" in name:  # Scrapy cancels a download that passes the size limit, and only then
        return ("too-large", too_large(text, max_bytes)) if max_bytes or "size" in text else (
            "cancelled", f"{name}: {text}")
    return "other", f"{name}: {text.splitlines()[0] if text else ''}"
