"""The ground truth says enough, consistently: every rule has true cases and traps on several
portal styles, traps never fire, and the structural violations follow from the items."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from channel_equity.core.observation import GuideObservation
from channel_equity.simulator import rule_counts, write_truth
from channel_equity.simulator.model import Province
from channel_equity.simulator.verdicts import CONSISTENCY_RULES, ITEM_RULES, PAGE_RULES
from tests.simulator.oracle import STRUCTURAL_RULES, structural_findings

MIN_CASES = 10


def _styles(truth: dict[str, Any], entries: list[dict[str, Any]]) -> set[str]:
    style = {city["id"]: city["style"] for city in truth["cities"]}
    return {style[entry["city"]] for entry in entries}


def test_every_rule_has_enough_violations_and_traps(demo_truth: dict[str, Any]) -> None:
    counts = rule_counts(demo_truth)
    for rule in (*ITEM_RULES, *PAGE_RULES):
        violations, traps = counts[rule]
        assert violations >= MIN_CASES and traps >= MIN_CASES, (
            f"{rule}: {violations} violations, {traps} traps"
        )
    # one verdict per city: bounded by the eight up cities (the city-rules province adds more)
    assert counts["immediate-share-low"] == (3, 5)
    assert counts["portal-unreachable"] == (1, 8)  # the down city, as found by scans on several nights


def test_cases_spread_over_portal_styles(demo_truth: dict[str, Any]) -> None:
    for rule in (*ITEM_RULES, *PAGE_RULES):
        violations = [v for v in demo_truth["violations"] if v["rule"] == rule]
        traps = [t for t in demo_truth["traps"] if t["rule"] == rule]
        assert len(_styles(demo_truth, violations)) >= 3, rule
        assert len(_styles(demo_truth, traps)) >= 3, rule


def test_dimensions_each_have_cases(demo_truth: dict[str, Any]) -> None:
    dimensions = Counter((v["rule"], v["dimension"]) for v in demo_truth["violations"])
    for dimension in ("visits", "promised_days", "materials"):
        assert dimensions[("exceeds-standard", dimension)] >= MIN_CASES, dimension
    dimensioned = {
        entry["rule"] for entry in demo_truth["violations"] + demo_truth["traps"] if entry["dimension"]
    }
    assert dimensioned == {"exceeds-standard", "cross-city-divergence"}


def test_consistency_rules_are_separate_rule_ids(demo_truth: dict[str, Any]) -> None:
    assert CONSISTENCY_RULES == (
        "depth-visits-contradiction",
        "immediate-case-type-mismatch",
        "visit-reason-missing",
    )
    rules = {entry["rule"] for entry in demo_truth["violations"] + demo_truth["traps"]}
    assert set(CONSISTENCY_RULES) <= rules and "guide-inconsistent" not in rules


def test_traps_never_fire(demo_truth: dict[str, Any]) -> None:
    fired = {(v["rule"], v["city"], v["item_code"], v.get("path")) for v in demo_truth["violations"]}
    fired_dimensions = {
        (v["rule"], v["city"], v["item_code"], v["dimension"]) for v in demo_truth["violations"]
    }
    for trap in demo_truth["traps"]:
        if trap["dimension"]:
            assert (
                trap["rule"],
                trap["city"],
                trap["item_code"],
                trap["dimension"],
            ) not in fired_dimensions, trap
        else:
            assert (trap["rule"], trap["city"], trap["item_code"], trap.get("path")) not in fired, trap


def test_structural_violations_follow_from_the_items(demo_truth: dict[str, Any]) -> None:
    listed = {
        (v["rule"], v["city"], v["item_code"], v["dimension"])
        for v in demo_truth["violations"]
        if v["rule"] in STRUCTURAL_RULES
    }
    assert listed == structural_findings(demo_truth)


def test_items_are_guide_observations(demo_truth: dict[str, Any]) -> None:
    fields = set(GuideObservation.model_fields)
    for city in demo_truth["cities"]:
        for item in city["items"]:
            GuideObservation.model_validate({k: v for k, v in item.items() if k in fields})
            assert fields <= set(item), f"truth item lacks {fields - set(item)}"
            assert item["url"].startswith("/") and item["guide_path"] == item["url"]
            assert item["online_entry_url"] is None or item["online_entry_url"].startswith("/apply/")


def test_codes_are_realistic(demo_truth: dict[str, Any]) -> None:
    lengths = Counter(len(item["item_code"]) for city in demo_truth["cities"] for item in city["items"])
    assert set(lengths) == {31, 33} and lengths[31] > 200 and lengths[33] > 40
    standard_codes = {s["code"] for s in demo_truth["policy"]["standard_items"]}
    assert all(len(code) == 12 for code in standard_codes)
    for city in demo_truth["cities"]:
        for item in city["items"]:
            if item["standard_code"]:
                assert item["item_code"][19:31] == item["standard_code"]


def test_login_walled_guides_carry_only_the_login_wall(demo_truth: dict[str, Any]) -> None:
    walled = {
        (city["id"], item["item_code"])
        for city in demo_truth["cities"]
        for item in city["items"]
        if item["login_wall"]
    }
    assert len(walled) >= MIN_CASES
    for violation in demo_truth["violations"]:
        assert (violation["city"], violation["item_code"]) not in walled, violation


def test_every_city_varies_labels(demo_province: Province) -> None:
    labels = defaultdict(set)
    for city in demo_province.cities:
        for field, label in city.labels.items():
            labels[field].add(label)
    for field in ("channels", "visits", "promised_days", "statutory_days", "department", "online_depth"):
        assert len(labels[field]) >= 3, field


def test_write_truth_round_trips(demo_province: Province, demo_truth: dict[str, Any], tmp_path: Path) -> None:
    path = write_truth(demo_province, tmp_path / "truth.json")
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(json.dumps(demo_truth))
    assert "镜海市" in path.read_text(encoding="utf-8")  # UTF-8, not \u escapes


def test_script_injection_name_is_literal(demo_truth: dict[str, Any]) -> None:
    names = [item["name"] for city in demo_truth["cities"] for item in city["items"]]
    assert any("<script>alert('xss')</script>" in name and "onerror=" in name for name in names)
