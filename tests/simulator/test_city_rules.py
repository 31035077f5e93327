"""The city-rules province: down portals of both kinds, reachable portals with odd front doors,
and 即办件 shares on both sides of the minimum — and, with the demo and the cross-city province,
ten true cases and ten traps on at least three portal styles for every rule of the catalogue."""

from __future__ import annotations

import socket
from collections import Counter
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest

from channel_equity.checks.registry import ALL_RULES
from channel_equity.simulator import (
    CATALOGUE_RULES,
    ServedProvince,
    build_city_rules_province,
    build_cross_city_province,
    province_truth,
    rule_counts,
    serve_province,
)
from channel_equity.simulator.city_rules import NON_JS_STYLES
from channel_equity.simulator.model import Province
from channel_equity.simulator.probe_truth import PROBE_RULES
from tests.simulator.fetching import fetch, visible_text
from tests.simulator.oracle import STRUCTURAL_RULES, structural_findings

MIN_CASES = 10
CATALOGUE = tuple(rule.id for rule in ALL_RULES if not getattr(rule, "judges_probes", False))
"""design.md's catalogue as far as the checks implement it from the crawl, consistency rules one id
each: every one needs its cases."""
PROBE_CATALOGUE = tuple(rule.id for rule in ALL_RULES if getattr(rule, "judges_probes", False))
"""The rules that judge what the browser probes saw: each has its cases in truth["probe"], in the
few pages a probe visits (a slow page or an inaccessible one is one page, a journey one city)."""
MINIMUM = 0.30


@pytest.fixture(scope="module")
def city_rules_province() -> Province:
    return build_city_rules_province()


@pytest.fixture(scope="module")
def city_rules_truth(city_rules_province: Province) -> dict[str, Any]:
    return province_truth(city_rules_province)


@pytest.fixture(scope="module")
def served_city_rules(city_rules_province: Province) -> Iterator[ServedProvince]:
    with serve_province(city_rules_province) as served:
        yield served


def _styles(truths: list[dict[str, Any]], entries: list[dict[str, Any]]) -> set[str]:
    style = {city["id"]: city["style"] for truth in truths for city in truth["cities"]}
    return {style[entry["city"]] for entry in entries}


def _cities(truth: dict[str, Any], **wanted: Any) -> list[dict[str, Any]]:
    return [city for city in truth["cities"] if all(city[key] == value for key, value in wanted.items())]


def test_every_catalogue_rule_has_ten_cases_and_ten_traps_on_three_styles(
    demo_truth: dict[str, Any], city_rules_truth: dict[str, Any]
) -> None:
    assert set(CATALOGUE) == set(CATALOGUE_RULES) and set(PROBE_CATALOGUE) <= set(PROBE_RULES)
    cross_city_truth = province_truth(build_cross_city_province())
    truths = [demo_truth, city_rules_truth, cross_city_truth]
    city_ids = [c["id"] for truth in truths for c in truth["cities"]]
    assert len(city_ids) == len(set(city_ids))
    counts = rule_counts(*truths)
    for rule in CATALOGUE:
        violations, traps = counts[rule]
        assert violations >= MIN_CASES and traps >= MIN_CASES, f"{rule}: {violations} cases, {traps} traps"
        for side in ("violations", "traps"):
            entries = [e for truth in truths for e in truth[side] if e["rule"] == rule]
            assert len(_styles(truths, entries)) >= 3, (rule, side, _styles(truths, entries))
    dimensions = Counter(
        (side, e["dimension"])
        for truth in truths
        for side in ("violations", "traps")
        for e in truth[side]
        if e["rule"] == "exceeds-standard"
    )
    for dimension in ("visits", "promised_days", "materials"):
        assert dimensions[("violations", dimension)] > 0 and dimensions[("traps", dimension)] > 0, dimension
    for rule in PROBE_CATALOGUE:
        assert min(counts[rule]) >= 1, f"{rule}: {counts[rule]}"


def test_city_rules_province_shape(city_rules_truth: dict[str, Any]) -> None:
    cities = city_rules_truth["cities"]
    assert len(cities) >= 20 and {city["style"] for city in cities} <= set(NON_JS_STYLES)
    down, up = _cities(city_rules_truth, up=False), _cities(city_rules_truth, up=True)
    assert len(down) >= 10 and len(up) >= 10
    outages = Counter(city["outage"] for city in down)
    assert set(outages) == {"connection-refused", "http-503"} and min(outages.values()) >= 3
    doors = Counter(city["front_door"] for city in up)
    assert set(doors) == {"plain", "transient-503", "robots-404", "home-redirect"}
    for city in up:
        assert 10 <= len(city["items"]) <= 15, city["id"]
    for city in down:
        assert city["items"] == [] and city["immediate_share"] is None


def test_shares_sit_where_the_plan_puts_them(city_rules_truth: dict[str, Any]) -> None:
    kinds = {
        entry["city"]: entry["kind"]
        for entry in city_rules_truth["violations"] + city_rules_truth["traps"]
        if entry["rule"] == "immediate-share-low"
    }
    low = [city for city in kinds if kinds[city] in ("share-below-minimum", "share-just-below-minimum")]
    boundary = [city for city in kinds if kinds[city] in ("share-at-minimum", "share-just-above-minimum")]
    assert len(low) >= 10 and len(boundary) >= 10
    for city in _cities(city_rules_truth, up=True):
        items = city["items"]
        immediate = sum(item["case_type"] == "immediate" for item in items)
        share = immediate / len(items)
        kind = kinds[city["id"]]
        if kind == "share-at-minimum":
            assert share == MINIMUM, city["id"]
        elif kind == "share-just-above-minimum":
            assert share > MINIMUM and (immediate - 1) / len(items) < MINIMUM, city["id"]
        elif kind == "share-just-below-minimum":
            assert share < MINIMUM and (immediate + 1) / len(items) >= MINIMUM, city["id"]
        else:
            assert share < MINIMUM, city["id"]
        assert city["immediate_share"] == round(share, 4)


def test_city_rules_violations_follow_from_the_items(city_rules_truth: dict[str, Any]) -> None:
    listed = {
        (v["rule"], v["city"], v["item_code"], v["dimension"])
        for v in city_rules_truth["violations"]
        if v["rule"] in STRUCTURAL_RULES
    }
    assert listed == structural_findings(city_rules_truth)
    fired = {(v["rule"], v["city"], v["item_code"], v.get("path")) for v in city_rules_truth["violations"]}
    for trap in city_rules_truth["traps"]:
        assert (trap["rule"], trap["city"], trap["item_code"], trap.get("path")) not in fired, trap


def test_down_portals_refuse_or_answer_503(
    served_city_rules: ServedProvince, city_rules_truth: dict[str, Any]
) -> None:
    for city in _cities(city_rules_truth, up=False):
        base = served_city_rules.base_url(city["id"])
        if city["outage"] == "connection-refused":
            parts = urlsplit(base)
            with pytest.raises(ConnectionRefusedError):
                socket.create_connection((parts.hostname, parts.port), timeout=2)
            continue
        for path in ("", "", "", "robots.txt", "index.html"):
            answer = fetch(base + path)
            assert answer.status == 503 and b"503 Service Temporarily Unavailable" in answer.body


def test_reachable_portals_serve_their_guides(
    served_city_rules: ServedProvince, city_rules_truth: dict[str, Any]
) -> None:
    for city in _cities(city_rules_truth, up=True):
        base = served_city_rules.base_url(city["id"]).rstrip("/")
        for item in city["items"]:
            page = fetch(base + item["guide_path"], follow=True)
            assert page.status == 200, (city["id"], item["guide_path"])
            assert item["raw_fields"] and all(
                value in visible_text(page.body.decode(city["charset"]))
                for value in item["raw_fields"].values()
            )


def test_front_doors_look_odd_but_are_reachable(city_rules_province: Province) -> None:
    with serve_province(city_rules_province) as served:  # fresh front doors: no request seen yet
        for city in city_rules_province.cities:
            if not city.up:
                continue
            base = served.base_url(city.id)
            if city.front_door == "transient-503":
                assert fetch(base).status == 503
                assert fetch(base).status == 200 and fetch(base).status == 200
            elif city.front_door == "robots-404":
                assert fetch(base + "robots.txt").status == 404 and fetch(base).status == 200
            elif city.front_door == "home-redirect":
                first = fetch(base)
                assert first.status == 302 and first.headers["location"] == "/index.html"
                home = fetch(base, follow=True)
                assert home.status == 200 and city.site_title in home.body.decode(city.charset)
            else:
                assert fetch(base).status == 200
                assert "Disallow: /admin/" in fetch(base + "robots.txt").text()
