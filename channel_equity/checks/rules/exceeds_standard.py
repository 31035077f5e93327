"""exceeds-standard: a guide demands more trips, days or papers than the province's standard."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import ClassVar

from channel_equity.checks.context import CheckContext, GuideRecord
from channel_equity.checks.rule import ItemRule, Severity
from channel_equity.checks.rules._fields import demanded_materials, field_excerpt, materials_excerpt
from channel_equity.checks.verdict import MessageArg, Verdict
from channel_equity.core.config import StandardItem
from channel_equity.core.observation import GuideObservation


@dataclass(frozen=True)
class Limit:
    """One dimension of the standard: how to read the guide's value and the standard's maximum."""

    dimension: str
    template: str  # the message, with {value}, {maximum}, {standard_name} and {standard_code}
    value: Callable[[GuideObservation], int | None]
    maximum: Callable[[StandardItem], int | None]
    excerpt: Callable[[GuideObservation], str]


VISITS = "on-site visits: the guide says {value}, the province standard for {standard_name} ({standard_code}) allows at most {maximum}"
DAYS = "promised days: the guide says {value}, the province standard for {standard_name} ({standard_code}) allows at most {maximum}"
MATERIALS = "materials demanded: the guide says {value}, the province standard for {standard_name} ({standard_code}) allows at most {maximum}"

LIMITS: tuple[Limit, ...] = (
    Limit("visits", VISITS, lambda o: o.visits, lambda s: s.max_visits, lambda o: field_excerpt(o, "visits")),
    Limit("promised_days", DAYS, lambda o: o.promised_days, lambda s: s.max_promised_days,
          lambda o: field_excerpt(o, "promised_days")),
    Limit("materials", MATERIALS, lambda o: len(demanded_materials(o)) if o.materials else None,
          lambda s: s.max_materials, lambda o: materials_excerpt(demanded_materials(o))),
)


class ExceedsStandard(ItemRule):
    """Visits, promised days or the number of demanded materials above the matched standard.

    One verdict per dimension (``visits`` / ``promised_days`` / ``materials``), so that cutting
    the days resolves that finding while the extra papers stay open. A value equal to the
    standard complies; a guide that does not state the value, or a standard without that
    maximum, is not judged (no observation is not compliance).

    Evidence: the guide page, with the raw field as the portal words it ("到办事现场次数：2次",
    "承诺办结时限：15个工作日") or, for materials, the list of demanded materials.

    Materials marked exempt by the extractor (免提交, 由部门共享获取, 电子证照) are not counted:
    the applicant hands nothing in. Optional (非必要) and 容缺后补 rows are counted, since the
    guide still asks for them.

    False-positive risks: a wrong standard match (a name match to a look-alike item); days
    stated in calendar days or months and normalised to a larger number of days; material
    tables that split one paper over several rows (原件 and 复印件 as two rows); a guide that
    lists materials for several cases (个人 / 单位) where an applicant needs only one set.
    Severity medium: the service is still offered, on worse terms than elsewhere in the province.
    """

    id: ClassVar[str] = "exceeds-standard"
    title: ClassVar[str] = "Visits, promised days or materials exceed the province standard"
    clause: ClassVar[str] = (
        "cut down on the time, links, materials and travel … handled in an undifferentiated "
        "manner across the province"
    )
    severity: ClassVar[Severity] = "medium"
    dimensions: ClassVar[tuple[str, ...]] = tuple(limit.dimension for limit in LIMITS)
    messages: ClassVar[tuple[str, ...]] = tuple(limit.template for limit in LIMITS)

    def judge(self, guide: GuideRecord, context: CheckContext) -> Iterator[Verdict]:
        standard = guide.standard
        if standard is None:
            return
        for limit in LIMITS:
            value, maximum = limit.value(guide.observation), limit.maximum(standard)
            if value is None or maximum is None or value <= maximum:
                continue
            args: dict[str, MessageArg] = {"value": value, "maximum": maximum, "standard_name": standard.name,
                                           "standard_code": standard.code}
            yield self.verdict(guide, limit.template, args, limit.excerpt(guide.observation), limit.dimension,
                               reads=(limit.dimension,))
