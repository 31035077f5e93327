"""The page budget and pagination-neutral depth (PageBudgetMiddleware), on hand-made requests."""

from __future__ import annotations

import asyncio
from typing import Any

from scrapy.http import Request

from channel_equity.crawler.extract import LabelLexicon
from channel_equity.crawler.middlewares.budget import PageBudget, PageBudgetMiddleware
from channel_equity.crawler.spiders.portal import PortalSpider
from tests.unit.crawler.conftest import CITY, PORTAL, html_response, make_spider


def middleware(lexicon: LabelLexicon, **limits: int) -> tuple[PageBudgetMiddleware, PortalSpider]:
    crawler, spider = make_spider(lexicon, **limits)
    return PageBudgetMiddleware.from_crawler(crawler), spider


def link(url: str, pagination: bool = False, priority: int = 10) -> Request:
    """A link as PortalSpider._follow yields it: no depth yet."""
    return Request(url, priority=priority, meta={"city_id": CITY, "page_budget": CITY, "nav_pagination": pagination})


def page_at(depth: int) -> Any:
    return html_response(PORTAL + "list", "<html></html>",
                         Request(PORTAL + "list", meta={"city_id": CITY, "page_budget": CITY, "nav_depth": depth}))


def passed(mw: PageBudgetMiddleware, requests: list[Request], depth: int = 0) -> list[str]:
    return [r.url for r in mw.process_spider_output(page_at(depth), requests)]


def test_third_page_over_a_budget_of_two_is_dropped_and_truncates(lexicon: LabelLexicon) -> None:
    mw, spider = middleware(lexicon, max_pages=2)
    urls = [PORTAL + f"guide/{n}" for n in (1, 2, 3)]
    assert passed(mw, [link(u) for u in urls]) == urls[:2]
    state = spider.states[CITY]
    assert (state.requested, state.truncated) == (2, True)


def test_budget_not_reached_does_not_truncate(lexicon: LabelLexicon) -> None:
    mw, spider = middleware(lexicon, max_pages=2)
    passed(mw, [link(PORTAL + "a"), link(PORTAL + "b")])
    assert (spider.states[CITY].requested, spider.states[CITY].truncated) == (2, False)


def test_next_page_link_keeps_depth_and_other_links_go_one_deeper(lexicon: LabelLexicon) -> None:
    mw, _ = middleware(lexicon)
    next_page, guide = link(PORTAL + "list?page=2", pagination=True, priority=15), link(PORTAL + "guide/1", priority=5)
    list(mw.process_spider_output(page_at(3), [next_page, guide]))
    assert (next_page.meta["nav_depth"], guide.meta["nav_depth"]) == (3, 4)
    assert (next_page.priority, guide.priority) == (15 - 3, 5 - 4), "deeper pages come later"


def test_link_beyond_max_depth_is_dropped_free_but_pagination_at_the_limit_goes(lexicon: LabelLexicon) -> None:
    mw, spider = middleware(lexicon, max_pages=1, max_depth=2)
    assert passed(mw, [link(PORTAL + "deep"), link(PORTAL + "list?page=9", pagination=True)], depth=2) == [
        PORTAL + "list?page=9"]
    assert (spider.states[CITY].requested, spider.states[CITY].truncated) == (1, False)


def test_route_already_paid_for_is_free_and_does_not_stop_the_other_links(lexicon: LabelLexicon) -> None:
    mw, spider = middleware(lexicon, max_pages=2)
    route = PORTAL + "#/guide/1"
    assert passed(mw, [link(route)]) == [route]
    # A second page links the same route, then one more page: the route passes free (the
    # dupefilter drops it), and the page after it still fits in the budget.
    assert passed(mw, [link(route), link(PORTAL + "guide/2")]) == [route, PORTAL + "guide/2"]
    assert (spider.states[CITY].requested, spider.states[CITY].truncated) == (2, False)
    assert passed(mw, [link(route)]) == [route], "a route paid for passes even with the budget spent"
    assert not spider.states[CITY].truncated


def test_a_repeated_link_is_free_so_a_densely_linked_catalogue_fits(lexicon: LabelLexicon) -> None:
    # Every catalogue page links every other: the dupefilter drops the repeats, so the budget
    # must not pay for them (it did, once: budget use grew with the square of the pages).
    mw, spider = middleware(lexicon, max_pages=5)
    pages = [PORTAL + f"list?page={n}" for n in range(1, 6)]
    for _ in pages:
        assert passed(mw, [link(u, pagination=True) for u in pages]) == pages
    assert (spider.states[CITY].requested, spider.states[CITY].truncated) == (5, False)


def test_the_same_fingerprint_is_one_page_whatever_the_query_order(lexicon: LabelLexicon) -> None:
    mw, spider = middleware(lexicon, max_pages=1)
    assert passed(mw, [link(PORTAL + "list?a=1&b=2"), link(PORTAL + "list?b=2&a=1")]) == [
        PORTAL + "list?a=1&b=2", PORTAL + "list?b=2&a=1"]
    assert (spider.states[CITY].requested, spider.states[CITY].truncated) == (1, False)


def test_a_request_the_dupefilter_lets_through_is_charged_each_time(lexicon: LabelLexicon) -> None:
    mw, spider = middleware(lexicon, max_pages=2)
    again = [link(PORTAL + "a").replace(dont_filter=True) for _ in range(3)]
    assert len(passed(mw, again)) == 2
    assert (spider.states[CITY].requested, spider.states[CITY].truncated) == (2, True)


def test_requests_drawing_on_no_budget_pass_untouched(lexicon: LabelLexicon) -> None:
    mw, spider = middleware(lexicon, max_pages=1, max_depth=1)
    robots = Request(PORTAL + "robots.txt", meta={"city_id": CITY}, priority=90)
    entry = Request("http://other.test/apply", meta={"city_id": CITY, "online_entry": True}, priority=-10)
    item = {"not": "a request"}
    assert list(mw.process_spider_output(page_at(5), [robots, entry, item])) == [robots, entry, item]
    assert "nav_depth" not in robots.meta and robots.priority == 90
    assert spider.states[CITY].requested == 0


def test_a_request_with_its_own_depth_keeps_it_and_its_priority(lexicon: LabelLexicon) -> None:
    mw, _ = middleware(lexicon)
    sitemap_page = Request(PORTAL + "guide/7", priority=5, meta={"city_id": CITY, "page_budget": CITY, "nav_depth": 1})
    sitemap = html_response(PORTAL + "sitemap.xml", "", Request(PORTAL + "sitemap.xml", meta={"city_id": CITY}))
    [out] = mw.process_spider_output(sitemap, [sitemap_page])
    assert (out.meta["nav_depth"], out.priority) == (1, 5)


def test_start_requests_are_charged_too(lexicon: LabelLexicon) -> None:
    mw, spider = middleware(lexicon, max_pages=1)

    async def collect() -> list[Request]:
        return [r async for r in mw.process_start(spider.start())]

    out = asyncio.run(collect())
    # portal home (charged), robots.txt (free); a budget of one page leaves room for nothing else
    assert [r.url for r in out] == [PORTAL, PORTAL + "robots.txt"]
    assert spider.states[CITY].requested == 1


def test_the_spider_follows_links_through_the_middleware(lexicon: LabelLexicon) -> None:
    mw, spider = middleware(lexicon)
    body = """<html><body><a href="/guide/1">食品经营许可</a><a href="/list?page=2">下一页</a>
              <a href="/#/item/1">事项</a></body></html>"""
    response = page_at(1)
    response = response.replace(body=body.encode())
    out = [r for r in mw.process_spider_output(response, spider.parse(response)) if isinstance(r, Request)]
    depths = {r.url: r.meta["nav_depth"] for r in out}
    assert depths == {PORTAL + "guide/1": 2, PORTAL + "list?page=2": 1, PORTAL + "#/item/1": 2}
    route = next(r for r in out if "#" in r.url)
    assert route.meta.get("playwright") and not route.dont_filter, "routes are rendered, and go through the dupefilter"


def test_page_budget_spend() -> None:
    budget = PageBudget(max_pages=1, max_depth=1)
    assert budget.spend("http://a/#/x") and budget.spend("http://a/#/x")
    assert not budget.spend("http://a/#/y") and budget.truncated
    assert budget.requested == 1
    assert budget.spend("http://a/#/x"), "a key paid for passes even with the budget spent"
    assert not budget.spend(None), "an unfiltered request always costs a page"

