"""legacy-browser-required, app-only-entry and login-wall: pages as a reader meets them, the
look-alikes that must not fire, and precision and recall on the simulated province."""

from __future__ import annotations

from typing import Any

from channel_equity.checks.context import page_subject
from channel_equity.checks.rules._text import PageSignalRule, page_words
from channel_equity.checks.rules.app_only_entry import AppOnlyEntryRule
from channel_equity.checks.rules.legacy_browser import LegacyBrowserRule
from channel_equity.checks.rules.login_wall import LoginWallRule
from channel_equity.checks.verdict import Verdict
from channel_equity.quality.rules import format_score_table, score_findings, truth_key
from tests.checks.wording_context import context, guide, page, simulated_scan

LEGACY, APP_ONLY, LOGIN_WALL = LegacyBrowserRule(), AppOnlyEntryRule(), LoginWallRule()
GUIDE = "http://127.0.0.1:8101/bszn/detail?id=7"
CHROME = """<!DOCTYPE html><html><head><title>镜海市政务服务网</title>
<!--[if lt IE 9]>
<script src="/static/lib/html5shiv/html5shiv.min.js"></script>
<![endif]-->
<script>var xhr = window.XMLHttpRequest ? new XMLHttpRequest() : new ActiveXObject("Microsoft.XMLHTTP");</script>
<style>.tips{color:#c00}</style></head><body>
<div class="top"><a href="/login">登录</a> | <a href="/login?register=1">注册</a></div>
<div class="browser-tip">本站已不再支持IE浏览器，建议使用Chrome、Edge等现代浏览器访问</div>
<!-- 旧版提示：该系统只支持IE浏览器 -->
{body}
<div class="app-download"><img src="/static/qr.png" alt="APP"><p>扫码下载“掌上镜海”APP，掌上办事更便捷</p></div>
</body></html>"""


def judge(rule: PageSignalRule, *texts: str, url: str = GUIDE) -> list[Verdict]:
    pages = {page(url, page_id=n): text for n, text in enumerate(texts, start=1)}
    return list(rule.evaluate(context(pages=pages)))


def guide_page(body: str) -> str:
    return CHROME.replace("{body}", f"<h2>食品经营许可证核发</h2>{body}<a href='/apply/wsbs/7'>在线办理</a>")


def test_page_words_split_visible_text_from_code() -> None:
    words = page_words(guide_page('<p class="tips">仅网办</p>'))
    assert "仅网办" in words.visible and "本站已不再支持IE浏览器" in words.visible
    assert "XMLHTTP" not in words.visible and "旧版提示" not in words.visible and ".tips" not in words.visible
    assert '<!--[if lt IE 9]> <script src="/static/lib/html5shiv/html5shiv.min.js"></script> <![endif]-->' in words.code
    assert "ActiveXObject" in words.code and "旧版提示" not in words.code
    api = page_words('{"code": 200, "data": {"NOTICES": [{"TEXT": "\\u7535\\u8111\\u7aef\\u6682\\u4e0d\\u652f\\u6301\\u529e\\u7406"}]}}')
    assert api.visible == "TEXT: 电脑端暂不支持办理"  # each value after its key, as the page stores it


def test_the_chrome_of_a_modern_portal_fires_nothing() -> None:
    page_text = guide_page("<p>也可下载'掌上镜海'APP，在手机上办理本事项</p><p>登录后可查看办件进度和历史申报记录</p>")
    for rule in (LEGACY, APP_ONLY, LOGIN_WALL):
        assert judge(rule, page_text) == [], rule.id


def test_legacy_browser_demands_in_words_and_in_code() -> None:
    for body in ("<font color=red>温馨提示：该系统只支持IE浏览器，建议使用IE8.0，1024*768以上分辨率浏览。</font>",
                 "<div class=notice>本事项网上申报需使用IE浏览器并安装数字证书驱动控件</div>",
                 "<script>function p(){ var shell = new ActiveXObject(\"WScript.Shell\"); }</script>",
                 "<!--[if lte IE 7]><link href='/css/ie7.css' rel='stylesheet'><![endif]-->"):
        [verdict] = judge(LEGACY, guide_page(body))
        assert verdict.subject == "" and verdict.item_code is None  # the portal's finding
        assert verdict.evidence.url == GUIDE and verdict.evidence.snapshot and verdict.evidence.pages == (GUIDE,)


def test_app_only_entry_but_not_an_app_beside_the_web() -> None:
    [verdict] = judge(APP_ONLY, guide_page("<p>网上办理仅支持在'掌上镜海'APP办理，请扫码下载</p>"))
    assert "仅支持在'掌上镜海'APP办理" in verdict.evidence.excerpt
    assert len(judge(APP_ONLY, guide_page("<div>电脑端暂不支持办理，请使用手机扫码</div>"))) == 1
    assert judge(APP_ONLY, guide_page("<p>扫码关注'镜海市政务服务'公众号，随时查询办件进度</p>")) == []


def test_app_only_entry_by_structure_an_entry_page_with_an_app_and_no_way_on() -> None:
    entry = "http://127.0.0.1:8101/apply/wsbs/7"
    directed = "<html><body><p>请使用手机下载'镜海通'APP，扫描下方二维码办理</p><img src=/qr.png></body></html>"
    way_on = directed.replace("<img src=/qr.png>", "<a href=/apply/form/7>电脑端申请</a>")
    applying = guide(online_entry_url=entry, channels=["online", "counter"])
    [verdict] = APP_ONLY.evaluate(context([applying], pages={page(entry): directed}))
    assert verdict.evidence.url == entry and "扫描下方二维码办理" in verdict.evidence.excerpt
    assert list(APP_ONLY.evaluate(context([applying], pages={page(entry): way_on}))) == []
    assert judge(APP_ONLY, directed) == []  # not a guide's online entry: a badge, not the application


def test_login_wall_in_place_and_after_a_redirect() -> None:
    wall = CHROME.replace("{body}", "<h2>用户登录</h2><p>请先登录后查看办事指南</p><input type=password>")
    [verdict] = judge(LOGIN_WALL, wall)
    assert verdict.evidence.pages == (GUIDE,) and verdict.message_args["count"] == 1
    redirected = page(GUIDE, final_url="http://127.0.0.1:8101/login?redirect=%2Fbszn%2Fdetail%3Fid%3D7")
    [verdict] = LOGIN_WALL.evaluate(context(pages={redirected: wall}))
    assert verdict.evidence.pages == (GUIDE,) and verdict.evidence.url == GUIDE
    assert "redirected to http://127.0.0.1:8101/login?redirect=" in verdict.message


def test_login_wall_not_for_the_application_or_a_login_page_asked_for() -> None:
    wall = CHROME.replace("{body}", "<p>请先登录后查看办事指南</p>")
    entry = "http://127.0.0.1:8101/apply/wsbs/7"
    application = page(entry, page_id=2)
    ctx = context([guide(online_entry_url=entry, channels=["online", "counter"])], pages={application: wall})
    assert list(LOGIN_WALL.evaluate(ctx)) == []
    assert judge(LOGIN_WALL, wall, url="http://127.0.0.1:8101/login") == []


def test_messages_only_a_script_carries_are_not_what_the_page_says() -> None:
    shell = ("<div id=app></div><script>var MESSAGES = {wall: '请先登录后查看办事指南', "
             "app: '该事项仅支持在APP办理'};</script>")
    assert judge(LOGIN_WALL, shell) == [] and judge(APP_ONLY, shell) == []


def test_one_verdict_per_portal_counting_its_pages_and_none_for_error_pages() -> None:
    notice = guide_page("<p>该系统只支持IE浏览器</p>")
    shell = "<html><body><div id=app></div><script src=/static/app.js></script></body></html>"
    [verdict] = judge(LEGACY, shell, notice, notice)  # a shell and its rendering, fetched twice: one page
    assert verdict.message_args["count"] == 1
    other = "http://127.0.0.1:8101/bszn/detail?id=8"
    [verdict] = LEGACY.evaluate(context(pages={page(GUIDE): notice, page(other, page_id=2): notice}))
    assert verdict.message_args["count"] == 2 and verdict.evidence.pages == (GUIDE, other)
    assert verdict.message.startswith("2 page(s) demand a legacy browser, first " + GUIDE)
    error = page(GUIDE, status=404)
    assert list(LEGACY.evaluate(context(pages={error: notice}))) == []


def test_page_rules_on_the_simulated_province() -> None:
    scan = simulated_scan()
    rules = (LEGACY, APP_ONLY, LOGIN_WALL)
    ids = {rule.id for rule in rules}
    findings: list[dict[str, Any]] = [{"rule": v.rule, "city": v.city_id, "item_code": None, "dimension": None,
                 "evidence": {"url": v.evidence.url, "pages": list(v.evidence.pages)}}
                for rule in rules for v in rule.evaluate(scan.context)]
    scores = score_findings(findings, [v for v in scan.truth["violations"] if v["rule"] in ids], page_rules=ids)
    table = format_score_table(scores)
    for rule_id in ids:
        score = scores[rule_id]
        assert score.true_positives >= 10, table
        assert score.precision >= 0.95, f"{rule_id} false positives {score.false_positives[:5]}\n{table}"
        assert score.recall >= 0.95, f"{rule_id} missed {score.false_negatives[:5]}\n{table}"
    fired = {(f["rule"], f["city"], page_subject(url)) for f in findings for url in f["evidence"]["pages"]}
    traps = [t for t in scan.truth["traps"] if t["rule"] in ids]
    assert traps and [t for t in traps if truth_key(t)[:3] in fired] == []

