"""Large provinces for benchmarks: many cities, many guides each, the same styles, scenarios
and truth format as the demo (the JavaScript portal is left out by default: rendering
thousands of guides in Chromium measures the browser, not the crawler)."""

from __future__ import annotations

import random

from channel_equity.simulator.build import DEMO_LOGIN_WALLS, DEMO_PLAN, ProvinceSpec, build_province
from channel_equity.simulator.model import Province
from channel_equity.simulator.places import CitySeed, generated_city_seed
from channel_equity.simulator.styles import UP_STYLES

DEMO_ITEM_COUNT = 380
"""Roughly how many guides the demo's plan was sized for; large plans scale from it."""


def scaled_plan(total_items: int) -> dict[str, int]:
    """The demo's scenario counts scaled to a province of ``total_items`` guides (at least one each)."""
    factor = total_items / DEMO_ITEM_COUNT
    return {key: max(1, round(count * factor)) for key, count in DEMO_PLAN.items()}


def build_large_province(
    cities: int = 12,
    items_per_city: int = 500,
    seed: int = 7,
    latency_ms: int = 0,
    include_js: bool = False,
    down_cities: int = 0,
) -> Province:
    """``cities`` portals cycling over the styles, ``items_per_city`` guides each (plus a few
    added ones), the last ``down_cities`` of them down."""
    styles = [s for s in UP_STYLES if include_js or s != "spa"]
    rng = random.Random(f"{seed}:large-cities")
    seeds: list[CitySeed] = [
        generated_city_seed(index, styles[index % len(styles)], rng, up=index < cities - down_cities)
        for index in range(cities)
    ]
    up_count = sum(1 for s in seeds if s.up)
    walls = {
        style: max(1, items_per_city // 50) * (2 if style == "table_login" else 1)
        for style in DEMO_LOGIN_WALLS
    }
    spec = ProvinceSpec(
        seed=seed,
        cities=tuple(seeds),
        plan=scaled_plan(up_count * items_per_city),
        login_walls=walls,
        items_per_city=items_per_city,
        latency_ms=latency_ms,
        strict=False,
        province=("large", "基准省"),
    )
    return build_province(spec)
