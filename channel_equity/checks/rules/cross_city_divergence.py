"""cross-city-divergence: the same item is handled on worse terms in one city than across the province."""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import ClassVar

from channel_equity.checks.context import CheckContext, GuideRecord
from channel_equity.checks.matching import normalise_code, normalise_name
from channel_equity.checks.rule import Rule, Scope, Severity, Threshold, basis_of
from channel_equity.checks.rules._fields import demanded_materials, field_excerpt, materials_excerpt
from channel_equity.checks.verdict import MessageArg, Verdict
from channel_equity.core.observation import GuideObservation

BASIC_CODE_LENGTH = 12
"""An implementation code is the implementing body's USCI (18 characters), the exercise-level
digit and the 12-character basic code (31 characters), plus a 2-digit handling item (33)."""
BASIC_CODE_START = 19

VISITS = ("on-site visits: the guide says {value}, the median over the {cities} cities that offer the item "
          "and state it is {median} ({values})")
DAYS = ("promised days: the guide says {value}, the median over the {cities} cities that offer the item "
        "and state it is {median} ({values})")
MATERIALS = ("materials demanded: the guide says {value}, the median over the {cities} cities that offer the item "
             "and state it is {median} ({values})")
ONLINE = ("not handled online, while {count} of the {cities} cities that offer the item and state it "
          "handle it online ({values})")
FEE = "a fee is charged, while {count} of the {cities} cities that offer the item and state it charge none ({values})"

YES, NO = "是", "否"  # how guides answer 是否网办 / 是否收费, in the table of every city's value


@dataclass(frozen=True)
class Dimension:
    """One compared field: how to read it, and when a city's value is worse than the others'."""

    name: str  # the verdict's dimension
    template: str
    field: str  # the observation field it reads (basis and excerpt)
    value: Callable[[GuideObservation], int | None]
    excess: str | None  # numeric: the threshold of "more than the median by more than"; None: a yes/no field
    worse_when: int | None = None  # yes/no: the value (1 yes, 0 no) that is worse when most cities say the other

    def excerpt(self, observation: GuideObservation) -> str:
        if self.name == "materials":
            return materials_excerpt(demanded_materials(observation))
        return field_excerpt(observation, self.field)


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


DIMENSIONS: tuple[Dimension, ...] = (
    Dimension("visits", VISITS, "visits", lambda o: o.visits, "cross_city_visits_excess"),
    Dimension("promised_days", DAYS, "promised_days", lambda o: o.promised_days, "cross_city_days_excess"),
    Dimension("materials", MATERIALS, "materials",
              lambda o: len(demanded_materials(o)) if o.materials else None, "cross_city_materials_excess"),
    Dimension("online_available", ONLINE, "online_available", lambda o: _flag(o.online_available), None, 0),
    Dimension("fee", FEE, "fee", lambda o: _flag(o.fee), None, 1),
)


def basic_code_of(observation: GuideObservation) -> str | None:
    """The 12-character basic code the guide states, or the one inside its implementation code."""
    for raw in (observation.basic_code, observation.item_code):
        code = normalise_code(raw) if raw else ""
        if len(code) == BASIC_CODE_LENGTH:
            return code
        if len(code) in (31, 33):
            return code[BASIC_CODE_START:BASIC_CODE_START + BASIC_CODE_LENGTH]
    return None


def item_keys(guides: list[GuideRecord]) -> dict[int, str]:
    """Each guide's item across the cities (by ``observation_id``): its basic code; a code-less
    guide joins the basic code that the guides of its normalised name carry (when only one does),
    else its normalised name."""
    codes = {g.observation_id: basic_code_of(g.observation) for g in guides}
    codes_of_name: dict[str, set[str]] = defaultdict(set)
    for guide in guides:
        code = codes[guide.observation_id]
        if code is not None:
            codes_of_name[normalise_name(guide.observation.name)].add(code)
    keys: dict[int, str] = {}
    for guide in guides:
        code = codes[guide.observation_id]
        if code is None:
            name = normalise_name(guide.observation.name)
            named = codes_of_name.get(name, set())
            code = next(iter(named)) if len(named) == 1 else None
            keys[guide.observation_id] = f"code:{code}" if code else f"name:{name}"
        else:
            keys[guide.observation_id] = f"code:{code}"
    return keys


def one_guide_per_city(guides: list[GuideRecord]) -> dict[str, dict[str, GuideRecord]]:
    """Item key (:func:`item_keys`) -> its one guide in each city offering it, cities in order; a
    city with several guides under one item (county and city guides, handling items) is left out
    of it: which of them stands for the city cannot be told."""
    keys = item_keys(guides)
    grouped: dict[str, dict[str, list[GuideRecord]]] = defaultdict(lambda: defaultdict(list))
    for guide in guides:
        grouped[keys[guide.observation_id]][guide.city_id].append(guide)
    return {key: {city: found[0] for city, found in sorted(by_city.items()) if len(found) == 1}
            for key, by_city in grouped.items()}


class CrossCityDivergence(Rule):
    """An item offered in several cities is handled worse in one city than the province's median.

    Items are matched across cities by basic code (基本编码, stated or inside the implementation
    code), else by normalised name; only guides that match no standard item of the policy are
    compared (where a standard exists, exceeds-standard judges against it). A city with several
    guides under one item (county and city guides, handling items) is left out of that item: which
    of them stands for the city cannot be told.

    For each dimension the median is taken over the cities whose guide states the value (a guide
    that does not say is neither judged nor counted), and only when at least
    ``thresholds.cross_city_min_cities`` (default 3) cities state it. Worse means: more on-site
    visits, more promised days or more demanded materials than the median by more than
    ``cross_city_visits_excess`` (default 0), ``cross_city_days_excess`` (default 5) or
    ``cross_city_materials_excess`` (default 2); not handled online (是否网办：否) where more than
    ``cross_city_majority_share`` (default 0.5) of the cities handle it online; a fee where more
    than that share charge none. One verdict per city, item and dimension.

    Evidence: the city's guide page with the field as the guide shows it, and every city's guide
    page (``pages``); the message gives every city's value in the same order.

    False-positive risks: two different items that share a normalised name (a city-level and a
    street-level 临时救助); material tables that split one paper over several rows; days stated in
    calendar days and normalised to more working days; a city that legitimately handles a local
    variant of the item. Severity medium: the service is offered, on worse terms than elsewhere.
    """

    id: ClassVar[str] = "cross-city-divergence"
    title: ClassVar[str] = "The same item is handled worse than in most cities of the province"
    clause: ClassVar[str] = "handled in an undifferentiated manner across the province"
    severity: ClassVar[Severity] = "medium"
    scope: ClassVar[Scope] = "item"
    dimensions: ClassVar[tuple[str, ...]] = tuple(d.name for d in DIMENSIONS)
    messages: ClassVar[tuple[str, ...]] = tuple(d.template for d in DIMENSIONS)
    reads: ClassVar[tuple[str, ...]] = tuple(d.field for d in DIMENSIONS)
    thresholds: ClassVar[tuple[Threshold, ...]] = (
        # Fewer than three cities make no province median: one city against one other is a quarrel.
        Threshold("cross_city_min_cities", 3, "an item is compared across cities only where at least this many "
                  "cities offer it and state the compared value", integer=True, minimum=2),
        # Every extra trip counts against 最多跑一次.
        Threshold("cross_city_visits_excess", 0, "a city is flagged when its on-site visits exceed the median "
                  "of the cities offering the item by more than this", minimum=0),
        Threshold("cross_city_days_excess", 5, "a city is flagged when its promised days exceed the median "
                  "of the cities offering the item by more than this", minimum=0),
        # Material tables split one paper over several rows (原件 / 复印件): a small excess is noise.
        Threshold("cross_city_materials_excess", 2, "a city is flagged when its demanded materials exceed the "
                  "median of the cities offering the item by more than this", minimum=0),
        Threshold("cross_city_majority_share", 0.5, "a city not handling an item online, or charging a fee for "
                  "it, is flagged when more than this share of the cities stating it handle it online or "
                  "charge none", minimum=0.5, maximum=1.0),
    )

    def evaluate(self, context: CheckContext) -> Iterator[Verdict]:
        by_item = one_guide_per_city([g for g in context.guides if g.standard is None])
        for key in sorted(by_item):
            cities = by_item[key]
            for dimension in DIMENSIONS:
                yield from self.compare(context, dimension, cities)

    def compare(self, context: CheckContext, dimension: Dimension,
                cities: dict[str, GuideRecord]) -> Iterator[Verdict]:
        """The verdicts of one item on one dimension, ``cities`` its one guide in each city."""
        stated = {city: value for city, guide in cities.items()
                  if (value := dimension.value(guide.observation)) is not None}
        if len(stated) < self.threshold_value(context.config, "cross_city_min_cities"):
            return
        table = "; ".join(f"{city}: {self.shown(dimension, value)}" for city, value in stated.items())
        pages = tuple(cities[city].observation.url for city in stated)
        for city, value in stated.items():
            args = self.worse(context, dimension, value, list(stated.values()))
            if args is None:
                continue
            guide = cities[city]
            evidence = replace(guide.evidence(dimension.excerpt(guide.observation)), pages=pages)
            yield self.make_verdict(
                city, guide.subject, dimension.template, {**args, "cities": len(stated), "values": table},
                evidence, item_code=guide.observation.item_code, item_name=guide.observation.name,
                dimension=dimension.name, basis=basis_of(guide.observation, (dimension.field,)))

    def worse(self, context: CheckContext, dimension: Dimension, value: int,
              values: list[int]) -> dict[str, MessageArg] | None:
        """The message's figures when ``value`` is worse than the others', else None."""
        if dimension.excess is not None:
            median = statistics.median(values)
            if value - median <= self.threshold_value(context.config, dimension.excess):
                return None
            return {"value": value, "median": f"{median:g}"}
        others = sum(1 for v in values if v != dimension.worse_when)
        share = self.threshold_value(context.config, "cross_city_majority_share")
        if value != dimension.worse_when or others / len(values) <= share:
            return None
        return {"count": others}

    @staticmethod
    def shown(dimension: Dimension, value: int) -> str:
        if dimension.excess is None:
            return YES if value else NO
        return str(value)
