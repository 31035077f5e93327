"""Guides a city adds on top of its base list: abolished approval items kept alive (under
their own name, a disguise, or a local code) and their legal look-alikes."""

from __future__ import annotations

from channel_equity.simulator.catalog import (
    ABOLISHED_ITEMS,
    DEPARTMENTS,
    GENERIC_MATERIALS,
    AbolishedSeed,
    ItemSeed,
    MaterialSeed,
)
from channel_equity.simulator.codes import basic_code
from channel_equity.simulator.generate import CityBuilder, Implementation
from channel_equity.simulator.item_seeds import STANDARD_ITEMS
from channel_equity.simulator.model import GuideItem
from channel_equity.simulator.scenarios import Addition, Scenario, ScenarioContext, as_is, trap, violation

AB = "abolished-item"
REPLACEMENT_CODES = frozenset(
    s.code for s in STANDARD_ITEMS if s.name in ("公章刻制备案", "企业年度报告公示")
)
"""The live procedures that replaced 印章刻制审批 and 企业年检: named alike, not abolished."""


def _seed_like(abolished: AbolishedSeed, code: str, name: str) -> ItemSeed:
    """Terms for an item outside the standard list (the generator needs some to write a guide)."""
    return ItemSeed(
        code=code,
        name=name,
        type_code=abolished.type_code,
        dept=abolished.dept,
        serves="legal",
        online="optional",
        offline="required",
        max_visits=1,
        max_promised_days=15,
        statutory_days=20,
        max_materials=4,
        levels=("city", "county"),
        village="optional",
        fee=False,
        materials=(MaterialSeed(f"{name}申请表"), *GENERIC_MATERIALS[:4]),
    )


def _local_code(abolished: AbolishedSeed, offset: int, index: int) -> str:
    return basic_code("88", abolished.type_code, DEPARTMENTS[abolished.dept].code, offset + index % 20)


def _make(kind: str):  # type: ignore[no-untyped-def]
    def make(context: ScenarioContext, index: int) -> GuideItem:
        builder: CityBuilder = context.builder  # type: ignore[assignment]
        abolished = ABOLISHED_ITEMS[(index * 3 + len(context.city.items)) % len(ABOLISHED_ITEMS)]
        level = "city"
        if kind == "name-and-code":
            name = abolished.name + ("（设区的市级权限）" if index % 2 else "")
            code = abolished.code
        elif kind == "disguised":
            name, code = abolished.disguised_name, abolished.code
        elif kind == "name-local-code":
            name, code, level = abolished.name + "（县级权限）", _local_code(abolished, 950, index), "county"
        else:
            name, code = abolished.lookalike_name, _local_code(abolished, 970, index)
        seed = _seed_like(abolished, code, name)
        county, town = context.rng.choice(builder.seed.counties), context.rng.choice(builder.seed.towns)
        item = builder.item(Implementation(seed, False, level, county, town))  # type: ignore[arg-type]
        item.name = name
        item.abolished = None if kind == "lookalike" else abolished
        return item

    return make


ABOLISHED_ADDITIONS: tuple[Addition, ...] = (
    Addition("abolished-name-and-code", _make("name-and-code"), violations=violation(AB, "name-and-code")),
    Addition("abolished-disguised-name", _make("disguised"), violations=violation(AB, "disguised-name")),
    Addition(
        "abolished-name-local-code", _make("name-local-code"), violations=violation(AB, "name-local-code")
    ),
    Addition("abolished-lookalike", _make("lookalike"), traps=trap(AB, kind="lookalike-name")),
)

REPLACEMENT_SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "abolished-replacement",
        frozenset({"name"}),
        lambda item, context: item.standard is not None and item.standard.code in REPLACEMENT_CODES,
        as_is,
        traps=trap(AB, kind="replacement-procedure"),
    ),
)
