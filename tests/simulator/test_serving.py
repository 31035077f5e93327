"""Every up portal serves its home page, catalog and guides over real HTTP on 127.0.0.1; the
catalog is reachable from the home page by link text; guides show what the truth says."""

from __future__ import annotations

import html
import re
import socket
from collections import deque
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest

from channel_equity.simulator import ServedProvince
from tests.simulator.fetching import fetch, page_links, visible_text

CATALOG_LINK_TEXTS = ("办事指南", "事项目录", "办事服务", "个人办事", "法人办事", "部门服务")
NOT_CATALOG = ("/news/", "/login", "/apply/", "/static/", "/search", "/bszn/calendar", "/admin")
ANCHOR = re.compile(r"<a\b[^>]*>(.*?)</a>", re.S | re.I)
NEXT_DAY = re.compile(r'<a href="([^"]+)">后一天')


def _html_cities(up_cities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [city for city in up_cities if city["style"] != "spa"]


def _reachable(base: str, city: dict[str, Any]) -> set[str]:
    """Breadth-first over href and onclick links from '/', not expanding guides."""
    guides = {item["guide_path"] for item in city["items"]}
    seen: set[str] = set()
    queue = deque(["/"])
    while queue and len(seen) < 500:
        path = queue.popleft()
        if path in seen:
            continue
        seen.add(path)
        if path in guides:
            continue
        page = fetch(base.rstrip("/") + path, follow=True)
        for link in page_links(page.body.decode(city["charset"])):
            parts = urlsplit(urljoin(base.rstrip("/") + path, link))
            if parts.netloc == urlsplit(base).netloc and not parts.path.startswith(NOT_CATALOG):
                queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return seen


def test_home_robots_and_admin_trap(served_demo: ServedProvince, up_cities: list[dict[str, Any]]) -> None:
    for city in up_cities:
        base = served_demo.base_url(city["id"])
        home = fetch(base)
        assert home.status == 200, city["id"]
        robots = fetch(base + "robots.txt").text()
        assert "Disallow: /admin/" in robots
        assert "/admin" in home.body.decode(city["charset"]), (
            f"{city['id']}: no link into the disallowed path"
        )


def test_catalog_found_from_home_by_link_text(
    served_demo: ServedProvince, up_cities: list[dict[str, Any]]
) -> None:
    for city in _html_cities(up_cities):
        page = fetch(served_demo.base_url(city["id"])).body.decode(city["charset"])
        texts = {visible_text(text).strip() for text in ANCHOR.findall(page)}
        assert texts & set(CATALOG_LINK_TEXTS), f"{city['id']}: {sorted(texts)}"


def test_every_guide_is_reachable_from_home(
    served_demo: ServedProvince, up_cities: list[dict[str, Any]]
) -> None:
    for city in _html_cities(up_cities):
        reached = _reachable(served_demo.base_url(city["id"]), city)
        missing = {item["guide_path"] for item in city["items"]} - reached
        assert not missing, f"{city['id']}: {len(missing)} guides not linked, e.g. {sorted(missing)[:3]}"


def test_guides_show_the_truth(served_demo: ServedProvince, up_cities: list[dict[str, Any]]) -> None:
    for city in _html_cities(up_cities):
        base = served_demo.base_url(city["id"]).rstrip("/")
        for item in city["items"]:
            page = fetch(base + item["guide_path"], follow=True)
            assert page.status == 200, (city["id"], item["guide_path"])
            text = visible_text(page.body.decode(city["charset"]))
            if item["login_wall"]:
                assert "请先登录后查看办事指南" in text and item["item_code"] not in text
                continue
            for label, value in item["raw_fields"].items():
                assert label in text and value in text, (city["id"], item["item_code"], label, value)
            for material in item["materials"]:
                assert material["name"] in text
            for location in item["locations"]:
                assert location["name"] in text
            for notice in item["notices"]:
                assert notice in text


def test_login_walls_are_pages_or_redirects(
    served_demo: ServedProvince, up_cities: list[dict[str, Any]]
) -> None:
    statuses = set()
    for city in up_cities:
        for item in city["items"]:
            if item["login_wall"]:
                response = fetch(served_demo.base_url(city["id"]).rstrip("/") + item["guide_path"])
                statuses.add(response.status)
                if response.status == 302:
                    assert response.headers["location"].startswith("/login?redirect=")
    assert statuses == {200, 302}


def test_script_injection_is_served_escaped(
    served_demo: ServedProvince, up_cities: list[dict[str, Any]]
) -> None:
    city, item = next((c, i) for c in up_cities for i in c["items"] if "<script>" in i["name"])
    page = fetch(served_demo.base_url(city["id"]).rstrip("/") + item["guide_path"]).text()
    assert "&lt;script&gt;alert(" in page and "<script>alert(" not in page and "<img src=x" not in page
    assert item["name"] in visible_text(page)


def test_crawler_trap_never_ends(served_demo: ServedProvince, up_cities: list[dict[str, Any]]) -> None:
    """The 办事日历 always links one more day ahead: only a crawler's own limits stop it."""
    city = next(c for c in up_cities if c["crawler_traps"])
    base = served_demo.base_url(city["id"]).rstrip("/")
    path = city["crawler_traps"][0]["path"] + "?date=2025-11-01"
    for _ in range(40):
        page = fetch(base + path).text()
        path = html.unescape(NEXT_DAY.search(page).group(1))  # type: ignore[union-attr]
    assert path == "/bszn/calendar?date=2025-12-11"


def test_down_portal_refuses_connections(served_demo: ServedProvince, demo_truth: dict[str, Any]) -> None:
    down = [city for city in demo_truth["cities"] if not city["up"]]
    assert len(down) == 1
    parts = urlsplit(served_demo.base_url(down[0]["id"]))
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection((parts.hostname, parts.port), timeout=2)


def test_config_points_at_the_served_ports(served_demo: ServedProvince) -> None:
    config = served_demo.config()
    assert [c["portal"] for c in config["cities"]] == [
        served_demo.base_url(c.id) for c in served_demo.province.cities
    ]
    assert next(c for c in config["cities"] if c["id"] == "qinghe")["extraction"] == {"render": "js"}
