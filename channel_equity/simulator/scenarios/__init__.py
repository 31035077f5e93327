"""Injected violations and traps: small named scenarios applied to chosen guide items.

A scenario says which rule outcome it produces (a violation, or a trap that must *not*
fire), which aspects of a guide it owns (channels, visits, materials …) and which items it
fits. The engine spreads each scenario round-robin over the up cities, so every rule's
cases land on several portal styles, and never lets two scenarios own the same aspect of
one guide (so one injected case cannot silently cancel another).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from channel_equity.simulator.model import City, Declared, GuideItem

MAX_SCENARIOS_PER_ITEM = 3


class SimulationError(Exception):
    """The province could not be built as planned (a bug in the generator or its plan)."""


@dataclass
class ScenarioContext:
    """What a scenario may use besides the item: its city, the city's builder and the rng."""

    city: City
    builder: object  # generate.CityBuilder (typed loosely to avoid an import cycle)
    rng: random.Random


@dataclass(frozen=True)
class Scenario:
    """Mutates one existing guide into a violation or a trap."""

    kind: str
    aspects: frozenset[str]
    eligible: Callable[[GuideItem, ScenarioContext], bool]
    apply: Callable[[GuideItem, ScenarioContext], None]
    violations: tuple[Declared, ...] = ()
    traps: tuple[Declared, ...] = ()
    skip_styles: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Addition:
    """Adds a new guide to a city (abolished items and their look-alikes)."""

    kind: str
    make: Callable[[ScenarioContext, int], GuideItem]
    violations: tuple[Declared, ...] = ()
    traps: tuple[Declared, ...] = ()


def as_is(item: GuideItem, context: ScenarioContext) -> None:
    """For scenarios whose guide already is the case: they only declare (and reserve) it."""


def violation(rule: str, kind: str, dimension: str | None = None) -> tuple[Declared, ...]:
    return (Declared(rule, kind, dimension),)


def trap(*rules: str, kind: str, dimension: str | None = None) -> tuple[Declared, ...]:
    return tuple(Declared(rule, kind, dimension) for rule in rules)


def _record(item: GuideItem, kind: str, violations: Sequence[Declared], traps: Sequence[Declared]) -> None:
    item.scenarios.append(kind)
    item.violations.extend(violations)
    item.traps.extend(traps)


def _fits(item: GuideItem, scenario: Scenario, context: ScenarioContext) -> bool:
    return (
        item.readable
        and not (scenario.aspects & item.locked)
        and len(item.scenarios) < MAX_SCENARIOS_PER_ITEM
        and scenario.eligible(item, context)
    )


def apply_scenarios(
    cities: Sequence[City],
    builders: Mapping[str, object],
    plan: Mapping[str, int],
    rng: random.Random,
    strict: bool = True,
) -> None:
    """Apply every planned scenario ``plan[kind]`` times, rotating over the up cities; a key
    ``"kind@style"`` applies it only on portals of that style (a style's signature cases)."""
    from channel_equity.simulator.scenarios.registry import ADDITIONS, SCENARIOS

    unknown = {key.partition("@")[0] for key in plan} - set(all_kinds())
    if unknown:
        raise SimulationError(f"plan names unknown scenarios: {sorted(unknown)}")
    up = [city for city in cities if city.up]
    contexts = {city.id: ScenarioContext(city, builders[city.id], rng) for city in up}
    for position, addition in enumerate(ADDITIONS):
        for n in range(plan.get(addition.kind, 0)):
            city = up[(position * 3 + n) % len(up)]
            item = addition.make(contexts[city.id], n)
            _record(item, addition.kind, addition.violations, addition.traps)
            city.items.append(item)
    for position, scenario in enumerate(SCENARIOS):
        targeted = [(key, key.partition("@")[2]) for key in plan if key.partition("@")[0] == scenario.kind]
        for key, style in targeted:
            cities_here = [city for city in up if not style or city.style == style]
            for n in range(plan[key]):
                if not _apply_once(scenario, cities_here, contexts, position + n, rng) and strict:
                    raise SimulationError(
                        f"no guide left that fits scenario {key!r} ({n} of {plan[key]} applied)"
                    )


def _apply_once(
    scenario: Scenario,
    cities: Sequence[City],
    contexts: Mapping[str, ScenarioContext],
    start: int,
    rng: random.Random,
) -> bool:
    """Apply ``scenario`` to one fitting guide, trying cities in turn from ``start``."""
    for attempt in range(len(cities)):
        city = cities[(start + attempt) % len(cities)]
        if city.style in scenario.skip_styles:
            continue
        context = contexts[city.id]
        for item in rng.sample(city.items, len(city.items)):
            if _fits(item, scenario, context):
                scenario.apply(item, context)
                item.locked |= scenario.aspects
                _record(item, scenario.kind, scenario.violations, scenario.traps)
                return True
    return False


def all_kinds() -> list[str]:
    from channel_equity.simulator.scenarios.registry import ADDITIONS, SCENARIOS

    return [a.kind for a in ADDITIONS] + [s.kind for s in SCENARIOS]
