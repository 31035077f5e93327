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


CATALOGUE = """<html><head><script src="/js/common.js"></script></head><body><h2>个人办事</h2><ul>
<li><a href="javascript:goDetail(7,'个人')">居住证申领</a></li><li><a href="javascript:goDetail(8,'个人')">户口迁移</a></li>
<li><a href="javascript:goDetail(9,'个人')">身份证换领</a></li><li><a href="javascript:void(0)">收藏本站</a></li></ul>
<p>已发布办事指南共 22 项，本栏目按办理部门分类列出，请点击事项名称查看办事指南全文。</p>
<div class="footer">主办单位：榆塘市人民政府办公室　承办单位：榆塘市政务服务数据管理局　联系电话：0945-1234567
网站标识码：9405000012　备案号：某ICP备12345678号</div></body></html>"""


def test_a_catalogue_whose_items_only_a_script_opens_is_explored_rendered(lexicon: LabelLexicon) -> None:
    mw, spider, engine = setup(lexicon)
    request = page_request().replace(callback=spider.parse, errback=spider.on_error)
    response = html_response(PORTAL + "grbs/", CATALOGUE, request)
    assert mw.process_response(request, response) is response
    assert response.meta.get("script_catalogue") and not response.meta.get("js_shell"), "its plain links are followed"
    [again] = engine.crawled
    assert again.meta["playwright"] is True


def test_a_guide_with_a_few_script_buttons_is_not_rendered(lexicon: LabelLexicon) -> None:
    mw, spider, engine = setup(lexicon)
    guide = ("<html><head><script src='/a.js'></script></head><body><table><tr><td>事项名称</td><td>居住证申领</td></tr>"
             "<tr><td>办件类型</td><td>承诺件</td></tr><tr><td>承诺时限</td><td>5个工作日</td></tr>"
             "<tr><td>实施主体</td><td>某市公安局</td></tr></table><a href=\"javascript:share('wx')\">分享</a>"
             "<a href=\"javascript:fav(1)\">收藏</a><a href=\"javascript:fontSize(16)\">大字</a>"
             "<p>本指南依据有关规定编制，如有变动以窗口告知为准，欢迎咨询。</p></body></html>")
    request = page_request()
    mw.process_response(request, html_response(PORTAL + "g/1", guide, request))
    assert engine.crawled == []
