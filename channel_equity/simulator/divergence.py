"""What ``cross-city-divergence`` must conclude about a simulated province: the same item
handled on worse terms in one city than in the cities offering it, read from the values the
pages are rendered from (never from the checks, so the truth judges the rule and not itself).

The definition, as the rule's documentation states it: only guides a crawler can read (up city,
no login wall) that implement no standard item of the policy are compared; an item is its basic
code (the guide's seed code, which its implementation code carries); a city with two or more
guides of an item is left out of that item. Per dimension the median is over the cities whose
guide states the value, and only when at least ``min_cities`` of them do; worse is more visits,
promised days or demanded (non-exempt) materials than the median by more than the excess, or
``是否网办：否`` / ``是否收费：是`` where more than ``majority_share`` of the stating cities say the
other. Every guide states visits, days, online and fee; a guide with no materials table states
no materials.

A scenario names a case it planted with a ``Declared`` on the guide (rule, kind, dimension); a
divergence nobody planted (a base value drawn at random per city) is ``incidental-<dimension>``.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass

from channel_equity.simulator.model import GuideItem, Province

CROSS_CITY_RULE = "cross-city-divergence"


@dataclass(frozen=True)
class CrossCityThresholds:
    """The rule's default thresholds, which the truth assumes (recorded in it as ``cross_city``)."""

    min_cities: int = 3
    visits_excess: int = 0
    days_excess: int = 5
    materials_excess: int = 2
    majority_share: float = 0.5

    def as_truth(self) -> dict[str, float]:
        return asdict(self)


THRESHOLDS = CrossCityThresholds()


@dataclass(frozen=True)
class Compared:
    """One compared dimension: a guide's stated value (None: the guide does not state it) and
    when a value is worse — numeric: by more than an excess over the median; yes/no: the value
    that is worse when a majority of the stating cities say the other."""

    name: str
    value: Callable[[GuideItem], int | None]
    excess: Callable[[CrossCityThresholds], float] | None = None
    worse_flag: int | None = None


def _demanded(item: GuideItem) -> int | None:
    return sum(not m.exempt for m in item.materials) if item.materials else None


DIMENSIONS: tuple[Compared, ...] = (
    Compared("visits", lambda item: item.visits, lambda t: t.visits_excess),
    Compared("promised_days", lambda item: item.promised_days, lambda t: t.days_excess),
    Compared("materials", _demanded, lambda t: t.materials_excess),
    Compared("online_available", lambda item: int(item.online_available), worse_flag=0),
    Compared("fee", lambda item: int(item.fee), worse_flag=1),
)
DIMENSION_NAMES = tuple(d.name for d in DIMENSIONS)


@dataclass(frozen=True)
class CrossCityOutcome:
    """One city's guide worse than the others on one dimension."""

    city: str
    item: GuideItem
    dimension: str

    @property
    def kind(self) -> str:
        """The planting scenario's kind, or ``incidental-<dimension>`` for a drawn base value."""
        return next(
            (
                d.kind
                for d in self.item.violations
                if d.rule == CROSS_CITY_RULE and d.dimension == self.dimension
            ),
            f"incidental-{self.dimension}",
        )


def compared_items(province: Province) -> dict[str, dict[str, list[GuideItem]]]:
    """basic code -> city -> its readable guides of the item that implement no standard item."""
    items: dict[str, dict[str, list[GuideItem]]] = defaultdict(lambda: defaultdict(list))
    for city in province.cities:
        if city.up:
            for item in city.readable_items():
                if item.standard is None:
                    items[item.basic_code][city.id].append(item)
    return items


def _worse(dimension: Compared, value: int, values: list[int], thresholds: CrossCityThresholds) -> bool:
    if dimension.excess is not None:
        return value - statistics.median(values) > dimension.excess(thresholds)
    others = sum(1 for v in values if v != dimension.worse_flag)
    return value == dimension.worse_flag and others / len(values) > thresholds.majority_share


def item_divergences(
    guides: dict[str, GuideItem], thresholds: CrossCityThresholds = THRESHOLDS
) -> list[CrossCityOutcome]:
    """The outcomes of one item, ``guides`` its one guide in each city that counts."""
    found = []
    for dimension in DIMENSIONS:
        stated = {city: v for city, item in guides.items() if (v := dimension.value(item)) is not None}
        if len(stated) < thresholds.min_cities:
            continue
        values = list(stated.values())
        found += [
            CrossCityOutcome(city, guides[city], dimension.name)
            for city, value in stated.items()
            if _worse(dimension, value, values, thresholds)
        ]
    return found


def cross_city_outcomes(
    province: Province, thresholds: CrossCityThresholds = THRESHOLDS
) -> list[CrossCityOutcome]:
    """Every cross-city outcome of the province, by basic code, dimension and city order."""
    outcomes = []
    by_code = compared_items(province)
    for code in sorted(by_code):
        single = {city: guides[0] for city, guides in by_code[code].items() if len(guides) == 1}
        outcomes += item_divergences(single, thresholds)
    return outcomes


def cross_city_problems(province: Province) -> list[str]:
    """Where the province does not say what its scenarios declared: a planted case that is not
    a divergence in the values, or a trap that is one."""
    derived = {(o.city, o.item.item_code, o.dimension) for o in cross_city_outcomes(province)}
    problems = []
    for city in province.cities:
        for item in city.items:
            for declared in item.violations:
                if (
                    declared.rule == CROSS_CITY_RULE
                    and (city.id, item.item_code, declared.dimension) not in derived
                ):
                    problems.append(f"{city.id}/{item.item_code}: planted {declared.kind} is no divergence")
            for declared in item.traps:
                if (
                    declared.rule == CROSS_CITY_RULE
                    and (city.id, item.item_code, declared.dimension) in derived
                ):
                    problems.append(f"{city.id}/{item.item_code}: trap {declared.kind} fires")
    return problems
