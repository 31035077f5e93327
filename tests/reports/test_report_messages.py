"""Finding messages in the reader's language: the Chinese report shows the translated
template with the finding's arguments, a scraped argument stays text, a row without a
template shows its stored message, and a broken translation falls back to the English
message instead of breaking the report."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from channel_equity.checks.rules.unauthorized_delegation import UNAUTHORIZED
from channel_equity.checks.verdict import terms
from channel_equity.reports.i18n import load_translations
from channel_equity.reports.messages import translated_message
from channel_equity.reports.render import RenderResult
from tests.reports.conftest import PAYLOAD, ReportStore
from tests.reports.site_checks import WatchedPage

MESSAGE = re.compile(r'<h2 id="message">[^<]*</h2>\s*<p>(.*?)</p>', re.S)


def shown_message(site: Path, finding_id: int) -> str:
    """The message paragraph of a finding page, as HTML source."""
    found = MESSAGE.search((site / "finding" / f"{finding_id}.html").read_text(encoding="utf-8"))
    assert found is not None
    return found.group(1)


def test_the_chinese_report_shows_translated_messages(sites: dict[str, RenderResult],
                                                      report_store: ReportStore) -> None:
    zh, en = sites["zh"].index.parent, sites["en"].index.parent
    ids = report_store.finding_ids
    assert shown_message(zh, ids["carried"]) == "该事项仅接受网上申请：仅限网上申请"
    assert shown_message(en, ids["carried"]) == "the guide accepts only online applications: 仅限网上申请"
    assert shown_message(zh, ids["portal"]) == "2 项办事指南中即办件 1 项，占 50%，低于全省最低要求 30%"
    assert shown_message(en, ids["portal"]) == (
        "1 of 2 guides are handled on the spot (immediately handled items), 50%; the province minimum is 30%")
    assert shown_message(zh, ids["fake-shot"]) == "网上办理入口 http://127.0.0.1:8101/apply/16 返回 HTTP 404 错误"
    city = (zh / "city" / "jinghai.html").read_text(encoding="utf-8")
    assert "该事项仅接受网上申请：仅限网上申请" in city
    assert "the guide accepts only online applications" not in city
    exported = (zh / "findings.json").read_text(encoding="utf-8")  # the export keeps the English sentence
    assert "the guide accepts only online applications: 仅限网上申请" in exported and "message_template" not in exported


def test_a_row_without_a_template_shows_its_stored_message(sites: dict[str, RenderResult],
                                                          report_store: ReportStore) -> None:
    for site in (sites["zh"].index.parent, sites["en"].index.parent):
        assert shown_message(site, report_store.finding_ids["fixed"]) == "village-gap fired on 户籍证明"


@pytest.mark.browser
def test_a_scraped_argument_is_shown_as_text(sites: dict[str, RenderResult], report_store: ReportStore,
                                             browser: Browser) -> None:
    site = sites["zh"].index.parent
    finding = report_store.finding_ids["xss"]
    assert shown_message(site, finding) == (
        "要求提交 1 项政府部门已掌握的材料：&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;"
        "&lt;img src=x onerror=alert(1)&gt;")
    watched = WatchedPage(browser)
    page = watched.open(site / "finding" / f"{finding}.html")
    section = page.locator("section[aria-labelledby=message]")
    assert section.locator("p").inner_text() == f"要求提交 1 项政府部门已掌握的材料：{PAYLOAD}"
    assert section.locator("script, img").count() == 0
    page.wait_for_timeout(50)  # an onerror handler would have fired by now
    assert watched.dialogs == [] and watched.problems == []


TEMPLATE = "the guide accepts only online applications: {words}"
ENGLISH = "the guide accepts only online applications: 仅网办"


@pytest.mark.parametrize("translation", [
    "该事项仅接受网上申请：{word}",  # a typo in the field name
    "该事项仅接受网上申请：{}",  # positional
    "该事项仅接受网上申请：{0}",
    "该事项仅接受网上申请：{words.__class__}",  # attribute access
    "该事项仅接受网上申请：{words[0]}",  # index access
    "该事项仅接受网上申请：{words",  # unbalanced braces
    "该事项仅接受网上申请：words}",
    "该事项仅接受网上申请：{words:d}",  # a format spec the argument does not take
    "该事项仅接受网上申请：{words:{words}}",  # nested fields
])
def test_a_broken_translation_falls_back_to_the_english_message(translation: str) -> None:
    translate = {TEMPLATE: translation}.get
    assert translated_message(ENGLISH, TEMPLATE, {"words": "仅网办"}, lambda m: translate(m, m)) == ENGLISH


def test_missing_or_unusable_arguments_fall_back_too() -> None:
    zh = load_translations("zh").gettext
    assert translated_message(ENGLISH, TEMPLATE, {"words": "仅网办"}, zh) == "该事项仅接受网上申请：仅网办"
    assert translated_message(ENGLISH, TEMPLATE, None, zh) == ENGLISH
    assert translated_message(ENGLISH, TEMPLATE, {"other": "x"}, zh) == ENGLISH
    assert translated_message(ENGLISH, TEMPLATE, [], zh) == ENGLISH  # type: ignore[arg-type]
    assert translated_message(ENGLISH, None, {"words": "x"}, zh) == ENGLISH
    assert translated_message(ENGLISH, "", {"words": "x"}, zh) == ENGLISH


def test_arguments_are_values_never_templates_and_terms_are_translated() -> None:
    zh = load_translations("zh").gettext
    assert translated_message(ENGLISH, TEMPLATE, {"words": "{words.__class__}{0}"}, zh) == (
        "该事项仅接受网上申请：{words.__class__}{0}")
    args = {"levels": terms(["county level", "town level"], " / "), "allowed": terms(["city level"], " / "),
            "standard_name": "人力资源服务许可", "standard_code": "000106021000"}
    assert translated_message("(English)", UNAUTHORIZED, args, zh) == (
        "该事项在县级、乡镇（街道）级行使，全省标准“人力资源服务许可”（000106021000）只允许在市级行使")
    unknown = {**args, "levels": terms(["galaxy level"], " / ")}  # not in the catalog: shown as it is
    assert translated_message("(English)", UNAUTHORIZED, unknown, zh).startswith("该事项在galaxy level行使")
