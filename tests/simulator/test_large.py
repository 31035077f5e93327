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


def test_a_portal_listing_every_local_item_is_padded_with_their_sub_items() -> None:
    """600 guides a portal list every local item already; the city whose 即办件 share sits at the
    minimum is still padded to a multiple of ten (with handling sub-items), its codes unique."""
    province = build_large_province(cities=4, items_per_city=600)
    [at_min] = [city for city in province.cities if city.immediate_target == "at-min"]
    assert len(at_min.readable_items()) % 10 == 0
    padding = [item for item in at_min.items if "share-padding" in item.scenarios]
    assert padding and all(item.standard is None and "（" in item.name for item in padding)
    for city in province.cities:
        codes = [item.item_code for item in city.items]
        assert len(codes) == len(set(codes)), city.id


def test_large_province_serves_with_a_down_city() -> None:
    province = build_large_province(cities=3, items_per_city=40, seed=5, down_cities=1, include_js=True)
    truth = province_truth(province)
    assert [city["up"] for city in truth["cities"]] == [True, True, False]
    with serve_province(province) as served:
        for city in truth["cities"][:2]:
            base = served.base_url(city["id"]).rstrip("/")
            for item in city["items"][:10]:
                assert fetch(base + item["guide_path"], follow=True).status == 200
