"""truth["probe"] says what the headless-browser probes must conclude, consistently with the
portal's values: every probe rule has violations and traps, no trap is also a violation,
zombie verdicts follow from the dates, journeys from the search kinds, and the crawl's own
truth keeps its outcomes apart from the probes'."""

from __future__ import annotations

import datetime
from collections import Counter
from typing import Any

from channel_equity.simulator.model import Province
from channel_equity.simulator.probe_truth import PROBE_RULES
from tests.simulator.oracle import BROKEN_IN_A_BROWSER

EXPECTED_PROBE_OUTCOMES = {
    # (rule, kind): (violations, traps)
    ("online-entry-broken", "script-maintenance"): (2, 0),
    ("online-entry-broken", "blank-shell"): (2, 0),
    ("app-only-entry", "qr-only-entry"): (2, 0),
    ("separate-login", "city-account"): (3, 0),
    ("separate-login", "unified-login-form"): (0, 3),
    ("separate-login", "embedded-unified-login"): (0, 4),
    ("captcha-no-alternative", "image-captcha"): (3, 0),
    ("captcha-no-alternative", "slider-captcha"): (2, 0),
    ("captcha-no-alternative", "captcha-with-audio"): (0, 2),
    ("zombie-channel", "stale-update"): (3, 0),
    ("zombie-channel", "dead-download"): (3, 0),
    ("zombie-channel", "missing-download"): (2, 0),
    ("zombie-channel", "recently-updated"): (0, 10),
    ("accessibility", "image-alt"): (1, 0),
    ("accessibility", "button-name"): (1, 0),
    ("accessibility", "label"): (1, 0),
    ("accessibility", "axe-clean"): (0, 14),
    ("slow-page", "slow-home-page"): (1, 0),
    ("slow-page", "slow-guide-page"): (1, 0),
    ("slow-page", "slow-entry-page"): (1, 0),
    ("slow-page", "slow-under-threshold"): (0, 2),
    ("excess-steps", "search-finds-nothing"): (1, 0),
    ("excess-steps", "deep-journey"): (1, 0),
    ("excess-steps", "short-journey"): (0, 6),
}


def _key(entry: dict[str, Any]) -> tuple[Any, ...]:
    return entry["rule"], entry["city"], entry["item_code"], entry.get("path"), entry.get("channel")


def test_probe_outcomes_per_rule_and_kind(demo_truth: dict[str, Any]) -> None:
    probe = demo_truth["probe"]
    violations = Counter((v["rule"], v["kind"]) for v in probe["violations"])
    traps = Counter((t["rule"], t["kind"]) for t in probe["traps"])
    found = {key: (violations[key], traps[key]) for key in set(violations) | set(traps)}
    assert found == EXPECTED_PROBE_OUTCOMES
    assert {rule for rule, _ in found} == {*PROBE_RULES, "online-entry-broken", "app-only-entry"}


def test_no_trap_is_a_violation_across_crawl_and_probes(demo_truth: dict[str, Any]) -> None:
    probe = demo_truth["probe"]
    violations = {_key(v) for v in demo_truth["violations"] + probe["violations"]}
    for trap in demo_truth["traps"] + probe["traps"]:
        if not trap["dimension"]:
            assert _key(trap) not in violations, trap
    crawl = {_key(v) for v in demo_truth["violations"]}
    assert not crawl & {_key(v) for v in probe["violations"]}, (
        "an outcome listed for the crawl and the probes"
    )


def test_outcomes_name_their_page_or_item(demo_truth: dict[str, Any]) -> None:
    for entry in demo_truth["probe"]["violations"] + demo_truth["probe"]["traps"]:
        assert entry["dimension"] is None
        if entry["rule"] == "excess-steps":
            assert entry["item_code"] is None and "path" not in entry
        elif entry["item_code"] is None:
            assert entry["path"].startswith("/"), entry
        else:
            assert entry["rule"] in ("online-entry-broken", "separate-login") and "path" not in entry


def test_browser_broken_entries_are_probe_outcomes_only(demo_truth: dict[str, Any]) -> None:
    broken = {
        (city["id"], item["item_code"])
        for city in demo_truth["cities"]
        for item in city["items"]
        if item["online_entry_kind"] in BROKEN_IN_A_BROWSER
    }
    assert len(broken) == 4
    probe = {
        (v["city"], v["item_code"])
        for v in demo_truth["probe"]["violations"]
        if v["rule"] == "online-entry-broken"
    }
    crawl = {
        (v["city"], v["item_code"]) for v in demo_truth["violations"] if v["rule"] == "online-entry-broken"
    }
    assert probe == broken and not crawl & broken


def test_zombie_verdicts_follow_from_the_dates(demo_truth: dict[str, Any]) -> None:
    probe = demo_truth["probe"]
    today = datetime.date.fromisoformat(probe["today"])
    days = probe["thresholds"]["zombie_channel_days"]
    outcomes = {
        (o["city"], o["channel"]): o["kind"] for o in probe["violations"] + probe["traps"] if "channel" in o
    }
    ages = []
    for city in probe["cities"]:
        for channel in city.get("channels", []):
            age = (today - datetime.date.fromisoformat(channel["updated"])).days
            if channel["kind"] == "app" and channel["download"] is None:
                expected = "missing-download"
            elif channel["download"] and not channel["download_works"]:
                expected = "dead-download"
            else:
                expected = "stale-update" if age > days else "recently-updated"
            assert outcomes[(city["id"], channel["name"])] == channel["state"] == expected, channel
            ages.append((age, expected))
    assert any(days - 30 < age <= days and kind == "recently-updated" for age, kind in ages)  # just inside
    assert any(days < age < days + 30 and kind == "stale-update" for age, kind in ages)  # just over


def test_journeys_follow_from_the_search_kinds(demo_truth: dict[str, Any]) -> None:
    probe = demo_truth["probe"]
    limit = probe["thresholds"]["max_journey_steps"]
    verdicts = {
        o["city"]: o["kind"] for o in probe["violations"] + probe["traps"] if o["rule"] == "excess-steps"
    }
    for city in probe["cities"]:
        journey = city["journey"]
        assert journey["steps"][0] == "/" and journey["steps"][1].startswith("/search?q=")
        if journey["search"] == "finds-nothing":
            assert not journey["reaches_guide"] and verdicts[city["id"]] == "search-finds-nothing"
            continue
        assert journey["steps"][-2:] == [journey["guide_path"], journey["entry_path"]]
        assert (journey["page_loads"] > limit) == (verdicts[city["id"]] == "deep-journey")
    assert Counter(verdicts.values()) == {"short-journey": 6, "search-finds-nothing": 1, "deep-journey": 1}


def test_every_up_city_has_probe_facts(demo_truth: dict[str, Any], demo_province: Province) -> None:
    facts = {city["id"]: city for city in demo_truth["probe"]["cities"]}
    assert set(facts) == {city.id for city in demo_province.cities if city.up}
    assert demo_truth["probe"]["identity"] == {"host": None, "login_path": "/cas/login"}
    for city in demo_province.cities:
        if not city.up:
            continue
        fact = facts[city.id]
        assert (
            fact["probed"]
            and fact["faq"] == "/help/faq.html"
            and fact["channels_page"] == "/help/mobile.html"
        )
        entries = {e["item_code"]: e["entry_kind"] for e in fact["entries"]}
        assert entries == {item.item_code: item.entry for item in city.readable_items() if item.entry}


def test_a_province_without_probe_features_keeps_its_config() -> None:
    from channel_equity.simulator import build_city_rules_province, province_truth
    from channel_equity.simulator.config_output import province_config

    province = build_city_rules_province()
    config = province_config(
        province, lambda city_id: f"http://127.0.0.1/{city_id}/", identity_host="127.0.0.1:1"
    )
    assert "unified_login_hosts" not in config["policy"] and config["thresholds"] == {}
    probe = province_truth(province)["probe"]
    assert probe["violations"] == [] and all(not city["probed"] for city in probe["cities"])
