"""The report of the demo province, as an inspector opens it: the real scan of the simulated
province (conftest), `check` and `report` run as a user runs them, every page opened in
headless Chromium.

Besides the assertions, the test leaves screenshots of the overview and of the city with
the most findings, at desktop (1280 px) and phone (390 px) widths, in
``artifacts/report-screenshots/`` for a developer to look at (``artifacts/`` is not in git).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser
from sqlalchemy import func, select

from channel_equity.simulator.item_seeds import XSS_ITEM_NAME
from channel_equity.store.models import Finding, Observation
from tests.reports.site_checks import (
    WatchedPage,
    assert_links_resolve,
    launched_browser,
    png_size,
    serious_violations,
)
from tests.running import ScannedProvince, run_cli

pytestmark = pytest.mark.browser

REPO_ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO_ROOT / "artifacts" / "report-screenshots"
WIDTHS = {"desktop": 1280, "phone": 390}
SAMPLED_RULES = ("online-only", "exceeds-standard", "legacy-browser-required", "immediate-share-low")
"""A finding page of each kind (item, page, city); portal-unreachable needs scans on several nights."""
ESCAPED_PAYLOAD = "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(document.cookie)&gt;"


@pytest.fixture(scope="module")
def demo_reports(scanned_province: ScannedProvince, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo province checked, and its report written in both languages by the command line."""
    config = str(scanned_province.config_path)
    checked = run_cli("check", "--config", config)
    assert checked.returncode == 0, checked.stderr[-2000:]
    out = tmp_path_factory.mktemp("demo-report")
    sites: dict[str, Path] = {}
    for lang in ("zh", "en"):
        result = run_cli("report", "--config", config, "--out", str(out / lang), "--lang", lang)
        assert result.returncode == 0, result.stderr[-2000:]
        sites[lang] = Path(re.search(r"report: (\S+index\.html)", result.stdout).group(1)).parent  # type: ignore[union-attr]
    return sites


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launched_browser() as browser:
        yield browser


def test_every_page_loads_cleanly_and_every_link_resolves(demo_reports: dict[str, Path], browser: Browser) -> None:
    watched = WatchedPage(browser)
    ids: dict[Path, set[str]] = {}
    opened = 0
    for site in demo_reports.values():
        for path in sorted(site.rglob("*.html")):
            assert_links_resolve(watched.open(path), path, ids)
            opened += 1
        exported = json.loads((site / "findings.json").read_text(encoding="utf-8"))
        assert len(list(site.glob("finding/*.html"))) >= len([f for f in exported if f["status"] != "resolved"]) > 100
    assert opened > 300  # two languages × (overview, cities, coverage, ~150 finding pages)
    assert watched.problems == []
    assert watched.dialogs == []


def test_no_serious_accessibility_violations(demo_reports: dict[str, Path], scanned_province: ScannedProvince,
                                             browser: Browser) -> None:
    with scanned_province.store.session() as session:  # finding pages of each kind: item, page, city
        samples = list(session.scalars(select(func.min(Finding.id)).where(Finding.rule.in_(SAMPLED_RULES))
                                       .group_by(Finding.rule)))
    assert len(samples) == len(SAMPLED_RULES)
    checked: list[str] = []
    for lang, site in demo_reports.items():
        pages = [site / "index.html", site / "coverage.html"]
        pages += sorted(site.glob("city/*.html")) if lang == "zh" else [next(site.glob("city/*.html"))]
        pages += [site / "finding" / f"{finding_id}.html" for finding_id in samples] if lang == "zh" else []
        for path in pages:
            page = WatchedPage(browser).open(path)  # axe-core fetches the stylesheet itself: a page of its own
            assert serious_violations(page) == [], path
            checked.append(path.name)
    assert len(checked) == 2 + 9 + len(SAMPLED_RULES) + 3


def test_a_portal_down_on_the_one_night_scanned_is_a_coverage_gap_not_a_finding(
    demo_reports: dict[str, Path], scanned_province: ScannedProvince
) -> None:
    [down] = [city for city in scanned_province.truth["cities"] if not city["up"]]
    for site in demo_reports.values():
        coverage = (site / "coverage.html").read_text(encoding="utf-8")
        rows = [row for row in coverage.split("<tr>") if f">{html.escape(down['name'])}</a>" in row]
        assert any('class="status status-unreachable"' in row for row in rows)  # listed as not read
        exported = json.loads((site / "findings.json").read_text(encoding="utf-8"))
        assert {f["city"] for f in exported if f["rule"] == "immediate-share-low"}  # city-level rules ran
        assert [f for f in exported if f["rule"] == "portal-unreachable"] == []


def test_script_injection_in_a_simulated_item_name_stays_text(
    demo_reports: dict[str, Path], scanned_province: ScannedProvince, browser: Browser
) -> None:
    with scanned_province.store.session() as session:  # the crawler kept the payload as the item's name
        names = list(session.scalars(select(Observation.name).where(Observation.name.contains("<script>"))))
    assert names == [XSS_ITEM_NAME]
    watched = WatchedPage(browser)
    for site in demo_reports.values():
        showing = [path for path in site.rglob("*.html") if ESCAPED_PAYLOAD in path.read_text(encoding="utf-8")]
        assert site / "coverage.html" in showing  # an unmatched guide: listed with what could not be checked
        for path in showing:
            page = watched.open(path)
            page.wait_for_timeout(50)  # an onerror handler would have fired by now
            assert XSS_ITEM_NAME in page.inner_text("main"), path
            assert page.locator("img[src=x], main script").count() == 0, path
    assert watched.dialogs == []
    assert watched.problems == []


def test_screenshots_of_the_overview_and_a_city_at_desktop_and_phone_widths(
    demo_reports: dict[str, Path], browser: Browser
) -> None:
    site = demo_reports["zh"]
    first_city = WatchedPage(browser).open(site / "index.html").locator("table.league tbody th a").first
    city_page = (site / (first_city.get_attribute("href") or "")).resolve()
    assert city_page.is_file()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for name, path in (("overview", site / "index.html"), (f"city-{city_page.stem}", city_page)):
        for label, width in WIDTHS.items():
            watched = WatchedPage(browser, width=width, height=900)
            page = watched.open(path)
            assert page.evaluate("document.documentElement.scrollWidth") <= width, f"{name} scrolls sideways"
            target = SCREENSHOTS / f"{name}-{label}-{width}.png"
            page.screenshot(path=str(target), full_page=True)
            shot_width, shot_height = png_size(target)
            assert shot_width == width and shot_height > 900, target
            assert watched.problems == []


def test_finding_pages_say_whether_the_excerpt_is_quoted_or_derived(demo_reports: dict[str, Path]) -> None:
    """An inspector sees at once whether the excerpt is the page's own words (with where they
    stand) or the monitor's reckoning, and a portal-wide finding lists its pages."""
    site = demo_reports["en"]
    exported = {f"{f['rule']}|{f['city']}|{f['item_code']}": f
                for f in json.loads((site / "findings.json").read_text(encoding="utf-8"))}
    pages = {path: path.read_text(encoding="utf-8") for path in site.glob("finding/*.html")}
    quoted = [text for text in pages.values() if "Quoted from the stored page (characters " in text]
    derived = [text for text in pages.values() if "Derived by the monitor, not a quote from the page" in text]
    assert quoted and derived
    assert any(f["evidence"]["quoted"] is False and f["rule"] == "immediate-share-low" for f in exported.values())
    many = [f for f in exported.values() if len(f["evidence"]["pages"]) > 1]
    assert many and all(f["rule"] in ("login-wall", "legacy-browser-required", "app-only-entry",
                                      "cross-city-divergence") for f in many)  # the last: every city's page
    assert any("Pages affected (" in text for text in pages.values())
    marked = 0
    for text in quoted:  # each quote links to the page's text with the quoted words marked at an anchor
        link = re.search(r'href="\.\./(snapshots/[0-9a-f]{64}\.html)#(f\d+-0)"', text)
        assert link is not None
        snapshot = (site / link.group(1)).read_text(encoding="utf-8")
        mark = re.search(rf'<mark id="{link.group(2)}">(.*?)</mark>', snapshot, re.S)
        if mark is not None:  # an overlapping quote keeps only its anchor
            marked += 1
            shown = "".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split())  # the finding page's words
            assert "".join(html.unescape(mark.group(1)).split()) in shown
        assert "<script" not in snapshot
    assert marked >= 0.9 * len(quoted)
