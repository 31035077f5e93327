"""What one blind-corpus guide states, before any portal renders it, and its normalised truth.

A :class:`GuideSpec` is the author's intent for one guide. Each portal renderer writes it in
its own vocabulary and layout; :meth:`GuideSpec.truth` states what a perfect reader of the
rendered page would produce, in the vocabulary of ``channel_equity/observation.py``.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from dataclasses import dataclass, field
from typing import Any

from tests.corpora.portals1.corpus_data import (
    AGENCY,
    CERT,
    DEPTS,
    FORM_T,
    GOV,
    KIND_CODES,
    MISC,
    POOL_BY_KEY,
    SELF,
    Geo,
    PoolItem,
    Town,
    usci,
)

LEVEL_DIGIT = {"national": "1", "province": "2", "city": "3", "county": "4", "town": "5", "village": "6"}
CATCH_ALL = "法律、法规规定的其他材料"


@dataclass
class MaterialSpec:
    name: str
    source: str  # 申请人自备 / 政府部门核发 / 中介机构出具 / 其他
    mtype: str  # 申请表格文书 / 证件证书证明 / 其他
    form: str | None  # paper / electronic / both / None (not stated)
    exempt: bool
    copies: str  # 原件1份，复印件1份 ...
    necessity: str  # 必要 / 非必要 / 容缺后补


@dataclass
class LocationSpec:
    name: str
    level: str | None
    address: str
    hours: str
    phone: str


@dataclass
class GuideSpec:
    seq: int
    pool: PoolItem
    name: str
    kind: str
    department: str
    body_level: str  # level of the implementing body: city / county / town
    basic_code: str
    impl_code: str
    business_code: str | None
    show: str  # which codes the page shows: impl (impl + basic) | basic | business (33 + 31 + 12) | none
    levels: list[str]
    channels: list[str]
    depth: int | None
    visits: int | None
    statutory: int | None
    promised: int | None
    case_type: str | None
    fee: bool
    materials: list[MaterialSpec]
    locations: list[LocationSpec]
    has_entry: bool  # the page links to an online-application page
    objects: str
    guid: str
    phone: str
    complaint_phone: str
    flags: set[str] = field(default_factory=set)
    url: str = ""  # path (+ query) of the guide page, set by the renderer
    entry_url: str | None = None  # path (+ query) of the online entry, set by the renderer

    @property
    def displayed_code(self) -> str | None:
        """The code that identifies the guide: the 31-char implementation code wherever the page
        shows it (a 33-char 业务办理项编码 beside it only numbers a handling variant), else the basic code."""
        return {"impl": self.impl_code, "basic": self.basic_code, "business": self.impl_code,
                "none": None}[self.show]

    @property
    def online(self) -> bool:
        return "online" in self.channels

    def levels_from_code(self) -> list[str]:
        """A guide that omits 行使层级 still states its level: digit 19 of a shown 31/33-character
        implementation code (service-guides.md §1.2: 3 = 市级, 4 = 县级, 5 = 乡镇级)."""
        code = self.displayed_code or ""
        digit_levels = {"1": "national", "2": "province", "3": "city", "4": "county", "5": "town", "6": "village"}
        return [digit_levels[code[18]]] if len(code) in (31, 33) and code[18] in digit_levels else []

    def truth(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "url": self.url,
            "item_code": self.displayed_code,
            "name": self.name,
            "department": self.department,
            "levels": list(self.levels) or self.levels_from_code(),
            "channels": list(self.channels),
            "online_entry_url": self.entry_url if self.has_entry else None,
            "online_depth": self.depth,
            "visits": self.visits,
            "statutory_days": self.statutory,
            "promised_days": self.promised,
            "case_type": self.case_type,
            "materials": [{"name": m.name, "form": m.form, "exempt": m.exempt} for m in self.materials],
            "locations": [{"name": loc.name, "level": loc.level} for loc in self.locations],
        }
        if self.show != "none" and "impl_only" not in self.flags:
            record["basic_code"] = self.basic_code  # informative: the 12-character code the page shows
        if "script_only" in self.flags:
            record["link_only_in_script"] = True
        return record


@dataclass(frozen=True)
class Pick:
    """One guide of a portal: a pool item, who implements it, and anything forced."""

    key: str
    body: str = "city"  # city | d<N> (district N) | t<N> (town N)
    show: str | None = None
    flags: frozenset[str] = frozenset()
    force: tuple[tuple[str, Any], ...] = ()


def _digits8(name: str) -> str:
    return "0" + str(int(hashlib.sha256(name.encode()).hexdigest(), 16) % 10_000_000).zfill(7)


def district_hall(geo: Geo, district: str) -> str:
    return f"{district}政务服务中心" if district.endswith("县") else f"{geo.city}{district}政务服务中心"


def town_office(town: Town) -> str:
    return f"{town.district}{town.name}办事处" if town.name.endswith("街道") else f"{town.name}人民政府"


class Generator:
    """Deterministic guide generator for one portal."""

    def __init__(self, geo: Geo, seed: int, *, main_hall: str, code_prefix: str = "00",
                 kind_codes: dict[str, str] | None = None) -> None:
        self.geo = geo
        self.rng = random.Random(seed)
        self.main_hall = main_hall
        self.code_prefix = code_prefix
        self.kind_codes = kind_codes or KIND_CODES

    # --- small deterministic helpers ------------------------------------------------------------------
    def phone(self) -> str:
        return f"{self.geo.area_code}-{self.rng.randint(2, 8)}{self.rng.randint(0, 9_999_999):07d}"

    def address(self, prefix: str) -> str:
        road = self.rng.choice(self.geo.roads)
        return f"{prefix}{road}{self.rng.randint(1, 299)}号"

    def hours(self) -> str:
        return self.rng.choice((
            "周一至周五上午9:00-12:00，下午13:30-17:30（法定节假日除外）",
            "工作日8:30-12:00，14:00-17:30",
            "周一至周五9:00-17:00，周六9:00-12:00（周六仅提供咨询和收件服务）",
            "夏季（5月1日-9月30日）8:30-12:00，14:30-17:30；冬季（10月1日-4月30日）8:30-12:00，14:00-17:00",
        ))

    # --- bodies, levels, places ---------------------------------------------------------------------------
    def body(self, pick: Pick, item: PoolItem) -> tuple[str, str, str, list[str]]:
        """(department name, body level, region code, exercise levels) of who implements the item."""
        dept_name = DEPTS[item.dept][0]
        if pick.body == "city":
            levels = ["city", "county"] if item.scope == "city_county" else ["city"]
            if item.scope.startswith("town"):
                levels = ["city", "town"]
            return f"{self.geo.city}{dept_name}", "city", self.geo.region, levels
        index = int(pick.body[1:])
        if pick.body[0] == "d":
            district, code = self.geo.districts[index]
            return f"{district}{dept_name}", "county", code, ["county"]
        town = self.geo.towns[index]
        levels = ["town", "village"] if item.scope == "town_village" else ["town"]
        return town_office(town), "town", self.geo.district_code(town.district), levels

    def locations(self, pick: Pick, item: PoolItem, body_level: str) -> list[LocationSpec]:
        geo, rng = self.geo, self.rng
        places: list[tuple[str, str, str]] = []  # (name, level, address prefix)
        if body_level == "city":
            if item.dept == "zrzy":
                places.append((f"{geo.city}不动产登记中心服务大厅", "city", geo.city))
            elif item.dept == "gjj":
                places.append((f"{geo.city}住房公积金管理中心服务大厅", "city", geo.city))
                places.append((self.main_hall, "city", geo.city))
            else:
                places.append((self.main_hall, "city", geo.city))
            if item.scope == "city_county":
                for district, _ in rng.sample(list(geo.districts), k=rng.choice((1, 2))):
                    places.append((district_hall(geo, district), "county", geo.city + district))
            if item.scope.startswith("town"):
                town = rng.choice(geo.towns)
                places.append((f"{town.district}{town.name}便民服务中心", "town", geo.city + town.district + town.name))
        elif body_level == "county":
            district = geo.districts[int(pick.body[1:])][0]
            places.append((district_hall(geo, district), "county", geo.city + district))
            towns = [t for t in geo.towns if t.district == district]
            if towns and rng.random() < 0.5:
                town = towns[0]
                places.append((f"{town.district}{town.name}便民服务中心", "town", geo.city + district + town.name))
        else:
            town = geo.towns[int(pick.body[1:])]
            places.append((f"{town.district}{town.name}便民服务中心", "town", geo.city + town.district + town.name))
            if item.scope == "town_village":
                for village in town.villages[: rng.choice((1, 2))]:
                    places.append((f"{town.name}{village}便民服务站", "village", geo.city + town.name + village))
        result = []
        for name, level, prefix in places:
            floor = rng.choice(("一楼综合窗口", "二楼", "三楼C区", "一楼大厅", ""))
            result.append(LocationSpec(name, level, self.address(prefix) + floor, self.hours(), self.phone()))
        return result

    # --- the guide ----------------------------------------------------------------------------------------
    def channels(self, kind: str, body_level: str) -> list[str]:
        rng = self.rng
        if body_level == "town":
            return rng.choice((["counter"], ["counter", "online"], ["counter", "online"]))
        return list(rng.choice({
            "行政许可": (["counter", "online"], ["counter", "online"], ["counter", "online", "post"], ["counter"]),
            "行政给付": (["counter"], ["counter", "online"], ["counter", "online"]),
            "行政确认": (["counter"], ["counter", "online"]),
            "公共服务": (["counter", "online"], ["online"], ["counter", "online", "self_service"], ["counter"]),
        }.get(kind, (["counter", "online"], ["counter"]))))

    def materials(self, item: PoolItem) -> list[MaterialSpec]:
        rng = self.rng
        rows = list(item.materials)
        if rng.random() < 0.2:
            rows.append((CATCH_ALL, SELF, MISC))
        result = []
        for name, source, mtype in rows:
            if source == GOV:
                form = rng.choice(("paper", "electronic", "both"))
            elif mtype == FORM_T:
                form = rng.choice(("both", "paper", "both"))
            elif source == AGENCY:
                form = rng.choice(("paper", "both"))
            else:
                form = rng.choice(("paper", "paper", "both"))
            exempt = source == GOV and rng.random() < 0.35
            if mtype == FORM_T:
                copies = "原件1份"
            elif mtype == CERT:
                copies = rng.choice(("原件1份，复印件1份", "复印件1份", "原件1份"))
            else:
                copies = rng.choice(("原件1份", "1份", "原件1份，复印件2份"))
            necessity = "必要"
            if mtype == MISC and rng.random() < 0.25:
                necessity = rng.choice(("容缺后补", "非必要"))
            if name == CATCH_ALL:
                form, exempt, copies, necessity = "paper", False, "1份", "非必要"
            result.append(MaterialSpec(name, source, mtype, form, exempt, copies, necessity))
        return result

    def guide(self, seq: int, pick: Pick) -> GuideSpec:
        rng = self.rng
        item = POOL_BY_KEY[pick.key]
        department, body_level, region, levels = self.body(pick, item)
        suffix = rng.choice(item.suffixes)
        basic = self.code_prefix + self.kind_codes[item.kind] + DEPTS[item.dept][1] + item.code
        impl = usci(region, _digits8(department)) + LEVEL_DIGIT[body_level] + basic
        channels = self.channels(item.kind, body_level)
        online = "online" in channels
        if online:
            depth: int | None = 4 if channels == ["online"] else rng.choice((2, 3, 3, 4, 4))
        else:
            depth = rng.choice((1, None))
        if depth == 4:
            visits: int | None = 0
        elif depth == 3:
            visits = 1
        elif "post" in channels:
            visits = rng.choice((0, 1))
        else:
            visits = rng.choice((1, 1, 2))
        statutory = rng.choice({
            "行政许可": (20, 20, 15, 10, 30),
            "行政给付": (30, 20, None),
            "行政确认": (None, 20, 30),
            "公共服务": (None, None, 15, 30),
        }.get(item.kind, (15, None)))
        if statutory is None:
            promised: int | None = rng.choice((0, 0, 1, 3, 5, 10))
        elif item.kind in ("行政确认", "公共服务") and rng.random() < 0.3:
            promised = 0
        else:
            promised = rng.choice([d for d in (1, 3, 5, 7, 10) if d < statutory])
        spec = GuideSpec(
            seq=seq, pool=item, name=item.name + suffix, kind=item.kind, department=department,
            body_level=body_level, basic_code=basic, impl_code=impl, business_code=None,
            show=pick.show or "impl", levels=levels, channels=channels, depth=depth, visits=visits,
            statutory=statutory, promised=promised, case_type="immediate" if promised == 0 else "promised",
            fee=False, materials=self.materials(item), locations=self.locations(pick, item, body_level),
            has_entry=online and rng.random() < 0.7, objects=item.objects,
            guid=str(uuid.UUID(int=rng.getrandbits(128), version=4)), phone=self.phone(),
            complaint_phone=self.phone(), flags=set(pick.flags),
        )
        if spec.show == "business":
            spec.business_code = impl + f"{rng.randint(1, 3):02d}"
        for attr, value in pick.force:
            setattr(spec, attr, value)
        return spec

    def guides(self, picks: list[Pick]) -> list[GuideSpec]:
        return [self.guide(seq, pick) for seq, pick in enumerate(picks, start=1)]
