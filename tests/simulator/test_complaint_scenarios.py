"""The simulator's complaints: for every claim, one the truth bears out and one nothing touches."""

from __future__ import annotations

from channel_equity.simulator import build_demo_province, province_truth
from channel_equity.simulator.complaints import CLAIMED_WRONGS, complaint_scenarios, demo_complaints


def test_each_claim_has_a_substantiated_and_an_untouched_item() -> None:
    truth = province_truth(build_demo_province())
    scenarios = complaint_scenarios(truth)
    assert sorted((s.claim, s.expected) for s in scenarios) == sorted(
        (claim, expected) for claim in CLAIMED_WRONGS for expected in ("substantiated", "not-reproduced"))
    violations = [*truth["violations"], *truth["probe"]["violations"]]
    marks = [*violations, *truth["traps"], *truth["probe"]["traps"]]
    up = {city["id"] for city in truth["cities"] if city["up"]}
    for scenario in scenarios:
        assert scenario.city_id in up
        item = next(i for c in truth["cities"] if c["id"] == scenario.city_id for i in c["items"]
                    if i["item_code"] == scenario.item_code)
        on_item = [m for m in marks if m["city"] == scenario.city_id and (
            m.get("item_code") == scenario.item_code or m.get("path") in (item["url"], item.get("online_entry_url")))]
        if scenario.expected == "substantiated":
            assert any((m["rule"], m.get("dimension")) in CLAIMED_WRONGS[scenario.claim] and m in violations
                       for m in on_item), scenario
        else:
            assert on_item == [], scenario
            assert scenario.claim != "entry-broken" or item.get("online_entry_url")


def test_the_demo_records_one_borne_out_and_one_not() -> None:
    truth = province_truth(build_demo_province())
    assert [s.expected for s in demo_complaints(truth)] == ["substantiated", "not-reproduced"]
