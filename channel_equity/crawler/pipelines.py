"""The one pipeline: pages, observations and failures go to the store, nothing is dropped."""

from __future__ import annotations

from typing import Any

from channel_equity.crawler.items import FetchedPage, FetchFailure
from channel_equity.store import recording
from channel_equity.store.session import Store, open_store

UNCHANGED_BATCH = 200
"""Unchanged pages written per transaction: a re-scan has thousands, each a few rows to copy."""


class StorePipeline:
    """Writes each item in its own short transaction, so a crash loses at most one page; pages
    unchanged since the last scan are written in batches (a crash loses at most a batch, which a
    resumed scan asks again)."""

    def __init__(self, store: Store, scan_id: int) -> None:
        self.store = store
        self.scan_id = scan_id
        self.unchanged: list[recording.UnchangedPage] = []

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        """Settings are deep-copied by Scrapy, so they carry the store's URL, not the store."""
        store = open_store(crawler.settings["CHANNEL_EQUITY_STORE_URL"], upgrade=False)
        return cls(store, crawler.settings.getint("CHANNEL_EQUITY_SCAN_ID"))

    def close_spider(self) -> None:
        self._flush_unchanged()
        self.store.close()

    def _flush_unchanged(self) -> None:
        if self.unchanged:
            recording.record_unchanged_pages(self.store, self.scan_id, self.unchanged)
            self.unchanged = []

    def process_item(self, item: Any) -> Any:
        if isinstance(item, FetchedPage):
            self._record_page(item)
        elif isinstance(item, FetchFailure):
            recording.record_fetch_error(
                self.store, self.scan_id, item.city_id, url=item.url, kind=item.kind,
                message=item.message, http_status=item.http_status,
            )
        return item

    def _record_page(self, page: FetchedPage) -> None:
        if page.unchanged_page is not None:  # as the last scan read it: its guides observed again
            self.unchanged.append(recording.UnchangedPage(page.unchanged_page, page.fetched_at, page.request_key,
                                                          page.etag, page.last_modified))
            if len(self.unchanged) >= UNCHANGED_BATCH:
                self._flush_unchanged()
            return
        observations = ([page.observation] if page.observation else []) + page.observations
        if page.replayed_page is not None:  # a resumed scan read its stored page again
            recording.replace_page_observations(self.store, self.scan_id, page.city_id, page.replayed_page,
                                                observations)
            return
        page_id = recording.record_page(
            self.store, self.scan_id, page.city_id, url=page.url, final_url=page.final_url,
            http_status=page.http_status, fetched_at=page.fetched_at, content_type=page.content_type,
            declared_encoding=page.declared_encoding, detected_encoding=page.detected_encoding,
            body=page.body, rendered=page.rendered, request_key=page.request_key, etag=page.etag,
            last_modified=page.last_modified,
        )
        for observation in observations:
            recording.record_observation(self.store, self.scan_id, page.city_id, page_id, observation)
