"""Assembling a province: base cities, then login walls, injected scenarios, the
script-injection item and 即办件 shares, the probe-facing features, then a consistency check
of the whole."""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field

from channel_equity.simulator.generate import assemble_province, build_cities
from channel_equity.simulator.model import Province
from channel_equity.simulator.places import DEMO_CITIES, CitySeed
from channel_equity.simulator.probe_plan import DEMO_PROBE_PLAN, CityProbePlan, apply_probe_plan
from channel_equity.simulator.scenarios import apply_scenarios
from channel_equity.simulator.scenarios.city import (
    add_script_injection_item,
    apply_login_walls,
    balance_immediate_shares,
)
from channel_equity.simulator.verdicts import check_province

DEMO_SEED = 20251125
PROVINCE_ID, PROVINCE_NAME = "demo", "示范省"

# fmt: off
DEMO_PLAN: dict[str, int] = {
    # online-only / offline-only and their look-alikes
    "online-channel-only": 4, "no-counter-no-location": 3, "counter-refused-text": 3,
    "location-online-only": 3, "app-only-no-counter": 3, "mixed-channel-wording": 3,
    "mixed-channel-required": 3, "booking-then-counter": 3,
    "self-only": 3, "online-only-permitted": 3, "express-delivery-text": 2,
    "counter-only": 3, "counter-and-post": 3, "booking-only": 3, "demands-visit": 3,
    "online-flag-counter-channel": 3, "optional-counter-only": 4,
    # online entries
    "entry-not-found": 2, "entry-server-error": 2, "entry-maintenance": 2, "entry-maintenance-503": 2,
    "entry-redirect-counter": 2, "entry-dead": 2, "entry-redirect-form": 4, "entry-login-form": 4,
    "entry-maintainer-footer": 4,
    # app / browser / login signals on guide pages
    "app-only-with-counter": 3, "app-only-with-counter@hanweb": 2, "mobile-only-scan": 3,
    "mobile-only-scan@hanweb": 1, "app-also": 5, "qr-progress": 5,
    "ie-control-notice": 4, "ie-trusted-site": 3, "modern-browser-hint": 4, "ie-unsupported": 4,
    "progress-login-hint": 5,
    # terms against the standard
    "visits-over": 10, "visits-equal": 5, "promised-over": 10, "promised-equal": 5,
    "materials-over": 10, "materials-equal": 5,
    "shared-copy-demanded": 8, "shared-prefixed-name": 4, "shared-exempt": 4, "shared-via-sharing": 4,
    "shared-e-licence": 4,
    "county-exercises-city-item": 6, "town-exercises-county-item": 6, "allowed-lower-level": 4,
    "multi-level-allowed": 4, "village-location-city-item": 4,
    "no-village-location": 6, "town-centre-only": 6, "community-centre": 4, "village-station": 4,
    "village-optional-without": 4,
    "depth4-with-visits": 10, "immediate-promised-case": 10, "visit-without-reason": 10,
    "depth4-zero-visits": 10, "immediate-consistent": 10, "visit-with-reason": 5, "zero-visits-reason-none": 5,
    # abolished items
    "abolished-name-and-code": 4, "abolished-disguised-name": 4, "abolished-name-local-code": 4,
    "abolished-lookalike": 6, "abolished-replacement": 6,
    # online entries as a browser probe meets them (applied last: they move no earlier choice)
    "entry-unified-login-form": 3, "entry-city-account-login": 3, "entry-script-maintenance": 2,
    "entry-blank-shell": 2, "entry-qr-only": 2, "entry-qr-with-form": 2, "entry-ua-sniff": 2,
    "captcha-image": 3, "captcha-with-audio": 2, "captcha-slider": 2,
}
# fmt: on
DEMO_LOGIN_WALLS: dict[str, int] = {"table_login": 8, "deflist": 2, "legacy": 2}


@dataclass(frozen=True)
class ProvinceSpec:
    """Everything that decides a province; equal specs build equal provinces."""

    seed: int
    cities: tuple[CitySeed, ...]
    plan: Mapping[str, int]
    login_walls: Mapping[str, int]
    items_per_city: int | None = None
    latency_ms: int = 0
    script_injection_style: str | None = "table"
    strict: bool = True
    province: tuple[str, str] = field(default=(PROVINCE_ID, PROVINCE_NAME))
    probe_plan: Mapping[str, CityProbePlan] = field(default_factory=dict)  # by portal style


def build_province(spec: ProvinceSpec) -> Province:
    cities, builders = build_cities(spec.seed, spec.cities, spec.items_per_city)
    province = assemble_province(spec.province[0], spec.province[1], spec.seed, cities, spec.latency_ms)
    apply_login_walls(cities, spec.login_walls, random.Random(f"{spec.seed}:login-walls"))
    apply_scenarios(cities, builders, spec.plan, random.Random(f"{spec.seed}:scenarios"), strict=spec.strict)
    target = next((c for c in cities if c.up and c.style == spec.script_injection_style), None)
    if target is not None:
        add_script_injection_item(target, builders[target.id])  # type: ignore[arg-type]
    balance_immediate_shares(
        cities,
        builders,
        province.policy.immediate_share_min,  # type: ignore[arg-type]
        random.Random(f"{spec.seed}:shares"),
    )
    apply_probe_plan(cities, spec.probe_plan)
    check_province(province)
    return province


def demo_spec(seed: int = DEMO_SEED, latency_ms: int = 0) -> ProvinceSpec:
    return ProvinceSpec(
        seed=seed,
        cities=DEMO_CITIES,
        plan=DEMO_PLAN,
        login_walls=DEMO_LOGIN_WALLS,
        latency_ms=latency_ms,
        probe_plan=DEMO_PROBE_PLAN,
    )


def build_demo_province(seed: int = DEMO_SEED, latency_ms: int = 0) -> Province:
    """The bundled demo province: nine cities, one per portal style, the ninth down."""
    return build_province(demo_spec(seed, latency_ms))
