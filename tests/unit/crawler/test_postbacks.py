"""ASP.NET WebForms pagers: pages that exist only as ``__doPostBack`` form posts."""

from __future__ import annotations

from urllib.parse import parse_qs

from scrapy.http import Request

from channel_equity.crawler.extract import LabelLexicon
from channel_equity.crawler.middlewares.routes import HashRouteDupeFilter
from channel_equity.crawler.navigation import Postback, discover_postbacks
from tests.unit.crawler.conftest import CITY, PORTAL, html_response, make_spider

LIST = """<html><body><form method="post" action="./list.aspx?type=gr" id="form1">
<input type="hidden" name="__VIEWSTATE" value="{state}"><input type="hidden" name="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" value="">
<table><tr><td><a href="detail.aspx?id=1">事项一</a></td></tr>
<tr class="pager"><td><span>1</span> <a href="javascript:__doPostBack('gvList','Page$2')">2</a>
<a href="javascript:__doPostBack('gvList','Page$2')">下一页</a> <a href="javascript:__doPostBack('gvList','Sort$Name')">名称</a>
<a href="javascript:__doPostBack('btnLogin','')">登录</a></td></tr></table></form></body></html>"""


def test_only_pager_postbacks_are_pages() -> None:
    assert discover_postbacks(LIST.format(state="abc")) == [Postback("gvList", "Page$2", "2")]
    assert discover_postbacks(LIST.format(state="abc").replace("__VIEWSTATE", "state")) == [], "not WebForms"


def test_the_spider_posts_the_form_back_with_the_pager_event(lexicon: LabelLexicon) -> None:
    _, spider = make_spider(lexicon)
    response = html_response(PORTAL + "bszn/list.aspx?type=gr", LIST.format(state="page-one-state"))
    [post] = [r for r in spider.parse(response) if isinstance(r, Request) and r.method == "POST"]
    assert (post.method, post.url) == ("POST", PORTAL + "bszn/list.aspx?type=gr")
    form = parse_qs(post.body.decode())
    assert form["__EVENTTARGET"] == ["gvList"] and form["__EVENTARGUMENT"] == ["Page$2"]
    assert form["__VIEWSTATE"] == ["page-one-state"], "the page's own state goes back with it"
    assert post.meta["nav_pagination"] and post.meta["found_on"] == response.url and post.meta["city_id"] == CITY


def test_the_same_event_from_another_page_state_is_one_page(lexicon: LabelLexicon) -> None:
    _, spider = make_spider(lexicon)
    posts = [next(r for r in spider.parse(html_response(PORTAL + "bszn/list.aspx?type=gr", LIST.format(state=state)))
                  if isinstance(r, Request) and r.method == "POST") for state in ("one", "two")]
    assert posts[0].body != posts[1].body
    dupefilter = HashRouteDupeFilter()
    assert [dupefilter.request_seen(post) for post in posts] == [False, True]
    assert not dupefilter.request_seen(Request(PORTAL + "bszn/detail.aspx?id=1"))
