"""The JavaScript portal, rendered in a real Chromium, shows the labels and values of the truth."""

from __future__ import annotations

import shutil
from typing import Any

import pytest

from channel_equity.simulator import ServedProvince

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium")]


def test_rendered_spa_guide_equals_truth(
    served_demo: ServedProvince, up_cities: list[dict[str, Any]]
) -> None:
    playwright = pytest.importorskip("playwright.sync_api")
    city = next(c for c in up_cities if c["style"] == "spa")
    base = served_demo.base_url(city["id"]).rstrip("/")
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page()
            page.goto(base + "/")
            page.wait_for_selector("a.btn")
            assert page.get_attribute("a.btn", "href") == "/app/list.html?page=1"
            page.goto(base + "/app/list.html?page=1")
            page.wait_for_selector(".task-list a")
            first = page.get_attribute(".task-list a", "href")
            assert first == city["items"][0]["guide_path"]
            for item in city["items"][:3]:
                page.goto(base + item["guide_path"])
                page.wait_for_selector(".field-table")
                rows = {
                    row.query_selector("th").inner_text(): row.query_selector("td").inner_text()
                    for row in page.query_selector_all(".field-table tr")
                }
                assert rows == item["raw_fields"]
        finally:
            browser.close()
