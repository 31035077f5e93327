"""A crawler with the real PortalSpider on it, and hand-made requests and responses: no network."""

from __future__ import annotations

from typing import Any

import pytest
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from channel_equity.core.extraction_overrides import ExtractionOverrides
from channel_equity.crawler.extract import LabelLexicon, load_label_lexicon
from channel_equity.crawler.spiders.portal import PortalSpider
from channel_equity.crawler.state import PortalTarget

PORTAL = "http://portal.test/"
CITY = "qingxi"


@pytest.fixture(scope="session")
def lexicon() -> LabelLexicon:
    return load_label_lexicon()


def make_spider(lexicon: LabelLexicon, max_pages: int = 100, max_depth: int = 8, render: str = "html",
                settings: dict[str, Any] | None = None) -> tuple[Crawler, PortalSpider]:
    """The spider of one city, attached to an unstarted crawler (as ``crawler.spider``)."""
    crawler = get_crawler(PortalSpider, settings)
    target = PortalTarget(CITY, PORTAL, None, ExtractionOverrides(render=render), max_pages, max_depth)  # type: ignore[arg-type]
    spider = PortalSpider.from_crawler(crawler, targets=[target], lexicon=lexicon)
    crawler.spider = spider
    return crawler, spider


def html_response(url: str, body: str, request: Request | None = None, status: int = 200,
                  headers: dict[str, str] | None = None) -> HtmlResponse:
    request = request or Request(url, meta={"city_id": CITY, "page_budget": CITY, "nav_depth": 0})
    return HtmlResponse(url, status=status, body=body.encode("utf-8"), request=request,
                        headers=headers or {"Content-Type": "text/html; charset=utf-8"})
