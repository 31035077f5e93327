"""A page that is only a script shell, or a catalogue whose items only a script opens, is
fetched again, rendered in headless Chromium (where ``rendered_links`` explores it by clicks).

A downloader middleware, placed so that it sees the response the spider will see (after
retries, redirects and decompression). A portal page fetched without a browser is a shell
when it has a ``<script>`` and under ``JS_SHELL_MAX_TEXT`` characters a reader would see,
unless the spider can read it as it is (JSON, or a guide carried as script data). Then:

- the shell still goes to the spider — it is evidence — marked ``js_shell``, so that the
  spider does not follow its (absent) links; a script catalogue is marked ``script_catalogue``
  and its static links are followed as usual (``SCRIPT_ITEMS_TO_RENDER`` script-only items
  make a catalogue: one stray handler does not cost a browser render);
- the same URL is requested again with playwright meta, at ``RENDER_PRIORITY``, if the
  portal's page budget allows (a re-render costs a page, like any other).

The rendered request is a new one: it keeps of the shell's meta only whose page it is and
how deep, not what Scrapy added on the way (redirects, retries), and it is no entry page.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, cast

from scrapy.crawler import Crawler
from scrapy.http import Request, Response
from scrapy.spidermiddlewares.referer import DefaultReferrerPolicy

from channel_equity.crawler.middlewares.budget import FOUND_ON, NAV_DEPTH, PAGE_BUDGET, PageBudget
from channel_equity.crawler.navigation import SCRIPT_ITEMS_TO_RENDER, script_only_items, visible_text_length
from channel_equity.crawler.pages import page_text, unchanged_guide
from channel_equity.crawler.rendered_links import render_meta
from channel_equity.crawler.settings import JS_SHELL_MAX_TEXT

JS_SHELL = "js_shell"  # meta set on a shell's response: it was (or would have been) re-rendered
SCRIPT_CATALOGUE = "script_catalogue"  # meta set on a catalogue re-rendered for its script-only items
RENDER_PRIORITY = 50  # ahead of ordinary links: the shell's own links exist only once rendered
CARRIED_META = ("city_id", "download_slot", PAGE_BUDGET, NAV_DEPTH, FOUND_ON)


class RenderingSpider(Protocol):
    """What this middleware asks of the spider."""

    @property
    def page_budgets(self) -> Mapping[str, PageBudget]: ...

    def reads_as_is(self, request: Request, response: Response, text: str) -> bool:
        """True when the page is content the spider takes without rendering (JSON, a guide)."""
        ...

    def names_guide(self, request: Request, text: str) -> bool:
        """The cheap test: does the page name guide fields (then it is no catalogue)?"""
        ...


class JsShellMiddleware:
    def __init__(self, crawler: Crawler, max_text: int, script_timeout: float) -> None:
        self.crawler = crawler
        self.max_text = max_text
        self.script_timeout = script_timeout  # how long a rendered page's scripts may take

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JsShellMiddleware:
        return cls(crawler, crawler.settings.getint("JS_SHELL_MAX_TEXT", JS_SHELL_MAX_TEXT),
                   crawler.settings.getfloat("DOWNLOAD_TIMEOUT"))

    @property
    def spider(self) -> RenderingSpider:
        return cast(RenderingSpider, self.crawler.spider)

    def needs_rendering(self, request: Request, response: Response) -> str | None:
        """Why the page must be fetched again rendered: ``JS_SHELL`` (a script shell, whose
        own links are absent), ``SCRIPT_CATALOGUE`` (items only a script opens, explored by
        clicks; its static links are followed too), or None."""
        if PAGE_BUDGET not in request.meta or request.meta.get("playwright") or response.status >= 400:
            return None
        if unchanged_guide(request.meta, response.status, response.body) is not None:
            return None  # the guide the last scan read from it, unchanged: nothing to render
        text = page_text(response)
        if "<script" not in text.lower():
            return None
        try:
            if visible_text_length(text) < self.max_text:
                return None if self.spider.reads_as_is(request, response, text) else JS_SHELL
            if script_only_items(text) >= SCRIPT_ITEMS_TO_RENDER and not self.spider.names_guide(request, text):
                return SCRIPT_CATALOGUE
            return None
        except Exception:  # leave the page to the spider, which meets the same error
            return None

    def rendered_request(self, request: Request, response: Response) -> Request:
        meta: dict[str, Any] = {key: request.meta[key] for key in CARRIED_META if key in request.meta}
        meta.update(home=False, **render_meta(self.script_timeout))
        # The Referer Scrapy's RefererMiddleware would give it, had the spider yielded it.
        referrer = DefaultReferrerPolicy().referrer(response.url, response.url)
        return Request(response.url, callback=request.callback, errback=request.errback, priority=RENDER_PRIORITY,
                       meta=meta, dont_filter=True, headers={"Referer": referrer} if referrer else None)

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        reason = self.needs_rendering(request, response)
        if reason is None:
            return response
        request.meta[reason] = True
        if self.spider.page_budgets[request.meta[PAGE_BUDGET]].spend(None):  # a re-render is always fetched
            assert self.crawler.engine is not None
            self.crawler.engine.crawl(self.rendered_request(request, response))
        return response
