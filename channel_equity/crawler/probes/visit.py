"""One visit of a page in the browser, as a citizen makes it, and everything it leaves behind.

The page is opened, its load waited for, then left alone until it stops navigating by itself
(a script that sends the browser on — ``location.replace`` after a timer — is followed as a
citizen's browser follows it). What is kept: the final URL and every URL on the way, the HTTP
status of the document finally shown, the DOM as rendered, what it is made of (forms, password
fields, codes to scan, app downloads, CAPTCHAs: ``page_facts.js``), navigation timings, console
errors, a screenshot and a WARC of every request and response.

A page that answers with an error or never answers is a *result* (``Visit.error`` says what the
browser said); only the browser dying is not: :class:`BrowserGone` is raised so that the runner
can start a new browser and try again.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from axe_playwright_python.async_playwright import Axe
from playwright.async_api import BrowserContext, Frame, Page, Request, Response
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import TimeoutError as PlaywrightTimeout

from channel_equity.crawler.probes.warc import Exchange, warc_bytes

if TYPE_CHECKING:
    from channel_equity.crawler.probes.browser import BrowserHost

PAGE_FACTS_JS = files("channel_equity.crawler.probes").joinpath("page_facts.js").read_text(encoding="utf-8")
TIMINGS_JS = """() => {
  const entry = performance.getEntriesByType("navigation")[0];
  if (!entry) return {};
  const keep = ["responseStart", "domInteractive", "domContentLoadedEventEnd", "loadEventEnd", "duration"];
  return Object.fromEntries(keep.map((name) => [name, Math.round(entry[name])]));
}"""
SETTLE_SECONDS = 0.5
"""How long a loaded page must stay put before it counts as where the visit ended."""
MAX_SETTLE_SECONDS = 8.0
MAX_SCREENSHOT_HEIGHT = 8000
MAX_WARC_BYTES = 20_000_000
MAX_CONSOLE_ERRORS = 50
GONE_WORDS = ("has been closed", "Target crashed", "Browser closed", "browser has disconnected",
              "Connection closed", "Target closed")


class BrowserGone(Exception):
    """The browser (or the page's renderer) died under the visit: not the portal's doing."""


@dataclass
class Visit:
    url: str
    final_url: str
    http_status: int | None
    dom: bytes | None
    facts: dict[str, Any]
    timings: dict[str, Any]
    redirects: list[str]
    console_errors: list[str]
    screenshot: bytes | None
    warc: bytes | None
    error: str | None = None
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    duration_ms: int = 0


def browser_gone(error: BaseException) -> bool:
    return isinstance(error, PlaywrightError) and any(words in str(error) for words in GONE_WORDS)


class Recorder:
    """Listens to one page: its documents, every exchange (for the WARC), its console errors."""

    def __init__(self, page: Page, keep_warc: bool) -> None:
        self.page = page
        self.keep_warc = keep_warc
        self.documents: list[Response] = []
        self.navigations: list[str] = []
        self.console_errors: list[str] = []
        self.crashed = False
        self._bodies: list[asyncio.Task[Exchange | None]] = []
        self._warc_bytes = 0
        self._listeners: dict[str, Callable[[Any], None]] = {
            "response": self._on_response,
            "framenavigated": self._on_navigated,
            "console": lambda message: self._console(message.type, message.text),
            "pageerror": lambda error: self._console("error", str(error)),
            "crash": lambda _: setattr(self, "crashed", True),
        }
        for event, listener in self._listeners.items():
            page.on(event, listener)  # type: ignore[call-overload]

    def detach(self) -> None:
        """Stop listening: the page goes on to another visit."""
        for event, listener in self._listeners.items():
            with contextlib.suppress(Exception):
                self.page.remove_listener(event, listener)

    def _console(self, kind: str, text: str) -> None:
        if kind == "error" and len(self.console_errors) < MAX_CONSOLE_ERRORS:
            self.console_errors.append(text[:500])

    def _on_navigated(self, frame: Frame) -> None:
        if frame == self.page.main_frame and (not self.navigations or self.navigations[-1] != frame.url):
            self.navigations.append(frame.url)

    def _on_response(self, response: Response) -> None:
        request = response.request
        if request.resource_type == "document" and response.frame == self.page.main_frame:
            self.documents.append(response)
        if self.keep_warc:
            self._bodies.append(asyncio.ensure_future(self._exchange(request, response)))

    async def _exchange(self, request: Request, response: Response) -> Exchange | None:
        body = b""
        if not 300 <= response.status < 400:
            with contextlib.suppress(PlaywrightError):
                body = await response.body()
        if self._warc_bytes + len(body) > MAX_WARC_BYTES:
            body = b""
        self._warc_bytes += len(body)
        with contextlib.suppress(PlaywrightError):
            return Exchange(request.url, request.method, await request.all_headers(), request.post_data_buffer or b"",
                            response.status, response.status_text, await _headers_array(response),
                            body, datetime.now(UTC))
        return None

    @property
    def main_navigations(self) -> int:
        return len(self.navigations)

    def redirects(self, start: str) -> list[str]:
        """Every URL the main frame went through, the redirects' too, in order."""
        chain: list[str] = [start]
        for response in self.documents:
            if response.url != chain[-1]:
                chain.append(response.url)
        for url in self.navigations:
            if url not in chain and url != "about:blank":
                chain.append(url)
        return chain

    async def warc(self, name: str) -> bytes | None:
        if not self.keep_warc:
            return None
        done = await asyncio.gather(*self._bodies, return_exceptions=True)
        exchanges = [exchange for exchange in done if isinstance(exchange, Exchange)]
        return warc_bytes(exchanges, name) if exchanges else None


async def _headers_array(response: Response) -> list[tuple[str, str]]:
    return [(pair["name"], pair["value"]) for pair in await response.headers_array()]


MAY_MOVE_JS = """() => document.scripts.length > 0
  || document.querySelector("meta[http-equiv='refresh' i], iframe, frame") !== null"""
"""Whether the page could send the browser on by itself: a script, a refresh, a frame. A page
with none of them is where the visit ends once it has loaded."""


async def axe_violations(page: Page) -> list[dict[str, Any]]:
    """axe-core's violations on the page as shown (bundled with axe-playwright-python, run offline):
    per axe rule its impact, what it asks, how many elements break it and the first few of them."""
    results = await Axe().run(page)
    violations = results.response.get("violations") or []
    return [{"id": item.get("id"), "impact": item.get("impact"), "help": str(item.get("help") or "")[:200],
             "nodes": len(item.get("nodes") or []),
             "targets": [" ".join(map(str, node.get("target") or []))[:200] for node in (item.get("nodes") or [])[:5]]}
            for item in violations]


async def _settle(page: Page, recorder: Recorder, timeout_ms: float) -> None:
    """Wait until the page stops navigating by itself (or :data:`MAX_SETTLE_SECONDS` pass)."""
    if not await _evaluate(page, MAY_MOVE_JS):
        return
    deadline = time.monotonic() + MAX_SETTLE_SECONDS
    with contextlib.suppress(PlaywrightTimeout):
        await page.wait_for_load_state("networkidle", timeout=min(timeout_ms, 2000))
    seen = recorder.main_navigations
    while time.monotonic() < deadline:
        await asyncio.sleep(SETTLE_SECONDS)
        if recorder.main_navigations == seen:
            return
        seen = recorder.main_navigations
        with contextlib.suppress(PlaywrightTimeout):
            await page.wait_for_load_state("load", timeout=timeout_ms)


async def _evaluate(page: Page, script: str) -> Any:
    """Evaluate once more if a late navigation destroyed the page's context in between."""
    for attempt in range(3):
        try:
            return await page.evaluate(script)
        except PlaywrightError as error:
            if browser_gone(error) or attempt == 2 or "context was destroyed" not in str(error):
                raise
            with contextlib.suppress(PlaywrightTimeout):
                await page.wait_for_load_state("load", timeout=5000)
    return None


@dataclass
class Lease:
    """A page of the context lent to one visit, listened to; ``reusable`` once the visit went well."""

    page: Page
    recorder: Recorder
    reusable: bool = False


@asynccontextmanager
async def recorded_page(host: BrowserHost, context: BrowserContext, keep_warc: bool) -> AsyncIterator[Lease]:
    """A page of ``context`` with a :class:`Recorder` on it, given back (or closed) afterwards; an
    error of a browser that died under the block is :class:`BrowserGone`."""
    try:
        page = await host.page(context)
    except PlaywrightError as error:
        raise BrowserGone(str(error)) from error
    lease = Lease(page, Recorder(page, keep_warc))
    try:
        yield lease
    except PlaywrightError as error:
        if browser_gone(error) or lease.recorder.crashed:
            raise BrowserGone(str(error).splitlines()[0]) from error
        raise
    finally:
        lease.recorder.detach()
        await host.release(context, page, lease.reusable)


async def visit(host: BrowserHost, context: BrowserContext, url: str, *, timeout_seconds: float, screenshot: bool,
                keep_warc: bool, name: str, accessibility: bool = False) -> Visit:
    """Open ``url`` in a page of ``context`` and keep what the citizen met."""
    timeout_ms = timeout_seconds * 1000
    started_at, started = datetime.now(UTC), time.monotonic()
    async with recorded_page(host, context, keep_warc) as lease:
        page = lease.page
        seen = await _visit_page(page, lease.recorder, url, timeout_ms, screenshot, name, started_at, started)
        if accessibility and seen.dom is not None and (seen.http_status or 0) < 400:
            try:
                seen.facts["axe"] = await axe_violations(page)
            except PlaywrightError as error:
                if browser_gone(error):
                    raise
                seen.facts["axe_error"] = str(error).splitlines()[0][:300]
        lease.reusable = seen.error is None
        return seen


def load_time_ms(timings: dict[str, Any]) -> int | None:
    """How long the page took to load as the browser measured it: from the navigation's start to
    the end of its load event (the Navigation Timing ``duration``), else the wall time the visit
    waited for the load event; None when it never loaded."""
    duration = timings.get("duration")
    if isinstance(duration, int | float) and duration > 0:
        return round(duration)
    waited = timings.get("load_ms")
    return round(waited) if isinstance(waited, int | float) else None


async def timed_load(host: BrowserHost, context: BrowserContext, url: str, timeout_seconds: float) -> int | None:
    """Load ``url`` once more, only to time it (no screenshot, no WARC, no axe): the load time in
    milliseconds, or None when it did not load."""
    async with recorded_page(host, context, keep_warc=False) as lease:
        started = time.monotonic()
        try:
            await lease.page.goto(url, wait_until="load", timeout=timeout_seconds * 1000)
            timings = {"load_ms": round((time.monotonic() - started) * 1000), **await _evaluate(lease.page, TIMINGS_JS)}
        except PlaywrightError as error:  # a timeout too: not loaded, not timed
            if browser_gone(error):
                raise
            return None
        lease.reusable = True
        return load_time_ms(timings)


async def screenshot_png(page: Page, height: int, timeout_ms: float) -> bytes | None:
    """The page as shown, full length up to :data:`MAX_SCREENSHOT_HEIGHT` (``height``: the page's
    scroll height, 0 when unknown), or None when the browser could not take it in time."""
    with contextlib.suppress(PlaywrightTimeout):
        return await page.screenshot(type="png", full_page=True, timeout=timeout_ms,
                                     clip={"x": 0, "y": 0, "width": 1280,
                                           "height": min(height or 900, MAX_SCREENSHOT_HEIGHT)})
    return None


async def _visit_page(page: Page, recorder: Recorder, url: str, timeout_ms: float, screenshot: bool, name: str,
                      started_at: datetime, started: float) -> Visit:
    error: str | None = None
    try:
        await page.goto(url, wait_until="load", timeout=timeout_ms)
    except PlaywrightTimeout:
        error = f"the page did not finish loading within {timeout_ms / 1000:g} s"
    except PlaywrightError as failure:
        if browser_gone(failure) or recorder.crashed:
            raise
        error = str(failure).splitlines()[0].removeprefix("Page.goto: ")
    load_ms = round((time.monotonic() - started) * 1000)
    if error is None:
        await _settle(page, recorder, timeout_ms)
    if recorder.crashed:
        raise BrowserGone("the page's renderer crashed")
    document = recorder.documents[-1] if recorder.documents else None
    shown = error is None or document is not None
    facts = await _evaluate(page, PAGE_FACTS_JS) if shown else {}
    timings = {"load_ms": load_ms, **(await _evaluate(page, TIMINGS_JS) if shown else {})}
    dom = (await page.content()).encode("utf-8") if shown else None
    image = await screenshot_png(page, int(facts.get("height") or 0), timeout_ms) if screenshot and shown else None
    return Visit(url=url, final_url=page.url if shown else url,
                 http_status=document.status if document is not None else None, dom=dom, facts=facts or {},
                 timings=timings, redirects=recorder.redirects(url), console_errors=recorder.console_errors,
                 screenshot=image, warc=await recorder.warc(name), error=error, started_at=started_at,
                 duration_ms=round((time.monotonic() - started) * 1000))
