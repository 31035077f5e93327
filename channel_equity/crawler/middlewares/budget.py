"""How much of a portal the crawl takes: pages requested, and link hops from its entry pages.

A spider middleware (Scrapy's own ``DepthMiddleware`` is the model): it sees every request
as it leaves the spider. A request is a page of a portal when its meta names the portal's
budget (``page_budget``, the city id); robots.txt, sitemaps and online entries name none
and pass untouched.

- Depth: a link gets the depth of the page it was found on plus one — plus nothing when it
  is pagination (``nav_pagination``), since a 300-page catalog is not a trap — and its
  priority drops by that depth. A link deeper than the budget's ``max_depth`` is dropped and
  costs nothing. A request that already carries its ``nav_depth`` (entry pages, sitemap
  pages, re-renders) keeps it.
- Pages: each page request the crawl will actually make spends one of the portal's
  ``max_pages``; once they are spent, page requests are dropped and the portal is marked
  ``truncated``. A request the dupefilter will drop — the same fingerprint Scrapy's
  ``RFPDupeFilter`` computes, or for a hash route the same exact URL — passes free, so it
  neither spends budget nor truncates, and the page's other links still go out. Without
  this, a catalogue whose pages all link to one another spends the budget on repeats (the
  square of its pages) and a city of thousands of guides ends "page limit reached".
  A request marked ``dont_filter`` is always fetched, so always charged.

The budgets are the spider's (``spider.page_budgets``), so the scan can report them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol, cast

from scrapy.http import Request, Response
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

from channel_equity.crawler.request_keys import dedupe_key

PAGE_BUDGET = "page_budget"  # meta: the key of the budget a page request draws on
NAV_DEPTH = "nav_depth"  # meta: link hops from the portal's entry pages
NAV_PAGINATION = "nav_pagination"  # meta: the link pages through a list, it does not go deeper
FOUND_ON = "found_on"  # meta: the URL of the page whose link this request follows (coverage counts)


@dataclass
class PageBudget:
    """One portal's allowance, and what it has spent."""

    max_pages: int
    max_depth: int
    requested: int = 0
    truncated: bool = False
    paid: set[str] = field(default_factory=set)  # dupefilter keys of the requests charged

    def spend(self, key: str | None) -> bool:
        """Whether a request may go out; it costs one page unless its dupefilter ``key`` was
        paid for already (None: a request the dupefilter lets through, always charged).
        False (and ``truncated``) when no page is left."""
        if key is not None and key in self.paid:
            return True
        if self.requested >= self.max_pages:
            self.truncated = True
            return False
        self.requested += 1
        if key is not None:
            self.paid.add(key)
        return True


class BudgetedSpider(Protocol):
    """What this middleware asks of the spider: the budget each key names."""

    @property
    def page_budgets(self) -> Mapping[str, PageBudget]: ...


class PageBudgetMiddleware(BaseSpiderMiddleware):
    """Gives each page request its depth and charges it to its portal's budget."""

    def budget_for(self, request: Request) -> PageBudget | None:
        key = request.meta.get(PAGE_BUDGET)
        if key is None:
            return None
        return cast(BudgetedSpider, self.crawler.spider).page_budgets[key]

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        budget = self.budget_for(request)
        if budget is None:
            return request
        if NAV_DEPTH not in request.meta:
            found_at = response.meta.get(NAV_DEPTH, 0) if response is not None else 0
            depth = found_at if request.meta.get(NAV_PAGINATION) else found_at + 1
            if depth > budget.max_depth:
                return None
            request.meta[NAV_DEPTH] = depth
            request.priority -= depth
        return request if budget.spend(self.dupefilter_key(request)) else None

    def dupefilter_key(self, request: Request) -> str | None:
        """What the dupefilter (``HashRouteDupeFilter``) tells this request apart by: its own
        key or a hash route's URL (``dedupe_key``), else Scrapy's request fingerprint; None for
        ``dont_filter``."""
        if request.dont_filter:
            return None
        key = dedupe_key(request)
        if key is not None:
            return key
        assert self.crawler.request_fingerprinter is not None
        return self.crawler.request_fingerprinter.fingerprint(request).hex()
