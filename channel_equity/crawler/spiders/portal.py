"""One spider for every configured portal: home page → catalog → guides.

The spider knows no portal. It follows same-site links best-first (catalog words, then
pagination), asks the generic extractor whether each page is a guide, renders a page in
headless Chromium when the city is configured ``render: js`` or when the page turns out to
be an empty JavaScript shell, and hands every page (as evidence) and every failure (as a
coverage gap) to the pipeline.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import scrapy
from scrapy.http import Request, Response, TextResponse
from scrapy_playwright.page import PageMethod
from twisted.python.failure import Failure

from channel_equity.core.charset import decode_page
from channel_equity.core.extraction_overrides import ExtractionOverrides
from channel_equity.crawler.extract import (
    LabelLexicon,
    extract_guide,
    extract_guide_from_json,
    looks_like_guide,
)
from channel_equity.crawler.failures import classify_failure
from channel_equity.crawler.items import FetchedPage, FetchFailure
from channel_equity.crawler.navigation import (
    canonical_url,
    discover_links,
    is_hash_route,
    same_site,
    visible_text_length,
)
from channel_equity.crawler.rendered_links import COLLECT_LINKS_JS
from channel_equity.crawler.sitemaps import sitemap_entries, sitemaps_in_robots

JS_SHELL_MAX_TEXT = 120


@dataclass
class PortalTarget:
    """What the spider needs to know of one city."""

    city_id: str
    portal: str
    catalog: str | None
    overrides: ExtractionOverrides
    max_pages: int
    max_depth: int


@dataclass
class CityCrawlState:
    """Counters the scan runner turns into the city's result row."""

    target: PortalTarget
    requested: int = 0
    pages_fetched: int = 0
    items_extracted: int = 0
    errors: int = 0
    home_failures: list[str] = field(default_factory=list)
    home_successes: int = 0
    homes: int = 0
    online_entries_checked: int = 0
    truncated: bool = False
    routes_seen: set[str] = field(default_factory=set)


class PortalSpider(scrapy.Spider):
    name = "portal"

    def __init__(self, targets: list[PortalTarget], lexicon: LabelLexicon, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lexicon = lexicon
        self.states = {t.city_id: CityCrawlState(t) for t in targets}

    async def start(self) -> AsyncIterator[Request]:
        for state in self.states.values():
            entries = [state.target.portal]
            if state.target.catalog and canonical_url(state.target.catalog) != canonical_url(state.target.portal):
                entries.append(state.target.catalog)
            for url in entries:
                state.homes += 1
                request = self._request(state, url, depth=0, priority=100, home=True)
                if request is not None:
                    yield request
            yield self._sitemap_request(state, urljoin(state.target.portal, "/robots.txt"), self.parse_robots)

    def _sitemap_request(self, state: CityCrawlState, url: str, callback: Any) -> Request:
        """robots.txt and sitemaps: discovery aids, not pages of the portal. Their absence is
        normal, so a failure is no fetch error; what they list is crawled like catalog links."""
        return Request(url, callback=callback, errback=lambda failure: None, priority=90, dont_filter=True,
                       meta={"city_id": state.target.city_id, "download_slot": state.target.city_id,
                             "handle_httpstatus_all": True})

    def parse_robots(self, response: Response, **kwargs: Any) -> Iterator[Request]:
        state = self.states[response.meta["city_id"]]
        text = response.text if response.status < 400 and isinstance(response, TextResponse) else ""
        for url in sitemaps_in_robots(text, response.url):
            if same_site(url, state.target.portal):
                yield self._sitemap_request(state, url, self.parse_sitemap)

    def parse_sitemap(self, response: Response, **kwargs: Any) -> Iterator[Request]:
        state = self.states[response.meta["city_id"]]
        if response.status >= 400 or not isinstance(response, TextResponse):
            return
        pages, nested = sitemap_entries(response.text, response.url)
        for url in nested:
            if same_site(url, state.target.portal):
                yield self._sitemap_request(state, url, self.parse_sitemap)
        for url in pages:
            if same_site(url, state.target.portal):
                request = self._request(state, canonical_url(url), depth=1, priority=5)
                if request is None:
                    if state.truncated:
                        return
                    continue
                yield request

    def _request(
        self, state: CityCrawlState, url: str, depth: int, priority: int, home: bool = False, render: bool = False
    ) -> Request | None:
        """The request for ``url``; None when it is a route already requested, or when the
        portal's page budget is spent (then ``state.truncated`` is set)."""
        route = is_hash_route(url)
        if route and url in state.routes_seen:  # Scrapy's duplicate filter ignores fragments
            return None
        if state.requested >= state.target.max_pages:
            state.truncated = True
            return None
        state.requested += 1
        if route:
            state.routes_seen.add(url)
        render = render or state.target.overrides.render == "js"
        meta: dict[str, Any] = {"city_id": state.target.city_id, "nav_depth": depth, "home": home,
                                "download_slot": state.target.city_id}
        if render or route:
            meta["playwright"] = True
            meta["playwright_page_methods"] = [PageMethod("wait_for_load_state", "networkidle"),
                                               PageMethod("evaluate", COLLECT_LINKS_JS)]
        return Request(url, callback=self.parse, errback=self.on_error, priority=priority, meta=meta,
                       dont_filter=(render and home) or route)

    def _check_online_entry(self, state: CityCrawlState, url: str | None) -> Iterator[Request]:
        """Fetch the guide's online entry once, as a citizen clicking 在线办理 would.

        The page (or the failure) is stored as evidence for ``online-entry-broken``; entries
        often live on another system, so they are fetched off-site too, but never followed.
        """
        if not url or not url.startswith(("http://", "https://")) or state.online_entries_checked >= state.target.max_pages:
            return
        state.online_entries_checked += 1
        yield Request(url, callback=self.parse_online_entry, errback=self.on_error, priority=-10,
                      meta={"city_id": state.target.city_id, "online_entry": True, "download_slot": state.target.city_id})

    def parse_online_entry(self, response: Response, **kwargs: Any) -> Iterator[FetchedPage]:
        state = self.states[response.meta["city_id"]]
        yield self._page(state, response)

    def _page(self, state: CityCrawlState, response: Response) -> FetchedPage:
        content_type = (response.headers.get("Content-Type") or b"").decode("latin-1") or None
        decoded = decode_page(response.body, content_type)
        return FetchedPage(
            city_id=state.target.city_id, url=response.meta.get("redirect_urls", [response.url])[0],
            final_url=response.url, http_status=response.status, fetched_at=datetime.now(UTC),
            content_type=content_type, declared_encoding=decoded.declared,
            detected_encoding=decoded.used, body=response.body, rendered=bool(response.meta.get("playwright")),
            text=decoded.text,
        )

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        state = self.states[response.meta["city_id"]]
        state.pages_fetched += 1
        page = self._page(state, response)
        rendered, content_type = page.rendered, page.content_type
        if response.status >= 400:
            state.errors += 1
            self._note_home(state, response.meta, ok=False, reason=f"HTTP {response.status}")
            yield page
            yield FetchFailure(state.target.city_id, page.url, "http", f"HTTP {response.status}", response.status)
            return
        self._note_home(state, response.meta, ok=True)
        text = page.text
        if "json" in (content_type or "").lower() or text.lstrip().startswith(("{", "[")):
            yield from self._parse_json(state, page, text)
            return
        overrides = state.target.overrides
        if looks_like_guide(text, self.lexicon):
            observation = extract_guide(text, response.url, self.lexicon, overrides)
            if observation is not None:
                page.observation = observation
                state.items_extracted += 1
                yield page
                yield from self._check_online_entry(state, observation.online_entry_url)
                return
        yield page
        if not rendered and "<script" in text.lower() and visible_text_length(text) < JS_SHELL_MAX_TEXT:
            request = self._request(state, response.url, response.meta["nav_depth"], priority=50, render=True)
            if request is not None:
                yield request.replace(dont_filter=True)
            return
        yield from self._follow(state, response, text)

    def _parse_json(self, state: CityCrawlState, page: FetchedPage, text: str) -> Iterator[Any]:
        try:
            data = json.loads(text)
        except ValueError:
            yield page
            return
        observation = extract_guide_from_json(data, page.final_url, self.lexicon, state.target.overrides)
        if observation is not None:
            page.observation = observation
            state.items_extracted += 1
        yield page
        if observation is not None:
            yield from self._check_online_entry(state, observation.online_entry_url)

    def _follow(self, state: CityCrawlState, response: Response, text: str) -> Iterator[Request]:
        depth = response.meta["nav_depth"]
        origin = state.target.portal
        extra_words = state.target.overrides.catalog_link_texts
        for link in discover_links(text, response.url, origin, extra_words):
            next_depth = depth if link.is_pagination else depth + 1
            if next_depth > state.target.max_depth:
                continue
            request = self._request(state, link.url, next_depth, priority=link.priority - next_depth)
            if request is None:
                if state.truncated:
                    return
                continue
            yield request

    def _note_home(self, state: CityCrawlState, meta: dict[str, Any], ok: bool, reason: str = "") -> None:
        if not meta.get("home"):
            return
        if ok:
            state.home_successes += 1
        else:
            state.home_failures.append(reason)

    def on_error(self, failure: Failure) -> Iterator[FetchFailure]:
        request = failure.request  # type: ignore[attr-defined]
        state = self.states[request.meta["city_id"]]
        kind, message = classify_failure(failure)
        url = request.meta.get("redirect_urls", [request.url])[0]
        if request.meta.get("online_entry"):
            yield FetchFailure(state.target.city_id, url, kind, f"online entry: {message}")
            return
        if kind != "robots":
            state.errors += 1
            self._note_home(state, request.meta, ok=False, reason=message)
        elif request.meta.get("home"):
            state.home_failures.append(message)
        yield FetchFailure(state.target.city_id, url, kind, message)
