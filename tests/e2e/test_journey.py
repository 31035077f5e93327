"""The citizen's journey, walked in a real Chromium over the small portals of ``journey_portal``:
home → site search → the result naming the item → (choice pages) → the guide → its apply button →
the online entry, with the page loads counted, and what stops a citizen said."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.async_api import Browser, Playwright, async_playwright

from channel_equity.core.browser import chromium_launch_options
from channel_equity.crawler.probes.browser import VIEWPORT
from channel_equity.crawler.probes.journey import Journey, walk
from channel_equity.crawler.probes.journey_reading import page_key
from tests.e2e.hostile_portal import serving
from tests.e2e.journey_portal import JourneyPortal
from tests.unit.notify_servers import refused_port

pytestmark = pytest.mark.browser

SETUP = "个体工商户设立登记"
PENSION = "城乡居民养老保险参保登记"


class Walker:
    """One Chromium for the module, driven from one event loop; each journey in a fresh context."""

    def __init__(self, portal: str) -> None:
        self.portal = portal
        self.loop = asyncio.new_event_loop()
        self.playwright: Playwright = self.loop.run_until_complete(async_playwright().start())
        self.browser: Browser = self.loop.run_until_complete(
            self.playwright.chromium.launch(**chromium_launch_options()))

    def walk(self, prefix: str, item_name: str, **options: Any) -> Journey:
        async def one() -> Journey:
            context = await self.browser.new_context(viewport=VIEWPORT, locale="zh-CN")  # type: ignore[arg-type]
            try:
                page = await context.new_page()
                return await walk(page, f"{self.portal}{prefix}/", item_name, timeout_ms=10000, **options)
            finally:
                await context.close()

        return self.loop.run_until_complete(asyncio.wait_for(one(), 60))

    def close(self) -> None:
        self.loop.run_until_complete(self.browser.close())
        self.loop.run_until_complete(self.playwright.stop())
        self.loop.close()


@pytest.fixture(scope="module")
def walker() -> Iterator[Walker]:
    JourneyPortal.dead_entry = f"http://127.0.0.1:{refused_port()}/apply"
    with serving(JourneyPortal) as portal:
        started = Walker(portal)
        try:
            yield started
        finally:
            started.close()


def paths(journey: Journey, action: str = "load") -> list[str]:
    return [step.url.split("/", 3)[3] for step in journey.steps if step.action == action]


def test_a_working_portal_costs_four_page_loads(walker: Walker) -> None:
    journey = walker.walk("works", SETUP, guide_url=f"{walker.portal}works/guide/GT01")
    assert journey.failure is None and journey.reached_guide and journey.reached_entry
    assert (journey.page_loads, journey.clicks, journey.fields_filled) == (4, 2, 1)
    assert [step.action for step in journey.steps] == ["load", "fill", "submit", "load", "click", "load", "click", "load"]
    loads = paths(journey)
    assert loads[0] == "works/" and loads[1].startswith("works/search?q=")
    assert loads[2:] == [loads[2], "works/apply/GT01"] and loads[2].startswith("works/guide/GT01?t="), (
        "the guide as reached, with the cache-buster its result link carries")
    assert journey.guide_url == f"{walker.portal}{loads[2]}" and journey.entry_url == f"{walker.portal}works/apply/GT01"
    assert journey.captchas == [] and not journey.login_wall
    stored = json.loads(json.dumps(journey.to_json(), ensure_ascii=False))
    assert stored["page_loads"] == 4 and stored["steps"][4] == {"action": "click", "url": journey.steps[4].url,
                                                                "detail": SETUP}


def test_three_choice_pages_before_the_guide_cost_three_loads_more(walker: Walker) -> None:
    journey = walker.walk("deep", SETUP)
    assert journey.failure is None and journey.reached_entry
    assert journey.page_loads == 7 and journey.clicks == 5
    assert [path.split("?")[0] for path in paths(journey)] == [
        "deep/", "deep/search", "deep/area", "deep/town", "deep/dept", "deep/guide/GT01", "deep/apply/GT01"]
    assert [step.detail for step in journey.steps if step.action == "click"][1:4] == ["东湖区", "城关街道", "区市场监督管理局"], (
        "the first option of each choice, never the breadcrumb back to the search")


def test_a_journey_longer_than_the_limit_is_given_up(walker: Walker) -> None:
    journey = walker.walk("deep", SETUP, max_page_loads=5)
    assert journey.failure == "gave up after 5 page loads"
    assert journey.page_loads == 5 and not journey.reached_guide and not journey.reached_entry


def test_a_search_that_finds_nothing_says_so(walker: Walker) -> None:
    journey = walker.walk("nothing", SETUP)
    assert journey.failure == "the search listed nothing that names the item"
    assert not journey.reached_guide and journey.guide_url is None and journey.page_loads == 2


def test_a_search_drawn_by_script_and_answered_in_place(walker: Walker) -> None:
    journey = walker.walk("script", SETUP)
    assert journey.failure is None and journey.reached_entry
    assert [step.action for step in journey.steps] == ["load", "fill", "submit", "click", "load", "click", "load"], (
        "results drawn into the home page cost no load")
    assert paths(journey) == ["script/", "script/guide/GT01", "script/apply/GT01"], (
        "the entry opened in a new tab is followed there")
    assert journey.page_loads == 3


def test_a_guide_shown_only_after_login_is_a_login_wall(walker: Walker) -> None:
    journey = walker.walk("login", PENSION, guide_url=f"{walker.portal}login/guide/YL01")
    assert journey.login_wall and not journey.reached_guide and not journey.reached_entry
    assert journey.failure == "a login page was shown where the guide was expected"
    assert paths(journey)[-1].startswith("login/signin?next=")


def test_a_home_page_without_a_search_box(walker: Walker) -> None:
    journey = walker.walk("bare", SETUP)
    assert journey.failure == "no site search box on the home page", (
        "neither the login box's 请输入用户名 nor a feedback form's one field is a search box")
    assert journey.page_loads == 1 and journey.fields_filled == 0


def test_an_image_captcha_on_the_entry_is_noted(walker: Walker) -> None:
    journey = walker.walk("captcha", PENSION)
    assert journey.reached_entry and journey.failure is None
    assert journey.captchas == ["image"]


def test_the_result_naming_the_item_is_followed_not_a_similar_one(walker: Walker) -> None:
    journey = walker.walk("similar", SETUP)
    assert journey.failure is None and journey.reached_entry
    assert paths(journey) [1:] == ["similar/search?q=" + paths(journey)[1].split("=", 1)[1],
                                   "similar/guide/GT01", "similar/apply/GT01"], (
        "个体工商户注销登记, listed first, is passed over; the results page's heading names the item and "
        "its rows carry 在线办理, yet it is no guide")


def test_an_entry_that_does_not_load_is_not_reached(walker: Walker) -> None:
    missing = walker.walk("broken", SETUP)
    assert missing.reached_guide and not missing.reached_entry and missing.page_loads == 4
    assert missing.failure == f"the page did not load: HTTP 404 at {walker.portal}broken/apply/gone"
    assert missing.entry_url == f"{walker.portal}broken/apply/gone"
    dead = walker.walk("broken", PENSION)
    assert not dead.reached_entry and dead.entry_url == JourneyPortal.dead_entry, "the address meant, not Chromium's error page"
    assert dead.failure == f"the page did not load: the browser could not open {JourneyPortal.dead_entry}"


def test_one_page_whatever_the_host_fragment_and_cache_buster() -> None:
    assert page_key("http://127.0.0.1:8000/g/1?id=2&t=99#top") == page_key("https://portal.example/g/1?_=5&id=2")
    assert page_key("http://a/g/1?id=2") != page_key("http://a/g/1?id=3")
    assert page_key("http://a/app/#/guide?id=1") != page_key("http://a/app/#/list"), "a script portal's routes differ"
