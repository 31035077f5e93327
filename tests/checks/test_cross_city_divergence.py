"""cross-city-divergence: one city handles an item worse than the median of the cities offering it."""

from __future__ import annotations

import random
import statistics
from typing import Any

from channel_equity.checks.context import GuideRecord
from channel_equity.checks.rules.cross_city_divergence import CrossCityDivergence
from channel_equity.checks.verdict import Verdict
from channel_equity.core.config import MonitorConfig
from channel_equity.core.observation import Material
from tests.checks import rule_builders as built

CITIES = ("anhe", "baishan", "chengyang", "dongpu", "jinghai")
CONFIG = built.make_config(cities=[(city, f"http://{city}.example.gov.cn/") for city in CITIES])
BASIC = "001104005000"  # no standard item of the policy has it
NAME = "建设工程城市道路挖掘许可"


def usci(city: str) -> str:
    return f"1133{CITIES.index(city):04d}MB0000000X"  # 18 characters


def guide(city: str, number: int = 1, basic: str | None = BASIC, name: str = NAME, **fields: Any) -> GuideRecord:
    code = f"{usci(city)}2{basic}" if basic else None
    obs = built.observation(name=name, item_code=code, url=f"http://{city}.example.gov.cn/bszn?id={number}", **fields)
    return built.record(obs, CONFIG, city, number=CITIES.index(city) * 1000 + number)


def run(guides: list[GuideRecord], config: MonitorConfig = CONFIG) -> list[Verdict]:
    return list(CrossCityDivergence().evaluate(built.make_context(guides, config)))


def flagged(verdicts: list[Verdict]) -> set[tuple[str, str | None]]:
    return {(v.city_id, v.dimension) for v in verdicts}


def test_one_city_with_more_visits_is_flagged_with_the_table_of_every_city() -> None:
    guides = [guide(city, visits=v) for city, v in zip(CITIES, (1, 1, 1, 1, 3), strict=True)]
    [verdict] = run(guides)
    assert (verdict.city_id, verdict.dimension, verdict.subject) == ("jinghai", "visits", guides[4].subject)
    assert verdict.message_args["value"] == 3 and verdict.message_args["median"] == "1"
    assert verdict.message_args["cities"] == 5
    assert verdict.message_args["values"] == "anhe: 1; baishan: 1; chengyang: 1; dongpu: 1; jinghai: 3"
    assert verdict.evidence.url == guides[4].observation.url
    assert verdict.evidence.pages == tuple(g.observation.url for g in guides)
    assert verdict.evidence.excerpt == "3次"
    assert verdict.standard_code is None and verdict.item_code == guides[4].observation.item_code


def test_promised_days_beyond_the_threshold_only() -> None:
    days = (5, 5, 6, 20, 5)
    guides = [guide(city, promised_days=d) for city, d in zip(CITIES, days, strict=True)]
    assert flagged(run(guides)) == {("dongpu", "promised_days")}  # 6 is within the default 5 days
    tight = built.make_config(cities=[(c, f"http://{c}.example.gov.cn/") for c in CITIES],
                              thresholds={"cross_city_days_excess": 0})
    assert flagged(run(guides, tight)) == {("dongpu", "promised_days"), ("chengyang", "promised_days")}
    loose = built.make_config(cities=[(c, f"http://{c}.example.gov.cn/") for c in CITIES],
                              thresholds={"cross_city_days_excess": 15})
    assert run(guides, loose) == []  # 20 - 5 is not more than 15


def test_fewer_cities_than_the_minimum_are_not_compared() -> None:
    guides = [guide(city, visits=v) for city, v in zip(CITIES[:2], (1, 3), strict=True)]
    assert run(guides) == []
    three = [guide(city, visits=v) for city, v in zip(CITIES[:3], (1, 1, 3), strict=True)]
    assert flagged(run(three)) == {("chengyang", "visits")}


def test_a_missing_value_is_neither_judged_nor_counted() -> None:
    # stated: 1, 2, 2 -> median 2: the city saying 1 is fine, nobody is worse; without the
    # missing one read as 0 the median would not drop to 1.5 and flag the 2s
    guides = [guide("anhe", visits=1), guide("baishan", visits=2), guide("chengyang", visits=2),
              guide("dongpu"), guide("jinghai")]
    assert run(guides) == []
    # only two cities state it: below the minimum
    assert run([guide("anhe", visits=1), guide("baishan", visits=3), guide("chengyang")]) == []


def test_items_are_matched_by_name_when_codes_are_absent() -> None:
    names = ("道路挖掘许可", "道路挖掘许可（市级权限）", "道路 挖掘许可", "道路挖掘许可", "道路挖掘许可")
    guides = [guide(city, basic=None, name=n, visits=v)
              for city, n, v in zip(CITIES, names, (1, 1, 1, 1, 2), strict=True)]
    [verdict] = run(guides)
    assert (verdict.city_id, verdict.subject) == ("jinghai", "name:道路挖掘许可")
    # a code-less guide joins the code group of its name
    mixed = [guide(city, visits=1) for city in CITIES[:4]] + [guide("jinghai", basic=None, visits=2)]
    assert flagged(run(mixed)) == {("jinghai", "visits")}


def test_different_items_are_not_compared() -> None:
    guides = [guide(city, visits=1) for city in CITIES[:4]] + [guide("jinghai", basic="001104006000", visits=3)]
    assert run(guides) == []


def test_a_fee_where_the_others_charge_none() -> None:
    guides = [guide(city, fee=f) for city, f in zip(CITIES, (False, False, False, True, None), strict=True)]
    [verdict] = run(guides)
    assert (verdict.city_id, verdict.dimension) == ("dongpu", "fee")
    assert verdict.message_args == {"count": 3, "cities": 4, "values": "anhe: 否; baishan: 否; chengyang: 否; dongpu: 是"}
    split = [guide(city, fee=f) for city, f in zip(CITIES, (False, False, True, True), strict=False)]
    assert run(split) == []  # half charge: no majority to be worse than


def test_not_online_where_most_cities_are() -> None:
    guides = [guide(city, online_available=o) for city, o in zip(CITIES, (True, True, False, True, False), strict=True)]
    assert flagged(run(guides)) == {("chengyang", "online_available"), ("jinghai", "online_available")}
    mostly_offline = [guide(city, online_available=o)
                      for city, o in zip(CITIES, (False, False, False, True, True), strict=True)]
    assert run(mostly_offline) == []


def test_materials_count_only_the_demanded_ones() -> None:
    def papers(count: int, exempt: int = 0) -> list[Material]:
        return [Material(name=f"材料{n}", exempt=n < exempt) for n in range(count)]
    guides = [guide(city, materials=papers(c, e))
              for city, c, e in zip(CITIES, (3, 3, 3, 6, 8), (0, 0, 0, 0, 5), strict=True)]
    assert flagged(run(guides)) == {("dongpu", "materials")}  # 6 > 3 + 2; 8 with 5 exempt is 3


def test_guides_matched_to_a_standard_item_are_left_to_exceeds_standard() -> None:
    guides = [guide(city, basic="000117002000", name="个体工商户设立登记", visits=v)
              for city, v in zip(CITIES, (1, 1, 1, 1, 3), strict=True)]
    assert all(g.standard is not None for g in guides)
    assert run(guides) == []


def test_a_city_with_two_guides_for_the_item_is_left_out() -> None:
    guides = [guide(city, visits=1) for city in CITIES[:3]] + [guide("jinghai", 1, visits=3),
                                                                 guide("jinghai", 2, visits=3)]
    assert run(guides) == []


# --- precision and recall on a generated province ------------------------------------------

EXCESS = {"visits": 0, "promised_days": 5, "materials": 2}


def expected(table: dict[str, dict[str, dict[str, Any]]]) -> set[tuple[str, str, str]]:
    """(item, city, dimension) read straight from the rule's definition."""
    truth: set[tuple[str, str, str]] = set()
    for item, cities in table.items():
        for dimension, excess in EXCESS.items():
            stated = {c: v[dimension] for c, v in cities.items() if v[dimension] is not None}
            if len(stated) >= 3:
                middle = statistics.median(stated.values())
                truth |= {(item, c, dimension) for c, v in stated.items() if v > middle + excess}
        for dimension, bad in (("online_available", False), ("fee", True)):
            stated = {c: v[dimension] for c, v in cities.items() if v[dimension] is not None}
            good = [c for c, v in stated.items() if v != bad]
            if len(stated) >= 3 and len(good) * 2 > len(stated):
                truth |= {(item, c, dimension) for c, v in stated.items() if v == bad}
    return truth


def test_precision_and_recall_on_a_generated_province() -> None:
    rng = random.Random(16)

    def maybe(value: Any) -> Any:
        return None if rng.random() < 0.15 else value

    table: dict[str, dict[str, dict[str, Any]]] = {}
    guides: list[GuideRecord] = []
    for n in range(30):
        item = f"0011{n:04d}0000"
        table[item] = {}
        for city in rng.sample(CITIES, rng.randint(2, 5)):
            values = {"visits": maybe(rng.choice((0, 1, 1, 1, 2, 3))),
                      "promised_days": maybe(rng.choice((1, 5, 5, 10, 20))),
                      "materials": maybe(rng.randint(1, 8)),
                      "online_available": maybe(rng.random() < 0.7), "fee": maybe(rng.random() < 0.2)}
            table[item][city] = values
            materials = [Material(name=f"材料{k}") for k in range(values["materials"] or 0)]
            guides.append(guide(city, n, basic=item, name=f"事项{n}", visits=values["visits"],
                                promised_days=values["promised_days"], materials=materials,
                                online_available=values["online_available"], fee=values["fee"]))
    truth = expected(table)
    found = {(v.item_code[-12:] if v.item_code else "", v.city_id, v.dimension or "") for v in run(guides)}
    assert len(truth) >= 20  # the table is not trivially clean
    precision = len(found & truth) / len(found)
    recall = len(found & truth) / len(truth)
    assert precision >= 0.95 and recall >= 0.95, (precision, recall, found ^ truth)
