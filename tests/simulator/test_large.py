"""Large provinces reuse the styles and the truth format, at any size."""

from __future__ import annotations

from channel_equity.simulator import build_large_province, province_truth, rule_counts, serve_province
from tests.simulator.fetching import fetch


def test_large_province_builds_deterministically() -> None:
    first = province_truth(build_large_province(cities=5, items_per_city=120, seed=3))
    second = province_truth(build_large_province(cities=5, items_per_city=120, seed=3))
    assert first == second
    assert {city["style"] for city in first["cities"]} == {"table", "deflist", "bracket", "tabbed", "legacy"}
    for city in first["cities"]:
        assert 120 <= len(city["items"]) <= 160
    counts = rule_counts(first)
    assert all(counts[rule][0] > 0 for rule in ("online-only", "exceeds-standard", "village-gap"))


def test_large_province_serves_with_a_down_city() -> None:
    province = build_large_province(cities=3, items_per_city=40, seed=5, down_cities=1, include_js=True)
    truth = province_truth(province)
    assert [city["up"] for city in truth["cities"]] == [True, True, False]
    with serve_province(province) as served:
        for city in truth["cities"][:2]:
            base = served.base_url(city["id"]).rstrip("/")
            for item in city["items"][:10]:
                assert fetch(base + item["guide_path"], follow=True).status == 200
