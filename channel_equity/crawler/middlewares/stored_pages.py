"""The store as the crawl's frontier: what a resumed scan already fetched is answered from the
store, and what the last scan fetched is asked again only "if changed".

A downloader middleware placed last before the download handlers. Every request gets its
store key here (``request_keys``). Then:

- **resume** (setting ``CHANNEL_EQUITY_RESUME``): a request whose key the interrupted crawl
  stored a page for is answered with that page — same address, status, type and bytes —
  instead of being fetched again. The spider reads it as it read it then, so its links are
  followed and its guides counted as before; the response carries ``replayed_page`` (the
  stored page's id), so the pipeline replaces that page's guides rather than storing the
  page a second time. Requests that failed are asked again, as a resumed crawl should.
- **revalidate** (setting ``CHANNEL_EQUITY_PREVIOUS_SCAN``): a request the last finished scan
  answered with a page carries that page (meta ``previous_page``) and, when the page came
  with validators, asks conditionally (``If-None-Match``, ``If-Modified-Since``). A ``304 Not
  Modified`` is answered with the stored page, marked ``unchanged``; a full answer goes on
  as it came, and the spider compares its bytes with the stored page's hash (servers that
  send no validators). Pages rendered in Chromium are never asked conditionally: a browser
  shown a 304 renders nothing.

robots.txt and sitemaps are no pages: they are asked again plainly.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Headers, Request, Response
from scrapy.responsetypes import responsetypes

from channel_equity.crawler.request_keys import PREVIOUS, REPLAYED, UNCHANGED, take_request_key
from channel_equity.store.frontier import PreviousPage, StoredResponse, previous_pages, stored_responses
from channel_equity.store.reading import page_body
from channel_equity.store.session import Store, StoreError, open_store


class StoredPagesMiddleware:
    def __init__(self, crawler: Crawler, store: Store | None, stored: dict[str, StoredResponse],
                 previous: dict[str, PreviousPage]) -> None:
        self.crawler = crawler
        self.store = store
        self.stored = stored
        self.previous = previous

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StoredPagesMiddleware:
        settings = crawler.settings
        resume, previous_scan = settings.getbool("CHANNEL_EQUITY_RESUME"), settings.getint("CHANNEL_EQUITY_PREVIOUS_SCAN")
        if not resume and not previous_scan:
            return cls(crawler, None, {}, {})
        store = open_store(settings["CHANNEL_EQUITY_STORE_URL"], upgrade=False)
        stored = stored_responses(store, settings.getint("CHANNEL_EQUITY_SCAN_ID")) if resume else {}
        previous = previous_pages(store, previous_scan) if previous_scan else {}
        middleware = cls(crawler, store, stored, previous)
        crawler.signals.connect(middleware.close, signal=signals.spider_closed)
        return middleware

    def close(self, *_: Any, **__: Any) -> None:
        if self.store is not None:
            self.store.close()

    def process_request(self, request: Request, spider: Any = None) -> Response | None:
        assert self.crawler.request_fingerprinter is not None
        key = take_request_key(request, self.crawler.request_fingerprinter)
        stored = self.stored.get(key)
        if stored is not None:
            response = self.stored_response(request, stored.sha256, stored.final_url, stored.http_status,
                                            stored.content_type)
            if response is not None:
                request.meta[REPLAYED] = stored.page_id
                request.meta["dont_retry"] = True  # a stored 503 was retried when it was fetched
                if stored.final_url != request.url:  # it was redirected: as the redirect middleware would say
                    request.meta.setdefault("redirect_urls", [request.url])
                return response
        previous = self.previous.get(key)
        if previous is not None and previous.http_status == 200:
            request.meta[PREVIOUS] = previous
            if not request.meta.get("playwright") and "redirect_urls" not in request.meta:
                if previous.etag:
                    request.headers.setdefault("If-None-Match", previous.etag)
                if previous.last_modified:
                    request.headers.setdefault("If-Modified-Since", previous.last_modified)
        return None

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        previous: PreviousPage | None = request.meta.get(PREVIOUS)
        if previous is None or response.status != HTTPStatus.NOT_MODIFIED:
            return response
        request.meta[UNCHANGED] = True
        if previous.entries or request.meta.get("online_entry"):  # nothing in it is read again: no body needed
            return Response(response.url, status=previous.http_status, request=request)
        stored = self.stored_response(request, previous.sha256, response.url, previous.http_status,
                                      previous.content_type)
        if stored is None:  # the stored body is gone (pruned): a 304 says nothing of the page
            del request.meta[UNCHANGED]
            return response
        return stored

    def stored_response(self, request: Request, sha256: str, url: str, status: int,
                        content_type: str | None) -> Response | None:
        """The stored body answering ``request`` as its server once did; None when it is gone."""
        if self.store is None:
            return None
        try:
            body = page_body(self.store, sha256)
        except (KeyError, StoreError):  # pruned or corrupt: fetch it again
            return None
        headers = Headers({"Content-Type": content_type} if content_type else {})
        response_class = responsetypes.from_args(headers=headers, url=url, body=body)
        return response_class(url=url, status=status, headers=headers, body=body, request=request)

