"""The rendered report in real headless Chromium: loads cleanly, links resolve, accessible,
scraped payloads stay text, and both languages are complete."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from babel.messages.pofile import read_po
from playwright.sync_api import Browser, Page, sync_playwright

from channel_equity.report_command import render_report
from channel_equity.store.session import StoreError
from checks.registry import ALL_RULES
from reports.i18n import catalog_path
from reports.render import RenderResult, render_site
from tests.reports.conftest import PAYLOAD, ReportStore

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SCRAPED_OR_CONFIGURED = ("示范省", "镜海市", "山阳市", "食品经营许可证核发", "未列入清单的事项", "户籍证明",
                         "仅限网上申请", "无村级办理地点", "即办件 1/2")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")


@pytest.fixture(scope="module")
def sites(report_store: ReportStore, tmp_path_factory: pytest.TempPathFactory) -> dict[str, RenderResult]:
    out = tmp_path_factory.mktemp("report")
    scan = report_store.scan_ids[-1]
    from channel_equity.store.reading import get_scan

    row = get_scan(report_store.store, scan)
    assert row is not None
    return {lang: render_site(report_store.loaded, report_store.store, row, out / lang, lang) for lang in ("zh", "en")}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class WatchedPage:
    """A page that records console errors, failed requests and dialogs."""

    def __init__(self, browser: Browser) -> None:
        self.page: Page = browser.new_page()
        self.problems: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.problems.append(f"console {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.problems.append(f"page error {e}"))
        self.page.on("requestfailed", lambda r: self.problems.append(f"failed {r.url}: {r.failure}"))
        self.page.on("dialog", self._dialog)

    def _dialog(self, dialog: object) -> None:
        self.dialogs.append(dialog.message)  # type: ignore[attr-defined]
        dialog.dismiss()  # type: ignore[attr-defined]

    def open(self, path: Path) -> Page:
        response = self.page.goto(path.as_uri())
        assert response is None or response.ok, path
        return self.page


def test_every_page_loads_cleanly_and_every_link_resolves(sites: dict[str, RenderResult], browser: Browser) -> None:
    watched = WatchedPage(browser)
    for result in sites.values():
        for path in result.pages:
            page = watched.open(path)
            targets = page.eval_on_selector_all("a[href], link[href]", "els => els.map(e => e.href)")
            for target in targets:
                assert target.startswith("file://"), f"{path}: external resource {target}"
                file = Path(re.sub(r"^file://", "", target.split("#")[0]))
                assert file.is_file(), f"{path}: broken link {target}"
            assert page.evaluate("document.querySelectorAll('script, iframe, object, embed').length") == 0
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
        assert page.locator("main img").count() == 0
        page.wait_for_timeout(50)  # an onerror handler would have fired by now
    snapshot = next((site / "snapshots").glob("*.txt"))
    page = watched.open(snapshot)
    assert page.evaluate("document.contentType") == "text/plain"
    assert "仅限网上申请" in page.inner_text("body")  # decoded from GB18030
    assert watched.dialogs == []
    assert watched.problems == []


@pytest.mark.parametrize("relative", ["index.html", "city/jinghai.html", "finding/2.html", "coverage.html"])
def test_no_serious_accessibility_violations(sites: dict[str, RenderResult], browser: Browser, relative: str) -> None:
    for result in sites.values():
        page = WatchedPage(browser).open(result.index.parent / relative)
        violations = Axe().run(page).response["violations"]
        serious = [(v["id"], v["impact"], [n["html"] for n in v["nodes"]][:2]) for v in violations
                   if v["impact"] in ("serious", "critical")]
        assert serious == [], f"{relative}: {serious}"


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
        text = page.inner_text("body")
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


def test_overview_shows_history_and_exports_sit_beside_it(
    sites: dict[str, RenderResult], report_store: ReportStore
) -> None:
    site = sites["en"].index.parent
    index = sites["en"].index.read_text(encoding="utf-8")
    assert "Compared with scan" in index and "<svg" in index
    assert "Scan 1 (2026-11-23): 2 open; Scan 2 (2026-11-24): 3 open" in index
    exported = json.loads((site / "findings.json").read_text(encoding="utf-8"))
    assert {row["status"] for row in exported} == {"open", "resolved"}
    assert (site / "findings.csv").read_text(encoding="utf-8").startswith("rule,city,item_code")
    coverage = (site / "coverage.html").read_text(encoding="utf-8")
    assert "Connection refused" in coverage and "未列入清单的事项" in coverage


def test_render_report_picks_the_latest_scan_and_refuses_an_unknown_one(
    report_store: ReportStore, tmp_path: Path
) -> None:
    index = render_report(report_store.loaded, report_store.store, tmp_path / "out", "en")
    assert f"Scan {report_store.scan_ids[-1]}," in index.read_text(encoding="utf-8")
    with pytest.raises(StoreError, match="no scan 999"):
        render_report(report_store.loaded, report_store.store, tmp_path / "x", "en", scan_id=999)
