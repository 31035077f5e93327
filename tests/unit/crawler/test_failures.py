"""Why a fetch failed, in an operator's words (classify_failure)."""

from __future__ import annotations

import asyncio

import pytest
from scrapy import exceptions as scrapy_errors
from scrapy.exceptions import IgnoreRequest
from twisted.internet import error as net_error
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseNeverReceived

from channel_equity.crawler.failures import classify_failure


def kind_of(exc: BaseException) -> tuple[str, str]:
    return classify_failure(Failure(exc))


@pytest.mark.parametrize("exc, expected", [
    (net_error.DNSLookupError("no such host"), ("dns", "host name not found (DNS)")),
    (net_error.ConnectionRefusedError(), ("refused", "connection refused")),
    (net_error.TimeoutError(), ("timeout", "timed out")),
    (net_error.TCPTimedOutError(), ("timeout", "timed out")),
    (net_error.ConnectionLost(), ("connection", "connection lost or response incomplete")),
    (ResponseNeverReceived([]), ("connection", "connection lost or response incomplete")),
])
def test_twisted_network_errors(exc: BaseException, expected: tuple[str, str]) -> None:
    assert kind_of(exc) == expected


@pytest.mark.parametrize("name, kind", [
    ("CannotResolveHostError", "dns"), ("DownloadConnectionRefusedError", "refused"),
    ("DownloadTimeoutError", "timeout"), ("ResponseDataLossError", "connection"), ("DownloadFailedError", "connection"),
])
def test_scrapy_wrapped_network_errors(name: str, kind: str) -> None:
    error = getattr(scrapy_errors, name, None)
    if error is None:
        pytest.skip(f"this Scrapy has no {name}")
    assert kind_of(error("x"))[0] == kind


def test_ignored_requests_say_why() -> None:
    assert kind_of(IgnoreRequest("Forbidden by robots.txt")) == ("robots", "forbidden by robots.txt")
    assert kind_of(IgnoreRequest("Cancelling download: response larger than maxsize")) == (
        "too-large", "the download passed the limit (crawl.max_page_bytes) and was stopped")
    assert kind_of(IgnoreRequest("offsite")) == ("ignored", "offsite")


def test_browser_timeouts_cancellations_and_the_rest() -> None:
    playwright_error = type("TimeoutError", (Exception,), {"__module__": "playwright._impl._errors"})
    assert kind_of(playwright_error("Timeout 20000ms exceeded.\n=== logs ===")) == (
        "browser", "browser: Timeout 20000ms exceeded.")
    assert kind_of(type("ReadTimeout", (Exception,), {})("slow")) == ("timeout", "timeout: slow")
    assert kind_of(asyncio.CancelledError("body size over the limit")) == (
        "too-large", "the download passed the limit (crawl.max_page_bytes) and was stopped")
    assert kind_of(asyncio.CancelledError("stop")) == ("cancelled", "CancelledError: stop")
    assert kind_of(ValueError("bad\nsecond line")) == ("other", "ValueError: bad")
    assert kind_of(ValueError()) == ("other", "ValueError: ValueError")


def test_a_download_over_the_size_limit_names_the_limit() -> None:
    """Scrapy cancels a download that passes DOWNLOAD_MAXSIZE: with a Content-Length it says the
    sizes, without one it says nothing, and the crawl's own limit is named instead."""
    declared = asyncio.CancelledError("Expected to receive 52428800 bytes which is larger than download max "
                                      "size (10000000) in request <GET http://127.0.0.1/big>.")
    assert classify_failure(Failure(declared), 10_000_000) == (
        "too-large", "52,428,800 bytes, over the limit of 10,000,000 bytes (crawl.max_page_bytes)")
    assert classify_failure(Failure(asyncio.CancelledError("")), 10_000_000) == (
        "too-large", "the download passed the limit of 10,000,000 bytes (crawl.max_page_bytes) and was stopped")
