"""Hash routes fetched once each (HashRouteDupeFilter); every other request filtered as Scrapy does."""

from __future__ import annotations

from scrapy.http import Request
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from channel_equity.crawler.middlewares.routes import HashRouteDupeFilter

PORTAL = "http://portal.test/"


def dupefilter() -> HashRouteDupeFilter:
    return build_from_crawler(HashRouteDupeFilter, get_crawler())


def seen(df: HashRouteDupeFilter, *urls: str) -> list[bool]:
    return [df.request_seen(Request(url)) for url in urls]


def test_each_route_is_a_page_of_its_own_and_fetched_once() -> None:
    df = dupefilter()
    assert seen(df, PORTAL + "#/item/1", PORTAL + "#/item/2", PORTAL + "#!/item/3") == [False, False, False]
    assert seen(df, PORTAL + "#/item/1", PORTAL + "#!/item/3") == [True, True]


def test_a_query_inside_the_route_makes_another_route() -> None:
    # Routes are told apart by their exact URL, as the spider did before this filter existed.
    df = dupefilter()
    assert seen(df, PORTAL + "#/item/1", PORTAL + "#/item/1?x", PORTAL + "#/item/1") == [False, False, True]


def test_a_route_and_the_page_it_hangs_on_do_not_shadow_each_other() -> None:
    df = dupefilter()
    assert seen(df, PORTAL, PORTAL + "#/a", PORTAL + "#/a") == [False, False, True]
    df = dupefilter()
    assert seen(df, PORTAL + "#/a", PORTAL) == [False, False]


def test_ordinary_urls_are_filtered_as_scrapy_does_ignoring_plain_fragments() -> None:
    df = dupefilter()
    assert seen(df, PORTAL + "guide?a=1&b=2", PORTAL + "guide?b=2&a=1", PORTAL + "guide?a=1&b=2#top") == [
        False, True, True]

