"""The normalised shape of one service guide (办事指南) as read from a portal.

This is the contract between the crawler (which produces it), the store (which persists
it), the checks (which judge it) and the simulator's ground truth (which states what a
perfect crawler would have produced). Every field holds a *normalised* value so that
guides from portals with different labels and vocabularies compare equal; the portal's
own wording survives in ``raw_fields``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Channel = Literal["counter", "online", "post", "self_service"]
"""How a guide may be handled: 窗口办理, 网上办理, 快递/邮寄申请, 自助终端."""

Level = Literal["national", "province", "city", "county", "town", "village"]
"""Exercise / location level: 国家级, 省级, 市级, 县级, 镇(乡、街道)级, 村(社区)级."""

CaseType = Literal["immediate", "promised", "other"]
"""办件类型: 即办件, 承诺件, anything else (上报件, 联办件 ...)."""

MaterialForm = Literal["paper", "electronic", "both"]
"""材料形式: 纸质, 电子化, 纸质/电子化."""


class Material(BaseModel):
    """One paper of 申请材料.

    Conventions (what every corpus's truth states, and the extractor reads): ``name`` is the
    paper without numbering, 《》, a trailing note in brackets, form or copies words, or — when
    read from a sentence — a leading possessor (本人, 申请人, 夫妻双方, …的). ``form`` is 纸质 /
    电子 as stated, and ``paper`` where the page asks for the 原件 or a 复印件 (a physical paper to
    bring); a bracketed count of copies ("（原件1份）") is ``copies``, not a form. An enumeration's
    form ("居民身份证、户口簿原件及复印件各一份") is every listed paper's.
    """

    name: str
    form: MaterialForm | None = None
    copies: str | None = None  # the portal's own wording, e.g. "原件1份、复印件2份"
    source: str | None = None  # e.g. "申请人自备", "政府部门核发"
    exempt: bool = False  # 免提交 / 由部门共享获取 / 电子证照 linked: not demanded from the applicant
    necessity: str | None = None  # 必要 / 非必要 / 容缺后补
    # form and copies words the page printed after the name and the extractor cut from it
    # ("营业执照复印件" -> name 营业执照, wording 复印件): name + wording is the paper as printed
    wording: str | None = None


class Location(BaseModel):
    """One place where the item is handled (办理地点 / 窗口)."""

    name: str
    level: Level | None = None
    address: str | None = None
    hours: str | None = None
    phone: str | None = None


class GuideObservation(BaseModel):
    """What one guide page says, normalised. ``None`` means the guide did not say."""

    url: str
    item_code: str | None = None  # the code as the guide shows it (31/33-char implementation code, or basic)
    basic_code: str | None = None  # 12-char 基本编码 when the guide shows it separately
    name: str
    item_type: str | None = None  # 行政许可, 公共服务 ... (text)
    department: str | None = None
    levels: list[Level] = Field(default_factory=list)
    channels: list[Channel] = Field(default_factory=list)
    online_available: bool | None = None  # 是否网办
    online_entry_url: str | None = None  # absolute URL of 在线办理 / 立即办理
    online_depth: int | None = None  # 1..4 (Ⅰ..Ⅳ); Ⅳ = 全程网办
    visits: int | None = None  # 到办事现场次数
    visit_reason: str | None = None  # 必须现场办理原因说明
    statutory_days: int | None = None  # 法定办结时限 in days
    promised_days: int | None = None  # 承诺办结时限 in days; 0 = 即办 / 当场办结
    case_type: CaseType | None = None  # as stated; 当场办结 / 即时办结 with none stated: immediate (provenance "inferred")
    fee: bool | None = None  # 是否收费
    appointment: bool | None = None  # 是否支持预约办理
    express: bool | None = None  # 是否支持物流快递
    materials: list[Material] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    channel_text: str | None = None  # the portal's own wording about channels / where to apply
    raw_fields: dict[str, str] = Field(default_factory=dict)  # label -> value exactly as read
    # field -> "prose" (read from the guide's sentences), "inferred" (derived from other fields) or
    # "unlabelled" (a value that reads as such under a label the lexicon does not know)
    # for each value not stated under its own label; absent = labelled (or not stated at all)
    provenance: dict[str, str] = Field(default_factory=dict)


COMPARED_FIELDS: tuple[str, ...] = (
    "item_code",
    "name",
    "department",
    "levels",
    "channels",
    "online_entry_url",
    "online_depth",
    "visits",
    "statutory_days",
    "promised_days",
    "case_type",
    "materials",
    "locations",
)
"""The fields the extraction-quality tests compare with the simulator's ground truth.

Lists compare as sets of names (materials, locations) or as sets (levels, channels);
materials additionally compare form and exemption, locations their level.
"""
