"""The cross-city province: nine portals listing the same local items on the same terms, with
planted divergences on all five compared dimensions and look-alikes that must not fire, each
where the plan puts it and shown on the served guide.

The truth's cross-city outcomes are re-derived here from the truth JSON alone (as
``oracle.py`` does for the structural rules), so the list is checked against its own items
rather than against the code that wrote both.
"""

from __future__ import annotations

import json
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import Any

import pytest

from channel_equity.simulator import (
    ServedProvince,
    build_cross_city_province,
    province_truth,
    serve_province,
)
from channel_equity.simulator.city_rules import NON_JS_STYLES, city_rules_seeds
from channel_equity.simulator.cross_city import CASES
from channel_equity.simulator.model import GuideItem, Province
from channel_equity.simulator.scenarios import SimulationError
from channel_equity.simulator.verdicts import check_province
from tests.simulator.fetching import fetch, visible_text

RULE = "cross-city-divergence"
EXCESS = {"visits": 0, "promised_days": 5, "materials": 2}
WORSE_ANSWER = {"online_available": False, "fee": True}
DIMENSIONS = (*EXCESS, *WORSE_ANSWER)
MIN_CITIES = 3
TRAP_KINDS = {
    "days-at-threshold",
    "materials-at-threshold",
    "offered-in-two-cities",
    "two-guides-in-city",
    "standard-item-within-standard",
    "stated-in-two-cities",
    "fee-split-evenly",
    "online-split-evenly",
}
Guide = dict[str, Any]


@pytest.fixture(scope="module")
def province() -> Province:
    return build_cross_city_province()


@pytest.fixture(scope="module")
def truth(province: Province) -> dict[str, Any]:
    return province_truth(province)


@pytest.fixture(scope="module")
def served(province: Province) -> Iterator[ServedProvince]:
    with serve_province(province) as serving:
        yield serving


def _entries(truth: dict[str, Any], side: str) -> list[dict[str, Any]]:
    return [entry for entry in truth[side] if entry["rule"] == RULE]


def stated(guide: Guide, dimension: str) -> int | bool | None:
    """The value a guide states on a dimension; a guide without a materials table states none."""
    if dimension == "materials":
        return sum(not m["exempt"] for m in guide["materials"]) if guide["materials"] else None
    value: int | bool | None = guide[dimension]
    return value


def is_worse(value: int | bool, values: list[int | bool], dimension: str) -> bool:
    """Whether ``value`` is worse than ``values`` (which include it) by the rule's definition."""
    if dimension in EXCESS:
        return value - statistics.median(values) > EXCESS[dimension]
    worse = WORSE_ANSWER[dimension]
    return value == worse and sum(v != worse for v in values) * 2 > len(values)


def offers(truth: dict[str, Any], standard: bool = False) -> dict[str, dict[str, list[Guide]]]:
    """basic code -> city -> its readable guides of the item (local items, or standard ones)."""
    found: dict[str, dict[str, list[Guide]]] = defaultdict(lambda: defaultdict(list))
    for city in truth["cities"]:
        for guide in city["items"] if city["up"] else []:
            if not guide["login_wall"] and (guide["standard_code"] is not None) == standard:
                found[guide["item_code"][19:31]][city["id"]].append(guide)
    return found


def oracle(truth: dict[str, Any]) -> set[tuple[str, str, str]]:
    """(city, item code, dimension) of every divergence, read from the truth's items."""
    found = set()
    for cities in offers(truth).values():
        single = {city: guides[0] for city, guides in cities.items() if len(guides) == 1}
        for dimension in DIMENSIONS:
            values = {city: v for city, g in single.items() if (v := stated(g, dimension)) is not None}
            if len(values) >= MIN_CITIES:
                found |= {
                    (city, single[city]["item_code"], dimension)
                    for city, value in values.items()
                    if is_worse(value, list(values.values()), dimension)
                }
    return found


def _guide(truth: dict[str, Any], entry: dict[str, Any]) -> Guide:
    city = next(c for c in truth["cities"] if c["id"] == entry["city"])
    return next(g for g in city["items"] if g["item_code"] == entry["item_code"])


def test_two_builds_are_identical(truth: dict[str, Any]) -> None:
    again = province_truth(build_cross_city_province())
    assert json.dumps(again, ensure_ascii=False) == json.dumps(truth, ensure_ascii=False)


def test_nine_small_portals_in_several_styles(truth: dict[str, Any], demo_truth: dict[str, Any]) -> None:
    cities = truth["cities"]
    assert len(cities) == 9 and all(city["up"] for city in cities)
    assert len({city["style"] for city in cities}) >= 5 and {city["style"] for city in cities} <= set(
        NON_JS_STYLES
    )
    ids = {city["id"] for city in cities}
    assert not ids & {city["id"] for city in demo_truth["cities"]} and not ids & {
        s.id for s in city_rules_seeds()
    }
    for city in cities:
        assert 12 <= len(city["items"]) <= 20, city["id"]
        assert sum(g["standard_code"] is not None for g in city["items"]) == 4, city["id"]


def test_planted_counts(truth: dict[str, Any]) -> None:
    violations, traps = _entries(truth, "violations"), _entries(truth, "traps")
    assert len(violations) == sum(case.outcome == "violation" for case in CASES) >= 20
    assert len(traps) == sum(case.outcome == "trap" for case in CASES) >= 10
    by_dimension = Counter(v["dimension"] for v in violations)
    assert set(by_dimension) == set(DIMENSIONS) and min(by_dimension.values()) >= 4
    assert not [v for v in violations if v["kind"].startswith("incidental-")], "a base value diverges"
    assert {t["kind"] for t in traps} == TRAP_KINDS
    styles = {city["id"]: city["style"] for city in truth["cities"]}
    assert len({styles[v["city"]] for v in violations}) >= 5 and len({styles[t["city"]] for t in traps}) >= 5


def test_truth_entries_are_well_formed(truth: dict[str, Any]) -> None:
    assert truth["cross_city"] == {
        "min_cities": 3,
        "visits_excess": 0,
        "days_excess": 5,
        "materials_excess": 2,
        "majority_share": 0.5,
    }
    codes = {(city["id"], g["item_code"]) for city in truth["cities"] for g in city["items"]}
    for entry in _entries(truth, "violations") + _entries(truth, "traps"):
        assert set(entry) == {"rule", "city", "item_code", "dimension", "kind"}, entry
        assert (entry["city"], entry["item_code"]) in codes and entry["dimension"] in DIMENSIONS, entry
        assert entry["kind"] in _guide(truth, entry)["scenarios"], entry


def test_violations_follow_from_the_items(truth: dict[str, Any]) -> None:
    listed = {(v["city"], v["item_code"], v["dimension"]) for v in _entries(truth, "violations")}
    assert listed == oracle(truth)
    assert not listed & {(t["city"], t["item_code"], t["dimension"]) for t in _entries(truth, "traps")}


def _trap_sits_where_described(truth: dict[str, Any], trap: dict[str, Any]) -> None:
    guide, dimension, kind = _guide(truth, trap), trap["dimension"], trap["kind"]
    value = stated(guide, dimension)
    cities = offers(truth, standard=kind == "standard-item-within-standard")[guide["item_code"][19:31]]
    others = [
        v
        for city, guides in cities.items()
        if city != trap["city"]
        for g in guides[:1]
        if (v := stated(g, dimension)) is not None
    ]
    assert value is not None, trap
    if kind in ("days-at-threshold", "materials-at-threshold"):
        assert value == statistics.median([*others, value]) + EXCESS[dimension] and len(others) >= MIN_CITIES
    elif kind == "offered-in-two-cities":
        assert len(cities) == 2 and is_worse(value, [*others, value], dimension)
    elif kind == "two-guides-in-city":
        assert len(cities[trap["city"]]) == 2 and is_worse(value, [*others, value], dimension)
    elif kind == "standard-item-within-standard":
        standard = next(s for s in truth["policy"]["standard_items"] if s["code"] == guide["standard_code"])
        limit = {"visits": "max_visits", "promised_days": "max_promised_days", "materials": "max_materials"}
        assert dimension not in limit or value <= standard[limit[dimension]]
        assert is_worse(value, [*others, value], dimension) and len(others) >= MIN_CITIES
    elif kind == "stated-in-two-cities":
        assert len(cities) >= MIN_CITIES and len(others) == 1 and is_worse(value, [*others, value], dimension)
    else:  # split evenly on fee or online handling
        assert value == WORSE_ANSWER[dimension] and [*others, value].count(value) * 2 == len(others) + 1


def test_traps_sit_where_described(truth: dict[str, Any]) -> None:
    for trap in _entries(truth, "traps"):
        _trap_sits_where_described(truth, trap)


def _planted(province: Province, kind: str) -> tuple[GuideItem, str]:
    for city in province.cities:
        for item in city.items:
            for declared in [*item.violations, *item.traps]:
                if declared.kind == kind and declared.dimension is not None:
                    return item, declared.dimension
    raise AssertionError(kind)


def test_a_plan_the_values_do_not_hold_is_refused() -> None:
    province = build_cross_city_province()
    at_threshold, _ = _planted(province, "days-at-threshold")
    at_threshold.promised_days += 1
    with pytest.raises(SimulationError, match="trap days-at-threshold fires"):
        check_province(province)
    at_threshold.promised_days -= 1
    charging, _ = _planted(province, "fee-where-most-free")
    charging.fee = False
    with pytest.raises(SimulationError, match="planted fee-where-most-free is no divergence"):
        check_province(province)


def test_planted_values_are_on_the_served_guides(served: ServedProvince, truth: dict[str, Any]) -> None:
    kinds = {case.kind for case in CASES}
    for city in truth["cities"]:
        base = served.base_url(city["id"]).rstrip("/")
        for guide in city["items"]:
            if not kinds & set(guide["scenarios"]):
                continue
            page = fetch(base + guide["guide_path"], follow=True)
            assert page.status == 200, (city["id"], guide["guide_path"])
            text = visible_text(page.body.decode(city["charset"]))
            shown = [*guide["raw_fields"].values(), *(m["name"] for m in guide["materials"])]
            assert all(value in text for value in shown), (city["id"], guide["name"])
