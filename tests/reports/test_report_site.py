"""The rendered report in real headless Chromium: loads cleanly, links resolve, accessible,
scraped payloads stay text, and both languages are complete."""

from __future__ import annotations

import json
import re
from pathlib import Path
from string import Formatter

import pytest
from babel.messages.pofile import read_po
from playwright.sync_api import Browser

from channel_equity.checks.registry import ALL_RULES
from channel_equity.cli.report import render_report
from channel_equity.reports.i18n import catalog_path, load_translations
from channel_equity.reports.render import TEMPLATE_DIR, RenderResult, make_environment
from channel_equity.store.session import StoreError
from tests.reports.conftest import MANY, PAYLOAD, ReportStore
from tests.reports.site_checks import WatchedPage, assert_links_resolve, serious_violations

pytestmark = pytest.mark.browser

SCRAPED_OR_CONFIGURED = ("示范省", "镜海市", "山阳市", "河西市", "食品经营许可证核发", "未列入清单的事项", "户籍证明",
                         "仅限网上申请", "无村级办理地点", "即办件 1/2", "网上申请入口", "另一个入口",
                         "系统维护中，请到窗口办理", "需提交的共享材料（1项）：", "服务方法", "<b>受理窗口编号</b>")
GENERATED_SCRAPED = re.compile(r"河西事项\d+|办理时限：\d+个工作日")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")


def test_every_page_loads_cleanly_and_every_link_resolves(sites: dict[str, RenderResult], browser: Browser) -> None:
    watched = WatchedPage(browser)
    ids: dict[Path, set[str]] = {}
    for result in sites.values():
        for path in result.pages:
            page = watched.open(path)
            assert_links_resolve(page, path, ids)
    assert watched.problems == []
    assert watched.dialogs == []


def test_scraped_payload_is_shown_as_text_and_never_runs(
    sites: dict[str, RenderResult], report_store: ReportStore, browser: Browser
) -> None:
    site = sites["zh"].index.parent
    watched = WatchedPage(browser)
    finding = report_store.finding_ids["xss"]
    for path in (site / "city" / "jinghai.html", site / "finding" / f"{finding}.html", site / "index.html",
                 site / "coverage.html"):
        page = watched.open(path)
        assert PAYLOAD in page.inner_text("main"), path
        sources = page.eval_on_selector_all("img", "els => els.map(e => e.getAttribute('src'))")
        assert all(src.startswith("../screenshots/") for src in sources), sources  # only the probe's screenshot
        page.wait_for_timeout(50)  # an onerror handler would have fired by now
    snapshot = next((site / "snapshots").glob("*.txt"))
    page = watched.open(snapshot)
    assert page.evaluate("document.contentType") == "text/plain"
    assert "仅限网上申请" in page.inner_text("body")  # decoded from GB18030
    assert watched.dialogs == []
    assert watched.problems == []


@pytest.mark.parametrize("relative", ["index.html", "city/jinghai.html", "city/hexi-p2.html", "finding/2.html",
                                      "finding/5.html", "coverage.html"])
def test_no_serious_accessibility_violations(sites: dict[str, RenderResult], browser: Browser, relative: str) -> None:
    for result in sites.values():
        page = WatchedPage(browser).open(result.index.parent / relative)
        assert serious_violations(page) == [], relative


def test_both_languages_are_complete(sites: dict[str, RenderResult], browser: Browser) -> None:
    for result in sites.values():
        assert result.translations.missing == set()
    zh_strings = {m.string for m in read_po(catalog_path("zh").open("rb")) if m.id and isinstance(m.string, str)}
    page = WatchedPage(browser).page
    for path in sites["en"].pages:
        page.goto(path.as_uri())
        # UI chrome: headings, table headers, labels, captions, navigation, title
        chrome = page.evaluate(
            "[...document.querySelectorAll('nav, h2, thead th, dt, caption, figcaption, footer, .skip')]"
            ".map(e => e.innerText).join('\\n') + document.title.split('·').pop()")
        assert not CJK.search(chrome), f"{path}: {CJK.findall(chrome)}"
        text = GENERATED_SCRAPED.sub("", page.inner_text("body"))
        for value in SCRAPED_OR_CONFIGURED:
            text = text.replace(value, "")
        leaked = [s for s in zh_strings if s in text]
        assert leaked == [], f"{path}: untranslated {leaked}"
        assert not CJK.search(text), f"{path}: {CJK.findall(text)}"
    zh_index = sites["zh"].index.read_text(encoding="utf-8")
    assert "全省计分卡" in zh_index and 'lang="zh-CN"' in zh_index


def test_catalogs_cover_the_same_ids_and_every_rule() -> None:
    zh = {m.id: m.string for m in read_po(catalog_path("zh").open("rb")) if m.id}
    en = {m.id: m.string for m in read_po(catalog_path("en").open("rb")) if m.id}
    assert zh.keys() == en.keys()
    assert all(zh.values()) and all(en.values())
    assert {rule.title for rule in ALL_RULES} <= zh.keys()
    messages = {message for rule in ALL_RULES for message in (*rule.messages, *rule.terms, *rule.not_judged_messages)}
    assert messages - zh.keys() == set()
    for msgid in messages:  # a translation uses exactly the template's fields
        fields = {name for _, name, _, _ in Formatter().parse(msgid) if name is not None}
        for catalog in (zh, en):
            translation = catalog[msgid]
            assert isinstance(translation, str)
            assert {name for _, name, _, _ in Formatter().parse(translation) if name is not None} == fields, msgid


def test_overview_shows_history_and_exports_sit_beside_it(
    sites: dict[str, RenderResult], report_store: ReportStore
) -> None:
    site = sites["en"].index.parent
    index = sites["en"].index.read_text(encoding="utf-8")
    assert "Compared with scan" in index and "<svg" in index
    assert f"Scan 1 (2026-11-23): 2 open; Scan 2 (2026-11-24): {5 + MANY} open" in index
    assert f"Scan 2 (2026-11-24): {4 + MANY} new or reopened, 1 resolved" in index
    exported = json.loads((site / "findings.json").read_text(encoding="utf-8"))
    assert {row["status"] for row in exported} == {"open", "resolved"}
    assert (site / "findings.csv").read_text(encoding="utf-8").startswith("rule,city,item_code")
    coverage = (site / "coverage.html").read_text(encoding="utf-8")
    assert "Connection refused" in coverage and "未列入清单的事项" in coverage


def test_coverage_lists_the_labels_the_lexicon_does_not_know(sites: dict[str, RenderResult]) -> None:
    """Unknown labels per city, counted over its guides; known fields and page chrome are not
    listed, and a scraped label is shown as text."""
    coverage = (sites["zh"].index.parent / "coverage.html").read_text(encoding="utf-8")
    section = coverage[coverage.index('id="unknown-labels"'):coverage.index('id="errors"')]
    assert "词库未收录的标签" in section
    assert re.search(r"<th scope=\"row\">服务方法</th><td class=\"num\">2</td>", section)
    assert "&lt;b&gt;受理窗口编号&lt;/b&gt;" in section and "<b>受理窗口编号" not in section
    assert "事项名称" not in section and "发布时间" not in section


def test_render_report_picks_the_latest_scan_and_refuses_an_unknown_one(
    report_store: ReportStore, tmp_path: Path
) -> None:
    index = render_report(report_store.loaded, report_store.store, tmp_path / "out", "en")
    assert f"Scan {report_store.scan_ids[-1]}," in index.read_text(encoding="utf-8")
    with pytest.raises(StoreError, match="no scan 999"):
        render_report(report_store.loaded, report_store.store, tmp_path / "x", "en", scan_id=999)


def test_templates_never_mark_text_safe() -> None:
    """Autoescape is on for every template, and no template switches it off or trusts a value."""
    sources = {path.name: path.read_text(encoding="utf-8") for path in TEMPLATE_DIR.glob("*.html")}
    assert len(sources) > 10
    for name, source in sources.items():
        assert not re.search(r"\|\s*safe\b|autoescape\s+false|Markup", source), name
    assert make_environment(load_translations("en"), "en").from_string("{{ x }}").render(x="<b>") == "&lt;b&gt;"
