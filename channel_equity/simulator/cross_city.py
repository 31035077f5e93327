"""A third small province, for ``cross-city-divergence``: the same local items listed by every
city on the same terms, and a few cities handling one of them worse.

Nine cities, all up, in the seven non-JavaScript styles, about fifteen guides each, so a crawl
takes seconds. Every city lists the same eight local items (``OFFERS``) with the same visits,
promised days, materials, online handling and fee, so that nothing diverges unless planted,
and four standard items (``STANDARD_OFFERS``), which the rule leaves to exceeds-standard.
Four more local items are offered by only some cities, for the traps below.

Planted (``CASES``): 23 violations — a city with 2-3 visits where the others have 1; promised
days at the median + 10; materials at the median + 4; 是否网办：否 where the others say 是; a
fee where the others charge none — and 19 traps: promised days exactly at the median + 5;
materials exactly at the median + 2; an item offered in only two cities, one far worse; a city
listing an item twice (a city- and a county-level guide), the county guide worse; standard
items worse in one city yet within their standard; materials stated in only two cities; the
cities split evenly on fee or on online handling.

The truth (``province_truth``) derives every outcome from the values (``divergence``); the
declared cases only name them, and ``check_province`` proves each declared case is (or, for a
trap, is not) one. 即办件 shares alternate between one guide over the minimum and well below
it (``immediate-share-low`` traps and violations), reached by flipping standard items only.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from typing import Literal

from channel_equity.simulator.catalog import GENERIC_MATERIALS, ItemSeed
from channel_equity.simulator.city_rules import NON_JS_STYLES, city_rules_seeds
from channel_equity.simulator.divergence import CROSS_CITY_RULE
from channel_equity.simulator.generate import CityBuilder, Implementation, assemble_province, material_spec
from channel_equity.simulator.item_seeds import LOCAL_ITEMS, STANDARD_ITEMS
from channel_equity.simulator.model import City, Declared, GuideItem, ImmediateTarget, Province
from channel_equity.simulator.places import DEMO_CITY_NAMES, SYLLABLES, CitySeed, generated_city_seed
from channel_equity.simulator.scenarios.city import balance_immediate_shares
from channel_equity.simulator.verdicts import check_province

CROSS_CITY_SEED = 20251128
CROSS_CITY_PROVINCE = ("crosscity", "通办示范省")
CITY_COUNT = 9
EVERY_CITY = tuple(range(CITY_COUNT))
SHARE_TARGETS: tuple[ImmediateTarget, ...] = ("just-above", "low")
"""Cycled over the cities: reachable with the three standard items whose days are free."""


@dataclass(frozen=True)
class Offer:
    """An item some cities list, on the same terms in each: its promised days and how many
    materials it demands (0: the guide shows no materials table, so it states none)."""

    name: str
    days: int
    materials: int
    cities: tuple[int, ...] = EVERY_CITY


# fmt: off
OFFERS: tuple[Offer, ...] = (
    Offer("公共租赁住房资格审核", 10, 3), Offer("临时占用城市绿地审批", 5, 2), Offer("城市道路挖掘许可", 5, 3),
    Offer("户外广告设施设置审批", 10, 2), Offer("公共场所卫生许可", 10, 3), Offer("取水许可", 10, 3),
    Offer("生育登记服务", 0, 2), Offer("犬只免疫证办理", 0, 2),
    Offer("旅行社设立许可", 15, 3, (0, 3)), Offer("大型群众性活动安全许可", 7, 3, (0, 2, 4, 6)),
    Offer("建设工程消防验收备案", 5, 3, (0, 1, 2, 4, 6, 8)), Offer("房屋租赁登记备案", 3, 0, (0, 2, 4, 6, 8)),
)
STANDARD_OFFERS: tuple[Offer, ...] = (
    Offer("教师资格认定", 5, 3), Offer("民办学校办学许可", 10, 3), Offer("居民身份证换领", 10, 2),
    Offer("特种设备使用登记", 5, 3),
)
# fmt: on

Outcome = Literal["violation", "trap", "value"]
"""What a case is: a planted divergence, a look-alike that must not fire, or a value another
case needs (the other city stating materials beside the one far above it)."""


@dataclass(frozen=True)
class Case:
    """One change to one city's guide of an item: ``shift`` over the item's terms on a numeric
    dimension, the worse answer (是否网办：否, 是否收费：是) on a yes/no one. ``second_guide``: on a
    county-level guide of the item the city lists besides its own."""

    kind: str
    item: str
    city: int
    dimension: str
    shift: int = 0
    outcome: Outcome = "violation"
    second_guide: bool = False


V, D, M, NET, F = "visits", "promised_days", "materials", "online_available", "fee"
VISITS, DAYS, PAPERS = "visits-above-median", "days-above-median", "materials-above-median"
OFFLINE, FEE = "offline-where-most-online", "fee-where-most-free"
TWO_GUIDES, WITHIN, FEW_STATE = "two-guides-in-city", "standard-item-within-standard", "stated-in-two-cities"
# fmt: off
CASES: tuple[Case, ...] = (
    Case(VISITS, "公共租赁住房资格审核", 1, V, 1), Case(VISITS, "公共租赁住房资格审核", 5, V, 2),
    Case(VISITS, "城市道路挖掘许可", 3, V, 1), Case(VISITS, "公共场所卫生许可", 7, V, 2),
    Case(VISITS, "生育登记服务", 4, V, 1),
    Case(DAYS, "公共租赁住房资格审核", 2, D, 10), Case(DAYS, "临时占用城市绿地审批", 6, D, 10),
    Case(DAYS, "取水许可", 0, D, 10), Case(DAYS, "户外广告设施设置审批", 8, D, 10),
    Case(PAPERS, "城市道路挖掘许可", 5, M, 4), Case(PAPERS, "公共场所卫生许可", 1, M, 4),
    Case(PAPERS, "取水许可", 3, M, 4), Case(PAPERS, "户外广告设施设置审批", 7, M, 4),
    Case(OFFLINE, "临时占用城市绿地审批", 0, NET), Case(OFFLINE, "户外广告设施设置审批", 2, NET),
    Case(OFFLINE, "犬只免疫证办理", 5, NET), Case(OFFLINE, "取水许可", 8, NET), Case(OFFLINE, "公共租赁住房资格审核", 4, NET),
    Case(FEE, "城市道路挖掘许可", 7, F), Case(FEE, "生育登记服务", 1, F), Case(FEE, "公共场所卫生许可", 2, F),
    Case(FEE, "犬只免疫证办理", 8, F), Case(FEE, "临时占用城市绿地审批", 4, F),
    # traps
    Case("days-at-threshold", "城市道路挖掘许可", 1, D, 5, "trap"),
    Case("days-at-threshold", "公共场所卫生许可", 4, D, 5, "trap"),
    Case("materials-at-threshold", "公共租赁住房资格审核", 6, M, 2, "trap"),
    Case("materials-at-threshold", "临时占用城市绿地审批", 8, M, 2, "trap"),
    Case("offered-in-two-cities", "旅行社设立许可", 3, V, 2, "trap"),
    Case("offered-in-two-cities", "旅行社设立许可", 3, D, 20, "trap"),
    Case(TWO_GUIDES, "取水许可", 6, V, 2, "trap", True), Case(TWO_GUIDES, "取水许可", 6, D, 15, "trap", True),
    Case(TWO_GUIDES, "户外广告设施设置审批", 4, M, 5, "trap", True),
    Case(WITHIN, "教师资格认定", 5, D, 15, "trap"), Case(WITHIN, "民办学校办学许可", 6, M, 4, "trap"),
    Case(WITHIN, "居民身份证换领", 1, NET, outcome="trap"), Case(WITHIN, "特种设备使用登记", 8, F, outcome="trap"),
    Case(FEW_STATE, "房屋租赁登记备案", 0, M, 2, "value"), Case(FEW_STATE, "房屋租赁登记备案", 4, M, 8, "trap"),
    Case("fee-split-evenly", "大型群众性活动安全许可", 2, F, outcome="trap"),
    Case("fee-split-evenly", "大型群众性活动安全许可", 6, F, outcome="trap"),
    Case("online-split-evenly", "建设工程消防验收备案", 1, NET, outcome="trap"),
    Case("online-split-evenly", "建设工程消防验收备案", 4, NET, outcome="trap"),
    Case("online-split-evenly", "建设工程消防验收备案", 8, NET, outcome="trap"),
)
# fmt: on


def _seed(name: str) -> ItemSeed:
    return next(seed for seed in (*LOCAL_ITEMS, *STANDARD_ITEMS) if seed.name == name)


def _offer(name: str) -> Offer:
    return next(offer for offer in (*OFFERS, *STANDARD_OFFERS) if offer.name == name)


def cross_city_seeds(seed: int = CROSS_CITY_SEED) -> tuple[CitySeed, ...]:
    """Nine cities cycling over the non-JavaScript styles, named unlike the demo's and the
    city-rules province's cities."""
    taken = DEMO_CITY_NAMES | {city.name for city in city_rules_seeds()}
    pairs = [(a, b) for a in SYLLABLES for b in SYLLABLES if a != b and f"{a[0]}{b[0]}市" not in taken]
    random.Random(f"{seed}:cross-city-names").shuffle(pairs)
    rng = random.Random(f"{seed}:cross-city-cities")
    return tuple(
        replace(
            generated_city_seed(
                number, NON_JS_STYLES[number % len(NON_JS_STYLES)], rng, syllables=pairs[number]
            ),
            region_code=f"86{number + 1:02d}00",
            immediate_target=SHARE_TARGETS[number % len(SHARE_TARGETS)],
        )
        for number in range(CITY_COUNT)
    )


def _papers(item: GuideItem, builder: CityBuilder, count: int) -> None:
    """The first ``count`` papers of the item's pool (then generic ones), none exempt."""
    pool = (*item.seed.materials, *GENERIC_MATERIALS)
    online = item.online_available
    item.materials = [material_spec(paper, online, builder.rng) for paper in pool[:count]]


def _online(item: GuideItem, online: bool) -> None:
    """A counter and, if ``online``, a web channel of depth Ⅲ (no 全程网办: visits stay plausible)."""
    item.channels = ["counter", "online"] if online else ["counter"]
    item.online_available, item.entry = online, "form" if online else None
    item.online_depth, item.express = (3 if online else None), False


def _days(item: GuideItem, days: int) -> None:
    item.promised_days, item.case_type = days, "immediate" if days == 0 else "promised"


def _listed(builder: CityBuilder, city: City, offer: Offer, level_index: int = 0) -> GuideItem:
    """A guide of ``offer`` on its terms. A standard item keeps the channels its policy gives it
    unless online is optional; its days stay free for the 即办件 balance unless a case sets them."""
    seed = _seed(offer.name)
    level = seed.levels[level_index]
    item = builder.item(
        Implementation(seed, seed in STANDARD_ITEMS, level, city.counties[0], builder.seed.towns[0])
    )
    if item.standard is None or seed.online == "optional":
        _online(item, True)
        item.visits = min(1, seed.max_visits)
    if item.standard is None or any(case.item == offer.name and case.dimension == D for case in CASES):
        item.locked.add("days")
    _days(item, offer.days)
    item.fee = seed.fee
    _papers(item, builder, offer.materials)
    return item


def _plant(case: Case, item: GuideItem, builder: CityBuilder) -> None:
    """Set the case's value on the guide and declare what it is."""
    terms = _offer(case.item)
    if case.dimension == V:
        item.visits += case.shift
    elif case.dimension == D:
        _days(item, terms.days + case.shift)
    elif case.dimension == M:
        _papers(item, builder, terms.materials + case.shift)
    elif case.dimension == NET:
        _online(item, False)
        _papers(item, builder, len(item.materials))  # paper forms only, as offline guides list them
    else:
        item.fee = True
    item.scenarios.append(case.kind)
    if case.outcome != "value":
        declared = Declared(CROSS_CITY_RULE, case.kind, case.dimension)
        (item.violations if case.outcome == "violation" else item.traps).append(declared)


def _city_items(builder: CityBuilder, city: City, number: int) -> None:
    """The city's guides: its offers, then a county-level second guide where a case needs one."""
    offers = [offer for offer in (*OFFERS, *STANDARD_OFFERS) if number in offer.cities]
    guides = {offer.name: _listed(builder, city, offer) for offer in offers}
    city.items = list(guides.values())
    for case in CASES:
        if case.city != number:
            continue
        if case.second_guide:
            second = next(
                (i for i in city.items if i.seed.name == case.item and i.levels == ["county"]), None
            )
            if second is None:
                second = _listed(builder, city, _offer(case.item), level_index=1)
                city.items.append(second)
            _plant(case, second, builder)
        else:
            _plant(case, guides[case.item], builder)


def build_cross_city_province(seed: int = CROSS_CITY_SEED) -> Province:
    """The cross-city province (see the module docstring); deterministic for a seed."""
    cities, builders = [], {}
    for number, city_seed in enumerate(cross_city_seeds(seed)):
        builder = CityBuilder(city_seed, number, random.Random(f"{seed}:{city_seed.id}"))
        city = builder.city()
        _city_items(builder, city, number)
        cities.append(city)
        builders[city.id] = builder
    province = assemble_province(*CROSS_CITY_PROVINCE, seed, cities, latency_ms=0)
    balance_immediate_shares(
        cities, builders, province.policy.immediate_share_min, random.Random(f"{seed}:shares")
    )
    check_province(province)
    return province
