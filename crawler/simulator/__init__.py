"""The simulated province: city portals served over real HTTP on loopback, with a ground
truth of what every guide says and which rules each guide breaks.

It is the crawler's test bed and the demo. Everything is deterministic (seeded
``random.Random``; no clock, no hash order), so a seed names a province.

    province = build_demo_province()
    with serve_province(province) as served:
        served.write_config("var/sim.yaml")
        write_truth(province, "var/truth.json")
        ... crawl served.base_url("jinghai") ...
"""

from __future__ import annotations

from crawler.simulator.build import DEMO_SEED, build_demo_province, build_province
from crawler.simulator.large import build_large_province
from crawler.simulator.model import City, GuideItem, Province
from crawler.simulator.server import ServedProvince, serve_province
from crawler.simulator.styles import portal_app
from crawler.simulator.truth import province_truth, rule_counts, write_truth

DEMO_PORTS: dict[str, int] = {
    city_id: 8101 + index
    for index, city_id in enumerate(
        ("jinghai", "yuntai", "zeyang", "linlan", "qinghe", "beikun", "wangchuan", "jiayu", "nanxi")
    )
}
"""The demo's fixed ports (config/demo.yaml)."""

__all__ = [
    "DEMO_PORTS",
    "DEMO_SEED",
    "City",
    "GuideItem",
    "Province",
    "ServedProvince",
    "build_demo_province",
    "build_large_province",
    "build_province",
    "portal_app",
    "province_truth",
    "rule_counts",
    "serve_province",
    "write_truth",
]
