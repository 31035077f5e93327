"""City-wide injections: guides behind a login wall, the script-injection item, and each
city's share of 即办件 set below, at, or above the province minimum."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

from channel_equity.simulator.generate import CityBuilder, Implementation
from channel_equity.simulator.item_seeds import LOCAL_ITEMS, XSS_ITEM_NAME
from channel_equity.simulator.model import City, Declared
from channel_equity.simulator.scenarios import SimulationError

LOGIN_WALL_RULE = "login-wall"
SHARE_RULE = "immediate-share-low"
EVERYTHING = frozenset(
    {"channels", "visits", "entry", "days", "materials", "level", "locations", "notice", "name"}
)
LOW_SHARE = 0.2
HIGH_SHARE = 0.45


def apply_login_walls(cities: Sequence[City], walls_per_style: Mapping[str, int], rng: random.Random) -> None:
    """Hide some guides behind a login; alternately a login page in place and a redirect to /login."""
    for city in cities:
        count = walls_per_style.get(city.style, 0) if city.up else 0
        for number, item in enumerate(rng.sample(city.items, min(count, len(city.items)))):
            item.login_wall = "page" if number % 2 == 0 else "redirect"
            item.locked |= EVERYTHING
            item.scenarios.append(f"login-wall-{item.login_wall}")
            item.violations.append(Declared(LOGIN_WALL_RULE, f"login-wall-{item.login_wall}"))


def add_script_injection_item(city: City, builder: CityBuilder) -> None:
    """One guide whose published name carries an XSS payload; pages must show it as text."""
    seed = next(s for s in LOCAL_ITEMS if XSS_ITEM_NAME.startswith(s.name))
    item = builder.item(Implementation(seed, False, "county", city.counties[0], builder.seed.towns[0]))
    item.name = XSS_ITEM_NAME
    item.scenarios.append("script-injection-name")
    item.locked |= EVERYTHING
    city.items.append(item)


def _pad_to_tens(city: City, builder: CityBuilder) -> None:
    """Add compliant local guides until the readable count is a multiple of ten, so that a
    share of exactly 0.30 exists (the boundary trap). A large portal may list every local item
    already: it is then padded with handling sub-items (业务办理项) of them."""
    used = {item.basic_code for item in city.items}
    local = [s for s in LOCAL_ITEMS if not XSS_ITEM_NAME.startswith(s.name)]
    fresh = [s for s in local if s.code not in used]
    seeds, first_subitem = (fresh, 0) if fresh else (local, 1)
    index = 0
    while len(city.readable_items()) % 10:
        seed = seeds[index % len(seeds)]
        subitem = first_subitem and first_subitem + index // len(seeds)
        item = builder.item(
            Implementation(seed, False, seed.levels[0], city.counties[index % 3], builder.seed.towns[0], subitem)
        )
        if seed.max_promised_days:
            item.promised_days, item.case_type = max(1, item.promised_days), "promised"
        item.scenarios.append("share-padding")
        city.items.append(item)
        index += 1


def _boundary_count(total: int, minimum: float, target: str) -> int:
    """The 即办件 count one guide short of the minimum share (``just-below``) or one guide over
    it (``just-above``)."""
    if target == "just-below":
        return max(count for count in range(total + 1) if count / total < minimum)
    return min(count for count in range(total + 1) if count / total > minimum)


def balance_immediate_shares(
    cities: Sequence[City], builders: Mapping[str, CityBuilder], minimum: float, rng: random.Random
) -> None:
    """Flip free guides between 即办件 and 承诺件 to reach each city's planned share."""
    for city in cities:
        if not city.up:
            continue
        if city.immediate_target == "at-min":
            _pad_to_tens(city, builders[city.id])
        readable = city.readable_items()
        total = len(readable)
        if city.immediate_target in ("just-below", "just-above"):
            target = _boundary_count(total, minimum, city.immediate_target)
        else:
            target = {
                "low": round(LOW_SHARE * total),
                "at-min": round(minimum * total),
                "above": round(HIGH_SHARE * total),
            }[city.immediate_target]
        free = [item for item in readable if "days" not in item.locked]
        fixed = sum(1 for item in readable if item.case_type == "immediate" and "days" in item.locked)
        forced = [item for item in free if item.seed.max_promised_days == 0]
        flexible = [item for item in free if item.seed.max_promised_days > 0]
        target = max(target, fixed + len(forced)) if city.immediate_target == "low" else target
        wanted = target - fixed - len(forced)
        if wanted < 0 or wanted > len(flexible):
            raise SimulationError(
                f"{city.id}: cannot reach {target} 即办件 of {total} ({fixed} fixed, "
                f"{len(forced)} forced, {len(flexible)} free)"
            )
        for number, item in enumerate(rng.sample(flexible, len(flexible))):
            if number < wanted:
                item.promised_days, item.case_type = 0, "immediate"
            elif item.promised_days == 0:
                item.promised_days = rng.randint(1, item.seed.max_promised_days)
                item.case_type = "promised"
        share = city.immediate_share()
        below = share < minimum
        if below != (city.immediate_target in ("low", "just-below")):
            raise SimulationError(f"{city.id}: share {share:.3f} does not match plan {city.immediate_target}")
        kind = {
            "low": "share-below-minimum",
            "just-below": "share-just-below-minimum",
            "at-min": "share-at-minimum",
            "just-above": "share-just-above-minimum",
            "above": "share-above-minimum",
        }[city.immediate_target]
        (city.violations if below else city.traps).append(Declared(SHARE_RULE, kind))
