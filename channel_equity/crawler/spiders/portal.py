"""One spider for every configured portal: home page → catalog → guides.

The spider knows no portal. It follows same-site links best-first (catalog words, then
pagination), asks the generic extractor whether each page is a guide, renders a page in
headless Chromium when the city is configured ``render: js`` or the link is a hash route,
and hands every page (as evidence) and every failure (as a coverage gap) to the pipeline.

The crawl's policies are middlewares (``channel_equity.crawler.middlewares``): the page
budget and link depth, hash routes fetched once, empty JavaScript shells fetched again
rendered. The spider only marks its requests for them (``page_budget``, ``nav_depth``,
``nav_pagination``).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any, cast
from urllib.parse import urljoin

import scrapy
from form2request import form2request
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Request, Response, TextResponse
from twisted.python.failure import Failure

from channel_equity.core.observation import GuideObservation
from channel_equity.crawler.data_proxy import FORM_TYPE, stated_pagers
from channel_equity.crawler.extract import (
    LabelLexicon,
    extract_guide,
    extract_guide_from_json,
    looks_like_guide,
    names_guide_fields,
)
from channel_equity.crawler.failures import classify_failure
from channel_equity.crawler.items import FetchedPage, FetchFailure
from channel_equity.crawler.json_catalogue import read_json_catalogue
from channel_equity.crawler.middlewares.budget import FOUND_ON, NAV_DEPTH, NAV_PAGINATION, PAGE_BUDGET
from channel_equity.crawler.middlewares.js_shell import JS_SHELL
from channel_equity.crawler.navigation import (
    FRAME_PRIORITY,
    canonical_url,
    discover_links,
    discover_postbacks,
    followable_url,
    is_hash_route,
    link_priority,
    same_site,
)
from channel_equity.crawler.pages import (
    content_type,
    fetched_page,
    is_empty_page,
    is_json,
    unchanged_guide,
    unchanged_page,
    unchanged_since,
)
from channel_equity.crawler.rendered_links import render_meta
from channel_equity.crawler.request_keys import DEDUPE_KEY
from channel_equity.crawler.sitemaps import sitemap_entries, sitemaps_in_robots
from channel_equity.crawler.state import LINK_TEXT, CityCrawlState, PortalTarget
from channel_equity.crawler.stated_totals import list_key, stated_size
from channel_equity.store.frontier import PreviousPage

__all__ = ["CityCrawlState", "PortalSpider", "PortalTarget"]

DATA_ENDPOINT = "data_endpoint"  # request meta: an endpoint a rendered page fetched its data from
MAX_JSON_LINKS = 2000
"""Rows followed per JSON answer: a catalogue page lists tens; more is a dump, not a page."""


class PortalSpider(scrapy.Spider):
    name = "portal"

    def __init__(self, targets: list[PortalTarget], lexicon: LabelLexicon, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lexicon = lexicon
        self.states = {t.city_id: CityCrawlState(t) for t in targets}
        self.page_budgets = {city_id: state.budget for city_id, state in self.states.items()}

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = cast(PortalSpider, super().from_crawler(crawler, *args, **kwargs))
        crawler.signals.connect(spider.on_dropped, signal=signals.request_dropped)
        return spider

    def on_dropped(self, request: Request, **kwargs: Any) -> None:
        """A redirect the dupefilter dropped leaves a trace against the address that led there:
        back into its own chain it is a loop (nothing read, a fault); to an address the scan
        asked for already it is noted (that page was read, or failed, on its own)."""
        chain = request.meta.get("redirect_urls")
        state = self.states.get(request.meta.get("city_id", ""))
        if not chain or state is None:
            return
        target = canonical_url(request.url)
        if target in {canonical_url(url) for url in chain}:
            message = f"redirect loop: {' → '.join([*chain, request.url])}"
            state.errors += 1
            state.note_home(request.meta, ok=False, reason=message)
            state.late_faults.append(FetchFailure(state.target.city_id, chain[0], "redirect-loop", message))
        else:
            state.late_faults.append(FetchFailure(state.target.city_id, chain[0], "redirect-to-seen",
                                                  f"redirects to {request.url}, already asked for in this scan"))

    async def start(self) -> AsyncIterator[Request]:
        for state in self.states.values():
            if state.target.seeds:
                for url in state.target.seeds:
                    state.homes += 1
                    yield self._page_request(state, url, priority=100, depth=0, home=True)
                continue
            entries = [state.target.portal]
            if state.target.catalog and canonical_url(state.target.catalog) != canonical_url(state.target.portal):
                entries.append(state.target.catalog)
            for url in entries:
                state.homes += 1
                yield self._page_request(state, url, priority=100, depth=0, home=True)
            yield self._sitemap_request(state, urljoin(state.target.portal, "/robots.txt"), self.parse_robots)

    def _page_request(self, state: CityCrawlState, url: str, priority: int, depth: int | None = None,
                      home: bool = False, pagination: bool = False, found_on: str | None = None) -> Request:
        """A page of the portal, drawing on its budget. Without ``depth`` it is a link, whose
        depth the budget middleware reckons from the page it was found on."""
        route = is_hash_route(url)
        render = state.target.overrides.render == "js"
        meta: dict[str, Any] = {"city_id": state.target.city_id, PAGE_BUDGET: state.target.city_id, "home": home,
                                "download_slot": state.target.city_id}
        meta.update({NAV_PAGINATION: pagination} if depth is None else {NAV_DEPTH: depth})
        if found_on is not None:
            meta[FOUND_ON] = found_on
        if render or route:
            meta.update(render_meta(self.settings.getfloat("DOWNLOAD_TIMEOUT")))
        # A route must meet the route dupefilter; a rendered entry page is always fetched.
        return Request(url, callback=self.parse, errback=self.on_error, priority=priority, meta=meta,
                       dont_filter=render and home and not route)

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
                yield self._page_request(state, canonical_url(url), priority=5, depth=1)

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
        previous = unchanged_since(response.meta, response.status, response.body)
        if previous is not None:  # as the last scan stored it: not decoded nor stored again
            yield unchanged_page(response.meta["city_id"], response, previous)
            return
        yield fetched_page(response.meta["city_id"], response)

    def _guide(self, state: CityCrawlState, text: str, url: str, link_text: str | None = None
               ) -> tuple[bool, GuideObservation | None]:
        """Whether the page looks like a guide, and the guide read from it (None: none read)."""
        lexicon = state.lexicon(self.lexicon)  # a city's own label variants count for detection too
        if not looks_like_guide(text, lexicon):
            return False, None
        return True, extract_guide(text, url, self.lexicon, state.target.overrides, link_text)

    def reads_as_is(self, request: Request, response: Response, text: str) -> bool:
        """JSON or a guide (perhaps carried as script data): ``parse`` takes the page as it is,
        however little of it shows. The JavaScript-shell middleware asks before re-rendering."""
        state = self.states[request.meta["city_id"]]
        return is_json(content_type(response), text) or self._guide(state, text, response.url)[1] is not None

    def names_guide(self, request: Request, text: str) -> bool:
        """Whether the page names guide fields (the JavaScript-shell middleware asks before it
        explores a catalogue: a guide with a few script buttons is no catalogue)."""
        return looks_like_guide(text, self.states[request.meta["city_id"]].lexicon(self.lexicon))

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        state = self.states[response.meta["city_id"]]
        state.pages_fetched += 1
        previous = unchanged_guide(response.meta, response.status, response.body)
        if previous is not None:
            yield from self._unchanged_guide(state, response, previous)
            return
        page = fetched_page(state.target.city_id, response)
        if response.status >= 400:
            yield page
            if response.meta.get(DATA_ENDPOINT):  # asked again not quite as the page asked: its list was read rendered
                yield FetchFailure(state.target.city_id, page.url, "http", f"data endpoint: HTTP {response.status}",
                                   response.status)
                return
            state.errors += 1
            state.note_home(response.meta, ok=False, reason=f"HTTP {response.status}")
            yield FetchFailure(state.target.city_id, page.url, "http", f"HTTP {response.status}", response.status)
            return
        if is_empty_page(page.text):  # "200 OK" and nothing in it: no re-observation, a fault
            message = f"HTTP {response.status} with an empty page ({len(response.body)} bytes)"
            if not response.meta.get(DATA_ENDPOINT):
                state.errors += 1
                state.note_home(response.meta, ok=False, reason=message)
            yield FetchFailure(state.target.city_id, page.url, "empty-body", message, response.status)
            return
        state.note_home(response.meta, ok=True)
        if page.replaced:  # read as UTF-8 all the same, as a browser shows it: noted, not a failed fetch
            yield FetchFailure(state.target.city_id, page.url, "decode",
                               f"{page.replaced} invalid byte(s) replaced; the page was read as UTF-8",
                               response.status)
        if is_json(page.content_type, page.text):
            yield from self._parse_json(state, page, response.meta)
            return
        guide_like, page.observation = self._guide(state, page.text, response.url, response.meta.get(LINK_TEXT))
        if page.observation is not None:
            state.note_guides(response.meta, [page.observation.online_entry_url])
        elif guide_like and not response.meta.get("home") and names_guide_fields(page.text, state.lexicon(self.lexicon)):
            state.guide_like.append(page.url)  # unread unless guides turn out to be found through it
        yield page
        if page.observation is not None:
            yield from self._check_online_entry(state, page.observation.online_entry_url)
        elif not response.meta.get(JS_SHELL):  # a shell's links appear once it is rendered
            total, pages = stated_size(page.text, self.lexicon)
            if total is not None:
                state.note_list_total(response.url, total)
            if pages is not None and not response.meta.get("playwright"):
                # a rendered list pages itself by clicks: no page of it is missed by URL
                state.note_list_page(list_key(response.url, pages), response.url,
                                     response.meta.get(DEDUPE_KEY) or response.url, pages)
            pagers = stated_pagers(page.text, response.url, state.target.portal, self.lexicon)
            proxies = {pager.proxy for pager in pagers}
            for link in discover_links(page.text, response.url, state.target.portal,
                                       state.target.overrides.catalog_link_texts):
                if link.url.split("?", 1)[0] in proxies:  # asked by POST, as its pager asks it
                    continue
                if not (state.target.follow_links or link.is_frame or link.is_data):
                    continue
                state.navigation_links.add(link.url)
                if link.method != "GET":
                    yield from self._posted_data(state, response.url, link.url, link.body, link.body_type)
                    continue
                request = self._page_request(state, link.url, priority=link.priority, pagination=link.same_depth,
                                             found_on=response.url)
                if link.text:
                    request.meta[LINK_TEXT] = link.text
                if link.is_data:
                    request.meta[DATA_ENDPOINT] = True
                yield request
            if not state.target.follow_links:  # a targeted crawl reads its seeds, not their lists
                return
            for pager in pagers:
                state.note_list_total(response.url, pager.total)
                for proxy_request in pager.requests:
                    yield from self._posted_data(state, response.url, proxy_request.url, proxy_request.body,
                                                 proxy_request.content_type)
            yield from self._postbacks(state, response, page.text)

    def _unchanged_guide(self, state: CityCrawlState, response: Response, previous: PreviousPage
                         ) -> Iterator[Any]:
        """A guide page as the last scan read it: its guides are counted and observed again (the
        pipeline copies them), their online entries checked again, nothing parsed."""
        state.note_home(response.meta, ok=True)
        state.note_guides(response.meta, previous.entries)
        page = unchanged_page(state.target.city_id, response, previous)
        if previous.decode_note:  # the same bytes, the same repair
            yield FetchFailure(state.target.city_id, page.url, "decode", previous.decode_note, response.status)
        yield page
        for entry in dict.fromkeys(previous.entries):
            yield from self._check_online_entry(state, entry)

    def _posted_data(self, state: CityCrawlState, found_on: str, url: str, body: str, body_type: str
                     ) -> Iterator[Request]:
        """A list's data asked by POST, as the page's script asks it (a data proxy's next
        records, a tab's list): read as data, never rendered, a failure no fetch error."""
        template = self._page_request(state, url, priority=FRAME_PRIORITY, pagination=True, found_on=found_on)
        meta = {key: value for key, value in template.meta.items() if not key.startswith("playwright")}
        meta[DATA_ENDPOINT] = True
        yield template.replace(method="POST", body=body, meta=meta, dont_filter=False,
                               headers={"Content-Type": body_type or FORM_TYPE})

    def _postbacks(self, state: CityCrawlState, response: Response, text: str) -> Iterator[Request]:
        """An ASP.NET pager's pages: the page's form posted back with each pager event, as the
        browser's ``__doPostBack`` does. Keyed by URL and event, not by the form's state."""
        postbacks = discover_postbacks(text, self.lexicon)
        if not postbacks or not isinstance(response, TextResponse):
            return
        form = response.xpath("//form[.//input[@name='__VIEWSTATE']]")
        if not form:
            return
        for postback in postbacks:
            data = {"__EVENTTARGET": postback.target, "__EVENTARGUMENT": postback.argument}
            try:
                post = form2request(form[0], data, click=False)
            except ValueError:  # a form form2request cannot build a request from
                return
            if not same_site(post.url, state.target.portal):
                continue
            template = self._page_request(state, post.url, priority=15, pagination=True, found_on=response.url)
            template.meta[DEDUPE_KEY] = f"postback {canonical_url(post.url)} {postback.target} {postback.argument}"
            yield post.to_scrapy(callback=template.callback, errback=template.errback, priority=template.priority,
                                 meta=template.meta)

    def _parse_json(self, state: CityCrawlState, page: FetchedPage, page_meta: dict[str, Any]) -> Iterator[Any]:
        try:
            data = json.loads(page.text)
        except ValueError:
            yield page
            return
        page.observation = extract_guide_from_json(data, page.final_url, self.lexicon, state.target.overrides)
        if page.observation is not None:
            state.note_guides(page_meta, [page.observation.online_entry_url])
        yield page
        if page.observation is not None:
            yield from self._check_online_entry(state, page.observation.online_entry_url)
        else:
            yield from self._json_catalogue(state, page, data)

    def _json_catalogue(self, state: CityCrawlState, page: FetchedPage, data: Any) -> Iterator[Request]:
        """A JSON answer that is no guide may be a catalogue: its rows' addresses are followed,
        with the row's name as the link's text, and its total counted like a printed 共N条."""
        catalogue = read_json_catalogue(data, state.lexicon(self.lexicon))
        if catalogue.total is not None:
            state.note_list_total(page.final_url, catalogue.total)
        for href, text in catalogue.links[:MAX_JSON_LINKS]:
            url = followable_url(href, page.final_url, state.target.portal)
            if url is None:
                continue
            request = self._page_request(state, url, priority=link_priority(text, url, lexicon=self.lexicon),
                                         found_on=page.final_url)
            if text:
                request.meta[LINK_TEXT] = text
            yield request

    def on_error(self, failure: Failure) -> Iterator[FetchFailure]:
        request = failure.request  # type: ignore[attr-defined]
        state = self.states[request.meta["city_id"]]
        kind, message = classify_failure(failure, self.settings.getint("DOWNLOAD_MAXSIZE"))
        url = request.meta.get("redirect_urls", [request.url])[0]
        if request.meta.get("online_entry"):
            yield FetchFailure(state.target.city_id, url, kind, f"online entry: {message}")
            return
        if request.meta.get(DATA_ENDPOINT):  # the page posted to it, maybe: its list was read rendered
            yield FetchFailure(state.target.city_id, url, kind, f"data endpoint: {message}")
            return
        if kind != "robots":
            state.errors += 1
            state.note_home(request.meta, ok=False, reason=message)
        elif request.meta.get("home"):
            state.home_failures.append(message)
        yield FetchFailure(state.target.city_id, url, kind, message)
