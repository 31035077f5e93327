"""A second, small province for the city-level rules (``portal-unreachable`` and
``immediate-share-low``), which give one verdict per city and so cannot reach ten true cases
and ten traps on the demo's nine cities.

32 cities in the seven non-JavaScript styles, few guides each, so it crawls in seconds:

* 12 are down, in the styles they would have if up: 6 refuse connections, 6 answer HTTP 503
  to every request (home page, robots.txt, everything, every time) — ``portal-unreachable``
  violations;
* 20 are up — ``portal-unreachable`` traps: 11 plain, 3 whose home page answers 503 to the
  first request only (a retry succeeds), 3 whose robots.txt answers 404, 3 whose '/' redirects
  to '/index.html';
* of the 20, 10 have a low share of 即办件 (5 one guide short of the minimum, 5 well below)
  and 10 sit on the boundary (5 exactly at the minimum — 3 of 10 guides — and 5 one guide
  over it): ``immediate-share-low`` violations and traps.

No guide-level scenarios are injected: every guide is compliant by construction (portal
chrome still carries its style's look-alike signals, and the GBK portals their IE demands).
"""

from __future__ import annotations

import random
from dataclasses import replace

from channel_equity.simulator.build import ProvinceSpec, build_province
from channel_equity.simulator.model import FrontDoor, ImmediateTarget, Outage, Province
from channel_equity.simulator.places import DEMO_CITY_NAMES, SYLLABLES, CitySeed, generated_city_seed

CITY_RULES_SEED = 20251126
CITY_RULES_PROVINCE = ("citywide", "市域示范省")
NON_JS_STYLES = ("table", "deflist", "bracket", "tabbed", "legacy", "hanweb", "table_login")
UP_CITIES, DOWN_CITIES = 20, 12
SHARE_TARGETS: tuple[ImmediateTarget, ...] = ("just-below", "just-above", "low", "at-min")
"""Cycled over the up cities: two of four below the minimum, two on or just over it."""
FRONT_DOORS: dict[int, FrontDoor] = {1: "transient-503", 3: "robots-404", 5: "home-redirect"}
"""Up city number modulo 7 -> its front-door quirk (others are plain)."""
OUTAGES: tuple[Outage, ...] = ("connection-refused", "http-503")


def _names(seed: int) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """Distinct two-syllable names, none of them a demo city's."""
    pairs = [
        (a, b) for a in SYLLABLES for b in SYLLABLES if a != b and f"{a[0]}{b[0]}市" not in DEMO_CITY_NAMES
    ]
    random.Random(f"{seed}:city-rules-names").shuffle(pairs)
    return pairs[: UP_CITIES + DOWN_CITIES]


def city_rules_seeds(seed: int = CITY_RULES_SEED) -> tuple[CitySeed, ...]:
    """The 32 cities: the up ones first, then the down ones."""
    rng = random.Random(f"{seed}:city-rules-cities")
    names = _names(seed)
    seeds = []
    for number in range(UP_CITIES + DOWN_CITIES):
        up = number < UP_CITIES
        style = NON_JS_STYLES[number % len(NON_JS_STYLES)] if up else NON_JS_STYLES[(number + 3) % 7]
        base = generated_city_seed(number, style, rng, up=up, syllables=names[number])
        if up:
            target = SHARE_TARGETS[number % len(SHARE_TARGETS)]
            city = replace(
                base,
                immediate_target=target,
                items=10 if target == "at-min" else 12 + number % 4,
                front_door=FRONT_DOORS.get(number % 7, "plain"),
            )
        else:
            city = replace(base, outage=OUTAGES[(number - UP_CITIES) % len(OUTAGES)])
        seeds.append(replace(city, region_code=f"87{number + 1:02d}00"))
    return tuple(seeds)


def city_rules_spec(seed: int = CITY_RULES_SEED) -> ProvinceSpec:
    return ProvinceSpec(
        seed=seed,
        cities=city_rules_seeds(seed),
        plan={},
        login_walls={},
        script_injection_style=None,
        province=CITY_RULES_PROVINCE,
    )


def build_city_rules_province(seed: int = CITY_RULES_SEED) -> Province:
    """The city-rules province (see the module docstring); deterministic for a seed."""
    return build_province(city_rules_spec(seed))
