"""Online-entry detection: buttons, handlers, data attributes; booking and menus ignored."""

from __future__ import annotations

import pytest

from channel_equity.crawler.extract import LabelLexicon
from channel_equity.crawler.extract.dom import WorkBudget, parse_html
from channel_equity.crawler.extract.links import find_entry_urls

URL = "https://zwfw.example.gov.cn/bszn/detail.html?id=5"


def _entries(html: str, lexicon: LabelLexicon) -> list[str]:
    page = parse_html(html)
    assert page is not None
    return find_entry_urls(page.root, URL, lexicon, WorkBudget())


@pytest.mark.parametrize(("markup", "expected"), [
    ('<a href="/apply/5">在线办理</a>', "https://zwfw.example.gov.cn/apply/5"),
    ('<a href="https://other.example.gov.cn/sb?id=5">立即办理 &gt;&gt;</a>', "https://other.example.gov.cn/sb?id=5"),
    ("<button onclick=\"window.open('apply.jsp?id=5')\">网上申报</button>", "https://zwfw.example.gov.cn/bszn/apply.jsp?id=5"),
    ("<span onclick=\"goApply('/wsbs/5.html','_blank')\">我要办理</span>", "https://zwfw.example.gov.cn/wsbs/5.html"),
    ('<div class="btn" data-url="//yc.example.gov.cn/a/5">在线申请</div>', "https://yc.example.gov.cn/a/5"),
    ('<a data-href="/x/5" href="javascript:void(0)">申请办理</a>', "https://zwfw.example.gov.cn/x/5"),
    ("<a href=\"javascript:openWin('../sb/5.do')\"><img src='b.gif' alt='网上申报'></a>",
     "https://zwfw.example.gov.cn/sb/5.do"),
    ("<input type='button' value='在线申报' onclick=\"location.href='/sb/5'\">", "https://zwfw.example.gov.cn/sb/5"),
    ('<a href="/apply/5"><span class="ico"></span><span>立即办理</span></a>', "https://zwfw.example.gov.cn/apply/5"),
])
def test_entry_markup(markup: str, expected: str, lexicon: LabelLexicon) -> None:
    assert _entries(f"<html><body><div class='guide'>{markup}</div></body></html>", lexicon) == [expected]


@pytest.mark.parametrize("markup", [
    '<a href="/yuyue/5">网上预约</a>',
    '<a href="/yuyue/5">在线预约办理</a>',
    '<a href="/zx/5">在线咨询</a>',
    '<a href="/down/5.doc">下载申请表</a>',
    '<a href="javascript:void(0)">在线办理</a>',
    '<a href="#">立即办理</a>',
    '<nav><a href="/online">网上办理</a></nav>',
    '<div class="top-menu"><a href="/online">网上办理</a></div>',
    '<footer><a href="/online">在线办理</a></footer>',
    '<a href="/guide/5">事项名称很长的一个链接而不是在线办理按钮</a>',
])
def test_not_entries(markup: str, lexicon: LabelLexicon) -> None:
    assert _entries(f"<html><body><div class='guide'>{markup}</div></body></html>", lexicon) == []


def test_labelled_entry_field_wins_over_buttons(lexicon: LabelLexicon) -> None:
    from channel_equity.crawler.extract import extract_guide

    html = """<table>
      <tr><td>事项名称</td><td>甲</td></tr><tr><td>实施主体</td><td>乙局</td></tr>
      <tr><td>办件类型</td><td>承诺件</td></tr><tr><td>办理形式</td><td>网上办理</td></tr>
      <tr><td>网办地址</td><td><a href="https://wb.example.gov.cn/item/9">点击进入</a></td></tr>
    </table><a href="/other">在线办理</a>"""
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None
    assert guide.online_entry_url == "https://wb.example.gov.cn/item/9"
    assert guide.raw_fields["网办地址"] == "点击进入"
