"""Running one scan: configure Scrapy from the province config, crawl, record city results."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from scrapy import signals
from scrapy.crawler import CrawlerProcess

from channel_equity.core.config import LoadedConfig
from channel_equity.crawler.extract import load_label_lexicon
from channel_equity.crawler.settings import scrapy_settings
from channel_equity.crawler.spiders.portal import PortalSpider
from channel_equity.crawler.state import CityCrawlState, PortalTarget
from channel_equity.store import recording
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


def _targets(loaded: LoadedConfig, city_ids: list[str] | None) -> list[PortalTarget]:
    monitor = loaded.monitor
    cities = [monitor.city(city_id) for city_id in city_ids] if city_ids else monitor.cities
    return [
        PortalTarget(c.id, c.portal, c.catalog, c.extraction, monitor.crawl.max_pages_per_portal, monitor.crawl.max_depth)
        for c in cities
    ]


def city_result(state: CityCrawlState) -> CityScanResult:
    """A portal none of whose entry pages could be fetched is unreachable: a gap, not a pass."""
    status: CityStatus
    error: str | None
    if state.home_successes == 0:
        status = "unreachable"
        error = "; ".join(dict.fromkeys(state.home_failures)) or "no entry page could be fetched"
    elif state.errors or state.truncated:
        status = "partial"
        error = "page limit reached" if state.truncated else None
    else:
        status, error = "ok", None
    return CityScanResult(state.target.city_id, status, state.pages_fetched, state.items_extracted, state.errors, error)


def run_scan(
    loaded: LoadedConfig, store: Store, city_ids: list[str] | None = None, on_progress: ProgressCallback | None = None
) -> tuple[int, list[CityScanResult]]:
    """Crawl the configured portals into a new scan; returns the scan id and per-city results.

    Runs Twisted's reactor in this process, so it can run once per process.
    """
    targets = _targets(loaded, city_ids)
    monitor = loaded.monitor
    lexicon = load_label_lexicon()
    scan_id = recording.start_scan(store, monitor.province.id, str(loaded.path))
    process = CrawlerProcess(scrapy_settings(monitor.crawl, store.url, scan_id))
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
            )
        recording.finish_scan(store, scan_id, status)
    return scan_id, results
