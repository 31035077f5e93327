"""How a portal words a guide: one label variant per field per city (service-guides.md §1.3)
and one value vocabulary per city (即办 vs 当场办结, Ⅳ级 vs 全程网办（Ⅳ级）, 是/否 vs 支持/不支持).

``guide_rows`` turns a guide item's normalised values into the (label, text) pairs every
portal style lays out; the truth's ``raw_fields`` is built from the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from channel_equity.core.observation import Channel, Level
from channel_equity.simulator.model import City, GuideItem, MaterialSpec

LABEL_VARIANTS: dict[str, tuple[str, ...]] = {
    "name": ("事项名称", "权力名称", "事项名称", "事项名称"),
    "item_code": ("实施编码", "事项实施编码", "地方实施编码"),
    "basic_code": ("基本编码", "事项编码", "目录编码", "权力基本码"),
    "item_type": ("事项类型", "权力类型", "职权类型", "权力类别"),
    "department": ("实施主体", "实施机构", "实施部门", "办理部门", "受理机构"),
    "levels": ("行使层级", "实施层级", "事项层级"),
    "serves": ("服务对象", "办理对象", "申报对象"),
    "channels": ("办理形式", "办理方式", "办理渠道", "申请方式"),
    "online_available": ("是否网办", "可网上办理", "是否可以在线申报"),
    "online_depth": ("网上办理深度", "网办深度", "办理深度", "网上办事深度"),
    "visits": ("到办事现场次数", "到现场次数", "跑动次数", "到办理现场次数", "办事者到办事现场次数"),
    "visit_reason": ("必须现场办理原因说明", "必须现场办理原因"),
    "statutory_days": ("法定办结时限", "法定办理时限", "法定时限", "法定期限"),
    "promised_days": ("承诺办结时限", "承诺时限", "承诺办理时限", "办理时限", "承诺期限"),
    "case_type": ("办件类型", "办理类型"),
    "fee": ("是否收费", "收费情况"),
    "appointment": ("是否支持预约办理", "支持预约办理"),
    "express": ("是否支持物流快递", "是否支持快递服务", "物流快递"),
    "channel_text": ("办理说明", "特别提示", "办理方式说明"),
    "legal_basis": ("设定依据", "实施依据"),
    "conditions": ("受理条件", "申请条件"),
    "consult_phone": ("咨询电话", "咨询方式"),
    "complaint_phone": ("监督投诉电话", "投诉电话"),
    "materials": ("申请材料", "申报材料", "办理材料", "所需材料", "材料清单"),
    "locations": ("办理地点", "受理地点", "办理地址"),
}

SPA_KEYS: dict[str, str] = {
    "name": "TASK_NAME",
    "item_code": "TASK_CODE",
    "basic_code": "CATALOG_CODE",
    "item_type": "TASK_TYPE",
    "department": "DEPT_NAME",
    "levels": "USE_LEVEL",
    "serves": "SERVE_TYPE",
    "channels": "HANDLE_TYPE",
    "online_available": "ONLINECHECK",
    "online_depth": "WBSD_LEVEL",
    "visits": "LIMIT_SCENE_NUM",
    "visit_reason": "LIMIT_SCENE_EXPLAIN",
    "statutory_days": "ANTICIPATE_DAY",
    "promised_days": "PROMISE_DAY",
    "case_type": "PROJECT_TYPE",
    "fee": "IS_FEE",
    "appointment": "IS_SCHEDULE",
    "express": "IS_EXPRESS",
    "channel_text": "HANDLE_EXPLAIN",
    "legal_basis": "BY_LAW",
    "conditions": "ACCEPT_CONDITION",
    "consult_phone": "LINK_TEL",
    "complaint_phone": "TSTEL",
}
"""Epoint/Guangdong-style JSON keys of each row (the JSON portal's detail API)."""


@dataclass(frozen=True)
class Vocabulary:
    """How one portal writes values."""

    channel_names: dict[Channel, str]
    channel_separator: str
    yes_no: tuple[str, str]
    fee_words: tuple[str, str]
    depth_names: tuple[str, str, str, str]
    days_template: str
    immediate_word: str
    level_separator: str
    materials_exempt_column: str  # 是否免提交 | 备注


LEVEL_NAMES: dict[Level, str] = {
    "national": "国家级",
    "province": "省级",
    "city": "市级",
    "county": "县级",
    "town": "镇（乡、街道）级",
    "village": "村（社区）级",
}
SERVES_NAMES = {"person": "自然人", "legal": "企业法人,事业法人,社会组织法人"}
CASE_NAMES = {"immediate": "即办件", "promised": "承诺件", "other": "上报件"}
FORM_NAMES = {"paper": "纸质", "electronic": "电子化", "both": "纸质/电子化"}
MTYPE_NAMES = {"1": "证件证书证明", "2": "申请表格文书", "3": "其他"}
CHANNEL_CODES: dict[Channel, str] = {"counter": "1", "online": "2", "post": "3", "self_service": "4"}

# fmt: off
VOCABULARIES: tuple[Vocabulary, ...] = (
    Vocabulary({"counter": "窗口办理", "online": "网上办理", "post": "快递申请", "self_service": "自助办理"}, "、",
               ("是", "否"), ("是", "否"), ("Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅳ级"), "{n}个工作日", "即办", "、", "是否免提交"),
    Vocabulary({"counter": "窗口办理", "online": "网上办理", "post": "邮寄申请", "self_service": "自助终端办理"}, ",",
               ("是", "否"), ("收费", "不收费"),
               ("信息公开（Ⅰ级）", "在线预约（Ⅱ级）", "网上预审（Ⅲ级）", "全程网办（Ⅳ级）"), "{n}工作日", "当场办结", ",",
               "备注"),
    Vocabulary({"counter": "窗口办理", "online": "网上办理", "post": "快递申请", "self_service": "自助办理"}, "，",
               ("支持", "不支持"), ("是", "否"), ("Ⅰ级（咨询）", "Ⅱ级（下载/预约）", "Ⅲ级（网上预审）", "Ⅳ级（全程网办）"),
               "{n}个工作日", "即办", "，", "是否免提交"),
    Vocabulary({"counter": "窗口办理", "online": "网上办理", "post": "快递申请", "self_service": "自助办理"}, " / ",
               ("是", "否"), ("收费", "不收费"), ("一级", "二级", "三级", "四级"), "{n}个工作日", "即办", "、",
               "备注"),
)
# fmt: on


def vocabulary(city: City) -> Vocabulary:
    return VOCABULARIES[city.vocabulary_index % len(VOCABULARIES)]


def choose_labels(city_index: int) -> dict[str, str]:
    """One label variant per field; cities differ, fields rotate at different offsets."""
    return {
        field: variants[(city_index + offset) % len(variants)]
        for offset, (field, variants) in enumerate(LABEL_VARIANTS.items())
    }


@dataclass(frozen=True)
class FieldRow:
    """One labelled value of a guide: what a reader (and a crawler) sees."""

    field: str
    label: str
    text: str
    section: str  # basic | handling | basis
    spa_key: str


def days_text(days: int, vocab: Vocabulary) -> str:
    return vocab.immediate_word if days == 0 else vocab.days_template.format(n=days)


def channels_text(channels: list[Channel], vocab: Vocabulary) -> str:
    return vocab.channel_separator.join(vocab.channel_names[c] for c in channels)


def guide_rows(item: GuideItem, city: City) -> list[FieldRow]:
    """The labelled fields of a guide in display order; rows a guide does not show are absent."""
    vocab = vocabulary(city)
    labels = city.labels
    yes, no = vocab.yes_no
    rows: list[tuple[str, str | None, str]] = [
        ("name", item.name, "basic"),
        ("item_code", item.item_code, "basic"),
        ("basic_code", item.basic_code if "basic_code" in labels else None, "basic"),
        ("item_type", item.item_type, "basic"),
        ("department", item.department, "basic"),
        ("levels", vocab.level_separator.join(LEVEL_NAMES[level] for level in item.levels), "basic"),
        ("serves", SERVES_NAMES[item.serves], "basic"),
        ("channels", channels_text(item.channels, vocab), "handling"),
        ("online_available", yes if item.online_available else no, "handling"),
        ("online_depth", vocab.depth_names[item.online_depth - 1] if item.online_depth else None, "handling"),
        ("visits", f"{item.visits}次", "handling"),
        ("visit_reason", item.visit_reason or "无", "handling"),
        ("statutory_days", vocab.days_template.format(n=item.statutory_days), "handling"),
        ("promised_days", days_text(item.promised_days, vocab), "handling"),
        ("case_type", CASE_NAMES[item.case_type], "handling"),
        ("fee", vocab.fee_words[0] if item.fee else vocab.fee_words[1], "handling"),
        ("appointment", yes if item.appointment else no, "handling"),
        ("express", yes if item.express else no, "handling"),
        ("channel_text", item.channel_text, "handling"),
        (
            "consult_phone",
            item.locations[0].phone if item.locations else f"{city.phone_area}-12345",
            "handling",
        ),
        ("complaint_phone", "12345", "handling"),
        ("legal_basis", item.legal_basis, "basis"),
        ("conditions", item.conditions, "basis"),
    ]
    return [
        FieldRow(field, labels[field], text, section, SPA_KEYS[field])
        for field, text, section in rows
        if text and field in labels
    ]


def raw_fields(item: GuideItem, city: City) -> dict[str, str]:
    """label -> text exactly as the guide shows it (the truth's ``raw_fields``)."""
    return {row.label: row.text for row in guide_rows(item, city)}


@dataclass(frozen=True)
class MaterialCells:
    """The cells of one material row in a materials table."""

    number: int
    name: str
    mtype: str
    form: str
    copies: str
    source: str
    exemption: str  # 是否免提交 (是（…）/否) or 备注 (free text) depending on the vocabulary
    necessity: str


def material_cells(materials: list[MaterialSpec], city: City) -> list[MaterialCells]:
    exempt_column = vocabulary(city).materials_exempt_column
    cells = []
    for number, material in enumerate(materials, start=1):
        if exempt_column == "是否免提交":
            exemption = f"是（{material.exempt_note}）" if material.exempt else "否"
        else:
            exemption = material.exempt_note or "" if material.exempt else ""
        cells.append(
            MaterialCells(
                number,
                material.name,
                MTYPE_NAMES[material.mtype],
                FORM_NAMES[material.form],
                material.copies,
                material.source,
                exemption,
                material.necessity,
            )
        )
    return cells


def material_headers(city: City) -> tuple[str, ...]:
    return (
        "序号",
        "材料名称",
        "材料类型",
        "材料形式",
        "份数",
        "来源渠道",
        vocabulary(city).materials_exempt_column,
    )
