"""The spider hands a guide the text of the link that led to it, and detects guides with the
city's own label variants."""

from __future__ import annotations

from scrapy.http import Request
from scrapy.utils.test import get_crawler

from channel_equity.core.extraction_overrides import ExtractionOverrides
from channel_equity.crawler.extract import LabelLexicon
from channel_equity.crawler.items import FetchedPage
from channel_equity.crawler.spiders.portal import PortalSpider
from channel_equity.crawler.state import PortalTarget
from tests.unit.crawler.conftest import CITY, PORTAL, html_response, make_spider

GUIDE = """<html><head><title>城乡居民养老保险待遇申领 - 某市政务服务网</title></head><body>
<div class="tit">城乡居民养老保险待遇申领</div><table><tr><td>实施主体</td><td>某市人社局</td></tr>
<tr><td>办件类型</td><td>承诺件</td></tr><tr><td>承诺时限</td><td>5个工作日</td></tr></table></body></html>"""


def test_the_link_text_travels_with_the_request_and_names_the_guide(lexicon: LabelLexicon) -> None:
    _, spider = make_spider(lexicon)
    listing = html_response(PORTAL + "list", '<html><body><a href="/g/1" title="城乡居民养老保险待遇申领">城乡居民养老保险…</a>'
                                             "</body></html>")
    [link] = [r for r in spider.parse(listing) if isinstance(r, Request)]
    assert link.meta["link_text"] == "城乡居民养老保险待遇申领", "the title, where the text is cut short"
    [page] = [i for i in spider.parse(html_response(PORTAL + "g/1", GUIDE, link)) if isinstance(i, FetchedPage)]
    assert page.observation is not None and page.observation.name == "城乡居民养老保险待遇申领"


def test_a_citys_own_labels_make_a_page_a_guide(lexicon: LabelLexicon) -> None:
    odd = """<html><body><h1>某事项</h1><p>经办单位：某市某局</p><p>兑现类型：承诺件</p><p>兑现时限：5个工作日</p>
             <p>申报途径：窗口办理</p></body></html>"""
    _, plain = make_spider(lexicon)
    assert not [i for i in plain.parse(html_response(PORTAL + "g/2", odd)) if isinstance(i, FetchedPage) and i.observation]
    crawler = get_crawler(PortalSpider)
    labels = {"department": ["经办单位"], "case_type": ["兑现类型"], "promised_days": ["兑现时限"]}
    target = PortalTarget(CITY, PORTAL, None, ExtractionOverrides(labels=labels), 100, 8)
    spider = PortalSpider.from_crawler(crawler, targets=[target], lexicon=lexicon)
    crawler.spider = spider
    [page] = [i for i in spider.parse(html_response(PORTAL + "g/2", odd)) if isinstance(i, FetchedPage)]
    assert page.observation is not None and page.observation.promised_days == 5
