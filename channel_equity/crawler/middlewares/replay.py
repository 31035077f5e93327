"""A resumed scan answers from the store what the interrupted crawl already fetched.

A downloader middleware placed last before the download handlers. Every request gets its
store key here (``request_keys``); when the scan is a resumed one (setting
``CHANNEL_EQUITY_RESUME``), a request whose key the interrupted crawl stored a page for is
answered with that page — same address, status, type and bytes — instead of being fetched
again. The spider reads it as it read it then, so its links are followed and its guides
counted as before; the response carries ``replayed_page`` (the stored page's id), so the
pipeline replaces that page's guides rather than storing the page a second time.

Only the crawl's own pages are in the store: robots.txt and sitemaps are asked again (they
are no pages), and so are requests that failed, which a resumed crawl is meant to retry.
"""

from __future__ import annotations

from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Headers, Request, Response
from scrapy.responsetypes import responsetypes

from channel_equity.crawler.request_keys import REPLAYED, take_request_key
from channel_equity.store.frontier import StoredResponse, stored_responses
from channel_equity.store.reading import page_body
from channel_equity.store.session import Store, StoreError, open_store


class StoredPageReplayMiddleware:
    def __init__(self, crawler: Crawler, store: Store | None, stored: dict[str, StoredResponse]) -> None:
        self.crawler = crawler
        self.store = store
        self.stored = stored
        self.replayed = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StoredPageReplayMiddleware:
        settings = crawler.settings
        if not settings.getbool("CHANNEL_EQUITY_RESUME"):
            return cls(crawler, None, {})
        store = open_store(settings["CHANNEL_EQUITY_STORE_URL"], upgrade=False)
        stored = stored_responses(store, settings.getint("CHANNEL_EQUITY_SCAN_ID"))
        middleware = cls(crawler, store, stored)
        crawler.signals.connect(middleware.close, signal=signals.spider_closed)
        return middleware

    def close(self, *_: Any, **__: Any) -> None:
        if self.store is not None:
            self.store.close()

    def process_request(self, request: Request, spider: Any = None) -> Response | None:
        assert self.crawler.request_fingerprinter is not None
        key = take_request_key(request, self.crawler.request_fingerprinter)
        stored = self.stored.get(key)
        if stored is None or self.store is None:
            return None
        try:
            body = page_body(self.store, stored.sha256)
        except (KeyError, StoreError):  # the body is gone (pruned) or corrupt: fetch it again
            return None
        self.replayed += 1
        request.meta[REPLAYED] = stored.page_id
        request.meta["dont_retry"] = True  # a stored 503 was retried when it was fetched
        if stored.final_url != request.url:  # it was redirected: as the redirect middleware would say
            request.meta.setdefault("redirect_urls", [request.url])
        headers = Headers({"Content-Type": stored.content_type} if stored.content_type else {})
        response_class = responsetypes.from_args(headers=headers, url=stored.final_url, body=body)
        return response_class(url=stored.final_url, status=stored.http_status, headers=headers, body=body,
                              request=request)
