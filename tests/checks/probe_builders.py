"""Probe visits built by hand, for the probe rules' unit tests: a guide whose online entry the
browser visited, what the page was made of, and the words it showed."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from channel_equity.checks.context import (
    CHROMIUM,
    JOURNEY,
    CheckContext,
    GuideRecord,
    ProbeVisit,
    ProbeVisits,
)
from channel_equity.core.config import MonitorConfig
from tests.checks import wording_context as worded

ENTRY = "http://127.0.0.1:8101/apply/wsbs/1"
FORM = {"forms": 1, "fields": 3, "password_fields": 0, "buttons": 1, "links": 0, "login_form_hosts": []}
UNIFIED = "tyrz.example.gov.cn"
NOTHING = {"forms": 0, "fields": 0, "password_fields": 0, "buttons": 0, "links": 0, "login_form_hosts": []}


def unified_config() -> MonitorConfig:
    """The hand-built contexts' config, with the province's unified identity service named."""
    config = worded.make_config()
    return config.model_copy(update={"policy": config.policy.model_copy(update={"unified_login_hosts": [UNIFIED]})})


def login(posting_to: str) -> dict[str, Any]:
    return {**FORM, "fields": 2, "password_fields": 1, "login_form_hosts": [posting_to]}


def visit(facts: dict[str, Any] | None = None, *, final_url: str = ENTRY, status: int = 200, page_id: int = 50,
          variant: str = CHROMIUM, error: str | None = None, shown: bool = True, done: bool = True,
          url: str = ENTRY, role: str = "entry", timings: dict[str, Any] | None = None) -> ProbeVisit:
    page = worded.page(url, status=status, page_id=page_id, final_url=final_url) if shown else None
    return ProbeVisit(1, worded.CITY, "entry" if role == "entry" else "page", role, variant, url, None, done, error,
                      final_url if shown else None, status if shown else None, (url,), dict(facts or FORM),
                      timings or {"load_ms": 120}, worded.SCANNED_AT, page, f"sha256:{'ab' * 32}" if shown else None,
                      f"sha256:{'cd' * 32}" if shown else None)


def entry_guide(url: str = ENTRY) -> GuideRecord:
    page = worded.page(worded.GUIDE_URL, page_id=1)
    return worded.guide(page=page, channels=["counter", "online"], online_available=True, online_entry_url=url)


def probed_context(visits: list[ProbeVisit], texts: dict[int, str] | None = None, guides: list[GuideRecord] | None = None,
                   config: MonitorConfig | None = None) -> CheckContext:
    """The guides (one guide offering ``ENTRY`` by default) with these visits; ``texts``: the
    rendered words of the visits' pages, by page id."""
    pages = {v.page: (texts or {}).get(v.page.page_id, "") for v in visits if v.page is not None}
    context = worded.context(guides if guides is not None else [entry_guide()], pages=pages, config=config)
    return replace(context, pages=[], probes=ProbeVisits(visits))


CHANNELS = "http://127.0.0.1:8101/help/mobile.html"


def date_before(days: int) -> str:
    return (worded.SCANNED_AT.date() - timedelta(days=days)).isoformat()


CHANNELS_PAGE = f"""<html><body><nav><a href="/">首页</a> <a href="/help/mobile.html">移动端</a></nav>
<p>本市移动端渠道，扫码下载APP即可办理。</p>
<table><tr><th>名称</th><th>类型</th><th>更新时间</th><th>获取方式</th></tr>
<tr><td>城通APP</td><td>手机APP</td><td>{date_before(30)}</td>
    <td><a href="/download/new.apk">安卓版下载</a><img src="/qr.png" alt="城通APP下载二维码"></td></tr>
<tr><td>老城办APP</td><td>手机APP</td><td>{date_before(40)}</td>
    <td><a href="/download/old.apk">安卓版下载</a></td></tr>
<tr><td>城掌上办APP</td><td>手机APP</td><td>{date_before(20)}</td><td>暂无下载地址</td></tr>
<tr><td>城市政务服务公众号</td><td>微信公众号</td><td>{date_before(900)}</td>
    <td><img src="/qr.png" alt="公众号二维码">微信扫一扫</td></tr>
<tr><td>城通微信小程序</td><td>微信小程序</td><td>{date_before(100)}</td><td><img src="/qr.png" alt="二维码"></td></tr>
</table>
<ul><li><h3>城办支付宝小程序</h3><p>上线时间：2019-03-01</p><img src="/qr2.png" alt="小程序码 qr"></li>
<li><h3>城市民热线服务号</h3><p>最近更新：{date_before(500)}</p><img src="/qr3.png" alt="二维码"></li></ul>
</body></html>"""
DOWNLOADS = [{"url": "http://127.0.0.1:8101/download/new.apk", "status": 200},
             {"url": "http://127.0.0.1:8101/download/old.apk", "status": 404}]


def channels_visit(downloads: list[dict[str, Any]] | None = None) -> ProbeVisit:
    """The visit of :data:`CHANNELS_PAGE` (page id 70), its downloads checked as ``downloads`` says."""
    facts = {**FORM, "downloads": downloads} if downloads is not None else FORM
    return visit(facts, url=CHANNELS, final_url=CHANNELS, page_id=70, role="channels")


HOME = "http://127.0.0.1:8101/"


def journey(loads: int, *, reached_entry: bool = True, failure: str | None = None,
            item: str = "个体工商户设立登记") -> dict[str, Any]:
    """``facts.journey`` of a walk that loaded ``loads`` pages (and filled and sent the search)."""
    steps = [{"action": "load", "url": f"{HOME}p{n}", "detail": f"第{n}页"} for n in range(loads)]
    steps[1:1] = [{"action": "fill", "url": HOME, "detail": "搜索"}, {"action": "submit", "url": HOME, "detail": "Enter"}]
    return {"item_name": item, "steps": steps, "reached_guide": reached_entry or loads > 2, "guide_url": None,
            "reached_entry": reached_entry, "entry_url": None, "login_wall": False, "failure": failure,
            "captchas": [], "page_loads": loads, "clicks": max(loads - 2, 0), "fields_filled": 1}


def journey_visit(walked: dict[str, Any], page_id: int = 80) -> ProbeVisit:
    """A journey's visit: ``walked`` as its ``facts.journey``, the page it ended on shown."""
    return replace(visit({"journey": walked}, url=HOME, final_url=HOME, page_id=page_id, role="journey"),
                   variant=JOURNEY, probe="journey")
