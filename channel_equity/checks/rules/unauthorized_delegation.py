"""unauthorized-delegation: an item exercised at a level the standard does not allow."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import ClassVar, get_args

from channel_equity.checks.context import CheckContext, GuideRecord
from channel_equity.checks.rule import ItemRule, Severity
from channel_equity.checks.rules._fields import field_excerpt
from channel_equity.checks.verdict import MessageArg, TermList, Verdict, terms
from channel_equity.core.observation import Level

UNAUTHORIZED = "exercised at {levels}; the province standard for {standard_name} ({standard_code}) allows {allowed}"
LEVEL_SEPARATOR = " / "
LEVEL_TERMS = tuple(f"{level} level" for level in get_args(Level))


class UnauthorizedDelegation(ItemRule):
    """The guide's exercise levels (行使层级) include one not among the standard's ``levels``.

    Judged on the declared exercise level only, not on where the guide can be handed in: a
    city-level item that a village centre accepts on the city's behalf (代收代办) is service
    reach, which the notice encourages, not a transfer of the power. A guide exercised at
    several levels fires when any of them is not allowed. Not judged when the guide states
    no level or the standard lists none.

    Evidence: the guide page with its level field as shown ("行使层级：县级").

    False-positive risks: a level read from the implementing body's name or from a code digit
    when the guide has no level field (the extractor's guess, not the guide's word); a
    province list that has not caught up with a lawful delegation (update ``levels``).
    Severity high: the notice forbids delegating adjusted approval items without authorization.
    """

    id: ClassVar[str] = "unauthorized-delegation"
    reads: ClassVar[tuple[str, ...]] = ("levels",)
    title: ClassVar[str] = "Item exercised at a level the standard does not allow"
    clause: ClassVar[str] = (
        "rigorously implement the adjusted examination and approval items, and refrain from "
        "entrusting them to lower levels without authorization"
    )
    severity: ClassVar[Severity] = "high"
    messages: ClassVar[tuple[str, ...]] = (UNAUTHORIZED,)
    terms: ClassVar[tuple[str, ...]] = (*LEVEL_TERMS, LEVEL_SEPARATOR)

    def judge(self, guide: GuideRecord, context: CheckContext) -> Iterator[Verdict]:
        standard = guide.standard
        levels = guide.observation.levels
        if standard is None or not standard.levels or not levels:
            return
        unauthorized = [level for level in levels if level not in standard.levels]
        if not unauthorized:
            return
        args: dict[str, MessageArg] = {"levels": _names(unauthorized), "allowed": _names(standard.levels),
                                       "standard_name": standard.name, "standard_code": standard.code}
        yield self.verdict(guide, UNAUTHORIZED, args, field_excerpt(guide.observation, "levels"))


def _names(levels: Sequence[str]) -> TermList:
    """"county level / town level", each a term the report translates (县级、镇级)."""
    return terms((f"{level} level" for level in levels), LEVEL_SEPARATOR)
