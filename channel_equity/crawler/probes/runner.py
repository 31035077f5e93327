"""Running the probes of one scan: one browser, bounded concurrency, a crash survived.

Every target is visited in a page of its portal's own context, at most ``probes.concurrency``
at once, each within ``probes.probe_timeout_seconds``. When the browser dies under a visit (a
crash, an out-of-memory kill) or the visit hangs in a browser that no longer answers, the browser
is started again and the visit made once more; a second failure is stored as a failed probe with
its reason — a gap, never a pass. Each result is stored as soon as it is made, so a run that is
itself killed keeps every visit finished before.

An online entry that offers no way on in Chromium (no form, no field, no login) is visited again
with the legacy user agent (``probes.legacy_user_agent``, Internet Explorer 11 by default): a
page that works there but not in Chromium sniffs the browser and blocks it.

The probes run on an event loop of their own thread, so they can follow a Scrapy crawl (whose
reactor owned the main thread's loop) in the same process.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from playwright.async_api import BrowserContext, async_playwright

from channel_equity.core.config import ProbeSettings
from channel_equity.crawler.probes.browser import BrowserHost
from channel_equity.crawler.probes.channels import channel_page_links, check_download, download_links
from channel_equity.crawler.probes.facts import offers_way_on
from channel_equity.crawler.probes.journey_probe import journey_visit
from channel_equity.crawler.probes.targets import ProbeTarget, channels_targets
from channel_equity.crawler.probes.visit import BrowserGone, Visit, load_time_ms, timed_load, visit
from channel_equity.store.probing import ProbeRecord, RenderedPage, record_probe
from channel_equity.store.session import Store

LEGACY_VARIANT = "legacy-ua"
JOURNEY_VARIANT = "journey"
MAX_JOURNEY_PAGE_LOADS = 12
"""A journey gives up after so many page loads (the excess-steps threshold is well below)."""
ProgressCallback = Callable[[int, int], None]  # (visits finished, visits planned)


@dataclass
class ProbeRunSummary:
    """What a probe run did: visits stored, failed, retried, and how often the browser started."""

    scan_id: int
    planned: int = 0
    done: int = 0
    failed: int = 0
    retried: int = 0
    browser_launches: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)
    per_city: Counter[str] = field(default_factory=Counter)

    @property
    def visits(self) -> int:
        return self.done + self.failed


def shown_without_way_on(seen: Visit) -> bool:
    """A page that loaded fine (no HTTP error) yet offers nothing to go on with: the kind of page a
    script that blocks Chromium leaves; worth a second look as Internet Explorer."""
    return seen.error is None and (seen.http_status or 0) < 400 and not offers_way_on(seen.facts)


class ProbeRun:
    def __init__(self, store: Store, scan_id: int, settings: ProbeSettings,
                 on_progress: ProgressCallback | None = None) -> None:
        self.store, self.scan_id, self.settings = store, scan_id, settings
        self.on_progress = on_progress
        self.summary = ProbeRunSummary(scan_id)

    async def run(self, targets: list[ProbeTarget]) -> ProbeRunSummary:
        started = time.monotonic()
        self.summary.planned = len(targets)
        async with async_playwright() as playwright:
            host = BrowserHost(playwright, max_idle_pages=self.settings.concurrency)
            gate = asyncio.Semaphore(self.settings.concurrency)
            try:
                await asyncio.gather(*(self._probe(host, gate, target) for target in targets))
            finally:
                self.summary.browser_launches = host.launches
                await host.close()
        self.summary.seconds = time.monotonic() - started
        return self.summary

    async def _probe(self, host: BrowserHost, gate: asyncio.Semaphore, target: ProbeTarget) -> None:
        if target.probe == "journey":
            async with gate:
                await self._attempt(host, target, None, JOURNEY_VARIANT,
                                    lambda context: self._walk(host, target, context))
            return
        async with gate:
            seen = await self._visit(host, target, None)
        if target.probe == "entry" and seen is not None and shown_without_way_on(seen):
            self.summary.planned += 1
            async with gate:
                await self._visit(host, target, self.settings.legacy_user_agent)
        if target.follow_channels and seen is not None and seen.dom is not None:
            hosts = {urlsplit(url).netloc for url in (target.url, seen.final_url)}
            found = channels_targets(target, channel_page_links(
                seen.dom, seen.final_url, self.settings.channel_page_words, hosts))
            self.summary.planned += len(found)
            await asyncio.gather(*(self._probe(host, gate, channels) for channels in found))

    async def _visit(self, host: BrowserHost, target: ProbeTarget, user_agent: str | None) -> Visit | None:
        async def look(context: BrowserContext) -> Visit:
            seen = await visit(host, context, target.url, timeout_seconds=self.settings.page_timeout_seconds,
                               screenshot=self.settings.screenshots, keep_warc=self.settings.warc,
                               name=f"{target.city_id}-{target.role}",
                               accessibility=self.settings.accessibility and target.accessibility and not user_agent)
            if user_agent is None:
                await self._time_again(host, context, target, seen)
            if target.role == "channels" and seen.dom is not None:
                await self._check_downloads(context, seen)
            return seen

        return await self._attempt(host, target, user_agent, LEGACY_VARIANT if user_agent else "chromium", look)

    async def _walk(self, host: BrowserHost, target: ProbeTarget, context: BrowserContext) -> Visit:
        return await journey_visit(host, context, target.url, target.item_name or "", target.guide_url,
                                   timeout_seconds=self.settings.page_timeout_seconds,
                                   screenshot=self.settings.screenshots, keep_warc=self.settings.warc,
                                   name=f"{target.city_id}-journey", max_page_loads=MAX_JOURNEY_PAGE_LOADS)

    async def _attempt(self, host: BrowserHost, target: ProbeTarget, user_agent: str | None, variant: str,
                       make: Callable[[BrowserContext], Awaitable[Visit]]) -> Visit | None:
        """Make one probe (``make``) within the probe timeout; once more in a new browser if the
        browser died or hung under it; stored either way."""
        reason = ""
        for attempt in (1, 2):
            generation = host.generation
            try:
                context = await host.context(target.city_id, user_agent)
                seen = await asyncio.wait_for(make(context), self.settings.probe_timeout_seconds)
            except BrowserGone as error:
                reason = f"the browser died during the visit ({error})"
            except TimeoutError:
                reason = f"the visit did not finish within {self.settings.probe_timeout_seconds:g} s"
            else:
                self._store(self._record(target, variant, seen, attempt))
                return seen
            if attempt == 1:
                self.summary.retried += 1
            await host.restart(generation)
        failed = ProbeRecord(target.city_id, target.probe, target.role, target.url, "failed", variant=variant,
                             item_code=target.item_code, error=f"{reason}; tried twice", attempts=2)
        self._store(failed)
        return None

    async def _time_again(self, host: BrowserHost, context: BrowserContext, target: ProbeTarget, seen: Visit) -> None:
        """Time a page that loaded slowly again (``probes.timing_samples`` loads in all), so that
        slowness is judged on the median of several loads, never on one; ``timings.samples_ms``."""
        first = load_time_ms(seen.timings) if seen.error is None and (seen.http_status or 0) < 400 else None
        if first is None:
            return
        samples: list[int | None] = [first]
        if first > self.settings.resample_over_seconds * 1000:
            for _ in range(self.settings.timing_samples - 1):
                try:
                    samples.append(await asyncio.wait_for(
                        timed_load(host, context, target.url, self.settings.page_timeout_seconds),
                        self.settings.probe_timeout_seconds))
                except (BrowserGone, TimeoutError):  # the visit stands; its timing is judged on fewer loads
                    samples.append(None)
                    break
        seen.timings["samples_ms"] = [sample for sample in samples if sample is not None]

    async def _check_downloads(self, context: BrowserContext, seen: Visit) -> None:
        """Ask each app download the channels page offers whether it still answers
        (``facts.downloads``: url, status or error)."""
        assert seen.dom is not None
        seen.facts["downloads"] = list(await asyncio.gather(*(
            check_download(context.request, url, self.settings.page_timeout_seconds)
            for url in download_links(seen.dom, seen.final_url))))

    @staticmethod
    def _record(target: ProbeTarget, variant: str, seen: Visit, attempt: int) -> ProbeRecord:
        page = None
        if seen.dom is not None:
            page = RenderedPage(seen.final_url, seen.http_status or 0, seen.dom)
        return ProbeRecord(
            target.city_id, target.probe, target.role, target.url, "done", variant=variant,
            item_code=target.item_code, error=seen.error, attempts=attempt, page=page, redirects=seen.redirects,
            console_errors=seen.console_errors, timings=seen.timings, facts=seen.facts, screenshot=seen.screenshot,
            warc=seen.warc, started_at=seen.started_at, duration_ms=seen.duration_ms)

    def _store(self, record: ProbeRecord) -> None:
        record_probe(self.store, self.scan_id, record)  # on the run's one event-loop thread: no lock
        if record.status == "done":
            self.summary.done += 1
        else:
            self.summary.failed += 1
            self.summary.failures.append(f"{record.city_id} {record.target_url}: {record.error}")
        self.summary.per_city[record.city_id] += 1
        if self.on_progress is not None:
            self.on_progress(self.summary.visits, self.summary.planned)


def run_probe_targets(store: Store, scan_id: int, settings: ProbeSettings, targets: list[ProbeTarget],
                      on_progress: ProgressCallback | None = None) -> ProbeRunSummary:
    """Visit the targets (on an event loop of a thread of its own) and store every result."""
    run = ProbeRun(store, scan_id, settings, on_progress)
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["summary"] = asyncio.run(run.run(targets))
        except BaseException as error:  # noqa: BLE001 - handed to the caller's thread below
            outcome["error"] = error

    thread = threading.Thread(target=work, name="channel-equity-probes")
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    summary: ProbeRunSummary = outcome["summary"]
    return summary

