"""Three epochs of one small province, for testing findings across consecutive scans.

Four cities (table, deflist, bracket, hanweb; about twelve guides each, a few injected
violations and traps) seen on three nights. Between the epochs, and nothing else:

epoch 0 → 1
    * **fixed**: guide X (a city other than the down one) stops demanding a paper the
      government holds — its shared material is marked 由部门共享获取 — so
      ``shared-data-demanded`` no longer fires on it. X is still listed and fetchable.
    * **new**: guide Y (a clean guide of a city other than the down one) raises its promised
      days to one over the standard — ``exceeds-standard`` / ``promised_days`` fires from now on.
    * **down**: the deflist city refuses connections (its port has no listener). Its findings
      of epoch 0 (guide-level, page-level and its ``immediate-share-low``) must stay open:
      nothing was observed, nothing is resolved. One failed night is a coverage gap: no
      ``portal-unreachable`` finding, although the epoch's truth lists the city as unreachable.

epoch 1 → 2
    * X demands the paper again (exactly as in epoch 0): its finding is reopened.
    * the down city is back, unchanged since epoch 0: its findings are seen again.
    * Y keeps violating.

``lifecycle_changes(seed)`` names X, Y and the down city (``LifecycleChanges``), and each
epoch's truth (``province_truth``) lists the violations of that epoch. The epochs share
cities, item codes, guide URLs and policy, so ``serve_province(epoch, ports=previous.ports)``
serves each one on the ports of the last, and one config serves all three.
"""

from __future__ import annotations

import copy
import random
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from channel_equity.simulator.build import ProvinceSpec, build_province
from channel_equity.simulator.model import Declared, GuideItem, ImmediateTarget, Province
from channel_equity.simulator.places import CitySeed, generated_city_seed
from channel_equity.simulator.scenarios import SimulationError
from channel_equity.simulator.truth import province_truth
from channel_equity.simulator.verdicts import check_province

LIFECYCLE_SEED = 20251127
LIFECYCLE_PROVINCE = ("lifecycle", "变迁示范省")
EPOCHS = 3
DOWN_EPOCH = 1
FIXED_RULE, FIXED_KIND = "shared-data-demanded", "shared-copy-demanded"
NEW_RULE, NEW_DIMENSION, NEW_KIND = "exceeds-standard", "promised_days", "lifecycle-promised-over"
FIXED_NOTE = "由部门共享获取"
# fmt: off
LIFECYCLE_PLAN: dict[str, int] = {
    "shared-copy-demanded": 4, "materials-over": 2, "promised-over": 2, "entry-not-found": 2,
    "visits-equal": 2, "shared-exempt": 2, "materials-equal": 2,
}
# fmt: on
CITY_LAYOUT: tuple[tuple[str, ImmediateTarget], ...] = (
    ("table", "above"),
    ("deflist", "just-below"),
    ("bracket", "just-above"),
    ("hanweb", "low"),
)
"""(style, 即办件 share) of the four cities; the deflist one is down in epoch 1."""
DOWN_CITY_INDEX = 1
ITEMS_PER_CITY = 12


@dataclass(frozen=True)
class ChangedItem:
    """One guide whose finding changes between epochs."""

    city: str
    item_code: str
    item_name: str
    guide_path: str
    rule: str
    dimension: str | None
    kind: str  # the truth's kind of the violation while it fires


@dataclass(frozen=True)
class LifecycleChanges:
    """What changes between the epochs of ``build_lifecycle_provinces`` (module docstring).

    ``fixed`` fires in epochs 0 and 2, not in 1 (fetched and compliant); ``new`` fires in
    epochs 1 and 2; ``down_city`` refuses connections in epoch 1 only and its epoch-0
    violations are ``down_city_violations`` (``(rule, item_code, dimension, path)``)."""

    seed: int
    fixed: ChangedItem
    new: ChangedItem
    down_city: str
    down_epoch: int
    down_city_violations: tuple[tuple[str, str | None, str | None, str | None], ...]
    epochs: int = EPOCHS


def lifecycle_seeds(seed: int = LIFECYCLE_SEED) -> tuple[CitySeed, ...]:
    rng = random.Random(f"{seed}:lifecycle-cities")
    seeds = []
    for number, (style, target) in enumerate(CITY_LAYOUT):
        base = generated_city_seed(number + 40, style, rng)
        seeds.append(
            replace(base, immediate_target=target, items=ITEMS_PER_CITY, region_code=f"86{number + 1:02d}00")
        )
    return tuple(seeds)


def _fixable(item: GuideItem) -> bool:
    """Demands exactly one shared paper and breaks no other rule."""
    return (
        item.readable and item.scenarios == [FIXED_KIND] and [d.rule for d in item.violations] == [FIXED_RULE]
    )


def _clean_for_new(item: GuideItem) -> bool:
    standard = item.standard
    return (
        item.readable
        and standard is not None
        and not item.scenarios
        and not item.violations
        and item.case_type == "promised"
        and standard.statutory_days > standard.max_promised_days
    )


def _pick(province: Province, down_city: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """(city, item code) of X and of Y: the first fitting guides outside the down city."""
    others = [city for city in province.cities if city.id != down_city]
    fixed = next(((c.id, i.item_code) for c in others for i in c.items if _fixable(i)), None)
    new = next(((c.id, i.item_code) for c in others for i in c.items if _clean_for_new(i)), None)
    if fixed is None or new is None:
        raise SimulationError("lifecycle province has no guide to fix or no clean guide to break")
    return fixed, new


def _item(province: Province, city_id: str, item_code: str) -> GuideItem:
    return next(item for item in province.city(city_id).items if item.item_code == item_code)


def _fix(province: Province, city_id: str, item_code: str) -> None:
    item = _item(province, city_id, item_code)
    shared = province.policy.shared_data_materials
    material = next(m for m in item.materials if not m.exempt and any(name in m.name for name in shared))
    material.exempt, material.exempt_note = True, FIXED_NOTE
    item.violations = [d for d in item.violations if d.rule != FIXED_RULE]
    item.traps.append(Declared(FIXED_RULE, "lifecycle-fixed-via-sharing"))
    item.scenarios.append("lifecycle-fixed")


def _break(province: Province, city_id: str, item_code: str) -> None:
    item = _item(province, city_id, item_code)
    assert item.standard is not None
    item.promised_days = item.standard.max_promised_days + 1
    item.locked.add("days")
    item.violations.append(Declared(NEW_RULE, NEW_KIND, NEW_DIMENSION))
    item.scenarios.append("lifecycle-new-violation")


@cache
def _lifecycle(seed: int) -> tuple[tuple[Province, ...], LifecycleChanges]:
    spec = ProvinceSpec(
        seed=seed,
        cities=lifecycle_seeds(seed),
        plan=LIFECYCLE_PLAN,
        login_walls={},
        script_injection_style=None,
        province=LIFECYCLE_PROVINCE,
    )
    first = build_province(spec)
    down_city = first.cities[DOWN_CITY_INDEX].id
    (fixed_city, fixed_code), (new_city, new_code) = _pick(first, down_city)
    second = copy.deepcopy(first)
    _fix(second, fixed_city, fixed_code)
    _break(second, new_city, new_code)
    second.city(down_city).up = False
    second.city(down_city).outage = "connection-refused"
    third = copy.deepcopy(first)
    _break(third, new_city, new_code)
    epochs = (first, second, third)
    for epoch in epochs:
        check_province(epoch)
    truth = province_truth(first)
    changes = LifecycleChanges(
        seed=seed,
        fixed=_changed(first, truth, fixed_city, fixed_code, FIXED_RULE, None),
        new=_changed(third, province_truth(third), new_city, new_code, NEW_RULE, NEW_DIMENSION),
        down_city=down_city,
        down_epoch=DOWN_EPOCH,
        down_city_violations=tuple(
            (v["rule"], v["item_code"], v["dimension"], v.get("path"))
            for v in truth["violations"]
            if v["city"] == down_city
        ),
    )
    return epochs, changes


def _changed(
    province: Province, truth: dict[str, Any], city_id: str, item_code: str, rule: str, dimension: str | None
) -> ChangedItem:
    item = _item(province, city_id, item_code)
    city = next(c for c in truth["cities"] if c["id"] == city_id)
    path = next(i["guide_path"] for i in city["items"] if i["item_code"] == item_code)
    kind = next(
        v["kind"]
        for v in truth["violations"]
        if (v["rule"], v["city"], v["item_code"], v["dimension"]) == (rule, city_id, item_code, dimension)
    )
    return ChangedItem(city_id, item_code, item.name, path, rule, dimension, kind)


def build_lifecycle_provinces(seed: int = LIFECYCLE_SEED) -> list[Province]:
    """The three epochs (fresh copies: callers may change them freely)."""
    return copy.deepcopy(list(_lifecycle(seed)[0]))


def lifecycle_changes(seed: int = LIFECYCLE_SEED) -> LifecycleChanges:
    """Which guides, rules and city change between the epochs of ``build_lifecycle_provinces(seed)``."""
    return _lifecycle(seed)[1]
