"""Link words are data (``navigation`` of ``channel_equity/data/vocabulary.yaml``): a province adds its own."""

from __future__ import annotations

from pathlib import Path

from channel_equity.core.labels import LabelLexicon, default_lexicon, load_label_lexicon
from channel_equity.crawler.navigation import (
    discover_links,
    is_pagination_text,
    link_priority,
    navigation_words,
)

ORIGIN = "http://127.0.0.1:9000/"

PAGE = """
<html><body>
<a href="/p.html?page=2">后一页</a> <a href="/p.html?page=9">›</a>
<a href="/catalog/all.html">权责清单总览</a> <a href="/bm.html">便民查询</a>
<a href="/sso/in.html">统一身份认证</a> <a href="/sso/out.html">个人登录</a>
<a href="/guide/detail.jsp?id=A1">食品经营许可证核发</a>
</body></html>
"""


def _province(tmp_path: Path) -> LabelLexicon:
    path = tmp_path / "labels.yaml"
    path.write_text(
        "navigation:\n"
        "  pagination: [后一页, ›]\n"
        "  catalog: [便民查询]\n"
        "  skip_links: [统一身份认证]\n",
        encoding="utf-8",
    )
    return load_label_lexicon(path)


def _links(lexicon: LabelLexicon | None) -> dict[str, tuple[int, bool]]:
    return {link.url.removeprefix(ORIGIN): (link.priority, link.is_pagination)
            for link in discover_links(PAGE, ORIGIN + "index.html", ORIGIN, lexicon=lexicon)}


def test_province_adds_pagination_catalog_and_skip_words(tmp_path: Path) -> None:
    default, province = _links(None), _links(_province(tmp_path))
    assert default["p.html?page=2"] == (0, False) and default["p.html?page=9"] == (0, False)
    assert province["p.html?page=2"] == (15, True)  # a word anywhere in the text
    assert province["p.html?page=9"] == (15, True)  # a one-character word: the whole text
    assert default["bm.html"][0] == 0 and province["bm.html"][0] == 10  # appended: ranks after the defaults
    assert default["catalog/all.html"] == province["catalog/all.html"]  # 清单 is a default catalogue word
    assert "sso/in.html" in default and "sso/in.html" not in province
    assert "sso/out.html" not in default and "sso/out.html" not in province  # default skip words kept


def test_default_link_words_are_those_of_the_default_lexicon() -> None:
    assert navigation_words() is navigation_words(default_lexicon())
    assert is_pagination_text("下一页") and is_pagination_text(">") and not is_pagination_text("a > b")
    assert link_priority("办事指南", "/x") == 20 and link_priority("分类", "/x") == 10
    assert link_priority("其他", "/Guide/1") == 5 and link_priority("其他", "/x") == 0


def test_a_replacing_province_file_without_link_words_follows_plain_links(tmp_path: Path) -> None:
    path = tmp_path / "labels.yaml"
    path.write_text("replace: true\nfields:\n  name: [项目名称]\n", encoding="utf-8")
    links = _links(load_label_lexicon(path))
    assert links["sso/out.html"] == (0, False)  # nothing is skipped, nothing ranks: no words
    assert links["guide/detail.jsp?id=A1"] == (0, False)
