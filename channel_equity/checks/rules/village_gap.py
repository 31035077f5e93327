"""village-gap: a daily-life item the standard requires at village / community centres is not there."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from channel_equity.checks.context import CheckContext, GuideRecord
from channel_equity.checks.rule import ItemRule, Severity
from channel_equity.checks.rules._fields import field_excerpt
from channel_equity.checks.verdict import Verdict

NO_LOCATION = "the province standard for {standard_name} ({standard_code}) requires village handling; the guide lists no location at all"
NO_VILLAGE = "the province standard for {standard_name} ({standard_code}) requires village handling; the guide lists no village or community centre"


class VillageGap(ItemRule):
    """The matched standard says ``village: required`` and no location has level ``village``.

    Judged on the locations' levels as the extractor read them from the hall names
    (村 / 社区 / 嘎查 centres are village level; a 街道 or 镇 centre is town level, one step
    short). A guide that lists no location at all also fires: the citizen is told of no
    village centre either, and the message says the list was empty so an inspector can tell
    an extraction gap from a real one.

    Evidence: the guide page with its 办理地点 as shown (or the names of the halls it lists).

    False-positive risks: village centres listed on a separate page ("详见各村（社区）便民服务站
    名单") or in a generic sentence whose level was not recognised; locations the extractor
    did not read (the empty-list case above).
    Severity medium: the service exists but not where the notice says daily-life services
    must be reachable.
    """

    id: ClassVar[str] = "village-gap"
    reads: ClassVar[tuple[str, ...]] = ("locations",)
    title: ClassVar[str] = "Not handled at village / community service centres"
    clause: ClassVar[str] = (
        "the handling of all matters closely related to the people's production and life should be "
        "made accessible at service centers … in villages (communities)"
    )
    severity: ClassVar[Severity] = "medium"
    messages: ClassVar[tuple[str, ...]] = (NO_LOCATION, NO_VILLAGE)

    def judge(self, guide: GuideRecord, context: CheckContext) -> Iterator[Verdict]:
        standard = guide.standard
        if standard is None or standard.village != "required":
            return
        locations = guide.observation.locations
        if any(location.level == "village" for location in locations):
            return
        args = {"standard_name": standard.name, "standard_code": standard.code}
        yield self.verdict(guide, NO_VILLAGE if locations else NO_LOCATION, args,
                           field_excerpt(guide.observation, "locations"))
