"""Script shells re-requested rendered (JsShellMiddleware), on hand-made responses."""

from __future__ import annotations

from scrapy.http import HtmlResponse, Request

from channel_equity.crawler.extract import LabelLexicon
from channel_equity.crawler.items import FetchedPage
from channel_equity.crawler.middlewares.js_shell import RENDER_PRIORITY, JsShellMiddleware
from channel_equity.crawler.spiders.portal import PortalSpider
from tests.unit.crawler.conftest import CITY, PORTAL, html_response, make_spider

SHELL = "<html><head><script src='/app.js'></script></head><body><div id='app'>加载中</div></body></html>"
STATE = ('{"guide": {"detail": {"TASK_NAME": "不动产首次登记", "TASK_CODE": "1162920000842140883620711001001", '
         '"DEPT_NAME": "沙棠市自然资源和规划局", "PROMISE_DAY": "5", "PROJECT_TYPE_TEXT": "承诺件", "HANDLE_TYPE": "1^2", '
         '"AUDIT_MATERIAL": [{"MATERIAL_NAME": "申请人身份证明", "IS_FREE": "1"}]}}}')
GUIDE_IN_SCRIPT = f"<h1>不动产首次登记</h1><div id='app'>正在加载</div><script>var guideInfo = {STATE}; render(guideInfo);</script>"


class Engine:
    def __init__(self) -> None:
        self.crawled: list[Request] = []

    def crawl(self, request: Request) -> None:
        self.crawled.append(request)


def setup(lexicon: LabelLexicon, max_pages: int = 100) -> tuple[JsShellMiddleware, PortalSpider, Engine]:
    crawler, spider = make_spider(lexicon, max_pages=max_pages)
    engine = Engine()
    crawler.engine = engine  # type: ignore[assignment]
    return JsShellMiddleware.from_crawler(crawler), spider, engine


def page_request(url: str = PORTAL + "list", **meta: object) -> Request:
    return Request(url, meta={"city_id": CITY, "page_budget": CITY, "nav_depth": 2, "home": True,
                              "download_slot": CITY, **meta})


def test_a_script_shell_is_passed_on_marked_and_requested_again_rendered(lexicon: LabelLexicon) -> None:
    mw, spider, engine = setup(lexicon)
    request = page_request(redirect_urls=[PORTAL + "old"], retry_times=1)
    request = request.replace(callback=spider.parse, errback=spider.on_error)
    response = html_response(PORTAL + "list", SHELL, request)
    assert mw.process_response(request, response) is response
    assert response.meta["js_shell"] is True
    [again] = engine.crawled
    assert again.url == PORTAL + "list" and again.priority == RENDER_PRIORITY and again.dont_filter
    assert again.callback == spider.parse and again.errback == spider.on_error
    assert again.meta["playwright"] is True and len(again.meta["playwright_page_methods"]) == 2
    assert {k: again.meta[k] for k in ("city_id", "page_budget", "nav_depth", "home", "download_slot")} == {
        "city_id": CITY, "page_budget": CITY, "nav_depth": 2, "home": False, "download_slot": CITY}
    assert "redirect_urls" not in again.meta and "retry_times" not in again.meta, "nothing Scrapy added is carried"
    assert again.headers.get("Referer") == (PORTAL + "list").encode()
    assert spider.states[CITY].requested == 1, "a re-render costs a page"


def test_the_spider_keeps_the_shell_as_evidence_but_follows_none_of_its_links(lexicon: LabelLexicon) -> None:
    _, spider, _ = setup(lexicon)
    body = SHELL.replace("加载中", "<a href='/guide/1'>食品经营许可</a>")
    response = html_response(PORTAL + "list", body, page_request(js_shell=True))
    out = list(spider.parse(response))
    assert [type(o) for o in out] == [FetchedPage] and not out[0].rendered
    unmarked = html_response(PORTAL + "list", body, page_request())
    assert any(isinstance(o, Request) for o in spider.parse(unmarked))


def test_a_shell_over_the_budget_is_marked_but_not_requested_again(lexicon: LabelLexicon) -> None:
    mw, spider, engine = setup(lexicon, max_pages=1)
    spider.states[CITY].budget.requested = 1
    request = page_request()
    response = html_response(PORTAL + "list", SHELL, request)
    mw.process_response(request, response)
    assert response.meta["js_shell"] is True and engine.crawled == []
    assert spider.states[CITY].truncated


def test_pages_that_are_not_shells_pass_unmarked(lexicon: LabelLexicon) -> None:
    mw, _, engine = setup(lexicon)
    text = "<html><script>go()</script><body><p>" + "办事指南事项清单" * 20 + "</p></body></html>"
    cases = {
        "enough text": (page_request(), text, 200, "text/html"),
        "no script": (page_request(), "<html><body>加载中</body></html>", 200, "text/html"),
        "already rendered": (page_request(playwright=True), SHELL, 200, "text/html"),
        "an error page": (page_request(), SHELL, 503, "text/html"),
        "JSON": (page_request(), '{"html": "<script>x()</script>"}', 200, "application/json"),
        "a guide carried as script data": (page_request(), GUIDE_IN_SCRIPT, 200, "text/html"),
        "not a portal page": (Request(PORTAL + "robots.txt", meta={"city_id": CITY}), SHELL, 200, "text/html"),
    }
    for name, (request, body, status, content_type) in cases.items():
        response = html_response(request.url, body, request, status=status,
                                 headers={"Content-Type": f"{content_type}; charset=utf-8"})
        assert mw.process_response(request, response) is response, name
        assert "js_shell" not in request.meta, name
    assert engine.crawled == []


def test_the_shell_limit_is_a_setting(lexicon: LabelLexicon) -> None:
    crawler, _ = make_spider(lexicon, settings={"JS_SHELL_MAX_TEXT": 2})
    crawler.engine = Engine()  # type: ignore[assignment]
    mw = JsShellMiddleware.from_crawler(crawler)
    request = page_request()
    mw.process_response(request, html_response(PORTAL + "list", SHELL, request))
    assert "js_shell" not in request.meta, "加载中 is three characters: over a limit of two"


def test_a_gbk_shell_is_judged_on_its_decoded_text(lexicon: LabelLexicon) -> None:
    mw, _, engine = setup(lexicon)
    request = page_request()
    body = SHELL.replace("<head>", "<head><meta charset='gbk'>").encode("gbk")
    response = HtmlResponse(PORTAL + "list", body=body, request=request, headers={"Content-Type": "text/html"})
    mw.process_response(request, response)
    assert len(engine.crawled) == 1
