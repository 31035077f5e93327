"""Hostile or broken markup never raises and never hangs (pytest-timeout guards the hang)."""

from __future__ import annotations

import pytest

from channel_equity.crawler.extract import (
    LabelLexicon,
    extract_guide,
    extract_guide_from_json,
    looks_like_guide,
)
from tests.extract.pages import PAGE_URL, fixture_text

HOSTILE_PAGES = {
    "ten_megabytes_of_rows": "<table>" + "<tr><td>事项名称</td><td>某许可</td><td>承诺时限</td><td>5个工作日</td></tr>"
    * 120_000 + "</table>",
    "ten_megabytes_one_line": "<p>" + "事项名称：某某 承诺时限：5个工作日 " * 300_000 + "</p>",
    "deeply_nested_divs": "<div>" * 200_000 + "事项名称：x" + "</div>" * 200_000,
    "deeply_nested_tables": "<table><tr><td>" * 20_000 + "事项名称</td><td>x" + "</td></tr></table>" * 20_000,
    "unclosed_script": "<html><head><script>var a='事项名称：脚本';" + "x" * 3_000_000,
    "unclosed_everything": "<table><tr><td>事项名称<td>某<tr><td>实施主体<td>某局<div><p><span><b>" * 5000,
    "huge_spans": "<table><tr><td colspan=99999 rowspan=99999>材料名称</td><td>材料形式</td></tr>"
    + "<tr><td>a</td><td>b</td></tr>" * 5000 + "</table>",
    "binary_junk": "\x00\x01\x02\ufffd<\x00>" * 1_000_000,
    "many_links": "<a href='/x' onclick=\"f('/y')\">在线办理</a>" * 100_000,
    "many_menu_items": "<ul>" + "<li>申请材料</li>" * 100_000 + "</ul>",
    "attribute_bomb": "<div class='" + "a" * 5_000_000 + "'>事项名称：x</div>",
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", sorted(HOSTILE_PAGES))
def test_hostile_pages_return(name: str, lexicon: LabelLexicon) -> None:
    html = HOSTILE_PAGES[name]
    assert extract_guide(html, PAGE_URL, lexicon) is None
    looks_like_guide(html, lexicon)


@pytest.mark.timeout(60)
def test_guide_behind_megabytes_of_script_is_still_read(lexicon: LabelLexicon) -> None:
    """Script bodies are cut before the size cap, so padding scripts cannot hide a guide."""
    padded = fixture_text("epoint_table.html").replace(
        "</head>", "<script>" + "var q='事项名称：假';" * 600_000 + "</script></head>"
    )
    guide = extract_guide(padded, PAGE_URL, lexicon)
    assert guide is not None
    assert guide.name == "食品经营许可证核发（新办）"


@pytest.mark.timeout(60)
def test_hostile_json_returns(lexicon: LabelLexicon) -> None:
    deep: object = {"TASK_NAME": "x"}
    for _ in range(5000):
        deep = {"data": deep}
    assert extract_guide_from_json(deep, PAGE_URL, lexicon) is None
    wide = {"list": [{"TASK_NAME": f"事项{i}", "DEPT_NAME": "局"} for i in range(100_000)]}
    extract_guide_from_json(wide, PAGE_URL, lexicon)
    assert extract_guide_from_json("{" * 100_000, PAGE_URL, lexicon) is None


@pytest.mark.parametrize("html", [None, 12, b"<p>bytes</p>"])
def test_wrong_types_do_not_raise(html: object, lexicon: LabelLexicon) -> None:
    assert extract_guide(html, PAGE_URL, lexicon) is None  # type: ignore[arg-type]
    assert looks_like_guide(html, lexicon) is False  # type: ignore[arg-type]
