"""The simulated province: city portals served over real HTTP on loopback, with a ground
truth of what every guide says and which rules each guide breaks.

It is the crawler's test bed and the demo. Everything is deterministic (seeded
``random.Random``; no clock, no hash order), so a seed names a province.

    province = build_demo_province()
    with serve_province(province) as served:
        served.write_config("var/sim.yaml")
        write_truth(province, "var/truth.json")
        ... crawl served.base_url("jinghai") ...

The demo is a probed province: beside its guides each portal has an FAQ, a mobile channels
page, a working (or not) site search, and some pages are slow or inaccessible; entries may send
a citizen to the province's unified identity service, served on a port of its own
(``ServedProvince.identity_host``). ``truth["probe"]`` says what the headless-browser probes
must conclude from them.

Besides the demo: ``build_city_rules_province`` (32 small portals, 12 of them down, for the
one-verdict-per-city rules), ``build_cross_city_province`` (nine small portals listing the same
local items on the same terms, a few cities worse, for cross-city-divergence),
``build_lifecycle_provinces`` (three epochs of one province with
the changes ``lifecycle_changes`` names, served one after another on the same ports) and
``build_large_province`` (benchmarks).
"""

from __future__ import annotations

from channel_equity.simulator.build import DEMO_SEED, build_demo_province, build_province
from channel_equity.simulator.city_rules import CITY_RULES_SEED, build_city_rules_province
from channel_equity.simulator.cross_city import CROSS_CITY_SEED, build_cross_city_province
from channel_equity.simulator.demo_config import DEMO_PORTS
from channel_equity.simulator.large import build_large_province
from channel_equity.simulator.lifecycle import (
    LIFECYCLE_SEED,
    ChangedItem,
    LifecycleChanges,
    build_lifecycle_provinces,
    lifecycle_changes,
)
from channel_equity.simulator.model import City, GuideItem, Province
from channel_equity.simulator.server import ServedProvince, serve_province
from channel_equity.simulator.styles import portal_app
from channel_equity.simulator.styles.identity import DEMO_IDENTITY_PORT
from channel_equity.simulator.truth import province_truth, rule_counts, write_truth
from channel_equity.simulator.verdicts import CATALOGUE_RULES

__all__ = [
    "CATALOGUE_RULES",
    "CITY_RULES_SEED",
    "CROSS_CITY_SEED",
    "DEMO_IDENTITY_PORT",
    "DEMO_PORTS",
    "DEMO_SEED",
    "LIFECYCLE_SEED",
    "ChangedItem",
    "City",
    "GuideItem",
    "LifecycleChanges",
    "Province",
    "ServedProvince",
    "build_city_rules_province",
    "build_cross_city_province",
    "build_demo_province",
    "build_large_province",
    "build_lifecycle_provinces",
    "build_province",
    "lifecycle_changes",
    "portal_app",
    "province_truth",
    "rule_counts",
    "serve_province",
    "write_truth",
]
