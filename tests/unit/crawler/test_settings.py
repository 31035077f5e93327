"""The scan's Scrapy settings: the province config's knobs, and the project's classes installed."""

from __future__ import annotations

from scrapy.utils.misc import load_object

from channel_equity.core.config import CrawlSettings
from channel_equity.crawler.middlewares.backoff import RetryBackoffMiddleware
from channel_equity.crawler.middlewares.budget import PageBudgetMiddleware
from channel_equity.crawler.middlewares.js_shell import JsShellMiddleware
from channel_equity.crawler.middlewares.long_urls import LongUrlMiddleware
from channel_equity.crawler.middlewares.routes import HashRouteDupeFilter
from channel_equity.crawler.middlewares.stored_pages import StoredPagesMiddleware
from channel_equity.crawler.pipelines import StorePipeline
from channel_equity.crawler.settings import scrapy_settings


def test_province_knobs_reach_scrapy() -> None:
    crawl = CrawlSettings(obey_robots=False, concurrency_per_portal=3, delay_seconds=0.0, timeout_seconds=7.5,
                          retries=4, max_page_bytes=5000, user_agent="ua/1")
    settings = scrapy_settings(crawl, "sqlite:///x.db", 9)
    assert (settings["ROBOTSTXT_OBEY"], settings["CONCURRENT_REQUESTS_PER_DOMAIN"], settings["USER_AGENT"]) == (
        False, 3, "ua/1")
    assert (settings["DOWNLOAD_TIMEOUT"], settings["PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT"]) == (7.5, 7500)
    assert (settings["RETRY_TIMES"], settings["DOWNLOAD_MAXSIZE"]) == (4, 5000)
    assert settings["RANDOMIZE_DOWNLOAD_DELAY"] is False and settings["AUTOTHROTTLE_START_DELAY"] == 0.05
    assert settings["AUTOTHROTTLE_TARGET_CONCURRENCY"] == 3.0
    assert (settings["CHANNEL_EQUITY_STORE_URL"], settings["CHANNEL_EQUITY_SCAN_ID"]) == ("sqlite:///x.db", 9)
    assert scrapy_settings(CrawlSettings(delay_seconds=1.5), "sqlite://", 1)["AUTOTHROTTLE_START_DELAY"] == 1.5


def test_every_class_named_loads() -> None:
    settings = scrapy_settings(CrawlSettings(), "sqlite://", 1)
    assert load_object(settings["DUPEFILTER_CLASS"]) is HashRouteDupeFilter
    enabled = {path for path, order in settings["SPIDER_MIDDLEWARES"].items() if order is not None}
    assert {load_object(path) for path in enabled} == {PageBudgetMiddleware, LongUrlMiddleware}
    assert {load_object(path) for path in settings["DOWNLOADER_MIDDLEWARES"]} == {
        RetryBackoffMiddleware, JsShellMiddleware, StoredPagesMiddleware}
    assert {load_object(path) for path in settings["ITEM_PIPELINES"]} == {StorePipeline}


def test_the_shell_judge_sees_the_response_the_spider_will_see() -> None:
    # Downloader middlewares' process_response runs from high order to low: below retry (550),
    # meta refresh (580), decompression (590) and redirects (600).
    order = scrapy_settings(CrawlSettings(), "sqlite://", 1)["DOWNLOADER_MIDDLEWARES"]
    assert order["channel_equity.crawler.middlewares.js_shell.JsShellMiddleware"] < 550
    # process_request runs from low order to high: the store answers a resumed scan's request
    # after every built-in middleware had its say (the largest built-in order is 900).
    assert order["channel_equity.crawler.middlewares.stored_pages.StoredPagesMiddleware"] > 900
    # Spider middlewares' output runs from high order to low: above UrlLengthMiddleware (800)
    # and DepthMiddleware (900), the budget counts what the spider yields before any is dropped.
    spider_order = scrapy_settings(CrawlSettings(), "sqlite://", 1)["SPIDER_MIDDLEWARES"]
    budget_order = spider_order["channel_equity.crawler.middlewares.budget.PageBudgetMiddleware"]
    assert budget_order > spider_order["channel_equity.crawler.middlewares.long_urls.LongUrlMiddleware"]
    assert spider_order["scrapy.spidermiddlewares.urllength.UrlLengthMiddleware"] is None, "no link dropped unseen"
