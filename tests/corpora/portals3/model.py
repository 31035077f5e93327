"""The guide model of the third blind corpus: codes, materials, halls and the truth they imply.

A :class:`Guide` holds what the portal states, in the portal-neutral codes of the national
implementation list (handle-type digits ``1``–``4``, level digits ``1``–``6``, case type ``1``–``3``).
Each portal renders it in its own shape; :meth:`Guide.truth` states what a perfect reader of the
rendered page produces, in the vocabulary of ``channel_equity/observation.py``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Any

from tests.corpora.codes import org_code_check, usci_check

# --- codes -----------------------------------------------------------------------------------

def usci_for(region6: str, department: str) -> str:
    """A valid, deterministic 18-character USCI of a state organ (``11`` = 机构编制 / 机关)."""
    digest = hashlib.sha256(department.encode("utf-8")).hexdigest()
    body8 = "0" + str(int(digest[:12], 16) % 10_000_000).zfill(7)
    body = "11" + region6 + body8 + org_code_check(body8)
    return body + usci_check(body)


LEVEL_NAMES = {"1": "national", "2": "province", "3": "city", "4": "county", "5": "town", "6": "village"}
LEVEL_TEXT = {"1": "国家级", "2": "省级", "3": "市级", "4": "县级", "5": "镇（乡、街道）级", "6": "村（社区）级"}
HANDLE_NAMES = {"1": "counter", "2": "online", "3": "post", "4": "self_service"}
HANDLE_TEXT = {"1": "窗口办理", "2": "网上办理", "3": "快递申请", "4": "自助终端办理"}
CASE_NAMES = {"1": "immediate", "2": "promised", "3": "other"}
CASE_TEXT = {"1": "即办件", "2": "承诺件", "3": "上报件"}
TYPE_TEXT = {"01": "行政许可", "05": "行政给付", "07": "行政确认", "10": "其他行政权力", "20": "公共服务"}
FORM_CODE = {"paper": "1", "electronic": "2", "both": "3"}
FORM_TEXT = {"paper": "纸质", "electronic": "电子化", "both": "纸质/电子化"}
MTYPE_TEXT = {"1": "证件证书证明", "2": "申请表格文书", "3": "其他"}
SOURCE_TEXT = {"10": "申请人自备", "20": "政府部门核发", "30": "中介机构出具", "99": "其他"}
NEED_TEXT = {"1": "必要", "2": "非必要", "3": "容缺后补"}
DEPTH_ROMAN = {1: "Ⅰ级", 2: "Ⅱ级", 3: "Ⅲ级", 4: "Ⅳ级"}
DEPTH_CHINESE = {1: "一级", 2: "二级", 3: "三级", 4: "四级"}
SERVE_TEXT = {"1": "自然人", "2": "企业法人", "3": "事业法人", "4": "社会组织法人", "5": "非法人企业", "6": "其他组织"}


# --- guide parts -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Material:
    """One row of 申请材料. ``exempt_how``: "" (demanded), ``free`` (免提交), ``share``
    (由部门共享获取) or ``elic`` (通过电子证照库调取)."""

    name: str
    form: str  # paper / electronic / both
    mtype: str = "3"  # 1 证件证书证明, 2 申请表格文书, 3 其他
    source: str = "10"  # 10 申请人自备, 20 政府部门核发, 30 中介机构出具, 99 其他
    need: str = "1"  # 1 必要, 2 非必要, 3 容缺后补
    originals: int = 1
    copies: int = 0
    exempt_how: str = ""
    note: str = ""

    @property
    def exempt(self) -> bool:
        return self.exempt_how in ("free", "share", "elic")

    @property
    def copies_text(self) -> str:
        parts = []
        if self.originals:
            parts.append(f"原件{self.originals}份")
        if self.copies:
            parts.append(f"复印件{self.copies}份")
        return "，".join(parts) or "—"


@dataclass(frozen=True)
class Hall:
    """One 办理地点 (a hall); ``level`` is the level its name implies (README conventions)."""

    name: str
    level: str  # city / county / town / village
    address: str
    hours: str
    phone: str


@dataclass(frozen=True)
class Step:
    name: str
    actor: str
    limit: str  # per-step limit as written, e.g. "1个工作日"
    standard: str


@dataclass
class Guide:
    key: str  # generator slug, unique inside one portal
    name: str
    type_code: str  # 01 / 05 / 07 / 10 / 20
    department: str
    dept_usci: str
    level_digit: str  # 3 / 4 / 5
    basic_code: str
    levels: list[str]  # level digits stated by 行使层级 (may be empty: not stated)
    serve: list[str]  # SERVE_TEXT keys
    handle: list[str]  # HANDLE_TEXT keys, in display order
    online_url: str | None
    depth: int | None
    visits: int | None
    visit_reason: str
    statutory: int | None
    promised: int | None
    case: str | None  # CASE_TEXT key; None = not stated
    fee: bool
    appointment: bool
    express: bool
    materials: list[Material]
    halls: list[Hall]
    steps: list[Step]
    law: str
    conditions: list[str]
    online_check: bool | None = None  # 是否网办 as stated (defaults to '2' in handle)
    extra: dict[str, Any] = field(default_factory=dict)  # portal-specific quirk flags

    @property
    def code(self) -> str:
        return self.dept_usci + self.level_digit + self.basic_code

    @property
    def is_online(self) -> bool:
        return self.online_check if self.online_check is not None else "2" in self.handle

    @property
    def type_text(self) -> str:
        return TYPE_TEXT[self.type_code]

    def truth(self, url: str, *, shows_basic: bool = True, levels_stated: bool = True) -> dict[str, Any]:
        """What a perfect reader of the rendered guide produces (observation.py vocabulary)."""
        digits = self.levels if (levels_stated and self.levels) else [self.level_digit]
        return {
            "url": url,
            "item_code": self.code,
            "basic_code": self.basic_code if shows_basic else None,
            "name": self.name,
            "department": self.department,
            "levels": sorted({LEVEL_NAMES[d] for d in digits}),
            "channels": sorted({HANDLE_NAMES[h] for h in self.handle}),
            "online_entry_url": self.online_url,
            "online_depth": self.depth,
            "visits": self.visits,
            "statutory_days": self.statutory,
            "promised_days": self.promised,
            "case_type": CASE_NAMES[self.case] if self.case else None,
            "materials": [{"name": m.name, "form": m.form, "exempt": m.exempt} for m in self.materials],
            "locations": [{"name": h.name, "level": h.level} for h in self.halls],
        }


def with_extra(guide: Guide, **flags: Any) -> Guide:
    return replace(guide, extra={**guide.extra, **flags})


def days_text(days: int | None, immediate_word: str = "即办") -> str:
    if days is None:
        return "无"
    return immediate_word if days == 0 else f"{days}个工作日"
