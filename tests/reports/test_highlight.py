"""Finding the triggering words of an excerpt again, the way each kind of rule found them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import channel_equity.reports.figures as figures
import channel_equity.reports.highlight as highlight
from channel_equity.checks.phrases import PhraseBook, load_phrase_book
from channel_equity.checks.registry import ALL_RULES, RULES_BY_ID
from channel_equity.reports.figures import city_standard_figures
from channel_equity.reports.highlight import ExcerptPart, excerpt_parts, rule_categories
from channel_equity.reports.queries import CityFigures
from tests.checks.rule_builders import CITY, coverage, make_config, make_context
from tests.checks.test_city_rules import guides
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


# --- the report reads the rules' declarations, not their modules ---------------------------------

@pytest.mark.parametrize("module", [highlight, figures])
def test_the_report_imports_no_rule_module(module: object) -> None:
    tree = ast.parse(Path(str(getattr(module, "__file__", ""))).read_text(encoding="utf-8"))
    imported = [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    imported += [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names]
    assert [name for name in imported if name.startswith("channel_equity.checks.rules")] == []


def test_each_rule_marks_the_categories_it_declares(phrases: PhraseBook) -> None:
    for rule in ALL_RULES:
        assert rule_categories(rule.id, phrases) == rule.highlight_categories, rule.id
    assert rule_categories("online-only", phrases) == ("online_only",)  # not its counter cues
    assert rule_categories("no-such-rule", phrases) == ()


@pytest.mark.parametrize(("immediate", "promised", "thresholds"), [
    (5, 43, {}), (15, 35, {}), (3, 7, {}), (1, 8, {}), (1, 8, {"immediate_share_min_items": 5}),
    (5, 43, {"immediate_share_min": 0.10}), (20, 28, {"immediate_share_min": 0.5}), (0, 0, {}),
])
def test_the_city_figure_judges_the_share_as_the_rule_does(immediate: int, promised: int,
                                                           thresholds: dict[str, float]) -> None:
    config = make_config(thresholds=thresholds)
    rule = RULES_BY_ID["immediate-share-low"]
    context = make_context(guides(immediate, promised), config, [coverage()])
    fired = bool(list(rule.evaluate(context)))
    counted = CityFigures(guides=immediate + promised, immediate=immediate, with_case_type=immediate + promised,
                          unmatched=0)
    [figure] = [f for f in city_standard_figures(config, counted, []) if f.key == "immediate"]
    assert figure.judged == rule.covers(context, CITY, "")
    assert figure.meets == (None if not rule.covers(context, CITY, "") else not fired)
