"""What only a browser sees, in real headless Chromium: entries whose scripts go on to a
maintenance page, never render, draw a QR code or hide the form from anything but IE; the
identity service's login page; the search journeys as a citizen clicks them; and axe-core's
verdict on the pages truth["probe"] audits (and on every kind of base page)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from channel_equity.core.browser import system_chromium
from channel_equity.simulator import ServedProvince
from tests.reports.site_checks import launched_browser, serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.skipif(system_chromium() is None, reason="needs Chromium")]

IE11 = "Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko"
SCRIPT_WAIT_MS = 1000  # after the load event: longer than a broken bundle takes to fail
RENDERED = "() => !document.getElementById('app') || document.querySelector('#app .app-main > *')"
"""The JavaScript portal's shell has rendered what its API gave (other pages are ready once loaded)."""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launched_browser() as launched:
        yield launched


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    opened = browser.new_page()
    try:
        yield opened
    finally:
        opened.close()


def _entry_urls(served: ServedProvince, truth: dict[str, Any], kind: str) -> list[str]:
    return [
        served.base_url(city["id"]).rstrip("/") + item["online_entry_url"]
        for city in truth["cities"]
        for item in city["items"]
        if city["up"] and not item["login_wall"] and item["online_entry_kind"] == kind
    ]


def _settled(page: Page, url: str) -> str:
    """The page's text once its scripts had their time (for pages where nothing is to come)."""
    page.goto(url)
    page.wait_for_timeout(SCRIPT_WAIT_MS)
    return page.inner_text("body")


def test_loading_page_goes_on_to_maintenance(
    page: Page, served_demo: ServedProvince, demo_truth: dict[str, Any]
) -> None:
    for url in _entry_urls(served_demo, demo_truth, "script-maintenance"):
        page.goto(url)
        page.wait_for_url("**/maintenance/**", timeout=5000)
        assert "系统升级维护中" in page.inner_text("body")


def test_blank_shell_never_renders(
    page: Page, served_demo: ServedProvince, demo_truth: dict[str, Any]
) -> None:
    for url in _entry_urls(served_demo, demo_truth, "blank-shell"):
        text = _settled(page, url)
        assert text.strip() == "加载中…"
        assert page.locator("form, input, button, a[href]").count() == 0


def test_qr_only_entry_has_a_code_and_no_form(
    page: Page, served_demo: ServedProvince, demo_truth: dict[str, Any]
) -> None:
    for url in _entry_urls(served_demo, demo_truth, "qr-only"):
        page.goto(url)
        page.locator("img[alt$='办理二维码']").wait_for()
        assert "APP扫码办理" in page.inner_text("body")
        assert page.locator("form, input, textarea, select").count() == 0


def test_user_agent_check_blocks_chromium_not_ie(
    browser: Browser, served_demo: ServedProvince, demo_truth: dict[str, Any]
) -> None:
    urls = _entry_urls(served_demo, demo_truth, "ua-sniff")
    assert len(urls) == 2
    chromium, ie = browser.new_page(), browser.new_context(user_agent=IE11).new_page()
    try:
        for url in urls:
            chromium.goto(url)
            assert "请使用IE浏览器（兼容模式）访问本系统" in chromium.inner_text("body")
            assert chromium.locator("form").count() == 0
            ie.goto(url)
            assert (
                "提交申请" in ie.inner_text("body") and ie.locator("form input[name=applicant]").is_visible()
            )
    finally:
        chromium.close()
        ie.context.close()


def test_slider_captcha_is_drawn_by_its_script(
    page: Page, served_demo: ServedProvince, demo_truth: dict[str, Any]
) -> None:
    urls = [
        served_demo.base_url(city["id"]).rstrip("/") + item["online_entry_url"]
        for city in demo_truth["cities"]
        for item in city["items"]
        if item.get("captcha") == "slider"
    ]
    assert urls
    for url in urls:
        page.goto(url)
        assert page.locator("#sliderCaptcha canvas").count() == 1
        assert page.locator("img[alt='图形验证码'], audio").count() == 0


def test_unified_login_shows_the_identity_service(
    page: Page, served_demo: ServedProvince, demo_truth: dict[str, Any]
) -> None:
    for url in _entry_urls(served_demo, demo_truth, "unified-login-form"):
        page.goto(url)
        assert page.url.startswith(f"{served_demo.identity_origin}/cas/login?service=")
        assert page.locator("input[type=password]").is_visible()


def test_search_journeys_as_a_citizen_clicks_them(
    page: Page, served_demo: ServedProvince, demo_truth: dict[str, Any]
) -> None:
    for city in demo_truth["probe"]["cities"]:
        journey, base = city["journey"], served_demo.base_url(city["id"]).rstrip("/")
        page.goto(base + "/")
        box = page.locator("form[action='/search'] input[name=q]").first
        box.fill(journey["query"])
        box.press("Enter")
        page.wait_for_load_state()
        if not journey["reaches_guide"]:
            assert "共找到 0 条结果" in page.inner_text("body"), city["id"]
            continue
        loads = 2
        for path in journey["steps"][2:-1]:
            page.locator(f"a[href='{path}']").first.click()
            page.wait_for_load_state()
            loads += 1
        assert page.url == base + journey["guide_path"]
        page.locator(
            f"a[href='{journey['entry_path']}'], a[onclick*='{journey['entry_path']}']"
        ).first.wait_for()
        page.goto(base + journey["entry_path"])  # 在线办理 opens the form (often in a new window)
        loads += 1
        assert page.locator("form input[name=applicant]").count() == 1
        assert loads == journey["page_loads"], city["id"]


def _violations(page: Page, url: str) -> set[str]:
    page.goto(url)
    page.wait_for_function(RENDERED)
    return {rule for rule, _, _ in serious_violations(page)}


def test_audited_pages_have_exactly_their_injected_defects(
    page: Page, served_demo: ServedProvince, demo_truth: dict[str, Any]
) -> None:
    probe = demo_truth["probe"]
    expected: dict[tuple[str, str], set[str]] = {}
    for outcome in probe["violations"] + probe["traps"]:
        if outcome["rule"] == "accessibility":
            defects = expected.setdefault((outcome["city"], outcome["path"]), set())
            defects |= set() if outcome["kind"] == "axe-clean" else {outcome["kind"]}
    assert len(expected) == 16
    for (city_id, path), defects in sorted(expected.items()):
        assert _violations(page, served_demo.base_url(city_id).rstrip("/") + path) == defects, (city_id, path)


def test_every_kind_of_base_page_is_accessible(
    page: Page, served_demo: ServedProvince, demo_truth: dict[str, Any]
) -> None:
    """One city for each kind of page, rotating over the portal styles."""
    cities = demo_truth["probe"]["cities"]
    kinds = {
        item["online_entry_kind"]: (c, item)
        for c in demo_truth["cities"]
        if c["up"]
        for item in c["items"]
        if not item["login_wall"]
    }
    pages = [
        (cities[0], cities[0]["catalogue"]),
        (cities[1], cities[1]["journey"]["guide_path"]),
        (cities[2], cities[2]["faq"]),
        (cities[3], cities[3]["channels_page"]),
        (cities[4], cities[4]["journey"]["steps"][1]),
        (cities[5], "/news/1.html"),
        (cities[6], "/login"),
        (cities[7], cities[7]["journey"]["steps"][2]),
        (cities[7], cities[7]["catalogue"]),
    ]
    urls = [served_demo.base_url(city["id"]).rstrip("/") + path for city, path in pages]
    for kind in ("city-account-login", "qr-with-form", "qr-only", "redirect-counter"):
        city, item = kinds[kind]
        urls.append(served_demo.base_url(city["id"]).rstrip("/") + item["online_entry_url"])
    city, item = kinds["unified-login-form"]
    page.goto(served_demo.base_url(city["id"]).rstrip("/") + item["online_entry_url"])
    urls.append(page.url)  # the identity service's login page
    for url in urls:
        assert _violations(page, url) == set(), url
