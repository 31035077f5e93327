"""Pages that are not guides come back as None; looks_like_guide is a cheap, honest filter."""

from __future__ import annotations

import pytest

from channel_equity.crawler.extract import LabelLexicon, extract_guide, looks_like_guide
from tests.extract.pages import PAGE_URL, fixture_text


@pytest.mark.parametrize("name", [
    "not_catalog_table.html", "not_catalog_cards.html", "not_login.html", "not_news.html",
])
def test_not_a_guide(name: str, lexicon: LabelLexicon) -> None:
    assert extract_guide(fixture_text(name), PAGE_URL, lexicon) is None


@pytest.mark.parametrize("html", [
    "",
    "   ",
    "<html><body><div id='app'></div><script src='/app.js'></script></body></html>",
    "<html><body><h1>系统升级维护中</h1><p>系统功能暂停使用。由此给您带来的不便，敬请谅解！</p></body></html>",
    "<html><body><p>该系统只支持IE浏览器，请使用IE浏览器进行访问</p></body></html>",
    "<html><body><div id='app'><p>事项名称：{{ item.taskName }}</p><p>实施主体：{{ item.deptName }}</p>"
    "<p>承诺时限：{{ item.promiseDay }}</p><p>办件类型：{{ item.type }}</p></div></body></html>",
    "<html><body><p>事项名称：只有一个名字</p><p>咨询电话：12345</p></body></html>",
])
def test_shells_and_walls_are_not_guides(html: str, lexicon: LabelLexicon) -> None:
    assert extract_guide(html, PAGE_URL, lexicon) is None


@pytest.mark.parametrize("name", [
    "epoint_table.html", "hanweb_text.html", "guangdong_tabs.html", "dl_cards.html", "bracket_text.html",
    "legacy_nested.html", "hanweb_xml_island.html",
])
def test_guides_pass_the_cheap_filter(name: str, lexicon: LabelLexicon) -> None:
    assert looks_like_guide(fixture_text(name), lexicon)


@pytest.mark.parametrize("name", ["not_login.html", "not_news.html"])
def test_other_pages_fail_the_cheap_filter(name: str, lexicon: LabelLexicon) -> None:
    assert not looks_like_guide(fixture_text(name), lexicon)


def test_labels_inside_scripts_do_not_count(lexicon: LabelLexicon) -> None:
    html = ("<html><head><script>var t = '事项名称 实施主体 承诺时限 办件类型 办理形式';</script></head>"
            "<body><div id='app'></div></body></html>")
    assert not looks_like_guide(html, lexicon)
    assert extract_guide(html, PAGE_URL, lexicon) is None
