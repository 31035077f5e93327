"""The Scrapy settings of a scan, in one place: what the province config sets, and why the rest.

``scrapy_settings`` builds the dict from the province's ``crawl`` section; the names below
are this project's fixed choices, each with its reason.
"""

from __future__ import annotations

from typing import Any

from channel_equity.core.browser import chromium_launch_options
from channel_equity.core.config import CrawlSettings

_MW = "channel_equity.crawler.middlewares"

# Many portals are crawled at once, each in its own download slot (meta ``download_slot`` =
# the city id); politeness is per portal (``concurrency_per_portal``), so the global cap only
# keeps one process from opening too many sockets.
CONCURRENT_REQUESTS = 64

# What one response yields is handled by this many asyncio workers at once. Scrapy starts them
# all for every response (100 by default: 100 tasks per page), while our one pipeline writes
# synchronously and gains nothing from more than a few; fewer cut a re-scan's CPU by a sixth.
CONCURRENT_ITEMS = 4

# AutoThrottle may slow a struggling portal down this far, and no further: a portal that needs
# more than 30 s between pages is better reported partial than crawled for days.
AUTOTHROTTLE_MAX_DELAY = 30.0

# Seconds before the first retry, doubled for each further one (RetryBackoffMiddleware).
RETRY_BACKOFF_BASE = 0.5

# Pages are bounded by ``max_page_bytes`` (DOWNLOAD_MAXSIZE); a warning below that is noise.
DOWNLOAD_WARNSIZE = 0

# Error pages are evidence too (a 404 guide is a finding); redirects are still followed.
HTTPERROR_ALLOW_ALL = True

# A page with a script and fewer visible characters than this is a JavaScript shell: it is
# fetched again, rendered (JsShellMiddleware).
JS_SHELL_MAX_TEXT = 120

# Hash routes (``/#/guide/1``) are pages of their own; every other request is filtered as usual.
DUPEFILTER_CLASS = f"{_MW}.routes.HashRouteDupeFilter"

# After Scrapy's own spider middlewares have had their say on input, and before any of them
# sees the spider's output (900 is Scrapy's DepthMiddleware, 1000 its meta-copy check): the
# budget counts exactly what the spider asks for.
SPIDER_MIDDLEWARES = {
    f"{_MW}.budget.PageBudgetMiddleware": 950,
    # In place of Scrapy's UrlLengthMiddleware (800), which drops a long link with a log line:
    # the link is requested up to URL_LENGTH_LIMIT and recorded as a fault beyond it.
    "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware": None,
    f"{_MW}.long_urls.LongUrlMiddleware": 800,
}

# The request line most web servers accept (nginx's and Apache's 8 KB): portals put whole query
# objects in links, far past the 2,083 characters of Scrapy's default (an old browser's limit).
URL_LENGTH_LIMIT = 8192

DOWNLOADER_MIDDLEWARES = {
    # Next to Scrapy's RetryMiddleware (550): a retried request waits here before it goes out again.
    f"{_MW}.backoff.RetryBackoffMiddleware": 560,
    # Below every built-in middleware that rewrites responses (retry 550, meta refresh 580,
    # decompression 590, redirect 600): it judges the response the spider will get.
    f"{_MW}.js_shell.JsShellMiddleware": 540,
    # Last before the download handlers (after every built-in request middleware): each request
    # gets its store key, a resumed scan answers what it already stored from the store, and a
    # page the last scan read is asked "if changed"; its process_response sees a 304 first.
    f"{_MW}.stored_pages.StoredPagesMiddleware": 990,
}

# AutoThrottle, with a 304 counted as the healthy answer it is (crawler.throttle).
EXTENSIONS = {"scrapy.extensions.throttle.AutoThrottle": None,
              "channel_equity.crawler.throttle.RevalidatingAutoThrottle": 0}

ITEM_PIPELINES = {"channel_equity.crawler.pipelines.StorePipeline": 300}

# Scrapy reads each callback's source to warn of a generator that returns a value; our callbacks
# are bound methods, new objects per request, so its cache never hits and the source is parsed
# again for every page (a few milliseconds each). The spider's callbacks are ours and return nothing.
WARN_ON_GENERATOR_RETURN_VALUE = False

# scrapy-playwright needs Twisted on asyncio, and handles both schemes; requests without
# ``playwright`` meta are still downloaded by Scrapy's own HTTP handler.
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
DOWNLOAD_HANDLERS = {
    "http": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
    "https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
}
PLAYWRIGHT_BROWSER_TYPE = "chromium"

# Few tabs per browser context: rendered pages are heavy, and a stuck tab blocks fewer pages.
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 4

# The scan reports its own progress and results; Scrapy's log would drown them. The CLI owns
# the root logger, and nothing should listen on a telnet port.
LOG_LEVEL = "ERROR"
LOG_INSTALL_ROOT_HANDLER = False
TELNETCONSOLE_ENABLED = False


def scrapy_settings(crawl: CrawlSettings, store_url: str, scan_id: int, resume: bool = False,
                    previous_scan: int | None = None) -> dict[str, Any]:
    """Scrapy settings for a polite, bounded crawl; the province config sets the knobs."""
    return {
        "ROBOTSTXT_OBEY": crawl.obey_robots,
        "USER_AGENT": crawl.user_agent,
        "CONCURRENT_REQUESTS": CONCURRENT_REQUESTS,
        "CONCURRENT_ITEMS": CONCURRENT_ITEMS,
        "CONCURRENT_REQUESTS_PER_DOMAIN": crawl.concurrency_per_portal,
        "DOWNLOAD_DELAY": crawl.delay_seconds,
        # Jitter only makes sense around a delay that exists.
        "RANDOMIZE_DOWNLOAD_DELAY": crawl.delay_seconds > 0,
        "AUTOTHROTTLE_ENABLED": crawl.autothrottle,
        # AutoThrottle starts from the configured delay, but never from zero (it scales up from it).
        "AUTOTHROTTLE_START_DELAY": max(crawl.delay_seconds, 0.05),
        "AUTOTHROTTLE_MAX_DELAY": AUTOTHROTTLE_MAX_DELAY,
        # As many requests in flight per portal as the config allows it.
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(crawl.concurrency_per_portal),
        "DOWNLOAD_TIMEOUT": crawl.timeout_seconds,
        "RETRY_TIMES": crawl.retries,
        "RETRY_BACKOFF_BASE": RETRY_BACKOFF_BASE,
        "DOWNLOAD_MAXSIZE": crawl.max_page_bytes,
        "DOWNLOAD_WARNSIZE": DOWNLOAD_WARNSIZE,
        "HTTPERROR_ALLOW_ALL": HTTPERROR_ALLOW_ALL,
        "JS_SHELL_MAX_TEXT": JS_SHELL_MAX_TEXT,
        "DUPEFILTER_CLASS": DUPEFILTER_CLASS,
        "SPIDER_MIDDLEWARES": dict(SPIDER_MIDDLEWARES),
        "URL_LENGTH_LIMIT": URL_LENGTH_LIMIT,
        "DOWNLOADER_MIDDLEWARES": dict(DOWNLOADER_MIDDLEWARES),
        "ITEM_PIPELINES": dict(ITEM_PIPELINES),
        "EXTENSIONS": dict(EXTENSIONS),
        "TWISTED_REACTOR": TWISTED_REACTOR,
        "DOWNLOAD_HANDLERS": dict(DOWNLOAD_HANDLERS),
        "PLAYWRIGHT_BROWSER_TYPE": PLAYWRIGHT_BROWSER_TYPE,
        # Headless Chromium, the system's own when there is one (see core.browser).
        "PLAYWRIGHT_LAUNCH_OPTIONS": chromium_launch_options(),
        # A rendered page gets the same time as a plain download.
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": int(crawl.timeout_seconds * 1000),
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": PLAYWRIGHT_MAX_PAGES_PER_CONTEXT,
        "LOG_LEVEL": LOG_LEVEL,
        "LOG_INSTALL_ROOT_HANDLER": LOG_INSTALL_ROOT_HANDLER,
        "TELNETCONSOLE_ENABLED": TELNETCONSOLE_ENABLED,
        "WARN_ON_GENERATOR_RETURN_VALUE": WARN_ON_GENERATOR_RETURN_VALUE,
        # Settings are deep-copied by Scrapy, so the pipeline gets the store's URL, not the store.
        "CHANNEL_EQUITY_STORE_URL": store_url,
        "CHANNEL_EQUITY_SCAN_ID": scan_id,
        # A resumed scan: what it already stored is answered from the store (StoredPageReplayMiddleware).
        "CHANNEL_EQUITY_RESUME": resume,
        # The last finished scan, whose pages are asked again "if changed" (StoredPagesMiddleware).
        "CHANNEL_EQUITY_PREVIOUS_SCAN": previous_scan or 0,
    }
