"""What a city's result says of its coverage: stated totals, empty portals, guide-like pages not read."""

from __future__ import annotations

from pathlib import Path

import pytest
from scrapy.http import Request

from channel_equity.core.extraction_overrides import ExtractionOverrides
from channel_equity.core.labels import load_label_lexicon
from channel_equity.crawler.extract import LabelLexicon
from channel_equity.crawler.scan import city_result
from channel_equity.crawler.state import CityCrawlState, PortalTarget
from channel_equity.crawler.stated_totals import stated_total
from tests.unit.crawler.conftest import CITY, PORTAL, html_response, make_spider


@pytest.mark.parametrize(("text", "total"), [
    ("<div class='page'>共 40 条记录 第1/4页</div>", 40),
    ("<p>共有<b>126</b>项</p>", 126),
    ("<span>总计：</span><em>1,260</em>", None),  # no unit: not a count of items
    ("<span>合计</span> 35 个事项", 35),
    ("<p>共4页</p>", None),  # pages, not items
    ("<p>本站共有 0 条</p>", None),
    ("<script>var s='共99条';</script><p>无</p>", None),  # script text is not shown
    ("<p>共 12 条</p><p>共 3 条</p>", 12),
])
def test_the_item_count_a_page_states(text: str, total: int | None) -> None:
    assert stated_total(f"<html><body>{text}</body></html>") == total


def test_a_province_adds_its_own_total_words(tmp_path: Path) -> None:
    page = "<html><body>检索结果 40 项；另有 3 宗</body></html>"
    assert stated_total(page) is None
    province = tmp_path / "labels.yaml"
    province.write_text("navigation: {total_prefixes: [检索结果, 另有], total_units: [宗]}\n", encoding="utf-8")
    assert stated_total(page, load_label_lexicon(province)) == 40


def state(items: int = 0, pages: int = 3) -> CityCrawlState:
    target = PortalTarget(CITY, PORTAL, None, ExtractionOverrides(), 100, 8)
    crawl = CityCrawlState(target, pages_fetched=pages, items_extracted=items, home_successes=1, homes=1)
    return crawl


def test_nothing_read_from_a_reachable_portal_is_empty_never_ok() -> None:
    result = city_result(state(items=0, pages=7))
    assert (result.status, result.error) == ("empty", "no guide read from 7 page(s)")


def test_a_list_stating_more_than_was_read_makes_the_city_partial_with_the_ratio() -> None:
    crawl = state(items=10)
    crawl.list_totals = {PORTAL + "list": 40, PORTAL + "news": 356}
    crawl.guide_lists = {PORTAL + "list"}  # the news list led to no guide: its 共356条 does not count
    result = city_result(crawl)
    assert (result.status, result.stated_total, result.coverage) == ("partial", 40, 0.25)
    assert result.error == "read 10 of the 40 items the portal lists"


def test_a_list_read_in_full_is_ok() -> None:
    crawl = state(items=40)
    crawl.list_totals, crawl.guide_lists = {PORTAL + "list": 40}, {PORTAL + "list"}
    assert (city_result(crawl).status, city_result(crawl).coverage) == ("ok", 1.0)


def test_guide_like_pages_that_yield_no_guide_are_counted_and_named() -> None:
    crawl = state(items=5)
    crawl.guide_like = [PORTAL + "guide/9", PORTAL + "catalogue", PORTAL + "guide/9"]
    crawl.guide_lists = {PORTAL + "catalogue"}  # its columns name guide fields, and guides were found through it
    assert crawl.unread_guides == [PORTAL + "guide/9"]
    result = city_result(crawl)
    assert (result.status, result.unread_guides) == ("ok", 1)
    assert result.error == "1 guide-like page(s) yielded no guide"


def test_the_spider_notes_totals_on_lists_and_which_lists_led_to_guides(lexicon: LabelLexicon) -> None:
    _, spider = make_spider(lexicon)
    listing = html_response(PORTAL + "list", "<html><body><a href='/guide/1'>事项一</a><p>共 40 条</p></body></html>")
    [link] = [r for r in spider.parse(listing) if isinstance(r, Request)]
    assert link.meta["found_on"] == PORTAL + "list"
    crawl = spider.states[CITY]
    assert crawl.list_totals == {PORTAL + "list": 40} and crawl.stated_total is None, "no guide found through it yet"
    crawl.note_guide_found_on(link.meta)
    assert crawl.stated_total == 40


def test_the_spider_keeps_a_page_showing_guide_fields_it_could_not_read(lexicon: LabelLexicon) -> None:
    _, spider = make_spider(lexicon)
    labels_only = ("<html><body><h2>事项名称</h2><h2>办件类型</h2><h2>承诺办结时限</h2><h2>申请材料</h2>"
                   "<p>请联系窗口。</p></body></html>")
    list(spider.parse(html_response(PORTAL + "odd", labels_only)))
    list(spider.parse(html_response(PORTAL + "news", "<html><body><p>新闻动态</p></body></html>")))
    assert spider.states[CITY].unread_guides == [PORTAL + "odd"]


def test_an_entry_given_by_nearly_every_guide_or_linked_by_the_site_is_navigation() -> None:
    crawl = state(items=10)
    menu, own, hall = PORTAL + "uc/hall.html", PORTAL + "apply?id=1", PORTAL + "wsdt/"
    crawl.entry_counts.update({menu: 9, own: 1, hall: 3})
    crawl.navigation_links = {hall}
    assert crawl.shared_entries == {menu, hall}, "9 of 10 guides; 3 guides and the site's menu"
    crawl.navigation_links = set()
    assert crawl.shared_entries == {menu}
    few = state(items=2)
    few.entry_counts.update({menu: 2})
    assert few.shared_entries == set(), "two guides sharing an entry say nothing"
