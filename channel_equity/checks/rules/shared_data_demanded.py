"""shared-data-demanded: the guide asks the applicant for a paper the government already holds."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import ClassVar

from channel_equity.checks.context import CheckContext, GuideRecord
from channel_equity.checks.matching import NOISE
from channel_equity.checks.rule import ItemRule, Severity
from channel_equity.checks.rules._fields import demanded_materials, materials_excerpt
from channel_equity.checks.verdict import Verdict
from channel_equity.core.observation import Material

DEMANDS_SHARED = "demands {count} paper(s) the government already holds: {names}"
BRACKET_CHARS = re.compile(r"[（）()【】\[\]〔〕]")


@lru_cache(maxsize=65536)  # the same few hundred material names recur across a province
def fold_material_name(name: str) -> str:
    """"申请人居民身份证（复印件）" -> "申请人居民身份证复印件": width, spacing, punctuation and
    bracket characters go, bracketed words stay (in a material name they often say *which*
    copy is meant, unlike the suffixes dropped from item names)."""
    text = unicodedata.normalize("NFKC", name)
    return NOISE.sub("", BRACKET_CHARS.sub("", text)).lower()


def shared_papers(materials: Sequence[Material], papers: Sequence[str]) -> list[Material]:
    """The demanded materials whose folded name as printed (with the form words the extractor
    cut from it: 营业执照 + 复印件) contains a folded shared-data paper."""
    folded = [fold_material_name(paper) for paper in papers if paper.strip()]
    return [m for m in materials
            if any(paper in fold_material_name(m.name + (m.wording or "")) for paper in folded)]


class SharedDataDemanded(ItemRule):
    """A demanded (not exempt) material is one of ``policy.shared_data_materials``.

    Matching is by containment after folding: "申请人居民身份证复印件" and "居民身份证（复印件）"
    demand the listed "居民身份证复印件" — portals prefix whose paper it is and bracket parts of
    the name. Equality would miss most real cases; containment keeps the direction safe (the
    listed paper must appear whole in the material name, so "居民身份证原件" is not
    "居民身份证复印件"). Rows the extractor marked exempt (免提交, 由部门共享获取, 已关联电子证照)
    demand nothing and are skipped. One verdict per guide, naming every such material, so
    that the finding resolves only when the last of them is gone.

    Evidence: the guide page with the offending material names.

    False-positive risks: a material name that mentions the paper in a negation or a
    condition ("无需提供居民身份证复印件", "…复印件（仅委托代办时）") when the guide's exemption
    is written outside the material table; an exemption column the extractor did not read.
    Missed cases: a shorter wording ("身份证复印件") than the listed paper — add the province's
    variants to ``shared_data_materials``.
    Severity medium: a burden on the applicant, the service itself is offered.
    """

    id: ClassVar[str] = "shared-data-demanded"
    reads: ClassVar[tuple[str, ...]] = ("materials",)
    title: ClassVar[str] = "Paper the government already holds is demanded"
    clause: ClassVar[str] = "solving such problems as … non-sharing of data, and reduce the submission of paper materials"
    severity: ClassVar[Severity] = "medium"
    messages: ClassVar[tuple[str, ...]] = (DEMANDS_SHARED,)

    def judge(self, guide: GuideRecord, context: CheckContext) -> Iterator[Verdict]:
        papers = context.policy.shared_data_materials
        if not papers:
            return
        found = shared_papers(demanded_materials(guide.observation), papers)
        if not found:
            return
        names = "、".join(f"「{m.name}」" for m in found)
        yield self.verdict(guide, DEMANDS_SHARED, {"count": len(found), "names": names},
                           materials_excerpt(found))
