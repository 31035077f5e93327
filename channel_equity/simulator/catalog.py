"""The vocabulary the simulated province is built from: departments, item types, seeds of
standard, local and abolished items, and the papers the government already holds.

Everything here is plain data. ``item_seeds`` holds the long item tables; this module holds
their shapes and the short lists, so a reader sees the province's policy in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from channel_equity.core.observation import Level

OnlinePolicy = Literal["required", "optional", "only"]
OfflinePolicy = Literal["required", "optional"]
Serves = Literal["person", "legal"]

ITEM_TYPES: dict[str, str] = {
    "01": "行政许可",
    "05": "行政给付",
    "07": "行政确认",
    "10": "其他行政权力",
    "20": "公共服务",
}
"""National item-type codes (the type pair inside a basic code) and their text."""


@dataclass(frozen=True)
class Department:
    """A kind of implementing body; a city has one per kind and level (市/区县 …)."""

    key: str
    name: str  # without the place, e.g. 市场监督管理局
    code: str  # 2-digit department pair inside basic codes
    window: str  # the counter's name in a service hall


DEPARTMENTS: dict[str, Department] = {
    d.key: d
    for d in (
        Department("drc", "发展和改革委员会", "01", "发改窗口"),
        Department("education", "教育局", "02", "教育窗口"),
        Department("police", "公安局", "03", "公安窗口"),
        Department("civil", "民政局", "04", "民政窗口"),
        Department("justice", "司法局", "05", "司法窗口"),
        Department("hrss", "人力资源和社会保障局", "06", "人社窗口"),
        Department("land", "自然资源和规划局", "08", "自然资源窗口"),
        Department("housing", "住房和城乡建设局", "09", "住建窗口"),
        Department("transport", "交通运输局", "10", "交通运输窗口"),
        Department("agri", "农业农村局", "11", "农业农村窗口"),
        Department("culture", "文化广电旅游局", "12", "文旅窗口"),
        Department("health", "卫生健康委员会", "13", "卫健窗口"),
        Department("commerce", "商务局", "15", "商务窗口"),
        Department("env", "生态环境局", "16", "生态环境窗口"),
        Department("market", "市场监督管理局", "17", "市场监管窗口"),
        Department("medins", "医疗保障局", "21", "医保窗口"),
        Department("veterans", "退役军人事务局", "22", "退役军人窗口"),
        Department("disabled", "残疾人联合会", "30", "残联窗口"),
        Department("water", "水利局", "18", "水利窗口"),
        Department("forestry", "林业局", "19", "林业窗口"),
    )
}


@dataclass(frozen=True)
class MaterialSeed:
    """A material a guide may ask for: 材料类型 code and 来源渠道 text."""

    name: str
    mtype: str = "2"  # 1 证件证书证明 · 2 申请表格文书 · 3 其他
    source: str = "申请人自备"


@dataclass(frozen=True)
class ItemSeed:
    """An item a city may implement. For standard items the terms are the province's policy;
    for local items they only bound what the generator writes."""

    code: str  # 12-char basic code
    name: str
    type_code: str
    dept: str
    serves: Serves
    online: OnlinePolicy
    offline: OfflinePolicy
    max_visits: int
    max_promised_days: int
    statutory_days: int
    max_materials: int
    levels: tuple[Level, ...]
    village: Literal["required", "optional"]
    fee: bool
    materials: tuple[MaterialSeed, ...]
    aliases: tuple[str, ...] = ()

    @property
    def item_type(self) -> str:
        return ITEM_TYPES[self.type_code]

    def policy_entry(self) -> dict[str, object]:
        """This item in the config's ``policy.standard_items`` format (design.md)."""
        return {
            "code": self.code,
            "name": self.name,
            "aliases": list(self.aliases),
            "online": self.online,
            "offline": self.offline,
            "max_visits": self.max_visits,
            "max_promised_days": self.max_promised_days,
            "max_materials": self.max_materials,
            "levels": list(self.levels),
            "village": self.village,
        }


@dataclass(frozen=True)
class AbolishedSeed:
    """A cancelled approval item, with the disguise a city might keep it under and a legal
    look-alike (its replacement procedure) that must not be flagged."""

    code: str
    name: str
    dept: str
    disguised_name: str
    lookalike_name: str
    type_code: str = "01"


SHARED_DATA_MATERIALS: tuple[str, ...] = (
    "居民身份证复印件",
    "营业执照复印件",
    "户口簿复印件",
    "结婚证复印件",
    "不动产权证书复印件",
    "社会保障卡复印件",
)
"""Papers the government already holds (policy.shared_data_materials)."""

PERSON_SHARED = ("居民身份证复印件", "户口簿复印件", "结婚证复印件", "社会保障卡复印件")
LEGAL_SHARED = ("营业执照复印件", "不动产权证书复印件")

GENERIC_MATERIALS: tuple[MaterialSeed, ...] = (
    MaterialSeed("授权委托书及受托人身份证明（委托办理时提供）", "3"),
    MaterialSeed("申请人书面承诺书", "2"),
    MaterialSeed("经营（办公）场所平面布置图", "3"),
    MaterialSeed("相关资质证明材料", "1"),
    MaterialSeed("情况说明", "3"),
    MaterialSeed("根据相关法律法规需要提交的其他材料", "3"),
)
"""Fillers when an item's own pool is too short for a scenario that needs more materials."""

# fmt: off
ABOLISHED_ITEMS: tuple[AbolishedSeed, ...] = (
    AbolishedSeed("000103901000", "印章刻制审批", "police", "印章刻制核准（备案）", "印章刻制业特种行业登记"),
    AbolishedSeed("000117901000", "企业年检", "market", "企业年度检验", "企业信用修复申请"),
    AbolishedSeed("000115901000", "外商投资企业设立审批", "commerce", "外商投资企业设立核准性备案", "外商投资信息报告"),
    AbolishedSeed("000101901000", "粮食收购资格认定", "drc", "粮食收购资格年审", "粮食收购企业备案"),
    AbolishedSeed("000110901000", "机动车驾驶员培训业务许可", "transport", "机动车驾驶员培训经营备案",
                  "机动车驾驶培训教练员继续教育登记"),
    AbolishedSeed("000111901000", "拖拉机驾驶培训学校资格认定", "agri", "拖拉机驾驶培训机构年检",
                  "拖拉机和联合收割机登记"),
    AbolishedSeed("000109901000", "建筑业企业资质（施工劳务）审批", "housing", "施工劳务企业资质备案",
                  "建筑业企业资质证书遗失补办"),
    AbolishedSeed("000112901000", "电影放映单位设立审批", "culture", "电影放映单位设立备案", "数字电影放映设备登记"),
)
# fmt: on

VISIT_REASONS: dict[str, tuple[str, ...]] = {
    "person": (
        "需现场核验申请人身份及材料原件",
        "需现场采集人像及指纹信息",
        "需申请人本人到场签字确认",
        "需当场领取纸质证书",
    ),
    "legal": ("需现场核验材料原件", "需现场勘验经营场所", "需法定代表人到场签字确认", "需当场领取纸质证书"),
}
"""必须现场办理原因说明 wording for guides that need a visit, by who applies."""

LEGAL_BASES: dict[str, str] = {
    "market": "《中华人民共和国食品安全法》《中华人民共和国市场主体登记管理条例》",
    "police": "《中华人民共和国居民身份证法》《中华人民共和国户口登记条例》",
    "civil": "《社会救助暂行办法》《婚姻登记条例》",
    "hrss": "《中华人民共和国社会保险法》《中华人民共和国就业促进法》",
    "health": "《中华人民共和国医师法》《中华人民共和国母婴保健法》",
    "transport": "《中华人民共和国道路运输条例》",
    "housing": "《中华人民共和国建筑法》《城市房地产开发经营管理条例》",
    "land": "《中华人民共和国城乡规划法》《不动产登记暂行条例》",
    "education": "《中华人民共和国民办教育促进法》《教师资格条例》",
    "medins": "《中华人民共和国社会保险法》《医疗保障基金使用监督管理条例》",
    "culture": "《娱乐场所管理条例》《营业性演出管理条例》",
    "agri": "《农药管理条例》《中华人民共和国土地管理法》",
    "env": "《排污许可管理条例》《中华人民共和国环境影响评价法》",
    "veterans": "《退役士兵安置条例》",
    "disabled": "《中华人民共和国残疾人保障法》",
    "justice": "《中华人民共和国法律援助法》",
    "commerce": "《中华人民共和国对外贸易法》",
    "drc": "《粮食流通管理条例》",
    "water": "《取水许可和水资源费征收管理条例》",
    "forestry": "《中华人民共和国森林法》",
}
