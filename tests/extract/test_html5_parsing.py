"""Guides whose tables a browser reads fine but lxml's recovery mis-nests (issue 13).

An inline tag left open in a cell whose row is not closed (``<td><font color=red>5个工作日<tr>``)
made lxml put every later row into that cell, so the fields after it were lost; cells outside
a row were dropped. Pages are now nested as an HTML5 parser (a browser) nests them. Each
guide here is read wrongly, or not at all, by lxml alone.
"""

from __future__ import annotations

import time

import pytest

from channel_equity.core.charset import decode_page
from channel_equity.core.observation import GuideObservation
from channel_equity.crawler.extract import LabelLexicon, extract_guide
from channel_equity.crawler.extract.dom import parse_html
from channel_equity.crawler.extract.html5 import MAX_TREE_WORK, browser_markup, tree_work

URL = "https://zwfw.example.gov.cn/bszn/guide/1.html"
ROWS = """<tr><th>事项名称</th><td>食品经营许可证核发</td></tr><tr><th>实施编码</th><td>HZ0001</td></tr>
<tr><th>实施主体</th><td>清溪市市场监督管理局</td></tr>
<tr><th>办理形式</th><td>{open}窗口办理、网上办理
<tr><th>办理地点</th><td>清溪市市民中心二楼食品窗口</td></tr>
<tr><th>承诺办结时限</th><td>5个工作日</td></tr><tr><th>到办事现场次数</th><td>1次</td></tr>"""


def _guide(html: str, lexicon: LabelLexicon) -> GuideObservation:
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None, "not read as a guide"
    return guide


def _page(rows: str) -> str:
    return f"<html><head><title>食品经营许可证核发</title></head><body><h1>食品经营许可证核发</h1><table>{rows}</table></body></html>"


@pytest.mark.parametrize("open_tag", ['<font color="red">', "<b>", "<span class=v>", '<a href="#x">', "<strong>",
                                      "<em>", "<u>", "<i>", "<label>", "<div>", "<font><b>", "<span><font size=2>"])
def test_an_unclosed_inline_tag_in_an_unclosed_row_keeps_the_rows_after_it(
        open_tag: str, lexicon: LabelLexicon) -> None:
    guide = _guide(_page(ROWS.format(open=open_tag)), lexicon)
    assert guide.raw_fields["办理形式"] == "窗口办理、网上办理", "the open cell ends where its row ends"
    assert guide.raw_fields["办理地点"] == "清溪市市民中心二楼食品窗口"
    assert (guide.promised_days, guide.visits) == (5, 1)
    assert (guide.name, guide.department, guide.channels) == ("食品经营许可证核发", "清溪市市场监督管理局",
                                                             ["counter", "online"])


GB2312_LAYOUT = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>食品经营许可证核发</title></head><body bgcolor=#ffffff>
<table width=100% border=1 cellspacing=0 cellpadding=2>
<tr><td width=20% bgcolor=#e0e0e0><font size=2>事项名称</font><td><font size=2>食品经营许可证核发
<tr><td bgcolor=#e0e0e0><font size=2>实施主体</font><td><font size=2>清溪市市场监督管理局
<tr><td bgcolor=#e0e0e0><font size=2>办理形式</font><td><font size=2>窗口办理、网上办理
<tr><td bgcolor=#e0e0e0><font size=2>承诺办结时限</font><td><font color=red>5个工作日
<tr><td bgcolor=#e0e0e0><font size=2>到办事现场次数</font><td><font size=2><b>1次
<tr><td bgcolor=#e0e0e0><font size=2>办理地点</font><td><font size=2>清溪市市民中心二楼
</table></body></html>"""


def test_an_old_gb2312_layout_that_closes_no_cell_is_read(lexicon: LabelLexicon) -> None:
    """FrontPage-era tables close no <td>, <tr> or <font>; decoded from GB2312 bytes whose meta
    declares it, as the crawler receives them (the meta must not make the parser re-decode)."""
    text = decode_page(GB2312_LAYOUT.encode("gb2312"), "text/html").text
    guide = _guide(text, lexicon)
    assert (guide.name, guide.department, guide.channels) == ("食品经营许可证核发", "清溪市市场监督管理局",
                                                             ["counter", "online"])
    assert (guide.promised_days, guide.visits) == (5, 1)
    assert guide.raw_fields["办理地点"] == "清溪市市民中心二楼"


def test_material_rows_outside_a_row_or_with_an_open_tag_stay_rows(lexicon: LabelLexicon) -> None:
    """A row begun after a stray </tr> without its <tr>, a row whose name is left in <b>, a
    header row that is never closed: each material is still one row of the table."""
    materials = """<h3>申请材料</h3><table><tr><th>序号<th>材料名称<th>材料形式</tr></tr>
<td>1<td>营业执照<td>原件</tr>
<tr><td>2<td><b>法定代表人身份证<td>复印件
<tr><td>3</td><td>经营场所使用证明</td><td>复印件</td></tr></table>"""
    guide = _guide(_page(ROWS.format(open="")).replace("</body>", materials + "</body>"), lexicon)
    assert [material.name for material in guide.materials] == ["营业执照", "法定代表人身份证", "经营场所使用证明"]
    assert (guide.promised_days, guide.visits) == (5, 1)


def test_a_guide_table_nested_in_a_layout_table_with_an_open_tag(lexicon: LabelLexicon) -> None:
    inner = ROWS.format(open="<b><font color=blue>")
    html = f"""<html><body><table width=960><tr><td width=200><a href="/">首页</a><br><a href="/bszn/">办事指南</a>
<td><h2>食品经营许可证核发</h2><table class=guide>{inner}</table><p>打印本页</td></tr>
<tr><td colspan=2>主办：清溪市人民政府</td></tr></table></body></html>"""
    guide = _guide(html, lexicon)
    assert (guide.promised_days, guide.visits) == (5, 1)
    assert guide.raw_fields["办理形式"] == "窗口办理、网上办理"


def test_what_lxml_read_before_is_kept() -> None:
    """The browser's tree keeps what the extractor relied on: the title, <base>, data islands
    in a hidden textarea, frames; comments are gone; an XHTML page with an XML prolog parses."""
    page = parse_html("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><base href="/zwfw/" /><title> 指南 </title></head>
<body><!-- 旧值：10个工作日 --><p>办理&nbsp;时限</p><textarea style="display:none"><guide><name>x</name></guide></textarea>
</body></html>""")
    assert page is not None
    assert page.title == "指南"
    assert page.root.find(".//base").get("href") == "/zwfw/"
    assert page.data_blocks == ["<guide><name>x</name></guide>"]
    assert "".join(page.root.itertext()).strip() == "办理\xa0时限", "the comment is gone, &nbsp; is kept"
    frames = parse_html('<html><frameset cols="20%,*"><frame src="menu.html"><frame src="main.html"></frameset></html>')
    assert frames is not None and [f.get("src") for f in frames.root.iter("frame")] == ["menu.html", "main.html"]


def test_markup_that_would_make_html5_nesting_slow_is_left_to_lxml() -> None:
    """Thousands of elements left open make HTML5 tree building quadratic (a scan of the open
    elements per tag, a clone of the open formatting per block); lxml reads such pages instead."""
    ordinary = "<table>" + "<tr><td><font size=2>事项名称<td><b>某许可</b></td></tr>" * 30_000 + "</table>"
    deep = "<div>" * 100_000 + "事项名称"
    cloned = "".join(f'<p><font id="f{i}">第{i}行' for i in range(3_000))
    assert tree_work(ordinary) < MAX_TREE_WORK / 4
    assert tree_work(deep) > MAX_TREE_WORK and tree_work(cloned) > MAX_TREE_WORK
    for markup in (deep, cloned):
        started = time.perf_counter()
        assert browser_markup(markup) == markup
        assert time.perf_counter() - started < 2
    assert "<tbody>" in browser_markup(ordinary)
