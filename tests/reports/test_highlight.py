"""Finding the triggering words of an excerpt again, the way each kind of rule found them."""

from __future__ import annotations

import pytest

from channel_equity.checks.phrases import PhraseBook, load_phrase_book
from channel_equity.reports.highlight import ExcerptPart, excerpt_parts
from tests.reports.conftest import PAYLOAD


@pytest.fixture(scope="module")
def phrases() -> PhraseBook:
    return load_phrase_book()


def marked(parts: list[ExcerptPart]) -> list[str]:
    return [part.text for part in parts if part.marked]


@pytest.mark.parametrize(("rule", "excerpt", "words"), [
    ("legacy-browser-required", "…通知公告 | 查询 该系统只支持IE浏览器，请使用IE浏览器进行访问，对此带…",
     ["只支持IE", "请使用IE"]),
    ("online-only", "…咨询电话：0720-3558319 本事项仅受理网上申请，窗口不再接收纸质材料 无…",
     ["仅受理网上申请", "窗口不再接收"]),
    ("online-entry-broken", "系统维护中，请到窗口办理", ["系统维护中", "请到窗口办理"]),
    ("login-wall", "…用户登录 请先登录后查看办事指南 账号： 密码：…", ["登录后查看办事指南"]),
])
def test_wording_rules_mark_the_lexicon_phrases(phrases: PhraseBook, rule: str, excerpt: str,
                                                words: list[str]) -> None:
    parts = excerpt_parts(rule, excerpt, phrases)
    assert marked(parts) == words
    assert "".join(part.text for part in parts) == excerpt  # nothing added, nothing lost


def test_a_negated_or_mixed_channel_phrase_is_not_marked(phrases: PhraseBook) -> None:
    excerpt = "…本事项仅受理网上申请，也可到窗口办理…"
    assert marked(excerpt_parts("online-only", excerpt, phrases)) == []


@pytest.mark.parametrize(("rule", "excerpt", "words"), [
    ("exceeds-standard", "办理时限：14个工作日", ["14个工作日"]),
    ("shared-data-demanded", "需提交的共享材料（2项）：居民身份证复印件；营业执照复印件",
     ["居民身份证复印件", "营业执照复印件"]),
    ("visit-reason-missing", "跑动次数：1次；必须现场办理原因：无", ["1次", "无"]),
    ("online-only", "办理渠道：网上办理", ["网上办理"]),  # the structural case: no phrase, the channel field
])
def test_field_rules_mark_the_values_they_judged(phrases: PhraseBook, rule: str, excerpt: str,
                                                 words: list[str]) -> None:
    assert marked(excerpt_parts(rule, excerpt, phrases)) == words


def test_arithmetic_and_error_excerpts_are_not_marked(phrases: PhraseBook) -> None:
    assert excerpt_parts("immediate-share-low", "即办件 9 / 39 = 23.1% < 30%", phrases) == [
        ExcerptPart("即办件 9 / 39 = 23.1% < 30%")]
    assert marked(excerpt_parts("online-entry-broken", "http://127.0.0.1:8103/apply/1: HTTP 404", phrases)) == []
    assert excerpt_parts("online-only", None, phrases) == []


def test_a_province_phrase_is_marked_too(phrases: PhraseBook) -> None:
    extended = phrases.merged({"legacy_browser": ["请用老版本浏览器"]})
    assert marked(excerpt_parts("legacy-browser-required", "…本页请用老版本浏览器打开…", extended)) == ["请用老版本浏览器"]
    assert marked(excerpt_parts("legacy-browser-required", "…本页请用老版本浏览器打开…", phrases)) == []


def test_scraped_markup_stays_one_plain_text_part(phrases: PhraseBook) -> None:
    parts = excerpt_parts("shared-data-demanded", f"需提交的共享材料（1项）：{PAYLOAD}", phrases)
    assert parts == [ExcerptPart("需提交的共享材料（1项）："), ExcerptPart(PAYLOAD, marked=True)]
