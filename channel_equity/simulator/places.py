"""Where things are: the demo's nine cities, generated cities for large provinces, and the
service halls (city, county, town, village/community) a guide lists as 办理地点.

Hall names carry their level the way real ones do (…政务服务中心, …街道便民服务中心,
…社区党群服务中心, …村便民服务站), which is what the village-gap rule has to read.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from channel_equity.core.observation import Level
from channel_equity.simulator.model import FrontDoor, ImmediateTarget, LocationSpec, Outage


@dataclass(frozen=True)
class CitySeed:
    """What a city is before it gets items: name, portal style, geography, portal identity."""

    id: str
    name: str
    style: str
    region_code: str  # 6-digit administrative code of the city (xxxx00)
    counties: tuple[str, ...]
    towns: tuple[str, ...]
    villages: tuple[str, ...]  # each ends in 村 or 社区
    roads: tuple[str, ...]
    site_title: str
    app_name: str
    immediate_target: ImmediateTarget = "above"
    up: bool = True
    items: int | None = None  # this many distinct guides (small provinces); None: the spec decides
    outage: Outage = "connection-refused"
    front_door: FrontDoor = "plain"


# fmt: off
DEMO_CITIES: tuple[CitySeed, ...] = (
    CitySeed("jinghai", "镜海市", "table", "880100", ("东湖区", "滨江区", "青石县"), ("城关街道", "石桥镇"),
             ("柳溪社区", "石桥村", "望海社区"), ("滨江大道", "人民路", "海晏路"), "镜海市政务服务网", "镜海通"),
    CitySeed("yuntai", "云台市", "deflist", "880200", ("云峰区", "龙泉区", "桃源县"), ("解放街道", "白沙镇"),
             ("新华社区", "白沙村", "红星村"), ("建设路", "云台大道", "文昌路"), "云台市网上办事大厅", "云台办"),
    CitySeed("zeyang", "泽阳市", "bracket", "880300", ("泽南区", "泽北区", "临河县"), ("中心街道", "柳林镇"),
             ("长青社区", "柳林村", "河湾村"), ("解放路", "泽阳大道", "迎宾路"), "泽阳市政务服务平台", "泽阳通",
             immediate_target="low"),
    CitySeed("linlan", "临澜市", "tabbed", "880400", ("澜沧区", "清河区", "松山县"), ("朝阳街道", "松林镇"),
             ("朝阳社区", "松林村", "清泉村"), ("澜江路", "清河大道", "松山路"), "临澜市一体化政务服务平台",
             "临澜办", immediate_target="at-min"),
    CitySeed("qinghe", "青禾市", "spa", "880500", ("禾丰区", "青湖区", "稻香县"), ("丰乐街道", "稻田镇"),
             ("丰乐社区", "稻田村", "荷塘村"), ("青禾大道", "丰收路", "湖滨路"), "青禾市政务服务网", "青禾i办",
             immediate_target="low"),
    CitySeed("beikun", "北堃市", "legacy", "880600", ("昇平区", "喆阳区", "珺山县"), ("城南街道", "镕溪镇"),
             ("昇平社区", "镕溪村", "山前村"), ("堃华路", "北环路", "喆阳大道"), "北堃市网上审批服务大厅", "北堃通"),
    CitySeed("wangchuan", "望川市", "hanweb", "880700", ("川东区", "川西区", "远山县"), ("东门街道", "远山镇"),
             ("东门社区", "远山村", "双桥村"), ("望川大道", "东风路", "远山路"), "望川市政务服务网", "望川通"),
    CitySeed("jiayu", "嘉屿市", "table_login", "880800", ("嘉南区", "屿北区", "海岛县"), ("海滨街道", "渔港镇"),
             ("海滨社区", "渔港村", "礁石村"), ("嘉屿大道", "海港路", "环岛路"), "嘉屿市政务服务网", "嘉屿办",
             immediate_target="low"),
    CitySeed("nanxi", "南溪市", "down", "880900", ("溪口区", "南岭区", "竹园县"), ("溪口街道", "竹园镇"),
             ("溪口社区", "竹园村", "茶山村"), ("南溪大道", "竹园路", "茶山路"), "南溪市政务服务网", "南溪通",
             up=False),
)
# fmt: on
"""The demo province: one city per portal style, the ninth one down."""
DEMO_CITY_NAMES = frozenset(seed.name for seed in DEMO_CITIES)

HALL_HOURS: tuple[str, ...] = (
    "周一至周五 上午9:00-12:00，下午13:30-17:00（法定节假日除外）",
    "工作日 8:30-12:00，14:00-17:30",
    "周一至周五 9:00-17:00（中午不休），周六上午9:00-12:00",
    "周一至周五 上午8:30-12:00 下午14:30-17:30（节假日除外）",
)

SYLLABLES: tuple[tuple[str, str], ...] = (
    ("安", "an"),
    ("宁", "ning"),
    ("青", "qing"),
    ("临", "lin"),
    ("泽", "ze"),
    ("望", "wang"),
    ("嘉", "jia"),
    ("云", "yun"),
    ("海", "hai"),
    ("川", "chuan"),
    ("平", "ping"),
    ("溪", "xi"),
    ("山", "shan"),
    ("阳", "yang"),
    ("江", "jiang"),
    ("城", "cheng"),
    ("桥", "qiao"),
    ("湖", "hu"),
    ("丰", "feng"),
    ("源", "yuan"),
)
COUNTY_ENDINGS = ("区", "区", "县")
TOWN_NAMES = ("城关街道", "新城街道", "白石镇", "长乐镇", "河口镇", "东岭街道")
VILLAGE_NAMES = ("和平社区", "新村社区", "杨柳村", "石门村", "金田村", "文化社区", "大塘村")
ROAD_NAMES = ("人民路", "解放路", "中山路", "建设大道", "文化路", "府前路", "滨河路")


def generated_city_seed(
    index: int,
    style: str,
    rng: random.Random,
    up: bool = True,
    syllables: tuple[tuple[str, str], tuple[str, str]] | None = None,
) -> CitySeed:
    """A plausible city for a large province: two syllables + 市, counties named after it.
    ``syllables`` chooses the name (the id is then its pinyin, without the index)."""
    first, second = SYLLABLES[index % len(SYLLABLES)], SYLLABLES[(index * 7 + 3) % len(SYLLABLES)]
    if first == second:
        second = SYLLABLES[(index + 1) % len(SYLLABLES)]
    city_id = f"{first[1]}{second[1]}{index:02d}"
    if syllables is not None:
        first, second = syllables
        city_id = f"{first[1]}{second[1]}"
    name = f"{first[0]}{second[0]}市"
    county_chars = rng.sample([s[0] for s in SYLLABLES], 3)
    counties = tuple(
        f"{char}{second[0]}{ending}" for char, ending in zip(county_chars, COUNTY_ENDINGS, strict=True)
    )
    target: ImmediateTarget = ("low", "above", "at-min", "above")[index % 4]  # type: ignore[assignment]
    return CitySeed(
        id=city_id,
        name=name,
        style=style,
        region_code=f"88{(index + 10) % 100:02d}00",
        counties=counties,
        towns=tuple(rng.sample(TOWN_NAMES, 2)),
        villages=(
            rng.choice([v for v in VILLAGE_NAMES if v.endswith("社区")]),
            *rng.sample([v for v in VILLAGE_NAMES if v.endswith("村")], 2),
        ),
        roads=tuple(rng.sample(ROAD_NAMES, 3)),
        site_title=f"{name}政务服务网",
        app_name=f"{first[0]}{second[0]}通",
        immediate_target=target,
        up=up,
    )


class Halls:
    """Builds the 办理地点 entries of one city, deterministically from its seed."""

    def __init__(self, seed: CitySeed, rng: random.Random, hours: str, phone_area: str) -> None:
        self.seed = seed
        self.rng = rng
        self.hours = hours
        self.phone_area = phone_area

    def _phone(self) -> str:
        return f"{self.phone_area}-{self.rng.randint(2000000, 8999999)}"

    def _address(self, place: str) -> str:
        road = self.rng.choice(self.seed.roads)
        return f"{place}{road}{self.rng.randint(1, 399)}号"

    def city_hall(self, window: str) -> LocationSpec:
        name = f"{self.seed.name}政务服务中心"
        floor = self.rng.choice(("一", "二", "三"))
        address = f"{self._address(self.seed.name)}市民中心{floor}楼{window}"
        return LocationSpec(name, "city", address, self.hours, self._phone())

    def county_hall(self, county: str, window: str) -> LocationSpec:
        name = f"{county}政务服务中心"
        return LocationSpec(
            name, "county", f"{self._address(self.seed.name + county)}{window}", self.hours, self._phone()
        )

    def town_centre(self, county: str, town: str) -> LocationSpec:
        name = f"{county}{town}便民服务中心"
        return LocationSpec(
            name, "town", self._address(self.seed.name + county + town), self.hours, self._phone()
        )

    def village_centre(self, county: str, town: str, village: str) -> LocationSpec:
        kind = "党群服务中心" if village.endswith("社区") else "便民服务站"
        name = f"{town}{village}{kind}"
        address = f"{self.seed.name}{county}{town}{village}{self.rng.randint(1, 99)}号"
        return LocationSpec(name, "village", address, self.hours, self._phone())

    def hall_for(self, level: Level, county: str, town: str, window: str) -> LocationSpec:
        """The hall where a body of this level receives applications."""
        if level in ("city", "province", "national"):
            return self.city_hall(window)
        if level == "county":
            return self.county_hall(county, window)
        if level == "town":
            return self.town_centre(county, town)
        return self.village_centre(county, town, self.rng.choice(self.seed.villages))

    def village_centres(self, county: str, town: str, count: int) -> list[LocationSpec]:
        villages = self.rng.sample(list(self.seed.villages), min(count, len(self.seed.villages)))
        return [self.village_centre(county, town, village) for village in villages]
