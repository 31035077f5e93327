"""Building a province: cities, the items each implements, compliant base values, then the
injected violations and traps (``scenarios``), login walls and 即办件 shares.

Base items are compliant with every rule by construction (values within the standard, a
counter and an online channel where the policy asks, shared papers never demanded, village
centres where required); every violation in the truth comes from a named scenario.
Randomness comes only from ``random.Random`` seeded per city from the province seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from channel_equity.core.observation import Level, MaterialForm
from channel_equity.simulator.catalog import (
    ABOLISHED_ITEMS,
    DEPARTMENTS,
    LEGAL_BASES,
    SHARED_DATA_MATERIALS,
    VISIT_REASONS,
    ItemSeed,
    MaterialSeed,
)
from channel_equity.simulator.codes import handling_item_code, implementation_code, make_usci
from channel_equity.simulator.item_seeds import LOCAL_ITEMS, STANDARD_ITEMS
from channel_equity.simulator.labels import choose_labels
from channel_equity.simulator.model import (
    ChromeTraps,
    City,
    GuideItem,
    LocationSpec,
    MaterialSpec,
    Policy,
    Province,
)
from channel_equity.simulator.places import HALL_HOURS, CitySeed, Halls

SUBITEM_NAMES = ("新办", "变更", "延续", "注销", "补办")
STYLES_SHOWING_BASIC_CODE = frozenset({"table", "tabbed", "spa", "table_login"})
STYLES_WITH_HANDLING_CODES = frozenset({"table_login"})
CONDITIONS = {
    "person": "申请人为本市户籍居民或持有本市居住证的人员，且符合相关规定条件。",
    "legal": "申请人为依法设立的企业或其他组织，具备与申请事项相适应的场所、设备和人员条件。",
}


@dataclass(frozen=True)
class Implementation:
    """One guide to write: which item, exercised by which body, maybe as a handling sub-item."""

    seed: ItemSeed
    standard: bool
    level: Level
    county: str
    town: str
    subitem: int = 0  # 0 = the implementation itself; n = n-th 业务办理项


@dataclass
class CityBuilder:
    """Builds one city's items; all its randomness comes from ``rng``."""

    seed: CitySeed
    index: int
    rng: random.Random
    halls: Halls = field(init=False)
    bodies: dict[tuple[str, Level, str, str], tuple[str, str]] = field(default_factory=dict)
    used_codes: set[str] = field(default_factory=set)
    serial: int = 0

    def __post_init__(self) -> None:
        self.hours = self.rng.choice(HALL_HOURS)
        self.phone_area = f"07{self.rng.randint(10, 99)}"
        self.halls = Halls(self.seed, self.rng, self.hours, self.phone_area)

    def city(self) -> City:
        labels = choose_labels(self.index)
        if self.seed.style not in STYLES_SHOWING_BASIC_CODE:
            labels.pop("basic_code")
        return City(
            id=self.seed.id,
            name=self.seed.name,
            style=self.seed.style,
            up=self.seed.up,
            charset="gbk" if self.seed.style == "legacy" else "utf-8",
            region_code=self.seed.region_code,
            site_title=self.seed.site_title,
            app_name=self.seed.app_name,
            phone_area=self.phone_area,
            hours=self.hours,
            labels=labels,
            vocabulary_index=self.index % 4,
            counties=self.seed.counties,
            chrome_traps=chrome_traps_for(self.seed.style),
            immediate_target=self.seed.immediate_target,
            seed_index=self.index,
            outage=self.seed.outage,
            front_door=self.seed.front_door,
        )

    def body(self, dept_key: str, level: Level, county: str, town: str) -> tuple[str, str]:
        """(name, USCI) of the body of this department at this level, created once per city."""
        key = (
            dept_key,
            level,
            county if level != "city" else "",
            town if level in ("town", "village") else "",
        )
        if key not in self.bodies:
            dept = DEPARTMENTS[dept_key]
            region = self.seed.region_code
            if level == "city":
                name = f"{self.seed.name}{dept.name}"
            elif level == "county":
                region = region[:4] + f"{self.seed.counties.index(county) + 2:02d}"
                name = (
                    f"{self.seed.name}{dept.name}{county}分局"
                    if dept_key in ("police", "env", "land")
                    else f"{county}{dept.name}"
                )
            else:
                region = region[:4] + f"{self.seed.counties.index(county) + 2:02d}"
                name = f"{county}{town}{'人民政府' if town.endswith('镇') else '办事处'}"
            self.bodies[key] = (name, make_usci(region, self.rng))
        return self.bodies[key]

    def claim_code(self, code: str) -> str:
        """``code``, or — when another guide of this city already shows it (one body implementing
        an item twice) — the next free 33-char handling-item code under it."""
        sequence = int(code[31:]) if len(code) == 33 else 1
        while code in self.used_codes:
            sequence += 1
            code = handling_item_code(code[:31], sequence)
        self.used_codes.add(code)
        return code

    def plan(self, count: int | None) -> list[Implementation]:
        """Which guides the portal lists. ``None``: demo sizing (most standard items, some
        twice at city and county, a few local ones); a number: that many, adding county and
        town implementations and 业务办理项 sub-items as real large portals do. A city seed
        with ``items`` set lists that many distinct items instead (``small_plan``)."""
        if self.seed.items is not None:
            return self.small_plan(self.seed.items)
        rng = self.rng
        standard = rng.sample(STANDARD_ITEMS, len(STANDARD_ITEMS))
        locals_ = rng.sample(LOCAL_ITEMS, len(LOCAL_ITEMS))
        if count is None:
            chosen = standard[: rng.randint(35, 39)]
            plans = [self._implementation(seed, True, seed.levels[0]) for seed in chosen]
            twice = [seed for seed in chosen if len(seed.levels) > 1][:5]
            plans += [self._implementation(seed, True, seed.levels[1]) for seed in twice]
            plans += [self._implementation(seed, False, seed.levels[0]) for seed in locals_[:4]]
            return plans
        plans = []
        local_budget = max(1, count // 20)
        plans += [self._implementation(seed, False, seed.levels[0]) for seed in locals_[:local_budget]]
        subitem = 0
        while len(plans) < count:
            for seed in standard:
                for level in seed.levels:
                    for county in self.seed.counties if level != "city" else self.seed.counties[:1]:
                        plans.append(
                            Implementation(seed, True, level, county, rng.choice(self.seed.towns), subitem)
                        )
                        if len(plans) >= count:
                            return plans
            subitem += 1
        return plans

    def small_plan(self, count: int) -> list[Implementation]:
        """``count`` distinct items for a small portal: one local item, at most one standard item
        that is always a 即办件 (a promised-days maximum of 0), the rest standard items that may
        be either, each at its first allowed level — so any 即办件 share can be reached."""
        rng = self.rng
        standard = rng.sample(STANDARD_ITEMS, len(STANDARD_ITEMS))
        flexible = [seed for seed in standard if seed.max_promised_days > 0]
        forced = [seed for seed in standard if seed.max_promised_days == 0]
        local = next(seed for seed in rng.sample(LOCAL_ITEMS, len(LOCAL_ITEMS)) if seed.max_promised_days > 0)
        chosen = [*flexible[: max(0, count - 2)], *forced[:1]][: max(0, count - 1)]
        plans = [self._implementation(seed, True, seed.levels[0]) for seed in chosen]
        return [*plans, self._implementation(local, False, local.levels[0])][:count]

    def _implementation(self, seed: ItemSeed, standard: bool, level: Level) -> Implementation:
        return Implementation(
            seed, standard, level, self.rng.choice(self.seed.counties), self.rng.choice(self.seed.towns)
        )

    def item(self, impl: Implementation) -> GuideItem:
        """A compliant guide for one implementation."""
        rng, seed = self.rng, impl.seed
        department, usci = self.body(seed.dept, impl.level, impl.county, impl.town)
        code = implementation_code(usci, impl.level, seed.code)
        name = seed.name
        if impl.subitem:
            name = f"{seed.name}（{SUBITEM_NAMES[(impl.subitem - 1) % len(SUBITEM_NAMES)]}）"
        elif impl.level == "city" and rng.random() < 0.2:
            name = f"{seed.name}（设区的市级权限）"
        if impl.subitem or self.seed.style in STYLES_WITH_HANDLING_CODES:
            code = handling_item_code(code, impl.subitem or 1)
        code = self.claim_code(code)
        channels, depth, visits = base_channels(seed, rng)
        promised = 0 if seed.max_promised_days == 0 else rng.randint(1, seed.max_promised_days)
        self.serial += 1
        return GuideItem(
            serial=10000 + self.serial * 7 + rng.randint(0, 6),
            uid=f"{rng.getrandbits(128):032x}",
            item_code=code,
            basic_code=seed.code,
            name=name,
            item_type=seed.item_type,
            department=department,
            dept_key=seed.dept,
            serves=seed.serves,
            levels=[impl.level],
            channels=channels,
            online_available="online" in channels,
            entry="form" if "online" in channels else None,
            online_depth=depth,
            visits=visits,
            visit_reason=rng.choice(VISIT_REASONS[seed.serves]) if visits else None,
            statutory_days=seed.statutory_days,
            promised_days=promised,
            case_type="immediate" if promised == 0 else "promised",
            fee=seed.fee,
            appointment=rng.random() < 0.5,
            express="post" in channels,
            materials=self.materials(seed, "online" in channels),
            locations=self.locations(seed, impl),
            seed=seed,
            standard=seed if impl.standard else None,
            county=impl.county,
            town=impl.town,
            legal_basis=LEGAL_BASES[seed.dept],
            conditions=CONDITIONS[seed.serves],
        )

    def materials(self, seed: ItemSeed, online: bool, count: int | None = None) -> list[MaterialSpec]:
        pool = list(seed.materials)
        if count is None:
            count = self.rng.randint(max(1, seed.max_materials - 2), seed.max_materials)
        picked = sorted(self.rng.sample(range(len(pool)), min(count, len(pool))))
        return [material_spec(pool[i], online, self.rng) for i in picked]

    def locations(self, seed: ItemSeed, impl: Implementation) -> list[LocationSpec]:
        window = DEPARTMENTS[seed.dept].window
        found = [self.halls.hall_for(impl.level, impl.county, impl.town, window)]
        if seed.village == "required":
            found += self.halls.village_centres(impl.county, impl.town, self.rng.randint(1, 2))
        return found


def base_channels(seed: ItemSeed, rng: random.Random) -> tuple[list, int | None, int]:
    """Compliant channels, online depth and visits for an item's policy."""
    if seed.online == "only":
        return ["online"], 4, 0
    if seed.online == "required":
        extra = ["post"] if rng.random() < 0.3 else []
        return ["counter", "online", *extra], 4, 0
    if rng.random() < 0.6:
        depth = rng.choice((2, 3))
        return ["counter", "online"], depth, min(1, seed.max_visits)
    return ["counter"], None, min(1, seed.max_visits)


def material_spec(seed: MaterialSeed, online: bool, rng: random.Random) -> MaterialSpec:
    forms: tuple[MaterialForm, ...] = ("both", "electronic", "paper")
    form: MaterialForm = rng.choice(forms) if online else "paper"
    if form == "electronic":
        copies = "电子版1份"
    elif seed.mtype == "1":
        copies = rng.choice(("原件1份、复印件1份", "复印件2份", "原件1份"))
    else:
        copies = rng.choice(("原件1份", "原件2份"))
    necessity = rng.choices(("必要", "容缺后补", "非必要"), weights=(8, 1, 1))[0]
    return MaterialSpec(seed.name, seed.mtype, form, copies, seed.source, necessity=necessity)


def chrome_traps_for(style: str) -> ChromeTraps:
    """Which portal-wide look-alike signals a style's pages carry."""
    return ChromeTraps(
        html5shiv=style in ("table", "tabbed", "table_login"),
        modern_browser_hint=style in ("deflist", "hanweb"),
        footer_app_badge=style in ("hanweb", "bracket"),
        login_links=style in ("table", "deflist", "tabbed", "hanweb", "table_login"),
    )


def build_policy() -> Policy:
    return Policy(list(STANDARD_ITEMS), list(ABOLISHED_ITEMS), list(SHARED_DATA_MATERIALS), 0.30)


def build_cities(
    province_seed: int, city_seeds: tuple[CitySeed, ...], items_per_city: int | None
) -> tuple[list[City], dict[str, CityBuilder]]:
    """Cities with compliant base items; the down city keeps no items (nothing observable)."""
    cities, builders = [], {}
    for index, city_seed in enumerate(city_seeds):
        builder = CityBuilder(city_seed, index, random.Random(f"{province_seed}:{city_seed.id}"))
        city = builder.city()
        if city.up:
            city.items = [builder.item(impl) for impl in builder.plan(items_per_city)]
        cities.append(city)
        builders[city.id] = builder
    return cities, builders


def assemble_province(
    province_id: str, name: str, seed: int, cities: list[City], latency_ms: int
) -> Province:
    return Province(province_id, name, seed, build_policy(), cities, latency_ms)
