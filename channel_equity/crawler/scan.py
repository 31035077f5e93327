"""Running one scan: configure Scrapy from the province config, crawl, record city results."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from scrapy import signals
from scrapy.crawler import CrawlerProcess

from channel_equity.core.config import LoadedConfig
from channel_equity.core.coverage import read_share
from channel_equity.crawler.extract import load_label_lexicon
from channel_equity.crawler.settings import scrapy_settings
from channel_equity.crawler.spiders.portal import PortalSpider
from channel_equity.crawler.state import CityCrawlState, PortalTarget
from channel_equity.store import recording
from channel_equity.store.frontier import previous_scan
from channel_equity.store.models import CityStatus, ScanStatus
from channel_equity.store.session import Store

ProgressCallback = Callable[[dict[str, CityCrawlState]], None]


@dataclass
class CityScanResult:
    city_id: str
    status: CityStatus
    pages_fetched: int
    items_extracted: int
    errors: int
    error: str | None
    stated_total: int | None = None
    unread_guides: int = 0

    @property
    def coverage(self) -> float | None:
        """Guides read over the items the portal states (capped at 1), when it states any."""
        return read_share(self.items_extracted, self.stated_total)


def _targets(loaded: LoadedConfig, city_ids: list[str] | None) -> list[PortalTarget]:
    monitor = loaded.monitor
    cities = [monitor.city(city_id) for city_id in city_ids] if city_ids else monitor.cities
    return [
        PortalTarget(c.id, c.portal, c.catalog, c.extraction, monitor.crawl.max_pages_per_portal, monitor.crawl.max_depth)
        for c in cities
    ]


def city_result(state: CityCrawlState) -> CityScanResult:
    """How the city's portal went: a gap is never a pass.

    - ``unreachable``: none of its entry pages could be fetched;
    - ``empty``: pages were fetched, yet no guide was read from any of them;
    - ``partial``: fetch errors, the page budget ran out, its lists state more items than
      were read ("read 10 of the 40 items the portal lists"), or a paged list that led to a
      guide states more pages than were fetched ("read 1 of the 5 pages of a list");
    - ``ok``: none of these.
    """
    status: CityStatus
    problems: list[str] = []
    stated = state.stated_total
    if state.home_successes == 0:
        status = "unreachable"
        problems.append("; ".join(dict.fromkeys(state.home_failures)) or "no entry page could be fetched")
    elif state.items_extracted == 0:
        status = "empty"
        problems.append(f"no guide read from {state.pages_fetched} page(s)")
    else:
        if state.truncated:
            problems.append("page limit reached")
        if stated is not None and stated > state.items_extracted:
            problems.append(f"read {state.items_extracted} of the {stated} items the portal lists")
        elif stated is None:  # a list whose every item was read is whole, whatever its pager showed
            problems.extend(f"read {fetched} of the {pages} pages of a list" for fetched, pages in state.unfinished_lists)
        status = "partial" if problems or state.errors else "ok"
    if state.unread_guides and status != "unreachable":
        problems.append(f"{len(state.unread_guides)} guide-like page(s) yielded no guide")
    return CityScanResult(state.target.city_id, status, state.pages_fetched, state.items_extracted, state.errors,
                          "; ".join(problems) or None, stated, len(state.unread_guides))


def run_scan(
    loaded: LoadedConfig, store: Store, city_ids: list[str] | None = None, on_progress: ProgressCallback | None = None,
    resume: int | None = None,
) -> tuple[int, list[CityScanResult]]:
    """Crawl the configured portals into a new scan, or on into the interrupted scan ``resume``
    (what it stored is answered from the store, not fetched again); returns the scan id and
    per-city results.

    Runs Twisted's reactor in this process, so it can run once per process.
    """
    monitor = loaded.monitor
    if resume is None:
        scan_id = recording.start_scan(store, monitor.province.id, str(loaded.path))
    else:
        recording.reopen_scan(store, resume)
        scan_id = resume
    previous = previous_scan(store, monitor.province.id, scan_id) if monitor.crawl.incremental else None
    return scan_id, crawl_targets(loaded, store, scan_id, _targets(loaded, city_ids), on_progress,
                                  resume=resume is not None, previous=previous)


def crawl_targets(
    loaded: LoadedConfig, store: Store, scan_id: int, targets: list[PortalTarget],
    on_progress: ProgressCallback | None = None, *, resume: bool = False, previous: int | None = None,
) -> list[CityScanResult]:
    """Crawl ``targets`` into the scan ``scan_id`` and record each city's result, its late faults
    and its unread guides; the scan is closed ``finished``, or ``interrupted`` when the crawl
    raised. ``previous``: the scan asked "changed since?" (none: everything fetched afresh).

    Runs Twisted's reactor in this process, so it can run once per process.
    """
    lexicon = load_label_lexicon()
    process = CrawlerProcess(scrapy_settings(loaded.monitor.crawl, store.url, scan_id, resume=resume,
                                             previous_scan=previous))
    crawler = process.create_crawler(PortalSpider)
    states: dict[str, CityCrawlState] = {}

    def report(*_: Any, **__: Any) -> None:
        spider = cast(PortalSpider | None, crawler.spider)
        if spider is not None and on_progress is not None:
            on_progress(spider.states)

    for signal in (signals.item_scraped, signals.request_reached_downloader):
        crawler.signals.connect(report, signal=signal)
    status: ScanStatus = "interrupted"
    try:
        process.crawl(crawler, targets=targets, lexicon=lexicon)
        process.start()
        status = "finished"
    finally:
        spider = cast(PortalSpider | None, crawler.spider)
        if spider is not None:
            states = spider.states
        results = [city_result(state) for state in states.values()]
        for result in results:
            recording.record_city_result(
                store, scan_id, result.city_id, portal_url=next(t.portal for t in targets if t.city_id == result.city_id),
                status=result.status, error=result.error, pages_fetched=result.pages_fetched,
                items_extracted=result.items_extracted, error_count=result.errors,
                stated_total=result.stated_total, unread_guides=result.unread_guides,
            )
            for fault in states[result.city_id].late_faults:
                recording.record_fetch_error(store, scan_id, fault.city_id, url=fault.url, kind=fault.kind,
                                             message=fault.message, http_status=fault.http_status)
            recording.mark_unread_guides(store, scan_id, result.city_id, states[result.city_id].unread_guides)
            if states[result.city_id].target.follow_links:  # a few guides re-read are no sample of the site
                recording.drop_online_entries(store, scan_id, result.city_id, states[result.city_id].shared_entries)
        recording.finish_scan(store, scan_id, status)
    return results
