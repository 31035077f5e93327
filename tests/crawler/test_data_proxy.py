"""Lists a script completes by POST: the pager a page states, the records a proxy answers
with, and the data requests a rendered page made, as it made them."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

from channel_equity.crawler.data_proxy import stated_pagers
from channel_equity.crawler.navigation import discover_links

ORIGIN = "http://gov.test/"
PAGE = "http://gov.test/col/col12/index.html"


def _column(held: int, config: str) -> str:
    records = "".join(f'<record><![CDATA[<li><a href="/art/{n}.html">第{n}号事项</a></li>]]></record>'
                      for n in range(1, held + 1))
    return (f'<html><body><div id="box12"><script type="text/xml"><datastore><nextgroup><![CDATA['
            f'<a href="/module/proxy.jsp?page=1&webid=3&columnid=12&webname=%E5%8C%BA"></a>]]></nextgroup>'
            f'<recordset>{records}</recordset></datastore></script></div><script>{config}</script></body></html>')


def test_the_records_after_those_the_page_holds_are_asked_a_page_at_a_time() -> None:
    config = ('initPager({"container": "box12", "columnid": "12", "unitid": "40", "perPage": 5, '
              '"totalRecord": 17, "proxyUrl": "/module/proxy.jsp"});')
    [pager] = stated_pagers(_column(5, config), PAGE, ORIGIN)
    assert (pager.proxy, pager.total) == ("http://gov.test/module/proxy.jsp", 17)
    ranges = [dict(parse_qsl(urlsplit(request.url).query)) for request in pager.requests]
    assert ranges == [{"startrecord": str(first), "endrecord": str(first + 4), "perpage": "5"} for first in (6, 11, 16)]
    form = dict(parse_qsl(pager.requests[0].body))
    # the object's own fields, and the fields of the proxy's link in the datastore
    assert {"columnid": "12", "unitid": "40", "webid": "3", "webname": "区"}.items() <= form.items()
    assert not {"perPage", "totalRecord", "proxyUrl", "startrecord"} & form.keys()


def test_a_script_literal_with_bare_keys_and_single_quotes_states_a_pager_too() -> None:
    config = "$('#box12').pager({proxyUrl: 'proxy.jsp', totalRecord: 4, perPage: 2, columnid: '12'});"
    [pager] = stated_pagers(_column(2, config), PAGE, ORIGIN)
    assert pager.proxy == "http://gov.test/col/col12/proxy.jsp"
    assert [urlsplit(r.url).query for r in pager.requests] == ["startrecord=3&endrecord=4&perpage=2"]


def test_no_pager_without_a_proxy_a_total_and_a_page_size_nor_off_the_site() -> None:
    for config in ('init({"perPage": 5, "totalRecord": 17});',  # no proxy
                   'init({"proxyUrl": "/p.jsp", "perPage": 5});',  # no total
                   'init({"proxyUrl": "http://other.test/p.jsp", "perPage": 5, "totalRecord": 9});'):
        assert stated_pagers(_column(5, config), PAGE, ORIGIN) == []
    whole = 'init({"proxyUrl": "/p.jsp", "perPage": 5, "totalRecord": 5});'
    assert [p.requests for p in stated_pagers(_column(5, whole), PAGE, ORIGIN)] == [()]  # the page holds them all


def test_a_proxy_answer_gives_the_links_of_its_records() -> None:
    answer = ('<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>8</totalrecord><recordset>'
              '<record><![CDATA[<li><a href="/art/6.html" title="第6号事项">第6号事项</a></li>]]></record>'
              '<record><![CDATA[<li><a href="/art/7.html">第7号事项</a></li>]]></record></recordset></datastore>')
    links = discover_links(answer, "http://gov.test/module/proxy.jsp?startrecord=6", ORIGIN)
    assert [(link.url, link.text) for link in links] == [("http://gov.test/art/6.html", "第6号事项"),
                                                        ("http://gov.test/art/7.html", "第7号事项")]


def test_posted_data_requests_are_kept_apart_with_their_bodies() -> None:
    page = ('<html><body><ul hidden data-collected-data>'
            '<li><a href="/rest/list?start=0"></a></li>'
            '<li><a href="/rest/fr.action" data-method="POST" data-body="pageIndex=1" data-type="a/b"></a></li>'
            '<li><a href="/rest/fr.action" data-method="POST" data-body="pageIndex=2" data-type="a/b"></a></li>'
            '</ul></body></html>')
    data = [(link.url, link.method, link.body, link.body_type)
            for link in discover_links(page, ORIGIN, ORIGIN) if link.is_data]
    assert sorted(data) == [("http://gov.test/rest/fr.action", "POST", "pageIndex=1", "a/b"),
                            ("http://gov.test/rest/fr.action", "POST", "pageIndex=2", "a/b"),
                            ("http://gov.test/rest/list?start=0", "GET", "", "")]
