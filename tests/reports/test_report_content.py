"""What the pages say, read in Chromium: triggering words marked, a city's figures against
the standard, screenshots, findings paged per city, changes and counts per rule."""

from __future__ import annotations

import hashlib

import pytest
from playwright.sync_api import Browser, Page

from channel_equity.reports.render import RenderResult
from tests.reports.conftest import MANY, PAGE_SIZE, PAYLOAD, ReportStore, png_bytes
from tests.reports.site_checks import WatchedPage

pytestmark = pytest.mark.browser


def table_rows(page: Page, selector: str) -> dict[str, list[str]]:
    """Row header -> the row's other cells, as shown."""
    return page.eval_on_selector_all(
        f"{selector} tbody tr",
        "rows => Object.fromEntries(rows.map(r => [r.cells[0].innerText.trim(),"
        " [...r.cells].slice(1).map(c => c.innerText.trim().replace(/\\s+/g, ' '))]))",
    )


def test_triggering_words_are_marked_and_scraped_markup_stays_text(
    sites: dict[str, RenderResult], report_store: ReportStore, browser: Browser
) -> None:
    site = sites["en"].index.parent
    page = WatchedPage(browser).open(site / "city" / "jinghai.html")
    assert "仅限网上申请" in page.eval_on_selector_all("blockquote mark", "els => els.map(e => e.innerText)")
    page = WatchedPage(browser).open(site / "finding" / f"{report_store.finding_ids['xss']}.html")
    assert page.eval_on_selector_all("blockquote mark", "els => els.map(e => e.textContent)") == [PAYLOAD]
    assert page.locator("blockquote *:not(mark)").count() == 0  # the payload made no element
    hexi = WatchedPage(browser).open(site / "city" / "hexi.html")
    assert hexi.eval_on_selector_all("blockquote mark", "els => els.map(e => e.innerText)")[:2] == [
        "20个工作日", "21个工作日"]


def test_city_figures_stand_against_the_province_standard(sites: dict[str, RenderResult], browser: Browser) -> None:
    page = WatchedPage(browser).open(sites["en"].index.parent / "city" / "jinghai.html")
    assert table_rows(page, "table.figures") == {
        "Standard items found on the portal": ["100% (3 / 3)", "—", "For reference"],
        "Share of immediately handled items": ["67% (2 / 3)", "At least 30%", "Not judged (too few guides)"],
        "Online handling offered where the standard requires it": ["50% (1 / 2)", "Every guide",
                                                                   "Below the standard"],
        "Counter handling offered where the standard requires it": ["50% (1 / 2)", "Every guide",
                                                                    "Below the standard"],
        "Guides offering online handling": ["67% (2 / 3)", "—", "For reference"],
        "Guides offering counter handling": ["67% (2 / 3)", "—", "For reference"],
    }
    zh = WatchedPage(browser).open(sites["zh"].index.parent / "city" / "jinghai.html")
    assert table_rows(zh, "table.figures")["即办件占比"] == ["67% (2 / 3)", "不低于 30%", "未评价（事项过少）"]


def test_a_probe_screenshot_is_shown_and_a_fake_one_is_not_copied(
    sites: dict[str, RenderResult], report_store: ReportStore, browser: Browser
) -> None:
    site = sites["en"].index.parent
    page = WatchedPage(browser).open(site / "finding" / f"{report_store.finding_ids['screenshot']}.html")
    image = page.locator("figure.screenshot img")
    assert image.evaluate("img => img.complete && img.naturalWidth") == 32
    expected = png_bytes(32, 20)
    assert image.get_attribute("src") == f"../screenshots/{hashlib.sha256(expected).hexdigest()}.png"
    assert [path.read_bytes() for path in (site / "screenshots").iterdir()] == [expected]
    fake = WatchedPage(browser).open(site / "finding" / f"{report_store.finding_ids['fake-shot']}.html")
    assert fake.locator("img").count() == 0
    assert "not-an-image.png" in fake.inner_text("main")


def test_a_city_with_many_findings_gets_pages(sites: dict[str, RenderResult], browser: Browser) -> None:
    site = sites["en"].index.parent
    watched = WatchedPage(browser)
    pages = [site / "city" / name for name in ("hexi.html", "hexi-p2.html", "hexi-p3.html")]
    assert sorted(site.glob("city/hexi*.html")) == sorted(pages)
    shown: list[str] = []
    for number, path in enumerate(pages, start=1):
        page = watched.open(path)
        shown += page.eval_on_selector_all("article.finding", "els => els.map(e => e.id)")
        assert page.locator(".pager [aria-current=page]").first.inner_text() == str(number)
        assert page.locator("h3 .hint").count() == (0 if number == 1 else 1)  # "(continued)"
    assert len(shown) == len(set(shown)) == MANY
    first = watched.open(pages[0])
    assert table_rows(first, "table.rules")["Visits, promised days or materials exceed the province standard"] == [
        "Medium", str(MANY)]
    assert first.locator("table.rules a").get_attribute("href") == "../city/hexi.html#rule-exceeds-standard"
    assert len(shown[:PAGE_SIZE]) == first.locator("article.finding").count()


def test_changes_since_the_previous_scan_per_city_and_per_rule(
    sites: dict[str, RenderResult], report_store: ReportStore, browser: Browser
) -> None:
    site = sites["en"].index.parent
    city = WatchedPage(browser).open(site / "city" / "jinghai.html")
    resolved = city.eval_on_selector_all("#city-resolved + .table-wrap a", "els => els.map(e => e.innerText)")
    assert resolved == [f"#{report_store.finding_ids['fixed']}"]
    index = WatchedPage(browser).open(site / "index.html")
    rules = table_rows(index, "table.rules")
    assert rules["Visits, promised days or materials exceed the province standard"][2:] == [str(MANY), str(MANY), "0"]
    assert rules["Not handled at village / community service centres"][2:] == ["0", "0", "1"]
    league = table_rows(index, "table.league")
    assert league["河西市"][6:9] == [str(MANY), str(MANY), "0"]  # open, new, resolved
    assert league["镜海市"][6:9] == ["5", "4", "1"]


def test_a_finding_page_shows_its_history(sites: dict[str, RenderResult], report_store: ReportStore,
                                          browser: Browser) -> None:
    page = WatchedPage(browser).open(sites["en"].index.parent / "finding" / f"{report_store.finding_ids['fixed']}.html")
    history = page.eval_on_selector_all("#history ~ table tbody tr",
                                        "rows => rows.map(r => [...r.cells].map(c => c.innerText.trim()))")
    first, second = report_store.scan_ids
    assert history == [["Opened", "2026-11-23 10:30 (Beijing time)", str(first)],  # 02:30 UTC
                       ["Resolved", "2026-11-24 10:30 (Beijing time)", str(second)]]
    facts = page.eval_on_selector_all(".facts dt", "dts => dts.map(d => [d.innerText, d.nextElementSibling.innerText])")
    assert dict(facts)["Resolved at"] == "2026-11-24 10:00 (Beijing time)" and dict(facts)["Status"] == "Resolved"
