"""The guide model behind the second blind corpus: one :class:`Guide` per 办事指南 page.

A guide holds the *normalised* facts (what ``truth.json`` states) plus the raw material every
renderer needs (addresses, conditions, steps). Renderers choose their own wording for the facts;
``truth_item`` turns a guide into one truth entry, with per-portal overrides where a portal's
page states a fact differently (see each ``portal_<id>.py``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from tests.corpora.codes import org_code_check, usci_check

LEVEL_BY_DIGIT = {"1": "national", "2": "province", "3": "city", "4": "county", "5": "town", "6": "village"}
LEVEL_ORDER = ("national", "province", "city", "county", "town", "village")


def digest(text: str, length: int = 32) -> str:
    """A stable hex digest of ``text`` (used for ids, so that the corpus is deterministic)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def org_code(seed: str) -> str:
    """A 9-character organisation code (GB 11714) with a valid check character."""
    body = "0" + str(int(digest(seed, 12), 16) % 10_000_000).zfill(7)
    return body + org_code_check(body)


def usci(kind: str, region: str, seed: str) -> str:
    """An 18-character unified social credit identifier (GB 32100) with a valid check character.

    ``kind`` is ``"11"`` for an organ of state (机关) and ``"12"`` for a public institution (事业单位).
    """
    body = kind + region + org_code(seed)
    return body + usci_check(body)


@dataclass(frozen=True)
class Mat:
    """One application material with the attributes portals display."""

    name: str
    source: str = "申请人自备"  # 申请人自备 / 政府部门核发 / 中介机构出具 / 其他
    form: str = "both"  # paper / electronic / both
    exempt: bool = False
    originals: int = 1
    copies: int = 0
    kind: str = "其他"  # 申请表格文书 / 证件证书证明 / 其他
    necessity: str = "必要"  # 必要 / 非必要 / 容缺后补
    situation: str = ""  # the 情形 the material belongs to ("" = every applicant)


@dataclass(frozen=True)
class Hall:
    """One hall (办理地点) with its level as the truth conventions derive it from the name."""

    name: str
    level: str
    address: str
    hours: str
    phone: str


@dataclass
class Guide:
    """Everything one guide page says."""

    key: str
    name: str
    item_type: str
    department: str
    dept_usci: str
    level_digit: str
    basic_code: str
    levels: list[str]
    channels: list[str]
    depth: int | None
    visits: int | None
    statutory: int | None
    promised: int | None
    case_type: str
    fee: bool
    appointment: bool
    express: bool
    objects: str
    materials: list[Mat]
    halls: list[Hall]
    conditions: list[str]
    basis: list[str]
    steps: list[tuple[str, str, str]]
    category: str  # 个人 / 法人 (catalog grouping)
    visit_reason: str = ""
    seq: str = "01"
    flags: dict[str, Any] = field(default_factory=dict)

    @property
    def impl_code(self) -> str:
        """The 31-character 实施编码: USCI + exercise-level digit + basic code."""
        return self.dept_usci + self.level_digit + self.basic_code

    @property
    def biz_code(self) -> str:
        """The 33-character 业务办理项编码: 实施编码 + a 2-digit handling-item sequence."""
        return self.impl_code + self.seq

    @property
    def online(self) -> bool:
        return "online" in self.channels


def material_truth(mat: Mat, form: str | None = "keep") -> dict[str, Any]:
    return {"name": mat.name, "form": mat.form if form == "keep" else form, "exempt": mat.exempt}


def unique_materials(materials: list[Mat]) -> list[Mat]:
    """Materials once each by name, first occurrence wins (situations may repeat a material)."""
    seen: set[str] = set()
    out: list[Mat] = []
    for mat in materials:
        if mat.name not in seen:
            seen.add(mat.name)
            out.append(mat)
    return out


def sorted_levels(levels: list[str]) -> list[str]:
    return sorted(set(levels), key=LEVEL_ORDER.index)


def truth_item(guide: Guide, url: str, online_entry_url: str | None, **overrides: Any) -> dict[str, Any]:
    """The truth entry for ``guide`` as shown at ``url``; ``overrides`` replace compared fields."""
    item: dict[str, Any] = {
        "url": url,
        "item_code": guide.impl_code,
        "name": guide.name,
        "department": guide.department,
        "levels": sorted_levels(guide.levels),
        "channels": sorted(set(guide.channels)),
        "online_entry_url": online_entry_url,
        "online_depth": guide.depth,
        "visits": guide.visits,
        "statutory_days": guide.statutory,
        "promised_days": guide.promised,
        "case_type": guide.case_type,
        "materials": [material_truth(mat) for mat in unique_materials(guide.materials)],
        "locations": [{"name": hall.name, "level": hall.level} for hall in guide.halls],
        "basic_code": guide.basic_code,
    }
    item.update(overrides)
    return item
