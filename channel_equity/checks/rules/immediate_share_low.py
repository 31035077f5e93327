"""immediate-share-low: too few of a city's guides are handled on the spot (即办件)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from channel_equity.checks.context import CheckContext, CityCoverage
from channel_equity.checks.rule import Rule, Scope, Severity, Threshold
from channel_equity.checks.rules._city import city_verdict, portal_evidence
from channel_equity.checks.verdict import Basis, MessageArg, Verdict

SHARE_LOW = "{immediate} of {judged} guides are handled on the spot (即办件), {share}; the province minimum is {minimum}"
NOT_JUDGED_NO_GUIDES = "portal {status}: no guides to count"
NOT_JUDGED_READ_TOO_LITTLE = ("read {read} of the {listed} items the portal lists ({share}), below the {minimum} "
                              "needed to judge a city-wide share")
NOT_JUDGED_TOO_FEW = "{judged} guide(s) state a case type, fewer than the {minimum} needed"


@dataclass(frozen=True)
class CityShare:
    immediate: int
    judged: int  # guides that state a case type

    @property
    def value(self) -> float:
        return self.immediate / self.judged


class ImmediateShareLow(Rule):
    """The share of a city's guides with case type 即办件 is below the province minimum.

    The minimum is ``policy.immediate_share_min``; ``thresholds.immediate_share_min``
    overrides it. The share is taken over the guides that state a case type (a guide that
    does not say is neither counted for nor against the city), and only for cities whose
    portal was reachable and where at least ``thresholds.immediate_share_min_items``
    (default 10) guides could be judged. A city whose portal lists more items than the scan
    read — fewer than ``thresholds.min_coverage`` (default 0.9) of them — is not judged
    either: a share of a quarter of a catalogue says nothing of the city. Each city it cannot
    judge is recorded as "not judged", with the reason, for the report's coverage page.
    A share equal to the minimum complies.

    Evidence: the portal home page (as stored when it was fetched) and the arithmetic,
    "即办件 5 / 48 = 10.4% < 30%".

    False-positive risks: a partial crawl that reached only some departments' guides, where
    the portal states no total to compare with (the coverage status is "partial"); guides behind a login wall, which are not counted; a
    portal that lists county and town guides together with the city's own.
    Severity medium: a province-wide target the city misses, not a refusal of service.
    """

    id: ClassVar[str] = "immediate-share-low"
    title: ClassVar[str] = "Share of immediately handled items (即办件) below the minimum"
    clause: ClassVar[str] = "increasing the proportion of immediately handled items"
    severity: ClassVar[Severity] = "medium"
    basis: ClassVar[Basis] = "measured"  # a share the monitor reckons over the portal's guides
    scope: ClassVar[Scope] = "city"
    messages: ClassVar[tuple[str, ...]] = (SHARE_LOW,)
    not_judged_messages: ClassVar[tuple[str, ...]] = (NOT_JUDGED_NO_GUIDES, NOT_JUDGED_READ_TOO_LITTLE,
                                                      NOT_JUDGED_TOO_FEW)
    thresholds: ClassVar[tuple[Threshold, ...]] = (
        # A share exactly at the minimum complies, whatever the float arithmetic says (tolerance).
        Threshold("immediate_share_min", 0.30, "minimum share of 即办件 among the guides that state a case type; "
                  "overrides policy.immediate_share_min", minimum=0.0, maximum=1.0,
                  policy_default="immediate_share_min", tolerance=1e-9),
        # Below this many judged guides a share says more about the crawl than about the city.
        Threshold("immediate_share_min_items", 10, "cities with fewer guides that state a case type are not "
                  "judged on their share of 即办件", integer=True, minimum=0),
        # A ratio over part of a catalogue is no ratio of the city.
        Threshold("min_coverage", 0.9, "cities where the scan read fewer than this share of the items their "
                  "portal lists are not judged on city-wide ratios", minimum=0.0, maximum=1.0),
    )

    def evaluate(self, context: CheckContext) -> Iterator[Verdict]:
        minimum = self.minimum(context)
        reached = self.declared_threshold("immediate_share_min").reached
        for city_id, coverage in context.coverage.items():
            share = self.share(context, city_id)
            if share is None:
                context.note_not_judged(self.id, city_id, *self.why_not_judged(context, coverage))
                continue
            if reached(share.value, minimum):
                continue
            excerpt = f"即办件 {share.immediate} / {share.judged} = {percent(share.value)} < {percent(minimum)}"
            args: dict[str, MessageArg] = {"immediate": share.immediate, "judged": share.judged,
                                           "share": percent(share.value), "minimum": percent(minimum)}
            yield city_verdict(self, coverage, SHARE_LOW, args, portal_evidence(context, coverage, excerpt))

    def covers(self, context: CheckContext, city_id: str, subject: str) -> bool:
        """Resolved only by a scan that could judge the city again (reachable, enough guides)."""
        return self.share(context, city_id) is not None

    def minimum(self, context: CheckContext) -> float:
        return self.threshold_value(context.config, "immediate_share_min")

    def share(self, context: CheckContext, city_id: str) -> CityShare | None:
        """The city's share, or None when this scan cannot judge it (``why_not_judged`` says why)."""
        coverage: CityCoverage | None = context.coverage.get(city_id)
        if coverage is None or coverage.status in ("unreachable", "empty") or self.read_too_little(context, coverage):
            return None
        judged = self.case_types(context, city_id)
        if not judged or len(judged) < self.threshold_value(context.config, "immediate_share_min_items"):
            return None
        return CityShare(sum(1 for case in judged if case == "immediate"), len(judged))

    @staticmethod
    def case_types(context: CheckContext, city_id: str) -> list[str]:
        """The case types the city's guides state (a guide that does not say is left out)."""
        case_types = (g.observation.case_type for g in context.guides_by_city.get(city_id, ()))
        return [case for case in case_types if case is not None]

    def read_too_little(self, context: CheckContext, coverage: CityCoverage) -> bool:
        share = coverage.read_share
        return share is not None and share < self.threshold_value(context.config, "min_coverage")

    def why_not_judged(self, context: CheckContext, coverage: CityCoverage) -> tuple[str, dict[str, MessageArg]]:
        """The reason ``share`` gave None, in one line for the coverage page: a template of
        ``not_judged_messages`` and its arguments."""
        if coverage.status in ("unreachable", "empty"):
            return NOT_JUDGED_NO_GUIDES, {"status": coverage.status}
        if self.read_too_little(context, coverage):
            return NOT_JUDGED_READ_TOO_LITTLE, {
                "read": coverage.items_extracted, "listed": coverage.stated_total or 0,
                "share": percent(coverage.read_share or 0.0),
                "minimum": percent(self.threshold_value(context.config, "min_coverage"))}
        return NOT_JUDGED_TOO_FEW, {
            "judged": len(self.case_types(context, coverage.city_id)),
            "minimum": f"{self.threshold_value(context.config, 'immediate_share_min_items'):g}"}


def percent(share: float) -> str:
    """0.104166 -> "10.4%", 0.3 -> "30%": one decimal, none when it is zero."""
    return f"{share * 100:.1f}".removesuffix(".0") + "%"
