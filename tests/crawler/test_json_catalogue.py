"""A catalogue served as JSON: the guide addresses its rows give and the total it states."""

from __future__ import annotations

import pytest

from channel_equity.core.labels import LabelLexicon, default_lexicon
from channel_equity.crawler.json_catalogue import MAX_NODES, read_json_catalogue
from channel_equity.crawler.navigation import discover_links


@pytest.fixture(scope="module")
def lexicon() -> LabelLexicon:
    return default_lexicon()


def test_rows_give_addresses_and_names_and_the_answer_its_total(lexicon: LabelLexicon) -> None:
    answer = {"code": 200, "data": {"total": "20", "rows": [
        {"SXMC": "临时救助审批", "LINK_URL": "/bszn/detail.html?id=7", "deptName": "民政局"},
        {"taskName": "居民身份证换领", "detailUrl": "detail.html?id=8"},
        {"title": "无地址的行", "count": 3456},
    ]}}
    catalogue = read_json_catalogue(answer, lexicon)
    assert catalogue.links == [("/bszn/detail.html?id=7", "临时救助审批"), ("detail.html?id=8", "居民身份证换领")]
    assert catalogue.total == 20  # a row's own count (views) is no total of the list


def test_an_answer_that_lists_nothing_gives_nothing(lexicon: LabelLexicon) -> None:
    for answer in ({"ok": True, "count": 0}, [1, 2, 3], "text", {"total": True}, {"total": 10**9}):
        catalogue = read_json_catalogue(answer, lexicon)
        assert catalogue.links == [] and catalogue.total is None


def test_a_huge_answer_is_walked_only_so_far(lexicon: LabelLexicon) -> None:
    answer = {"rows": [{"url": f"/g/{n}.html"} for n in range(MAX_NODES * 2)]}
    assert 0 < len(read_json_catalogue(answer, lexicon).links) < MAX_NODES


def test_the_data_a_rendered_page_fetched_is_followed_once_as_data() -> None:
    html = """<html><body><a href="/list.html">事项目录</a>
      <ul hidden data-collected-links><li><a href="/bszn/detail.html?id=1">临时救助</a></li></ul>
      <ul hidden data-collected-data><li><a href="http://127.0.0.1:8000/api/sxList?page=1&rows=4"></a></li>
      <li><a href="http://other.example/api/x"></a></li></ul></body></html>"""
    links = {link.url: link for link in discover_links(html, "http://127.0.0.1:8000/", "http://127.0.0.1:8000/")}
    data = links["http://127.0.0.1:8000/api/sxList?page=1&rows=4"]
    assert data.is_data and data.same_depth
    assert not links["http://127.0.0.1:8000/bszn/detail.html?id=1"].is_data
    assert not any("other.example" in url for url in links)
