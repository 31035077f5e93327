"""Excerpts located in the stored page: the words a finding quotes are the page's own, at offsets
an inspector can be sent to, or the finding says it does not quote."""

from __future__ import annotations

from channel_equity.checks.quoting import locate, quoted_text
from channel_equity.checks.rules._text import page_words

GUIDE = """<html><body><h1>机动车注册登记</h1>
<table><tr><th>到办事现场次数（次）</th><td>1</td><th>办理形式</th><td>窗口办理</td></tr>
<tr><th>办理地点</th><td>市民中心 二楼 A12 窗口</td></tr></table>
<p>温馨提示：本事项仅支持 网上办理。</p>
<div>本页面内容由市政务服务数据管理局负责维护，如有疑问请在工作日上班时间致电咨询，我们将及时答复。</div>
<p>咨询电话 0791-8234567</p>
<script>var notice = "\\u8bf7\\u4f7f\\u7528IE\\u6d4f\\u89c8\\u5668";</script>
</body></html>"""


def _quote(excerpt: str) -> tuple[str, bool, list[str]]:
    words = page_words(GUIDE)
    spans, whole = locate(excerpt, words)
    return quoted_text(spans, words), whole, [span.source for span in spans]


def test_an_excerpt_printed_whole_is_quoted_as_is() -> None:
    assert _quote("机动车注册登记") == ("机动车注册登记", True, ["visible"])


def test_blanks_do_not_stop_a_quote_and_the_page_spelling_is_kept() -> None:
    text, whole, _ = _quote("市民中心二楼A12窗口")
    assert whole and text == "市民中心 二楼 A12 窗口"


def test_a_label_and_its_value_from_two_cells_are_two_spans() -> None:
    text, whole, sources = _quote("办理形式：窗口办理")
    assert whole and text == "办理形式 … 窗口办理" and len(sources) == 2


def test_a_one_character_value_counts_in_the_next_cell() -> None:
    text, whole, _ = _quote("到办事现场次数（次）：1")
    assert whole and text == "到办事现场次数（次） … 1"


def test_a_one_character_value_far_from_its_label_is_no_quote() -> None:
    # the page prints 温馨提示 and, two lines later, a "7" in a phone number: not the label's value
    _, whole, _ = _quote("温馨提示：7")
    assert not whole


def test_a_label_the_page_does_not_print_is_no_quote() -> None:
    _, whole, _ = _quote("办理方式：窗口办理")
    assert not whole


def test_words_only_in_a_script_are_quoted_from_the_code() -> None:
    text, whole, sources = _quote("请使用IE浏览器")
    assert whole and text == "请使用IE浏览器" and sources == ["code"]
